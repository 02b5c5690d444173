/* test-badges.c — badge criteria at their edges, requires, projection, editions, JSON
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "payday-badges.h"
#include "core-test-util.h"

static PaydayRules *upwork;

/* Every test judges at Monday 2026-03-02 unless it says otherwise; the last Saturday on or
 * before it is 2026-02-28 and the 16-week strip starts on Saturday 2025-11-15. */
#define TODAY "2026-03-02"

static char *
S (PaydayDate date)
{
  return payday_date_to_string (date);
}

static void
add_jss (PaydayPlan *plan,
         const char *date,
         int         score)
{
  PaydayJss jss = { D (date), score, NULL };

  g_array_append_val (plan->profile.jss, jss);
}

static void
add_hold (PaydayPlan *plan,
          PaydayDate  start,
          PaydayDate  end)
{
  PaydayHold hold = { start, end, NULL };

  g_array_append_val (plan->profile.account_holds, hold);
}

/* The returned pointer is valid until the next contract is added. */
static PaydayContract *
add_contract (PaydayPlan         *plan,
              const char         *id,
              PaydayContractType  type,
              PaydayDate          start)
{
  PaydayContract *contract;

  if (plan->clients->len == 0)
    {
      PaydayClient client = { g_strdup ("k1"), g_strdup ("Client"), TRUE, 0, NULL };

      g_array_append_val (plan->clients, client);
    }

  g_array_set_size (plan->contracts, plan->contracts->len + 1);
  contract = &g_array_index (plan->contracts, PaydayContract, plan->contracts->len - 1);
  payday_contract_init (contract, type);
  contract->id = g_strdup (id);
  contract->title = g_strdup (id);
  contract->client = g_strdup ("k1");
  contract->start = start;

  return contract;
}

/* A bonus is released on its date with its whole amount as gross: the simplest way to put
 * an exact amount on an exact day. */
static void
add_bonus (PaydayContract *contract,
           PaydayDate      date,
           PaydayCents     amount)
{
  PaydayBonus bonus = {
    g_strdup_printf ("b%u", contract->bonuses->len + 1), date, amount, NULL,
  };

  g_array_append_val (contract->bonuses, bonus);
}

static void
add_milestone (PaydayContract *contract,
               const char     *id,
               PaydayCents     amount,
               PaydayDate      due)
{
  PaydayMilestone m = {
    g_strdup (id), g_strdup (id), amount, D ("2025-01-06"), due, PAYDAY_DATE_NONE,
    PAYDAY_DATE_NONE, PAYDAY_NONE, PAYDAY_MILESTONE_ACTIVE, NULL,
  };

  g_array_append_val (contract->milestones, m);
}

static void
add_proposal (PaydayPlan *plan,
              PaydayDate  date)
{
  PaydayProposal proposal = { 0, };

  proposal.id = g_strdup_printf ("p%u", plan->proposals->len + 1);
  proposal.date = date;
  proposal.status_date = PAYDAY_DATE_NONE;
  proposal.title = g_strdup (proposal.id);
  proposal.connects = 4;
  proposal.status = PAYDAY_PROPOSAL_SENT;
  g_array_append_val (plan->proposals, proposal);
}

/* A plan that meets every Top Rated criterion at TODAY: complete profile, JSS 95 for a year,
 * a first contract a year old with $1,000.00 released 30 days ago, no hold. */
static PaydayPlan *
top_rated_plan (void)
{
  PaydayPlan *plan = payday_plan_new ();
  PaydayContract *c;

  plan->today = D (TODAY);
  plan->profile.joined = D ("2020-01-15");
  plan->profile.profile_complete = TRUE;
  plan->profile.availability_current = TRUE;
  add_jss (plan, "2025-03-01", 95);
  c = add_contract (plan, "c1", PAYDAY_CONTRACT_FIXED, D ("2025-03-01"));
  add_bonus (c, D (TODAY) - 30, 100000);

  return plan;
}

/* An empty plan: joined long ago, nothing else. */
static PaydayPlan *
bare_plan (void)
{
  PaydayPlan *plan = payday_plan_new ();

  plan->today = D (TODAY);
  plan->profile.joined = D ("2020-01-15");
  return plan;
}

static PaydayBadgeReport *
evaluate (PaydayPlan *plan)
{
  PaydayDate today = payday_plan_get_today (plan);
  g_autoptr(PaydaySchedule) schedule = payday_schedule_compute (plan, upwork, today);

  return payday_badges_evaluate (plan, upwork, schedule, today);
}

static const PaydayBadge *
badge (const PaydayBadgeReport *report,
       const char              *id)
{
  const PaydayBadge *b = payday_badge_report_find (report, id);

  if (b == NULL)
    g_error ("no badge %s", id);
  return b;
}

static const PaydayBadgeCriterion *
criterion (const PaydayBadgeReport *report,
           const char              *badge_id,
           const char              *criterion_id)
{
  const PaydayBadgeCriterion *row = payday_badge_find_criterion (badge (report, badge_id),
                                                                 criterion_id);

  if (row == NULL)
    g_error ("no criterion %s/%s", badge_id, criterion_id);
  return row;
}

static void
assert_row (const PaydayBadgeReport *report,
            const char              *badge_id,
            const char              *criterion_id,
            gboolean                 met,
            gint64                   value,
            gint64                   threshold)
{
  const PaydayBadgeCriterion *row = criterion (report, badge_id, criterion_id);

  g_test_message ("%s/%s: met %d value %" G_GINT64_FORMAT " threshold %" G_GINT64_FORMAT
                  " (%s; %s)", badge_id, criterion_id, row->met, row->value, row->threshold,
                  row->label, row->detail);
  g_assert_cmpint (row->met, ==, met);
  g_assert_cmpint (row->value, ==, value);
  g_assert_cmpint (row->threshold, ==, threshold);
  g_assert_nonnull (row->label);
  g_assert_nonnull (row->detail);
}

