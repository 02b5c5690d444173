/* payday-proposal-dialog.c — add, edit or delete a proposal
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "payday-connects-edit.h"
#include "payday-form.h"
#include "payday-proposal-dialog.h"

/* The dialog names its proposal by id and runs its edit on the document itself when
 * answered. A status picked anew happened today unless the user says otherwise. */
struct _PaydayProposalDialog
{
  AdwMessageDialog      parent_instance;

  PaydayDocument       *document;
  char                 *id;               /* the proposal edited, NULL when adding one */
  PaydayProposalStatus  original_status;
  PaydayDate            today;

  GtkEntry             *title;
  GtkDropDown          *client;
  GtkEntry             *date;
  GtkSpinButton        *connects;
  GtkSpinButton        *boost;
  GtkSwitch            *boost_charged;
  GtkSwitch            *invited;
  GtkDropDown          *status;
  GtkEntry             *status_date;
};

G_DEFINE_FINAL_TYPE (PaydayProposalDialog, payday_proposal_dialog, ADW_TYPE_MESSAGE_DIALOG)

static void
validate (PaydayProposalDialog *self)
{
  gboolean date_ok = payday_form_check_date (self->date, FALSE, NULL);
  gboolean status_ok = payday_form_check_date (self->status_date, TRUE, NULL);

  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "save", date_ok && status_ok);
}

static void
status_changed_cb (PaydayProposalDialog *self)
{
  char buf[PAYDAY_DATE_BUF];

  if (gtk_drop_down_get_selected (self->status) != self->original_status)
    gtk_editable_set_text (GTK_EDITABLE (self->status_date), payday_date_format (self->today, buf));
}

static void
response_cb (PaydayProposalDialog *self,
             const char           *response)
{
  PaydayPlan *plan = payday_document_get_plan (self->document);
  PaydayProposal p = { 0 };
  g_autofree char *id = NULL;
  guint client_choice;

  if (plan == NULL)
    return;

  if (g_str_equal (response, "delete") && self->id != NULL)
    {
      payday_connects_edit_remove_proposal (self->document, self->id);
      return;
    }
  if (!g_str_equal (response, "save"))
    return;

  if (self->id != NULL)
    {
      gint index = payday_plan_find_proposal_index (plan, self->id);

      if (index < 0)
        return;
      id = g_strdup (self->id);
      p.contract = g_array_index (plan->proposals, PaydayProposal, index).contract;
    }
  else
    {
      id = payday_connects_edit_new_id (self->document, "p");
    }

  p.id = id;
  p.title = (char *) gtk_editable_get_text (GTK_EDITABLE (self->title));
  payday_form_check_date (self->date, FALSE, &p.date);
  p.status = gtk_drop_down_get_selected (self->status);
  payday_form_check_date (self->status_date, TRUE, &p.status_date);
  p.connects = gtk_spin_button_get_value_as_int (self->connects);
  p.boost = gtk_spin_button_get_value_as_int (self->boost);
  p.boost_charged = gtk_switch_get_active (self->boost_charged);
  p.invited = gtk_switch_get_active (self->invited);
  /* The first choice is "No client yet", then the plan's clients in order. */
  client_choice = gtk_drop_down_get_selected (self->client);
  p.client = client_choice > 0 && client_choice <= plan->clients->len
           ? g_array_index (plan->clients, PaydayClient, client_choice - 1).id : NULL;

  if (self->id != NULL)
    payday_connects_edit_set_proposal (self->document, self->id, &p);
  else
    payday_connects_edit_add_proposal (self->document, &p);
}

static void
payday_proposal_dialog_finalize (GObject *object)
{
  PaydayProposalDialog *self = (PaydayProposalDialog *)object;

  g_clear_object (&self->document);
  g_clear_pointer (&self->id, g_free);

  G_OBJECT_CLASS (payday_proposal_dialog_parent_class)->finalize (object);
}

