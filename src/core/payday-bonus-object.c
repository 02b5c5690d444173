/* payday-bonus-object.c — one bonus of a contract, with what it pays, as a row object of
 * the bonuses model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "payday-bonus-object.h"
#include "payday-notify-private.h"
#include "payday-contract-facts.h"
#include "payday-list-sync.h"

/* Raw values: cents and days. The id is the key within the contract. */
struct _PaydayBonusObject
{
  GObject      parent_instance;

  char        *id;
  PaydayDate   date;
  gint64       amount;
  gboolean     pays;
  gint64       net;
  PaydayDate   available_on;
  PaydayDate   today;
};

G_DEFINE_FINAL_TYPE (PaydayBonusObject, payday_bonus_object, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_DATE,
  PROP_AMOUNT,
  PROP_PAYS,
  PROP_NET,
  PROP_AVAILABLE_ON,
  PROP_TODAY,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
payday_bonus_object_finalize (GObject *object)
{
  g_clear_pointer (&PAYDAY_BONUS_OBJECT (object)->id, g_free);

  G_OBJECT_CLASS (payday_bonus_object_parent_class)->finalize (object);
}

static void
payday_bonus_object_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  PaydayBonusObject *self = PAYDAY_BONUS_OBJECT (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_string (value, self->id); break;
    case PROP_DATE: g_value_set_int (value, self->date); break;
    case PROP_AMOUNT: g_value_set_int64 (value, self->amount); break;
    case PROP_PAYS: g_value_set_boolean (value, self->pays); break;
    case PROP_NET: g_value_set_int64 (value, self->net); break;
    case PROP_AVAILABLE_ON: g_value_set_int (value, self->available_on); break;
    case PROP_TODAY: g_value_set_int (value, self->today); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
payday_bonus_object_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  PaydayBonusObject *self = PAYDAY_BONUS_OBJECT (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
payday_bonus_object_class_init (PaydayBonusObjectClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = payday_bonus_object_finalize;
  object_class->get_property = payday_bonus_object_get_property;
  object_class->set_property = payday_bonus_object_set_property;

  properties [PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties [PROP_DATE] = payday_row_date_pspec ("date");
  properties [PROP_AMOUNT] = payday_row_int64_pspec ("amount");
  /* Whether the schedule has an item for the bonus; net and available-on are that item's. */
  properties [PROP_PAYS] = g_param_spec_boolean ("pays", NULL, NULL, FALSE, PAYDAY_ROW_READ_FLAGS);
  properties [PROP_NET] = payday_row_int64_pspec ("net");
  properties [PROP_AVAILABLE_ON] = payday_row_date_pspec ("available-on");
  /* The schedule's today, for writing dates relative to it. */
  properties [PROP_TODAY] = payday_row_date_pspec ("today");

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
payday_bonus_object_init (PaydayBonusObject *self)
{
  self->date = self->available_on = self->today = PAYDAY_DATE_NONE;
}

const char *
payday_bonus_object_get_id (PaydayBonusObject *self)
{
  g_return_val_if_fail (PAYDAY_IS_BONUS_OBJECT (self), NULL);

  return self->id;
}

typedef struct
{
  const PaydayContract  *contract;
  const PaydayItem     **items;
  PaydayDate             today;
} Bonuses;

static const char *
bonus_new_key (gpointer data,
               guint    position)
{
  return g_array_index (((Bonuses *) data)->contract->bonuses, PaydayBonus, position).id;
}

static const char *
bonus_object_key (gpointer object)
{
  return PAYDAY_BONUS_OBJECT (object)->id;
}

static void
bonus_update (gpointer object,
              gpointer data,
              guint    position)
{
  PaydayBonusObject *self = object;
  Bonuses *bs = data;
  const PaydayBonus *b = &g_array_index (bs->contract->bonuses, PaydayBonus, position);
  const PaydayItem *item = bs->items[position];

  payday_notify_int (self, &self->date, b->date, properties [PROP_DATE]);
  payday_notify_int64 (self, &self->amount, b->amount_cents, properties [PROP_AMOUNT]);
  payday_notify_int (self, &self->pays, item != NULL, properties [PROP_PAYS]);
  payday_notify_int64 (self, &self->net, item ? item->net_cents : 0, properties [PROP_NET]);
  payday_notify_int (self, &self->available_on, item ? item->available_on : PAYDAY_DATE_NONE, properties [PROP_AVAILABLE_ON]);
  payday_notify_int (self, &self->today, bs->today, properties [PROP_TODAY]);
}

static gpointer
bonus_create (gpointer data,
              guint    position)
{
  PaydayBonusObject *object = g_object_new (PAYDAY_TYPE_BONUS_OBJECT,
                                            "id", bonus_new_key (data, position),
                                            NULL);

  bonus_update (object, data, position);
  return object;
}

/**
 * payday_bonus_objects_sync:
 * @store: a store of #PaydayBonusObject
 * @contract: (nullable): a contract, %NULL for none
 * @contract_index: where @contract stands in the plan the schedule was computed from
 * @schedule: (nullable): the plan's schedule
 *
 * Makes @store hold the contract's bonuses in order (payday_list_sync()).
 */
void
payday_bonus_objects_sync (GListStore           *store,
                           const PaydayContract *contract,
                           guint                 contract_index,
                           const PaydaySchedule *schedule)
{
  static const PaydayListSyncFuncs funcs = { bonus_new_key, bonus_object_key, bonus_create, bonus_update };
  guint n = contract != NULL ? contract->bonuses->len : 0;
  g_autofree const PaydayItem **items = payday_contract_items (schedule, contract_index,
                                                               PAYDAY_ITEM_BONUS, n);
  Bonuses bs = { contract, items, schedule ? schedule->today : PAYDAY_DATE_NONE };

  payday_list_sync (store, n, &funcs, &bs);
}
