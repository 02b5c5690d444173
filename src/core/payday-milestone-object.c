/* payday-milestone-object.c — one milestone of a fixed-price contract, with what it pays,
 * as a row object of the milestones model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "payday-contract-facts.h"
#include "payday-list-sync.h"
#include "payday-milestone-object.h"
#include "payday-notify-private.h"

/* Raw values: cents, days, the enums' values. The id is the key within the contract. */
struct _PaydayMilestoneObject
{
  GObject      parent_instance;

  char        *id;
  char        *title;
  gint64       amount;
  PaydayDate   funded;
  PaydayDate   due;
  PaydayDate   submitted;
  PaydayDate   approved;
  gint64       paid;
  gint         status;
  gboolean     pays;
  PaydayDate   released_on;
  PaydayDate   available_on;
  gint         item_status;
  PaydayDate   today;
};

G_DEFINE_FINAL_TYPE (PaydayMilestoneObject, payday_milestone_object, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_AMOUNT,
  PROP_FUNDED,
  PROP_DUE,
  PROP_SUBMITTED,
  PROP_APPROVED,
  PROP_PAID,
  PROP_STATUS,
  PROP_PAYS,
  PROP_RELEASED_ON,
  PROP_AVAILABLE_ON,
  PROP_ITEM_STATUS,
  PROP_TODAY,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
payday_milestone_object_finalize (GObject *object)
{
  PaydayMilestoneObject *self = (PaydayMilestoneObject *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, g_free);

  G_OBJECT_CLASS (payday_milestone_object_parent_class)->finalize (object);
}

static void
payday_milestone_object_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  PaydayMilestoneObject *self = PAYDAY_MILESTONE_OBJECT (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_string (value, self->id); break;
    case PROP_TITLE: g_value_set_string (value, self->title); break;
    case PROP_AMOUNT: g_value_set_int64 (value, self->amount); break;
    case PROP_FUNDED: g_value_set_int (value, self->funded); break;
    case PROP_DUE: g_value_set_int (value, self->due); break;
    case PROP_SUBMITTED: g_value_set_int (value, self->submitted); break;
    case PROP_APPROVED: g_value_set_int (value, self->approved); break;
    case PROP_PAID: g_value_set_int64 (value, self->paid); break;
    case PROP_STATUS: g_value_set_uint (value, self->status); break;
    case PROP_PAYS: g_value_set_boolean (value, self->pays); break;
    case PROP_RELEASED_ON: g_value_set_int (value, self->released_on); break;
    case PROP_AVAILABLE_ON: g_value_set_int (value, self->available_on); break;
    case PROP_ITEM_STATUS: g_value_set_int (value, self->item_status); break;
    case PROP_TODAY: g_value_set_int (value, self->today); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
payday_milestone_object_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  PaydayMilestoneObject *self = PAYDAY_MILESTONE_OBJECT (object);

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
payday_milestone_object_class_init (PaydayMilestoneObjectClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = payday_milestone_object_finalize;
  object_class->get_property = payday_milestone_object_get_property;
  object_class->set_property = payday_milestone_object_set_property;

  properties [PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties [PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, "", PAYDAY_ROW_READ_FLAGS);
  properties [PROP_AMOUNT] = payday_row_int64_pspec ("amount");
  /* Days, PAYDAY_DATE_NONE when not set. */
  properties [PROP_FUNDED] = payday_row_date_pspec ("funded");
  properties [PROP_DUE] = payday_row_date_pspec ("due");
  properties [PROP_SUBMITTED] = payday_row_date_pspec ("submitted");
  properties [PROP_APPROVED] = payday_row_date_pspec ("approved");
  /* Cents, PAYDAY_NONE for the full amount. */
  properties [PROP_PAID] = payday_row_int64_pspec ("paid");
  /* A PaydayMilestoneStatus, as the combo row's position of it. */
  properties [PROP_STATUS] =
    g_param_spec_uint ("status", NULL, NULL, 0, G_MAXUINT, 0, PAYDAY_ROW_READ_FLAGS);
  /* Whether the schedule has an item for the milestone; the next three are that item's. */
  properties [PROP_PAYS] = g_param_spec_boolean ("pays", NULL, NULL, FALSE, PAYDAY_ROW_READ_FLAGS);
  properties [PROP_RELEASED_ON] = payday_row_date_pspec ("released-on");
  properties [PROP_AVAILABLE_ON] = payday_row_date_pspec ("available-on");
  /* A PaydayStatus. */
  properties [PROP_ITEM_STATUS] = payday_row_date_pspec ("item-status");
  /* The schedule's today, for writing dates relative to it. */
  properties [PROP_TODAY] = payday_row_date_pspec ("today");

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
payday_milestone_object_init (PaydayMilestoneObject *self)
{
  self->title = g_strdup ("");
  self->funded = self->due = self->submitted = self->approved = PAYDAY_DATE_NONE;
  self->released_on = self->available_on = self->today = PAYDAY_DATE_NONE;
}

const char *
payday_milestone_object_get_id (PaydayMilestoneObject *self)
{
  g_return_val_if_fail (PAYDAY_IS_MILESTONE_OBJECT (self), NULL);

  return self->id;
}

static void
payday_milestone_object_update (PaydayMilestoneObject *self,
                                const PaydayMilestone *m,
                                const PaydayItem      *item,
                                PaydayDate             today)
{
  payday_notify_string (self, &self->title, m->title ? m->title : "", properties [PROP_TITLE]);
  payday_notify_int64 (self, &self->amount, m->amount_cents, properties [PROP_AMOUNT]);
  payday_notify_int (self, &self->funded, m->funded, properties [PROP_FUNDED]);
  payday_notify_int (self, &self->due, m->due, properties [PROP_DUE]);
  payday_notify_int (self, &self->submitted, m->submitted, properties [PROP_SUBMITTED]);
  payday_notify_int (self, &self->approved, m->approved, properties [PROP_APPROVED]);
  payday_notify_int64 (self, &self->paid, m->paid_cents, properties [PROP_PAID]);
  payday_notify_int (self, &self->status, m->status, properties [PROP_STATUS]);
  payday_notify_int (self, &self->pays, item != NULL, properties [PROP_PAYS]);
  payday_notify_int (self, &self->released_on, item ? item->released_on : PAYDAY_DATE_NONE, properties [PROP_RELEASED_ON]);
  payday_notify_int (self, &self->available_on, item ? item->available_on : PAYDAY_DATE_NONE, properties [PROP_AVAILABLE_ON]);
  payday_notify_int (self, &self->item_status, item ? (gint) item->status : 0, properties [PROP_ITEM_STATUS]);
  payday_notify_int (self, &self->today, today, properties [PROP_TODAY]);
}

typedef struct
{
  const PaydayContract  *contract;
  const PaydayItem     **items;
  PaydayDate             today;
} Milestones;

static const char *
milestone_new_key (gpointer data,
                   guint    position)
{
  return g_array_index (((Milestones *) data)->contract->milestones, PaydayMilestone, position).id;
}

static const char *
milestone_object_key (gpointer object)
{
  return PAYDAY_MILESTONE_OBJECT (object)->id;
}

static void
milestone_update (gpointer object,
                  gpointer data,
                  guint    position)
{
  Milestones *ms = data;

  payday_milestone_object_update (object, &g_array_index (ms->contract->milestones, PaydayMilestone, position),
                                  ms->items[position], ms->today);
}

static gpointer
milestone_create (gpointer data,
                  guint    position)
{
  PaydayMilestoneObject *object = g_object_new (PAYDAY_TYPE_MILESTONE_OBJECT,
                                                "id", milestone_new_key (data, position),
                                                NULL);

  milestone_update (object, data, position);
  return object;
}

/**
 * payday_milestone_objects_sync:
 * @store: a store of #PaydayMilestoneObject
 * @contract: (nullable): a fixed-price contract, %NULL for none
 * @contract_index: where @contract stands in the plan the schedule was computed from
 * @schedule: (nullable): the plan's schedule
 *
 * Makes @store hold the contract's milestones in order (payday_list_sync()).
 */
void
payday_milestone_objects_sync (GListStore           *store,
                               const PaydayContract *contract,
                               guint                 contract_index,
                               const PaydaySchedule *schedule)
{
  static const PaydayListSyncFuncs funcs = {
    milestone_new_key, milestone_object_key, milestone_create, milestone_update,
  };
  guint n = contract != NULL ? contract->milestones->len : 0;
  g_autofree const PaydayItem **items = payday_contract_items (schedule, contract_index,
                                                               PAYDAY_ITEM_MILESTONE, n);
  Milestones ms = { contract, items, schedule ? schedule->today : PAYDAY_DATE_NONE };

  payday_list_sync (store, n, &funcs, &ms);
}
