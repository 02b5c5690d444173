/* payday-cli.c — the headless command line: --version, --check, --export
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <string.h>

#include "payday-cli.h"
#include "payday-error.h"
#include "payday-export.h"
#include "payday-ledger.h"
#include "payday-plan.h"
#include "payday-rates-service.h"
#include "payday-rules.h"
#include "payday-schedule.h"

#define USAGE \
  "usage: payday --version | --check PLAN… | --export=OUT… [--today=YYYY-MM-DD] (PLAN | --sample)"

/* What a problem is attached to when the plan is the built-in sample. */
#define SAMPLE_LABEL "(sample)"

static gboolean
is_option (const char *arg,
           const char *name)
{
  gsize len = strlen (name);

  return strncmp (arg, name, len) == 0 && (arg[len] == 0 || arg[len] == '=');
}

/**
 * payday_cli_is_headless:
 * @argc: the argument count
 * @argv: the arguments, program name first
 *
 * Tells whether the command line asks for a headless run (no window): --version, --check or
 * --export, in the `--opt=VALUE` or `--opt VALUE` form. Arguments after `--` are files.
 */
gboolean
payday_cli_is_headless (int    argc,
                        char **argv)
{
  for (int i = 1; i < argc && argv[i] != NULL; i++)
    {
      if (strcmp (argv[i], "--") == 0)
        break;
      if (strcmp (argv[i], "--version") == 0 ||
          is_option (argv[i], "--check") ||
          is_option (argv[i], "--export"))
        return TRUE;
      /* The value of an option that takes one is not an option itself:
       * "payday --today --export" is not a request (and fails to parse anyway). */
    }

  return FALSE;
}

/**
 * payday_cli_options_clear:
 * @options: options filled by payday_cli_parse()
 *
 * Frees what @options holds.
 */
void
payday_cli_options_clear (PaydayCliOptions *options)
{
  g_return_if_fail (options != NULL);

  g_clear_pointer (&options->check, g_free);
  g_clear_pointer (&options->exports, g_strfreev);
  g_clear_pointer (&options->currency, g_free);
  g_clear_pointer (&options->files, g_strfreev);
}

static gboolean
parse_int (const char  *option,
           const char  *text,
           gint64       min,
           gint64       max,
           gint64      *value,
           GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  gint64 v;

  if (!g_ascii_string_to_signed (text, 10, min, max, &v, &local_error))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   "%s: expected a whole number from %" G_GINT64_FORMAT " to %"
                   G_GINT64_FORMAT ", got “%s”", option, min, max, text);
      return FALSE;
    }

  *value = v;
  return TRUE;
}

/**
 * payday_cli_parse:
 * @argc: the argument count
 * @argv: the arguments, program name first; left unchanged
 * @options: (out caller-allocates): the options; clear with payday_cli_options_clear()
 * @error: a usage problem, in one line
 *
 * Parses and checks the headless options; does not load anything.
 */
