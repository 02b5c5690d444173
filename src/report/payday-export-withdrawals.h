/* payday-export-withdrawals.h — history and projected withdrawals as RFC 4180 CSV
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "payday-rates.h"
#include "payday-withdrawals.h"

G_BEGIN_DECLS

#define PAYDAY_CSV_WITHDRAWALS_HEADER \
  "date,kind,amount_cents,fee_cents,received_cents,arrives_on,method"

/* Appended after `method` by --currency, like the schedule's local columns. */
#define PAYDAY_CSV_WITHDRAWALS_LOCAL_HEADER "received_local,currency,rate,rate_date"

char *payday_export_csv_withdrawals (const PaydayPayouts *payouts,
                                     const PaydayRate    *rate,
                                     gsize               *length);

G_END_DECLS
