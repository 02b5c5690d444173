/* payday-cli.c — the command line: its options, and the headless --version, --check, --export
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n.h>
#include <string.h>

#include "payday-cli-private.h"
#include "payday-document.h"
#include "payday-error.h"
#include "payday-export.h"
#include "payday-ledger.h"
#include "payday-plan.h"
#include "payday-rates-service.h"
#include "payday-rules.h"
#include "payday-schedule.h"

#define USAGE \
  "usage: payday --version | --check PLAN… | --export=OUT… [--today=YYYY-MM-DD] (PLAN | --sample)" \
  " | --import=FILE.csv… --output=OUT.payday [PLAN]"

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
 * Tells whether the command line asks for a headless run (no window): --version, --check,
 * --export, --import or --output, in the `--opt=VALUE` or `--opt VALUE` form. Arguments
 * after `--` are files.
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
          is_option (argv[i], "--export") ||
          is_option (argv[i], "--import") ||
          is_option (argv[i], "--output"))
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
  g_clear_pointer (&options->imports, g_strfreev);
  g_clear_pointer (&options->output, g_free);
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

static gboolean
convert_today (const char        *option,
               const char        *text,
               PaydayCliOptions  *options,
               GError           **error)
{
  if (!payday_date_parse (text, &options->today))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   "%s: expected a date YYYY-MM-DD, got “%s”", option, text);
      return FALSE;
    }

  return TRUE;
}

static gboolean
convert_runs (const char        *option,
              const char        *text,
              PaydayCliOptions  *options,
              GError           **error)
{
  gint64 v;

  /* The bound of the plan's simulation.runs (docs/plan-format.md). */
  if (!parse_int (option, text, 1, 1000000, &v, error))
    return FALSE;

  options->runs = (int) v;
  return TRUE;
}

static gboolean
convert_seed (const char        *option,
              const char        *text,
              PaydayCliOptions  *options,
              GError           **error)
{
  if (!parse_int (option, text, G_MININT64, G_MAXINT64, &options->seed, error))
    return FALSE;

  options->seed_set = TRUE;
  return TRUE;
}

static gboolean
convert_currency (const char        *option,
                  const char        *text,
                  PaydayCliOptions  *options,
                  GError           **error)
{
  if (strlen (text) != 3 || !g_ascii_isalpha (text[0]) || !g_ascii_isalpha (text[1]) ||
      !g_ascii_isalpha (text[2]))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   "%s: expected a three-letter ISO 4217 code such as INR, got “%s”",
                   option, text);
      return FALSE;
    }

  g_free (options->currency);
  options->currency = g_ascii_strup (text, -1);
  return TRUE;
}

/* Turns the text of a string option into its fields of PaydayCliOptions; the message of
 * @error starts with @option (“--runs: …”). */
typedef gboolean (*CliConvert) (const char        *option,
                                const char        *text,
                                PaydayCliOptions  *options,
                                GError           **error);

/* Every option of `payday`, the one place that knows them: the application registers them
 * (so `payday --help` lists them), payday_cli_parse() parses them for the headless binary,
 * and both turn the parsed values into PaydayCliOptions through options_from_dict().
 *
 * Adding an option is one row here plus its field in PaydayCliOptions: G_OPTION_ARG_NONE
 * fills a gboolean, G_OPTION_ARG_FILENAME a char *, G_OPTION_ARG_FILENAME_ARRAY a char **
 * (repeatable), G_OPTION_ARG_STRING goes through a CliConvert. A new headless command also
 * names itself in payday_cli_is_headless() and run_options(), as the import of
 * docs/import.md does with `--import=FILE` (repeatable) and `--output=OUT`. */
