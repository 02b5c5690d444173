/* payday-export-ledger.h — the Connects ledger as CSV (`.ledger.csv`)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "payday-ledger.h"

G_BEGIN_DECLS

char *payday_ledger_to_csv (const PaydayLedger *ledger,
                            gsize              *len);

G_END_DECLS
