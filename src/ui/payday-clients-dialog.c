/* payday-clients-dialog.c — the plan's clients: name, payment verified, earlier billings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "payday-client-row.h"
#include "payday-clients-dialog.h"

/* The list binds the document's clients model, so it follows the document while open
 * (undo included); each row makes its own commands. */
struct _PaydayClientsDialog
{
  AdwPreferencesWindow  parent_instance;

  PaydayDocument       *document;
  GtkListBox           *list;
};

G_DEFINE_FINAL_TYPE (PaydayClientsDialog, payday_clients_dialog, ADW_TYPE_PREFERENCES_WINDOW)

static void
on_add_clicked (PaydayClientsDialog *self)
{
  PaydayPlan *plan = payday_document_get_plan (self->document);
  g_autoptr(PaydayCommand) command = NULL;
  PaydayClient client = { 0, };

  if (plan == NULL)
    return;

  client.id = payday_plan_new_client_id (plan);
  client.name = g_strdup (_("New Client"));
  command = payday_command_new (_("Add Client"));
  payday_command_add_client (command, &client);
  payday_client_clear (&client);
  payday_document_run (self->document, command, NULL);
}

static GtkWidget *
create_client_row (gpointer item,
                   gpointer user_data)
{
  PaydayClientsDialog *self = user_data;

  return payday_client_row_new (self->document, item);
}

static void
payday_clients_dialog_dispose (GObject *object)
{
  PaydayClientsDialog *self = (PaydayClientsDialog *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), PAYDAY_TYPE_CLIENTS_DIALOG);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (payday_clients_dialog_parent_class)->dispose (object);
}

static void
payday_clients_dialog_class_init (PaydayClientsDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = payday_clients_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/payday/Payday/ui/payday-clients-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PaydayClientsDialog, list);
  gtk_widget_class_bind_template_callback (widget_class, on_add_clicked);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
}

static void
payday_clients_dialog_init (PaydayClientsDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * payday_clients_dialog_new:
 *
 * Returns: (transfer floating): a window editing @document's clients; it follows the
 *   document while open (undo included)
 */
GtkWidget *
payday_clients_dialog_new (PaydayDocument *document)
{
  PaydayClientsDialog *self;

  g_return_val_if_fail (PAYDAY_IS_DOCUMENT (document), NULL);

  self = g_object_new (PAYDAY_TYPE_CLIENTS_DIALOG, NULL);
  self->document = g_object_ref (document);
  gtk_list_box_bind_model (self->list, payday_document_get_clients (document),
                           create_client_row, self, NULL);

  return GTK_WIDGET (self);
}
