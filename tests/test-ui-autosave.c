/* test-ui-autosave.c — recovery copies, the restore offer, failing saves and big plans
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <time.h>

#include <glib/gstdio.h>

#include "payday-application.h"
#include "payday-autosave.h"
#include "payday-document.h"
#include "payday-plan-private.h"
#include "payday-recovery.h"
#include "payday-window.h"
#include "ui-test-util.h"

static PaydayApplication *app;
static char *tmp_dir;

static gboolean
iterate_until_ms (gboolean (*done) (gpointer),
                  gpointer  data,
                  guint     ms)
{
  gint64 end = g_get_monotonic_time () + (gint64) ms * 1000;

  while (!done (data))
    {
      if (g_get_monotonic_time () > end)
        return FALSE;
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }

  return TRUE;
}

static gboolean
file_exists (gpointer data)
{
  return g_file_query_exists (data, NULL);
}

static gboolean
file_missing (gpointer data)
{
  return !g_file_query_exists (data, NULL);
}

static gboolean
is_clean (gpointer data)
{
  return !payday_document_get_dirty (data);
}

static gboolean
is_not_busy (gpointer data)
{
  return !payday_document_get_busy (data);
}

static gboolean
is_true (gpointer data)
{
  return *(gboolean *) data;
}

/* The message dialog over @parent, if one is showing */
static AdwMessageDialog *
find_dialog (GtkWindow *parent)
{
  return (AdwMessageDialog *) payday_test_find_dialog (parent, ADW_TYPE_MESSAGE_DIALOG);
}

static gboolean
has_dialog (gpointer data)
{
  return find_dialog (data) != NULL;
}

/* What clicking a button does: the response, then the dialog goes away. */
static void
respond (AdwMessageDialog *dialog,
         const char       *response)
{
  g_object_ref (dialog);
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_object_unref (dialog);
}

static gboolean
is_hidden (gpointer data)
{
  return !gtk_widget_get_visible (data);
}

/* Closes @window with unsaved changes the way a user does: Close, then Discard. */
static void
close_discarding (PaydayWindow *window)
{
  g_object_ref (window);
  gtk_window_close (GTK_WINDOW (window));
  g_assert_true (iterate_until_ms (has_dialog, window, 2000));
  respond (find_dialog (GTK_WINDOW (window)), "discard");
  g_assert_true (iterate_until_ms (is_hidden, window, 2000));
  payday_test_iterate_for (50);
  g_object_unref (window);
}

static GFile *
recovery_folder (void)
{
  return payday_recovery_default_folder ();
}

static guint
count_recoveries (void)
{
  g_autoptr(GPtrArray) list = payday_recovery_list (NULL);

  return list->len;
}

static gboolean
has_one_recovery (gpointer data)
{
  return count_recoveries () == 1;
}

static void
clear_recoveries (void)
{
  g_autoptr(GPtrArray) list = payday_recovery_list (NULL);

  g_ptr_array_foreach (list, (GFunc) payday_recovery_discard, NULL);
}

/* A new folder with the sample plan saved as NAME.payday */
static GFile *
saved_sample (const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PaydayPlan) plan = payday_plan_load_sample (payday_date_from_ymd (2026, 3, 2), &error);
  g_autofree char *dir = g_build_filename (tmp_dir, name, NULL);
  g_autofree char *base = g_strconcat (name, ".payday", NULL);
  g_autofree char *path = g_build_filename (dir, base, NULL);
  GFile *file = g_file_new_for_path (path);

  g_assert_no_error (error);
  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  payday_plan_save_to_file (plan, file, NULL, &error);
  g_assert_no_error (error);

  return file;
}

static char *
read_text (GFile *file)
{
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);

  return text;
}

/* A window whose document is @file as loaded from disk (or the sample when NULL) */
static PaydayWindow *
window_for (GFile *file)
{
  g_autoptr(PaydayDocument) document = payday_document_new ();
  g_autoptr(GError) error = NULL;
  PaydayWindow *window;

  if (file != NULL)
    {
      g_autoptr(PaydayPlan) plan = payday_plan_load_from_file (file, NULL, &error);

      g_assert_no_error (error);
      payday_document_set_plan (document, plan, file, &error);
    }
  else
    {
      payday_document_load_sample (document, payday_date_from_ymd (2026, 3, 2), &error);
    }
  g_assert_no_error (error);

  window = payday_window_new (GTK_APPLICATION (app), document);
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 700);
  gtk_window_present (GTK_WINDOW (window));
  payday_test_iterate_for (100);

  return window;
}

static void
edit_name (PaydayDocument *document,
           const char     *name)
{
  payday_test_rename_plan (document, name);
}

