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

/* Writes @value in decimal at @p, without printf, and returns the end: the schedule export
 * writes several hundred thousand numbers. */
static inline char *
put_int (char   *p,
         gint64  value)
{
  char buf[24];
  char *q = buf + sizeof buf;
  guint64 v = value < 0 ? (guint64) (-(value + 1)) + 1 : (guint64) value;

  do
    {
      *--q = (char) ('0' + v % 10);
      v /= 10;
    }
  while (v != 0);
  if (value < 0)
    *--q = '-';

  memcpy (p, q, buf + sizeof buf - q);
  return p + (buf + sizeof buf - q);
}

/**
 * payday_csv_append_int:
 * @out: the row being built
 * @value: any integer
 *
 * Appends the text of a cell holding @value in decimal.
 */
void
payday_csv_append_int (GString *out,
                       gint64   value)
{
  char buf[24];

  g_return_if_fail (out != NULL);

  g_string_append_len (out, buf, put_int (buf, value) - buf);
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

/* The schedule's rows are written straight into the buffer, not cell by cell through
 * GString: a 100,000-item export spent most of its time in the calls. */

/* The room a cell of @text may take, quoted with every character a doubled quote. */
static inline gsize
field_room (const char *text)
{
  return text != NULL ? 2 * strlen (text) + 2 : 0;
}

static inline char *
put_field (char       *p,
           const char *text)
{
  gsize len;

  if (text == NULL || text[0] == 0)
    return p;

  len = strcspn (text, ",\"\r\n");
  if (text[len] == 0)
    {
      memcpy (p, text, len);
      return p + len;
    }

  /* The same quoting as payday_csv_append_field(). */
  *p++ = '"';
  for (const char *q = text; *q; q++)
    {
      if (*q == '"')
        *p++ = '"';
      *p++ = *q;
    }
  *p++ = '"';
  return p;
}

/* The last day a column wrote: neighbouring rows, sorted by available_on, often repeat it. */
typedef struct
{
  PaydayDate date;
  char text[PAYDAY_DATE_BUF];
} DateCell;

static inline char *
put_date (char       *p,
          DateCell   *cell,
          PaydayDate  date)
{
  if (!payday_date_is_set (date))
    return p;

  if (date != cell->date)
    {
      payday_date_format (date, cell->text);
      cell->date = date;
    }
  memcpy (p, cell->text, 10);
  return p + 10;
}

enum { DATE_PERIOD_START, DATE_PERIOD_END, DATE_CHARGED, DATE_RELEASED, DATE_AVAILABLE, N_DATES };

/* Room for a row's cells other than the three free-text ones: the id, kind, five dates, four
 * integers, the status, the commas and CRLF. */
#define ROW_FIXED_ROOM 256

/* What a streamed export gathers before handing it to the file: few system calls, and the
 * export holds this much however long the schedule is. */
#define STREAM_CHUNK (64 * 1024)

static gboolean
hand_over (GString             *out,
           PaydayExportWriter  *writer,
           GError             **error)
{
  if (!payday_export_writer_write (writer, out->str, out->len, error))
    return FALSE;
  g_string_truncate (out, 0);
  return TRUE;
}

/* Appends the header and the rows to @out. With @writer, @out is handed to it and emptied
 * whenever it holds STREAM_CHUNK bytes, and at the end; without, @out gets the whole text. */
static gboolean
export_schedule (const PaydaySchedule *schedule,
                 const PaydayRate     *rate,
                 GString              *out,
                 PaydayExportWriter   *writer,
                 GError              **error)
{
  char rate_text[G_ASCII_DTOSTR_BUF_SIZE];
  DateCell dates[N_DATES];

  g_assert (schedule != NULL && schedule->items != NULL);

  for (guint k = 0; k < N_DATES; k++)
    dates[k].date = PAYDAY_DATE_NONE;

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
      const char *id = payday_item_format_id (item, idbuf);
      gsize room = ROW_FIXED_ROOM + field_room (item->contract_id) + field_room (id)
                   + field_room (item->client_id);
      gsize start = out->len;
      char *p;

      /* Grow once for the whole row, then write without checks. */
      g_string_set_size (out, start + room);
      p = out->str + start;

      p = put_field (p, item->contract_id);
      *p++ = ',';
      p = put_field (p, id);
      *p++ = ',';
      p = put_field (p, payday_item_kind_to_string (item->kind));
      *p++ = ',';
      p = put_field (p, item->client_id);
      *p++ = ',';
      p = put_date (p, &dates[DATE_PERIOD_START], item->period_start);
      *p++ = ',';
      p = put_date (p, &dates[DATE_PERIOD_END], item->period_end);
      *p++ = ',';
      if (item->kind == PAYDAY_ITEM_HOURLY_WEEK && item->minutes != PAYDAY_NONE)
        p = put_int (p, item->minutes);
      *p++ = ',';
      p = put_int (p, item->gross_cents);
      *p++ = ',';
      p = put_int (p, item->fee_cents);
      *p++ = ',';
      p = put_int (p, item->net_cents);
      *p++ = ',';
      p = put_date (p, &dates[DATE_CHARGED], item->charged_on);
      *p++ = ',';
      p = put_date (p, &dates[DATE_RELEASED], item->released_on);
      *p++ = ',';
      p = put_date (p, &dates[DATE_AVAILABLE], item->available_on);
      *p++ = ',';
      p = put_field (p, payday_status_to_string (item->status));
      if (rate == NULL)
        {
          memcpy (p, CSV_EOL, 2);
          p += 2;
        }
      g_string_truncate (out, p - out->str);

      if (rate != NULL)
        {
          payday_csv_append_local (out, rate, rate_text, item->net_cents);
          payday_csv_end_row (out);
        }

      if (writer != NULL && out->len >= STREAM_CHUNK && !hand_over (out, writer, error))
        return FALSE;
    }

  return writer == NULL || hand_over (out, writer, error);
}