static void
assert_date (PaydayDate  date,
             const char *expected)
{
  g_autofree char *text = payday_date_is_set (date) ? S (date) : NULL;

  g_assert_cmpstr (text, ==, expected);
}

/* ---------------------------------------------------------------------------------------- */

static void
test_top_rated_eligible (void)
{
  g_autoptr(PaydayPlan) plan = top_rated_plan ();
  g_autoptr(PaydayBadgeReport) report = evaluate (plan);
  const PaydayBadge *tr = badge (report, "top_rated");

  assert_date (report->today, TODAY);
  assert_date (report->edition, "2025-05-01");
  g_assert_cmpuint (report->badges->len, ==, 4);
  g_assert_cmpstr (g_array_index (report->badges, PaydayBadge, 0).id, ==, "rising_talent");
  g_assert_cmpstr (g_array_index (report->badges, PaydayBadge, 3).id, ==, "expert_vetted");

  g_assert_cmpstr (tr->name, ==, "Top Rated");
  g_assert_true (tr->criteria_met);
  g_assert_true (tr->eligible);
  assert_date (tr->projected_on, TODAY);
  g_assert_cmpstr (tr->next_step, ==, "Eligible now: every criterion is met");
  g_assert_cmpuint (g_strv_length (tr->benefits), ==, 4);
  g_assert_true (g_strv_contains ((const char * const *) tr->benefits, "Faster hourly payouts"));
  g_assert_cmpuint (g_strv_length (tr->requires), ==, 0);
  g_assert_cmpuint (tr->criteria->len, ==, 8);

  assert_row (report, "top_rated", "jss", TRUE, 95, 90);
  assert_row (report, "top_rated", "first_contract_90d", TRUE, 366, 90);
  assert_row (report, "top_rated", "jss_weeks", TRUE, 16, 13);
  assert_row (report, "top_rated", "profile_complete", TRUE, 1, 1);
  assert_row (report, "top_rated", "earnings_12m", TRUE, 100000, 100000);
  assert_row (report, "top_rated", "availability_current", TRUE, 1, 1);
  assert_row (report, "top_rated", "no_hold_90d", TRUE, 0, 0);
  assert_row (report, "top_rated", "active_90d", TRUE, 1, 1);
  g_assert_cmpint (criterion (report, "top_rated", "earnings_12m")->kind, ==,
                   PAYDAY_CRITERION_EARNINGS_WINDOW);
  g_assert_cmpint (criterion (report, "top_rated", "earnings_12m")->window_days, ==, 365);
  g_assert_cmpstr (criterion (report, "top_rated", "earnings_12m")->label, ==,
                   "$1,000.00 earned in the last 12 months");
  g_assert_true (criterion (report, "top_rated", "no_hold_90d")->at_most);
  g_assert_false (criterion (report, "top_rated", "jss")->at_most);

  /* Rising Talent needs no JSS: this plan has one. */
  g_assert_false (badge (report, "rising_talent")->eligible);
  assert_row (report, "rising_talent", "no_jss", FALSE, 1, 0);
  assert_date (badge (report, "rising_talent")->projected_on, NULL);
  g_assert_cmpstr (payday_criterion_kind_to_string (PAYDAY_CRITERION_JSS_WEEKS), ==,
                   "jss_weeks");
}

static void
test_profile_flags (void)
{
  g_autoptr(PaydayPlan) plan = top_rated_plan ();
  g_autoptr(PaydayBadgeReport) report = NULL;

  plan->profile.availability_current = FALSE;
  plan->profile.tos_violations = 1;
  report = evaluate (plan);

  assert_row (report, "top_rated", "availability_current", FALSE, 0, 1);
  assert_row (report, "top_rated", "profile_complete", TRUE, 1, 1);
  g_assert_false (badge (report, "top_rated")->eligible);
  g_assert_cmpstr (badge (report, "top_rated")->next_step, ==, "Update your availability");
  /* A flag is not projected: it blocks projected_on. */
  assert_date (badge (report, "top_rated")->projected_on, NULL);

  assert_row (report, "rising_talent", "no_violations", FALSE, 1, 0);
  g_assert_true (criterion (report, "rising_talent", "no_violations")->at_most);

  assert_row (report, "expert_vetted", "invitation", FALSE, 0, 1);
  g_assert_false (badge (report, "expert_vetted")->eligible);
  plan->profile.expert_vetted = TRUE;
  g_clear_pointer (&report, payday_badge_report_free);
  report = evaluate (plan);
  assert_row (report, "expert_vetted", "invitation", TRUE, 1, 1);
  g_assert_true (badge (report, "expert_vetted")->eligible);
  assert_date (badge (report, "expert_vetted")->projected_on, TODAY);
}

static void
test_jss_min (void)
{
  g_autoptr(PaydayPlan) plan = bare_plan ();
  g_autoptr(PaydayBadgeReport) none = NULL;
  g_autoptr(PaydayBadgeReport) exact = NULL;
  g_autoptr(PaydayBadgeReport) below = NULL;

  /* A score dated after today is not known yet. */
  add_jss (plan, "2026-03-03", 99);
  none = evaluate (plan);
  assert_row (none, "top_rated", "jss", FALSE, 0, 90);
  assert_row (none, "rising_talent", "no_jss", TRUE, 0, 0);

  /* The latest on or before today counts, not the best. */
  g_array_set_size (plan->profile.jss, 0);
  add_jss (plan, "2025-06-01", 99);
  add_jss (plan, "2026-03-02", 90);
  exact = evaluate (plan);
  assert_row (exact, "top_rated", "jss", TRUE, 90, 90);
  assert_row (exact, "rising_talent", "no_jss", FALSE, 1, 0);

  add_jss (plan, "2026-03-02", 89);      /* same day: the later entry wins */
  below = evaluate (plan);
  assert_row (below, "top_rated", "jss", FALSE, 89, 90);
}

