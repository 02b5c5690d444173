/* bench-simulation.c — time the Monte Carlo simulation on a large plan
 *
 * A 60-contract plan made here in C (40 hourly contracts × 50 weeks, half logged and half
 * projected, and 20 fixed-price contracts × 50 milestones, past, in review and projected:
 * about 3,000 items), 20,000 runs over 366 days on 2 threads. The goal is 2 s in a
 * release build; the program prints the time and the peak resident memory.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <sys/resource.h>

#include "payday-simulation.h"

#define RUNS    20000
#define THREADS 2
#define GOAL_S  2.0

static PaydayPlan *
make_plan (PaydayDate today)
{
  PaydayPlan *plan = payday_plan_new ();
  PaydayDate monday = payday_date_monday_of (today);

  plan->today = today;

  for (guint i = 0; i < 10; i++)
    {
      PaydayClient client = { g_strdup_printf ("client%u", i), g_strdup_printf ("Client %u", i),
                              TRUE, (PaydayCents) i * 40000, NULL };

      g_array_append_val (plan->clients, client);
    }

  for (guint c = 0; c < 60; c++)
    {
      PaydayContract *contract;

      g_array_set_size (plan->contracts, plan->contracts->len + 1);
      contract = &g_array_index (plan->contracts, PaydayContract, c);

      if (c < 40)
        {
          payday_contract_init (contract, PAYDAY_CONTRACT_HOURLY);
          contract->rate_cents = 2000 + 100 * (PaydayCents) c;
          contract->start = monday - 7 * 25;
          /* 25 logged weeks, then 25 projected ones up to the end */
          for (guint w = 0; w < 25; w++)
            {
              PaydayWeek week = { monday - 7 * (25 - (PaydayDate) w), 1000 + 25 * (gint64) ((c + w) % 20),
                                  0, 0, PAYDAY_DISPUTE_PAID, NULL };

              g_array_append_val (contract->weeks, week);
            }
          contract->planned_hours_per_week = 1500 + 50 * (gint64) (c % 10);
          contract->end = monday + 7 * 24;
        }
      else
        {
          payday_contract_init (contract, PAYDAY_CONTRACT_FIXED);
          contract->start = today - 180;
          for (guint m = 0; m < 50; m++)
            {
              PaydayDate due = today - 175 + 7 * (PaydayDate) m;
              PaydayMilestone milestone = {
                g_strdup_printf ("m%02u", m), g_strdup_printf ("Milestone %u", m),
                25000 + 5000 * (PaydayCents) ((c + m) % 30), contract->start, due,
                PAYDAY_DATE_NONE, PAYDAY_DATE_NONE, PAYDAY_NONE, PAYDAY_MILESTONE_ACTIVE, NULL,
              };

              /* past ones were submitted on their due date, every third approved 2 days
               * later; future ones are projected from the due date */
              if (due < today)
                {
                  milestone.submitted = due;
                  if (m % 3 == 0 && due + 2 <= today)
                    milestone.approved = due + 2;
                }
              g_array_append_val (contract->milestones, milestone);
            }
        }

      contract->id = g_strdup_printf ("c%02u", c);
      contract->title = g_strdup_printf ("Contract %u", c);
      contract->client = g_strdup_printf ("client%u", c % 10);
    }

  return plan;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PaydayRules) rules = payday_rules_load_builtin ("upwork", &error);
  g_autoptr(PaydayPlan) plan = NULL;
  g_autoptr(PaydaySchedule) schedule = NULL;
  g_autoptr(PaydaySimResult) result = NULL;
  g_autofree char *json = NULL;
  PaydaySimulation settings;
  struct rusage usage;
  gint64 t0, t1, t2;
  double seconds;
  gsize len = 0;

  if (rules == NULL)
    {
      g_printerr ("bench-simulation: %s\n", error->message);
      return 1;
    }

  plan = make_plan (payday_date_from_ymd (2026, 3, 2));
  t0 = g_get_monotonic_time ();
  schedule = payday_schedule_compute (plan, rules, plan->today);
  t1 = g_get_monotonic_time ();

  payday_simulation_init (&settings);
  settings.runs = RUNS;
  settings.proposal_rate_per_week = 3;
  settings.win_rate = 0.2;

  result = payday_simulation_run (schedule, &settings, THREADS, NULL, NULL, NULL);
  t2 = g_get_monotonic_time ();
  json = payday_sim_result_to_json (result, &len);

  getrusage (RUSAGE_SELF, &usage);
  seconds = (double) (t2 - t1) / G_USEC_PER_SEC;

  printf ("plan: %u contracts, %u items; schedule %.3f s\n", plan->contracts->len,
          schedule->items->len, (double) (t1 - t0) / G_USEC_PER_SEC);
  printf ("simulation: %d runs × %u days, %d threads: %.3f s (goal %.1f s)\n", RUNS,
          result->n_days, THREADS, seconds, GOAL_S);
  printf ("json: %" G_GSIZE_FORMAT " bytes; peak RSS %ld MiB\n", len, usage.ru_maxrss / 1024);
  printf ("last day: scheduled %" G_GINT64_FORMAT ", p10 %" G_GINT64_FORMAT ", p50 %"
          G_GINT64_FORMAT ", p90 %" G_GINT64_FORMAT "\n",
          result->scheduled[result->n_days - 1], result->p10[result->n_days - 1],
          result->p50[result->n_days - 1], result->p90[result->n_days - 1]);

  return 0;
}
