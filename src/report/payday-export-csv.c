/* payday-export-csv.c — the payment schedule as RFC 4180 CSV
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "payday-export-csv.h"

/* RFC 4180 ends every record, the last one included, with CRLF; we follow it so spreadsheet
 * programs on every system read the file the same way. */
#define CSV_EOL "\r\n"

/**
 * payday_csv_append_field:
 * @out: the row being built
 * @field: (nullable): the cell text; %NULL is an empty cell
 *
 * Appends one cell's text; the caller writes the commas between cells. A cell holding a
 * comma, a double quote, CR or LF is quoted and its quotes doubled (RFC 4180, 2.6–2.7).
 */
void
payday_csv_append_field (GString    *out,
                         const char *field)
{
  g_return_if_fail (out != NULL);

  if (field == NULL || field[0] == 0)
    return;

  if (strpbrk (field, ",\"\r\n") == NULL)
    {
      g_string_append (out, field);
      return;
    }

  g_string_append_c (out, '"');
  for (const char *p = field; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

/**
 * payday_csv_append_int:
 * @out: the row being built
 * @value: any integer
 *
 * Appends the text of a cell holding @value in decimal, without printf: the schedule export writes
 * several hundred thousand of them.
 */
void
payday_csv_append_int (GString *out,
                       gint64   value)
{
  char buf[24];
  char *p = buf + sizeof buf;
  guint64 v = value < 0 ? (guint64) (-(value + 1)) + 1 : (guint64) value;

  g_return_if_fail (out != NULL);

  do
    {
      *--p = (char) ('0' + v % 10);
      v /= 10;
    }
  while (v != 0);
  if (value < 0)
    *--p = '-';

  g_string_append_len (out, p, buf + sizeof buf - p);
}

/**
 * payday_csv_append_date:
 * @out: the row being built
 * @date: a day, or %PAYDAY_DATE_NONE for an empty cell
 */
void
payday_csv_append_date (GString    *out,
                        PaydayDate  date)
{
  char buf[PAYDAY_DATE_BUF];

  g_return_if_fail (out != NULL);

  if (!payday_date_is_set (date))
    return;

  /* payday_date_format() writes its digits by hand: five dates a row stay cheap. */
  g_string_append_len (out, payday_date_format (date, buf), 10);
}

/**
 * payday_csv_end_row:
 * @out: the row being built
 *
 * Ends the record with CRLF.
 */
void
payday_csv_end_row (GString *out)
{
  g_string_append (out, CSV_EOL);
}

#define SEP(out) g_string_append_c ((out), ',')

/* Decimals of a rate in the exports: 79.236446 INR per USD. Six keep the local figures
 * recomputed from the written rate within a cent up to about $100,000; the window shows
 * three (docs/exports.md). */
#define RATE_DECIMALS "%.6f"

/**
 * payday_format_local_amount:
 * @buf: room for the text
 * @value: an amount in local units, already rounded by payday_rate_convert_cents()
 *
 * Writes @value with exactly two decimals and a dot, whatever the locale: "97817.20".
 */
void
payday_format_local_amount (char   buf[G_ASCII_DTOSTR_BUF_SIZE],
                            double value)
{
  g_ascii_formatd (buf, G_ASCII_DTOSTR_BUF_SIZE, "%.2f", value);
}

/**
 * payday_format_rate:
 * @buf: room for the text
 * @rate: units of a currency per USD
 *
 * Writes @rate with six decimals and a dot, whatever the locale: "79.236446".
 */
void
payday_format_rate (char   buf[G_ASCII_DTOSTR_BUF_SIZE],
                    double rate)
{
  g_ascii_formatd (buf, G_ASCII_DTOSTR_BUF_SIZE, RATE_DECIMALS, rate);
}

/**
 * payday_csv_append_local:
 * @out: the row being built
 * @rate: the USD→local rate of `--currency`
 * @rate_text: @rate's rate as payday_format_rate() writes it (formatted once per export)
 * @cents: the amount to convert
 *
 * Appends the four local columns every CSV export gains with `--currency`, each after a
 * comma: @cents in local units with two decimals, the currency, the rate, the rate's day.
 */
void
payday_csv_append_local (GString          *out,
                         const PaydayRate *rate,
                         const char       *rate_text,
                         PaydayCents       cents)
{
  char local[G_ASCII_DTOSTR_BUF_SIZE];

  g_return_if_fail (out != NULL && rate != NULL && rate_text != NULL);

  payday_format_local_amount (local, payday_rate_convert_cents (rate, cents));
  SEP (out);
  g_string_append (out, local);
  SEP (out);
  g_string_append (out, rate->currency);
  SEP (out);
  g_string_append (out, rate_text);
  SEP (out);
  payday_csv_append_date (out, rate->date);
}

static char *
export_schedule (const PaydaySchedule *schedule,
                 const PaydayRate     *rate,
                 gsize                *length)
{
  char rate_text[G_ASCII_DTOSTR_BUF_SIZE];
  GString *out;

  g_return_val_if_fail (schedule != NULL, NULL);
  g_return_val_if_fail (schedule->items != NULL, NULL);

  /* About 110 bytes per row (40 more with local figures); one allocation up front avoids
   * regrowing a large buffer. */
  out = g_string_sized_new (128 + (gsize) schedule->items->len * (rate ? 152 : 112));
  if (rate != NULL)
    {
      payday_format_rate (rate_text, rate->rate);
      g_string_append (out, PAYDAY_CSV_SCHEDULE_HEADER "," PAYDAY_CSV_SCHEDULE_LOCAL_HEADER CSV_EOL);
    }
  else
    g_string_append (out, PAYDAY_CSV_SCHEDULE_HEADER CSV_EOL);

  for (guint i = 0; i < schedule->items->len; i++)
    {
      const PaydayItem *item = &g_array_index (schedule->items, PaydayItem, i);
      char idbuf[PAYDAY_DATE_BUF];

      payday_csv_append_field (out, item->contract_id);
      SEP (out);
      payday_csv_append_field (out, payday_item_format_id (item, idbuf));
      SEP (out);
      payday_csv_append_field (out, payday_item_kind_to_string (item->kind));
      SEP (out);
      payday_csv_append_field (out, item->client_id);
      SEP (out);
      payday_csv_append_date (out, item->period_start);
      SEP (out);
      payday_csv_append_date (out, item->period_end);
      SEP (out);
      if (item->kind == PAYDAY_ITEM_HOURLY_WEEK && item->minutes != PAYDAY_NONE)
        payday_csv_append_int (out, item->minutes);
      SEP (out);
      payday_csv_append_int (out, item->gross_cents);
      SEP (out);
      payday_csv_append_int (out, item->fee_cents);
      SEP (out);
      payday_csv_append_int (out, item->net_cents);
      SEP (out);
      payday_csv_append_date (out, item->charged_on);
      SEP (out);
      payday_csv_append_date (out, item->released_on);
      SEP (out);
      payday_csv_append_date (out, item->available_on);
      SEP (out);
      payday_csv_append_field (out, payday_status_to_string (item->status));
      if (rate != NULL)
        payday_csv_append_local (out, rate, rate_text, item->net_cents);
      payday_csv_end_row (out);
    }

  if (length != NULL)
    *length = out->len;

  return g_string_free (out, FALSE);
}

/**
 * payday_export_csv_schedule:
 * @schedule: a computed schedule; its items are already in export order
 * @length: (out) (optional): the byte length of the result
 *
 * Writes the header row and one row per item (docs/exports.md). `minutes` is
 * empty for milestones and bonuses; dates that are not known (a milestone never funded)
 * are empty cells.
 *
 * Returns: (transfer full): the CSV text
 */
char *
payday_export_csv_schedule (const PaydaySchedule *schedule,
                            gsize                *length)
{
  return export_schedule (schedule, NULL, length);
}

/**
 * payday_export_csv_schedule_local:
 * @schedule: a computed schedule; its items are already in export order
 * @rate: the USD→local rate of `--currency`
 * @length: (out) (optional): the byte length of the result
 *
 * Writes the schedule of payday_export_csv_schedule() with four more columns after
 * `status` (%PAYDAY_CSV_SCHEDULE_LOCAL_HEADER): `net_local`, the item's net in local
 * units with two decimals (payday_rate_convert_cents()); `currency`, the ISO code;
 * `rate`, local units per USD with six decimals; `rate_date`, the day of that rate.
 *
 * Returns: (transfer full): the CSV text
 */
char *
payday_export_csv_schedule_local (const PaydaySchedule *schedule,
                                  const PaydayRate     *rate,
                                  gsize                *length)
{
  g_return_val_if_fail (rate != NULL, NULL);

  return export_schedule (schedule, rate, length);
}
