/* test-ui-overview.c — the window and its Overview page, driven in-process under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <unistd.h>

#include <glib/gstdio.h>

#include "ui-test-util.h"
#include "payday-application.h"
#include "payday-document.h"
#include "payday-error.h"
#include "payday-overview-page.h"
#include "payday-window.h"

static PaydayApplication *app;

static gboolean
is_set (gpointer data)
{
  return *(gpointer *) data != NULL;
}

static void
scroll (GtkWidget *window,
        gboolean   to_end)
{
  GtkWidget *page = payday_test_find_type (window, PAYDAY_TYPE_OVERVIEW_PAGE);
  GtkWidget *scroller = payday_test_find_type (page, GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));

  gtk_adjustment_set_value (adj, to_end ? gtk_adjustment_get_upper (adj) : 0.0);
  payday_test_iterate_for (200);
}

/* The expected values come from the engine directly, not from the document. */
static PaydaySchedule *
engine_schedule (PaydayDate today)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PaydayPlan) plan = payday_plan_load_sample (today, &error);
  g_autoptr(PaydayRules) rules = NULL;

  g_assert_no_error (error);
  rules = payday_rules_lookup (plan->rules, &error);
  g_assert_no_error (error);

  return payday_schedule_compute (plan, rules, payday_plan_get_today (plan));
}

static const char *figure_names[PAYDAY_N_STATUSES] = {
  "figure-in_progress", "figure-in_review", "figure-pending", "figure-available",
};

static void
test_overview_figures (void)
{
  g_autoptr(PaydaySchedule) schedule = engine_schedule (PAYDAY_TEST_TODAY);
  PaydaySummary summary;
  PaydayWindow *window = payday_test_sample_window (GTK_APPLICATION (app), NULL, 1000, 860);
  guint n_next = 0;
  guint n_contracts;

  payday_summary_compute (schedule, &summary);
  g_assert_cmpint (schedule->today, ==, PAYDAY_TEST_TODAY);

  for (guint i = 0; i < PAYDAY_N_STATUSES; i++)
    {
      g_autofree char *expected = payday_money_format (summary.totals[i]);

      g_assert_cmpstr (payday_test_label_text (GTK_WIDGET (window), figure_names[i]), ==, expected);
    }

  for (guint i = 0; i < schedule->items->len; i++)
    {
      const PaydayItem *item = &g_array_index (schedule->items, PaydayItem, i);

      if (item->available_on > schedule->today &&
          item->available_on <= schedule->today + PAYDAY_OVERVIEW_NEXT_DAYS)
        n_next++;
    }

  /* The sample is a realistic plan: something is due within two months. */
  g_assert_cmpuint (n_next, >, 0);
  g_assert_cmpuint (payday_test_count_rows (GTK_WIDGET (window), "next-payments"), ==, n_next);

  n_contracts = schedule->plan->contracts->len;
  g_assert_cmpuint (n_contracts, >, 0);
  g_assert_cmpuint (payday_test_count_rows (GTK_WIDGET (window), "contracts"), ==, n_contracts);

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, schedule->plan->name);

  payday_test_save_screenshot (GTK_WIDGET (window), "overview.png");
  scroll (GTK_WIDGET (window), TRUE);
  payday_test_save_screenshot (GTK_WIDGET (window), "overview-end.png");

  /* A phone-sized window still shows every figure in full. */
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 720);
  payday_test_iterate_for (300);
  scroll (GTK_WIDGET (window), FALSE);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 400);
  payday_test_save_screenshot (GTK_WIDGET (window), "overview-narrow.png");

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
is_hidden (gpointer widget)
{
  return !gtk_widget_get_visible (widget);
}

static gboolean
is_settled (gpointer stack)
{
  return !gtk_stack_get_transition_running (stack);
}

static gboolean
shows_contracts (gpointer pages)
{
  return g_strcmp0 (adw_view_stack_get_visible_child_name (pages), "contracts") == 0;
}

