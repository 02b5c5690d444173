/* payday-contract-object.c — one contract and its facts as a row object of the document's
 * contracts model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "payday-contract-object.h"
#include "payday-notify-private.h"

/* The values are raw (ids, cents, days, hundredths of an hour, enums): views format them.
 * The document updates the object after every recompute (payday_contract_object_update())
 * and only the properties whose value changed notify, so a view redraws just those cells. */
struct _PaydayContractObject
{
  GObject              parent_instance;

  char                *id;
  char                *title;
  char                *upwork_id;
  char                *client_id;
  char                *client_name;
  PaydayContractType   contract_type;
  PaydayContractState  state;
  PaydayCents          amount;
  gint64               week_hours;
  PaydayDate           next_date;
  PaydayCents          next_net;
  PaydayCents          waiting_net;
  PaydayDate           today;
};

G_DEFINE_FINAL_TYPE (PaydayContractObject, payday_contract_object, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (PaydayContractType, payday_contract_type,
  G_DEFINE_ENUM_VALUE (PAYDAY_CONTRACT_HOURLY, "hourly"),
  G_DEFINE_ENUM_VALUE (PAYDAY_CONTRACT_FIXED, "fixed"))

G_DEFINE_ENUM_TYPE (PaydayContractState, payday_contract_state,
  G_DEFINE_ENUM_VALUE (PAYDAY_CONTRACT_ACTIVE, "active"),
  G_DEFINE_ENUM_VALUE (PAYDAY_CONTRACT_ENDED, "ended"),
  G_DEFINE_ENUM_VALUE (PAYDAY_CONTRACT_STARTS_LATER, "starts-later"))

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_UPWORK_ID,
  PROP_CLIENT_ID,
  PROP_CLIENT_NAME,
  PROP_CONTRACT_TYPE,
  PROP_STATE,
  PROP_AMOUNT,
  PROP_WEEK_HOURS,
  PROP_NEXT_DATE,
  PROP_NEXT_NET,
  PROP_WAITING_NET,
  PROP_TODAY,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
payday_contract_object_finalize (GObject *object)
{
  PaydayContractObject *self = (PaydayContractObject *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->upwork_id, g_free);
  g_clear_pointer (&self->client_id, g_free);
  g_clear_pointer (&self->client_name, g_free);

  G_OBJECT_CLASS (payday_contract_object_parent_class)->finalize (object);
}

static void
payday_contract_object_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  PaydayContractObject *self = PAYDAY_CONTRACT_OBJECT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_UPWORK_ID:
      g_value_set_string (value, self->upwork_id);
      break;

    case PROP_CLIENT_ID:
      g_value_set_string (value, self->client_id);
      break;

    case PROP_CLIENT_NAME:
      g_value_set_string (value, self->client_name);
      break;

    case PROP_CONTRACT_TYPE:
      g_value_set_enum (value, self->contract_type);
      break;

    case PROP_STATE:
      g_value_set_enum (value, self->state);
      break;

    case PROP_AMOUNT:
      g_value_set_int64 (value, self->amount);
      break;

    case PROP_WEEK_HOURS:
      g_value_set_int64 (value, self->week_hours);
      break;

    case PROP_NEXT_DATE:
      g_value_set_int (value, self->next_date);
      break;

    case PROP_NEXT_NET:
      g_value_set_int64 (value, self->next_net);
      break;

    case PROP_WAITING_NET:
      g_value_set_int64 (value, self->waiting_net);
      break;

    case PROP_TODAY:
      g_value_set_int (value, self->today);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
payday_contract_object_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  PaydayContractObject *self = PAYDAY_CONTRACT_OBJECT (object);

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
payday_contract_object_class_init (PaydayContractObjectClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = payday_contract_object_finalize;
  object_class->get_property = payday_contract_object_get_property;
  object_class->set_property = payday_contract_object_set_property;

  /* The contract's id: the key the model keeps the object by, so it never changes. */
  properties [PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties [PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, "", PAYDAY_ROW_READ_FLAGS);
  /* Upwork's contract id, when the contract was imported; NULL otherwise. */
  properties [PROP_UPWORK_ID] =
    g_param_spec_string ("upwork-id", NULL, NULL, NULL, PAYDAY_ROW_READ_FLAGS);
  properties [PROP_CLIENT_ID] =
    g_param_spec_string ("client-id", NULL, NULL, NULL, PAYDAY_ROW_READ_FLAGS);
  /* The client's name, or its id when it has none. */
  properties [PROP_CLIENT_NAME] =
    g_param_spec_string ("client-name", NULL, NULL, NULL, PAYDAY_ROW_READ_FLAGS);
  properties [PROP_CONTRACT_TYPE] =
    g_param_spec_enum ("contract-type", NULL, NULL, PAYDAY_TYPE_CONTRACT_TYPE,
                       PAYDAY_CONTRACT_HOURLY, PAYDAY_ROW_READ_FLAGS);
  properties [PROP_STATE] =
    g_param_spec_enum ("state", NULL, NULL, PAYDAY_TYPE_CONTRACT_STATE,
                       PAYDAY_CONTRACT_ACTIVE, PAYDAY_ROW_READ_FLAGS);
  /* Hourly: the rate; fixed-price: the milestones' sum (cents). */
  properties [PROP_AMOUNT] = payday_row_int64_pspec ("amount");
  /* Hundredths of an hour logged in today's week; 0 for fixed-price. */
  properties [PROP_WEEK_HOURS] = payday_row_int64_pspec ("week-hours");
  /* The first day after today money of it becomes available, PAYDAY_DATE_NONE if none. */
  properties [PROP_NEXT_DATE] = payday_row_date_pspec ("next-date");
  properties [PROP_NEXT_NET] = payday_row_int64_pspec ("next-net");
  properties [PROP_WAITING_NET] = payday_row_int64_pspec ("waiting-net");
  /* The day the facts were computed for; views need it to write dates relative to it. */
  properties [PROP_TODAY] = payday_row_date_pspec ("today");

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
payday_contract_object_init (PaydayContractObject *self)
{
  self->title = g_strdup ("");
  self->next_date = PAYDAY_DATE_NONE;
  self->today = PAYDAY_DATE_NONE;
}

PaydayContractObject *
payday_contract_object_new (const char *id)
{
  return g_object_new (PAYDAY_TYPE_CONTRACT_OBJECT, "id", id, NULL);
}

/**
 * payday_contract_object_update:
 * @contract: the contract with the object's id
 * @client_name: its client's name as shown
 * @facts: what the contract comes to at @today
 *
 * Sets every property; only those whose value changed notify.
 */
void
payday_contract_object_update (PaydayContractObject      *self,
                               const PaydayContract      *contract,
                               const char                *client_name,
                               const PaydayContractFacts *facts,
                               PaydayDate                 today)
{
  g_return_if_fail (PAYDAY_IS_CONTRACT_OBJECT (self));
  g_return_if_fail (g_strcmp0 (contract->id, self->id) == 0);

  payday_notify_string (self, &self->title, contract->title ? contract->title : "", properties [PROP_TITLE]);
  payday_notify_string (self, &self->upwork_id, contract->upwork_id, properties [PROP_UPWORK_ID]);
  payday_notify_string (self, &self->client_id, contract->client, properties [PROP_CLIENT_ID]);
  payday_notify_string (self, &self->client_name, client_name, properties [PROP_CLIENT_NAME]);
  payday_notify_int (self, (gint32 *) &self->contract_type, contract->type, properties [PROP_CONTRACT_TYPE]);
  payday_notify_int (self, (gint32 *) &self->state, facts->state, properties [PROP_STATE]);
  payday_notify_int64 (self, &self->amount, facts->amount_cents, properties [PROP_AMOUNT]);
  payday_notify_int64 (self, &self->week_hours, facts->week_hours, properties [PROP_WEEK_HOURS]);
  payday_notify_int (self, &self->next_date, facts->next_date, properties [PROP_NEXT_DATE]);
  payday_notify_int64 (self, &self->next_net, facts->next_net, properties [PROP_NEXT_NET]);
  payday_notify_int64 (self, &self->waiting_net, facts->waiting_net, properties [PROP_WAITING_NET]);
  payday_notify_int (self, &self->today, today, properties [PROP_TODAY]);
}

const char *
payday_contract_object_get_upwork_id (PaydayContractObject *self)
{
  g_return_val_if_fail (PAYDAY_IS_CONTRACT_OBJECT (self), NULL);
  return self->upwork_id;
}

const char *
payday_contract_object_get_id (PaydayContractObject *self)
{
  g_return_val_if_fail (PAYDAY_IS_CONTRACT_OBJECT (self), NULL);
  return self->id;
}

const char *
payday_contract_object_get_title (PaydayContractObject *self)
{
  g_return_val_if_fail (PAYDAY_IS_CONTRACT_OBJECT (self), NULL);
  return self->title;
}

const char *
payday_contract_object_get_client_id (PaydayContractObject *self)
{
  g_return_val_if_fail (PAYDAY_IS_CONTRACT_OBJECT (self), NULL);
  return self->client_id;
}

const char *
payday_contract_object_get_client_name (PaydayContractObject *self)
{
  g_return_val_if_fail (PAYDAY_IS_CONTRACT_OBJECT (self), NULL);
  return self->client_name;
}

PaydayContractType
payday_contract_object_get_contract_type (PaydayContractObject *self)
{
  g_return_val_if_fail (PAYDAY_IS_CONTRACT_OBJECT (self), 0);
  return self->contract_type;
}

PaydayContractState
payday_contract_object_get_state (PaydayContractObject *self)
{
  g_return_val_if_fail (PAYDAY_IS_CONTRACT_OBJECT (self), 0);
  return self->state;
}

PaydayCents
payday_contract_object_get_amount (PaydayContractObject *self)
{
  g_return_val_if_fail (PAYDAY_IS_CONTRACT_OBJECT (self), 0);
  return self->amount;
}

gint64
payday_contract_object_get_week_hours (PaydayContractObject *self)
{
  g_return_val_if_fail (PAYDAY_IS_CONTRACT_OBJECT (self), 0);
  return self->week_hours;
}

PaydayDate
payday_contract_object_get_next_date (PaydayContractObject *self)
{
  g_return_val_if_fail (PAYDAY_IS_CONTRACT_OBJECT (self), PAYDAY_DATE_NONE);
  return self->next_date;
}

PaydayCents
payday_contract_object_get_next_net (PaydayContractObject *self)
{
  g_return_val_if_fail (PAYDAY_IS_CONTRACT_OBJECT (self), 0);
  return self->next_net;
}

PaydayCents
payday_contract_object_get_waiting_net (PaydayContractObject *self)
{
  g_return_val_if_fail (PAYDAY_IS_CONTRACT_OBJECT (self), 0);
  return self->waiting_net;
}

PaydayDate
payday_contract_object_get_today (PaydayContractObject *self)
{
  g_return_val_if_fail (PAYDAY_IS_CONTRACT_OBJECT (self), PAYDAY_DATE_NONE);
  return self->today;
}
