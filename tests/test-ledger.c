/* test-ledger.c — the Connects ledger: lots, spends, deficits, refunds, refills, expiry, summary
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "payday-document.h"
#include "payday-ledger.h"
#include "payday-ledger-entry.h"
#include "payday-membership-object.h"
#include "payday-proposal-object.h"

#include "connects-test-util.h"

/* The whole ledger as text, one row a line: "date kind amount balance lot_expires ref", "-" for
 * none, so a test states every row it expects and nothing else can slip in. */
static char *
ledger_text (const PaydayLedger *ledger)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < ledger->rows->len; i++)
    {
      const PaydayLedgerRow *row = &g_array_index (ledger->rows, PaydayLedgerRow, i);
      char d[PAYDAY_DATE_BUF], e[PAYDAY_DATE_BUF];

      g_string_append_printf (s, "%s %s %" G_GINT64_FORMAT " %" G_GINT64_FORMAT " %s %s\n",
                              payday_date_format (row->date, d),
                              payday_ledger_kind_to_string (row->kind),
                              row->amount, row->balance,
                              payday_date_is_set (row->lot_expires)
                              ? payday_date_format (row->lot_expires, e) : "-",
                              row->ref != NULL ? row->ref : "-");
    }

  return g_string_free (s, FALSE);
}

static void
assert_ledger (const PaydayLedger *ledger,
               const char         *expected)
{
  g_autofree char *text = ledger_text (ledger);

  g_assert_cmpstr (text, ==, expected);
}

/* One edition without monthly refills, so a test sees only the rows it sets up. */
static PaydayRules *
quiet_rules (void)
{
  PaydayRules *rules = test_rules_new ();

  test_rules_add (rules, "2019-05-01")->connects_monthly_free = 0;
  return rules;
}

static PaydayPlan *
plan_opening (int         balance,
              const char *opening_date,
              const char *joined)
{
  PaydayPlan *plan = payday_plan_new ();

  plan->connects.opening_balance = balance;
  plan->connects.opening_date = D (opening_date);
  plan->profile.joined = D (joined);
  return plan;
}

static void
test_opening_lot (void)
{
  PaydayRules *rules = quiet_rules ();
  g_autoptr(PaydayPlan) plan = plan_opening (50, "2026-01-01", "2020-01-01");
  g_autoptr(PaydayLedger) ledger = payday_ledger_compute (plan, rules, D ("2026-03-01"));
  g_autoptr(PaydayLedger) empty = NULL;

  assert_ledger (ledger, "2026-01-01 opening 50 50 2027-01-01 -\n");
  g_assert_cmpint (ledger->balance, ==, 50);
  g_assert_cmpint (ledger->today, ==, D ("2026-03-01"));
  g_assert_cmpint (g_array_index (ledger->rows, PaydayLedgerRow, 0).source_index, ==, -1);

  /* An opening balance of 0 has no row. */
  plan->connects.opening_balance = 0;
  empty = payday_ledger_compute (plan, rules, D ("2026-03-01"));
  assert_ledger (empty, "");
  g_assert_cmpint (empty->balance, ==, 0);
  g_assert_cmpint (empty->warnings->len, ==, 0);

  test_rules_free (rules);
}

static void
test_oldest_first (void)
{
  PaydayRules *rules = quiet_rules ();
  g_autoptr(PaydayPlan) plan = plan_opening (10, "2025-01-01", "2020-01-01");
  g_autoptr(PaydayLedger) ledger = NULL;

  test_add_transaction (plan, "t1", "2025-02-01", PAYDAY_TX_PURCHASE, 20);
  test_add_proposal (plan, "p1", "2025-03-01", 15, PAYDAY_PROPOSAL_SENT);

  /* The spend empties the opening lot (10) and takes 5 of the purchase: on 2026-01-01 the
   * opening lot has nothing left to expire, on 2026-02-01 the purchase loses its 15. */
  ledger = payday_ledger_compute (plan, rules, D ("2026-03-01"));
  assert_ledger (ledger,
                 "2025-01-01 opening 10 10 2026-01-01 -\n"
                 "2025-02-01 purchase 20 30 2026-02-01 t1\n"
                 "2025-03-01 spend -15 15 - p1\n"
                 "2026-02-01 expire -15 0 - 2025-02-01 purchase\n");
  g_assert_cmpint (ledger->balance, ==, 0);
  g_assert_cmpint (g_array_index (ledger->rows, PaydayLedgerRow, 1).source_index, ==, 0);
  g_assert_cmpint (g_array_index (ledger->rows, PaydayLedgerRow, 2).source_index, ==, 0);
  g_assert_cmpint (g_array_index (ledger->rows, PaydayLedgerRow, 3).source_index, ==, -1);

  test_rules_free (rules);
}

static void
test_expiry_order (void)
{
  PaydayRules *rules = test_rules_new ();
  g_autoptr(PaydayPlan) plan = plan_opening (10, "2026-01-01", "2024-03-31");
  g_autoptr(PaydayLedger) ledger = NULL;

  test_rules_add (rules, "2019-05-01")->connects_expiry_days = 31;
  /* File order puts the proposal first, the day's order still runs expiry → refill →
   * transactions → proposals. */
  test_add_proposal (plan, "p1", "2026-02-01", 15, PAYDAY_PROPOSAL_SENT);
  test_add_transaction (plan, "t1", "2026-02-01", PAYDAY_TX_PURCHASE, 10);

  /* Joined on the 31st: refills on the 1st; none on the opening day itself. The spend takes
   * the refill (older: it came first that day) and 5 of the purchase; the refill lot's expiry
   * has nothing left, the purchase's rest leaves on today itself. */
  ledger = payday_ledger_compute (plan, rules, D ("2026-03-04"));
  assert_ledger (ledger,
                 "2026-01-01 opening 10 10 2026-02-01 -\n"
                 "2026-02-01 expire -10 0 - 2026-01-01 opening\n"
                 "2026-02-01 refill 10 10 2026-03-04 basic\n"
                 "2026-02-01 purchase 10 20 2026-03-04 t1\n"
                 "2026-02-01 spend -15 5 - p1\n"
                 "2026-03-01 refill 10 15 2026-04-01 basic\n"
                 "2026-03-04 expire -5 10 - 2026-02-01 purchase\n");
  g_assert_cmpint (ledger->balance, ==, 10);
  g_assert_cmpint (ledger->warnings->len, ==, 0);

  test_rules_free (rules);
}