/* Saturdays of the strip, oldest first: 2025-11-15 + 7 i, i = 0 … 15. */
static void
test_jss_weeks_edges (void)
{
  g_autoptr(PaydayPlan) plan = top_rated_plan ();
  g_autoptr(PaydayBadgeReport) thirteen = NULL;
  g_autoptr(PaydayBadgeReport) twelve = NULL;
  const PaydayBadgeCriterion *row;
  const PaydayBadgeWeek *week;

  /* 80 until the fourth Saturday (2025-12-06) lifts it to exactly 90: weeks 3 … 15 = 13. */
  g_array_set_size (plan->profile.jss, 0);
  add_jss (plan, "2025-06-01", 80);
  add_jss (plan, "2025-12-06", 90);
  thirteen = evaluate (plan);
  assert_row (thirteen, "top_rated", "jss_weeks", TRUE, 13, 13);
  row = criterion (thirteen, "top_rated", "jss_weeks");
  g_assert_nonnull (row->weeks);
  g_assert_cmpuint (row->weeks->len, ==, 16);
  week = &g_array_index (row->weeks, PaydayBadgeWeek, 0);
  assert_date (week->saturday, "2025-11-15");
  g_assert_cmpint (week->score, ==, 80);
  g_assert_false (week->eligible);
  week = &g_array_index (row->weeks, PaydayBadgeWeek, 3);
  assert_date (week->saturday, "2025-12-06");
  g_assert_cmpint (week->score, ==, 90);
  g_assert_true (week->eligible);
  week = &g_array_index (row->weeks, PaydayBadgeWeek, 15);
  assert_date (week->saturday, "2026-02-28");
  g_assert_true (week->eligible);
  g_assert_true (badge (thirteen, "top_rated")->eligible);

  /* One day later: the fourth Saturday still sees 80, 12 of 16. */
  g_array_index (plan->profile.jss, PaydayJss, 1).date = D ("2025-12-07");
  twelve = evaluate (plan);
  assert_row (twelve, "top_rated", "jss_weeks", FALSE, 12, 13);
  g_assert_false (g_array_index (criterion (twelve, "top_rated", "jss_weeks")->weeks,
                                 PaydayBadgeWeek, 3).eligible);
  g_assert_false (badge (twelve, "top_rated")->eligible);
  /* The oldest week is bad, so one more good Saturday is enough. */
  g_assert_cmpstr (badge (twelve, "top_rated")->next_step, ==,
                   "Keep a Job Success Score of at least 90% for 1 more week "
                   "(12 of 16 weeks eligible, 13 needed)");
  assert_date (badge (twelve, "top_rated")->projected_on, NULL);
}

static void
test_jss_weeks_rising_talent (void)
{
  g_autoptr(PaydayPlan) plan = top_rated_plan ();
  g_autoptr(PaydayBadgeReport) thirteen = NULL;
  g_autoptr(PaydayBadgeReport) twelve = NULL;
  g_autoptr(PaydayBadgeReport) mixed = NULL;
  const PaydayBadgeWeek *week;

  /* No JSS at all: Rising Talent weeks count. */
  g_array_set_size (plan->profile.jss, 0);
  plan->profile.rising_talent_since = D ("2025-12-06");
  thirteen = evaluate (plan);
  assert_row (thirteen, "top_rated", "jss_weeks", TRUE, 13, 13);
  week = &g_array_index (criterion (thirteen, "top_rated", "jss_weeks")->weeks,
                         PaydayBadgeWeek, 3);
  g_assert_true (week->rising_talent);
  g_assert_cmpint (week->score, ==, PAYDAY_NONE);
  g_assert_true (week->eligible);
  /* …but jss_min still needs a score. */
  assert_row (thirteen, "top_rated", "jss", FALSE, 0, 90);

  plan->profile.rising_talent_since = D ("2025-12-07");
  twelve = evaluate (plan);
  assert_row (twelve, "top_rated", "jss_weeks", FALSE, 12, 13);

  /* Rising Talent counts only until the first score: 85 from 2026-01-10 makes the weeks
   * from that Saturday on ineligible, the eight Saturdays before it stay eligible. */
  plan->profile.rising_talent_since = D ("2025-11-01");
  add_jss (plan, "2026-01-10", 85);
  mixed = evaluate (plan);
  assert_row (mixed, "top_rated", "jss_weeks", FALSE, 8, 13);
  week = &g_array_index (criterion (mixed, "top_rated", "jss_weeks")->weeks, PaydayBadgeWeek, 8);
  assert_date (week->saturday, "2026-01-10");
  g_assert_true (week->rising_talent);
  g_assert_cmpint (week->score, ==, 85);
  g_assert_false (week->eligible);
}

static void
test_holds (void)
{
  g_autoptr(PaydayPlan) plan = top_rated_plan ();
  PaydayDate today = D (TODAY);
  g_autoptr(PaydayBadgeReport) ended_90 = NULL;
  g_autoptr(PaydayBadgeReport) ended_89 = NULL;
  g_autoptr(PaydayBadgeReport) ongoing = NULL;
  g_autoptr(PaydayBadgeReport) future = NULL;

  add_hold (plan, D ("2025-10-01"), today - 90);
  ended_90 = evaluate (plan);
  assert_row (ended_90, "top_rated", "no_hold_90d", TRUE, 0, 0);
  g_assert_true (badge (ended_90, "top_rated")->eligible);

  g_array_index (plan->profile.account_holds, PaydayHold, 0).end = today - 89;
  ended_89 = evaluate (plan);
  assert_row (ended_89, "top_rated", "no_hold_90d", FALSE, 1, 0);
  g_assert_false (badge (ended_89, "top_rated")->eligible);
  assert_date (badge (ended_89, "top_rated")->projected_on, NULL);
  /* 2025-12-03 + 90 days: the first day the hold is out of the window. */
  g_assert_cmpstr (badge (ended_89, "top_rated")->next_step, ==,
                   "Wait until 2026-03-03, 90 days after the account hold");

  g_array_index (plan->profile.account_holds, PaydayHold, 0).end = PAYDAY_DATE_NONE;
  ongoing = evaluate (plan);
  assert_row (ongoing, "top_rated", "no_hold_90d", FALSE, 90, 0);
  g_assert_cmpstr (badge (ongoing, "top_rated")->next_step, ==,
                   "Resolve the account hold, then wait 90 days");

  /* Two overlapping holds are counted once; one starting after today is not judged. */
  g_array_index (plan->profile.account_holds, PaydayHold, 0).start = today - 10;
  g_array_index (plan->profile.account_holds, PaydayHold, 0).end = today - 5;
  add_hold (plan, today - 7, today - 3);
  add_hold (plan, today + 1, PAYDAY_DATE_NONE);
  future = evaluate (plan);
  assert_row (future, "top_rated", "no_hold_90d", FALSE, 8, 0);
}

