/* test-incremental.c — results updated after an edit equal results computed anew
 *
 * Random plans (fixed seeds) get a few hundred random edits each, made as the window makes
 * them (undoable commands, undo and redo among them). After every edit the schedule,
 * summary, ledger, proposal figures, badges and withdrawals updated from what the edit touched must be
 * exactly those computed from scratch, and the schedule's list of changes must turn the
 * old items into the new ones.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "payday-badges.h"
#include "payday-command.h"
#include "payday-document.h"
#include "payday-ledger.h"
#include "payday-plan-edit.h"
#include "payday-proposals.h"
#include "payday-schedule-private.h"

#define N_EDITS 120

static PaydayRules *upwork;

typedef struct
{
  GRand             *rand;
  PaydayPlan        *plan;
  PaydayPlanHistory *history;
  PaydayPlanChanges *changes;
  guint              next_id;
  PaydayDate         today;
} Fixture;

static PaydayDate
D (int y,
   int m,
   int d)
{
  return payday_date_from_ymd (y, m, d);
}

static int
pick (Fixture *f,
      int      n)
{
  return g_rand_int_range (f->rand, 0, n);
}

static gboolean
chance (Fixture *f,
        double   p)
{
  return g_rand_double (f->rand) < p;
}

/* A day in the years the plans live in: flat fees until 2016-06-21, sliding fees after,
 * Top Rated skipping the security hold from 2020-05-01 on. */
static PaydayDate
some_day (Fixture *f)
{
  return f->today - 1600 + pick (f, 1800);
}

static const char *
some_client (Fixture *f)
{
  if (f->plan->clients->len == 0 || chance (f, 0.15))
    return NULL;
  return g_array_index (f->plan->clients, PaydayClient, pick (f, (int) f->plan->clients->len)).id;
}

static void
fill_contract (Fixture        *f,
               PaydayContract *contract)
{
  PaydayContractType type = chance (f, 0.6) ? PAYDAY_CONTRACT_HOURLY : PAYDAY_CONTRACT_FIXED;
  PaydayDate start = payday_date_monday_of (some_day (f));
  guint n_bonuses = (guint) pick (f, 3);

  payday_contract_init (contract, type);
  contract->id = g_strdup_printf ("c%03u", f->next_id++);
  contract->title = chance (f, 0.8) ? g_strdup_printf ("Contract %s", contract->id) : NULL;
  contract->client = g_strdup (some_client (f));
  contract->start = start;
  contract->fee_bp = chance (f, 0.1) ? 500 : PAYDAY_NONE;

  if (type == PAYDAY_CONTRACT_HOURLY)
    {
      guint n_weeks = (guint) pick (f, 14);

      contract->rate_cents = 1500 + 50 * pick (f, 150);
      contract->weekly_limit_hours = chance (f, 0.3) ? 2000 : PAYDAY_NONE;
      if (chance (f, 0.3))
        {
          contract->planned_hours_per_week = 500 + 100 * pick (f, 30);
          if (chance (f, 0.5))
            contract->end = f->today + pick (f, 120);
        }
      for (guint w = 0; w < n_weeks; w++)
        {
          PaydayWeek week = { start + 7 * (PaydayDate) w, 25 * pick (f, 180), 0, 0,
                              PAYDAY_DISPUTE_PAID, NULL };

          if (chance (f, 0.08))
            {
              week.disputed_hours = MIN (week.hours, 100 * pick (f, 10));
              week.dispute_outcome = (PaydayDisputeOutcome) pick (f, 3);
            }
          g_array_append_val (contract->weeks, week);
        }
    }
  else
    {
      guint n_milestones = (guint) pick (f, 6);

      for (guint m = 0; m < n_milestones; m++)
        {
          PaydayMilestone milestone = { 0, };
          PaydayDate funded = start + 14 * (PaydayDate) m;

          milestone.id = g_strdup_printf ("m%u", m + 1);
          milestone.title = chance (f, 0.7) ? g_strdup_printf ("Milestone %u", m + 1) : NULL;
          milestone.amount_cents = 5000 + 100 * pick (f, 4000);
          milestone.funded = chance (f, 0.9) ? funded : PAYDAY_DATE_NONE;
          milestone.due = chance (f, 0.5) ? funded + 10 : PAYDAY_DATE_NONE;
          milestone.submitted = chance (f, 0.6) ? funded + pick (f, 12) : PAYDAY_DATE_NONE;
          milestone.approved = payday_date_is_set (milestone.submitted) && chance (f, 0.5)
                               ? milestone.submitted + pick (f, 6) : PAYDAY_DATE_NONE;
          milestone.paid_cents = chance (f, 0.1) ? milestone.amount_cents / 2 : PAYDAY_NONE;
          milestone.status = chance (f, 0.9) ? PAYDAY_MILESTONE_ACTIVE
                                             : (PaydayMilestoneStatus) (1 + pick (f, 2));
          g_array_append_val (contract->milestones, milestone);
        }
    }

  for (guint b = 0; b < n_bonuses; b++)
    {
      PaydayBonus bonus = { g_strdup_printf ("b%u", b + 1), some_day (f),
                            1000 + 100 * pick (f, 500), NULL };

      g_array_append_val (contract->bonuses, bonus);
    }
}

