/* test-compare.c — the hourly vs fixed-price comparison engine
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "payday-compare.h"
#include "core-test-util.h"

static PaydayRules *upwork;

/* The verdict with the locale-free amounts ("$1,234.56"); freed when the test ends. */
static const char *
verdict_of (const PaydayCompareResult *r)
{
  char *text = payday_compare_result_describe (r, NULL);

  g_test_queue_free (text);
  return text;
}

/* 20 h a week at $50.00 for 4 weeks from Monday 2026-03-02, or $4,000.00 in 2 funded
 * milestones; the flat 10% edition; a client who never approves early, disputes or pays
 * less, so every run is the schedule. */
static void
plain_input (PaydayCompareInput *input)
{
  payday_compare_input_init (input, upwork);
  input->start = D ("2026-03-02");
  input->weeks = 4;
  input->hourly.hours_per_week = 2000;
  input->hourly.rate_cents = 5000;
  input->hourly.weekly_limit_hours = PAYDAY_NONE;
  input->fixed.total_cents = 400000;
  input->fixed.milestones = 2;
  input->fixed.funded = TRUE;
  input->edition = D ("2023-05-03");
  input->behaviour.runs = 200;
  input->behaviour.seed = 7;
  input->behaviour.approve_early_probability = 0;
  input->behaviour.dispute_probability = 0;
  input->behaviour.pay_less_probability = 0;
  input->top_rated = FALSE;
}

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  if (strstr (haystack, needle) == NULL)
    g_error ("“%s” is not in “%s”", needle, haystack);
}

/* A week Monday d … Sunday d+6 is billed Monday d+7, released after the 5-day review on
 * Friday d+11 and available after the 5-day hold on Wednesday d+16: 10 days after its
 * Sunday. Top Rated skips the hold (from the 2020-05-01 edition): 5 days. */
static void
test_days_hourly (void)
{
  g_autoptr(PaydayCompareResult) r = NULL;
  PaydayCompareInput input;
  const PaydayItem *first;

  plain_input (&input);
  r = payday_compare_run (&input, 2, NULL);
  g_assert_nonnull (r);
  g_assert_true (r->hourly.paid);
  g_assert_cmpuint (r->hourly.schedule->items->len, ==, 4);

  first = &g_array_index (r->hourly.schedule->items, PaydayItem, 0);
  g_assert_cmpint (first->period_start, ==, D ("2026-03-02"));
  g_assert_cmpint (first->period_end, ==, D ("2026-03-08"));
  g_assert_cmpint (first->available_on, ==, D ("2026-03-18"));
  g_assert_cmpint (payday_date_weekday (first->available_on), ==, 3);
  g_assert_cmpint (r->hourly.days_median, ==, 10);
  g_assert_cmpint (r->hourly.days_p90, ==, 10);

  input.top_rated = TRUE;
  g_clear_pointer (&r, payday_compare_result_free);
  r = payday_compare_run (&input, 2, NULL);
  g_assert_cmpint (r->hourly.days_median, ==, 5);
  g_assert_cmpint (r->hourly.days_p90, ==, 5);

  /* A start mid-week runs from that week's Monday. */
  input.top_rated = FALSE;
  input.start = D ("2026-03-05");
  g_clear_pointer (&r, payday_compare_result_free);
  r = payday_compare_run (&input, 1, NULL);
  g_assert_cmpint (r->from, ==, D ("2026-03-02"));
  g_assert_cmpint (g_array_index (r->hourly.schedule->items, PaydayItem, 0).available_on, ==,
                   D ("2026-03-18"));
}

/* Two milestones over 28 days: submitted on days 13 and 27, auto-released 14 days later,
 * available after the 5-day hold: 19 days each. */
