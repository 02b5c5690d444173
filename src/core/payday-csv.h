/* payday-csv.h — a small, bounded, streaming RFC 4180 reader
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Bounds a reader refuses to pass: a file over @max_bytes, a row over @max_row_bytes (all
 * its fields together, quotes and separators included) or more than @max_rows rows. */
typedef struct
{
  gsize max_bytes;
  gsize max_row_bytes;
  guint max_rows;
} PaydayCsvLimits;

/* One record: its fields (NUL-terminated UTF-8) and its number in the file, the first
 * record being row 1 (the number a spreadsheet shows; a field with a line break inside
 * still makes one row). */
typedef struct
{
  guint        row;
  guint        n_fields;
  const char **fields;
} PaydayCsvRow;

/* Called for every record; return %FALSE with @error set to stop the reader. */
typedef gboolean (*PaydayCsvRowFunc) (const PaydayCsvRow  *row,
                                      gpointer             user_data,
                                      GError             **error);

typedef struct _PaydayCsvReader PaydayCsvReader;

PaydayCsvReader *payday_csv_reader_new    (const PaydayCsvLimits *limits,
                                           PaydayCsvRowFunc       func,
                                           gpointer               user_data);
void             payday_csv_reader_free   (PaydayCsvReader       *reader);
gboolean         payday_csv_reader_feed   (PaydayCsvReader       *reader,
                                           const char            *data,
                                           gsize                  length,
                                           GError               **error);
gboolean         payday_csv_reader_finish (PaydayCsvReader       *reader,
                                           GError               **error);
gboolean         payday_csv_read_stream   (GInputStream          *stream,
                                           const PaydayCsvLimits *limits,
                                           PaydayCsvRowFunc       func,
                                           gpointer               user_data,
                                           GCancellable          *cancellable,
                                           GError               **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PaydayCsvReader, payday_csv_reader_free)

G_END_DECLS
