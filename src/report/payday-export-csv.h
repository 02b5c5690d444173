/* payday-export-csv.h — the payment schedule as RFC 4180 CSV
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "payday-export-writer.h"
#include "payday-rates.h"
#include "payday-schedule.h"

G_BEGIN_DECLS

#define PAYDAY_CSV_SCHEDULE_HEADER \
  "contract_id,item_id,kind,client_id,period_start,period_end,minutes,gross_cents," \
  "fee_cents,net_cents,charged_on,released_on,available_on,status"

/* Appended after `status` by --currency (payday_export_csv_schedule_local()); the columns
 * above keep their places, so a reader of the plain export reads this one too. */
#define PAYDAY_CSV_SCHEDULE_LOCAL_HEADER "net_local,currency,rate,rate_date"

void   payday_csv_append_field     (GString              *out,
                                    const char           *field);
void   payday_csv_append_int       (GString              *out,
                                    gint64                value);
void   payday_csv_append_date      (GString              *out,
                                    PaydayDate            date);
void   payday_csv_end_row          (GString              *out);
void   payday_csv_append_local     (GString              *out,
                                    const PaydayRate     *rate,
                                    const char           *rate_text,
                                    PaydayCents           cents);
char  *payday_export_csv_schedule  (const PaydaySchedule *schedule,
                                    gsize                *length);
char  *payday_export_csv_schedule_local (const PaydaySchedule *schedule,
                                         const PaydayRate     *rate,
                                         gsize                *length);
gboolean payday_export_csv_schedule_write (const PaydaySchedule *schedule,
                                           const PaydayRate     *rate,
                                           PaydayExportWriter   *writer,
                                           GError              **error);
void   payday_format_local_amount  (char                  buf[G_ASCII_DTOSTR_BUF_SIZE],
                                    double                value);
void   payday_format_rate          (char                  buf[G_ASCII_DTOSTR_BUF_SIZE],
                                    double                rate);

G_END_DECLS
