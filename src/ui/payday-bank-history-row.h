/* payday-bank-history-row.h — one past withdrawal, editable: its day and amount
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "payday-payout-row.h"

G_BEGIN_DECLS

#define PAYDAY_TYPE_BANK_HISTORY_ROW (payday_bank_history_row_get_type ())

G_DECLARE_FINAL_TYPE (PaydayBankHistoryRow, payday_bank_history_row, PAYDAY, BANK_HISTORY_ROW, GtkListBoxRow)

GtkWidget       *payday_bank_history_row_new        (PaydayPayoutRow      *payout);
PaydayPayoutRow *payday_bank_history_row_get_payout (PaydayBankHistoryRow *self);
void             payday_bank_history_row_set_payout (PaydayBankHistoryRow *self,
                                                     PaydayPayoutRow      *payout);

G_END_DECLS
