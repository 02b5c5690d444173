/* test-cli.c — the headless command line, driven through a real process
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <libsoup/soup.h>
#include <string.h>

#include "payday-cli.h"
#include "payday-document.h"
#include "payday-export-csv.h"
#include "payday-rates.h"
#include "payday-rules.h"
#include "payday-withdrawals.h"

#include "core-test-util.h"
#include "soup-server-asan.h"

/* A small plan whose schedule is worked out by hand below (docs/schedule.md, rules
 * pinned to edition 2023-05-03: flat 10 %, hourly review 5 + security 5 days, fixed review
 * 14 + security 5, bonus security 5). The fixed contract's id holds a comma, so the CSV
 * must quote it. */
static const char known_plan[] =
  "{\n"
  "  \"format\": \"payday-plan\", \"version\": 1, \"name\": \"known\",\n"
  "  \"today\": \"2026-02-10\", \"rules\": \"upwork\", \"rules_edition\": \"2023-05-03\",\n"
  "  \"region\": \"non-us\",\n"
  "  \"clients\": [\n"
  "    { \"id\": \"cl1\", \"name\": \"One\", \"payment_verified\": true, \"billed_before_cents\": 0 },\n"
  "    { \"id\": \"cl2\", \"name\": \"Two\", \"payment_verified\": true, \"billed_before_cents\": 0 }\n"
  "  ],\n"
  "  \"contracts\": [\n"
  "    { \"id\": \"c1\", \"title\": \"Hourly\", \"client\": \"cl1\", \"type\": \"hourly\",\n"
  "      \"start\": \"2026-01-05\", \"end\": null, \"fee_percent\": null,\n"
  "      \"rate_cents\": 2500, \"weekly_limit_hours\": null, \"planned_hours_per_week\": null,\n"
  "      \"bonuses\": [ { \"id\": \"b1\", \"date\": \"2026-02-05\", \"amount_cents\": 10000 } ],\n"
  "      \"weeks\": [\n"
  "        { \"week_start\": \"2026-01-05\", \"hours\": 12.5, \"manual_hours\": 0,\n"
  "          \"disputed_hours\": 0, \"dispute_outcome\": \"paid\" },\n"
  "        { \"week_start\": \"2026-02-02\", \"hours\": 8, \"manual_hours\": 0,\n"
  "          \"disputed_hours\": 0, \"dispute_outcome\": \"paid\" }\n"
  "      ] },\n"
  "    { \"id\": \"c2,fixed\", \"title\": \"Fixed\", \"client\": \"cl2\", \"type\": \"fixed\",\n"
  "      \"start\": \"2026-01-08\", \"end\": null, \"fee_percent\": null, \"bonuses\": [],\n"
  "      \"milestones\": [\n"
  "        { \"id\": \"m1\", \"title\": \"Design\", \"amount_cents\": 50000,\n"
  "          \"funded\": \"2026-01-20\", \"due\": null, \"submitted\": \"2026-02-02\",\n"
  "          \"approved\": null, \"paid_cents\": null, \"status\": \"active\" },\n"
  "        { \"id\": \"m2\", \"title\": \"Spec\", \"amount_cents\": 30000,\n"
  "          \"funded\": null, \"due\": null, \"submitted\": \"2026-01-10\",\n"
  "          \"approved\": \"2026-01-12\", \"paid_cents\": null, \"status\": \"active\" }\n"
  "      ] }\n"
  "  ],\n"
  "  \"withdrawals\": { \"method\": \"wire\", \"schedule\": \"manual\", \"reserve_cents\": 0,\n"
  "    \"history\": [ { \"date\": \"2026-02-01\", \"amount_cents\": 20000 } ] }\n"
  "}\n";

/* Hand-computed rows, in available_on, contract_id, item_id order:
 * - m2: $300 approved 2026-01-12 (never funded: charge date empty, fee from the edition of
 *   its release) → available 01-17, fee 3000.
 * - week 2026-01-05: 12.5 h = 750 min × $25 = 31250, fee 3125, charged 01-12, released 01-16,
 *   available 01-21.
 * - b1: $100 on 02-05 → available 02-10 (= today: available), fee 1000.
 * - week 2026-02-02: 8 h = 480 min = 20000, charged 02-09, released 02-13 → in review.
 * - m1: $500 submitted 02-02, auto-released 02-16, available 02-21 → in review. */
static const char known_csv[] =
  "contract_id,item_id,kind,client_id,period_start,period_end,minutes,gross_cents,fee_cents,"
  "net_cents,charged_on,released_on,available_on,status\r\n"
  "\"c2,fixed\",m2,milestone,cl2,,2026-01-10,,30000,3000,27000,,2026-01-12,2026-01-17,available\r\n"
  "c1,2026-01-05,hourly_week,cl1,2026-01-05,2026-01-11,750,31250,3125,28125,2026-01-12,2026-01-16,2026-01-21,available\r\n"
  "c1,b1,bonus,cl1,2026-02-05,2026-02-05,,10000,1000,9000,2026-02-05,2026-02-05,2026-02-10,available\r\n"
  "c1,2026-02-02,hourly_week,cl1,2026-02-02,2026-02-08,480,20000,2000,18000,2026-02-09,2026-02-13,2026-02-18,in_review\r\n"
  "\"c2,fixed\",m1,milestone,cl2,2026-01-20,2026-02-02,,50000,5000,45000,2026-01-20,2026-02-16,2026-02-21,in_review\r\n";

/* Three problems: a dangling client, a week that does not start on a Monday, negative hours. */
static const char bad_plan[] =
  "{\n"
  "  \"format\": \"payday-plan\", \"version\": 1, \"today\": \"2026-02-10\",\n"
  "  \"clients\": [ { \"id\": \"cl1\", \"name\": \"One\" } ],\n"
  "  \"contracts\": [\n"
  "    { \"id\": \"c1\", \"title\": \"Hourly\", \"client\": \"nobody\", \"type\": \"hourly\",\n"
  "      \"start\": \"2026-01-05\", \"rate_cents\": 2500,\n"
  "      \"weeks\": [ { \"week_start\": \"2026-01-06\", \"hours\": 3 },\n"
  "                 { \"week_start\": \"2026-01-12\", \"hours\": -4 } ] }\n"
  "  ]\n"
  "}\n";

typedef struct
{
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("payday-cli-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  payday_test_remove_tree (f->dir);
  g_free (f->dir);
}

static char *
write_file (Fixture    *f,
            const char *name,
            const char *contents)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (f->dir, name, NULL);

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
  return path;
}

static char *
read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

/* Runs payday-headless with the NULL-terminated arguments; returns its exit status. */
static int
run_payday (char       **out,
            char       **err,
            const char  *first,
            ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *stdout_buf = NULL;
  g_autofree char *stderr_buf = NULL;
  va_list args;

  g_ptr_array_add (argv, g_test_build_filename (G_TEST_BUILT, "payday-headless", NULL));
  va_start (args, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, g_strdup (arg));
  va_end (args);
  g_ptr_array_add (argv, NULL);

  process = g_subprocess_newv ((const char * const *) argv->pdata,
                               G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE,
                               &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &stdout_buf, &stderr_buf, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (process));

  if (g_test_verbose ())
    g_test_message ("stdout: %s\nstderr: %s", stdout_buf, stderr_buf);

  if (out != NULL)
    *out = g_steal_pointer (&stdout_buf);
  if (err != NULL)
    *err = g_steal_pointer (&stderr_buf);

  return g_subprocess_get_exit_status (process);
}

static void
assert_lines_start_with (const char *text,
                         const char *prefix,
                         guint       min_lines)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  guint n = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (lines[i][0] == 0)
        continue;
      if (!g_str_has_prefix (lines[i], prefix))
        g_error ("line “%s” does not start with “%s”", lines[i], prefix);
      n++;
    }
  g_assert_cmpuint (n, >=, min_lines);
}

