/* bench-import.c — time the CSV import of ten years of history, and reconcile at scale
 *
 * Two figures, each next to a floor measured in the same run (so a loaded machine shows as
 * a slower floor, not as a slower Payday):
 * - import: ten years of weekly transaction history made here (520 weeks × 19 clients, an
 *   hourly payment and its fee each, and the monthly withdrawals: about 20,000 rows in the
 *   2018–2024 layout) read and merged into a plan of 19 clients. Goal 0.5 s. Floor: one pass
 *   over the same bytes that splits fields and parses each amount with g_ascii_strtod.
 * - reconcile: a 100,000-item schedule (200 hourly contracts × 500 weeks) against 100,000
 *   actuals, a few early, late, short or missing. Goal 0.2 s. Floor: sorting the 100,000
 *   items by contract and date with qsort.
 * Release build (build-aux/dev bench). A goal holds for the quiet 2-core CI machine, whose
 * floors are FLOOR_QUIET_*; when this run's floor is slower (a loaded machine), the goal
 * stretches by the same factor, and the program fails only when that is missed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "payday-import.h"
#include "payday-money.h"
#include "payday-reconcile.h"

#define IMPORT_GOAL_S    0.5
#define RECONCILE_GOAL_S 0.2
/* The floors on the quiet CI machine (load below 2), release build. */
#define IMPORT_FLOOR_QUIET_S    0.005
#define RECONCILE_FLOOR_QUIET_S 0.022
#define WEEKS            520
#define CLIENTS          19
#define CONTRACTS        200
#define CONTRACT_WEEKS   500

static double
seconds_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1e6;
}

/* The goal for this run: stretched when the floor shows the machine is slower now. */
static double
goal_now (double goal,
          double floor_s,
          double floor_quiet)
{
  return goal * MAX (1.0, floor_s / floor_quiet);
}

static GString *
make_history (PaydayDate first_monday)
{
  GString *csv = g_string_new ("Date,Ref ID,Type,Description,Agency,Freelancer,Team,"
                               "Account Name,PO,Amount,Amount in local currency,Currency,"
                               "Balance\n");
  static const char * const months[] = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
  };
  guint ref = 100000000;

  for (guint w = WEEKS; w-- > 0;)
    {
      PaydayDate charge = first_monday + 7 * (PaydayDate) w + 7;
      int y, m, d;

      payday_date_get_ymd (charge, &y, &m, &d);
      for (guint c = 0; c < CLIENTS; c++)
        {
          guint cents = 20000 + 37 * ((w * 7 + c * 13) % 900);

          g_string_append_printf (csv, "\"%s %02d, %d\",%u,Hourly,Invoice for week %u - "
                                  "Project %u,,Made-up Freelancer,Client %u,Client %u,,"
                                  "%u.%02u,%u.%02u,USD,\n",
                                  months[m - 1], d, y, ref++, w, c, c, c, cents / 100,
                                  cents % 100, cents / 100, cents % 100);
          g_string_append_printf (csv, "\"%s %02d, %d\",%u,Service Fee,Service Fee for "
                                  "invoice %u,,Made-up Freelancer,Client %u,Client %u,,"
                                  "-%u.%02u,,USD,\n",
                                  months[m - 1], d, y, ref, ref - 1, c, c, cents / 1000,
                                  (cents / 10) % 100);
          ref++;
        }
      if (w % 4 == 0)
        g_string_append_printf (csv, "\"%s %02d, %d\",%u,Withdrawal,To a made-up bank,,,,,,"
                                "-1000.00,,USD,\n", months[m - 1], d, y, ref++);
    }

  return csv;
}

