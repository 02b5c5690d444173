/* payday-week-object.c — one logged week of an hourly contract, with what it pays, as a
 * row object of a timesheet model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "payday-contract-facts.h"
#include "payday-list-sync.h"
#include "payday-week-object.h"
#include "payday-notify-private.h"

/* Raw values: hundredths of an hour, cents, days, the enums' values. The week's start is
 * its key within the contract. */
struct _PaydayWeekObject
{
  GObject      parent_instance;

  PaydayDate   week_start;
  char         key[PAYDAY_DATE_BUF];
  gint64       hours;
  gint64       manual_hours;
  gint64       disputed_hours;
  gint         dispute_outcome;
  gboolean     pays;
  gint64       net;
  PaydayDate   available_on;
  gint         status;
  gint64       over_limit_minutes;
  PaydayDate   today;
};

G_DEFINE_FINAL_TYPE (PaydayWeekObject, payday_week_object, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_WEEK_START,
  PROP_HOURS,
  PROP_MANUAL_HOURS,
  PROP_DISPUTED_HOURS,
  PROP_DISPUTE_OUTCOME,
  PROP_PAYS,
  PROP_NET,
  PROP_AVAILABLE_ON,
  PROP_STATUS,
  PROP_OVER_LIMIT_MINUTES,
  PROP_TODAY,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
payday_week_object_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  PaydayWeekObject *self = PAYDAY_WEEK_OBJECT (object);

  switch (prop_id)
    {
    case PROP_WEEK_START: g_value_set_int (value, self->week_start); break;
    case PROP_HOURS: g_value_set_int64 (value, self->hours); break;
    case PROP_MANUAL_HOURS: g_value_set_int64 (value, self->manual_hours); break;
    case PROP_DISPUTED_HOURS: g_value_set_int64 (value, self->disputed_hours); break;
    case PROP_DISPUTE_OUTCOME: g_value_set_uint (value, self->dispute_outcome); break;
    case PROP_PAYS: g_value_set_boolean (value, self->pays); break;
    case PROP_NET: g_value_set_int64 (value, self->net); break;
    case PROP_AVAILABLE_ON: g_value_set_int (value, self->available_on); break;
    case PROP_STATUS: g_value_set_int (value, self->status); break;
    case PROP_OVER_LIMIT_MINUTES: g_value_set_int64 (value, self->over_limit_minutes); break;
    case PROP_TODAY: g_value_set_int (value, self->today); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
payday_week_object_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  PaydayWeekObject *self = PAYDAY_WEEK_OBJECT (object);

  switch (prop_id)
    {
    case PROP_WEEK_START:
      self->week_start = g_value_get_int (value);
      payday_date_format (self->week_start, self->key);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
payday_week_object_class_init (PaydayWeekObjectClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = payday_week_object_get_property;
  object_class->set_property = payday_week_object_set_property;

  /* A Monday; it names the week within its contract and never changes. */
  properties [PROP_WEEK_START] =
    g_param_spec_int ("week-start", NULL, NULL, G_MININT32, G_MAXINT32, PAYDAY_DATE_NONE,
                      (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  /* Hundredths of an hour; manual and disputed hours are parts of the hours. */
  properties [PROP_HOURS] = payday_row_int64_pspec ("hours");
  properties [PROP_MANUAL_HOURS] = payday_row_int64_pspec ("manual-hours");
  properties [PROP_DISPUTED_HOURS] = payday_row_int64_pspec ("disputed-hours");
  /* A PaydayDisputeOutcome, as the combo row's position of it. */
  properties [PROP_DISPUTE_OUTCOME] =
    g_param_spec_uint ("dispute-outcome", NULL, NULL, 0, G_MAXUINT, 0, PAYDAY_ROW_READ_FLAGS);
  /* Whether the schedule has an item for the week; the next three are that item's. */
  properties [PROP_PAYS] = g_param_spec_boolean ("pays", NULL, NULL, FALSE, PAYDAY_ROW_READ_FLAGS);
  properties [PROP_NET] = payday_row_int64_pspec ("net");
  properties [PROP_AVAILABLE_ON] = payday_row_int_pspec ("available-on");
  /* A PaydayStatus. */
  properties [PROP_STATUS] = payday_row_int_pspec ("status");
  /* Minutes logged above the weekly limit (reported, not billed). */
  properties [PROP_OVER_LIMIT_MINUTES] = payday_row_int64_pspec ("over-limit-minutes");
  /* The schedule's today, for writing dates relative to it. */
  properties [PROP_TODAY] = payday_row_int_pspec ("today");

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
payday_week_object_init (PaydayWeekObject *self)
{
  self->available_on = PAYDAY_DATE_NONE;
}

PaydayDate
payday_week_object_get_week_start (PaydayWeekObject *self)
{
  g_return_val_if_fail (PAYDAY_IS_WEEK_OBJECT (self), PAYDAY_DATE_NONE);

  return self->week_start;
}

static void
payday_week_object_update (PaydayWeekObject *self,
                           const PaydayWeek *week,
                           const PaydayItem *item,
                           PaydayDate        today)
{
  payday_notify_int64 (self, &self->hours, week->hours, properties [PROP_HOURS]);
  payday_notify_int64 (self, &self->manual_hours, week->manual_hours, properties [PROP_MANUAL_HOURS]);
  payday_notify_int64 (self, &self->disputed_hours, week->disputed_hours, properties [PROP_DISPUTED_HOURS]);
  payday_notify_int (self, &self->dispute_outcome, week->dispute_outcome, properties [PROP_DISPUTE_OUTCOME]);
  payday_notify_int (self, &self->pays, item != NULL, properties [PROP_PAYS]);
  payday_notify_int64 (self, &self->net, item ? item->net_cents : 0, properties [PROP_NET]);
  payday_notify_int (self, &self->available_on, item ? item->available_on : PAYDAY_DATE_NONE, properties [PROP_AVAILABLE_ON]);
  payday_notify_int (self, &self->status, item ? (gint) item->status : 0, properties [PROP_STATUS]);
  payday_notify_int64 (self, &self->over_limit_minutes, item ? item->over_limit_minutes : 0, properties [PROP_OVER_LIMIT_MINUTES]);
  payday_notify_int (self, &self->today, today, properties [PROP_TODAY]);
}

typedef struct
{
  const PaydayContract  *contract;
  const PaydayItem     **items;                /* per week, NULL when it pays nothing */
  char                 (*keys)[PAYDAY_DATE_BUF];
  PaydayDate             today;
} Weeks;

static const char *
week_new_key (gpointer data,
              guint    position)
{
  return ((Weeks *) data)->keys[position];
}

static const char *
week_object_key (gpointer object)
{
  return PAYDAY_WEEK_OBJECT (object)->key;
}

static void
week_update (gpointer object,
             gpointer data,
             guint    position)
{
  Weeks *weeks = data;

  payday_week_object_update (object, &g_array_index (weeks->contract->weeks, PaydayWeek, position),
                             weeks->items[position], weeks->today);
}

static gpointer
week_create (gpointer data,
             guint    position)
{
  Weeks *weeks = data;
  PaydayWeekObject *object =
    g_object_new (PAYDAY_TYPE_WEEK_OBJECT,
                  "week-start", g_array_index (weeks->contract->weeks, PaydayWeek, position).week_start,
                  NULL);

  week_update (object, data, position);
  return object;
}

/**
 * payday_week_objects_sync:
 * @store: a store of #PaydayWeekObject
 * @contract: (nullable): an hourly contract, %NULL for none
 * @contract_index: where @contract stands in the plan the schedule was computed from
 * @schedule: (nullable): the plan's schedule
 *
 * Makes @store hold the contract's logged weeks in order (payday_list_sync()).
 */
void
payday_week_objects_sync (GListStore           *store,
                          const PaydayContract *contract,
                          guint                 contract_index,
                          const PaydaySchedule *schedule)
{
  static const PaydayListSyncFuncs funcs = { week_new_key, week_object_key, week_create, week_update };
  guint n = contract != NULL ? contract->weeks->len : 0;
  /* What each logged week pays and when, from the engine. */
  g_autofree const PaydayItem **items = payday_contract_items (schedule, contract_index,
                                                               PAYDAY_ITEM_HOURLY_WEEK, n);
  g_autofree char (*keys)[PAYDAY_DATE_BUF] = g_malloc0_n (n + 1, PAYDAY_DATE_BUF);
  Weeks weeks = { contract, items, keys, schedule ? schedule->today : PAYDAY_DATE_NONE };

  for (guint i = 0; i < n; i++)
    payday_date_format (g_array_index (contract->weeks, PaydayWeek, i).week_start, keys[i]);

  payday_list_sync (store, n, &funcs, &weeks);
}
