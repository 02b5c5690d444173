/* test-plan-edit.c — edits as commands: undo and redo give back the identical plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "payday-document.h"
#include "payday-error.h"
#include "payday-plan-edit.h"

#define TODAY payday_date_from_ymd (2026, 3, 4)

static PaydayPlan *
load_sample (void)
{
  g_autoptr(GError) error = NULL;
  PaydayPlan *plan = payday_plan_load_sample (TODAY, &error);

  g_assert_no_error (error);
  g_assert_nonnull (plan);
  g_assert_cmpuint (plan->contracts->len, >, 1);
  return plan;
}

static char *
to_data (const PaydayPlan *plan)
{
  return payday_plan_to_data (plan, NULL);
}

/* One random edit of the kinds the Contracts page makes, applied through @edit. */
static void
random_edit (PaydayPlanEdit *edit,
             PaydayPlan     *plan,
             GRand          *rand)
{
  guint n = plan->contracts->len;
  int kind = g_rand_int_range (rand, 0, n > 1 ? 9 : 7);
  guint index = n > 0 ? (guint) g_rand_int_range (rand, 0, n) : 0;
  PaydayContract copy;

  if (n == 0)
    kind = 6;

  switch (kind)
    {
    case 0: /* hours of a week, or a new week */
    case 1:
    case 2: /* a milestone's dates */
    case 3:
      payday_contract_copy_into (&copy, &g_array_index (plan->contracts, PaydayContract, index));
      if (copy.type == PAYDAY_CONTRACT_HOURLY)
        {
          guint w;

          if (copy.weeks->len == 0 || kind == 1)
            w = payday_contract_add_week (&copy, payday_contract_next_week_start (&copy, TODAY));
          else
            w = g_rand_int_range (rand, 0, copy.weeks->len);
          g_array_index (copy.weeks, PaydayWeek, w).hours = g_rand_int_range (rand, 0, 6000);
          g_array_index (copy.weeks, PaydayWeek, w).manual_hours = 0;
          g_array_index (copy.weeks, PaydayWeek, w).disputed_hours = 0;
        }
      else
        {
          PaydayMilestone m = { 0, };

          m.id = payday_contract_new_milestone_id (&copy);
          m.title = g_strdup ("Random milestone");
          m.amount_cents = g_rand_int_range (rand, 100, 1000000);
          m.funded = TODAY - g_rand_int_range (rand, 0, 30);
          m.due = PAYDAY_DATE_NONE;
          m.submitted = kind == 3 ? TODAY : PAYDAY_DATE_NONE;
          m.approved = PAYDAY_DATE_NONE;
          m.paid_cents = PAYDAY_NONE;
          g_array_append_val (copy.milestones, m);
        }
      payday_plan_edit_replace_contract (edit, plan, index, &copy);
      payday_contract_clear (&copy);
      break;

    case 4: /* a rate or a title */
      payday_contract_copy_into (&copy, &g_array_index (plan->contracts, PaydayContract, index));
      copy.rate_cents = g_rand_int_range (rand, 500, 20000);
      g_free (copy.title);
      copy.title = g_strdup_printf ("Title %u", g_rand_int (rand));
      payday_plan_edit_replace_contract (edit, plan, index, &copy);
      payday_contract_clear (&copy);
      break;

    case 5: /* a client's billings, then a new client */
      {
        guint ci = g_rand_int_range (rand, 0, plan->clients->len);
        PaydayClient client;

        payday_client_copy_into (&client, &g_array_index (plan->clients, PaydayClient, ci));
        client.billed_before_cents = g_rand_int_range (rand, 0, 10000000);
        client.payment_verified = !client.payment_verified;
        payday_plan_edit_replace_client (edit, plan, ci, &client);
        payday_client_clear (&client);

        client.id = payday_plan_new_client_id (plan);
        client.name = g_strdup ("New client");
        client.payment_verified = TRUE;
        client.billed_before_cents = 0;
        client.extra = NULL;
        payday_plan_edit_insert_client (edit, plan, plan->clients->len, &client);
        payday_client_clear (&client);
      }
      break;

    case 6: /* a duplicate */
    case 7:
      payday_contract_copy_into (&copy, &g_array_index (plan->contracts, PaydayContract, index));
      g_free (copy.id);
      copy.id = payday_plan_new_contract_id (plan);
      payday_plan_edit_insert_contract (edit, plan, index + 1, &copy);
      payday_contract_clear (&copy);
      break;

    default: /* a removal; proposals that led to the contract are unlinked */
      if (!payday_plan_contract_in_use (plan,
                                        g_array_index (plan->contracts, PaydayContract, index).id))
        payday_plan_edit_remove_contract (edit, plan, index);
      else
        payday_plan_edit_remove_contract_unlinked (edit, plan, index);
      break;
    }
}