/* argv as main() gets it: -Wwrite-strings makes literals const, so copy them. */
static char **
make_argv (int        *argc,
           const char *first,
           ...)
{
  GPtrArray *args = g_ptr_array_new ();
  va_list ap;

  g_ptr_array_add (args, g_strdup ("payday"));
  va_start (ap, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (args, g_strdup (arg));
  va_end (ap);
  *argc = (int) args->len;
  g_ptr_array_add (args, NULL);

  return (char **) g_ptr_array_free (args, FALSE);
}

static gboolean
headless (const char *first,
          ...)
{
  GPtrArray *args = g_ptr_array_new_with_free_func (g_free);
  gboolean result;
  va_list ap;

  g_ptr_array_add (args, g_strdup ("payday"));
  va_start (ap, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (args, g_strdup (arg));
  va_end (ap);

  result = payday_cli_is_headless ((int) args->len, (char **) args->pdata);
  g_ptr_array_unref (args);

  return result;
}

static void
test_headless_detection (void)
{
  g_assert_true (headless ("--version", NULL));
  g_assert_true (headless ("--export=a.csv", "p.payday", NULL));
  g_assert_true (headless ("--export", "a.csv", "--sample", NULL));
  g_assert_true (headless ("--today=2026-01-01", "--check", "p.payday", NULL));
  g_assert_true (headless ("--check=p.payday", NULL));
  g_assert_true (headless ("--import=a.csv", "--output=o.payday", NULL));
  g_assert_true (headless ("--output", "o.payday", "p.payday", NULL));
  g_assert_false (headless ("p.payday", "q.payday", NULL));
  g_assert_false (headless (NULL, NULL));
  g_assert_false (headless ("--", "--export=a.csv", NULL));
  g_assert_false (headless ("--exporter", "--checkout", "--versions", NULL));
}

static void
test_parse_options (void)
{
  PaydayCliOptions options;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) good = NULL;
  const char *bad[][4] = {
    { "--export=a.csv", "--today=2026-02-30", "p", "--today" },
    { "--export=a.csv", "--runs=0", "p", "--runs" },
    { "--export=a.csv", "--runs=many", "p", "--runs" },
    { "--export=a.csv", "--seed=1.5", "p", "--seed" },
    { "--export=a.csv", "--currency=RUPEE", "p", "--currency" },
    { "--offline", "--refresh-rates", "p", "--offline" },
  };
  int argc;

  good = make_argv (&argc, "--export=a.sim.json", "--runs=500", "--seed", "-7",
                    "--today=2026-03-02", "--currency=inr", "--offline", "p.payday", NULL);
  g_assert_true (payday_cli_parse (argc, good, &options, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (options.exports[0], ==, "a.sim.json");
  g_assert_null (options.exports[1]);
  g_assert_cmpint (options.runs, ==, 500);
  g_assert_true (options.seed_set);
  g_assert_cmpint (options.seed, ==, -7);
  g_assert_cmpint (options.today, ==, payday_date_from_ymd (2026, 3, 2));
  g_assert_cmpstr (options.currency, ==, "INR");
  g_assert_true (options.offline);
  g_assert_false (options.refresh_rates);
  g_assert_cmpstr (options.files[0], ==, "p.payday");
  g_assert_null (options.files[1]);
  /* The caller's argv is left whole. */
  g_assert_cmpint (g_strv_length (good), ==, 9);
  g_assert_cmpstr (good[1], ==, "--export=a.sim.json");
  payday_cli_options_clear (&options);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_auto(GStrv) args = make_argv (&argc, bad[i][0], bad[i][1], bad[i][2], NULL);

      g_assert_false (payday_cli_parse (argc, args, &options, &error));
      g_assert_nonnull (error);
      g_assert_true (g_str_has_prefix (error->message, bad[i][3]));
      g_clear_error (&error);
      payday_cli_options_clear (&options);
    }
}

static void
test_version (void)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (run_payday (&out, &err, "--version", NULL), ==, 0);
  g_assert_cmpstr (out, ==, "payday " PACKAGE_VERSION "\n");
  g_assert_cmpstr (err, ==, "");
}

static void
test_usage_errors (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *plan = write_file (f, "known.payday", known_plan);
  g_autofree char *out_path = g_build_filename (f->dir, "out.csv", NULL);
  g_autofree char *export_arg = g_strconcat ("--export=", out_path, NULL);
  const char *cases[][4] = {
    { export_arg, NULL },                          /* no plan */
    { export_arg, "--sample", plan, NULL },        /* two plans */
    { "--today=yesterday", export_arg, plan, NULL },
    { "--no-such-option", NULL },
    { plan, NULL },                                /* nothing headless to do */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;

      g_assert_cmpint (run_payday (&out, &err, cases[i][0], cases[i][1], cases[i][2],
                                   cases[i][3], NULL), ==, 1);
      g_assert_cmpstr (out, ==, "");
      assert_lines_start_with (err, "", 2);
      g_assert_true (g_str_has_prefix (err, "payday: "));
      g_assert_nonnull (strstr (err, "\nusage: payday "));
      g_assert_false (g_file_test (out_path, G_FILE_TEST_EXISTS));
    }
}

static void
test_check_good (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *plan = write_file (f, "known.payday", known_plan);
  g_autofree char *expected = g_strdup_printf ("%s: OK\n", plan);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (run_payday (&out, &err, "--check", plan, NULL), ==, 0);
  g_assert_cmpstr (out, ==, expected);
  g_assert_cmpstr (err, ==, "");
}

static void
test_check_bad (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *good = write_file (f, "known.payday", known_plan);
  g_autofree char *bad = write_file (f, "bad.payday", bad_plan);
  g_autofree char *prefix = g_strdup_printf ("%s: ", bad);
  g_autofree char *ok_line = g_strdup_printf ("%s: OK\n", good);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  /* Every problem on its own line, each naming the file and the JSON path. */
  g_assert_cmpint (run_payday (&out, &err, "--check", bad, good, NULL), ==, 1);
  assert_lines_start_with (err, prefix, 3);
  g_assert_nonnull (strstr (err, "contracts[0].client"));
  g_assert_nonnull (strstr (err, "contracts[0].weeks[0].week_start"));
  g_assert_nonnull (strstr (err, "contracts[0].weeks[1].hours"));
  /* The good plan after it is still checked. */
  g_assert_cmpstr (out, ==, ok_line);
}

/* The rule set and a pinned edition must exist: both are problems of the plan. */
static void
test_check_rules (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *no_set = g_strdup (known_plan);
  g_autofree char *no_edition = g_strdup (known_plan);
  g_autofree char *path1 = NULL;
  g_autofree char *path2 = NULL;
  g_autofree char *err1 = NULL;
  g_autofree char *err2 = NULL;
  g_autofree char *expected1 = NULL;
  g_autofree char *expected2 = NULL;
  char *at;

  at = strstr (no_set, "\"upwork\"");
  memcpy (at, "\"nowork\"", 8);
  at = strstr (no_edition, "\"2023-05-03\"");
  memcpy (at, "\"2023-05-04\"", 12);
  path1 = write_file (f, "no-set.payday", no_set);
  path2 = write_file (f, "no-edition.payday", no_edition);

  expected1 = g_strdup_printf ("%s: rules: ", path1);
  g_assert_cmpint (run_payday (NULL, &err1, "--check", path1, NULL), ==, 1);
  assert_lines_start_with (err1, expected1, 1);
  g_assert_nonnull (strstr (err1, "nowork"));

  expected2 = g_strdup_printf ("%s: rules_edition: the rule set “upwork” has no edition that "
                               "takes effect on 2023-05-04\n", path2);
  g_assert_cmpint (run_payday (NULL, &err2, "--check", path2, NULL), ==, 1);
  g_assert_cmpstr (err2, ==, expected2);
}

static void
load_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      data)
{
  GError **error = data;

  payday_document_load_finish (PAYDAY_DOCUMENT (object), result, error);
  g_main_context_wakeup (NULL);
}

/* What the window makes of @path: a document that loads it in a thread, as the window's
 * Open does. Returns the refusal, or NULL when the plan was opened. */
static GError *
window_refusal (const char *path)
{
  g_autoptr(PaydayDocument) document = payday_document_new ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GError *error = NULL;

  payday_document_load_async (document, file, NULL, load_cb, &error);
  while (payday_document_get_busy (document))
    g_main_context_iteration (NULL, TRUE);

  if (error == NULL)
    g_assert_nonnull (payday_document_get_schedule (document));
  return error;
}

/* The command line and the window open plans through one document: a plan one refuses,
 * the other refuses with the same words, and a plan one accepts the other accepts. */
