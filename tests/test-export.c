/* test-export.c — CSV cells, the schedule CSV, the export dispatcher and atomic writes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>

#include "payday-export-csv.h"
#include "payday-export-json.h"
#include "payday-export.h"

static char *
field (const char *text)
{
  GString *out = g_string_new (NULL);

  payday_csv_append_field (out, text);
  return g_string_free (out, FALSE);
}

static void
test_csv_quoting (void)
{
  const struct { const char *in, *out; } cases[] = {
    { "plain", "plain" },
    { "", "" },
    { NULL, "" },
    { "a,b", "\"a,b\"" },
    { "say \"hi\"", "\"say \"\"hi\"\"\"" },
    { "\"", "\"\"\"\"" },
    { "two\nlines", "\"two\nlines\"" },
    { "cr\rhere", "\"cr\rhere\"" },
    { "acme, \"the\" client", "\"acme, \"\"the\"\" client\"" },
    /* Spaces and other punctuation need no quotes (RFC 4180 keeps spaces as data). */
    { " spaced ; tab\t", " spaced ; tab\t" },
    { "unicode é ✓", "unicode é ✓" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *got = field (cases[i].in);

      g_assert_cmpstr (got, ==, cases[i].out);
    }
}

static void
test_csv_numbers_and_dates (void)
{
  const struct { gint64 in; const char *out; } ints[] = {
    { 0, "0" }, { 7, "7" }, { -7, "-7" }, { 31250, "31250" },
    { G_MAXINT64, "9223372036854775807" }, { G_MININT64, "-9223372036854775808" },
  };
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (ints); i++)
    {
      g_string_truncate (out, 0);
      payday_csv_append_int (out, ints[i].in);
      g_assert_cmpstr (out->str, ==, ints[i].out);
    }

  g_string_truncate (out, 0);
  payday_csv_append_date (out, payday_date_from_ymd (2026, 1, 5));
  g_assert_cmpstr (out->str, ==, "2026-01-05");
  g_string_truncate (out, 0);
  payday_csv_append_date (out, PAYDAY_DATE_NONE);
  g_assert_cmpstr (out->str, ==, "");

  /* The hand-made digits agree with payday_date_format() over two centuries. */
  for (PaydayDate d = payday_date_from_ymd (1950, 1, 1); d < payday_date_from_ymd (2150, 1, 1); d++)
    {
      char buf[PAYDAY_DATE_BUF];

      g_string_truncate (out, 0);
      payday_csv_append_date (out, d);
      g_assert_cmpstr (out->str, ==, payday_date_format (d, buf));
    }

  g_string_truncate (out, 0);
  payday_csv_end_row (out);
  g_assert_cmpstr (out->str, ==, "\r\n");

  g_string_free (out, TRUE);
}

static PaydayItem
make_item (PaydayItemKind kind,
           const char    *contract_id,
           const char    *ref_id)
{
  PaydayItem item;

  memset (&item, 0, sizeof item);
  item.kind = kind;
  item.contract_id = contract_id;
  item.client_id = "acme";
  item.ref_id = ref_id;
  item.source_index = 0;
  item.minutes = PAYDAY_NONE;
  item.charged_on = PAYDAY_DATE_NONE;
  item.period_start = PAYDAY_DATE_NONE;
  item.period_end = PAYDAY_DATE_NONE;
  item.released_on = PAYDAY_DATE_NONE;
  item.available_on = PAYDAY_DATE_NONE;
  return item;
}