static void
test_earnings_edges (void)
{
  PaydayDate today = D (TODAY);
  g_autoptr(PaydayPlan) plan = top_rated_plan ();
  PaydayBonus *bonus = &g_array_index (g_array_index (plan->contracts, PaydayContract, 0).bonuses,
                                       PaydayBonus, 0);
  g_autoptr(PaydayBadgeReport) short_by_one = NULL;
  g_autoptr(PaydayBadgeReport) edge_out = NULL;
  g_autoptr(PaydayBadgeReport) edge_in = NULL;
  g_autoptr(PaydayBadgeReport) agency = NULL;
  g_autoptr(PaydayBadgeReport) agency_met = NULL;

  bonus->amount_cents = 99999;
  short_by_one = evaluate (plan);
  assert_row (short_by_one, "top_rated", "earnings_12m", FALSE, 99999, 100000);
  g_assert_false (badge (short_by_one, "top_rated")->eligible);
  /* Nothing more is planned, and the bonus leaves the window in 335 days. */
  assert_date (badge (short_by_one, "top_rated")->projected_on, NULL);
  assert_date (criterion (short_by_one, "top_rated", "earnings_12m")->met_on, NULL);
  g_assert_cmpstr (badge (short_by_one, "top_rated")->next_step, ==,
                   "Earn $0.01 more (12-month earnings $999.99 of $1,000.00)");

  /* Released exactly today − 365: outside (today − 365, today]. A proposal keeps the
   * account active once the bonus is older than 90 days. */
  add_proposal (plan, today - 1);
  bonus->amount_cents = 100000;
  bonus->date = today - 365;
  edge_out = evaluate (plan);
  assert_row (edge_out, "top_rated", "earnings_12m", FALSE, 0, 100000);

  bonus->date = today - 364;
  edge_in = evaluate (plan);
  assert_row (edge_in, "top_rated", "earnings_12m", TRUE, 100000, 100000);
  g_assert_true (badge (edge_in, "top_rated")->eligible);
  assert_date (badge (edge_in, "top_rated")->projected_on, TODAY);

  /* Agencies need $10,000 (Top Rated) and $20,000 (Top Rated Plus). */
  plan->profile.agency = TRUE;
  agency = evaluate (plan);
  assert_row (agency, "top_rated", "earnings_12m", FALSE, 100000, 1000000);
  assert_row (agency, "top_rated_plus", "earnings_12m", FALSE, 100000, 2000000);
  g_assert_cmpstr (criterion (agency, "top_rated", "earnings_12m")->label, ==,
                   "$10,000.00 earned in the last 12 months");

  bonus->amount_cents = 1000000;
  agency_met = evaluate (plan);
  assert_row (agency_met, "top_rated", "earnings_12m", TRUE, 1000000, 1000000);
  g_assert_true (badge (agency_met, "top_rated")->eligible);
}

static void
test_large_contract (void)
{
  PaydayDate today = D (TODAY);
  g_autoptr(PaydayPlan) plan = top_rated_plan ();
  g_autoptr(PaydayBadgeReport) writing = NULL;
  g_autoptr(PaydayBadgeReport) writing_short = NULL;
  g_autoptr(PaydayBadgeReport) unlisted = NULL;
  g_autoptr(PaydayBadgeReport) split = NULL;
  PaydayContract *c;

  /* c1: $1,000.00 (from top_rated_plan) + $4,000.00 = $5,000.00, the Writing threshold;
   * c2: $6,000.00, so 12-month earnings are $11,000.00. */
  c = &g_array_index (plan->contracts, PaydayContract, 0);
  add_bonus (c, today - 100, 400000);
  c = add_contract (plan, "c2", PAYDAY_CONTRACT_FIXED, D ("2025-06-01"));
  add_bonus (c, today - 200, 600000);
  plan->profile.category = g_strdup ("Writing");

  writing = evaluate (plan);
  assert_row (writing, "top_rated_plus", "earnings_12m", TRUE, 1100000, 1000000);
  assert_row (writing, "top_rated_plus", "large_contract", TRUE, 600000, 500000);
  g_assert_cmpstr (criterion (writing, "top_rated_plus", "large_contract")->contract_id, ==, "c2");
  g_assert_true (badge (writing, "top_rated_plus")->eligible);
  assert_date (badge (writing, "top_rated_plus")->projected_on, TODAY);

  /* c2 below $5,000.00 by a cent: c1 is the best at exactly $5,000.00 (met)… */
  c = &g_array_index (plan->contracts, PaydayContract, 1);
  g_array_index (c->bonuses, PaydayBonus, 0).amount_cents = 499999;
  writing_short = evaluate (plan);
  assert_row (writing_short, "top_rated_plus", "large_contract", TRUE, 500000, 500000);
  g_assert_cmpstr (criterion (writing_short, "top_rated_plus", "large_contract")->contract_id, ==,
                   "c1");

  /* …and a category the rules do not list takes default_cents ($10,000.00). */
  g_free (plan->profile.category);
  plan->profile.category = g_strdup ("Astrology");
  unlisted = evaluate (plan);
  assert_row (unlisted, "top_rated_plus", "large_contract", FALSE, 500000, 1000000);

  /* Two Writing contracts of $4,999.00 (c1) and $4,999.99 (c2): their sum is no help. */
  g_free (plan->profile.category);
  plan->profile.category = g_strdup ("Writing");
  c = &g_array_index (plan->contracts, PaydayContract, 0);
  g_array_index (c->bonuses, PaydayBonus, 1).amount_cents = 399900;
  split = evaluate (plan);
  assert_row (split, "top_rated_plus", "large_contract", FALSE, 499999, 500000);
  g_assert_cmpstr (criterion (split, "top_rated_plus", "large_contract")->contract_id, ==, "c2");
  g_assert_cmpstr (badge (split, "top_rated_plus")->next_step, ==,
                   "Earn $0.01 more on contract c2 ($4,999.99 of $5,000.00 in the last 12 months)");
}

