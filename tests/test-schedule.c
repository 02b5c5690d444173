/* test-schedule.c — the payment schedule: dates, fees, statuses, projection, summary
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "payday-schedule.h"
#include "core-test-util.h"

static PaydayRules *upwork;

static void
pin (PaydayPlan *plan,
     const char *edition)
{
  plan->rules_edition = D (edition);
}

static PaydaySchedule *
compute (PaydayPlan *plan)
{
  return payday_schedule_compute (plan, upwork, payday_plan_get_today (plan));
}

static const PaydayItem *
find (const PaydaySchedule *schedule,
      const char           *contract_id,
      const char           *item_id)
{
  for (guint i = 0; i < schedule->items->len; i++)
    {
      const PaydayItem *item = &g_array_index (schedule->items, PaydayItem, i);
      char buf[PAYDAY_DATE_BUF];

      if (g_str_equal (item->contract_id, contract_id) &&
          g_str_equal (payday_item_format_id (item, buf), item_id))
        return item;
    }

  g_error ("no item %s/%s", contract_id, item_id);
  return NULL;
}

static void
assert_dates (const PaydayItem *item,
              const char       *charged,
              const char       *released,
              const char       *available)
{
  g_assert_cmpint (item->charged_on, ==, D (charged));
  g_assert_cmpint (item->released_on, ==, D (released));
  g_assert_cmpint (item->available_on, ==, D (available));
}

static void
assert_money (const PaydayItem *item,
              PaydayCents       gross,
              PaydayCents       fee,
              PaydayCents       net)
{
  g_assert_cmpint (item->gross_cents, ==, gross);
  g_assert_cmpint (item->fee_cents, ==, fee);
  g_assert_cmpint (item->net_cents, ==, net);
}

static const PaydayEdition *
edition (const char *from)
{
  const PaydayEdition *e = payday_rules_find_edition (upwork, D (from));

  g_assert_nonnull (e);
  return e;
}

/* ---------------------------------------------------------------------------------------- */
/* The spec's worked examples (edition 2023-05-03) */

static void
test_example_hourly (void)
{
  g_autoptr(PaydayPlan) plan = payday_test_plan_at ("2026-03-02");
  g_autoptr(PaydaySchedule) schedule = NULL;
  const PaydayItem *item;
  PaydayContract *c;

  pin (plan, "2023-05-03");
  c = payday_test_add_contract (plan, "c1", NULL, PAYDAY_CONTRACT_HOURLY, 2500);
  payday_test_add_week (c, "2026-01-05", 1250, 0, PAYDAY_DISPUTE_PAID);

  schedule = compute (plan);
  g_assert_cmpuint (schedule->items->len, ==, 1);
  item = find (schedule, "c1", "2026-01-05");
  g_assert_cmpint (item->kind, ==, PAYDAY_ITEM_HOURLY_WEEK);
  g_assert_cmpint (item->minutes, ==, 750);
  g_assert_cmpint (item->over_limit_minutes, ==, 0);
  assert_money (item, 31250, 3125, 28125);
  assert_dates (item, "2026-01-12", "2026-01-16", "2026-01-21");
  g_assert_cmpint (item->period_start, ==, D ("2026-01-05"));
  g_assert_cmpint (item->period_end, ==, D ("2026-01-11"));
  g_assert_true (item->edition == edition ("2023-05-03"));
  g_assert_cmpint (item->status, ==, PAYDAY_STATUS_AVAILABLE);
  g_assert_false (item->projected);
}

static void
test_example_limit (void)
{
  g_autoptr(PaydayPlan) plan = payday_test_plan_at ("2026-03-02");
  g_autoptr(PaydaySchedule) schedule = NULL;
  const PaydayItem *item;
  PaydayContract *c;

  pin (plan, "2023-05-03");
  c = payday_test_add_contract (plan, "c1", NULL, PAYDAY_CONTRACT_HOURLY, 2500);
  c->weekly_limit_hours = 1000;
  payday_test_add_week (c, "2026-01-05", 1250, 0, PAYDAY_DISPUTE_PAID);

  schedule = compute (plan);
  item = find (schedule, "c1", "2026-01-05");
  g_assert_cmpint (item->minutes, ==, 600);
  g_assert_cmpint (item->over_limit_minutes, ==, 150);
  assert_money (item, 25000, 2500, 22500);
}

static void
test_example_milestone (void)
{
  g_autoptr(PaydayPlan) plan = payday_test_plan_at ("2026-03-02");
  g_autoptr(PaydaySchedule) schedule = NULL;
  const PaydayItem *item;
  PaydayContract *c;

  pin (plan, "2023-05-03");
  c = payday_test_add_contract (plan, "auto", "cl", PAYDAY_CONTRACT_FIXED, 0);
  payday_test_add_milestone (c, "m1", 50000, "2026-01-20", NULL, "2026-02-02", NULL);
  c = payday_test_add_contract (plan, "early", "cl", PAYDAY_CONTRACT_FIXED, 0);
  payday_test_add_milestone (c, "m1", 50000, "2026-01-20", NULL, "2026-02-02", "2026-02-04");

  schedule = compute (plan);
  item = find (schedule, "auto", "m1");
  g_assert_cmpint (item->kind, ==, PAYDAY_ITEM_MILESTONE);
  g_assert_cmpstr (item->ref_id, ==, "m1");
  assert_dates (item, "2026-01-20", "2026-02-16", "2026-02-21");
  g_assert_true (item->auto_released);
  g_assert_cmpint (item->minutes, ==, PAYDAY_NONE);
  g_assert_cmpint (item->period_start, ==, D ("2026-01-20"));
  g_assert_cmpint (item->period_end, ==, D ("2026-02-02"));
  assert_money (item, 50000, 5000, 45000);

  item = find (schedule, "early", "m1");
  assert_dates (item, "2026-01-20", "2026-02-04", "2026-02-09");
  g_assert_false (item->auto_released);
}

static void
test_example_sliding (void)
{
  g_autoptr(PaydayPlan) plan = payday_test_plan_at ("2017-03-01");
  g_autoptr(PaydaySchedule) schedule = NULL;
  PaydayContract *c;

  pin (plan, "2016-06-21");
  payday_test_add_client (plan, "new", NULL, 0);
  c = payday_test_add_contract (plan, "c1", "new", PAYDAY_CONTRACT_FIXED, 0);
  payday_test_add_milestone (c, "m1", 60000, "2017-01-02", NULL, "2017-01-10", NULL);

  schedule = compute (plan);
  assert_money (find (schedule, "c1", "m1"), 60000, 11000, 49000);
}