static const struct
{
  GOptionEntry entry;   /* arg_data stays NULL: the value is packed into a GVariantDict */
  gsize        field;   /* the offset of the value in PaydayCliOptions; 0 with @convert */
  CliConvert   convert; /* for G_OPTION_ARG_STRING: checks the text and fills the fields */
} cli_options[] = {
  { { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("Print the version and exit"), NULL },
    G_STRUCT_OFFSET (PaydayCliOptions, version), NULL },
  { { "check", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Load and validate PLAN, print every problem"), "PLAN" },
    G_STRUCT_OFFSET (PaydayCliOptions, check), NULL },
  { { "export", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL,
      N_("Write OUT; the format comes from its extension (.csv, .ledger.csv, .ics, .json, "
         ".sim.json, .pdf, .svg, .png, .withdrawals.csv, .actuals.csv, .reconcile.csv)"), "OUT" },
    G_STRUCT_OFFSET (PaydayCliOptions, exports), NULL },
  { { "sample", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("Export the built-in sample plan"), NULL },
    G_STRUCT_OFFSET (PaydayCliOptions, sample), NULL },
  { { "today", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("Judge the plan at this date instead of its own today"), "YYYY-MM-DD" },
    0, convert_today },
  { { "runs", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("Monte Carlo runs for simulation exports"), "N" },
    0, convert_runs },
  { { "seed", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("Monte Carlo seed for simulation exports"), "S" },
    0, convert_seed },
  { { "currency", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("Add local-currency figures (ISO 4217 code)"), "XXX" },
    0, convert_currency },
  { { "offline", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("Use cached exchange rates only"), NULL },
    G_STRUCT_OFFSET (PaydayCliOptions, offline), NULL },
  { { "refresh-rates", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("Fetch exchange rates now"), NULL },
    G_STRUCT_OFFSET (PaydayCliOptions, refresh_rates), NULL },
  { { "import", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL,
      N_("Merge an Upwork CSV export into PLAN (or a new plan); repeatable"), "FILE.csv" },
    G_STRUCT_OFFSET (PaydayCliOptions, imports), NULL },
  { { "output", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Where --import writes the plan"), "OUT.payday" },
    G_STRUCT_OFFSET (PaydayCliOptions, output), NULL },
  { { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL,
      NULL, "[PLAN…]" },
    G_STRUCT_OFFSET (PaydayCliOptions, files), NULL },
};

/* The GVariant type GApplication packs each kind of option value in. */
static const char *
value_type (GOptionArg arg)
{
  switch (arg)
    {
    case G_OPTION_ARG_NONE:           return "b";
    case G_OPTION_ARG_STRING:         return "s";
    case G_OPTION_ARG_FILENAME:       return "^ay";
    case G_OPTION_ARG_FILENAME_ARRAY: return "^aay";
    case G_OPTION_ARG_INT:
    case G_OPTION_ARG_CALLBACK:
    case G_OPTION_ARG_STRING_ARRAY:
    case G_OPTION_ARG_DOUBLE:
    case G_OPTION_ARG_INT64:
    default:
      g_assert_not_reached ();
    }
}

/**
 * payday_cli_add_options:
 * @application: the application whose command line this is
 *
 * Registers every option of `payday` on @application, so `payday --help` lists them and
 * its #GApplication::handle-local-options handler gets them for payday_cli_handle_options().
 */
void
payday_cli_add_options (GApplication *application)
{
  GOptionEntry entries[G_N_ELEMENTS (cli_options) + 1] = { { NULL } };

  g_return_if_fail (G_IS_APPLICATION (application));

  for (guint i = 0; i < G_N_ELEMENTS (cli_options); i++)
    entries[i] = cli_options[i].entry;

  g_application_add_main_option_entries (application, entries);
}

/* Fills @options from the values GApplication (or parse_to_dict()) packed into @dict. */
static gboolean
options_from_dict (GVariantDict      *dict,
                   PaydayCliOptions  *options,
                   GError           **error)
{
  memset (options, 0, sizeof *options);
  options->today = PAYDAY_DATE_NONE;
  options->runs = PAYDAY_NONE;

  for (guint i = 0; i < G_N_ELEMENTS (cli_options); i++)
    {
      const GOptionEntry *entry = &cli_options[i].entry;
      gpointer field = (char *) options + cli_options[i].field;
      g_autofree char *option = g_strconcat ("--", entry->long_name, NULL);
      const char *text;

      if (!g_variant_dict_contains (dict, entry->long_name))
        continue;

      switch ((int) entry->arg)
        {
        case G_OPTION_ARG_NONE:
          g_variant_dict_lookup (dict, entry->long_name, "b", field);
          break;

        case G_OPTION_ARG_FILENAME:
          g_variant_dict_lookup (dict, entry->long_name, "^ay", field);
          break;

        case G_OPTION_ARG_FILENAME_ARRAY:
          g_variant_dict_lookup (dict, entry->long_name, "^aay", field);
          break;

        case G_OPTION_ARG_STRING:
          g_variant_dict_lookup (dict, entry->long_name, "&s", &text);
          if (!cli_options[i].convert (option, text, options, error))
            return FALSE;
          break;

        default:
          g_assert_not_reached ();
        }
    }

  if (options->offline && options->refresh_rates)
    {
      g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                           "--offline and --refresh-rates contradict each other");
      return FALSE;
    }

  return TRUE;
}

/* What GApplication does with its main options, for the headless binary that has no
 * application: parses @argv (left whole) by the table and packs the values into a dict. */
static GVariantDict *
parse_to_dict (int      argc,
               char   **argv,
               GError **error)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GVariantDict) dict = g_variant_dict_new (NULL);
  GOptionEntry entries[G_N_ELEMENTS (cli_options) + 1] = { { NULL } };
  /* One slot per option, big enough for any of the kinds above. */
  gpointer values[G_N_ELEMENTS (cli_options)] = { NULL };
  gboolean flags[G_N_ELEMENTS (cli_options)] = { FALSE };
  g_auto(GStrv) args = NULL;
  gboolean ok;

  for (guint i = 0; i < G_N_ELEMENTS (cli_options); i++)
    {
      entries[i] = cli_options[i].entry;
      entries[i].arg_data = entries[i].arg == G_OPTION_ARG_NONE ? (gpointer) &flags[i]
                                                                : (gpointer) &values[i];
    }

  context = g_option_context_new (NULL);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  /* GOption shortens argv in place; work on a copy so the caller's stays whole. */
  args = g_new0 (char *, argc + 1);
  for (int i = 0; i < argc && argv[i] != NULL; i++)
    args[i] = g_strdup (argv[i]);

  ok = g_option_context_parse_strv (context, &args, error);

  for (guint i = 0; i < G_N_ELEMENTS (cli_options); i++)
    {
      const GOptionEntry *entry = &cli_options[i].entry;

      if (entry->arg == G_OPTION_ARG_NONE)
        {
          if (flags[i])
            g_variant_dict_insert (dict, entry->long_name, "b", TRUE);
        }
      else if (values[i] != NULL)
        {
          if (ok)
            g_variant_dict_insert (dict, entry->long_name, value_type (entry->arg), values[i]);
          if (entry->arg == G_OPTION_ARG_FILENAME_ARRAY)
            g_strfreev (values[i]);
          else
            g_free (values[i]);
        }
    }

  return ok ? g_steal_pointer (&dict) : NULL;
}

