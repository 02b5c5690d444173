/* payday-form.c — what the small edit dialogs (templates on AdwMessageDialog) share: their
 * Cancel/Delete/Save responses and the check of a date typed as YYYY-MM-DD
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "payday-form.h"

/**
 * payday_form_check_date:
 * @entry: a field where a date is typed as YYYY-MM-DD
 * @optional: whether an empty field is fine (it means no date)
 * @date: (out) (optional): the date, PAYDAY_DATE_NONE for an empty optional field
 *
 * Marks the field with the "error" style while it holds no valid date.
 *
 * Returns: whether the field holds a valid date
 */
gboolean
payday_form_check_date (GtkEntry   *entry,
                        gboolean    optional,
                        PaydayDate *date)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  PaydayDate parsed = PAYDAY_DATE_NONE;
  gboolean ok;

  if (stripped[0] == '\0')
    ok = optional;
  else
    ok = payday_date_parse (stripped, &parsed);

  if (ok)
    gtk_widget_remove_css_class (GTK_WIDGET (entry), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (entry), "error");
  if (date != NULL)
    *date = ok ? parsed : PAYDAY_DATE_NONE;

  return ok;
}

/**
 * payday_form_add_responses:
 * @can_delete: whether to offer "delete"
 * @save_label: (nullable): the label of "save", "_Save" when %NULL
 *
 * Adds the form's responses after "cancel": "delete" when asked for, then "save", the
 * default.
 */
void
payday_form_add_responses (AdwMessageDialog *form,
                           gboolean          can_delete,
                           const char       *save_label)
{
  if (can_delete)
    {
      adw_message_dialog_add_response (form, "delete", _("_Delete"));
      adw_message_dialog_set_response_appearance (form, "delete", ADW_RESPONSE_DESTRUCTIVE);
    }
  adw_message_dialog_add_response (form, "save", save_label ? save_label : _("_Save"));
  adw_message_dialog_set_response_appearance (form, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (form, "save");
}