/* ---------------------------------------------------------------------------------------- */

static void
test_rounding (void)
{
  g_autoptr(PaydayPlan) plan = payday_test_plan_at ("2026-03-02");
  g_autoptr(PaydaySchedule) schedule = NULL;
  PaydayContract *c;

  pin (plan, "2023-05-03");
  c = payday_test_add_contract (plan, "half", NULL, PAYDAY_CONTRACT_HOURLY, 30);
  payday_test_add_week (c, "2026-01-05", 1, 0, PAYDAY_DISPUTE_PAID);            /* 0.01 h → 1 minute */
  payday_test_add_week (c, "2026-01-12", 1250, 0, PAYDAY_DISPUTE_PAID);
  c = payday_test_add_contract (plan, "odd", NULL, PAYDAY_CONTRACT_HOURLY, 2500);
  payday_test_add_week (c, "2026-01-05", 1, 0, PAYDAY_DISPUTE_PAID);
  payday_test_add_week (c, "2026-01-12", 2, 0, PAYDAY_DISPUTE_PAID);            /* 1.2 min → 1 */
  payday_test_add_week (c, "2026-01-19", 125, 0, PAYDAY_DISPUTE_PAID);          /* 75 minutes */

  schedule = compute (plan);
  /* 30 cents/h × 1 min = 0.5 cent → 1; its fee 0.1 → 0 */
  g_assert_cmpint (find (schedule, "half", "2026-01-05")->minutes, ==, 1);
  assert_money (find (schedule, "half", "2026-01-05"), 1, 0, 1);
  g_assert_cmpint (find (schedule, "half", "2026-01-12")->minutes, ==, 750);
  assert_money (find (schedule, "half", "2026-01-12"), 375, 38, 337); /* 37.5 → 38 */
  /* $25/h × 1 min = 41.67 cents → 42 */
  assert_money (find (schedule, "odd", "2026-01-05"), 42, 4, 38);
  g_assert_cmpint (find (schedule, "odd", "2026-01-12")->minutes, ==, 1);
  assert_money (find (schedule, "odd", "2026-01-19"), 3125, 313, 2812);
}

static void
test_year_boundary (void)
{
  g_autoptr(PaydayPlan) plan = payday_test_plan_at ("2026-01-10");
  g_autoptr(PaydaySchedule) schedule = NULL;
  const PaydayItem *item;
  PaydayContract *c;

  c = payday_test_add_contract (plan, "c1", NULL, PAYDAY_CONTRACT_HOURLY, 6000);
  payday_test_add_week (c, "2025-12-29", 1000, 0, PAYDAY_DISPUTE_PAID);
  payday_test_add_bonus (c, "newyear", "2025-12-31", 10000);
  c = payday_test_add_contract (plan, "c2", NULL, PAYDAY_CONTRACT_FIXED, 0);
  payday_test_add_milestone (c, "m1", 20000, "2025-12-01", NULL, "2025-12-22", NULL);

  schedule = compute (plan);
  item = find (schedule, "c1", "2025-12-29");
  g_assert_cmpint (item->period_end, ==, D ("2026-01-04"));
  assert_dates (item, "2026-01-05", "2026-01-09", "2026-01-14");
  g_assert_cmpint (item->status, ==, PAYDAY_STATUS_PENDING);
  g_assert_true (item->edition == edition ("2025-05-01"));
  assert_money (item, 60000, 6000, 54000);                 /* per_contract default 10% */

  item = find (schedule, "c1", "newyear");
  g_assert_cmpint (item->kind, ==, PAYDAY_ITEM_BONUS);
  assert_dates (item, "2025-12-31", "2025-12-31", "2026-01-05");
  g_assert_cmpint (item->status, ==, PAYDAY_STATUS_AVAILABLE);

  item = find (schedule, "c2", "m1");
  assert_dates (item, "2025-12-01", "2026-01-05", "2026-01-10");
  g_assert_cmpint (item->status, ==, PAYDAY_STATUS_AVAILABLE);
}

static void
test_leap_day (void)
{
  g_autoptr(PaydayPlan) plan = payday_test_plan_at ("2024-03-01");
  g_autoptr(PaydaySchedule) schedule = NULL;
  const PaydayItem *item;
  PaydayContract *c;

  c = payday_test_add_contract (plan, "h", NULL, PAYDAY_CONTRACT_HOURLY, 1000);
  payday_test_add_week (c, "2024-02-19", 100, 0, PAYDAY_DISPUTE_PAID);
  payday_test_add_week (c, "2024-02-26", 100, 0, PAYDAY_DISPUTE_PAID);
  payday_test_add_bonus (c, "leap", "2024-02-29", 500);
  c = payday_test_add_contract (plan, "f", NULL, PAYDAY_CONTRACT_FIXED, 0);
  payday_test_add_milestone (c, "m1", 10000, "2024-02-01", NULL, "2024-02-20", NULL);

  schedule = compute (plan);
  item = find (schedule, "h", "2024-02-19");
  assert_dates (item, "2024-02-26", "2024-03-01", "2024-03-06");
  g_assert_cmpint (item->status, ==, PAYDAY_STATUS_PENDING);     /* today = released_on */
  item = find (schedule, "h", "2024-02-26");
  g_assert_cmpint (item->period_end, ==, D ("2024-03-03"));
  assert_dates (item, "2024-03-04", "2024-03-08", "2024-03-13");
  g_assert_cmpint (item->status, ==, PAYDAY_STATUS_IN_PROGRESS);
  item = find (schedule, "h", "leap");
  assert_dates (item, "2024-02-29", "2024-02-29", "2024-03-05");
  item = find (schedule, "f", "m1");
  assert_dates (item, "2024-02-01", "2024-03-05", "2024-03-10");
  g_assert_cmpint (item->status, ==, PAYDAY_STATUS_IN_REVIEW);
}

/* For every edition: a bonus the day before it and one on its first day, each from a new
 * client, so the fee shows which edition judged it. */
