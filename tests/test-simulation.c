/* test-simulation.c — the Monte Carlo cash simulation and its `.sim.json`
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "payday-simulation.h"
#include "payday-simulation-private.h"
#include "core-test-util.h"

static PaydayRules *upwork;

static void
zero_probabilities (PaydaySimulation *s)
{
  s->approve_early_probability = 0;
  s->dispute_probability = 0;
  s->pay_less_probability = 0;
  s->proposal_rate_per_week = 0;
}

/* Today is Monday 2026-03-02 (edition 2025-05-01: 10 %, review 5 + hold 5, fixed 14 + 5).
 * c1: hourly, 3 logged weeks + 20 h a week projected to the end of June, a bonus;
 * c2: fixed, one milestone available, one in review, one projected from its due date;
 * c3: hourly with no work (no item: not listed). */
static PaydayPlan *
sample_plan (void)
{
  PaydayPlan *plan = payday_plan_new ();
  PaydayContract *c;

  plan->today = D ("2026-03-02");

  c = payday_test_add_contract (plan, "c1", NULL, PAYDAY_CONTRACT_HOURLY, 2500);
  payday_test_add_week (c, "2026-02-09", 1000, 0, PAYDAY_DISPUTE_PAID);
  payday_test_add_week (c, "2026-02-16", 1000, 0, PAYDAY_DISPUTE_PAID);
  payday_test_add_week (c, "2026-02-23", 1250, 0, PAYDAY_DISPUTE_PAID);
  c->planned_hours_per_week = 2000;
  c->end = D ("2026-06-29");
  payday_test_add_bonus (c, "b1", "2026-03-05", 10000);

  c = payday_test_add_contract (plan, "c2", NULL, PAYDAY_CONTRACT_FIXED, 0);
  payday_test_add_milestone (c, "m0", 30000, "2026-01-02", NULL, "2026-01-10", "2026-01-12");
  payday_test_add_milestone (c, "m1", 50000, "2026-02-01", NULL, "2026-02-25", NULL);
  payday_test_add_milestone (c, "m2", 80000, "2026-02-01", "2026-03-20", NULL, NULL);

  payday_test_add_contract (plan, "c3", NULL, PAYDAY_CONTRACT_HOURLY, 4000);

  return plan;
}

static PaydaySimResult *
simulate (PaydayPlan             *plan,
          const PaydaySimulation *settings,
          int                     n_threads)
{
  g_autoptr(PaydaySchedule) schedule = payday_schedule_compute (plan, upwork,
                                                                payday_plan_get_today (plan));
  PaydaySimResult *result = payday_simulation_run (schedule, settings, n_threads, NULL, NULL,
                                                   NULL);

  g_assert_nonnull (result);
  return result;
}

static char *
simulate_json (PaydayPlan             *plan,
               const PaydaySimulation *settings,
               int                     n_threads)
{
  g_autoptr(PaydaySimResult) result = simulate (plan, settings, n_threads);

  return payday_sim_result_to_json (result, NULL);
}

static const PaydaySimContract *
find_contract (const PaydaySimResult *result,
               const char            *id)
{
  for (guint i = 0; i < result->contracts->len; i++)
    {
      const PaydaySimContract *c = &g_array_index (result->contracts, PaydaySimContract, i);

      if (g_str_equal (c->contract_id, id))
        return c;
    }
  g_error ("no contract %s", id);
  return NULL;
}

static void
assert_all_equal_schedule (const PaydaySimResult *r)
{
  for (guint d = 0; d < r->n_days; d++)
    {
      g_assert_cmpint (r->p10[d], ==, r->scheduled[d]);
      g_assert_cmpint (r->p50[d], ==, r->scheduled[d]);
      g_assert_cmpint (r->p90[d], ==, r->scheduled[d]);
    }
}

static PaydaySimulation
busy_settings (void)
{
  PaydaySimulation s;

  payday_simulation_init (&s);
  s.runs = 500;
  s.dispute_probability = 0.2;
  s.pay_less_probability = 0.3;
  s.proposal_rate_per_week = 3;
  s.win_rate = 0.2;
  return s;
}

/* ---------------------------------------------------------------------------------------- */

