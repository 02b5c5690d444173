/* test-withdrawals.c — from Available to the bank: schedule days, thresholds, reserve, the
 * 180-day rule, Upwork's exception, business days, fees by edition, history and deficits
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "payday-payout-row.h"
#include "payday-withdrawals.h"

#define TODAY "2026-03-02"          /* a Monday */

/* A rule set of the tests' own: no service fee and no hold on bonuses, so a bonus of X on
 * day D is X available on D. The second edition changes the wire's fee and arrival. */
static const char rules_json[] =
  "{ \"format\": \"payday-rules\", \"version\": 1, \"id\": \"bank\", \"name\": \"Bank\","
  "  \"editions\": [ { \"effective_from\": \"2014-01-01\", \"title\": \"First\","
  "    \"fee\": { \"model\": \"flat\", \"percent\": 0 },"
  "    \"hourly\": { \"review_days\": 5, \"security_days\": 5,"
  "                \"top_rated_skips_security\": false },"
  "    \"fixed\": { \"review_days\": 14, \"security_days\": 5 },"
  "    \"bonus\": { \"security_days\": 0 },"
  "    \"connects\": { \"price_cents\": 15, \"bundles\": [10], \"proposal_cost_min\": 1,"
  "      \"proposal_cost_max\": 6, \"signup_grant\": 20, \"monthly_free\": 10,"
  "      \"plus_price_cents\": 1499, \"plus_monthly\": 70, \"expiry_days\": 365,"
  "      \"rising_talent_bonus\": 30, \"boost\": false },"
  "    \"withdrawal\": { \"methods\": {"
  "      \"ach_us\": { \"fee_cents\": 0, \"arrival_business_days\": 3 },"
  "      \"direct_local\": { \"fee_cents\": 99, \"arrival_business_days\": 7 },"
  "      \"wire\": { \"fee_cents\": 3000, \"arrival_business_days\": 7 },"
  "      \"paypal\": { \"fee_cents\": 200, \"arrival_business_days\": 2 },"
  "      \"payoneer\": { \"fee_cents\": 200, \"arrival_business_days\": 2 },"
  "      \"instant_pay\": { \"fee_cents\": 200, \"arrival_business_days\": 0 } },"
  "      \"threshold_cents\": { \"us\": 10000, \"non-us\": 100000 }, \"force_after_days\": 180 },"
  "    \"badges\": [],"
  "    \"sources\": [], \"notes\": \"test\" },"
  "  { \"effective_from\": \"2026-04-01\", \"title\": \"Dearer wire\","
  "    \"withdrawal\": { \"methods\": { \"wire\": { \"fee_cents\": 5000 } } } } ] }";

static PaydayRules *rules;

static PaydayDate
D (const char *text)
{
  PaydayDate date = PAYDAY_DATE_NONE;

  g_assert_true (payday_date_parse (text, &date));
  return date;
}

static PaydayPlan *
plan_new (PaydayRegion             region,
          PaydayWithdrawalMethod   method,
          PaydayWithdrawalSchedule kind)
{
  PaydayPlan *plan = payday_plan_new ();
  PaydayContract *contract;

  plan->today = D (TODAY);
  plan->region = region;
  plan->withdrawals.method = method;
  plan->withdrawals.schedule = kind;

  g_array_set_size (plan->contracts, 1);
  contract = &g_array_index (plan->contracts, PaydayContract, 0);
  payday_contract_init (contract, PAYDAY_CONTRACT_FIXED);
  contract->id = g_strdup ("c");
  contract->title = g_strdup ("c");
  contract->start = D ("2025-01-06");

  return plan;
}

/* Money available on @date: a bonus, with no fee and no hold in these rules. */
static void
add_money (PaydayPlan  *plan,
           const char  *date,
           PaydayCents  cents)
{
  PaydayContract *contract = &g_array_index (plan->contracts, PaydayContract, 0);
  PaydayBonus bonus = { g_strdup_printf ("b%u", contract->bonuses->len), D (date), cents, NULL };

  g_array_append_val (contract->bonuses, bonus);
}

static void
add_history (PaydayPlan  *plan,
             const char  *date,
             PaydayCents  cents)
{
  PaydayWithdrawal w = { D (date), cents, NULL };

  g_array_append_val (plan->withdrawals.history, w);
}

