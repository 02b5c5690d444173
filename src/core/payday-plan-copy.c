/* payday-plan-copy.c — deep copies of a plan and moving all its dates at once
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "payday-plan-edit.h"
#include "payday-plan-private.h"

#define DUP_EXTRA(x) ((x)->extra = payday_json_object_deep_copy ((x)->extra))

/* Copies @src's elements into the empty @dst, then lets @fix make each one own its
 * strings and extras. */
static void
copy_array (GArray       *dst,
            const GArray *src,
            gsize         element_size,
            void        (*fix) (gpointer element))
{
  g_assert (dst->len == 0);

  g_array_append_vals (dst, src->data, src->len);
  for (guint i = 0; i < dst->len; i++)
    fix (dst->data + i * element_size);
}

static void
fix_hold (gpointer p)
{
  DUP_EXTRA ((PaydayHold *) p);
}

static void
fix_jss (gpointer p)
{
  DUP_EXTRA ((PaydayJss *) p);
}

static void
fix_client (gpointer p)
{
  PaydayClient *c = p;

  c->id = g_strdup (c->id);
  c->name = g_strdup (c->name);
  DUP_EXTRA (c);
}

static void
fix_bonus (gpointer p)
{
  PaydayBonus *b = p;

  b->id = g_strdup (b->id);
  DUP_EXTRA (b);
}

static void
fix_week (gpointer p)
{
  DUP_EXTRA ((PaydayWeek *) p);
}

static void
fix_milestone (gpointer p)
{
  PaydayMilestone *m = p;

  m->id = g_strdup (m->id);
  m->title = g_strdup (m->title);
  DUP_EXTRA (m);
}

static void
copy_contract (PaydayContract       *dst,
               const PaydayContract *src)
{
  payday_contract_init (dst, src->type);
  dst->id = g_strdup (src->id);
  dst->title = g_strdup (src->title);
  dst->upwork_id = g_strdup (src->upwork_id);
  dst->client = g_strdup (src->client);
  dst->start = src->start;
  dst->end = src->end;
  dst->fee_bp = src->fee_bp;
  dst->rate_cents = src->rate_cents;
  dst->weekly_limit_hours = src->weekly_limit_hours;
  dst->planned_hours_per_week = src->planned_hours_per_week;
  copy_array (dst->bonuses, src->bonuses, sizeof (PaydayBonus), fix_bonus);
  copy_array (dst->weeks, src->weeks, sizeof (PaydayWeek), fix_week);
  copy_array (dst->milestones, src->milestones, sizeof (PaydayMilestone), fix_milestone);
  dst->extra = payday_json_object_deep_copy (src->extra);
}

static void
fix_proposal (gpointer p)
{
  PaydayProposal *pr = p;

  pr->id = g_strdup (pr->id);
  pr->title = g_strdup (pr->title);
  pr->client = g_strdup (pr->client);
  pr->contract = g_strdup (pr->contract);
  DUP_EXTRA (pr);
}

static void
fix_membership (gpointer p)
{
  DUP_EXTRA ((PaydayMembership *) p);
}

static void
fix_transaction (gpointer p)
{
  PaydayTransaction *t = p;

  t->id = g_strdup (t->id);
  t->note = g_strdup (t->note);
  DUP_EXTRA (t);
}

static void
fix_withdrawal (gpointer p)
{
  DUP_EXTRA ((PaydayWithdrawal *) p);
}

static void
fix_actual (gpointer p)
{
  PaydayActual *a = p;

  payday_actual_copy_into (a, a);
}

/**
 * payday_actuals_copy_into:
 * @dst: an empty array from payday_actuals_new()
 * @src: the actuals of a plan
 *
 * Appends a deep copy of every element of @src to @dst.
 */
void
payday_actuals_copy_into (GArray       *dst,
                          const GArray *src)
{
  g_return_if_fail (dst != NULL && src != NULL);

  copy_array (dst, src, sizeof (PaydayActual), fix_actual);
}

/**
 * payday_plan_copy:
 * @plan: a plan
 *
 * A deep copy: changing either plan, its arrays or its unknown members never shows in the
 * other. Works on any plan, valid or not (it does not go through the loader).
 *
 * Returns: (transfer full): the copy, with a reference count of one
 */