/* Edit, and the copy is there within 2 s and reads back as the edited plan; saving removes it. */
static void
test_autosave_edit (void)
{
  g_autoptr(GFile) file = saved_sample ("edit");
  PaydayWindow *window = window_for (file);
  PaydayDocument *document = payday_window_get_document (window);
  PaydayAutosave *autosave = payday_window_get_autosave (window);
  g_autoptr(GFile) copy = payday_autosave_get_recovery_file (autosave);
  g_autoptr(PaydayPlan) restored = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *actual = NULL;
  g_autofree char *uri = g_file_get_uri (file);
  g_autofree char *on_disk = NULL;
  gint64 start;

  clear_recoveries ();
  g_assert_false (payday_document_get_dirty (document));
  g_assert_false (g_file_query_exists (copy, NULL));

  start = g_get_monotonic_time ();
  edit_name (document, "Edited Plan");
  g_assert_true (payday_autosave_get_pending (autosave));
  g_assert_true (iterate_until_ms (file_exists, copy, 2000));
  g_assert_cmpint (g_get_monotonic_time () - start, <, 2 * G_USEC_PER_SEC);
  payday_test_iterate_for (100);

  restored = payday_plan_load_from_file (copy, NULL, &error);
  g_assert_no_error (error);
  expected = payday_plan_to_data (payday_document_get_plan (document), NULL);
  actual = payday_plan_to_data (restored, NULL);
  g_assert_cmpstr (actual, ==, expected);
  g_assert_cmpstr (restored->name, ==, "Edited Plan");

  list = payday_recovery_list (NULL);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpstr (payday_recovery_get_name (g_ptr_array_index (list, 0)), ==, "Edited Plan");
  g_assert_true (g_file_equal (payday_recovery_get_original (g_ptr_array_index (list, 0)), file));
  g_assert_nonnull (strstr (payday_recovery_get_summary (g_ptr_array_index (list, 0)), "contract"));
  g_assert_false (payday_autosave_get_pending (autosave));

  /* A normal save removes the copy. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  g_assert_true (iterate_until_ms (is_clean, document, 5000));
  g_assert_true (iterate_until_ms (file_missing, copy, 1000));
  g_assert_cmpuint (count_recoveries (), ==, 0);
  on_disk = read_text (file);
  g_assert_nonnull (strstr (on_disk, "\"name\": \"Edited Plan\""));
  (void) uri;

  /* Another edit, then a close: the window asks first. Cancel keeps the window and the
   * copy; Discard closes and removes the copy. */
  edit_name (document, "Edited Again");
  g_assert_true (iterate_until_ms (file_exists, copy, 2000));
  g_object_ref (window);
  gtk_window_close (GTK_WINDOW (window));
  g_assert_true (iterate_until_ms (has_dialog, window, 2000));
  respond (find_dialog (GTK_WINDOW (window)), "cancel");
  payday_test_iterate_for (100);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_true (payday_document_get_dirty (document));
  g_assert_true (g_file_query_exists (copy, NULL));

  close_discarding (window);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_false (g_file_query_exists (copy, NULL));
  g_object_unref (window);
}

/* Edit, then close and answer Save: the plan is written and the copy removed. */
static void
test_autosave_close_save (void)
{
  g_autoptr(GFile) file = saved_sample ("close-save");
  PaydayWindow *window = window_for (file);
  PaydayDocument *document = payday_window_get_document (window);
  g_autoptr(GFile) copy = payday_autosave_get_recovery_file (payday_window_get_autosave (window));
  g_autofree char *text = NULL;

  clear_recoveries ();
  edit_name (document, "Saved On Close");
  g_assert_true (iterate_until_ms (file_exists, copy, 2000));

  g_object_ref (window);
  gtk_window_close (GTK_WINDOW (window));
  g_assert_true (iterate_until_ms (has_dialog, window, 2000));
  respond (find_dialog (GTK_WINDOW (window)), "save");
  g_assert_true (iterate_until_ms (is_hidden, window, 5000));
  text = read_text (file);
  g_assert_nonnull (strstr (text, "\"name\": \"Saved On Close\""));
  g_assert_true (iterate_until_ms (file_missing, copy, 1000));
  g_assert_cmpuint (count_recoveries (), ==, 0);
  g_object_unref (window);
}

/* Edit, "kill" (the window goes away without a close), restart: the offer lists the plan
 * and Restore brings back the edited plan, tied to its file and unsaved. */
