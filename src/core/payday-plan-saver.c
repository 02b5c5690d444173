/* payday-plan-saver.c — a plan's members as a JSON tree (payday_plan_to_json)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "payday-plan-private.h"

static void
set_date (JsonObject *obj,
          const char *name,
          PaydayDate  date)
{
  char buf[PAYDAY_DATE_BUF];

  if (payday_date_is_set (date))
    json_object_set_string_member (obj, name, payday_date_format (date, buf));
  else
    json_object_set_null_member (obj, name);
}

static void
set_string (JsonObject *obj,
            const char *name,
            const char *value)
{
  if (value != NULL)
    json_object_set_string_member (obj, name, value);
  else
    json_object_set_null_member (obj, name);
}

/* hundredths → the exact decimal: 1250 → 12.5, 1 → 0.01, 1200 → 12 */
static JsonNode *
hundredths_node (gint64 hundredths)
{
  JsonNode *node = json_node_alloc ();

  if (hundredths % 100 == 0)
    json_node_init_int (node, hundredths / 100);
  else
    json_node_init_double (node, (double) hundredths / 100.0);

  return node;
}

static void
set_hundredths (JsonObject *obj,
                const char *name,
                gint64      hundredths)
{
  if (hundredths == PAYDAY_NONE)
    json_object_set_null_member (obj, name);
  else
    json_object_set_member (obj, name, hundredths_node (hundredths));
}

static void
set_cents_or_null (JsonObject  *obj,
                   const char  *name,
                   PaydayCents  cents)
{
  if (cents == PAYDAY_NONE)
    json_object_set_null_member (obj, name);
  else
    json_object_set_int_member (obj, name, cents);
}

static JsonNode *
deep_copy (JsonNode *node)
{
  JsonNode *copy;

  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *src = json_node_get_object (node);
      JsonObject *dst = json_object_new ();
      g_autoptr(GList) members = json_object_get_members (src);

      for (const GList *m = members; m != NULL; m = m->next)
        json_object_set_member (dst, m->data, deep_copy (json_object_get_member (src, m->data)));

      copy = json_node_alloc ();
      json_node_init_object (copy, dst);
      json_object_unref (dst);
      return copy;
    }

  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *src = json_node_get_array (node);
      JsonArray *dst = json_array_sized_new (json_array_get_length (src));

      for (guint i = 0; i < json_array_get_length (src); i++)
        json_array_add_element (dst, deep_copy (json_array_get_element (src, i)));

      copy = json_node_alloc ();
      json_node_init_array (copy, dst);
      json_array_unref (dst);
      return copy;
    }

  /* values and null own no children */
  return json_node_copy (node);
}

/**
 * payday_json_object_deep_copy: (skip)
 *
 * Returns: (transfer full) (nullable): a copy of @obj sharing nothing with it
 */
JsonObject *
payday_json_object_deep_copy (JsonObject *obj)
{
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(JsonNode) copy = NULL;

  if (obj == NULL)
    return NULL;

  node = json_node_alloc ();
  json_node_init_object (node, obj);
  copy = deep_copy (node);

  return json_object_ref (json_node_get_object (copy));
}

/* Unknown members go after the known ones, in the order the file had them. */
static void
add_extra (JsonObject *obj,
           JsonObject *extra)
{
  g_autoptr(GList) members = NULL;

  if (extra == NULL)
    return;

  members = json_object_get_members (extra);
  for (const GList *m = members; m != NULL; m = m->next)
    {
      if (!json_object_has_member (obj, m->data))
        json_object_set_member (obj, m->data, deep_copy (json_object_get_member (extra, m->data)));
    }
}

static JsonNode *
object_node (JsonObject *obj)
{
  JsonNode *node = json_node_alloc ();

  json_node_init_object (node, obj);
  json_object_unref (obj);

  return node;
}

typedef void (*ItemToJson) (JsonObject    *o,
                            gconstpointer  item);

