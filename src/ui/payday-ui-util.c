/* payday-ui-util.c — small formatting helpers shared by the pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "payday-ui-util.h"

static GDateTime *
date_time_new (PaydayDate date)
{
  int y, m, d;

  payday_date_get_ymd (date, &y, &m, &d);
  return g_date_time_new_utc (y, m, d, 0, 0, 0);
}

/**
 * payday_ui_format_date:
 * @today: the year of @today is left out
 *
 * Returns: (transfer full): "Wed, Mar 11", or "Wed, Mar 11, 2027" in another year
 */
char *
payday_ui_format_date (PaydayDate date,
                       PaydayDate today)
{
  g_autoptr(GDateTime) dt = NULL;
  int y, ty;

  if (!payday_date_is_set (date))
    return g_strdup ("—");

  payday_date_get_ymd (date, &y, NULL, NULL);
  if (payday_date_is_set (today))
    payday_date_get_ymd (today, &ty, NULL, NULL);
  else
    ty = y;

  dt = date_time_new (date);
  /* Translators: a short date, see g_date_time_format() */
  return g_date_time_format (dt, y == ty ? _("%a, %b %-d") : _("%a, %b %-d, %Y"));
}

/**
 * payday_ui_format_date_long:
 *
 * Returns: (transfer full): "Wednesday, March 4, 2026"
 */
char *
payday_ui_format_date_long (PaydayDate date)
{
  g_autoptr(GDateTime) dt = NULL;

  if (!payday_date_is_set (date))
    return g_strdup ("—");

  dt = date_time_new (date);
  /* Translators: a long date, see g_date_time_format() */
  return g_date_time_format (dt, _("%A, %B %-d, %Y"));
}

const char *
payday_ui_status_title (PaydayStatus status)
{
  switch (status)
    {
    case PAYDAY_STATUS_IN_PROGRESS:
      return _("In progress");

    case PAYDAY_STATUS_IN_REVIEW:
      return _("In review");

    case PAYDAY_STATUS_PENDING:
      return _("Pending");

    case PAYDAY_STATUS_AVAILABLE:
      return _("Available");

    case PAYDAY_N_STATUSES:
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * payday_ui_status_pill_new:
 *
 * Returns: (transfer floating): a rounded label in the status colour (CSS in style.css)
 */
GtkWidget *
payday_ui_status_pill_new (PaydayStatus status)
{
  static const char *css[] = { "in-progress", "in-review", "pending", "available" };
  GtkWidget *label;

  g_return_val_if_fail (status < PAYDAY_N_STATUSES, NULL);

  label = gtk_label_new (payday_ui_status_title (status));
  gtk_widget_add_css_class (label, "status-pill");
  gtk_widget_add_css_class (label, css[status]);
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);

  return label;
}

/**
 * payday_ui_figure_new:
 * @name: the widget name of the value label (tests read it)
 * @caption: what the figure is
 * @value_out: (out): the value label
 * @detail_out: (out): a dim line under the value
 *
 * Returns: (transfer floating): a card with a caption, a big tabular value and a detail
 *   line, styled like the Overview's figures
 */
GtkWidget *
payday_ui_figure_new (const char  *name,
                      const char  *caption,
                      GtkLabel   **value_out,
                      GtkLabel   **detail_out)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *caption_label = gtk_label_new (caption);
  GtkWidget *value = gtk_label_new ("");
  GtkWidget *detail = gtk_label_new ("");

  gtk_widget_add_css_class (box, "card");
  gtk_widget_add_css_class (box, "status-figure");
  gtk_label_set_xalign (GTK_LABEL (caption_label), 0);
  gtk_widget_add_css_class (caption_label, "status-caption");
  gtk_widget_set_name (value, name);
  gtk_label_set_xalign (GTK_LABEL (value), 0);
  gtk_label_set_selectable (GTK_LABEL (value), TRUE);
  gtk_widget_add_css_class (value, "figure-amount");
  gtk_widget_add_css_class (value, "tabular");
  gtk_label_set_xalign (GTK_LABEL (detail), 0);
  gtk_label_set_wrap (GTK_LABEL (detail), TRUE);
  /* Wrap long details instead of widening every card of the row. */
  gtk_label_set_max_width_chars (GTK_LABEL (detail), 22);
  gtk_widget_add_css_class (detail, "dim-label");
  gtk_widget_add_css_class (detail, "caption");
  gtk_box_append (GTK_BOX (box), caption_label);
  gtk_box_append (GTK_BOX (box), value);
  gtk_box_append (GTK_BOX (box), detail);

  *value_out = GTK_LABEL (value);
  *detail_out = GTK_LABEL (detail);

  return box;
}

/**
 * payday_ui_clear_list_box:
 *
 * Removes every row (gtk_list_box_remove_all() is GTK 4.12); the placeholder stays.
 */
void
payday_ui_clear_list_box (GtkListBox *list)
{
  GtkListBoxRow *row;

  while ((row = gtk_list_box_get_row_at_index (list, 0)))
    gtk_list_box_remove (list, GTK_WIDGET (row));
}

/**
 * payday_ui_placeholder_new:
 *
 * Returns: (transfer floating): a dim label for an empty boxed list
 */
GtkWidget *
payday_ui_placeholder_new (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_add_css_class (label, "list-placeholder");
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);

  return label;
}
