/* payday-hold-row.h — one account hold in the profile dialog: its first and last day
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "payday-hold-item.h"

G_BEGIN_DECLS

#define PAYDAY_TYPE_HOLD_ROW (payday_hold_row_get_type ())

G_DECLARE_FINAL_TYPE (PaydayHoldRow, payday_hold_row, PAYDAY, HOLD_ROW, GtkListBoxRow)

GtkWidget *payday_hold_row_new       (PaydayHoldItem *item);
guint      payday_hold_row_get_index (PaydayHoldRow  *self);
gboolean   payday_hold_row_parse     (PaydayHoldRow  *self,
                                      PaydayDate     *start,
                                      PaydayDate     *end);

G_END_DECLS
