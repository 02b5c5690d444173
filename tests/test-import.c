/* test-import.c — reading Upwork's CSV exports and merging them into a plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "payday-document.h"
#include "payday-error.h"
#include "payday-import-private.h"
#include "payday-plan-edit.h"
#include "payday-reconcile.h"
#include "payday-schedule.h"

#define D(s) date_of (s)

static PaydayDate
date_of (const char *text)
{
  PaydayDate d = PAYDAY_DATE_NONE;

  g_assert_true (payday_date_parse (text, &d));
  return d;
}

/* A plan with two clients; Acme has one hourly contract, Data has a fixed one and an
 * hourly one. */
static const char base_plan[] =
  "{ \"format\": \"payday-plan\", \"version\": 1, \"today\": \"2025-06-02\",\n"
  "  \"rules_edition\": \"2023-05-03\",\n"
  "  \"clients\": [ { \"id\": \"acme\", \"name\": \"Acme Example Co\" },\n"
  "                { \"id\": \"data\", \"name\": \"Example Data GmbH\" } ],\n"
  "  \"contracts\": [\n"
  "    { \"id\": \"w\", \"title\": \"Widget API\", \"client\": \"acme\", \"type\": \"hourly\",\n"
  "      \"start\": \"2022-06-01\", \"rate_cents\": 4000, \"weeks\": [] },\n"
  "    { \"id\": \"audit\", \"title\": \"Pipeline audit\", \"client\": \"data\", \"type\": \"fixed\",\n"
  "      \"start\": \"2022-06-01\", \"milestones\": [\n"
  "        { \"id\": \"m1\", \"amount_cents\": 150000, \"funded\": \"2025-01-02\",\n"
  "          \"submitted\": \"2025-01-03\", \"approved\": \"2025-01-06\" } ] },\n"
  "    { \"id\": \"support\", \"title\": \"Support\", \"client\": \"data\", \"type\": \"hourly\",\n"
  "      \"start\": \"2022-06-01\", \"rate_cents\": 3000, \"weeks\": [] } ],\n"
  "  \"withdrawals\": { \"history\": [ { \"date\": \"2025-03-12\", \"amount_cents\": 90000 } ] }\n"
  "}\n";

static PaydayPlan *
load_plan (const char *json)
{
  g_autoptr(GError) error = NULL;
  PaydayPlan *plan = payday_plan_load_from_data (json, -1, &error);

  g_assert_no_error (error);
  return plan;
}

static char *
plan_text (const PaydayPlan *plan)
{
  return payday_plan_to_data (plan, NULL);
}

static PaydayImport *
read_text (const char *csv)
{
  g_autoptr(GError) error = NULL;
  PaydayImport *import = payday_import_read_data ("test.csv", csv, strlen (csv), &error);

  g_assert_no_error (error);
  g_assert_nonnull (import);
  return import;
}

static PaydayImport *
read_fixture (const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  PaydayImport *import = payday_import_read_file (file, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (import);
  g_assert_cmpuint (payday_import_get_n_problems (import), ==, 0);
  return import;
}

/* Refusal: a PAYDAY_ERROR whose message names the file and contains @fragment. */
static void
assert_refused (const char *csv,
                gssize      length,
                const char *fragment)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PaydayImport) import =
    payday_import_read_data ("bad.csv", csv, length < 0 ? strlen (csv) : (gsize) length, &error);

  g_assert_null (import);
  g_assert_error (error, PAYDAY_ERROR, error->code);
  g_assert_true (g_str_has_prefix (error->message, "bad.csv: "));
  if (strstr (error->message, fragment) == NULL)
    g_error ("“%s” does not say “%s”", error->message, fragment);
}

static const PaydayActual *
find_actual (const PaydayPlan *plan,
             const char       *ref)
{
  for (guint i = 0; i < plan->actuals->len; i++)
    if (g_strcmp0 (g_array_index (plan->actuals, PaydayActual, i).ref, ref) == 0)
      return &g_array_index (plan->actuals, PaydayActual, i);
  g_error ("no actual %s", ref);
}

static void
apply_ok (PaydayImport       *import,
          PaydayPlan         *plan,
          PaydayImportCounts *counts)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (payday_import_apply (import, NULL, plan, counts, &error));
  g_assert_no_error (error);
}

/* The plan must load back exactly as it is saved (every bound kept). */
static void
assert_plan_reloads (const PaydayPlan *plan)
{
  g_autofree char *text = plan_text (plan);
  g_autoptr(GError) error = NULL;
  g_autoptr(PaydayPlan) back = payday_plan_load_from_data (text, -1, &error);
  g_autofree char *again = NULL;

  g_assert_no_error (error);
  again = plan_text (back);
  g_assert_cmpstr (text, ==, again);
}

static void
test_statements (void)
{
  g_autoptr(PaydayImport) import = read_fixture ("upwork-statements.csv");
  g_autoptr(PaydayPlan) plan = load_plan (base_plan);
  PaydayImportCounts counts;
  const PaydayActual *a;

  g_assert_cmpint (payday_import_get_format (import), ==, PAYDAY_IMPORT_TRANSACTIONS);
  g_assert_cmpuint (payday_import_get_n_rows (import), ==, 283);
  apply_ok (import, plan, &counts);
  g_assert_cmpuint (counts.rows, ==, 283);
  g_assert_cmpuint (counts.actuals, ==, 283);
  g_assert_cmpuint (counts.contracts_created + counts.weeks + counts.milestones + counts.bonuses,
                    ==, 0);
  g_assert_cmpuint (counts.duplicates, ==, 0);
  g_assert_cmpuint (counts.not_understood, ==, 1);          /* the Journal row */

  /* "Dec 30, 2024", the Ref ID, a signed amount, the Team, linked to Acme's one contract */
  a = find_actual (plan, "500000205");
  g_assert_cmpint (a->date, ==, D ("2024-12-30"));
  g_assert_cmpint (a->kind, ==, PAYDAY_ACTUAL_HOURLY);
  g_assert_cmpint (a->amount_cents, ==, 78896);
  g_assert_cmpstr (a->client_name, ==, "Acme Example Co");
  g_assert_cmpstr (a->contract, ==, "w");
  g_assert_cmpint (a->source, ==, PAYDAY_ACTUAL_FROM_TRANSACTIONS);
  a = find_actual (plan, "500000206");
  g_assert_cmpint (a->kind, ==, PAYDAY_ACTUAL_FEE);
  g_assert_cmpint (a->amount_cents, ==, -7890);

  /* Data has two contracts: the one whose title is in the description ("Milestone payment
   * - Data pipeline audit …" holds "Pipeline audit") is linked */
  for (guint i = 0; i < plan->actuals->len; i++)
    {
      a = &g_array_index (plan->actuals, PaydayActual, i);
      if (a->kind == PAYDAY_ACTUAL_FIXED)
        g_assert_cmpstr (a->contract, ==, "audit");
      if (a->kind == PAYDAY_ACTUAL_OTHER)
        g_assert_cmpint (a->date, ==, D ("2023-07-03"));
    }

  /* 24 monthly withdrawals of $1,000 went into the history; the fees did not */
  g_assert_cmpuint (plan->withdrawals.history->len, ==, 1 + 24);
  assert_plan_reloads (plan);
}

