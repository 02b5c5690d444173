/* payday-week-object.h — one logged week of an hourly contract, with what it pays, as a
 * row object of a timesheet model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "payday-plan.h"
#include "payday-schedule.h"

G_BEGIN_DECLS

#define PAYDAY_TYPE_WEEK_OBJECT (payday_week_object_get_type ())

G_DECLARE_FINAL_TYPE (PaydayWeekObject, payday_week_object, PAYDAY, WEEK_OBJECT, GObject)

PaydayDate payday_week_object_get_week_start (PaydayWeekObject     *self);
void       payday_week_objects_sync          (GListStore           *store,
                                              const PaydayContract *contract,
                                              guint                 contract_index,
                                              const PaydaySchedule *schedule);

G_END_DECLS