gboolean
payday_cli_parse (int                argc,
                  char             **argv,
                  PaydayCliOptions  *options,
                  GError           **error)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autofree char *today = NULL;
  g_autofree char *runs = NULL;
  g_autofree char *seed = NULL;
  g_auto(GStrv) args = NULL;
  const GOptionEntry entries[] = {
    { "version", 0, 0, G_OPTION_ARG_NONE, &options->version,
      "Print the version and exit", NULL },
    { "check", 0, 0, G_OPTION_ARG_FILENAME, &options->check,
      "Load and validate PLAN, print every problem", "PLAN" },
    { "export", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &options->exports,
      "Write OUT; the format comes from its extension (.csv, .json, .sim.json, .svg, .png)", "OUT" },
    { "sample", 0, 0, G_OPTION_ARG_NONE, &options->sample,
      "Export the built-in sample plan", NULL },
    { "today", 0, 0, G_OPTION_ARG_STRING, &today,
      "Judge the plan at this date instead of its own today", "YYYY-MM-DD" },
    { "runs", 0, 0, G_OPTION_ARG_STRING, &runs,
      "Monte Carlo runs for simulation exports", "N" },
    { "seed", 0, 0, G_OPTION_ARG_STRING, &seed,
      "Monte Carlo seed for simulation exports", "S" },
    { "currency", 0, 0, G_OPTION_ARG_STRING, &options->currency,
      "Add local-currency figures (ISO 4217 code)", "XXX" },
    { "offline", 0, 0, G_OPTION_ARG_NONE, &options->offline,
      "Use cached exchange rates only", NULL },
    { "refresh-rates", 0, 0, G_OPTION_ARG_NONE, &options->refresh_rates,
      "Fetch exchange rates now", NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &options->files,
      NULL, "PLAN…" },
    { NULL }
  };

  g_return_val_if_fail (options != NULL, FALSE);

  memset (options, 0, sizeof *options);
  options->today = PAYDAY_DATE_NONE;
  options->runs = PAYDAY_NONE;

  context = g_option_context_new ("— forecast Upwork payments");
  g_option_context_add_main_entries (context, entries, NULL);

  /* GOption shortens argv in place; work on a copy so the caller's stays whole. */
  args = g_new0 (char *, argc + 1);
  for (int i = 0; i < argc && argv[i] != NULL; i++)
    args[i] = g_strdup (argv[i]);

  if (!g_option_context_parse_strv (context, &args, error))
    return FALSE;

  if (today != NULL && !payday_date_parse (today, &options->today))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   "--today: expected a date YYYY-MM-DD, got “%s”", today);
      return FALSE;
    }

  if (runs != NULL)
    {
      gint64 v;

      /* The bound of the plan's simulation.runs (spec/plan-format.md). */
      if (!parse_int ("--runs", runs, 1, 1000000, &v, error))
        return FALSE;
      options->runs = (int) v;
    }

  if (seed != NULL)
    {
      if (!parse_int ("--seed", seed, G_MININT64, G_MAXINT64, &options->seed, error))
        return FALSE;
      options->seed_set = TRUE;
    }

  if (options->currency != NULL)
    {
      const char *c = options->currency;

      if (strlen (c) != 3 || !g_ascii_isalpha (c[0]) || !g_ascii_isalpha (c[1]) ||
          !g_ascii_isalpha (c[2]))
        {
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                       "--currency: expected a three-letter ISO 4217 code such as INR, got “%s”",
                       c);
          return FALSE;
        }
      for (char *p = options->currency; *p; p++)
        *p = g_ascii_toupper (*p);
    }

  if (options->offline && options->refresh_rates)
    {
      g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                           "--offline and --refresh-rates contradict each other");
      return FALSE;
    }

  return TRUE;
}

