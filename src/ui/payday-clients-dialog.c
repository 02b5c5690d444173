/* payday-clients-dialog.c — the plan's clients: name, payment verified, earlier billings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "payday-clients-dialog.h"
#include "payday-money-entry.h"
#include "payday-ui-util.h"

/* Lifetime billings before the plan move a contract's sliding-fee tier; every change is
 * a command on the document, so the Overview and the payments follow at once. */
typedef struct
{
  char             *id;                 /* the client the row shows */
  AdwExpanderRow   *row;
  AdwEntryRow      *name;
  GtkSwitch        *verified;
  PaydayMoneyEntry *billed;
  GtkWidget        *delete;
} ClientRow;

struct _PaydayClientsDialog
{
  AdwPreferencesWindow  parent_instance;

  PaydayDocument       *document;
  GPtrArray            *rows;           /* ClientRow */
  GtkListBox           *list;
  guint                 updating : 1;
};

G_DEFINE_FINAL_TYPE (PaydayClientsDialog, payday_clients_dialog, ADW_TYPE_PREFERENCES_WINDOW)

static void
client_row_free (ClientRow *cr)
{
  g_free (cr->id);
  g_free (cr);
}

/* The row one of whose widgets is @source. */
static ClientRow *
row_of (PaydayClientsDialog *self,
        gpointer             source)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      ClientRow *cr = g_ptr_array_index (self->rows, i);

      if (source == cr->name || source == cr->verified || source == cr->billed || source == cr->delete)
        return cr;
    }
  return NULL;
}

static void
run_command (PaydayClientsDialog *self,
             PaydayCommand       *command)
{
  payday_document_run (self->document, command, NULL);
  payday_command_free (command);
}

static void
on_changed (PaydayClientsDialog *self,
            GObject             *source)
{
  PaydayPlan *plan = payday_document_get_plan (self->document);
  ClientRow *cr = row_of (self, source);
  PaydayCommand *command;
  PaydayClient copy;
  const char *label;
  gint index;

  if (self->updating || plan == NULL || cr == NULL ||
      (index = payday_plan_find_client_index (plan, cr->id)) < 0)
    return;

  payday_client_copy_into (&copy, &g_array_index (plan->clients, PaydayClient, index));
  if (source == G_OBJECT (cr->name))
    {
      g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (cr->name))));

      g_free (copy.name);
      copy.name = g_steal_pointer (&name);
      label = _("Rename Client");
    }
  else if (source == G_OBJECT (cr->verified))
    {
      copy.payment_verified = gtk_switch_get_active (cr->verified);
      label = _("Change Payment Verification");
    }
  else
    {
      copy.billed_before_cents = payday_money_entry_get_value (cr->billed);
      label = _("Change Earlier Billings");
    }
  command = payday_command_new (label);
  payday_command_replace_client (command, cr->id, &copy);
  payday_client_clear (&copy);
  run_command (self, command);
}

static void
on_delete (PaydayClientsDialog *self,
           GtkButton           *button)
{
  PaydayPlan *plan = payday_document_get_plan (self->document);
  ClientRow *cr = row_of (self, button);
  PaydayCommand *command;

  if (plan == NULL || cr == NULL || payday_plan_client_in_use (plan, cr->id))
    return;

  command = payday_command_new (_("Delete Client"));
  payday_command_remove_client (command, cr->id);
  run_command (self, command);
}

static void
on_add (PaydayClientsDialog *self)
{
  PaydayPlan *plan = payday_document_get_plan (self->document);
  PaydayCommand *command;
  PaydayClient client = { 0, };

  if (plan == NULL)
    return;

  client.id = payday_plan_new_client_id (plan);
  client.name = g_strdup (_("New Client"));
  command = payday_command_new (_("Add Client"));
  payday_command_add_client (command, &client);
  payday_client_clear (&client);
  run_command (self, command);
}

static ClientRow *
client_row_new (PaydayClientsDialog *self)
{
  ClientRow *cr = g_new0 (ClientRow, 1);
  GtkWidget *row;

  cr->row = ADW_EXPANDER_ROW (adw_expander_row_new ());

  cr->name = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (cr->name), _("Name"));
  adw_entry_row_set_show_apply_button (cr->name, TRUE);
  g_signal_connect_swapped (cr->name, "apply", G_CALLBACK (on_changed), self);
  adw_expander_row_add_row (cr->row, GTK_WIDGET (cr->name));

  cr->verified = GTK_SWITCH (gtk_switch_new ());
  gtk_widget_set_valign (GTK_WIDGET (cr->verified), GTK_ALIGN_CENTER);
  g_signal_connect_swapped (cr->verified, "notify::active", G_CALLBACK (on_changed), self);
  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Payment method verified"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), GTK_WIDGET (cr->verified));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), GTK_WIDGET (cr->verified));
  adw_expander_row_add_row (cr->row, row);

  cr->billed = PAYDAY_MONEY_ENTRY (payday_money_entry_new ());
  g_signal_connect_swapped (cr->billed, "value-changed", G_CALLBACK (on_changed), self);
  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Billed before the plan"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                               _("Lifetime billings with this client; they lower the service fee tier"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), GTK_WIDGET (cr->billed));
  adw_expander_row_add_row (cr->row, row);

  cr->delete = gtk_button_new_with_mnemonic (_("_Delete Client"));
  gtk_widget_add_css_class (cr->delete, "destructive-action");
  gtk_widget_set_valign (cr->delete, GTK_ALIGN_CENTER);
  g_signal_connect_swapped (cr->delete, "clicked", G_CALLBACK (on_delete), self);
  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Remove the client"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), cr->delete);
  adw_expander_row_add_row (cr->row, row);

  return cr;
}

