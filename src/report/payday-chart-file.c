/* payday-chart-file.c — write the chart to SVG and PNG files through cairo surfaces
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <cairo-svg.h>
#include <gio/gio.h>

#include "payday-chart-private.h"
#include "payday-report-private.h"

static cairo_status_t
write_stream (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  GOutputStream *stream = closure;

  if (!g_output_stream_write_all (stream, data, length, NULL, NULL, NULL))
    return CAIRO_STATUS_WRITE_ERROR;

  return CAIRO_STATUS_SUCCESS;
}

/* A cairo write function appending to a GByteArray (@closure): files built in memory. */
cairo_status_t
payday_report_append_bytes (void                *closure,
                            const unsigned char *data,
                            unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* Draws the chart at @width × @height as SVG or PNG through @write: the one drawing path
 * of chart files, on disk (payday_chart_write_svg/png) or in memory (the simulator). */
cairo_status_t
payday_chart_render_to_stream (PaydayChart        *self,
                               gboolean            svg,
                               int                 width,
                               int                 height,
                               cairo_write_func_t  write,
                               void               *closure)
{
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  if (svg)
    surface = cairo_svg_surface_create_for_stream (write, closure, width, height);
  else
    surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);

  cr = cairo_create (surface);
  payday_chart_draw (self, cr, width, height);
  status = cairo_status (cr);
  cairo_destroy (cr);

  if (status == CAIRO_STATUS_SUCCESS)
    {
      if (svg)
        {
          cairo_surface_finish (surface);
          status = cairo_surface_status (surface);
        }
      else
        status = cairo_surface_write_to_png_stream (surface, write, closure);
    }
  cairo_surface_destroy (surface);

  return status;
}

/* g_file_replace writes a temporary file and renames it over @path on close, so a reader
 * never sees half a chart and a failure leaves the old file. */
static gboolean
write_file (PaydayChart  *self,
            const char   *path,
            int           width,
            int           height,
            gboolean      svg,
            GError      **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileOutputStream) out = NULL;
  cairo_status_t status;

  out = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, NULL, error);
  if (out == NULL)
    return FALSE;

  status = payday_chart_render_to_stream (self, svg, width, height, write_stream, out);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_autoptr(GCancellable) cancel = g_cancellable_new ();

      /* closing a cancelled replace stream drops the temporary file */
      g_cancellable_cancel (cancel);
      g_output_stream_close (G_OUTPUT_STREAM (out), cancel, NULL);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s: %s",
                   path, cairo_status_to_string (status));
      return FALSE;
    }

  return g_output_stream_close (G_OUTPUT_STREAM (out), NULL, error);
}

/**
 * payday_chart_write_svg:
 * @path: the file to write, replaced atomically
 *
 * Returns: %TRUE on success
 */
gboolean
payday_chart_write_svg (PaydayChart  *self,
                        const char   *path,
                        int           width,
                        int           height,
                        GError      **error)
{
  g_return_val_if_fail (PAYDAY_IS_CHART (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (width > 0 && height > 0, FALSE);

  return write_file (self, path, width, height, TRUE, error);
}

/**
 * payday_chart_write_png:
 * @path: the file to write, replaced atomically
 *
 * Returns: %TRUE on success
 */
gboolean
payday_chart_write_png (PaydayChart  *self,
                        const char   *path,
                        int           width,
                        int           height,
                        GError      **error)
{
  g_return_val_if_fail (PAYDAY_IS_CHART (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (width > 0 && height > 0, FALSE);

  return write_file (self, path, width, height, FALSE, error);
}