static void
test_days_fixed (void)
{
  g_autoptr(PaydayCompareResult) r = NULL;
  PaydayCompareInput input;

  plain_input (&input);
  r = payday_compare_run (&input, 2, NULL);
  g_assert_nonnull (r);
  g_assert_cmpuint (r->fixed.schedule->items->len, ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      const PaydayItem *item = &g_array_index (r->fixed.schedule->items, PaydayItem, i);

      g_assert_cmpint (item->period_end, ==, D ("2026-03-02") + 14 * (PaydayDate) i + 13);
      g_assert_cmpint (item->released_on, ==, item->period_end + 14);
      g_assert_cmpint (item->available_on, ==, item->period_end + 19);
      g_assert_cmpint (item->gross_cents, ==, 200000);
      g_assert_false (item->unfunded);
      g_assert_cmpint (item->charged_on, ==, D ("2026-03-02") + 14 * (PaydayDate) i);
    }
  g_assert_cmpint (r->fixed.days_median, ==, 19);
  g_assert_cmpint (r->fixed.days_p90, ==, 19);
  g_assert_cmpint (r->fixed.unprotected_cents, ==, 0);

  /* Three milestones of $4,000.00: the odd cent goes to the last one. */
  input.fixed.milestones = 3;
  g_clear_pointer (&r, payday_compare_result_free);
  r = payday_compare_run (&input, 2, NULL);
  g_assert_cmpint (g_array_index (r->fixed.schedule->items, PaydayItem, 0).gross_cents, ==, 133333);
  g_assert_cmpint (g_array_index (r->fixed.schedule->items, PaydayItem, 2).gross_cents, ==, 133334);
  g_assert_cmpint (r->fixed.gross_cents, ==, 400000);
}

/* Flat 10%: $400.00 on $4,000.00 either way. Sliding (2016-06-21): 20% of the first $500
 * with the client, 10% after: $100.00 + $350.00 = $450.00, for both. */
static void
test_fees (void)
{
  g_autoptr(PaydayCompareResult) flat = NULL;
  g_autoptr(PaydayCompareResult) sliding = NULL;
  PaydayCompareInput input;

  plain_input (&input);
  flat = payday_compare_run (&input, 2, NULL);
  g_assert_cmpint (flat->hourly.gross_cents, ==, 400000);
  g_assert_cmpint (flat->hourly.fee_cents, ==, 40000);
  g_assert_cmpint (flat->hourly.net_cents, ==, 360000);
  g_assert_cmpint (flat->fixed.fee_cents, ==, 40000);
  g_assert_cmpint (flat->fixed.net_cents, ==, 360000);
  assert_contains (verdict_of (flat), "Both pay $3,600.00 net");

  input.edition = D ("2016-06-21");
  sliding = payday_compare_run (&input, 2, NULL);
  g_assert_cmpint (sliding->hourly.fee_cents, ==, 45000);
  g_assert_cmpint (sliding->hourly.net_cents, ==, 355000);
  g_assert_cmpint (sliding->fixed.fee_cents, ==, 45000);
  g_assert_cmpint (sliding->fixed.net_cents, ==, 355000);

  /* The curves end on the net, and the median of a client without surprises is the
   * schedule. */
  g_assert_cmpint (sliding->hourly.scheduled[sliding->n_days - 1], ==, 355000);
  g_assert_cmpint (sliding->fixed.p50[sliding->n_days - 1], ==, 355000);
  for (guint d = 0; d < sliding->n_days; d++)
    {
      g_assert_cmpint (sliding->hourly.p50[d], ==, sliding->hourly.scheduled[d]);
      g_assert_cmpint (sliding->fixed.p10[d], ==, sliding->fixed.scheduled[d]);
    }

  /* A higher fixed price: the verdict gives the difference and its reason. */
  input.edition = D ("2023-05-03");
  input.fixed.total_cents = 413334;
  g_clear_pointer (&flat, payday_compare_result_free);
  flat = payday_compare_run (&input, 2, NULL);
  g_assert_cmpint (flat->fixed.net_cents - flat->hourly.net_cents, ==, 12000);
  assert_contains (verdict_of (flat), "Fixed-price pays $120.00 more net because it bills $133.34 more");
}

