/* payday-bonus-row.h — one bonus of the fixed-price editor
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "payday-bonus-object.h"
#include "payday-document.h"

G_BEGIN_DECLS

#define PAYDAY_TYPE_BONUS_ROW (payday_bonus_row_get_type ())

G_DECLARE_FINAL_TYPE (PaydayBonusRow, payday_bonus_row, PAYDAY, BONUS_ROW, AdwActionRow)

GtkWidget *payday_bonus_row_new (PaydayDocument    *document,
                                 const char        *contract_id,
                                 PaydayBonusObject *bonus);

G_END_DECLS
