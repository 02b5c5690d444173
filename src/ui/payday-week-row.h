/* payday-week-row.h — one week of the hourly editor's timesheet
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "payday-document.h"
#include "payday-money-entry.h"
#include "payday-week-object.h"

G_BEGIN_DECLS

#define PAYDAY_TYPE_WEEK_ROW (payday_week_row_get_type ())

G_DECLARE_FINAL_TYPE (PaydayWeekRow, payday_week_row, PAYDAY, WEEK_ROW, AdwExpanderRow)

GtkWidget        *payday_week_row_new       (PaydayDocument   *document,
                                             const char       *contract_id,
                                             PaydayWeekObject *week);
PaydayMoneyEntry *payday_week_row_get_entry (PaydayWeekRow    *self,
                                             const char       *field);

G_END_DECLS
