/* bench-load-schedule.c — time and memory of load, schedule and CSV export of a large plan
 *
 * usage: bench-load-schedule PLAN [PAYDAY-HEADLESS]
 *
 * Runs itself as a child (`--child PLAN OUT.csv`) so the figures cover a whole process:
 * the child reports each phase's wall time, the parent the child's total wall time and peak
 * resident memory (getrusage RUSAGE_CHILDREN, ru_maxrss). With PAYDAY-HEADLESS it also
 * times `payday --export=OUT.csv PLAN`, the command a user runs. Fails when the goals are
 * missed: at most 1 s for the whole process, at most 40× the file size in memory, and the
 * withdrawal projection (the last step, from Available to the bank) at most 10 % on top of
 * load, schedule and export.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include "payday-export.h"
#include "payday-plan.h"
#include "payday-rules.h"
#include "payday-schedule.h"
#include "payday-withdrawals.h"

#define GOAL_SECONDS 1.0
#define GOAL_MEMORY_RATIO 40.0
#define GOAL_PAYOUTS_SHARE 0.10

static double
ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

static int
run_child (const char *plan_path,
           const char *out_path)
{
  g_autoptr(GFile) file = g_file_new_for_path (plan_path);
  g_autoptr(GError) error = NULL;
  PaydayPlan *plan;
  PaydayRules *rules;
  PaydaySchedule *schedule;
  PaydayExportJob job;
  struct rusage usage;
  gint64 t0 = g_get_monotonic_time (), t;
  double load_ms, rules_ms, schedule_ms, export_ms, payouts_ms, compare_ms, free_ms, base_ms;
  guint n_items;

  t = g_get_monotonic_time ();
  plan = payday_plan_load_from_file (file, NULL, &error);
  if (plan == NULL)
    g_error ("%s: %s", plan_path, error->message);
  load_ms = ms_since (t);

  t = g_get_monotonic_time ();
  rules = payday_rules_lookup (plan->rules ? plan->rules : "upwork", &error);
  if (rules == NULL)
    g_error ("rules: %s", error->message);
  rules_ms = ms_since (t);

  t = g_get_monotonic_time ();
  schedule = payday_schedule_compute (plan, rules, payday_plan_get_today (plan));
  schedule_ms = ms_since (t);
  n_items = schedule->items->len;

  t = g_get_monotonic_time ();
  payday_export_job_init (&job);
  job.plan = plan;
  job.rules = rules;
  job.schedule = schedule;
  job.today = schedule->today;
  if (!payday_export_to_file (&job, out_path, &error))
    g_error ("%s: %s", out_path, error->message);
  export_ms = ms_since (t);

  /* Weekly is the projection's worst case (the most schedule days and withdrawals); the
   * generated plan itself withdraws manually. */
  t = g_get_monotonic_time ();
  {
    g_autoptr(PaydayPayouts) payouts = payday_payouts_compute_with (schedule, PAYDAY_METHOD_WIRE,
                                                                    PAYDAY_SCHEDULE_WEEKLY);

    g_assert (payouts != NULL && payouts->projected_count > 0);
  }
  payouts_ms = ms_since (t);

  t = g_get_monotonic_time ();
  g_array_unref (payday_payouts_compare (schedule));
  compare_ms = ms_since (t);

  t = g_get_monotonic_time ();
  payday_schedule_unref (schedule);
  payday_rules_unref (rules);
  payday_plan_unref (plan);
  free_ms = ms_since (t);

  getrusage (RUSAGE_SELF, &usage);
  g_print ("  items        %u\n", n_items);
  g_print ("  load         %8.1f ms\n", load_ms);
  g_print ("  rules        %8.1f ms\n", rules_ms);
  g_print ("  schedule     %8.1f ms\n", schedule_ms);
  g_print ("  csv export   %8.1f ms\n", export_ms);
  g_print ("  free         %8.1f ms\n", free_ms);
  g_print ("  in main      %8.1f ms\n", ms_since (t0));
  g_print ("  peak RSS     %8.1f MB (child's own count)\n", usage.ru_maxrss / 1024.0);

  /* The projection against what a withdrawals export needs anyway: load, rules, schedule,
   * and the schedule export this benchmark has always timed. */
  base_ms = load_ms + rules_ms + schedule_ms + export_ms;
  g_print ("  withdrawals  %8.1f ms (weekly) = %.1f %% of load + schedule + export (goal <= %.0f %%): %s\n",
           payouts_ms, 100 * payouts_ms / base_ms, 100 * GOAL_PAYOUTS_SHARE,
           payouts_ms <= GOAL_PAYOUTS_SHARE * base_ms ? "met" : "MISSED");
  g_print ("  comparison   %8.1f ms (every method x schedule, the window's dialog)\n", compare_ms);

  return payouts_ms <= GOAL_PAYOUTS_SHARE * base_ms ? 0 : 1;
}