static void
test_refill_day (void)
{
  PaydayRules *rules = test_rules_new ();
  g_autoptr(PaydayPlan) plan = plan_opening (0, "2026-01-10", "2023-01-31");
  g_autoptr(PaydayLedger) l31 = NULL;
  g_autoptr(PaydayLedger) l29 = NULL;
  g_autoptr(PaydayLedger) l28 = NULL;
  g_autoptr(PaydayLedger) l15 = NULL;

  test_rules_add (rules, "2019-05-01");

  l31 = payday_ledger_compute (plan, rules, D ("2026-04-15"));
  assert_ledger (l31,
                 "2026-02-01 refill 10 10 2027-02-01 basic\n"
                 "2026-03-01 refill 10 20 2027-03-01 basic\n"
                 "2026-04-01 refill 10 30 2027-04-01 basic\n");
  g_assert_cmpint (l31->balance, ==, 30);

  /* 29 and 30 too, even in months that have that day */
  plan->profile.joined = D ("2023-03-29");
  l29 = payday_ledger_compute (plan, rules, D ("2026-04-15"));
  assert_ledger (l29,
                 "2026-02-01 refill 10 10 2027-02-01 basic\n"
                 "2026-03-01 refill 10 20 2027-03-01 basic\n"
                 "2026-04-01 refill 10 30 2027-04-01 basic\n");

  /* 28 is a day every month has */
  plan->profile.joined = D ("2023-03-28");
  l28 = payday_ledger_compute (plan, rules, D ("2026-03-28"));
  assert_ledger (l28,
                 "2026-01-28 refill 10 10 2027-01-28 basic\n"
                 "2026-02-28 refill 10 20 2027-02-28 basic\n"
                 "2026-03-28 refill 10 30 2027-03-28 basic\n");

  /* Opening on a refill day: that day's refill is in the opening balance; today's is not. */
  plan->profile.joined = D ("2021-07-15");
  plan->connects.opening_date = D ("2026-01-15");
  l15 = payday_ledger_compute (plan, rules, D ("2026-03-15"));
  assert_ledger (l15,
                 "2026-02-15 refill 10 10 2027-02-15 basic\n"
                 "2026-03-15 refill 10 20 2027-03-15 basic\n");

  test_rules_free (rules);
}

static void
test_basic_plus (void)
{
  PaydayRules *rules = test_rules_new ();
  g_autoptr(PaydayPlan) plan = plan_opening (0, "2026-01-01", "2022-06-15");
  g_autoptr(PaydayLedger) ledger = NULL;

  test_rules_add (rules, "2019-05-01");
  test_add_membership (plan, PAYDAY_MEMBERSHIP_BASIC, "2022-06-15", "2026-02-09");
  test_add_membership (plan, PAYDAY_MEMBERSHIP_PLUS, "2026-02-10", "2026-03-15");
  test_add_membership (plan, PAYDAY_MEMBERSHIP_BASIC, "2026-03-16", NULL);

  /* Plus covers 2026-02-15 and its last day 2026-03-15. */
  ledger = payday_ledger_compute (plan, rules, D ("2026-04-20"));
  assert_ledger (ledger,
                 "2026-01-15 refill 10 10 2027-01-15 basic\n"
                 "2026-02-15 refill 70 80 2027-02-15 plus\n"
                 "2026-03-15 refill 70 150 2027-03-15 plus\n"
                 "2026-04-15 refill 10 160 2027-04-15 basic\n");
  g_assert_cmpint (ledger->balance, ==, 160);

  test_rules_free (rules);
}

static void
test_edition_change (void)
{
  PaydayRules *rules = test_rules_new ();
  g_autoptr(PaydayPlan) plan = plan_opening (0, "2026-01-20", "2020-01-05");
  g_autoptr(PaydayLedger) dated = NULL;
  g_autoptr(PaydayLedger) pinned = NULL;
  g_autoptr(PaydayLedger) early = NULL;
  PaydayEdition *e;
  PaydayRules *late = test_rules_new ();

  test_rules_add (rules, "2019-05-01");
  test_rules_add (rules, "2026-03-01")->connects_monthly_free = 0;
  e = test_rules_add (rules, "2026-04-10");
  e->connects_monthly_free = 15;
  e->connects_expiry_days = 30;

  /* Each refill takes its amount and its lot's expiry from the edition of its own day. */
  dated = payday_ledger_compute (plan, rules, D ("2026-05-06"));
  assert_ledger (dated,
                 "2026-02-05 refill 10 10 2027-02-05 basic\n"
                 "2026-05-05 refill 15 25 2026-06-04 basic\n");

  /* A pinned edition rules every date. */
  plan->rules_edition = D ("2019-05-01");
  pinned = payday_ledger_compute (plan, rules, D ("2026-05-06"));
  assert_ledger (pinned,
                 "2026-02-05 refill 10 10 2027-02-05 basic\n"
                 "2026-03-05 refill 10 20 2027-03-05 basic\n"
                 "2026-04-05 refill 10 30 2027-04-05 basic\n"
                 "2026-05-05 refill 10 40 2027-05-05 basic\n");
  plan->rules_edition = PAYDAY_DATE_NONE;

  /* A date before every edition uses the first one. */
  test_rules_add (late, "2026-03-01")->connects_monthly_free = 7;
  early = payday_ledger_compute (plan, late, D ("2026-03-05"));
  assert_ledger (early,
                 "2026-02-05 refill 7 7 2027-02-05 basic\n"
                 "2026-03-05 refill 7 14 2027-03-05 basic\n");

  test_rules_free (late);
  test_rules_free (rules);
}

static void
test_transactions (void)
{
  PaydayRules *rules = quiet_rules ();
  g_autoptr(PaydayPlan) plan = plan_opening (0, "2026-01-01", "2020-01-01");
  g_autoptr(PaydayLedger) ledger = NULL;

  test_add_transaction (plan, "t1", "2026-01-10", PAYDAY_TX_PURCHASE, 40);
  test_add_transaction (plan, "t2", "2026-01-12", PAYDAY_TX_GRANT, 20);
  test_add_transaction (plan, "t3", "2026-01-15", PAYDAY_TX_ADJUST, 5);
  test_add_transaction (plan, "t4", "2026-01-20", PAYDAY_TX_ADJUST, -50);
  test_add_transaction (plan, "t5", "2026-01-21", PAYDAY_TX_ADJUST, 0);

  /* The negative adjust takes the purchase's 40 and 10 of the grant. */
  ledger = payday_ledger_compute (plan, rules, D ("2027-01-20"));
  assert_ledger (ledger,
                 "2026-01-10 purchase 40 40 2027-01-10 t1\n"
                 "2026-01-12 grant 20 60 2027-01-12 t2\n"
                 "2026-01-15 adjust 5 65 2027-01-15 t3\n"
                 "2026-01-20 adjust -50 15 - t4\n"
                 "2027-01-12 expire -10 5 - 2026-01-12 grant\n"
                 "2027-01-15 expire -5 0 - 2026-01-15 adjust\n");
  g_assert_cmpint (ledger->balance, ==, 0);
  g_assert_cmpint (ledger->warnings->len, ==, 0);
  g_assert_cmpint (g_array_index (ledger->rows, PaydayLedgerRow, 3).source_index, ==, 3);

  test_rules_free (rules);
}

