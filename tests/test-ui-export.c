/* test-ui-export.c — the window's Export…, Print… and Rule Editions, driven under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "ui-test-util.h"
#include "payday-application.h"
#include "payday-document.h"
#include "payday-edition-row.h"
#include "payday-export.h"
#include "payday-rule-row.h"
#include "payday-window.h"

static PaydayApplication *app;

static gboolean
is_set (gpointer data)
{
  return *(gpointer *) data != NULL;
}

/* A toplevel of this process by its widget name. */
static GtkWindow *
find_toplevel (const char *name)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (g_strcmp0 (gtk_widget_get_name (GTK_WIDGET (window)), name) == 0)
        return window;
    }

  return NULL;
}

/* Writes @path the way `payday --export` does, from the document's plan and day. */
static void
export_directly (PaydayDocument *document,
                 const char     *path)
{
  g_autoptr(PaydayPlan) plan = payday_plan_copy (payday_document_get_plan (document));
  PaydayRules *rules = payday_document_get_rules (document);
  g_autoptr(PaydaySchedule) schedule = NULL;
  g_autoptr(GError) error = NULL;
  PaydayExportJob job;

  plan->today = payday_document_get_today (document);
  schedule = payday_schedule_compute (plan, rules, plan->today);
  payday_export_job_init (&job);
  job.plan = plan;
  job.rules = rules;
  job.schedule = schedule;
  job.today = plan->today;
  g_assert_true (payday_export_to_file (&job, path, &error));
  g_assert_no_error (error);
}

static void
export_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  GError **error = user_data;
  gboolean ok = payday_window_export_to_path_finish (PAYDAY_WINDOW (object), result, error);

  g_assert_true (ok == (*error == NULL));
  /* A sentinel so that iterate_until sees the end even on success. */
  if (ok)
    g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_EXISTS, "done");
}

static gboolean
window_export (PaydayWindow  *window,
               const char    *path,
               GError       **out)
{
  GError *error = NULL;

  payday_window_export_to_path_async (window, path, NULL, export_cb, &error);
  g_assert_true (payday_test_iterate_until (is_set, &error));
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_EXISTS) && strcmp (error->message, "done") == 0)
    {
      g_clear_error (&error);
      return TRUE;
    }
  g_propagate_error (out, error);
  return FALSE;
}

static char *
read_all (const char *path,
          gsize      *length)
{
  g_autoptr(GError) error = NULL;
  char *data = NULL;

  g_assert_true (g_file_get_contents (path, &data, length, &error));
  g_assert_no_error (error);
  return data;
}

static int
pdf_pages (const char *path)
{
  const char *argv[] = { "pdfinfo", path, NULL };
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  const char *line;
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  line = strstr (out, "\nPages:");
  g_assert_nonnull (line);
  return atoi (line + strlen ("\nPages:"));
}

static int
report_pages (PaydayDocument *document)
{
  g_autoptr(PaydayPlan) plan = payday_plan_copy (payday_document_get_plan (document));
  PaydayRules *rules = payday_document_get_rules (document);
  g_autoptr(PaydaySchedule) schedule = NULL;
  g_auto(PaydayReportOwned) owned = { 0 };
  PaydayReportInput in;
  PaydayExportJob job;

  plan->today = payday_document_get_today (document);
  schedule = payday_schedule_compute (plan, rules, plan->today);
  payday_export_job_init (&job);
  job.plan = plan;
  job.rules = rules;
  job.schedule = schedule;
  job.today = plan->today;
  payday_report_input_fill (&job, &in, &owned);

  return payday_report_count_pages (&in);
}