static void
test_window_agrees (Fixture       *f,
                    gconstpointer  data)
{
  struct {
    const char *name;
    const char *from;
    const char *to;
  } cases[] = {
    { "good.payday", NULL, NULL },
    { "no-set.payday", "\"upwork\"", "\"nowork\"" },
    { "no-edition.payday", "\"2023-05-03\"", "\"2023-05-04\"" },
    { "bad-hours.payday", "\"hours\": 12.5", "\"hours\": -2.5" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *contents = g_strdup (known_plan);
      g_autofree char *path = NULL;
      g_autofree char *err = NULL;
      g_autoptr(GError) refusal = NULL;
      int status;

      if (cases[i].from != NULL)
        {
          char *at = strstr (contents, cases[i].from);

          g_assert_nonnull (at);
          g_assert_cmpuint (strlen (cases[i].from), ==, strlen (cases[i].to));
          memcpy (at, cases[i].to, strlen (cases[i].to));
        }
      path = write_file (f, cases[i].name, contents);

      status = run_payday (NULL, &err, "--check", path, NULL);
      refusal = window_refusal (path);

      if (cases[i].from == NULL)
        {
          g_assert_cmpint (status, ==, 0);
          g_assert_no_error (refusal);
        }
      else
        {
          g_auto(GStrv) lines = NULL;
          g_autoptr(GString) expected = g_string_new (NULL);

          g_assert_cmpint (status, ==, 1);
          g_assert_nonnull (refusal);
          lines = g_strsplit (refusal->message, "\n", -1);
          for (guint j = 0; lines[j] != NULL; j++)
            if (lines[j][0] != '\0')
              g_string_append_printf (expected, "%s: %s\n", path, lines[j]);
          g_assert_cmpstr (err, ==, expected->str);
        }
    }
}

/* 20 Connects on 2026-01-01 (Basic, pinned to edition 2023-05-03 where a Connect costs
 * $0.15). p1 (hired) spends 16 → 4 left, p2 wants 8 on 01-10 with 4: a warning, not an
 * error. Without a joined date the Basic refill (10 a month in that edition) comes on the
 * opening date's day: +10 on 02-01. Hand-computed at today 2026-02-10: balance 20 − 16 − 8
 * + 10 = 6, spent 24, one hire in 12 months, cost per hire 24 × 15 = 360 cents. */
static const char connects_plan[] =
  "{\n"
  "  \"format\": \"payday-plan\", \"version\": 1, \"today\": \"2026-02-10\",\n"
  "  \"rules\": \"upwork\", \"rules_edition\": \"2023-05-03\",\n"
  "  \"proposals\": [\n"
  "    { \"id\": \"p1\", \"date\": \"2026-01-05\", \"status_date\": \"2026-01-08\", \"title\": \"A\",\n"
  "      \"client\": null, \"connects\": 16, \"boost\": 0, \"boost_charged\": false,\n"
  "      \"invited\": false, \"status\": \"hired\", \"contract\": null },\n"
  "    { \"id\": \"p2\", \"date\": \"2026-01-10\", \"status_date\": null, \"title\": \"B\",\n"
  "      \"client\": null, \"connects\": 8, \"boost\": 0, \"boost_charged\": false,\n"
  "      \"invited\": false, \"status\": \"sent\", \"contract\": null }\n"
  "  ],\n"
  "  \"connects\": { \"opening_balance\": 20, \"opening_date\": \"2026-01-01\",\n"
  "    \"membership\": [], \"transactions\": [] }\n"
  "}\n";

/* Warnings (a proposal sent without enough Connects) are printed but do not fail the check. */
static void
test_check_warnings (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *plan = write_file (f, "overdrawn.payday", connects_plan);
  g_autofree char *ok_line = g_strdup_printf ("%s: OK\n", plan);
  g_autofree char *prefix = g_strdup_printf ("%s: warning: ", plan);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (run_payday (&out, &err, "--check", plan, NULL), ==, 0);
  g_assert_cmpstr (out, ==, ok_line);
  assert_lines_start_with (err, prefix, 1);
  g_assert_nonnull (strstr (err, "proposals[1] (p2) on 2026-01-10"));
  g_assert_nonnull (strstr (err, "balance of 4"));
}

/* A plan whose Connects run dry for good: @n proposals of 2 Connects each, one a day from
 * 2026-01-01, on an opening balance of 0, so every one of them is a warning. */
static char *
overdrawn_plan (guint n)
{
  GString *str = g_string_new ("{ \"format\": \"payday-plan\", \"version\": 1, "
                               "\"today\": \"2030-01-01\", \"rules\": \"upwork\",\n"
                               "  \"proposals\": [\n");

  for (guint i = 0; i < n; i++)
    {
      char date[PAYDAY_DATE_BUF];

      g_string_append_printf (str, "%s    { \"id\": \"p%u\", \"date\": \"%s\", "
                              "\"status_date\": null, \"title\": \"T\", \"client\": null, "
                              "\"connects\": 2, \"boost\": 0, \"boost_charged\": false, "
                              "\"invited\": false, \"status\": \"sent\", \"contract\": null }",
                              i > 0 ? ",\n" : "", i,
                              payday_date_format (payday_date_from_ymd (2026, 1, 1) + i, date));
    }
  g_string_append (str, "\n  ],\n  \"connects\": { \"opening_balance\": 0, "
                   "\"opening_date\": \"2026-01-01\", \"membership\": [], "
                   "\"transactions\": [] }\n}\n");

  return g_string_free (str, FALSE);
}

/* Thousands of warnings of one kind: the first five in full, then one line counts the rest
 * and dates the first and last of them; the check still passes. Six print in full: a summing
 * line for one would hide it for nothing. */
static void
test_check_warnings_grouped (Fixture       *f,
                             gconstpointer  data)
{
  g_autofree char *many_json = overdrawn_plan (1205);
  g_autofree char *six_json = overdrawn_plan (6);
  g_autofree char *many = write_file (f, "many.payday", many_json);
  g_autofree char *six = write_file (f, "six.payday", six_json);
  g_autofree char *ok_line = g_strdup_printf ("%s: OK\n", many);
  g_autofree char *prefix = g_strdup_printf ("%s: warning: ", many);
  g_autofree char *summary = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *err_six = NULL;
  g_auto(GStrv) lines = NULL;

  g_assert_cmpint (run_payday (&out, &err, "--check", many, NULL), ==, 0);
  g_assert_cmpstr (out, ==, ok_line);
  assert_lines_start_with (err, prefix, 6);
  lines = g_strsplit (err, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 7);  /* six lines, each ended by a newline */
  g_assert_nonnull (strstr (lines[0], "proposals[0] (p0) on 2026-01-01 spent 2 Connects "
                                      "with a balance of 0"));
  g_assert_nonnull (strstr (lines[4], "proposals[4] (p4) on 2026-01-05 spent 2 Connects"));
  /* p5 is on 2026-01-06, p1204 1,204 days after 2026-01-01. */
  summary = g_strdup_printf ("%s… and 1,200 more proposals spent more Connects than the balance "
                             "held (first 2026-01-06, last 2029-04-19)", prefix);
  g_assert_cmpstr (lines[5], ==, summary);

  g_assert_cmpint (run_payday (NULL, &err_six, "--check", six, NULL), ==, 0);
  g_assert_null (strstr (err_six, "more proposals"));
  g_assert_nonnull (strstr (err_six, "proposals[5] (p5) on 2026-01-06"));
}

/* A past withdrawal larger than the money then available: a warning naming the history row,
 * and the check still passes. The known plan had $551.25 available on 2026-02-01. */
static void
test_check_withdrawal_warning (Fixture       *f,
                               gconstpointer  data)
{
  g_autofree char *text = g_strdup (known_plan);
  g_autofree char *plan = NULL;
  g_autofree char *ok_line = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  char *at = strstr (text, "\"amount_cents\": 20000 }");

  g_assert_nonnull (at);
  memcpy (at, "\"amount_cents\": 90000 }", strlen ("\"amount_cents\": 90000 }"));
  plan = write_file (f, "overdrawn-bank.payday", text);
  ok_line = g_strdup_printf ("%s: OK\n", plan);
  expected = g_strdup_printf ("%s: warning: withdrawals.history[0]: The withdrawal of 2026-02-01 "
                              "($900.00) is more than the $551.25 then available: later money "
                              "repays the $348.75 first.\n", plan);

  g_assert_cmpint (run_payday (&out, &err, "--check", plan, NULL), ==, 0);
  g_assert_cmpstr (out, ==, ok_line);
  g_assert_cmpstr (err, ==, expected);
}

static void
test_check_syntax_error (Fixture       *f,
                         gconstpointer  data)
{
  g_autofree char *bad = write_file (f, "broken.payday", "{ \"format\": \"payday-plan\",\n  \"version\": }\n");
  g_autofree char *prefix = g_strdup_printf ("%s: ", bad);
  g_autofree char *err = NULL;

  g_assert_cmpint (run_payday (NULL, &err, "--check", bad, NULL), ==, 1);
  assert_lines_start_with (err, prefix, 1);
}

static void
test_missing_file (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *missing = g_build_filename (f->dir, "missing.payday", NULL);
  g_autofree char *out_path = g_build_filename (f->dir, "out.csv", NULL);
  g_autofree char *export_arg = g_strconcat ("--export=", out_path, NULL);
  g_autofree char *expected = g_strdup_printf ("%s: no such file\n", missing);
  g_autofree char *err = NULL;
  g_autofree char *err2 = NULL;

  g_assert_cmpint (run_payday (NULL, &err, export_arg, missing, NULL), ==, 1);
  g_assert_cmpstr (err, ==, expected);
  g_assert_false (g_file_test (out_path, G_FILE_TEST_EXISTS));

  g_assert_cmpint (run_payday (NULL, &err2, "--check", missing, NULL), ==, 1);
  g_assert_cmpstr (err2, ==, expected);
}

static void
test_export_csv (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *plan = write_file (f, "known.payday", known_plan);
  g_autofree char *out_path = g_build_filename (f->dir, "schedule.csv", NULL);
  g_autofree char *export_arg = g_strconcat ("--export=", out_path, NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *csv = NULL;

  g_assert_cmpint (run_payday (&out, &err, export_arg, plan, NULL), ==, 0);
  g_assert_cmpstr (out, ==, "");
  g_assert_cmpstr (err, ==, "");
  csv = read_file (out_path);
  g_assert_cmpstr (csv, ==, known_csv);
}

static JsonObject *
parse_json_file (const char *path,
                 JsonParser *parser)
{
  g_autoptr(GError) error = NULL;
  JsonNode *root;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  root = json_parser_get_root (parser);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (root));
  return json_node_get_object (root);
}

static void
test_export_json (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *plan = write_file (f, "known.payday", known_plan);
  g_autofree char *out_path = g_build_filename (f->dir, "summary.json", NULL);
  g_autofree char *export_arg = g_strconcat ("--export=", out_path, NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *err = NULL;
  g_autofree char *text = NULL;
  JsonObject *root, *totals, *next, *connects;

  g_assert_cmpint (run_payday (NULL, &err, export_arg, plan, NULL), ==, 0);
  g_assert_cmpstr (err, ==, "");

  text = read_file (out_path);
  g_assert_true (g_str_has_suffix (text, "}\n"));
  root = parse_json_file (out_path, parser);
  g_assert_cmpstr (json_object_get_string_member (root, "today"), ==, "2026-02-10");
  g_assert_cmpstr (json_object_get_string_member (root, "rules_edition"), ==, "2023-05-03");

  totals = json_object_get_object_member (root, "totals");
  g_assert_cmpuint (json_object_get_size (totals), ==, 6);
  g_assert_cmpint (json_object_get_int_member (totals, "in_progress_cents"), ==, 0);
  g_assert_cmpint (json_object_get_int_member (totals, "in_review_cents"), ==, 18000 + 45000);
  g_assert_cmpint (json_object_get_int_member (totals, "pending_cents"), ==, 0);
  g_assert_cmpint (json_object_get_int_member (totals, "available_cents"), ==,
                   27000 + 28125 + 9000);
  g_assert_cmpint (json_object_get_int_member (totals, "withdrawn_cents"), ==, 20000);
  g_assert_cmpint (json_object_get_int_member (totals, "balance_cents"), ==,
                   27000 + 28125 + 9000 - 20000);

  next = json_object_get_object_member (root, "next_payment");
  g_assert_cmpstr (json_object_get_string_member (next, "date"), ==, "2026-02-18");
  g_assert_cmpint (json_object_get_int_member (next, "net_cents"), ==, 18000);

  /* No Connects history: every figure 0, no hire so no cost per hire (null, not 0). */
  connects = json_object_get_object_member (root, "connects");
  g_assert_nonnull (connects);
  g_assert_cmpuint (json_object_get_size (connects), ==, 4);
  g_assert_cmpint (json_object_get_int_member (connects, "balance"), ==, 0);
  g_assert_cmpint (json_object_get_int_member (connects, "expiring_30d"), ==, 0);
  g_assert_cmpint (json_object_get_int_member (connects, "spent_12m"), ==, 0);
  g_assert_true (json_object_get_null_member (connects, "cost_per_hire_cents"));

  /* Every built-in badge, each criterion with its value and threshold. */
  {
    JsonArray *badges = json_object_get_array_member (root, "badges");
    JsonObject *top_rated = NULL;

    g_assert_cmpuint (json_array_get_length (badges), ==, 4);
    for (guint i = 0; i < json_array_get_length (badges); i++)
      {
        JsonObject *b = json_array_get_object_element (badges, i);

        g_assert_true (json_object_has_member (b, "eligible"));
        g_assert_true (json_object_has_member (b, "projected_on"));
        if (g_str_equal (json_object_get_string_member (b, "id"), "top_rated"))
          top_rated = b;
      }
    g_assert_nonnull (top_rated);
    for (guint i = 0; i < json_array_get_length (json_object_get_array_member (top_rated, "criteria")); i++)
      {
        JsonObject *c = json_array_get_object_element (json_object_get_array_member (top_rated, "criteria"), i);

        /* Earnings in the window are the gross of items released in (today − 365, today]. */
        if (g_str_equal (json_object_get_string_member (c, "id"), "earnings_12m"))
          {
            g_assert_cmpint (json_object_get_int_member (c, "threshold"), ==, 100000);
            g_assert_cmpint (json_object_get_boolean_member (c, "met"), ==,
                             json_object_get_int_member (c, "value") >= 100000);
          }
      }
  }

  /* The local block comes only with --currency. */
  g_assert_false (json_object_has_member (root, "local"));
}

static void
test_export_json_connects (Fixture       *f,
                           gconstpointer  data)
{
  g_autofree char *plan = write_file (f, "overdrawn.payday", connects_plan);
  g_autofree char *out_path = g_build_filename (f->dir, "summary.json", NULL);
  g_autofree char *export_arg = g_strconcat ("--export=", out_path, NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *root, *connects;

  g_assert_cmpint (run_payday (NULL, NULL, export_arg, plan, NULL), ==, 0);
  root = parse_json_file (out_path, parser);
  connects = json_object_get_object_member (root, "connects");
  g_assert_cmpint (json_object_get_int_member (connects, "balance"), ==, 6);
  g_assert_cmpint (json_object_get_int_member (connects, "spent_12m"), ==, 24);
  g_assert_cmpint (json_object_get_int_member (connects, "expiring_30d"), ==, 0);
  g_assert_cmpint (json_object_get_int_member (connects, "cost_per_hire_cents"), ==, 24 * 15);
}

/* A Plus member pinned to "More Connects" (2020-12-01): the refills of 2026 are that
 * edition's 80 under its rollover limit of 200, not today's 100 without a limit. */
static const char more_connects_plan[] =
  "{\n"
  "  \"format\": \"payday-plan\", \"version\": 1, \"today\": \"2026-03-10\",\n"
  "  \"rules\": \"upwork\", \"rules_edition\": \"2020-12-01\",\n"
  "  \"profile\": { \"joined\": \"2024-02-15\" },\n"
  "  \"connects\": { \"opening_balance\": 150, \"opening_date\": \"2026-01-01\",\n"
  "    \"membership\": [ { \"plan\": \"plus\", \"from\": \"2025-01-01\", \"to\": null } ],\n"
  "    \"transactions\": [ { \"id\": \"buy\", \"date\": \"2026-02-20\", \"type\": \"purchase\",\n"
  "      \"amount\": 40, \"price_cents\": 600, \"note\": null } ] }\n"
  "}\n";

static void
test_ledger_pinned_more_connects (Fixture       *f,
                                  gconstpointer  data)
{
  g_autofree char *plan = write_file (f, "more-connects.payday", more_connects_plan);
  g_autofree char *unpinned_text = g_strdup (more_connects_plan);
  g_autofree char *unpinned = NULL;
  g_autofree char *ledger = g_build_filename (f->dir, "pinned.ledger.csv", NULL);
  g_autofree char *ledger2 = g_build_filename (f->dir, "unpinned.ledger.csv", NULL);
  g_autofree char *arg = g_strconcat ("--export=", ledger, NULL);
  g_autofree char *arg2 = g_strconcat ("--export=", ledger2, NULL);
  g_autofree char *text = NULL;
  g_autofree char *text2 = NULL;
  char *pin;

  /* 01-15: 150 + 50 reaches the limit; 02-15: nothing (no row); the purchase goes above it;
   * 03-15 is after today. */
  g_assert_cmpint (run_payday (NULL, NULL, arg, plan, NULL), ==, 0);
  text = read_file (ledger);
  g_assert_cmpstr (text, ==,
                   "date,kind,amount,balance,lot_expires,ref\r\n"
                   "2026-01-01,opening,150,150,2027-01-01,\r\n"
                   "2026-01-15,refill,50,200,2027-01-15,plus\r\n"
                   "2026-02-20,purchase,40,240,2027-02-20,buy\r\n");

  /* Each date's own edition (2025-05-01): Plus 100 a month, no limit. */
  pin = strstr (unpinned_text, "\"2020-12-01\"");
  g_assert_nonnull (pin);
  memcpy (pin, "null        ", 12);
  unpinned = write_file (f, "unpinned.payday", unpinned_text);
  g_assert_cmpint (run_payday (NULL, NULL, arg2, unpinned, NULL), ==, 0);
  text2 = read_file (ledger2);
  g_assert_cmpstr (text2, ==,
                   "date,kind,amount,balance,lot_expires,ref\r\n"
                   "2026-01-01,opening,150,150,2027-01-01,\r\n"
                   "2026-01-15,refill,100,250,2027-01-15,plus\r\n"
                   "2026-02-15,refill,100,350,2027-02-15,plus\r\n"
                   "2026-02-20,purchase,40,390,2027-02-20,buy\r\n");
}

/* Without a pinned edition, rules_edition is the edition in effect at today. */
static void
test_export_json_unpinned (Fixture       *f,
                           gconstpointer  data)
{
  g_autofree char *text = NULL;
  g_autofree char *plan = NULL;
  g_autofree char *out_path = g_build_filename (f->dir, "summary.json", NULL);
  g_autofree char *export_arg = g_strconcat ("--export=", out_path, NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(PaydayRules) rules = NULL;
  g_autoptr(GError) error = NULL;
  const PaydayEdition *edition;
  char buf[PAYDAY_DATE_BUF];
  JsonObject *root;
  char *pin;

  text = g_strdup (known_plan);
  pin = strstr (text, "\"2023-05-03\"");
  g_assert_nonnull (pin);
  memcpy (pin, "null        ", 12);
  plan = write_file (f, "unpinned.payday", text);

  rules = payday_rules_lookup ("upwork", &error);
  g_assert_no_error (error);
  edition = payday_rules_edition_at (rules, payday_date_from_ymd (2026, 2, 10));
  g_assert_nonnull (edition);

  g_assert_cmpint (run_payday (NULL, NULL, export_arg, plan, NULL), ==, 0);
  root = parse_json_file (out_path, parser);
  g_assert_cmpstr (json_object_get_string_member (root, "rules_edition"), ==,
                   payday_date_format (edition->effective_from, buf));
}

/* Splits RFC 4180 text into rows of cells (quoted cells may hold commas and quotes). */
static GPtrArray *
csv_parse (const char *csv)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  GPtrArray *row = g_ptr_array_new ();
  GString *cell = g_string_new (NULL);
  const char *p = csv;

  while (*p)
    {
      if (*p == '"')
        {
          for (p++; *p && !(*p == '"' && p[1] != '"'); p++)
            {
              if (*p == '"')
                p++;
              g_string_append_c (cell, *p);
            }
          g_assert_true (*p == '"');
          p++;
        }
      else if (*p == ',')
        {
          g_ptr_array_add (row, g_strdup (cell->str));
          g_string_truncate (cell, 0);
          p++;
        }
      else if (p[0] == '\r' && p[1] == '\n')
        {
          g_ptr_array_add (row, g_strdup (cell->str));
          g_string_truncate (cell, 0);
          g_ptr_array_add (row, NULL);
          g_ptr_array_add (rows, g_ptr_array_free (row, FALSE));
          row = g_ptr_array_new ();
          p += 2;
        }
      else
        {
          /* A bare LF would be a line ending RFC 4180 does not allow. */
          g_assert_true (*p != '\n' && *p != '\r');
          g_string_append_c (cell, *p++);
        }
    }

  /* The last record ends with CRLF too: nothing may be pending. */
  g_assert_cmpuint (row->len, ==, 0);
  g_assert_cmpuint (cell->len, ==, 0);
  g_ptr_array_free (row, TRUE);
  g_string_free (cell, TRUE);

  return rows;
}

static char **
csv_column (const char *csv,
            guint       column)
{
  g_autoptr(GPtrArray) rows = csv_parse (csv);
  GPtrArray *cells = g_ptr_array_new ();

  for (guint i = 1; i < rows->len; i++)
    {
      char **fields = g_ptr_array_index (rows, i);

      g_assert_cmpuint (g_strv_length (fields), ==, 14);
      g_ptr_array_add (cells, g_strdup (fields[column]));
    }
  g_ptr_array_add (cells, NULL);

  return (char **) g_ptr_array_free (cells, FALSE);
}

static void
test_today_changes_status (Fixture       *f,
                           gconstpointer  data)
{
  g_autofree char *plan = write_file (f, "known.payday", known_plan);
  g_autofree char *out_path = g_build_filename (f->dir, "early.csv", NULL);
  g_autofree char *export_arg = g_strconcat ("--export=", out_path, NULL);
  g_autofree char *json_path = g_build_filename (f->dir, "early.json", NULL);
  g_autofree char *json_arg = g_strconcat ("--export=", json_path, NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *csv = NULL;
  g_auto(GStrv) status = NULL;
  const char *expected[] = { "available", "available", "in_progress", "in_progress",
                             "in_progress", NULL };
  JsonObject *root;

  /* Judged at 2026-01-25 instead of the plan's 2026-02-10: the bonus (02-05), the week of
   * 02-02 and milestone m1 (submitted 02-02) have not happened yet. */
  g_assert_cmpint (run_payday (NULL, NULL, "--today=2026-01-25", export_arg, json_arg, plan,
                               NULL), ==, 0);
  csv = read_file (out_path);
  status = csv_column (csv, 13);
  g_assert_cmpstrv (status, expected);

  root = parse_json_file (json_path, parser);
  g_assert_cmpstr (json_object_get_string_member (root, "today"), ==, "2026-01-25");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (root, "next_payment"), "date"),
                   ==, "2026-02-10");
}

static void
test_sample (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *csv1_path = g_build_filename (f->dir, "one.csv", NULL);
  g_autofree char *csv2_path = g_build_filename (f->dir, "two.csv", NULL);
  g_autofree char *json_path = g_build_filename (f->dir, "sample.json", NULL);
  g_autofree char *arg1 = g_strconcat ("--export=", csv1_path, NULL);
  g_autofree char *arg2 = g_strconcat ("--export=", csv2_path, NULL);
  g_autofree char *arg3 = g_strconcat ("--export=", json_path, NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *err = NULL;
  g_autofree char *csv1 = NULL;
  g_autofree char *csv2 = NULL;
  JsonObject *root;

  g_assert_cmpint (run_payday (NULL, &err, "--sample", "--today=2026-03-02", arg1, arg3, NULL),
                   ==, 0);
  g_assert_cmpstr (err, ==, "");
  g_assert_cmpint (run_payday (NULL, NULL, "--today", "2026-03-02", "--export", csv2_path,
                               "--sample", NULL), ==, 0);

  csv1 = read_file (csv1_path);
  csv2 = read_file (csv2_path);
  g_assert_true (g_str_has_prefix (csv1, "contract_id,item_id,kind,client_id,"));
  /* The sample has work in it, and pinning today makes it reproducible. */
  g_assert_cmpuint (strlen (csv1), >, strlen ("contract_id,item_id") + 200);
  g_assert_cmpstr (csv1, ==, csv2);

  root = parse_json_file (json_path, parser);
  g_assert_cmpstr (json_object_get_string_member (root, "today"), ==, "2026-03-02");
}

static void
test_unknown_extension (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *plan = write_file (f, "known.payday", known_plan);
  g_autofree char *txt = g_build_filename (f->dir, "out.txt", NULL);
  g_autofree char *ledger = g_build_filename (f->dir, "out.ledger.csv", NULL);
  g_autofree char *txt_arg = g_strconcat ("--export=", txt, NULL);
  g_autofree char *ledger_arg = g_strconcat ("--export=", ledger, NULL);
  g_autofree char *err = NULL;
  g_autofree char *err2 = NULL;
  g_autofree char *prefix = g_strdup_printf ("%s: ", txt);
  g_autofree char *prefix2 = g_strdup_printf ("%s: ", ledger);

  g_assert_cmpint (run_payday (NULL, &err, txt_arg, plan, NULL), ==, 1);
  assert_lines_start_with (err, prefix, 1);
  g_assert_nonnull (strstr (err, "unknown export format"));
  g_assert_nonnull (strstr (err, ".csv"));
  g_assert_nonnull (strstr (err, ".json"));
  g_assert_false (g_file_test (txt, G_FILE_TEST_EXISTS));

  /* ".ledger.csv" is its own format, never the schedule's ".csv". */
  g_assert_cmpint (run_payday (NULL, &err2, ledger_arg, plan, NULL), ==, 0);
  g_assert_cmpstr (err2, ==, "");
  {
    g_autofree char *text = read_file (ledger);

    g_assert_true (g_str_has_prefix (text, "date,kind,amount,balance,lot_expires,ref\r\n"));
  }
  (void) prefix2;
}

/* The calendar and the PDF report from the command line: real files a calendar app and a
 * PDF reader accept, with every payment of the schedule in them. */
static void
test_export_ics_pdf (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *plan = write_file (f, "known.payday", known_plan);
  g_autofree char *ics = g_build_filename (f->dir, "pay.ics", NULL);
  g_autofree char *pdf = g_build_filename (f->dir, "report.pdf", NULL);
  g_autofree char *csv = g_build_filename (f->dir, "pay.csv", NULL);
  g_autofree char *ics_arg = g_strconcat ("--export=", ics, NULL);
  g_autofree char *pdf_arg = g_strconcat ("--export=", pdf, NULL);
  g_autofree char *csv_arg = g_strconcat ("--export=", csv, NULL);
  g_autofree char *err = NULL;
  g_autofree char *ics_text = NULL;
  g_autofree char *csv_text = NULL;
  g_autofree char *pdf_text = NULL;
  guint events = 0, rows = 0;
  const char *p;

  g_assert_cmpint (run_payday (NULL, &err, ics_arg, pdf_arg, csv_arg, plan, NULL), ==, 0);
  g_assert_cmpstr (err, ==, "");

  ics_text = read_file (ics);
  csv_text = read_file (csv);
  g_assert_true (g_str_has_prefix (ics_text, "BEGIN:VCALENDAR\r\n"));
  g_assert_true (g_str_has_suffix (ics_text, "END:VCALENDAR\r\n"));
  for (p = ics_text; (p = strstr (p, "BEGIN:VEVENT")) != NULL; p++)
    events++;
  for (p = csv_text; (p = strstr (p, "\r\n")) != NULL; p++)
    rows++;
  g_assert_cmpuint (events, >, 0);
  /* A payment event per schedule row, then the bank arrival of the one past withdrawal. */
  g_assert_cmpuint (events, ==, rows - 1 + 1);
  g_assert_nonnull (strstr (ics_text, "UID:withdrawal/2026-02-01/history/1@payday\r\n"));

  pdf_text = read_file (pdf);
  g_assert_true (g_str_has_prefix (pdf_text, "%PDF-"));
}

static void
assert_dir_holds (const char *path,
                  const char *only)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_strcmp0 (name, only) != 0)
      g_error ("unexpected file “%s” left in %s", name, path);
}

static void
test_unwritable (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *plan = write_file (f, "known.payday", known_plan);
  g_autofree char *blocker = write_file (f, "blocker", "not a folder");
  g_autofree char *out_dir = g_build_filename (f->dir, "out", NULL);
  g_autofree char *missing_dir = g_build_filename (f->dir, "nowhere", "out.csv", NULL);
  g_autofree char *under_file = g_build_filename (blocker, "out.csv", NULL);
  g_autofree char *onto_dir = g_build_filename (out_dir, "taken.csv", NULL);
  const char *targets[] = { missing_dir, under_file, onto_dir };

  g_assert_cmpint (g_mkdir (out_dir, 0755), ==, 0);
  g_assert_cmpint (g_mkdir (onto_dir, 0755), ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (targets); i++)
    {
      g_autofree char *arg = g_strconcat ("--export=", targets[i], NULL);
      g_autofree char *prefix = g_strdup_printf ("%s: ", targets[i]);
      g_autofree char *err = NULL;

      g_assert_cmpint (run_payday (NULL, &err, arg, plan, NULL), ==, 1);
      assert_lines_start_with (err, prefix, 1);
    }

  /* No partial or temporary file anywhere. */
  g_assert_false (g_file_test (missing_dir, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (onto_dir, G_FILE_TEST_IS_DIR));
  assert_dir_holds (out_dir, "taken.csv");
  assert_dir_holds (onto_dir, NULL);
}

/* A failing export leaves an existing file as it was; a good one replaces it whole. */
static void
test_failed_export_keeps_old_file (Fixture       *f,
                                   gconstpointer  data)
{
  g_autofree char *plan = write_file (f, "known.payday", known_plan);
  g_autofree char *out_path = write_file (f, "schedule.csv", "old content\n");
  g_autofree char *arg = g_strconcat ("--export=", out_path, NULL);
  g_autofree char *err = NULL;
  g_autofree char *after_fail = NULL;
  g_autofree char *after_ok = NULL;

  /* No rate for the asked currency (offline, empty cache): the export must fail, not
   * omit the local figures. */
  g_assert_cmpint (run_payday (NULL, &err, "--currency=INR", "--offline", arg, plan, NULL), ==, 1);
  g_assert_nonnull (strstr (err, "--currency=INR"));
  after_fail = read_file (out_path);
  g_assert_cmpstr (after_fail, ==, "old content\n");

  g_assert_cmpint (run_payday (NULL, NULL, arg, plan, NULL), ==, 0);
  after_ok = read_file (out_path);
  g_assert_cmpstr (after_ok, ==, known_csv);
}

/* known_plan with a simulation block: @extra is inserted as its members. */
static char *
plan_with_simulation (const char *extra)
{
  const char *end = strrchr (known_plan, '}');

  g_assert_nonnull (end);
  /* The text before the closing brace ends with the withdrawals block and a newline. */
  return g_strdup_printf ("%.*s  , \"simulation\": { %s }\n}\n",
                          (int) (end - known_plan), known_plan, extra);
}

static void
test_export_sim_json (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *a = g_build_filename (f->dir, "a.sim.json", NULL);
  g_autofree char *b = g_build_filename (f->dir, "b.sim.json", NULL);
  g_autofree char *c = g_build_filename (f->dir, "c.sim.json", NULL);
  g_autofree char *d = g_build_filename (f->dir, "d.sim.json", NULL);
  g_autofree char *a_arg = g_strconcat ("--export=", a, NULL);
  g_autofree char *b_arg = g_strconcat ("--export=", b, NULL);
  g_autofree char *c_arg = g_strconcat ("--export=", c, NULL);
  g_autofree char *d_arg = g_strconcat ("--export=", d, NULL);
  g_autofree char *err = NULL;
  g_autofree char *text_a = NULL;
  g_autofree char *text_b = NULL;
  g_autofree char *text_c = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonParser) parser_d = json_parser_new ();
  JsonObject *root;
  JsonArray *days;
  PaydayDate today, from, to;

  /* The same plan, runs and seed: the same bytes. */
  g_assert_cmpint (run_payday (NULL, &err, a_arg, "--runs=300", "--seed=7",
                               "--today=2026-03-04", "--sample", NULL), ==, 0);
  g_assert_cmpstr (err, ==, "");
  g_assert_cmpint (run_payday (NULL, NULL, b_arg, "--runs=300", "--seed=7",
                               "--today=2026-03-04", "--sample", NULL), ==, 0);
  text_a = read_file (a);
  text_b = read_file (b);
  g_assert_cmpstr (text_a, ==, text_b);

  /* Another seed draws other runs (the sample's clients are not all predictable). */
  g_assert_cmpint (run_payday (NULL, NULL, c_arg, "--runs=300", "--seed=8",
                               "--today=2026-03-04", "--sample", NULL), ==, 0);
  text_c = read_file (c);
  g_assert_cmpstr (text_a, !=, text_c);

  root = parse_json_file (a, parser);
  g_assert_cmpint (json_object_get_int_member (root, "runs"), ==, 300);
  g_assert_cmpint (json_object_get_int_member (root, "seed"), ==, 7);
  g_assert_true (payday_date_parse (json_object_get_string_member (root, "from"), &from));
  g_assert_true (payday_date_parse (json_object_get_string_member (root, "to"), &to));
  g_assert_true (payday_date_parse ("2026-03-04", &today));
  g_assert_cmpint (from, ==, today);
  days = json_object_get_array_member (root, "days");
  g_assert_cmpuint (json_array_get_length (days), ==, (guint) (to - from + 1));
  for (guint i = 0; i < json_array_get_length (days); i++)
    {
      JsonObject *day = json_array_get_object_element (days, i);
      gint64 p10 = json_object_get_int_member (day, "p10");
      gint64 p50 = json_object_get_int_member (day, "p50");
      gint64 p90 = json_object_get_int_member (day, "p90");

      g_assert_cmpint (p10, <=, p50);
      g_assert_cmpint (p50, <=, p90);
    }

  /* Without --runs and --seed: the plan's own simulation settings. */
  g_assert_cmpint (run_payday (NULL, NULL, d_arg, "--today=2026-03-04", "--sample", NULL),
                   ==, 0);
  root = parse_json_file (d, parser_d);
  g_assert_cmpint (json_object_get_int_member (root, "runs"), !=, 300);
  g_assert_cmpint (json_object_get_int_member (root, "runs"), >, 0);
  g_assert_cmpint (json_object_get_int_member (root, "seed"), !=, 7);
}

/* Every probability 0 and no pipeline: each run is the schedule. */
static void
test_export_sim_json_certain (Fixture       *f,
                              gconstpointer  data)
{
  g_autofree char *contents = plan_with_simulation (
      "\"runs\": 50, \"seed\": 3, \"horizon_days\": 30, \"approve_early_probability\": 0,"
      " \"dispute_probability\": 0, \"pay_less_probability\": 0,"
      " \"proposal_rate_per_week\": 0");
  g_autofree char *plan = write_file (f, "certain.payday", contents);
  g_autofree char *out_path = g_build_filename (f->dir, "certain.sim.json", NULL);
  g_autofree char *arg = g_strconcat ("--export=", out_path, NULL);
  g_autofree char *err = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *root, *first, *last;
  JsonArray *days;

  g_assert_cmpint (run_payday (NULL, &err, arg, plan, NULL), ==, 0);
  g_assert_cmpstr (err, ==, "");

  root = parse_json_file (out_path, parser);
  g_assert_cmpint (json_object_get_int_member (root, "runs"), ==, 50);
  g_assert_cmpint (json_object_get_int_member (root, "seed"), ==, 3);
  g_assert_cmpstr (json_object_get_string_member (root, "from"), ==, "2026-02-10");
  g_assert_cmpstr (json_object_get_string_member (root, "to"), ==, "2026-03-12");
  days = json_object_get_array_member (root, "days");
  g_assert_cmpuint (json_array_get_length (days), ==, 31);

  for (guint i = 0; i < json_array_get_length (days); i++)
    {
      JsonObject *day = json_array_get_object_element (days, i);
      gint64 scheduled = json_object_get_int_member (day, "scheduled");

      g_assert_cmpint (json_object_get_int_member (day, "p10"), ==, scheduled);
      g_assert_cmpint (json_object_get_int_member (day, "p50"), ==, scheduled);
      g_assert_cmpint (json_object_get_int_member (day, "p90"), ==, scheduled);
    }

  /* On today: the available total; at the end: every item's net (see known_csv). */
  first = json_array_get_object_element (days, 0);
  last = json_array_get_object_element (days, 30);
  g_assert_cmpint (json_object_get_int_member (first, "scheduled"), ==, 27000 + 28125 + 9000);
  g_assert_cmpint (json_object_get_int_member (last, "scheduled"), ==,
                   27000 + 28125 + 9000 + 18000 + 45000);
}

static void
svg_start_element (GMarkupParseContext  *context,
                   const char           *element,
                   const char          **names,
                   const char          **values,
                   gpointer              user_data,
                   GError              **error)
{
  char **root = user_data;

  if (*root == NULL)
    *root = g_strdup (element);
}

static void
test_export_chart (Fixture       *f,
                   gconstpointer  data)
{
  static const GMarkupParser parser = { svg_start_element, NULL, NULL, NULL, NULL };
  g_autofree char *plan = write_file (f, "known.payday", known_plan);
  g_autofree char *svg = g_build_filename (f->dir, "chart.svg", NULL);
  g_autofree char *png = g_build_filename (f->dir, "chart.png", NULL);
  g_autofree char *png2 = g_build_filename (f->dir, "again.png", NULL);
  g_autofree char *svg_arg = g_strconcat ("--export=", svg, NULL);
  g_autofree char *png_arg = g_strconcat ("--export=", png, NULL);
  g_autofree char *png2_arg = g_strconcat ("--export=", png2, NULL);
  g_autofree char *err = NULL;
  g_autofree char *text = NULL;
  g_autofree char *root = NULL;
  g_autofree char *bytes = NULL;
  g_autofree char *bytes2 = NULL;
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autoptr(GError) error = NULL;
  gsize length, length2;
  const guchar *p;

  g_assert_cmpint (run_payday (NULL, &err, svg_arg, png_arg, "--runs=200", plan, NULL), ==, 0);
  g_assert_cmpstr (err, ==, "");

  /* The SVG is well-formed XML with an <svg> root. */
  text = read_file (svg);
  g_assert_nonnull (strstr (text, "<svg"));
  context = g_markup_parse_context_new (&parser, 0, &root, NULL);
  g_assert_true (g_markup_parse_context_parse (context, text, -1, &error));
  g_assert_no_error (error);
  g_assert_true (g_markup_parse_context_end_parse (context, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (root, ==, "svg");

  /* The PNG: its signature, and an IHDR of 1200 × 800. */
  g_file_get_contents (png, &bytes, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (length, >, 33);
  p = (const guchar *) bytes;
  g_assert_cmpmem (p, 8, "\x89PNG\r\n\x1a\n", 8);
  g_assert_cmpmem (p + 12, 4, "IHDR", 4);
  g_assert_cmpuint (((guint) p[16] << 24) | (p[17] << 16) | (p[18] << 8) | p[19], ==, 1200);
  g_assert_cmpuint (((guint) p[20] << 24) | (p[21] << 16) | (p[22] << 8) | p[23], ==, 800);

  /* The same command draws the same pixels. */
  g_assert_cmpint (run_payday (NULL, NULL, png2_arg, "--runs=200", plan, NULL), ==, 0);
  g_file_get_contents (png2, &bytes2, &length2, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (bytes, length, bytes2, length2);
}

/* An ECB mirror on 127.0.0.1 in its own thread: the test thread blocks on payday-headless. */
typedef struct
{
  GThread      *thread;
  GMainContext *context;
  GMainLoop    *loop;
  GBytes       *xml;
  char         *base_url;
  GMutex        mutex;
  GCond         cond;
  guint         xml_hits;
} RatesServer;

static void
rates_handle (SoupServer        *soup_server,
              SoupServerMessage *msg,
              const char        *path,
              GHashTable        *query,
              gpointer           user_data)
{
  RatesServer *server = user_data;

  if (strcmp (path, "/eurofxref.xml") == 0)
    {
      gsize length;
      const char *data = g_bytes_get_data (server->xml, &length);

      g_mutex_lock (&server->mutex);
      server->xml_hits++;
      g_mutex_unlock (&server->mutex);
      soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
      soup_server_message_set_response (msg, "text/xml", SOUP_MEMORY_COPY, data, length);
    }
  else
    soup_server_message_set_status (msg, SOUP_STATUS_INTERNAL_SERVER_ERROR, NULL);
}

static gpointer
rates_server_thread (gpointer data)
{
  RatesServer *server = data;
  g_autoptr(SoupServer) soup_server = NULL;
  g_autoptr(GError) error = NULL;
  GSList *uris;

  g_main_context_push_thread_default (server->context);
  soup_server = soup_server_new ("server-header", "payday-test ", NULL);
  soup_server_add_handler (soup_server, NULL, rates_handle, server, NULL);
  soup_server_listen_local (soup_server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error);
  g_assert_no_error (error);
  uris = soup_server_get_uris (soup_server);

  g_mutex_lock (&server->mutex);
  server->base_url = g_strdup_printf ("http://127.0.0.1:%d", g_uri_get_port (uris->data));
  g_cond_signal (&server->cond);
  g_mutex_unlock (&server->mutex);
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);

  g_main_loop_run (server->loop);
  soup_server_disconnect (soup_server);
  g_clear_object (&soup_server);
  while (g_main_context_iteration (server->context, FALSE))
    ;
  g_main_context_pop_thread_default (server->context);
  return NULL;
}

static void
rates_server_start (RatesServer *server)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "eurofxref-daily-2022-07-08.xml", NULL);
  g_autoptr(GError) error = NULL;
  char *text;
  gsize length;

  g_file_get_contents (path, &text, &length, &error);
  g_assert_no_error (error);
  memset (server, 0, sizeof *server);
  server->xml = g_bytes_new_take (text, length);
  g_mutex_init (&server->mutex);
  g_cond_init (&server->cond);
  server->context = g_main_context_new ();
  server->loop = g_main_loop_new (server->context, FALSE);
  server->thread = g_thread_new ("rates-server", rates_server_thread, server);

  g_mutex_lock (&server->mutex);
  while (server->base_url == NULL)
    g_cond_wait (&server->cond, &server->mutex);
  g_mutex_unlock (&server->mutex);
}

static guint
rates_server_hits (RatesServer *server)
{
  guint n;

  g_mutex_lock (&server->mutex);
  n = server->xml_hits;
  g_mutex_unlock (&server->mutex);
  return n;
}

static void
rates_server_stop (RatesServer *server)
{
  g_main_loop_quit (server->loop);
  g_thread_join (server->thread);
  g_main_loop_unref (server->loop);
  g_main_context_unref (server->context);
  g_bytes_unref (server->xml);
  g_free (server->base_url);
  g_mutex_clear (&server->mutex);
  g_cond_clear (&server->cond);
}

static void
set_rates_env (RatesServer *server,
               const char  *ecb_path,
               const char  *cache)
{
  g_autofree char *ecb = g_strconcat (server->base_url, ecb_path, NULL);
  g_autofree char *json = g_strconcat (server->base_url, "/no-json-provider", NULL);

  g_setenv ("PAYDAY_RATES_URL", ecb, TRUE);
  g_setenv ("PAYDAY_RATES_JSON_URL", json, TRUE);
  g_setenv ("XDG_CACHE_HOME", cache, TRUE);
}

/* --currency: the summary's `local` block and the CSV's local columns from the ECB table,
 * then --offline from the cache, a failed refresh that keeps the cache, and a currency
 * nobody lists. */
static void
test_export_currency (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *plan = write_file (f, "known.payday", known_plan);
  g_autofree char *json_path = g_build_filename (f->dir, "summary.json", NULL);
  g_autofree char *csv_path = g_build_filename (f->dir, "schedule.csv", NULL);
  g_autofree char *json_arg = g_strconcat ("--export=", json_path, NULL);
  g_autofree char *csv_arg = g_strconcat ("--export=", csv_path, NULL);
  g_autofree char *ics_path = g_build_filename (f->dir, "calendar.ics", NULL);
  g_autofree char *ics_arg = g_strconcat ("--export=", ics_path, NULL);
  g_autofree char *ics = NULL;
  g_autofree char *cache = g_build_filename (f->dir, "cache", NULL);
  g_autofree char *cache_file = g_build_filename (cache, "payday", "rates-ecb.json", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *err = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *json_text = NULL;
  g_autofree char *expected_row = NULL;
  g_auto(GStrv) rows = NULL;
  PaydayRate inr = { "INR", 80.5280 / 1.0163, 0, PAYDAY_RATE_SOURCE_ECB };
  char local[G_ASCII_DTOSTR_BUF_SIZE];
  JsonObject *root, *block;
  RatesServer server;

  rates_server_start (&server);
  set_rates_env (&server, "/eurofxref.xml", cache);

  g_assert_cmpint (run_payday (NULL, &err, "--currency=inr", json_arg, csv_arg, ics_arg, plan, NULL), ==, 0);
  g_assert_cmpstr (err, ==, "");
  g_assert_cmpuint (rates_server_hits (&server), ==, 1);
  g_assert_true (g_file_test (cache_file, G_FILE_TEST_IS_REGULAR));

  root = parse_json_file (json_path, parser);
  block = json_object_get_object_member (root, "local");
  g_assert_nonnull (block);
  g_assert_cmpuint (json_object_get_size (block), ==, 6);
  g_assert_cmpstr (json_object_get_string_member (block, "currency"), ==, "INR");
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (block, "rate"), 79.236, 0.001);
  g_assert_cmpfloat (json_object_get_double_member (block, "rate"), ==, 79.236446);
  g_assert_cmpstr (json_object_get_string_member (block, "rate_date"), ==, "2022-07-08");
  g_assert_cmpstr (json_object_get_string_member (block, "source"), ==, "ECB");
  g_assert_cmpfloat (json_object_get_double_member (block, "balance"), ==,
                     payday_rate_convert_cents (&inr, 27000 + 28125 + 9000 - 20000));
  g_assert_cmpfloat (json_object_get_double_member (block, "available"), ==,
                     payday_rate_convert_cents (&inr, 27000 + 28125 + 9000));
  /* 44125 cents × 79.2364… = 34963.08 INR, written as such, not 34963.080000000002. */
  g_assert_cmpfloat (json_object_get_double_member (block, "balance"), ==, 34963.08);
  json_text = read_file (json_path);
  g_assert_nonnull (strstr (json_text, "\"balance\" : 34963.08,"));
  g_assert_nonnull (strstr (json_text, "\"rate\" : 79.236446,"));

  /* The CSV: the spec's columns, then the local ones. */
  csv = read_file (csv_path);
  rows = g_strsplit (csv, "\r\n", -1);
  g_assert_cmpstr (rows[0], ==, PAYDAY_CSV_SCHEDULE_HEADER ",net_local,currency,rate,rate_date");
  payday_format_local_amount (local, payday_rate_convert_cents (&inr, 27000));
  g_assert_cmpstr (local, ==, "21393.84");
  expected_row = g_strdup_printf ("\"c2,fixed\",m2,milestone,cl2,,2026-01-10,,30000,3000,27000,,"
                                  "2026-01-12,2026-01-17,available,%s,INR,79.236446,2022-07-08",
                                  local);
  g_assert_cmpstr (rows[1], ==, expected_row);
  g_assert_cmpuint (g_strv_length (rows), ==, 7);

  /* The calendar: each event's net in local units, and the rate in its description. */
  ics = read_file (ics_path);
  g_assert_nonnull (strstr (ics, "SUMMARY:Payday: $270.00 (≈ 21393.84 INR) from Fixed\r\n"));
  g_assert_nonnull (strstr (ics, "Net in INR: 21393.84"));

  /* --offline: the cache alone, no request. */
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_payday (NULL, &err, "--currency=INR", "--offline", json_arg, plan, NULL), ==, 0);
  g_assert_cmpstr (err, ==, "");
  g_assert_cmpuint (rates_server_hits (&server), ==, 1);

  /* A failed refresh keeps the cache and says so. */
  set_rates_env (&server, "/500", cache);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_payday (NULL, &err, "--currency=INR", "--refresh-rates", json_arg, plan, NULL), ==, 0);
  g_assert_true (g_str_has_prefix (err, "payday: warning: using cached rates of 2022-07-08"));
  g_assert_nonnull (strstr (err, "HTTP 500"));
  g_assert_true (g_file_test (cache_file, G_FILE_TEST_IS_REGULAR));

  /* Nobody lists XYZ: exit 1 with a message, no file. */
  g_remove (json_path);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_payday (NULL, &err, "--currency=XYZ", json_arg, plan, NULL), ==, 1);
  g_assert_nonnull (strstr (err, "payday: --currency=XYZ: no exchange rate for XYZ"));
  g_assert_false (g_file_test (json_path, G_FILE_TEST_EXISTS));

  rates_server_stop (&server);
}

