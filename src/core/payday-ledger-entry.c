/* payday-ledger-entry.c — one row of the Connects ledger as a row object of the document's
 * ledger model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "payday-ledger-entry.h"
#include "payday-list-sync.h"
#include "payday-notify-private.h"

/* The values are raw (days, counts of Connects, ids, an enum): views format them. The
 * document syncs the model after every recompute (payday_ledger_entry_sync()); only the
 * properties whose value changed notify. */
struct _PaydayLedgerEntry
{
  GObject           parent_instance;

  char             *key;
  PaydayDate        date;
  PaydayLedgerKind  kind;
  gint64            amount;
  gint64            balance;
  PaydayDate        lot_expires;
  char             *ref;
  char             *what;
  char             *transaction_id;
  gboolean          expiring;
  PaydayDate        today;
};

G_DEFINE_FINAL_TYPE (PaydayLedgerEntry, payday_ledger_entry, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (PaydayLedgerKind, payday_ledger_kind,
  G_DEFINE_ENUM_VALUE (PAYDAY_LEDGER_OPENING, "opening"),
  G_DEFINE_ENUM_VALUE (PAYDAY_LEDGER_REFILL, "refill"),
  G_DEFINE_ENUM_VALUE (PAYDAY_LEDGER_PURCHASE, "purchase"),
  G_DEFINE_ENUM_VALUE (PAYDAY_LEDGER_GRANT, "grant"),
  G_DEFINE_ENUM_VALUE (PAYDAY_LEDGER_ADJUST, "adjust"),
  G_DEFINE_ENUM_VALUE (PAYDAY_LEDGER_REFUND, "refund"),
  G_DEFINE_ENUM_VALUE (PAYDAY_LEDGER_SPEND, "spend"),
  G_DEFINE_ENUM_VALUE (PAYDAY_LEDGER_BOOST, "boost"),
  G_DEFINE_ENUM_VALUE (PAYDAY_LEDGER_EXPIRE, "expire"))

enum {
  PROP_0,
  PROP_KEY,
  PROP_DATE,
  PROP_KIND,
  PROP_AMOUNT,
  PROP_BALANCE,
  PROP_LOT_EXPIRES,
  PROP_REF,
  PROP_WHAT,
  PROP_TRANSACTION_ID,
  PROP_EXPIRING,
  PROP_TODAY,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
payday_ledger_entry_finalize (GObject *object)
{
  PaydayLedgerEntry *self = (PaydayLedgerEntry *)object;

  g_clear_pointer (&self->key, g_free);
  g_clear_pointer (&self->ref, g_free);
  g_clear_pointer (&self->what, g_free);
  g_clear_pointer (&self->transaction_id, g_free);

  G_OBJECT_CLASS (payday_ledger_entry_parent_class)->finalize (object);
}

static void
payday_ledger_entry_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  PaydayLedgerEntry *self = PAYDAY_LEDGER_ENTRY (object);

  switch (prop_id)
    {
    case PROP_KEY:
      g_value_set_string (value, self->key);
      break;

    case PROP_DATE:
      g_value_set_int (value, self->date);
      break;

    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_AMOUNT:
      g_value_set_int64 (value, self->amount);
      break;

    case PROP_BALANCE:
      g_value_set_int64 (value, self->balance);
      break;

    case PROP_LOT_EXPIRES:
      g_value_set_int (value, self->lot_expires);
      break;

    case PROP_REF:
      g_value_set_string (value, self->ref);
      break;

    case PROP_WHAT:
      g_value_set_string (value, self->what);
      break;

    case PROP_TRANSACTION_ID:
      g_value_set_string (value, self->transaction_id);
      break;

    case PROP_EXPIRING:
      g_value_set_boolean (value, self->expiring);
      break;

    case PROP_TODAY:
      g_value_set_int (value, self->today);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
payday_ledger_entry_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  PaydayLedgerEntry *self = PAYDAY_LEDGER_ENTRY (object);

  switch (prop_id)
    {
    case PROP_KEY:
      self->key = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
payday_ledger_entry_class_init (PaydayLedgerEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = payday_ledger_entry_finalize;
  object_class->get_property = payday_ledger_entry_get_property;
  object_class->set_property = payday_ledger_entry_set_property;

  /* "date/kind/ref/occurrence": what the model keeps the object by, so it never changes. */
  properties [PROP_KEY] =
    g_param_spec_string ("key", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties [PROP_DATE] = payday_row_date_pspec ("date");
  properties [PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, PAYDAY_TYPE_LEDGER_KIND,
                       PAYDAY_LEDGER_OPENING, PAYDAY_ROW_READ_FLAGS);
  /* Connects, signed: lots add, spends, boosts and expiries take away. */
  properties [PROP_AMOUNT] = payday_row_int64_pspec ("amount");
  /* Connects after this row; negative while in deficit. */
  properties [PROP_BALANCE] = payday_row_int64_pspec ("balance");
  /* On lot rows: the day the lot expires, PAYDAY_DATE_NONE otherwise. */
  properties [PROP_LOT_EXPIRES] = payday_row_date_pspec ("lot-expires");
  /* As the ledger export writes it (docs/ledger.md): a proposal or transaction id, the
   * expired lot, "basic"/"plus" for a refill; %NULL for the opening row. */
  properties [PROP_REF] = g_param_spec_string ("ref", NULL, NULL, NULL, PAYDAY_ROW_READ_FLAGS);
  /* What the row is about: the proposal's title or the transaction's note, or %NULL. */
  properties [PROP_WHAT] = g_param_spec_string ("what", NULL, NULL, NULL, PAYDAY_ROW_READ_FLAGS);
  /* The transaction (purchase, grant, adjustment) the row comes from, so it can be edited;
   * %NULL for rows that follow from proposals, membership and time. */
  properties [PROP_TRANSACTION_ID] =
    g_param_spec_string ("transaction-id", NULL, NULL, NULL, PAYDAY_ROW_READ_FLAGS);
  /* A lot that runs out after today and within PAYDAY_LEDGER_EXPIRING_DAYS: spend it first. */
  properties [PROP_EXPIRING] =
    g_param_spec_boolean ("expiring", NULL, NULL, FALSE, PAYDAY_ROW_READ_FLAGS);
  /* The day the ledger was computed for; views write dates relative to it. */
  properties [PROP_TODAY] = payday_row_date_pspec ("today");

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
payday_ledger_entry_init (PaydayLedgerEntry *self)
{
  self->date = PAYDAY_DATE_NONE;
  self->lot_expires = PAYDAY_DATE_NONE;
  self->today = PAYDAY_DATE_NONE;
}

static gboolean
is_transaction (const PaydayLedgerRow *row)
{
  return (row->kind == PAYDAY_LEDGER_PURCHASE ||
          row->kind == PAYDAY_LEDGER_GRANT ||
          row->kind == PAYDAY_LEDGER_ADJUST) && row->source_index >= 0;
}

static void
payday_ledger_entry_update (PaydayLedgerEntry     *self,
                            const PaydayLedgerRow *row,
                            const PaydayPlan      *plan,
                            PaydayDate             today)
{
  const char *what = NULL;
  const char *transaction_id = NULL;
  gboolean expiring;

  if ((row->kind == PAYDAY_LEDGER_SPEND || row->kind == PAYDAY_LEDGER_BOOST ||
       row->kind == PAYDAY_LEDGER_REFUND) && row->source_index >= 0 &&
      (guint) row->source_index < plan->proposals->len)
    {
      what = g_array_index (plan->proposals, PaydayProposal, row->source_index).title;
    }
  else if (is_transaction (row) && (guint) row->source_index < plan->connects.transactions->len)
    {
      const PaydayTransaction *tx = &g_array_index (plan->connects.transactions, PaydayTransaction,
                                                    row->source_index);

      what = tx->note;
      transaction_id = tx->id;
    }
  if (what != NULL && what[0] == '\0')
    what = NULL;

  expiring = payday_date_is_set (row->lot_expires) &&
             row->lot_expires > today && row->lot_expires <= today + PAYDAY_LEDGER_EXPIRING_DAYS;

  payday_notify_int (self, &self->date, row->date, properties [PROP_DATE]);
  payday_notify_int (self, (gint *) &self->kind, row->kind, properties [PROP_KIND]);
  payday_notify_int64 (self, &self->amount, row->amount, properties [PROP_AMOUNT]);
  payday_notify_int64 (self, &self->balance, row->balance, properties [PROP_BALANCE]);
  payday_notify_int (self, &self->lot_expires, row->lot_expires, properties [PROP_LOT_EXPIRES]);
  payday_notify_string (self, &self->ref, row->ref, properties [PROP_REF]);
  payday_notify_string (self, &self->what, what, properties [PROP_WHAT]);
  payday_notify_string (self, &self->transaction_id, transaction_id, properties [PROP_TRANSACTION_ID]);
  payday_notify_int (self, &self->expiring, expiring, properties [PROP_EXPIRING]);
  payday_notify_int (self, &self->today, today, properties [PROP_TODAY]);
}

/**
 * payday_ledger_kind_title:
 *
 * Returns: the kind of a ledger row as people read it, e.g. "Monthly refill" (translated)
 */
const char *
payday_ledger_kind_title (PaydayLedgerKind kind)
{
  switch (kind)
    {
    case PAYDAY_LEDGER_OPENING:  return _("Opening balance");
    case PAYDAY_LEDGER_REFILL:   return _("Monthly refill");
    case PAYDAY_LEDGER_PURCHASE: return _("Purchase");
    case PAYDAY_LEDGER_GRANT:    return _("Grant");
    case PAYDAY_LEDGER_ADJUST:   return _("Adjustment");
    case PAYDAY_LEDGER_REFUND:   return _("Refund");
    case PAYDAY_LEDGER_SPEND:    return _("Proposal");
    case PAYDAY_LEDGER_BOOST:    return _("Boost");
    case PAYDAY_LEDGER_EXPIRE:   return _("Expired");
    default:                     g_return_val_if_reached ("");
    }
}

/* ---- The model --------------------------------------------------------------------- */

typedef struct
{
  const PaydayLedger *ledger;
  const PaydayPlan   *plan;
  GPtrArray          *keys;   /* char*, by ledger row */
} EntryRows;

/* The model is newest first, like a bank statement. */
static const PaydayLedgerRow *
row_at (EntryRows *rows,
        guint      position,
        guint     *index)
{
  *index = rows->ledger->rows->len - 1 - position;
  return &g_array_index (rows->ledger->rows, PaydayLedgerRow, *index);
}

static const char *
entry_new_key (gpointer data,
               guint    position)
{
  EntryRows *rows = data;
  guint index;

  row_at (rows, position, &index);
  return g_ptr_array_index (rows->keys, index);
}

static const char *
entry_object_key (gpointer object)
{
  return PAYDAY_LEDGER_ENTRY (object)->key;
}

static void
entry_update (gpointer object,
              gpointer data,
              guint    position)
{
  EntryRows *rows = data;
  guint index;

  payday_ledger_entry_update (object, row_at (rows, position, &index), rows->plan,
                              rows->ledger->today);
}

static gpointer
entry_create (gpointer data,
              guint    position)
{
  PaydayLedgerEntry *self = g_object_new (PAYDAY_TYPE_LEDGER_ENTRY,
                                          "key", entry_new_key (data, position),
                                          NULL);

  entry_update (self, data, position);
  return self;
}

/**
 * payday_ledger_entry_sync:
 * @store: a #GListStore of #PaydayLedgerEntry
 * @ledger: (nullable): the ledger just computed
 * @plan: (nullable): the plan it was computed from
 *
 * Brings @store in line with @ledger, newest row first. A row keeps its object while its
 * date, kind and ref stay the same (the n-th of several alike keeps the n-th object), so an
 * edit that changes only balances after some day notifies those objects and emits no
 * items-changed.
 */
void
payday_ledger_entry_sync (GListStore         *store,
                          const PaydayLedger *ledger,
                          const PaydayPlan   *plan)
{
  static const PaydayListSyncFuncs funcs = {
    entry_new_key, entry_object_key, entry_create, entry_update,
  };
  g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  EntryRows rows = { ledger, plan, keys };
  guint n = ledger != NULL && plan != NULL ? ledger->rows->len : 0;

  for (guint i = 0; i < n; i++)
    {
      const PaydayLedgerRow *row = &g_array_index (ledger->rows, PaydayLedgerRow, i);
      char *base = g_strdup_printf ("%d/%s/%s", row->date,
                                    payday_ledger_kind_to_string (row->kind),
                                    row->ref != NULL ? row->ref : "");
      guint occurrence = GPOINTER_TO_UINT (g_hash_table_lookup (seen, base));

      g_ptr_array_add (keys, g_strdup_printf ("%s/%u", base, occurrence));
      g_hash_table_replace (seen, base, GUINT_TO_POINTER (occurrence + 1));
    }

  payday_list_sync (store, n, &funcs, &rows);
}

const char *
payday_ledger_entry_get_key (PaydayLedgerEntry *self)
{
  g_return_val_if_fail (PAYDAY_IS_LEDGER_ENTRY (self), NULL);
  return self->key;
}

PaydayDate
payday_ledger_entry_get_date (PaydayLedgerEntry *self)
{
  g_return_val_if_fail (PAYDAY_IS_LEDGER_ENTRY (self), PAYDAY_DATE_NONE);
  return self->date;
}

PaydayLedgerKind
payday_ledger_entry_get_kind (PaydayLedgerEntry *self)
{
  g_return_val_if_fail (PAYDAY_IS_LEDGER_ENTRY (self), 0);
  return self->kind;
}

gint64
payday_ledger_entry_get_amount (PaydayLedgerEntry *self)
{
  g_return_val_if_fail (PAYDAY_IS_LEDGER_ENTRY (self), 0);
  return self->amount;
}

gint64
payday_ledger_entry_get_balance (PaydayLedgerEntry *self)
{
  g_return_val_if_fail (PAYDAY_IS_LEDGER_ENTRY (self), 0);
  return self->balance;
}

PaydayDate
payday_ledger_entry_get_lot_expires (PaydayLedgerEntry *self)
{
  g_return_val_if_fail (PAYDAY_IS_LEDGER_ENTRY (self), PAYDAY_DATE_NONE);
  return self->lot_expires;
}

const char *
payday_ledger_entry_get_ref (PaydayLedgerEntry *self)
{
  g_return_val_if_fail (PAYDAY_IS_LEDGER_ENTRY (self), NULL);
  return self->ref;
}

const char *
payday_ledger_entry_get_what (PaydayLedgerEntry *self)
{
  g_return_val_if_fail (PAYDAY_IS_LEDGER_ENTRY (self), NULL);
  return self->what;
}

const char *
payday_ledger_entry_get_transaction_id (PaydayLedgerEntry *self)
{
  g_return_val_if_fail (PAYDAY_IS_LEDGER_ENTRY (self), NULL);
  return self->transaction_id;
}

gboolean
payday_ledger_entry_get_expiring (PaydayLedgerEntry *self)
{
  g_return_val_if_fail (PAYDAY_IS_LEDGER_ENTRY (self), FALSE);
  return self->expiring;
}

PaydayDate
payday_ledger_entry_get_today (PaydayLedgerEntry *self)
{
  g_return_val_if_fail (PAYDAY_IS_LEDGER_ENTRY (self), PAYDAY_DATE_NONE);
  return self->today;
}