static PaydayPayouts *
project (PaydayPlan *plan)
{
  g_autoptr(PaydaySchedule) schedule = payday_schedule_compute (plan, rules, D (TODAY));

  return payday_payouts_compute (schedule);
}

static const PaydayPayout *
row (const PaydayPayouts *payouts,
     guint                i)
{
  g_assert_cmpuint (i, <, payouts->rows->len);
  return &g_array_index (payouts->rows, PaydayPayout, i);
}

static void
assert_row (const PaydayPayout *r,
            PaydayPayoutKind    kind,
            const char         *date,
            PaydayCents         amount,
            PaydayCents         fee,
            const char         *arrives_on)
{
  char buf[PAYDAY_DATE_BUF];

  g_assert_cmpstr (payday_date_format (r->date, buf), ==, date);
  g_assert_cmpint (r->kind, ==, kind);
  g_assert_cmpint (r->amount_cents, ==, amount);
  g_assert_cmpint (r->fee_cents, ==, fee);
  g_assert_cmpint (r->received_cents, ==, MAX (0, amount - fee));
  g_assert_cmpstr (payday_date_format (r->arrives_on, buf), ==, arrives_on);
}

static void
assert_next_days (PaydayWithdrawalSchedule  kind,
                  const char               *after,
                  const char * const       *expected)
{
  PaydayDate day = D (after);

  for (guint i = 0; expected[i] != NULL; i++)
    {
      char buf[PAYDAY_DATE_BUF];

      day = payday_withdrawal_schedule_next (kind, day);
      g_assert_cmpstr (payday_date_format (day, buf), ==, expected[i]);
    }
}

static void
test_schedule_days (void)
{
  static const char * const weekly[] = { "2026-03-04", "2026-03-11", "2026-03-18", NULL };
  /* April 2026 has five Wednesdays (1, 8, 15, 22, 29): the third is the 15th, the last the
   * 29th, and a schedule day is never today itself. */
  static const char * const twice[] = {
    "2026-04-15", "2026-05-06", "2026-05-20", "2026-06-03", NULL
  };
  static const char * const monthly[] = { "2026-04-29", "2026-05-27", "2026-06-24", NULL };
  /* March 2026 has five Mondays: the quarter ends on the 30th. */
  static const char * const quarterly[] = {
    "2026-03-30", "2026-06-29", "2026-09-28", "2026-12-28", "2027-03-29", NULL
  };

  assert_next_days (PAYDAY_SCHEDULE_WEEKLY, "2026-03-03", weekly);
  assert_next_days (PAYDAY_SCHEDULE_WEEKLY, "2026-02-26", weekly);
  assert_next_days (PAYDAY_SCHEDULE_TWICE_MONTHLY, "2026-04-01", twice);
  assert_next_days (PAYDAY_SCHEDULE_MONTHLY, "2026-04-01", monthly);
  assert_next_days (PAYDAY_SCHEDULE_QUARTERLY, TODAY, quarterly);
  g_assert_false (payday_date_is_set (payday_withdrawal_schedule_next (PAYDAY_SCHEDULE_MANUAL,
                                                                       D (TODAY))));
}

/* The projection on the engine's own schedule days: the last Wednesday of April (a month
 * with five) and the last Monday of a quarter. */
static void
test_monthly_and_quarterly (void)
{
  g_autoptr(PaydayPlan) plan = plan_new (PAYDAY_REGION_US, PAYDAY_METHOD_ACH_US,
                                         PAYDAY_SCHEDULE_MONTHLY);
  g_autoptr(PaydayPayouts) payouts = NULL;

  add_money (plan, "2026-04-01", 50000);
  payouts = project (plan);
  g_assert_cmpuint (payouts->rows->len, ==, 1);
  assert_row (row (payouts, 0), PAYDAY_PAYOUT_PROJECTED, "2026-04-29", 50000, 0, "2026-05-04");
  g_clear_pointer (&payouts, payday_payouts_free);

  /* Quarterly: the last Monday of March (a month with five) and of June, which the window
   * reaches thanks to the cent available on 2026-05-20. */
  plan->withdrawals.schedule = PAYDAY_SCHEDULE_QUARTERLY;
  add_money (plan, "2026-03-05", 20000);
  add_money (plan, "2026-05-20", 1);
  payouts = project (plan);
  g_assert_cmpuint (payouts->rows->len, ==, 2);
  assert_row (row (payouts, 0), PAYDAY_PAYOUT_PROJECTED, "2026-03-30", 20000, 0, "2026-04-02");
  assert_row (row (payouts, 1), PAYDAY_PAYOUT_PROJECTED, "2026-06-29", 50001, 0, "2026-07-02");
}