PaydayPlan *
payday_plan_copy (const PaydayPlan *plan)
{
  PaydayPlan *copy;
  const PaydayProfile *p;

  g_return_val_if_fail (plan != NULL, NULL);

  copy = payday_plan_new ();
  p = &plan->profile;

  g_free (copy->name);
  copy->name = g_strdup (plan->name);
  copy->today = plan->today;
  g_free (copy->rules);
  copy->rules = g_strdup (plan->rules);
  copy->rules_edition = plan->rules_edition;
  copy->region = plan->region;

  payday_profile_clear (&copy->profile);
  payday_profile_copy_into (&copy->profile, p);

  copy_array (copy->clients, plan->clients, sizeof (PaydayClient), fix_client);

  g_array_set_size (copy->contracts, plan->contracts->len);
  for (guint i = 0; i < plan->contracts->len; i++)
    copy_contract (&g_array_index (copy->contracts, PaydayContract, i),
                   &g_array_index (plan->contracts, PaydayContract, i));

  copy_array (copy->proposals, plan->proposals, sizeof (PaydayProposal), fix_proposal);

  payday_connects_clear (&copy->connects);
  payday_connects_copy_into (&copy->connects, &plan->connects);
  payday_withdrawals_clear (&copy->withdrawals);
  payday_withdrawals_copy_into (&copy->withdrawals, &plan->withdrawals);
  payday_simulation_copy_into (&copy->simulation, &plan->simulation);

  copy->extra = payday_json_object_deep_copy (plan->extra);
  payday_actuals_copy_into (copy->actuals, plan->actuals);

  return copy;
}

static void
shift (PaydayDate *date,
       int         days)
{
  if (payday_date_is_set (*date))
    *date += days;
}

/**
 * payday_plan_shift_dates:
 * @plan: a plan
 * @days: how far to move, negative for the past
 *
 * Moves every date of the plan by @days: today, the profile, contracts, weeks, milestones,
 * bonuses, proposals, Connects and withdrawals. Unset dates stay unset. `rules_edition` is
 * not moved: it names an edition of the rules (its effective date), not an event of the
 * plan. Dates inside unknown members are not touched. Pass a multiple of 7 to keep
 * weekdays (a week's Monday stays a Monday).
 */
void
payday_plan_shift_dates (PaydayPlan *plan,
                         int         days)
{
  PaydayProfile *p;

  g_return_if_fail (plan != NULL);

  p = &plan->profile;
  shift (&plan->today, days);
  shift (&p->joined, days);
  shift (&p->rising_talent_since, days);
  shift (&p->top_rated_since, days);
  for (guint i = 0; i < p->account_holds->len; i++)
    {
      PaydayHold *hold = &g_array_index (p->account_holds, PaydayHold, i);

      shift (&hold->start, days);
      shift (&hold->end, days);
    }
  for (guint i = 0; i < p->jss->len; i++)
    shift (&g_array_index (p->jss, PaydayJss, i).date, days);

  for (guint i = 0; i < plan->contracts->len; i++)
    {
      PaydayContract *c = &g_array_index (plan->contracts, PaydayContract, i);

      shift (&c->start, days);
      shift (&c->end, days);
      for (guint j = 0; j < c->bonuses->len; j++)
        shift (&g_array_index (c->bonuses, PaydayBonus, j).date, days);
      for (guint j = 0; j < c->weeks->len; j++)
        shift (&g_array_index (c->weeks, PaydayWeek, j).week_start, days);
      for (guint j = 0; j < c->milestones->len; j++)
        {
          PaydayMilestone *m = &g_array_index (c->milestones, PaydayMilestone, j);

          shift (&m->funded, days);
          shift (&m->due, days);
          shift (&m->submitted, days);
          shift (&m->approved, days);
        }
    }

  for (guint i = 0; i < plan->proposals->len; i++)
    {
      PaydayProposal *pr = &g_array_index (plan->proposals, PaydayProposal, i);

      shift (&pr->date, days);
      shift (&pr->status_date, days);
    }

  shift (&plan->connects.opening_date, days);
  for (guint i = 0; i < plan->connects.membership->len; i++)
    {
      PaydayMembership *m = &g_array_index (plan->connects.membership, PaydayMembership, i);

      shift (&m->from, days);
      shift (&m->to, days);
    }
  for (guint i = 0; i < plan->connects.transactions->len; i++)
    shift (&g_array_index (plan->connects.transactions, PaydayTransaction, i).date, days);

  for (guint i = 0; i < plan->withdrawals.history->len; i++)
    shift (&g_array_index (plan->withdrawals.history, PaydayWithdrawal, i).date, days);
  for (guint i = 0; i < plan->actuals->len; i++)
    shift (&g_array_index (plan->actuals, PaydayActual, i).date, days);
}

/**
 * payday_contract_copy_into:
 * @dst: uninitialised memory
 * @src: a contract
 *
 * Makes @dst a deep copy of @src; free it with payday_contract_clear().
 */
