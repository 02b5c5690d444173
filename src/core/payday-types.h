/* payday-types.h — forward declarations shared by the core units
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "payday-date.h"
#include "payday-money.h"

G_BEGIN_DECLS

typedef struct _PaydayPlan     PaydayPlan;
typedef struct _PaydayRules    PaydayRules;
typedef struct _PaydayEdition  PaydayEdition;
typedef struct _PaydaySchedule PaydaySchedule;
typedef struct _PaydayScheduleIndex PaydayScheduleIndex;

/* Optional numbers in the plan ("null" in JSON) are stored as this sentinel. */
#define PAYDAY_NONE (-1)

G_END_DECLS
