/* payday-plan.c — the plan model: construction, defaults, freeing, look-ups
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "payday-error.h"
#include "payday-plan-private.h"

G_DEFINE_QUARK (payday-error-quark, payday_error)

static void
hold_clear (PaydayHold *hold)
{
  g_clear_pointer (&hold->extra, json_object_unref);
}

static void
jss_clear (PaydayJss *jss)
{
  g_clear_pointer (&jss->extra, json_object_unref);
}

static void
client_clear (PaydayClient *client)
{
  g_clear_pointer (&client->id, g_free);
  g_clear_pointer (&client->name, g_free);
  g_clear_pointer (&client->extra, json_object_unref);
}

static void
bonus_clear (PaydayBonus *bonus)
{
  g_clear_pointer (&bonus->id, g_free);
  g_clear_pointer (&bonus->extra, json_object_unref);
}

static void
week_clear (PaydayWeek *week)
{
  g_clear_pointer (&week->extra, json_object_unref);
}

static void
milestone_clear (PaydayMilestone *milestone)
{
  g_clear_pointer (&milestone->id, g_free);
  g_clear_pointer (&milestone->title, g_free);
  g_clear_pointer (&milestone->extra, json_object_unref);
}

static void
proposal_clear (PaydayProposal *proposal)
{
  g_clear_pointer (&proposal->id, g_free);
  g_clear_pointer (&proposal->title, g_free);
  g_clear_pointer (&proposal->client, g_free);
  g_clear_pointer (&proposal->contract, g_free);
  g_clear_pointer (&proposal->extra, json_object_unref);
}

static void
membership_clear (PaydayMembership *membership)
{
  g_clear_pointer (&membership->extra, json_object_unref);
}

static void
transaction_clear (PaydayTransaction *tx)
{
  g_clear_pointer (&tx->id, g_free);
  g_clear_pointer (&tx->note, g_free);
  g_clear_pointer (&tx->extra, json_object_unref);
}

static void
withdrawal_clear (PaydayWithdrawal *withdrawal)
{
  g_clear_pointer (&withdrawal->extra, json_object_unref);
}

static GArray *
new_array (gsize          element_size,
           GDestroyNotify clear)
{
  GArray *array = g_array_new (FALSE, TRUE, element_size);

  g_array_set_clear_func (array, clear);

  return array;
}

/**
 * payday_contract_init:
 * @contract: uninitialised memory
 * @type: hourly or fixed
 *
 * Gives @contract empty arrays and every optional member its "null".
 */
void
payday_contract_init (PaydayContract     *contract,
                      PaydayContractType  type)
{
  memset (contract, 0, sizeof *contract);
  contract->type = type;
  contract->start = PAYDAY_DATE_NONE;
  contract->end = PAYDAY_DATE_NONE;
  contract->fee_bp = PAYDAY_NONE;
  contract->weekly_limit_hours = PAYDAY_NONE;
  contract->planned_hours_per_week = PAYDAY_NONE;
  contract->bonuses = new_array (sizeof (PaydayBonus), (GDestroyNotify) bonus_clear);
  contract->weeks = new_array (sizeof (PaydayWeek), (GDestroyNotify) week_clear);
  contract->milestones = new_array (sizeof (PaydayMilestone), (GDestroyNotify) milestone_clear);
}

void
payday_contract_clear (PaydayContract *contract)
{
  g_clear_pointer (&contract->id, g_free);
  g_clear_pointer (&contract->title, g_free);
  g_clear_pointer (&contract->client, g_free);
  g_clear_pointer (&contract->bonuses, g_array_unref);
  g_clear_pointer (&contract->weeks, g_array_unref);
  g_clear_pointer (&contract->milestones, g_array_unref);
  g_clear_pointer (&contract->extra, json_object_unref);
  g_clear_pointer (&contract->upwork_id, g_free);
}

/* The words of the file (docs/import.md), in the order of the enums; NULL-terminated for
 * the loader. */
const char * const payday_actual_kind_names[] = {
  "hourly", "fixed", "bonus", "refund", "fee", "withdrawal", "withdrawal_fee", "membership",
  "connects", "tax", "adjustment", "other", NULL
};
const char * const payday_actual_source_names[] = { "transactions", "weekly-summary", NULL };

/**
 * payday_actual_clear:
 * @actual: an actual
 *
 * Frees what @actual owns (not @actual itself).
 */
void
payday_actual_clear (PaydayActual *actual)
{
  g_clear_pointer (&actual->ref, g_free);
  g_clear_pointer (&actual->contract, g_free);
  g_clear_pointer (&actual->client_name, g_free);
  g_clear_pointer (&actual->description, g_free);
  g_clear_pointer (&actual->extra, json_object_unref);
}

/**
 * payday_actual_copy_into:
 * @dst: uninitialised memory
 * @src: an actual
 *
 * Makes @dst a deep copy of @src; free it with payday_actual_clear().
 */