/* The made-up Upwork exports of tests/data. */
static char *
fixture_csv (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", name, NULL);
}

static void
test_import_new_plan (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *weekly = fixture_csv ("upwork-weekly-summary.csv");
  g_autofree char *overlap = fixture_csv ("upwork-weekly-summary-overlap.csv");
  g_autofree char *out_path = g_build_filename (f->dir, "imported.payday", NULL);
  g_autofree char *a1 = g_strconcat ("--import=", weekly, NULL);
  g_autofree char *a2 = g_strconcat ("--import=", overlap, NULL);
  g_autofree char *a3 = g_strconcat ("--output=", out_path, NULL);
  g_autofree char *expected = g_strdup_printf (
    "%s: 464 rows: 2 contracts created, 104 weeks, 24 milestones, 4 bonuses, 464 actuals; "
    "0 duplicates skipped; 0 not understood\n"
    "%s: 77 rows: 0 contracts created, 5 weeks, 1 milestones, 0 bonuses, 23 actuals; "
    "54 duplicates skipped; 0 not understood\n", weekly, overlap);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *check_out = NULL;
  g_autofree char *backup = g_strconcat (out_path, "~", NULL);

  g_assert_cmpint (run_payday (&out, &err, a1, a2, a3, NULL), ==, 0);
  g_assert_cmpstr (err, ==, "");
  g_assert_cmpstr (out, ==, expected);
  g_assert_cmpint (run_payday (&check_out, NULL, "--check", out_path, NULL), ==, 0);
  g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));
}