/* Top Rated Plus's large contract, per category, as Upwork moderators (Engineering &
 * Architecture, Sales & Marketing, Writing) and users (Design & Creative) name it: a
 * contract of $9,999.99 is enough everywhere but in Sales & Marketing ($10,000.00). */
static void
test_large_contract_categories (void)
{
  static const struct { const char *category; PaydayCents threshold; } expected[] = {
    { "Engineering & Architecture", 500000 },
    { "Sales & Marketing", 1000000 },
    { "Writing", 500000 },
    { "Design & Creative", 500000 },
  };
  PaydayDate today = D (TODAY);
  g_autoptr(PaydayPlan) plan = top_rated_plan ();
  PaydayContract *c = add_contract (plan, "c2", PAYDAY_CONTRACT_FIXED, D ("2025-06-01"));

  add_bonus (c, today - 200, 500000);
  add_bonus (c, today - 150, 499999);

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(PaydayBadgeReport) report = NULL;

      g_free (plan->profile.category);
      plan->profile.category = g_strdup (expected[i].category);
      report = evaluate (plan);
      g_test_message ("%s", expected[i].category);
      assert_row (report, "top_rated_plus", "large_contract",
                  999999 >= expected[i].threshold, 999999, expected[i].threshold);
    }
}

static void
test_first_contract (void)
{
  PaydayDate today = D (TODAY);
  g_autoptr(PaydayPlan) plan = top_rated_plan ();
  g_autoptr(PaydayBadgeReport) day_90 = NULL;
  g_autoptr(PaydayBadgeReport) day_89 = NULL;
  g_autoptr(PaydayBadgeReport) none = NULL;
  PaydayContract *c;

  /* The earliest start of any contract counts. */
  c = add_contract (plan, "c0", PAYDAY_CONTRACT_FIXED, today - 90);
  g_array_index (plan->contracts, PaydayContract, 0).start = today - 10;
  (void) c;
  day_90 = evaluate (plan);
  assert_row (day_90, "top_rated", "first_contract_90d", TRUE, 90, 90);
  g_assert_true (badge (day_90, "top_rated")->eligible);

  g_array_index (plan->contracts, PaydayContract, 1).start = today - 89;
  day_89 = evaluate (plan);
  assert_row (day_89, "top_rated", "first_contract_90d", FALSE, 89, 90);
  g_assert_false (badge (day_89, "top_rated")->eligible);
  /* Only time is missing: it is met tomorrow, and so is the badge. */
  assert_date (criterion (day_89, "top_rated", "first_contract_90d")->met_on, "2026-03-03");
  assert_date (badge (day_89, "top_rated")->projected_on, "2026-03-03");
  g_assert_cmpstr (badge (day_89, "top_rated")->next_step, ==,
                   "Wait until 2026-03-03 (first contract 89 of 90 days old)");

  g_array_set_size (plan->contracts, 0);
  none = evaluate (plan);
  assert_row (none, "top_rated", "first_contract_90d", FALSE, 0, 90);
  assert_date (badge (none, "top_rated")->projected_on, NULL);
}

static void
test_active_days (void)
{
  PaydayDate today = D (TODAY);
  g_autoptr(PaydayPlan) plan = bare_plan ();
  g_autoptr(PaydayBadgeReport) idle = NULL;
  g_autoptr(PaydayBadgeReport) proposal_89 = NULL;
  g_autoptr(PaydayBadgeReport) proposal_90 = NULL;
  g_autoptr(PaydayBadgeReport) released = NULL;
  g_autoptr(PaydayBadgeReport) joined_29 = NULL;
  g_autoptr(PaydayBadgeReport) joined_30 = NULL;
  PaydayContract *c;

  idle = evaluate (plan);
  assert_row (idle, "rising_talent", "active_90d", FALSE, 0, 1);

  add_proposal (plan, today - 89);
  proposal_89 = evaluate (plan);
  assert_row (proposal_89, "rising_talent", "active_90d", TRUE, 1, 1);

  g_array_index (plan->proposals, PaydayProposal, 0).date = today - 90;
  proposal_90 = evaluate (plan);
  assert_row (proposal_90, "rising_talent", "active_90d", FALSE, 0, 1);

  /* A payment released 10 days ago; a bonus released tomorrow is not activity yet. */
  c = add_contract (plan, "c1", PAYDAY_CONTRACT_FIXED, D ("2025-01-01"));
  add_bonus (c, today - 10, 5000);
  add_bonus (c, today + 1, 5000);
  released = evaluate (plan);
  assert_row (released, "rising_talent", "active_90d", TRUE, 1, 1);

  g_array_set_size (plan->contracts, 0);
  plan->profile.joined = today - 29;
  joined_29 = evaluate (plan);
  assert_row (joined_29, "rising_talent", "active_90d", TRUE, 1, 1);

  plan->profile.joined = today - 30;
  joined_30 = evaluate (plan);
  assert_row (joined_30, "rising_talent", "active_90d", FALSE, 0, 1);
}

