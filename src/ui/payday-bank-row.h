/* payday-bank-row.h — one withdrawal in a list: what reaches the bank, when, and its fee
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "payday-payout-row.h"

G_BEGIN_DECLS

#define PAYDAY_TYPE_BANK_ROW (payday_bank_row_get_type ())

G_DECLARE_FINAL_TYPE (PaydayBankRow, payday_bank_row, PAYDAY, BANK_ROW, GtkListBoxRow)

GtkWidget       *payday_bank_row_new          (PaydayPayoutRow *payout);
PaydayPayoutRow *payday_bank_row_get_payout   (PaydayBankRow   *self);
void             payday_bank_row_set_payout   (PaydayBankRow   *self,
                                               PaydayPayoutRow *payout);
char            *payday_bank_format_day       (PaydayDate       date);

G_END_DECLS