static void
test_overview_new (void)
{
  PaydayWindow *window = payday_test_sample_window (GTK_APPLICATION (app), NULL, 1000, 860);
  PaydayDocument *document = payday_window_get_document (window);
  PaydayPlan *sample = payday_document_get_plan (document);
  GtkWidget *empty_stack = payday_test_find_named (GTK_WIDGET (window), "overview-empty-stack");
  GtkWidget *invitation = payday_test_find_type (empty_stack, ADW_TYPE_STATUS_PAGE);

  g_assert_cmpuint (sample->contracts->len, >, 0);
  g_assert_cmpstr (payday_test_label_text (GTK_WIDGET (window), "figure-available"), !=, "$0.00");
  /* A plan with contracts does not even style or measure the empty plan's invitation. */
  g_assert_nonnull (invitation);
  g_assert_false (gtk_widget_get_visible (invitation));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL));
  payday_test_iterate_for (100);

  g_assert_true (payday_document_get_plan (document) != sample);
  g_assert_cmpuint (payday_document_get_plan (document)->contracts->len, ==, 0);
  g_assert_null (payday_document_get_file (document));

  for (guint i = 0; i < PAYDAY_N_STATUSES; i++)
    g_assert_cmpstr (payday_test_label_text (GTK_WIDGET (window), figure_names[i]), ==, "$0.00");
  g_assert_cmpuint (payday_test_count_rows (GTK_WIDGET (window), "next-payments"), ==, 0);
  g_assert_cmpuint (payday_test_count_rows (GTK_WIDGET (window), "contracts"), ==, 0);

  /* The empty plan invites its first contract: the status page is shown, and its button
   * takes the user to the Contracts page. */
  {
    GtkStack *stack = GTK_STACK (payday_test_find_named (GTK_WIDGET (window), "overview-empty-stack"));
    AdwViewStack *pages = ADW_VIEW_STACK (payday_test_find_type (GTK_WIDGET (window),
                                                                 ADW_TYPE_VIEW_STACK));

    g_assert_nonnull (stack);
    g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");
    g_assert_true (gtk_widget_get_visible (invitation));
    /* The screenshot after the crossfade from the plan, not halfway through it. */
    g_assert_true (payday_test_iterate_until (is_settled, stack));
    payday_test_save_screenshot (GTK_WIDGET (window), "overview-new.png");

    /* The button names its page, not a position in the switcher. A button activated
     * from the keyboard shows itself pressed for a moment before it clicks, so wait for
     * the page rather than a fixed time (50 ms failed once under load). */
    g_assert_true (gtk_widget_activate (payday_test_find_named (GTK_WIDGET (window),
                                                                "overview-add-contract")));
    g_assert_true (payday_test_iterate_until (shows_contracts, pages));
    g_assert_cmpstr (adw_view_stack_get_visible_child_name (pages), ==, "contracts");

    /* A plan with contracts opened over the invitation: the page crossfades to the plan,
     * then hides the invitation. */
    adw_view_stack_set_visible_child_name (pages, "overview");
    payday_test_iterate_for (50);
    {
      g_autoptr(GError) error = NULL;

      payday_document_load_sample (document, PAYDAY_TEST_TODAY, &error);
      g_assert_no_error (error);
    }
    g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "plan");
    g_assert_true (gtk_stack_get_transition_running (stack));
    g_assert_true (gtk_widget_get_visible (invitation));
    g_assert_true (payday_test_iterate_until (is_hidden, invitation));
    g_assert_false (gtk_stack_get_transition_running (stack));
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
open_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  GError **error = user_data;

  if (!payday_window_open_file_finish (PAYDAY_WINDOW (object), result, error))
    g_assert_nonnull (*error);
  else
    *error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_EXISTS, "no error");
}

