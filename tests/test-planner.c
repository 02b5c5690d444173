/* test-planner.c — the Connects planner and the proposal pipeline statistics
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "payday-planner.h"
#include "payday-proposals.h"

#include "connects-test-util.h"

static char *
bundles_text (const GArray *counts)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < counts->len; i++)
    {
      const PaydayBundleCount *c = &g_array_index (counts, PaydayBundleCount, i);

      g_string_append_printf (s, "%s%d×%d", i > 0 ? " " : "", c->count, c->size);
    }

  return g_string_free (s, FALSE);
}

static void
assert_bundles (const GArray *counts,
                const char   *expected)
{
  g_autofree char *text = bundles_text (counts);

  g_assert_cmpstr (text, ==, expected);
}

static void
test_planner_basic (void)
{
  PaydayEdition *e = test_edition_new ("2019-05-01");
  PaydayPlannerInput in = { .proposals_per_week = 5, .avg_connects = 4, .avg_boost = 0,
                            .invite_share = 0, .win_rate = 0.1 };
  g_autoptr(PaydayPlannerResult) r = payday_planner_compute (&in, e);
  const PaydaySupplyOption *basic = &r->options[PAYDAY_SUPPLY_BASIC];
  const PaydaySupplyOption *plus = &r->options[PAYDAY_SUPPLY_PLUS];

  /* 5 × 52/12 × 4 = 86.67 → 87 a month; 21.67 proposals, 2.1667 hires */
  g_assert_cmpint (r->connects_needed, ==, 87);
  g_assert_cmpint (r->proposals_month_hundredths, ==, 2167);
  g_assert_cmpint (r->hires_month_millionths, ==, 2166667);

  /* Basic: 10 free, 77 more → one bundle of 80 = $12.00; per hire 1200 / 2.1667 = 553.85 */
  g_assert_true (basic->available);
  g_assert_cmpint (basic->included, ==, 10);
  g_assert_cmpint (basic->membership_cents, ==, 0);
  g_assert_cmpint (basic->bought, ==, 80);
  assert_bundles (basic->bundles, "1×80");
  g_assert_cmpint (basic->bundles_cents, ==, 1200);
  g_assert_cmpint (basic->monthly_cents, ==, 1200);
  g_assert_cmpint (basic->cost_per_hire_cents, ==, 554);

  /* Plus: 70 included, 17 more → a bundle of 20 = $3.00 + $14.99; per hire 1799 / 2.1667 = 830.3 */
  g_assert_true (plus->available);
  g_assert_cmpint (plus->included, ==, 70);
  g_assert_cmpint (plus->bought, ==, 20);
  assert_bundles (plus->bundles, "1×20");
  g_assert_cmpint (plus->monthly_cents, ==, 1799);
  g_assert_cmpint (plus->cost_per_hire_cents, ==, 830);

  g_assert_cmpint (r->cheapest, ==, PAYDAY_SUPPLY_BASIC);
  g_assert_true (basic->cheapest);
  g_assert_false (plus->cheapest);

  test_edition_free (e);
}

static void
test_planner_plus_cheaper (void)
{
  PaydayEdition *e = test_edition_new ("2019-05-01");
  PaydayPlannerInput in = { .proposals_per_week = 20, .avg_connects = 8, .avg_boost = 2,
                            .invite_share = 0.25, .win_rate = 0.2 };
  g_autoptr(PaydayPlannerResult) r = NULL;

  /* at 30 cents a Connect, Plus's 60 extra Connects are worth $18 > $14.99 */
  e->connects_price_cents = 30;
  r = payday_planner_compute (&in, e);

  /* 20 × 52/12 × 0.75 × 10 = 650 exactly: no rounding up */
  g_assert_cmpint (r->connects_needed, ==, 650);
  /* Basic: 640 = 8 × 80 → 19200; Plus: 580 = 7 × 80 + 20 → 17400 + 1499 */
  g_assert_cmpint (r->options[PAYDAY_SUPPLY_BASIC].monthly_cents, ==, 19200);
  assert_bundles (r->options[PAYDAY_SUPPLY_BASIC].bundles, "8×80");
  g_assert_cmpint (r->options[PAYDAY_SUPPLY_PLUS].monthly_cents, ==, 18899);
  assert_bundles (r->options[PAYDAY_SUPPLY_PLUS].bundles, "7×80 1×20");
  g_assert_cmpint (r->cheapest, ==, PAYDAY_SUPPLY_PLUS);
  g_assert_true (r->options[PAYDAY_SUPPLY_PLUS].cheapest);
  g_assert_false (r->options[PAYDAY_SUPPLY_BASIC].cheapest);
  /* hires a month = 20 × 52/12 × 0.2 = 17.333; 18899 / 17.333 = 1090.33 */
  g_assert_cmpint (r->options[PAYDAY_SUPPLY_PLUS].cost_per_hire_cents, ==, 1090);

  test_edition_free (e);
}

