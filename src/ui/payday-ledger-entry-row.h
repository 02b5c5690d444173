/* payday-ledger-entry-row.h — one row of the Connects ledger in the Connects page's list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "payday-ledger-entry.h"

G_BEGIN_DECLS

#define PAYDAY_TYPE_LEDGER_ENTRY_ROW (payday_ledger_entry_row_get_type ())

G_DECLARE_FINAL_TYPE (PaydayLedgerEntryRow, payday_ledger_entry_row, PAYDAY, LEDGER_ENTRY_ROW, AdwActionRow)

GtkWidget         *payday_ledger_entry_row_new       (PaydayLedgerEntry    *entry);
PaydayLedgerEntry *payday_ledger_entry_row_get_entry (PaydayLedgerEntryRow *self);

G_END_DECLS