static void
test_same_seed_same_bytes (void)
{
  g_autoptr(PaydayPlan) plan = sample_plan ();
  PaydaySimulation s = busy_settings ();
  g_autofree char *a = simulate_json (plan, &s, 2);
  g_autofree char *b = simulate_json (plan, &s, 2);

  g_assert_cmpstr (a, ==, b);
}

static void
test_threads_same_bytes (void)
{
  g_autoptr(PaydayPlan) plan = sample_plan ();
  PaydaySimulation s = busy_settings ();
  g_autofree char *one = NULL;
  g_autofree char *two = NULL;
  g_autofree char *five = NULL;

  s.runs = 1001;                            /* not a multiple of the chunk size */
  one = simulate_json (plan, &s, 1);
  two = simulate_json (plan, &s, 2);
  five = simulate_json (plan, &s, 5);
  g_assert_cmpstr (one, ==, two);
  g_assert_cmpstr (one, ==, five);
}

static void
test_seed_differs (void)
{
  g_autoptr(PaydayPlan) plan = sample_plan ();
  PaydaySimulation s = busy_settings ();
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autofree char *head = NULL;

  a = simulate_json (plan, &s, 2);
  s.seed = 43;
  b = simulate_json (plan, &s, 2);
  g_assert_cmpstr (a, !=, b);

  /* …and not merely in the "seed" member */
  head = g_strdup_printf ("\"seed\": 43");
  g_assert_nonnull (strstr (b, head));
  g_assert_cmpstr (strstr (a, "\"from\""), !=, strstr (b, "\"from\""));
}

static void
test_zero_probabilities (void)
{
  g_autoptr(PaydayPlan) plan = sample_plan ();
  g_autoptr(PaydaySchedule) schedule = payday_schedule_compute (plan, upwork, plan->today);
  g_autoptr(PaydaySimResult) r = NULL;
  PaydaySimulation s;
  PaydaySummary summary;

  payday_simulation_init (&s);
  zero_probabilities (&s);
  s.runs = 300;
  r = payday_simulation_run (schedule, &s, 2, NULL, NULL, NULL);
  g_assert_nonnull (r);

  g_assert_cmpuint (r->n_days, ==, 366);
  g_assert_cmpint (r->from, ==, D ("2026-03-02"));
  g_assert_cmpint (r->to, ==, D ("2027-03-02"));
  assert_all_equal_schedule (r);

  /* scheduled on today = the summary's available total */
  payday_summary_compute (schedule, &summary);
  g_assert_cmpint (r->scheduled[0], ==, summary.totals[PAYDAY_STATUS_AVAILABLE]);
  g_assert_cmpint (r->scheduled[0], >, 0);

  /* and at the end, every item's net (they all land within the year) */
  {
    PaydayCents all = 0;

    for (guint i = 0; i < schedule->items->len; i++)
      all += g_array_index (schedule->items, PaydayItem, i).net_cents;
    g_assert_cmpint (r->scheduled[r->n_days - 1], ==, all);
  }
}

static void
test_ordered (void)
{
  g_autoptr(PaydayPlan) plan = sample_plan ();
  PaydaySimulation s = busy_settings ();
  g_autoptr(PaydaySimResult) r = NULL;
  gboolean spread = FALSE;

  s.approve_early_probability = 0.5;
  r = simulate (plan, &s, 2);

  for (guint d = 0; d < r->n_days; d++)
    {
      g_assert_cmpint (r->p10[d], <=, r->p50[d]);
      g_assert_cmpint (r->p50[d], <=, r->p90[d]);
      if (d > 0)
        {
          g_assert_cmpint (r->scheduled[d - 1], <=, r->scheduled[d]);
          g_assert_cmpint (r->p10[d - 1], <=, r->p10[d]);
          g_assert_cmpint (r->p50[d - 1], <=, r->p50[d]);
          g_assert_cmpint (r->p90[d - 1], <=, r->p90[d]);
        }
      spread |= r->p10[d] < r->p90[d];
    }
  g_assert_true (spread);
}