static void
test_rising_talent (void)
{
  g_autoptr(PaydayPlan) plan = bare_plan ();
  g_autoptr(PaydayBadgeReport) report = NULL;

  plan->profile.profile_complete = TRUE;
  plan->profile.availability_current = TRUE;
  add_proposal (plan, D (TODAY) - 5);
  report = evaluate (plan);

  g_assert_true (badge (report, "rising_talent")->eligible);
  g_assert_cmpuint (badge (report, "rising_talent")->criteria->len, ==, 5);
  g_assert_null (payday_badge_find_criterion (badge (report, "rising_talent"), "readiness_test"));
  assert_date (badge (report, "rising_talent")->projected_on, TODAY);
}

static void
test_requires_chain (void)
{
  PaydayDate today = D (TODAY);
  g_autoptr(PaydayPlan) plan = top_rated_plan ();
  g_autoptr(PaydayBadgeReport) blocked = NULL;
  g_autoptr(PaydayBadgeReport) both = NULL;
  PaydayContract *c = &g_array_index (plan->contracts, PaydayContract, 0);
  const PaydayBadge *trp;

  /* $10,000.00 on one Writing contract: Top Rated Plus's own criteria are met. */
  add_bonus (c, today - 50, 900000);
  plan->profile.category = g_strdup ("Writing");
  plan->profile.profile_complete = FALSE;
  blocked = evaluate (plan);

  g_assert_false (badge (blocked, "top_rated")->eligible);
  trp = badge (blocked, "top_rated_plus");
  g_assert_cmpstr (trp->requires[0], ==, "top_rated");
  g_assert_null (trp->requires[1]);
  g_assert_true (trp->criteria_met);
  g_assert_false (trp->eligible);
  assert_date (trp->projected_on, NULL);
  g_assert_cmpstr (trp->next_step, ==, "Become Top Rated first: Complete your profile to 100%");

  plan->profile.profile_complete = TRUE;
  both = evaluate (plan);
  g_assert_true (badge (both, "top_rated")->eligible);
  g_assert_true (badge (both, "top_rated_plus")->eligible);
  assert_date (badge (both, "top_rated_plus")->projected_on, TODAY);
}

/* Hourly $25.00/h, 10 h planned a week, nothing logged, from Monday 2026-03-02: the weeks of
 * 03-02, 03-09, 03-16, 03-23 are released on their Friday + 11 days (review 5 days): 03-13,
 * 03-20, 03-27, 04-03, $250.00 gross each. $1,000.00 is reached on 2026-04-03. */
static PaydayPlan *
hourly_projection_plan (void)
{
  PaydayPlan *plan = top_rated_plan ();
  PaydayContract *c;

  g_array_set_size (g_array_index (plan->contracts, PaydayContract, 0).bonuses, 0);
  c = add_contract (plan, "h1", PAYDAY_CONTRACT_HOURLY, D ("2025-06-02"));
  c->rate_cents = 2500;
  c->planned_hours_per_week = 1000;
  add_proposal (plan, D (TODAY) - 3);      /* stays active without a release */

  return plan;
}

static void
test_projection_hourly (void)
{
  g_autoptr(PaydayPlan) plan = hourly_projection_plan ();
  g_autoptr(PaydayBadgeReport) report = evaluate (plan);
  g_autoptr(PaydayBadgeReport) partial = NULL;
  const PaydayBadge *tr = badge (report, "top_rated");

  assert_row (report, "top_rated", "earnings_12m", FALSE, 0, 100000);
  g_assert_false (tr->eligible);
  assert_date (tr->projected_on, "2026-04-03");
  assert_date (criterion (report, "top_rated", "earnings_12m")->met_on, "2026-04-03");
  g_assert_cmpstr (tr->next_step, ==,
                   "Earn $1,000.00 more by 2026-04-03 (12-month earnings $0.00 of $1,000.00)");

  /* With $687.50 already earned, the second projected week does it (937.50, then 1,187.50). */
  add_bonus (&g_array_index (plan->contracts, PaydayContract, 0), D (TODAY) - 30, 68750);
  partial = evaluate (plan);
  tr = badge (partial, "top_rated");
  assert_date (tr->projected_on, "2026-03-20");
  g_assert_cmpstr (tr->next_step, ==,
                   "Earn $312.50 more by 2026-03-20 (12-month earnings $687.50 of $1,000.00)");
}

static void
test_projection_blocked_by_jss (void)
{
  g_autoptr(PaydayPlan) plan = hourly_projection_plan ();
  g_autoptr(PaydayBadgeReport) report = NULL;

  add_jss (plan, "2026-02-01", 85);
  report = evaluate (plan);
  g_assert_false (badge (report, "top_rated")->eligible);
  assert_row (report, "top_rated", "jss", FALSE, 85, 90);
  /* The earnings alone would be met; the score blocks the badge. */
  assert_date (criterion (report, "top_rated", "earnings_12m")->met_on, "2026-04-03");
  assert_date (badge (report, "top_rated")->projected_on, NULL);
}

/* A milestone due on day today + d is projected as submitted then and auto-released 14 days
 * later: d = 350 releases on today + 364 (within the year), d = 352 on today + 366. */
static void
test_projection_year_limit (void)
{
  PaydayDate today = D (TODAY);
  g_autoptr(PaydayPlan) plan = top_rated_plan ();
  g_autoptr(PaydayBadgeReport) within = NULL;
  g_autoptr(PaydayBadgeReport) last_day = NULL;
  g_autoptr(PaydayBadgeReport) beyond = NULL;
  PaydayContract *c = &g_array_index (plan->contracts, PaydayContract, 0);
  g_autofree char *expected = S (today + 364);
  g_autofree char *expected_last = S (today + 365);

  g_array_set_size (c->bonuses, 0);
  add_proposal (plan, today - 3);
  add_milestone (c, "m1", 100000, today + 350);
  within = evaluate (plan);
  assert_date (badge (within, "top_rated")->projected_on, expected);

  g_array_index (c->milestones, PaydayMilestone, 0).due = today + 351;
  last_day = evaluate (plan);
  assert_date (badge (last_day, "top_rated")->projected_on, expected_last);

  g_array_index (c->milestones, PaydayMilestone, 0).due = today + 352;
  beyond = evaluate (plan);
  assert_date (badge (beyond, "top_rated")->projected_on, NULL);
  assert_date (criterion (beyond, "top_rated", "earnings_12m")->met_on, NULL);
}