/**
 * payday_cli_parse:
 * @argc: the argument count
 * @argv: the arguments, program name first; left unchanged
 * @options: (out caller-allocates): the options; clear with payday_cli_options_clear()
 * @error: a usage problem, in one line
 *
 * Parses and checks the options as the application does; does not load anything.
 */
gboolean
payday_cli_parse (int                argc,
                  char             **argv,
                  PaydayCliOptions  *options,
                  GError           **error)
{
  g_autoptr(GVariantDict) dict = NULL;

  g_return_val_if_fail (options != NULL, FALSE);

  memset (options, 0, sizeof *options);
  if ((dict = parse_to_dict (argc, argv, error)) == NULL)
    return FALSE;

  return options_from_dict (dict, options, error);
}

/* Prints one `LABEL: line` per line of @message: the loader lists one problem a line. */
void
payday_cli_print_problems (const char *label,
                const char *message)
{
  g_auto(GStrv) lines = g_strsplit (message, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    if (lines[i][0] != 0)
      g_printerr ("%s: %s\n", label, lines[i]);
}

void
payday_cli_print_load_error (const char   *label,
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

  payday_cli_print_problems (label, error->message);
}

/* Opens a plan in a document, as the window does, so both accept and refuse the same
 * plans; @today (PAYDAY_DATE_NONE = the plan's own) judges it. Prints every problem under
 * the plan's label. */
static PaydayDocument *
open_plan (const char *path,
           gboolean    sample,
           PaydayDate  today)
{
  g_autoptr(PaydayDocument) document = payday_document_new ();
  g_autoptr(GError) error = NULL;
  gboolean ok;

  payday_document_set_today (document, today);

  if (sample)
    {
      ok = payday_document_load_sample (document, today, &error);
    }
  else
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);

      /* The command line exits when done: its plans' JSON trees go with the process. */
      payday_plan_keep_trees_until_exit ();
      ok = payday_document_load_file (document, file, NULL, &error);
    }

  if (!ok)
    {
      payday_cli_print_load_error (sample ? SAMPLE_LABEL : path, error);
      return NULL;
    }

  return g_steal_pointer (&document);
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
 * "reported by --check as a warning"), and past withdrawals larger than the money then
 * available (docs/withdrawals.md). One line each, `PLAN: warning: …`, on standard error.
 * A plan that overdraws its Connects for months holds thousands of them, which nobody reads:
 * of each kind the first WARNINGS_IN_FULL are printed in full, then one line counts the rest
 * and names the dates of the first and last of them. */
