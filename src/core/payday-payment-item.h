/* payday-payment-item.h — one payment of the schedule as a list item: the contract, what
 * it pays for, its net and the day it becomes available
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "payday-schedule.h"

G_BEGIN_DECLS

/* The document's payments model holds the payments that become available after today and
 * within this many days. */
#define PAYDAY_UPCOMING_DAYS 60

#define PAYDAY_TYPE_PAYMENT_ITEM (payday_payment_item_get_type ())

G_DECLARE_FINAL_TYPE (PaydayPaymentItem, payday_payment_item, PAYDAY, PAYMENT_ITEM, GObject)

const char     *payday_payment_item_get_key            (PaydayPaymentItem    *self);
const char     *payday_payment_item_get_contract_id    (PaydayPaymentItem    *self);
const char     *payday_payment_item_get_contract_title (PaydayPaymentItem    *self);
PaydayItemKind  payday_payment_item_get_kind           (PaydayPaymentItem    *self);
gboolean        payday_payment_item_get_projected      (PaydayPaymentItem    *self);
PaydayDate      payday_payment_item_get_period_start   (PaydayPaymentItem    *self);
const char     *payday_payment_item_get_title          (PaydayPaymentItem    *self);
PaydayDate      payday_payment_item_get_available_on   (PaydayPaymentItem    *self);
PaydayCents     payday_payment_item_get_net            (PaydayPaymentItem    *self);
PaydayStatus    payday_payment_item_get_status         (PaydayPaymentItem    *self);
PaydayDate      payday_payment_item_get_today          (PaydayPaymentItem    *self);
void            payday_payment_items_sync_upcoming     (GListStore           *store,
                                                        const PaydaySchedule *schedule);

G_END_DECLS