/* Prints one `LABEL: line` per line of @message: the loader lists one problem a line. */
static void
print_problems (const char *label,
                const char *message)
{
  g_auto(GStrv) lines = g_strsplit (message, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    if (lines[i][0] != 0)
      g_printerr ("%s: %s\n", label, lines[i]);
}

static void
print_load_error (const char   *label,
                  const GError *error)
{
  /* GIO's own messages repeat the path; say the reason only. */
  if (error->domain == G_IO_ERROR)
    switch (error->code)
      {
      case G_IO_ERROR_NOT_FOUND:
        g_printerr ("%s: no such file\n", label);
        return;
      case G_IO_ERROR_PERMISSION_DENIED:
        g_printerr ("%s: permission denied\n", label);
        return;
      case G_IO_ERROR_IS_DIRECTORY:
        g_printerr ("%s: is a folder, not a plan file\n", label);
        return;
      default:
        break;
      }

  print_problems (label, error->message);
}

/* Loads a plan and its rule set; prints every problem under @label. */
static gboolean
load_plan (const char   *path,
           gboolean      sample,
           PaydayDate    sample_today,
           PaydayPlan  **plan_out,
           PaydayRules **rules_out)
{
  const char *label = sample ? SAMPLE_LABEL : path;
  g_autoptr(PaydayPlan) plan = NULL;
  g_autoptr(PaydayRules) rules = NULL;
  g_autoptr(GError) error = NULL;
  const char *rules_id;

  if (sample)
    {
      plan = payday_plan_load_sample (sample_today, &error);
    }
  else
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);

      /* The command line exits when done: its plans' JSON trees go with the process. */
      payday_plan_keep_trees_until_exit ();
      plan = payday_plan_load_from_file (file, NULL, &error);
    }

  if (plan == NULL)
    {
      print_load_error (label, error);
      return FALSE;
    }

  rules_id = plan->rules != NULL ? plan->rules : "upwork";
  rules = payday_rules_lookup (rules_id, &error);
  if (rules == NULL)
    {
      g_autofree char *message = g_strdup_printf ("rules: %s", error->message);

      print_problems (label, message);
      return FALSE;
    }

  if (payday_date_is_set (plan->rules_edition) &&
      payday_rules_find_edition (rules, plan->rules_edition) == NULL)
    {
      char buf[PAYDAY_DATE_BUF];

      g_printerr ("%s: rules_edition: the rule set “%s” has no edition that takes effect on %s\n",
                  label, rules_id, payday_date_format (plan->rules_edition, buf));
      return FALSE;
    }

  if (plan_out != NULL)
    *plan_out = g_steal_pointer (&plan);
  if (rules_out != NULL)
    *rules_out = g_steal_pointer (&rules);

  return TRUE;
}

/* How many warnings of one kind --check prints in full before it sums up the rest. */
#define WARNINGS_IN_FULL 5

/* @n with a comma between groups of three digits, as the rest of the English CLI text. */
static char *
format_count (guint n)
{
  g_autofree char *digits = g_strdup_printf ("%u", n);
  GString *str = g_string_new (NULL);
  gsize len = strlen (digits);

  for (gsize i = 0; i < len; i++)
    {
      if (i > 0 && (len - i) % 3 == 0)
        g_string_append_c (str, ',');
      g_string_append_c (str, digits[i]);
    }

  return g_string_free (str, FALSE);
}

/* Warnings are things a valid plan may hold but the user should know: proposals (or
 * negative adjusts) that took more Connects than the balance had (docs/command-line.md:
 * "reported by --check as a warning"). One line each, `PLAN: warning: …`, on standard error.
 * A plan that overdraws for months holds thousands of them, which nobody reads: of each kind
 * the first WARNINGS_IN_FULL are printed in full, then one line counts the rest and names the
 * dates of the first and last of them. */
static void
print_warnings (const char        *label,
                const PaydayPlan  *plan,
                const PaydayRules *rules,
                PaydayDate         today)
{
  static const char * const what[] = {
    [PAYDAY_LEDGER_WARNING_PROPOSAL] = "proposals spent",
    [PAYDAY_LEDGER_WARNING_ADJUST] = "Connects adjustments took",
  };
  g_autoptr(PaydayLedger) ledger = payday_ledger_compute (plan, rules, today);
  struct {
    guint      total;
    guint      shown;
    guint      hidden;
    PaydayDate first_hidden;
    PaydayDate last_hidden;
  } kinds[G_N_ELEMENTS (what)] = { { 0 } };

  for (guint i = 0; i < ledger->warnings->len; i++)
    kinds[g_array_index (ledger->warnings, PaydayLedgerWarning, i).kind].total++;

  for (guint i = 0; i < ledger->warnings->len; i++)
    {
      const PaydayLedgerWarning *w = &g_array_index (ledger->warnings, PaydayLedgerWarning, i);

      /* A summing-up line that stood for a single warning would hide it for nothing. */
      if (kinds[w->kind].total <= WARNINGS_IN_FULL + 1 || kinds[w->kind].shown < WARNINGS_IN_FULL)
        {
          g_printerr ("%s: warning: %s\n", label, w->text);
          kinds[w->kind].shown++;
          continue;
        }
      if (kinds[w->kind].hidden++ == 0)
        kinds[w->kind].first_hidden = w->date;
      kinds[w->kind].last_hidden = w->date;
    }

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    if (kinds[k].hidden > 0)
      {
        g_autofree char *count = format_count (kinds[k].hidden);
        char first[PAYDAY_DATE_BUF], last[PAYDAY_DATE_BUF];

        g_printerr ("%s: warning: … and %s more %s more Connects than the balance held "
                    "(first %s, last %s)\n", label, count, what[k],
                    payday_date_format (kinds[k].first_hidden, first),
                    payday_date_format (kinds[k].last_hidden, last));
      }
}

