/* payday-export-writer.h — replace a file atomically, written in pieces
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct _PaydayExportWriter PaydayExportWriter;

PaydayExportWriter *payday_export_writer_open      (const char          *path,
                                                    GError             **error);
gboolean            payday_export_writer_write     (PaydayExportWriter  *writer,
                                                    const char          *data,
                                                    gsize                length,
                                                    GError             **error);
gboolean            payday_export_writer_commit    (PaydayExportWriter  *writer,
                                                    GError             **error);
void                payday_export_writer_abort     (PaydayExportWriter  *writer);

gboolean            payday_export_write_atomically (const char          *path,
                                                    const char          *data,
                                                    gsize                length,
                                                    GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PaydayExportWriter, payday_export_writer_abort)

G_END_DECLS
