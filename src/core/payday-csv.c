/* payday-csv.c — a small, bounded, streaming RFC 4180 reader
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "payday-csv.h"
#include "payday-error.h"

/* Debian 12 packages libcsv (3.0.3), but its last upstream release is from 2013, it ships no
 * pkg-config file, and it would still need the bounds, the row numbers and the UTF-8 checks
 * below wrapped around it. One byte-at-a-time state machine of RFC 4180 is smaller than that
 * glue, and it is fuzzed (tests/fuzz/fuzz-import.c).
 *
 * What it accepts: fields separated by commas, records ended by CRLF, LF or a lone CR;
 * fields in double quotes may hold commas, line breaks and doubled quotes (""); a UTF-8
 * byte-order mark at the very start is skipped; a quote inside an unquoted field is kept as
 * text (Excel writes such files). What it refuses, naming the row: a quoted field never
 * closed, text after a closing quote, a field that is not UTF-8, and every bound. An empty
 * line is counted (so row numbers match a spreadsheet's) but not reported. */

typedef enum
{
  FIELD_START,
  UNQUOTED,
  QUOTED,
  QUOTE_IN_QUOTED,      /* a quote inside a quoted field: the end, or the first of "" */
} State;

struct _PaydayCsvReader
{
  PaydayCsvLimits   limits;
  PaydayCsvRowFunc  func;
  gpointer          user_data;

  State             state;
  gboolean          after_cr;          /* an LF right after a CR ends nothing */
  guint             bom_matched;       /* bytes of the BOM seen at the start; 3 = done */
  gsize             total_bytes;
  gsize             row_bytes;
  guint             row;               /* the record being read, from 1 */
  guint             quote_row;         /* where the open quoted field started */
  gboolean          quoted_field;      /* the current record has a quoted field */
  guchar            first_bytes[2];

  GString          *text;              /* the record's fields, each NUL-terminated */
  GArray           *starts;            /* gsize: where each field starts in text */
  GPtrArray        *fields;
};

static const guchar bom[3] = { 0xEF, 0xBB, 0xBF };

static void reset_record (PaydayCsvReader *reader);

/**
 * payday_csv_reader_new:
 * @limits: the bounds to enforce
 * @func: (scope notified): called once per record
 * @user_data: passed to @func
 *
 * A reader that is fed bytes in chunks of any size and calls @func for each complete
 * record, so a file is never held whole in memory.
 *
 * Returns: (transfer full): a new reader; free it with payday_csv_reader_free()
 */
PaydayCsvReader *
payday_csv_reader_new (const PaydayCsvLimits *limits,
                       PaydayCsvRowFunc       func,
                       gpointer               user_data)
{
  PaydayCsvReader *reader;

  g_return_val_if_fail (limits != NULL && func != NULL, NULL);

  reader = g_new0 (PaydayCsvReader, 1);
  reader->limits = *limits;
  reader->func = func;
  reader->user_data = user_data;
  reader->row = 1;
  reader->text = g_string_new (NULL);
  reader->starts = g_array_new (FALSE, FALSE, sizeof (gsize));
  reader->fields = g_ptr_array_new ();
  reset_record (reader);

  return reader;
}

void
payday_csv_reader_free (PaydayCsvReader *reader)
{
  if (reader == NULL)
    return;

  g_string_free (reader->text, TRUE);
  g_array_unref (reader->starts);
  g_ptr_array_unref (reader->fields);
  g_free (reader);
}

static void
end_field (PaydayCsvReader *reader)
{
  gsize next;

  g_string_append_c (reader->text, '\0');
  next = reader->text->len;
  g_array_append_val (reader->starts, next);
}

static void
reset_record (PaydayCsvReader *reader)
{
  gsize zero = 0;

  g_string_truncate (reader->text, 0);
  g_array_set_size (reader->starts, 0);
  g_array_append_val (reader->starts, zero);
  reader->row_bytes = 0;
  reader->quoted_field = FALSE;
  reader->state = FIELD_START;
}

