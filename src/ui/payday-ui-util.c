/* payday-ui-util.c — small formatting helpers shared by the pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include <adwaita.h>

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
 * payday_ui_report_error:
 * @widget: a widget inside a page
 * @error: (nullable) (transfer full): why an edit was refused
 *
 * Shows @error as a toast in the nearest toast overlay above @widget (the page's), and
 * frees it. Does nothing without an error.
 */
void
payday_ui_report_error (GtkWidget *widget,
                        GError    *error)
{
  GtkWidget *overlay;

  if (error == NULL)
    return;

  overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (error->message));
  else
    g_message ("%s", error->message);
  g_error_free (error);
}