static void
test_early_approval (void)
{
  g_autoptr(PaydayPlan) plan = sample_plan ();
  g_autoptr(PaydaySimResult) r = NULL;
  PaydaySimulation s;
  gboolean earlier = FALSE;

  payday_simulation_init (&s);
  zero_probabilities (&s);
  s.runs = 400;
  s.approve_early_probability = 0.9;
  r = simulate (plan, &s, 2);

  /* Early approval only moves money earlier: every run is at least the schedule, so
   * even P10 is; P90 is above it on some day. The total does not change. */
  for (guint d = 0; d < r->n_days; d++)
    {
      g_assert_cmpint (r->p10[d], >=, r->scheduled[d]);
      g_assert_cmpint (r->p90[d], >=, r->scheduled[d]);
      earlier |= r->p90[d] > r->scheduled[d];
    }
  g_assert_true (earlier);
  g_assert_cmpint (r->p10[r->n_days - 1], ==, r->scheduled[r->n_days - 1]);

  /* c2 without early approval: m0 7 days (approved 01-12, submitted 01-10), m1 and m2
   * 19 days (14 review + 5 hold). Approved early, m2 (projected on 03-20) can be cash 5
   * days after submission; m1, waiting since 02-25, no sooner than tomorrow + 5 = 11. */
  {
    const PaydaySimContract *c2 = find_contract (r, "c2");

    g_assert_cmpint (c2->p10, >=, 5);
    g_assert_cmpint (c2->p10, <, 7);
    g_assert_cmpint (c2->p90, <, 19);
  }
}

static void
test_early_approval_exact (void)
{
  g_autoptr(PaydayPlan) plan = payday_plan_new ();
  g_autoptr(PaydaySimResult) r = NULL;
  PaydayContract *c;
  PaydaySimulation s;

  plan->today = D ("2026-03-02");
  c = payday_test_add_contract (plan, "f", NULL, PAYDAY_CONTRACT_FIXED, 0);
  payday_test_add_milestone (c, "m", 50000, "2026-02-01", NULL, "2026-02-28", NULL);

  /* Certain approval with a zero delay: the first day after today, 03-03; + 5 days hold */
  payday_simulation_init (&s);
  zero_probabilities (&s);
  s.runs = 50;
  s.horizon_days = 30;
  s.approve_early_probability = 1;
  s.approve_early_mean_days = 0;
  r = simulate (plan, &s, 1);

  g_assert_cmpint (r->p90[5], ==, 0);     /* 03-07 */
  g_assert_cmpint (r->p10[6], ==, 45000); /* 03-08 */
  g_assert_cmpint (r->scheduled[6], ==, 0);
  g_assert_cmpint (r->scheduled[17], ==, 45000); /* auto-release 03-14 + 5 = 03-19 */
  g_assert_cmpint (r->scheduled[16], ==, 0);
  g_assert_cmpint (find_contract (r, "f")->p10, ==, 8); /* 02-28 → 03-08 */
  g_assert_cmpint (find_contract (r, "f")->p90, ==, 8);
}

static void
test_disputes (void)
{
  g_autoptr(PaydayPlan) plan = sample_plan ();
  g_autoptr(PaydaySimResult) r = NULL;
  PaydaySimulation s;
  guint last;

  payday_simulation_init (&s);
  zero_probabilities (&s);
  s.runs = 400;
  s.dispute_probability = 0.3;
  r = simulate (plan, &s, 2);
  last = r->n_days - 1;

  for (guint d = 0; d < r->n_days; d++)
    g_assert_cmpint (r->p90[d], <=, r->scheduled[d]);
  g_assert_cmpint (r->p10[last], <, r->scheduled[last]);
  /* money already released is out of the client's reach */
  g_assert_cmpint (r->p10[0], ==, r->scheduled[0]);
}