static void
payday_proposal_dialog_class_init (PaydayProposalDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = payday_proposal_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/payday/Payday/ui/payday-proposal-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PaydayProposalDialog, title);
  gtk_widget_class_bind_template_child (widget_class, PaydayProposalDialog, client);
  gtk_widget_class_bind_template_child (widget_class, PaydayProposalDialog, date);
  gtk_widget_class_bind_template_child (widget_class, PaydayProposalDialog, connects);
  gtk_widget_class_bind_template_child (widget_class, PaydayProposalDialog, boost);
  gtk_widget_class_bind_template_child (widget_class, PaydayProposalDialog, boost_charged);
  gtk_widget_class_bind_template_child (widget_class, PaydayProposalDialog, invited);
  gtk_widget_class_bind_template_child (widget_class, PaydayProposalDialog, status);
  gtk_widget_class_bind_template_child (widget_class, PaydayProposalDialog, status_date);
  gtk_widget_class_bind_template_callback (widget_class, validate);
  gtk_widget_class_bind_template_callback (widget_class, status_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, response_cb);
}

static void
payday_proposal_dialog_init (PaydayProposalDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * payday_proposal_dialog_new:
 * @id: (nullable): the proposal to edit, or %NULL to add one
 *
 * Returns: (transfer none): the dialog, not yet shown
 */
GtkWidget *
payday_proposal_dialog_new (GtkWindow      *parent,
                            PaydayDocument *document,
                            const char     *id)
{
  PaydayPlan *plan = payday_document_get_plan (document);
  g_autoptr(GtkStringList) clients = gtk_string_list_new (NULL);
  PaydayProposalDialog *self;
  PaydayProposal fresh = { 0 };
  const PaydayProposal *p = &fresh;
  guint client_choice = 0;
  char buf[PAYDAY_DATE_BUF];
  gint index;

  g_return_val_if_fail (PAYDAY_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (plan != NULL, NULL);

  index = id != NULL ? payday_plan_find_proposal_index (plan, id) : -1;
  if (index >= 0)
    {
      p = &g_array_index (plan->proposals, PaydayProposal, index);
    }
  else
    {
      fresh.date = payday_document_get_today (document);
      fresh.status_date = PAYDAY_DATE_NONE;
      fresh.status = PAYDAY_PROPOSAL_SENT;
      fresh.connects = 16;
    }

  self = g_object_new (PAYDAY_TYPE_PROPOSAL_DIALOG,
                       "transient-for", parent,
                       "heading", index >= 0 ? _("Edit Proposal") : _("Add Proposal"),
                       NULL);
  self->document = g_object_ref (document);
  self->id = index >= 0 ? g_strdup (p->id) : NULL;
  self->original_status = p->status;
  self->today = payday_document_get_today (document);
  payday_form_add_responses (ADW_MESSAGE_DIALOG (self), index >= 0, index >= 0 ? _("_Save") : _("_Add"));

  gtk_string_list_append (clients, _("No client yet"));
  for (guint i = 0; i < plan->clients->len; i++)
    {
      const PaydayClient *c = &g_array_index (plan->clients, PaydayClient, i);

      gtk_string_list_append (clients, c->name && c->name[0] ? c->name : c->id);
      if (p->client != NULL && g_strcmp0 (p->client, c->id) == 0)
        client_choice = i + 1;
    }
  gtk_drop_down_set_model (self->client, G_LIST_MODEL (clients));
  gtk_drop_down_set_selected (self->client, client_choice);

  gtk_editable_set_text (GTK_EDITABLE (self->title), p->title != NULL ? p->title : "");
  gtk_editable_set_text (GTK_EDITABLE (self->date),
                         payday_date_is_set (p->date) ? payday_date_format (p->date, buf) : "");
  gtk_spin_button_set_value (self->connects, p->connects);
  gtk_spin_button_set_value (self->boost, p->boost);
  gtk_switch_set_active (self->boost_charged, p->boost_charged);
  gtk_switch_set_active (self->invited, p->invited);
  gtk_drop_down_set_selected (self->status, p->status);
  gtk_editable_set_text (GTK_EDITABLE (self->status_date),
                         payday_date_is_set (p->status_date) ? payday_date_format (p->status_date, buf) : "");
  validate (self);

  return GTK_WIDGET (self);
}
