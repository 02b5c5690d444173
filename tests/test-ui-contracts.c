/* test-ui-contracts.c — the Contracts page driven through its actions, with undo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "payday-application.h"
#include "payday-client-row.h"
#include "payday-clients-dialog.h"
#include "payday-contract-object.h"
#include "payday-contracts-page.h"
#include "payday-date-entry.h"
#include "payday-document.h"
#include "payday-fixed-editor.h"
#include "payday-hourly-editor.h"
#include "payday-money-entry.h"
#include "payday-window.h"
#include "ui-test-util.h"

static PaydayApplication *app;

static PaydayContractsPage *
contracts_page (PaydayWindow *window)
{
  GtkWidget *page = payday_test_find_type (GTK_WIDGET (window), PAYDAY_TYPE_CONTRACTS_PAGE);

  g_assert_nonnull (page);
  return PAYDAY_CONTRACTS_PAGE (page);
}

static const PaydayContract *
contract_by_id (PaydayDocument *document,
                const char     *id)
{
  const PaydayContract *c = payday_plan_find_contract (payday_document_get_plan (document), id);

  g_assert_nonnull (c);
  return c;
}

static char *
plan_json (PaydayDocument *document)
{
  return payday_plan_to_data (payday_document_get_plan (document), NULL);
}

static void
activate (gpointer    widget,
          const char *action,
          GVariant   *param)
{
  g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (widget), action, param));
  payday_test_iterate_for (50);
}

static void
test_contracts_hourly (void)
{
  PaydayWindow *window = payday_test_sample_window (GTK_APPLICATION (app), "contracts", 1200, 900);
  PaydayDocument *document = payday_window_get_document (window);
  PaydayContractsPage *page = contracts_page (window);
  PaydayHourlyEditor *editor;
  guint n = payday_document_get_plan (document)->contracts->len;
  PaydaySummary before = *payday_document_get_summary (document);
  g_autofree char *id = NULL;
  g_autofree char *json = NULL;
  g_autofree char *in_progress = NULL;
  const PaydayContract *c;
  PaydayMoneyEntry *hours;
  PaydayDate monday = payday_date_monday_of (PAYDAY_TEST_TODAY);

  g_assert_cmpuint (payday_contracts_page_get_n_shown (page), ==, n);
  g_assert_false (payday_document_get_dirty (document));

  activate (page, "contracts.add-hourly", NULL);
  g_assert_cmpuint (payday_document_get_plan (document)->contracts->len, ==, n + 1);
  g_assert_cmpuint (payday_contracts_page_get_n_shown (page), ==, n + 1);
  id = g_strdup (payday_contracts_page_get_selected (page));
  g_assert_nonnull (id);
  c = contract_by_id (document, id);
  g_assert_cmpint (c->type, ==, PAYDAY_CONTRACT_HOURLY);
  g_assert_cmpint (c->start, ==, PAYDAY_TEST_TODAY);
  g_assert_true (payday_document_get_dirty (document));
  g_assert_true (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "• "));

  editor = PAYDAY_HOURLY_EDITOR (payday_contracts_page_get_editor (page, PAYDAY_CONTRACT_HOURLY));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor)));
  payday_money_entry_set_text (payday_hourly_editor_get_rate_entry (editor), "$42.50");
  payday_test_iterate_for (50);
  g_assert_cmpint (contract_by_id (document, id)->rate_cents, ==, 4250);

  /* "Add next week": the Monday of the start, then the Monday after. */
  activate (editor, "hourly.add-week", NULL);
  activate (editor, "hourly.add-week", NULL);
  c = contract_by_id (document, id);
  g_assert_cmpuint (c->weeks->len, ==, 2);
  g_assert_cmpint (g_array_index (c->weeks, PaydayWeek, 0).week_start, ==, monday);
  g_assert_cmpint (g_array_index (c->weeks, PaydayWeek, 1).week_start, ==, monday + 7);
  g_assert_cmpuint (payday_hourly_editor_get_n_weeks (editor), ==, 2);

  /* Hours of this week: In progress grows by the week's net, on the Overview too. */
  hours = payday_hourly_editor_get_hours_entry (editor, 0, "hours");
  payday_money_entry_set_text (hours, "10.5");
  payday_test_iterate_for (50);
  c = contract_by_id (document, id);
  g_assert_cmpint (g_array_index (c->weeks, PaydayWeek, 0).hours, ==, 1050);
  g_assert_cmpint (payday_document_get_summary (document)->totals[PAYDAY_STATUS_IN_PROGRESS], >,
                   before.totals[PAYDAY_STATUS_IN_PROGRESS]);
  in_progress = payday_money_format (payday_document_get_summary (document)->totals[PAYDAY_STATUS_IN_PROGRESS]);
  g_assert_cmpstr (payday_test_label_text (GTK_WIDGET (window), "figure-in_progress"), ==, in_progress);

  /* Invalid input is marked and never reaches the document. */
  json = plan_json (document);
  payday_money_entry_set_text (hours, "ten");
  g_assert_false (payday_money_entry_get_valid (hours));
  payday_money_entry_set_text (hours, "200");
  g_assert_false (payday_money_entry_get_valid (hours));
  payday_money_entry_set_text (hours, "1.234");
  g_assert_false (payday_money_entry_get_valid (hours));
  payday_money_entry_set_text (payday_hourly_editor_get_hours_entry (editor, 0, "manual"), "11");
  payday_test_iterate_for (50);
  g_assert_false (payday_money_entry_get_valid (payday_hourly_editor_get_hours_entry (editor, 0, "manual")));
  {
    g_autofree char *after = plan_json (document);

    g_assert_cmpstr (after, ==, json);
  }

  payday_money_entry_set_text (payday_hourly_editor_get_hours_entry (editor, 0, "manual"), "2");
  payday_test_iterate_for (50);
  g_assert_cmpint (g_array_index (contract_by_id (document, id)->weeks, PaydayWeek, 0).manual_hours, ==, 200);

  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (gtk_widget_get_ancestor (GTK_WIDGET (hours), ADW_TYPE_EXPANDER_ROW)),
                                 TRUE);
  payday_test_iterate_for (300);
  payday_test_save_screenshot (GTK_WIDGET (window), "contracts-hourly.png");

  /* Undo walks every edit back to the sample as loaded: clean again. */
  while (payday_document_can_undo (document))
    activate (window, "win.undo", NULL);
  g_assert_false (payday_document_get_dirty (document));
  g_assert_cmpuint (payday_document_get_plan (document)->contracts->len, ==, n);
  g_assert_null (payday_contracts_page_get_selected (page));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_contracts_milestone (void)
{
  PaydayWindow *window = payday_test_sample_window (GTK_APPLICATION (app), "contracts", 1200, 900);
  PaydayDocument *document = payday_window_get_document (window);
  PaydayContractsPage *page = contracts_page (window);
  PaydayFixedEditor *editor;
  g_autofree char *id = NULL;
  const PaydayMilestone *m;
  GtkWidget *amount;

  activate (page, "contracts.add-fixed", NULL);
  id = g_strdup (payday_contracts_page_get_selected (page));
  g_assert_cmpint (contract_by_id (document, id)->type, ==, PAYDAY_CONTRACT_FIXED);
  editor = PAYDAY_FIXED_EDITOR (payday_contracts_page_get_editor (page, PAYDAY_CONTRACT_FIXED));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor)));

  activate (editor, "fixed.add-milestone", NULL);
  g_assert_cmpuint (payday_fixed_editor_get_n_milestones (editor), ==, 1);
  amount = payday_fixed_editor_get_field (editor, 0, "amount");
  payday_money_entry_set_text (PAYDAY_MONEY_ENTRY (amount), "1,250.00");
  payday_test_iterate_for (50);
  m = &g_array_index (contract_by_id (document, id)->milestones, PaydayMilestone, 0);
  g_assert_cmpint (m->amount_cents, ==, 125000);
  g_assert_false (payday_date_is_set (m->funded));
  g_assert_true (g_str_has_suffix (payday_fixed_editor_get_milestone_subtitle (editor, 0),
                                   "not released yet"));

  activate (payday_fixed_editor_get_field (editor, 0, "amount"), "milestone.mark-funded", NULL);
  activate (payday_fixed_editor_get_field (editor, 0, "amount"), "milestone.mark-submitted", NULL);
  m = &g_array_index (contract_by_id (document, id)->milestones, PaydayMilestone, 0);
  g_assert_cmpint (m->funded, ==, PAYDAY_TEST_TODAY);
  g_assert_cmpint (m->submitted, ==, PAYDAY_TEST_TODAY);
  g_assert_false (payday_date_is_set (m->approved));

  /* Approving before the submission is refused and marked on the field. */
  payday_date_entry_set_text (PAYDAY_DATE_ENTRY (payday_fixed_editor_get_field (editor, 0, "approved")),
                              "2026-03-01");
  payday_test_iterate_for (50);
  g_assert_false (payday_date_entry_get_valid (PAYDAY_DATE_ENTRY (payday_fixed_editor_get_field (editor, 0, "approved"))));
  m = &g_array_index (contract_by_id (document, id)->milestones, PaydayMilestone, 0);
  g_assert_false (payday_date_is_set (m->approved));

  activate (payday_fixed_editor_get_field (editor, 0, "amount"), "milestone.mark-approved", NULL);
  m = &g_array_index (contract_by_id (document, id)->milestones, PaydayMilestone, 0);
  g_assert_cmpint (m->approved, ==, PAYDAY_TEST_TODAY);
  /* Approved today: released today, available after the security hold. */
  g_assert_nonnull (strstr (payday_fixed_editor_get_milestone_subtitle (editor, 0), "released"));

  /* A second milestone, not funded: flagged as unprotected. */
  activate (editor, "fixed.add-milestone", NULL);
  payday_money_entry_set_text (PAYDAY_MONEY_ENTRY (payday_fixed_editor_get_field (editor, 1, "amount")), "800");
  payday_test_iterate_for (50);
  activate (editor, "fixed.add-bonus", NULL);
  g_assert_cmpuint (contract_by_id (document, id)->bonuses->len, ==, 1);

  amount = payday_fixed_editor_get_field (editor, 0, "amount");
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (gtk_widget_get_ancestor (amount, ADW_TYPE_EXPANDER_ROW)),
                                 TRUE);
  payday_test_iterate_for (300);
  payday_test_save_screenshot (GTK_WIDGET (window), "contracts-fixed.png");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_contracts_delete_undo (void)
{
  PaydayWindow *window = payday_test_sample_window (GTK_APPLICATION (app), "contracts", 1200, 900);
  PaydayDocument *document = payday_window_get_document (window);
  PaydayContractsPage *page = contracts_page (window);
  PaydayPlan *plan = payday_document_get_plan (document);
  g_autofree char *before = plan_json (document);
  g_autofree char *id = NULL;
  guint n = plan->contracts->len;

  /* A contract a proposal led to: deleting it unlinks the proposal, in the same command. */
  for (guint i = 0; i < plan->contracts->len && id == NULL; i++)
    if (payday_plan_contract_in_use (plan, g_array_index (plan->contracts, PaydayContract, i).id))
      id = g_strdup (g_array_index (plan->contracts, PaydayContract, i).id);
  g_assert_nonnull (id);

  activate (page, "contracts.select", g_variant_new_string (id));
  g_assert_cmpstr (payday_contracts_page_get_selected (page), ==, id);
  activate (page, "contracts.delete", NULL);
  g_assert_cmpuint (payday_document_get_plan (document)->contracts->len, ==, n - 1);
  g_assert_null (payday_plan_find_contract (payday_document_get_plan (document), id));
  g_assert_false (payday_plan_contract_in_use (payday_document_get_plan (document), id));
  g_assert_cmpuint (payday_contracts_page_get_n_shown (page), ==, n - 1);
  {
    g_autofree char *data = plan_json (document);
    g_autoptr(GError) load_error = NULL;
    g_autoptr(PaydayPlan) back = payday_plan_load_from_data (data, -1, &load_error);

    g_assert_no_error (load_error);
  }
  g_assert_true (payday_document_get_dirty (document));

  activate (window, "win.undo", NULL);
  {
    g_autofree char *after = plan_json (document);

    g_assert_cmpstr (after, ==, before);
  }
  g_assert_false (payday_document_get_dirty (document));
  g_assert_cmpuint (payday_contracts_page_get_n_shown (page), ==, n);

  activate (window, "win.redo", NULL);
  g_assert_null (payday_plan_find_contract (payday_document_get_plan (document), id));
  activate (window, "win.undo", NULL);

  /* Duplicate and End are commands too. */
  activate (page, "contracts.select", g_variant_new_string (id));
  activate (page, "contracts.duplicate", NULL);
  g_assert_cmpuint (payday_document_get_plan (document)->contracts->len, ==, n + 1);
  g_assert_cmpstr (payday_contracts_page_get_selected (page), !=, id);
  activate (page, "contracts.end", NULL);
  g_assert_cmpint (contract_by_id (document, payday_contracts_page_get_selected (page))->end, >=,
                   PAYDAY_TEST_TODAY);
  activate (window, "win.undo", NULL);
  activate (window, "win.undo", NULL);
  {
    g_autofree char *after = plan_json (document);

    g_assert_cmpstr (after, ==, before);
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_contracts_search (void)
{
  PaydayWindow *window = payday_test_sample_window (GTK_APPLICATION (app), "contracts", 1200, 900);
  PaydayDocument *document = payday_window_get_document (window);
  PaydayContractsPage *page = contracts_page (window);
  PaydayPlan *plan = payday_document_get_plan (document);
  const PaydayContract *first = &g_array_index (plan->contracts, PaydayContract, 0);
  g_autofree char *needle = g_utf8_strdown (first->title, 6);

  payday_contracts_page_set_search (page, "no contract is called this");
  g_assert_cmpuint (payday_contracts_page_get_n_shown (page), ==, 0);
  payday_contracts_page_set_search (page, needle);
  g_assert_cmpuint (payday_contracts_page_get_n_shown (page), >=, 1);
  g_assert_cmpuint (payday_contracts_page_get_n_shown (page), <=, plan->contracts->len);
  payday_contracts_page_set_search (page, "");
  g_assert_cmpuint (payday_contracts_page_get_n_shown (page), ==, plan->contracts->len);

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
has_message_dialog (gpointer data)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) w = g_list_model_get_item (toplevels, i);

      /* A dialog that was answered hides at once, before it is destroyed. */
      if (ADW_IS_MESSAGE_DIALOG (w) && gtk_widget_get_visible (GTK_WIDGET (w)))
        {
          *(gpointer *) data = w;
          return TRUE;
        }
    }
  return FALSE;
}

