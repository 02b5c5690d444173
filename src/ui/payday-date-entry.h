/* payday-date-entry.h — a date typed as YYYY-MM-DD or picked from a calendar popover
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "payday-checked-entry.h"
#include "payday-date.h"

G_BEGIN_DECLS

#define PAYDAY_TYPE_DATE_ENTRY (payday_date_entry_get_type ())

G_DECLARE_FINAL_TYPE (PaydayDateEntry, payday_date_entry, PAYDAY, DATE_ENTRY, PaydayCheckedEntry)

GtkWidget  *payday_date_entry_new        (gboolean         allow_none);
PaydayDate  payday_date_entry_get_date   (PaydayDateEntry *self);
void        payday_date_entry_set_date   (PaydayDateEntry *self,
                                          PaydayDate       date);
gboolean    payday_date_entry_get_valid  (PaydayDateEntry *self);
void        payday_date_entry_set_error  (PaydayDateEntry *self,
                                          const char      *message);
void        payday_date_entry_set_text   (PaydayDateEntry *self,
                                          const char      *text);

G_END_DECLS