static void
fill_proposal (Fixture        *f,
               PaydayProposal *proposal)
{
  memset (proposal, 0, sizeof *proposal);
  proposal->id = g_strdup_printf ("p%03u", f->next_id++);
  proposal->date = f->today - pick (f, 500);
  proposal->status_date = chance (f, 0.3) ? proposal->date + pick (f, 20) : PAYDAY_DATE_NONE;
  proposal->title = g_strdup ("A job");
  proposal->connects = 2 * pick (f, 9);
  proposal->boost = chance (f, 0.2) ? pick (f, 20) : 0;
  proposal->boost_charged = proposal->boost > 0 && chance (f, 0.5);
  proposal->invited = chance (f, 0.1);
  proposal->status = (PaydayProposalStatus) pick (f, 7);
}

static PaydayPlan *
random_plan (Fixture *f)
{
  PaydayPlan *plan = payday_plan_new ();
  guint n_clients = 2 + (guint) pick (f, 6);
  guint n_contracts = 5 + (guint) pick (f, 30);

  f->plan = plan;
  plan->today = f->today;
  plan->profile.joined = f->today - 2500;
  plan->profile.category = g_strdup ("Web Development");
  plan->profile.profile_complete = TRUE;
  plan->profile.identity_verified = TRUE;
  if (chance (f, 0.5))
    plan->profile.top_rated_since = f->today - pick (f, 120);
  if (chance (f, 0.25))
    plan->rules_edition = chance (f, 0.5) ? D (2016, 6, 21) : D (2014, 1, 1);

  for (guint i = 0; i < n_clients; i++)
    {
      PaydayClient client = { g_strdup_printf ("k%02u", i), g_strdup ("Client"), TRUE,
                              chance (f, 0.3) ? 100 * pick (f, 20000) : 0, NULL };

      g_array_append_val (plan->clients, client);
    }

  for (guint i = 0; i < n_contracts; i++)
    {
      PaydayContract contract;

      fill_contract (f, &contract);
      g_array_append_val (plan->contracts, contract);
    }

  for (guint i = 0, n = (guint) pick (f, 12); i < n; i++)
    {
      PaydayProposal proposal;

      fill_proposal (f, &proposal);
      g_array_append_val (plan->proposals, proposal);
    }

  plan->connects.opening_balance = 40;
  plan->connects.opening_date = f->today - 600;

  return plan;
}

/* ---------------------------------------------------------------------------------------- */
/* Edits, as the editors make them */

static guint
some_contract (Fixture *f)
{
  return (guint) pick (f, (int) f->plan->contracts->len);
}

/* @copy changed as one of the editors would change it. */
static void
mutate_contract (Fixture        *f,
                 PaydayContract *contract)
{
  PaydayContract copy = *contract;

  switch (pick (f, 8))
    {
    case 0:                             /* hours or amounts: no date moves */
    case 1:
      if (copy.weeks->len > 0)
        g_array_index (copy.weeks, PaydayWeek, pick (f, (int) copy.weeks->len)).hours =
          25 * pick (f, 200);
      else if (copy.milestones->len > 0)
        g_array_index (copy.milestones, PaydayMilestone,
                       pick (f, (int) copy.milestones->len)).amount_cents += 100 * pick (f, 50);
      else
        copy.rate_cents += 100;
      break;

    case 2:                             /* a week more or less */
      if (copy.type == PAYDAY_CONTRACT_HOURLY && copy.weeks->len > 0 && chance (f, 0.5))
        g_array_remove_index (copy.weeks, copy.weeks->len - 1);
      else if (copy.type == PAYDAY_CONTRACT_HOURLY)
        payday_contract_add_week (&copy, payday_contract_next_week_start (&copy, f->today));
      break;

    case 3:                             /* a milestone submitted or approved */
      if (copy.milestones->len > 0)
        {
          PaydayMilestone *m = &g_array_index (copy.milestones, PaydayMilestone,
                                               pick (f, (int) copy.milestones->len));

          if (!payday_date_is_set (m->submitted))
            m->submitted = f->today - pick (f, 10);
          else
            m->approved = m->submitted + pick (f, 5);
        }
      break;

    case 4:                             /* another client, or none */
      g_free (copy.client);
      copy.client = g_strdup (some_client (f));
      break;

    case 5:
      copy.fee_bp = copy.fee_bp == PAYDAY_NONE ? 300 + 100 * pick (f, 10) : PAYDAY_NONE;
      break;

    case 6:                             /* a bonus */
      {
        PaydayBonus bonus = { payday_contract_new_bonus_id (&copy), some_day (f),
                              500 + 100 * pick (f, 100), NULL };

        g_array_append_val (copy.bonuses, bonus);
      }
      break;

    case 7:                             /* the projection */
      copy.planned_hours_per_week = copy.planned_hours_per_week == PAYDAY_NONE
                                    ? 1000 : PAYDAY_NONE;
      break;

    default:
      g_assert_not_reached ();
    }

  *contract = copy;
}