/* Runs @argv to completion; returns its wall time in seconds and peak RSS in KiB. */
static gboolean
measure (const char * const *argv,
         double             *seconds,
         long               *maxrss_kib)
{
  g_autoptr(GError) error = NULL;
  struct rusage usage;
  gint64 start;
  GPid pid;
  int status;

  start = g_get_monotonic_time ();
  if (!g_spawn_async (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL,
                      &pid, &error))
    g_error ("%s: %s", argv[0], error->message);
  /* wait4 gives this child's own rusage, not the sum over every child so far. */
  if (wait4 (pid, &status, 0, &usage) < 0)
    g_error ("wait4: %s", g_strerror (errno));
  *seconds = (g_get_monotonic_time () - start) / 1e6;
  *maxrss_kib = usage.ru_maxrss;

  return WIFEXITED (status) && WEXITSTATUS (status) == 0;
}

static gboolean
report (const char *what,
        double      seconds,
        long        maxrss_kib,
        gint64      file_size)
{
  double ratio = maxrss_kib * 1024.0 / file_size;
  gboolean ok = seconds <= GOAL_SECONDS && ratio <= GOAL_MEMORY_RATIO;

  g_print ("%s: whole process %.3f s (goal <= %.1f s), peak RSS %.1f MB = %.1fx the file "
           "(goal <= %.0fx): %s\n",
           what, seconds, GOAL_SECONDS, maxrss_kib / 1024.0, ratio, GOAL_MEMORY_RATIO,
           ok ? "met" : "MISSED");
  return ok;
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *dir = NULL;
  g_autofree char *out = NULL;
  g_autofree char *export_arg = NULL;
  GStatBuf st;
  double seconds;
  long maxrss;
  gboolean ok = TRUE;

  if (argc == 4 && g_str_equal (argv[1], "--child"))
    return run_child (argv[2], argv[3]);

  if (argc < 2 || argc > 3)
    {
      g_printerr ("usage: %s PLAN [PAYDAY-HEADLESS]\n", argv[0]);
      return 2;
    }

  if (g_stat (argv[1], &st) != 0)
    {
      g_printerr ("%s: %s\n", argv[1], g_strerror (errno));
      return 1;
    }

  dir = g_dir_make_tmp ("payday-bench-XXXXXX", NULL);
  out = g_build_filename (dir, "schedule.csv", NULL);
  g_print ("plan %s: %.1f MB\n", argv[1], st.st_size / 1e6);

  {
    const char *child[] = { argv[0], "--child", argv[1], out, NULL };

    if (!measure (child, &seconds, &maxrss))
      {
        g_printerr ("the benchmark child failed\n");
        return 1;
      }
    ok &= report ("load + schedule + csv", seconds, maxrss, st.st_size);
  }

  if (argc == 3)
    {
      const char *cli[] = { argv[2], NULL, argv[1], NULL };
      GStatBuf csv;

      export_arg = g_strconcat ("--export=", out, NULL);
      cli[1] = export_arg;
      g_unlink (out);
      if (!measure (cli, &seconds, &maxrss))
        {
          g_printerr ("payday --export failed\n");
          return 1;
        }
      ok &= report ("payday --export=x.csv PLAN", seconds, maxrss, st.st_size);
      if (g_stat (out, &csv) == 0)
        g_print ("  csv written: %.1f MB\n", csv.st_size / 1e6);
    }

  g_unlink (out);
  g_rmdir (dir);

  return ok ? 0 : 1;
}
