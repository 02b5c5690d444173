/* payday-export-csv.h — the payment schedule as RFC 4180 CSV
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "payday-schedule.h"

G_BEGIN_DECLS

#define PAYDAY_CSV_SCHEDULE_HEADER \
  "contract_id,item_id,kind,client_id,period_start,period_end,minutes,gross_cents," \
  "fee_cents,net_cents,charged_on,released_on,available_on,status"

void   payday_csv_append_field     (GString              *out,
                                    const char           *field);
void   payday_csv_append_int       (GString              *out,
                                    gint64                value);
void   payday_csv_append_date      (GString              *out,
                                    PaydayDate            date);
void   payday_csv_end_row          (GString              *out);
char  *payday_export_csv_schedule  (const PaydaySchedule *schedule,
                                    gsize                *length);

G_END_DECLS