static void
edit_contract (Fixture        *f,
               PaydayPlanEdit *edit,
               guint           index)
{
  PaydayContract copy;

  payday_contract_copy_into (&copy, &g_array_index (f->plan->contracts, PaydayContract, index));
  mutate_contract (f, &copy);
  payday_plan_edit_replace_contract (edit, f->plan, index, &copy);
  payday_contract_clear (&copy);
}

static void
random_edit (Fixture *f)
{
  g_autoptr(PaydayPlanEdit) edit = payday_plan_edit_new ("Edit");
  PaydayPlan *plan = f->plan;
  int what = pick (f, 100);

  payday_plan_changes_clear (f->changes);

  /* Undo and redo touch what the edit touched. */
  if (what < 12 && payday_plan_history_can_undo (f->history))
    {
      payday_plan_edit_collect_changes (payday_plan_history_get_undo_edit (f->history), f->changes);
      g_assert_true (payday_plan_history_undo (f->history, plan));
      return;
    }
  if (what < 18 && payday_plan_history_can_redo (f->history))
    {
      payday_plan_edit_collect_changes (payday_plan_history_get_redo_edit (f->history), f->changes);
      g_assert_true (payday_plan_history_redo (f->history, plan));
      return;
    }

  if (what < 55 && plan->contracts->len > 0)
    {
      edit_contract (f, edit, some_contract (f));
      if (chance (f, 0.15) && plan->contracts->len > 1)
        edit_contract (f, edit, some_contract (f));
    }
  else if (what < 63)
    {
      PaydayContract contract;

      fill_contract (f, &contract);
      payday_plan_edit_insert_contract (edit, plan, (guint) pick (f, (int) plan->contracts->len + 1),
                                        &contract);
      payday_contract_clear (&contract);
    }
  else if (what < 69 && plan->contracts->len > 1)
    {
      payday_plan_edit_remove_contract_unlinked (edit, plan, some_contract (f));
    }
  else if (what < 76 && plan->clients->len > 0)
    {
      guint index = (guint) pick (f, (int) plan->clients->len);
      PaydayClient client;

      payday_client_copy_into (&client, &g_array_index (plan->clients, PaydayClient, index));
      client.billed_before_cents = chance (f, 0.5) ? 100 * pick (f, 30000) : 0;
      payday_plan_edit_replace_client (edit, plan, index, &client);
      payday_client_clear (&client);
    }
  else if (what < 84)
    {
      PaydayProposal proposal;
      guint index = plan->proposals->len > 0 ? (guint) pick (f, (int) plan->proposals->len) : 0;

      fill_proposal (f, &proposal);
      if (plan->proposals->len > 0 && chance (f, 0.3))
        payday_plan_edit_remove_proposal (edit, plan, index);
      else if (plan->proposals->len > 0 && chance (f, 0.5))
        payday_plan_edit_replace_proposal (edit, plan, index, &proposal);
      else
        payday_plan_edit_insert_proposal (edit, plan, index, &proposal);
      payday_proposal_clear (&proposal);
    }
  else if (what < 89)
    {
      PaydayTransaction tx = { 0, };

      payday_plan_edit_touch (edit, plan, PAYDAY_PLAN_PART_CONNECTS);
      tx.id = g_strdup_printf ("t%03u", f->next_id++);
      tx.date = f->today - pick (f, 400);
      tx.type = (PaydayTransactionType) pick (f, 3);
      tx.amount = tx.type == PAYDAY_TX_ADJUST ? pick (f, 40) - 20 : 10 + pick (f, 80);
      tx.price_cents = PAYDAY_NONE;
      g_array_append_val (plan->connects.transactions, tx);
    }
  else if (what < 95)
    {
      payday_plan_edit_touch (edit, plan, PAYDAY_PLAN_PART_PROFILE);
      if (chance (f, 0.5))
        {
          PaydayJss jss = { f->today - 30 + (PaydayDate) plan->profile.jss->len, 80 + pick (f, 21),
                            NULL };

          g_array_append_val (plan->profile.jss, jss);
        }
      else
        {
          plan->profile.top_rated_since = payday_date_is_set (plan->profile.top_rated_since)
                                          ? PAYDAY_DATE_NONE : f->today - pick (f, 60);
        }
    }
  else
    {
      payday_plan_edit_touch (edit, plan, PAYDAY_PLAN_PART_HEADER);
      plan->rules_edition = payday_date_is_set (plan->rules_edition) ? PAYDAY_DATE_NONE
                                                                     : D (2016, 6, 21);
    }

  payday_plan_edit_close (edit, plan);
  payday_plan_edit_collect_changes (edit, f->changes);
  if (payday_plan_edit_get_n_steps (edit) > 0)
    payday_plan_history_push (f->history, g_steal_pointer (&edit));
}