/* Each element of @items as an object: @fill writes its known members, then come its
 * unknown ones, the JsonObject * at @extra_offset in the element's struct. */
static JsonArray *
items_to_json (GArray     *items,
               gsize       extra_offset,
               ItemToJson  fill)
{
  JsonArray *array = json_array_sized_new (items->len);
  gsize size = g_array_get_element_size (items);

  for (guint i = 0; i < items->len; i++)
    {
      gpointer item = items->data + i * size;
      JsonObject *o = json_object_new ();

      fill (o, item);
      add_extra (o, G_STRUCT_MEMBER (JsonObject *, item, extra_offset));
      json_array_add_object_element (array, o);
    }

  return array;
}

#define ITEMS_TO_JSON(items, Type, fill) \
  items_to_json ((items), G_STRUCT_OFFSET (Type, extra), (fill))

static const char *
enum_name (const char * const *names,
           guint               n_names,
           int                 value)
{
  g_return_val_if_fail (value >= 0 && (guint) value < n_names, names[0]);

  return names[value];
}

#define ENUM_NAME(names, value) enum_name (names, G_N_ELEMENTS (names), (int) (value))

static const char * const region_names[] = { "non-us", "us" };
static const char * const type_names[] = { "hourly", "fixed" };
static const char * const dispute_names[] = { "pending", "paid", "refunded" };
static const char * const milestone_status_names[] = { "active", "cancelled", "disputed" };
static const char * const proposal_status_names[] = {
  "sent", "viewed", "interview", "hired", "declined", "withdrawn", "job_cancelled"
};
static const char * const plan_names[] = { "basic", "plus" };
static const char * const tx_names[] = { "purchase", "grant", "adjust" };
static const char * const method_names[] = {
  "ach_us", "direct_local", "wire", "paypal", "payoneer", "instant_pay"
};
static const char * const schedule_names[] = {
  "manual", "weekly", "twice_monthly", "monthly", "quarterly"
};

static void
hold_to_json (JsonObject    *o,
              gconstpointer  item)
{
  const PaydayHold *hold = item;

  set_date (o, "start", hold->start);
  set_date (o, "end", hold->end);
}

static void
jss_to_json (JsonObject    *o,
             gconstpointer  item)
{
  const PaydayJss *entry = item;

  set_date (o, "date", entry->date);
  json_object_set_int_member (o, "score", entry->score);
}

static JsonNode *
profile_to_json (const PaydayProfile *p)
{
  JsonObject *obj = json_object_new ();

  set_date (obj, "joined", p->joined);
  json_object_set_boolean_member (obj, "agency", p->agency);
  set_string (obj, "category", p->category);
  json_object_set_boolean_member (obj, "profile_complete", p->profile_complete);
  json_object_set_boolean_member (obj, "availability_current", p->availability_current);
  json_object_set_boolean_member (obj, "readiness_test_passed", p->readiness_test_passed);
  json_object_set_boolean_member (obj, "social_linked", p->social_linked);
  json_object_set_boolean_member (obj, "identity_verified", p->identity_verified);
  json_object_set_int_member (obj, "tos_violations", p->tos_violations);

  json_object_set_array_member (obj, "account_holds",
                                ITEMS_TO_JSON (p->account_holds, PaydayHold, hold_to_json));

  json_object_set_array_member (obj, "jss", ITEMS_TO_JSON (p->jss, PaydayJss, jss_to_json));

  set_date (obj, "rising_talent_since", p->rising_talent_since);
  set_date (obj, "top_rated_since", p->top_rated_since);
  json_object_set_boolean_member (obj, "expert_vetted", p->expert_vetted);
  add_extra (obj, p->extra);

  return object_node (obj);
}