static void
test_planner_edges (void)
{
  PaydayEdition *e = test_edition_new ("2019-05-01");
  PaydayPlannerInput one = { .proposals_per_week = 1, .avg_connects = 1 };
  PaydayPlannerInput invited = { .proposals_per_week = 10, .avg_connects = 6, .avg_boost = 2,
                                 .invite_share = 1, .win_rate = 0.5 };
  PaydayPlannerInput fractional = { .proposals_per_week = 2.5, .avg_connects = 3.3,
                                    .avg_boost = 0.7, .invite_share = 0.1, .win_rate = 0.15 };
  g_autoptr(PaydayPlannerResult) r1 = payday_planner_compute (&one, e);
  g_autoptr(PaydayPlannerResult) r2 = payday_planner_compute (&invited, e);
  g_autoptr(PaydayPlannerResult) r3 = NULL;
  g_autoptr(PaydayPlannerResult) r4 = NULL;

  /* 52/12 = 4.33 → 5, covered by the free 10: Basic costs nothing; no win rate, no cost per hire */
  g_assert_cmpint (r1->connects_needed, ==, 5);
  g_assert_cmpint (r1->options[PAYDAY_SUPPLY_BASIC].monthly_cents, ==, 0);
  g_assert_cmpint (r1->options[PAYDAY_SUPPLY_BASIC].bought, ==, 0);
  g_assert_cmpint (r1->options[PAYDAY_SUPPLY_BASIC].bundles->len, ==, 0);
  g_assert_cmpint (r1->options[PAYDAY_SUPPLY_BASIC].cost_per_hire_cents, ==, PAYDAY_NONE);
  g_assert_cmpint (r1->options[PAYDAY_SUPPLY_PLUS].monthly_cents, ==, 1499);
  g_assert_cmpint (r1->cheapest, ==, PAYDAY_SUPPLY_BASIC);

  /* every proposal an invitation: nothing needed */
  g_assert_cmpint (r2->connects_needed, ==, 0);
  g_assert_cmpint (r2->options[PAYDAY_SUPPLY_BASIC].cost_per_hire_cents, ==, 0);

  /* 2.5 × 52/12 × 0.9 × 4 = 39 exactly */
  r3 = payday_planner_compute (&fractional, e);
  g_assert_cmpint (r3->connects_needed, ==, 39);
  g_assert_cmpint (r3->options[PAYDAY_SUPPLY_BASIC].bought, ==, 30);
  assert_bundles (r3->options[PAYDAY_SUPPLY_BASIC].bundles, "1×20 1×10");

  /* no Plus in this edition, no bundles: Basic can only cover its free Connects */
  e->connects_plus_price_cents = 0;
  e->connects_plus_monthly = 0;
  g_array_set_size (e->connects_bundles, 0);
  r4 = payday_planner_compute (&fractional, e);
  g_assert_false (r4->options[PAYDAY_SUPPLY_PLUS].available);
  g_assert_cmpint (r4->options[PAYDAY_SUPPLY_PLUS].monthly_cents, ==, PAYDAY_NONE);
  g_assert_false (r4->options[PAYDAY_SUPPLY_BASIC].available);
  g_assert_cmpint (r4->cheapest, ==, PAYDAY_N_SUPPLY);

  test_edition_free (e);
}

