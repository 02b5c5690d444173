/* payday-chart-private.h — the chart's per-pixel columns, for tests and benchmarks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "payday-chart.h"

G_BEGIN_DECLS

/* One non-empty pixel column of a series after reduction: what the drawing uses instead of
 * the points. Values are in the series' units (cents), x positions in pixels. */
typedef struct
{
  guint  column;                        /* 0 … plot width − 1; the edge points may lie outside */
  gsize  first_index;
  gsize  last_index;
  double x_first, x_last;               /* pixel x of the first and last point */
  double first, last, min, max;         /* y values */
  double band_low, band_high;           /* NAN without a band */
} PaydayChartColumn;

const PaydayChartColumn *payday_chart_get_columns     (PaydayChart *self,
                                                       guint        series,
                                                       guint       *n_columns);
void                     payday_chart_get_plot_area   (PaydayChart *self,
                                                       double      *x,
                                                       double      *y,
                                                       double      *width,
                                                       double      *height);
void                     payday_chart_get_y_range     (PaydayChart *self,
                                                       double      *min,
                                                       double      *max);

G_END_DECLS