static void
test_autosave_restore (void)
{
  g_autoptr(GFile) file = saved_sample ("restore");
  g_autofree char *before = read_text (file);
  PaydayWindow *window = window_for (file);
  PaydayWindow *restarted;
  PaydayDocument *document = payday_window_get_document (window);
  g_autoptr(GFile) copy = payday_autosave_get_recovery_file (payday_window_get_autosave (window));
  g_autofree char *after = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *list;
  GtkWidget *row;

  clear_recoveries ();
  edit_name (document, "Restored Plan");
  g_assert_true (iterate_until_ms (file_exists, copy, 2000));
  payday_test_iterate_for (100);

  /* As a crash would: no close-request, nothing removed. */
  gtk_window_destroy (GTK_WINDOW (window));
  payday_test_iterate_for (50);
  g_assert_true (g_file_query_exists (copy, NULL));
  g_assert_cmpuint (count_recoveries (), ==, 1);

  restarted = window_for (NULL);
  dialog = ADW_MESSAGE_DIALOG (payday_application_offer_recovery (app, GTK_WINDOW (restarted)));
  g_assert_nonnull (dialog);
  payday_test_iterate_for (300);
  list = payday_test_find_named (GTK_WIDGET (dialog), "recovery-list");
  g_assert_nonnull (list);
  row = GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0));
  g_assert_nonnull (row);
  g_assert_null (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 1));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Restored Plan");
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "restore.payday"));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "contract"));
  payday_test_save_screenshot (GTK_WIDGET (dialog), "autosave-restore-offer.png");

  respond (dialog, "restore");
  payday_test_iterate_for (100);

  document = payday_window_get_document (restarted);
  g_assert_cmpstr (payday_document_get_plan (document)->name, ==, "Restored Plan");
  g_assert_true (g_file_equal (payday_document_get_file (document), file));
  g_assert_true (payday_document_get_dirty (document));
  /* Restoring did not touch the file; the copy is still there until a save. */
  after = read_text (file);
  g_assert_cmpstr (after, ==, before);
  g_assert_true (g_file_query_exists (copy, NULL));

  gtk_widget_activate_action (GTK_WIDGET (restarted), "win.save", NULL);
  g_assert_true (iterate_until_ms (is_clean, document, 5000));
  g_assert_null (find_dialog (GTK_WINDOW (restarted)));
  g_clear_pointer (&after, g_free);
  after = read_text (file);
  g_assert_nonnull (strstr (after, "\"name\": \"Restored Plan\""));
  g_assert_true (iterate_until_ms (file_missing, copy, 1000));
  g_assert_cmpuint (count_recoveries (), ==, 0);

  gtk_window_destroy (GTK_WINDOW (restarted));
  payday_test_iterate_for (50);
}

/* Many copies left by many crashes scroll inside the offer, which stays a dialog that
 * fits the screen (it once grew one row per copy: 51,594 pixels for a thousand). */
static void
test_autosave_many_offers (void)
{
  PaydayWindow *window = window_for (NULL);
  PaydayWindow *restarted;
  g_autoptr(GFile) copy = payday_autosave_get_recovery_file (payday_window_get_autosave (window));
  g_autoptr(GFile) folder = recovery_folder ();
  g_autofree char *path = g_file_get_path (copy);
  g_autofree char *json = NULL;
  g_autofree char *base = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *list;
  int height = 0;

  clear_recoveries ();
  edit_name (payday_window_get_document (window), "Crashed Often");
  g_assert_true (iterate_until_ms (file_exists, copy, 2000));
  payday_test_iterate_for (100);
  gtk_window_destroy (GTK_WINDOW (window));
  payday_test_iterate_for (50);

  /* Thirty more copies of it, as thirty crashed windows would leave. */
  g_assert_true (g_str_has_suffix (path, ".payday"));
  base = g_strndup (path, strlen (path) - strlen (".payday"));
  json = g_strconcat (base, ".json", NULL);
  for (guint i = 0; i < 30; i++)
    {
      g_autofree char *name = g_strdup_printf ("%064x", i + 1);
      g_autofree char *to_plan = g_strconcat (name, ".payday", NULL);
      g_autofree char *to_json = g_strconcat (name, ".json", NULL);
      g_autoptr(GFile) plan_copy = g_file_get_child (folder, to_plan);
      g_autoptr(GFile) json_copy = g_file_get_child (folder, to_json);
      g_autoptr(GFile) json_file = g_file_new_for_path (json);

      g_assert_true (g_file_copy (copy, plan_copy, G_FILE_COPY_NONE, NULL, NULL, NULL, NULL));
      g_assert_true (g_file_copy (json_file, json_copy, G_FILE_COPY_NONE, NULL, NULL, NULL, NULL));
    }
  g_assert_cmpuint (count_recoveries (), ==, 31);

  restarted = window_for (NULL);
  dialog = ADW_MESSAGE_DIALOG (payday_application_offer_recovery (app, GTK_WINDOW (restarted)));
  g_assert_nonnull (dialog);
  payday_test_iterate_for (300);
  list = payday_test_find_named (GTK_WIDGET (dialog), "recovery-list");
  g_assert_nonnull (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 30));
  g_assert_true (gtk_widget_get_ancestor (list, GTK_TYPE_SCROLLED_WINDOW) != NULL);
  gtk_widget_measure (GTK_WIDGET (dialog), GTK_ORIENTATION_VERTICAL, 500, NULL, &height, NULL, NULL);
  g_assert_cmpint (height, <, 720);
  payday_test_save_screenshot (GTK_WIDGET (dialog), "autosave-many-offers.png");

  respond (dialog, "discard");
  payday_test_iterate_for (50);
  g_assert_cmpuint (count_recoveries (), ==, 0);
  gtk_window_destroy (GTK_WINDOW (restarted));
  payday_test_iterate_for (50);
}