/* @states holds the plan's JSON before the first edit and after each one: undoing every
 * edit walks back through them exactly, redoing every edit forward again. */
static void
assert_undo_redo_all (PaydayPlanHistory *history,
                      PaydayPlan        *plan,
                      GPtrArray         *states)
{
  guint n_edits = states->len - 1;

  for (guint i = n_edits; i > 0; i--)
    {
      g_autofree char *data = NULL;

      g_assert_true (payday_plan_history_undo (history, plan));
      data = to_data (plan);
      g_assert_cmpstr (data, ==, g_ptr_array_index (states, i - 1));
    }
  g_assert_false (payday_plan_history_undo (history, plan));
  g_assert_false (payday_plan_history_is_dirty (history));

  for (guint i = 1; i <= n_edits; i++)
    {
      g_autofree char *data = NULL;

      g_assert_true (payday_plan_history_redo (history, plan));
      data = to_data (plan);
      g_assert_cmpstr (data, ==, g_ptr_array_index (states, i));
    }
  g_assert_false (payday_plan_history_redo (history, plan));
}

static void
test_undo_random (void)
{
  for (guint32 seed = 1; seed <= 20; seed++)
    {
      g_autoptr(PaydayPlan) plan = load_sample ();
      g_autoptr(PaydayPlanHistory) history = payday_plan_history_new ();
      g_autoptr(GPtrArray) states = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
      guint n_edits = g_rand_int_range (rand, 1, 25);

      g_ptr_array_add (states, to_data (plan));
      for (guint i = 0; i < n_edits; i++)
        {
          PaydayPlanEdit *edit = payday_plan_edit_new ("Random edit");

          random_edit (edit, plan, rand);
          /* Sometimes two changes make one command. */
          if (g_rand_boolean (rand))
            random_edit (edit, plan, rand);
          payday_plan_history_push (history, edit);
          g_ptr_array_add (states, to_data (plan));
          g_assert_true (payday_plan_history_is_dirty (history));
        }

      assert_undo_redo_all (history, plan, states);

      /* The edited plan is still a valid plan. */
      {
        g_autofree char *data = to_data (plan);
        g_autoptr(GError) error = NULL;
        g_autoptr(PaydayPlan) back = payday_plan_load_from_data (data, -1, &error);

        g_assert_no_error (error);
        g_assert_nonnull (back);
      }
    }
}

/* One random edit of a part outside the arrays (the Connects, Profile, Simulator and
 * Rule Editions editors' kinds), made in place between touch and close. */
