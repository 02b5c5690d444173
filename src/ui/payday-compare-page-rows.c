/* payday-compare-page-rows.c — the Compare page's input rows and its two option columns
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "payday-compare-page-private.h"
#include "payday-ui-util.h"

typedef struct
{
  const char *name;
  const char *title;
  const char *subtitle;
  double      min, max, step;
  guint       digits;
} SpinInfo;

static const SpinInfo spins[N_SPINS] = {
  [SPIN_WEEKS] = { "compare-weeks", N_("Length"), N_("Weeks of work, the same for both"),
                   1, 104, 1, 0 },
  [SPIN_HOURS] = { "compare-hours", N_("Hours per Week"), NULL, 0, 168, 0.5, 1 },
  [SPIN_RATE] = { "compare-rate", N_("Hourly Rate"), N_("In dollars"), 0, 1000, 1, 2 },
  [SPIN_LIMIT] = { "compare-limit", N_("Weekly Limit"), N_("Hours billed at most; 0 = no limit"),
                   0, 168, 1, 0 },
  [SPIN_PRICE] = { "compare-price", N_("Price"), N_("In dollars, for the whole job"),
                   0, 1000000, 50, 2 },
  [SPIN_MILESTONES] = { "compare-milestones", N_("Milestones"),
                        N_("Equal parts, each due at the end of its share of the weeks"),
                        1, 52, 1, 0 },
};

/* The widest a column gets: two fit the page's 1000-pixel clamp. */
#define COLUMN_WIDTH 440

/* The weekly limit shows "No limit" at 0. */
static gboolean
limit_output_cb (GtkSpinButton *spin,
                 gpointer       user_data)
{
  double value = gtk_adjustment_get_value (gtk_spin_button_get_adjustment (spin));
  g_autofree char *text = NULL;

  text = value > 0 ? g_strdup_printf ("%.0f", value) : g_strdup (_("No limit"));
  if (g_strcmp0 (text, gtk_editable_get_text (GTK_EDITABLE (spin))) != 0)
    gtk_editable_set_text (GTK_EDITABLE (spin), text);
  return TRUE;
}

static int
limit_input_cb (GtkSpinButton *spin,
                double        *new_value,
                gpointer       user_data)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (spin));
  char *end = NULL;
  double value;

  if (g_strcmp0 (text, _("No limit")) == 0 || *text == '\0')
    {
      *new_value = 0;
      return TRUE;
    }
  value = g_strtod (text, &end);
  if (end == text)
    return GTK_INPUT_ERROR;
  *new_value = value;
  return TRUE;
}

GtkWidget *
payday_compare_page_spin_row (PaydayComparePage *self,
                              Spin               which)
{
  const SpinInfo *info = &spins[which];
  GtkWidget *row = adw_action_row_new ();
  GtkAdjustment *adjustment = gtk_adjustment_new (info->min, info->min, info->max, info->step,
                                                  info->step * 10, 0);
  GtkWidget *spin = gtk_spin_button_new (adjustment, info->step, info->digits);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(info->title));
  if (info->subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _(info->subtitle));

  gtk_widget_set_name (spin, info->name);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (spin, "tabular");
  gtk_editable_set_width_chars (GTK_EDITABLE (spin), which == SPIN_PRICE ? 10 : 7);
  if (which == SPIN_LIMIT)
    {
      g_signal_connect (spin, "output", G_CALLBACK (limit_output_cb), NULL);
      g_signal_connect (spin, "input", G_CALLBACK (limit_input_cb), NULL);
    }
  else
    gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (spin),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, row, NULL, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);

  g_signal_connect_swapped (adjustment, "value-changed", G_CALLBACK (payday_compare_page_input_changed), self);
  self->adjustments[which] = adjustment;

  return row;
}

GtkWidget *
payday_compare_page_switch_row (PaydayComparePage  *self,
                                const char         *name,
                                const char         *title,
                                const char         *subtitle,
                                GtkSwitch         **switch_out)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *sw = gtk_switch_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_name (sw, name);
  gtk_widget_set_valign (sw, GTK_ALIGN_CENTER);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (sw),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, row, NULL, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), sw);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), sw);
  g_signal_connect_swapped (sw, "notify::active", G_CALLBACK (payday_compare_page_input_changed), self);

  *switch_out = GTK_SWITCH (sw);
  return row;
}

static GtkLabel *
value_row (GtkListBox    *list,
           const char    *name,
           const char    *title,
           const char    *subtitle,
           AdwActionRow **row_out)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *label = gtk_label_new ("—");

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_name (label, name);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "tabular");
  gtk_widget_add_css_class (label, "row-amount");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  gtk_list_box_append (list, row);

  if (row_out != NULL)
    *row_out = ADW_ACTION_ROW (row);
  return GTK_LABEL (label);
}

/* One column: the option's inputs, its two headline figures and its other results. */
GtkWidget *
payday_compare_page_option_column (PaydayComparePage *self,
                                   const char        *prefix,
                                   const char        *title,
                                   const char        *description,
                                   OptionView        *view,
                                   GtkWidget        **inputs_out)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *figures = gtk_flow_box_new ();
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *clamp;
  g_autofree char *days_name = g_strconcat (prefix, "-days", NULL);
  g_autofree char *net_name = g_strconcat (prefix, "-net", NULL);
  g_autofree char *waiting_name = g_strconcat (prefix, "-waiting", NULL);
  g_autofree char *unprotected_name = g_strconcat (prefix, "-unprotected", NULL);
  g_autofree char *fee_name = g_strconcat (prefix, "-fee", NULL);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  gtk_box_append (GTK_BOX (box), group);

  /* Side by side, one above the other when the window is too narrow for both. */
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (figures), GTK_SELECTION_NONE);
  gtk_flow_box_set_homogeneous (GTK_FLOW_BOX (figures), TRUE);
  gtk_flow_box_set_min_children_per_line (GTK_FLOW_BOX (figures), 1);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (figures), 2);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (figures), 12);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (figures), 12);
  gtk_widget_add_css_class (figures, "compare-columns");
  view->days_card = payday_ui_figure_new (days_name, _("Days to cash"),
                                          &view->days, &view->days_detail);
  view->net_card = payday_ui_figure_new (net_name, _("You keep"),
                                         &view->net, &view->net_detail);
  gtk_flow_box_append (GTK_FLOW_BOX (figures), view->days_card);
  gtk_flow_box_append (GTK_FLOW_BOX (figures), view->net_card);
  for (GtkWidget *child = gtk_widget_get_first_child (figures);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gtk_widget_set_focusable (child, FALSE);
  gtk_widget_set_margin_top (figures, 6);
  gtk_box_append (GTK_BOX (box), figures);

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  view->waiting = value_row (GTK_LIST_BOX (list), waiting_name, _("Waiting at Peak"),
                             NULL, &view->waiting_row);
  view->unprotected = value_row (GTK_LIST_BOX (list), unprotected_name, _("Unprotected"),
                                 _("Money escrow or hourly protection does not cover"), NULL);
  view->fee = value_row (GTK_LIST_BOX (list), fee_name, _("Service Fee"), NULL, &view->fee_row);
  gtk_box_append (GTK_BOX (box), list);

  *inputs_out = group;

  /* The flow box puts the columns side by side when both fit at their natural width: a
   * clamp keeps that width to half the page however long a subtitle is. */
  clamp = adw_clamp_new ();
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), COLUMN_WIDTH);
  adw_clamp_set_tightening_threshold (ADW_CLAMP (clamp), COLUMN_WIDTH);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  return clamp;
}
