/* payday-ui-util.h — small formatting helpers shared by the pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "payday-schedule.h"

G_BEGIN_DECLS

char       *payday_ui_format_date      (PaydayDate   date,
                                        PaydayDate   today);
char       *payday_ui_format_date_long (PaydayDate   date);
const char *payday_ui_status_title     (PaydayStatus status);
GtkWidget  *payday_ui_status_pill_new  (PaydayStatus status);
void        payday_ui_report_error     (GtkWidget   *widget,
                                        GError      *error);

G_END_DECLS
