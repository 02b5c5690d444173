/* payday-bank-edit.h — the edits of a plan's withdrawal settings and past withdrawals
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "payday-document.h"

G_BEGIN_DECLS

gboolean payday_bank_edit_set_method    (PaydayDocument           *document,
                                         PaydayWithdrawalMethod    method);
gboolean payday_bank_edit_set_schedule  (PaydayDocument           *document,
                                         PaydayWithdrawalSchedule  schedule);
gboolean payday_bank_edit_set_reserve   (PaydayDocument           *document,
                                         PaydayCents               reserve_cents);
guint    payday_bank_edit_add           (PaydayDocument           *document,
                                         PaydayDate                date,
                                         PaydayCents               amount_cents);
gboolean payday_bank_edit_set           (PaydayDocument           *document,
                                         guint                     index,
                                         PaydayDate                date,
                                         PaydayCents               amount_cents);
gboolean payday_bank_edit_remove        (PaydayDocument           *document,
                                         guint                     index);
gboolean payday_bank_edit_choose        (PaydayDocument           *document,
                                         PaydayWithdrawalMethod    method,
                                         PaydayWithdrawalSchedule  schedule);

G_END_DECLS
