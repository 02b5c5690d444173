/* payday-money-entry.h — an entry for dollars and cents, or hours with two decimals
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "payday-checked-entry.h"

G_BEGIN_DECLS

#define PAYDAY_TYPE_MONEY_ENTRY (payday_money_entry_get_type ())

G_DECLARE_FINAL_TYPE (PaydayMoneyEntry, payday_money_entry, PAYDAY, MONEY_ENTRY, PaydayCheckedEntry)

GtkWidget *payday_money_entry_new        (void);
GtkWidget *payday_hours_entry_new        (void);
gint64     payday_money_entry_get_value  (PaydayMoneyEntry *self);
void       payday_money_entry_set_value  (PaydayMoneyEntry *self,
                                          gint64            value);
gboolean   payday_money_entry_get_valid  (PaydayMoneyEntry *self);
void       payday_money_entry_set_error  (PaydayMoneyEntry *self,
                                          const char       *message);
void       payday_money_entry_set_text   (PaydayMoneyEntry *self,
                                          const char       *text);
gboolean   payday_parse_hundredths       (const char       *text,
                                          gboolean          money,
                                          gint64            maximum,
                                          gint64           *value);

G_END_DECLS
