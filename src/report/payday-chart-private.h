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

/* Internals shared by payday-chart.c (model, reduction, interaction), payday-chart-draw.c
 * (layers, files) and payday-chart-timeline.c (lanes). */

#define LEGEND_HEIGHT  28.0
#define AXIS_HEIGHT    24.0
#define LANE_HEIGHT    24.0
#define BAR_HEIGHT     12.0
#define ROW_HEIGHT     13.0             /* a packed sub-row when a lane's items overlap */
#define ROW_BAR        9.0
#define PAD            10.0
#define LANE_GAP       10.0
#define MIN_VISIBLE    3.0              /* days: the deepest zoom */

typedef struct
{
  guint   n_levels;
  gsize  *len;                          /* per level */
  double **data;                        /* level 0 borrows the series array */
} Pyramid;

typedef struct
{
  char                  *label;
  char                  *band_label;
  PaydayChartSeriesStyle style;
  double                *x;
  double                *y;
  double                *low;
  double                *high;
  gsize                  n;
  Pyramid                y_min;
  Pyramid                y_max;
  Pyramid                low_min;
  Pyramid                high_max;
  GArray                *columns;       /* PaydayChartColumn, the reduced cache */
  gboolean               columns_valid;
} Series;

typedef struct
{
  double x, y, width, height;
} Rect;

struct _PaydayChart
{
  GObject             parent_instance;

  PaydayChartPalette  palette;
  char               *font;
  char               *title;
  char               *value_unit;       /* NULL: values are cents; else a count of this unit */

  PaydayDate          from;
  PaydayDate          to;
  double              view_from;
  double              view_to;
  PaydayDate          today;

  GPtrArray          *series;           /* Series* */
  GPtrArray          *lanes;            /* char* labels */
  GArray             *spans;            /* PaydayChartSpan */
  GArray             *span_rows;        /* guint per span: its sub-row in the lane */
  GArray             *lane_rows;        /* guint per lane: how many sub-rows */
  GArray             *lane_top;         /* double per lane + 1: y of each lane, last = bottom */
  gboolean            rows_valid;
  guint               n_visible_lanes;

  PaydayChartHit      hover;

  /* the layout of the last draw; hit tests, zoom and pan use it */
  int                 width;
  int                 height;
  Rect                plot;
  Rect                timeline;
  double              y_min;
  double              y_max;
  double              y_tick;
  gboolean            y_valid;

  /* the view the column caches were reduced for */
  double              cache_from;
  double              cache_to;
  double              cache_x;
  double              cache_width;
};

void     payday_chart_invalidate_columns (PaydayChart           *self);
void     payday_chart_ensure_columns     (PaydayChart           *self);
double   payday_chart_value_to_y         (PaydayChart           *self,
                                          double                 value);
void     payday_chart_pack_rows          (PaydayChart           *self);
double   payday_chart_lane_height        (PaydayChart           *self,
                                          guint                  lane);
void     payday_chart_span_extent        (const PaydayChartSpan *span,
                                          double                *start,
                                          double                *end);
void     payday_chart_bar_geometry       (PaydayChart           *self,
                                          gsize                  span_index,
                                          double                *y,
                                          double                *h);

char    *payday_chart_format_value (PaydayChart *self,
                                    double       value);

G_END_DECLS