static void
test_report_2025 (void)
{
  g_autoptr(PaydayImport) import = read_fixture ("upwork-transaction-report-2025.csv");
  g_autoptr(PaydayPlan) plan = load_plan (base_plan);
  PaydayImportCounts counts;
  const PaydayActual *a;

  g_assert_cmpint (payday_import_get_format (import), ==, PAYDAY_IMPORT_TRANSACTIONS);
  apply_ok (import, plan, &counts);
  g_assert_cmpuint (counts.rows, ==, 32);
  g_assert_cmpuint (counts.actuals, ==, 32);
  g_assert_cmpuint (counts.not_understood, ==, 1);          /* "Payment" */

  /* the Transaction ID is the ref even though the Ref ID is there too */
  a = find_actual (plan, "880000002");
  g_assert_cmpint (a->kind, ==, PAYDAY_ACTUAL_FEE);
  g_assert_cmpint (a->amount_cents, ==, -2400);             /* "($24.00)" */
  g_assert_cmpint (find_actual (plan, "880000001")->amount_cents, ==, 24000);   /* "$240.00" */
  g_assert_cmpint (a->date, ==, D ("2025-01-13"));
  /* the description columns, joined */
  a = find_actual (plan, "880000001");
  g_assert_cmpstr (a->description, ==, "Invoice for Widget API (made-up example); "
                                       "40.00 hours x $6.00 = $240.00; Made-up example row");

  for (guint i = 0; i < plan->actuals->len; i++)
    {
      a = &g_array_index (plan->actuals, PaydayActual, i);
      if (a->amount_cents == 120000)
        g_assert_cmpint (a->kind, ==, PAYDAY_ACTUAL_FIXED);        /* "Fixed-price" */
      if (a->amount_cents == -1200)
        g_assert_cmpint (a->kind, ==, PAYDAY_ACTUAL_CONNECTS);
      if (a->amount_cents == -1999)
        g_assert_cmpint (a->kind, ==, PAYDAY_ACTUAL_MEMBERSHIP);   /* "Subscription" */
      if (a->amount_cents == -380)
        g_assert_cmpint (a->kind, ==, PAYDAY_ACTUAL_TAX);          /* "VAT" */
      if (a->amount_cents == 100)
        g_assert_cmpint (a->kind, ==, PAYDAY_ACTUAL_OTHER);        /* "Payment" */
      if (a->amount_cents == -99)
        g_assert_cmpint (a->kind, ==, PAYDAY_ACTUAL_WITHDRAWAL_FEE);
    }

  /* the withdrawal of 2025-03-12, $900, was already in the history */
  g_assert_cmpuint (plan->withdrawals.history->len, ==, 1);
  assert_plan_reloads (plan);
}

static void
test_other_spelling (void)
{
  g_autoptr(PaydayImport) import = read_fixture ("upwork-transaction-report-other-spelling.csv");
  g_autoptr(PaydayPlan) plan = load_plan (base_plan);
  static const struct { const char *ref; PaydayActualKind kind; PaydayCents cents; } rows[] = {
    { "990000001", PAYDAY_ACTUAL_HOURLY, 27000 },
    { "990000002", PAYDAY_ACTUAL_FEE, -2700 },
    { "990000003", PAYDAY_ACTUAL_FIXED, 250000 },
    { "990000004", PAYDAY_ACTUAL_REFUND, -10000 },
    { "990000005", PAYDAY_ACTUAL_MEMBERSHIP, -1999 },
    { "990000006", PAYDAY_ACTUAL_TAX, -200 },
    { "990000007", PAYDAY_ACTUAL_ADJUSTMENT, 50 },
    { "990000008", PAYDAY_ACTUAL_ADJUSTMENT, 100 },
    { "990000009", PAYDAY_ACTUAL_WITHDRAWAL_FEE, -200 },
  };
  PaydayImportCounts counts;

  apply_ok (import, plan, &counts);
  g_assert_cmpuint (counts.actuals, ==, G_N_ELEMENTS (rows));
  g_assert_cmpuint (counts.not_understood, ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      const PaydayActual *a = find_actual (plan, rows[i].ref);

      g_assert_cmpint (a->kind, ==, rows[i].kind);
      g_assert_cmpint (a->amount_cents, ==, rows[i].cents);
    }
  /* "Client team" names the client; a quoted description keeps its comma, quotes and
   * line break */
  g_assert_cmpstr (find_actual (plan, "990000002")->client_name, ==, "Acme Example Co");
  g_assert_cmpstr (find_actual (plan, "990000002")->description, ==, "Fee for \"Widget API\"\nweek 14");
  g_assert_cmpstr (find_actual (plan, "990000001")->contract, ==, "w");
  /* Data has two contracts and "Made-up milestone, paid in full" names neither */
  g_assert_null (find_actual (plan, "990000003")->contract);
}

/* Every alias of every column, one at a time, in any case and with spaces around it. */
static void
test_aliases (void)
{
  static const char * const dates[] = { "Date", " DATE " };
  static const char * const types[] = { "Type", "Transaction Type", "transaction type" };
  static const char * const amounts[] = { "Amount", "Amount $", "amount $" };
  static const struct { const char *column; const char *value; gsize offset; } optional[] = {
    { "Team", "T1", G_STRUCT_OFFSET (PaydayActual, client_name) },
    { "Client team", "T2", G_STRUCT_OFFSET (PaydayActual, client_name) },
    { "Account Name", "T3", G_STRUCT_OFFSET (PaydayActual, client_name) },
    { "Description", "d0", G_STRUCT_OFFSET (PaydayActual, description) },
    { "Transaction Summary", "d1", G_STRUCT_OFFSET (PaydayActual, description) },
    { "Transaction Summary Details", "d2", G_STRUCT_OFFSET (PaydayActual, description) },
    { "Description 1", "d3", G_STRUCT_OFFSET (PaydayActual, description) },
    { "Description 2", "d4", G_STRUCT_OFFSET (PaydayActual, description) },
    { "Description 3", "d5", G_STRUCT_OFFSET (PaydayActual, description) },
    { "Entered Description", "d6", G_STRUCT_OFFSET (PaydayActual, description) },
    { "Ref ID", "r1", G_STRUCT_OFFSET (PaydayActual, ref) },
    { "Transaction ID", "r2", G_STRUCT_OFFSET (PaydayActual, ref) },
    { "Agency", "x", 0 }, { "Agency team", "x", 0 }, { "Balance", "1", 0 },
    { "Current Balance $", "1", 0 }, { "Currency", "USD", 0 },
    { "Amount in local currency", "1", 0 }, { "Payment Method", "x", 0 },
  };

  for (guint d = 0; d < G_N_ELEMENTS (dates); d++)
    for (guint t = 0; t < G_N_ELEMENTS (types); t++)
      for (guint a = 0; a < G_N_ELEMENTS (amounts); a++)
        for (guint o = 0; o < G_N_ELEMENTS (optional); o++)
          {
            g_autofree char *csv = g_strdup_printf ("%s,%s,%s,%s\n\"Jan 02, 2024\",Bonus,12.00,%s\n",
                                                    dates[d], types[t], amounts[a],
                                                    optional[o].column, optional[o].value);
            g_autoptr(PaydayImport) import = read_text (csv);
            g_autoptr(PaydayPlan) plan = payday_plan_new ();
            const PaydayActual *actual;

            g_assert_cmpint (payday_import_get_format (import), ==, PAYDAY_IMPORT_TRANSACTIONS);
            apply_ok (import, plan, NULL);
            actual = &g_array_index (plan->actuals, PaydayActual, 0);
            g_assert_cmpint (actual->kind, ==, PAYDAY_ACTUAL_BONUS);
            g_assert_cmpint (actual->amount_cents, ==, 1200);
            if (optional[o].offset != 0)
              g_assert_cmpstr (G_STRUCT_MEMBER (char *, actual, optional[o].offset), ==,
                               optional[o].value);
          }

  /* client_name is the first non-empty of Team, Client team, Account Name; the
   * Transaction ID beats the Ref ID */
  {
    g_autoptr(PaydayImport) import = read_text (
      "Date,Type,Amount,Account Name,Client team,Team,Ref ID,Transaction ID\n"
      "2024-01-02,Hourly,1,Acc,Cli,,r,t\n"
      "2024-01-03,Hourly,1,Acc,,,r2,\n");
    g_autoptr(PaydayPlan) plan = payday_plan_new ();

    apply_ok (import, plan, NULL);
    g_assert_cmpstr (find_actual (plan, "t")->client_name, ==, "Cli");
    g_assert_cmpstr (find_actual (plan, "r2")->client_name, ==, "Acc");
  }
}