void
payday_contract_copy_into (PaydayContract       *dst,
                           const PaydayContract *src)
{
  g_return_if_fail (dst != NULL);
  g_return_if_fail (src != NULL);

  copy_contract (dst, src);
}

/**
 * payday_client_copy_into:
 * @dst: uninitialised memory
 * @src: a client
 *
 * Makes @dst a deep copy of @src; free it with payday_client_clear().
 */
void
payday_client_copy_into (PaydayClient       *dst,
                         const PaydayClient *src)
{
  g_return_if_fail (dst != NULL);
  g_return_if_fail (src != NULL);

  *dst = *src;
  fix_client (dst);
}

/**
 * payday_proposal_copy_into:
 * @dst: uninitialised memory
 * @src: a proposal
 *
 * Makes @dst a deep copy of @src; free it with payday_proposal_clear().
 */
void
payday_proposal_copy_into (PaydayProposal       *dst,
                           const PaydayProposal *src)
{
  g_return_if_fail (dst != NULL);
  g_return_if_fail (src != NULL);

  *dst = *src;
  fix_proposal (dst);
}

/**
 * payday_profile_copy_into:
 * @dst: uninitialised memory
 * @src: a profile
 *
 * Makes @dst a deep copy of @src; free it with payday_profile_clear().
 */
void
payday_profile_copy_into (PaydayProfile       *dst,
                          const PaydayProfile *src)
{
  g_return_if_fail (dst != NULL);
  g_return_if_fail (src != NULL);

  payday_profile_init (dst);
  dst->joined = src->joined;
  dst->agency = src->agency;
  dst->category = g_strdup (src->category);
  dst->profile_complete = src->profile_complete;
  dst->availability_current = src->availability_current;
  dst->readiness_test_passed = src->readiness_test_passed;
  dst->social_linked = src->social_linked;
  dst->identity_verified = src->identity_verified;
  dst->tos_violations = src->tos_violations;
  copy_array (dst->account_holds, src->account_holds, sizeof (PaydayHold), fix_hold);
  copy_array (dst->jss, src->jss, sizeof (PaydayJss), fix_jss);
  dst->rising_talent_since = src->rising_talent_since;
  dst->top_rated_since = src->top_rated_since;
  dst->expert_vetted = src->expert_vetted;
  dst->extra = payday_json_object_deep_copy (src->extra);
}

/**
 * payday_connects_copy_into:
 * @dst: uninitialised memory
 * @src: the Connects of a plan
 *
 * Makes @dst a deep copy of @src; free it with payday_connects_clear().
 */
void
payday_connects_copy_into (PaydayConnects       *dst,
                           const PaydayConnects *src)
{
  g_return_if_fail (dst != NULL);
  g_return_if_fail (src != NULL);

  payday_connects_init (dst);
  dst->opening_balance = src->opening_balance;
  dst->opening_date = src->opening_date;
  copy_array (dst->membership, src->membership, sizeof (PaydayMembership), fix_membership);
  copy_array (dst->transactions, src->transactions, sizeof (PaydayTransaction), fix_transaction);
  dst->extra = payday_json_object_deep_copy (src->extra);
}

/**
 * payday_withdrawals_copy_into:
 * @dst: uninitialised memory
 * @src: the withdrawals of a plan
 *
 * Makes @dst a deep copy of @src; free it with payday_withdrawals_clear().
 */
void
payday_withdrawals_copy_into (PaydayWithdrawals       *dst,
                              const PaydayWithdrawals *src)
{
  g_return_if_fail (dst != NULL);
  g_return_if_fail (src != NULL);

  payday_withdrawals_init (dst);
  dst->method = src->method;
  dst->schedule = src->schedule;
  dst->reserve_cents = src->reserve_cents;
  copy_array (dst->history, src->history, sizeof (PaydayWithdrawal), fix_withdrawal);
  dst->extra = payday_json_object_deep_copy (src->extra);
}

/**
 * payday_simulation_copy_into:
 * @dst: uninitialised memory
 * @src: the simulation settings of a plan
 *
 * Makes @dst a deep copy of @src; free it with payday_simulation_clear().
 */
void
payday_simulation_copy_into (PaydaySimulation       *dst,
                             const PaydaySimulation *src)
{
  g_return_if_fail (dst != NULL);
  g_return_if_fail (src != NULL);

  *dst = *src;
  dst->extra = payday_json_object_deep_copy (src->extra);
}

/**
 * payday_plan_part_snapshot:
 *
 * Returns: (transfer full): a deep copy of one part of @plan; free it with
 *   payday_plan_part_free()
 */