/* A plan never saved comes back without a file, under the same copy; Discard removes it. */
static void
test_autosave_untitled (void)
{
  PaydayWindow *window = window_for (NULL);
  PaydayWindow *restarted;
  PaydayDocument *document = payday_window_get_document (window);
  g_autoptr(GFile) copy = payday_autosave_get_recovery_file (payday_window_get_autosave (window));
  g_autoptr(GFile) copy2 = NULL;
  AdwMessageDialog *dialog;

  clear_recoveries ();
  g_assert_null (payday_document_get_file (document));
  edit_name (document, "Never Saved");
  g_assert_true (iterate_until_ms (file_exists, copy, 2000));
  payday_test_iterate_for (100);
  gtk_window_destroy (GTK_WINDOW (window));
  payday_test_iterate_for (50);

  restarted = window_for (NULL);
  dialog = ADW_MESSAGE_DIALOG (payday_application_offer_recovery (app, GTK_WINDOW (restarted)));
  g_assert_nonnull (dialog);
  respond (dialog, "restore");
  payday_test_iterate_for (50);

  document = payday_window_get_document (restarted);
  g_assert_cmpstr (payday_document_get_plan (document)->name, ==, "Never Saved");
  g_assert_null (payday_document_get_file (document));
  g_assert_true (payday_document_get_dirty (document));
  copy2 = payday_autosave_get_recovery_file (payday_window_get_autosave (restarted));
  g_assert_true (g_file_equal (copy, copy2));

  /* The restored window keeps the copy up to date, still as one copy. */
  edit_name (document, "Never Saved Either");
  payday_test_iterate_for (1800);
  g_assert_cmpuint (count_recoveries (), ==, 1);
  gtk_window_destroy (GTK_WINDOW (restarted));
  payday_test_iterate_for (50);

  /* Discard removes it; closing the dialog would have kept it. */
  restarted = window_for (NULL);
  dialog = ADW_MESSAGE_DIALOG (payday_application_offer_recovery (app, GTK_WINDOW (restarted)));
  g_assert_nonnull (dialog);
  respond (dialog, "keep");
  payday_test_iterate_for (50);
  g_assert_cmpuint (count_recoveries (), ==, 1);
  dialog = ADW_MESSAGE_DIALOG (payday_application_offer_recovery (app, GTK_WINDOW (restarted)));
  respond (dialog, "discard");
  payday_test_iterate_for (50);
  g_assert_cmpuint (count_recoveries (), ==, 0);
  g_assert_null (payday_application_offer_recovery (app, GTK_WINDOW (restarted)));
  g_assert_cmpstr (payday_document_get_plan (payday_window_get_document (restarted))->name,
                   !=, "Never Saved Either");

  gtk_window_destroy (GTK_WINDOW (restarted));
  payday_test_iterate_for (50);
}

static guint
count_entries (const char *dir_path)
{
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  guint n = 0;

  g_assert_nonnull (dir);
  while (g_dir_read_name (dir) != NULL)
    n++;

  return n;
}

/* The disk fills up half-way through a save: the file is left as it was, nothing else is
 * left behind, the plan stays unsaved (with its recovery copy) and the user is told. */
