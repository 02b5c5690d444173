/* payday-payment-item.c — one payment of the schedule as a list item: the contract, what
 * it pays for, its net and the day it becomes available
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "payday-list-sync.h"
#include "payday-notify-private.h"
#include "payday-payment-item.h"

/* Raw figures (cents, day numbers, the item's kind); the views format them. */
struct _PaydayPaymentItem
{
  GObject         parent_instance;

  char           *key;                  /* "CONTRACT/KIND/ITEM" */
  char           *contract_id;
  char           *contract_title;
  PaydayItemKind  kind;
  gboolean        projected;
  PaydayDate      period_start;
  char           *title;                /* a milestone's title, else NULL */
  PaydayDate      available_on;
  PaydayCents     net;
  PaydayStatus    status;
  PaydayDate      today;
};

G_DEFINE_FINAL_TYPE (PaydayPaymentItem, payday_payment_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KEY,
  PROP_CONTRACT_ID,
  PROP_CONTRACT_TITLE,
  PROP_KIND,
  PROP_PROJECTED,
  PROP_PERIOD_START,
  PROP_TITLE,
  PROP_AVAILABLE_ON,
  PROP_NET,
  PROP_STATUS,
  PROP_TODAY,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
payday_payment_item_finalize (GObject *object)
{
  PaydayPaymentItem *self = (PaydayPaymentItem *)object;

  g_clear_pointer (&self->key, g_free);
  g_clear_pointer (&self->contract_id, g_free);
  g_clear_pointer (&self->contract_title, g_free);
  g_clear_pointer (&self->title, g_free);

  G_OBJECT_CLASS (payday_payment_item_parent_class)->finalize (object);
}

static void
payday_payment_item_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  PaydayPaymentItem *self = PAYDAY_PAYMENT_ITEM (object);

  switch (prop_id)
    {
    case PROP_KEY:
      g_value_set_string (value, payday_payment_item_get_key (self));
      break;

    case PROP_CONTRACT_ID:
      g_value_set_string (value, payday_payment_item_get_contract_id (self));
      break;

    case PROP_CONTRACT_TITLE:
      g_value_set_string (value, payday_payment_item_get_contract_title (self));
      break;

    case PROP_KIND:
      g_value_set_int (value, payday_payment_item_get_kind (self));
      break;

    case PROP_PROJECTED:
      g_value_set_boolean (value, payday_payment_item_get_projected (self));
      break;

    case PROP_PERIOD_START:
      g_value_set_int (value, payday_payment_item_get_period_start (self));
      break;

    case PROP_TITLE:
      g_value_set_string (value, payday_payment_item_get_title (self));
      break;

    case PROP_AVAILABLE_ON:
      g_value_set_int (value, payday_payment_item_get_available_on (self));
      break;

    case PROP_NET:
      g_value_set_int64 (value, payday_payment_item_get_net (self));
      break;

    case PROP_STATUS:
      g_value_set_int (value, payday_payment_item_get_status (self));
      break;

    case PROP_TODAY:
      g_value_set_int (value, payday_payment_item_get_today (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
payday_payment_item_class_init (PaydayPaymentItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = payday_payment_item_finalize;
  object_class->get_property = payday_payment_item_get_property;

  properties [PROP_KEY] = g_param_spec_string ("key", NULL, NULL, NULL, flags);
  properties [PROP_CONTRACT_ID] = g_param_spec_string ("contract-id", NULL, NULL, NULL, flags);
  properties [PROP_CONTRACT_TITLE] =
    g_param_spec_string ("contract-title", NULL, NULL, NULL, flags);
  /* A PaydayItemKind. */
  properties [PROP_KIND] = g_param_spec_int ("kind", NULL, NULL, 0, G_MAXINT, 0, flags);
  properties [PROP_PROJECTED] = g_param_spec_boolean ("projected", NULL, NULL, FALSE, flags);
  properties [PROP_PERIOD_START] =
    g_param_spec_int ("period-start", NULL, NULL, G_MININT32, G_MAXINT32,
                                                     PAYDAY_DATE_NONE, flags);
  properties [PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties [PROP_AVAILABLE_ON] =
    g_param_spec_int ("available-on", NULL, NULL, G_MININT32, G_MAXINT32,
                                                     PAYDAY_DATE_NONE, flags);
  properties [PROP_NET] = g_param_spec_int64 ("net", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  /* A PaydayStatus. */
  properties [PROP_STATUS] =
    g_param_spec_int ("status", NULL, NULL, 0, PAYDAY_N_STATUSES - 1, 0, flags);
  properties [PROP_TODAY] = g_param_spec_int ("today", NULL, NULL, G_MININT32, G_MAXINT32,
                                              PAYDAY_DATE_NONE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
payday_payment_item_init (PaydayPaymentItem *self)
{
  self->period_start = PAYDAY_DATE_NONE;
  self->available_on = PAYDAY_DATE_NONE;
  self->today = PAYDAY_DATE_NONE;
}

const char *
payday_payment_item_get_key (PaydayPaymentItem *self)
{
  g_return_val_if_fail (PAYDAY_IS_PAYMENT_ITEM (self), NULL);

  return self->key;
}

const char *
payday_payment_item_get_contract_id (PaydayPaymentItem *self)
{
  g_return_val_if_fail (PAYDAY_IS_PAYMENT_ITEM (self), NULL);

  return self->contract_id;
}

const char *
payday_payment_item_get_contract_title (PaydayPaymentItem *self)
{
  g_return_val_if_fail (PAYDAY_IS_PAYMENT_ITEM (self), NULL);

  return self->contract_title;
}

PaydayItemKind
payday_payment_item_get_kind (PaydayPaymentItem *self)
{
  g_return_val_if_fail (PAYDAY_IS_PAYMENT_ITEM (self), 0);

  return self->kind;
}

gboolean
payday_payment_item_get_projected (PaydayPaymentItem *self)
{
  g_return_val_if_fail (PAYDAY_IS_PAYMENT_ITEM (self), FALSE);

  return self->projected;
}

PaydayDate
payday_payment_item_get_period_start (PaydayPaymentItem *self)
{
  g_return_val_if_fail (PAYDAY_IS_PAYMENT_ITEM (self), PAYDAY_DATE_NONE);

  return self->period_start;
}

/**
 * payday_payment_item_get_title:
 *
 * Returns: (nullable): the milestone's title; %NULL for weeks, bonuses and untitled
 *   milestones
 */
const char *
payday_payment_item_get_title (PaydayPaymentItem *self)
{
  g_return_val_if_fail (PAYDAY_IS_PAYMENT_ITEM (self), NULL);

  return self->title;
}

PaydayDate
payday_payment_item_get_available_on (PaydayPaymentItem *self)
{
  g_return_val_if_fail (PAYDAY_IS_PAYMENT_ITEM (self), PAYDAY_DATE_NONE);

  return self->available_on;
}

PaydayCents
payday_payment_item_get_net (PaydayPaymentItem *self)
{
  g_return_val_if_fail (PAYDAY_IS_PAYMENT_ITEM (self), 0);

  return self->net;
}

PaydayStatus
payday_payment_item_get_status (PaydayPaymentItem *self)
{
  g_return_val_if_fail (PAYDAY_IS_PAYMENT_ITEM (self), 0);

  return self->status;
}

PaydayDate
payday_payment_item_get_today (PaydayPaymentItem *self)
{
  g_return_val_if_fail (PAYDAY_IS_PAYMENT_ITEM (self), PAYDAY_DATE_NONE);

  return self->today;
}

static void
payday_payment_item_update (PaydayPaymentItem    *self,
                            const PaydaySchedule *schedule,
                            const PaydayItem     *item,
                            gboolean              notify)
{
  const PaydayContract *contract = &g_array_index (schedule->plan->contracts, PaydayContract,
                                                   item->contract_index);
  const char *title = NULL;
  PaydayItemKind kind = item->kind;
  gboolean projected = !!item->projected;
  PaydayDate period_start = item->period_start;
  PaydayDate available_on = item->available_on;
  PaydayCents net = item->net_cents;
  PaydayStatus status = item->status;
  PaydayDate today = schedule->today;
  /* A new object notifies nothing: nobody watches it yet, and thousands are made at once
   * when a big plan opens. */
  static GParamSpec *silent [N_PROPS];
  GParamSpec **pspecs = notify ? properties : silent;

  if (item->kind == PAYDAY_ITEM_MILESTONE && item->source_index >= 0 &&
      contract->milestones != NULL && (guint) item->source_index < contract->milestones->len)
    title = g_array_index (contract->milestones, PaydayMilestone, item->source_index).title;
  if (title != NULL && title[0] == '\0')
    title = NULL;

  if (notify)
    g_object_freeze_notify (G_OBJECT (self));
  payday_notify_string (self, &self->contract_id, contract->id, pspecs [PROP_CONTRACT_ID]);
  payday_notify_string (self, &self->contract_title, contract->title ? contract->title : "", pspecs [PROP_CONTRACT_TITLE]);
  payday_notify_set (self, &self->kind, kind, pspecs [PROP_KIND]);
  payday_notify_set (self, &self->projected, projected, pspecs [PROP_PROJECTED]);
  payday_notify_set (self, &self->period_start, period_start, pspecs [PROP_PERIOD_START]);
  payday_notify_string (self, &self->title, title, pspecs [PROP_TITLE]);
  payday_notify_set (self, &self->available_on, available_on, pspecs [PROP_AVAILABLE_ON]);
  payday_notify_set (self, &self->net, net, pspecs [PROP_NET]);
  payday_notify_set (self, &self->status, status, pspecs [PROP_STATUS]);
  payday_notify_set (self, &self->today, today, pspecs [PROP_TODAY]);
  if (notify)
    g_object_thaw_notify (G_OBJECT (self));
}

typedef struct
{
  const PaydaySchedule *schedule;
  guint                 first;          /* the first upcoming item of the schedule */
  GPtrArray            *keys;
} SyncData;

static const char *
sync_new_key (gpointer data,
              guint    position)
{
  SyncData *sync = data;

  return g_ptr_array_index (sync->keys, position);
}

static const char *
sync_object_key (gpointer object)
{
  return PAYDAY_PAYMENT_ITEM (object)->key;
}

static void
sync_update (gpointer object,
             gpointer data,
             guint    position)
{
  SyncData *sync = data;

  payday_payment_item_update (object, sync->schedule,
                              &g_array_index (sync->schedule->items, PaydayItem, sync->first + position),
                              TRUE);
}

static gpointer
sync_create (gpointer data,
             guint    position)
{
  SyncData *sync = data;
  PaydayPaymentItem *item = g_object_new (PAYDAY_TYPE_PAYMENT_ITEM, NULL);

  item->key = g_strdup (sync_new_key (data, position));
  payday_payment_item_update (item, sync->schedule,
                              &g_array_index (sync->schedule->items, PaydayItem, sync->first + position),
                              FALSE);
  return item;
}

/**
 * payday_payment_items_sync_upcoming:
 * @store: a #GListStore of #PaydayPaymentItem
 * @schedule: (nullable): the schedule; %NULL empties @store
 *
 * Brings @store in line with the payments of @schedule that become available after its
 * today and within %PAYDAY_UPCOMING_DAYS days, in the schedule's order, keyed by
 * contract, kind and item (payday_list_sync()).
 */
void
payday_payment_items_sync_upcoming (GListStore           *store,
                                    const PaydaySchedule *schedule)
{
  static const PaydayListSyncFuncs funcs = {
    sync_new_key, sync_object_key, sync_create, sync_update,
  };
  g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func (g_free);
  SyncData sync = { schedule, 0, keys };

  g_return_if_fail (G_IS_LIST_STORE (store));

  /* The items are sorted by available_on: the upcoming ones are one run. */
  for (guint i = 0; schedule != NULL && i < schedule->items->len; i++)
    {
      const PaydayItem *item = &g_array_index (schedule->items, PaydayItem, i);
      char buf[PAYDAY_DATE_BUF];

      if (item->available_on <= schedule->today)
        {
          sync.first = i + 1;
          continue;
        }
      if (item->available_on > schedule->today + PAYDAY_UPCOMING_DAYS)
        break;
      g_ptr_array_add (keys, g_strdup_printf ("%s/%s/%s", item->contract_id,
                                              payday_item_kind_to_string (item->kind),
                                              payday_item_format_id (item, buf)));
    }

  payday_list_sync (store, keys->len, &funcs, &sync);
}