/* Account age has no built-in use; a user's set may use it. Its projection is a date. */
static void
test_account_age (void)
{
  static const char set[] =
    "{ \"format\": \"payday-rules\", \"version\": 1, \"id\": \"mini\", \"name\": \"Mini\","
    "  \"editions\": [ { \"effective_from\": \"2014-01-01\", \"title\": \"First\","
    "    \"fee\": { \"model\": \"flat\", \"percent\": 10 },"
    "    \"hourly\": { \"review_days\": 5, \"security_days\": 5,"
    "                \"top_rated_skips_security\": false },"
    "    \"fixed\": { \"review_days\": 14, \"security_days\": 5 },"
    "    \"bonus\": { \"security_days\": 5 },"
    "    \"connects\": { \"price_cents\": 15, \"bundles\": [10], \"proposal_cost_min\": 1,"
    "      \"proposal_cost_max\": 6, \"signup_grant\": 20, \"monthly_free\": 10,"
    "      \"plus_price_cents\": 1499, \"plus_monthly\": 70, \"expiry_days\": 365,"
    "      \"rising_talent_bonus\": 30, \"boost\": false },"
    "    \"withdrawal\": { \"methods\": {"
    "      \"ach_us\": { \"fee_cents\": 0, \"arrival_business_days\": 3 },"
    "      \"direct_local\": { \"fee_cents\": 99, \"arrival_business_days\": 7 },"
    "      \"wire\": { \"fee_cents\": 3000, \"arrival_business_days\": 5 },"
    "      \"paypal\": { \"fee_cents\": 200, \"arrival_business_days\": 2 },"
    "      \"payoneer\": { \"fee_cents\": 200, \"arrival_business_days\": 2 },"
    "      \"instant_pay\": { \"fee_cents\": 200, \"arrival_business_days\": 0 } },"
    "      \"threshold_cents\": { \"us\": 10000, \"non-us\": 100000 }, \"force_after_days\": 180 },"
    "    \"badges\": [ { \"id\": \"veteran\", \"name\": \"Veteran\", \"benefits\": [\"Pride\"],"
    "      \"criteria\": [ { \"id\": \"age\", \"kind\": \"account_age_days\", \"days\": 365,"
    "                        \"name\": \"A year on the platform\" } ] } ],"
    "    \"sources\": [], \"notes\": \"test\" } ] }";
  g_autoptr(GError) error = NULL;
  g_autoptr(PaydayRules) mini = payday_rules_load_from_data (set, -1, TRUE, &error);
  g_autoptr(PaydayPlan) plan = bare_plan ();
  g_autoptr(PaydaySchedule) schedule = NULL;
  g_autoptr(PaydayBadgeReport) young = NULL;
  g_autoptr(PaydayBadgeReport) unknown = NULL;
  const PaydayBadge *b;

  g_assert_no_error (error);
  g_assert_nonnull (mini);

  plan->profile.joined = D ("2025-06-01");
  schedule = payday_schedule_compute (plan, mini, D (TODAY));
  young = payday_badges_evaluate (plan, mini, schedule, D (TODAY));
  b = badge (young, "veteran");
  g_assert_cmpuint (g_strv_length (b->requires), ==, 0);
  g_assert_false (b->eligible);
  assert_row (young, "veteran", "age", FALSE, 274, 365);
  g_assert_cmpstr (criterion (young, "veteran", "age")->label, ==, "A year on the platform");
  assert_date (b->projected_on, "2026-06-01");
  g_assert_cmpstr (b->next_step, ==, "Wait until 2026-06-01 (account 274 of 365 days old)");

  /* Without a schedule the evaluator computes one; an unknown join date never projects. */
  plan->profile.joined = PAYDAY_DATE_NONE;
  unknown = payday_badges_evaluate (plan, mini, NULL, D (TODAY));
  assert_row (unknown, "veteran", "age", FALSE, 0, 365);
  assert_date (badge (unknown, "veteran")->projected_on, NULL);
}

static void
test_older_edition (void)
{
  g_autoptr(PaydayPlan) plan = bare_plan ();
  g_autoptr(PaydayBadgeReport) pinned = NULL;
  g_autoptr(PaydayBadgeReport) before = NULL;
  g_autoptr(PaydayBadgeReport) after = NULL;
  const PaydayBadge *rt;

  plan->profile.profile_complete = TRUE;
  plan->profile.availability_current = TRUE;
  add_proposal (plan, D (TODAY) - 5);

  /* Pinned to 2019-06-01: the 2019-05-01 edition, whose badges come from the first one. */
  plan->rules_edition = D ("2019-06-01");
  pinned = evaluate (plan);
  assert_date (pinned->edition, "2019-05-01");
  rt = badge (pinned, "rising_talent");
  g_assert_cmpuint (rt->criteria->len, ==, 7);
  assert_row (pinned, "rising_talent", "readiness_test", FALSE, 0, 1);
  assert_row (pinned, "rising_talent", "social_accounts", FALSE, 0, 1);
  g_assert_false (rt->eligible);
  g_assert_true (g_strv_contains ((const char * const *) rt->benefits,
                                  "10% fee on featured jobs"));
  g_assert_cmpstr (rt->next_step, ==, "Pass the Readiness Test");

  plan->profile.readiness_test_passed = TRUE;
  plan->profile.social_linked = TRUE;
  g_clear_pointer (&pinned, payday_badge_report_free);
  pinned = evaluate (plan);
  g_assert_true (badge (pinned, "rising_talent")->eligible);

  /* Unpinned, the day before and the day of the 2020-07-01 edition. */
  plan->rules_edition = PAYDAY_DATE_NONE;
  plan->today = D ("2020-06-30");
  before = evaluate (plan);
  g_assert_nonnull (payday_badge_find_criterion (badge (before, "rising_talent"),
                                                 "readiness_test"));
  plan->today = D ("2020-07-01");
  after = evaluate (plan);
  assert_date (after->edition, "2020-07-01");
  g_assert_null (payday_badge_find_criterion (badge (after, "rising_talent"), "readiness_test"));
}