static void
test_save_failing_disk (void)
{
  g_autoptr(GFile) file = saved_sample ("failing");
  g_autoptr(GFile) folder = g_file_get_parent (file);
  g_autofree char *folder_path = g_file_get_path (folder);
  g_autofree char *before = read_text (file);
  g_autofree char *after = NULL;
  g_autofree char *backup_path = NULL;
  g_autofree char *backup = NULL;
  PaydayWindow *window = window_for (file);
  PaydayDocument *document = payday_window_get_document (window);
  g_autoptr(GFile) copy = payday_autosave_get_recovery_file (payday_window_get_autosave (window));
  AdwMessageDialog *dialog;

  clear_recoveries ();
  edit_name (document, "Too Big For The Disk");
  g_assert_true (iterate_until_ms (file_exists, copy, 2000));

  payday_plan_saver_set_fail_after (strlen (before) / 2);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  g_assert_true (iterate_until_ms (has_dialog, window, 5000));
  payday_plan_saver_set_fail_after (-1);

  dialog = find_dialog (GTK_WINDOW (window));
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Could Not Save the Plan");
  payday_test_save_screenshot (GTK_WIDGET (dialog), "autosave-save-failed.png");
  respond (dialog, "close");

  after = read_text (file);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpuint (count_entries (folder_path), ==, 1);   /* no temporary file, no backup */
  g_assert_true (payday_document_get_dirty (document));
  g_assert_true (g_file_query_exists (copy, NULL));

  /* With room again the save goes through and keeps the old version as NAME~. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  g_assert_true (iterate_until_ms (is_clean, document, 5000));
  g_clear_pointer (&after, g_free);
  after = read_text (file);
  g_assert_nonnull (strstr (after, "Too Big For The Disk"));
  backup_path = g_strconcat (g_file_peek_path (file), "~", NULL);
  g_file_get_contents (backup_path, &backup, NULL, NULL);
  g_assert_cmpstr (backup, ==, before);
  g_assert_cmpuint (count_entries (folder_path), ==, 2);
  g_assert_true (iterate_until_ms (file_missing, copy, 1000));

  gtk_window_destroy (GTK_WINDOW (window));
  payday_test_iterate_for (50);
}

static void
on_failed (PaydayAutosave *autosave,
           const GError   *error,
           gboolean       *failed)
{
  g_assert_nonnull (error);
  *failed = TRUE;
}

/* A folder that cannot be written (its "parent" is a regular file: tests run as root, so
 * permissions would not stop a write): the save fails and the plan stays unsaved; a
 * recovery folder there fails with a signal the window turns into a toast. */
static void
test_save_read_only_folder (void)
{
  g_autofree char *blocker = g_build_filename (tmp_dir, "not-a-folder", NULL);
  g_autofree char *path = g_build_filename (blocker, "plan.payday", NULL);
  g_autofree char *state = g_build_filename (blocker, "recovery", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) bad_folder = g_file_new_for_path (state);
  g_autoptr(PaydayPlan) plan = NULL;
  g_autoptr(PaydayAutosave) autosave = NULL;
  g_autoptr(GError) error = NULL;
  PaydayWindow *window = window_for (NULL);
  PaydayDocument *document = payday_window_get_document (window);
  AdwMessageDialog *dialog;
  gboolean failed = FALSE;

  g_assert_true (g_file_set_contents (blocker, "x", 1, NULL));
  clear_recoveries ();

  plan = payday_plan_copy (payday_document_get_plan (document));
  payday_document_set_plan (document, plan, file, &error);
  g_assert_no_error (error);

  autosave = payday_autosave_new (document, bad_folder);
  g_signal_connect (autosave, "failed", G_CALLBACK (on_failed), &failed);

  edit_name (document, "Nowhere To Go");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  g_assert_true (iterate_until_ms (has_dialog, window, 5000));
  dialog = find_dialog (GTK_WINDOW (window));
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Could Not Save the Plan");
  respond (dialog, "close");
  g_assert_true (payday_document_get_dirty (document));
  g_assert_true (g_file_test (blocker, G_FILE_TEST_IS_REGULAR));

  g_assert_true (iterate_until_ms (is_true, &failed, 3000));
  /* The window's own autosave, in the good folder, still worked. */
  g_assert_true (iterate_until_ms (has_one_recovery, NULL, 3000));

  close_discarding (window);
  g_assert_cmpuint (count_recoveries (), ==, 0);
}

/* Another program writes its version elsewhere and renames it over @file, as editors and
 * sync tools do. Returns what it wrote. */
static char *
replace_on_disk (GFile *file)
{
  g_autofree char *theirs_path = g_strconcat (g_file_peek_path (file), ".theirs", NULL);
  g_autofree char *text = read_text (file);
  char *theirs = g_strjoin ("", text, "\n", NULL);

  g_assert_true (g_file_set_contents (theirs_path, theirs, -1, NULL));
  g_assert_cmpint (g_rename (theirs_path, g_file_peek_path (file)), ==, 0);

  return theirs;
}

/* Another program replaces the file after it was opened: Save asks first; Cancel leaves
 * their version, Overwrite writes ours. */
static void
test_save_replaced (void)
{
  g_autoptr(GFile) file = saved_sample ("replaced");
  g_autofree char *theirs = NULL;
  g_autofree char *text = NULL;
  PaydayWindow *window = window_for (file);
  PaydayDocument *document = payday_window_get_document (window);
  PaydayAutosave *autosave = payday_window_get_autosave (window);
  AdwMessageDialog *dialog;

  clear_recoveries ();
  g_assert_false (payday_autosave_changed_on_disk (autosave));
  edit_name (document, "Ours");

  theirs = replace_on_disk (file);
  g_assert_true (payday_autosave_changed_on_disk (autosave));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  g_assert_true (iterate_until_ms (has_dialog, window, 2000));
  dialog = find_dialog (GTK_WINDOW (window));
  g_assert_cmpstr (gtk_widget_get_name (GTK_WIDGET (dialog)), ==, "overwrite-dialog");
  payday_test_save_screenshot (GTK_WIDGET (dialog), "autosave-file-changed.png");
  respond (dialog, "cancel");
  payday_test_iterate_for (200);
  text = read_text (file);
  g_assert_cmpstr (text, ==, theirs);
  g_assert_true (payday_document_get_dirty (document));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  g_assert_true (iterate_until_ms (has_dialog, window, 2000));
  respond (find_dialog (GTK_WINDOW (window)), "overwrite");
  g_assert_true (iterate_until_ms (is_clean, document, 5000));
  g_clear_pointer (&text, g_free);
  text = read_text (file);
  g_assert_nonnull (strstr (text, "\"name\": \"Ours\""));

  /* Our own save is not a change behind our back. */
  g_assert_false (payday_autosave_changed_on_disk (autosave));
  edit_name (document, "Ours Again");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  g_assert_true (iterate_until_ms (is_clean, document, 5000));
  g_assert_null (find_dialog (GTK_WINDOW (window)));

  gtk_window_destroy (GTK_WINDOW (window));
  payday_test_iterate_for (50);
}

static GFile *big_plan;

static GFile *
get_big_plan (void)
{
  g_autofree char *script = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  if (big_plan != NULL)
    return big_plan;

  /* 1,000 contracts: about 10 MB, indented as Payday writes it. The 48 MB plan of 5,000
   * contracts is measured by the "open" benchmark (tests/bench/bench-open.c). */
  script = g_test_build_filename (G_TEST_DIST, "bench", "bench-generate.py", NULL);
  path = g_build_filename (tmp_dir, "big.payday", NULL);
  {
    const char *argv[] = { "python3", script, path, "1000", NULL };

    g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                  NULL, NULL, &status, &error);
  }
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  big_plan = g_file_new_for_path (path);

  return big_plan;
}