static void
random_part_edit (PaydayPlanEdit *edit,
                  PaydayPlan     *plan,
                  GRand          *rand)
{
  PaydayPlanPart part = g_rand_int_range (rand, 0, PAYDAY_PLAN_N_PARTS);

  payday_plan_edit_touch (edit, plan, part);
  switch (part)
    {
    case PAYDAY_PLAN_PART_CONNECTS:
      if (plan->connects.transactions->len > 0 && g_rand_boolean (rand))
        {
          g_array_remove_index (plan->connects.transactions,
                                g_rand_int_range (rand, 0, plan->connects.transactions->len));
        }
      else
        {
          PaydayTransaction tx = { 0, };

          tx.id = g_strdup_printf ("tx-random-%u", g_rand_int (rand));
          tx.date = TODAY - g_rand_int_range (rand, 0, 60);
          tx.type = PAYDAY_TX_PURCHASE;
          tx.amount = g_rand_int_range (rand, 10, 200);
          tx.price_cents = tx.amount * 15;
          tx.note = g_rand_boolean (rand) ? g_strdup ("bought") : NULL;
          g_array_append_val (plan->connects.transactions, tx);
        }
      plan->connects.opening_balance = g_rand_int_range (rand, 0, 500);
      break;

    case PAYDAY_PLAN_PART_PROFILE:
      {
        PaydayJss jss = { TODAY - g_rand_int_range (rand, 0, 400), g_rand_int_range (rand, 0, 101), NULL };

        plan->profile.profile_complete = !plan->profile.profile_complete;
        plan->profile.tos_violations = g_rand_int_range (rand, 0, 3);
        g_free (plan->profile.category);
        plan->profile.category = g_strdup_printf ("Category %u", g_rand_int (rand));
        g_array_append_val (plan->profile.jss, jss);
      }
      break;

    case PAYDAY_PLAN_PART_SIMULATION:
      plan->simulation.runs = g_rand_int_range (rand, 1, 5000);
      plan->simulation.win_rate = g_rand_int_range (rand, 0, 101) / 100.0;
      plan->simulation.present |= PAYDAY_SIM_RUNS | PAYDAY_SIM_WIN_RATE;
      break;

    case PAYDAY_PLAN_PART_WITHDRAWALS:
      plan->withdrawals.reserve_cents = g_rand_int_range (rand, 0, 1000000);
      plan->withdrawals.schedule = g_rand_int_range (rand, 0, PAYDAY_SCHEDULE_QUARTERLY + 1);
      break;

    case PAYDAY_PLAN_PART_HEADER:
      plan->rules_edition = g_rand_boolean (rand) ? payday_date_from_ymd (2025, 1, 1)
                                                  : PAYDAY_DATE_NONE;
      plan->region = g_rand_boolean (rand) ? PAYDAY_REGION_US : PAYDAY_REGION_NON_US;
      g_free (plan->name);
      plan->name = g_strdup_printf ("Plan %u", g_rand_int (rand));
      break;

    case PAYDAY_PLAN_PART_ACTUALS:
      if (plan->actuals->len > 0 && g_rand_boolean (rand))
        g_array_remove_index (plan->actuals, g_rand_int_range (rand, 0, plan->actuals->len));
      else
        {
          PaydayActual a = { 0, };

          a.ref = g_strdup_printf ("ref-%u", g_rand_int (rand));
          a.date = TODAY - g_rand_int_range (rand, 0, 60);
          a.kind = g_rand_int_range (rand, 0, PAYDAY_N_ACTUAL_KINDS);
          a.amount_cents = g_rand_int_range (rand, -50000, 50000);
          a.client_name = g_rand_boolean (rand) ? g_strdup ("Acme") : NULL;
          a.source = g_rand_int_range (rand, 0, 2);
          g_array_append_val (plan->actuals, a);
        }
      break;

    case PAYDAY_PLAN_N_PARTS:
    default:
      g_assert_not_reached ();
    }
}

static void
test_undo_all_kinds (void)
{
  for (guint32 seed = 1; seed <= 30; seed++)
    {
      g_autoptr(PaydayPlan) plan = load_sample ();
      g_autoptr(PaydayPlanHistory) history = payday_plan_history_new ();
      g_autoptr(GPtrArray) states = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
      guint n_edits = g_rand_int_range (rand, 1, 30);

      g_ptr_array_add (states, to_data (plan));
      for (guint i = 0; i < n_edits; i++)
        {
          PaydayPlanEdit *edit = payday_plan_edit_new ("Mixed edit");
          guint n_changes = g_rand_int_range (rand, 1, 4);

          /* One command may mix entity steps and part steps, a part touched twice. */
          for (guint k = 0; k < n_changes; k++)
            {
              if (g_rand_int_range (rand, 0, 3) == 0)
                random_edit (edit, plan, rand);
              else
                random_part_edit (edit, plan, rand);
            }
          payday_plan_edit_close (edit, plan);
          payday_plan_history_push (history, edit);
          g_ptr_array_add (states, to_data (plan));
        }

      assert_undo_redo_all (history, plan, states);
    }
}