/* Fee treatment on a milestone of $500.00 at 10 %. */
static void
test_dispute_and_pay_less_amounts (void)
{
  g_autoptr(PaydayPlan) plan = payday_plan_new ();
  PaydayContract *c;
  PaydaySimulation s;

  plan->today = D ("2026-03-02");
  c = payday_test_add_contract (plan, "f", NULL, PAYDAY_CONTRACT_FIXED, 0);
  payday_test_add_milestone (c, "m", 50000, "2026-02-01", NULL, "2026-02-28", NULL);

  payday_simulation_init (&s);
  zero_probabilities (&s);
  s.runs = 20;
  s.horizon_days = 40;

  {
    g_autoptr(PaydaySimResult) r = NULL;

    s.dispute_probability = 1;
    s.dispute_refund_share = 0.5;           /* paid 25000, fee 2500 */
    r = simulate (plan, &s, 1);
    g_assert_cmpint (r->scheduled[40], ==, 45000);
    g_assert_cmpint (r->p10[40], ==, 22500);
    g_assert_cmpint (r->p90[40], ==, 22500);
  }
  {
    g_autoptr(PaydaySimResult) r = NULL;

    s.dispute_probability = 0;
    s.pay_less_probability = 1;
    s.pay_less_share = 0.8;                 /* paid 40000, fee 4000 */
    r = simulate (plan, &s, 1);
    g_assert_cmpint (r->p50[40], ==, 36000);
  }
  {
    g_autoptr(PaydaySimResult) r = NULL;

    s.dispute_probability = 1;
    s.dispute_refund_share = 0.25;          /* 40000 − 10000 = 30000, fee 3000 */
    r = simulate (plan, &s, 1);
    g_assert_cmpint (r->p50[40], ==, 27000);
  }
  {
    g_autoptr(PaydaySimResult) r = NULL;

    s.pay_less_share = 0.33333;             /* 3333 bp: 16665, fee 1667 (half up) */
    s.dispute_probability = 0;
    r = simulate (plan, &s, 1);
    g_assert_cmpint (r->p50[40], ==, 16665 - 1667);
  }
}

static void
test_pipeline (void)
{
  g_autoptr(PaydayPlan) plan = sample_plan ();
  g_autoptr(PaydaySimResult) r = NULL;
  PaydaySimulation s;
  guint last;

  payday_simulation_init (&s);
  zero_probabilities (&s);
  s.runs = 400;
  s.proposal_rate_per_week = 5;
  s.win_rate = 0.2;
  s.avg_contract_cents = 100000;
  r = simulate (plan, &s, 2);
  last = r->n_days - 1;

  for (guint d = 0; d < r->n_days; d++)
    g_assert_cmpint (r->p10[d], >=, r->scheduled[d]);
  /* about one win a week for ~47 weeks at $900 net each */
  g_assert_cmpint (r->p50[last] - r->scheduled[last], >, 30 * 90000);
  g_assert_cmpint (r->p50[last] - r->scheduled[last], <, 70 * 90000);
  g_assert_cmpint (r->p10[last], <, r->p90[last]);
  /* the first hires (today + 7) cannot pay before today + 7 + 14 + 5 */
  g_assert_cmpint (r->p90[25], ==, r->scheduled[25]);
  /* amounts are whole contracts' nets: $1,000 at 10 % */
  g_assert_cmpint ((r->p50[last] - r->scheduled[last]) % 90000, ==, 0);
  /* pipeline contracts are not listed */
  g_assert_cmpuint (r->contracts->len, ==, 2);
}

typedef struct
{
  GCancellable *cancellable;
  guint         calls;
} Cancel;

static void
cancel_on_progress (double   fraction,
                    gpointer user_data)
{
  Cancel *c = user_data;

  g_assert_cmpfloat (fraction, <, 0.5);
  c->calls++;
  g_cancellable_cancel (c->cancellable);
}

typedef struct
{
  guint  calls;
  double last;
} Progress;

static void
record_progress (double   fraction,
                 gpointer user_data)
{
  Progress *p = user_data;

  g_assert_cmpfloat (fraction, >=, p->last);
  p->last = fraction;
  p->calls++;
}

static void
test_cancel (void)
{
  g_autoptr(PaydayPlan) plan = sample_plan ();
  g_autoptr(PaydaySchedule) schedule = payday_schedule_compute (plan, upwork, plan->today);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GCancellable) already = g_cancellable_new ();
  PaydaySimulation s = busy_settings ();
  Progress p = { 0, 0 };
  Cancel cancel = { cancellable, 0 };
  PaydaySimResult *r;
  gint64 start;

  s.runs = 200000;
  s.horizon_days = 60;
  start = g_get_monotonic_time ();
  r = payday_simulation_run (schedule, &s, 2, cancellable, cancel_on_progress, &cancel);
  g_assert_null (r);
  /* cancelled at the first report (about 1 %): no later report, not even the final 1.0 */
  g_assert_cmpuint (cancel.calls, ==, 1);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 20 * G_USEC_PER_SEC);

  g_cancellable_cancel (already);
  g_assert_null (payday_simulation_run (schedule, &s, 2, already, NULL, NULL));

  /* without cancelling: progress rises, ends at 1, throttled */
  s.runs = 3000;
  s.horizon_days = 365;
  r = payday_simulation_run (schedule, &s, 2, NULL, record_progress, &p);
  g_assert_nonnull (r);
  g_assert_cmpfloat (p.last, ==, 1.0);
  g_assert_cmpuint (p.calls, >=, 2);
  g_assert_cmpuint (p.calls, <=, 102);
  payday_sim_result_free (r);
}