static void
test_business_days (void)
{
  static const struct { const char *from; int days; const char *to; } cases[] = {
    { "2026-03-07", 3, "2026-03-12" },    /* Saturday + 3 = Thursday */
    { "2026-03-08", 3, "2026-03-12" },    /* Sunday + 3 = Thursday */
    { "2026-03-04", 3, "2026-03-09" },    /* Wednesday + 3 = Monday */
    { "2026-03-06", 1, "2026-03-09" },    /* Friday + 1 = Monday */
    { "2026-03-06", 5, "2026-03-13" },
    { "2026-03-04", 7, "2026-03-13" },
    { "2026-03-06", 7, "2026-03-17" },
    { "2026-03-09", 10, "2026-03-23" },
    { "2026-03-07", 0, "2026-03-07" },    /* 0 is the same day, even a Saturday */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      char buf[PAYDAY_DATE_BUF];

      g_assert_cmpstr (payday_date_format (payday_business_days_after (D (cases[i].from),
                                                                       cases[i].days), buf),
                       ==, cases[i].to);
    }
}

/* A history row on a Saturday: ACH counts its 3 days from Monday. */
static void
test_saturday_arrival (void)
{
  g_autoptr(PaydayPlan) plan = plan_new (PAYDAY_REGION_US, PAYDAY_METHOD_ACH_US,
                                         PAYDAY_SCHEDULE_MANUAL);
  g_autoptr(PaydayPayouts) payouts = NULL;

  add_money (plan, "2026-02-02", 30000);
  add_history (plan, "2026-02-07", 30000);
  payouts = project (plan);
  g_assert_cmpuint (payouts->rows->len, ==, 1);
  assert_row (row (payouts, 0), PAYDAY_PAYOUT_HISTORY, "2026-02-07", 30000, 0, "2026-02-12");
}

static void
test_threshold (PaydayRegion region,
                PaydayCents  threshold)
{
  g_autoptr(PaydayPlan) plan = plan_new (region, PAYDAY_METHOD_PAYPAL, PAYDAY_SCHEDULE_WEEKLY);
  g_autoptr(PaydayPayouts) under = NULL;
  g_autoptr(PaydayPayouts) at = NULL;

  /* One cent short waits (the 180-day rule is far away); the threshold itself is paid. */
  add_money (plan, "2026-03-03", threshold - 1);
  under = project (plan);
  g_assert_cmpuint (under->rows->len, ==, 0);
  g_assert_null (payday_payouts_get_next (under));

  add_money (plan, "2026-03-10", 1);
  at = project (plan);
  g_assert_cmpuint (at->rows->len, ==, 1);
  assert_row (row (at, 0), PAYDAY_PAYOUT_PROJECTED, "2026-03-11", threshold, 200, "2026-03-13");
  g_assert_false (row (at, 0)->forced);
  g_assert_true (payday_payouts_get_next (at) == row (at, 0));
}

static void
test_threshold_us (void)
{
  test_threshold (PAYDAY_REGION_US, 10000);
}

static void
test_threshold_non_us (void)
{
  test_threshold (PAYDAY_REGION_NON_US, 100000);
}

/* The reserve stays on Upwork: only what is above it is withdrawn, and only when that part
 * reaches the threshold. */
static void
test_reserve (void)
{
  g_autoptr(PaydayPlan) plan = plan_new (PAYDAY_REGION_NON_US, PAYDAY_METHOD_DIRECT_LOCAL,
                                         PAYDAY_SCHEDULE_WEEKLY);
  g_autoptr(PaydayPayouts) payouts = NULL;

  plan->withdrawals.reserve_cents = 30000;
  add_money (plan, "2026-03-03", 120000);   /* 1,200 − 300 = 900 < 1,000: waits */
  add_money (plan, "2026-03-10", 20000);    /* 1,400 − 300 = 1,100 */
  add_money (plan, "2026-03-17", 50000);    /* 300 + 500 − 300 = 500: waits */
  payouts = project (plan);
  g_assert_cmpuint (payouts->rows->len, ==, 1);
  assert_row (row (payouts, 0), PAYDAY_PAYOUT_PROJECTED, "2026-03-11", 110000, 99, "2026-03-20");
  g_assert_cmpint (row (payouts, 0)->balance_cents, ==, 30000);
}

