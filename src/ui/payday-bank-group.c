/* payday-bank-group.c — "In your bank": the next withdrawal, what the method costs a year
 *
 * The Overview's last step of the money: from Available to the bank account
 * (docs/withdrawals.md). The two figures follow the document's projection; the list of the
 * next withdrawals is the document's own list model, filtered and cut in the template.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "payday-bank-dialog.h"
#include "payday-bank-group.h"
#include "payday-bank-row.h"
#include "payday-payout-row.h"
#include "payday-ui-util.h"

struct _PaydayBankGroup
{
  GtkWidget          parent_instance;

  PaydayDocument    *document;
  GtkWindow         *dialog;            /* the open Withdrawal Settings (weak) */

  AdwPreferencesGroup *group;
  GtkLabel          *next_amount;
  GtkLabel          *next_detail;
  GtkLabel          *year_amount;
  GtkLabel          *year_detail;
  GtkLabel          *warnings_label;
  GtkListBox        *upcoming_list;
  GtkSliceListModel *upcoming_model;
};

G_DEFINE_FINAL_TYPE (PaydayBankGroup, payday_bank_group, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DOCUMENT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
payday_bank_group_update (PaydayBankGroup *self)
{
  const PaydayPayouts *payouts = self->document ? payday_document_get_payouts (self->document) : NULL;
  const PaydayPayout *next = payouts ? payday_payouts_get_next (payouts) : NULL;
  g_autofree char *next_amount = NULL;
  g_autofree char *next_detail = NULL;
  g_autofree char *year_amount = NULL;
  g_autofree char *year_detail = NULL;
  g_autoptr(GString) warnings = g_string_new (NULL);

  if (payouts == NULL)
    return;

  if (next != NULL)
    {
      g_autofree char *leaves = payday_bank_format_day (next->date);
      g_autofree char *arrives = payday_bank_format_day (next->arrives_on);
      g_autofree char *amount = payday_ui_format_money (next->amount_cents);
      g_autofree char *fee = payday_ui_format_money (next->fee_cents);

      next_amount = payday_ui_format_money (next->received_cents);
      /* Translators: the day money leaves Upwork, the amount, the fee, the day it is in the bank */
      next_detail = g_strdup_printf (_("Leaves Upwork on %s (%s, fee %s); in your bank on %s"),
                                     leaves, amount, fee, arrives);
    }
  else
    {
      next_amount = g_strdup (_("None planned"));
      next_detail = g_strdup (payouts->schedule == PAYDAY_SCHEDULE_MANUAL
                              ? _("Withdrawals are manual: you take money out yourself.")
                              : _("No money reaches the threshold within 60 days of the last payment."));
    }

  year_amount = payday_ui_format_money (payouts->fees_next_12m_cents);
  /* Translators: the number of withdrawals in the next 12 months, the method, the schedule */
  year_detail = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "%u withdrawal in the next 12 months · %s · %s",
                                              "%u withdrawals in the next 12 months · %s · %s",
                                              payouts->projected_count),
                                 payouts->projected_count,
                                 payday_withdrawal_method_label (payouts->method),
                                 payday_withdrawal_schedule_label (payouts->schedule));

  for (guint i = 0; i < payouts->warnings->len; i++)
    {
      if (warnings->len > 0)
        g_string_append_c (warnings, '\n');
      g_string_append (warnings, g_ptr_array_index (payouts->warnings, i));
    }

  gtk_label_set_label (self->next_amount, next_amount);
  gtk_label_set_label (self->next_detail, next_detail);
  gtk_label_set_label (self->year_amount, year_amount);
  gtk_label_set_label (self->year_detail, year_detail);
  gtk_label_set_label (self->warnings_label, warnings->str);
  gtk_widget_set_visible (GTK_WIDGET (self->warnings_label), warnings->len > 0);
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  return payday_bank_row_new (PAYDAY_PAYOUT_ROW (item));
}