static void
test_deficit (void)
{
  PaydayRules *rules = quiet_rules ();
  g_autoptr(PaydayPlan) plan = plan_opening (5, "2026-01-01", "2020-01-01");
  g_autoptr(PaydayPlan) partial = plan_opening (5, "2026-01-01", "2020-01-01");
  g_autoptr(PaydayLedger) ledger = NULL;
  g_autoptr(PaydayLedger) ledger2 = NULL;

  test_add_proposal (plan, "p-1", "2026-01-05", 8, PAYDAY_PROPOSAL_SENT);
  test_add_transaction (plan, "t1", "2026-01-10", PAYDAY_TX_PURCHASE, 10);

  /* The purchase repays the deficit of 3 first; its lot keeps 7, which is what expires. */
  ledger = payday_ledger_compute (plan, rules, D ("2027-01-15"));
  assert_ledger (ledger,
                 "2026-01-01 opening 5 5 2027-01-01 -\n"
                 "2026-01-05 spend -8 -3 - p-1\n"
                 "2026-01-10 purchase 10 7 2027-01-10 t1\n"
                 "2027-01-10 expire -7 0 - 2026-01-10 purchase\n");
  g_assert_cmpint (ledger->warnings->len, ==, 1);
  g_assert_cmpstr (g_array_index (ledger->warnings, PaydayLedgerWarning, 0).text, ==,
                   "proposals[0] (p-1) on 2026-01-05 spent 8 Connects with a balance of 5");

  /* A lot smaller than the deficit is swallowed whole; the next one repays the rest. */
  test_add_proposal (partial, "p-1", "2026-01-05", 20, PAYDAY_PROPOSAL_SENT);
  test_add_transaction (partial, "t1", "2026-01-10", PAYDAY_TX_PURCHASE, 10);
  test_add_transaction (partial, "t2", "2026-01-11", PAYDAY_TX_GRANT, 10);
  ledger2 = payday_ledger_compute (partial, rules, D ("2027-01-15"));
  assert_ledger (ledger2,
                 "2026-01-01 opening 5 5 2027-01-01 -\n"
                 "2026-01-05 spend -20 -15 - p-1\n"
                 "2026-01-10 purchase 10 -5 2027-01-10 t1\n"
                 "2026-01-11 grant 10 5 2027-01-11 t2\n"
                 "2027-01-11 expire -5 0 - 2026-01-11 grant\n");

  test_rules_free (rules);
}

static void
test_refund (void)
{
  PaydayRules *rules = quiet_rules ();
  g_autoptr(PaydayPlan) plan = plan_opening (20, "2026-01-01", "2020-01-01");
  g_autoptr(PaydayLedger) ledger = NULL;
  PaydayProposal *p;

  p = test_add_proposal (plan, "p1", "2026-01-10", 6, PAYDAY_PROPOSAL_JOB_CANCELLED);
  p->boost = 4;
  p->boost_charged = TRUE;
  p->status_date = D ("2026-01-20");
  test_add_proposal (plan, "p2", "2026-01-12", 3, PAYDAY_PROPOSAL_JOB_CANCELLED);
  p = test_add_proposal (plan, "p3", "2026-01-25", 2, PAYDAY_PROPOSAL_WITHDRAWN);
  p->status_date = D ("2026-01-26");

  /* The refund gives back the Connects, not the boost, on status_date (or date), and is a
   * lot of its own; a withdrawn proposal gets nothing back. */
  ledger = payday_ledger_compute (plan, rules, D ("2026-02-01"));
  assert_ledger (ledger,
                 "2026-01-01 opening 20 20 2027-01-01 -\n"
                 "2026-01-10 spend -6 14 - p1\n"
                 "2026-01-10 boost -4 10 - p1\n"
                 "2026-01-12 spend -3 7 - p2\n"
                 "2026-01-12 refund 3 10 2027-01-12 p2\n"
                 "2026-01-20 refund 6 16 2027-01-20 p1\n"
                 "2026-01-25 spend -2 14 - p3\n");
  g_assert_cmpint (ledger->spent_12m, ==, 6 + 4 + 3 + 2 - 3 - 6);

  test_rules_free (rules);
}

static void
test_boost_invited (void)
{
  PaydayRules *rules = quiet_rules ();
  g_autoptr(PaydayPlan) plan = plan_opening (20, "2026-01-01", "2020-01-01");
  g_autoptr(PaydayLedger) ledger = NULL;
  PaydayProposal *p;

  p = test_add_proposal (plan, "p1", "2026-01-05", 4, PAYDAY_PROPOSAL_SENT);
  p->boost = 6;
  p->boost_charged = FALSE;
  p = test_add_proposal (plan, "p2", "2026-01-06", 5, PAYDAY_PROPOSAL_HIRED);
  p->invited = TRUE;
  p = test_add_proposal (plan, "p3", "2026-01-07", 5, PAYDAY_PROPOSAL_JOB_CANCELLED);
  p->invited = TRUE;
  /* A charged boost is charged even on an invitation (the spec ties it to boost_charged only). */
  p = test_add_proposal (plan, "p4", "2026-01-08", 5, PAYDAY_PROPOSAL_VIEWED);
  p->invited = TRUE;
  p->boost = 3;
  p->boost_charged = TRUE;

  ledger = payday_ledger_compute (plan, rules, D ("2026-02-01"));
  assert_ledger (ledger,
                 "2026-01-01 opening 20 20 2027-01-01 -\n"
                 "2026-01-05 spend -4 16 - p1\n"
                 "2026-01-08 boost -3 13 - p4\n");
  g_assert_cmpint (ledger->spent_12m, ==, 7);
  g_assert_cmpint (ledger->hires_12m, ==, 1);
  g_assert_cmpint (ledger->cost_per_hire_cents, ==, 7 * 15);

  test_rules_free (rules);
}