/* Never funded: the whole fixed net is unprotected; hourly has none. */
static void
test_unfunded (void)
{
  g_autoptr(PaydayCompareResult) r = NULL;
  PaydayCompareInput input;

  plain_input (&input);
  input.fixed.funded = FALSE;
  r = payday_compare_run (&input, 2, NULL);
  g_assert_cmpint (r->fixed.unprotected_cents, ==, 360000);
  g_assert_cmpint (r->hourly.unprotected_cents, ==, 0);
  g_assert_true (g_array_index (r->fixed.schedule->items, PaydayItem, 0).unfunded);
  assert_contains (verdict_of (r), "keeps no money at risk");
  assert_contains (verdict_of (r), "fixed-price leaves $3,600.00 unprotected");
}

/* Waiting at peak: two hourly weeks overlap (week 1 waits days 6–15, week 2 from day 13);
 * both milestones wait on days 27–31. */
static void
test_waiting (void)
{
  g_autoptr(PaydayCompareResult) r = NULL;
  PaydayCompareInput input;

  plain_input (&input);
  r = payday_compare_run (&input, 2, NULL);
  g_assert_cmpint (r->hourly.waiting_peak_cents, ==, 180000);
  g_assert_cmpint (r->hourly.waiting_peak_on, ==, D ("2026-03-15"));
  g_assert_cmpint (r->fixed.waiting_peak_cents, ==, 360000);
  g_assert_cmpint (r->fixed.waiting_peak_on, ==, D ("2026-03-29"));
  g_assert_cmpint (r->fixed.last_payment, ==, D ("2026-04-17"));
  g_assert_cmpint (r->to, ==, D ("2026-04-24"));
  assert_contains (verdict_of (r), "$1,800.00 of done work waits for its money with hourly and "
                               "$3,600.00 with fixed-price");
}

/* The verdict names the faster option, whichever it is. */
static void
test_verdict (void)
{
  g_autoptr(PaydayCompareResult) r = NULL;
  PaydayCompareInput input;

  plain_input (&input);
  r = payday_compare_run (&input, 2, NULL);
  assert_contains (verdict_of (r), "Hourly pays 9 days sooner (median 10 vs 19 days");
  g_assert_null (strstr (verdict_of (r), "at risk"));

  /* A client who always approves within a day or so: fixed-price is faster. */
  input.behaviour.approve_early_probability = 1;
  input.behaviour.approve_early_mean_days = 0.5;
  g_clear_pointer (&r, payday_compare_result_free);
  r = payday_compare_run (&input, 2, NULL);
  g_assert_cmpint (r->fixed.days_median, <, r->hourly.days_median);
  g_assert_cmpint (r->fixed.days_median, >=, 5);
  {
    g_autofree char *expect = g_strdup_printf ("Fixed-price pays %d day",
                                               r->hourly.days_median - r->fixed.days_median);

    assert_contains (verdict_of (r), expect);
  }

  /* Nothing to pay. */
  input.hourly.hours_per_week = 0;
  input.fixed.total_cents = 0;
  g_clear_pointer (&r, payday_compare_result_free);
  r = payday_compare_run (&input, 1, NULL);
  g_assert_false (r->hourly.paid);
  g_assert_cmpint (r->hourly.days_median, ==, PAYDAY_NONE);
  assert_contains (verdict_of (r), "Neither option");
}

/* Over the weekly limit: billed at the limit, the note says how much is not billed. */
static void
test_limit (void)
{
  g_autoptr(PaydayCompareResult) r = NULL;
  PaydayCompareInput input;

  plain_input (&input);
  input.hourly.hours_per_week = 2550;
  input.hourly.weekly_limit_hours = 2000;
  r = payday_compare_run (&input, 2, NULL);
  g_assert_cmpint (r->hourly.gross_cents, ==, 400000);
  assert_contains (r->note, "5.50 h a week above the limit are not billed");
  assert_contains (r->note, "manual hours are not modelled");
}

/* The same seed gives the same curves, whatever the thread count; a random client moves
 * the median and widens the band. */