static void
test_weekly_summary (void)
{
  g_autoptr(PaydayImport) import = read_fixture ("upwork-weekly-summary.csv");
  g_autoptr(PaydayPlan) plan = payday_plan_new ();
  PaydayImportCounts counts;
  const PaydayContract *widget, *audit;
  const PaydayWeek *week;

  g_assert_cmpint (payday_import_get_format (import), ==, PAYDAY_IMPORT_WEEKLY_SUMMARY);
  apply_ok (import, plan, &counts);
  g_assert_cmpuint (counts.rows, ==, 464);
  g_assert_cmpuint (counts.contracts_created, ==, 2);
  g_assert_cmpuint (counts.weeks, ==, 104);
  g_assert_cmpuint (counts.milestones, ==, 24);
  g_assert_cmpuint (counts.bonuses, ==, 4);
  g_assert_cmpuint (counts.actuals, ==, 464);

  widget = &g_array_index (plan->contracts, PaydayContract, 0);
  audit = &g_array_index (plan->contracts, PaydayContract, 1);
  g_assert_cmpstr (widget->title, ==, "Widget API (made-up example)");
  g_assert_cmpstr (widget->upwork_id, ==, "31000001");
  g_assert_cmpint (widget->type, ==, PAYDAY_CONTRACT_HOURLY);
  g_assert_cmpint (widget->start, ==, D ("2023-01-03"));
  g_assert_cmpstr (payday_plan_find_client (plan, widget->client)->name, ==, widget->title);
  g_assert_cmpstr (audit->upwork_id, ==, "31000002");
  g_assert_cmpint (audit->type, ==, PAYDAY_CONTRACT_FIXED);
  g_assert_cmpuint (widget->bonuses->len, ==, 4);
  g_assert_cmpuint (audit->milestones->len, ==, 24);
  g_assert_cmpint (g_array_index (audit->milestones, PaydayMilestone, 0).approved, ==,
                   D ("2023-01-04"));
  g_assert_cmpint (g_array_index (audit->milestones, PaydayMilestone, 0).funded, ==,
                   D ("2023-01-04"));

  /* week of 2023-01-02: 4.38855 + 7.21921 + 6.17 = 17.77776 h → 17.78; $197.48 + $324.86 +
   * $277.65 = $799.99 */
  week = &g_array_index (widget->weeks, PaydayWeek, 0);
  g_assert_cmpint (week->week_start, ==, D ("2023-01-02"));
  g_assert_cmpint (week->hours, ==, 1778);
  g_assert_true (week->has_billed);
  g_assert_cmpint (week->billed_cents, ==, 79999);
  /* the rate is the latest week's billed ÷ hours, to the cent: about $45 */
  g_assert_cmpint (widget->rate_cents, >=, 4490);
  g_assert_cmpint (widget->rate_cents, <=, 4510);

  /* refs: ws:DATE:CONTRACTID:PAYMENTTYPE:N */
  find_actual (plan, "ws:2023-01-03:31000001::1");
  find_actual (plan, "ws:2023-01-04:31000002:Fixed Price Payment:1");
  assert_plan_reloads (plan);
}

/* The schedule's gross per contract is the file's amounts to the cent. */
static void
test_to_the_cent (void)
{
  g_autoptr(PaydayImport) import = read_fixture ("upwork-weekly-summary.csv");
  g_autoptr(PaydayPlan) plan = payday_plan_new ();
  g_autoptr(PaydayRules) rules = NULL;
  g_autoptr(PaydaySchedule) schedule = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "upwork-weekly-summary.csv",
                                                 NULL);
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  PaydayCents file_cents[2] = { 0, 0 }, schedule_cents[2] = { 0, 0 };

  apply_ok (import, plan, NULL);
  plan->today = D ("2025-06-02");
  rules = payday_rules_lookup ("upwork", &error);
  g_assert_no_error (error);
  schedule = payday_schedule_compute (plan, rules, plan->today);

  /* the file read independently: every field is quoted, the amount is the 4th */
  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 1; lines[i] != NULL && lines[i][0] != '\0'; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], "\",\"", -1);
      gboolean widget = strstr (fields[1], "31000001") != NULL;
      double dollars = g_ascii_strtod (fields[3], NULL);

      file_cents[widget ? 0 : 1] += (PaydayCents) (dollars * 100 + 0.5);
    }

  for (guint i = 0; i < schedule->items->len; i++)
    {
      const PaydayItem *item = &g_array_index (schedule->items, PaydayItem, i);

      schedule_cents[item->contract_index] += item->gross_cents;
    }
  g_assert_cmpint (schedule_cents[0], ==, file_cents[0]);
  g_assert_cmpint (schedule_cents[1], ==, file_cents[1]);
}

static void
test_dedup_twice (void)
{
  const char * const files[] = {
    "upwork-weekly-summary.csv", "upwork-statements.csv", "upwork-transaction-report-2025.csv"
  };

  for (guint f = 0; f < G_N_ELEMENTS (files); f++)
    {
      g_autoptr(PaydayImport) import = read_fixture (files[f]);
      g_autoptr(PaydayPlan) plan = load_plan (base_plan);
      g_autofree char *once = NULL;
      g_autofree char *twice = NULL;
      PaydayImportCounts counts;

      apply_ok (import, plan, NULL);
      once = plan_text (plan);
      apply_ok (import, plan, &counts);
      twice = plan_text (plan);
      g_assert_cmpstr (once, ==, twice);
      g_assert_cmpuint (counts.duplicates, ==, payday_import_get_n_rows (import));
      g_assert_cmpuint (counts.actuals + counts.weeks + counts.milestones + counts.bonuses +
                        counts.contracts_created, ==, 0);
    }
}

/* Transactions first, then the weekly summary: the new contracts take the client the
 * transactions name for their titles, those transactions are linked to them, and every
 * prediction can be held against a payment. */