/* Money under the threshold is paid on the first schedule day once some of it has waited
 * 180 days; the projection reaches that far only while later money keeps it open. */
static void
test_force_after_180_days (void)
{
  g_autoptr(PaydayPlan) plan = plan_new (PAYDAY_REGION_NON_US, PAYDAY_METHOD_PAYONEER,
                                         PAYDAY_SCHEDULE_WEEKLY);
  g_autoptr(PaydayPayouts) payouts = NULL;
  g_autoptr(PaydayPayouts) short_window = NULL;

  add_money (plan, "2026-03-04", 5000);
  short_window = project (plan);
  g_assert_cmpuint (short_window->rows->len, ==, 0);

  /* 2026-03-04 + 180 = 2026-08-31, a Monday: the Wednesday after pays the $50 alone. The
   * $70 would wait its own 180 days, past the window's end 60 days after it is available. */
  add_money (plan, "2026-10-01", 7000);
  payouts = project (plan);
  g_assert_cmpuint (payouts->rows->len, ==, 1);
  assert_row (row (payouts, 0), PAYDAY_PAYOUT_PROJECTED, "2026-09-02", 5000, 200, "2026-09-04");
  g_assert_true (row (payouts, 0)->forced);
  g_assert_cmpint (row (payouts, 0)->balance_cents, ==, 0);
}

/* Upwork's exception: monthly and twice a month skip a day on which the whole balance only
 * became available that day; weekly pays it (money released that day counts). */
