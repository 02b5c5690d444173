/* payday-payment-row.h — one upcoming payment on the Overview: its day, contract, net, status
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "payday-payment-item.h"
#include "payday-rates.h"

G_BEGIN_DECLS

#define PAYDAY_TYPE_PAYMENT_ROW (payday_payment_row_get_type ())

G_DECLARE_FINAL_TYPE (PaydayPaymentRow, payday_payment_row, PAYDAY, PAYMENT_ROW, AdwActionRow)

GtkWidget         *payday_payment_row_new      (PaydayPaymentItem *item,
                                                GtkSizeGroup      *pill_group);
PaydayPaymentItem *payday_payment_row_get_item (PaydayPaymentRow  *self);

G_END_DECLS