static void
client_to_json (JsonObject    *o,
                gconstpointer  item)
{
  const PaydayClient *c = item;

  set_string (o, "id", c->id);
  set_string (o, "name", c->name);
  json_object_set_boolean_member (o, "payment_verified", c->payment_verified);
  json_object_set_int_member (o, "billed_before_cents", c->billed_before_cents);
}

static void
bonus_to_json (JsonObject    *o,
               gconstpointer  item)
{
  const PaydayBonus *b = item;

  set_string (o, "id", b->id);
  set_date (o, "date", b->date);
  json_object_set_int_member (o, "amount_cents", b->amount_cents);
}

/* weeks are the bulk of a file: members at their default are left out */
static void
week_to_json (JsonObject    *o,
              gconstpointer  item)
{
  const PaydayWeek *w = item;

  set_date (o, "week_start", w->week_start);
  set_hundredths (o, "hours", w->hours);
  if (w->manual_hours != 0)
    set_hundredths (o, "manual_hours", w->manual_hours);
  if (w->disputed_hours != 0)
    set_hundredths (o, "disputed_hours", w->disputed_hours);
  if (w->disputed_hours != 0 || w->dispute_outcome != PAYDAY_DISPUTE_PENDING)
    json_object_set_string_member (o, "dispute_outcome",
                                   ENUM_NAME (dispute_names, w->dispute_outcome));
  if (w->has_billed)
    json_object_set_int_member (o, "billed_cents", w->billed_cents);
}

static void
milestone_to_json (JsonObject    *o,
                   gconstpointer  item)
{
  const PaydayMilestone *m = item;

  set_string (o, "id", m->id);
  set_string (o, "title", m->title);
  json_object_set_int_member (o, "amount_cents", m->amount_cents);
  set_date (o, "funded", m->funded);
  set_date (o, "due", m->due);
  set_date (o, "submitted", m->submitted);
  set_date (o, "approved", m->approved);
  set_cents_or_null (o, "paid_cents", m->paid_cents);
  json_object_set_string_member (o, "status",
                                 ENUM_NAME (milestone_status_names, m->status));
}

static void
contract_to_json (JsonObject    *obj,
                  gconstpointer  item)
{
  const PaydayContract *c = item;

  set_string (obj, "id", c->id);
  set_string (obj, "title", c->title);
  /* written only when set, so plans that never imported save as they always did */
  if (c->upwork_id != NULL)
    json_object_set_string_member (obj, "upwork_id", c->upwork_id);
  set_string (obj, "client", c->client);
  json_object_set_string_member (obj, "type", ENUM_NAME (type_names, c->type));
  set_date (obj, "start", c->start);
  set_date (obj, "end", c->end);
  set_hundredths (obj, "fee_percent", c->fee_bp);

  json_object_set_array_member (obj, "bonuses",
                                ITEMS_TO_JSON (c->bonuses, PaydayBonus, bonus_to_json));

  if (c->type == PAYDAY_CONTRACT_HOURLY)
    {
      json_object_set_int_member (obj, "rate_cents", c->rate_cents);
      set_hundredths (obj, "weekly_limit_hours", c->weekly_limit_hours);
      set_hundredths (obj, "planned_hours_per_week", c->planned_hours_per_week);
      json_object_set_array_member (obj, "weeks",
                                    ITEMS_TO_JSON (c->weeks, PaydayWeek, week_to_json));
    }
  else
    json_object_set_array_member (obj, "milestones",
                                  ITEMS_TO_JSON (c->milestones, PaydayMilestone,
                                                 milestone_to_json));
}

static void
proposal_to_json (JsonObject    *o,
                  gconstpointer  item)
{
  const PaydayProposal *p = item;

  set_string (o, "id", p->id);
  set_date (o, "date", p->date);
  set_date (o, "status_date", p->status_date);
  set_string (o, "title", p->title);
  set_string (o, "client", p->client);
  json_object_set_int_member (o, "connects", p->connects);
  json_object_set_int_member (o, "boost", p->boost);
  json_object_set_boolean_member (o, "boost_charged", p->boost_charged);
  json_object_set_boolean_member (o, "invited", p->invited);
  json_object_set_string_member (o, "status", ENUM_NAME (proposal_status_names, p->status));
  set_string (o, "contract", p->contract);
}