static void
test_export_same_bytes (void)
{
  PaydayWindow *window = payday_test_sample_window (GTK_APPLICATION (app), NULL, 1000, 800);
  PaydayDocument *document = payday_window_get_document (window);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("payday-ui-export-XXXXXX", &error);
  const char *names[] = { "plan.csv", "plan.ics", "plan.ledger.csv", "plan.json" };

  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *from_window = g_build_filename (dir, names[i], NULL);
      g_autofree char *direct_name = g_strconcat ("direct-", names[i], NULL);
      g_autofree char *direct = g_build_filename (dir, direct_name, NULL);
      g_autofree char *a = NULL;
      g_autofree char *b = NULL;
      gsize a_len, b_len;

      g_assert_true (window_export (window, from_window, &error));
      g_assert_no_error (error);
      export_directly (document, direct);

      a = read_all (from_window, &a_len);
      b = read_all (direct, &b_len);
      g_assert_cmpuint (a_len, >, 100);
      g_assert_cmpmem (a, a_len, b, b_len);
      g_unlink (from_window);
      g_unlink (direct);
    }

  /* The PDF: a real report with as many pages as the report's own count. */
  {
    g_autofree char *pdf = g_build_filename (dir, "plan.pdf", NULL);
    g_autofree char *data = NULL;
    gsize len;

    g_assert_true (window_export (window, pdf, &error));
    g_assert_no_error (error);
    data = read_all (pdf, &len);
    g_assert_true (len > 1000 && memcmp (data, "%PDF", 4) == 0);
    g_assert_cmpint (pdf_pages (pdf), ==, report_pages (document));
    g_unlink (pdf);
  }

  /* An unknown format is refused with the command line's message; nothing is written. */
  {
    g_autofree char *bad = g_build_filename (dir, "plan.docx", NULL);

    g_assert_false (window_export (window, bad, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED);
    g_assert_nonnull (strstr (error->message, "unknown export format"));
    g_assert_false (g_file_test (bad, G_FILE_TEST_EXISTS));
    g_clear_error (&error);
  }

  g_assert_cmpint (g_rmdir (dir), ==, 0);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The export copies the plan when it starts: changing the plan right after does not leak
 * into the file being written. */
static void
test_export_uses_a_copy (void)
{
  PaydayWindow *window = payday_test_sample_window (GTK_APPLICATION (app), NULL, 1000, 800);
  PaydayDocument *document = payday_window_get_document (window);
  PaydayPlan *plan = payday_document_get_plan (document);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("payday-ui-export-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "copy.csv", NULL);
  g_autofree char *direct = g_build_filename (dir, "direct.csv", NULL);
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  GError *result = NULL;
  gsize a_len, b_len;

  export_directly (document, direct);
  payday_window_export_to_path_async (window, path, NULL, export_cb, &result);
  /* Pin the oldest edition while the thread runs: every fee changes. */
  plan->rules_edition = payday_date_from_ymd (2014, 1, 1);
  g_assert_true (payday_test_iterate_until (is_set, &result));
  g_assert_cmpstr (result->message, ==, "done");
  g_clear_error (&result);

  a = read_all (path, &a_len);
  b = read_all (direct, &b_len);
  g_assert_cmpmem (a, a_len, b, b_len);

  plan->rules_edition = PAYDAY_DATE_NONE;
  g_unlink (path);
  g_unlink (direct);
  g_rmdir (dir);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_export_dialog (void)
{
  PaydayWindow *window = payday_test_sample_window (GTK_APPLICATION (app), NULL, 1000, 800);
  GtkWindow *dialog;
  const char *always[] = { "export.csv", "export.ledger.csv", "export.withdrawals.csv", "export.ics",
                           "export.json", "export.pdf" };
  const char *maybe[] = { ".sim.json", ".svg", ".png" };

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export", NULL));
  dialog = find_toplevel ("export-dialog");
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (dialog) == GTK_WINDOW (window));
  g_assert_true (payday_test_iterate_until (payday_test_is_mapped, dialog));
  payday_test_iterate_for (300);

  for (guint i = 0; i < G_N_ELEMENTS (always); i++)
    g_assert_nonnull (payday_test_find_named (GTK_WIDGET (dialog), always[i]));
  /* Formats another part of Payday adds appear exactly when the exporter writes them. */
  for (guint i = 0; i < G_N_ELEMENTS (maybe); i++)
    {
      g_autofree char *file = g_strconcat ("x", maybe[i], NULL);
      g_autofree char *row = g_strconcat ("export", maybe[i], NULL);

      g_assert_true ((payday_test_find_named (GTK_WIDGET (dialog), row) != NULL) ==
                     payday_export_is_supported (file));
    }

  payday_test_save_screenshot (GTK_WIDGET (dialog), "export.png");
  gtk_window_destroy (dialog);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_export_print (void)
{
  PaydayWindow *window = payday_test_sample_window (GTK_APPLICATION (app), NULL, 1000, 800);
  g_autoptr(GtkPrintOperation) operation = payday_window_create_print_operation (window);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("payday-ui-print-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "printed.pdf", NULL);
  GtkPrintOperationResult result;

  g_assert_no_error (error);
  gtk_print_operation_set_export_filename (operation, path);
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT,
                                    GTK_WINDOW (window), &error);
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);

  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_cmpint (pdf_pages (path), ==, report_pages (payday_window_get_document (window)));
  g_assert_cmpint (pdf_pages (path), >=, 2);

  g_unlink (path);
  g_rmdir (dir);
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
same_fees (PaydaySchedule *a,
           PaydaySchedule *b)
{
  if (a->items->len != b->items->len)
    return FALSE;
  for (guint i = 0; i < a->items->len; i++)
    if (g_array_index (a->items, PaydayItem, i).fee_cents !=
        g_array_index (b->items, PaydayItem, i).fee_cents)
      return FALSE;
  return TRUE;
}

static PaydaySchedule *
schedule_pinned (PaydayDocument *document,
                 PaydayDate      edition)
{
  g_autoptr(PaydayPlan) plan = payday_plan_copy (payday_document_get_plan (document));

  plan->rules_edition = edition;
  return payday_schedule_compute (plan, payday_document_get_rules (document),
                                  payday_document_get_today (document));
}

static void
test_rules_pin (void)
{
  PaydayWindow *window = payday_test_sample_window (GTK_APPLICATION (app), NULL, 1000, 800);
  PaydayDocument *document = payday_window_get_document (window);
  PaydayRules *rules = payday_document_get_rules (document);
  PaydayDate sliding = payday_date_from_ymd (2016, 6, 21);
  g_autoptr(PaydaySchedule) before = payday_schedule_ref (payday_document_get_schedule (document));
  g_autoptr(PaydaySchedule) expected = schedule_pinned (document, sliding);
  GtkWindow *dialog;
  GtkWidget *row;

  g_assert_cmpint (payday_rules_find_edition (rules, sliding)->fee_model, ==, PAYDAY_FEE_SLIDING);
  g_assert_false (payday_document_get_dirty (document));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.rules", NULL));
  dialog = find_toplevel ("rules-dialog");
  g_assert_nonnull (dialog);
  g_assert_true (payday_test_iterate_until (payday_test_is_mapped, dialog));

  /* One row an edition. */
  for (guint i = 0; i < rules->editions->len; i++)
    {
      const PaydayEdition *edition = g_ptr_array_index (rules->editions, i);
      g_autofree char *date = payday_date_to_string (edition->effective_from);
      g_autofree char *name = g_strconcat ("edition-", date, NULL);

      g_assert_nonnull (payday_test_find_named (GTK_WIDGET (dialog), name));
    }

  /* See the plan under the sliding fee of 2016. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "rules.pin", "s", "2016-06-21"));
  payday_test_iterate_for (100);
  g_assert_cmpint (payday_document_get_plan (document)->rules_edition, ==, sliding);
  g_assert_true (payday_document_get_dirty (document));
  g_assert_true (same_fees (payday_document_get_schedule (document), expected));
  g_assert_false (same_fees (payday_document_get_schedule (document), before));
  g_assert_true (gtk_widget_get_visible (payday_test_find_named (GTK_WIDGET (dialog), "unpin")));

  row = payday_test_find_named (GTK_WIDGET (dialog), "edition-2025-05-01");
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  gtk_window_set_default_size (dialog, 640, 980);
  payday_test_iterate_for (400);
  payday_test_save_screenshot (GTK_WIDGET (dialog), "rules.png");

  /* An unknown date changes nothing. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "rules.pin", "s", "2016-06-22"));
  g_assert_cmpint (payday_document_get_plan (document)->rules_edition, ==, sliding);

  /* Each date's own edition again: the schedule is the one from before. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "rules.pin", "s", ""));
  payday_test_iterate_for (100);
  g_assert_false (payday_date_is_set (payday_document_get_plan (document)->rules_edition));
  g_assert_true (same_fees (payday_document_get_schedule (document), before));
  g_assert_false (gtk_widget_get_visible (payday_test_find_named (GTK_WIDGET (dialog), "unpin")));

  gtk_window_destroy (dialog);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A figure row of an edition: its "Unverified" tag shows exactly when expected, and on screen. */
static void
assert_figure (GtkWidget  *edition,
               const char *path,
               gboolean    unverified)
{
  GtkWidget *row = payday_test_find_named (edition, path);
  GtkWidget *tag;

  g_test_message ("%s %s", gtk_widget_get_name (edition), path);
  g_assert_true (PAYDAY_IS_RULE_ROW (row));
  g_assert_cmpint (payday_rule_row_get_unverified (PAYDAY_RULE_ROW (row)), ==, unverified);
  tag = payday_test_find_named (row, "unverified-tag");
  g_assert_nonnull (tag);
  g_assert_cmpint (gtk_widget_get_visible (tag), ==, unverified);
  g_assert_cmpint (gtk_widget_get_mapped (tag), ==, unverified);
}

static void
assert_figure_text (GtkWidget  *edition,
                    const char *path,
                    const char *text)
{
  GtkWidget *row = payday_test_find_named (edition, path);

  g_assert_nonnull (row);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, text);
}

static void
test_rules_unverified (void)
{
  PaydayWindow *window = payday_test_sample_window (GTK_APPLICATION (app), NULL, 1000, 800);
  const char *trp = "badges.top_rated_plus.criteria.large_contract.";
  g_autofree char *legal = g_strconcat (trp, "thresholds.Legal", NULL);
  g_autofree char *engineering = g_strconcat (trp, "thresholds.Engineering & Architecture", NULL);
  g_autofree char *sales = g_strconcat (trp, "thresholds.Sales & Marketing", NULL);
  g_autofree char *other = g_strconcat (trp, "default_cents", NULL);
  GtkWidget *variable, *more, *flat;
  GtkWindow *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.rules", NULL));
  dialog = find_toplevel ("rules-dialog");
  g_assert_nonnull (dialog);
  gtk_window_set_default_size (dialog, 640, 1500);
  g_assert_true (payday_test_iterate_until (payday_test_is_mapped, dialog));

  variable = payday_test_find_named (GTK_WIDGET (dialog), "edition-2025-05-01");
  more = payday_test_find_named (GTK_WIDGET (dialog), "edition-2020-12-01");
  flat = payday_test_find_named (GTK_WIDGET (dialog), "edition-2023-05-03");
  g_assert_true (PAYDAY_IS_EDITION_ROW (variable));
  g_assert_true (PAYDAY_IS_EDITION_ROW (more));
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (variable), TRUE);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (more), TRUE);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (flat), TRUE);
  payday_test_iterate_for (600);

  /* The 2025 fee (date and range), the $19.99 Plus price and the withdrawal fees no Upwork
   * page confirms; today's limit (none) and the ACH transfer are confirmed. */
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (variable)), ==,
                   "From 2025-05-01 (date unverified)");
  g_assert_true (gtk_widget_get_visible (payday_test_find_named (variable, "unverified-icon")));
  assert_figure (variable, "fee", TRUE);
  assert_figure (variable, "connects.plus_price_cents", TRUE);
  assert_figure (variable, "withdrawal.methods.wire", TRUE);
  assert_figure (variable, "withdrawal.methods.paypal", TRUE);
  assert_figure (variable, "withdrawal.methods.payoneer", TRUE);
  assert_figure (variable, "withdrawal.methods.ach_us", FALSE);
  assert_figure (variable, "connects.rollover_limit", FALSE);
  assert_figure (variable, "hourly", FALSE);
  assert_figure_text (variable, "connects.rollover_limit", "None");
  assert_figure_text (variable, "withdrawal.methods.wire", "$30.00, up to 7 business days");

  /* More Connects: its inferred date; the limit of 200 and the new-talent grants; the
   * large-contract thresholds moderators name are confirmed, the rest are not. */
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (more)), ==,
                   "From 2020-12-01 (date unverified)");
  assert_figure_text (more, "connects.rollover_limit", "A refill stops at 200 Connects");
  assert_figure_text (more, "connects.signup_grant", "40 on sign-up, 40 more for the Readiness Test");
  assert_figure_text (more, "connects.monthly_free", "10 Connects");
  assert_figure_text (more, "connects.plus_price_cents", "$14.99 a month, 80 Connects");
  assert_figure (more, "connects.rollover_limit", FALSE);
  assert_figure (more, "fee", FALSE);
  assert_figure (more, engineering, FALSE);
  assert_figure (more, sales, FALSE);
  assert_figure (more, legal, TRUE);
  assert_figure (more, other, TRUE);
  assert_figure_text (more, engineering, "$5,000.00");
  assert_figure_text (more, sales, "$10,000.00");

  /* An edition whose date is confirmed says so by saying nothing. */
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (flat)), ==, "From 2023-05-03");
  assert_figure (flat, "fee", FALSE);

  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (variable), FALSE);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (flat), FALSE);
  payday_test_iterate_for (600);
  payday_test_save_screenshot (GTK_WIDGET (dialog), "rules-unverified.png");
  /* The whole edition, its thresholds below the dialog's fold included. */
  payday_test_save_screenshot (more, "rules-unverified-more-connects.png");

  gtk_window_destroy (dialog);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  g_test_init (&argc, &argv, NULL);

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_test_skip ("no display (run under Xvfb: build-aux/dev test)");
      return g_test_run ();
    }

  app = payday_application_new ();
  g_application_set_flags (G_APPLICATION (app),
                           G_APPLICATION_NON_UNIQUE | G_APPLICATION_HANDLES_OPEN);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  g_test_add_func ("/payday/ui/export/same-bytes", test_export_same_bytes);
  g_test_add_func ("/payday/ui/export/uses-a-copy", test_export_uses_a_copy);
  g_test_add_func ("/payday/ui/export/dialog", test_export_dialog);
  g_test_add_func ("/payday/ui/export/print", test_export_print);
  g_test_add_func ("/payday/ui/rules/pin", test_rules_pin);
  g_test_add_func ("/payday/ui/rules/unverified", test_rules_unverified);

  ret = g_test_run ();

  g_clear_object (&app);

  return ret;
}