/* A schedule built by hand: the CSV writer only formats what the engine computed. */
static void
test_csv_schedule_rows (void)
{
  PaydaySchedule schedule;
  PaydayItem week, milestone;
  g_autofree char *csv = NULL;
  gsize length = 0;
  PaydayDate monday = payday_date_from_ymd (2026, 1, 5);

  week = make_item (PAYDAY_ITEM_HOURLY_WEEK, "c1", NULL);
  week.period_start = monday;
  week.period_end = monday + 6;
  week.minutes = 750;
  week.gross_cents = 31250;
  week.fee_cents = 3125;
  week.net_cents = 28125;
  week.charged_on = monday + 7;
  week.released_on = monday + 11;
  week.available_on = monday + 16;
  week.status = PAYDAY_STATUS_AVAILABLE;

  /* A contract id with a comma and a quote; a milestone never funded (empty dates). */
  milestone = make_item (PAYDAY_ITEM_MILESTONE, "big, \"fixed\"", "m1");
  milestone.period_end = payday_date_from_ymd (2026, 2, 2);
  milestone.minutes = 0;
  milestone.gross_cents = 50000;
  milestone.fee_cents = 5000;
  milestone.net_cents = 45000;
  milestone.released_on = payday_date_from_ymd (2026, 2, 16);
  milestone.available_on = payday_date_from_ymd (2026, 2, 21);
  milestone.status = PAYDAY_STATUS_IN_REVIEW;

  memset (&schedule, 0, sizeof schedule);
  schedule.items = g_array_new (FALSE, FALSE, sizeof (PaydayItem));
  g_array_append_val (schedule.items, week);
  g_array_append_val (schedule.items, milestone);

  csv = payday_export_csv_schedule (&schedule, &length);
  g_assert_cmpstr (csv, ==,
                   "contract_id,item_id,kind,client_id,period_start,period_end,minutes,"
                   "gross_cents,fee_cents,net_cents,charged_on,released_on,available_on,status\r\n"
                   "c1,2026-01-05,hourly_week,acme,2026-01-05,2026-01-11,750,31250,3125,28125,"
                   "2026-01-12,2026-01-16,2026-01-21,available\r\n"
                   "\"big, \"\"fixed\"\"\",m1,milestone,acme,,2026-02-02,,50000,5000,45000,,"
                   "2026-02-16,2026-02-21,in_review\r\n");
  g_assert_cmpuint (length, ==, strlen (csv));

  /* An empty schedule is the header alone. */
  g_array_set_size (schedule.items, 0);
  g_clear_pointer (&csv, g_free);
  csv = payday_export_csv_schedule (&schedule, NULL);
  g_assert_cmpstr (csv, ==, PAYDAY_CSV_SCHEDULE_HEADER "\r\n");

  g_array_unref (schedule.items);
}

#define LONG_SCHEDULE_ITEMS 40000

/* A job exporting a schedule of @plan whose text is many times the streamed export's
 * 64 KiB chunk, with quoted cells and empty dates among its rows. Returns the schedule. */
static PaydaySchedule *
make_long_job (PaydayExportJob *job,
               PaydayPlan      *plan)
{
  static const char *contracts[] = { "c1", "big, \"fixed\"", "two\nlines", "acme-2026" };
  PaydaySchedule *schedule = g_new0 (PaydaySchedule, 1);
  PaydayDate monday = payday_date_from_ymd (2026, 1, 5);
  guint n = LONG_SCHEDULE_ITEMS;

  schedule->plan = plan;
  payday_export_job_init (job);
  job->plan = plan;
  job->schedule = schedule;

  schedule->items = g_array_sized_new (FALSE, FALSE, sizeof (PaydayItem), n);
  for (guint i = 0; i < n; i++)
    {
      const char *contract = contracts[i % G_N_ELEMENTS (contracts)];
      PaydayItem item;

      if (i % 5 == 4)
        {
          item = make_item (PAYDAY_ITEM_MILESTONE, contract, "m1");
          item.period_end = monday + (PaydayDate) (i / 5);
        }
      else
        {
          item = make_item (PAYDAY_ITEM_HOURLY_WEEK, contract, NULL);
          item.period_start = monday + 7 * (PaydayDate) (i / 4);
          item.period_end = item.period_start + 6;
          item.minutes = (int) (i % 3000);
          item.charged_on = item.period_end + 1;
        }
      item.gross_cents = 1000 + (PaydayCents) i * 37;
      item.fee_cents = item.gross_cents / 10;
      item.net_cents = item.gross_cents - item.fee_cents;
      item.released_on = monday + (PaydayDate) i;
      item.available_on = item.released_on + 5;
      item.status = i % 2 ? PAYDAY_STATUS_AVAILABLE : PAYDAY_STATUS_PENDING;
      g_array_append_val (schedule->items, item);
    }

  return schedule;
}