static void
membership_to_json (JsonObject    *o,
                    gconstpointer  item)
{
  const PaydayMembership *m = item;

  json_object_set_string_member (o, "plan", ENUM_NAME (plan_names, m->plan));
  set_date (o, "from", m->from);
  set_date (o, "to", m->to);
}

static void
transaction_to_json (JsonObject    *o,
                     gconstpointer  item)
{
  const PaydayTransaction *t = item;

  set_string (o, "id", t->id);
  set_date (o, "date", t->date);
  json_object_set_string_member (o, "type", ENUM_NAME (tx_names, t->type));
  json_object_set_int_member (o, "amount", t->amount);
  set_cents_or_null (o, "price_cents", t->price_cents);
  set_string (o, "note", t->note);
}

static JsonNode *
connects_to_json (const PaydayConnects *c)
{
  JsonObject *obj = json_object_new ();

  json_object_set_int_member (obj, "opening_balance", c->opening_balance);
  set_date (obj, "opening_date", c->opening_date);

  json_object_set_array_member (obj, "membership",
                                ITEMS_TO_JSON (c->membership, PaydayMembership,
                                               membership_to_json));
  json_object_set_array_member (obj, "transactions",
                                ITEMS_TO_JSON (c->transactions, PaydayTransaction,
                                               transaction_to_json));

  add_extra (obj, c->extra);

  return object_node (obj);
}

static void
withdrawal_to_json (JsonObject    *o,
                    gconstpointer  item)
{
  const PaydayWithdrawal *h = item;

  set_date (o, "date", h->date);
  json_object_set_int_member (o, "amount_cents", h->amount_cents);
}

static JsonNode *
withdrawals_to_json (const PaydayWithdrawals *w)
{
  JsonObject *obj = json_object_new ();

  json_object_set_string_member (obj, "method", ENUM_NAME (method_names, w->method));
  json_object_set_string_member (obj, "schedule", ENUM_NAME (schedule_names, w->schedule));
  json_object_set_int_member (obj, "reserve_cents", w->reserve_cents);

  json_object_set_array_member (obj, "history",
                                ITEMS_TO_JSON (w->history, PaydayWithdrawal, withdrawal_to_json));

  add_extra (obj, w->extra);

  return object_node (obj);
}

/* Only the members the file had, plus those that now differ from the default: a plan that
 * never mentioned the simulation keeps an empty block, and a changed default is not
 * frozen into old files. */
