/* payday-plan-file.c — save a plan's text atomically, keeping the previous version as a backup
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "payday-error.h"
#include "payday-plan-private.h"

static gssize fail_after = -1;

/**
 * payday_plan_saver_set_fail_after: (skip)
 * @bytes: bytes to write before failing, or -1
 *
 * For tests only: makes saves fail part-way, as a full disk would.
 */
void
payday_plan_saver_set_fail_after (gssize bytes)
{
  fail_after = bytes;
}

static gboolean
set_errno_error (GError     **error,
                 int          saved_errno,
                 const char  *what,
                 const char  *path)
{
  g_autofree char *display = g_filename_display_name (path);

  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
               "%s “%s”: %s", what, display, g_strerror (saved_errno));
  return FALSE;
}

static gboolean
write_all (int          fd,
           const char  *data,
           gsize        length,
           const char  *tmp_path,
           GError     **error)
{
  gsize written = 0;

  while (written < length)
    {
      gsize chunk = MIN (length - written, 64 * 1024);
      gssize n;

      if (fail_after >= 0 && written + chunk > (gsize) fail_after)
        {
          chunk = (gsize) fail_after > written ? (gsize) fail_after - written : 0;
          if (chunk == 0)
            return set_errno_error (error, ENOSPC, "Could not write", tmp_path);
        }

      n = write (fd, data + written, chunk);
      if (n < 0)
        {
          if (errno == EINTR)
            continue;
          return set_errno_error (error, errno, "Could not write", tmp_path);
        }
      written += (gsize) n;
    }

  return TRUE;
}

/* Keeps the previous version as PATH~: a hard link when the file system allows it (no
 * copy, and the old name is never missing), else a copy. */
static gboolean
make_backup (const char  *path,
             GError     **error)
{
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autoptr(GFile) from = NULL;
  g_autoptr(GFile) to = NULL;

  if (g_unlink (backup) != 0 && errno != ENOENT)
    return set_errno_error (error, errno, "Could not replace the backup", backup);

  if (link (path, backup) == 0)
    return TRUE;

  from = g_file_new_for_path (path);
  to = g_file_new_for_path (backup);

  return g_file_copy (from, to, G_FILE_COPY_OVERWRITE | G_FILE_COPY_NOFOLLOW_SYMLINKS,
                      NULL, NULL, NULL, error);
}

static gboolean
save_local (const char    *data,
            gsize          length,
            const char    *requested_path,
            GCancellable  *cancellable,
            GError       **error)
{
  g_autofree char *path = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *tmp_path = NULL;
  GStatBuf st;
  gboolean exists;
  int fd;

  /* saving through a symbolic link replaces the file it points to, not the link */
  path = g_file_test (requested_path, G_FILE_TEST_IS_SYMLINK)
         ? realpath (requested_path, NULL) : NULL;
  if (path == NULL)
    path = g_strdup (requested_path);

  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  tmp_path = g_strdup_printf ("%s%c.%s.XXXXXX", dir, G_DIR_SEPARATOR, base);

  exists = g_stat (path, &st) == 0;

  fd = g_mkstemp_full (tmp_path, O_WRONLY | O_CLOEXEC, 0666);
  if (fd < 0)
    return set_errno_error (error, errno, "Could not create a file in", dir);

  /* g_mkstemp_full() applied the umask to 0666, as for any new file; a replaced file keeps
   * its permissions */
  if (exists && fchmod (fd, st.st_mode & 07777) != 0)
    g_debug ("Could not keep the permissions of %s: %s", path, g_strerror (errno));

  if (!write_all (fd, data, length, tmp_path, error))
    goto fail;

  if (fsync (fd) != 0)
    {
      set_errno_error (error, errno, "Could not write", tmp_path);
      goto fail;
    }

  if (close (fd) != 0)
    {
      fd = -1;
      set_errno_error (error, errno, "Could not write", tmp_path);
      goto fail;
    }
  fd = -1;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    goto fail;

  if (exists && !make_backup (path, error))
    goto fail;

  if (g_rename (tmp_path, path) != 0)
    {
      set_errno_error (error, errno, "Could not replace", path);
      goto fail;
    }

  /* make the rename itself durable */
  {
    int dir_fd = open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);

    if (dir_fd >= 0)
      {
        (void) fsync (dir_fd);
        close (dir_fd);
      }
  }

  return TRUE;

fail:
  if (fd >= 0)
    close (fd);
  g_unlink (tmp_path);
  return FALSE;
}

/**
 * payday_plan_save_to_file:
 * @plan: a plan
 * @file: where to save it
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Writes the plan to a temporary file in @file's folder, flushes it to disk and renames it
 * over @file; the previous version is kept as "@file~". When anything fails the old file is
 * left as it was and the temporary file is removed. Files without a local path go through
 * g_file_replace_contents(), which gives the same guarantees on its back end.
 *
 * Returns: %TRUE when the plan was saved
 */
gboolean
payday_plan_save_to_file (const PaydayPlan  *plan,
                          GFile             *file,
                          GCancellable      *cancellable,
                          GError           **error)
{
  g_autofree char *data = NULL;
  g_autofree char *path = NULL;
  gsize length = 0;

  g_return_val_if_fail (plan != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  data = payday_plan_to_data (plan, &length);
  path = g_file_get_path (file);

  if (path != NULL)
    return save_local (data, length, path, cancellable, error);

  return g_file_replace_contents (file, data, length, NULL, TRUE, G_FILE_CREATE_NONE, NULL,
                                  cancellable, error);
}