/* PLAN is untouched unless it is OUT; then it is saved with its backup, and importing the
 * same file again adds nothing. */
static void
test_import_plan (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *plan = write_file (f, "known.payday", known_plan);
  g_autofree char *statements = fixture_csv ("upwork-statements.csv");
  g_autofree char *out_path = g_build_filename (f->dir, "out.payday", NULL);
  g_autofree char *backup = g_strconcat (plan, "~", NULL);
  g_autofree char *a1 = g_strconcat ("--import=", statements, NULL);
  g_autofree char *a2 = g_strconcat ("--output=", out_path, NULL);
  g_autofree char *a3 = g_strconcat ("--output=", plan, NULL);
  g_autofree char *out = NULL;
  g_autofree char *out2 = NULL;
  g_autofree char *out3 = NULL;
  g_autofree char *after = NULL;
  g_autofree char *first = NULL;
  g_autofree char *again = NULL;
  g_autofree char *line = g_strdup_printf (
    "%s: 283 rows: 0 contracts created, 0 weeks, 0 milestones, 0 bonuses, 283 actuals; "
    "0 duplicates skipped; 1 not understood\n", statements);

  g_assert_cmpint (run_payday (&out, NULL, a1, a2, plan, NULL), ==, 0);
  g_assert_cmpstr (out, ==, line);
  after = read_file (plan);
  g_assert_cmpstr (after, ==, known_plan);
  g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));

  g_assert_cmpint (run_payday (&out2, NULL, a1, a3, plan, NULL), ==, 0);
  g_assert_cmpstr (out2, ==, line);
  first = read_file (plan);
  g_assert_true (g_file_test (backup, G_FILE_TEST_EXISTS));
  g_clear_pointer (&after, g_free);
  after = read_file (backup);
  g_assert_cmpstr (after, ==, known_plan);

  g_assert_cmpint (run_payday (&out3, NULL, a1, a3, plan, NULL), ==, 0);
  g_assert_nonnull (strstr (out3, ": 283 rows: 0 contracts created, 0 weeks, 0 milestones, "
                                  "0 bonuses, 0 actuals; 283 duplicates skipped; 0 not understood"));
  again = read_file (plan);
  g_assert_cmpstr (again, ==, first);
}