static void
test_exception (void)
{
  static const struct {
    PaydayWithdrawalSchedule kind;
    const char *money_on;
    const char *paid_on;
  } cases[] = {
    { PAYDAY_SCHEDULE_MONTHLY, "2026-03-25", "2026-04-29" },
    { PAYDAY_SCHEDULE_TWICE_MONTHLY, "2026-03-18", "2026-04-01" },
    { PAYDAY_SCHEDULE_WEEKLY, "2026-03-18", "2026-03-18" },
    { PAYDAY_SCHEDULE_QUARTERLY, "2026-03-30", "2026-03-30" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(PaydayPlan) plan = plan_new (PAYDAY_REGION_US, PAYDAY_METHOD_ACH_US,
                                             cases[i].kind);
      g_autoptr(PaydayPayouts) payouts = NULL;
      char buf[PAYDAY_DATE_BUF];

      add_money (plan, cases[i].money_on, 20000);
      payouts = project (plan);
      g_assert_cmpuint (payouts->rows->len, ==, 1);
      g_assert_cmpstr (payday_date_format (row (payouts, 0)->date, buf), ==, cases[i].paid_on);
    }

  /* Money already waiting the day before: the same day pays both parts. */
  {
    g_autoptr(PaydayPlan) plan = plan_new (PAYDAY_REGION_US, PAYDAY_METHOD_ACH_US,
                                           PAYDAY_SCHEDULE_MONTHLY);
    g_autoptr(PaydayPayouts) payouts = NULL;

    add_money (plan, "2026-03-24", 1000);
    add_money (plan, "2026-03-25", 20000);
    payouts = project (plan);
    g_assert_cmpuint (payouts->rows->len, ==, 1);
    assert_row (row (payouts, 0), PAYDAY_PAYOUT_PROJECTED, "2026-03-25", 21000, 0, "2026-03-30");
  }
}

/* Instant Pay arrives the day it leaves. */
static void
test_instant_pay (void)
{
  g_autoptr(PaydayPlan) plan = plan_new (PAYDAY_REGION_US, PAYDAY_METHOD_INSTANT_PAY,
                                         PAYDAY_SCHEDULE_WEEKLY);
  g_autoptr(PaydayPayouts) payouts = NULL;

  add_money (plan, "2026-03-03", 15000);
  payouts = project (plan);
  g_assert_cmpuint (payouts->rows->len, ==, 1);
  assert_row (row (payouts, 0), PAYDAY_PAYOUT_PROJECTED, "2026-03-04", 15000, 200, "2026-03-04");
}

/* The wire costs $30 until 2026-03-31 and $50 from 2026-04-01 in these rules: each
 * withdrawal pays the fee of its own day's edition, history and projection alike. */
static void
test_fee_between_editions (void)
{
  g_autoptr(PaydayPlan) plan = plan_new (PAYDAY_REGION_NON_US, PAYDAY_METHOD_WIRE,
                                         PAYDAY_SCHEDULE_WEEKLY);
  g_autoptr(PaydayPayouts) payouts = NULL;
  g_autoptr(PaydayPlan) pinned = NULL;
  g_autoptr(PaydayPayouts) under_pin = NULL;

  add_money (plan, "2026-02-02", 200000);
  add_history (plan, "2026-02-20", 200000);
  add_money (plan, "2026-03-24", 150000);
  add_money (plan, "2026-03-31", 150000);
  payouts = project (plan);
  g_assert_cmpuint (payouts->rows->len, ==, 3);
  assert_row (row (payouts, 0), PAYDAY_PAYOUT_HISTORY, "2026-02-20", 200000, 3000, "2026-03-03");
  assert_row (row (payouts, 1), PAYDAY_PAYOUT_PROJECTED, "2026-03-25", 150000, 3000, "2026-04-03");
  assert_row (row (payouts, 2), PAYDAY_PAYOUT_PROJECTED, "2026-04-01", 150000, 5000, "2026-04-10");
  g_assert_cmpint (payouts->fees_next_12m_cents, ==, 8000);

  /* Pinned to the first edition, every withdrawal pays $30. */
  pinned = payday_plan_copy (plan);
  pinned->rules_edition = D ("2014-01-01");
  under_pin = project (pinned);
  g_assert_cmpint (row (under_pin, 2)->fee_cents, ==, 3000);
}

/* `manual` never withdraws on its own; the history is still there. */
static void
test_manual (void)
{
  g_autoptr(PaydayPlan) plan = plan_new (PAYDAY_REGION_US, PAYDAY_METHOD_ACH_US,
                                         PAYDAY_SCHEDULE_MANUAL);
  g_autoptr(PaydayPayouts) payouts = NULL;

  add_money (plan, "2025-06-02", 500000);
  add_money (plan, "2026-03-04", 500000);
  add_history (plan, "2025-07-01", 100000);
  payouts = project (plan);
  g_assert_cmpuint (payouts->rows->len, ==, 1);
  g_assert_cmpint (row (payouts, 0)->kind, ==, PAYDAY_PAYOUT_HISTORY);
  g_assert_cmpuint (payouts->projected_count, ==, 0);
  g_assert_null (payday_payouts_get_next (payouts));
  g_assert_cmpint (payouts->fees_next_12m_cents, ==, 0);
  g_assert_cmpint (payouts->median_days_to_bank, ==, -1);
}

/* A history row larger than the money then available leaves a deficit; the next money
 * repays it before anything is withdrawn again. */
static void
test_history_deficit (void)
{
  g_autoptr(PaydayPlan) plan = plan_new (PAYDAY_REGION_US, PAYDAY_METHOD_ACH_US,
                                         PAYDAY_SCHEDULE_WEEKLY);
  g_autoptr(PaydayPayouts) payouts = NULL;

  add_money (plan, "2026-02-02", 30000);
  add_history (plan, "2026-02-10", 50000);
  add_money (plan, "2026-03-03", 25000);    /* repays the 200, leaves 50: under $100 */
  add_money (plan, "2026-03-10", 10000);
  payouts = project (plan);
  g_assert_cmpuint (payouts->rows->len, ==, 2);
  g_assert_cmpint (row (payouts, 0)->balance_cents, ==, -20000);
  g_assert_cmpuint (payouts->warnings->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (payouts->warnings, 0), "$200.00"));
  assert_row (row (payouts, 1), PAYDAY_PAYOUT_PROJECTED, "2026-03-11", 15000, 0, "2026-03-16");
  g_assert_cmpint (row (payouts, 1)->balance_cents, ==, 0);
}

