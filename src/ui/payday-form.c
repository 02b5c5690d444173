/* payday-form.c — a small edit dialog: a boxed list of labelled fields and Cancel/Delete/Save
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "payday-form.h"

#define FORM_LIST "payday-form-list"
#define FORM_FIELDS "payday-form-fields"
#define DATE_OPTIONAL "payday-form-date-optional"

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

static void
validate (AdwMessageDialog *form)
{
  GHashTable *fields = g_object_get_data (G_OBJECT (form), FORM_FIELDS);
  GHashTableIter iter;
  gpointer value;
  gboolean ok = TRUE;

  g_hash_table_iter_init (&iter, fields);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      if (g_object_get_data (value, "payday-form-date") == NULL)
        continue;

      if (!payday_form_check_date (value, GPOINTER_TO_INT (g_object_get_data (value, DATE_OPTIONAL)), NULL))
        ok = FALSE;
    }

  adw_message_dialog_set_response_enabled (form, "save", ok);
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

AdwMessageDialog *
payday_form_new (GtkWidget  *parent,
                 const char *heading,
                 const char *save_label,
                 gboolean    can_delete)
{
  GtkRoot *root = parent != NULL ? gtk_widget_get_root (parent) : NULL;
  AdwMessageDialog *form;
  GtkWidget *list;

  form = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                     heading, NULL));
  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_widget_set_size_request (list, 340, -1);
  adw_message_dialog_set_extra_child (form, list);
  g_object_set_data (G_OBJECT (form), FORM_LIST, list);
  g_object_set_data_full (G_OBJECT (form), FORM_FIELDS,
                          g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL),
                          (GDestroyNotify) g_hash_table_unref);

  adw_message_dialog_add_response (form, "cancel", _("_Cancel"));
  payday_form_add_responses (form, can_delete, save_label);
  adw_message_dialog_set_close_response (form, "cancel");

  return form;
}

static void
add_row (AdwMessageDialog *form,
         const char       *name,
         const char       *title,
         GtkWidget        *field)
{
  GtkWidget *list = g_object_get_data (G_OBJECT (form), FORM_LIST);
  GHashTable *fields = g_object_get_data (G_OBJECT (form), FORM_FIELDS);
  GtkWidget *row = adw_action_row_new ();

  gtk_widget_set_name (field, name);
  gtk_widget_set_valign (field, GTK_ALIGN_CENTER);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), field);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), field);
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  g_hash_table_insert (fields, g_strdup (name), field);
}

GtkEntry *
payday_form_add_entry (AdwMessageDialog *form,
                       const char       *name,
                       const char       *title,
                       const char       *text)
{
  GtkWidget *entry = gtk_entry_new ();

  gtk_editable_set_text (GTK_EDITABLE (entry), text ? text : "");
  gtk_editable_set_width_chars (GTK_EDITABLE (entry), 18);
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  add_row (form, name, title, entry);

  return GTK_ENTRY (entry);
}

GtkEntry *
payday_form_add_date (AdwMessageDialog *form,
                      const char       *name,
                      const char       *title,
                      PaydayDate        date,
                      gboolean          optional)
{
  char buf[PAYDAY_DATE_BUF] = "";
  GtkEntry *entry;

  if (payday_date_is_set (date))
    payday_date_format (date, buf);

  entry = payday_form_add_entry (form, name, title, buf);
  gtk_entry_set_placeholder_text (entry, optional ? _("YYYY-MM-DD or empty") : _("YYYY-MM-DD"));
  gtk_widget_add_css_class (GTK_WIDGET (entry), "tabular");
  g_object_set_data (G_OBJECT (entry), "payday-form-date", GINT_TO_POINTER (1));
  g_object_set_data (G_OBJECT (entry), DATE_OPTIONAL, GINT_TO_POINTER (optional));
  g_signal_connect_object (entry, "changed", G_CALLBACK (validate), form, G_CONNECT_SWAPPED);
  validate (form);

  return entry;
}

GtkSpinButton *
payday_form_add_spin (AdwMessageDialog *form,
                      const char       *name,
                      const char       *title,
                      double            min,
                      double            max,
                      double            step,
                      guint             digits,
                      double            value)
{
  GtkWidget *spin = gtk_spin_button_new_with_range (min, max, step);

  gtk_spin_button_set_digits (GTK_SPIN_BUTTON (spin), digits);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), value);
  gtk_widget_add_css_class (spin, "tabular");
  add_row (form, name, title, spin);

  return GTK_SPIN_BUTTON (spin);
}

GtkDropDown *
payday_form_add_choice (AdwMessageDialog   *form,
                        const char         *name,
                        const char         *title,
                        const char *const  *labels,
                        guint               selected)
{
  GtkWidget *drop = gtk_drop_down_new_from_strings (labels);

  gtk_drop_down_set_selected (GTK_DROP_DOWN (drop), selected);
  add_row (form, name, title, drop);

  return GTK_DROP_DOWN (drop);
}

GtkSwitch *
payday_form_add_switch (AdwMessageDialog *form,
                        const char       *name,
                        const char       *title,
                        gboolean          active)
{
  GtkWidget *sw = gtk_switch_new ();

  gtk_switch_set_active (GTK_SWITCH (sw), active);
  add_row (form, name, title, sw);

  return GTK_SWITCH (sw);
}

GtkWidget *
payday_form_get_field (AdwMessageDialog *form,
                       const char       *name)
{
  GHashTable *fields = g_object_get_data (G_OBJECT (form), FORM_FIELDS);

  return fields != NULL ? g_hash_table_lookup (fields, name) : NULL;
}

/* PAYDAY_DATE_NONE for an empty optional field. */
PaydayDate
payday_form_get_date (AdwMessageDialog *form,
                      const char       *name)
{
  GtkWidget *entry = payday_form_get_field (form, name);
  PaydayDate date = PAYDAY_DATE_NONE;

  if (entry == NULL ||
      !payday_form_check_date (GTK_ENTRY (entry),
                               GPOINTER_TO_INT (g_object_get_data (G_OBJECT (entry), DATE_OPTIONAL)),
                               &date))
    return PAYDAY_DATE_NONE;

  return date;
}