/* A refused file: `FILE: message` on standard error, exit 1, OUT not written, PLAN as it
 * was; per-row problems are listed and are not fatal. */
static void
test_import_refused (Fixture       *f,
                     gconstpointer  data)
{
  static const struct { const char *name; const char *contents; const char *says; } bad[] = {
    { "layout.csv", "Date,Name,Total\n2024-01-01,a,1\n",
      "row 1: not an Upwork export Payday knows: a transaction history needs the columns "
      "\"Type\" or \"Transaction Type\", \"Amount\" or \"Amount $\"" },
    { "latin1.csv", "Date,Type,Amount\n2024-01-01,Caf\xe9,1\n", "row 2, field 2: not UTF-8 text" },
    { "empty.csv", "", "the file is empty" },
    { "header.csv", "Date,Type,Amount\n", "the file has a header but no rows" },
    { "fields.csv", "Date,Type,Amount\n2024-01-01,Bonus\n", "row 2: 2 fields, but the header has 3" },
    { "quote.csv", "Date,Type,Amount\n2024-01-01,\"Bonus,1\n", "row 2: a quoted field that starts here is never closed" },
  };
  g_autofree char *plan = write_file (f, "known.payday", known_plan);
  g_autofree char *good = fixture_csv ("upwork-transaction-report-2025.csv");
  g_autofree char *out_path = g_build_filename (f->dir, "out.payday", NULL);
  g_autofree char *a1 = g_strconcat ("--import=", good, NULL);
  g_autofree char *a3 = g_strconcat ("--output=", out_path, NULL);
  g_autofree char *missing = g_build_filename (f->dir, "missing.csv", NULL);
  g_autofree char *a4 = g_strconcat ("--import=", missing, NULL);
  g_autofree char *err_missing = NULL;
  g_autofree char *expected_missing = g_strdup_printf ("%s: no such file\n", missing);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *path = write_file (f, bad[i].name, bad[i].contents);
      g_autofree char *a2 = g_strconcat ("--import=", path, NULL);
      g_autofree char *expected = g_strdup_printf ("%s: %s\n", path, bad[i].says);
      g_autofree char *err = NULL;
      g_autofree char *after = NULL;

      g_assert_cmpint (run_payday (NULL, &err, a1, a2, a3, plan, NULL), ==, 1);
      g_assert_cmpstr (err, ==, expected);
      g_assert_false (g_file_test (out_path, G_FILE_TEST_EXISTS));
      after = read_file (plan);
      g_assert_cmpstr (after, ==, known_plan);
    }

  g_assert_cmpint (run_payday (NULL, &err_missing, a4, a3, NULL), ==, 1);
  g_assert_cmpstr (err_missing, ==, expected_missing);
  g_assert_false (g_file_test (out_path, G_FILE_TEST_EXISTS));

  {
    g_autofree char *a5 = g_strconcat ("--import=", f->dir, NULL);
    g_autofree char *err_dir = NULL;
    g_autofree char *expected_dir = g_strdup_printf ("%s: is a folder, not a CSV file\n", f->dir);

    g_assert_cmpint (run_payday (NULL, &err_dir, a5, a3, NULL), ==, 1);
    g_assert_cmpstr (err_dir, ==, expected_dir);
  }
}