typedef struct
{
  gboolean  done;
  GError   *error;
  guint     ticks;
  gint64    last_tick;
  gint64    longest_gap;
  gint64    last_cpu;
  gint64    most_cpu;       /* the main thread's CPU time between two ticks */
} OpenState;

static gint64
thread_cpu_usec (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return (gint64) ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
}

static gboolean
tick (gpointer data)
{
  OpenState *state = data;
  gint64 now = g_get_monotonic_time ();
  gint64 cpu = thread_cpu_usec ();

  state->ticks++;
  if (state->last_tick != 0)
    {
      state->longest_gap = MAX (state->longest_gap, now - state->last_tick);
      state->most_cpu = MAX (state->most_cpu, cpu - state->last_cpu);
    }
  state->last_tick = now;
  state->last_cpu = cpu;

  return G_SOURCE_CONTINUE;
}

static void
opened_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  OpenState *state = user_data;

  payday_window_open_file_finish (PAYDAY_WINDOW (object), result, &state->error);
  state->done = TRUE;
}

/* The Save of the close dialog runs the same check as win.save: a file another program
 * changed is not overwritten without asking. Cancel keeps the window open, dirty, and
 * their file; Overwrite writes ours and closes. */
static void
test_close_save_replaced (void)
{
  g_autoptr(GFile) file = saved_sample ("close-replaced");
  PaydayWindow *window = window_for (file);
  PaydayDocument *document = payday_window_get_document (window);
  g_autofree char *theirs = NULL;
  g_autofree char *text = NULL;
  AdwMessageDialog *dialog;

  clear_recoveries ();
  edit_name (document, "Ours On Close");
  theirs = replace_on_disk (file);

  g_object_ref (window);
  gtk_window_close (GTK_WINDOW (window));
  g_assert_true (iterate_until_ms (has_dialog, window, 2000));
  dialog = find_dialog (GTK_WINDOW (window));
  g_assert_cmpstr (gtk_widget_get_name (GTK_WIDGET (dialog)), !=, "overwrite-dialog");
  respond (dialog, "save");
  g_assert_true (iterate_until_ms (has_dialog, window, 2000));
  dialog = find_dialog (GTK_WINDOW (window));
  g_assert_cmpstr (gtk_widget_get_name (GTK_WIDGET (dialog)), ==, "overwrite-dialog");
  respond (dialog, "cancel");
  payday_test_iterate_for (200);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_true (payday_document_get_dirty (document));
  text = read_text (file);
  g_assert_cmpstr (text, ==, theirs);

  gtk_window_close (GTK_WINDOW (window));
  g_assert_true (iterate_until_ms (has_dialog, window, 2000));
  respond (find_dialog (GTK_WINDOW (window)), "save");
  g_assert_true (iterate_until_ms (has_dialog, window, 2000));
  respond (find_dialog (GTK_WINDOW (window)), "overwrite");
  g_assert_true (iterate_until_ms (is_hidden, window, 5000));
  g_clear_pointer (&text, g_free);
  text = read_text (file);
  g_assert_nonnull (strstr (text, "\"name\": \"Ours On Close\""));
  g_assert_cmpuint (count_recoveries (), ==, 0);
  g_object_unref (window);
}