static void
settings_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  PaydayBankGroup *self = PAYDAY_BANK_GROUP (widget);
  GtkRoot *root = gtk_widget_get_root (widget);

  if (self->document == NULL)
    return;

  /* One dialog at a time: a second click brings the open one back. */
  if (self->dialog == NULL)
    {
      g_set_weak_pointer (&self->dialog, GTK_WINDOW (payday_bank_dialog_new (self->document)));
      if (GTK_IS_WINDOW (root))
        gtk_window_set_transient_for (self->dialog, GTK_WINDOW (root));
    }
  gtk_window_present (self->dialog);
}

static void
payday_bank_group_dispose (GObject *object)
{
  PaydayBankGroup *self = PAYDAY_BANK_GROUP (object);

  payday_bank_group_set_document (self, NULL);
  if (self->dialog != NULL)
    gtk_window_destroy (self->dialog);
  g_clear_weak_pointer (&self->dialog);
  gtk_widget_dispose_template (GTK_WIDGET (self), PAYDAY_TYPE_BANK_GROUP);

  G_OBJECT_CLASS (payday_bank_group_parent_class)->dispose (object);
}

static void
payday_bank_group_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  PaydayBankGroup *self = PAYDAY_BANK_GROUP (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, payday_bank_group_get_document (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
payday_bank_group_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  PaydayBankGroup *self = PAYDAY_BANK_GROUP (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      payday_bank_group_set_document (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
payday_bank_group_class_init (PaydayBankGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = payday_bank_group_dispose;
  object_class->get_property = payday_bank_group_get_property;
  object_class->set_property = payday_bank_group_set_property;

  properties [PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL,
                         PAYDAY_TYPE_DOCUMENT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PaydayBankGroup|bank.settings:
   *
   * Opens the withdrawal settings: method, schedule, reserve, past withdrawals, and the
   * comparison of every method and schedule.
   */
  gtk_widget_class_install_action (widget_class, "bank.settings", NULL, settings_action);

  g_type_ensure (PAYDAY_TYPE_PAYOUT_ROW);
  g_type_ensure (PAYDAY_TYPE_DOCUMENT);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/payday/Payday/ui/payday-bank-group.ui");
  gtk_widget_class_bind_template_child (widget_class, PaydayBankGroup, group);
  gtk_widget_class_bind_template_child (widget_class, PaydayBankGroup, next_amount);
  gtk_widget_class_bind_template_child (widget_class, PaydayBankGroup, next_detail);
  gtk_widget_class_bind_template_child (widget_class, PaydayBankGroup, year_amount);
  gtk_widget_class_bind_template_child (widget_class, PaydayBankGroup, year_detail);
  gtk_widget_class_bind_template_child (widget_class, PaydayBankGroup, warnings_label);
  gtk_widget_class_bind_template_child (widget_class, PaydayBankGroup, upcoming_list);
  gtk_widget_class_bind_template_child (widget_class, PaydayBankGroup, upcoming_model);
}

static void
payday_bank_group_init (PaydayBankGroup *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_list_box_bind_model (self->upcoming_list, G_LIST_MODEL (self->upcoming_model),
                           create_row, NULL, NULL);
  gtk_list_box_set_placeholder (self->upcoming_list,
                                payday_ui_placeholder_new (_("Nothing leaves Upwork on this plan’s schedule.")));
}

PaydayDocument *
payday_bank_group_get_document (PaydayBankGroup *self)
{
  g_return_val_if_fail (PAYDAY_IS_BANK_GROUP (self), NULL);

  return self->document;
}

void
payday_bank_group_set_document (PaydayBankGroup *self,
                                PaydayDocument  *document)
{
  g_return_if_fail (PAYDAY_IS_BANK_GROUP (self));
  g_return_if_fail (!document || PAYDAY_IS_DOCUMENT (document));

  if (self->document == document)
    return;

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_func (self->document, G_CALLBACK (payday_bank_group_update), self);
  /* An open dialog edits the document it was made for. */
  if (self->dialog != NULL)
    gtk_window_destroy (self->dialog);
  g_set_object (&self->document, document);
  if (document != NULL)
    g_signal_connect_object (document, "changed", G_CALLBACK (payday_bank_group_update), self,
                             G_CONNECT_SWAPPED);

  payday_bank_group_update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DOCUMENT]);
}