static void
test_json (void)
{
  g_autoptr(PaydayPlan) plan = hourly_projection_plan ();
  g_autoptr(PaydayBadgeReport) report = evaluate (plan);
  g_autoptr(JsonNode) node = payday_badges_to_json (report);
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *text = NULL;
  JsonArray *array;

  g_assert_true (JSON_NODE_HOLDS_ARRAY (node));
  array = json_node_get_array (node);
  g_assert_cmpuint (json_array_get_length (array), ==, 4);

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *b = json_array_get_object_element (array, i);
      JsonArray *criteria = json_object_get_array_member (b, "criteria");
      JsonNode *projected = json_object_get_member (b, "projected_on");

      g_assert_cmpuint (json_object_get_size (b), ==, 4);
      g_assert_cmpint (json_node_get_value_type (json_object_get_member (b, "id")), ==,
                       G_TYPE_STRING);
      g_assert_cmpint (json_node_get_value_type (json_object_get_member (b, "eligible")), ==,
                       G_TYPE_BOOLEAN);
      g_assert_true (JSON_NODE_HOLDS_NULL (projected) ||
                     json_node_get_value_type (projected) == G_TYPE_STRING);
      g_assert_nonnull (criteria);

      for (guint j = 0; j < json_array_get_length (criteria); j++)
        {
          JsonObject *c = json_array_get_object_element (criteria, j);

          g_assert_cmpuint (json_object_get_size (c), ==, 4);
          g_assert_cmpint (json_node_get_value_type (json_object_get_member (c, "id")), ==,
                           G_TYPE_STRING);
          g_assert_cmpint (json_node_get_value_type (json_object_get_member (c, "met")), ==,
                           G_TYPE_BOOLEAN);
          g_assert_cmpint (json_node_get_value_type (json_object_get_member (c, "value")), ==,
                           G_TYPE_INT64);
          g_assert_cmpint (json_node_get_value_type (json_object_get_member (c, "threshold")),
                           ==, G_TYPE_INT64);
        }
    }

  /* The whole Top Rated entry, byte for byte. */
  json_generator_set_root (generator, json_array_get_element (array, 1));
  text = json_generator_to_data (generator, NULL);
  g_assert_cmpstr (text, ==,
                   "{\"id\":\"top_rated\",\"eligible\":false,\"projected_on\":\"2026-04-03\","
                   "\"criteria\":["
                   "{\"id\":\"jss\",\"met\":true,\"value\":95,\"threshold\":90},"
                   "{\"id\":\"first_contract_90d\",\"met\":true,\"value\":366,\"threshold\":90},"
                   "{\"id\":\"jss_weeks\",\"met\":true,\"value\":16,\"threshold\":13},"
                   "{\"id\":\"profile_complete\",\"met\":true,\"value\":1,\"threshold\":1},"
                   "{\"id\":\"earnings_12m\",\"met\":false,\"value\":0,\"threshold\":100000},"
                   "{\"id\":\"availability_current\",\"met\":true,\"value\":1,\"threshold\":1},"
                   "{\"id\":\"no_hold_90d\",\"met\":true,\"value\":0,\"threshold\":0},"
                   "{\"id\":\"active_90d\",\"met\":true,\"value\":1,\"threshold\":1}]}");

  /* Rising Talent is blocked by the JSS: null. */
  g_assert_true (JSON_NODE_HOLDS_NULL (json_object_get_member (
    json_array_get_object_element (array, 0), "projected_on")));
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

  g_test_add_func ("/payday/badges/top-rated-eligible", test_top_rated_eligible);
  g_test_add_func ("/payday/badges/profile-flags", test_profile_flags);
  g_test_add_func ("/payday/badges/jss-min", test_jss_min);
  g_test_add_func ("/payday/badges/jss-weeks-13-of-16", test_jss_weeks_edges);
  g_test_add_func ("/payday/badges/jss-weeks-rising-talent", test_jss_weeks_rising_talent);
  g_test_add_func ("/payday/badges/holds", test_holds);
  g_test_add_func ("/payday/badges/earnings-window", test_earnings_edges);
  g_test_add_func ("/payday/badges/large-contract", test_large_contract);
  g_test_add_func ("/payday/badges/large-contract-categories", test_large_contract_categories);
  g_test_add_func ("/payday/badges/first-contract", test_first_contract);
  g_test_add_func ("/payday/badges/active-days", test_active_days);
  g_test_add_func ("/payday/badges/rising-talent", test_rising_talent);
  g_test_add_func ("/payday/badges/requires-chain", test_requires_chain);
  g_test_add_func ("/payday/badges/projection-hourly", test_projection_hourly);
  g_test_add_func ("/payday/badges/projection-blocked-by-jss", test_projection_blocked_by_jss);
  g_test_add_func ("/payday/badges/projection-year-limit", test_projection_year_limit);
  g_test_add_func ("/payday/badges/account-age", test_account_age);
  g_test_add_func ("/payday/badges/older-edition", test_older_edition);
  g_test_add_func ("/payday/badges/json", test_json);

  ret = g_test_run ();
  payday_rules_unref (upwork);
  return ret;
}
