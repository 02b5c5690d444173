/* payday-badge-item.c — one badge as a list item: where it stands, its criteria and JSS
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "payday-badge-item.h"
#include "payday-criterion-item.h"
#include "payday-list-sync.h"
#include "payday-notify-private.h"

/* What a badge card shows, raw: dates as day numbers, required badges by name. The JSS
 * figures a card draws (its weeks strip and the score history up to today) are carried by
 * each badge with JSS criteria, so a card is bound to one object. */
struct _PaydayBadgeItem
{
  GObject      parent_instance;

  char        *id;
  char        *name;
  gboolean     eligible;
  PaydayDate   projected_on;
  char        *next_step;
  char       **benefits;
  char       **requires;
  guint        n_met;
  guint        n_criteria;
  PaydayDate   today;
  gboolean     has_jss;
  int          jss_min;
  char        *jss_weeks_id;
  GArray      *jss_weeks;               /* PaydayBadgeWeek, oldest first; never NULL */
  GArray      *jss_history;             /* PaydayJss (date and score) up to today; never NULL */
  GListStore  *criteria;                /* PaydayCriterionItem */
};

G_DEFINE_FINAL_TYPE (PaydayBadgeItem, payday_badge_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_ELIGIBLE,
  PROP_PROJECTED_ON,
  PROP_NEXT_STEP,
  PROP_BENEFITS,
  PROP_REQUIRES,
  PROP_N_MET,
  PROP_N_CRITERIA,
  PROP_TODAY,
  PROP_HAS_JSS,
  PROP_JSS_MIN,
  PROP_JSS_WEEKS_ID,
  PROP_JSS_WEEKS,
  PROP_JSS_HISTORY,
  PROP_CRITERIA,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
payday_badge_item_finalize (GObject *object)
{
  PaydayBadgeItem *self = (PaydayBadgeItem *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->next_step, g_free);
  g_clear_pointer (&self->benefits, g_strfreev);
  g_clear_pointer (&self->requires, g_strfreev);
  g_clear_pointer (&self->jss_weeks_id, g_free);
  g_clear_pointer (&self->jss_weeks, g_array_unref);
  g_clear_pointer (&self->jss_history, g_array_unref);
  g_clear_object (&self->criteria);

  G_OBJECT_CLASS (payday_badge_item_parent_class)->finalize (object);
}

static void
payday_badge_item_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  PaydayBadgeItem *self = PAYDAY_BADGE_ITEM (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, payday_badge_item_get_id (self));
      break;

    case PROP_NAME:
      g_value_set_string (value, payday_badge_item_get_name (self));
      break;

    case PROP_ELIGIBLE:
      g_value_set_boolean (value, payday_badge_item_get_eligible (self));
      break;

    case PROP_PROJECTED_ON:
      g_value_set_int (value, payday_badge_item_get_projected_on (self));
      break;

    case PROP_NEXT_STEP:
      g_value_set_string (value, payday_badge_item_get_next_step (self));
      break;

    case PROP_BENEFITS:
      g_value_set_boxed (value, payday_badge_item_get_benefits (self));
      break;

    case PROP_REQUIRES:
      g_value_set_boxed (value, payday_badge_item_get_requires (self));
      break;

    case PROP_N_MET:
      g_value_set_uint (value, payday_badge_item_get_n_met (self));
      break;

    case PROP_N_CRITERIA:
      g_value_set_uint (value, self->n_criteria);
      break;

    case PROP_TODAY:
      g_value_set_int (value, payday_badge_item_get_today (self));
      break;

    case PROP_HAS_JSS:
      g_value_set_boolean (value, payday_badge_item_get_has_jss (self));
      break;

    case PROP_JSS_MIN:
      g_value_set_int (value, payday_badge_item_get_jss_min (self));
      break;

    case PROP_JSS_WEEKS_ID:
      g_value_set_string (value, payday_badge_item_get_jss_weeks_id (self));
      break;

    case PROP_JSS_WEEKS:
      g_value_set_boxed (value, payday_badge_item_get_jss_weeks (self));
      break;

    case PROP_JSS_HISTORY:
      g_value_set_boxed (value, payday_badge_item_get_jss_history (self));
      break;

    case PROP_CRITERIA:
      g_value_set_object (value, payday_badge_item_get_criteria (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
payday_badge_item_class_init (PaydayBadgeItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = payday_badge_item_finalize;
  object_class->get_property = payday_badge_item_get_property;

  properties [PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, flags);
  properties [PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties [PROP_ELIGIBLE] = g_param_spec_boolean ("eligible", NULL, NULL, FALSE, flags);
  properties [PROP_PROJECTED_ON] =
    g_param_spec_int ("projected-on", NULL, NULL, G_MININT32, G_MAXINT32,
                                                     PAYDAY_DATE_NONE, flags);
  properties [PROP_NEXT_STEP] = g_param_spec_string ("next-step", NULL, NULL, NULL, flags);
  properties [PROP_BENEFITS] = g_param_spec_boxed ("benefits", NULL, NULL, G_TYPE_STRV, flags);
  /* The names of the badges this one needs first. */
  properties [PROP_REQUIRES] = g_param_spec_boxed ("requires", NULL, NULL, G_TYPE_STRV, flags);
  properties [PROP_N_MET] = g_param_spec_uint ("n-met", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties [PROP_N_CRITERIA] =
    g_param_spec_uint ("n-criteria", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties [PROP_TODAY] = g_param_spec_int ("today", NULL, NULL, G_MININT32, G_MAXINT32,
                                              PAYDAY_DATE_NONE, flags);
  properties [PROP_HAS_JSS] = g_param_spec_boolean ("has-jss", NULL, NULL, FALSE, flags);
  /* The badge's minimum JSS, PAYDAY_NONE when it has none. */
  properties [PROP_JSS_MIN] = g_param_spec_int ("jss-min", NULL, NULL, G_MININT, G_MAXINT,
                                                PAYDAY_NONE, flags);
  properties [PROP_JSS_WEEKS_ID] = g_param_spec_string ("jss-weeks-id", NULL, NULL, NULL, flags);
  properties [PROP_JSS_WEEKS] = g_param_spec_boxed ("jss-weeks", NULL, NULL, G_TYPE_ARRAY, flags);
  properties [PROP_JSS_HISTORY] =
    g_param_spec_boxed ("jss-history", NULL, NULL, G_TYPE_ARRAY, flags);
  properties [PROP_CRITERIA] =
    g_param_spec_object ("criteria", NULL, NULL, G_TYPE_LIST_MODEL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
payday_badge_item_init (PaydayBadgeItem *self)
{
  self->projected_on = PAYDAY_DATE_NONE;
  self->today = PAYDAY_DATE_NONE;
  self->jss_min = PAYDAY_NONE;
  self->benefits = g_new0 (char *, 1);
  self->requires = g_new0 (char *, 1);
  self->jss_weeks = g_array_new (FALSE, TRUE, sizeof (PaydayBadgeWeek));
  self->jss_history = g_array_new (FALSE, TRUE, sizeof (PaydayJss));
  self->criteria = g_list_store_new (PAYDAY_TYPE_CRITERION_ITEM);
}

PaydayBadgeItem *
payday_badge_item_new (const char *id)
{
  PaydayBadgeItem *self;

  g_return_val_if_fail (id != NULL, NULL);

  self = g_object_new (PAYDAY_TYPE_BADGE_ITEM, NULL);
  self->id = g_strdup (id);

  return self;
}

const char *
payday_badge_item_get_id (PaydayBadgeItem *self)
{
  g_return_val_if_fail (PAYDAY_IS_BADGE_ITEM (self), NULL);

  return self->id;
}

const char *
payday_badge_item_get_name (PaydayBadgeItem *self)
{
  g_return_val_if_fail (PAYDAY_IS_BADGE_ITEM (self), NULL);

  return self->name;
}

gboolean
payday_badge_item_get_eligible (PaydayBadgeItem *self)
{
  g_return_val_if_fail (PAYDAY_IS_BADGE_ITEM (self), FALSE);

  return self->eligible;
}

/**
 * payday_badge_item_get_projected_on:
 *
 * Returns: today when eligible, the day the plan makes the badge reachable, or
 *   %PAYDAY_DATE_NONE when that is not within a year
 */
PaydayDate
payday_badge_item_get_projected_on (PaydayBadgeItem *self)
{
  g_return_val_if_fail (PAYDAY_IS_BADGE_ITEM (self), PAYDAY_DATE_NONE);

  return self->projected_on;
}

const char *
payday_badge_item_get_next_step (PaydayBadgeItem *self)
{
  g_return_val_if_fail (PAYDAY_IS_BADGE_ITEM (self), NULL);

  return self->next_step;
}

const char * const *
payday_badge_item_get_benefits (PaydayBadgeItem *self)
{
  g_return_val_if_fail (PAYDAY_IS_BADGE_ITEM (self), NULL);

  return (const char * const *) self->benefits;
}

const char * const *
payday_badge_item_get_requires (PaydayBadgeItem *self)
{
  g_return_val_if_fail (PAYDAY_IS_BADGE_ITEM (self), NULL);

  return (const char * const *) self->requires;
}

guint
payday_badge_item_get_n_met (PaydayBadgeItem *self)
{
  g_return_val_if_fail (PAYDAY_IS_BADGE_ITEM (self), 0);

  return self->n_met;
}

PaydayDate
payday_badge_item_get_today (PaydayBadgeItem *self)
{
  g_return_val_if_fail (PAYDAY_IS_BADGE_ITEM (self), PAYDAY_DATE_NONE);

  return self->today;
}

gboolean
payday_badge_item_get_has_jss (PaydayBadgeItem *self)
{
  g_return_val_if_fail (PAYDAY_IS_BADGE_ITEM (self), FALSE);

  return self->has_jss;
}

int
payday_badge_item_get_jss_min (PaydayBadgeItem *self)
{
  g_return_val_if_fail (PAYDAY_IS_BADGE_ITEM (self), PAYDAY_NONE);

  return self->jss_min;
}

const char *
payday_badge_item_get_jss_weeks_id (PaydayBadgeItem *self)
{
  g_return_val_if_fail (PAYDAY_IS_BADGE_ITEM (self), NULL);

  return self->jss_weeks_id;
}

/**
 * payday_badge_item_get_jss_weeks:
 *
 * Returns: (transfer none) (element-type PaydayBadgeWeek): the weeks of the badge's first
 *   jss_weeks criterion, oldest first; empty when it has none
 */
GArray *
payday_badge_item_get_jss_weeks (PaydayBadgeItem *self)
{
  g_return_val_if_fail (PAYDAY_IS_BADGE_ITEM (self), NULL);

  return self->jss_weeks;
}

/**
 * payday_badge_item_get_jss_history:
 *
 * Returns: (transfer none) (element-type PaydayJss): the profile's scores up to today
 *   (their extra members are %NULL); empty for a badge without JSS criteria
 */
GArray *
payday_badge_item_get_jss_history (PaydayBadgeItem *self)
{
  g_return_val_if_fail (PAYDAY_IS_BADGE_ITEM (self), NULL);

  return self->jss_history;
}

/**
 * payday_badge_item_get_criteria:
 *
 * Returns: (transfer none): the badge's criteria, #PaydayCriterionItem in rule order
 */
GListModel *
payday_badge_item_get_criteria (PaydayBadgeItem *self)
{
  g_return_val_if_fail (PAYDAY_IS_BADGE_ITEM (self), NULL);

  return G_LIST_MODEL (self->criteria);
}

static void
set_strv (PaydayBadgeItem   *self,
          char            ***field,
          GStrv              value,
          guint              prop)
{
  if (!g_strv_equal ((const char * const *) *field, (const char * const *) value))
    {
      g_strfreev (*field);
      *field = value;
      g_object_notify_by_pspec (G_OBJECT (self), properties [prop]);
    }
  else
    {
      g_strfreev (value);
    }
}

/* Takes @value; the arrays hold plain numbers (PaydayJss without its extra member). */
static void
set_array (PaydayBadgeItem  *self,
           GArray          **field,
           GArray           *value,
           guint             prop)
{
  guint size = g_array_get_element_size (value);

  if ((*field)->len != value->len ||
      ((*field)->len > 0 && memcmp ((*field)->data, value->data, (gsize) size * value->len) != 0))
    {
      g_array_unref (*field);
      *field = value;
      g_object_notify_by_pspec (G_OBJECT (self), properties [prop]);
    }
  else
    {
      g_array_unref (value);
    }
}

static void
payday_badge_item_update (PaydayBadgeItem         *self,
                          const PaydayBadgeReport *report,
                          const PaydayBadge       *badge,
                          const PaydayProfile     *profile)
{
  g_autoptr(GStrvBuilder) requires = g_strv_builder_new ();
  GArray *weeks = g_array_new (FALSE, TRUE, sizeof (PaydayBadgeWeek));
  GArray *history = g_array_new (FALSE, TRUE, sizeof (PaydayJss));
  const PaydayBadgeCriterion *weeks_criterion = NULL;
  gboolean eligible = !!badge->eligible;
  PaydayDate projected_on = badge->projected_on;
  PaydayDate today = report->today;
  gboolean has_jss = FALSE;
  int jss_min = PAYDAY_NONE;
  guint n_met = 0;
  guint n_criteria = badge->criteria->len;

  for (guint i = 0; badge->requires[i] != NULL; i++)
    {
      const PaydayBadge *required = payday_badge_report_find (report, badge->requires[i]);

      g_strv_builder_add (requires, required != NULL && required->name != NULL ? required->name
                                                                                : badge->requires[i]);
    }

  for (guint i = 0; i < badge->criteria->len; i++)
    {
      const PaydayBadgeCriterion *c = &g_array_index (badge->criteria, PaydayBadgeCriterion, i);

      n_met += c->met ? 1 : 0;
      if (c->kind == PAYDAY_CRITERION_JSS_MIN || c->kind == PAYDAY_CRITERION_JSS_WEEKS)
        has_jss = TRUE;
      if (c->kind == PAYDAY_CRITERION_JSS_WEEKS && weeks_criterion == NULL)
        weeks_criterion = c;
      /* The line on the JSS chart is the badge's minimum score (a jss_weeks criterion
       * counts weeks; its score is not part of the row). */
      if (c->kind == PAYDAY_CRITERION_JSS_MIN)
        jss_min = (int) c->threshold;
    }

  if (weeks_criterion != NULL && weeks_criterion->weeks != NULL)
    g_array_append_vals (weeks, weeks_criterion->weeks->data, weeks_criterion->weeks->len);

  for (guint i = 0; has_jss && profile->jss != NULL && i < profile->jss->len; i++)
    {
      const PaydayJss *src = &g_array_index (profile->jss, PaydayJss, i);
      PaydayJss copy = { src->date, src->score, NULL };

      if (src->date <= today)
        g_array_append_val (history, copy);
    }

  g_object_freeze_notify (G_OBJECT (self));
  payday_notify_string (self, &self->name, badge->name ? badge->name : badge->id, properties [PROP_NAME]);
  payday_notify_set (self, &self->eligible, eligible, properties [PROP_ELIGIBLE]);
  payday_notify_set (self, &self->projected_on, projected_on, properties [PROP_PROJECTED_ON]);
  payday_notify_string (self, &self->next_step, badge->next_step, properties [PROP_NEXT_STEP]);
  set_strv (self, &self->benefits, g_strdupv (badge->benefits), PROP_BENEFITS);
  set_strv (self, &self->requires, g_strv_builder_end (requires), PROP_REQUIRES);
  payday_notify_set (self, &self->n_met, n_met, properties [PROP_N_MET]);
  payday_notify_set (self, &self->n_criteria, n_criteria, properties [PROP_N_CRITERIA]);
  payday_notify_set (self, &self->today, today, properties [PROP_TODAY]);
  payday_notify_set (self, &self->has_jss, has_jss, properties [PROP_HAS_JSS]);
  payday_notify_set (self, &self->jss_min, jss_min, properties [PROP_JSS_MIN]);
  payday_notify_string (self, &self->jss_weeks_id, weeks_criterion ? weeks_criterion->id : NULL, properties [PROP_JSS_WEEKS_ID]);
  set_array (self, &self->jss_weeks, weeks, PROP_JSS_WEEKS);
  set_array (self, &self->jss_history, history, PROP_JSS_HISTORY);
  g_object_thaw_notify (G_OBJECT (self));

  payday_criterion_items_sync (self->criteria, badge, today);
}

typedef struct
{
  const PaydayBadgeReport *report;
  const PaydayProfile     *profile;
} SyncData;

static const char *
sync_new_key (gpointer data,
              guint    position)
{
  SyncData *sync = data;

  return g_array_index (sync->report->badges, PaydayBadge, position).id;
}

static const char *
sync_object_key (gpointer object)
{
  return PAYDAY_BADGE_ITEM (object)->id;
}

static void
sync_update (gpointer object,
             gpointer data,
             guint    position)
{
  SyncData *sync = data;

  payday_badge_item_update (object, sync->report,
                            &g_array_index (sync->report->badges, PaydayBadge, position),
                            sync->profile);
}

static gpointer
sync_create (gpointer data,
             guint    position)
{
  PaydayBadgeItem *item = payday_badge_item_new (sync_new_key (data, position));

  sync_update (item, data, position);
  return item;
}

/**
 * payday_badge_items_sync:
 * @store: a #GListStore of #PaydayBadgeItem
 * @report: (nullable): the badge report; %NULL empties @store
 * @profile: the plan's profile (its JSS history)
 *
 * Brings @store in line with @report, keyed by badge id (payday_list_sync()); each badge's
 * criteria are synced the same way.
 */
void
payday_badge_items_sync (GListStore              *store,
                         const PaydayBadgeReport *report,
                         const PaydayProfile     *profile)
{
  static const PaydayListSyncFuncs funcs = {
    sync_new_key, sync_object_key, sync_create, sync_update,
  };
  SyncData sync = { report, profile };

  g_return_if_fail (G_IS_LIST_STORE (store));
  g_return_if_fail (report == NULL || profile != NULL);

  payday_list_sync (store, report != NULL ? report->badges->len : 0, &funcs, &sync);
}
