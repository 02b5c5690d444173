/* payday-payout-choice.h — one withdrawal method and schedule of the comparison, for list views
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "payday-withdrawals.h"

G_BEGIN_DECLS

#define PAYDAY_TYPE_PAYOUT_CHOICE (payday_payout_choice_get_type ())

G_DECLARE_FINAL_TYPE (PaydayPayoutChoice, payday_payout_choice, PAYDAY, PAYOUT_CHOICE, GObject)

PaydayPayoutChoice *payday_payout_choice_new             (const PaydayPayoutOption *option);
PaydayWithdrawalMethod   payday_payout_choice_get_method   (PaydayPayoutChoice *self);
PaydayWithdrawalSchedule payday_payout_choice_get_schedule (PaydayPayoutChoice *self);
const char         *payday_payout_choice_get_title       (PaydayPayoutChoice *self);
guint               payday_payout_choice_get_count       (PaydayPayoutChoice *self);
gint64              payday_payout_choice_get_fees        (PaydayPayoutChoice *self);
int                 payday_payout_choice_get_median_days (PaydayPayoutChoice *self);
gboolean            payday_payout_choice_get_current     (PaydayPayoutChoice *self);

G_END_DECLS