static void
test_deterministic (void)
{
  g_autoptr(PaydayCompareResult) a = NULL;
  g_autoptr(PaydayCompareResult) b = NULL;
  PaydayCompareInput input;

  plain_input (&input);
  payday_simulation_init (&input.behaviour);
  input.behaviour.runs = 300;
  a = payday_compare_run (&input, 1, NULL);
  b = payday_compare_run (&input, 2, NULL);
  g_assert_cmpuint (a->n_days, ==, b->n_days);
  g_assert_cmpmem (a->fixed.p50, a->n_days * sizeof (PaydayCents),
                   b->fixed.p50, b->n_days * sizeof (PaydayCents));
  g_assert_cmpmem (a->hourly.p10, a->n_days * sizeof (PaydayCents),
                   b->hourly.p10, b->n_days * sizeof (PaydayCents));
  g_assert_cmpint (a->fixed.days_median, ==, b->fixed.days_median);
  g_assert_cmpint (a->fixed.days_p90, >=, a->fixed.days_median);
  g_assert_cmpint (a->hourly.p10[a->n_days - 1], <=, a->hourly.p90[a->n_days - 1]);
  g_assert_cmpstr (verdict_of (a), ==, verdict_of (b));
}

static void
test_cancelled (void)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  PaydayCompareInput input;

  plain_input (&input);
  g_cancellable_cancel (cancellable);
  g_assert_null (payday_compare_run (&input, 1, cancellable));
}

/* Prefilled from the sample plan: its first hourly contract, its settings. */
static void
test_from_plan (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PaydayPlan) plan = payday_plan_load_sample (D ("2026-03-04"), &error);
  const PaydayContract *hourly = NULL;
  PaydayCompareInput input;

  g_assert_no_error (error);
  for (guint i = 0; i < plan->contracts->len && hourly == NULL; i++)
    if (g_array_index (plan->contracts, PaydayContract, i).type == PAYDAY_CONTRACT_HOURLY)
      hourly = &g_array_index (plan->contracts, PaydayContract, i);
  g_assert_nonnull (hourly);

  payday_compare_input_from_plan (&input, plan, upwork, D ("2026-03-04"));
  g_assert_cmpint (input.hourly.rate_cents, ==, hourly->rate_cents);
  g_assert_cmpint (input.hourly.weekly_limit_hours, ==, hourly->weekly_limit_hours);
  g_assert_cmpint (input.hourly.hours_per_week, >, 0);
  g_assert_cmpint (input.start, ==, D ("2026-03-09"));
  g_assert_cmpint (input.behaviour.seed, ==, plan->simulation.seed);
  g_assert_cmpint (input.behaviour.runs, ==, plan->simulation.runs);
  g_assert_cmpint (input.edition, ==, plan->rules_edition);
  g_assert_cmpint (input.fixed.total_cents, ==,
                   payday_div_round_half_up (input.hourly.rate_cents *
                                             (input.hourly.weekly_limit_hours != PAYDAY_NONE
                                              ? MIN (input.hourly.hours_per_week,
                                                     input.hourly.weekly_limit_hours)
                                              : input.hourly.hours_per_week), 100) * input.weeks);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  g_test_init (&argc, &argv, NULL);

  upwork = payday_rules_load_builtin ("upwork", &error);
  g_assert_no_error (error);

  g_test_add_func ("/payday/compare/days-hourly", test_days_hourly);
  g_test_add_func ("/payday/compare/days-fixed", test_days_fixed);
  g_test_add_func ("/payday/compare/fees", test_fees);
  g_test_add_func ("/payday/compare/unfunded", test_unfunded);
  g_test_add_func ("/payday/compare/waiting", test_waiting);
  g_test_add_func ("/payday/compare/verdict", test_verdict);
  g_test_add_func ("/payday/compare/limit", test_limit);
  g_test_add_func ("/payday/compare/deterministic", test_deterministic);
  g_test_add_func ("/payday/compare/cancelled", test_cancelled);
  g_test_add_func ("/payday/compare/from-plan", test_from_plan);

  ret = g_test_run ();
  payday_rules_unref (upwork);
  return ret;
}