static void
test_merge (void)
{
  g_autoptr(PaydayPlan) plan = load_sample ();
  g_autoptr(PaydayPlanHistory) history = payday_plan_history_new ();
  g_autofree char *start = to_data (plan);
  g_autofree char *after_merged = NULL;
  PaydayPlanEdit *edit;

  /* Five moves of one slider: one command. */
  for (int i = 1; i <= 5; i++)
    {
      edit = payday_plan_edit_new ("Win Rate");
      payday_plan_edit_set_merge_key (edit, "simulation.win-rate");
      payday_plan_edit_touch (edit, plan, PAYDAY_PLAN_PART_SIMULATION);
      plan->simulation.win_rate = i / 10.0;
      payday_plan_edit_close (edit, plan);
      payday_plan_history_push (history, edit);
    }
  after_merged = to_data (plan);
  g_assert_cmpfloat (plan->simulation.win_rate, ==, 0.5);

  /* Another key is a command of its own. */
  edit = payday_plan_edit_new ("Runs");
  payday_plan_edit_set_merge_key (edit, "simulation.runs");
  payday_plan_edit_touch (edit, plan, PAYDAY_PLAN_PART_SIMULATION);
  plan->simulation.runs = 77;
  payday_plan_edit_close (edit, plan);
  payday_plan_history_push (history, edit);

  /* Once saved, the next edit does not merge into the saved one. */
  payday_plan_history_mark_saved (history, payday_plan_history_get_position (history));
  edit = payday_plan_edit_new ("Runs");
  payday_plan_edit_set_merge_key (edit, "simulation.runs");
  payday_plan_edit_touch (edit, plan, PAYDAY_PLAN_PART_SIMULATION);
  plan->simulation.runs = 78;
  payday_plan_edit_close (edit, plan);
  payday_plan_history_push (history, edit);
  g_assert_true (payday_plan_history_is_dirty (history));

  g_assert_true (payday_plan_history_undo (history, plan));
  g_assert_cmpint (plan->simulation.runs, ==, 77);
  g_assert_false (payday_plan_history_is_dirty (history));
  g_assert_true (payday_plan_history_undo (history, plan));
  {
    g_autofree char *data = to_data (plan);

    g_assert_cmpstr (data, ==, after_merged);
  }
  g_assert_true (payday_plan_history_undo (history, plan));
  {
    g_autofree char *data = to_data (plan);

    g_assert_cmpstr (data, ==, start);
  }
  g_assert_false (payday_plan_history_can_undo (history));
}

static void
test_undo_then_edit (void)
{
  g_autoptr(PaydayPlan) plan = load_sample ();
  g_autoptr(PaydayPlanHistory) history = payday_plan_history_new ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  g_autofree char *start = to_data (plan);
  g_autofree char *after_one = NULL;
  PaydayPlanEdit *edit;

  for (guint i = 0; i < 3; i++)
    {
      edit = payday_plan_edit_new ("Edit");
      random_edit (edit, plan, rand);
      payday_plan_history_push (history, edit);
      if (i == 0)
        after_one = to_data (plan);
    }

  payday_plan_history_mark_saved (history, payday_plan_history_get_position (history));
  g_assert_false (payday_plan_history_is_dirty (history));
  g_assert_true (payday_plan_history_undo (history, plan));
  g_assert_true (payday_plan_history_is_dirty (history));
  g_assert_true (payday_plan_history_redo (history, plan));
  g_assert_false (payday_plan_history_is_dirty (history));

  g_assert_true (payday_plan_history_undo (history, plan));
  g_assert_true (payday_plan_history_undo (history, plan));
  g_assert_true (payday_plan_history_can_redo (history));

  /* A new edit drops what was undone; the saved position is gone for good. */
  edit = payday_plan_edit_new ("Another edit");
  random_edit (edit, plan, rand);
  payday_plan_history_push (history, edit);
  g_assert_false (payday_plan_history_can_redo (history));
  g_assert_cmpstr (payday_plan_history_get_undo_label (history), ==, "Another edit");
  g_assert_true (payday_plan_history_is_dirty (history));

  g_assert_true (payday_plan_history_undo (history, plan));
  {
    g_autofree char *data = to_data (plan);

    g_assert_cmpstr (data, ==, after_one);
  }
  g_assert_true (payday_plan_history_is_dirty (history));
  g_assert_true (payday_plan_history_undo (history, plan));
  {
    g_autofree char *data = to_data (plan);

    g_assert_cmpstr (data, ==, start);
  }
  g_assert_null (payday_plan_history_get_undo_label (history));

  /* An edit with no steps is not a command. */
  payday_plan_history_push (history, payday_plan_edit_new ("Nothing"));
  g_assert_false (payday_plan_history_can_undo (history));
}