/* ---------------------------------------------------------------------------------------- */
/* Comparisons */

static void
assert_same_item (const PaydayItem *a,
                  const PaydayItem *b)
{
  g_assert_cmpint (a->kind, ==, b->kind);
  g_assert_cmpuint (a->contract_index, ==, b->contract_index);
  g_assert_cmpint (a->source_index, ==, b->source_index);
  g_assert_cmpstr (a->contract_id, ==, b->contract_id);
  g_assert_cmpstr (a->client_id, ==, b->client_id);
  g_assert_cmpstr (a->ref_id, ==, b->ref_id);
  g_assert_cmpint (a->period_start, ==, b->period_start);
  g_assert_cmpint (a->period_end, ==, b->period_end);
  g_assert_cmpint (a->minutes, ==, b->minutes);
  g_assert_cmpint (a->over_limit_minutes, ==, b->over_limit_minutes);
  g_assert_cmpint (a->unpaid_minutes, ==, b->unpaid_minutes);
  g_assert_cmpint (a->gross_cents, ==, b->gross_cents);
  g_assert_cmpint (a->fee_cents, ==, b->fee_cents);
  g_assert_cmpint (a->net_cents, ==, b->net_cents);
  g_assert_cmpint (a->charged_on, ==, b->charged_on);
  g_assert_cmpint (a->released_on, ==, b->released_on);
  g_assert_cmpint (a->available_on, ==, b->available_on);
  g_assert_cmpint (a->status, ==, b->status);
  g_assert_cmpint (a->projected, ==, b->projected);
  g_assert_cmpint (a->unfunded, ==, b->unfunded);
  g_assert_cmpint (a->auto_released, ==, b->auto_released);
  g_assert_cmpint (a->top_rated_fast, ==, b->top_rated_fast);
  g_assert_true (a->edition == b->edition);
}

static void
assert_same_index (const PaydayScheduleIndex *a,
                   const PaydayScheduleIndex *b)
{
  g_assert_cmpmem (a->totals, sizeof a->totals, b->totals, sizeof b->totals);
  g_assert_cmpint (a->day_lo, ==, b->day_lo);
  g_assert_cmpmem (a->day_gross, sizeof (PaydayCents) * a->n_days,
                   b->day_gross, sizeof (PaydayCents) * b->n_days);
  g_assert_cmpmem (a->day_items, sizeof (guint) * a->n_days, b->day_items, sizeof (guint) * b->n_days);
  g_assert_cmpuint (a->contracts->len, ==, b->contracts->len);
  for (guint c = 0; c < a->contracts->len; c++)
    {
      const PaydayScheduleContract *x = &g_array_index (a->contracts, PaydayScheduleContract, c);
      const PaydayScheduleContract *y = &g_array_index (b->contracts, PaydayScheduleContract, c);

      g_assert_cmpstr (x->id, ==, y->id);
      g_assert_cmpstr (x->key, ==, y->key);
      g_assert_cmpint (x->own, ==, y->own);
      g_assert_cmpuint (x->n_notes, ==, y->n_notes);
      g_assert_cmpmem (x->positions->data, sizeof (guint) * x->positions->len,
                       y->positions->data, sizeof (guint) * y->positions->len);
      g_assert_cmpuint (x->released->len, ==, y->released->len);
      for (guint k = 0; k < x->released->len; k++)
        {
          g_assert_cmpint (g_array_index (x->released, PaydayReleaseCum, k).day, ==,
                           g_array_index (y->released, PaydayReleaseCum, k).day);
          g_assert_cmpint (g_array_index (x->released, PaydayReleaseCum, k).cum, ==,
                           g_array_index (y->released, PaydayReleaseCum, k).cum);
        }
    }
}