static void
test_expiring_30d (void)
{
  PaydayRules *rules = quiet_rules ();
  g_autoptr(PaydayPlan) plan = plan_opening (0, "2025-01-01", "2020-01-01");
  g_autoptr(PaydayLedger) ledger = NULL;

  /* today = 2026-06-30; each purchase expires 365 days after its date */
  test_add_transaction (plan, "today", "2025-06-30", PAYDAY_TX_PURCHASE, 1);
  test_add_transaction (plan, "today+1", "2025-07-01", PAYDAY_TX_PURCHASE, 2);
  test_add_transaction (plan, "today+30", "2025-07-30", PAYDAY_TX_PURCHASE, 4);
  test_add_transaction (plan, "today+31", "2025-07-31", PAYDAY_TX_PURCHASE, 8);

  ledger = payday_ledger_compute (plan, rules, D ("2026-06-30"));
  assert_ledger (ledger,
                 "2025-06-30 purchase 1 1 2026-06-30 today\n"
                 "2025-07-01 purchase 2 3 2026-07-01 today+1\n"
                 "2025-07-30 purchase 4 7 2026-07-30 today+30\n"
                 "2025-07-31 purchase 8 15 2026-07-31 today+31\n"
                 "2026-06-30 expire -1 14 - 2025-06-30 purchase\n");
  g_assert_cmpint (ledger->balance, ==, 14);
  g_assert_cmpint (ledger->expiring_30d, ==, 2 + 4);

  test_rules_free (rules);
}

static void
test_spent_12m (void)
{
  PaydayRules *rules = quiet_rules ();
  g_autoptr(PaydayPlan) plan = plan_opening (100, "2025-01-01", "2020-01-01");
  g_autoptr(PaydayLedger) ledger = NULL;
  g_autoptr(PaydayLedger) repriced = NULL;
  g_autoptr(PaydayLedger) no_hires = NULL;
  PaydayProposal *p;

  /* today = 2026-06-30, the window is (2025-06-30, 2026-06-30] */
  test_add_proposal (plan, "p0", "2025-06-30", 10, PAYDAY_PROPOSAL_HIRED);
  test_add_proposal (plan, "p1", "2025-07-01", 6, PAYDAY_PROPOSAL_HIRED);
  p = test_add_proposal (plan, "p2", "2026-06-30", 4, PAYDAY_PROPOSAL_INTERVIEW);
  p->boost = 2;
  p->boost_charged = TRUE;
  test_add_proposal (plan, "p3", "2026-07-01", 9, PAYDAY_PROPOSAL_HIRED);
  p = test_add_proposal (plan, "p4", "2025-06-01", 5, PAYDAY_PROPOSAL_JOB_CANCELLED);
  p->status_date = D ("2025-07-15");
  test_add_proposal (plan, "p5", "2026-01-10", 4, PAYDAY_PROPOSAL_HIRED);

  /* 6 + 4 + 2 + 4 − 5 (a refund in the window of a spend before it) = 11; hires p1, p5;
   * 11 × 15 / 2 = 82.5 → 83 */
  ledger = payday_ledger_compute (plan, rules, D ("2026-06-30"));
  g_assert_cmpint (ledger->spent_12m, ==, 11);
  g_assert_cmpint (ledger->hires_12m, ==, 2);
  g_assert_cmpint (ledger->price_cents, ==, 15);
  g_assert_cmpint (ledger->cost_per_hire_cents, ==, 83);
  /* p3 is after today: no row for it */
  for (guint i = 0; i < ledger->rows->len; i++)
    g_assert_cmpstr (g_array_index (ledger->rows, PaydayLedgerRow, i).ref, !=, "p3");

  /* The price is the one of the edition in effect at today, even from that very day. */
  test_rules_add (rules, "2026-06-30")->connects_price_cents = 30;
  repriced = payday_ledger_compute (plan, rules, D ("2026-06-30"));
  g_assert_cmpint (repriced->cost_per_hire_cents, ==, 165);

  g_array_index (plan->proposals, PaydayProposal, 1).status = PAYDAY_PROPOSAL_SENT;
  g_array_index (plan->proposals, PaydayProposal, 5).status = PAYDAY_PROPOSAL_DECLINED;
  no_hires = payday_ledger_compute (plan, rules, D ("2026-06-30"));
  g_assert_cmpint (no_hires->hires_12m, ==, 0);
  g_assert_cmpint (no_hires->spent_12m, ==, 11);
  g_assert_cmpint (no_hires->cost_per_hire_cents, ==, PAYDAY_NONE);

  test_rules_free (rules);
}

static void
test_warnings (void)
{
  PaydayRules *rules = quiet_rules ();
  g_autoptr(PaydayPlan) plan = plan_opening (20, "2026-02-01", "2020-01-01");
  g_autoptr(PaydayLedger) ledger = NULL;
  PaydayProposal *p;

  test_add_proposal (plan, "p-1", "2026-02-02", 6, PAYDAY_PROPOSAL_SENT);
  test_add_proposal (plan, "p-2", "2026-02-03", 4, PAYDAY_PROPOSAL_SENT);
  test_add_proposal (plan, "p-3", "2026-02-05", 5, PAYDAY_PROPOSAL_SENT);
  test_add_proposal (plan, "p-17", "2026-02-11", 8, PAYDAY_PROPOSAL_SENT);
  p = test_add_proposal (plan, "p-18", "2026-02-12", 2, PAYDAY_PROPOSAL_SENT);
  p->boost = 3;
  p->boost_charged = TRUE;
  test_add_transaction (plan, "t1", "2026-02-13", PAYDAY_TX_ADJUST, -4);

  ledger = payday_ledger_compute (plan, rules, D ("2026-03-01"));
  g_assert_cmpint (ledger->balance, ==, -12);
  g_assert_cmpint (ledger->warnings->len, ==, 3);
  g_assert_cmpstr (g_array_index (ledger->warnings, PaydayLedgerWarning, 0).text, ==,
                   "proposals[3] (p-17) on 2026-02-11 spent 8 Connects with a balance of 5");
  g_assert_cmpstr (g_array_index (ledger->warnings, PaydayLedgerWarning, 1).text, ==,
                   "proposals[4] (p-18) on 2026-02-12 spent 5 Connects with a balance of -3");
  g_assert_cmpstr (g_array_index (ledger->warnings, PaydayLedgerWarning, 2).text, ==,
                   "connects.transactions[0] (t1) on 2026-02-13 took 4 Connects with a balance of -8");

  test_rules_free (rules);
}