static void
test_edition_boundaries (void)
{
  g_autoptr(PaydayPlan) plan = payday_test_plan_at ("2026-03-02");
  g_autoptr(PaydaySchedule) schedule = NULL;
  PaydayContract *c;

  for (guint i = 1; i < upwork->editions->len; i++)
    {
      const PaydayEdition *e = g_ptr_array_index (upwork->editions, i);
      char day[PAYDAY_DATE_BUF], before[PAYDAY_DATE_BUF];
      g_autofree char *id = g_strdup_printf ("e%u", i);

      payday_date_format (e->effective_from, day);
      payday_date_format (e->effective_from - 1, before);
      c = payday_test_add_contract (plan, id, NULL, PAYDAY_CONTRACT_FIXED, 0);
      payday_test_add_bonus (c, "before", before, 100000);
      payday_test_add_bonus (c, "on", day, 100000);
    }

  schedule = compute (plan);
  for (guint i = 1; i < upwork->editions->len; i++)
    {
      g_autofree char *id = g_strdup_printf ("e%u", i);

      g_assert_true (find (schedule, id, "before")->edition == g_ptr_array_index (upwork->editions, i - 1));
      g_assert_true (find (schedule, id, "on")->edition == g_ptr_array_index (upwork->editions, i));
    }

  /* The fee changes exactly on the boundaries (each contract is its own client; its two
   * bonuses share that client's lifetime billings). */
  assert_money (find (schedule, "e1", "before"), 100000, 10000, 90000);   /* flat 10% */
  /* sliding, 100000 billed before: 10% of the first 900000 bracket */
  assert_money (find (schedule, "e1", "on"), 100000, 10000, 90000);
  /* 2023-05-02 sliding, new contract: 20% × 500 + 10% × 500 */
  assert_money (find (schedule, "e6", "before"), 100000, 15000, 85000);
  assert_money (find (schedule, "e6", "on"), 100000, 10000, 90000);
  assert_money (find (schedule, "e8", "before"), 100000, 10000, 90000);
  assert_money (find (schedule, "e8", "on"), 100000, 10000, 90000);
}

static void
test_edition_boundary_sliding_start (void)
{
  g_autoptr(PaydayPlan) plan = payday_test_plan_at ("2016-12-01");
  g_autoptr(PaydaySchedule) schedule = NULL;
  const PaydayItem *item;
  PaydayContract *c;

  c = payday_test_add_contract (plan, "a", "x", PAYDAY_CONTRACT_FIXED, 0);
  payday_test_add_bonus (c, "b", "2016-06-20", 100000);
  c = payday_test_add_contract (plan, "b", "y", PAYDAY_CONTRACT_FIXED, 0);
  payday_test_add_bonus (c, "b", "2016-06-21", 100000);
  /* Hourly weeks are judged on their charge day, the Monday after the week. */
  c = payday_test_add_contract (plan, "h1", "z1", PAYDAY_CONTRACT_HOURLY, 10000);
  payday_test_add_week (c, "2016-06-13", 1000, 0, PAYDAY_DISPUTE_PAID);     /* charged 06-20 */
  c = payday_test_add_contract (plan, "h2", "z2", PAYDAY_CONTRACT_HOURLY, 10000);
  payday_test_add_week (c, "2016-06-20", 1000, 0, PAYDAY_DISPUTE_PAID);     /* charged 06-27 */

  schedule = compute (plan);
  assert_money (find (schedule, "a", "b"), 100000, 10000, 90000);
  assert_money (find (schedule, "b", "b"), 100000, 15000, 85000);
  item = find (schedule, "h1", "2016-06-13");
  g_assert_true (item->edition == edition ("2014-01-01"));
  assert_money (item, 100000, 10000, 90000);
  item = find (schedule, "h2", "2016-06-20");
  g_assert_true (item->edition == edition ("2016-06-21"));
  assert_money (item, 100000, 15000, 85000);
}

static void
test_sliding_tiers (void)
{
  g_autoptr(PaydayPlan) plan = payday_test_plan_at ("2018-06-01");
  g_autoptr(PaydaySchedule) schedule = NULL;
  PaydayContract *c;

  payday_test_add_client (plan, "new", NULL, 0);
  payday_test_add_client (plan, "old", NULL, 990000);
  payday_test_add_client (plan, "edge", NULL, 999995);
  payday_test_add_client (plan, "tie", NULL, 0);

  /* In plan order b comes first, but lifetime order is by charge date. */
  c = payday_test_add_contract (plan, "b", "new", PAYDAY_CONTRACT_FIXED, 0);
  payday_test_add_milestone (c, "m2", 700000, "2017-03-01", NULL, "2017-03-10", "2017-03-12");
  payday_test_add_milestone (c, "m3", 1000000, "2017-04-01", NULL, "2017-04-10", "2017-04-12");
  c = payday_test_add_contract (plan, "a", "new", PAYDAY_CONTRACT_FIXED, 0);
  payday_test_add_milestone (c, "m1", 40000, "2017-02-01", NULL, "2017-02-10", "2017-02-12");

  /* prior billings: 10000 at 10%, 10000 at 5% */
  c = payday_test_add_contract (plan, "o", "old", PAYDAY_CONTRACT_FIXED, 0);
  payday_test_add_milestone (c, "m1", 20000, "2017-02-01", NULL, "2017-02-10", NULL);

  /* one rounding at the end: 5 cents at 10% (0.5) + 10 cents at 5% (0.5) = 1 cent */
  c = payday_test_add_contract (plan, "e", "edge", PAYDAY_CONTRACT_FIXED, 0);
  payday_test_add_milestone (c, "m1", 15, "2017-02-01", NULL, "2017-02-10", NULL);

  /* ties on the charge date: by contract id, then item id */
  c = payday_test_add_contract (plan, "t2", "tie", PAYDAY_CONTRACT_FIXED, 0);
  payday_test_add_milestone (c, "a", 50000, "2017-05-01", NULL, "2017-05-10", NULL);
  c = payday_test_add_contract (plan, "t1", "tie", PAYDAY_CONTRACT_FIXED, 0);
  payday_test_add_milestone (c, "z", 50000, "2017-05-01", NULL, "2017-05-10", NULL);
  payday_test_add_milestone (c, "y", 50000, "2017-05-01", NULL, "2017-05-10", NULL);

  schedule = compute (plan);
  assert_money (find (schedule, "a", "m1"), 40000, 8000, 32000);
  /* 10000 at 20% + 690000 at 10% */
  assert_money (find (schedule, "b", "m2"), 700000, 2000 + 69000, 700000 - 71000);
  /* lifetime 740000: 260000 at 10% + 740000 at 5% */
  assert_money (find (schedule, "b", "m3"), 1000000, 26000 + 37000, 1000000 - 63000);
  assert_money (find (schedule, "o", "m1"), 20000, 1500, 18500);
  assert_money (find (schedule, "e", "m1"), 15, 1, 14);
  assert_money (find (schedule, "t1", "y"), 50000, 10000, 40000);
  assert_money (find (schedule, "t1", "z"), 50000, 5000, 45000);
  assert_money (find (schedule, "t2", "a"), 50000, 5000, 45000);
}