static void
assert_same_schedule (const PaydaySchedule *a,
                      const PaydaySchedule *b)
{
  g_assert_cmpuint (a->items->len, ==, b->items->len);
  for (guint i = 0; i < a->items->len; i++)
    assert_same_item (&g_array_index (a->items, PaydayItem, i),
                      &g_array_index (b->items, PaydayItem, i));

  g_assert_cmpuint (a->notes->len, ==, b->notes->len);
  for (guint i = 0; i < a->notes->len; i++)
    g_assert_cmpstr (g_ptr_array_index (a->notes, i), ==, g_ptr_array_index (b->notes, i));

  assert_same_index (a->index, b->index);
}

static void
assert_same_ledger (const PaydayLedger *a,
                    const PaydayLedger *b)
{
  g_assert_cmpuint (a->rows->len, ==, b->rows->len);
  for (guint i = 0; i < a->rows->len; i++)
    {
      const PaydayLedgerRow *x = &g_array_index (a->rows, PaydayLedgerRow, i);
      const PaydayLedgerRow *y = &g_array_index (b->rows, PaydayLedgerRow, i);

      g_assert_cmpint (x->date, ==, y->date);
      g_assert_cmpint (x->kind, ==, y->kind);
      g_assert_cmpint (x->amount, ==, y->amount);
      g_assert_cmpint (x->balance, ==, y->balance);
      g_assert_cmpint (x->lot_expires, ==, y->lot_expires);
      g_assert_cmpstr (x->ref, ==, y->ref);
      g_assert_cmpint (x->source_index, ==, y->source_index);
    }
  g_assert_cmpint (a->balance, ==, b->balance);
  g_assert_cmpint (a->expiring_30d, ==, b->expiring_30d);
  g_assert_cmpint (a->spent_12m, ==, b->spent_12m);
  g_assert_cmpint (a->hires_12m, ==, b->hires_12m);
  g_assert_cmpint (a->price_cents, ==, b->price_cents);
  g_assert_cmpint (a->cost_per_hire_cents, ==, b->cost_per_hire_cents);
  g_assert_cmpuint (a->warnings->len, ==, b->warnings->len);
  for (guint i = 0; i < a->warnings->len; i++)
    {
      const PaydayLedgerWarning *x = &g_array_index (a->warnings, PaydayLedgerWarning, i);
      const PaydayLedgerWarning *y = &g_array_index (b->warnings, PaydayLedgerWarning, i);

      g_assert_cmpint (x->kind, ==, y->kind);
      g_assert_cmpint (x->date, ==, y->date);
      g_assert_cmpstr (x->text, ==, y->text);
    }
}

static void
assert_same_stats (const PaydayProposalStats *a,
                   const PaydayProposalStats *b)
{
  g_assert_cmpmem (&a->total, sizeof a->total, &b->total, sizeof b->total);
  g_assert_cmpmem (a->months->data, a->months->len * sizeof (PaydayFunnel),
                   b->months->data, b->months->len * sizeof (PaydayFunnel));
  g_assert_cmpmem (a->quarters->data, a->quarters->len * sizeof (PaydayFunnel),
                   b->quarters->data, b->quarters->len * sizeof (PaydayFunnel));
}

static void
assert_same_badges (const PaydayBadgeReport *a,
                    const PaydayBadgeReport *b)
{
  g_autoptr(JsonNode) x = payday_badges_to_json (a);
  g_autoptr(JsonNode) y = payday_badges_to_json (b);
  g_autofree char *xs = json_to_string (x, TRUE);
  g_autofree char *ys = json_to_string (y, TRUE);

  g_assert_cmpstr (xs, ==, ys);
}

/* The old items with the delta's changes applied, as a list model would apply them, are
 * the new items: what the delta leaves out is really unchanged. @old holds copies of the
 * old items, whose strings may be gone: only their values are compared. */
static void
assert_delta (GArray                    *old,
              const PaydaySchedule      *schedule,
              const PaydayScheduleDelta *delta)
{
  g_autoptr(GArray) list = g_array_copy (old);

  for (guint k = 0; k < delta->changes->len; k++)
    {
      const PaydayItemsChange *change = &g_array_index (delta->changes, PaydayItemsChange, k);

      g_assert_cmpuint (change->position + change->removed, <=, list->len);
      g_array_remove_range (list, change->position, change->removed);
      g_array_insert_vals (list, change->position,
                           &g_array_index (schedule->items, PaydayItem, change->position),
                           change->added);
      if (k > 0)
        g_assert_cmpuint (change->position, >,
                          g_array_index (delta->changes, PaydayItemsChange, k - 1).position);
    }

  g_assert_cmpuint (list->len, ==, schedule->items->len);
  for (guint i = 0; i < list->len; i++)
    {
      const PaydayItem *a = &g_array_index (list, PaydayItem, i);
      const PaydayItem *b = &g_array_index (schedule->items, PaydayItem, i);

      /* Indices of contracts after one inserted or removed move without being listed:
       * the item is the same, of the same contract. (Only an item of a contract the edit
       * replaced has a contract_id that may be gone, and those must be listed.) */
      g_assert_cmpstr (a->contract_id, ==, b->contract_id);
      g_assert_cmpint (a->source_index, ==, b->source_index);
      g_assert_cmpint (a->kind, ==, b->kind);
      g_assert_cmpint (a->period_start, ==, b->period_start);
      g_assert_cmpint (a->available_on, ==, b->available_on);
      g_assert_cmpint (a->gross_cents, ==, b->gross_cents);
      g_assert_cmpint (a->net_cents, ==, b->net_cents);
      g_assert_cmpint (a->status, ==, b->status);
    }
}