static void
test_window (void)
{
  PaydayRules *rules = quiet_rules ();
  g_autoptr(PaydayPlan) plan = plan_opening (10, "2026-01-10", "2020-01-01");
  g_autoptr(PaydayLedger) ledger = NULL;
  PaydayProposal *p;

  /* Before the opening date: part of the opening balance, no row — except a refund dated
   * after it. After today: not yet. */
  test_add_transaction (plan, "t1", "2026-01-05", PAYDAY_TX_PURCHASE, 5);
  p = test_add_proposal (plan, "p1", "2026-01-03", 4, PAYDAY_PROPOSAL_JOB_CANCELLED);
  p->status_date = D ("2026-01-12");
  test_add_proposal (plan, "p2", "2026-03-05", 4, PAYDAY_PROPOSAL_SENT);
  test_add_transaction (plan, "t2", "2026-03-02", PAYDAY_TX_GRANT, 30);

  ledger = payday_ledger_compute (plan, rules, D ("2026-03-01"));
  assert_ledger (ledger,
                 "2026-01-10 opening 10 10 2027-01-10 -\n"
                 "2026-01-12 refund 4 14 2027-01-12 p1\n");
  g_assert_cmpint (ledger->balance, ==, 14);

  test_rules_free (rules);
}

static void
test_no_expiry (void)
{
  PaydayRules *rules = test_rules_new ();
  g_autoptr(PaydayPlan) plan = plan_opening (10, "2016-01-01", "2015-01-01");
  g_autoptr(PaydayLedger) ledger = NULL;
  PaydayEdition *e;

  /* An edition with expiry_days 0 issues lots that never expire. */
  e = test_rules_add (rules, "2016-06-21");
  e->connects_expiry_days = 0;
  e->connects_monthly_free = 0;

  ledger = payday_ledger_compute (plan, rules, D ("2019-01-01"));
  assert_ledger (ledger, "2016-01-01 opening 10 10 - -\n");
  g_assert_cmpint (ledger->balance, ==, 10);
  g_assert_cmpint (ledger->expiring_30d, ==, 0);

  test_rules_free (rules);
}

/* Two thousand years of monthly refills and no spends: every lot but the last twelve expires,
 * each with its own row, and the ledger stays linear in the number of lots (before the fix
 * fuzz-roundtrip found, every event rescanned every expired lot). */
static void
test_long_horizon (void)
{
  PaydayRules *rules = test_rules_new ();
  g_autoptr(PaydayPlan) plan = plan_opening (0, "2026-01-15", "2023-01-15");
  g_autoptr(PaydayLedger) ledger = NULL;
  guint refills = 0, expiries = 0;
  gint64 last_balance = 0;

  test_rules_add (rules, "2019-05-01");

  ledger = payday_ledger_compute (plan, rules, D ("4026-01-14"));
  for (guint i = 0; i < ledger->rows->len; i++)
    {
      const PaydayLedgerRow *row = &g_array_index (ledger->rows, PaydayLedgerRow, i);

      if (row->kind == PAYDAY_LEDGER_REFILL)
        {
          g_assert_cmpint (row->amount, ==, 10);
          refills++;
        }
      else
        {
          g_assert_cmpint (row->kind, ==, PAYDAY_LEDGER_EXPIRE);
          g_assert_cmpint (row->amount, ==, -10);
          expiries++;
        }
      last_balance = row->balance;
    }

  /* Refills on the 15th from 2026-02-15 to 4025-12-15; the twelve of 4025 expire after today. */
  g_assert_cmpuint (refills, ==, 1999 * 12 + 11);
  g_assert_cmpuint (expiries, ==, refills - 12);
  g_assert_cmpint (ledger->balance, ==, 120);
  g_assert_cmpint (last_balance, ==, 120);

  test_rules_free (rules);
}

static void
test_kind_strings (void)
{
  const char *names[] = {
    "opening", "refill", "purchase", "grant", "adjust", "refund", "spend", "boost", "expire",
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_assert_cmpstr (payday_ledger_kind_to_string (i), ==, names[i]);
}

typedef struct
{
  guint n_changes;
  guint position;
  guint removed;
  guint added;
} ItemsChanged;

static void
items_changed_cb (GListModel   *model,
                  guint         position,
                  guint         removed,
                  guint         added,
                  ItemsChanged *seen)
{
  seen->n_changes++;
  seen->position = position;
  seen->removed = removed;
  seen->added = added;
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 GPtrArray  *names)
{
  g_ptr_array_add (names, (gpointer) g_param_spec_get_name (pspec));
}

static void
run_connects (PaydayDocument *document,
              PaydayConnects *connects)
{
  g_autoptr(PaydayCommand) command = payday_command_new ("Connects");
  g_autoptr(GError) error = NULL;

  payday_command_take_part (command, PAYDAY_PLAN_PART_CONNECTS, connects);
  g_assert_true (payday_document_run (document, command, &error));
  g_assert_no_error (error);
}

/* The plan's proposal at @index is withdrawn, by one command naming it. */
static void
withdraw_proposal (PaydayDocument *document,
                   guint           index)
{
  PaydayPlan *plan = payday_document_get_plan (document);
  g_autoptr(PaydayCommand) command = payday_command_new ("Edit Proposal");
  g_autoptr(GError) error = NULL;
  PaydayProposal copy;

  payday_proposal_copy_into (&copy, &g_array_index (plan->proposals, PaydayProposal, index));
  copy.status = PAYDAY_PROPOSAL_WITHDRAWN;
  payday_command_replace_proposal (command, copy.id, &copy);
  payday_proposal_clear (&copy);
  g_assert_true (payday_document_run (document, command, &error));
  g_assert_no_error (error);
}

/* The document's ledger model keeps its row objects across edits: a change of the opening
 * balance only notifies the balances; a new transaction today adds one row on top. */
static void
test_ledger_model (void)
{
  g_autoptr(PaydayDocument) document = payday_document_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) notified = g_ptr_array_new ();
  g_autoptr(PaydayLedgerEntry) oldest = NULL;
  g_autoptr(PaydayLedgerEntry) newest = NULL;
  PaydayTransaction tx = { 0 };
  ItemsChanged seen = { 0 };
  const PaydayLedger *ledger;
  PaydayConnects *connects;
  GListModel *model;
  guint n;

  g_assert_true (payday_document_load_sample (document, payday_date_from_ymd (2026, 3, 4), &error));
  g_assert_no_error (error);
  model = payday_document_get_ledger_entries (document);
  ledger = payday_document_get_ledger (document);
  n = g_list_model_get_n_items (model);
  g_assert_cmpuint (n, ==, ledger->rows->len);
  g_assert_cmpuint (n, >, 10);

  /* Newest first, the values raw. */
  newest = g_list_model_get_item (model, 0);
  oldest = g_list_model_get_item (model, n - 1);
  g_assert_cmpint (payday_ledger_entry_get_kind (oldest), ==, PAYDAY_LEDGER_OPENING);
  g_assert_cmpint (payday_ledger_entry_get_date (oldest), ==,
                   g_array_index (ledger->rows, PaydayLedgerRow, 0).date);
  g_assert_cmpint (payday_ledger_entry_get_balance (newest), ==, ledger->balance);

  g_signal_connect (model, "items-changed", G_CALLBACK (items_changed_cb), &seen);
  g_signal_connect (oldest, "notify", G_CALLBACK (count_notify_cb), notified);

  connects = payday_document_dup_part (document, PAYDAY_PLAN_PART_CONNECTS);
  connects->opening_balance += 5;
  run_connects (document, connects);
  g_assert_cmpuint (seen.n_changes, ==, 0);
  {
    g_autoptr(PaydayLedgerEntry) still = g_list_model_get_item (model, n - 1);

    g_assert_true (still == oldest);
  }
  g_assert_cmpuint (notified->len, ==, 2);
  g_assert_true (g_ptr_array_find_with_equal_func (notified, "amount", g_str_equal, NULL));
  g_assert_true (g_ptr_array_find_with_equal_func (notified, "balance", g_str_equal, NULL));
  g_assert_cmpint (payday_ledger_entry_get_balance (newest), ==,
                   payday_document_get_ledger (document)->balance);

  /* A grant today: one row added on top, the others kept. */
  connects = payday_document_dup_part (document, PAYDAY_PLAN_PART_CONNECTS);
  tx.id = g_strdup ("tx-model");
  tx.date = payday_date_from_ymd (2026, 3, 4);
  tx.type = PAYDAY_TX_GRANT;
  tx.amount = 10;
  tx.price_cents = PAYDAY_NONE;
  g_array_append_val (connects->transactions, tx);
  run_connects (document, connects);
  g_assert_cmpuint (seen.n_changes, ==, 1);
  g_assert_cmpuint (seen.position, ==, 0);
  g_assert_cmpuint (seen.removed, ==, 0);
  g_assert_cmpuint (seen.added, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n + 1);
  {
    g_autoptr(PaydayLedgerEntry) grant = g_list_model_get_item (model, 0);

    g_assert_cmpstr (payday_ledger_entry_get_transaction_id (grant), ==, "tx-model");
    g_assert_cmpint (payday_ledger_entry_get_amount (grant), ==, 10);
  }

  g_signal_handlers_disconnect_by_data (oldest, notified);
  g_signal_handlers_disconnect_by_data (model, &seen);
}