static void
test_fee_override (void)
{
  g_autoptr(PaydayPlan) plan = payday_test_plan_at ("2026-03-02");
  g_autoptr(PaydaySchedule) schedule = NULL;
  PaydayContract *c;

  payday_test_add_client (plan, "x", NULL, 0);
  /* sliding edition: a contract at 5% still counts in the client's lifetime billings */
  c = payday_test_add_contract (plan, "s1", "x", PAYDAY_CONTRACT_FIXED, 0);
  c->fee_bp = 500;
  payday_test_add_milestone (c, "m", 60000, "2017-01-02", NULL, "2017-01-10", NULL);
  c = payday_test_add_contract (plan, "s2", "x", PAYDAY_CONTRACT_FIXED, 0);
  payday_test_add_milestone (c, "m", 10000, "2017-02-01", NULL, "2017-02-10", NULL);
  /* flat and per_contract editions */
  c = payday_test_add_contract (plan, "f", NULL, PAYDAY_CONTRACT_FIXED, 0);
  c->fee_bp = 1250;
  payday_test_add_milestone (c, "m", 10000, "2023-07-01", NULL, "2023-07-10", NULL);
  c = payday_test_add_contract (plan, "p", NULL, PAYDAY_CONTRACT_FIXED, 0);
  c->fee_bp = 0;
  payday_test_add_milestone (c, "m", 10000, "2025-07-01", NULL, "2025-07-10", NULL);
  c = payday_test_add_contract (plan, "q", NULL, PAYDAY_CONTRACT_FIXED, 0);
  payday_test_add_milestone (c, "m", 10000, "2025-07-01", NULL, "2025-07-10", NULL);

  schedule = compute (plan);
  assert_money (find (schedule, "s1", "m"), 60000, 3000, 57000);
  assert_money (find (schedule, "s2", "m"), 10000, 1000, 9000);
  assert_money (find (schedule, "f", "m"), 10000, 1250, 8750);
  assert_money (find (schedule, "p", "m"), 10000, 0, 10000);
  assert_money (find (schedule, "q", "m"), 10000, 1000, 9000);     /* default_percent */
}

static void
test_disputes (void)
{
  g_autoptr(PaydayPlan) plan = payday_test_plan_at ("2026-03-02");
  g_autoptr(PaydaySchedule) schedule = NULL;
  const PaydayItem *item;
  PaydayContract *c;

  pin (plan, "2023-05-03");
  c = payday_test_add_contract (plan, "c", NULL, PAYDAY_CONTRACT_HOURLY, 6000);
  g_free (c->title);
  c->title = g_strdup ("Support retainer");
  payday_test_add_week (c, "2026-01-05", 1000, 400, PAYDAY_DISPUTE_PENDING);
  payday_test_add_week (c, "2026-01-12", 1000, 400, PAYDAY_DISPUTE_PAID);
  payday_test_add_week (c, "2026-01-19", 1000, 400, PAYDAY_DISPUTE_REFUNDED);
  payday_test_add_week (c, "2026-01-26", 500, 500, PAYDAY_DISPUTE_PENDING);
  payday_test_add_week (c, "2026-02-02", 0, 0, PAYDAY_DISPUTE_PAID);

  schedule = compute (plan);
  g_assert_cmpuint (schedule->items->len, ==, 3);
  item = find (schedule, "c", "2026-01-05");
  g_assert_cmpint (item->minutes, ==, 360);
  g_assert_cmpint (item->unpaid_minutes, ==, 240);
  assert_money (item, 36000, 3600, 32400);
  item = find (schedule, "c", "2026-01-12");
  g_assert_cmpint (item->minutes, ==, 600);
  g_assert_cmpint (item->unpaid_minutes, ==, 0);
  item = find (schedule, "c", "2026-01-19");
  g_assert_cmpint (item->minutes, ==, 360);
  g_assert_cmpint (item->unpaid_minutes, ==, 240);
  /* a week disputed in full makes no item, but a note */
  g_assert_cmpuint (schedule->notes->len, ==, 1);
  /* the note names the contract by its title (C locale: the English text) */
  g_assert_cmpstr (g_ptr_array_index (schedule->notes, 0), ==,
                   "The week of 2026-01-26 on contract “Support retainer” is disputed in full "
                   "(pending): no payment is scheduled.");
}

static void
test_limits (void)
{
  g_autoptr(PaydayPlan) plan = payday_test_plan_at ("2026-03-02");
  g_autoptr(PaydaySchedule) schedule = NULL;
  const PaydayItem *item;
  PaydayContract *c;

  c = payday_test_add_contract (plan, "c", NULL, PAYDAY_CONTRACT_HOURLY, 6000);
  c->weekly_limit_hours = 1000;
  payday_test_add_week (c, "2026-01-05", 1200, 300, PAYDAY_DISPUTE_PENDING);  /* 600 − 180 */
  payday_test_add_week (c, "2026-01-12", 1000, 0, PAYDAY_DISPUTE_PAID);       /* exactly the limit */
  payday_test_add_week (c, "2026-01-19", 999, 0, PAYDAY_DISPUTE_PAID);
  c = payday_test_add_contract (plan, "zero", NULL, PAYDAY_CONTRACT_HOURLY, 6000);
  c->weekly_limit_hours = 0;
  payday_test_add_week (c, "2026-01-05", 1200, 0, PAYDAY_DISPUTE_PAID);

  schedule = compute (plan);
  item = find (schedule, "c", "2026-01-05");
  g_assert_cmpint (item->minutes, ==, 420);
  g_assert_cmpint (item->over_limit_minutes, ==, 120);
  g_assert_cmpint (item->unpaid_minutes, ==, 180);
  item = find (schedule, "c", "2026-01-12");
  g_assert_cmpint (item->minutes, ==, 600);
  g_assert_cmpint (item->over_limit_minutes, ==, 0);
  item = find (schedule, "c", "2026-01-19");
  g_assert_cmpint (item->minutes, ==, 599);                       /* 9.99 h = 599.4 min */
  g_assert_cmpuint (schedule->items->len, ==, 3);                 /* limit 0: nothing billed */
}