static void
test_window_open_bad_plan (void)
{
  static const char bad[] =
    "{\n"
    "  \"format\": \"payday-plan\",\n"
    "  \"version\": 1,\n"
    "  \"name\": \"Broken\",\n"
    "  \"clients\": [ { \"id\": \"k1\", \"name\": \"Acme\" } ],\n"
    "  \"contracts\": [\n"
    "    { \"id\": \"c1\", \"title\": \"T\", \"client\": \"nobody\", \"type\": \"hourly\",\n"
    "      \"start\": \"2026-01-05\", \"rate_cents\": -5,\n"
    "      \"weeks\": [ { \"week_start\": \"2026-01-06\", \"hours\": \"ten\" } ] }\n"
    "  ]\n"
    "}\n";
  PaydayWindow *window = payday_test_sample_window (GTK_APPLICATION (app), NULL, 1000, 860);
  PaydayDocument *document = payday_window_get_document (window);
  PaydayPlan *before = payday_document_get_plan (document);
  g_autofree char *title_before = g_strdup (gtk_window_get_title (GTK_WINDOW (window)));
  g_autofree char *available_before = g_strdup (payday_test_label_text (GTK_WIDGET (window), "figure-available"));
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *dialog;
  GtkWidget *details;
  int fd;

  fd = g_file_open_tmp ("bad-XXXXXX.payday", &path, &error);
  g_assert_no_error (error);
  close (fd);
  g_assert_true (g_file_set_contents (path, bad, -1, &error));
  file = g_file_new_for_path (path);

  payday_window_open_file_async (window, file, NULL, open_cb, &error);
  g_assert_true (payday_test_iterate_until (is_set, &error));
  g_assert_true (error->domain == PAYDAY_ERROR);
  /* Every problem, one a line: the dangling client, negative rate, non-Monday, "ten". */
  g_assert_nonnull (strchr (error->message, '\n'));

  /* The open plan is untouched. */
  g_assert_true (payday_document_get_plan (document) == before);
  g_assert_null (payday_document_get_file (document));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, title_before);
  g_assert_cmpstr (payday_test_label_text (GTK_WIDGET (window), "figure-available"), ==, available_before);

  /* And the dialog shows the loader's text. */
  payday_test_iterate_for (100);
  dialog = payday_test_find_dialog (GTK_WINDOW (window), ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  details = payday_test_find_named (dialog, "error-details");
  g_assert_nonnull (details);
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (details)), ==, error->message);
  g_assert_true (gtk_label_get_selectable (GTK_LABEL (details)));

  payday_test_save_screenshot (dialog, "open-bad-plan.png");

  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (path);
}

static void
save_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  gboolean *done = user_data;
  g_autoptr(GError) error = NULL;

  g_assert_true (payday_document_save_finish (PAYDAY_DOCUMENT (object), result, &error));
  g_assert_no_error (error);
  *done = TRUE;
}

static gboolean
is_true (gpointer data)
{
  return *(gboolean *) data;
}

static void
test_window_save_and_open (void)
{
  PaydayWindow *window = payday_test_sample_window (GTK_APPLICATION (app), NULL, 1000, 860);
  PaydayDocument *document = payday_window_get_document (window);
  g_autofree char *dir = g_dir_make_tmp ("payday-ui-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "sample.payday", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autofree char *available = g_strdup (payday_test_label_text (GTK_WIDGET (window), "figure-available"));
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *basename = NULL;
  gboolean done = FALSE;

  payday_document_save_async (document, file, NULL, save_cb, &done);
  g_assert_true (payday_test_iterate_until (is_true, &done));
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_assert_true (g_file_equal (payday_document_get_file (document), file));
  g_assert_false (payday_document_get_dirty (document));

  /* A new plan, then the saved file again: the same figures come back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL));
  g_assert_cmpstr (payday_test_label_text (GTK_WIDGET (window), "figure-available"), ==, "$0.00");

  payday_window_open_file_async (window, file, NULL, open_cb, &error);
  g_assert_true (payday_test_iterate_until (is_set, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS); /* open_cb's "it worked" marker */
  g_assert_true (g_file_equal (payday_document_get_file (document), file));
  g_assert_cmpstr (payday_test_label_text (GTK_WIDGET (window), "figure-available"), ==, available);

  basename = g_file_get_basename (file);
  g_assert_null (payday_test_find_dialog (GTK_WINDOW (window), ADW_TYPE_MESSAGE_DIALOG));

  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (path);
  g_unlink (backup);
  g_rmdir (dir);
}

static void
test_window_actions (void)
{
  static const struct { const char *action; const char *accel; } expected[] = {
    { "win.new", "<Control>n" },
    { "win.open", "<Control>o" },
    { "win.save", "<Control>s" },
    { "win.save-as", "<Shift><Control>s" },
    { "window.close", "<Control>w" },
    { "app.quit", "<Control>q" },
  };
  static const char *app_actions[] = { "new", "open", "quit", "about", "shortcuts" };
  PaydayWindow *window = payday_test_sample_window (GTK_APPLICATION (app), NULL, 1000, 860);
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  GtkWidget *menu_button;
  GtkPopover *popover;

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app),
                                                                     expected[i].action);
      g_autofree char *parsed = NULL;
      guint key;
      GdkModifierType mods;

      g_assert_cmpuint (g_strv_length (accels), >=, 1);
      /* Compare parsed accelerators: "<Primary>" and "<Control>" spell the same thing. */
      g_assert_true (gtk_accelerator_parse (accels[0], &key, &mods));
      parsed = gtk_accelerator_name (key, mods);
      g_assert_cmpstr (parsed, ==, expected[i].accel);
    }

  for (guint i = 0; i < G_N_ELEMENTS (app_actions); i++)
    g_assert_true (g_action_group_has_action (G_ACTION_GROUP (app), app_actions[i]));

  /* The primary menu opens (with its Recent Plans submenu built from GtkRecentManager). */
  menu_button = payday_test_find_type (GTK_WIDGET (window), GTK_TYPE_MENU_BUTTON);
  g_assert_nonnull (menu_button);
  gtk_menu_button_popup (GTK_MENU_BUTTON (menu_button));
  payday_test_iterate_for (200);
  popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (menu_button));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (popover)));
  payday_test_save_screenshot (GTK_WIDGET (popover), "primary-menu.png");
  gtk_menu_button_popdown (GTK_MENU_BUTTON (menu_button));

  /* Ctrl+? : the shortcuts window from the resource, built when first asked for. */
  g_assert_null (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));
  {
    g_auto(GStrv) help_accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app),
                                                                       "win.show-help-overlay");
    GtkShortcutsWindow *help;

    g_assert_cmpstr (help_accels[0], ==, "<Control>question");
    g_assert_true (g_action_group_has_action (G_ACTION_GROUP (window), "show-help-overlay"));
    /* Not presented here: GTK 4.8's shortcuts window warns about a label's negative
     * minimum width when shown, and the suite makes warnings fatal. */
    help = payday_window_get_shortcuts_window (window);
    g_assert_true (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)) == help);
    g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (help)) == GTK_WINDOW (window));
    g_assert_true (gtk_window_get_modal (GTK_WINDOW (help)));
    g_assert_true (payday_window_get_shortcuts_window (window) == help);
  }

  /* The window size is remembered on close. */
  gtk_window_unmaximize (GTK_WINDOW (window));
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 700);
  payday_test_iterate_for (100);
  gtk_window_close (GTK_WINDOW (window));
  payday_test_iterate_for (50);
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 900);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 700);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));
}