static void
test_days_to_cash_hourly (void)
{
  g_autoptr(PaydayPlan) plan = payday_plan_new ();
  g_autoptr(PaydaySimResult) r = NULL;
  PaydayContract *c;
  PaydaySimulation s;

  plan->today = D ("2026-03-02");
  c = payday_test_add_contract (plan, "h", NULL, PAYDAY_CONTRACT_HOURLY, 3000);
  payday_test_add_week (c, "2026-02-16", 1000, 0, PAYDAY_DISPUTE_PAID);         /* Sunday 02-22 → available 03-04 */
  payday_test_add_week (c, "2026-02-23", 500, 0, PAYDAY_DISPUTE_PAID);          /* Sunday 03-01 → available 03-11 */

  payday_simulation_init (&s);
  zero_probabilities (&s);
  s.runs = 100;
  r = simulate (plan, &s, 2);

  g_assert_cmpuint (r->contracts->len, ==, 1);
  g_assert_cmpint (find_contract (r, "h")->p10, ==, 10);
  g_assert_cmpint (find_contract (r, "h")->p50, ==, 10);
  g_assert_cmpint (find_contract (r, "h")->p90, ==, 10);
  g_assert_cmpint (r->scheduled[1], ==, 0);
  g_assert_cmpint (r->scheduled[2], ==, 27000);
  g_assert_cmpint (r->scheduled[9], ==, 27000 + 13500);
  assert_all_equal_schedule (r);

  /* The sample plan's c1 mixes weeks (10 days) and a bonus (5 days) */
  {
    g_autoptr(PaydayPlan) sample = sample_plan ();
    g_autoptr(PaydaySimResult) rs = simulate (sample, &s, 1);
    const PaydaySimContract *c1 = find_contract (rs, "c1");

    g_assert_cmpint (c1->p10, ==, 10);
    g_assert_cmpint (c1->p90, ==, 10);
    g_assert_cmpstr (g_array_index (rs->contracts, PaydaySimContract, 0).contract_id, ==, "c1");
    g_assert_cmpint (find_contract (rs, "c2")->p50, ==, 19);
  }
}

/* A matrix budget of 10 days' worth replays every run 37 times: same bytes. */
static void
test_multi_pass (void)
{
  g_autoptr(PaydayPlan) plan = sample_plan ();
  PaydaySimulation s = busy_settings ();
  g_autofree char *one = NULL;
  g_autofree char *many = NULL;

  s.approve_early_probability = 0.5;
  s.runs = 300;
  one = simulate_json (plan, &s, 2);
  payday_simulation_set_matrix_budget ((gsize) s.runs * sizeof (PaydayCents) * 10);
  many = simulate_json (plan, &s, 2);
  payday_simulation_set_matrix_budget (1);  /* one day a pass */
  {
    g_autofree char *daily = simulate_json (plan, &s, 1);

    g_assert_cmpstr (one, ==, daily);
  }
  payday_simulation_set_matrix_budget (0);
  g_assert_cmpstr (one, ==, many);
}