static void
test_transactions_then_weekly (void)
{
  g_autoptr(PaydayImport) money = read_fixture ("upwork-statements.csv");
  g_autoptr(PaydayImport) work = read_fixture ("upwork-weekly-summary.csv");
  g_autoptr(PaydayPlan) plan = payday_plan_new ();
  g_autoptr(PaydayRules) rules = payday_rules_lookup ("upwork", NULL);
  g_autoptr(PaydaySchedule) schedule = NULL;
  g_autoptr(GArray) rows = NULL;
  g_autofree char *once = NULL;
  g_autofree char *twice = NULL;
  guint counts[PAYDAY_N_VERDICTS];
  const PaydayContract *widget, *audit;

  plan->today = D ("2025-06-02");
  apply_ok (money, plan, NULL);
  g_assert_null (find_actual (plan, "500000205")->contract);
  apply_ok (work, plan, NULL);

  g_assert_cmpuint (plan->clients->len, ==, 2);
  widget = &g_array_index (plan->contracts, PaydayContract, 0);
  audit = &g_array_index (plan->contracts, PaydayContract, 1);
  g_assert_cmpstr (payday_plan_find_client (plan, widget->client)->name, ==, "Acme Example Co");
  g_assert_cmpstr (payday_plan_find_client (plan, audit->client)->name, ==, "Example Data GmbH");
  g_assert_cmpstr (find_actual (plan, "500000205")->contract, ==, widget->id);
  g_assert_cmpstr (find_actual (plan, "500000206")->contract, ==, widget->id);

  /* 104 weeks, one never paid, one paid 3 days late, one paid an hour more; 24 fixed-price
   * payments and 4 bonuses on their day */
  schedule = payday_schedule_compute (plan, rules, plan->today);
  rows = payday_reconcile_compute (schedule);
  payday_reconcile_count (rows, counts);
  g_assert_cmpuint (counts[PAYDAY_VERDICT_AS_PREDICTED], ==, 101 + 24 + 4);
  g_assert_cmpuint (counts[PAYDAY_VERDICT_LATE], ==, 1);
  g_assert_cmpuint (counts[PAYDAY_VERDICT_EARLY], ==, 0);
  g_assert_cmpuint (counts[PAYDAY_VERDICT_AMOUNT_DIFFERS], ==, 1);
  g_assert_cmpuint (counts[PAYDAY_VERDICT_MISSING], ==, 1);
  g_assert_cmpuint (counts[PAYDAY_VERDICT_UNEXPECTED], ==, 0);
  assert_plan_reloads (plan);

  /* both again: nothing changes */
  once = plan_text (plan);
  apply_ok (money, plan, NULL);
  apply_ok (work, plan, NULL);
  twice = plan_text (plan);
  g_assert_cmpstr (once, ==, twice);
}

/* Two overlapping files give the same plan in either order, and no week is counted twice. */
static void
test_dedup_overlap (void)
{
  g_autoptr(PaydayImport) a = read_fixture ("upwork-weekly-summary.csv");
  g_autoptr(PaydayImport) b = read_fixture ("upwork-weekly-summary-overlap.csv");
  g_autoptr(PaydayPlan) ab = payday_plan_new ();
  g_autoptr(PaydayPlan) ba = payday_plan_new ();
  PaydayImportCounts counts;
  PaydayCents total_ab = 0, total_ba = 0, total_actuals = 0;

  apply_ok (a, ab, NULL);
  apply_ok (b, ab, &counts);
  g_assert_cmpuint (counts.duplicates, ==, 54);
  g_assert_cmpuint (counts.weeks, ==, 5);
  apply_ok (b, ba, NULL);
  apply_ok (a, ba, NULL);

  g_assert_cmpuint (ab->actuals->len, ==, ba->actuals->len);
  for (guint i = 0; i < ab->contracts->len; i++)
    {
      const PaydayContract *c = &g_array_index (ab->contracts, PaydayContract, i);
      const PaydayContract *d = payday_plan_find_contract (ba, c->id);

      g_assert_cmpuint (c->weeks->len, ==, d->weeks->len);
      for (guint w = 0; w < c->weeks->len; w++)
        {
          const PaydayWeek *wc = &g_array_index (c->weeks, PaydayWeek, w);
          const PaydayWeek *wd = &g_array_index (d->weeks, PaydayWeek, w);

          g_assert_cmpint (wc->week_start, ==, wd->week_start);
          g_assert_cmpint (wc->billed_cents, ==, wd->billed_cents);
          total_ab += wc->billed_cents;
          total_ba += wd->billed_cents;
        }
      g_assert_cmpuint (c->milestones->len, ==, d->milestones->len);
      g_assert_cmpuint (c->bonuses->len, ==, d->bonuses->len);
    }
  for (guint i = 0; i < ab->actuals->len; i++)
    if (g_array_index (ab->actuals, PaydayActual, i).kind == PAYDAY_ACTUAL_HOURLY)
      total_actuals += g_array_index (ab->actuals, PaydayActual, i).amount_cents;
  g_assert_cmpint (total_ab, ==, total_actuals);
  g_assert_cmpint (total_ba, ==, total_actuals);
}

/* @csv has one bad data row (row 2) and one good one: the bad row is reported with @says,
 * the good one (of @good_cents) imported, and the plan still loads. */
static void
assert_one_bad_row (const char *csv,
                    const char *says,
                    PaydayCents good_cents)
{
  g_autoptr(PaydayImport) import = read_text (csv);
  g_autoptr(PaydayPlan) plan = payday_plan_new ();
  const PaydayImportProblem *problem;
  PaydayImportCounts counts;

  g_assert_cmpuint (payday_import_get_n_problems (import), ==, 1);
  problem = payday_import_get_problem (import, 0);
  g_assert_cmpuint (problem->row, ==, 2);
  if (strstr (problem->message, says) == NULL)
    g_error ("“%s” does not say “%s”", problem->message, says);
  apply_ok (import, plan, &counts);
  g_assert_cmpuint (counts.rows, ==, 2);
  g_assert_cmpuint (counts.actuals, ==, 1);
  g_assert_cmpuint (counts.not_understood, ==, 1);
  g_assert_cmpint (g_array_index (plan->actuals, PaydayActual, 0).amount_cents, ==, good_cents);
  assert_plan_reloads (plan);
}

static void
test_dates (void)
{
  static const struct { const char *text; const char *iso; } good[] = {
    { "Jan 01, 2023", "2023-01-01" }, { "Feb 9, 2024", "2024-02-09" },
    { "December 31, 2024", "2024-12-31" }, { "2024-02-29", "2024-02-29" },
    { "  Mar 05, 2025 ", "2025-03-05" },
  };
  static const char * const bad[] = {
    "Feb 30, 2024", "2023-13-01", "01/02/2023", "yesterday", "Jan 01 2023", "1899-12-31",
    "Jan 01, 2100", "",
  };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autofree char *csv = g_strdup_printf ("Date,Type,Amount\n\"%s\",Bonus,1\n", good[i].text);
      g_autoptr(PaydayImport) import = read_text (csv);
      g_autoptr(PaydayPlan) plan = payday_plan_new ();

      g_assert_cmpuint (payday_import_get_n_problems (import), ==, 0);
      apply_ok (import, plan, NULL);
      g_assert_cmpint (g_array_index (plan->actuals, PaydayActual, 0).date, ==, D (good[i].iso));
    }

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *csv = g_strdup_printf ("Date,Type,Amount\n\"%s\",Bonus,1\n"
                                              "2024-01-01,Bonus,2\n", bad[i]);

      assert_one_bad_row (csv, "Date ", 200);
    }
}