/* Rows by date; within a day history (in file order) before the projection. */
static void
test_order (void)
{
  g_autoptr(PaydayPlan) plan = plan_new (PAYDAY_REGION_US, PAYDAY_METHOD_ACH_US,
                                         PAYDAY_SCHEDULE_WEEKLY);
  g_autoptr(PaydayPayouts) payouts = NULL;

  add_money (plan, "2026-02-02", 100000);
  add_money (plan, "2026-03-03", 100000);
  add_history (plan, "2026-03-04", 7000);   /* dated after today: still history */
  add_history (plan, "2026-02-20", 3000);
  add_history (plan, "2026-03-04", 5000);
  payouts = project (plan);
  g_assert_cmpuint (payouts->rows->len, ==, 4);
  g_assert_cmpint (row (payouts, 0)->source_index, ==, 1);
  g_assert_cmpint (row (payouts, 1)->source_index, ==, 0);
  g_assert_cmpint (row (payouts, 2)->source_index, ==, 2);
  assert_row (row (payouts, 3), PAYDAY_PAYOUT_PROJECTED, "2026-03-04", 185000, 0, "2026-03-09");
  g_assert_cmpint (payouts->next, ==, 3);
}

/* Nothing is projected later than 60 days after the last money becomes available. */
static void
test_window (void)
{
  g_autoptr(PaydayPlan) plan = plan_new (PAYDAY_REGION_NON_US, PAYDAY_METHOD_ACH_US,
                                         PAYDAY_SCHEDULE_WEEKLY);
  g_autoptr(PaydayPayouts) payouts = NULL;

  add_money (plan, "2026-03-03", 200000);
  add_money (plan, "2026-04-01", 5000);     /* under $1,000: waits past the window */
  payouts = project (plan);
  g_assert_cmpuint (payouts->rows->len, ==, 1);
  g_assert_cmpuint (payouts->projected_count, ==, 1);
}

/* The median days from the end of the work to the bank, weighted by money. $800 of work
 * that ended 2026-03-01 and $600 that ended 2026-03-08; $300 stay as the reserve, so the
 * withdrawal of 2026-03-11 (in the bank 2026-03-16) carries the older $800 (15 days) and
 * $300 of the newer (8 days): the median is 15. Newest first would have made it 8. */
static void
test_days_to_bank (void)
{
  g_autoptr(PaydayPlan) plan = plan_new (PAYDAY_REGION_NON_US, PAYDAY_METHOD_ACH_US,
                                         PAYDAY_SCHEDULE_WEEKLY);
  g_autoptr(PaydayPayouts) payouts = NULL;

  g_autoptr(PaydaySchedule) schedule = NULL;
  g_autoptr(PaydayPayouts) plain = NULL;

  plan->withdrawals.reserve_cents = 30000;
  add_money (plan, "2026-03-01", 80000);
  add_money (plan, "2026-03-08", 60000);
  schedule = payday_schedule_compute (plan, rules, D (TODAY));
  payouts = payday_payouts_compute_with (schedule, PAYDAY_METHOD_ACH_US, PAYDAY_SCHEDULE_WEEKLY);
  g_assert_cmpuint (payouts->rows->len, ==, 1);
  assert_row (row (payouts, 0), PAYDAY_PAYOUT_PROJECTED, "2026-03-11", 110000, 0, "2026-03-16");
  g_assert_cmpint (payouts->median_days_to_bank, ==, 15);

  /* The plan's own projection leaves the median out; the rows are the same. */
  plain = payday_payouts_compute (schedule);
  g_assert_cmpint (plain->median_days_to_bank, ==, -1);
  g_assert_cmpuint (plain->rows->len, ==, 1);
  g_assert_cmpmem (plain->rows->data, sizeof (PaydayPayout), payouts->rows->data,
                   sizeof (PaydayPayout));
}

