/* payday-window-edit.c — the window's undo/redo actions and its unsaved-changes guard
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "payday-autosave.h"
#include "payday-window-private.h"

typedef struct
{
  PaydayWindow        *window;
  PaydayWindowProceed  proceed;
  gpointer             data;
  GDestroyNotify       data_free;
} Pending;

static void
pending_free (Pending *pending)
{
  if (pending->data_free != NULL)
    pending->data_free (pending->data);
  g_object_unref (pending->window);
  g_free (pending);
}

static void
pending_proceed (Pending *pending)
{
  if (pending->proceed != NULL)
    pending->proceed (pending->window, pending->data);
  pending_free (pending);
}

static Pending *
pending_new (PaydayWindow        *window,
             PaydayWindowProceed  proceed,
             gpointer             data,
             GDestroyNotify       data_free)
{
  Pending *pending = g_new0 (Pending, 1);

  pending->window = g_object_ref (window);
  pending->proceed = proceed;
  pending->data = data;
  pending->data_free = data_free;

  return pending;
}

static void
update_actions (PaydayWindow *self)
{
  PaydayDocument *document = payday_window_get_document (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo",
                                 payday_document_can_undo (document));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo",
                                 payday_document_can_redo (document));
}

static void
action_undo (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  payday_document_undo (payday_window_get_document (PAYDAY_WINDOW (widget)));
}

static void
action_redo (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  payday_document_redo (payday_window_get_document (PAYDAY_WINDOW (widget)));
}

void
payday_window_edit_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, action_undo);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, action_redo);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.redo", NULL);
}

/* Called from constructed, once the window has its document. */
void
payday_window_edit_attach (PaydayWindow *self)
{
  PaydayDocument *document = payday_window_get_document (self);

  g_signal_connect_object (document, "notify::can-undo",
                           G_CALLBACK (update_actions), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (document, "notify::can-redo",
                           G_CALLBACK (update_actions), self, G_CONNECT_SWAPPED);
  update_actions (self);
}

/* One of the questions of payday-window-dialogs.ui, over @self. */
static AdwMessageDialog *
question_new (PaydayWindow *self,
              const char   *id)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource ("/io/github/payday/Payday/ui/payday-window-dialogs.ui");
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (gtk_builder_get_object (builder, id));

  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (self));
  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);

  return dialog;
}

static void
save_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  Pending *pending = user_data;
  g_autoptr(GError) error = NULL;

  /* A failed save keeps the plan open and unsaved (so its recovery copy stays): the
   * user's changes must not be lost. */
  if (!payday_document_save_finish (PAYDAY_DOCUMENT (object), result, &error))
    {
      payday_window_show_error (pending->window, _("Could Not Save the Plan"),
                                _("The file on disk was left as it was."),
                                error->message);
      pending_free (pending);
      return;
    }

  payday_window_note_saved (pending->window);
  pending_proceed (pending);
}

static void
overwrite_response (AdwMessageDialog *dialog,
                    const char       *response,
                    Pending          *pending)
{
  /* Only the first answer counts (closing the dialog may answer again). */
  g_signal_handlers_disconnect_by_func (dialog, overwrite_response, pending);

  if (g_strcmp0 (response, "overwrite") == 0)
    payday_document_save_async (payday_window_get_document (pending->window), NULL, NULL,
                                save_cb, pending);
  else
    pending_free (pending);
}

/* Another program changed or replaced the file since it was opened or saved here: saving
 * would silently throw its changes away, so ask first (Cancel is the default). */