static PaydayPlan *
make_clients_plan (PaydayDate start)
{
  PaydayPlan *plan = payday_plan_new ();

  for (guint c = 0; c < CLIENTS; c++)
    {
      PaydayClient client = { g_strdup_printf ("client%u", c), g_strdup_printf ("Client %u", c),
                              TRUE, 0, NULL };
      PaydayContract contract;

      g_array_append_val (plan->clients, client);
      payday_contract_init (&contract, PAYDAY_CONTRACT_HOURLY);
      contract.id = g_strdup_printf ("c%u", c);
      contract.title = g_strdup_printf ("Project %u", c);
      contract.client = g_strdup (client.id);
      contract.start = start;
      contract.rate_cents = 5000;
      g_array_append_val (plan->contracts, contract);
    }

  return plan;
}

/* Keeps the floor's sum alive, so the compiler cannot drop the parsing. */
static volatile double floor_sink;

/* The floor: every field found and every amount parsed, nothing else. */
static double
floor_scan (const GString *csv,
            guint         *n_rows)
{
  gint64 t = g_get_monotonic_time ();
  const char *p = csv->str, *end = csv->str + csv->len;
  double sum = 0;
  guint rows = 0;

  while (p < end)
    {
      const char *eol = memchr (p, '\n', end - p);
      const char *field = p;
      guint n = 0;
      gboolean quoted = FALSE;

      eol = eol ? eol : end;
      for (const char *q = p; q <= eol; q++)
        if (q == eol || (*q == ',' && !quoted))
          {
            if (n++ == 9)
              sum += g_ascii_strtod (field, NULL);
            field = q + 1;
          }
        else if (*q == '"')
          quoted = !quoted;
      rows++;
      p = eol + 1;
    }

  floor_sink = sum;
  *n_rows = rows - 1;
  return seconds_since (t);
}

static gboolean
bench_import (void)
{
  PaydayDate first = payday_date_monday_of (payday_date_from_ymd (2015, 1, 5));
  g_autoptr(GString) csv = make_history (first);
  g_autoptr(PaydayPlan) plan = make_clients_plan (first);
  g_autoptr(PaydayImport) import = NULL;
  g_autoptr(GError) error = NULL;
  PaydayImportCounts counts;
  double read_s, apply_s, floor_s, total;
  guint floor_rows;
  gint64 t;

  floor_s = floor_scan (csv, &floor_rows);

  t = g_get_monotonic_time ();
  import = payday_import_read_data ("history.csv", csv->str, csv->len, &error);
  if (import == NULL)
    g_error ("%s", error->message);
  read_s = seconds_since (t);

  t = g_get_monotonic_time ();
  if (!payday_import_apply (import, NULL, plan, &counts, &error))
    g_error ("%s", error->message);
  apply_s = seconds_since (t);
  total = read_s + apply_s;

  g_assert_cmpuint (counts.actuals, ==, payday_import_get_n_rows (import));
  g_print ("import: %u rows (%.1f MB), %u actuals: read %.3f s + merge %.3f s = %.3f s "
           "(goal %.1f s, %.2f s at this floor); floor %.3f s, %.1fx the floor\n",
           payday_import_get_n_rows (import), csv->len / 1e6, counts.actuals, read_s, apply_s,
           total, IMPORT_GOAL_S, goal_now (IMPORT_GOAL_S, floor_s, IMPORT_FLOOR_QUIET_S),
           floor_s, total / floor_s);
  return total <= goal_now (IMPORT_GOAL_S, floor_s, IMPORT_FLOOR_QUIET_S);
}