static void
test_amounts (void)
{
  static const struct { const char *text; PaydayCents cents; } good[] = {
    { "12", 1200 }, { "12.5", 1250 }, { "-12.05", -1205 }, { "$1,234.56", 123456 },
    { "(12.00)", -1200 }, { "($1,000.00)", -100000 }, { "$ 12", 1200 }, { "-$0.99", -99 },
    { "$-0.99", -99 }, { " 1 000.01 ", 100001 }, { ".5", 50 }, { "+3", 300 },
    { "99999999999.99", G_GINT64_CONSTANT (9999999999999) },
  };
  static const struct { const char *text; const char *says; } bad[] = {
    { "12.345", "more than 2 decimals" }, { "ten", "not an amount" }, { "12a", "not an amount" },
    { "1.2.3", "not an amount" }, { "", "no amount" }, { "$", "no amount" },
    { "1000000000000000", "absurd" }, { "100000000000.01", "absurd" }, { "()", "not an amount" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autofree char *csv = g_strdup_printf ("Date,Type,Amount\n2024-01-01,Bonus,\"%s\"\n",
                                              good[i].text);
      g_autoptr(PaydayImport) import = read_text (csv);
      g_autoptr(PaydayPlan) plan = payday_plan_new ();

      g_assert_cmpuint (payday_import_get_n_problems (import), ==, 0);
      apply_ok (import, plan, NULL);
      g_assert_cmpint (g_array_index (plan->actuals, PaydayActual, 0).amount_cents, ==,
                       good[i].cents);
    }

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *csv = g_strdup_printf ("Date,Type,Amount\n2024-01-01,Bonus,\"%s\"\n"
                                              "2024-01-02,Bonus,3\n", bad[i].text);

      assert_one_bad_row (csv, bad[i].says, 300);
    }
}

/* Weekly-summary rows into an existing plan: matched by Upwork id, then by title; a
 * fixed-price payment next to an approved milestone of the same amount is that milestone;
 * in an hourly contract it is a bonus; a week typed by hand is replaced. */
static void
test_mapping_weekly (void)
{
  g_autoptr(PaydayPlan) plan = load_plan (base_plan);
  g_autoptr(PaydayImport) import = read_text (
    "\"Date\",\"Contract\",\"Hours\",\"Amount\",\"Payment type\"\n"
    "\"2025-01-13\",\"Pipeline audit (777)\",\"0\",\"1500.00\",\"Fixed Price Payment\"\n"
    "\"2025-02-03\",\"Pipeline audit (777)\",\"0\",\"800.00\",\"Fixed Price Payment\"\n"
    "\"2025-01-14\",\"widget api (888)\",\"2.5\",\"100.00\",\"\"\n"
    "\"2025-01-15\",\"widget api (888)\",\"1.25\",\"50.00\",\"\"\n"
    "\"2025-01-15\",\"widget api (888)\",\"0\",\"70.00\",\"Fixed Price Payment\"\n"
    "\"2025-01-16\",\"widget api (888)\",\"0\",\"20.00\",\"Bonus\"\n"
    "\"2025-01-17\",\"widget api (888)\",\"0\",\"1.00\",\"Tip\"\n");
  PaydayImportCounts counts;
  const PaydayContract *audit, *widget;
  const PaydayWeek *week;
  PaydayWeek typed = { 0 };

  /* a week typed by hand before the import */
  typed.week_start = D ("2025-01-13");
  typed.hours = 1000;
  typed.manual_hours = 1000;
  g_array_append_val (g_array_index (plan->contracts, PaydayContract, 0).weeks, typed);

  apply_ok (import, plan, &counts);
  g_assert_cmpuint (counts.contracts_created, ==, 0);
  g_assert_cmpuint (counts.milestones, ==, 1);
  g_assert_cmpuint (counts.bonuses, ==, 2);
  g_assert_cmpuint (counts.weeks, ==, 1);
  g_assert_cmpuint (counts.not_understood, ==, 1);          /* "Tip" */
  g_assert_cmpuint (counts.actuals, ==, 7);

  audit = payday_plan_find_contract (plan, "audit");
  g_assert_cmpuint (audit->milestones->len, ==, 2);
  g_assert_cmpint (g_array_index (audit->milestones, PaydayMilestone, 1).amount_cents, ==, 80000);
  widget = payday_plan_find_contract (plan, "w");
  g_assert_cmpuint (widget->weeks->len, ==, 1);
  week = &g_array_index (widget->weeks, PaydayWeek, 0);
  g_assert_cmpint (week->hours, ==, 375);
  g_assert_cmpint (week->manual_hours, ==, 375);
  g_assert_cmpint (week->billed_cents, ==, 15000);
  g_assert_cmpint (widget->rate_cents, ==, 4000);
  g_assert_cmpuint (widget->bonuses->len, ==, 2);
  g_assert_cmpstr (find_actual (plan, "ws:2025-01-14:888::1")->contract, ==, "w");
  g_assert_cmpstr (widget->upwork_id, ==, "888");
  g_assert_cmpstr (find_actual (plan, "ws:2025-01-17:888:Tip:1")->contract, ==, "w");
  assert_plan_reloads (plan);
}

/* Transactions link through the client: its one contract, or the one whose title is in a
 * description; withdrawals enter the history unless already there. */
static void
test_mapping_transactions (void)
{
  g_autoptr(PaydayPlan) plan = load_plan (base_plan);
  g_autoptr(PaydayImport) import = read_text (
    "Date,Ref ID,Type,Description,Team,Amount\n"
    "2025-01-13,1,Hourly,anything,ACME EXAMPLE CO,10\n"
    "2025-01-13,2,Hourly,Support for week 2,Example Data GmbH,10\n"
    "2025-01-13,3,Hourly,no title here,Example Data GmbH,10\n"
    "2025-01-13,4,Hourly,Support and Pipeline audit,Example Data GmbH,10\n"
    "2025-01-13,5,Hourly,Widget API,Nobody Inc,10\n"
    "2025-01-13,6,Withdrawal,to bank,,-500.00\n"
    "2025-03-12,7,Withdrawal,to bank,,-900.00\n"
    "2025-01-13,8,Withdrawal,again the same day and amount,,-500.00\n");
  PaydayImportCounts counts;

  apply_ok (import, plan, &counts);
  g_assert_cmpstr (find_actual (plan, "1")->contract, ==, "w");
  g_assert_cmpstr (find_actual (plan, "2")->contract, ==, "support");
  g_assert_null (find_actual (plan, "3")->contract);
  g_assert_null (find_actual (plan, "4")->contract);
  g_assert_null (find_actual (plan, "5")->contract);
  g_assert_cmpuint (plan->withdrawals.history->len, ==, 2);
  g_assert_cmpint (g_array_index (plan->withdrawals.history, PaydayWithdrawal, 1).amount_cents,
                   ==, 50000);
  g_assert_cmpuint (counts.actuals, ==, 8);
  g_assert_cmpuint (payday_plan_find_contract (plan, "w")->weeks->len, ==, 0);
}