static void
test_helpers (void)
{
  g_autoptr(PaydayPlan) plan = load_sample ();
  PaydayContract c;
  PaydayDate monday = payday_date_from_ymd (2026, 3, 2);
  g_autofree char *id = payday_plan_new_contract_id (plan);

  g_assert_cmpint (payday_plan_find_contract_index (plan, id), ==, -1);
  g_assert_cmpint (payday_plan_find_contract_index (plan,
                     g_array_index (plan->contracts, PaydayContract, 1).id), ==, 1);

  payday_contract_init (&c, PAYDAY_CONTRACT_HOURLY);
  g_assert_cmpint (payday_contract_next_week_start (&c, TODAY), ==, monday);
  c.start = payday_date_from_ymd (2026, 1, 7);
  g_assert_cmpint (payday_contract_next_week_start (&c, TODAY), ==,
                   payday_date_from_ymd (2026, 1, 5));
  g_assert_cmpuint (payday_contract_add_week (&c, monday), ==, 0);
  g_assert_cmpuint (payday_contract_add_week (&c, monday - 14), ==, 0);
  g_assert_cmpint (payday_contract_next_week_start (&c, TODAY), ==, monday + 7);
  g_assert_cmpuint (payday_contract_add_week (&c, monday - 7), ==, 1);
  g_assert_cmpint (g_array_index (c.weeks, PaydayWeek, 2).week_start, ==, monday);
  payday_contract_clear (&c);

  g_assert_true (payday_plan_client_in_use (plan,
                   g_array_index (plan->contracts, PaydayContract, 0).client));
  g_assert_false (payday_plan_client_in_use (plan, "no-such-client"));
}

/* Commands name entities by id: one command of several operations is one undo step, and
 * a command refused half-way leaves the plan and the history as they were. */
