/* payday-date.h — calendar days in UTC as plain integers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A date is the number of days since 1970-01-01 (UTC). Weeks start on Monday. */
typedef gint32 PaydayDate;

#define PAYDAY_DATE_NONE G_MININT32
/* Big enough for "YYYY-MM-DD" and its NUL; years are kept to 4 digits. */
#define PAYDAY_DATE_BUF 11

gboolean   payday_date_is_set         (PaydayDate  date);
PaydayDate payday_date_from_ymd       (int         year,
                                       int         month,
                                       int         day);
void       payday_date_get_ymd        (PaydayDate  date,
                                       int        *year,
                                       int        *month,
                                       int        *day);
gboolean   payday_date_valid_ymd      (int         year,
                                       int         month,
                                       int         day);
gboolean   payday_date_parse          (const char *text,
                                       PaydayDate *date);
char      *payday_date_format         (PaydayDate  date,
                                       char        buf[PAYDAY_DATE_BUF]);
char      *payday_date_to_string      (PaydayDate  date);
char      *payday_date_format_long    (PaydayDate  date);
GDateTime *payday_date_to_date_time   (PaydayDate  date);
int        payday_date_weekday        (PaydayDate  date);
PaydayDate payday_date_monday_of      (PaydayDate  date);
int        payday_date_days_in_month  (int         year,
                                       int         month);
PaydayDate payday_date_today_utc      (void);
PaydayDate payday_date_add_months     (PaydayDate  date,
                                       int         months);

G_END_DECLS
