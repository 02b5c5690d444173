/* payday-transaction-dialog.c — add, edit or delete a Connects purchase, grant or adjustment
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "payday-connects-edit.h"
#include "payday-form.h"
#include "payday-transaction-dialog.h"

/* Spends, refunds, refills and expiry follow from the proposals and the membership; only
 * what was bought, granted or corrected by hand is a transaction. The dialog runs its edit
 * on the document itself when answered. */
struct _PaydayTransactionDialog
{
  AdwMessageDialog  parent_instance;

  PaydayDocument   *document;
  char             *id;          /* the transaction edited, NULL when adding one */

  GtkDropDown      *type;
  GtkEntry         *date;
  GtkSpinButton    *amount;
  GtkSpinButton    *price;
  GtkEntry         *note;
};

G_DEFINE_FINAL_TYPE (PaydayTransactionDialog, payday_transaction_dialog, ADW_TYPE_MESSAGE_DIALOG)

static void
validate (PaydayTransactionDialog *self)
{
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "save",
                                           payday_form_check_date (self->date, FALSE, NULL));
}

static void
response_cb (PaydayTransactionDialog *self,
             const char              *response)
{
  PaydayTransaction tx = { 0 };
  g_autofree char *id = NULL;
  double price;

  if (payday_document_get_plan (self->document) == NULL)
    return;

  if (g_str_equal (response, "delete") && self->id != NULL)
    {
      payday_connects_edit_remove_transaction (self->document, self->id);
      return;
    }
  if (!g_str_equal (response, "save"))
    return;

  id = self->id != NULL ? g_strdup (self->id) : payday_connects_edit_new_id (self->document, "tx");

  tx.id = id;
  payday_form_check_date (self->date, FALSE, &tx.date);
  tx.type = gtk_drop_down_get_selected (self->type);
  tx.amount = gtk_spin_button_get_value_as_int (self->amount);
  price = gtk_spin_button_get_value (self->price);
  /* A price of 0 on a grant or adjust means "none"; a purchase keeps what was paid. */
  tx.price_cents = price > 0 ? (PaydayCents) (price * 100 + 0.5) : PAYDAY_NONE;
  tx.note = (char *) gtk_editable_get_text (GTK_EDITABLE (self->note));

  /* Purchases and grants add Connects; only an adjustment may take some away. */
  if (tx.type != PAYDAY_TX_ADJUST)
    tx.amount = ABS (tx.amount);

  if (self->id != NULL)
    payday_connects_edit_set_transaction (self->document, self->id, &tx);
  else
    payday_connects_edit_add_transaction (self->document, &tx);
}

static void
payday_transaction_dialog_finalize (GObject *object)
{
  PaydayTransactionDialog *self = (PaydayTransactionDialog *)object;

  g_clear_object (&self->document);
  g_clear_pointer (&self->id, g_free);

  G_OBJECT_CLASS (payday_transaction_dialog_parent_class)->finalize (object);
}

static void
payday_transaction_dialog_class_init (PaydayTransactionDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = payday_transaction_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/payday/Payday/ui/payday-transaction-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PaydayTransactionDialog, type);
  gtk_widget_class_bind_template_child (widget_class, PaydayTransactionDialog, date);
  gtk_widget_class_bind_template_child (widget_class, PaydayTransactionDialog, amount);
  gtk_widget_class_bind_template_child (widget_class, PaydayTransactionDialog, price);
  gtk_widget_class_bind_template_child (widget_class, PaydayTransactionDialog, note);
  gtk_widget_class_bind_template_callback (widget_class, validate);
  gtk_widget_class_bind_template_callback (widget_class, response_cb);
}

static void
payday_transaction_dialog_init (PaydayTransactionDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * payday_transaction_dialog_new:
 * @id: (nullable): the transaction to edit, or %NULL to add one
 *
 * Returns: (transfer none): the dialog, not yet shown
 */
GtkWidget *
payday_transaction_dialog_new (GtkWindow      *parent,
                               PaydayDocument *document,
                               const char     *id)
{
  PaydayPlan *plan = payday_document_get_plan (document);
  PaydayTransactionDialog *self;
  const PaydayTransaction *tx = NULL;
  char date[PAYDAY_DATE_BUF];

  g_return_val_if_fail (PAYDAY_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (plan != NULL, NULL);

  for (guint i = 0; id != NULL && i < plan->connects.transactions->len; i++)
    if (g_strcmp0 (g_array_index (plan->connects.transactions, PaydayTransaction, i).id, id) == 0)
      tx = &g_array_index (plan->connects.transactions, PaydayTransaction, i);

  self = g_object_new (PAYDAY_TYPE_TRANSACTION_DIALOG,
                       "transient-for", parent,
                       "heading", tx != NULL ? _("Edit Transaction") : _("Add Transaction"),
                       NULL);
  self->document = g_object_ref (document);
  payday_form_add_responses (ADW_MESSAGE_DIALOG (self), tx != NULL,
                             tx != NULL ? _("_Save") : _("_Add"));

  if (tx != NULL)
    {
      self->id = g_strdup (tx->id);
      gtk_drop_down_set_selected (self->type, tx->type);
      gtk_editable_set_text (GTK_EDITABLE (self->date), payday_date_format (tx->date, date));
      gtk_spin_button_set_value (self->amount, tx->amount);
      gtk_spin_button_set_value (self->price, tx->price_cents > 0 ? tx->price_cents / 100.0 : 0);
      gtk_editable_set_text (GTK_EDITABLE (self->note), tx->note != NULL ? tx->note : "");
    }
  else
    {
      /* A purchase of the usual bundle, today. */
      gtk_drop_down_set_selected (self->type, PAYDAY_TX_PURCHASE);
      gtk_editable_set_text (GTK_EDITABLE (self->date),
                             payday_date_format (payday_document_get_today (document), date));
      gtk_spin_button_set_value (self->amount, 80);
    }
  validate (self);

  return GTK_WIDGET (self);
}