/* ---------------------------------------------------------------------------------------- */

static void
run_seed (guint32 seed)
{
  Fixture f = { 0, };
  PaydaySchedule *schedule;
  PaydayLedger *ledger;
  PaydayProposalStats *stats;
  PaydayBadgeReport *badges;
  PaydayScheduleDelta delta;
  guint n_in_place = 0, n_partial = 0;

  f.rand = g_rand_new_with_seed (seed);
  f.today = D (2020, 6, 10) + g_rand_int_range (f.rand, 0, 200);
  f.history = payday_plan_history_new ();
  f.changes = payday_plan_changes_new ();
  random_plan (&f);

  schedule = payday_schedule_compute (f.plan, upwork, f.today);
  ledger = payday_ledger_compute (f.plan, upwork, f.today);
  stats = payday_proposal_stats_compute (f.plan, upwork, f.today);
  badges = payday_badges_evaluate (f.plan, upwork, schedule, f.today);
  payday_schedule_delta_init (&delta);

  for (guint n = 0; n < N_EDITS; n++)
    {
      g_autoptr(PaydaySchedule) full = NULL;
      g_autoptr(PaydayLedger) full_ledger = NULL;
      g_autoptr(PaydayProposalStats) full_stats = NULL;
      g_autoptr(PaydayBadgeReport) full_badges = NULL;
      g_autoptr(GArray) old = g_array_copy (schedule->items);
      g_autoptr(PaydaySchedule) held = NULL;
      g_autoptr(GArray) held_items = NULL;
      PaydaySummary summary, full_summary;

      random_edit (&f);

      /* Now and then another holder keeps the schedule: it must stay as it was. */
      if (g_rand_int_range (f.rand, 0, 6) == 0)
        {
          held = payday_schedule_ref (schedule);
          held_items = g_array_copy (schedule->items);
        }

      schedule = payday_schedule_update (schedule, f.plan, upwork, f.today, f.changes, &delta);
      payday_summary_compute (schedule, &summary);
      ledger = payday_ledger_update (ledger, f.plan, upwork, f.today, f.changes);
      stats = payday_proposal_stats_update (stats, f.plan, upwork, f.today, f.changes);
      badges = payday_badges_update (badges, f.plan, upwork, schedule, f.today, f.changes, &delta);

      full = payday_schedule_compute (f.plan, upwork, f.today);
      payday_summary_compute (full, &full_summary);
      full_ledger = payday_ledger_compute (f.plan, upwork, f.today);
      full_stats = payday_proposal_stats_compute (f.plan, upwork, f.today);
      full_badges = payday_badges_evaluate (f.plan, upwork, full, f.today);

      assert_same_schedule (schedule, full);
      g_assert_cmpmem (&summary, sizeof summary, &full_summary, sizeof full_summary);
      assert_same_ledger (ledger, full_ledger);
      assert_same_stats (stats, full_stats);
      assert_same_badges (badges, full_badges);
      assert_delta (old, schedule, &delta);

      if (held != NULL)
        {
          /* The same schedule only when the edit changed none of it. */
          g_assert_true (held != schedule || delta.changes->len == 0);
          g_assert_cmpmem (held->items->data, held->items->len * sizeof (PaydayItem),
                           held_items->data, held_items->len * sizeof (PaydayItem));
        }

      if (!delta.full && f.changes->contracts->len + f.changes->clients->len > 0)
        {
          n_partial++;
          n_in_place += delta.changes->len > 0 && old->len == schedule->items->len &&
                        g_array_index (delta.changes, PaydayItemsChange, 0).removed ==
                        g_array_index (delta.changes, PaydayItemsChange, 0).added;
        }
    }

  /* The random edits reach both ways of placing items, not only full recomputes. */
  g_assert_cmpuint (n_partial, >, N_EDITS / 4);
  g_assert_cmpuint (n_in_place, >, 0);

  payday_schedule_delta_clear (&delta);
  payday_schedule_unref (schedule);
  payday_ledger_free (ledger);
  payday_proposal_stats_free (stats);
  payday_badge_report_free (badges);
  payday_plan_changes_free (f.changes);
  payday_plan_history_free (f.history);
  payday_plan_unref (f.plan);
  g_rand_free (f.rand);
}