static void
confirm_overwrite (Pending *pending)
{
  PaydayDocument *document = payday_window_get_document (pending->window);
  g_autofree char *name = g_file_get_basename (payday_document_get_file (document));
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;

  body = g_strdup_printf (_("“%s” was changed by another program since it was opened here. "
                            "Saving replaces those changes with this plan."), name);
  dialog = question_new (pending->window, "overwrite_dialog");
  adw_message_dialog_set_body (dialog, body);
  g_signal_connect (dialog, "response", G_CALLBACK (overwrite_response), pending);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Saves to @file (a new name), or to the document's own file after checking that no other
 * program changed it; then proceeds. Cancel or a failure drops @pending. */
static void
save_pending (Pending *pending,
              GFile   *file)
{
  PaydayDocument *document = payday_window_get_document (pending->window);
  PaydayAutosave *autosave = payday_window_get_autosave (pending->window);

  if (file == NULL && payday_autosave_changed_on_disk (autosave))
    confirm_overwrite (pending);
  else
    payday_document_save_async (document, file, NULL, save_cb, pending);
}

/**
 * payday_window_save_checked:
 * @file: (nullable): where to save; %NULL for the document's own file, which is first
 *   checked for changes by another program (the user is asked before overwriting them)
 * @proceed: (nullable): what to do after a successful save
 *
 * The one way the window saves: win.save, Save As and the Save of the unsaved-changes
 * dialog all come here, so each runs the same check and notes the same disk state.
 */
void
payday_window_save_checked (PaydayWindow        *self,
                            GFile               *file,
                            PaydayWindowProceed  proceed,
                            gpointer             data,
                            GDestroyNotify       data_free)
{
  g_return_if_fail (PAYDAY_IS_WINDOW (self));

  save_pending (pending_new (self, proceed, data, data_free), file);
}

static void
chooser_response (GtkNativeDialog *chooser,
                  int              response,
                  Pending         *pending)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT &&
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))))
    save_pending (pending, file);
  else
    pending_free (pending);

  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

static void
save_then_proceed (Pending *pending)
{
  PaydayDocument *document = payday_window_get_document (pending->window);
  GtkFileChooserNative *chooser;

  if (payday_document_get_file (document) != NULL)
    {
      save_pending (pending, NULL);
      return;
    }

  chooser = payday_window_plan_chooser_new (pending->window, GTK_FILE_CHOOSER_ACTION_SAVE);
  g_signal_connect (chooser, "response", G_CALLBACK (chooser_response), pending);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static gboolean
proceed_idle (gpointer data)
{
  pending_proceed (data);
  return G_SOURCE_REMOVE;
}

static void
dialog_response (AdwMessageDialog *dialog,
                 const char       *response,
                 Pending          *pending)
{
  /* Only the first answer counts: the dialog closing itself may answer again with its
   * close response. Closing the window destroys its dialogs: leave the response first. */
  g_signal_handlers_disconnect_by_func (dialog, dialog_response, pending);

  if (g_strcmp0 (response, "save") == 0)
    save_then_proceed (pending);
  else if (g_strcmp0 (response, "discard") == 0)
    g_idle_add (proceed_idle, pending);
  else
    pending_free (pending);
}

/**
 * payday_window_confirm_discard:
 * @proceed: what replaces or closes the plan
 *
 * Calls @proceed at once when the plan has no unsaved changes; otherwise asks
 * Save / Discard / Cancel and calls it after a successful save or a discard.
 */
void
payday_window_confirm_discard (PaydayWindow        *self,
                               PaydayWindowProceed  proceed,
                               gpointer             data,
                               GDestroyNotify       data_free)
{
  PaydayDocument *document = payday_window_get_document (self);
  Pending *pending;
  AdwMessageDialog *dialog;

  g_return_if_fail (PAYDAY_IS_WINDOW (self));

  pending = pending_new (self, proceed, data, data_free);

  if (!payday_document_get_dirty (document))
    {
      pending_proceed (pending);
      return;
    }

  dialog = question_new (self, "save_changes_dialog");
  adw_message_dialog_format_body (dialog,
                                  _("“%s” has unsaved changes. Changes that are not saved are lost."),
                                  payday_document_get_title (document));
  g_signal_connect (dialog, "response", G_CALLBACK (dialog_response), pending);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
close_confirmed (PaydayWindow *self,
                 gpointer      data)
{
  self->close_confirmed = TRUE;
  gtk_window_close (GTK_WINDOW (self));
}

/**
 * payday_window_edit_close_request:
 *
 * Returns: %TRUE to stop the close: the plan has unsaved changes and the user is asked
 */
gboolean
payday_window_edit_close_request (PaydayWindow *self)
{
  if (self->close_confirmed ||
      !payday_document_get_dirty (payday_window_get_document (self)))
    return FALSE;

  payday_window_confirm_discard (self, close_confirmed, NULL, NULL);
  return TRUE;
}