static void
test_cheapest_bundles (void)
{
  static const int odd[] = { 25, 10 };
  static const int usual[] = { 10, 20, 40, 60, 80 };
  g_autoptr(GArray) sizes = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(GArray) counts = g_array_new (FALSE, FALSE, sizeof (PaydayBundleCount));
  gint64 bought;
  PaydayCents cost;

  g_array_append_vals (sizes, odd, G_N_ELEMENTS (odd));

  /* 36 → 4 × 10 = 40 (not 25 + 25) */
  g_assert_true (payday_connects_cheapest_bundles (sizes, 15, 36, counts, &bought, &cost));
  g_assert_cmpint (bought, ==, 40);
  g_assert_cmpint (cost, ==, 600);
  assert_bundles (counts, "4×10");

  /* 41 → 25 + 10 + 10 = 45 (not 50) */
  g_assert_true (payday_connects_cheapest_bundles (sizes, 15, 41, counts, &bought, &cost));
  g_assert_cmpint (bought, ==, 45);
  g_assert_cmpint (cost, ==, 675);
  assert_bundles (counts, "1×25 2×10");

  /* 30 → 3 × 10 exactly, not 25 + 10 */
  g_assert_true (payday_connects_cheapest_bundles (sizes, 15, 30, counts, &bought, &cost));
  g_assert_cmpint (bought, ==, 30);
  assert_bundles (counts, "3×10");

  /* 50 → 2 × 25, the fewest bundles among the ways to 50 */
  g_assert_true (payday_connects_cheapest_bundles (sizes, 15, 50, counts, &bought, &cost));
  assert_bundles (counts, "2×25");

  /* nothing to buy */
  g_assert_true (payday_connects_cheapest_bundles (sizes, 15, 0, counts, &bought, &cost));
  g_assert_cmpint (bought, ==, 0);
  g_assert_cmpint (counts->len, ==, 0);

  /* a large need stays exact: 100003 → 1250 × 80 + 10 */
  g_array_set_size (sizes, 0);
  g_array_append_vals (sizes, usual, G_N_ELEMENTS (usual));
  g_assert_true (payday_connects_cheapest_bundles (sizes, 15, 100003, counts, &bought, &cost));
  g_assert_cmpint (bought, ==, 100010);
  g_assert_cmpint (cost, ==, 1500150);
  assert_bundles (counts, "1250×80 1×10");

  /* no bundles at all */
  g_array_set_size (sizes, 0);
  g_assert_false (payday_connects_cheapest_bundles (sizes, 15, 1, counts, &bought, &cost));
}

