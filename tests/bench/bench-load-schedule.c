/* bench-load-schedule.c — time and memory of load, schedule and CSV export of a large plan
 *
 * usage: bench-load-schedule PLAN [PAYDAY-HEADLESS [JSON-PARSE]]
 *
 * Runs itself as a child (`--child PLAN OUT.csv`) so the figures cover a whole process:
 * the child reports each phase's wall time, the parent the child's total wall time and peak
 * resident memory (wait4's rusage, ru_maxrss). With PAYDAY-HEADLESS it also times
 * `payday --export=OUT.csv PLAN`, the command a user runs. Fails when the goals are missed:
 * at most 1 s for the whole process, at most 40× the file size in memory, and the
 * withdrawal projection (the last step, from Available to the bank) at most 10 % on top of
 * load, schedule and export.
 *
 * With JSON-PARSE (bench-json-parse: json-glib alone parsing the file, the floor) it then
 * runs the floor, `payday --export=OUT.csv PLAN` and `payday --check PLAN` in turns, ROUNDS
 * times each (BENCH_ROUNDS, default 7), so that load from elsewhere on the machine slows all
 * three alike, and compares medians: the export at most 1.25× the floor, the check at most
 * 1.15×, the export's peak memory at most 15× the file size.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <stdlib.h>
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

/* Against the floor, json-glib's bare parse of the same file, whole processes. */
#define GOAL_EXPORT_RATIO 1.25
#define GOAL_CHECK_RATIO 1.15
#define GOAL_FLOOR_MEMORY_RATIO 15.0

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
  g_print ("  peak RSS     %8.1f MiB (child's own count)\n", usage.ru_maxrss / 1024.0);

  /* The projection against what a withdrawals export needs anyway: load, rules, schedule,
   * and the schedule export this benchmark has always timed. */
  base_ms = load_ms + rules_ms + schedule_ms + export_ms;
  g_print ("  withdrawals  %8.1f ms (weekly) = %.1f %% of load + schedule + export (goal <= %.0f %%): %s\n",
           payouts_ms, 100 * payouts_ms / base_ms, 100 * GOAL_PAYOUTS_SHARE,
           payouts_ms <= GOAL_PAYOUTS_SHARE * base_ms ? "met" : "MISSED");
  g_print ("  comparison   %8.1f ms (every method x schedule, the window's dialog)\n", compare_ms);

  return payouts_ms <= GOAL_PAYOUTS_SHARE * base_ms ? 0 : 1;
}

/* Runs @argv to completion (@quiet: its standard output dropped); returns its wall time in
 * seconds and peak RSS in KiB. */
static gboolean
measure_full (const char * const *argv,
              gboolean            quiet,
              double             *seconds,
              long               *maxrss_kib)
{
  g_autoptr(GError) error = NULL;
  struct rusage usage;
  gint64 start;
  GPid pid;
  int status;

  start = g_get_monotonic_time ();
  if (!g_spawn_async (NULL, (char **) argv, NULL,
                      G_SPAWN_DO_NOT_REAP_CHILD | (quiet ? G_SPAWN_STDOUT_TO_DEV_NULL : 0),
                      NULL, NULL, &pid, &error))
    g_error ("%s: %s", argv[0], error->message);
  /* wait4 gives this child's own rusage, not the sum over every child so far. */
  if (wait4 (pid, &status, 0, &usage) < 0)
    g_error ("wait4: %s", g_strerror (errno));
  *seconds = (g_get_monotonic_time () - start) / 1e6;
  *maxrss_kib = usage.ru_maxrss;

  return WIFEXITED (status) && WEXITSTATUS (status) == 0;
}

static gboolean
measure (const char * const *argv,
         double             *seconds,
         long               *maxrss_kib)
{
  return measure_full (argv, FALSE, seconds, maxrss_kib);
}