gpointer
payday_plan_part_snapshot (const PaydayPlan *plan,
               PaydayPlanPart    part)
{
  switch (part)
    {
    case PAYDAY_PLAN_PART_CONNECTS:
      {
        PaydayConnects *copy = g_new (PaydayConnects, 1);

        payday_connects_copy_into (copy, &plan->connects);
        return copy;
      }
    case PAYDAY_PLAN_PART_PROFILE:
      {
        PaydayProfile *copy = g_new (PaydayProfile, 1);

        payday_profile_copy_into (copy, &plan->profile);
        return copy;
      }
    case PAYDAY_PLAN_PART_SIMULATION:
      {
        PaydaySimulation *copy = g_new (PaydaySimulation, 1);

        payday_simulation_copy_into (copy, &plan->simulation);
        return copy;
      }
    case PAYDAY_PLAN_PART_WITHDRAWALS:
      {
        PaydayWithdrawals *copy = g_new (PaydayWithdrawals, 1);

        payday_withdrawals_copy_into (copy, &plan->withdrawals);
        return copy;
      }
    case PAYDAY_PLAN_PART_HEADER:
      {
        PaydayPlanHeader *copy = g_new (PaydayPlanHeader, 1);

        copy->name = g_strdup (plan->name);
        copy->region = plan->region;
        copy->rules_edition = plan->rules_edition;
        return copy;
      }
    case PAYDAY_PLAN_PART_ACTUALS:
      {
        GArray *copy = payday_actuals_new ();

        payday_actuals_copy_into (copy, plan->actuals);
        return copy;
      }
    case PAYDAY_PLAN_N_PARTS:
    default:
      g_assert_not_reached ();
    }
}

static void
part_clear (PaydayPlanPart part,
            gpointer       value)
{
  switch (part)
    {
    case PAYDAY_PLAN_PART_CONNECTS: payday_connects_clear (value); break;
    case PAYDAY_PLAN_PART_PROFILE: payday_profile_clear (value); break;
    case PAYDAY_PLAN_PART_SIMULATION: payday_simulation_clear (value); break;
    case PAYDAY_PLAN_PART_WITHDRAWALS: payday_withdrawals_clear (value); break;
    case PAYDAY_PLAN_PART_HEADER: g_clear_pointer (&((PaydayPlanHeader *) value)->name, g_free); break;
    case PAYDAY_PLAN_PART_ACTUALS: g_assert_not_reached (); break;
    case PAYDAY_PLAN_N_PARTS:
    default: g_assert_not_reached ();
    }
}

void
payday_plan_part_free (PaydayPlanPart part,
           gpointer       value)
{
  if (value == NULL)
    return;

  /* the actuals' snapshot is the array itself */
  if (part == PAYDAY_PLAN_PART_ACTUALS)
    {
      g_array_unref (value);
      return;
    }

  part_clear (part, value);
  g_free (value);
}

/**
 * payday_plan_part_restore:
 * @value: a snapshot of @part from payday_plan_part_snapshot()
 *
 * Makes @plan's part a copy of @value.
 */
void
payday_plan_part_restore (PaydayPlan     *plan,
              PaydayPlanPart  part,
              gconstpointer   value)
{
  g_assert (value != NULL);

  switch (part)
    {
    case PAYDAY_PLAN_PART_CONNECTS:
      payday_connects_clear (&plan->connects);
      payday_connects_copy_into (&plan->connects, value);
      break;
    case PAYDAY_PLAN_PART_PROFILE:
      payday_profile_clear (&plan->profile);
      payday_profile_copy_into (&plan->profile, value);
      break;
    case PAYDAY_PLAN_PART_SIMULATION:
      payday_simulation_clear (&plan->simulation);
      payday_simulation_copy_into (&plan->simulation, value);
      break;
    case PAYDAY_PLAN_PART_WITHDRAWALS:
      payday_withdrawals_clear (&plan->withdrawals);
      payday_withdrawals_copy_into (&plan->withdrawals, value);
      break;
    case PAYDAY_PLAN_PART_HEADER:
      {
        const PaydayPlanHeader *header = value;

        g_free (plan->name);
        plan->name = g_strdup (header->name);
        plan->region = header->region;
        plan->rules_edition = header->rules_edition;
      }
      break;
    case PAYDAY_PLAN_PART_ACTUALS:
      g_array_set_size (plan->actuals, 0);
      payday_actuals_copy_into (plan->actuals, value);
      break;
    case PAYDAY_PLAN_N_PARTS:
    default:
      g_assert_not_reached ();
    }
}
