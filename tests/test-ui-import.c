/* test-ui-import.c — importing Upwork's CSV files in the window: the preview dialog, a
 * changed match, one undo step, a refused file, a dropped file, and the Overview's card on
 * how the plan held up with its exceptions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "ui-test-util.h"
#include <glib/gstdio.h>

#include "payday-application.h"
#include "payday-contracts-page.h"
#include "payday-import-dialog.h"
#include "payday-import-match.h"
#include "payday-reconcile-card.h"
#include "payday-reconcile-item.h"
#include "payday-simulator-chart.h"
#include "payday-simulator-page.h"
#include "payday-ui-util.h"

static PaydayApplication *app;

static GtkWidget *
find_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (PAYDAY_IS_IMPORT_DIALOG (toplevel) && gtk_widget_get_visible (GTK_WIDGET (toplevel)))
        return GTK_WIDGET (toplevel);
    }

  return NULL;
}

static gboolean
dialog_shows_file (gpointer data)
{
  GtkWidget *dialog = find_dialog ();

  return dialog != NULL &&
         g_strcmp0 (payday_import_dialog_get_state (PAYDAY_IMPORT_DIALOG (dialog)), data) == 0;
}

static gboolean
no_dialog (gpointer data)
{
  return find_dialog () == NULL;
}

static gboolean
has_result (gpointer data)
{
  return payday_simulator_page_get_result (data) != NULL;
}

static GListModel *
fixture_files (const char *first,
               ...)
{
  GListStore *files = g_list_store_new (G_TYPE_FILE);
  va_list args;

  va_start (args, first);
  for (const char *name = first; name != NULL; name = va_arg (args, const char *))
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);

      g_list_store_append (files, file);
    }
  va_end (args);

  return G_LIST_MODEL (files);
}

/* A new plan judged at a fixed day after the fixtures' history. */
static PaydayWindow *
new_plan_window (void)
{
  g_autoptr(PaydayDocument) document = payday_document_new ();
  g_autoptr(GError) error = NULL;
  PaydayWindow *window;

  payday_document_set_today (document, payday_date_from_ymd (2025, 1, 20));
  payday_document_load_new (document, payday_ui_preferred_edition (NULL), &error);
  g_assert_no_error (error);

  window = payday_window_new (GTK_APPLICATION (app), document);
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 760);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (payday_test_iterate_until (payday_test_is_mapped, window));
  payday_test_iterate_for (200);

  return window;
}