static PaydayPlan *
make_reconcile_plan (PaydayDate first)
{
  PaydayPlan *plan = payday_plan_new ();
  PaydayClient client = { g_strdup ("client"), g_strdup ("Client"), TRUE, 0, NULL };

  plan->today = first + 7 * CONTRACT_WEEKS + 30;
  g_array_append_val (plan->clients, client);
  for (guint c = 0; c < CONTRACTS; c++)
    {
      PaydayContract contract;

      payday_contract_init (&contract, PAYDAY_CONTRACT_HOURLY);
      contract.id = g_strdup_printf ("c%03u", c);
      contract.client = g_strdup ("client");
      contract.start = first;
      contract.rate_cents = 3000 + (PaydayCents) c;
      for (guint w = 0; w < CONTRACT_WEEKS; w++)
        {
          PaydayWeek week = { first + 7 * (PaydayDate) w, 1000 + (gint64) ((w * 3 + c) % 7) * 25,
                              0, 0, PAYDAY_DISPUTE_PAID, NULL, 0, FALSE };
          guint kind = (w * 7 + c) % 50;
          PaydayActual actual = { 0 };

          g_array_append_val (contract.weeks, week);
          if (kind == 0)
            continue;                     /* never paid: missing */
          actual.ref = g_strdup_printf ("t%03u-%03u", c, w);
          actual.date = week.week_start + 7 + (kind == 1 ? 4 : kind == 2 ? -3 : 0);
          actual.kind = PAYDAY_ACTUAL_HOURLY;
          actual.amount_cents = payday_div_round_half_up (contract.rate_cents *
                                                          payday_hours_to_minutes (week.hours), 60)
                                + (kind == 3 ? 100 : 0);
          actual.contract = g_strdup (contract.id);
          actual.source = PAYDAY_ACTUAL_FROM_TRANSACTIONS;
          g_array_append_val (plan->actuals, actual);
        }
      g_array_append_val (plan->contracts, contract);
    }

  return plan;
}

static int
compare_items (gconstpointer a,
               gconstpointer b)
{
  const PaydayItem *x = a, *y = b;

  if (x->contract_index != y->contract_index)
    return x->contract_index < y->contract_index ? -1 : 1;
  return (x->charged_on > y->charged_on) - (x->charged_on < y->charged_on);
}

static gboolean
bench_reconcile (void)
{
  g_autoptr(PaydayPlan) plan = make_reconcile_plan (payday_date_from_ymd (2015, 1, 5));
  g_autoptr(PaydayRules) rules = NULL;
  g_autoptr(PaydaySchedule) schedule = NULL;
  g_autoptr(GArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree PaydayItem *copy = NULL;
  guint counts[PAYDAY_N_VERDICTS];
  double floor_s, reconcile_s;
  gint64 t;

  rules = payday_rules_lookup ("upwork", &error);
  g_assert_no_error (error);
  schedule = payday_schedule_compute (plan, rules, plan->today);

  copy = g_memdup2 (schedule->items->data, sizeof (PaydayItem) * schedule->items->len);
  t = g_get_monotonic_time ();
  qsort (copy, schedule->items->len, sizeof (PaydayItem), compare_items);
  floor_s = seconds_since (t);

  t = g_get_monotonic_time ();
  rows = payday_reconcile_compute (schedule);
  reconcile_s = seconds_since (t);

  payday_reconcile_count (rows, counts);
  g_print ("reconcile: %u items, %u actuals: %u as predicted, %u early, %u late, "
           "%u amount differs, %u missing, %u unexpected in %.3f s (goal %.1f s, %.2f s at this "
           "floor); floor %.3f s, %.1fx the floor\n",
           schedule->items->len, plan->actuals->len, counts[PAYDAY_VERDICT_AS_PREDICTED],
           counts[PAYDAY_VERDICT_EARLY], counts[PAYDAY_VERDICT_LATE],
           counts[PAYDAY_VERDICT_AMOUNT_DIFFERS], counts[PAYDAY_VERDICT_MISSING],
           counts[PAYDAY_VERDICT_UNEXPECTED], reconcile_s, RECONCILE_GOAL_S,
           goal_now (RECONCILE_GOAL_S, floor_s, RECONCILE_FLOOR_QUIET_S), floor_s,
           reconcile_s / floor_s);
  g_assert_cmpuint (schedule->items->len, ==, CONTRACTS * CONTRACT_WEEKS);
  return reconcile_s <= goal_now (RECONCILE_GOAL_S, floor_s, RECONCILE_FLOOR_QUIET_S);
}

int
main (int    argc,
      char **argv)
{
  gboolean ok = TRUE;

  ok &= bench_import ();
  ok &= bench_reconcile ();
  return ok ? 0 : 1;
}
