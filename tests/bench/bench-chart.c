/* bench-chart.c — frame time of the chart for 10k, 100k and 1M points at 1200×600
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "payday-chart.h"

#define WIDTH  1200
#define HEIGHT 600
#define FRAMES 40

/* Draws FRAMES frames, panning a zoomed view by a few pixels between frames so every frame
 * reduces the points again (the cache would otherwise make repeats free), and reports the
 * median frame. The first frame of each size (setup, pyramid) is reported apart. */
static void
bench (gsize n)
{
  g_autoptr(PaydayChart) chart = payday_chart_new ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  g_autofree double *x = g_new (double, n);
  g_autofree double *y = g_new (double, n);
  g_autofree double *lo = g_new (double, n);
  g_autofree double *hi = g_new (double, n);
  double frames[FRAMES];
  PaydayDate from = payday_date_from_ymd (2026, 1, 1);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  double value = 0, t0, add_ms, first_ms = 0, total = 0;
  guint s;

  for (gsize i = 0; i < n; i++)
    {
      x[i] = from + i * (730.0 / n);
      value += g_rand_double_range (rand, -900, 1000);
      y[i] = value;
      lo[i] = value - 5000 - i * (20000.0 / n);
      hi[i] = value + 5000 + i * (30000.0 / n);
    }

  t0 = g_get_monotonic_time ();
  payday_chart_set_range (chart, from, from + 729);
  payday_chart_set_today (chart, from + 60);
  s = payday_chart_add_series (chart, "Cash", PAYDAY_CHART_SERIES_STEP, x, y, n);
  payday_chart_series_set_band (chart, s, "P10–P90", lo, hi);
  add_ms = (g_get_monotonic_time () - t0) / 1000.0;

  for (int f = -1; f < FRAMES; f++)
    {
      cairo_t *cr = cairo_create (surface);
      double ms;

      t0 = g_get_monotonic_time ();
      payday_chart_draw (chart, cr, WIDTH, HEIGHT);
      cairo_surface_flush (surface);
      ms = (g_get_monotonic_time () - t0) / 1000.0;
      cairo_destroy (cr);

      if (f < 0)
        {
          first_ms = ms;
          payday_chart_zoom (chart, 1.5, WIDTH / 2.0);
          continue;
        }

      frames[f] = ms;
      total += ms;
      payday_chart_pan (chart, (f % 2 ? -1 : 1) * 7.0);
    }

  {
    /* median */
    for (int i = 1; i < FRAMES; i++)
      for (int j = i; j > 0 && frames[j - 1] > frames[j]; j--)
        {
          double t = frames[j];

          frames[j] = frames[j - 1];
          frames[j - 1] = t;
        }
  }

  g_print ("%8" G_GSIZE_FORMAT " points: add %7.2f ms, first frame %6.2f ms, "
           "frame median %5.2f ms (min %5.2f, max %5.2f, mean %5.2f) over %d frames\n",
           n, add_ms, first_ms, frames[FRAMES / 2], frames[0], frames[FRAMES - 1],
           total / FRAMES, FRAMES);

  cairo_surface_destroy (surface);
}

int
main (int   argc,
      char *argv[])
{
  bench (10000);
  bench (100000);
  bench (1000000);

  return 0;
}