/* --check: prints `PLAN: OK` on standard output for a good plan, every problem on standard
 * error otherwise, so a script sees which files passed; fails if any plan has a problem.
 * Warnings alone do not fail the check: the plan is valid (it loads and computes), the
 * warning tells of a fact in it. So a plan with warnings prints its warnings on standard
 * error, `PLAN: OK` on standard output, and exits 0. */
static int
run_check (const PaydayCliOptions *options)
{
  g_autoptr(GPtrArray) plans = g_ptr_array_new ();
  int status = 0;

  g_ptr_array_add (plans, options->check);
  for (guint i = 0; options->files != NULL && options->files[i] != NULL; i++)
    g_ptr_array_add (plans, options->files[i]);

  for (guint i = 0; i < plans->len; i++)
    {
      const char *path = g_ptr_array_index (plans, i);

      g_autoptr(PaydayPlan) plan = NULL;
      g_autoptr(PaydayRules) rules = NULL;

      if (load_plan (path, FALSE, PAYDAY_DATE_NONE, &plan, &rules))
        {
          PaydayDate today = payday_date_is_set (options->today) ? options->today
                                                                 : payday_plan_get_today (plan);

          print_warnings (path, plan, rules, today);
          g_print ("%s: OK\n", path);
        }
      else
        status = 1;
    }

  return status;
}

/* Prints each line of the rates service's @warning as `payday: warning: …`. */
static void
print_warning (const char *warning)
{
  g_auto(GStrv) lines = NULL;

  if (warning == NULL)
    return;

  lines = g_strsplit (warning, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (lines[i][0] != 0)
      g_printerr ("payday: warning: %s\n", lines[i]);
}

/* The manual rate of the preferences beats the providers (spec/command-line.md, Rates);
 * it belongs to the preferences' currency, so it counts only when --currency names that
 * one. Without the installed schema (a build tree, a bare test run) there is none. */
static double
settings_manual_rate (const char *currency)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autofree char *chosen = NULL;

  if (source == NULL ||
      (schema = g_settings_schema_source_lookup (source, APP_ID, TRUE)) == NULL ||
      !g_settings_schema_has_key (schema, "manual-rate") ||
      !g_settings_schema_has_key (schema, "currency"))
    return 0.0;

  settings = g_settings_new_full (schema, NULL, NULL);
  chosen = g_settings_get_string (settings, "currency");
  if (g_ascii_strcasecmp (chosen, currency) != 0)
    return 0.0;

  return g_settings_get_double (settings, "manual-rate");
}

/* Resolves the rate of --currency: the rates service with its cache in
 * $XDG_CACHE_HOME/payday, --offline and --refresh-rates as lookup flags. Warnings (a
 * failed fetch that fell back on the cache) go to standard error; no rate is an error. */
static gboolean
lookup_rate (const PaydayCliOptions *options,
             PaydayRate             *rate)
{
  g_autoptr(PaydayRatesService) service = payday_rates_service_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *warning = NULL;
  PaydayRatesLookupFlags flags = PAYDAY_RATES_LOOKUP_NONE;
  double manual;

  if (options->offline)
    flags |= PAYDAY_RATES_LOOKUP_OFFLINE;
  if (options->refresh_rates)
    flags |= PAYDAY_RATES_LOOKUP_REFRESH;

  if ((manual = settings_manual_rate (options->currency)) > 0)
    payday_rates_service_set_manual_rate (service, options->currency, manual);

  if (!payday_rates_service_lookup_sync (service, options->currency, flags, NULL,
                                         rate, &warning, &error))
    {
      print_warning (warning);
      g_printerr ("payday: --currency=%s: %s\n", options->currency, error->message);
      return FALSE;
    }

  print_warning (warning);
  return TRUE;
}