static void
test_random_edits (gconstpointer data)
{
  run_seed (GPOINTER_TO_UINT (data));
}

/* The schedule the benchmark edits most: a contract changing hours writes the new items
 * over the old ones and reports only their positions. */
static void
test_hours_in_place (void)
{
  Fixture f = { 0, };
  g_autoptr(PaydayPlanEdit) edit = payday_plan_edit_new ("Edit Hours");
  PaydaySchedule *schedule;
  PaydayScheduleDelta delta;
  const guint *positions;
  guint n_positions;
  PaydayContract copy;
  guint target = G_MAXUINT;

  f.rand = g_rand_new_with_seed (7);
  f.today = D (2020, 9, 1);
  f.changes = payday_plan_changes_new ();
  random_plan (&f);
  for (guint c = 0; c < f.plan->contracts->len && target == G_MAXUINT; c++)
    if (g_array_index (f.plan->contracts, PaydayContract, c).weeks->len > 2)
      target = c;
  g_assert_cmpuint (target, !=, G_MAXUINT);

  schedule = payday_schedule_compute (f.plan, upwork, f.today);
  positions = payday_schedule_get_contract_items (schedule, target, &n_positions);
  g_assert_nonnull (positions);
  for (guint k = 0; k < n_positions; k++)
    g_assert_cmpuint (g_array_index (schedule->items, PaydayItem, positions[k]).contract_index,
                      ==, target);

  payday_contract_copy_into (&copy, &g_array_index (f.plan->contracts, PaydayContract, target));
  g_array_index (copy.weeks, PaydayWeek, 1).hours += 100;
  payday_plan_edit_replace_contract (edit, f.plan, target, &copy);
  payday_plan_edit_collect_changes (edit, f.changes);
  g_assert_true (payday_plan_changes_has_contract (f.changes, copy.id));
  g_assert_cmpuint (f.changes->contracts->len, ==, 1);
  payday_contract_clear (&copy);

  payday_schedule_delta_init (&delta);
  schedule = payday_schedule_update (schedule, f.plan, upwork, f.today, f.changes, &delta);
  g_assert_false (delta.full);
  g_assert_cmpuint (delta.changes->len, >, 0);
  for (guint k = 0; k < delta.changes->len; k++)
    {
      const PaydayItemsChange *change = &g_array_index (delta.changes, PaydayItemsChange, k);

      g_assert_cmpuint (change->removed, ==, change->added);
    }
  g_assert_cmpuint (delta.contracts->len, >=, 1);

  payday_schedule_delta_clear (&delta);
  payday_schedule_unref (schedule);
  payday_plan_changes_free (f.changes);
  payday_plan_unref (f.plan);
  g_rand_free (f.rand);
}

/* The document's own path: commands by id, undo and redo, each followed by the results
 * the document keeps, which must be those computed from scratch. */
static void
random_command (Fixture        *f,
                PaydayDocument *document)
{
  g_autoptr(PaydayCommand) command = payday_command_new ("Edit");
  g_autoptr(GError) error = NULL;
  PaydayPlan *plan = payday_document_get_plan (document);
  int what = pick (f, 100);

  if (what < 10 && payday_document_can_undo (document))
    {
      g_assert_true (payday_document_undo (document));
      return;
    }
  if (what < 15 && payday_document_can_redo (document))
    {
      g_assert_true (payday_document_redo (document));
      return;
    }

  if (what < 60 && plan->contracts->len > 0)
    {
      PaydayContract copy;

      payday_contract_copy_into (&copy, &g_array_index (plan->contracts, PaydayContract,
                                                        some_contract (f)));
      mutate_contract (f, &copy);
      payday_command_replace_contract (command, copy.id, &copy);
      payday_contract_clear (&copy);
    }
  else if (what < 68)
    {
      PaydayContract contract;

      fill_contract (f, &contract);
      payday_command_add_contract (command, &contract, NULL);
      payday_contract_clear (&contract);
    }
  else if (what < 74 && plan->contracts->len > 1)
    {
      payday_command_remove_contract (command,
                                      g_array_index (plan->contracts, PaydayContract,
                                                     some_contract (f)).id);
    }
  else if (what < 82 && plan->clients->len > 0)
    {
      PaydayClient client;

      payday_client_copy_into (&client, &g_array_index (plan->clients, PaydayClient,
                                                        pick (f, (int) plan->clients->len)));
      client.billed_before_cents = chance (f, 0.5) ? 100 * pick (f, 30000) : 0;
      payday_command_replace_client (command, client.id, &client);
      payday_client_clear (&client);
    }
  else if (what < 90)
    {
      PaydayProposal proposal;

      fill_proposal (f, &proposal);
      payday_command_add_proposal (command, &proposal);
      payday_proposal_clear (&proposal);
    }
  else
    {
      PaydayProfile *profile = payday_document_dup_part (document, PAYDAY_PLAN_PART_PROFILE);

      profile->top_rated_since = payday_date_is_set (profile->top_rated_since)
                                 ? PAYDAY_DATE_NONE : f->today - pick (f, 60);
      payday_command_take_part (command, PAYDAY_PLAN_PART_PROFILE, profile);
    }

  g_assert_true (payday_document_run (document, command, &error));
  g_assert_no_error (error);
}

