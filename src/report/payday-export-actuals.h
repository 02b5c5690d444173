/* payday-export-actuals.h — the imported money rows, and the schedule held against them, as CSV
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "payday-schedule.h"

G_BEGIN_DECLS

#define PAYDAY_CSV_ACTUALS_HEADER "date,ref,kind,amount_cents,contract_id,client_name,source"
#define PAYDAY_CSV_RECONCILE_HEADER \
  "contract_id,item_id,kind,predicted_on,predicted_cents,actual_on,actual_cents,ref,verdict"

char *payday_export_csv_actuals   (const PaydayPlan     *plan,
                                   gsize                *length);
char *payday_export_csv_reconcile (const PaydaySchedule *schedule,
                                   gsize                *length);

G_END_DECLS