static void
on_destroyed (gpointer data)
{
  *(gboolean *) data = TRUE;
}

static void
test_contracts_close_dirty (void)
{
  PaydayWindow *window = payday_test_sample_window (GTK_APPLICATION (app), "contracts", 1000, 720);
  PaydayContractsPage *page = contracts_page (window);
  gpointer dialog = NULL;
  gboolean destroyed = FALSE;

  g_signal_connect_swapped (window, "destroy", G_CALLBACK (on_destroyed), &destroyed);
  activate (page, "contracts.add-fixed", NULL);
  g_assert_true (payday_document_get_dirty (payday_window_get_document (window)));

  /* Closing a plan with changes asks first; Cancel keeps the window. */
  gtk_window_close (GTK_WINDOW (window));
  g_assert_true (payday_test_iterate_until (has_message_dialog, &dialog));
  g_assert_true (payday_test_iterate_until (payday_test_is_mapped, dialog));
  payday_test_iterate_for (300);
  payday_test_save_screenshot (GTK_WIDGET (dialog), "contracts-close-dialog.png");
  /* As a click on a response button does: answer, then close the dialog. */
  adw_message_dialog_response (dialog, "cancel");
  gtk_window_close (GTK_WINDOW (dialog));
  payday_test_iterate_for (100);
  g_assert_false (destroyed);

  dialog = NULL;
  gtk_window_close (GTK_WINDOW (window));
  g_assert_true (payday_test_iterate_until (has_message_dialog, &dialog));
  adw_message_dialog_response (dialog, "discard");
  gtk_window_close (GTK_WINDOW (dialog));
  payday_test_iterate_for (200);
  g_assert_true (destroyed);
}

