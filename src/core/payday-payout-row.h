/* payday-payout-row.h — one withdrawal as a small object for list views
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "payday-withdrawals.h"

G_BEGIN_DECLS

#define PAYDAY_TYPE_PAYOUT_ROW (payday_payout_row_get_type ())

G_DECLARE_FINAL_TYPE (PaydayPayoutRow, payday_payout_row, PAYDAY, PAYOUT_ROW, GObject)

PaydayPayoutRow *payday_payout_row_new              (const PaydayPayout *payout);
void             payday_payout_row_update           (PaydayPayoutRow    *self,
                                                     const PaydayPayout *payout);
const PaydayPayout *payday_payout_row_get_payout    (PaydayPayoutRow    *self);
PaydayDate       payday_payout_row_get_date         (PaydayPayoutRow    *self);
gboolean         payday_payout_row_get_projected    (PaydayPayoutRow    *self);
gint64           payday_payout_row_get_amount       (PaydayPayoutRow    *self);
gint64           payday_payout_row_get_fee          (PaydayPayoutRow    *self);
gint64           payday_payout_row_get_received     (PaydayPayoutRow    *self);
PaydayDate       payday_payout_row_get_arrives_on   (PaydayPayoutRow    *self);
gboolean         payday_payout_row_get_forced       (PaydayPayoutRow    *self);
gint64           payday_payout_row_get_balance      (PaydayPayoutRow    *self);
int              payday_payout_row_get_history_index (PaydayPayoutRow   *self);

void             payday_payout_rows_sync            (GListStore         *store,
                                                     const GArray       *payouts);

G_END_DECLS