static void
test_milestone_release (void)
{
  g_autoptr(PaydayPlan) plan = payday_test_plan_at ("2026-03-02");
  g_autoptr(PaydaySchedule) schedule = NULL;
  const PaydayItem *item;
  PaydayContract *c;
  PaydayMilestone *m;

  c = payday_test_add_contract (plan, "c", NULL, PAYDAY_CONTRACT_FIXED, 0);
  payday_test_add_milestone (c, "same-day", 10000, "2026-01-01", NULL, "2026-01-05", "2026-01-05");
  payday_test_add_milestone (c, "late", 10000, "2026-01-01", NULL, "2026-01-05", "2026-01-25");
  m = payday_test_add_milestone (c, "less", 10000, "2026-01-01", NULL, "2026-01-05", NULL);
  m->paid_cents = 8000;
  m = payday_test_add_milestone (c, "gone", 10000, "2026-01-01", NULL, "2026-01-05", NULL);
  m->status = PAYDAY_MILESTONE_CANCELLED;
  m = payday_test_add_milestone (c, "fight", 10000, "2026-01-01", NULL, "2026-01-05", NULL);
  m->status = PAYDAY_MILESTONE_DISPUTED;
  payday_test_add_milestone (c, "idle", 10000, "2026-01-01", NULL, NULL, NULL);

  schedule = compute (plan);
  g_assert_cmpuint (schedule->items->len, ==, 3);
  item = find (schedule, "c", "same-day");
  assert_dates (item, "2026-01-01", "2026-01-05", "2026-01-10");
  g_assert_false (item->auto_released);
  item = find (schedule, "c", "late");
  assert_dates (item, "2026-01-01", "2026-01-25", "2026-01-30");
  item = find (schedule, "c", "less");
  assert_dates (item, "2026-01-01", "2026-01-19", "2026-01-24");
  g_assert_true (item->auto_released);
  assert_money (item, 8000, 800, 7200);
  g_assert_cmpuint (schedule->notes->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (schedule->notes, 0), ==,
                   "Milestone “fight” of contract “c” is disputed: it is not scheduled until "
                   "the dispute ends.");
}

static void
test_unfunded (void)
{
  g_autoptr(PaydayPlan) plan = payday_test_plan_at ("2023-06-01");
  g_autoptr(PaydaySchedule) schedule = NULL;
  const PaydayItem *item;
  PaydayMilestone *m;
  PaydayContract *c;

  /* Funded in the sliding era: the funding day's edition judges the fee (20%). */
  c = payday_test_add_contract (plan, "funded", NULL, PAYDAY_CONTRACT_FIXED, 0);
  payday_test_add_milestone (c, "m", 10000, "2023-04-01", NULL, "2023-04-25", NULL);
  /* Never funded: the edition on released_on (2023-05-09, flat 10%). */
  c = payday_test_add_contract (plan, "bare", NULL, PAYDAY_CONTRACT_FIXED, 0);
  g_clear_pointer (&c->title, g_free);      /* no title: the note falls back to the id */
  m = payday_test_add_milestone (c, "m", 10000, NULL, NULL, "2023-04-25", NULL);
  g_free (m->title);
  m->title = g_strdup ("Launch support");

  schedule = compute (plan);
  item = find (schedule, "funded", "m");
  g_assert_false (item->unfunded);
  g_assert_true (item->edition == edition ("2021-01-01"));
  assert_money (item, 10000, 2000, 8000);

  item = find (schedule, "bare", "m");
  g_assert_true (item->unfunded);
  g_assert_cmpint (item->charged_on, ==, PAYDAY_DATE_NONE);
  g_assert_cmpint (item->period_start, ==, PAYDAY_DATE_NONE);
  g_assert_cmpint (item->released_on, ==, D ("2023-05-09"));
  g_assert_cmpint (item->available_on, ==, D ("2023-05-14"));
  g_assert_true (item->edition == edition ("2023-05-03"));
  assert_money (item, 10000, 1000, 9000);
  g_assert_cmpuint (schedule->notes->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (schedule->notes, 0), ==,
                   "Milestone “Launch support” of contract “bare” was never funded: escrow "
                   "does not protect it.");
}

static void
test_top_rated (void)
{
  g_autoptr(PaydayPlan) plan = payday_test_plan_at ("2020-07-01");
  g_autoptr(PaydaySchedule) schedule = NULL;
  const PaydayItem *item;
  PaydayContract *c;

  plan->profile.top_rated_since = D ("2020-05-08");
  c = payday_test_add_contract (plan, "c", NULL, PAYDAY_CONTRACT_HOURLY, 5000);
  payday_test_add_week (c, "2020-04-20", 1000, 0, PAYDAY_DISPUTE_PAID);   /* charged 04-27: old rules */
  payday_test_add_week (c, "2020-04-27", 1000, 0, PAYDAY_DISPUTE_PAID);   /* released 05-08 = since */
  payday_test_add_week (c, "2020-05-04", 1000, 0, PAYDAY_DISPUTE_PAID);
  payday_test_add_bonus (c, "b", "2020-05-15", 1000);                     /* bonuses keep their hold */

  schedule = compute (plan);
  item = find (schedule, "c", "2020-04-20");
  assert_dates (item, "2020-04-27", "2020-05-01", "2020-05-06");
  g_assert_false (item->top_rated_fast);
  item = find (schedule, "c", "2020-04-27");
  assert_dates (item, "2020-05-04", "2020-05-08", "2020-05-08");
  g_assert_true (item->top_rated_fast);
  item = find (schedule, "c", "2020-05-04");
  assert_dates (item, "2020-05-11", "2020-05-15", "2020-05-15");
  item = find (schedule, "c", "b");
  assert_dates (item, "2020-05-15", "2020-05-15", "2020-05-20");

  /* not Top Rated yet on released_on: the normal hold */
  plan->profile.top_rated_since = D ("2020-05-09");
  g_clear_pointer (&schedule, payday_schedule_unref);
  schedule = compute (plan);
  item = find (schedule, "c", "2020-04-27");
  assert_dates (item, "2020-05-04", "2020-05-08", "2020-05-13");
  g_assert_false (item->top_rated_fast);

  /* Top Rated long before 2020-05-01: no fast payout under the older editions */
  plan->profile.top_rated_since = D ("2017-01-01");
  g_clear_pointer (&schedule, payday_schedule_unref);
  schedule = compute (plan);
  g_assert_false (find (schedule, "c", "2020-04-20")->top_rated_fast);
  g_assert_true (find (schedule, "c", "2020-04-27")->top_rated_fast);

  /* pinned to the 2019 rules: never */
  pin (plan, "2019-05-01");
  g_clear_pointer (&schedule, payday_schedule_unref);
  schedule = compute (plan);
  g_assert_false (find (schedule, "c", "2020-05-04")->top_rated_fast);
  g_assert_cmpint (find (schedule, "c", "2020-05-04")->available_on, ==, D ("2020-05-20"));
}

