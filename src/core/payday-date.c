/* payday-date.c — calendar days in UTC as plain integers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "payday-date.h"

/* Civil calendar <-> day count, after Howard Hinnant's public-domain algorithms
 * ("chrono-compatible low-level date algorithms"): exact for the proleptic Gregorian
 * calendar, no tables, no time zones. */

/**
 * payday_date_from_ymd:
 * @year: full year
 * @month: 1–12
 * @day: 1–31
 *
 * Returns: days since 1970-01-01; the caller validates the triple first.
 */
PaydayDate
payday_date_from_ymd (int year,
                      int month,
                      int day)
{
  int y = year - (month <= 2);
  int era = (y >= 0 ? y : y - 399) / 400;
  unsigned yoe = (unsigned) (y - era * 400);
  unsigned doy = (153 * (unsigned) (month + (month > 2 ? -3 : 9)) + 2) / 5 + (unsigned) day - 1;
  unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

  return era * 146097 + (int) doe - 719468;
}

void
payday_date_get_ymd (PaydayDate  date,
                     int        *year,
                     int        *month,
                     int        *day)
{
  int z = date + 719468;
  int era = (z >= 0 ? z : z - 146096) / 146097;
  unsigned doe = (unsigned) (z - era * 146097);
  unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int y = (int) yoe + era * 400;
  unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  unsigned mp = (5 * doy + 2) / 153;
  unsigned d = doy - (153 * mp + 2) / 5 + 1;
  unsigned m = mp < 10 ? mp + 3 : mp - 9;

  if (year)
    *year = y + (m <= 2);
  if (month)
    *month = (int) m;
  if (day)
    *day = (int) d;
}

gboolean
payday_date_is_set (PaydayDate date)
{
  return date != PAYDAY_DATE_NONE;
}

int
payday_date_days_in_month (int year,
                           int month)
{
  static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
  gboolean leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;

  g_return_val_if_fail (month >= 1 && month <= 12, 0);

  return month == 2 && leap ? 29 : days[month - 1];
}

gboolean
payday_date_valid_ymd (int year,
                       int month,
                       int day)
{
  return year >= 1 && year <= 9999 &&
         month >= 1 && month <= 12 &&
         day >= 1 && day <= payday_date_days_in_month (year, month);
}

/**
 * payday_date_parse:
 * @text: a "YYYY-MM-DD" string
 * @date: (out): where to store the day
 *
 * Accepts exactly ten characters in ISO 8601 calendar form, and only real days
 * (2026-02-29 is refused).
 *
 * Returns: %TRUE when @text is a valid date
 */
gboolean
payday_date_parse (const char *text,
                   PaydayDate *date)
{
  int v[3] = { 0, 0, 0 };
  static const int widths[3] = { 4, 2, 2 };
  const char *p = text;

  if (text == NULL || strlen (text) != 10)
    return FALSE;

  for (guint f = 0; f < 3; f++)
    {
      for (int i = 0; i < widths[f]; i++, p++)
        {
          if (!g_ascii_isdigit (*p))
            return FALSE;
          v[f] = v[f] * 10 + (*p - '0');
        }
      if (f < 2 && *p++ != '-')
        return FALSE;
    }

  if (!payday_date_valid_ymd (v[0], v[1], v[2]))
    return FALSE;

  if (date)
    *date = payday_date_from_ymd (v[0], v[1], v[2]);

  return TRUE;
}

/**
 * payday_date_format:
 * @date: a day, or %PAYDAY_DATE_NONE
 * @buf: room for "YYYY-MM-DD"
 *
 * Returns: @buf, holding the date or "" when unset
 */
char *
payday_date_format (PaydayDate date,
                    char       buf[PAYDAY_DATE_BUF])
{
  int y, m, d;

  if (!payday_date_is_set (date))
    {
      buf[0] = 0;
      return buf;
    }

  /* Digits by hand, not g_snprintf(): the schedule's sort and the exports format a date per
   * item, and the format string's parsing was most of their time. Years clamp to 4 digits. */
  payday_date_get_ymd (date, &y, &m, &d);
  y = CLAMP (y, 0, 9999);
  buf[0] = (char) ('0' + y / 1000);
  buf[1] = (char) ('0' + y / 100 % 10);
  buf[2] = (char) ('0' + y / 10 % 10);
  buf[3] = (char) ('0' + y % 10);
  buf[4] = '-';
  buf[5] = (char) ('0' + m / 10);
  buf[6] = (char) ('0' + m % 10);
  buf[7] = '-';
  buf[8] = (char) ('0' + d / 10);
  buf[9] = (char) ('0' + d % 10);
  buf[10] = '\0';

  return buf;
}

char *
payday_date_to_string (PaydayDate date)
{
  char buf[PAYDAY_DATE_BUF];

  return g_strdup (payday_date_format (date, buf));
}

/**
 * payday_date_to_date_time:
 * @date: a day
 *
 * For GLib's formatting and GTK's calendar.
 *
 * Returns: (transfer full): midnight UTC of @date
 */
GDateTime *
payday_date_to_date_time (PaydayDate date)
{
  int y, m, d;

  g_return_val_if_fail (payday_date_is_set (date), NULL);

  payday_date_get_ymd (date, &y, &m, &d);
  return g_date_time_new_utc (y, m, d, 0, 0, 0);
}

/**
 * payday_date_format_long:
 * @date: a day, or %PAYDAY_DATE_NONE
 *
 * The long date of the window and the report, in the user's language (LC_TIME names the
 * days and months): "Wednesday, March 4, 2026", "Mittwoch, 4. März 2026".
 *
 * Returns: (transfer full): the date, or "—" when unset
 */
char *
payday_date_format_long (PaydayDate date)
{
  g_autoptr(GDateTime) dt = NULL;

  if (!payday_date_is_set (date))
    return g_strdup ("—");

  dt = payday_date_to_date_time (date);
  /* Translators: a long date, "Wednesday, March 4, 2026"; see g_date_time_format() */
  return g_date_time_format (dt, _("%A, %B %-d, %Y"));
}

/**
 * payday_date_weekday:
 *
 * Returns: 1 for Monday … 7 for Sunday
 */
int
payday_date_weekday (PaydayDate date)
{
  /* 1970-01-01 was a Thursday (4). */
  int r = (int) (((gint64) date + 3) % 7);

  if (r < 0)
    r += 7;

  return r + 1;
}

PaydayDate
payday_date_monday_of (PaydayDate date)
{
  return date - (payday_date_weekday (date) - 1);
}

PaydayDate
payday_date_today_utc (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return payday_date_from_ymd (g_date_time_get_year (now),
                               g_date_time_get_month (now),
                               g_date_time_get_day_of_month (now));
}

/**
 * payday_date_add_months:
 *
 * Moves by whole months, clamping the day to the target month's length
 * (2026-01-31 + 1 month = 2026-02-28).
 */
PaydayDate
payday_date_add_months (PaydayDate date,
                        int        months)
{
  int y, m, d, idx;

  payday_date_get_ymd (date, &y, &m, &d);
  idx = y * 12 + (m - 1) + months;
  y = idx / 12;
  m = idx % 12 + 1;

  return payday_date_from_ymd (y, m, MIN (d, payday_date_days_in_month (y, m)));
}
