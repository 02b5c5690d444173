/* bench-recompute.c — the engine's share of an edit: full recompute against incremental
 *
 * usage: bench-recompute PLAN
 *
 * Loads PLAN and edits one week's hours of its hourly contract with the most weeks, 40
 * times, as the hourly editor does (an undoable command replacing the contract). After each
 * edit it recomputes the schedule, summary and badges twice: from scratch, and with
 * payday_schedule_update() and payday_badges_update() given what the edit touched; the two
 * must be identical. Prints medians of wall and CPU time; fails when the incremental median
 * exceeds 4 ms (one frame is 16 ms, and the pages need the rest).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "bench-util.h"
#include "payday-badges.h"
#include "payday-plan-edit.h"
#include "payday-schedule.h"

#define GOAL_MS 4.0
#define N_EDITS 40

static double
median (double *values)
{
  qsort (values, N_EDITS, sizeof (double), bench_compare_double);
  return values[N_EDITS / 2];
}

static gboolean
same_schedule (const PaydaySchedule *a,
               const PaydaySchedule *b)
{
  if (a->items->len != b->items->len || a->notes->len != b->notes->len)
    return FALSE;
  for (guint i = 0; i < a->items->len; i++)
    {
      const PaydayItem *x = &g_array_index (a->items, PaydayItem, i);
      const PaydayItem *y = &g_array_index (b->items, PaydayItem, i);

      if (x->contract_index != y->contract_index || x->source_index != y->source_index ||
          x->kind != y->kind || x->available_on != y->available_on ||
          x->gross_cents != y->gross_cents || x->fee_cents != y->fee_cents ||
          x->net_cents != y->net_cents || x->status != y->status)
        return FALSE;
    }
  for (guint i = 0; i < a->notes->len; i++)
    if (g_strcmp0 (g_ptr_array_index (a->notes, i), g_ptr_array_index (b->notes, i)) != 0)
      return FALSE;
  return TRUE;
}

static gboolean
same_badges (const PaydayBadgeReport *a,
             const PaydayBadgeReport *b)
{
  g_autoptr(JsonNode) x = payday_badges_to_json (a);
  g_autoptr(JsonNode) y = payday_badges_to_json (b);

  return json_node_equal (x, y);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(PaydayPlan) plan = NULL;
  g_autoptr(PaydayRules) rules = NULL;
  g_autoptr(PaydayPlanHistory) history = payday_plan_history_new ();
  g_autoptr(PaydayPlanChanges) changes = payday_plan_changes_new ();
  PaydaySchedule *schedule;
  PaydayBadgeReport *badges;
  PaydayScheduleDelta delta;
  PaydayDate today;
  double full_ms[N_EDITS], full_cpu[N_EDITS], incr_ms[N_EDITS], incr_cpu[N_EDITS];
  double sched_ms[N_EDITS], badges_ms[N_EDITS];
  gint target = -1;
  gboolean same = TRUE;

  if (argc != 2)
    {
      g_printerr ("usage: %s PLAN\n", argv[0]);
      return 2;
    }

  file = g_file_new_for_commandline_arg (argv[1]);
  if (!(plan = payday_plan_load_from_file (file, NULL, &error)) ||
      !(rules = payday_rules_lookup (plan->rules ? plan->rules : "upwork", &error)))
    g_error ("%s: %s", argv[1], error->message);
  today = payday_plan_get_today (plan);

  /* The hourly contract with the most weeks, as bench-edit picks it. */
  for (guint i = 0; i < plan->contracts->len; i++)
    {
      const PaydayContract *c = &g_array_index (plan->contracts, PaydayContract, i);

      if (c->type == PAYDAY_CONTRACT_HOURLY && c->weeks->len > 0 &&
          (target < 0 ||
           c->weeks->len > g_array_index (plan->contracts, PaydayContract, target).weeks->len))
        target = (gint) i;
    }
  g_assert (target >= 0);

  schedule = payday_schedule_compute (plan, rules, today);
  badges = payday_badges_evaluate (plan, rules, schedule, today);
  payday_schedule_delta_init (&delta);

  for (int i = 0; i < N_EDITS; i++)
    {
      PaydayPlanEdit *edit = payday_plan_edit_new ("Edit Hours");
      PaydayContract copy;
      PaydayWeek *week;
      PaydaySchedule *full;
      PaydayBadgeReport *full_badges;
      PaydaySummary summary, full_summary;
      gint64 t, cpu, t_badges;

      payday_contract_copy_into (&copy, &g_array_index (plan->contracts, PaydayContract, target));
      week = &g_array_index (copy.weeks, PaydayWeek, copy.weeks->len - 1);
      week->hours = 500 + 25 * i;
      week->manual_hours = MIN (week->manual_hours, week->hours);
      week->disputed_hours = MIN (week->disputed_hours, week->hours);
      payday_plan_edit_replace_contract (edit, plan, (guint) target, &copy);
      payday_contract_clear (&copy);
      payday_plan_edit_close (edit, plan);
      payday_plan_changes_clear (changes);
      payday_plan_edit_collect_changes (edit, changes);
      payday_plan_history_push (history, edit);

      t = g_get_monotonic_time ();
      cpu = bench_cpu_usec ();
      schedule = payday_schedule_update (schedule, plan, rules, today, changes, &delta);
      payday_summary_compute (schedule, &summary);
      t_badges = g_get_monotonic_time ();
      badges = payday_badges_update (badges, plan, rules, schedule, today, changes, &delta);
      incr_ms[i] = (g_get_monotonic_time () - t) / 1000.0;
      incr_cpu[i] = (bench_cpu_usec () - cpu) / 1000.0;
      sched_ms[i] = (t_badges - t) / 1000.0;
      badges_ms[i] = (g_get_monotonic_time () - t_badges) / 1000.0;

      t = g_get_monotonic_time ();
      cpu = bench_cpu_usec ();
      full = payday_schedule_compute (plan, rules, today);
      payday_summary_compute (full, &full_summary);
      full_badges = payday_badges_evaluate (plan, rules, full, today);
      full_ms[i] = (g_get_monotonic_time () - t) / 1000.0;
      full_cpu[i] = (bench_cpu_usec () - cpu) / 1000.0;

      same &= same_schedule (schedule, full) && same_badges (badges, full_badges) &&
              memcmp (&summary, &full_summary, sizeof summary) == 0;
      payday_schedule_unref (full);
      payday_badge_report_free (full_badges);
    }

  g_print ("bench-recompute: %u contracts, %u schedule items, contract %s (%u weeks)\n",
           plan->contracts->len, schedule->items->len,
           g_array_index (plan->contracts, PaydayContract, target).id,
           g_array_index (plan->contracts, PaydayContract, target).weeks->len);
  g_print ("  full: schedule + summary + badges   median %6.2f ms (CPU %6.2f ms)\n",
           median (full_ms), median (full_cpu));
  g_print ("  incremental: the same               median %6.2f ms (CPU %6.2f ms)\n",
           median (incr_ms), median (incr_cpu));
  g_print ("    of it schedule + summary          median %6.2f ms\n", median (sched_ms));
  g_print ("    of it badges                      median %6.2f ms\n", median (badges_ms));
  g_print ("  results identical: %s\n", same ? "yes" : "NO");
  g_print ("  goal: incremental median <= %.0f ms: %s\n", GOAL_MS,
           median (incr_ms) <= GOAL_MS ? "met" : "MISSED");

  payday_schedule_delta_clear (&delta);
  payday_schedule_unref (schedule);
  payday_badge_report_free (badges);

  return same && median (incr_ms) <= GOAL_MS ? 0 : 1;
}
