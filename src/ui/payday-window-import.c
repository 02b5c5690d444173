/* payday-window-import.c — the window's import: Ctrl+I, the primary menu, CSV files
 * dropped on the window, and the link from a reconcile row to its contract
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "payday-contracts-page.h"
#include "payday-import-dialog.h"
#include "payday-window-private.h"

static void
payday_window_import_done (PaydayWindow *self,
                           const char   *summary)
{
  payday_window_add_toast (self, adw_toast_new (summary));
}

/**
 * payday_window_import_files:
 * @files: a #GListModel of #GFile
 *
 * Opens the import dialog over the window for @files (read in a thread, each previewed
 * before it changes the plan).
 *
 * Returns: (transfer none): the dialog
 */
GtkWindow *
payday_window_import_files (PaydayWindow *self,
                            GListModel   *files)
{
  PaydayImportDialog *dialog;

  g_return_val_if_fail (PAYDAY_IS_WINDOW (self), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (files), NULL);

  dialog = payday_import_dialog_new (self->document, files);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (self));
  g_signal_connect_object (dialog, "imported", G_CALLBACK (payday_window_import_done), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));

  return GTK_WINDOW (dialog);
}

static void
payday_window_import_chooser_response (PaydayWindow         *self,
                                       int                   response,
                                       GtkFileChooserNative *chooser)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (chooser));

      if (g_list_model_get_n_items (files) > 0)
        payday_window_import_files (self, files);
    }

  gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (chooser));
  g_clear_object (&self->import_chooser);
}

static void
payday_window_action_import (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *param)
{
  PaydayWindow *self = PAYDAY_WINDOW (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) csv = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  if (self->import_chooser != NULL)
    {
      gtk_native_dialog_show (self->import_chooser);
      return;
    }

  chooser = gtk_file_chooser_native_new (_("Import Upwork CSV Files"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  /* Upwork's transaction history and weekly summary can be chosen together. */
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (chooser), TRUE);

  gtk_file_filter_set_name (csv, _("CSV Files"));
  gtk_file_filter_add_mime_type (csv, "text/csv");
  gtk_file_filter_add_pattern (csv, "*.csv");
  gtk_file_filter_add_pattern (csv, "*.CSV");
  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), csv);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);
  gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (chooser), csv);

  g_signal_connect_object (chooser, "response",
                           G_CALLBACK (payday_window_import_chooser_response), self,
                           G_CONNECT_SWAPPED);
  self->import_chooser = GTK_NATIVE_DIALOG (chooser);
  gtk_native_dialog_show (self->import_chooser);
}

static gboolean
is_csv (GFile *file)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *lower = name != NULL ? g_ascii_strdown (name, -1) : NULL;

  return lower != NULL && g_str_has_suffix (lower, ".csv");
}

/* A drop of one or more files: the CSV files among them are imported; a drop without any
 * is refused, so the pointer shows it is not taken. */
static gboolean
payday_window_drop (GtkDropTarget *target,
                    const GValue  *value,
                    double         x,
                    double         y,
                    PaydayWindow  *self)
{
  g_autoptr(GListStore) files = g_list_store_new (G_TYPE_FILE);

  if (G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    {
      for (GSList *l = g_value_get_boxed (value); l != NULL; l = l->next)
        if (is_csv (l->data))
          g_list_store_append (files, l->data);
    }
  else if (G_VALUE_HOLDS (value, G_TYPE_FILE) && is_csv (g_value_get_object (value)))
    g_list_store_append (files, g_value_get_object (value));

  if (g_list_model_get_n_items (G_LIST_MODEL (files)) == 0)
    return FALSE;

  payday_window_import_files (self, G_LIST_MODEL (files));
  return TRUE;
}

/* "Show its contract": the Contracts page, with that contract selected. */
static void
payday_window_action_show_contract (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *param)
{
  PaydayWindow *self = PAYDAY_WINDOW (widget);
  GtkWidget *page = payday_window_ensure_page (self, "contracts");

  adw_view_stack_set_visible_child_name (self->stack, "contracts");
  if (PAYDAY_IS_CONTRACTS_PAGE (page))
    payday_contracts_page_select (PAYDAY_CONTRACTS_PAGE (page), g_variant_get_string (param, NULL));
}

void
payday_window_import_attach (PaydayWindow *self)
{
  GType types[] = { GDK_TYPE_FILE_LIST, G_TYPE_FILE };

  self->drop_target = gtk_drop_target_new (G_TYPE_INVALID, GDK_ACTION_COPY);
  gtk_drop_target_set_gtypes (self->drop_target, types, G_N_ELEMENTS (types));
  g_signal_connect_object (self->drop_target, "drop", G_CALLBACK (payday_window_drop), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (self->drop_target));
}

void
payday_window_import_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.import", NULL, payday_window_action_import);
  gtk_widget_class_install_action (widget_class, "win.show-contract", "s",
                                   payday_window_action_show_contract);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_i, GDK_CONTROL_MASK,
                                       "win.import", NULL);
}
