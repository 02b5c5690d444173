/* payday-connects-page-dialogs.c — the Connects page's dialogs: transactions, membership, opening balance
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "payday-connects-edit.h"
#include "payday-connects-page-private.h"
#include "payday-form.h"
#include "payday-ui-util.h"

/* ---- Transactions ---------------------------------------------------------------- */

static const char *const tx_type_labels[] = { N_("Purchase"), N_("Grant"), N_("Adjustment"), NULL };

static void
transaction_response_cb (AdwMessageDialog   *form,
                         const char         *response,
                         PaydayConnectsPage *self)
{
  const char *editing = g_object_get_data (G_OBJECT (form), "tx-id");
  PaydayTransaction tx = { 0 };
  g_autofree char *id = NULL;
  double price;

  if (self->document == NULL || payday_document_get_plan (self->document) == NULL)
    return;

  if (g_str_equal (response, "delete") && editing != NULL)
    {
      payday_connects_edit_remove_transaction (self->document, editing);
      return;
    }
  if (!g_str_equal (response, "save"))
    return;

  id = editing != NULL ? g_strdup (editing) : payday_connects_edit_new_id (self->document, "tx");

  tx.id = id;
  tx.date = payday_form_get_date (form, "tx-date");
  tx.type = gtk_drop_down_get_selected (GTK_DROP_DOWN (payday_form_get_field (form, "tx-type")));
  tx.amount = gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (payday_form_get_field (form, "tx-amount")));
  price = gtk_spin_button_get_value (GTK_SPIN_BUTTON (payday_form_get_field (form, "tx-price")));
  /* A price of 0 on a grant or adjust means "none"; a purchase keeps what was paid. */
  tx.price_cents = price > 0 ? (PaydayCents) (price * 100 + 0.5) : PAYDAY_NONE;
  tx.note = (char *) gtk_editable_get_text (GTK_EDITABLE (payday_form_get_field (form, "tx-note")));

  /* Purchases and grants add Connects; only an adjustment may take some away. */
  if (tx.type != PAYDAY_TX_ADJUST)
    tx.amount = ABS (tx.amount);

  if (editing != NULL)
    payday_connects_edit_set_transaction (self->document, editing, &tx);
  else
    payday_connects_edit_add_transaction (self->document, &tx);
}

/* @id: the transaction to edit, or %NULL to add one */
void
payday_connects_page_edit_transaction (PaydayConnectsPage *self,
                                       const char         *id)
{
  PaydayPlan *plan = payday_document_get_plan (self->document);
  PaydayDate today = payday_document_get_today (self->document);
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  PaydayTransaction fresh = { 0 };
  const PaydayTransaction *tx = NULL;
  AdwMessageDialog *form;
  gboolean editing;

  for (guint i = 0; id != NULL && i < plan->connects.transactions->len; i++)
    if (g_strcmp0 (g_array_index (plan->connects.transactions, PaydayTransaction, i).id, id) == 0)
      tx = &g_array_index (plan->connects.transactions, PaydayTransaction, i);
  editing = tx != NULL;
  if (!editing)
    {
      tx = &fresh;
      fresh.date = today;
      fresh.type = PAYDAY_TX_PURCHASE;
      fresh.amount = 80;
      fresh.price_cents = PAYDAY_NONE;
    }

  for (guint i = 0; tx_type_labels[i] != NULL; i++)
    g_ptr_array_add (labels, (gpointer) _(tx_type_labels[i]));
  g_ptr_array_add (labels, NULL);

  form = payday_form_new (GTK_WIDGET (self),
                          editing ? _("Edit Transaction") : _("Add Transaction"),
                          editing ? _("_Save") : _("_Add"),
                          editing);
  adw_message_dialog_set_body (form, _("Connects bought, granted or corrected by hand. Spends, refunds, refills and expiry come from the proposals and membership."));
  payday_form_add_choice (form, "tx-type", _("Kind"), (const char *const *) labels->pdata, tx->type);
  payday_form_add_date (form, "tx-date", _("Date"), tx->date, FALSE);
  payday_form_add_spin (form, "tx-amount", _("Connects"), -10000, 10000, 1, 0, tx->amount);
  payday_form_add_spin (form, "tx-price", _("Price paid ($)"), 0, 100000, 1, 2,
                        tx->price_cents > 0 ? tx->price_cents / 100.0 : 0);
  payday_form_add_entry (form, "tx-note", _("Note"), tx->note);
  g_object_set_data_full (G_OBJECT (form), "tx-id", editing ? g_strdup (tx->id) : NULL, g_free);
  g_signal_connect_object (form, "response", G_CALLBACK (transaction_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (form));
}

void
payday_connects_page_add_transaction_action (GtkWidget  *widget,
                                             const char *action_name,
                                             GVariant   *param)
{
  PaydayConnectsPage *self = PAYDAY_CONNECTS_PAGE (widget);

  if (self->document != NULL && payday_document_get_plan (self->document) != NULL)
    payday_connects_page_edit_transaction (self, NULL);
}

/* ---- Membership ------------------------------------------------------------------- */

const char *const payday_connects_page_plan_labels[] = { N_("Basic"), N_("Freelancer Plus"), NULL };

static void
membership_response_cb (AdwMessageDialog   *form,
                        const char         *response,
                        PaydayConnectsPage *self)
{
  int index = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (form), "membership-index"));
  PaydayMembership m = { 0 };

  if (self->document == NULL || payday_document_get_plan (self->document) == NULL)
    return;

  if (g_str_equal (response, "delete") && index >= 0)
    {
      payday_connects_edit_remove_membership (self->document, index);
      return;
    }
  if (!g_str_equal (response, "save"))
    return;

  m.plan = gtk_drop_down_get_selected (GTK_DROP_DOWN (payday_form_get_field (form, "membership-plan")));
  m.from = payday_form_get_date (form, "membership-from");
  m.to = payday_form_get_date (form, "membership-to");

  if (index >= 0)
    payday_connects_edit_set_membership (self->document, index, &m);
  else
    payday_connects_edit_add_membership (self->document, &m);
}