static void
test_contracts_narrow (void)
{
  PaydayWindow *window = payday_test_sample_window (GTK_APPLICATION (app), "contracts", 360, 720);
  PaydayDocument *document = payday_window_get_document (window);
  PaydayContractsPage *page = contracts_page (window);
  AdwLeaflet *leaflet = ADW_LEAFLET (payday_test_find_type (GTK_WIDGET (page), ADW_TYPE_LEAFLET));
  const char *id = g_array_index (payday_document_get_plan (document)->contracts, PaydayContract, 0).id;

  g_assert_true (adw_leaflet_get_folded (leaflet));
  payday_test_save_screenshot (GTK_WIDGET (window), "contracts-narrow-list.png");
  activate (page, "contracts.select", g_variant_new_string (id));
  payday_test_iterate_for (400);
  payday_test_save_screenshot (GTK_WIDGET (window), "contracts-narrow-editor.png");
  activate (page, "contracts.back", NULL);

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
shows_all (gpointer data)
{
  PaydayContractsPage *page = data;
  PaydayPlan *plan = payday_document_get_plan (payday_contracts_page_get_document (page));

  return payday_contracts_page_get_n_shown (page) == plan->contracts->len;
}

/* Selected row of the list, or NULL */
static const char *
list_selected_id (PaydayContractsPage *page)
{
  GtkColumnView *view = GTK_COLUMN_VIEW (payday_test_find_type (GTK_WIDGET (page), GTK_TYPE_COLUMN_VIEW));
  GtkSingleSelection *selection = GTK_SINGLE_SELECTION (gtk_column_view_get_model (view));
  gpointer row = gtk_single_selection_get_selected_item (selection);

  return row != NULL ? payday_contract_object_get_id (row) : NULL;
}

/* A long plan is listed at once; a selection made before a change is on its row again. */
static void
test_contracts_long_plan (void)
{
  PaydayWindow *window = payday_test_sample_window (GTK_APPLICATION (app), "contracts", 1200, 800);
  PaydayDocument *document = payday_window_get_document (window);
  PaydayContractsPage *page = contracts_page (window);
  g_autofree char *dir = g_dir_make_tmp ("payday-contracts-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "long.payday", NULL);
  g_autofree char *script = g_test_build_filename (G_TEST_DIST, "bench", "bench-generate.py", NULL);
  const char *argv[] = { "python3", script, path, "1500", NULL };
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(PaydayPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  int status = 0;

  g_assert_nonnull (dir);
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL,
                &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  plan = payday_plan_load_from_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (plan->contracts->len, ==, 1500);

  payday_document_set_plan (document, plan, file, &error);
  g_assert_no_error (error);
  /* The list binds the document's contracts model: every contract is there at once
   * (the view makes widgets only for the rows on screen). */
  g_assert_cmpuint (payday_contracts_page_get_n_shown (page), ==, 1500);

  id = g_strdup (g_array_index (plan->contracts, PaydayContract, 700).id);
  g_assert_true (payday_contracts_page_select (page, id));
  g_assert_cmpstr (list_selected_id (page), ==, id);

  /* A change updates the contracts in place; the selection stays on its row. */
  payday_test_rename_plan (document, "Renamed");
  g_assert_true (payday_test_iterate_until (shows_all, page));
  payday_test_iterate_for (300);
  g_assert_cmpstr (payday_contracts_page_get_selected (page), ==, id);
  g_assert_cmpstr (list_selected_id (page), ==, id);
  payday_test_save_screenshot (GTK_WIDGET (window), "contracts-long.png");

  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (path);
  g_rmdir (dir);
}

/* The button labelled @label under @root, depth first. */
static GtkWidget *
find_button (GtkWidget  *root,
             const char *label)
{
  if (GTK_IS_BUTTON (root) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (root)), label) == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, label);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
count_items_changed (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     guint      *count)
{
  (*count)++;
}

/* The Clients dialog lists the document's clients model: an edit in it is a command on
 * the client, its row follows in place (no items-changed), and undo brings it back. */
static void
test_contracts_clients_dialog (void)
{
  PaydayWindow *window = payday_test_sample_window (GTK_APPLICATION (app), "contracts", 1200, 800);
  PaydayDocument *document = payday_window_get_document (window);
  PaydayContractsPage *page = contracts_page (window);
  GListModel *clients = payday_document_get_clients (document);
  PaydayPlan *plan = payday_document_get_plan (document);
  g_autofree char *old_name = NULL;
  GtkWidget *dialog = NULL;
  GtkWidget *row;
  GtkWidget *name;
  GtkWidget *delete;
  guint n_items_changed = 0;
  guint n_rows = 0;
  g_autoptr(GListModel) toplevels = NULL;

  activate (page, "contracts.clients", NULL);
  toplevels = gtk_window_get_toplevels ();
  for (guint i = 0; i < g_list_model_get_n_items (toplevels) && dialog == NULL; i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (PAYDAY_IS_CLIENTS_DIALOG (toplevel))
        dialog = GTK_WIDGET (toplevel);
    }
  g_assert_nonnull (dialog);
  payday_test_iterate_for (200);

  /* One row per client, in plan order, each showing its client. */
  row = payday_test_find_type (dialog, PAYDAY_TYPE_CLIENT_ROW);
  g_assert_nonnull (row);
  for (GtkWidget *r = gtk_widget_get_first_child (gtk_widget_get_parent (row)); r; r = gtk_widget_get_next_sibling (r))
    n_rows += PAYDAY_IS_CLIENT_ROW (r);
  g_assert_cmpuint (n_rows, ==, plan->clients->len);
  old_name = g_strdup (g_array_index (plan->clients, PaydayClient, 0).name);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, old_name);

  /* A client with contracts cannot be deleted. */
  g_assert_true (payday_plan_client_in_use (plan, g_array_index (plan->clients, PaydayClient, 0).id));
  delete = find_button (row, "_Delete Client");
  g_assert_nonnull (delete);
  g_assert_false (gtk_widget_get_sensitive (delete));

  g_signal_connect (clients, "items-changed", G_CALLBACK (count_items_changed), &n_items_changed);
  name = payday_test_find_type (row, ADW_TYPE_ENTRY_ROW);
  gtk_editable_set_text (GTK_EDITABLE (name), "Renamed Client");
  g_signal_emit_by_name (name, "apply");
  payday_test_iterate_for (50);
  g_assert_cmpstr (g_array_index (plan->clients, PaydayClient, 0).name, ==, "Renamed Client");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Renamed Client");
  g_assert_cmpuint (n_items_changed, ==, 0);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  payday_test_iterate_for (300);
  payday_test_save_screenshot (dialog, "contracts-clients.png");

  /* Undo restores the name, on the same row. */
  g_assert_true (payday_document_undo (document));
  payday_test_iterate_for (50);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, old_name);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name)), ==, old_name);
  g_assert_cmpuint (n_items_changed, ==, 0);

  g_signal_handlers_disconnect_by_func (clients, count_items_changed, &n_items_changed);
  gtk_window_destroy (GTK_WINDOW (dialog));
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

  g_test_add_func ("/payday/ui/contracts/add-hourly-weeks-hours", test_contracts_hourly);
  g_test_add_func ("/payday/ui/contracts/add-approve-milestone", test_contracts_milestone);
  g_test_add_func ("/payday/ui/contracts/delete-undo", test_contracts_delete_undo);
  g_test_add_func ("/payday/ui/contracts/search", test_contracts_search);
  g_test_add_func ("/payday/ui/contracts/close-dirty", test_contracts_close_dirty);
  g_test_add_func ("/payday/ui/contracts/narrow", test_contracts_narrow);
  g_test_add_func ("/payday/ui/contracts/long-plan", test_contracts_long_plan);
  g_test_add_func ("/payday/ui/contracts/clients-dialog", test_contracts_clients_dialog);

  ret = g_test_run ();

  g_clear_object (&app);

  return ret;
}
