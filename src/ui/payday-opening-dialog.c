/* payday-opening-dialog.c — where the Connects ledger starts: a balance on a day
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "payday-connects-edit.h"
#include "payday-form.h"
#include "payday-opening-dialog.h"

struct _PaydayOpeningDialog
{
  AdwMessageDialog  parent_instance;

  PaydayDocument   *document;

  GtkEntry         *date;
  GtkSpinButton    *balance;
};

G_DEFINE_FINAL_TYPE (PaydayOpeningDialog, payday_opening_dialog, ADW_TYPE_MESSAGE_DIALOG)

static void
validate (PaydayOpeningDialog *self)
{
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "save",
                                           payday_form_check_date (self->date, FALSE, NULL));
}

static void
response_cb (PaydayOpeningDialog *self,
             const char          *response)
{
  PaydayDate date;

  if (payday_document_get_plan (self->document) == NULL || !g_str_equal (response, "save"))
    return;

  payday_form_check_date (self->date, FALSE, &date);
  payday_connects_edit_set_opening (self->document,
                                    gtk_spin_button_get_value_as_int (self->balance),
                                    date);
}

static void
payday_opening_dialog_finalize (GObject *object)
{
  PaydayOpeningDialog *self = (PaydayOpeningDialog *)object;

  g_clear_object (&self->document);

  G_OBJECT_CLASS (payday_opening_dialog_parent_class)->finalize (object);
}

static void
payday_opening_dialog_class_init (PaydayOpeningDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = payday_opening_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/payday/Payday/ui/payday-opening-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PaydayOpeningDialog, date);
  gtk_widget_class_bind_template_child (widget_class, PaydayOpeningDialog, balance);
  gtk_widget_class_bind_template_callback (widget_class, validate);
  gtk_widget_class_bind_template_callback (widget_class, response_cb);
}

static void
payday_opening_dialog_init (PaydayOpeningDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Returns: (transfer none): the dialog, not yet shown */
GtkWidget *
payday_opening_dialog_new (GtkWindow      *parent,
                           PaydayDocument *document)
{
  PaydayPlan *plan = payday_document_get_plan (document);
  PaydayOpeningDialog *self;
  PaydayDate date;
  char buf[PAYDAY_DATE_BUF];

  g_return_val_if_fail (PAYDAY_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (plan != NULL, NULL);

  date = plan->connects.opening_date;
  if (!payday_date_is_set (date))
    date = payday_document_get_today (document);

  self = g_object_new (PAYDAY_TYPE_OPENING_DIALOG, "transient-for", parent, NULL);
  self->document = g_object_ref (document);
  payday_form_add_responses (ADW_MESSAGE_DIALOG (self), FALSE, NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->date), payday_date_format (date, buf));
  gtk_spin_button_set_value (self->balance, plan->connects.opening_balance);
  validate (self);

  return GTK_WIDGET (self);
}
