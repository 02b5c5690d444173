/* payday-transaction-dialog.h — add, edit or delete a Connects purchase, grant or adjustment
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "payday-document.h"

G_BEGIN_DECLS

#define PAYDAY_TYPE_TRANSACTION_DIALOG (payday_transaction_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PaydayTransactionDialog, payday_transaction_dialog, PAYDAY, TRANSACTION_DIALOG, AdwMessageDialog)

GtkWidget *payday_transaction_dialog_new (GtkWindow      *parent,
                                          PaydayDocument *document,
                                          const char     *id);

G_END_DECLS