static void
free_long_schedule (PaydaySchedule *schedule)
{
  g_array_unref (schedule->items);
  g_free (schedule);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

static void
assert_file_holds (const char *path,
                   const char *text,
                   gsize       length)
{
  g_autofree char *written = NULL;
  gsize written_length = 0;

  g_assert_true (g_file_get_contents (path, &written, &written_length, NULL));
  g_assert_cmpuint (written_length, ==, length);
  g_assert_true (memcmp (written, text, length) == 0);
}

/* The file names in @dir, sorted, joined with spaces. */
static char *
list_dir (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (listing);
  while ((name = g_dir_read_name (listing)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);

  return g_strjoinv (" ", (char **) names->pdata);
}

/* The schedule CSV goes into the file a chunk at a time: what lands there is the in-memory
 * text byte for byte, plain and with local figures, and an existing file is replaced. */
static void
test_csv_stream_equals_text (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PaydayPlan) plan = payday_plan_new ();
  g_autofree char *dir = g_dir_make_tmp ("payday-export-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "big.csv", NULL);
  g_autofree char *text = NULL;
  g_autofree char *local_text = NULL;
  g_autofree char *names = NULL;
  PaydayRate rate = { "INR", 83.123456, payday_date_from_ymd (2026, 3, 2),
                      PAYDAY_RATE_SOURCE_MANUAL };
  PaydayExportJob job;
  PaydaySchedule *schedule = make_long_job (&job, plan);
  gsize length = 0, local_length = 0;

  text = payday_export_csv_schedule (schedule, &length);
  local_text = payday_export_csv_schedule_local (schedule, &rate, &local_length);
  g_assert_cmpuint (length, >, 40 * 64 * 1024);

  g_assert_true (g_file_set_contents (path, "old\r\n", -1, NULL));
  g_assert_true (payday_export_to_file (&job, path, &error));
  g_assert_no_error (error);
  assert_file_holds (path, text, length);

  job.currency = "INR";
  job.rate = &rate;
  g_assert_true (payday_export_to_file (&job, path, &error));
  g_assert_no_error (error);
  assert_file_holds (path, local_text, local_length);

  /* No temporary file is left beside it. */
  names = list_dir (dir);
  g_assert_cmpstr (names, ==, "big.csv");

  g_unlink (path);
  g_rmdir (dir);
  free_long_schedule (schedule);
}

/* A streamed export that fails leaves the old file as it was and no temporary file: when
 * the disk refuses a chunk half-way (a file size limit below the text's size stands in for
 * a full disk), when the rename at the end fails, and when the folder does not exist. */
static void
test_csv_stream_failure (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PaydayPlan) plan = payday_plan_new ();
  g_autofree char *dir = g_dir_make_tmp ("payday-export-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "out.csv", NULL);
  g_autofree char *folder = g_build_filename (dir, "folder.csv", NULL);
  g_autofree char *inside = g_build_filename (folder, "kept", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing", "out.csv", NULL);
  g_autofree char *names = NULL;
  PaydayExportJob job;
  PaydaySchedule *schedule = make_long_job (&job, plan);
  struct rlimit saved, limited;
  void (*saved_handler) (int);
  gboolean ok;

  g_assert_true (g_file_set_contents (path, "old\r\n", -1, NULL));

  /* Four chunks fit under the limit, the fifth is cut short and the next write fails. */
  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &saved), ==, 0);
  limited = saved;
  limited.rlim_cur = 4 * 64 * 1024 + 1000;
  saved_handler = signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limited), ==, 0);
  ok = payday_export_to_file (&job, path, &error);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &saved), ==, 0);
  signal (SIGXFSZ, saved_handler);

  g_assert_false (ok);
  g_assert_nonnull (error);
  g_assert_true (g_str_has_prefix (error->message, "could not write the file: "));
  g_assert_cmpstr (error->message + strlen ("could not write the file: "), ==,
                   g_strerror (EFBIG));
  g_clear_error (&error);
  assert_file_holds (path, "old\r\n", 5);
  names = list_dir (dir);
  g_assert_cmpstr (names, ==, "out.csv");
  g_clear_pointer (&names, g_free);

  /* The rename cannot replace a folder: everything was written, then thrown away. */
  g_assert_cmpint (g_mkdir (folder, 0755), ==, 0);
  g_assert_true (g_file_set_contents (inside, "kept", -1, NULL));
  g_assert_false (payday_export_to_file (&job, folder, &error));
  g_assert_nonnull (error);
  g_assert_true (g_str_has_prefix (error->message, "could not write the file: "));
  g_clear_error (&error);
  names = list_dir (dir);
  g_assert_cmpstr (names, ==, "folder.csv out.csv");
  g_clear_pointer (&names, g_free);
  names = list_dir (folder);
  g_assert_cmpstr (names, ==, "kept");
  g_clear_pointer (&names, g_free);

  g_assert_false (payday_export_to_file (&job, missing, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);
  names = list_dir (dir);
  g_assert_cmpstr (names, ==, "folder.csv out.csv");

  g_unlink (inside);
  g_rmdir (folder);
  g_unlink (path);
  g_rmdir (dir);
  free_long_schedule (schedule);
}

