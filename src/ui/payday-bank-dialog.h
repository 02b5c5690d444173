/* payday-bank-dialog.h — the plan's withdrawal settings, past withdrawals and the comparison
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "payday-document.h"

G_BEGIN_DECLS

#define PAYDAY_TYPE_BANK_DIALOG (payday_bank_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PaydayBankDialog, payday_bank_dialog, PAYDAY, BANK_DIALOG, AdwWindow)

PaydayBankDialog *payday_bank_dialog_new            (PaydayDocument   *document);
PaydayDocument   *payday_bank_dialog_get_document   (PaydayBankDialog *self);
GListModel       *payday_bank_dialog_get_choices    (PaydayBankDialog *self);
gboolean          payday_bank_dialog_get_comparing  (PaydayBankDialog *self);

G_END_DECLS