static void
test_import_row_problems (Fixture       *f,
                          gconstpointer  data)
{
  g_autofree char *csv = write_file (f, "rows.csv",
                                     "Date,Type,Amount,Ref ID\n"
                                     "2024-01-01,Bonus,12.00,1\n"
                                     "2024-01-02,Bonus,12.345,2\n"
                                     "Feb 30, 2024,Bonus,1,3\n"
                                     "2024-01-04,Journal,1,4\n");
  g_autofree char *out_path = g_build_filename (f->dir, "out.payday", NULL);
  g_autofree char *a1 = g_strconcat ("--import=", csv, NULL);
  g_autofree char *a2 = g_strconcat ("--output=", out_path, NULL);
  g_autofree char *expected_err = g_strdup_printf (
    "%s: row 3: Amount \"12.345\": an amount with more than 2 decimals\n", csv);
  g_autofree char *expected_out = g_strdup_printf (
    "%s: 4 rows: 0 contracts created, 0 weeks, 0 milestones, 0 bonuses, 2 actuals; "
    "0 duplicates skipped; 2 not understood\n", csv);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *err2 = NULL;

  /* "Feb 30, 2024" is two fields: the file is refused whole */
  g_assert_cmpint (run_payday (&out, &err, a1, a2, NULL), ==, 1);
  g_assert_nonnull (strstr (err, "row 4: 5 fields, but the header has 4"));
  g_assert_false (g_file_test (out_path, G_FILE_TEST_EXISTS));

  g_clear_pointer (&out, g_free);
  g_free (csv);
  csv = write_file (f, "rows.csv",
                    "Date,Type,Amount,Ref ID\n"
                    "2024-01-01,Bonus,12.00,1\n"
                    "2024-01-02,Bonus,12.345,2\n"
                    "2024-01-03,Bonus,1,3\n"
                    "2024-01-04,Journal,1,4\n");
  g_clear_pointer (&expected_out, g_free);
  expected_out = g_strdup_printf (
    "%s: 4 rows: 0 contracts created, 0 weeks, 0 milestones, 0 bonuses, 3 actuals; "
    "0 duplicates skipped; 2 not understood\n", csv);
  g_assert_cmpint (run_payday (&out, &err2, a1, a2, NULL), ==, 0);
  g_assert_cmpstr (err2, ==, expected_err);
  g_assert_cmpstr (out, ==, expected_out);
  g_assert_true (g_file_test (out_path, G_FILE_TEST_EXISTS));
}

static void
test_import_usage (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *err = NULL;
  g_autofree char *err2 = NULL;

  g_assert_cmpint (run_payday (NULL, &err, "--import=x.csv", NULL), ==, 1);
  g_assert_cmpstr (err, ==, "payday: --import needs --output=OUT.payday\n");
  g_assert_cmpint (run_payday (NULL, &err2, "--output=x.payday", "plan.payday", NULL), ==, 1);
  g_assert_true (g_str_has_prefix (err2, "payday: --output goes with --import\n"));
}

/* A plan with actuals: the two CSV exports, and `reconcile` in the summary. */
static const char actuals_plan[] =
  "{ \"format\": \"payday-plan\", \"version\": 1, \"today\": \"2025-03-01\",\n"
  "  \"rules_edition\": \"2023-05-03\",\n"
  "  \"clients\": [ { \"id\": \"a\", \"name\": \"A, Inc\" } ],\n"
  "  \"contracts\": [ { \"id\": \"h\", \"title\": \"H\", \"upwork_id\": \"9\", \"client\": \"a\",\n"
  "    \"type\": \"hourly\", \"start\": \"2025-01-01\", \"rate_cents\": 1000,\n"
  "    \"weeks\": [ { \"week_start\": \"2025-01-06\", \"hours\": 10 },\n"
  "                 { \"week_start\": \"2025-01-13\", \"hours\": 10, \"billed_cents\": 10001 },\n"
  "                 { \"week_start\": \"2025-01-20\", \"hours\": 10 } ] } ],\n"
  "  \"actuals\": [\n"
  "    { \"ref\": \"t2\", \"date\": \"2025-01-20\", \"kind\": \"hourly\", \"amount_cents\": 10000,\n"
  "      \"contract\": \"h\", \"client_name\": \"A, Inc\", \"source\": \"transactions\" },\n"
  "    { \"ref\": \"t1\", \"date\": \"2025-01-15\", \"kind\": \"hourly\", \"amount_cents\": 10000,\n"
  "      \"contract\": \"h\", \"client_name\": \"A, Inc\", \"source\": \"transactions\" },\n"
  "    { \"ref\": \"t0\", \"date\": \"2025-01-15\", \"kind\": \"fee\", \"amount_cents\": -1000,\n"
  "      \"contract\": null, \"source\": \"transactions\" } ] }\n";

