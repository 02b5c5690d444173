/* test-ui-undo.c — every page's edit is a command: win.undo gives back the plan, win.redo the edit
 *
 * Each test makes one edit the way a user does (the Connects page's purchase form, the
 * profile dialog's switch, a simulator setting, the Rule Editions dialog's pin), then
 * activates win.undo and compares the whole plan's JSON with the one from before, then
 * win.redo and compares with the one after.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "ui-test-util.h"
#include "payday-application.h"
#include "payday-connects-page.h"
#include "payday-document.h"
#include "payday-profile-dialog.h"
#include "payday-simulator-page.h"
#include "payday-window.h"

static PaydayApplication *app;

static gboolean
is_hidden (gpointer data)
{
  return !gtk_widget_get_visible (data);
}

static gboolean
is_dirty (gpointer data)
{
  return payday_document_get_dirty (data);
}

static char *
plan_json (PaydayWindow *window)
{
  return payday_plan_to_data (payday_document_get_plan (payday_window_get_document (window)), NULL);
}

/* After the edit: win.undo brings back @before exactly, win.redo the edited plan. */
static void
assert_undo_redo (PaydayWindow *window,
                  const char   *before)
{
  PaydayDocument *document = payday_window_get_document (window);
  g_autofree char *after = plan_json (window);
  g_autofree char *undone = NULL;
  g_autofree char *redone = NULL;

  g_assert_cmpstr (after, !=, before);
  g_assert_true (payday_document_get_dirty (document));
  g_assert_true (payday_document_can_undo (document));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  payday_test_iterate_for (50);
  undone = plan_json (window);
  g_assert_cmpstr (undone, ==, before);
  g_assert_false (payday_document_get_dirty (document));
  g_assert_false (payday_document_can_undo (document));
  g_assert_true (payday_document_can_redo (document));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  payday_test_iterate_for (50);
  redone = plan_json (window);
  g_assert_cmpstr (redone, ==, after);
  g_assert_true (payday_document_get_dirty (document));
  g_assert_false (payday_document_can_redo (document));
}

