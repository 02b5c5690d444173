/* payday-proposal-object.c — one proposal as a row object of the document's proposals model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "payday-list-sync.h"
#include "payday-notify-private.h"
#include "payday-proposal-object.h"

/* The values are raw (ids, days, counts, an enum): views format them. The document syncs
 * the model after every recompute (payday_proposal_object_sync()); only the properties
 * whose value changed notify. */
struct _PaydayProposalObject
{
  GObject               parent_instance;

  char                 *id;
  char                 *title;
  PaydayDate            date;
  PaydayProposalStatus  status;
  PaydayDate            status_date;
  char                 *client_name;
  int                   connects;
  int                   boost;
  gboolean              invited;
  char                 *contract_id;
  char                 *contract_title;
  PaydayDate            today;
};

G_DEFINE_FINAL_TYPE (PaydayProposalObject, payday_proposal_object, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (PaydayProposalStatus, payday_proposal_status,
  G_DEFINE_ENUM_VALUE (PAYDAY_PROPOSAL_SENT, "sent"),
  G_DEFINE_ENUM_VALUE (PAYDAY_PROPOSAL_VIEWED, "viewed"),
  G_DEFINE_ENUM_VALUE (PAYDAY_PROPOSAL_INTERVIEW, "interview"),
  G_DEFINE_ENUM_VALUE (PAYDAY_PROPOSAL_HIRED, "hired"),
  G_DEFINE_ENUM_VALUE (PAYDAY_PROPOSAL_DECLINED, "declined"),
  G_DEFINE_ENUM_VALUE (PAYDAY_PROPOSAL_WITHDRAWN, "withdrawn"),
  G_DEFINE_ENUM_VALUE (PAYDAY_PROPOSAL_JOB_CANCELLED, "job-cancelled"))

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_DATE,
  PROP_STATUS,
  PROP_STATUS_DATE,
  PROP_CLIENT_NAME,
  PROP_CONNECTS,
  PROP_BOOST,
  PROP_INVITED,
  PROP_CONTRACT_ID,
  PROP_CONTRACT_TITLE,
  PROP_TODAY,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
payday_proposal_object_finalize (GObject *object)
{
  PaydayProposalObject *self = (PaydayProposalObject *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->client_name, g_free);
  g_clear_pointer (&self->contract_id, g_free);
  g_clear_pointer (&self->contract_title, g_free);

  G_OBJECT_CLASS (payday_proposal_object_parent_class)->finalize (object);
}

static void
payday_proposal_object_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  PaydayProposalObject *self = PAYDAY_PROPOSAL_OBJECT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_DATE:
      g_value_set_int (value, self->date);
      break;

    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;

    case PROP_STATUS_DATE:
      g_value_set_int (value, self->status_date);
      break;

    case PROP_CLIENT_NAME:
      g_value_set_string (value, self->client_name);
      break;

    case PROP_CONNECTS:
      g_value_set_int (value, self->connects);
      break;

    case PROP_BOOST:
      g_value_set_int (value, self->boost);
      break;

    case PROP_INVITED:
      g_value_set_boolean (value, self->invited);
      break;

    case PROP_CONTRACT_ID:
      g_value_set_string (value, self->contract_id);
      break;

    case PROP_CONTRACT_TITLE:
      g_value_set_string (value, self->contract_title);
      break;

    case PROP_TODAY:
      g_value_set_int (value, self->today);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
payday_proposal_object_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  PaydayProposalObject *self = PAYDAY_PROPOSAL_OBJECT (object);

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
payday_proposal_object_class_init (PaydayProposalObjectClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = payday_proposal_object_finalize;
  object_class->get_property = payday_proposal_object_get_property;
  object_class->set_property = payday_proposal_object_set_property;

  /* The proposal's id: the key the model keeps the object by, so it never changes. */
  properties [PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties [PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, PAYDAY_ROW_READ_FLAGS);
  /* The day it was sent. */
  properties [PROP_DATE] = payday_row_date_pspec ("date");
  properties [PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, PAYDAY_TYPE_PROPOSAL_STATUS,
                       PAYDAY_PROPOSAL_SENT, PAYDAY_ROW_READ_FLAGS);
  properties [PROP_STATUS_DATE] = payday_row_date_pspec ("status-date");
  /* The client's name, or its id when it has none; %NULL without a client. */
  properties [PROP_CLIENT_NAME] =
    g_param_spec_string ("client-name", NULL, NULL, NULL, PAYDAY_ROW_READ_FLAGS);
  properties [PROP_CONNECTS] =
    g_param_spec_int ("connects", NULL, NULL, 0, G_MAXINT, 0, PAYDAY_ROW_READ_FLAGS);
  properties [PROP_BOOST] =
    g_param_spec_int ("boost", NULL, NULL, 0, G_MAXINT, 0, PAYDAY_ROW_READ_FLAGS);
  /* Answered an invitation: no Connects spent. */
  properties [PROP_INVITED] =
    g_param_spec_boolean ("invited", NULL, NULL, FALSE, PAYDAY_ROW_READ_FLAGS);
  /* The contract made from it, %NULL while there is none. */
  properties [PROP_CONTRACT_ID] =
    g_param_spec_string ("contract-id", NULL, NULL, NULL, PAYDAY_ROW_READ_FLAGS);
  /* That contract's title, or its id when it has none or is not in the plan. */
  properties [PROP_CONTRACT_TITLE] =
    g_param_spec_string ("contract-title", NULL, NULL, NULL, PAYDAY_ROW_READ_FLAGS);
  /* The document's today; views write dates relative to it. */
  properties [PROP_TODAY] = payday_row_date_pspec ("today");

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
payday_proposal_object_init (PaydayProposalObject *self)
{
  self->date = PAYDAY_DATE_NONE;
  self->status_date = PAYDAY_DATE_NONE;
  self->today = PAYDAY_DATE_NONE;
}

/* ---- The model --------------------------------------------------------------------- */

typedef struct
{
  const PaydayPlan *plan;
  PaydayDate        today;
  guint            *order;   /* plan->proposals indices, newest first */
} ProposalRows;

static const PaydayProposal *
proposal_at (ProposalRows *rows,
             guint         position)
{
  return &g_array_index (rows->plan->proposals, PaydayProposal, rows->order[position]);
}

static const char *
proposal_new_key (gpointer data,
                  guint    position)
{
  return proposal_at (data, position)->id;
}

static const char *
proposal_object_key (gpointer object)
{
  return PAYDAY_PROPOSAL_OBJECT (object)->id;
}

static void
proposal_update (gpointer object,
                 gpointer data,
                 guint    position)
{
  PaydayProposalObject *self = object;
  ProposalRows *rows = data;
  const PaydayProposal *p = proposal_at (rows, position);
  const PaydayClient *client = p->client != NULL ? payday_plan_find_client (rows->plan, p->client) : NULL;
  const PaydayContract *contract = p->contract != NULL ? payday_plan_find_contract (rows->plan, p->contract) : NULL;
  const char *client_name = NULL;

  if (client != NULL)
    client_name = client->name != NULL && client->name[0] != '\0' ? client->name : client->id;

  payday_notify_string (self, &self->title, p->title, properties [PROP_TITLE]);
  payday_notify_int (self, &self->date, p->date, properties [PROP_DATE]);
  payday_notify_int (self, (gint *) &self->status, p->status, properties [PROP_STATUS]);
  payday_notify_int (self, &self->status_date, p->status_date, properties [PROP_STATUS_DATE]);
  payday_notify_string (self, &self->client_name, client_name, properties [PROP_CLIENT_NAME]);
  payday_notify_int (self, &self->connects, p->connects, properties [PROP_CONNECTS]);
  payday_notify_int (self, &self->boost, p->boost, properties [PROP_BOOST]);
  payday_notify_int (self, &self->invited, !!p->invited, properties [PROP_INVITED]);
  payday_notify_string (self, &self->contract_id, p->contract, properties [PROP_CONTRACT_ID]);
  payday_notify_string (self, &self->contract_title,
                        contract != NULL && contract->title != NULL ? contract->title : p->contract,
                        properties [PROP_CONTRACT_TITLE]);
  payday_notify_int (self, &self->today, rows->today, properties [PROP_TODAY]);
}

static gpointer
proposal_create (gpointer data,
                 guint    position)
{
  PaydayProposalObject *self = g_object_new (PAYDAY_TYPE_PROPOSAL_OBJECT,
                                             "id", proposal_new_key (data, position),
                                             NULL);

  proposal_update (self, data, position);
  return self;
}

static gint
compare_newest_first (gconstpointer a,
                      gconstpointer b,
                      gpointer      data)
{
  GArray *proposals = data;
  PaydayDate da = g_array_index (proposals, PaydayProposal, *(const guint *) a).date;
  PaydayDate db = g_array_index (proposals, PaydayProposal, *(const guint *) b).date;

  return da < db ? 1 : da > db ? -1 : 0;
}

/**
 * payday_proposal_object_sync:
 * @store: a #GListStore of #PaydayProposalObject
 * @plan: (nullable): the plan
 *
 * Brings @store in line with @plan's proposals, newest sent first (equal days in plan
 * order), keeping each proposal's object by its id.
 */
void
payday_proposal_object_sync (GListStore       *store,
                             const PaydayPlan *plan,
                             PaydayDate        today)
{
  static const PaydayListSyncFuncs funcs = {
    proposal_new_key, proposal_object_key, proposal_create, proposal_update,
  };
  guint n = plan != NULL ? plan->proposals->len : 0;
  g_autofree guint *order = g_new (guint, MAX (n, 1));
  ProposalRows rows = { plan, today, order };

  for (guint i = 0; i < n; i++)
    order[i] = i;
  /* g_qsort_with_data() is stable, so equal dates keep plan order. */
  if (n > 0)
    g_qsort_with_data (order, (gint) n, sizeof (guint), compare_newest_first, plan->proposals);

  payday_list_sync (store, n, &funcs, &rows);
}

const char *
payday_proposal_object_get_id (PaydayProposalObject *self)
{
  g_return_val_if_fail (PAYDAY_IS_PROPOSAL_OBJECT (self), NULL);
  return self->id;
}

const char *
payday_proposal_object_get_title (PaydayProposalObject *self)
{
  g_return_val_if_fail (PAYDAY_IS_PROPOSAL_OBJECT (self), NULL);
  return self->title;
}

PaydayDate
payday_proposal_object_get_date (PaydayProposalObject *self)
{
  g_return_val_if_fail (PAYDAY_IS_PROPOSAL_OBJECT (self), PAYDAY_DATE_NONE);
  return self->date;
}

PaydayProposalStatus
payday_proposal_object_get_status (PaydayProposalObject *self)
{
  g_return_val_if_fail (PAYDAY_IS_PROPOSAL_OBJECT (self), 0);
  return self->status;
}

PaydayDate
payday_proposal_object_get_status_date (PaydayProposalObject *self)
{
  g_return_val_if_fail (PAYDAY_IS_PROPOSAL_OBJECT (self), PAYDAY_DATE_NONE);
  return self->status_date;
}

const char *
payday_proposal_object_get_client_name (PaydayProposalObject *self)
{
  g_return_val_if_fail (PAYDAY_IS_PROPOSAL_OBJECT (self), NULL);
  return self->client_name;
}

int
payday_proposal_object_get_connects (PaydayProposalObject *self)
{
  g_return_val_if_fail (PAYDAY_IS_PROPOSAL_OBJECT (self), 0);
  return self->connects;
}

int
payday_proposal_object_get_boost (PaydayProposalObject *self)
{
  g_return_val_if_fail (PAYDAY_IS_PROPOSAL_OBJECT (self), 0);
  return self->boost;
}

gboolean
payday_proposal_object_get_invited (PaydayProposalObject *self)
{
  g_return_val_if_fail (PAYDAY_IS_PROPOSAL_OBJECT (self), FALSE);
  return self->invited;
}

const char *
payday_proposal_object_get_contract_id (PaydayProposalObject *self)
{
  g_return_val_if_fail (PAYDAY_IS_PROPOSAL_OBJECT (self), NULL);
  return self->contract_id;
}

const char *
payday_proposal_object_get_contract_title (PaydayProposalObject *self)
{
  g_return_val_if_fail (PAYDAY_IS_PROPOSAL_OBJECT (self), NULL);
  return self->contract_title;
}

PaydayDate
payday_proposal_object_get_today (PaydayProposalObject *self)
{
  g_return_val_if_fail (PAYDAY_IS_PROPOSAL_OBJECT (self), PAYDAY_DATE_NONE);
  return self->today;
}