static int
run_export (const PaydayCliOptions *options)
{
  PaydayRate rate;
  g_autoptr(PaydayPlan) plan = NULL;
  g_autoptr(PaydayRules) rules = NULL;
  g_autoptr(PaydaySchedule) schedule = NULL;
  guint n_files = options->files != NULL ? g_strv_length (options->files) : 0;
  const char *path = n_files > 0 ? options->files[0] : NULL;
  PaydayExportJob job;
  PaydayDate today;
  int status = 0;

  if (n_files == 0 && !options->sample)
    {
      g_printerr ("payday: --export needs a PLAN file or --sample\n%s\n", USAGE);
      return 1;
    }
  if (n_files + (options->sample ? 1 : 0) > 1)
    {
      g_printerr ("payday: --export reads one plan; got %u\n%s\n",
                  n_files + (options->sample ? 1 : 0), USAGE);
      return 1;
    }

  /* The sample is built around its day, so it is loaded at --today or the real date. */
  today = options->today;
  if (options->sample && !payday_date_is_set (today))
    today = payday_date_today_utc ();

  if (!load_plan (path, options->sample, today, &plan, &rules))
    return 1;

  /* After the plan: a bad plan is reported without waiting for the network. */
  if (options->currency != NULL && !lookup_rate (options, &rate))
    return 1;

  if (!payday_date_is_set (today))
    today = payday_plan_get_today (plan);
  /* Judge the plan at that date everywhere, exports of later features included. */
  plan->today = today;

  schedule = payday_schedule_compute (plan, rules, today);

  payday_export_job_init (&job);
  job.plan = plan;
  job.rules = rules;
  job.schedule = schedule;
  job.today = today;
  job.runs = options->runs;
  job.seed = options->seed;
  job.seed_set = options->seed_set;
  job.currency = options->currency;
  job.offline = options->offline;
  job.refresh_rates = options->refresh_rates;
  job.rate = options->currency != NULL ? &rate : NULL;

  for (guint i = 0; options->exports[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;

      if (!payday_export_to_file (&job, options->exports[i], &error))
        {
          print_problems (options->exports[i], error->message);
          status = 1;
        }
    }

  return status;
}

/**
 * payday_cli_run:
 * @argc: the argument count
 * @argv: the arguments, program name first
 *
 * Runs a headless command (spec/command-line.md). Problems go to standard error, one line
 * each as `PATH: message` (`payday: message` and a usage line for a misused command line).
 *
 * Returns: the exit status: 0 on success, 1 on any error
 */
int
payday_cli_run (int    argc,
                char **argv)
{
  PaydayCliOptions options;
  g_autoptr(GError) error = NULL;
  int status;

  if (!payday_cli_parse (argc, argv, &options, &error))
    {
      g_printerr ("payday: %s\n%s\n", error->message, USAGE);
      payday_cli_options_clear (&options);
      return 1;
    }

  if (options.version)
    {
      g_print ("payday %s\n", PACKAGE_VERSION);
      status = 0;
    }
  else if (options.check != NULL && options.exports != NULL)
    {
      g_printerr ("payday: --check and --export cannot be combined\n%s\n", USAGE);
      status = 1;
    }
  else if (options.check != NULL)
    {
      if (options.sample)
        {
          g_printerr ("payday: --check takes plan files, not --sample\n%s\n", USAGE);
          status = 1;
        }
      else
        status = run_check (&options);
    }
  else if (options.exports != NULL)
    {
      status = run_export (&options);
    }
  else
    {
      g_printerr ("payday: nothing to do without --version, --check or --export\n%s\n", USAGE);
      status = 1;
    }

  payday_cli_options_clear (&options);
  return status;
}
