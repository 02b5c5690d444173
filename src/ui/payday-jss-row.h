/* payday-jss-row.h — one Job Success Score in the profile dialog: its date and score
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "payday-jss-item.h"

G_BEGIN_DECLS

#define PAYDAY_TYPE_JSS_ROW (payday_jss_row_get_type ())

G_DECLARE_FINAL_TYPE (PaydayJssRow, payday_jss_row, PAYDAY, JSS_ROW, GtkListBoxRow)

GtkWidget *payday_jss_row_new       (PaydayJssItem *item);
guint      payday_jss_row_get_index (PaydayJssRow  *self);
gboolean   payday_jss_row_parse     (PaydayJssRow   *self,
                                     PaydayDate     *date,
                                     int            *score);

G_END_DECLS