void
payday_actual_copy_into (PaydayActual       *dst,
                         const PaydayActual *src)
{
  g_return_if_fail (dst != NULL && src != NULL);

  *dst = *src;
  dst->ref = g_strdup (src->ref);
  dst->contract = g_strdup (src->contract);
  dst->client_name = g_strdup (src->client_name);
  dst->description = g_strdup (src->description);
  dst->extra = payday_json_object_deep_copy (src->extra);
}

/**
 * payday_actuals_new:
 *
 * Returns: (transfer full): an empty array of #PaydayActual that clears its elements
 */
GArray *
payday_actuals_new (void)
{
  return new_array (sizeof (PaydayActual), (GDestroyNotify) payday_actual_clear);
}

/**
 * payday_actual_kind_to_string:
 *
 * Returns: the file's word for @kind (`hourly`, `withdrawal_fee`, …)
 */
const char *
payday_actual_kind_to_string (PaydayActualKind kind)
{
  g_return_val_if_fail ((guint) kind < PAYDAY_N_ACTUAL_KINDS, "other");

  return payday_actual_kind_names[kind];
}

/**
 * payday_actual_source_to_string:
 *
 * Returns: `transactions` or `weekly-summary`
 */
const char *
payday_actual_source_to_string (PaydayActualSource source)
{
  return payday_actual_source_names[source == PAYDAY_ACTUAL_FROM_WEEKLY_SUMMARY ? 1 : 0];
}

/**
 * payday_profile_init:
 * @profile: uninitialised memory
 *
 * An empty profile: no dates, no holds, no scores. Free it with payday_profile_clear().
 */
void
payday_profile_init (PaydayProfile *profile)
{
  memset (profile, 0, sizeof *profile);
  profile->joined = PAYDAY_DATE_NONE;
  profile->rising_talent_since = PAYDAY_DATE_NONE;
  profile->top_rated_since = PAYDAY_DATE_NONE;
  profile->account_holds = new_array (sizeof (PaydayHold), (GDestroyNotify) hold_clear);
  profile->jss = new_array (sizeof (PaydayJss), (GDestroyNotify) jss_clear);
}

void
payday_profile_clear (PaydayProfile *profile)
{
  g_clear_pointer (&profile->category, g_free);
  g_clear_pointer (&profile->account_holds, g_array_unref);
  g_clear_pointer (&profile->jss, g_array_unref);
  g_clear_pointer (&profile->extra, json_object_unref);
}

/**
 * payday_connects_init:
 * @connects: uninitialised memory
 *
 * No opening balance, no membership, no transactions.
 */
void
payday_connects_init (PaydayConnects *connects)
{
  memset (connects, 0, sizeof *connects);
  connects->opening_date = PAYDAY_DATE_NONE;
  connects->membership = new_array (sizeof (PaydayMembership), (GDestroyNotify) membership_clear);
  connects->transactions = new_array (sizeof (PaydayTransaction),
                                      (GDestroyNotify) transaction_clear);
}

void
payday_connects_clear (PaydayConnects *connects)
{
  g_clear_pointer (&connects->membership, g_array_unref);
  g_clear_pointer (&connects->transactions, g_array_unref);
  g_clear_pointer (&connects->extra, json_object_unref);
}

/**
 * payday_withdrawals_init:
 * @withdrawals: uninitialised memory
 *
 * The format's defaults: direct to a local bank, quarterly, no reserve, no history.
 */
void
payday_withdrawals_init (PaydayWithdrawals *withdrawals)
{
  memset (withdrawals, 0, sizeof *withdrawals);
  withdrawals->method = PAYDAY_METHOD_DIRECT_LOCAL;
  withdrawals->schedule = PAYDAY_SCHEDULE_QUARTERLY;
  withdrawals->history = new_array (sizeof (PaydayWithdrawal), (GDestroyNotify) withdrawal_clear);
}

void
payday_withdrawals_clear (PaydayWithdrawals *withdrawals)
{
  g_clear_pointer (&withdrawals->history, g_array_unref);
  g_clear_pointer (&withdrawals->extra, json_object_unref);
}

void
payday_simulation_clear (PaydaySimulation *simulation)
{
  g_clear_pointer (&simulation->extra, json_object_unref);
}

/**
 * payday_simulation_init:
 *
 * The documented defaults of every `simulation` member (docs/plan-format.md lists
 * them): a cautious client population, no pipeline.
 */
void
payday_simulation_init (PaydaySimulation *simulation)
{
  memset (simulation, 0, sizeof *simulation);
  simulation->runs = 1000;
  simulation->seed = 42;
  simulation->horizon_days = 365;
  simulation->approve_early_probability = 0.3;
  simulation->approve_early_mean_days = 3.0;
  simulation->dispute_probability = 0.02;
  simulation->dispute_refund_share = 0.5;
  simulation->pay_less_probability = 0.05;
  simulation->pay_less_share = 0.8;
  simulation->proposal_rate_per_week = 0.0;
  simulation->win_rate = 0.1;
  simulation->avg_contract_cents = 100000;
}