/* Undoing back to the saved position makes the plan clean but does not make a file that
 * another program changed meanwhile look unchanged: a later Save still asks. */
static void
test_undo_keeps_disk_stamp (void)
{
  g_autoptr(GFile) file = saved_sample ("undo-stamp");
  PaydayWindow *window = window_for (file);
  PaydayDocument *document = payday_window_get_document (window);
  PaydayAutosave *autosave = payday_window_get_autosave (window);
  PaydayPlan *plan = payday_document_get_plan (document);
  guint n = plan->contracts->len;
  g_autofree char *theirs = NULL;
  g_autofree char *text = NULL;
  g_autoptr(PaydayCommand) command = payday_command_new ("Delete Contract");

  clear_recoveries ();
  g_assert_cmpuint (n, >, 0);
  payday_command_remove_contract (command, g_array_index (plan->contracts, PaydayContract, 0).id);
  g_assert_true (payday_document_run (document, command, NULL));
  g_assert_true (payday_document_get_dirty (document));
  g_assert_cmpuint (payday_document_get_plan (document)->contracts->len, ==, n - 1);

  theirs = replace_on_disk (file);
  g_assert_true (payday_autosave_changed_on_disk (autosave));

  g_assert_true (payday_document_undo (document));
  g_assert_false (payday_document_get_dirty (document));
  g_assert_cmpuint (payday_document_get_plan (document)->contracts->len, ==, n);
  payday_test_iterate_for (100);
  g_assert_true (payday_autosave_changed_on_disk (autosave));

  /* Redo and undo again: still their file on disk. */
  g_assert_true (payday_document_redo (document));
  g_assert_true (payday_document_undo (document));
  payday_test_iterate_for (50);
  g_assert_true (payday_autosave_changed_on_disk (autosave));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  g_assert_true (iterate_until_ms (has_dialog, window, 2000));
  g_assert_cmpstr (gtk_widget_get_name (GTK_WIDGET (find_dialog (GTK_WINDOW (window)))), ==,
                   "overwrite-dialog");
  respond (find_dialog (GTK_WINDOW (window)), "cancel");
  payday_test_iterate_for (100);
  text = read_text (file);
  g_assert_cmpstr (text, ==, theirs);

  gtk_window_destroy (GTK_WINDOW (window));
  payday_test_iterate_for (50);
}

/* A 10 MB plan opens while the window keeps drawing: the file is read and checked and its
 * schedule computed in a thread, the main loop never pauses for long, and an "Opening…"
 * toast offers Cancel. */