/* The proposals model keeps one object per proposal id, newest sent first: a status change
 * notifies that object's status and nothing else moves. */
static void
test_proposals_model (void)
{
  g_autoptr(PaydayDocument) document = payday_document_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) notified = g_ptr_array_new ();
  g_autoptr(PaydayProposalObject) newest = NULL;
  ItemsChanged seen = { 0 };
  PaydayPlan *plan;
  GListModel *model;
  gint index;

  g_assert_true (payday_document_load_sample (document, payday_date_from_ymd (2026, 3, 4), &error));
  g_assert_no_error (error);
  plan = payday_document_get_plan (document);
  model = payday_document_get_proposals (document);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, plan->proposals->len);
  for (guint i = 1; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(PaydayProposalObject) a = g_list_model_get_item (model, i - 1);
      g_autoptr(PaydayProposalObject) b = g_list_model_get_item (model, i);

      g_assert_cmpint (payday_proposal_object_get_date (a), >=, payday_proposal_object_get_date (b));
    }

  newest = g_list_model_get_item (model, 0);
  index = payday_plan_find_proposal_index (plan, payday_proposal_object_get_id (newest));
  g_assert_cmpint (index, >=, 0);
  g_assert_cmpint (payday_proposal_object_get_status (newest), !=, PAYDAY_PROPOSAL_WITHDRAWN);

  g_signal_connect (model, "items-changed", G_CALLBACK (items_changed_cb), &seen);
  g_signal_connect (newest, "notify", G_CALLBACK (count_notify_cb), notified);

  withdraw_proposal (document, index);

  g_assert_cmpuint (seen.n_changes, ==, 0);
  g_assert_cmpuint (notified->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (notified, 0), ==, "status");
  g_assert_cmpint (payday_proposal_object_get_status (newest), ==, PAYDAY_PROPOSAL_WITHDRAWN);

  g_signal_handlers_disconnect_by_data (newest, notified);
  g_signal_handlers_disconnect_by_data (model, &seen);
}

static PaydayMembershipObject *
membership_at (GListModel *model,
               guint       position)
{
  PaydayMembershipObject *object = g_list_model_get_item (model, position);

  /* The model holds a reference: borrowed is enough for the test. */
  g_object_unref (object);
  return object;
}

/* Each object of the membership model stands for the period at its place in the plan. */
static void
assert_membership_model (PaydayDocument *document)
{
  PaydayPlan *plan = payday_document_get_plan (document);
  GListModel *model = payday_document_get_membership (document);
  PaydayDate today = payday_document_get_today (document);

  g_assert_cmpuint (g_list_model_get_n_items (model), ==, plan->connects.membership->len);
  for (guint i = 0; i < plan->connects.membership->len; i++)
    {
      const PaydayMembership *m = &g_array_index (plan->connects.membership, PaydayMembership, i);
      PaydayMembershipObject *object = membership_at (model, i);

      g_assert_cmpuint (payday_membership_object_get_index (object), ==, i);
      g_assert_cmpint (payday_membership_object_get_plan (object), ==, m->plan);
      g_assert_cmpint (payday_membership_object_get_from (object), ==, m->from);
      g_assert_cmpint (payday_membership_object_get_to (object), ==, m->to);
      g_assert_cmpint (payday_membership_object_get_today (object), ==, today);
      g_assert_cmpint (payday_membership_object_get_current (object), ==,
                       m->from <= today && (!payday_date_is_set (m->to) || m->to >= today));
    }
}

/* The membership model keeps one object per place in the plan's list (periods have no id):
 * an edit of another part touches nothing, an edit of a period notifies its object's
 * changed values, and removing a period moves the later ones up a place, keeping the
 * objects, so the object at a place always names the period an edit there changes. */