static void
test_import_preview_match_undo (void)
{
  PaydayWindow *window = payday_test_sample_window (GTK_APPLICATION (app), NULL, 1000, 760);
  PaydayDocument *document = payday_window_get_document (window);
  PaydayPlan *plan = payday_document_get_plan (document);
  guint n_contracts = plan->contracts->len;
  g_autoptr(GListModel) files = fixture_files ("upwork-weekly-summary.csv", NULL);
  g_autofree char *before = payday_plan_to_data (plan, NULL);
  g_autofree char *after = NULL;
  g_autoptr(PaydayImportMatch) first = NULL;
  const PaydayContract *hourly = NULL;
  PaydayImportDialog *dialog;
  const PaydayImportCounts *counts;
  GListModel *matches;
  guint created;

  payday_window_import_files (window, files);
  g_assert_true (payday_test_iterate_until (dialog_shows_file, (gpointer) "preview"));
  dialog = PAYDAY_IMPORT_DIALOG (find_dialog ());

  /* The preview: rows, the two made-up contracts to create, nothing changed yet. */
  counts = payday_import_dialog_get_counts (dialog);
  g_assert_nonnull (counts);
  g_assert_cmpuint (counts->rows, >, 100);
  g_assert_cmpuint (counts->contracts_created, ==, 2);
  g_assert_cmpuint (counts->duplicates, ==, 0);
  matches = payday_import_dialog_get_matches (dialog);
  g_assert_cmpuint (g_list_model_get_n_items (matches), ==, 2);
  g_assert_cmpuint (payday_test_count_rows (GTK_WIDGET (dialog), "import-contracts"), ==, 2);
  g_assert_cmpuint (plan->contracts->len, ==, n_contracts);
  payday_test_iterate_for (200);
  payday_test_save_screenshot (GTK_WIDGET (dialog), "import-preview.png");

  /* Send the hourly file contract to one of the plan's hourly contracts instead. */
  for (guint i = 0; i < plan->contracts->len && hourly == NULL; i++)
    if (g_array_index (plan->contracts, PaydayContract, i).type == PAYDAY_CONTRACT_HOURLY)
      hourly = &g_array_index (plan->contracts, PaydayContract, i);
  g_assert_nonnull (hourly);
  first = g_list_model_get_item (matches, 0);
  g_assert_null (payday_import_match_get_match (first));
  g_assert_true (payday_import_dialog_choose (dialog, 0, hourly->id));
  g_assert_cmpstr (payday_import_match_get_match (first), ==, hourly->id);
  created = payday_import_dialog_get_counts (dialog)->contracts_created;
  g_assert_cmpuint (created, ==, 1);

  /* The plan changes under the open preview: it counts again (the rows are made again,
   * since the plan's contracts to choose from may have changed) and keeps the choice. */
  payday_test_rename_plan (document, "Renamed While Previewing");
  plan = payday_document_get_plan (document);
  g_clear_object (&first);
  first = g_list_model_get_item (matches, 0);
  g_assert_cmpstr (payday_import_match_get_match (first), ==, hourly->id);
  g_assert_cmpuint (payday_import_dialog_get_counts (dialog)->contracts_created, ==, 1);
  g_free (before);
  before = payday_plan_to_data (plan, NULL);

  /* Import: one command; one undo gives the plan back exactly. */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.apply", NULL);
  g_assert_true (payday_test_iterate_until (no_dialog, NULL));
  plan = payday_document_get_plan (document);
  g_assert_cmpuint (plan->contracts->len, ==, n_contracts + 1);
  g_assert_cmpuint (plan->actuals->len, >, 100);
  g_assert_cmpstr (payday_document_get_undo_label (document), ==, "Import");
  after = payday_plan_to_data (plan, NULL);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  {
    g_autofree char *undone = payday_plan_to_data (payday_document_get_plan (document), NULL);

    g_assert_cmpstr (undone, ==, before);
  }
  gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL);
  {
    g_autofree char *redone = payday_plan_to_data (payday_document_get_plan (document), NULL);

    g_assert_cmpstr (redone, ==, after);
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_import_refused (void)
{
  PaydayWindow *window = payday_test_sample_window (GTK_APPLICATION (app), NULL, 1000, 760);
  PaydayDocument *document = payday_window_get_document (window);
  g_autofree char *before = payday_plan_to_data (payday_document_get_plan (document), NULL);
  g_autofree char *after = NULL;
  g_autofree char *dir = g_dir_make_tmp ("payday-import-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "not-upwork.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GListStore) files = g_list_store_new (G_TYPE_FILE);
  GtkWidget *dialog;
  const char *description;

  g_assert_true (g_file_set_contents (path, "Name,Colour\nAda,blue\n", -1, NULL));
  g_list_store_append (files, file);
  payday_window_import_files (window, G_LIST_MODEL (files));
  g_assert_true (payday_test_iterate_until (dialog_shows_file, (gpointer) "refused"));
  dialog = find_dialog ();

  /* The message names the file and what it lacks; nothing can be imported. */
  description = adw_status_page_get_description (
    ADW_STATUS_PAGE (payday_test_find_named (dialog, "import-refused")));
  g_assert_nonnull (strstr (description, "not-upwork.csv"));
  g_assert_nonnull (strstr (description, "Date"));
  g_assert_false (gtk_widget_is_sensitive (payday_test_find_named (dialog, "import-apply")) &&
                  gtk_widget_get_visible (payday_test_find_named (dialog, "import-apply")));
  payday_test_save_screenshot (dialog, "import-refused.png");

  gtk_widget_activate_action (dialog, "import.cancel", NULL);
  g_assert_true (payday_test_iterate_until (no_dialog, NULL));
  after = payday_plan_to_data (payday_document_get_plan (document), NULL);
  g_assert_cmpstr (after, ==, before);
  g_assert_false (payday_document_can_undo (document));

  g_unlink (path);
  g_rmdir (dir);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The window's drop target takes a CSV file list as a file manager drops it; other files
 * are refused. */
static void
test_import_drop (void)
{
  PaydayWindow *window = new_plan_window ();
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "upwork-statements.csv",
                                                 NULL);
  g_autoptr(GFile) csv = g_file_new_for_path (path);
  g_autoptr(GFile) other = g_file_new_for_path ("/tmp/plan.payday");
  GListModel *controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));
  GtkDropTarget *target = NULL;
  GValue value = G_VALUE_INIT;
  GSList *list;
  gboolean taken = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && target == NULL; i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        target = GTK_DROP_TARGET (controller);
    }
  g_object_unref (controllers);
  g_assert_nonnull (target);

  g_value_init (&value, GDK_TYPE_FILE_LIST);
  list = g_slist_prepend (NULL, other);
  g_value_set_boxed (&value, list);
  g_slist_free (list);
  g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &taken);
  g_assert_false (taken);
  g_value_unset (&value);
  g_assert_null (find_dialog ());

  g_value_init (&value, GDK_TYPE_FILE_LIST);
  list = g_slist_prepend (g_slist_prepend (NULL, other), csv);
  g_value_set_boxed (&value, list);
  g_slist_free (list);
  g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &taken);
  g_assert_true (taken);
  g_value_unset (&value);

  g_assert_true (payday_test_iterate_until (dialog_shows_file, (gpointer) "preview"));
  g_assert_cmpuint (payday_import_dialog_get_counts (PAYDAY_IMPORT_DIALOG (find_dialog ()))
                      ->actuals, >, 100);
  gtk_widget_activate_action (find_dialog (), "import.apply", NULL);
  g_assert_true (payday_test_iterate_until (no_dialog, NULL));
  g_assert_cmpuint (payday_document_get_plan (payday_window_get_document (window))->actuals->len,
                    >, 100);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A first start from the user's history: the empty Overview offers the import; the
 * transaction history and the weekly summary in one go give the card on how the plan
 * held up, and its exceptions link to their contracts. */