static gboolean
end_record (PaydayCsvReader  *reader,
            GError          **error)
{
  guint n_fields;
  gboolean blank;
  PaydayCsvRow row;

  end_field (reader);
  n_fields = reader->starts->len - 1;
  blank = n_fields == 1 && reader->text->len == 1 && !reader->quoted_field;

  if (!blank)
    {
      if (reader->row > reader->limits.max_rows)
        {
          g_set_error (error, PAYDAY_ERROR, PAYDAY_ERROR_TOO_LARGE,
                       "row %u: more than %u rows", reader->row, reader->limits.max_rows);
          return FALSE;
        }

      g_ptr_array_set_size (reader->fields, 0);
      for (guint i = 0; i < n_fields; i++)
        {
          gsize start = g_array_index (reader->starts, gsize, i);
          gsize end = g_array_index (reader->starts, gsize, i + 1) - 1;
          const char *field = reader->text->str + start;

          if (!g_utf8_validate_len (field, end - start, NULL))
            {
              const guchar *b = reader->first_bytes;
              gboolean utf16 = reader->row == 1 &&
                               ((b[0] == 0xFF && b[1] == 0xFE) || (b[0] == 0xFE && b[1] == 0xFF));

              g_set_error (error, PAYDAY_ERROR, PAYDAY_ERROR_SYNTAX,
                           "row %u, field %u: not UTF-8 text%s", reader->row, i + 1,
                           utf16 ? " (the file is UTF-16: save it as UTF-8)" : "");
              return FALSE;
            }
          g_ptr_array_add (reader->fields, (gpointer) field);
        }

      row.row = reader->row;
      row.n_fields = n_fields;
      row.fields = (const char **) reader->fields->pdata;
      if (!reader->func (&row, reader->user_data, error))
        return FALSE;
    }

  reader->row++;
  reset_record (reader);
  return TRUE;
}

static gboolean
take_byte (PaydayCsvReader  *reader,
           guchar            c,
           GError          **error)
{
  if (reader->after_cr)
    {
      reader->after_cr = FALSE;
      if (c == '\n')
        return TRUE;
    }

  if (++reader->row_bytes > reader->limits.max_row_bytes)
    {
      g_set_error (error, PAYDAY_ERROR, PAYDAY_ERROR_TOO_LARGE,
                   "row %u: longer than %" G_GSIZE_FORMAT " bytes", reader->row,
                   reader->limits.max_row_bytes);
      return FALSE;
    }

  switch (reader->state)
    {
    case FIELD_START:
      if (c == '"')
        {
          reader->state = QUOTED;
          reader->quoted_field = TRUE;
          reader->quote_row = reader->row;
          return TRUE;
        }
      reader->state = UNQUOTED;
      G_GNUC_FALLTHROUGH;

    case UNQUOTED:
      if (c == ',')
        {
          end_field (reader);
          reader->state = FIELD_START;
        }
      else if (c == '\n' || c == '\r')
        {
          reader->after_cr = c == '\r';
          return end_record (reader, error);
        }
      else
        g_string_append_c (reader->text, (char) c);
      return TRUE;

    case QUOTED:
      if (c == '"')
        reader->state = QUOTE_IN_QUOTED;
      else
        g_string_append_c (reader->text, (char) c);
      return TRUE;

    case QUOTE_IN_QUOTED:
      if (c == '"')
        {
          g_string_append_c (reader->text, '"');
          reader->state = QUOTED;
        }
      else if (c == ',')
        {
          end_field (reader);
          reader->state = FIELD_START;
        }
      else if (c == '\n' || c == '\r')
        {
          reader->after_cr = c == '\r';
          return end_record (reader, error);
        }
      else
        {
          g_set_error (error, PAYDAY_ERROR, PAYDAY_ERROR_SYNTAX,
                       "row %u, field %u: text after the closing quote", reader->row,
                       reader->starts->len);
          return FALSE;
        }
      return TRUE;

    default:
      g_assert_not_reached ();
    }
}