static void
test_funnel (void)
{
  PaydayRules *rules = test_rules_new ();
  g_autoptr(PaydayPlan) plan = payday_plan_new ();
  g_autoptr(PaydayProposalStats) stats = NULL;
  const PaydayFunnel *jan, *feb, *mar, *apr, *q1, *q2;
  PaydayProposal *p;

  test_rules_add (rules, "2019-05-01");
  test_rules_add (rules, "2026-04-01")->connects_price_cents = 30;

  test_add_proposal (plan, "p1", "2026-01-03", 4, PAYDAY_PROPOSAL_SENT);
  test_add_proposal (plan, "p2", "2026-01-05", 4, PAYDAY_PROPOSAL_VIEWED);
  test_add_proposal (plan, "p3", "2026-01-08", 4, PAYDAY_PROPOSAL_INTERVIEW);
  p = test_add_proposal (plan, "p4", "2026-01-10", 4, PAYDAY_PROPOSAL_HIRED);
  p->boost = 2;
  p->boost_charged = TRUE;
  test_add_proposal (plan, "p5", "2026-01-12", 4, PAYDAY_PROPOSAL_DECLINED);
  test_add_proposal (plan, "p6", "2026-01-20", 4, PAYDAY_PROPOSAL_WITHDRAWN);
  p = test_add_proposal (plan, "p7", "2026-01-31", 4, PAYDAY_PROPOSAL_JOB_CANCELLED);
  p->status_date = D ("2026-02-03");
  p = test_add_proposal (plan, "p8", "2026-02-14", 4, PAYDAY_PROPOSAL_HIRED);
  p->invited = TRUE;
  test_add_proposal (plan, "p9", "2026-04-02", 4, PAYDAY_PROPOSAL_HIRED);
  test_add_proposal (plan, "future", "2026-04-16", 4, PAYDAY_PROPOSAL_HIRED);

  stats = payday_proposal_stats_compute (plan, rules, D ("2026-04-15"));

  /* January to April, March empty; Q1 and Q2 */
  g_assert_cmpint (stats->months->len, ==, 4);
  g_assert_cmpint (stats->quarters->len, ==, 2);
  jan = &g_array_index (stats->months, PaydayFunnel, 0);
  feb = &g_array_index (stats->months, PaydayFunnel, 1);
  mar = &g_array_index (stats->months, PaydayFunnel, 2);
  apr = &g_array_index (stats->months, PaydayFunnel, 3);
  q1 = &g_array_index (stats->quarters, PaydayFunnel, 0);
  q2 = &g_array_index (stats->quarters, PaydayFunnel, 1);

  g_assert_cmpint (jan->start, ==, D ("2026-01-01"));
  g_assert_cmpint (jan->end, ==, D ("2026-01-31"));
  g_assert_cmpint (q1->start, ==, D ("2026-01-01"));
  g_assert_cmpint (q1->end, ==, D ("2026-03-31"));
  g_assert_cmpint (q2->end, ==, D ("2026-06-30"));

  /* later statuses imply earlier ones; declined, withdrawn, job_cancelled are sent only */
  g_assert_cmpint (jan->sent, ==, 7);
  g_assert_cmpint (jan->viewed, ==, 3);
  g_assert_cmpint (jan->interview, ==, 2);
  g_assert_cmpint (jan->hired, ==, 1);
  g_assert_cmpint (jan->declined, ==, 1);
  g_assert_cmpint (jan->withdrawn, ==, 1);
  g_assert_cmpint (jan->job_cancelled, ==, 1);
  /* 1 hired of 7 − withdrawn − job_cancelled = 5 → 20% */
  g_assert_cmpint (jan->win_base, ==, 5);
  g_assert_cmpint (jan->win_rate_bp, ==, 2000);
  /* 6 × 4 + the boost 2, p7 refunded: 26 Connects at 15 cents */
  g_assert_cmpint (jan->connects_spent, ==, 26);
  g_assert_cmpint (jan->money_spent_cents, ==, 390);
  g_assert_cmpint (jan->connects_per_hire, ==, 26);
  g_assert_cmpint (jan->money_per_hire_cents, ==, 390);

  /* an invitation is sent and hired, and costs nothing */
  g_assert_cmpint (feb->sent, ==, 1);
  g_assert_cmpint (feb->invited, ==, 1);
  g_assert_cmpint (feb->hired, ==, 1);
  g_assert_cmpint (feb->connects_spent, ==, 0);
  g_assert_cmpint (feb->connects_per_hire, ==, 0);

  g_assert_cmpint (mar->sent, ==, 0);
  g_assert_cmpint (mar->win_rate_bp, ==, PAYDAY_NONE);
  g_assert_cmpint (mar->connects_per_hire, ==, PAYDAY_NONE);
  g_assert_cmpint (mar->money_per_hire_cents, ==, PAYDAY_NONE);

  /* April's proposal is priced by the April edition; the one after today is left out */
  g_assert_cmpint (apr->sent, ==, 1);
  g_assert_cmpint (apr->money_spent_cents, ==, 120);

  /* Q1: 2 hired of 6 → 3333 bp; 26 Connects / 2 = 13; $3.90 / 2 = 195 */
  g_assert_cmpint (q1->sent, ==, 8);
  g_assert_cmpint (q1->hired, ==, 2);
  g_assert_cmpint (q1->win_rate_bp, ==, 3333);
  g_assert_cmpint (q1->connects_per_hire, ==, 13);
  g_assert_cmpint (q1->money_per_hire_cents, ==, 195);
  g_assert_cmpint (q2->sent, ==, 1);
  g_assert_cmpint (q2->win_rate_bp, ==, 10000);

  /* total: 3 hires of 7; 30 Connects → 10 per hire; 390 + 120 = 510 → 170 per hire */
  g_assert_cmpint (stats->total.sent, ==, 9);
  g_assert_cmpint (stats->total.hired, ==, 3);
  g_assert_cmpint (stats->total.win_base, ==, 7);
  g_assert_cmpint (stats->total.win_rate_bp, ==, 4286);
  g_assert_cmpint (stats->total.connects_spent, ==, 30);
  g_assert_cmpint (stats->total.connects_per_hire, ==, 10);
  g_assert_cmpint (stats->total.money_per_hire_cents, ==, 170);
  g_assert_cmpint (stats->total.start, ==, D ("2026-01-01"));
  g_assert_cmpint (stats->total.end, ==, D ("2026-04-30"));

  test_rules_free (rules);
}

