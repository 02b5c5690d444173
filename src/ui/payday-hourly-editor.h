/* payday-hourly-editor.h — an hourly contract's terms and weekly timesheet
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "payday-document.h"
#include "payday-money-entry.h"

G_BEGIN_DECLS

#define PAYDAY_TYPE_HOURLY_EDITOR (payday_hourly_editor_get_type ())

G_DECLARE_FINAL_TYPE (PaydayHourlyEditor, payday_hourly_editor, PAYDAY, HOURLY_EDITOR, GtkWidget)

void              payday_hourly_editor_set_contract    (PaydayHourlyEditor *self,
                                                        PaydayDocument     *document,
                                                        const char         *id);
PaydayMoneyEntry *payday_hourly_editor_get_rate_entry  (PaydayHourlyEditor *self);
PaydayMoneyEntry *payday_hourly_editor_get_hours_entry (PaydayHourlyEditor *self,
                                                        guint               week,
                                                        const char         *field);
guint             payday_hourly_editor_get_n_weeks     (PaydayHourlyEditor *self);

G_END_DECLS