/**
 * payday_csv_reader_feed:
 * @data: (array length=length): the next bytes of the file
 *
 * Reads @data, calling the row function for each record it completes.
 *
 * Returns: %FALSE with @error set (a #PAYDAY_ERROR whose message starts with the row) when
 *   the input breaks a bound or the format, or the row function failed
 */
gboolean
payday_csv_reader_feed (PaydayCsvReader  *reader,
                        const char       *data,
                        gsize             length,
                        GError          **error)
{
  g_return_val_if_fail (reader != NULL, FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);

  if (length > reader->limits.max_bytes - MIN (reader->total_bytes, reader->limits.max_bytes))
    {
      g_set_error (error, PAYDAY_ERROR, PAYDAY_ERROR_TOO_LARGE,
                   "the file is larger than %" G_GSIZE_FORMAT " bytes", reader->limits.max_bytes);
      return FALSE;
    }

  for (gsize i = 0; i < length; i++)
    {
      guchar c = (guchar) data[i];

      if (reader->total_bytes < 2)
        reader->first_bytes[reader->total_bytes] = c;
      reader->total_bytes++;

      /* the byte-order mark, and only at the very start */
      if (reader->bom_matched < 3)
        {
          if (c == bom[reader->bom_matched])
            {
              reader->bom_matched++;
              continue;
            }
          for (guint k = 0; k < reader->bom_matched; k++)
            if (!take_byte (reader, bom[k], error))
              return FALSE;
          reader->bom_matched = 3;
        }

      if (!take_byte (reader, c, error))
        return FALSE;
    }

  return TRUE;
}

/**
 * payday_csv_reader_finish:
 *
 * Ends the input: the last record counts without a final line break.
 *
 * Returns: %FALSE with @error set when a quoted field is never closed, or as
 *   payday_csv_reader_feed()
 */
gboolean
payday_csv_reader_finish (PaydayCsvReader  *reader,
                          GError          **error)
{
  g_return_val_if_fail (reader != NULL, FALSE);

  /* a file of nothing but part of a BOM: those bytes are text */
  if (reader->bom_matched < 3)
    {
      for (guint k = 0; k < reader->bom_matched; k++)
        if (!take_byte (reader, bom[k], error))
          return FALSE;
      reader->bom_matched = 3;
    }

  if (reader->state == QUOTED)
    {
      g_set_error (error, PAYDAY_ERROR, PAYDAY_ERROR_SYNTAX,
                   "row %u: a quoted field that starts here is never closed",
                   reader->quote_row);
      return FALSE;
    }

  if (reader->state != FIELD_START || reader->starts->len > 1)
    return end_record (reader, error);

  return TRUE;
}

/**
 * payday_csv_read_stream:
 * @stream: the file's contents
 * @limits: the bounds to enforce
 * @func: (scope call): called once per record
 * @user_data: passed to @func
 * @cancellable: (nullable): a #GCancellable
 *
 * Reads @stream to its end in 64 KiB chunks with a #PaydayCsvReader.
 *
 * Returns: %TRUE when every record was read and accepted by @func
 */
gboolean
payday_csv_read_stream (GInputStream          *stream,
                        const PaydayCsvLimits *limits,
                        PaydayCsvRowFunc       func,
                        gpointer               user_data,
                        GCancellable          *cancellable,
                        GError               **error)
{
  g_autoptr(PaydayCsvReader) reader = NULL;
  g_autofree char *buffer = g_malloc (64 * 1024);

  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), FALSE);

  reader = payday_csv_reader_new (limits, func, user_data);
  for (;;)
    {
      gssize n = g_input_stream_read (stream, buffer, 64 * 1024, cancellable, error);

      if (n < 0)
        return FALSE;
      if (n == 0)
        break;
      if (!payday_csv_reader_feed (reader, buffer, (gsize) n, error))
        return FALSE;
    }

  return payday_csv_reader_finish (reader, error);
}