static void
test_import_overview_reconcile (void)
{
  PaydayWindow *window = new_plan_window ();
  PaydayDocument *document = payday_window_get_document (window);
  g_autoptr(GListModel) files = fixture_files ("upwork-statements.csv",
                                               "upwork-weekly-summary.csv", NULL);
  GtkWidget *card;
  GListModel *rows = payday_document_get_reconcile (document);
  GListModel *exceptions;
  g_autoptr(PaydayReconcileItem) exception = NULL;
  guint as_predicted = 0;
  g_autofree char *expected = NULL;
  GtkWidget *button;
  GtkWidget *import_button;
  GtkMenuButton *menu_button;

  import_button = payday_test_find_named (GTK_WIDGET (window), "overview-import");
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (import_button)), ==,
                   "win.import");
  payday_test_save_screenshot (GTK_WIDGET (window), "import-empty-state.png");

  payday_window_import_files (window, files);
  g_assert_true (payday_test_iterate_until (dialog_shows_file, (gpointer) "preview"));
  gtk_widget_activate_action (find_dialog (), "import.apply", NULL);
  g_assert_true (payday_test_iterate_until (dialog_shows_file, (gpointer) "preview"));
  gtk_widget_activate_action (find_dialog (), "import.apply", NULL);
  g_assert_true (payday_test_iterate_until (no_dialog, NULL));

  g_assert_cmpuint (g_list_model_get_n_items (rows), >, 50);
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(PaydayReconcileItem) item = g_list_model_get_item (rows, i);

      as_predicted += payday_reconcile_item_get_verdict (item) == PAYDAY_VERDICT_AS_PREDICTED;
    }
  g_assert_cmpuint (as_predicted, >, 0);

  card = payday_test_find_type (GTK_WIDGET (window), PAYDAY_TYPE_RECONCILE_CARD);
  g_assert_nonnull (card);
  g_assert_true (gtk_widget_get_visible (card));
  expected = g_strdup_printf ("%u of %u payments as predicted", as_predicted,
                              g_list_model_get_n_items (rows));
  g_assert_cmpstr (payday_test_label_text (card, "reconcile-summary"), ==, expected);

  exceptions = payday_reconcile_card_get_exceptions (PAYDAY_RECONCILE_CARD (card));
  g_assert_cmpuint (g_list_model_get_n_items (exceptions), ==,
                    g_list_model_get_n_items (rows) - as_predicted);
  g_assert_cmpuint (g_list_model_get_n_items (exceptions), >, 0);
  g_assert_cmpuint (payday_test_count_rows (card, "reconcile-exceptions-list"), ==,
                    g_list_model_get_n_items (exceptions));
  payday_test_iterate_for (300);
  payday_test_save_screenshot (GTK_WIDGET (window), "import-overview-reconcile.png");

  menu_button = GTK_MENU_BUTTON (payday_test_find_named (card, "reconcile-exceptions"));
  gtk_menu_button_popup (menu_button);
  payday_test_iterate_for (300);
  payday_test_save_screenshot (GTK_WIDGET (gtk_menu_button_get_popover (menu_button)),
                               "import-overview-exceptions.png");

  /* The link of the first exception opens its contract on the Contracts page. */
  exception = g_list_model_get_item (exceptions, 0);
  button = payday_test_find_named (card, "reconcile-contract");
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_activate_action_variant (
    button, gtk_actionable_get_action_name (GTK_ACTIONABLE (button)),
    gtk_actionable_get_action_target_value (GTK_ACTIONABLE (button))));
  payday_test_iterate_for (200);
  {
    AdwViewStack *stack = ADW_VIEW_STACK (payday_test_find_type (GTK_WIDGET (window),
                                                                 ADW_TYPE_VIEW_STACK));
    GtkWidget *page = payday_window_ensure_page (window, "contracts");
    GtkColumnView *view = GTK_COLUMN_VIEW (payday_test_find_type (page, GTK_TYPE_COLUMN_VIEW));
    GListModel *columns = gtk_column_view_get_columns (view);
    gboolean upwork_shown = FALSE;

    g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "contracts");
    /* the popover went with the Overview */
    g_assert_false (gtk_widget_get_visible (GTK_WIDGET (gtk_menu_button_get_popover (menu_button))));

    g_assert_cmpstr (payday_contracts_page_get_selected (PAYDAY_CONTRACTS_PAGE (page)), ==,
                     payday_reconcile_item_get_contract_id (exception));

    /* Imported contracts show their Upwork id like any other column. */
    for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
      {
        g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

        if (g_strcmp0 (gtk_column_view_column_get_title (column), "Upwork ID") == 0)
          upwork_shown = gtk_column_view_column_get_visible (column);
      }
    g_assert_true (upwork_shown);
    payday_test_iterate_for (300);
    payday_test_save_screenshot (GTK_WIDGET (window), "import-contracts.png");
  }

  /* The Simulator draws what was received over the forecast. */
  {
    AdwViewStack *stack = ADW_VIEW_STACK (payday_test_find_type (GTK_WIDGET (window),
                                                                 ADW_TYPE_VIEW_STACK));
    PaydaySimulatorPage *page;
    PaydayChart *chart;

    adw_view_stack_set_visible_child_name (stack, "simulator");
    page = PAYDAY_SIMULATOR_PAGE (payday_window_ensure_page (window, "simulator"));
    g_assert_true (payday_test_iterate_until (has_result, page));
    payday_test_iterate_for (300);
    chart = payday_chart_view_get_chart (payday_simulator_page_get_chart_view (page));
    g_assert_cmpuint (payday_chart_get_n_series (chart), ==, PAYDAY_SIMULATOR_N_SERIES + 1);
    payday_test_save_screenshot (GTK_WIDGET (window), "import-simulator.png");
  }

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

  g_test_add_func ("/payday/ui/import/preview-match-undo", test_import_preview_match_undo);
  g_test_add_func ("/payday/ui/import/refused", test_import_refused);
  g_test_add_func ("/payday/ui/import/drop", test_import_drop);
  g_test_add_func ("/payday/ui/import/overview-reconcile", test_import_overview_reconcile);

  ret = g_test_run ();
  g_clear_object (&app);
  return ret;
}
