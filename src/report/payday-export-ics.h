/* payday-export-ics.h — the payment schedule and bank arrivals as an iCalendar file (RFC 5545)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "payday-rates.h"
#include "payday-withdrawals.h"

G_BEGIN_DECLS

char *payday_ics_from_schedule (const PaydaySchedule *schedule,
                                gsize                *len);
char *payday_ics_from_schedule_local (const PaydaySchedule *schedule,
                                      const PaydayRate     *rate,
                                      gsize                *len);
char *payday_ics_from_plan           (const PaydaySchedule *schedule,
                                      const PaydayPayouts  *payouts,
                                      const PaydayRate     *rate,
                                      gsize                *len);

G_END_DECLS
