/* payday-membership-dialog.c — add, edit or delete a period of Basic or Freelancer Plus
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "payday-connects-edit.h"
#include "payday-form.h"
#include "payday-membership-dialog.h"

/* Membership periods have no id in the plan format: the dialog names the period by its
 * place in the plan's list, and runs its edit on the document itself when answered. */
struct _PaydayMembershipDialog
{
  AdwMessageDialog  parent_instance;

  PaydayDocument   *document;
  int               index;       /* the period edited, -1 when adding one */

  GtkDropDown      *plan;
  GtkEntry         *from;
  GtkEntry         *to;
};

G_DEFINE_FINAL_TYPE (PaydayMembershipDialog, payday_membership_dialog, ADW_TYPE_MESSAGE_DIALOG)

static void
validate (PaydayMembershipDialog *self)
{
  gboolean from_ok = payday_form_check_date (self->from, FALSE, NULL);
  gboolean to_ok = payday_form_check_date (self->to, TRUE, NULL);

  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "save", from_ok && to_ok);
}

static void
response_cb (PaydayMembershipDialog *self,
             const char             *response)
{
  PaydayMembership m = { 0 };

  if (payday_document_get_plan (self->document) == NULL)
    return;

  if (g_str_equal (response, "delete") && self->index >= 0)
    {
      payday_connects_edit_remove_membership (self->document, self->index);
      return;
    }
  if (!g_str_equal (response, "save"))
    return;

  m.plan = gtk_drop_down_get_selected (self->plan);
  payday_form_check_date (self->from, FALSE, &m.from);
  payday_form_check_date (self->to, TRUE, &m.to);

  if (self->index >= 0)
    payday_connects_edit_set_membership (self->document, self->index, &m);
  else
    payday_connects_edit_add_membership (self->document, &m);
}

static void
payday_membership_dialog_finalize (GObject *object)
{
  PaydayMembershipDialog *self = (PaydayMembershipDialog *)object;

  g_clear_object (&self->document);

  G_OBJECT_CLASS (payday_membership_dialog_parent_class)->finalize (object);
}

static void
payday_membership_dialog_class_init (PaydayMembershipDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = payday_membership_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/payday/Payday/ui/payday-membership-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PaydayMembershipDialog, plan);
  gtk_widget_class_bind_template_child (widget_class, PaydayMembershipDialog, from);
  gtk_widget_class_bind_template_child (widget_class, PaydayMembershipDialog, to);
  gtk_widget_class_bind_template_callback (widget_class, validate);
  gtk_widget_class_bind_template_callback (widget_class, response_cb);
}

static void
payday_membership_dialog_init (PaydayMembershipDialog *self)
{
  self->index = -1;
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * payday_membership_dialog_new:
 * @index: the period to edit, or -1 to add one
 *
 * Returns: (transfer none): the dialog, not yet shown
 */
GtkWidget *
payday_membership_dialog_new (GtkWindow      *parent,
                              PaydayDocument *document,
                              int             index)
{
  PaydayPlan *plan = payday_document_get_plan (document);
  PaydayMembershipDialog *self;
  gboolean editing;
  char date[PAYDAY_DATE_BUF];

  g_return_val_if_fail (PAYDAY_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (plan != NULL, NULL);

  editing = index >= 0 && (guint) index < plan->connects.membership->len;
  self = g_object_new (PAYDAY_TYPE_MEMBERSHIP_DIALOG,
                       "transient-for", parent,
                       "heading", editing ? _("Edit Membership") : _("Add Membership"),
                       NULL);
  self->document = g_object_ref (document);
  payday_form_add_responses (ADW_MESSAGE_DIALOG (self), editing, editing ? _("_Save") : _("_Add"));

  if (editing)
    {
      const PaydayMembership *m = &g_array_index (plan->connects.membership, PaydayMembership, index);

      self->index = index;
      gtk_drop_down_set_selected (self->plan, m->plan);
      gtk_editable_set_text (GTK_EDITABLE (self->from), payday_date_format (m->from, date));
      if (payday_date_is_set (m->to))
        gtk_editable_set_text (GTK_EDITABLE (self->to), payday_date_format (m->to, date));
    }
  else
    {
      /* Freelancer Plus from today on: the change people come here to record. */
      gtk_drop_down_set_selected (self->plan, PAYDAY_MEMBERSHIP_PLUS);
      gtk_editable_set_text (GTK_EDITABLE (self->from),
                             payday_date_format (payday_document_get_today (document), date));
    }
  validate (self);

  return GTK_WIDGET (self);
}