static void
test_undo_connects_purchase (void)
{
  PaydayWindow *window = payday_test_sample_window (GTK_APPLICATION (app), "connects", 1000, 860);
  g_autofree char *before = plan_json (window);
  GtkWidget *page = payday_test_find_type (GTK_WIDGET (window), PAYDAY_TYPE_CONNECTS_PAGE);
  GtkWidget *dialog;

  g_assert_nonnull (page);
  g_assert_true (gtk_widget_activate_action (page, "connects.add-transaction", NULL));
  payday_test_iterate_for (200);
  dialog = payday_test_find_dialog (GTK_WINDOW (window), ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (payday_test_find_named (dialog, "tx-amount")), 40);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (payday_test_find_named (dialog, "tx-price")), 6);
  g_object_ref (dialog);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "save");
  gtk_window_close (GTK_WINDOW (dialog));
  g_assert_true (payday_test_iterate_until (is_hidden, dialog));
  g_object_unref (dialog);
  payday_test_iterate_for (50);

  g_assert_cmpstr (payday_document_get_undo_label (payday_window_get_document (window)), ==,
                   "Add Connects Transaction");
  assert_undo_redo (window, before);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_undo_profile_flag (void)
{
  PaydayWindow *window = payday_test_sample_window (GTK_APPLICATION (app), "overview", 1000, 860);
  g_autofree char *before = plan_json (window);
  GtkWidget *dialog;
  GtkWidget *sw;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.edit-profile", NULL));
  payday_test_iterate_for (300);
  dialog = payday_test_find_dialog (GTK_WINDOW (window), PAYDAY_TYPE_PROFILE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_true (payday_test_iterate_until (payday_test_is_mapped, dialog));

  sw = payday_test_find_named (dialog, "flag-profile_complete");
  g_assert_true (GTK_IS_SWITCH (sw));
  g_assert_true (gtk_switch_get_active (GTK_SWITCH (sw)));
  gtk_switch_set_active (GTK_SWITCH (sw), FALSE);
  payday_test_iterate_for (100);
  g_assert_false (payday_document_get_plan (payday_window_get_document (window))->profile.profile_complete);

  assert_undo_redo (window, before);

  /* The open dialog follows the document: undone (from the dialog's own Ctrl+Z action),
   * the switch is on again; redone, off. */
  g_assert_true (gtk_widget_activate_action (dialog, "profile.undo", NULL));
  payday_test_iterate_for (100);
  g_assert_true (gtk_switch_get_active (GTK_SWITCH (payday_test_find_named (dialog, "flag-profile_complete"))));
  g_assert_true (payday_document_get_plan (payday_window_get_document (window))->profile.profile_complete);
  g_assert_true (gtk_widget_activate_action (dialog, "profile.redo", NULL));
  payday_test_iterate_for (100);
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (payday_test_find_named (dialog, "flag-profile_complete"))));

  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_undo_simulator_setting (void)
{
  PaydayWindow *window = payday_test_sample_window (GTK_APPLICATION (app), "simulator", 1000, 860);
  PaydayDocument *document = payday_window_get_document (window);
  g_autofree char *before = plan_json (window);
  GtkWidget *page = payday_test_find_type (GTK_WIDGET (window), PAYDAY_TYPE_SIMULATOR_PAGE);
  GtkWidget *win_rate = payday_test_find_named (page, "setting-win-rate");

  g_assert_true (GTK_IS_RANGE (win_rate));

  /* A drag: many values within the debounce, then a pause, then more: one command. */
  for (int v = 11; v <= 30; v++)
    gtk_range_set_value (GTK_RANGE (win_rate), v);
  g_assert_true (payday_test_iterate_until (is_dirty, document));
  payday_test_iterate_for (PAYDAY_SIMULATOR_DEBOUNCE_MS);
  for (int v = 31; v <= 35; v++)
    gtk_range_set_value (GTK_RANGE (win_rate), v);
  payday_test_iterate_for (PAYDAY_SIMULATOR_DEBOUNCE_MS * 3);
  g_assert_cmpfloat_with_epsilon (payday_document_get_plan (document)->simulation.win_rate, 0.35, 1e-12);

  assert_undo_redo (window, before);

  /* Undo while a change still waits for rest: the pending change is taken in first (it
   * is its own command, or merged into the drag's when within two seconds of it), so
   * Undo takes it back and Redo gives it again. */
  gtk_range_set_value (GTK_RANGE (win_rate), 50);
  g_assert_cmpfloat_with_epsilon (payday_document_get_plan (document)->simulation.win_rate, 0.35, 1e-12);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  payday_test_iterate_for (PAYDAY_SIMULATOR_DEBOUNCE_MS * 2);
  g_assert_cmpfloat (fabs (payday_document_get_plan (document)->simulation.win_rate - 0.5), >, 1e-9);
  g_assert_cmpfloat_with_epsilon (gtk_range_get_value (GTK_RANGE (win_rate)),
                                  payday_document_get_plan (document)->simulation.win_rate * 100, 1e-9);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  payday_test_iterate_for (50);
  g_assert_cmpfloat_with_epsilon (payday_document_get_plan (document)->simulation.win_rate, 0.5, 1e-12);
  g_assert_cmpfloat_with_epsilon (gtk_range_get_value (GTK_RANGE (win_rate)), 50, 1e-9);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_undo_rules_pin (void)
{
  PaydayWindow *window = payday_test_sample_window (GTK_APPLICATION (app), "overview", 1000, 860);
  g_autofree char *before = plan_json (window);
  GtkWidget *dialog = NULL;
  GListModel *toplevels;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.rules", NULL));
  toplevels = gtk_window_get_toplevels ();
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (g_strcmp0 (gtk_widget_get_name (GTK_WIDGET (toplevel)), "rules-dialog") == 0)
        dialog = GTK_WIDGET (toplevel);
    }
  g_assert_nonnull (dialog);
  g_assert_true (payday_test_iterate_until (payday_test_is_mapped, dialog));

  g_assert_true (gtk_widget_activate_action (dialog, "rules.pin", "s", "2016-06-21"));
  payday_test_iterate_for (100);
  g_assert_cmpint (payday_document_get_plan (payday_window_get_document (window))->rules_edition, ==,
                   payday_date_from_ymd (2016, 6, 21));

  assert_undo_redo (window, before);

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

  g_test_add_func ("/payday/ui/undo/connects-purchase", test_undo_connects_purchase);
  g_test_add_func ("/payday/ui/undo/profile-flag", test_undo_profile_flag);
  g_test_add_func ("/payday/ui/undo/simulator-setting", test_undo_simulator_setting);
  g_test_add_func ("/payday/ui/undo/rules-pin", test_undo_rules_pin);

  ret = g_test_run ();

  g_clear_object (&app);

  return ret;
}
