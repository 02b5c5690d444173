/* payday-export-writer.c — replace a file atomically, written in pieces
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "payday-export-writer.h"

/* A temporary file beside the target: the rename at the end replaces the target in one step
 * only within one file system. */
struct _PaydayExportWriter
{
  char *path;
  char *tmp;
  int   fd;
};

static void
set_error_from_errno (GError **error,
                      int      saved_errno)
{
  g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                       g_strerror (saved_errno));
}

static void
writer_free (PaydayExportWriter *writer)
{
  g_free (writer->path);
  g_free (writer->tmp);
  g_free (writer);
}

/**
 * payday_export_writer_open:
 * @path: the file to create or replace
 * @error: where a failure is reported, with the system's reason
 *
 * Creates a temporary file beside @path for payday_export_writer_write() to fill; @path
 * itself is not touched until payday_export_writer_commit(). The file gets the usual 0666
 * minus umask permissions.
 *
 * Returns: (transfer full) (nullable): the writer; end it with
 *   payday_export_writer_commit() or payday_export_writer_abort()
 */
PaydayExportWriter *
payday_export_writer_open (const char  *path,
                           GError     **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  PaydayExportWriter *writer;

  g_return_val_if_fail (path != NULL, NULL);

  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);

  writer = g_new0 (PaydayExportWriter, 1);
  writer->path = g_strdup (path);
  writer->tmp = g_strdup_printf ("%s%c.%s.XXXXXX", dir, G_DIR_SEPARATOR, base);
  writer->fd = g_mkstemp_full (writer->tmp, O_WRONLY | O_CLOEXEC, 0666);
  if (writer->fd < 0)
    {
      set_error_from_errno (error, errno);
      writer_free (writer);
      return NULL;
    }

  return writer;
}

/**
 * payday_export_writer_write:
 * @writer: an open writer
 * @data: the next bytes
 * @length: their count
 * @error: where a failure is reported, with the system's reason
 *
 * Appends @data to the temporary file. After a failure the caller aborts the writer.
 *
 * Returns: %TRUE when all of @data was written
 */
gboolean
payday_export_writer_write (PaydayExportWriter  *writer,
                            const char          *data,
                            gsize                length,
                            GError             **error)
{
  gsize done = 0;

  g_return_val_if_fail (writer != NULL && writer->fd >= 0, FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);

  while (done < length)
    {
      gssize n = write (writer->fd, data + done, length - done);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          set_error_from_errno (error, errno);
          return FALSE;
        }
      done += (gsize) n;
    }

  return TRUE;
}

/**
 * payday_export_writer_commit:
 * @writer: (transfer full): an open writer
 * @error: where a failure is reported, with the system's reason
 *
 * Flushes the temporary file to disk and renames it over the target, so the target holds
 * either its old content or everything written, never a part. On failure the temporary
 * file is removed and the target is left as it was. Frees @writer either way.
 *
 * Returns: %TRUE when the target was replaced
 */
gboolean
payday_export_writer_commit (PaydayExportWriter  *writer,
                             GError             **error)
{
  int fd;

  g_return_val_if_fail (writer != NULL && writer->fd >= 0, FALSE);

  fd = writer->fd;
  writer->fd = -1;

  if (fsync (fd) != 0)
    {
      int saved_errno = errno;

      close (fd);
      errno = saved_errno;
      goto fail;
    }
  if (close (fd) != 0 || g_rename (writer->tmp, writer->path) != 0)
    goto fail;

  writer_free (writer);
  return TRUE;

fail:
  set_error_from_errno (error, errno);
  g_unlink (writer->tmp);
  writer_free (writer);
  return FALSE;
}

/**
 * payday_export_writer_abort:
 * @writer: (transfer full): an open writer
 *
 * Closes and removes the temporary file; the target is left as it was. Frees @writer.
 * g_autoptr() aborts a writer that was not committed.
 */
void
payday_export_writer_abort (PaydayExportWriter *writer)
{
  g_return_if_fail (writer != NULL);

  if (writer->fd >= 0)
    close (writer->fd);
  g_unlink (writer->tmp);
  writer_free (writer);
}

/**
 * payday_export_write_atomically:
 * @path: the file to create or replace
 * @data: the bytes
 * @length: their count
 * @error: where a failure is reported, with the system's reason
 *
 * Writes a temporary file beside @path, flushes it to disk and renames it over @path, so
 * @path holds either its old content or all of @data, never a part. The file gets the
 * usual 0666 minus umask permissions.
 */
gboolean
payday_export_write_atomically (const char  *path,
                                const char  *data,
                                gsize        length,
                                GError     **error)
{
  g_autoptr(PaydayExportWriter) writer = NULL;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);

  writer = payday_export_writer_open (path, error);
  if (writer == NULL || !payday_export_writer_write (writer, data, length, error))
    return FALSE;

  return payday_export_writer_commit (g_steal_pointer (&writer), error);
}
