/* payday-contracts-page-actions.c — the Contracts page's actions: add, duplicate, end, delete
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "payday-clients-dialog.h"
#include "payday-contracts-page-private.h"

static void
add_contract (PaydayContractsPage *self,
              PaydayContractType   type)
{
  PaydayPlan *plan = payday_document_get_plan (self->document);
  g_autoptr(PaydayCommand) command = NULL;
  PaydayContract c;
  g_autofree char *id = NULL;

  command = payday_command_new (type == PAYDAY_CONTRACT_HOURLY ? _("Add Hourly Contract")
                                                               : _("Add Fixed-Price Contract"));

  payday_contract_init (&c, type);

  /* A contract needs a client: with none yet, the same command adds one to rename. */
  if (plan->clients->len == 0)
    {
      PaydayClient client = { 0, };

      client.id = payday_plan_new_client_id (plan);
      client.name = g_strdup (_("New Client"));
      payday_command_add_client (command, &client);
      c.client = g_steal_pointer (&client.id);
      payday_client_clear (&client);
    }
  else
    {
      c.client = g_strdup (g_array_index (plan->clients, PaydayClient, 0).id);
    }

  id = payday_plan_new_contract_id (plan);
  c.id = g_strdup (id);
  c.title = g_strdup (type == PAYDAY_CONTRACT_HOURLY ? _("New Hourly Contract")
                                                     : _("New Fixed-Price Contract"));
  c.start = payday_document_get_today (self->document);
  payday_command_add_contract (command, &c, NULL);
  payday_contract_clear (&c);

  g_free (self->selected_id);
  self->selected_id = g_steal_pointer (&id);
  payday_document_run (self->document, command, NULL);
  adw_leaflet_set_visible_child (self->leaflet, self->editor_pane);
}

static void
action_add (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  PaydayContractsPage *self = PAYDAY_CONTRACTS_PAGE (widget);

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  add_contract (self, g_str_equal (action_name, "contracts.add-hourly") ? PAYDAY_CONTRACT_HOURLY
                                                                        : PAYDAY_CONTRACT_FIXED);
}

static void
action_duplicate (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  PaydayContractsPage *self = PAYDAY_CONTRACTS_PAGE (widget);
  PaydayPlan *plan = payday_document_get_plan (self->document);
  g_autoptr(PaydayCommand) command = NULL;
  const PaydayContract *c;
  PaydayContract copy;
  char *title;

  if (!(c = payday_contracts_page_selected_contract (self)))
    return;

  payday_contract_copy_into (&copy, c);
  g_free (copy.id);
  copy.id = payday_plan_new_contract_id (plan);
  title = g_strdup_printf (_("%s (Copy)"), c->title ? c->title : "");
  g_free (copy.title);
  copy.title = title;

  command = payday_command_new (_("Duplicate Contract"));
  payday_command_add_contract (command, &copy, c->id);
  g_free (self->selected_id);
  self->selected_id = g_strdup (copy.id);
  payday_contract_clear (&copy);
  payday_document_run (self->document, command, NULL);
}

static void
mutate_end_today (PaydayContract *c,
                  gpointer        data)
{
  PaydayDate end = GPOINTER_TO_INT (data);

  /* A contract that has not started yet ends the day it starts; one with weeks logged
   * ahead ends in the last of them (a week must start before the end). */
  if (payday_date_is_set (c->start) && c->start > end)
    end = c->start;
  for (guint i = 0; i < c->weeks->len; i++)
    end = MAX (end, g_array_index (c->weeks, PaydayWeek, i).week_start);
  c->end = end;
}

static void
action_end (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  PaydayContractsPage *self = PAYDAY_CONTRACTS_PAGE (widget);
  const PaydayContract *c = payday_contracts_page_selected_contract (self);

  if (c != NULL)
    payday_editor_change_contract (self->document, c->id, _("End Contract"), mutate_end_today,
                                   GINT_TO_POINTER (payday_document_get_today (self->document)),
                                   NULL);
}

static void
action_delete (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  PaydayContractsPage *self = PAYDAY_CONTRACTS_PAGE (widget);
  g_autoptr(PaydayCommand) command = NULL;
  const PaydayContract *c;
  g_autofree char *message = NULL;
  AdwToast *toast;

  if (!(c = payday_contracts_page_selected_contract (self)))
    return;

  message = g_strdup_printf (_("Deleted “%s”"), c->title ? c->title : c->id);
  command = payday_command_new (_("Delete Contract"));
  /* Proposals that led to the contract lose their link (the file format needs every
   * reference to resolve); Undo brings both back. */
  payday_command_remove_contract (command, c->id);
  payday_document_run (self->document, command, NULL);

  toast = adw_toast_new (message);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo");
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
  adw_leaflet_set_visible_child (self->leaflet, gtk_widget_get_first_child (GTK_WIDGET (self->leaflet)));
}

static void
action_clients (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  PaydayContractsPage *self = PAYDAY_CONTRACTS_PAGE (widget);
  GtkWidget *dialog = payday_clients_dialog_new (self->document);
  GtkRoot *root = gtk_widget_get_root (widget);

  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
action_select (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  payday_contracts_page_select (PAYDAY_CONTRACTS_PAGE (widget), g_variant_get_string (param, NULL));
}

static void
action_back (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  PaydayContractsPage *self = PAYDAY_CONTRACTS_PAGE (widget);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

void
payday_contracts_page_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "contracts.add-hourly", NULL, action_add);
  gtk_widget_class_install_action (widget_class, "contracts.add-fixed", NULL, action_add);
  gtk_widget_class_install_action (widget_class, "contracts.duplicate", NULL, action_duplicate);
  gtk_widget_class_install_action (widget_class, "contracts.end", NULL, action_end);
  gtk_widget_class_install_action (widget_class, "contracts.delete", NULL, action_delete);
  gtk_widget_class_install_action (widget_class, "contracts.clients", NULL, action_clients);
  gtk_widget_class_install_action (widget_class, "contracts.select", "s", action_select);
  gtk_widget_class_install_action (widget_class, "contracts.back", NULL, action_back);
}