static void
test_funnel_quarters (void)
{
  PaydayRules *rules = test_rules_new ();
  g_autoptr(PaydayPlan) plan = payday_plan_new ();
  g_autoptr(PaydayProposalStats) stats = NULL;
  g_autoptr(PaydayProposalStats) empty = NULL;
  g_autoptr(PaydayPlan) nothing = payday_plan_new ();

  test_rules_add (rules, "2019-05-01");
  /* starting mid-quarter, across a year */
  test_add_proposal (plan, "p1", "2025-11-20", 2, PAYDAY_PROPOSAL_INTERVIEW);
  test_add_proposal (plan, "p2", "2026-01-02", 2, PAYDAY_PROPOSAL_HIRED);

  stats = payday_proposal_stats_compute (plan, rules, D ("2026-02-01"));
  g_assert_cmpint (stats->months->len, ==, 4);
  g_assert_cmpint (stats->quarters->len, ==, 2);
  g_assert_cmpint (g_array_index (stats->quarters, PaydayFunnel, 0).start, ==, D ("2025-10-01"));
  g_assert_cmpint (g_array_index (stats->quarters, PaydayFunnel, 0).interview, ==, 1);
  g_assert_cmpint (g_array_index (stats->quarters, PaydayFunnel, 0).viewed, ==, 1);
  g_assert_cmpint (g_array_index (stats->quarters, PaydayFunnel, 0).hired, ==, 0);
  g_assert_cmpint (g_array_index (stats->quarters, PaydayFunnel, 1).start, ==, D ("2026-01-01"));
  g_assert_cmpint (g_array_index (stats->quarters, PaydayFunnel, 1).hired, ==, 1);
  g_assert_cmpint (g_array_index (stats->months, PaydayFunnel, 3).start, ==, D ("2026-02-01"));

  empty = payday_proposal_stats_compute (nothing, rules, D ("2026-02-01"));
  g_assert_cmpint (empty->months->len, ==, 0);
  g_assert_cmpint (empty->quarters->len, ==, 0);
  g_assert_cmpint (empty->total.sent, ==, 0);
  g_assert_cmpint (empty->total.win_rate_bp, ==, PAYDAY_NONE);
  g_assert_cmpint (empty->total.connects_per_hire, ==, PAYDAY_NONE);

  test_rules_free (rules);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/payday/planner/basic", test_planner_basic);
  g_test_add_func ("/payday/planner/plus-cheaper", test_planner_plus_cheaper);
  g_test_add_func ("/payday/planner/edges", test_planner_edges);
  g_test_add_func ("/payday/planner/cheapest-bundles", test_cheapest_bundles);
  g_test_add_func ("/payday/proposals/funnel", test_funnel);
  g_test_add_func ("/payday/proposals/quarters", test_funnel_quarters);

  return g_test_run ();
}