static void
test_dispatch_suffixes (void)
{
  g_autofree char *formats = payday_export_describe_formats ();

  g_assert_true (payday_export_is_supported ("out.csv"));
  g_assert_true (payday_export_is_supported ("/tmp/dir.json/out.JSON"));
  g_assert_true (payday_export_is_supported ("my.plan.csv"));
  g_assert_true (payday_export_is_supported ("out.ledger.csv"));
  g_assert_true (payday_export_is_supported ("out.ics"));
  g_assert_true (payday_export_is_supported ("out.pdf"));
  g_assert_true (payday_export_is_supported ("out.sim.json"));
  g_assert_true (payday_export_is_supported ("out.svg"));
  g_assert_true (payday_export_is_supported ("out.PNG"));
  g_assert_true (payday_export_is_supported ("out.withdrawals.csv"));
  g_assert_false (payday_export_is_supported ("out.txt"));
  g_assert_false (payday_export_is_supported ("csv"));
  g_assert_false (payday_export_is_supported (".csv"));
  g_assert_false (payday_export_is_supported ("dir.csv/out"));

  g_assert_cmpstr (formats, ==, ".csv (payment schedule), .json (summary), "
                   ".ledger.csv (Connects ledger), .sim.json (simulation), .ics (calendar), "
                   ".pdf (report), .svg (simulator chart), .png (simulator chart), "
                   ".withdrawals.csv (withdrawals), "
                   ".actuals.csv (imported actuals), .reconcile.csv (predictions against actuals)");
}

static void
test_dispatch_errors (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PaydayPlan) plan = payday_plan_new ();
  g_autofree char *dir = g_dir_make_tmp ("payday-export-XXXXXX", NULL);
  g_autofree char *txt = g_build_filename (dir, "x.txt", NULL);
  PaydaySchedule schedule;
  PaydayExportJob job;

  memset (&schedule, 0, sizeof schedule);
  schedule.plan = plan;
  schedule.items = g_array_new (FALSE, FALSE, sizeof (PaydayItem));
  payday_export_job_init (&job);
  g_assert_cmpint (job.runs, ==, PAYDAY_NONE);
  g_assert_false (payday_date_is_set (job.today));
  job.plan = plan;
  job.schedule = &schedule;

  /* Every format of docs/exports.md has its writer now; an unknown one lists them. */
  g_assert_false (payday_export_to_file (&job, txt, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED);
  g_assert_nonnull (strstr (error->message, "unknown export format"));
  g_assert_nonnull (strstr (error->message, "supported: .csv"));
  g_assert_nonnull (strstr (error->message, ".sim.json (simulation)"));
  g_clear_error (&error);

  g_assert_false (g_file_test (txt, G_FILE_TEST_EXISTS));

  g_array_unref (schedule.items);
  g_rmdir (dir);
}

static void
test_atomic_write (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("payday-export-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "out.csv", NULL);
  g_autofree char *bad = g_build_filename (dir, "missing", "out.csv", NULL);
  g_autofree char *sub = g_build_filename (dir, "sub", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GDir) listing = NULL;
  const char *name;
  guint n = 0;

  g_assert_true (payday_export_write_atomically (path, "first\r\n", 7, &error));
  g_assert_no_error (error);
  g_assert_true (payday_export_write_atomically (path, "second", 6, &error));
  g_assert_no_error (error);
  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (contents, ==, "second");

  g_assert_false (payday_export_write_atomically (bad, "x", 1, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Replacing a folder fails and leaves no temporary file behind. */
  g_assert_cmpint (g_mkdir (sub, 0755), ==, 0);
  g_assert_false (payday_export_write_atomically (sub, "x", 1, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  listing = g_dir_open (dir, 0, NULL);
  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_assert_true (g_str_equal (name, "out.csv") || g_str_equal (name, "sub"));
      n++;
    }
  g_assert_cmpuint (n, ==, 2);

  g_rmdir (sub);
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/payday/export/csv-quoting", test_csv_quoting);
  g_test_add_func ("/payday/export/csv-numbers-and-dates", test_csv_numbers_and_dates);
  g_test_add_func ("/payday/export/csv-schedule-rows", test_csv_schedule_rows);
  g_test_add_func ("/payday/export/dispatch-suffixes", test_dispatch_suffixes);
  g_test_add_func ("/payday/export/dispatch-errors", test_dispatch_errors);
  g_test_add_func ("/payday/export/atomic-write", test_atomic_write);
  g_test_add_func ("/payday/export/csv-stream-equals-text", test_csv_stream_equals_text);
  g_test_add_func ("/payday/export/csv-stream-failure", test_csv_stream_failure);

  return g_test_run ();
}