static guint
count_projected (const PaydaySchedule *schedule,
                 const char           *contract_id,
                 PaydayDate           *first,
                 PaydayDate           *last)
{
  guint n = 0;

  *first = *last = PAYDAY_DATE_NONE;
  for (guint i = 0; i < schedule->items->len; i++)
    {
      const PaydayItem *item = &g_array_index (schedule->items, PaydayItem, i);

      if (!item->projected || !g_str_equal (item->contract_id, contract_id))
        continue;
      g_assert_cmpint (item->source_index, ==, -1);
      if (n == 0 || item->period_start < *first)
        *first = item->period_start;
      if (n == 0 || item->period_start > *last)
        *last = item->period_start;
      n++;
    }

  return n;
}

static void
test_projected_weeks (void)
{
  g_autoptr(PaydayPlan) plan = payday_test_plan_at ("2026-03-04");          /* a Wednesday */
  g_autoptr(PaydaySchedule) schedule = NULL;
  const PaydayItem *item;
  PaydayContract *c;
  PaydayDate first, last;

  /* open-ended: this week through Monday of today + 26 weeks */
  c = payday_test_add_contract (plan, "open", NULL, PAYDAY_CONTRACT_HOURLY, 5000);
  c->planned_hours_per_week = 2000;
  payday_test_add_week (c, "2026-02-23", 1000, 0, PAYDAY_DISPUTE_PAID);
  /* bounded by end (a Monday counts) */
  c = payday_test_add_contract (plan, "ends", NULL, PAYDAY_CONTRACT_HOURLY, 5000);
  c->planned_hours_per_week = 2000;
  c->end = D ("2026-03-16");
  /* a future logged week moves the start */
  c = payday_test_add_contract (plan, "ahead", NULL, PAYDAY_CONTRACT_HOURLY, 5000);
  c->planned_hours_per_week = 2000;
  c->end = D ("2026-03-29");
  payday_test_add_week (c, "2026-03-09", 500, 0, PAYDAY_DISPUTE_PAID);
  /* starts later, mid-week; capped like logged hours */
  c = payday_test_add_contract (plan, "later", NULL, PAYDAY_CONTRACT_HOURLY, 6000);
  c->planned_hours_per_week = 3000;
  c->weekly_limit_hours = 2500;
  c->start = D ("2026-04-15");
  c->end = D ("2026-04-26");
  /* no plan: no projection */
  c = payday_test_add_contract (plan, "none", NULL, PAYDAY_CONTRACT_HOURLY, 6000);
  payday_test_add_week (c, "2026-02-23", 1000, 0, PAYDAY_DISPUTE_PAID);
  /* ended already */
  c = payday_test_add_contract (plan, "over", NULL, PAYDAY_CONTRACT_HOURLY, 6000);
  c->planned_hours_per_week = 1000;
  c->end = D ("2026-03-01");

  schedule = compute (plan);

  g_assert_cmpuint (count_projected (schedule, "open", &first, &last), ==, 27);
  g_assert_cmpint (first, ==, D ("2026-03-02"));
  g_assert_cmpint (last, ==, D ("2026-08-31"));
  item = find (schedule, "open", "2026-03-02");
  g_assert_true (item->projected);
  g_assert_cmpint (item->minutes, ==, 1200);
  g_assert_cmpint (item->status, ==, PAYDAY_STATUS_IN_PROGRESS);
  assert_dates (item, "2026-03-09", "2026-03-13", "2026-03-18");
  g_assert_false (find (schedule, "open", "2026-02-23")->projected);

  g_assert_cmpuint (count_projected (schedule, "ends", &first, &last), ==, 3);
  g_assert_cmpint (first, ==, D ("2026-03-02"));
  g_assert_cmpint (last, ==, D ("2026-03-16"));

  g_assert_cmpuint (count_projected (schedule, "ahead", &first, &last), ==, 2);
  g_assert_cmpint (first, ==, D ("2026-03-16"));
  g_assert_cmpint (last, ==, D ("2026-03-23"));
  g_assert_false (find (schedule, "ahead", "2026-03-09")->projected);
  g_assert_cmpint (find (schedule, "ahead", "2026-03-09")->status, ==, PAYDAY_STATUS_IN_PROGRESS);

  g_assert_cmpuint (count_projected (schedule, "later", &first, &last), ==, 2);
  g_assert_cmpint (first, ==, D ("2026-04-13"));
  item = find (schedule, "later", "2026-04-20");
  g_assert_cmpint (item->minutes, ==, 1500);
  g_assert_cmpint (item->over_limit_minutes, ==, 300);

  g_assert_cmpuint (count_projected (schedule, "none", &first, &last), ==, 0);
  g_assert_cmpuint (count_projected (schedule, "over", &first, &last), ==, 0);
}

static void
test_projected_milestones (void)
{
  g_autoptr(PaydayPlan) plan = payday_test_plan_at ("2026-03-04");
  g_autoptr(PaydaySchedule) schedule = NULL;
  const PaydayItem *item;
  PaydayContract *c;

  c = payday_test_add_contract (plan, "c", NULL, PAYDAY_CONTRACT_FIXED, 0);
  payday_test_add_milestone (c, "future", 10000, "2026-02-01", "2026-03-10", NULL, NULL);
  payday_test_add_milestone (c, "overdue", 10000, "2026-02-01", "2026-02-01", NULL, NULL);
  /* an approval without a submission is not an early approval of the projection */
  payday_test_add_milestone (c, "odd", 10000, NULL, "2026-03-20", NULL, "2026-03-05");

  schedule = compute (plan);
  item = find (schedule, "c", "future");
  g_assert_true (item->projected);
  g_assert_true (item->auto_released);
  g_assert_cmpint (item->period_end, ==, D ("2026-03-10"));
  assert_dates (item, "2026-02-01", "2026-03-24", "2026-03-29");
  g_assert_cmpint (item->status, ==, PAYDAY_STATUS_IN_PROGRESS);

  item = find (schedule, "c", "overdue");
  g_assert_cmpint (item->period_end, ==, D ("2026-03-04"));
  assert_dates (item, "2026-02-01", "2026-03-18", "2026-03-23");
  /* scheduled as submitted today: by the spec's dates it is in review at the end of today */
  g_assert_cmpint (item->status, ==, PAYDAY_STATUS_IN_REVIEW);

  item = find (schedule, "c", "odd");
  g_assert_true (item->unfunded);
  g_assert_cmpint (item->released_on, ==, D ("2026-04-03"));
  g_assert_cmpint (item->available_on, ==, D ("2026-04-08"));
}