static void
edit_membership (PaydayConnectsPage *self,
                 int                 index)
{
  PaydayPlan *plan = payday_document_get_plan (self->document);
  PaydayMembership fresh = { .plan = PAYDAY_MEMBERSHIP_PLUS, .to = PAYDAY_DATE_NONE };
  const PaydayMembership *m = &fresh;
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  AdwMessageDialog *form;

  if (index >= 0)
    m = &g_array_index (plan->connects.membership, PaydayMembership, index);
  else
    fresh.from = payday_document_get_today (self->document);

  for (guint i = 0; payday_connects_page_plan_labels[i] != NULL; i++)
    g_ptr_array_add (labels, (gpointer) _(payday_connects_page_plan_labels[i]));
  g_ptr_array_add (labels, NULL);

  form = payday_form_new (GTK_WIDGET (self),
                          index >= 0 ? _("Edit Membership") : _("Add Membership"),
                          index >= 0 ? _("_Save") : _("_Add"),
                          index >= 0);
  adw_message_dialog_set_body (form, _("Leave “Until” empty while the membership goes on."));
  payday_form_add_choice (form, "membership-plan", _("Plan"), (const char *const *) labels->pdata, m->plan);
  payday_form_add_date (form, "membership-from", _("From"), m->from, FALSE);
  payday_form_add_date (form, "membership-to", _("Until"), m->to, TRUE);
  g_object_set_data (G_OBJECT (form), "membership-index", GINT_TO_POINTER (index));
  g_signal_connect_object (form, "response", G_CALLBACK (membership_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (form));
}

void
payday_connects_page_membership_row_activated_cb (AdwActionRow       *row,
                                                  PaydayConnectsPage *self)
{
  edit_membership (self, GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "membership-index")));
}

void
payday_connects_page_add_membership_action (GtkWidget  *widget,
                                            const char *action_name,
                                            GVariant   *param)
{
  PaydayConnectsPage *self = PAYDAY_CONNECTS_PAGE (widget);

  if (self->document != NULL && payday_document_get_plan (self->document) != NULL)
    edit_membership (self, -1);
}
static void
opening_response_cb (AdwMessageDialog   *form,
                     const char         *response,
                     PaydayConnectsPage *self)
{
  if (self->document == NULL || payday_document_get_plan (self->document) == NULL ||
      !g_str_equal (response, "save"))
    return;

  payday_connects_edit_set_opening (self->document,
                                    gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (payday_form_get_field (form, "opening-balance"))),
                                    payday_form_get_date (form, "opening-date"));
}

static void
edit_opening (PaydayConnectsPage *self)
{
  PaydayPlan *plan = payday_document_get_plan (self->document);
  PaydayDate date = plan->connects.opening_date;
  AdwMessageDialog *form;

  if (!payday_date_is_set (date))
    date = payday_document_get_today (self->document);

  form = payday_form_new (GTK_WIDGET (self), _("Opening Balance"), _("_Save"), FALSE);
  adw_message_dialog_set_body (form, _("The Connects you had on the day the ledger starts, as Upwork shows them."));
  payday_form_add_date (form, "opening-date", _("Date"), date, FALSE);
  payday_form_add_spin (form, "opening-balance", _("Connects"), 0, 100000, 1, 0,
                        plan->connects.opening_balance);
  g_signal_connect_object (form, "response", G_CALLBACK (opening_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (form));
}

void
payday_connects_page_opening_row_activated_cb (AdwActionRow       *row,
                                               PaydayConnectsPage *self)
{
  edit_opening (self);
}