static void
test_export_actuals_reconcile (Fixture       *f,
                               gconstpointer  data)
{
  g_autofree char *plan = write_file (f, "actuals.payday", actuals_plan);
  g_autofree char *known = write_file (f, "known.payday", known_plan);
  g_autofree char *actuals_path = g_build_filename (f->dir, "x.actuals.csv", NULL);
  g_autofree char *reconcile_path = g_build_filename (f->dir, "x.reconcile.csv", NULL);
  g_autofree char *json_path = g_build_filename (f->dir, "x.json", NULL);
  g_autofree char *a1 = g_strconcat ("--export=", actuals_path, NULL);
  g_autofree char *a2 = g_strconcat ("--export=", reconcile_path, NULL);
  g_autofree char *a3 = g_strconcat ("--export=", json_path, NULL);
  g_autofree char *actuals = NULL;
  g_autofree char *reconcile = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonParser) parser2 = json_parser_new ();
  JsonObject *summary, *counts;

  g_assert_cmpint (run_payday (NULL, NULL, a1, a2, a3, plan, NULL), ==, 0);
  actuals = read_file (actuals_path);
  g_assert_cmpstr (actuals, ==,
                   "date,ref,kind,amount_cents,contract_id,client_name,source\r\n"
                   "2025-01-15,t0,fee,-1000,,,transactions\r\n"
                   "2025-01-15,t1,hourly,10000,h,\"A, Inc\",transactions\r\n"
                   "2025-01-20,t2,hourly,10000,h,\"A, Inc\",transactions\r\n");
  /* week 01-06 (charged 01-13): t1, 2 days late; t2 (01-20) is as near as can be to week
   * 01-13 (charged 01-20), but that week was billed a cent more: the same gross wins, so t2
   * pays week 01-20 (charged 01-27) a week early and week 01-13 is missing */
  reconcile = read_file (reconcile_path);
  g_assert_cmpstr (reconcile, ==,
                   "contract_id,item_id,kind,predicted_on,predicted_cents,actual_on,"
                   "actual_cents,ref,verdict\r\n"
                   "h,2025-01-06,hourly_week,2025-01-13,10000,2025-01-15,10000,t1,late\r\n"
                   "h,2025-01-13,hourly_week,2025-01-20,10001,,,,missing\r\n"
                   "h,2025-01-20,hourly_week,2025-01-27,10000,2025-01-20,10000,t2,early\r\n");

  summary = parse_json_file (json_path, parser);
  counts = json_object_get_object_member (summary, "reconcile");
  g_assert_nonnull (counts);
  g_assert_cmpint (json_object_get_int_member (counts, "as_predicted"), ==, 0);
  g_assert_cmpint (json_object_get_int_member (counts, "late"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (counts, "amount_differs"), ==, 0);
  g_assert_cmpint (json_object_get_int_member (counts, "missing"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (counts, "early"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (counts, "unexpected"), ==, 0);

  /* a plan without actuals has no `reconcile` */
  g_assert_cmpint (run_payday (NULL, NULL, a3, known, NULL), ==, 0);
  summary = parse_json_file (json_path, parser2);
  g_assert_false (json_object_has_member (summary, "reconcile"));
}

/* The known plan on the weekly schedule, with the fee and arrival of its pinned edition. */
static char *
weekly_plan (Fixture *f)
{
  g_autofree char *text = NULL;
  char *at;

  text = g_strdup (known_plan);
  at = strstr (text, "\"schedule\": \"manual\"");
  g_assert_nonnull (at);
  /* "manual" and "weekly" have the same length. */
  memcpy (at, "\"schedule\": \"weekly\"", strlen ("\"schedule\": \"weekly\""));
  return write_file (f, "weekly.payday", text);
}

static const PaydayMethodRule *
known_wire (void)
{
  static PaydayMethodRule wire;
  g_autoptr(PaydayRules) rules = payday_rules_load_builtin ("upwork", NULL);
  PaydayDate pin;

  g_assert_nonnull (rules);
  g_assert_true (payday_date_parse ("2023-05-03", &pin));
  wire = payday_rules_edition_at (rules, pin)->withdrawal_methods[PAYDAY_METHOD_WIRE];
  return &wire;
}

static char *
arrival (const char *date,
         int         days)
{
  PaydayDate d;

  g_assert_true (payday_date_parse (date, &d));
  return payday_date_to_string (payday_business_days_after (d, days));
}

/* `.withdrawals.csv` and the summary's `withdrawals` block. The known plan (non-US, wire):
 * $200 withdrawn on 2026-02-01 (a Sunday) leaves $441.25 available on 2026-02-11, $621.25
 * on 02-18 and $1,071.25 on 02-25 — the first Wednesday over the $1,000 threshold. */
static void
test_export_withdrawals (Fixture       *f,
                         gconstpointer  data)
{
  g_autofree char *plan = weekly_plan (f);
  g_autofree char *manual = write_file (f, "known.payday", known_plan);
  g_autofree char *csv_path = g_build_filename (f->dir, "out.withdrawals.csv", NULL);
  g_autofree char *json_path = g_build_filename (f->dir, "summary.json", NULL);
  g_autofree char *csv_arg = g_strconcat ("--export=", csv_path, NULL);
  g_autofree char *json_arg = g_strconcat ("--export=", json_path, NULL);
  g_autofree char *err = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *first = NULL, *second = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonParser) manual_parser = json_parser_new ();
  const PaydayMethodRule *wire = known_wire ();
  JsonObject *root, *block, *next;

  g_assert_cmpint (run_payday (NULL, &err, csv_arg, json_arg, plan, NULL), ==, 0);
  g_assert_cmpstr (err, ==, "");

  first = arrival ("2026-02-01", wire->arrival_business_days);
  second = arrival ("2026-02-25", wire->arrival_business_days);
  expected = g_strdup_printf ("date,kind,amount_cents,fee_cents,received_cents,arrives_on,method\r\n"
                              "2026-02-01,history,20000,%" G_GINT64_FORMAT ",%" G_GINT64_FORMAT ",%s,wire\r\n"
                              "2026-02-25,projected,107125,%" G_GINT64_FORMAT ",%" G_GINT64_FORMAT ",%s,wire\r\n",
                              wire->fee_cents, 20000 - wire->fee_cents, first,
                              wire->fee_cents, 107125 - wire->fee_cents, second);
  csv = read_file (csv_path);
  g_assert_cmpstr (csv, ==, expected);

  root = parse_json_file (json_path, parser);
  block = json_object_get_object_member (root, "withdrawals");
  g_assert_nonnull (block);
  g_assert_cmpuint (json_object_get_size (block), ==, 5);
  g_assert_cmpstr (json_object_get_string_member (block, "method"), ==, "wire");
  g_assert_cmpstr (json_object_get_string_member (block, "schedule"), ==, "weekly");
  g_assert_cmpint (json_object_get_int_member (block, "projected_count"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (block, "fees_next_12m_cents"), ==, wire->fee_cents);
  next = json_object_get_object_member (block, "next");
  g_assert_cmpuint (json_object_get_size (next), ==, 5);
  g_assert_cmpstr (json_object_get_string_member (next, "date"), ==, "2026-02-25");
  g_assert_cmpint (json_object_get_int_member (next, "amount_cents"), ==, 107125);
  g_assert_cmpint (json_object_get_int_member (next, "fee_cents"), ==, wire->fee_cents);
  g_assert_cmpint (json_object_get_int_member (next, "received_cents"), ==,
                   107125 - wire->fee_cents);
  g_assert_cmpstr (json_object_get_string_member (next, "arrives_on"), ==, second);

  /* `manual`: the history alone, nothing next. */
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_payday (NULL, &err, csv_arg, json_arg, manual, NULL), ==, 0);
  g_assert_cmpstr (err, ==, "");
  g_clear_pointer (&csv, g_free);
  csv = read_file (csv_path);
  g_assert_nonnull (strstr (csv, "\r\n2026-02-01,history,20000,"));
  g_assert_null (strstr (csv, "projected"));
  root = parse_json_file (json_path, manual_parser);
  block = json_object_get_object_member (root, "withdrawals");
  g_assert_cmpstr (json_object_get_string_member (block, "schedule"), ==, "manual");
  g_assert_true (json_object_get_null_member (block, "next"));
  g_assert_cmpint (json_object_get_int_member (block, "projected_count"), ==, 0);
  g_assert_cmpint (json_object_get_int_member (block, "fees_next_12m_cents"), ==, 0);
}

/* --currency: what reaches the bank in local units, in the CSV, the summary and the calendar. */
static void
test_export_withdrawals_currency (Fixture       *f,
                                  gconstpointer  data)
{
  g_autofree char *plan = weekly_plan (f);
  g_autofree char *csv_path = g_build_filename (f->dir, "out.withdrawals.csv", NULL);
  g_autofree char *json_path = g_build_filename (f->dir, "summary.json", NULL);
  g_autofree char *ics_path = g_build_filename (f->dir, "pay.ics", NULL);
  g_autofree char *csv_arg = g_strconcat ("--export=", csv_path, NULL);
  g_autofree char *json_arg = g_strconcat ("--export=", json_path, NULL);
  g_autofree char *ics_arg = g_strconcat ("--export=", ics_path, NULL);
  g_autofree char *cache = g_build_filename (f->dir, "cache", NULL);
  g_autofree char *err = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *ics = NULL;
  g_autofree char *row = NULL;
  g_autofree char *second = NULL;
  g_auto(GStrv) rows = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  PaydayRate inr = { "INR", 80.5280 / 1.0163, 0, PAYDAY_RATE_SOURCE_ECB };
  const PaydayMethodRule *wire = known_wire ();
  PaydayCents received = 107125 - wire->fee_cents;
  char local[G_ASCII_DTOSTR_BUF_SIZE];
  JsonObject *next;
  RatesServer server;

  rates_server_start (&server);
  set_rates_env (&server, "/eurofxref.xml", cache);
  g_assert_cmpint (run_payday (NULL, &err, "--currency=INR", csv_arg, json_arg, ics_arg, plan,
                               NULL), ==, 0);
  rates_server_stop (&server);
  g_assert_cmpstr (err, ==, "");

  payday_format_local_amount (local, payday_rate_convert_cents (&inr, received));
  second = arrival ("2026-02-25", wire->arrival_business_days);
  csv = read_file (csv_path);
  rows = g_strsplit (csv, "\r\n", -1);
  g_assert_cmpstr (rows[0], ==, "date,kind,amount_cents,fee_cents,received_cents,arrives_on,"
                                "method,received_local,currency,rate,rate_date");
  row = g_strdup_printf ("2026-02-25,projected,107125,%" G_GINT64_FORMAT ",%" G_GINT64_FORMAT
                         ",%s,wire,%s,INR,79.236446,2022-07-08",
                         wire->fee_cents, received, second, local);
  g_assert_cmpstr (rows[2], ==, row);

  next = json_object_get_object_member (json_object_get_object_member (parse_json_file (json_path, parser),
                                                                       "withdrawals"), "next");
  g_assert_cmpfloat (json_object_get_double_member (next, "received_local"), ==,
                     payday_rate_convert_cents (&inr, received));

  ics = read_file (ics_path);
  g_assert_nonnull (strstr (ics, "UID:withdrawal/2026-02-25/projected/1@payday\r\n"));
  g_assert_nonnull (strstr (ics, " INR) in the bank (US-dollar wire)\r\n"));
  g_assert_nonnull (strstr (ics, local));
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *cache = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  /* No test may reach the real rate providers or the user's cache. */
  cache = g_dir_make_tmp ("payday-cli-cache-XXXXXX", NULL);
  g_setenv ("XDG_CACHE_HOME", cache, TRUE);
  g_setenv ("PAYDAY_RATES_URL", "http://127.0.0.1:1/ecb.xml", TRUE);
  g_setenv ("PAYDAY_RATES_JSON_URL", "http://127.0.0.1:1/usd.json", TRUE);

#define ADD(path, func) \
  g_test_add ("/payday/cli/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  g_test_add_func ("/payday/cli/headless-detection", test_headless_detection);
  g_test_add_func ("/payday/cli/parse-options", test_parse_options);
  g_test_add_func ("/payday/cli/version", test_version);
  ADD ("usage-errors", test_usage_errors);
  ADD ("check-good", test_check_good);
  ADD ("check-bad", test_check_bad);
  ADD ("check-rules", test_check_rules);
  ADD ("window-agrees", test_window_agrees);
  ADD ("check-syntax-error", test_check_syntax_error);
  ADD ("check-warnings", test_check_warnings);
  ADD ("check-warnings-grouped", test_check_warnings_grouped);
  ADD ("check-withdrawal-warning", test_check_withdrawal_warning);
  ADD ("export-json-connects", test_export_json_connects);
  ADD ("ledger-pinned-more-connects", test_ledger_pinned_more_connects);
  ADD ("missing-file", test_missing_file);
  ADD ("export-csv", test_export_csv);
  ADD ("export-json", test_export_json);
  ADD ("export-json-unpinned", test_export_json_unpinned);
  ADD ("today-changes-status", test_today_changes_status);
  ADD ("sample", test_sample);
  ADD ("unknown-extension", test_unknown_extension);
  ADD ("export-ics-pdf", test_export_ics_pdf);
  ADD ("unwritable", test_unwritable);
  ADD ("failed-export-keeps-old-file", test_failed_export_keeps_old_file);
  ADD ("export-sim-json", test_export_sim_json);
  ADD ("export-sim-json-certain", test_export_sim_json_certain);
  ADD ("export-chart", test_export_chart);
  ADD ("export-currency", test_export_currency);
  ADD ("import-new-plan", test_import_new_plan);
  ADD ("import-plan", test_import_plan);
  ADD ("import-refused", test_import_refused);
  ADD ("import-row-problems", test_import_row_problems);
  ADD ("import-usage", test_import_usage);
  ADD ("export-actuals-reconcile", test_export_actuals_reconcile);
  ADD ("export-withdrawals", test_export_withdrawals);
  ADD ("export-withdrawals-currency", test_export_withdrawals_currency);

  status = g_test_run ();
  payday_test_remove_tree (cache);
  return status;
}
