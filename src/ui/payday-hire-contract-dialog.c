/* payday-hire-contract-dialog.c — the contract a hired proposal becomes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "payday-connects-edit.h"
#include "payday-form.h"
#include "payday-hire-contract-dialog.h"

/* Creates a contract from the hired proposal @proposal_id, starting the day of the hire:
 * an hourly one takes the rate, a fixed-price one starts with a funded milestone of the
 * amount. A proposal without a client asks for the new client's name. */
struct _PaydayHireContractDialog
{
  AdwMessageDialog  parent_instance;

  PaydayDocument   *document;
  char             *proposal_id;

  GtkDropDown      *type;
  GtkSpinButton    *amount;
  GtkWidget        *client_row;
  GtkEntry         *client;
};

G_DEFINE_FINAL_TYPE (PaydayHireContractDialog, payday_hire_contract_dialog, ADW_TYPE_MESSAGE_DIALOG)

static void
response_cb (PaydayHireContractDialog *self,
             const char               *response)
{
  PaydayPlan *plan = payday_document_get_plan (self->document);
  gint index;

  if (plan == NULL || !g_str_equal (response, "save"))
    return;

  if ((index = payday_plan_find_proposal_index (plan, self->proposal_id)) < 0 ||
      g_array_index (plan->proposals, PaydayProposal, index).status != PAYDAY_PROPOSAL_HIRED)
    return;

  payday_connects_edit_create_contract (self->document, self->proposal_id,
                                        gtk_drop_down_get_selected (self->type) == 0
                                        ? PAYDAY_CONTRACT_HOURLY : PAYDAY_CONTRACT_FIXED,
                                        (PaydayCents) (gtk_spin_button_get_value (self->amount) * 100 + 0.5),
                                        gtk_widget_get_visible (self->client_row)
                                        ? gtk_editable_get_text (GTK_EDITABLE (self->client)) : NULL);
}

static void
payday_hire_contract_dialog_finalize (GObject *object)
{
  PaydayHireContractDialog *self = (PaydayHireContractDialog *)object;

  g_clear_object (&self->document);
  g_clear_pointer (&self->proposal_id, g_free);

  G_OBJECT_CLASS (payday_hire_contract_dialog_parent_class)->finalize (object);
}

static void
payday_hire_contract_dialog_class_init (PaydayHireContractDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = payday_hire_contract_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/payday/Payday/ui/payday-hire-contract-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PaydayHireContractDialog, type);
  gtk_widget_class_bind_template_child (widget_class, PaydayHireContractDialog, amount);
  gtk_widget_class_bind_template_child (widget_class, PaydayHireContractDialog, client_row);
  gtk_widget_class_bind_template_child (widget_class, PaydayHireContractDialog, client);
  gtk_widget_class_bind_template_callback (widget_class, response_cb);
}

static void
payday_hire_contract_dialog_init (PaydayHireContractDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * payday_hire_contract_dialog_new:
 * @proposal_id: a hired proposal without a contract
 *
 * Returns: (transfer none) (nullable): the dialog, not yet shown; %NULL when the
 *   proposal is not one to make a contract from
 */
GtkWidget *
payday_hire_contract_dialog_new (GtkWindow      *parent,
                                 PaydayDocument *document,
                                 const char     *proposal_id)
{
  PaydayPlan *plan = payday_document_get_plan (document);
  PaydayHireContractDialog *self;
  const PaydayProposal *p;
  g_autofree char *body = NULL;
  gint index;

  g_return_val_if_fail (PAYDAY_IS_DOCUMENT (document), NULL);

  if (plan == NULL || (index = payday_plan_find_proposal_index (plan, proposal_id)) < 0)
    return NULL;
  p = &g_array_index (plan->proposals, PaydayProposal, index);
  if (p->status != PAYDAY_PROPOSAL_HIRED || p->contract != NULL)
    return NULL;

  /* Translators: the body of the Create Contract dialog, %s is the job title */
  body = g_strdup_printf (_("A contract for “%s”, starting the day you were hired. An hourly contract takes the rate; a fixed-price one starts with a funded milestone of the amount."),
                          p->title ? p->title : "");
  self = g_object_new (PAYDAY_TYPE_HIRE_CONTRACT_DIALOG,
                       "transient-for", parent,
                       "body", body,
                       NULL);
  self->document = g_object_ref (document);
  self->proposal_id = g_strdup (proposal_id);
  payday_form_add_responses (ADW_MESSAGE_DIALOG (self), FALSE, _("C_reate"));
  gtk_drop_down_set_selected (self->type, 1);
  gtk_widget_set_visible (self->client_row, p->client == NULL);

  return GTK_WIDGET (self);
}