static PaydayStatus
status_at (PaydayPlan *plan,
           const char *today,
           const char *contract_id,
           const char *item_id)
{
  g_autoptr(PaydaySchedule) schedule = payday_schedule_compute (plan, upwork, D (today));

  return find (schedule, contract_id, item_id)->status;
}

static void
test_status_edges (void)
{
  g_autoptr(PaydayPlan) plan = payday_test_plan_at ("2026-01-01");
  PaydayContract *c;

  c = payday_test_add_contract (plan, "h", NULL, PAYDAY_CONTRACT_HOURLY, 5000);
  /* Sunday 01-11, released 01-16, available 01-21 */
  payday_test_add_week (c, "2026-01-05", 1000, 0, PAYDAY_DISPUTE_PAID);
  c = payday_test_add_contract (plan, "f", NULL, PAYDAY_CONTRACT_FIXED, 0);
  /* submitted 01-12, released 01-26, available 01-31 */
  payday_test_add_milestone (c, "m", 10000, "2026-01-01", NULL, "2026-01-12", NULL);
  payday_test_add_bonus (c, "b", "2026-01-12", 1000);                      /* available 01-17 */

  g_assert_cmpint (status_at (plan, "2026-01-05", "h", "2026-01-05"), ==, PAYDAY_STATUS_IN_PROGRESS);
  g_assert_cmpint (status_at (plan, "2026-01-11", "h", "2026-01-05"), ==, PAYDAY_STATUS_IN_PROGRESS);
  g_assert_cmpint (status_at (plan, "2026-01-12", "h", "2026-01-05"), ==, PAYDAY_STATUS_IN_REVIEW);
  g_assert_cmpint (status_at (plan, "2026-01-15", "h", "2026-01-05"), ==, PAYDAY_STATUS_IN_REVIEW);
  g_assert_cmpint (status_at (plan, "2026-01-16", "h", "2026-01-05"), ==, PAYDAY_STATUS_PENDING);
  g_assert_cmpint (status_at (plan, "2026-01-20", "h", "2026-01-05"), ==, PAYDAY_STATUS_PENDING);
  g_assert_cmpint (status_at (plan, "2026-01-21", "h", "2026-01-05"), ==, PAYDAY_STATUS_AVAILABLE);

  g_assert_cmpint (status_at (plan, "2026-01-11", "f", "m"), ==, PAYDAY_STATUS_IN_PROGRESS);
  g_assert_cmpint (status_at (plan, "2026-01-12", "f", "m"), ==, PAYDAY_STATUS_IN_REVIEW);
  g_assert_cmpint (status_at (plan, "2026-01-25", "f", "m"), ==, PAYDAY_STATUS_IN_REVIEW);
  g_assert_cmpint (status_at (plan, "2026-01-26", "f", "m"), ==, PAYDAY_STATUS_PENDING);
  g_assert_cmpint (status_at (plan, "2026-01-30", "f", "m"), ==, PAYDAY_STATUS_PENDING);
  g_assert_cmpint (status_at (plan, "2026-01-31", "f", "m"), ==, PAYDAY_STATUS_AVAILABLE);

  g_assert_cmpint (status_at (plan, "2026-01-11", "f", "b"), ==, PAYDAY_STATUS_IN_PROGRESS);
  g_assert_cmpint (status_at (plan, "2026-01-12", "f", "b"), ==, PAYDAY_STATUS_PENDING);
  g_assert_cmpint (status_at (plan, "2026-01-16", "f", "b"), ==, PAYDAY_STATUS_PENDING);
  g_assert_cmpint (status_at (plan, "2026-01-17", "f", "b"), ==, PAYDAY_STATUS_AVAILABLE);
}

static void
test_sort_order (void)
{
  g_autoptr(PaydayPlan) plan = payday_test_plan_at ("2026-03-02");
  g_autoptr(PaydaySchedule) schedule = NULL;
  static const char * const expected[][2] = {
    { "a", "2026-01-05" }, { "a", "x-bonus" }, { "b", "2026-01-05" }, { "b", "m1" },
    { "b", "m2" }, { "a", "2026-01-12" },
  };
  PaydayContract *c;

  /* everything below becomes available on 2026-01-21, except a's second week */
  c = payday_test_add_contract (plan, "b", NULL, PAYDAY_CONTRACT_HOURLY, 5000);
  payday_test_add_week (c, "2026-01-05", 100, 0, PAYDAY_DISPUTE_PAID);
  payday_test_add_bonus (c, "m2", "2026-01-16", 100);
  payday_test_add_bonus (c, "m1", "2026-01-16", 100);
  c = payday_test_add_contract (plan, "a", NULL, PAYDAY_CONTRACT_HOURLY, 5000);
  payday_test_add_week (c, "2026-01-12", 100, 0, PAYDAY_DISPUTE_PAID);
  payday_test_add_bonus (c, "x-bonus", "2026-01-16", 100);
  payday_test_add_week (c, "2026-01-05", 100, 0, PAYDAY_DISPUTE_PAID);

  schedule = compute (plan);
  g_assert_cmpuint (schedule->items->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < schedule->items->len; i++)
    {
      const PaydayItem *item = &g_array_index (schedule->items, PaydayItem, i);
      char buf[PAYDAY_DATE_BUF];

      g_assert_cmpstr (item->contract_id, ==, expected[i][0]);
      g_assert_cmpstr (payday_item_format_id (item, buf), ==, expected[i][1]);
    }
}