/**
 * payday_plan_new:
 *
 * Returns: (transfer full): an empty plan with the format's defaults
 */
PaydayPlan *
payday_plan_new (void)
{
  PaydayPlan *plan = g_new0 (PaydayPlan, 1);

  g_atomic_ref_count_init (&plan->ref_count);
  plan->name = g_strdup ("");
  plan->today = PAYDAY_DATE_NONE;
  plan->rules = g_strdup (PAYDAY_PLAN_DEFAULT_RULES);
  plan->rules_edition = PAYDAY_DATE_NONE;
  plan->region = PAYDAY_REGION_NON_US;

  payday_profile_init (&plan->profile);

  plan->clients = new_array (sizeof (PaydayClient), (GDestroyNotify) client_clear);
  plan->contracts = new_array (sizeof (PaydayContract), (GDestroyNotify) payday_contract_clear);
  plan->proposals = new_array (sizeof (PaydayProposal), (GDestroyNotify) proposal_clear);

  payday_connects_init (&plan->connects);
  payday_withdrawals_init (&plan->withdrawals);

  payday_simulation_init (&plan->simulation);
  plan->actuals = payday_actuals_new ();

  return plan;
}

PaydayPlan *
payday_plan_ref (PaydayPlan *plan)
{
  g_return_val_if_fail (plan != NULL, NULL);

  g_atomic_ref_count_inc (&plan->ref_count);

  return plan;
}

static void
plan_free (PaydayPlan *plan)
{
  g_free (plan->name);
  g_free (plan->rules);

  payday_profile_clear (&plan->profile);

  g_clear_pointer (&plan->clients, g_array_unref);
  g_clear_pointer (&plan->contracts, g_array_unref);
  g_clear_pointer (&plan->proposals, g_array_unref);

  payday_connects_clear (&plan->connects);
  payday_withdrawals_clear (&plan->withdrawals);
  payday_simulation_clear (&plan->simulation);
  g_clear_pointer (&plan->extra, json_object_unref);
  g_clear_pointer (&plan->actuals, g_array_unref);

  g_free (plan);
}

void
payday_plan_unref (PaydayPlan *plan)
{
  g_return_if_fail (plan != NULL);

  if (g_atomic_ref_count_dec (&plan->ref_count))
    plan_free (plan);
}

/**
 * payday_plan_get_today:
 *
 * Returns: the plan's pinned "now", or the real current UTC date when it has none
 */
PaydayDate
payday_plan_get_today (const PaydayPlan *plan)
{
  g_return_val_if_fail (plan != NULL, PAYDAY_DATE_NONE);

  return payday_date_is_set (plan->today) ? plan->today : payday_date_today_utc ();
}

/**
 * payday_plan_get_rules_id:
 *
 * Returns: the id of the rule set the plan names, %PAYDAY_PLAN_DEFAULT_RULES when it names none
 */
const char *
payday_plan_get_rules_id (const PaydayPlan *plan)
{
  g_return_val_if_fail (plan != NULL, PAYDAY_PLAN_DEFAULT_RULES);

  return plan->rules != NULL && plan->rules[0] != '\0' ? plan->rules : PAYDAY_PLAN_DEFAULT_RULES;
}

const PaydayClient *
payday_plan_find_client (const PaydayPlan *plan,
                         const char       *id)
{
  g_return_val_if_fail (plan != NULL, NULL);

  for (guint i = 0; id != NULL && i < plan->clients->len; i++)
    {
      const PaydayClient *client = &g_array_index (plan->clients, PaydayClient, i);

      if (g_strcmp0 (client->id, id) == 0)
        return client;
    }

  return NULL;
}

const PaydayContract *
payday_plan_find_contract (const PaydayPlan *plan,
                           const char       *id)
{
  g_return_val_if_fail (plan != NULL, NULL);

  for (guint i = 0; id != NULL && i < plan->contracts->len; i++)
    {
      const PaydayContract *contract = &g_array_index (plan->contracts, PaydayContract, i);

      if (g_strcmp0 (contract->id, id) == 0)
        return contract;
    }

  return NULL;
}

const char *
payday_contract_type_to_string (PaydayContractType type)
{
  return type == PAYDAY_CONTRACT_FIXED ? "fixed" : "hourly";
}

const char *
payday_proposal_status_to_string (PaydayProposalStatus status)
{
  static const char * const names[] = {
    "sent", "viewed", "interview", "hired", "declined", "withdrawn", "job_cancelled",
  };

  g_return_val_if_fail ((guint) status < G_N_ELEMENTS (names), "sent");

  return names[status];
}

/**
 * payday_hours_to_minutes:
 * @hundredths: hours × 100
 *
 * Returns: whole minutes, rounding half up (12.5 h → 750; 0.01 h → 1)
 */
gint64
payday_hours_to_minutes (gint64 hundredths)
{
  return payday_div_round_half_up (hundredths * 60, 100);
}