static void
test_json_shape (void)
{
  g_autoptr(PaydayPlan) plan = payday_plan_new ();
  g_autoptr(PaydaySimResult) r = NULL;
  g_autofree char *json = NULL;
  PaydayContract *c;
  PaydaySimulation s;
  gsize len = 0;

  plan->today = D ("2026-03-02");
  c = payday_test_add_contract (plan, "h \"1\"", NULL, PAYDAY_CONTRACT_HOURLY, 3000);
  payday_test_add_week (c, "2026-02-16", 1000, 0, PAYDAY_DISPUTE_PAID);

  payday_simulation_init (&s);
  zero_probabilities (&s);
  s.runs = 7;
  s.seed = -5;
  s.horizon_days = 2;
  r = simulate (plan, &s, 1);
  json = payday_sim_result_to_json (r, &len);

  g_assert_cmpuint (len, ==, strlen (json));
  g_assert_cmpstr (json, ==,
                   "{\n"
                   "  \"runs\": 7,\n"
                   "  \"seed\": -5,\n"
                   "  \"from\": \"2026-03-02\",\n"
                   "  \"to\": \"2026-03-04\",\n"
                   "  \"days\": [\n"
                   "    { \"date\": \"2026-03-02\", \"scheduled\": 0, \"p10\": 0, \"p50\": 0, \"p90\": 0 },\n"
                   "    { \"date\": \"2026-03-03\", \"scheduled\": 0, \"p10\": 0, \"p50\": 0, \"p90\": 0 },\n"
                   "    { \"date\": \"2026-03-04\", \"scheduled\": 27000, \"p10\": 27000, \"p50\": 27000, \"p90\": 27000 }\n"
                   "  ],\n"
                   "  \"contracts\": [\n"
                   "    { \"id\": \"h \\\"1\\\"\", \"days_to_cash\": { \"p10\": 10, \"p50\": 10, \"p90\": 10 } }\n"
                   "  ]\n"
                   "}\n");

  /* and it is JSON that json-glib reads back */
  {
    g_autoptr(JsonParser) parser = json_parser_new ();
    g_autoptr(GError) error = NULL;
    JsonObject *root;

    json_parser_load_from_data (parser, json, (gssize) len, &error);
    g_assert_no_error (error);
    root = json_node_get_object (json_parser_get_root (parser));
    g_assert_cmpint (json_object_get_int_member (root, "runs"), ==, 7);
    g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "days")), ==, 3);
    g_assert_cmpstr (json_object_get_string_member (
                       json_array_get_object_element (
                         json_object_get_array_member (root, "contracts"), 0), "id"), ==, "h \"1\"");
  }
}

static void
test_json_empty_plan (void)
{
  g_autoptr(PaydayPlan) plan = payday_plan_new ();
  g_autoptr(PaydaySimResult) r = NULL;
  g_autofree char *json = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  PaydaySimulation s;

  plan->today = D ("2026-03-02");
  payday_simulation_init (&s);
  s.runs = 3;
  s.horizon_days = 0;
  r = simulate (plan, &s, 2);
  g_assert_cmpuint (r->n_days, ==, 1);
  json = payday_sim_result_to_json (r, NULL);
  json_parser_load_from_data (parser, json, -1, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (json, "\"contracts\": []"));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  upwork = payday_rules_load_builtin ("upwork", &error);
  g_assert_no_error (error);

  g_test_add_func ("/payday/sim/same-seed-same-bytes", test_same_seed_same_bytes);
  g_test_add_func ("/payday/sim/threads-same-bytes", test_threads_same_bytes);
  g_test_add_func ("/payday/sim/seed-differs", test_seed_differs);
  g_test_add_func ("/payday/sim/zero-probabilities", test_zero_probabilities);
  g_test_add_func ("/payday/sim/ordered", test_ordered);
  g_test_add_func ("/payday/sim/early-approval", test_early_approval);
  g_test_add_func ("/payday/sim/early-approval-exact", test_early_approval_exact);
  g_test_add_func ("/payday/sim/disputes", test_disputes);
  g_test_add_func ("/payday/sim/dispute-pay-less-amounts", test_dispute_and_pay_less_amounts);
  g_test_add_func ("/payday/sim/pipeline", test_pipeline);
  g_test_add_func ("/payday/sim/cancel", test_cancel);
  g_test_add_func ("/payday/sim/days-to-cash-hourly", test_days_to_cash_hourly);
  g_test_add_func ("/payday/sim/multi-pass", test_multi_pass);
  g_test_add_func ("/payday/sim/json-shape", test_json_shape);
  g_test_add_func ("/payday/sim/json-empty-plan", test_json_empty_plan);

  status = g_test_run ();
  payday_rules_unref (upwork);
  return status;
}