static void
count_cb (PaydayDocument *document,
          guint          *count)
{
  (*count)++;
}

static void
test_document_changed (void)
{
  g_autoptr(PaydayDocument) document = payday_document_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PaydayPlan) plan = NULL;
  guint changed = 0;

  g_signal_connect (document, "changed", G_CALLBACK (count_cb), &changed);

  g_assert_true (payday_document_load_new (document, PAYDAY_DATE_NONE, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changed, ==, 1);
  g_assert_cmpstr (payday_document_get_title (document), ==, "Untitled Plan");
  g_assert_nonnull (payday_document_get_schedule (document));
  g_assert_cmpuint (payday_document_get_schedule (document)->items->len, ==, 0);
  g_assert_false (payday_document_get_dirty (document));

  g_assert_true (payday_document_load_sample (document, PAYDAY_TEST_TODAY, &error));
  g_assert_cmpuint (changed, ==, 2);
  g_assert_cmpstr (payday_document_get_title (document), ==,
                   payday_document_get_plan (document)->name);
  g_assert_cmpint (payday_document_get_today (document), ==, PAYDAY_TEST_TODAY);

  /* A plan whose rule set does not exist is refused and changes nothing. */
  plan = payday_plan_new ();
  g_free (plan->rules);
  plan->rules = g_strdup ("no-such-platform");
  g_assert_false (payday_document_set_plan (document, plan, NULL, &error));
  g_assert_error (error, PAYDAY_ERROR, PAYDAY_ERROR_NOT_FOUND);
  g_assert_cmpuint (changed, ==, 2);
  g_assert_true (payday_document_get_plan (document) != plan);

  /* An edit recomputes and marks the document dirty. */
  payday_test_rename_plan (document, "Renamed");
  g_assert_cmpuint (changed, ==, 3);
  g_assert_true (payday_document_get_dirty (document));
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

  g_test_add_func ("/payday/ui/document/changed", test_document_changed);
  g_test_add_func ("/payday/ui/overview/figures", test_overview_figures);
  g_test_add_func ("/payday/ui/overview/new", test_overview_new);
  g_test_add_func ("/payday/ui/window/open-bad-plan", test_window_open_bad_plan);
  g_test_add_func ("/payday/ui/window/save-and-open", test_window_save_and_open);
  g_test_add_func ("/payday/ui/window/actions", test_window_actions);

  ret = g_test_run ();

  g_clear_object (&app);

  return ret;
}