static void
test_membership_model (void)
{
  g_autoptr(PaydayDocument) document = payday_document_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) notified = g_ptr_array_new ();
  PaydayMembershipObject *first, *second;
  PaydayMembership added = { PAYDAY_MEMBERSHIP_BASIC, 0, PAYDAY_DATE_NONE, NULL };
  ItemsChanged seen = { 0 };
  PaydayConnects *connects;
  PaydayPlan *plan;
  GListModel *model;

  model = payday_document_get_membership (document);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  g_assert_true (payday_document_load_sample (document, payday_date_from_ymd (2026, 3, 4), &error));
  g_assert_no_error (error);
  plan = payday_document_get_plan (document);

  /* The sample: Basic, then Freelancer Plus since September 2025, current today. */
  g_assert_cmpuint (plan->connects.membership->len, ==, 2);
  assert_membership_model (document);
  first = membership_at (model, 0);
  second = membership_at (model, 1);
  g_assert_cmpint (payday_membership_object_get_plan (first), ==, PAYDAY_MEMBERSHIP_BASIC);
  g_assert_false (payday_membership_object_get_current (first));
  g_assert_cmpint (payday_membership_object_get_plan (second), ==, PAYDAY_MEMBERSHIP_PLUS);
  g_assert_true (payday_membership_object_get_current (second));

  g_signal_connect (model, "items-changed", G_CALLBACK (items_changed_cb), &seen);
  g_signal_connect (first, "notify", G_CALLBACK (count_notify_cb), notified);
  g_signal_connect (second, "notify", G_CALLBACK (count_notify_cb), notified);

  /* A proposal's status: the periods stay as they are, not even notified. */
  withdraw_proposal (document, 0);
  g_assert_cmpuint (seen.n_changes, ==, 0);
  g_assert_cmpuint (notified->len, ==, 0);

  /* Plus ends yesterday: its object notifies its end and that it is no longer current. */
  connects = payday_document_dup_part (document, PAYDAY_PLAN_PART_CONNECTS);
  g_array_index (connects->membership, PaydayMembership, 1).to = payday_date_from_ymd (2026, 3, 3);
  run_connects (document, connects);
  g_assert_cmpuint (seen.n_changes, ==, 0);
  g_assert_cmpuint (notified->len, ==, 2);
  g_assert_true (g_ptr_array_find_with_equal_func (notified, "to", g_str_equal, NULL));
  g_assert_true (g_ptr_array_find_with_equal_func (notified, "current", g_str_equal, NULL));
  g_assert_false (payday_membership_object_get_current (second));
  assert_membership_model (document);

  /* Basic again from today: one object added at the end. */
  connects = payday_document_dup_part (document, PAYDAY_PLAN_PART_CONNECTS);
  added.from = payday_date_from_ymd (2026, 3, 4);
  g_array_append_val (connects->membership, added);
  run_connects (document, connects);
  g_assert_cmpuint (seen.n_changes, ==, 1);
  g_assert_cmpuint (seen.position, ==, 2);
  g_assert_cmpuint (seen.removed, ==, 0);
  g_assert_cmpuint (seen.added, ==, 1);
  g_assert_true (payday_membership_object_get_current (membership_at (model, 2)));
  assert_membership_model (document);

  /* The first period goes: the last object goes with it, the others now hold the periods
   * that moved up, each still at the place an edit names. */
  seen.n_changes = 0;
  connects = payday_document_dup_part (document, PAYDAY_PLAN_PART_CONNECTS);
  g_array_remove_index (connects->membership, 0);
  run_connects (document, connects);
  g_assert_cmpuint (seen.n_changes, ==, 1);
  g_assert_cmpuint (seen.position, ==, 2);
  g_assert_cmpuint (seen.removed, ==, 1);
  g_assert_cmpuint (seen.added, ==, 0);
  g_assert_true (membership_at (model, 0) == first);
  g_assert_true (membership_at (model, 1) == second);
  g_assert_cmpint (payday_membership_object_get_plan (first), ==, PAYDAY_MEMBERSHIP_PLUS);
  g_assert_cmpint (payday_membership_object_get_to (first), ==, payday_date_from_ymd (2026, 3, 3));
  g_assert_cmpint (payday_membership_object_get_plan (second), ==, PAYDAY_MEMBERSHIP_BASIC);
  g_assert_true (payday_membership_object_get_current (second));
  assert_membership_model (document);

  /* Undo brings it back at the start. */
  g_assert_true (payday_document_undo (document));
  g_assert_cmpuint (plan->connects.membership->len, ==, 3);
  assert_membership_model (document);
  g_assert_cmpint (payday_membership_object_get_plan (first), ==, PAYDAY_MEMBERSHIP_BASIC);

  g_signal_handlers_disconnect_by_data (first, notified);
  g_signal_handlers_disconnect_by_data (second, notified);
  g_signal_handlers_disconnect_by_data (model, &seen);
}

/* Upwork's Connects editions around 2019-05-01 and 2020-12-01, built by hand with the figures
 * of data/rules/upwork.json: 60 a month under a limit of 140, nothing a month and no limit,
 * then Basic 10 / Plus 80 under a limit of 200. */
static PaydayRules *
connects_era_rules (void)
{
  PaydayRules *rules = test_rules_new ();
  PaydayEdition *e;

  e = test_rules_add (rules, "2014-01-01");
  e->connects_monthly_free = 60;
  e->connects_rollover_limit = 140;
  e = test_rules_add (rules, "2019-05-01");
  e->connects_monthly_free = 0;
  e = test_rules_add (rules, "2020-12-01");
  e->connects_monthly_free = 10;
  e->connects_plus_monthly = 80;
  e->connects_rollover_limit = 200;
  return rules;
}

static void
test_connects_eras (void)
{
  PaydayRules *rules = connects_era_rules ();
  g_autoptr(PaydayPlan) plan = plan_opening (0, "2019-02-01", "2018-01-15");
  g_autoptr(PaydayLedger) ledger = NULL;

  test_add_membership (plan, PAYDAY_MEMBERSHIP_PLUS, "2021-01-01", NULL);

  /* Before 2019-05-01: 60 a month, the third refill cut to 20 by the limit of 140. Between:
   * Basic gets nothing (no rows) while the old lots expire. After 2020-12-01: Basic 10, then
   * Plus 80 a month until the limit of 200 cuts the refill of March to 30. */
  ledger = payday_ledger_compute (plan, rules, D ("2021-03-20"));
  assert_ledger (ledger,
                 "2019-02-15 refill 60 60 2020-02-15 basic\n"
                 "2019-03-15 refill 60 120 2020-03-14 basic\n"
                 "2019-04-15 refill 20 140 2020-04-14 basic\n"
                 "2020-02-15 expire -60 80 - 2019-02-15 refill\n"
                 "2020-03-14 expire -60 20 - 2019-03-15 refill\n"
                 "2020-04-14 expire -20 0 - 2019-04-15 refill\n"
                 "2020-12-15 refill 10 10 2021-12-15 basic\n"
                 "2021-01-15 refill 80 90 2022-01-15 plus\n"
                 "2021-02-15 refill 80 170 2022-02-15 plus\n"
                 "2021-03-15 refill 30 200 2022-03-15 plus\n");
  g_assert_cmpint (ledger->balance, ==, 200);
  g_assert_cmpint (ledger->warnings->len, ==, 0);

  test_rules_free (rules);
}