static JsonNode *
simulation_to_json (const PaydaySimulation *s)
{
  PaydaySimulation d;
  JsonObject *obj = json_object_new ();

  payday_simulation_init (&d);

#define WANT(bit, field) ((s->present & (bit)) != 0 || s->field != d.field)
  if (WANT (PAYDAY_SIM_RUNS, runs))
    json_object_set_int_member (obj, "runs", s->runs);
  if (WANT (PAYDAY_SIM_SEED, seed))
    json_object_set_int_member (obj, "seed", s->seed);
  if (WANT (PAYDAY_SIM_HORIZON_DAYS, horizon_days))
    json_object_set_int_member (obj, "horizon_days", s->horizon_days);
  if (WANT (PAYDAY_SIM_APPROVE_EARLY_PROBABILITY, approve_early_probability))
    json_object_set_double_member (obj, "approve_early_probability", s->approve_early_probability);
  if (WANT (PAYDAY_SIM_APPROVE_EARLY_MEAN_DAYS, approve_early_mean_days))
    json_object_set_double_member (obj, "approve_early_mean_days", s->approve_early_mean_days);
  if (WANT (PAYDAY_SIM_DISPUTE_PROBABILITY, dispute_probability))
    json_object_set_double_member (obj, "dispute_probability", s->dispute_probability);
  if (WANT (PAYDAY_SIM_DISPUTE_REFUND_SHARE, dispute_refund_share))
    json_object_set_double_member (obj, "dispute_refund_share", s->dispute_refund_share);
  if (WANT (PAYDAY_SIM_PAY_LESS_PROBABILITY, pay_less_probability))
    json_object_set_double_member (obj, "pay_less_probability", s->pay_less_probability);
  if (WANT (PAYDAY_SIM_PAY_LESS_SHARE, pay_less_share))
    json_object_set_double_member (obj, "pay_less_share", s->pay_less_share);
  if (WANT (PAYDAY_SIM_PROPOSAL_RATE_PER_WEEK, proposal_rate_per_week))
    json_object_set_double_member (obj, "proposal_rate_per_week", s->proposal_rate_per_week);
  if (WANT (PAYDAY_SIM_WIN_RATE, win_rate))
    json_object_set_double_member (obj, "win_rate", s->win_rate);
  if (WANT (PAYDAY_SIM_AVG_CONTRACT_CENTS, avg_contract_cents))
    json_object_set_int_member (obj, "avg_contract_cents", s->avg_contract_cents);
#undef WANT

  add_extra (obj, s->extra);

  return object_node (obj);
}

static void
actual_to_json (JsonObject    *o,
                gconstpointer  item)
{
  const PaydayActual *a = item;

  set_string (o, "ref", a->ref);
  set_date (o, "date", a->date);
  json_object_set_string_member (o, "kind", payday_actual_kind_to_string (a->kind));
  json_object_set_int_member (o, "amount_cents", a->amount_cents);
  set_string (o, "contract", a->contract);
  set_string (o, "client_name", a->client_name);
  set_string (o, "description", a->description);
  json_object_set_string_member (o, "source", payday_actual_source_to_string (a->source));
}

/**
 * payday_plan_to_json:
 * @plan: a plan
 *
 * Builds the file's JSON tree: known members in the order of docs/plan-format.md, then
 * each object's unknown members as they were read.
 *
 * Returns: (transfer full): a new object node
 */
JsonNode *
payday_plan_to_json (const PaydayPlan *plan)
{
  JsonObject *obj;

  g_return_val_if_fail (plan != NULL, NULL);

  obj = json_object_new ();
  json_object_set_string_member (obj, "format", "payday-plan");
  json_object_set_int_member (obj, "version", 1);
  json_object_set_string_member (obj, "name", plan->name ? plan->name : "");
  set_date (obj, "today", plan->today);
  json_object_set_string_member (obj, "rules", payday_plan_get_rules_id (plan));
  set_date (obj, "rules_edition", plan->rules_edition);
  json_object_set_string_member (obj, "region", ENUM_NAME (region_names, plan->region));
  json_object_set_member (obj, "profile", profile_to_json (&plan->profile));
  json_object_set_array_member (obj, "clients",
                                ITEMS_TO_JSON (plan->clients, PaydayClient, client_to_json));

  json_object_set_array_member (obj, "contracts",
                                ITEMS_TO_JSON (plan->contracts, PaydayContract, contract_to_json));
  json_object_set_array_member (obj, "proposals",
                                ITEMS_TO_JSON (plan->proposals, PaydayProposal, proposal_to_json));
  json_object_set_member (obj, "connects", connects_to_json (&plan->connects));
  json_object_set_member (obj, "withdrawals", withdrawals_to_json (&plan->withdrawals));
  json_object_set_member (obj, "simulation", simulation_to_json (&plan->simulation));
  if (plan->actuals->len > 0)
    json_object_set_array_member (obj, "actuals",
                                  ITEMS_TO_JSON (plan->actuals, PaydayActual, actual_to_json));
  add_extra (obj, plan->extra);

  return object_node (obj);
}