/* The whole text at once, for the callers that keep it. */
static char *
export_schedule_text (const PaydaySchedule *schedule,
                      const PaydayRate     *rate,
                      gsize                *length)
{
  GString *out;

  /* About 110 bytes per row (40 more with local figures); one allocation up front avoids
   * regrowing a large buffer. */
  out = g_string_sized_new (128 + (gsize) schedule->items->len * (rate ? 152 : 112));
  export_schedule (schedule, rate, out, NULL, NULL);

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
  g_return_val_if_fail (schedule != NULL && schedule->items != NULL, NULL);

  return export_schedule_text (schedule, NULL, length);
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
  g_return_val_if_fail (schedule != NULL && schedule->items != NULL, NULL);
  g_return_val_if_fail (rate != NULL, NULL);

  return export_schedule_text (schedule, rate, length);
}

/**
 * payday_export_csv_schedule_write:
 * @schedule: a computed schedule; its items are already in export order
 * @rate: (nullable): the USD→local rate of `--currency`, or %NULL for the plain export
 * @writer: where the text goes
 * @error: where a failure of @writer is reported
 *
 * Writes the text of payday_export_csv_schedule(), or with @rate that of
 * payday_export_csv_schedule_local(), into @writer as it is made, a few rows at a time,
 * so that a large schedule's text is never held whole. The caller commits @writer, or
 * aborts it after a failure.
 *
 * Returns: %TRUE when everything was handed to @writer
 */
gboolean
payday_export_csv_schedule_write (const PaydaySchedule *schedule,
                                  const PaydayRate     *rate,
                                  PaydayExportWriter   *writer,
                                  GError              **error)
{
  g_autoptr(GString) out = NULL;

  g_return_val_if_fail (schedule != NULL && schedule->items != NULL, FALSE);
  g_return_val_if_fail (writer != NULL, FALSE);

  out = g_string_sized_new (STREAM_CHUNK + ROW_FIXED_ROOM);
  return export_schedule (schedule, rate, out, writer, error);
}