static void
test_preview (void)
{
  g_autoptr(PaydayPlan) plan = load_plan (base_plan);
  g_autoptr(PaydayImport) import = read_fixture ("upwork-weekly-summary.csv");
  g_autoptr(PaydayImportPreview) preview = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = plan_text (plan);
  g_autofree char *after = NULL;
  const PaydayImportCounts *predicted;
  const PaydayImportContract *c;
  PaydayImportCounts counts;

  preview = payday_import_preview_new (import, plan);
  g_assert_cmpuint (payday_import_preview_get_n_contracts (preview), ==, 2);
  c = payday_import_preview_get_contract (preview, 0);
  g_assert_cmpstr (c->upwork_id, ==, "31000001");
  g_assert_cmpstr (c->title, ==, "Widget API (made-up example)");
  g_assert_null (c->match);
  g_assert_cmpuint (c->n_rows, ==, 440);
  predicted = payday_import_preview_get_counts (preview);
  g_assert_cmpuint (predicted->contracts_created, ==, 2);

  /* an hourly contract cannot go into a fixed-price one, nor into one that is not there */
  g_assert_false (payday_import_preview_set_match (preview, 0, "audit", &error));
  g_assert_error (error, PAYDAY_ERROR, PAYDAY_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (payday_import_preview_set_match (preview, 0, "nope", &error));
  g_assert_error (error, PAYDAY_ERROR, PAYDAY_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* the user says the Widget API is the plan's "w" and the audit is "audit" */
  g_assert_true (payday_import_preview_set_match (preview, 0, "w", &error));
  g_assert_true (payday_import_preview_set_match (preview, 1, "audit", &error));
  g_assert_no_error (error);
  predicted = payday_import_preview_get_counts (preview);
  g_assert_cmpuint (predicted->contracts_created, ==, 0);
  g_assert_cmpuint (predicted->weeks, ==, 104);
  g_assert_cmpuint (predicted->milestones, ==, 24);
  g_assert_cmpuint (predicted->actuals, ==, 464);

  /* the preview changed nothing; applying does what it said */
  after = plan_text (plan);
  g_assert_cmpstr (before, ==, after);
  g_assert_true (payday_import_apply (import, preview, plan, &counts, &error));
  g_assert_no_error (error);
  g_assert_cmpmem (&counts, sizeof counts, predicted, sizeof *predicted);
  g_assert_cmpuint (plan->contracts->len, ==, 3);
  g_assert_cmpuint (payday_plan_find_contract (plan, "w")->weeks->len, ==, 104);

  /* "w" learnt its Upwork id; the same file again matches by it, and every row is a
   * duplicate, so nothing is created */
  {
    g_autoptr(PaydayImportPreview) again = payday_import_preview_new (import, plan);

    g_assert_cmpstr (payday_import_preview_get_contract (again, 0)->match, ==, "w");
    g_assert_cmpuint (payday_import_preview_get_counts (again)->duplicates, ==, 464);
    g_assert_cmpuint (payday_import_preview_get_counts (again)->contracts_created, ==, 0);
  }
}

/* A file that cannot go in (eight days of 24 hours in one week) changes nothing; the
 * preview says why before. */
static void
test_all_or_nothing (void)
{
  g_autoptr(GString) csv = g_string_new ("\"Date\",\"Contract\",\"Hours\",\"Amount\","
                                         "\"Payment type\"\n"
                                         "\"2025-01-06\",\"B (5)\",\"1\",\"10.00\",\"Bonus\"\n");
  g_autoptr(PaydayPlan) plan = load_plan (base_plan);
  g_autoptr(PaydayImport) import = NULL;
  g_autoptr(PaydayImportPreview) preview = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = plan_text (plan);
  g_autofree char *after = NULL;
  g_autoptr(PaydayCommand) command = NULL;

  for (guint i = 0; i < 8; i++)
    g_string_append_printf (csv, "\"2025-01-%02u\",\"Widget API (1)\",\"24\",\"960.00\",\"\"\n",
                            6 + MIN (i, 6));
  import = read_text (csv->str);
  preview = payday_import_preview_new (import, plan);
  g_assert_nonnull (payday_import_preview_get_error (preview));
  g_assert_nonnull (strstr (payday_import_preview_get_error (preview)->message,
                            "row 10: the week of 2025-01-06"));
  g_assert_false (payday_import_apply (import, preview, plan, NULL, &error));
  g_assert_error (error, PAYDAY_ERROR, PAYDAY_ERROR_INVALID);
  g_clear_error (&error);
  command = payday_import_to_command (import, preview, plan, NULL, &error);
  g_assert_null (command);
  g_assert_error (error, PAYDAY_ERROR, PAYDAY_ERROR_INVALID);
  after = plan_text (plan);
  g_assert_cmpstr (after, ==, before);
}

/* Run as a command by the document, the import is one step of the history: undo gives
 * back the plan as it was, redo the imported one. Removing an imported contract unlinks
 * its actuals, and undo links them again. */
static void
test_undo (void)
{
  g_autoptr(PaydayPlan) start = load_plan (base_plan);
  g_autoptr(PaydayImport) weekly = read_fixture ("upwork-weekly-summary.csv");
  g_autoptr(PaydayImport) money = read_fixture ("upwork-transaction-report-2025.csv");
  g_autoptr(PaydayDocument) document = payday_document_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *before = plan_text (start);
  g_autofree char *middle = NULL;
  g_autofree char *imported = NULL;
  g_autofree char *text = NULL;
  PaydayPlan *plan;

  g_assert_true (payday_document_set_plan (document, start, NULL, &error));
  g_assert_no_error (error);
  plan = payday_document_get_plan (document);
  for (guint round = 0; round < 2; round++)
    {
      PaydayImport *import = round == 0 ? weekly : money;
      g_autoptr(PaydayCommand) command = NULL;
      g_autoptr(PaydayPlan) direct = payday_plan_copy (payday_document_get_plan (document));
      g_autofree char *direct_text = NULL;
      PaydayImportCounts counts, direct_counts;

      command = payday_import_to_command (import, NULL, payday_document_get_plan (document),
                                          &counts, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (payday_command_get_label (command), ==, "Import");
      g_assert_true (payday_document_run (document, command, &error));
      g_assert_no_error (error);
      plan = payday_document_get_plan (document);
      if (round == 0)
        middle = plan_text (plan);

      /* the command does what applying directly does */
      g_assert_true (payday_import_apply (import, NULL, direct, &direct_counts, &error));
      g_assert_cmpmem (&counts, sizeof counts, &direct_counts, sizeof direct_counts);
      direct_text = plan_text (direct);
      g_clear_pointer (&text, g_free);
      text = plan_text (plan);
      g_assert_cmpstr (text, ==, direct_text);
    }
  imported = plan_text (plan);
  assert_plan_reloads (plan);

  g_assert_true (payday_document_undo (document));
  g_clear_pointer (&text, g_free);
  text = plan_text (payday_document_get_plan (document));
  g_assert_cmpstr (text, ==, middle);
  g_assert_true (payday_document_undo (document));
  g_clear_pointer (&text, g_free);
  text = plan_text (payday_document_get_plan (document));
  g_assert_cmpstr (text, ==, before);
  g_assert_true (payday_document_redo (document));
  g_assert_true (payday_document_redo (document));
  g_clear_pointer (&text, g_free);
  text = plan_text (payday_document_get_plan (document));
  g_assert_cmpstr (text, ==, imported);

  /* remove the imported Widget API contract: its actuals stay, unlinked */
  {
    g_autoptr(PaydayCommand) remove = payday_command_new ("Remove");
    const char *id = g_array_index (payday_document_get_plan (document)->contracts,
                                    PaydayContract, 3).id;
    g_autofree char *removed = NULL;

    g_assert_cmpstr (g_array_index (payday_document_get_plan (document)->contracts,
                                    PaydayContract, 3).upwork_id, ==, "31000001");
    payday_command_remove_contract (remove, id);
    g_assert_true (payday_document_run (document, remove, &error));
    g_assert_no_error (error);
    plan = payday_document_get_plan (document);
    g_assert_null (find_actual (plan, "ws:2023-01-03:31000001::1")->contract);
    assert_plan_reloads (plan);
    removed = plan_text (plan);
    g_assert_true (payday_document_undo (document));
    g_clear_pointer (&text, g_free);
    text = plan_text (payday_document_get_plan (document));
    g_assert_cmpstr (text, ==, imported);
    g_assert_true (payday_document_redo (document));
    g_clear_pointer (&text, g_free);
    text = plan_text (payday_document_get_plan (document));
    g_assert_cmpstr (text, ==, removed);
  }
}

/* Everything refused whole, with the file (and row) named. */
static void
test_bad_input (void)
{
  static const char utf16[] = "\xff\xfe" "D\0a\0t\0e\0\n\0";

  assert_refused ("Date,Name,Total\nx,1,2\n", -1,
                  "row 1: not an Upwork export Payday knows: a transaction history needs the "
                  "columns \"Type\" or \"Transaction Type\", \"Amount\" or \"Amount $\"");
  assert_refused ("Date,Contract,Hours,Amount\n2024-01-01,x (1),1,1\n", -1,
                  "a weekly summary needs the column \"Payment type\"");
  assert_refused ("Date,Type\n2024-01-01,Bonus\n", -1,
                  "a transaction history needs the column \"Amount\" or \"Amount $\"");
  assert_refused ("Date,Type,Amount\n2024-01-01,Bonus,1\n2024-01-02,Caf\xe9,1\n", -1,
                  "row 3, field 2: not UTF-8 text");
  assert_refused (utf16, sizeof utf16 - 1, "UTF-16");
  assert_refused ("", -1, "the file is empty");
  assert_refused ("\xef\xbb\xbf", -1, "the file is empty");
  assert_refused ("\n\n", -1, "the file is empty");
  assert_refused ("Date,Type,Amount\r\n", -1, "the file has a header but no rows");
  assert_refused ("Date,Type,Amount\n2024-01-01,Bonus\n", -1,
                  "row 2: 2 fields, but the header has 3");
  assert_refused ("Date,Type,Amount\n2024-01-01,Bonus,1\n2024-01-01,Bonus,1,extra\n", -1,
                  "row 3: 4 fields, but the header has 3");
  assert_refused ("Date,Type,Amount\n2024-01-01,\"Bonus,1\n2024-01-02,Bonus,1\n", -1,
                  "row 2: a quoted field that starts here is never closed");
  assert_refused ("Date,Type,Amount\n2024-01-01,\"Bonus\"x,1\n", -1,
                  "row 2, field 2: text after the closing quote");
  assert_refused ("Date,Type,Amount\n2024-01-01,Bonus,1\x00\n", 37, "not UTF-8");
}

/* The bounds: a file, a row, a count of rows. */
static void
test_bounds (void)
{
  static const PaydayCsvLimits small = { 100, 40, 3 };
  g_autoptr(GError) error = NULL;
  g_autoptr(PaydayImport) import = NULL;
  g_autoptr(GString) big = g_string_new ("Date,Type,Amount\n");
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;

  import = payday_import_read_data_with_limits ("big.csv",
    "Date,Type,Amount\n2024-01-01,Bonus,1\n2024-01-01,Bonus,1\n2024-01-01,Bonus,1\n"
    "2024-01-01,Bonus,1\n", 93, &small, &error);
  g_assert_null (import);
  g_assert_error (error, PAYDAY_ERROR, PAYDAY_ERROR_TOO_LARGE);
  g_assert_cmpstr (error->message, ==, "big.csv: row 4: more than 3 rows");
  g_clear_error (&error);

  import = payday_import_read_data_with_limits ("big.csv",
    "Date,Type,Amount\n2024-01-01,Bonus,1\n2024-01-01,\"Bonus, a very long description\",1\n",
    80, &small, &error);
  g_assert_null (import);
  g_assert_cmpstr (error->message, ==, "big.csv: row 3: longer than 40 bytes");
  g_clear_error (&error);

  for (guint i = 0; i < 10; i++)
    g_string_append (big, "2024-01-01,Bonus,1\n");
  import = payday_import_read_data_with_limits ("big.csv", big->str, big->len, &small, &error);
  g_assert_null (import);
  g_assert_cmpstr (error->message, ==, "big.csv: the file is larger than 100 bytes");
  g_clear_error (&error);

  /* the real bound, through a file: 64 MiB and one byte (sparse: quick to make), refused
   * before it is read (a stream is stopped at the bound as above) */
  path = g_build_filename (g_get_tmp_dir (), "payday-test-import-big.csv", NULL);
  g_file_set_contents (path, "Date,Type,Amount\n2024-01-01,Bonus,1\n", -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (truncate (path, PAYDAY_IMPORT_MAX_BYTES + 1), ==, 0);
  file = g_file_new_for_path (path);
  import = payday_import_read_file (file, NULL, &error);
  g_unlink (path);
  g_assert_null (import);
  g_assert_error (error, PAYDAY_ERROR, PAYDAY_ERROR_TOO_LARGE);
  g_assert_true (g_str_has_suffix (error->message, "the file is larger than 67108864 bytes"));
}

/* Absurd values in one row: that row is reported, the others imported, the plan stays
 * loadable. */
static void
test_absurd_rows (void)
{
  g_autoptr(PaydayImport) import = read_text (
    "\"Date\",\"Contract\",\"Hours\",\"Amount\",\"Payment type\"\n"
    "\"2024-01-02\",\"A (1)\",\"25\",\"10.00\",\"\"\n"
    "\"2024-01-02\",\"A (1)\",\"2.123456\",\"10.00\",\"\"\n"
    "\"2024-01-02\",\"A (1)\",\"2\",\"-10.00\",\"\"\n"
    "\"2024-01-02\",\"A (1)\",\"2\",\"1e9\",\"\"\n"
    "\"1970-01-05\",\"A (1)\",\"2\",\"10.00\",\"\"\n"
    "\"2024-01-02\",\"\",\"2\",\"10.00\",\"\"\n"
    "\"2024-01-03\",\"A (1)\",\"2\",\"10.00\",\"\"\n");
  g_autoptr(PaydayPlan) plan = payday_plan_new ();
  static const char * const says[] = {
    "more than 24 hours", "more than 5 decimals", "negative", "not an amount", "2000 to 2099",
    "no contract",
  };
  PaydayImportCounts counts;

  g_assert_cmpuint (payday_import_get_n_problems (import), ==, G_N_ELEMENTS (says));
  for (guint i = 0; i < G_N_ELEMENTS (says); i++)
    {
      const PaydayImportProblem *p = payday_import_get_problem (import, i);

      g_assert_cmpuint (p->row, ==, i + 2);
      if (strstr (p->message, says[i]) == NULL)
        g_error ("row %u: “%s” does not say “%s”", p->row, p->message, says[i]);
    }
  apply_ok (import, plan, &counts);
  g_assert_cmpuint (counts.actuals, ==, 1);
  g_assert_cmpuint (counts.not_understood, ==, G_N_ELEMENTS (says));
  assert_plan_reloads (plan);
}

/* The new members: read with their paths, written only when set, round trip. */
static void
test_plan_members (void)
{
  static const char with[] =
    "{ \"format\": \"payday-plan\", \"version\": 1,\n"
    "  \"clients\": [ { \"id\": \"a\", \"name\": \"A\" } ],\n"
    "  \"contracts\": [ { \"id\": \"c\", \"title\": \"T\", \"upwork_id\": \"42\", \"client\": \"a\",\n"
    "    \"type\": \"hourly\", \"start\": \"2024-01-01\", \"rate_cents\": 1000,\n"
    "    \"weeks\": [ { \"week_start\": \"2024-01-01\", \"hours\": 1.5, \"billed_cents\": 1234 } ] } ],\n"
    "  \"actuals\": [ { \"ref\": \"r1\", \"date\": \"2024-01-08\", \"kind\": \"hourly\",\n"
    "    \"amount_cents\": -5, \"contract\": \"c\", \"client_name\": null, \"description\": \"x\",\n"
    "    \"source\": \"transactions\", \"note\": \"kept\" } ],\n"
    "  \"later\": true }\n";
  static const struct { const char *from; const char *to; const char *says; } broken[] = {
    { "\"kind\": \"hourly\"", "\"kind\": \"salary\"", "actuals[0].kind:" },
    { "\"contract\": \"c\", \"client_name\"", "\"contract\": \"zz\", \"client_name\"",
      "actuals[0].contract: no contract has the id \"zz\"" },
    { "\"amount_cents\": -5", "\"amount_cents\": 1.5", "actuals[0].amount_cents:" },
    { "\"amount_cents\": -5", "\"amount_cents\": -10000000000001", "actuals[0].amount_cents:" },
    { "\"ref\": \"r1\"", "\"ref\": \"\"", "actuals[0].ref:" },
    { "\"source\": \"transactions\"", "\"source\": \"bank\"", "actuals[0].source:" },
    { "\"billed_cents\": 1234", "\"billed_cents\": -1", "contracts[0].weeks[0].billed_cents:" },
    { "\"upwork_id\": \"42\"", "\"upwork_id\": 42", "contracts[0].upwork_id:" },
    { "\"actuals\": [", "\"actuals\": [ { \"ref\": \"r1\", \"date\": \"2024-01-01\", "
      "\"kind\": \"fee\", \"amount_cents\": 1, \"source\": \"transactions\" },",
      "actuals[1].ref: the ref \"r1\" is used twice" },
  };
  g_autoptr(PaydayPlan) plan = load_plan (with);
  g_autoptr(PaydayPlan) copy = payday_plan_copy (plan);
  g_autofree char *text = plan_text (plan);
  g_autofree char *copied = plan_text (copy);
  const PaydayContract *c = &g_array_index (plan->contracts, PaydayContract, 0);
  const PaydayActual *a = &g_array_index (plan->actuals, PaydayActual, 0);

  g_assert_cmpstr (c->upwork_id, ==, "42");
  g_assert_true (g_array_index (c->weeks, PaydayWeek, 0).has_billed);
  g_assert_cmpint (g_array_index (c->weeks, PaydayWeek, 0).billed_cents, ==, 1234);
  g_assert_cmpint (a->amount_cents, ==, -5);
  g_assert_cmpstr (a->contract, ==, "c");
  g_assert_nonnull (strstr (text, "\"upwork_id\": \"42\""));
  g_assert_nonnull (strstr (text, "\"billed_cents\": 1234"));
  g_assert_nonnull (strstr (text, "\"note\": \"kept\""));
  g_assert_cmpstr (text, ==, copied);
  assert_plan_reloads (plan);

  for (guint i = 0; i < G_N_ELEMENTS (broken); i++)
    {
      g_autoptr(GString) s = g_string_new (with);
      g_autoptr(GError) error = NULL;
      g_autoptr(PaydayPlan) bad = NULL;

      g_assert_cmpuint (g_string_replace (s, broken[i].from, broken[i].to, 1), ==, 1);
      bad = payday_plan_load_from_data (s->str, -1, &error);
      g_assert_null (bad);
      g_assert_error (error, PAYDAY_ERROR, PAYDAY_ERROR_INVALID);
      if (strstr (error->message, broken[i].says) == NULL)
        g_error ("“%s” does not say “%s”", error->message, broken[i].says);
    }

  /* the editors' validator knows them too */
  {
    PaydayContract edited;
    g_autoptr(GError) error = NULL;

    payday_contract_copy_into (&edited, c);
    g_assert_true (payday_contract_validate (&edited, &error));
    g_array_index (edited.weeks, PaydayWeek, 0).billed_cents = -1;
    g_assert_false (payday_contract_validate (&edited, &error));
    g_assert_nonnull (strstr (error->message, "billed"));
    g_clear_error (&error);
    g_array_index (edited.weeks, PaydayWeek, 0).billed_cents = 5;
    g_free (edited.upwork_id);
    edited.upwork_id = g_strdup ("");
    g_assert_false (payday_contract_validate (&edited, &error));
    g_assert_nonnull (strstr (error->message, "Upwork"));
    payday_contract_clear (&edited);
  }

  /* a plan without them writes none of them */
  {
    g_autoptr(PaydayPlan) plain = load_plan (base_plan);
    g_autofree char *plain_text = plan_text (plain);

    g_assert_null (strstr (plain_text, "upwork_id"));
    g_assert_null (strstr (plain_text, "billed_cents"));
    g_assert_null (strstr (plain_text, "actuals"));
  }
}

/* A billed week's gross is what Upwork billed; its hours still count. */
static void
test_schedule_billed (void)
{
  g_autoptr(PaydayPlan) plan = load_plan (base_plan);
  g_autoptr(PaydayRules) rules = payday_rules_lookup ("upwork", NULL);
  g_autoptr(PaydaySchedule) schedule = NULL;
  PaydayContract *w = &g_array_index (plan->contracts, PaydayContract, 0);
  PaydayWeek billed = { 0 }, plain = { 0 };
  const PaydayItem *item;

  billed.week_start = D ("2025-01-06");
  billed.hours = 1000;
  billed.billed_cents = 41234;
  billed.has_billed = TRUE;
  plain.week_start = D ("2025-01-13");
  plain.hours = 1000;
  g_array_append_val (w->weeks, billed);
  g_array_append_val (w->weeks, plain);
  w->weekly_limit_hours = 500;

  schedule = payday_schedule_compute (plan, rules, plan->today);
  g_assert_cmpuint (schedule->items->len, >=, 3);
  for (guint i = 0; i < schedule->items->len; i++)
    {
      item = &g_array_index (schedule->items, PaydayItem, i);
      if (item->kind != PAYDAY_ITEM_HOURLY_WEEK)
        continue;
      if (item->period_start == D ("2025-01-06"))
        {
          g_assert_cmpint (item->gross_cents, ==, 41234);
          g_assert_cmpint (item->minutes, ==, 300);
          g_assert_cmpint (item->over_limit_minutes, ==, 300);
        }
      else
        g_assert_cmpint (item->gross_cents, ==, 4000 * 5);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/payday/import/transactions-statements", test_statements);
  g_test_add_func ("/payday/import/transactions-report-2025", test_report_2025);
  g_test_add_func ("/payday/import/transactions-other-spelling", test_other_spelling);
  g_test_add_func ("/payday/import/aliases", test_aliases);
  g_test_add_func ("/payday/import/weekly-summary", test_weekly_summary);
  g_test_add_func ("/payday/import/to-the-cent", test_to_the_cent);
  g_test_add_func ("/payday/import/dedup-twice", test_dedup_twice);
  g_test_add_func ("/payday/import/dedup-overlap", test_dedup_overlap);
  g_test_add_func ("/payday/import/transactions-then-weekly", test_transactions_then_weekly);
  g_test_add_func ("/payday/import/dates", test_dates);
  g_test_add_func ("/payday/import/amounts", test_amounts);
  g_test_add_func ("/payday/import/mapping-weekly", test_mapping_weekly);
  g_test_add_func ("/payday/import/mapping-transactions", test_mapping_transactions);
  g_test_add_func ("/payday/import/preview", test_preview);
  g_test_add_func ("/payday/import/undo", test_undo);
  g_test_add_func ("/payday/import/all-or-nothing", test_all_or_nothing);
  g_test_add_func ("/payday/import/bad-input", test_bad_input);
  g_test_add_func ("/payday/import/bounds", test_bounds);
  g_test_add_func ("/payday/import/absurd-rows", test_absurd_rows);
  g_test_add_func ("/payday/import/plan-members", test_plan_members);
  g_test_add_func ("/payday/import/schedule-billed", test_schedule_billed);

  return g_test_run ();
}