static gboolean
report (const char *what,
        double      seconds,
        long        maxrss_kib,
        gint64      file_size)
{
  double ratio = maxrss_kib * 1024.0 / file_size;
  gboolean ok = seconds <= GOAL_SECONDS && ratio <= GOAL_MEMORY_RATIO;

  g_print ("%s: whole process %.3f s (goal <= %.1f s), peak RSS %.1f MiB = %.1fx the file "
           "(goal <= %.0fx): %s\n",
           what, seconds, GOAL_SECONDS, maxrss_kib / 1024.0, ratio, GOAL_MEMORY_RATIO,
           ok ? "met" : "MISSED");
  return ok;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (GArray *values)
{
  guint n = values->len;

  g_array_sort (values, compare_doubles);
  if (n % 2 == 1)
    return g_array_index (values, double, n / 2);
  return (g_array_index (values, double, n / 2 - 1) + g_array_index (values, double, n / 2)) / 2;
}

/* The floor, the export and the check in turns; medians of wall time and peak memory. */
static gboolean
compare_with_floor (const char *plan,
                    const char *payday,
                    const char *floor,
                    const char *export_arg,
                    gint64      file_size)
{
  enum { FLOOR, EXPORT, CHECK, N_RUNS };
  const char *names[N_RUNS] = { "json-glib parse (floor)", "payday --export=x.csv", "payday --check" };
  const char *argvs[N_RUNS][4] = {
    { floor, plan, NULL, NULL },
    { payday, export_arg, plan, NULL },
    { payday, "--check", plan, NULL },
  };
  const char *env_rounds = g_getenv ("BENCH_ROUNDS");
  guint rounds = env_rounds != NULL ? (guint) MAX (1, atoi (env_rounds)) : 7;
  GArray *seconds[N_RUNS], *memory[N_RUNS];
  double t[N_RUNS], mib[N_RUNS], loadavg[3] = { 0 };
  gboolean ok;

  for (guint k = 0; k < N_RUNS; k++)
    {
      seconds[k] = g_array_new (FALSE, FALSE, sizeof (double));
      memory[k] = g_array_new (FALSE, FALSE, sizeof (double));
    }

  /* A first round warms the page cache and is not counted. */
  for (guint round = 0; round <= rounds; round++)
    for (guint k = 0; k < N_RUNS; k++)
      {
        double s, m;
        long maxrss;

        /* Quiet: --check prints "PLAN: OK" each round. */
        if (!measure_full (argvs[k], TRUE, &s, &maxrss))
          g_error ("%s failed", names[k]);
        m = maxrss / 1024.0;
        if (round > 0)
          {
            g_array_append_val (seconds[k], s);
            g_array_append_val (memory[k], m);
          }
      }

  if (getloadavg (loadavg, 3) < 0)
    loadavg[0] = -1;
  g_print ("against the floor, %u rounds in turns, medians (load average %.1f):\n",
           rounds, loadavg[0]);
  for (guint k = 0; k < N_RUNS; k++)
    {
      t[k] = median (seconds[k]);
      mib[k] = median (memory[k]);
      g_array_unref (seconds[k]);
      g_array_unref (memory[k]);
      g_print ("  %-26s %.3f s  %.2fx  peak %.1f MiB = %.1fx the file\n", names[k], t[k],
               t[k] / t[FLOOR], mib[k], mib[k] * 1024 * 1024 / file_size);
    }

  ok = t[EXPORT] <= GOAL_EXPORT_RATIO * t[FLOOR] && t[CHECK] <= GOAL_CHECK_RATIO * t[FLOOR] &&
       mib[EXPORT] * 1024 * 1024 <= GOAL_FLOOR_MEMORY_RATIO * file_size;
  g_print ("goals: export <= %.2fx, check <= %.2fx the floor, export memory <= %.0fx the file: "
           "%s\n", GOAL_EXPORT_RATIO, GOAL_CHECK_RATIO, GOAL_FLOOR_MEMORY_RATIO,
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

  if (argc < 2 || argc > 4)
    {
      g_printerr ("usage: %s PLAN [PAYDAY-HEADLESS [JSON-PARSE]]\n", argv[0]);
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

  if (argc >= 3)
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

  if (argc == 4)
    ok &= compare_with_floor (argv[1], argv[2], argv[3], export_arg, st.st_size);

  g_unlink (out);
  g_rmdir (dir);

  return ok ? 0 : 1;
}