static void
test_open_big_plan (void)
{
  GFile *file = get_big_plan ();
  PaydayWindow *window = window_for (NULL);
  PaydayDocument *document = payday_window_get_document (window);
  OpenState state = { 0 };
  gint64 start;
  guint source;

  clear_recoveries ();
  source = g_timeout_add (10, tick, &state);
  start = g_get_monotonic_time ();
  payday_window_open_file_async (window, file, NULL, opened_cb, &state);
  g_assert_true (payday_document_get_busy (document));

  payday_test_iterate_for (600);
  /* The window kept iterating while the file was read and checked in the thread (the
   * longest pause is checked below). */
  g_assert_no_error (state.error);
  g_assert_cmpuint (state.ticks, >=, 5);
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (window)));
  payday_test_save_screenshot (GTK_WIDGET (window), "autosave-opening.png");

  g_assert_true (iterate_until_ms (is_true, &state.done, 50000));
  /* Until the pages have rebuilt and drawn the new plan. */
  payday_test_iterate_for (500);
  g_source_remove (source);
  g_assert_no_error (state.error);
  g_test_message ("opened in %.0f ms, %u ticks, longest pause %.0f ms, of which on a core "
                  "at most %.0f ms", (g_get_monotonic_time () - start) / 1000.0, state.ticks,
                  state.longest_gap / 1000.0, state.most_cpu / 1000.0);
  g_assert_cmpuint (payday_document_get_plan (document)->contracts->len, ==, 1000);
  /* Only the Overview is built (the other pages are built when first shown), so what the
   * main thread does between two ticks is installing the plan and the Overview's rebuild
   * and layout. That is bounded by the main thread's own CPU time: a wall-clock pause
   * also holds the time it waited for a core, which on this 2-core machine shared with
   * other jobs was 67–85 ms at load 1.3 and 510–860 ms at load 15–20 for the same work.
   * The 100 ms goal is measured by tests/bench/bench-open.c (release build); this debug
   * build gets 250 ms. */
  g_assert_cmpint (state.most_cpu, <, 250 * 1000);
  g_assert_false (payday_document_get_busy (document));

  gtk_window_destroy (GTK_WINDOW (window));
  payday_test_iterate_for (50);
}

/* Cancel answers at once and leaves the open plan as it was. */
static void
test_open_big_plan_cancel (void)
{
  GFile *file = get_big_plan ();
  PaydayWindow *window = window_for (NULL);
  PaydayDocument *document = payday_window_get_document (window);
  PaydayPlan *before = payday_document_get_plan (document);
  OpenState state = { 0 };
  gint64 cancelled_at;

  /* Cancelled right after it started, with the thread running: nothing on the main loop
   * can run in between (iterating here could take long enough, on a loaded machine, for
   * the whole load to finish first). */
  payday_window_open_file_async (window, file, NULL, opened_cb, &state);
  g_assert_true (payday_document_get_busy (document));
  g_assert_false (state.done);

  cancelled_at = g_get_monotonic_time ();
  gtk_widget_activate_action (GTK_WIDGET (window), "win.cancel-open", NULL);
  g_assert_true (iterate_until_ms (is_true, &state.done, 1000));
  g_assert_cmpint (g_get_monotonic_time () - cancelled_at, <, G_USEC_PER_SEC / 2);
  g_assert_error (state.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&state.error);
  g_assert_true (payday_document_get_plan (document) == before);
  g_assert_true (iterate_until_ms (is_not_busy, document, 100));
  g_assert_null (find_dialog (GTK_WINDOW (window)));

  gtk_window_destroy (GTK_WINDOW (window));
  payday_test_iterate_for (50);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *state = NULL;
  int ret;

  /* Before anything asks GLib for the state folder: it is read once per process. */
  tmp_dir = g_dir_make_tmp ("payday-autosave-XXXXXX", &error);
  g_assert_no_error (error);
  state = g_build_filename (tmp_dir, "state", NULL);
  g_setenv ("XDG_STATE_HOME", state, TRUE);

  g_test_init (&argc, &argv, NULL);

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_test_skip ("no display (run under Xvfb: build-aux/dev test)");
      return g_test_run ();
    }

  {
    g_autoptr(GFile) folder = recovery_folder ();
    g_autofree char *expected = g_build_filename (state, "payday", "recovery", NULL);

    g_assert_cmpstr (g_file_peek_path (folder), ==, expected);
  }

  app = payday_application_new ();
  g_application_set_flags (G_APPLICATION (app),
                           G_APPLICATION_NON_UNIQUE | G_APPLICATION_HANDLES_OPEN);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  g_test_add_func ("/payday/autosave/edit", test_autosave_edit);
  g_test_add_func ("/payday/autosave/close-save", test_autosave_close_save);
  g_test_add_func ("/payday/autosave/restore", test_autosave_restore);
  g_test_add_func ("/payday/autosave/untitled", test_autosave_untitled);
  g_test_add_func ("/payday/autosave/many-offers", test_autosave_many_offers);
  g_test_add_func ("/payday/save/failing-disk", test_save_failing_disk);
  g_test_add_func ("/payday/save/read-only-folder", test_save_read_only_folder);
  g_test_add_func ("/payday/save/replaced", test_save_replaced);
  g_test_add_func ("/payday/save/close-save-replaced", test_close_save_replaced);
  g_test_add_func ("/payday/save/undo-keeps-disk-stamp", test_undo_keeps_disk_stamp);
  g_test_add_func ("/payday/ui/window/open-big-plan", test_open_big_plan);
  g_test_add_func ("/payday/ui/window/open-big-plan-cancel", test_open_big_plan_cancel);

  ret = g_test_run ();

  g_clear_object (&app);
  g_clear_object (&big_plan);

  return ret;
}
