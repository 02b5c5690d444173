/* payday-bank-choice-row.h — one method and schedule of the comparison
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "payday-payout-choice.h"

G_BEGIN_DECLS

#define PAYDAY_TYPE_BANK_CHOICE_ROW (payday_bank_choice_row_get_type ())

G_DECLARE_FINAL_TYPE (PaydayBankChoiceRow, payday_bank_choice_row, PAYDAY, BANK_CHOICE_ROW, GtkListBoxRow)

GtkWidget          *payday_bank_choice_row_new        (PaydayPayoutChoice  *choice);
PaydayPayoutChoice *payday_bank_choice_row_get_choice (PaydayBankChoiceRow *self);

G_END_DECLS
