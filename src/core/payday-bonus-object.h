/* payday-bonus-object.h — one bonus of a contract, with what it pays, as a row object of
 * the bonuses model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "payday-plan.h"
#include "payday-schedule.h"

G_BEGIN_DECLS

#define PAYDAY_TYPE_BONUS_OBJECT (payday_bonus_object_get_type ())

G_DECLARE_FINAL_TYPE (PaydayBonusObject, payday_bonus_object, PAYDAY, BONUS_OBJECT, GObject)

const char *payday_bonus_object_get_id (PaydayBonusObject    *self);
void        payday_bonus_objects_sync  (GListStore           *store,
                                        const PaydayContract *contract,
                                        guint                 contract_index,
                                        const PaydaySchedule *schedule);

G_END_DECLS