static void
test_summary (void)
{
  g_autoptr(PaydayPlan) plan = payday_test_plan_at ("2026-01-21");
  g_autoptr(PaydaySchedule) schedule = NULL;
  PaydayWithdrawal w1 = { D ("2026-01-10"), 10000, NULL };
  PaydayWithdrawal w2 = { D ("2026-01-22"), 99999, NULL };
  PaydaySummary summary;
  PaydayContract *c;

  pin (plan, "2023-05-03");
  g_array_append_val (plan->withdrawals.history, w1);
  g_array_append_val (plan->withdrawals.history, w2);
  c = payday_test_add_contract (plan, "c", NULL, PAYDAY_CONTRACT_HOURLY, 6000);
  payday_test_add_week (c, "2026-01-05", 1000, 0, PAYDAY_DISPUTE_PAID);   /* available 01-21: 54000 */
  payday_test_add_week (c, "2026-01-12", 500, 0, PAYDAY_DISPUTE_PAID);    /* in review → 01-28: 27000 */
  payday_test_add_week (c, "2026-01-19", 100, 0, PAYDAY_DISPUTE_PAID);    /* in progress: 5400 */
  payday_test_add_bonus (c, "p1", "2026-01-20", 1000);                    /* pending → 01-25: 900 */
  payday_test_add_bonus (c, "p2", "2026-01-20", 2000);                    /* pending → 01-25: 1800 */
  payday_test_add_bonus (c, "later", "2026-01-25", 2000);                 /* in progress: 1800 */
  c = payday_test_add_contract (plan, "f", NULL, PAYDAY_CONTRACT_FIXED, 0);
  payday_test_add_milestone (c, "m", 20000, "2026-01-01", NULL, "2026-01-19", NULL); /* in review: 18000 */

  schedule = compute (plan);
  payday_summary_compute (schedule, &summary);
  g_assert_cmpint (summary.totals[PAYDAY_STATUS_AVAILABLE], ==, 54000);
  g_assert_cmpint (summary.totals[PAYDAY_STATUS_PENDING], ==, 900 + 1800);
  g_assert_cmpint (summary.totals[PAYDAY_STATUS_IN_REVIEW], ==, 27000 + 18000);
  g_assert_cmpint (summary.totals[PAYDAY_STATUS_IN_PROGRESS], ==, 5400 + 1800);
  g_assert_cmpint (summary.withdrawn_cents, ==, 10000);
  g_assert_cmpint (summary.balance_cents, ==, 44000);
  g_assert_cmpint (summary.next_payment_date, ==, D ("2026-01-25"));
  g_assert_cmpint (summary.next_payment_net_cents, ==, 900 + 1800);

  /* nothing ahead */
  g_clear_pointer (&schedule, payday_schedule_unref);
  schedule = payday_schedule_compute (plan, upwork, D ("2027-01-01"));
  payday_summary_compute (schedule, &summary);
  g_assert_cmpint (summary.next_payment_date, ==, PAYDAY_DATE_NONE);
  g_assert_cmpint (summary.next_payment_net_cents, ==, 0);
  g_assert_cmpint (summary.withdrawn_cents, ==, 109999);
  g_assert_cmpint (summary.totals[PAYDAY_STATUS_AVAILABLE], ==, 54000 + 2700 + 45000 + 7200);
}

static void
test_strings (void)
{
  PaydayItem item = { 0 };
  char buf[PAYDAY_DATE_BUF];

  g_assert_cmpstr (payday_item_kind_to_string (PAYDAY_ITEM_HOURLY_WEEK), ==, "hourly_week");
  g_assert_cmpstr (payday_item_kind_to_string (PAYDAY_ITEM_MILESTONE), ==, "milestone");
  g_assert_cmpstr (payday_item_kind_to_string (PAYDAY_ITEM_BONUS), ==, "bonus");
  g_assert_cmpstr (payday_status_to_string (PAYDAY_STATUS_IN_PROGRESS), ==, "in_progress");
  g_assert_cmpstr (payday_status_to_string (PAYDAY_STATUS_IN_REVIEW), ==, "in_review");
  g_assert_cmpstr (payday_status_to_string (PAYDAY_STATUS_PENDING), ==, "pending");
  g_assert_cmpstr (payday_status_to_string (PAYDAY_STATUS_AVAILABLE), ==, "available");

  item.kind = PAYDAY_ITEM_HOURLY_WEEK;
  item.period_start = D ("2026-01-05");
  g_assert_cmpstr (payday_item_format_id (&item, buf), ==, "2026-01-05");
  item.kind = PAYDAY_ITEM_BONUS;
  item.ref_id = "a-long-bonus-identifier";
  g_assert_cmpstr (payday_item_format_id (&item, buf), ==, "a-long-bonus-identifier");
}

static void
test_empty_plan (void)
{
  g_autoptr(PaydayPlan) plan = payday_test_plan_at ("2026-03-02");
  g_autoptr(PaydaySchedule) schedule = compute (plan);
  PaydaySummary summary;

  g_assert_cmpuint (schedule->items->len, ==, 0);
  g_assert_true (schedule->plan == plan);
  g_assert_cmpint (schedule->today, ==, D ("2026-03-02"));
  payday_summary_compute (schedule, &summary);
  g_assert_cmpint (summary.balance_cents, ==, 0);
  g_assert_cmpint (summary.next_payment_date, ==, PAYDAY_DATE_NONE);
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

  g_test_add_func ("/payday/schedule/example-hourly", test_example_hourly);
  g_test_add_func ("/payday/schedule/example-limit", test_example_limit);
  g_test_add_func ("/payday/schedule/example-milestone", test_example_milestone);
  g_test_add_func ("/payday/schedule/example-sliding", test_example_sliding);
  g_test_add_func ("/payday/schedule/rounding", test_rounding);
  g_test_add_func ("/payday/schedule/year-boundary", test_year_boundary);
  g_test_add_func ("/payday/schedule/leap-day", test_leap_day);
  g_test_add_func ("/payday/schedule/edition-boundaries", test_edition_boundaries);
  g_test_add_func ("/payday/schedule/edition-boundary-hourly", test_edition_boundary_sliding_start);
  g_test_add_func ("/payday/schedule/sliding-tiers", test_sliding_tiers);
  g_test_add_func ("/payday/schedule/fee-override", test_fee_override);
  g_test_add_func ("/payday/schedule/disputes", test_disputes);
  g_test_add_func ("/payday/schedule/limits", test_limits);
  g_test_add_func ("/payday/schedule/milestone-release", test_milestone_release);
  g_test_add_func ("/payday/schedule/unfunded", test_unfunded);
  g_test_add_func ("/payday/schedule/top-rated", test_top_rated);
  g_test_add_func ("/payday/schedule/projected-weeks", test_projected_weeks);
  g_test_add_func ("/payday/schedule/projected-milestones", test_projected_milestones);
  g_test_add_func ("/payday/schedule/status-edges", test_status_edges);
  g_test_add_func ("/payday/schedule/sort-order", test_sort_order);
  g_test_add_func ("/payday/schedule/summary", test_summary);
  g_test_add_func ("/payday/schedule/strings", test_strings);
  g_test_add_func ("/payday/schedule/empty-plan", test_empty_plan);

  status = g_test_run ();
  g_clear_pointer (&upwork, payday_rules_unref);

  return status;
}