static void
payday_clients_dialog_update (PaydayClientsDialog *self)
{
  PaydayPlan *plan = payday_document_get_plan (self->document);
  guint n = plan != NULL ? plan->clients->len : 0;

  self->updating = TRUE;

  if (self->rows->len != n)
    {
      GtkListBoxRow *row;

      while ((row = gtk_list_box_get_row_at_index (self->list, 0)))
        gtk_list_box_remove (self->list, GTK_WIDGET (row));
      g_ptr_array_set_size (self->rows, 0);
      for (guint i = 0; i < n; i++)
        {
          ClientRow *cr = client_row_new (self);

          g_ptr_array_add (self->rows, cr);
          gtk_list_box_append (self->list, GTK_WIDGET (cr->row));
        }
    }

  for (guint i = 0; i < n; i++)
    {
      const PaydayClient *cl = &g_array_index (plan->clients, PaydayClient, i);
      ClientRow *cr = g_ptr_array_index (self->rows, i);
      g_autofree char *billed = payday_ui_format_money (cl->billed_before_cents);
      g_autofree char *subtitle = NULL;
      gboolean in_use = payday_plan_client_in_use (plan, cl->id);

      if (g_strcmp0 (cr->id, cl->id) != 0)
        {
          g_free (cr->id);
          cr->id = g_strdup (cl->id);
        }

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (cr->row),
                                     cl->name && cl->name[0] ? cl->name : cl->id);
      subtitle = g_strdup_printf (_("%s · %s billed before"),
                                  cl->payment_verified ? _("Payment verified") : _("Payment not verified"),
                                  billed);
      adw_expander_row_set_subtitle (cr->row, subtitle);
      if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (cr->name)), cl->name ? cl->name : "") != 0)
        gtk_editable_set_text (GTK_EDITABLE (cr->name), cl->name ? cl->name : "");
      gtk_switch_set_active (cr->verified, cl->payment_verified);
      payday_money_entry_set_value (cr->billed, cl->billed_before_cents);
      gtk_widget_set_sensitive (cr->delete, !in_use);
      gtk_widget_set_tooltip_text (cr->delete, in_use ? _("A contract or a proposal refers to this client") : NULL);
    }

  self->updating = FALSE;
}

static void
payday_clients_dialog_dispose (GObject *object)
{
  PaydayClientsDialog *self = (PaydayClientsDialog *)object;

  g_clear_object (&self->document);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (payday_clients_dialog_parent_class)->dispose (object);
}

static void
payday_clients_dialog_class_init (PaydayClientsDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = payday_clients_dialog_dispose;

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
}

static void
payday_clients_dialog_init (PaydayClientsDialog *self)
{
  GtkWidget *page = adw_preferences_page_new ();
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *add = gtk_button_new ();
  GtkWidget *content = adw_button_content_new ();
  GtkWidget *empty_label = gtk_label_new (_("No clients yet"));

  self->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) client_row_free);

  gtk_window_set_title (GTK_WINDOW (self), _("Clients"));
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (self), 560, 560);
  adw_preferences_window_set_search_enabled (ADW_PREFERENCES_WINDOW (self), FALSE);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Clients"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("Who pays: a verified payment method, and what you billed them before this plan"));
  adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (content), "list-add-symbolic");
  adw_button_content_set_label (ADW_BUTTON_CONTENT (content), _("Add _Client"));
  adw_button_content_set_use_underline (ADW_BUTTON_CONTENT (content), TRUE);
  gtk_button_set_child (GTK_BUTTON (add), content);
  gtk_widget_add_css_class (add, "flat");
  g_signal_connect_swapped (add, "clicked", G_CALLBACK (on_add), self);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), add);

  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  gtk_widget_add_css_class (empty_label, "dim-label");
  gtk_widget_set_margin_top (empty_label, 12);
  gtk_widget_set_margin_bottom (empty_label, 12);
  gtk_list_box_set_placeholder (self->list, empty_label);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->list));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));
  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (self), ADW_PREFERENCES_PAGE (page));
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
  g_signal_connect_object (document, "changed", G_CALLBACK (payday_clients_dialog_update),
                           self, G_CONNECT_SWAPPED);
  payday_clients_dialog_update (self);

  return GTK_WIDGET (self);
}
