/* payday-milestone-object.h — one milestone of a fixed-price contract, with what it pays,
 * as a row object of the milestones model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "payday-plan.h"
#include "payday-schedule.h"

G_BEGIN_DECLS

#define PAYDAY_TYPE_MILESTONE_OBJECT (payday_milestone_object_get_type ())

G_DECLARE_FINAL_TYPE (PaydayMilestoneObject, payday_milestone_object, PAYDAY, MILESTONE_OBJECT, GObject)

const char *payday_milestone_object_get_id (PaydayMilestoneObject *self);
void        payday_milestone_objects_sync  (GListStore            *store,
                                            const PaydayContract  *contract,
                                            guint                  contract_index,
                                            const PaydaySchedule  *schedule);

G_END_DECLS
