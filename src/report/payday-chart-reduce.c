/* payday-chart-reduce.c — min/max pyramids and the per-pixel reduction of the chart's series
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "payday-chart-private.h"

/* ---------------------------------------------------------------------------------------- */
/* min/max pyramids */

static void
pyramid_clear (Pyramid *p)
{
  for (guint l = 1; l < p->n_levels; l++)
    g_free (p->data[l]);
  g_clear_pointer (&p->data, g_free);
  g_clear_pointer (&p->len, g_free);
  p->n_levels = 0;
}

void
payday_chart_pyramid_build (Pyramid      *p,
                            const double *values,
                            gsize         n,
                            gboolean      is_max)
{
  guint levels = 1;

  pyramid_clear (p);
  if (values == NULL || n == 0)
    return;

  for (gsize m = n; m > 1; m = (m + 1) / 2)
    levels++;

  p->n_levels = levels;
  p->len = g_new (gsize, levels);
  p->data = g_new (double *, levels);
  p->len[0] = n;
  p->data[0] = (double *) values;

  for (guint l = 1; l < levels; l++)
    {
      const double *below = p->data[l - 1];
      gsize below_len = p->len[l - 1];
      gsize len = (below_len + 1) / 2;
      double *level = g_new (double, len);

      for (gsize i = 0; i < len; i++)
        {
          double a = below[2 * i];
          double b = 2 * i + 1 < below_len ? below[2 * i + 1] : a;

          level[i] = is_max ? MAX (a, b) : MIN (a, b);
        }

      p->len[l] = len;
      p->data[l] = level;
    }
}

/* The extreme of [lo, hi) in O(log n): a bottom-up walk of the pyramid. */
static double
pyramid_query (const Pyramid *p,
               gsize          lo,
               gsize          hi,
               gboolean       is_max)
{
  double r = is_max ? -INFINITY : INFINITY;

  for (guint l = 0; lo < hi && l < p->n_levels; l++)
    {
      const double *d = p->data[l];

      if (lo & 1)
        {
          r = is_max ? MAX (r, d[lo]) : MIN (r, d[lo]);
          lo++;
        }
      if (hi & 1)
        {
          hi--;
          r = is_max ? MAX (r, d[hi]) : MIN (r, d[hi]);
        }
      lo >>= 1;
      hi >>= 1;
    }

  return r;
}

/* ---------------------------------------------------------------------------------------- */
/* series */

void
payday_chart_series_free (Series *s)
{
  pyramid_clear (&s->y_min);
  pyramid_clear (&s->y_max);
  pyramid_clear (&s->low_min);
  pyramid_clear (&s->high_max);
  g_free (s->label);
  g_free (s->band_label);
  g_free (s->x);
  g_free (s->y);
  g_free (s->low);
  g_free (s->high);
  g_clear_pointer (&s->columns, g_array_unref);
  g_free (s);
}

/* The first index whose x is >= @value, searching [lo, hi). */
gsize
payday_chart_lower_bound (const double *x,
                          gsize         lo,
                          gsize         hi,
                          double        value)
{
  while (lo < hi)
    {
      gsize mid = lo + (hi - lo) / 2;

      if (x[mid] < value)
        lo = mid + 1;
      else
        hi = mid;
    }

  return lo;
}

static void
series_fill_column (const Series      *s,
                    PaydayChartColumn *col,
                    gsize              lo,
                    gsize              hi,
                    double             view_from,
                    double             scale,
                    double             plot_x)
{
  col->first_index = lo;
  col->last_index = hi - 1;
  col->x_first = plot_x + (s->x[lo] - view_from) * scale;
  col->x_last = plot_x + (s->x[hi - 1] - view_from) * scale;
  col->first = s->y[lo];
  col->last = s->y[hi - 1];
  if (hi - lo == 1)
    {
      col->min = col->max = col->first;
    }
  else
    {
      col->min = pyramid_query (&s->y_min, lo, hi, FALSE);
      col->max = pyramid_query (&s->y_max, lo, hi, TRUE);
    }
  if (s->low != NULL)
    {
      col->band_low = pyramid_query (&s->low_min, lo, hi, FALSE);
      col->band_high = pyramid_query (&s->high_max, lo, hi, TRUE);
    }
  else
    {
      col->band_low = col->band_high = NAN;
    }
}

/* Reduces the visible points to at most one entry per pixel column, plus the nearest point
 * on each side of the window so lines enter and leave the plot instead of stopping short. */
void
payday_chart_series_reduce (Series *s,
                            double  view_from,
                            double  view_to,
                            double  plot_x,
                            double  plot_width)
{
  guint n_cols = (guint) MAX (1.0, ceil (plot_width));
  double scale = plot_width / (view_to - view_from);
  double days_per_col = (view_to - view_from) / n_cols;
  gsize start, end, lo;

  if (s->columns == NULL)
    s->columns = g_array_new (FALSE, FALSE, sizeof (PaydayChartColumn));
  g_array_set_size (s->columns, 0);
  s->columns_valid = TRUE;

  if (s->n == 0)
    return;

  start = payday_chart_lower_bound (s->x, 0, s->n, view_from);
  end = payday_chart_lower_bound (s->x, start, s->n, view_to);

  if (start > 0)
    {
      PaydayChartColumn col;
      gsize prev_lo = payday_chart_lower_bound (s->x, 0, start, s->x[start - 1]);

      /* every point sharing that x, so a step's jump there is kept */
      series_fill_column (s, &col, prev_lo, start, view_from, scale, plot_x);
      col.column = 0;
      g_array_append_val (s->columns, col);
    }

  lo = start;
  for (guint c = 0; c < n_cols && lo < end; c++)
    {
      double col_end = c + 1 == n_cols ? view_to : view_from + (c + 1) * days_per_col;
      gsize hi = payday_chart_lower_bound (s->x, lo, end, col_end);

      if (hi > lo)
        {
          PaydayChartColumn col;

          series_fill_column (s, &col, lo, hi, view_from, scale, plot_x);
          col.column = c;
          g_array_append_val (s->columns, col);
        }
      lo = hi;
    }

  if (end < s->n)
    {
      PaydayChartColumn col;
      gsize next_hi = payday_chart_lower_bound (s->x, end, s->n, s->x[end] + 1e-9);

      series_fill_column (s, &col, end, MAX (next_hi, end + 1), view_from, scale, plot_x);
      col.column = n_cols - 1;
      g_array_append_val (s->columns, col);
    }
}

/* g_set_str() is GLib 2.76 */
