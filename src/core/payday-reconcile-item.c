/* payday-reconcile-item.c — one row of the reconcile (a prediction, what was paid, the
 * verdict) as a row object of the document's reconcile model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "payday-notify-private.h"
#include "payday-reconcile-item.h"

/* Values are raw (ids, days, cents, the verdict): views format them. The document updates
 * the object after every recompute and only the properties whose value changed notify. */
struct _PaydayReconcileItem
{
  GObject        parent_instance;

  char          *key;
  PaydayVerdict  verdict;
  char          *contract_id;
  char          *contract_title;
  char          *item_id;
  char          *ref;
  PaydayDate     predicted_on;
  PaydayCents    predicted_cents;
  PaydayDate     actual_on;
  PaydayCents    actual_cents;
};

G_DEFINE_FINAL_TYPE (PaydayReconcileItem, payday_reconcile_item, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (PaydayVerdict, payday_verdict,
  G_DEFINE_ENUM_VALUE (PAYDAY_VERDICT_AS_PREDICTED, "as-predicted"),
  G_DEFINE_ENUM_VALUE (PAYDAY_VERDICT_EARLY, "early"),
  G_DEFINE_ENUM_VALUE (PAYDAY_VERDICT_LATE, "late"),
  G_DEFINE_ENUM_VALUE (PAYDAY_VERDICT_AMOUNT_DIFFERS, "amount-differs"),
  G_DEFINE_ENUM_VALUE (PAYDAY_VERDICT_MISSING, "missing"),
  G_DEFINE_ENUM_VALUE (PAYDAY_VERDICT_UNEXPECTED, "unexpected"))

enum {
  PROP_0,
  PROP_KEY,
  PROP_VERDICT,
  PROP_EXCEPTION,
  PROP_CONTRACT_ID,
  PROP_CONTRACT_TITLE,
  PROP_ITEM_ID,
  PROP_REF,
  PROP_PREDICTED_ON,
  PROP_PREDICTED_CENTS,
  PROP_ACTUAL_ON,
  PROP_ACTUAL_CENTS,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
payday_reconcile_item_finalize (GObject *object)
{
  PaydayReconcileItem *self = (PaydayReconcileItem *)object;

  g_clear_pointer (&self->key, g_free);
  g_clear_pointer (&self->contract_id, g_free);
  g_clear_pointer (&self->contract_title, g_free);
  g_clear_pointer (&self->item_id, g_free);
  g_clear_pointer (&self->ref, g_free);

  G_OBJECT_CLASS (payday_reconcile_item_parent_class)->finalize (object);
}

static void
payday_reconcile_item_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  PaydayReconcileItem *self = PAYDAY_RECONCILE_ITEM (object);

  switch (prop_id)
    {
    case PROP_KEY:
      g_value_set_string (value, payday_reconcile_item_get_key (self));
      break;

    case PROP_VERDICT:
      g_value_set_enum (value, payday_reconcile_item_get_verdict (self));
      break;

    case PROP_EXCEPTION:
      g_value_set_boolean (value, payday_reconcile_item_get_exception (self));
      break;

    case PROP_CONTRACT_ID:
      g_value_set_string (value, payday_reconcile_item_get_contract_id (self));
      break;

    case PROP_CONTRACT_TITLE:
      g_value_set_string (value, payday_reconcile_item_get_contract_title (self));
      break;

    case PROP_ITEM_ID:
      g_value_set_string (value, payday_reconcile_item_get_item_id (self));
      break;

    case PROP_REF:
      g_value_set_string (value, payday_reconcile_item_get_ref (self));
      break;

    case PROP_PREDICTED_ON:
      g_value_set_int (value, payday_reconcile_item_get_predicted_on (self));
      break;

    case PROP_PREDICTED_CENTS:
      g_value_set_int64 (value, payday_reconcile_item_get_predicted_cents (self));
      break;

    case PROP_ACTUAL_ON:
      g_value_set_int (value, payday_reconcile_item_get_actual_on (self));
      break;

    case PROP_ACTUAL_CENTS:
      g_value_set_int64 (value, payday_reconcile_item_get_actual_cents (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
payday_reconcile_item_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  PaydayReconcileItem *self = PAYDAY_RECONCILE_ITEM (object);

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
payday_reconcile_item_class_init (PaydayReconcileItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = payday_reconcile_item_finalize;
  object_class->get_property = payday_reconcile_item_get_property;
  object_class->set_property = payday_reconcile_item_set_property;

  /* The row's identity across recomputes: its contract, item id and ref. */
  properties [PROP_KEY] =
    g_param_spec_string ("key", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties [PROP_VERDICT] =
    g_param_spec_enum ("verdict", NULL, NULL, PAYDAY_TYPE_VERDICT,
                       PAYDAY_VERDICT_AS_PREDICTED, PAYDAY_ROW_READ_FLAGS);
  /* Every verdict but as-predicted: what the list of exceptions shows. */
  properties [PROP_EXCEPTION] =
    g_param_spec_boolean ("exception", NULL, NULL, FALSE, PAYDAY_ROW_READ_FLAGS);
  properties [PROP_CONTRACT_ID] =
    g_param_spec_string ("contract-id", NULL, NULL, NULL, PAYDAY_ROW_READ_FLAGS);
  properties [PROP_CONTRACT_TITLE] =
    g_param_spec_string ("contract-title", NULL, NULL, NULL, PAYDAY_ROW_READ_FLAGS);
  /* The schedule item's id ("2026-03-02" for a week, a milestone's or bonus's id); NULL
   * for an unexpected payment. */
  properties [PROP_ITEM_ID] =
    g_param_spec_string ("item-id", NULL, NULL, NULL, PAYDAY_ROW_READ_FLAGS);
  /* The actual's ref; NULL for a missing payment. */
  properties [PROP_REF] =
    g_param_spec_string ("ref", NULL, NULL, NULL, PAYDAY_ROW_READ_FLAGS);
  /* The item's charged_on and gross, or PAYDAY_DATE_NONE and 0 without an item. */
  properties [PROP_PREDICTED_ON] = payday_row_date_pspec ("predicted-on");
  properties [PROP_PREDICTED_CENTS] = payday_row_int64_pspec ("predicted-cents");
  /* The actual's date and amount, or PAYDAY_DATE_NONE and 0 without an actual. */
  properties [PROP_ACTUAL_ON] = payday_row_date_pspec ("actual-on");
  properties [PROP_ACTUAL_CENTS] = payday_row_int64_pspec ("actual-cents");

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
payday_reconcile_item_init (PaydayReconcileItem *self)
{
  self->verdict = PAYDAY_VERDICT_AS_PREDICTED;
  self->predicted_on = PAYDAY_DATE_NONE;
  self->actual_on = PAYDAY_DATE_NONE;
}

PaydayReconcileItem *
payday_reconcile_item_new (const char *key)
{
  g_return_val_if_fail (key != NULL, NULL);

  return g_object_new (PAYDAY_TYPE_RECONCILE_ITEM, "key", key, NULL);
}

/**
 * payday_reconcile_row_key:
 *
 * Returns: (transfer full): the key of @row in the reconcile model:
 *   `CONTRACT/ITEMID/REF`, the side a row lacks left empty
 */
char *
payday_reconcile_row_key (const PaydayReconcileRow *row)
{
  char buf[PAYDAY_DATE_BUF];

  g_return_val_if_fail (row != NULL, NULL);

  return g_strdup_printf ("%s/%s/%s", row->contract_id,
                          row->item != NULL ? payday_reconcile_row_item_id (row, buf) : "",
                          row->actual != NULL ? row->actual->ref : "");
}

/**
 * payday_reconcile_item_update:
 * @row: the reconcile row (its key is this object's)
 * @contract_title: (nullable): the title of the row's contract
 *
 * Sets every property from @row; only those whose value changed notify.
 */
void
payday_reconcile_item_update (PaydayReconcileItem      *self,
                              const PaydayReconcileRow *row,
                              const char               *contract_title)
{
  char buf[PAYDAY_DATE_BUF];
  gboolean was_exception;

  g_return_if_fail (PAYDAY_IS_RECONCILE_ITEM (self));
  g_return_if_fail (row != NULL);

  g_object_freeze_notify (G_OBJECT (self));
  was_exception = payday_reconcile_item_get_exception (self);
  if (self->verdict != row->verdict)
    {
      self->verdict = row->verdict;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_VERDICT]);
    }
  if (was_exception != payday_reconcile_item_get_exception (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_EXCEPTION]);
  payday_notify_string (self, &self->contract_id, row->contract_id, properties [PROP_CONTRACT_ID]);
  payday_notify_string (self, &self->contract_title, contract_title,
                        properties [PROP_CONTRACT_TITLE]);
  payday_notify_string (self, &self->item_id,
                        row->item != NULL ? payday_reconcile_row_item_id (row, buf) : NULL,
                        properties [PROP_ITEM_ID]);
  payday_notify_string (self, &self->ref, row->actual != NULL ? row->actual->ref : NULL,
                        properties [PROP_REF]);
  payday_notify_int (self, &self->predicted_on,
                     row->item != NULL ? row->item->charged_on : PAYDAY_DATE_NONE,
                     properties [PROP_PREDICTED_ON]);
  payday_notify_int64 (self, &self->predicted_cents,
                       row->item != NULL ? row->item->gross_cents : 0,
                       properties [PROP_PREDICTED_CENTS]);
  payday_notify_int (self, &self->actual_on,
                     row->actual != NULL ? row->actual->date : PAYDAY_DATE_NONE,
                     properties [PROP_ACTUAL_ON]);
  payday_notify_int64 (self, &self->actual_cents,
                       row->actual != NULL ? row->actual->amount_cents : 0,
                       properties [PROP_ACTUAL_CENTS]);
  g_object_thaw_notify (G_OBJECT (self));
}

const char *
payday_reconcile_item_get_key (PaydayReconcileItem *self)
{
  g_return_val_if_fail (PAYDAY_IS_RECONCILE_ITEM (self), NULL);
  return self->key;
}

PaydayVerdict
payday_reconcile_item_get_verdict (PaydayReconcileItem *self)
{
  g_return_val_if_fail (PAYDAY_IS_RECONCILE_ITEM (self), PAYDAY_VERDICT_AS_PREDICTED);
  return self->verdict;
}

gboolean
payday_reconcile_item_get_exception (PaydayReconcileItem *self)
{
  g_return_val_if_fail (PAYDAY_IS_RECONCILE_ITEM (self), FALSE);
  return self->verdict != PAYDAY_VERDICT_AS_PREDICTED;
}

const char *
payday_reconcile_item_get_contract_id (PaydayReconcileItem *self)
{
  g_return_val_if_fail (PAYDAY_IS_RECONCILE_ITEM (self), NULL);
  return self->contract_id;
}

const char *
payday_reconcile_item_get_contract_title (PaydayReconcileItem *self)
{
  g_return_val_if_fail (PAYDAY_IS_RECONCILE_ITEM (self), NULL);
  return self->contract_title;
}

const char *
payday_reconcile_item_get_item_id (PaydayReconcileItem *self)
{
  g_return_val_if_fail (PAYDAY_IS_RECONCILE_ITEM (self), NULL);
  return self->item_id;
}

const char *
payday_reconcile_item_get_ref (PaydayReconcileItem *self)
{
  g_return_val_if_fail (PAYDAY_IS_RECONCILE_ITEM (self), NULL);
  return self->ref;
}

PaydayDate
payday_reconcile_item_get_predicted_on (PaydayReconcileItem *self)
{
  g_return_val_if_fail (PAYDAY_IS_RECONCILE_ITEM (self), PAYDAY_DATE_NONE);
  return self->predicted_on;
}

PaydayCents
payday_reconcile_item_get_predicted_cents (PaydayReconcileItem *self)
{
  g_return_val_if_fail (PAYDAY_IS_RECONCILE_ITEM (self), 0);
  return self->predicted_cents;
}

PaydayDate
payday_reconcile_item_get_actual_on (PaydayReconcileItem *self)
{
  g_return_val_if_fail (PAYDAY_IS_RECONCILE_ITEM (self), PAYDAY_DATE_NONE);
  return self->actual_on;
}

PaydayCents
payday_reconcile_item_get_actual_cents (PaydayReconcileItem *self)
{
  g_return_val_if_fail (PAYDAY_IS_RECONCILE_ITEM (self), 0);
  return self->actual_cents;
}
