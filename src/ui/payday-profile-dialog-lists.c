/* payday-profile-dialog-lists.c — the profile dialog's Job Success Score and account-hold lists
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "payday-profile-dialog-private.h"
#include "payday-profile-edit.h"

static void
jss_apply (PaydayProfileDialog *self,
           GtkWidget           *row)
{
  GtkWidget *entry = g_object_get_data (G_OBJECT (row), "date-entry");
  GtkWidget *spin = g_object_get_data (G_OBJECT (row), "score-spin");
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "index"));
  PaydayDate date;
  guint new_index;

  if (!payday_profile_dialog_parse_date_field (entry, FALSE, &date))
    return;

  new_index = payday_profile_edit_jss_set (self->document, index, date,
                                           gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (spin)));

  /* The history is kept in date order: show the new order. */
  if (new_index != G_MAXUINT && new_index != index)
    payday_profile_dialog_queue_rebuild (self);
}

static void
jss_changed_cb (GtkWidget           *widget,
                PaydayProfileDialog *self)
{
  GtkWidget *row = gtk_widget_get_ancestor (widget, GTK_TYPE_LIST_BOX_ROW);
  GtkWidget *entry = g_object_get_data (G_OBJECT (row), "date-entry");
  PaydayDate date;

  if (payday_profile_dialog_parse_date_field (entry, FALSE, &date))
    payday_profile_dialog_defer_apply (self, row, jss_apply);
  else
    payday_profile_dialog_cancel_apply (self, row);
}

static void
jss_remove_cb (GtkButton           *button,
               PaydayProfileDialog *self)
{
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (button), GTK_TYPE_LIST_BOX_ROW);
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "index"));

  payday_profile_dialog_begin_apply (self);
  payday_profile_edit_jss_remove (self->document, index);
  payday_profile_dialog_end_apply (self);
  payday_profile_dialog_queue_rebuild (self);
}

G_GNUC_INTERNAL void
payday_profile_dialog_jss_add_cb (GtkButton           *button,
                                  PaydayProfileDialog *self)
{
  PaydayPlan *plan = payday_document_get_plan (self->document);
  GArray *jss = plan->profile.jss;
  /* A new score starts at today's date and the latest score, the usual next entry. */
  int score = jss->len > 0 ? g_array_index (jss, PaydayJss, jss->len - 1).score : 100;

  payday_profile_dialog_begin_apply (self);
  payday_profile_edit_jss_add (self->document, payday_document_get_today (self->document), score);
  payday_profile_dialog_end_apply (self);
  payday_profile_dialog_queue_rebuild (self);
}

/* Returns whether the row's dates make a hold; marks the fields that do not. */
static gboolean
hold_parse (GtkWidget  *row,
            PaydayDate *start,
            PaydayDate *end)
{
  GtkWidget *start_entry = g_object_get_data (G_OBJECT (row), "start-entry");
  GtkWidget *end_entry = g_object_get_data (G_OBJECT (row), "end-entry");
  gboolean start_ok = payday_profile_dialog_parse_date_field (start_entry, FALSE, start);
  gboolean end_ok = payday_profile_dialog_parse_date_field (end_entry, TRUE, end);

  if (start_ok && end_ok && payday_date_is_set (*end) && *end < *start)
    {
      gtk_widget_add_css_class (end_entry, "error");
      end_ok = FALSE;
    }

  return start_ok && end_ok;
}

static void
hold_apply (PaydayProfileDialog *self,
            GtkWidget           *row)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "index"));
  PaydayDate start, end;

  if (hold_parse (row, &start, &end))
    payday_profile_edit_hold_set (self->document, index, start, end);
}

static void
hold_changed_cb (GtkWidget           *widget,
                 PaydayProfileDialog *self)
{
  GtkWidget *row = gtk_widget_get_ancestor (widget, GTK_TYPE_LIST_BOX_ROW);
  PaydayDate start, end;

  if (hold_parse (row, &start, &end))
    payday_profile_dialog_defer_apply (self, row, hold_apply);
  else
    payday_profile_dialog_cancel_apply (self, row);
}

static void
hold_remove_cb (GtkButton           *button,
                PaydayProfileDialog *self)
{
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (button), GTK_TYPE_LIST_BOX_ROW);
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "index"));

  payday_profile_dialog_begin_apply (self);
  payday_profile_edit_hold_remove (self->document, index);
  payday_profile_dialog_end_apply (self);
  payday_profile_dialog_queue_rebuild (self);
}

G_GNUC_INTERNAL void
payday_profile_dialog_hold_add_cb (GtkButton           *button,
                                   PaydayProfileDialog *self)
{
  payday_profile_dialog_begin_apply (self);
  payday_profile_edit_hold_add (self->document, payday_document_get_today (self->document),
                                PAYDAY_DATE_NONE);
  payday_profile_dialog_end_apply (self);
  payday_profile_dialog_queue_rebuild (self);
}