static void
test_document (void)
{
  Fixture f = { 0, };
  g_autoptr(PaydayDocument) document = payday_document_new ();
  g_autoptr(PaydayPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  guint n_partial = 0;

  f.rand = g_rand_new_with_seed (21);
  f.today = D (2020, 8, 3);
  plan = random_plan (&f);
  g_assert_true (payday_document_set_plan (document, plan, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (payday_document_get_schedule_delta (document)->full);

  for (guint n = 0; n < N_EDITS; n++)
    {
      g_autoptr(PaydaySchedule) full = NULL;
      g_autoptr(PaydayLedger) full_ledger = NULL;
      g_autoptr(PaydayProposalStats) full_stats = NULL;
      g_autoptr(PaydayBadgeReport) full_badges = NULL;
      g_autoptr(GArray) full_facts = NULL;
      g_autoptr(PaydayPayouts) full_payouts = NULL;
      const PaydayPayouts *payouts;
      g_autoptr(GArray) old = g_array_copy (payday_document_get_schedule (document)->items);
      PaydaySummary full_summary;
      GArray *facts;

      f.plan = payday_document_get_plan (document);
      random_command (&f, document);

      full = payday_schedule_compute (f.plan, payday_document_get_rules (document), f.today);
      payday_summary_compute (full, &full_summary);
      full_ledger = payday_ledger_compute (f.plan, upwork, f.today);
      full_stats = payday_proposal_stats_compute (f.plan, upwork, f.today);
      full_badges = payday_badges_evaluate (f.plan, upwork, full, f.today);
      full_facts = payday_contract_facts_compute (f.plan, full);
      full_payouts = payday_payouts_compute (full);

      assert_same_schedule (payday_document_get_schedule (document), full);
      g_assert_cmpmem (payday_document_get_summary (document), sizeof full_summary,
                       &full_summary, sizeof full_summary);
      assert_same_ledger (payday_document_get_ledger (document), full_ledger);
      assert_same_stats (payday_document_get_proposal_stats (document), full_stats);
      assert_same_badges (payday_document_get_badges (document), full_badges);
      facts = payday_document_get_contract_facts (document);
      g_assert_cmpmem (facts->data, facts->len * sizeof (PaydayContractFacts),
                       full_facts->data, full_facts->len * sizeof (PaydayContractFacts));
      /* The withdrawals, projected anew only when what they depend on changed. */
      payouts = payday_document_get_payouts (document);
      g_assert_cmpuint (payouts->rows->len, ==, full_payouts->rows->len);
      g_assert_cmpmem (payouts->rows->data, payouts->rows->len * sizeof (PaydayPayout),
                       full_payouts->rows->data, full_payouts->rows->len * sizeof (PaydayPayout));
      g_assert_cmpint (payouts->fees_next_12m_cents, ==, full_payouts->fees_next_12m_cents);
      g_assert_cmpuint (g_list_model_get_n_items (payday_document_get_withdrawals (document)), ==,
                        full_payouts->rows->len);
      assert_delta (old, payday_document_get_schedule (document),
                    payday_document_get_schedule_delta (document));
      n_partial += !payday_document_get_schedule_delta (document)->full;
    }

  /* Most commands took the incremental path. */
  g_assert_cmpuint (n_partial, >, N_EDITS / 2);

  g_rand_free (f.rand);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  static const guint32 seeds[] = { 1, 2, 3, 5, 8, 13 };
  int status;

  g_test_init (&argc, &argv, NULL);

  upwork = payday_rules_lookup ("upwork", &error);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (seeds); i++)
    {
      g_autofree char *path = g_strdup_printf ("/payday/incremental/random-edits-%u", seeds[i]);

      g_test_add_data_func (path, GUINT_TO_POINTER (seeds[i]), test_random_edits);
    }
  g_test_add_func ("/payday/incremental/hours-in-place", test_hours_in_place);
  g_test_add_func ("/payday/incremental/document", test_document);

  status = g_test_run ();
  payday_rules_unref (upwork);
  return status;
}