static void
test_compare (void)
{
  g_autoptr(PaydayPlan) plan = plan_new (PAYDAY_REGION_US, PAYDAY_METHOD_PAYPAL,
                                         PAYDAY_SCHEDULE_MONTHLY);
  g_autoptr(PaydaySchedule) schedule = NULL;
  g_autoptr(GArray) options = NULL;
  guint current = 0;

  for (int w = 0; w < 20; w++)
    {
      char date[PAYDAY_DATE_BUF];

      add_money (plan, payday_date_format (D ("2026-03-05") + 7 * w, date), 50000);
    }
  schedule = payday_schedule_compute (plan, rules, D (TODAY));
  options = payday_payouts_compare (schedule);
  g_assert_cmpuint (options->len, ==, PAYDAY_N_METHODS * 4);

  for (guint i = 0; i < options->len; i++)
    {
      const PaydayPayoutOption *o = &g_array_index (options, PaydayPayoutOption, i);

      if (o->current)
        {
          current++;
          g_assert_cmpint (o->method, ==, PAYDAY_METHOD_PAYPAL);
          g_assert_cmpint (o->schedule, ==, PAYDAY_SCHEDULE_MONTHLY);
        }
      if (o->method == PAYDAY_METHOD_PAYPAL && o->schedule == PAYDAY_SCHEDULE_WEEKLY)
        {
          /* 20 Thursdays of money, each paid the Wednesday after (20 × $2) and in the
           * bank two business days later, on Friday: 8 days after the work. */
          g_assert_cmpuint (o->count, ==, 20);
          g_assert_cmpint (o->fees_cents, ==, 4000);
          g_assert_cmpint (o->median_days_to_bank, ==, 8);
        }
      if (o->method == PAYDAY_METHOD_ACH_US)
        g_assert_cmpint (o->fees_cents, ==, 0);
      if (o->schedule == PAYDAY_SCHEDULE_QUARTERLY)
        g_assert_cmpuint (o->count, <=, 3);
    }
  g_assert_cmpuint (current, ==, 1);
}

static void
compare_done (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  GArray **options = user_data;
  g_autoptr(GError) error = NULL;

  *options = payday_payouts_compare_finish (result, &error);
  g_assert_no_error (error);
}

/* In a thread on copies: editing the plan meanwhile changes nothing in the answer. */
static void
test_compare_async (void)
{
  g_autoptr(PaydayPlan) plan = plan_new (PAYDAY_REGION_NON_US, PAYDAY_METHOD_WIRE,
                                         PAYDAY_SCHEDULE_QUARTERLY);
  g_autoptr(PaydaySchedule) schedule = NULL;
  g_autoptr(GArray) expected = NULL;
  GArray *options = NULL;

  add_money (plan, "2026-02-02", 150000);
  add_money (plan, "2026-03-20", 250000);
  add_money (plan, "2026-05-20", 90000);
  add_history (plan, "2026-02-20", 100000);
  schedule = payday_schedule_compute (plan, rules, D (TODAY));
  expected = payday_payouts_compare (schedule);

  payday_payouts_compare_async (schedule, NULL, compare_done, &options);
  g_array_set_size (plan->withdrawals.history, 0);
  plan->withdrawals.method = PAYDAY_METHOD_PAYPAL;
  while (options == NULL)
    g_main_context_iteration (NULL, TRUE);

  g_assert_cmpuint (options->len, ==, expected->len);
  g_assert_cmpmem (options->data, options->len * sizeof (PaydayPayoutOption),
                   expected->data, expected->len * sizeof (PaydayPayoutOption));
  g_array_unref (options);
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              GString    *names)
{
  g_string_append_printf (names, "%s ", pspec->name);
}

static void
count_items_changed (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     guint      *count)
{
  (*count)++;
}

/* The document's list of withdrawals follows a new projection: an unchanged row notifies
 * nothing, a changed one only what changed, and a row that turns from projected to past is
 * another object (filtered views re-filter on items-changed only). */
