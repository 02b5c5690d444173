/* payday-criterion-item.c — one badge criterion as a list item: its value, threshold and state
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "payday-criterion-item.h"
#include "payday-list-sync.h"
#include "payday-notify-private.h"

/* The figures stay raw (the kind's unit, dates as day numbers): the views format them. */
struct _PaydayCriterionItem
{
  GObject              parent_instance;

  char                *id;
  PaydayCriterionKind  kind;
  char                *label;
  char                *detail;
  gboolean             met;
  gint64               value;
  gint64               threshold;
  PaydayDate           met_on;
  PaydayDate           today;
};

G_DEFINE_FINAL_TYPE (PaydayCriterionItem, payday_criterion_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_KIND,
  PROP_LABEL,
  PROP_DETAIL,
  PROP_MET,
  PROP_VALUE,
  PROP_THRESHOLD,
  PROP_MET_ON,
  PROP_TODAY,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
payday_criterion_item_finalize (GObject *object)
{
  PaydayCriterionItem *self = (PaydayCriterionItem *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->label, g_free);
  g_clear_pointer (&self->detail, g_free);

  G_OBJECT_CLASS (payday_criterion_item_parent_class)->finalize (object);
}

static void
payday_criterion_item_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  PaydayCriterionItem *self = PAYDAY_CRITERION_ITEM (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, payday_criterion_item_get_id (self));
      break;

    case PROP_KIND:
      g_value_set_int (value, payday_criterion_item_get_kind (self));
      break;

    case PROP_LABEL:
      g_value_set_string (value, payday_criterion_item_get_label (self));
      break;

    case PROP_DETAIL:
      g_value_set_string (value, payday_criterion_item_get_detail (self));
      break;

    case PROP_MET:
      g_value_set_boolean (value, payday_criterion_item_get_met (self));
      break;

    case PROP_VALUE:
      g_value_set_int64 (value, payday_criterion_item_get_value (self));
      break;

    case PROP_THRESHOLD:
      g_value_set_int64 (value, payday_criterion_item_get_threshold (self));
      break;

    case PROP_MET_ON:
      g_value_set_int (value, payday_criterion_item_get_met_on (self));
      break;

    case PROP_TODAY:
      g_value_set_int (value, payday_criterion_item_get_today (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
payday_criterion_item_class_init (PaydayCriterionItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = payday_criterion_item_finalize;
  object_class->get_property = payday_criterion_item_get_property;

  properties [PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, flags);
  /* A PaydayCriterionKind. */
  properties [PROP_KIND] = g_param_spec_int ("kind", NULL, NULL, 0, G_MAXINT, 0, flags);
  properties [PROP_LABEL] = g_param_spec_string ("label", NULL, NULL, NULL, flags);
  properties [PROP_DETAIL] = g_param_spec_string ("detail", NULL, NULL, NULL, flags);
  properties [PROP_MET] = g_param_spec_boolean ("met", NULL, NULL, FALSE, flags);
  properties [PROP_VALUE] =
    g_param_spec_int64 ("value", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  properties [PROP_THRESHOLD] =
    g_param_spec_int64 ("threshold", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  properties [PROP_MET_ON] = g_param_spec_int ("met-on", NULL, NULL, G_MININT32, G_MAXINT32,
                                               PAYDAY_DATE_NONE, flags);
  properties [PROP_TODAY] = g_param_spec_int ("today", NULL, NULL, G_MININT32, G_MAXINT32,
                                              PAYDAY_DATE_NONE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
payday_criterion_item_init (PaydayCriterionItem *self)
{
  self->met_on = PAYDAY_DATE_NONE;
  self->today = PAYDAY_DATE_NONE;
}

PaydayCriterionItem *
payday_criterion_item_new (const char *id)
{
  PaydayCriterionItem *self;

  g_return_val_if_fail (id != NULL, NULL);

  self = g_object_new (PAYDAY_TYPE_CRITERION_ITEM, NULL);
  self->id = g_strdup (id);

  return self;
}

const char *
payday_criterion_item_get_id (PaydayCriterionItem *self)
{
  g_return_val_if_fail (PAYDAY_IS_CRITERION_ITEM (self), NULL);

  return self->id;
}

PaydayCriterionKind
payday_criterion_item_get_kind (PaydayCriterionItem *self)
{
  g_return_val_if_fail (PAYDAY_IS_CRITERION_ITEM (self), 0);

  return self->kind;
}

const char *
payday_criterion_item_get_label (PaydayCriterionItem *self)
{
  g_return_val_if_fail (PAYDAY_IS_CRITERION_ITEM (self), NULL);

  return self->label;
}

const char *
payday_criterion_item_get_detail (PaydayCriterionItem *self)
{
  g_return_val_if_fail (PAYDAY_IS_CRITERION_ITEM (self), NULL);

  return self->detail;
}

gboolean
payday_criterion_item_get_met (PaydayCriterionItem *self)
{
  g_return_val_if_fail (PAYDAY_IS_CRITERION_ITEM (self), FALSE);

  return self->met;
}

gint64
payday_criterion_item_get_value (PaydayCriterionItem *self)
{
  g_return_val_if_fail (PAYDAY_IS_CRITERION_ITEM (self), 0);

  return self->value;
}

gint64
payday_criterion_item_get_threshold (PaydayCriterionItem *self)
{
  g_return_val_if_fail (PAYDAY_IS_CRITERION_ITEM (self), 0);

  return self->threshold;
}

/**
 * payday_criterion_item_get_met_on:
 *
 * Returns: the day the plan alone meets the criterion (today when met), or
 *   %PAYDAY_DATE_NONE
 */
PaydayDate
payday_criterion_item_get_met_on (PaydayCriterionItem *self)
{
  g_return_val_if_fail (PAYDAY_IS_CRITERION_ITEM (self), PAYDAY_DATE_NONE);

  return self->met_on;
}

/**
 * payday_criterion_item_get_today:
 *
 * Returns: the day the criterion was judged at, which dates are shown relative to
 */
PaydayDate
payday_criterion_item_get_today (PaydayCriterionItem *self)
{
  g_return_val_if_fail (PAYDAY_IS_CRITERION_ITEM (self), PAYDAY_DATE_NONE);

  return self->today;
}

/**
 * payday_criterion_item_update:
 *
 * Takes @criterion's figures; only the properties whose value changed notify.
 */
void
payday_criterion_item_update (PaydayCriterionItem        *self,
                              const PaydayBadgeCriterion *criterion,
                              PaydayDate                  today)
{
  PaydayCriterionKind kind = criterion->kind;
  gboolean met = !!criterion->met;
  gint64 value = criterion->value;
  gint64 threshold = criterion->threshold;
  PaydayDate met_on = criterion->met_on;

  g_return_if_fail (PAYDAY_IS_CRITERION_ITEM (self));
  g_return_if_fail (criterion != NULL);

  g_object_freeze_notify (G_OBJECT (self));
  payday_notify_set (self, &self->kind, kind, properties [PROP_KIND]);
  payday_notify_string (self, &self->label, criterion->label ? criterion->label : criterion->id, properties [PROP_LABEL]);
  payday_notify_string (self, &self->detail, criterion->detail, properties [PROP_DETAIL]);
  payday_notify_set (self, &self->met, met, properties [PROP_MET]);
  payday_notify_set (self, &self->value, value, properties [PROP_VALUE]);
  payday_notify_set (self, &self->threshold, threshold, properties [PROP_THRESHOLD]);
  payday_notify_set (self, &self->met_on, met_on, properties [PROP_MET_ON]);
  payday_notify_set (self, &self->today, today, properties [PROP_TODAY]);
  g_object_thaw_notify (G_OBJECT (self));
}

typedef struct
{
  const PaydayBadge *badge;
  PaydayDate         today;
} SyncData;

static const char *
sync_new_key (gpointer data,
              guint    position)
{
  SyncData *sync = data;

  return g_array_index (sync->badge->criteria, PaydayBadgeCriterion, position).id;
}

static const char *
sync_object_key (gpointer object)
{
  return PAYDAY_CRITERION_ITEM (object)->id;
}

static void
sync_update (gpointer object,
             gpointer data,
             guint    position)
{
  SyncData *sync = data;

  payday_criterion_item_update (object,
                                &g_array_index (sync->badge->criteria, PaydayBadgeCriterion, position),
                                sync->today);
}

static gpointer
sync_create (gpointer data,
             guint    position)
{
  PaydayCriterionItem *item = payday_criterion_item_new (sync_new_key (data, position));

  sync_update (item, data, position);
  return item;
}

/**
 * payday_criterion_items_sync:
 * @store: a #GListStore of #PaydayCriterionItem
 * @badge: the badge whose criteria the store shows
 * @today: the day the badge was judged at
 *
 * Brings @store in line with @badge's criteria, keyed by criterion id (payday_list_sync()).
 */
void
payday_criterion_items_sync (GListStore        *store,
                             const PaydayBadge *badge,
                             PaydayDate         today)
{
  static const PaydayListSyncFuncs funcs = {
    sync_new_key, sync_object_key, sync_create, sync_update,
  };
  SyncData sync = { badge, today };

  g_return_if_fail (G_IS_LIST_STORE (store));
  g_return_if_fail (badge != NULL);

  payday_list_sync (store, badge->criteria->len, &funcs, &sync);
}
