/* payday-payout-row.c — one withdrawal as a small object for list views
 *
 * The document keeps one of these per row of its withdrawal projection in a GListStore and
 * syncs it after every edit with payday_list_sync(): a row keeps its object while its key
 * stays (a past withdrawal is its place in the plan's history, a projected one its day), a
 * row whose values did not change notifies nothing, and a changed one notifies only the
 * properties that changed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>

#include "payday-list-sync.h"
#include "payday-payout-row.h"

struct _PaydayPayoutRow
{
  GObject      parent_instance;
  PaydayPayout payout;
  char         key[32];                 /* see payout_key() */
};

G_DEFINE_FINAL_TYPE (PaydayPayoutRow, payday_payout_row, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DATE,
  PROP_PROJECTED,
  PROP_AMOUNT,
  PROP_FEE,
  PROP_RECEIVED,
  PROP_ARRIVES_ON,
  PROP_FORCED,
  PROP_BALANCE,
  PROP_HISTORY_INDEX,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
payday_payout_row_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  PaydayPayoutRow *self = PAYDAY_PAYOUT_ROW (object);

  switch (prop_id)
    {
    case PROP_DATE:
      g_value_set_int (value, payday_payout_row_get_date (self));
      break;

    case PROP_PROJECTED:
      g_value_set_boolean (value, payday_payout_row_get_projected (self));
      break;

    case PROP_AMOUNT:
      g_value_set_int64 (value, payday_payout_row_get_amount (self));
      break;

    case PROP_FEE:
      g_value_set_int64 (value, payday_payout_row_get_fee (self));
      break;

    case PROP_RECEIVED:
      g_value_set_int64 (value, payday_payout_row_get_received (self));
      break;

    case PROP_ARRIVES_ON:
      g_value_set_int (value, payday_payout_row_get_arrives_on (self));
      break;

    case PROP_FORCED:
      g_value_set_boolean (value, payday_payout_row_get_forced (self));
      break;

    case PROP_BALANCE:
      g_value_set_int64 (value, payday_payout_row_get_balance (self));
      break;

    case PROP_HISTORY_INDEX:
      g_value_set_int (value, payday_payout_row_get_history_index (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
payday_payout_row_class_init (PaydayPayoutRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->get_property = payday_payout_row_get_property;

  /* Dates are PaydayDate day numbers (days since 1970-01-01), money integer cents. */
  properties [PROP_DATE] =
    g_param_spec_int ("date", NULL, NULL, G_MININT32, G_MAXINT32, PAYDAY_DATE_NONE, flags);
  properties [PROP_PROJECTED] =
    g_param_spec_boolean ("projected", NULL, NULL, FALSE, flags);
  properties [PROP_AMOUNT] =
    g_param_spec_int64 ("amount", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  properties [PROP_FEE] =
    g_param_spec_int64 ("fee", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  properties [PROP_RECEIVED] =
    g_param_spec_int64 ("received", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  properties [PROP_ARRIVES_ON] =
    g_param_spec_int ("arrives-on", NULL, NULL, G_MININT32, G_MAXINT32, PAYDAY_DATE_NONE, flags);
  properties [PROP_FORCED] =
    g_param_spec_boolean ("forced", NULL, NULL, FALSE, flags);
  properties [PROP_BALANCE] =
    g_param_spec_int64 ("balance", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  properties [PROP_HISTORY_INDEX] =
    g_param_spec_int ("history-index", NULL, NULL, -1, G_MAXINT, -1, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
payday_payout_row_init (PaydayPayoutRow *self)
{
  self->payout.date = PAYDAY_DATE_NONE;
  self->payout.arrives_on = PAYDAY_DATE_NONE;
  self->payout.source_index = -1;
}

/* "h/3" for the plan's fourth past withdrawal, "p/20543" for the one projected on that day
 * (one a schedule day at most): a past row stays itself when its date changes, and a row that
 * turns from past to projected becomes another object, which filtered views need. */
static void
payout_key (const PaydayPayout *payout,
            char                key[32])
{
  if (payout->kind == PAYDAY_PAYOUT_HISTORY)
    g_snprintf (key, 32, "h/%d", payout->source_index);
  else
    g_snprintf (key, 32, "p/%d", payout->date);
}

/**
 * payday_payout_row_new:
 * @payout: the withdrawal (copied)
 *
 * Returns: (transfer full): a row
 */
PaydayPayoutRow *
payday_payout_row_new (const PaydayPayout *payout)
{
  PaydayPayoutRow *self = g_object_new (PAYDAY_TYPE_PAYOUT_ROW, NULL);

  g_return_val_if_fail (payout != NULL, self);

  self->payout = *payout;
  payout_key (payout, self->key);
  return self;
}

/**
 * payday_payout_row_update:
 * @payout: the row's new values (copied)
 *
 * Notifies each property whose value changed, and nothing else.
 */
void
payday_payout_row_update (PaydayPayoutRow    *self,
                          const PaydayPayout *payout)
{
  PaydayPayout old;

  g_return_if_fail (PAYDAY_IS_PAYOUT_ROW (self));
  g_return_if_fail (payout != NULL);

  old = self->payout;
  self->payout = *payout;

  g_object_freeze_notify (G_OBJECT (self));
#define CHANGED(member, prop) \
  if (old.member != payout->member) \
    g_object_notify_by_pspec (G_OBJECT (self), properties [prop])
  CHANGED (date, PROP_DATE);
  CHANGED (kind, PROP_PROJECTED);
  CHANGED (amount_cents, PROP_AMOUNT);
  CHANGED (fee_cents, PROP_FEE);
  CHANGED (received_cents, PROP_RECEIVED);
  CHANGED (arrives_on, PROP_ARRIVES_ON);
  CHANGED (forced, PROP_FORCED);
  CHANGED (balance_cents, PROP_BALANCE);
  CHANGED (source_index, PROP_HISTORY_INDEX);
#undef CHANGED
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * payday_payout_row_get_payout:
 *
 * Returns: (transfer none): the row's values
 */
const PaydayPayout *
payday_payout_row_get_payout (PaydayPayoutRow *self)
{
  g_return_val_if_fail (PAYDAY_IS_PAYOUT_ROW (self), NULL);

  return &self->payout;
}

PaydayDate
payday_payout_row_get_date (PaydayPayoutRow *self)
{
  g_return_val_if_fail (PAYDAY_IS_PAYOUT_ROW (self), PAYDAY_DATE_NONE);

  return self->payout.date;
}

gboolean
payday_payout_row_get_projected (PaydayPayoutRow *self)
{
  g_return_val_if_fail (PAYDAY_IS_PAYOUT_ROW (self), FALSE);

  return self->payout.kind == PAYDAY_PAYOUT_PROJECTED;
}

gint64
payday_payout_row_get_amount (PaydayPayoutRow *self)
{
  g_return_val_if_fail (PAYDAY_IS_PAYOUT_ROW (self), 0);

  return self->payout.amount_cents;
}

gint64
payday_payout_row_get_fee (PaydayPayoutRow *self)
{
  g_return_val_if_fail (PAYDAY_IS_PAYOUT_ROW (self), 0);

  return self->payout.fee_cents;
}

gint64
payday_payout_row_get_received (PaydayPayoutRow *self)
{
  g_return_val_if_fail (PAYDAY_IS_PAYOUT_ROW (self), 0);

  return self->payout.received_cents;
}

PaydayDate
payday_payout_row_get_arrives_on (PaydayPayoutRow *self)
{
  g_return_val_if_fail (PAYDAY_IS_PAYOUT_ROW (self), PAYDAY_DATE_NONE);

  return self->payout.arrives_on;
}

gboolean
payday_payout_row_get_forced (PaydayPayoutRow *self)
{
  g_return_val_if_fail (PAYDAY_IS_PAYOUT_ROW (self), FALSE);

  return self->payout.forced;
}

gint64
payday_payout_row_get_balance (PaydayPayoutRow *self)
{
  g_return_val_if_fail (PAYDAY_IS_PAYOUT_ROW (self), 0);

  return self->payout.balance_cents;
}

/**
 * payday_payout_row_get_history_index:
 *
 * Returns: the row's place in the plan's withdrawal history, -1 for a projected row
 */
int
payday_payout_row_get_history_index (PaydayPayoutRow *self)
{
  g_return_val_if_fail (PAYDAY_IS_PAYOUT_ROW (self), -1);

  return self->payout.source_index;
}

/* The new rows of a sync with their keys, made once. */
typedef struct
{
  const GArray *payouts;
  char        (*keys)[32];
} SyncData;

static const char *
new_key (gpointer data,
         guint    position)
{
  return ((SyncData *) data)->keys[position];
}

static const char *
object_key (gpointer object)
{
  return PAYDAY_PAYOUT_ROW (object)->key;
}

static gpointer
create (gpointer data,
        guint    position)
{
  return payday_payout_row_new (&g_array_index (((SyncData *) data)->payouts, PaydayPayout,
                                                position));
}

static void
update (gpointer object,
        gpointer data,
        guint    position)
{
  payday_payout_row_update (object, &g_array_index (((SyncData *) data)->payouts, PaydayPayout,
                                                    position));
}

/**
 * payday_payout_rows_sync:
 * @store: a GListStore of #PaydayPayoutRow
 * @payouts: (element-type PaydayPayout): the rows it should show, in order
 *
 * payday_list_sync() for withdrawals: the store ends up with one row per payout, the objects
 * of unchanged keys kept and updated in place.
 */
void
payday_payout_rows_sync (GListStore   *store,
                         const GArray *payouts)
{
  static const PaydayListSyncFuncs funcs = { new_key, object_key, create, update };
  g_autofree char (*keys)[32] = NULL;
  SyncData data;

  g_return_if_fail (G_IS_LIST_STORE (store));
  g_return_if_fail (payouts != NULL);

  keys = g_malloc (sizeof *keys * MAX (payouts->len, 1));
  for (guint i = 0; i < payouts->len; i++)
    payout_key (&g_array_index (payouts, PaydayPayout, i), keys[i]);
  data.payouts = payouts;
  data.keys = keys;

  payday_list_sync (store, payouts->len, &funcs, &data);
}