static void
test_rows_sync (void)
{
  g_autoptr(PaydayPlan) plan = plan_new (PAYDAY_REGION_US, PAYDAY_METHOD_ACH_US,
                                         PAYDAY_SCHEDULE_WEEKLY);
  g_autoptr(GListStore) store = g_list_store_new (PAYDAY_TYPE_PAYOUT_ROW);
  g_autoptr(PaydayPayouts) first = NULL;
  g_autoptr(PaydayPayouts) second = NULL;
  g_autoptr(PaydayPayoutRow) history = NULL;
  g_autoptr(PaydayPayoutRow) projected = NULL;
  g_autoptr(PaydayPayoutRow) later = NULL;
  g_autoptr(GString) notified = g_string_new (NULL);
  guint changes = 0;

  add_money (plan, "2026-02-02", 30000);
  add_history (plan, "2026-02-10", 10000);
  add_money (plan, "2026-03-03", 20000);
  add_money (plan, "2026-03-10", 15000);
  first = project (plan);
  payday_payout_rows_sync (store, first->rows);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, 3);

  history = g_list_model_get_item (G_LIST_MODEL (store), 0);
  projected = g_list_model_get_item (G_LIST_MODEL (store), 1);
  later = g_list_model_get_item (G_LIST_MODEL (store), 2);
  g_assert_false (payday_payout_row_get_projected (history));
  g_assert_cmpint (payday_payout_row_get_history_index (history), ==, 0);
  g_assert_true (payday_payout_row_get_projected (projected));
  g_assert_cmpint (payday_payout_row_get_amount (projected), ==, 40000);
  g_signal_connect (projected, "notify", G_CALLBACK (count_notify), notified);
  g_signal_connect (later, "notify", G_CALLBACK (count_notify), notified);
  g_signal_connect (store, "items-changed", G_CALLBACK (count_items_changed), &changes);

  /* A larger past withdrawal: the next projected one shrinks, the one after stays as it
   * was and says nothing. */
  g_array_index (plan->withdrawals.history, PaydayWithdrawal, 0).amount_cents = 15000;
  second = project (plan);
  payday_payout_rows_sync (store, second->rows);
  g_assert_cmpuint (changes, ==, 0);
  /* In whatever order GObject thaws them. */
  g_assert_cmpuint (notified->len, ==, strlen ("amount received "));
  g_assert_nonnull (strstr (notified->str, "amount "));
  g_assert_nonnull (strstr (notified->str, "received "));
  g_assert_cmpint (payday_payout_row_get_amount (projected), ==, 35000);
  g_assert_cmpint (payday_payout_row_get_amount (history), ==, 15000);
  g_assert_true (g_list_model_get_item (G_LIST_MODEL (store), 1) == (gpointer) projected);
  g_object_unref (projected);

  /* The projection of 2026-03-04 recorded as done: a past row in its place. */
  add_history (plan, "2026-03-04", 35000);
  plan->today = D ("2026-03-05");
  {
    g_autoptr(PaydaySchedule) schedule = payday_schedule_compute (plan, rules, D ("2026-03-05"));
    g_autoptr(PaydayPayouts) moved = payday_payouts_compute (schedule);
    g_autoptr(PaydayPayoutRow) now = NULL;

    payday_payout_rows_sync (store, moved->rows);
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, 3);
    now = g_list_model_get_item (G_LIST_MODEL (store), 1);
    g_assert_false (payday_payout_row_get_projected (now));
    g_assert_true (now != projected);
    g_assert_cmpuint (changes, ==, 1);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  rules = payday_rules_load_from_data (rules_json, -1, TRUE, &error);
  g_assert_no_error (error);

  g_test_add_func ("/payday/withdrawals/schedule-days", test_schedule_days);
  g_test_add_func ("/payday/withdrawals/monthly-and-quarterly", test_monthly_and_quarterly);
  g_test_add_func ("/payday/withdrawals/business-days", test_business_days);
  g_test_add_func ("/payday/withdrawals/saturday-arrival", test_saturday_arrival);
  g_test_add_func ("/payday/withdrawals/threshold-us", test_threshold_us);
  g_test_add_func ("/payday/withdrawals/threshold-non-us", test_threshold_non_us);
  g_test_add_func ("/payday/withdrawals/reserve", test_reserve);
  g_test_add_func ("/payday/withdrawals/force-after-180-days", test_force_after_180_days);
  g_test_add_func ("/payday/withdrawals/exception", test_exception);
  g_test_add_func ("/payday/withdrawals/instant-pay", test_instant_pay);
  g_test_add_func ("/payday/withdrawals/fee-between-editions", test_fee_between_editions);
  g_test_add_func ("/payday/withdrawals/manual", test_manual);
  g_test_add_func ("/payday/withdrawals/history-deficit", test_history_deficit);
  g_test_add_func ("/payday/withdrawals/order", test_order);
  g_test_add_func ("/payday/withdrawals/window", test_window);
  g_test_add_func ("/payday/withdrawals/days-to-bank", test_days_to_bank);
  g_test_add_func ("/payday/withdrawals/compare", test_compare);
  g_test_add_func ("/payday/withdrawals/compare-async", test_compare_async);
  g_test_add_func ("/payday/withdrawals/rows-sync", test_rows_sync);

  status = g_test_run ();
  payday_rules_unref (rules);
  return status;
}
