/* payday-membership-object.c — one period of Basic or Freelancer Plus as a row object of the
 * document's membership model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "payday-list-sync.h"
#include "payday-membership-object.h"
#include "payday-notify-private.h"

/* Periods have no id in the plan format (docs/plan-format.md), and editors address them by
 * their place in the plan's list. So the model keeps an object per place: the object at
 * index 1 always stands for the plan's second period. Removing a period takes the last
 * object away and moves the values of the later periods up one object each, so a row
 * bound to an object always edits the period it shows. The values are raw (an enum, days):
 * views format them; only the properties whose value changed notify. */
struct _PaydayMembershipObject
{
  GObject               parent_instance;

  guint                 index;
  char                 *key;
  PaydayMembershipPlan  plan;
  PaydayDate            from;
  PaydayDate            to;
  gboolean              current;
  PaydayDate            today;
};

G_DEFINE_FINAL_TYPE (PaydayMembershipObject, payday_membership_object, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (PaydayMembershipPlan, payday_membership_plan,
  G_DEFINE_ENUM_VALUE (PAYDAY_MEMBERSHIP_BASIC, "basic"),
  G_DEFINE_ENUM_VALUE (PAYDAY_MEMBERSHIP_PLUS, "plus"))

enum {
  PROP_0,
  PROP_INDEX,
  PROP_PLAN,
  PROP_FROM,
  PROP_TO,
  PROP_CURRENT,
  PROP_TODAY,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
payday_membership_object_finalize (GObject *object)
{
  PaydayMembershipObject *self = (PaydayMembershipObject *)object;

  g_clear_pointer (&self->key, g_free);

  G_OBJECT_CLASS (payday_membership_object_parent_class)->finalize (object);
}

static void
payday_membership_object_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  PaydayMembershipObject *self = PAYDAY_MEMBERSHIP_OBJECT (object);

  switch (prop_id)
    {
    case PROP_INDEX:
      g_value_set_uint (value, self->index);
      break;

    case PROP_PLAN:
      g_value_set_enum (value, self->plan);
      break;

    case PROP_FROM:
      g_value_set_int (value, self->from);
      break;

    case PROP_TO:
      g_value_set_int (value, self->to);
      break;

    case PROP_CURRENT:
      g_value_set_boolean (value, self->current);
      break;

    case PROP_TODAY:
      g_value_set_int (value, self->today);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
payday_membership_object_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  PaydayMembershipObject *self = PAYDAY_MEMBERSHIP_OBJECT (object);

  switch (prop_id)
    {
    case PROP_INDEX:
      self->index = g_value_get_uint (value);
      self->key = g_strdup_printf ("%u", self->index);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
payday_membership_object_class_init (PaydayMembershipObjectClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = payday_membership_object_finalize;
  object_class->get_property = payday_membership_object_get_property;
  object_class->set_property = payday_membership_object_set_property;

  /* The period's place in the plan's list: what the model keeps the object by and what
   * an edit names, so it never changes. */
  properties [PROP_INDEX] =
    g_param_spec_uint ("index", NULL, NULL, 0, G_MAXUINT, 0,
                       (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties [PROP_PLAN] =
    g_param_spec_enum ("plan", NULL, NULL, PAYDAY_TYPE_MEMBERSHIP_PLAN,
                       PAYDAY_MEMBERSHIP_BASIC, PAYDAY_ROW_READ_FLAGS);
  /* The first day of the period. */
  properties [PROP_FROM] = payday_row_date_pspec ("from");
  /* Its last day, PAYDAY_DATE_NONE while it goes on. */
  properties [PROP_TO] = payday_row_date_pspec ("to");
  /* The period in effect today. */
  properties [PROP_CURRENT] =
    g_param_spec_boolean ("current", NULL, NULL, FALSE, PAYDAY_ROW_READ_FLAGS);
  /* The document's today; views write dates relative to it. */
  properties [PROP_TODAY] = payday_row_date_pspec ("today");

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
payday_membership_object_init (PaydayMembershipObject *self)
{
  self->from = PAYDAY_DATE_NONE;
  self->to = PAYDAY_DATE_NONE;
  self->today = PAYDAY_DATE_NONE;
}

static void
payday_membership_object_update (PaydayMembershipObject *self,
                                 const PaydayMembership *m,
                                 PaydayDate              today)
{
  gboolean current = m->from <= today && (!payday_date_is_set (m->to) || m->to >= today);

  payday_notify_int (self, (gint *) &self->plan, m->plan, properties [PROP_PLAN]);
  payday_notify_int (self, &self->from, m->from, properties [PROP_FROM]);
  payday_notify_int (self, &self->to, m->to, properties [PROP_TO]);
  payday_notify_int (self, &self->current, current, properties [PROP_CURRENT]);
  payday_notify_int (self, &self->today, today, properties [PROP_TODAY]);
}

/* ---- The model --------------------------------------------------------------------- */

typedef struct
{
  GArray     *periods;              /* PaydayMembership, the plan's */
  PaydayDate  today;
  GPtrArray  *keys;                 /* char*, by place */
} PeriodRows;

static const char *
period_new_key (gpointer data,
                guint    position)
{
  return g_ptr_array_index (((PeriodRows *) data)->keys, position);
}

static const char *
period_object_key (gpointer object)
{
  return PAYDAY_MEMBERSHIP_OBJECT (object)->key;
}

static void
period_update (gpointer object,
               gpointer data,
               guint    position)
{
  PeriodRows *rows = data;

  payday_membership_object_update (object,
                                   &g_array_index (rows->periods, PaydayMembership, position),
                                   rows->today);
}

static gpointer
period_create (gpointer data,
               guint    position)
{
  PaydayMembershipObject *self = g_object_new (PAYDAY_TYPE_MEMBERSHIP_OBJECT,
                                               "index", position,
                                               NULL);

  period_update (self, data, position);
  return self;
}

/**
 * payday_membership_object_sync:
 * @store: a #GListStore of #PaydayMembershipObject
 * @plan: (nullable): the plan
 * @today: the day that makes a period current
 *
 * Brings @store in line with @plan's membership periods, in the plan's order, one object
 * per place: an edit of a period notifies the changed properties of its object, an added
 * period adds an object at the end, a removed one takes the last object away and moves the
 * later periods' values up.
 */
void
payday_membership_object_sync (GListStore       *store,
                               const PaydayPlan *plan,
                               PaydayDate        today)
{
  static const PaydayListSyncFuncs funcs = {
    period_new_key, period_object_key, period_create, period_update,
  };
  g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func (g_free);
  PeriodRows rows = { plan != NULL ? plan->connects.membership : NULL, today, keys };
  guint n = plan != NULL ? plan->connects.membership->len : 0;

  g_return_if_fail (G_IS_LIST_STORE (store));

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (keys, g_strdup_printf ("%u", i));

  payday_list_sync (store, n, &funcs, &rows);
}

guint
payday_membership_object_get_index (PaydayMembershipObject *self)
{
  g_return_val_if_fail (PAYDAY_IS_MEMBERSHIP_OBJECT (self), 0);
  return self->index;
}

PaydayMembershipPlan
payday_membership_object_get_plan (PaydayMembershipObject *self)
{
  g_return_val_if_fail (PAYDAY_IS_MEMBERSHIP_OBJECT (self), PAYDAY_MEMBERSHIP_BASIC);
  return self->plan;
}

PaydayDate
payday_membership_object_get_from (PaydayMembershipObject *self)
{
  g_return_val_if_fail (PAYDAY_IS_MEMBERSHIP_OBJECT (self), PAYDAY_DATE_NONE);
  return self->from;
}

PaydayDate
payday_membership_object_get_to (PaydayMembershipObject *self)
{
  g_return_val_if_fail (PAYDAY_IS_MEMBERSHIP_OBJECT (self), PAYDAY_DATE_NONE);
  return self->to;
}

gboolean
payday_membership_object_get_current (PaydayMembershipObject *self)
{
  g_return_val_if_fail (PAYDAY_IS_MEMBERSHIP_OBJECT (self), FALSE);
  return self->current;
}

PaydayDate
payday_membership_object_get_today (PaydayMembershipObject *self)
{
  g_return_val_if_fail (PAYDAY_IS_MEMBERSHIP_OBJECT (self), PAYDAY_DATE_NONE);
  return self->today;
}