static GtkWidget *
date_entry_new (PaydayDate  value,
                const char *placeholder,
                const char *tooltip)
{
  GtkWidget *entry = gtk_entry_new ();

  payday_profile_dialog_set_date_text (entry, value);
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), placeholder);
  gtk_editable_set_width_chars (GTK_EDITABLE (entry), 11);
  gtk_editable_set_max_width_chars (GTK_EDITABLE (entry), 11);
  gtk_widget_set_tooltip_text (entry, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  gtk_widget_set_valign (entry, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (entry, "tabular");

  return entry;
}

static GtkWidget *
remove_button_new (const char *tooltip)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("user-trash-symbolic");

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "circular");

  return button;
}

static GtkWidget *
list_row_box_new (void)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);

  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 8);

  return box;
}

G_GNUC_INTERNAL GtkWidget *
payday_profile_dialog_jss_row_new (PaydayProfileDialog *self,
                                   guint                index,
                                   const PaydayJss     *jss)
{
  g_autofree char *name = g_strdup_printf ("jss-%u", index);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = list_row_box_new ();
  GtkWidget *label = gtk_label_new (_("Score on"));
  GtkWidget *entry = date_entry_new (jss->date, "YYYY-MM-DD", _("The date of the score"));
  GtkWidget *spin = gtk_spin_button_new_with_range (0, 100, 1);
  GtkWidget *percent = gtk_label_new ("%");
  GtkWidget *remove = remove_button_new (_("Remove Score"));

  gtk_widget_set_name (row, name);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  g_object_set_data (G_OBJECT (row), "index", GUINT_TO_POINTER (index));
  g_object_set_data (G_OBJECT (row), "date-entry", entry);
  g_object_set_data (G_OBJECT (row), "score-spin", spin);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), jss->score);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Job Success Score in percent"),
                                  -1);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (spin, "tabular");
  gtk_widget_add_css_class (percent, "dim-label");

  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), entry);
  gtk_box_append (GTK_BOX (box), spin);
  gtk_box_append (GTK_BOX (box), percent);
  gtk_box_append (GTK_BOX (box), remove);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  g_signal_connect_object (entry, "changed", G_CALLBACK (jss_changed_cb), self, 0);
  g_signal_connect_object (spin, "value-changed", G_CALLBACK (jss_changed_cb), self, 0);
  g_signal_connect_object (remove, "clicked", G_CALLBACK (jss_remove_cb), self, 0);

  return row;
}

G_GNUC_INTERNAL GtkWidget *
payday_profile_dialog_hold_row_new (PaydayProfileDialog *self,
                                    guint                index,
                                    const PaydayHold    *hold)
{
  g_autofree char *name = g_strdup_printf ("hold-%u", index);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = list_row_box_new ();
  GtkWidget *label = gtk_label_new (_("Held from"));
  GtkWidget *start = date_entry_new (hold->start, "YYYY-MM-DD", _("The first day on hold"));
  GtkWidget *to = gtk_label_new (_("to"));
  GtkWidget *end = date_entry_new (hold->end, _("ongoing"), _("The last day on hold; empty while the hold lasts"));
  GtkWidget *remove = remove_button_new (_("Remove Hold"));

  gtk_widget_set_name (row, name);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  g_object_set_data (G_OBJECT (row), "index", GUINT_TO_POINTER (index));
  g_object_set_data (G_OBJECT (row), "start-entry", start);
  g_object_set_data (G_OBJECT (row), "end-entry", end);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_add_css_class (to, "dim-label");

  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), start);
  gtk_box_append (GTK_BOX (box), to);
  gtk_box_append (GTK_BOX (box), end);
  gtk_box_append (GTK_BOX (box), remove);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  g_signal_connect_object (start, "changed", G_CALLBACK (hold_changed_cb), self, 0);
  g_signal_connect_object (end, "changed", G_CALLBACK (hold_changed_cb), self, 0);
  g_signal_connect_object (remove, "clicked", G_CALLBACK (hold_remove_cb), self, 0);

  return row;
}

G_GNUC_INTERNAL GtkWidget *
payday_profile_dialog_add_button_new (const char *name,
                                      const char *tooltip)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *content = adw_button_content_new ();

  adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (content), "list-add-symbolic");
  adw_button_content_set_label (ADW_BUTTON_CONTENT (content), _("Add"));
  gtk_button_set_child (GTK_BUTTON (button), content);
  gtk_widget_set_name (button, name);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");

  return button;
}

G_GNUC_INTERNAL GtkWidget *
payday_profile_dialog_boxed_list_new (const char *name,
                                      const char *placeholder)
{
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *label = gtk_label_new (placeholder);

  gtk_widget_set_name (list, name);
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_add_css_class (label, "list-placeholder");
  gtk_list_box_set_placeholder (GTK_LIST_BOX (list), label);

  return list;
}