static void
print_warnings (const char          *label,
                const PaydayLedger  *ledger,
                const PaydayPayouts *payouts)
{
  static const char * const what[] = {
    [PAYDAY_LEDGER_WARNING_PROPOSAL] = "proposals spent",
    [PAYDAY_LEDGER_WARNING_ADJUST] = "Connects adjustments took",
  };
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

  /* A withdrawal row is one of the user's own few entries: each is named. */
  for (guint i = 0; payouts != NULL && i < payouts->warnings->len; i++)
    g_printerr ("%s: warning: withdrawals.history[%d]: %s\n", label,
                g_array_index (payouts->warning_rows, int, i),
                (const char *) g_ptr_array_index (payouts->warnings, i));
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

      g_autoptr(PaydayDocument) document = open_plan (path, FALSE, options->today);

      if (document != NULL)
        {
          print_warnings (path, payday_document_get_ledger (document),
                          payday_document_get_payouts (document));
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

/* The manual rate of the preferences beats the providers (docs/command-line.md, Rates);
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
  g_autoptr(PaydayDocument) document = NULL;
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

  /* The document judges the plan at that date everywhere, exports of later features included. */
  if (!(document = open_plan (path, options->sample, today)))
    return 1;

  /* After the plan: a bad plan is reported without waiting for the network. */
  if (options->currency != NULL && !lookup_rate (options, &rate))
    return 1;

  payday_export_job_init (&job);
  job.plan = payday_document_get_plan (document);
  job.rules = payday_document_get_rules (document);
  job.schedule = payday_document_get_schedule (document);
  job.today = payday_document_get_today (document);
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
          payday_cli_print_problems (options->exports[i], error->message);
          status = 1;
        }
    }

  return status;
}

/* Runs the command @options ask for; prints the usage line under a misused command line. */
static int
run_options (const PaydayCliOptions *options)
{
  if (options->version)
    {
      g_print ("payday %s\n", PACKAGE_VERSION);
      return 0;
    }

  if (options->imports != NULL)
    return payday_cli_run_import (options);

  if (options->output != NULL)
    {
      g_printerr ("payday: --output goes with --import\n%s\n", USAGE);
      return 1;
    }

  if (options->check != NULL && options->exports != NULL)
    {
      g_printerr ("payday: --check and --export cannot be combined\n%s\n", USAGE);
      return 1;
    }

  if (options->check != NULL)
    {
      if (options->sample)
        {
          g_printerr ("payday: --check takes plan files, not --sample\n%s\n", USAGE);
          return 1;
        }
      return run_check (options);
    }

  if (options->exports != NULL)
    return run_export (options);

  g_printerr ("payday: nothing to do without --version, --check, --export or --import\n%s\n",
              USAGE);
  return 1;
}

/* Whether @dict holds any option besides the plan files: then the command line is not a
 * window's, and a headless run does it or says what is wrong with it. */
static gboolean
has_options (GVariantDict *dict)
{
  for (guint i = 0; i < G_N_ELEMENTS (cli_options); i++)
    if (strcmp (cli_options[i].entry.long_name, G_OPTION_REMAINING) != 0 &&
        g_variant_dict_contains (dict, cli_options[i].entry.long_name))
      return TRUE;

  return FALSE;
}

/**
 * payday_cli_handle_options:
 * @dict: the options GApplication parsed by the entries of payday_cli_add_options()
 * @files: (out) (transfer full) (optional): the plans to open in windows, or %NULL
 *
 * The application's #GApplication::handle-local-options: runs a headless command
 * (docs/command-line.md) without a display, or tells the application to open its
 * windows. Problems go to standard error as payday_cli_run() prints them.
 *
 * Returns: the exit status of a headless run (0 or 1), or -1 when the window opens:
 *   then @files holds the plans given, if any
 */
int
payday_cli_handle_options (GVariantDict   *dict,
                           char         ***files)
{
  PaydayCliOptions options;
  g_autoptr(GError) error = NULL;
  int status = -1;

  g_return_val_if_fail (dict != NULL, 1);

  if (files != NULL)
    *files = NULL;

  if (!options_from_dict (dict, &options, &error))
    {
      g_printerr ("payday: %s\n%s\n", error->message, USAGE);
      status = 1;
    }
  else if (has_options (dict))
    status = run_options (&options);
  else if (files != NULL)
    *files = g_steal_pointer (&options.files);

  payday_cli_options_clear (&options);
  return status;
}

/**
 * payday_cli_run:
 * @argc: the argument count
 * @argv: the arguments, program name first
 *
 * Runs a headless command (docs/command-line.md). Problems go to standard error, one line
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

  status = run_options (&options);
  payday_cli_options_clear (&options);
  return status;
}