static void
test_rollover_limit (void)
{
  PaydayRules *rules = test_rules_new ();
  g_autoptr(PaydayPlan) plan = plan_opening (150, "2021-01-01", "2020-06-10");
  g_autoptr(PaydayLedger) ledger = NULL;
  PaydayEdition *e = test_rules_add (rules, "2020-12-01");
  PaydayProposal *p;

  e->connects_plus_monthly = 80;
  e->connects_rollover_limit = 200;
  test_add_membership (plan, PAYDAY_MEMBERSHIP_PLUS, "2020-06-10", NULL);
  test_add_transaction (plan, "buy", "2021-02-20", PAYDAY_TX_PURCHASE, 60);
  test_add_transaction (plan, "gift", "2021-02-25", PAYDAY_TX_GRANT, 10);
  test_add_proposal (plan, "p1", "2021-03-12", 100, PAYDAY_PROPOSAL_SENT);
  p = test_add_proposal (plan, "p2", "2021-04-01", 20, PAYDAY_PROPOSAL_JOB_CANCELLED);
  p->status_date = D ("2021-04-12");
  test_add_proposal (plan, "p3", "2021-04-20", 250, PAYDAY_PROPOSAL_SENT);

  /* 01-10 cut short (150 + 50 = 200); 02-10 and 03-10 skipped (no rows) at and above the
   * limit; the purchase, the grant and the refund lift the balance above 200 untouched; after
   * the overdraw the deficit leaves room for the whole 80 (−30 + 80). */
  ledger = payday_ledger_compute (plan, rules, D ("2021-05-15"));
  assert_ledger (ledger,
                 "2021-01-01 opening 150 150 2022-01-01 -\n"
                 "2021-01-10 refill 50 200 2022-01-10 plus\n"
                 "2021-02-20 purchase 60 260 2022-02-20 buy\n"
                 "2021-02-25 grant 10 270 2022-02-25 gift\n"
                 "2021-03-12 spend -100 170 - p1\n"
                 "2021-04-01 spend -20 150 - p2\n"
                 "2021-04-10 refill 50 200 2022-04-10 plus\n"
                 "2021-04-12 refund 20 220 2022-04-12 p2\n"
                 "2021-04-20 spend -250 -30 - p3\n"
                 "2021-05-10 refill 80 50 2022-05-10 plus\n");
  g_assert_cmpint (ledger->balance, ==, 50);
  g_assert_cmpint (ledger->warnings->len, ==, 1);

  /* Without a limit nothing is cut. */
  e->connects_rollover_limit = PAYDAY_NONE;
  g_clear_pointer (&ledger, payday_ledger_free);
  ledger = payday_ledger_compute (plan, rules, D ("2021-03-10"));
  assert_ledger (ledger,
                 "2021-01-01 opening 150 150 2022-01-01 -\n"
                 "2021-01-10 refill 80 230 2022-01-10 plus\n"
                 "2021-02-10 refill 80 310 2022-02-10 plus\n"
                 "2021-02-20 purchase 60 370 2022-02-20 buy\n"
                 "2021-02-25 grant 10 380 2022-02-25 gift\n"
                 "2021-03-10 refill 80 460 2022-03-10 plus\n");

  test_rules_free (rules);
}

/* A plan pinned to the 2020-12-01 edition refills 2026 under its limit of 200 and its Plus
 * 80, not under the 2025 edition's Plus 100 without a limit. */
static void
test_pinned_more_connects (void)
{
  PaydayRules *rules = connects_era_rules ();
  g_autoptr(PaydayPlan) plan = plan_opening (190, "2026-01-01", "2024-02-15");
  g_autoptr(PaydayLedger) each = NULL;
  g_autoptr(PaydayLedger) pinned = NULL;
  PaydayEdition *e = test_rules_add (rules, "2025-05-01");

  e->connects_plus_monthly = 100;
  e->connects_rollover_limit = PAYDAY_NONE;
  test_add_membership (plan, PAYDAY_MEMBERSHIP_PLUS, "2025-01-01", NULL);

  each = payday_ledger_compute (plan, rules, D ("2026-02-20"));
  assert_ledger (each,
                 "2026-01-01 opening 190 190 2027-01-01 -\n"
                 "2026-01-15 refill 100 290 2027-01-15 plus\n"
                 "2026-02-15 refill 100 390 2027-02-15 plus\n");

  plan->rules_edition = D ("2020-12-01");
  pinned = payday_ledger_compute (plan, rules, D ("2026-02-20"));
  assert_ledger (pinned,
                 "2026-01-01 opening 190 190 2027-01-01 -\n"
                 "2026-01-15 refill 10 200 2027-01-15 plus\n");
  g_assert_cmpint (pinned->balance, ==, 200);

  test_rules_free (rules);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/payday/connects/opening-lot", test_opening_lot);
  g_test_add_func ("/payday/connects/model", test_ledger_model);
  g_test_add_func ("/payday/connects/proposals-model", test_proposals_model);
  g_test_add_func ("/payday/connects/membership-model", test_membership_model);
  g_test_add_func ("/payday/connects/oldest-first", test_oldest_first);
  g_test_add_func ("/payday/connects/expiry-order", test_expiry_order);
  g_test_add_func ("/payday/connects/refill-day", test_refill_day);
  g_test_add_func ("/payday/connects/long-horizon", test_long_horizon);
  g_test_add_func ("/payday/connects/basic-plus", test_basic_plus);
  g_test_add_func ("/payday/connects/edition-change", test_edition_change);
  g_test_add_func ("/payday/connects/transactions", test_transactions);
  g_test_add_func ("/payday/connects/deficit", test_deficit);
  g_test_add_func ("/payday/connects/refund", test_refund);
  g_test_add_func ("/payday/connects/boost-invited", test_boost_invited);
  g_test_add_func ("/payday/connects/expiring-30d", test_expiring_30d);
  g_test_add_func ("/payday/connects/spent-12m", test_spent_12m);
  g_test_add_func ("/payday/connects/warnings", test_warnings);
  g_test_add_func ("/payday/connects/window", test_window);
  g_test_add_func ("/payday/connects/no-expiry", test_no_expiry);
  g_test_add_func ("/payday/connects/kind-strings", test_kind_strings);
  g_test_add_func ("/payday/connects/eras-2019-2020", test_connects_eras);
  g_test_add_func ("/payday/connects/rollover-limit", test_rollover_limit);
  g_test_add_func ("/payday/connects/pinned-more-connects", test_pinned_more_connects);

  return g_test_run ();
}
