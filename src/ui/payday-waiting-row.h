/* payday-waiting-row.h — one contract on the Overview: the money it still has waiting and
 * its next payment
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "payday-contract-object.h"

G_BEGIN_DECLS

#define PAYDAY_TYPE_WAITING_ROW (payday_waiting_row_get_type ())

G_DECLARE_FINAL_TYPE (PaydayWaitingRow, payday_waiting_row, PAYDAY, WAITING_ROW, AdwActionRow)

GtkWidget *payday_waiting_row_new (PaydayContractObject *item);

G_END_DECLS