static void
test_command_by_id (void)
{
  g_autoptr(PaydayDocument) document = payday_document_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PaydayCommand) command = NULL;
  g_autoptr(PaydayCommand) refused = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *first_id = NULL;
  g_autofree char *last_id = NULL;
  PaydayPlanHeader *header;
  PaydayPlan *plan;
  PaydayContract copy;
  PaydayClient client = { 0 };
  guint n;

  g_assert_true (payday_document_load_sample (document, TODAY, &error));
  g_assert_no_error (error);
  plan = payday_document_get_plan (document);
  n = plan->contracts->len;
  before = to_data (plan);
  first_id = g_strdup (g_array_index (plan->contracts, PaydayContract, 0).id);
  last_id = g_strdup (g_array_index (plan->contracts, PaydayContract, n - 1).id);

  /* Rename the last contract, duplicate it after the first, add a client, rename the plan. */
  command = payday_command_new ("Several");
  payday_contract_copy_into (&copy, &g_array_index (plan->contracts, PaydayContract, n - 1));
  g_free (copy.title);
  copy.title = g_strdup ("Renamed");
  payday_command_replace_contract (command, last_id, &copy);
  g_free (copy.id);
  copy.id = payday_plan_new_contract_id (plan);
  payday_command_add_contract (command, &copy, first_id);
  client.id = g_strdup ("new-client");
  client.name = g_strdup ("New");
  payday_command_add_client (command, &client);
  header = payday_document_dup_part (document, PAYDAY_PLAN_PART_HEADER);
  g_free (header->name);
  header->name = g_strdup ("Commanded");
  payday_command_take_part (command, PAYDAY_PLAN_PART_HEADER, header);

  g_assert_true (payday_document_run (document, command, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (plan->contracts->len, ==, n + 1);
  g_assert_cmpstr (g_array_index (plan->contracts, PaydayContract, 1).id, ==, copy.id);
  g_assert_cmpstr (payday_document_find_contract (document, last_id)->title, ==, "Renamed");
  g_assert_nonnull (payday_plan_find_client (plan, "new-client"));
  g_assert_cmpstr (plan->name, ==, "Commanded");
  g_assert_cmpstr (payday_document_get_undo_label (document), ==, "Several");
  after = to_data (plan);

  /* A later operation names nothing: the earlier ones are undone, nothing is recorded. */
  refused = payday_command_new ("Refused");
  payday_command_remove_contract (refused, first_id);
  payday_command_replace_contract (refused, "no-such-contract", &copy);
  g_assert_false (payday_document_run (document, refused, &error));
  g_assert_error (error, PAYDAY_ERROR, PAYDAY_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpstr (payday_document_get_undo_label (document), ==, "Several");
  {
    g_autofree char *now = to_data (plan);

    g_assert_cmpstr (now, ==, after);
  }

  /* A client still in use, and a taken id, are refused too. */
  g_clear_pointer (&refused, payday_command_free);
  refused = payday_command_new ("Refused");
  payday_command_remove_client (refused, g_array_index (plan->contracts, PaydayContract, 0).client);
  g_assert_false (payday_document_run (document, refused, &error));
  g_assert_error (error, PAYDAY_ERROR, PAYDAY_ERROR_INVALID);
  g_clear_error (&error);
  g_clear_pointer (&refused, payday_command_free);
  refused = payday_command_new ("Refused");
  payday_command_add_contract (refused, &copy, NULL);
  g_assert_false (payday_document_run (document, refused, &error));
  g_assert_error (error, PAYDAY_ERROR, PAYDAY_ERROR_INVALID);
  g_clear_error (&error);

  /* One undo takes the whole command back; redo makes it again. */
  g_assert_true (payday_document_undo (document));
  {
    g_autofree char *now = to_data (plan);

    g_assert_cmpstr (now, ==, before);
  }
  g_assert_true (payday_document_redo (document));
  {
    g_autofree char *now = to_data (plan);

    g_assert_cmpstr (now, ==, after);
  }

  payday_contract_clear (&copy);
  payday_client_clear (&client);
}

/* The per-contract figures the pages read equal what the schedule says, item by item. */
static void
test_contract_facts (void)
{
  g_autoptr(PaydayDocument) document = payday_document_new ();
  g_autoptr(GError) error = NULL;
  const PaydaySummary *summary;
  PaydaySchedule *schedule;
  PaydayPlan *plan;
  GArray *facts;
  PaydayCents waiting = 0;

  g_assert_true (payday_document_load_sample (document, TODAY, &error));
  plan = payday_document_get_plan (document);
  schedule = payday_document_get_schedule (document);
  summary = payday_document_get_summary (document);
  facts = payday_document_get_contract_facts (document);
  g_assert_cmpuint (facts->len, ==, plan->contracts->len);

  for (guint c = 0; c < plan->contracts->len; c++)
    {
      const PaydayContract *contract = &g_array_index (plan->contracts, PaydayContract, c);
      const PaydayContractFacts *f = &g_array_index (facts, PaydayContractFacts, c);
      PaydayDate next = PAYDAY_DATE_NONE;
      PaydayCents next_net = 0;

      for (guint i = 0; i < schedule->items->len; i++)
        {
          const PaydayItem *item = &g_array_index (schedule->items, PaydayItem, i);

          if (item->contract_index != c || item->available_on <= TODAY)
            continue;
          if (!payday_date_is_set (next) || item->available_on < next)
            next = item->available_on, next_net = 0;
          if (item->available_on == next)
            next_net += item->net_cents;
        }
      g_assert_cmpint (f->next_date, ==, next);
      g_assert_cmpint (f->next_net, ==, next_net);
      waiting += f->waiting_net;

      if (payday_date_is_set (contract->end) && contract->end <= TODAY)
        g_assert_cmpint (f->state, ==, PAYDAY_CONTRACT_ENDED);
      else if (payday_date_is_set (contract->start) && contract->start > TODAY)
        g_assert_cmpint (f->state, ==, PAYDAY_CONTRACT_STARTS_LATER);
      else
        g_assert_cmpint (f->state, ==, PAYDAY_CONTRACT_ACTIVE);
      if (contract->type == PAYDAY_CONTRACT_HOURLY)
        g_assert_cmpint (f->amount_cents, ==, contract->rate_cents);
    }

  /* The contracts' waiting money adds up to the three not-yet-available totals. */
  g_assert_cmpint (waiting, ==, summary->totals[PAYDAY_STATUS_IN_PROGRESS] +
                                summary->totals[PAYDAY_STATUS_IN_REVIEW] +
                                summary->totals[PAYDAY_STATUS_PENDING]);
  g_assert_cmpint (waiting, >, 0);
}

/* A contract's weeks, milestones and bonuses are addressed by the contract's id and their
 * own key; a refused change leaves the plan as it was, and undo restores the part. */
static void
test_command_contract_parts (void)
{
  g_autoptr(PaydayDocument) document = payday_document_new ();
  g_autoptr(GError) error = NULL;
  PaydayPlan *plan;
  const PaydayContract *hourly = NULL;
  const PaydayContract *fixed = NULL;
  g_autofree char *hourly_id = NULL;
  g_autofree char *fixed_id = NULL;
  g_autofree char *milestone_id = NULL;
  g_autofree char *before = NULL;
  PaydayWeek week;
  PaydayMilestone milestone;
  PaydayBonus bonus = { 0, };
  guint n_weeks;
  guint n_milestones;

  g_assert_true (payday_document_load_sample (document, TODAY, &error));
  plan = payday_document_get_plan (document);
  for (guint i = 0; i < plan->contracts->len; i++)
    {
      const PaydayContract *c = &g_array_index (plan->contracts, PaydayContract, i);

      if (c->type == PAYDAY_CONTRACT_HOURLY && c->weeks->len > 0 && hourly == NULL)
        hourly = c;
      if (c->type == PAYDAY_CONTRACT_FIXED && c->milestones->len > 0 && fixed == NULL)
        fixed = c;
    }
  g_assert_nonnull (hourly);
  g_assert_nonnull (fixed);
  hourly_id = g_strdup (hourly->id);
  fixed_id = g_strdup (fixed->id);
  n_weeks = hourly->weeks->len;
  n_milestones = fixed->milestones->len;
  before = to_data (plan);

  /* A week by its start: its hours change, the other weeks stay. */
  {
    g_autoptr(PaydayCommand) command = payday_command_new ("Hours");

    week = g_array_index (hourly->weeks, PaydayWeek, 0);
    week.hours = 1234;
    week.manual_hours = week.disputed_hours = 0;
    payday_command_set_week (command, hourly_id, &week);
    g_assert_true (payday_document_run (document, command, &error));
    g_assert_no_error (error);
    hourly = payday_document_find_contract (document, hourly_id);
    g_assert_cmpint (g_array_index (hourly->weeks, PaydayWeek, 0).hours, ==, 1234);
    g_assert_cmpuint (hourly->weeks->len, ==, n_weeks);
  }

  /* A week with a new start is added in date order; removing it takes it away. */
  {
    g_autoptr(PaydayCommand) add = payday_command_new ("Add Week");
    g_autoptr(PaydayCommand) remove = payday_command_new ("Delete Week");
    PaydayDate later = g_array_index (hourly->weeks, PaydayWeek, n_weeks - 1).week_start + 7;

    week = (PaydayWeek) { later, 500, 0, 0, PAYDAY_DISPUTE_PENDING, NULL };
    payday_command_set_week (add, hourly_id, &week);
    g_assert_true (payday_document_run (document, add, &error));
    g_assert_no_error (error);
    hourly = payday_document_find_contract (document, hourly_id);
    g_assert_cmpuint (hourly->weeks->len, ==, n_weeks + 1);
    g_assert_cmpint (g_array_index (hourly->weeks, PaydayWeek, n_weeks).week_start, ==, later);

    payday_command_remove_week (remove, hourly_id, later);
    g_assert_true (payday_document_run (document, remove, &error));
    hourly = payday_document_find_contract (document, hourly_id);
    g_assert_cmpuint (hourly->weeks->len, ==, n_weeks);
  }

  /* Milestones and bonuses by their ids within the contract. */
  {
    g_autoptr(PaydayCommand) add = payday_command_new ("Add Milestone");
    g_autoptr(PaydayCommand) replace = payday_command_new ("Rename Milestone");
    g_autoptr(PaydayCommand) remove = payday_command_new ("Delete Milestone");
    g_autoptr(PaydayCommand) add_bonus = payday_command_new ("Add Bonus");

    milestone = g_array_index (fixed->milestones, PaydayMilestone, 0);
    milestone_id = payday_contract_new_milestone_id (fixed);
    milestone.id = milestone_id;
    milestone.title = (char *) "Extra";
    milestone.extra = NULL;
    payday_command_add_milestone (add, fixed_id, &milestone);
    g_assert_true (payday_document_run (document, add, &error));
    g_assert_no_error (error);
    fixed = payday_document_find_contract (document, fixed_id);
    g_assert_cmpuint (fixed->milestones->len, ==, n_milestones + 1);
    g_assert_cmpstr (g_array_index (fixed->milestones, PaydayMilestone, n_milestones).id, ==, milestone_id);

    milestone.title = (char *) "Renamed";
    payday_command_replace_milestone (replace, fixed_id, &milestone);
    g_assert_true (payday_document_run (document, replace, &error));
    fixed = payday_document_find_contract (document, fixed_id);
    g_assert_cmpstr (g_array_index (fixed->milestones, PaydayMilestone, n_milestones).title, ==, "Renamed");

    payday_command_remove_milestone (remove, fixed_id, milestone_id);
    g_assert_true (payday_document_run (document, remove, &error));
    fixed = payday_document_find_contract (document, fixed_id);
    g_assert_cmpuint (fixed->milestones->len, ==, n_milestones);

    bonus.id = (char *) "b-test";
    bonus.date = TODAY;
    bonus.amount_cents = 5000;
    payday_command_add_bonus (add_bonus, fixed_id, &bonus);
    g_assert_true (payday_document_run (document, add_bonus, &error));
    fixed = payday_document_find_contract (document, fixed_id);
    g_assert_cmpstr (g_array_index (fixed->bonuses, PaydayBonus, fixed->bonuses->len - 1).id, ==, "b-test");
  }

  /* Refused: a week of a fixed-price contract, a milestone that is not there, a taken id. */
  {
    g_autoptr(PaydayCommand) week_of_fixed = payday_command_new ("Hours");
    g_autoptr(PaydayCommand) missing = payday_command_new ("Delete Milestone");
    g_autoptr(PaydayCommand) taken = payday_command_new ("Add Bonus");
    g_autofree char *now = to_data (plan);
    g_autofree char *after = NULL;

    week = (PaydayWeek) { payday_date_monday_of (TODAY), 100, 0, 0, PAYDAY_DISPUTE_PENDING, NULL };
    payday_command_set_week (week_of_fixed, fixed_id, &week);
    g_assert_false (payday_document_run (document, week_of_fixed, &error));
    g_assert_error (error, PAYDAY_ERROR, PAYDAY_ERROR_INVALID);
    g_clear_error (&error);

    payday_command_remove_milestone (missing, fixed_id, "no-such-milestone");
    g_assert_false (payday_document_run (document, missing, &error));
    g_assert_error (error, PAYDAY_ERROR, PAYDAY_ERROR_NOT_FOUND);
    g_clear_error (&error);

    payday_command_add_bonus (taken, fixed_id, &bonus);
    g_assert_false (payday_document_run (document, taken, &error));
    g_assert_error (error, PAYDAY_ERROR, PAYDAY_ERROR_INVALID);
    g_clear_error (&error);

    after = to_data (plan);
    g_assert_cmpstr (now, ==, after);
  }

  /* Undo walks every step back to the plan as loaded. */
  while (payday_document_can_undo (document))
    g_assert_true (payday_document_undo (document));
  {
    g_autofree char *undone = to_data (plan);

    g_assert_cmpstr (undone, ==, before);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/payday/document/undo-random", test_undo_random);
  g_test_add_func ("/payday/document/undo-all-kinds", test_undo_all_kinds);
  g_test_add_func ("/payday/document/undo-merge", test_merge);
  g_test_add_func ("/payday/document/undo-then-edit", test_undo_then_edit);
  g_test_add_func ("/payday/document/edit-helpers", test_helpers);
  g_test_add_func ("/payday/document/command-by-id", test_command_by_id);
  g_test_add_func ("/payday/document/contract-facts", test_contract_facts);
  g_test_add_func ("/payday/document/command-contract-parts", test_command_contract_parts);

  return g_test_run ();
}
