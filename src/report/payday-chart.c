/* payday-chart.c — a date/money chart model drawn with cairo for screen and files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include <cairo-svg.h>
#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "payday-chart-private.h"
#include "payday-plan.h"

/* The chart follows Sysprof's shape: series hold the caller's points; each series keeps a
 * min/max pyramid (built once per data change) from which the per-pixel columns are reduced
 * for the visible window and plot width (cached until data, view or size change); layers
 * (grid, band, lines, timeline lanes, markers, axes, legend) draw from those columns. So a
 * million points cost a pyramid walk per pixel column, not a million cairo operations. */

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

G_DEFINE_FINAL_TYPE (PaydayChart, payday_chart, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

/* ---------------------------------------------------------------------------------------- */
/* palette */

static PaydayChartColor
rgb (guint32 hex,
     double  alpha)
{
  PaydayChartColor c = {
    ((hex >> 16) & 0xff) / 255.0, ((hex >> 8) & 0xff) / 255.0, (hex & 0xff) / 255.0, alpha
  };

  return c;
}

/**
 * payday_chart_palette_init:
 * @palette: (out): the palette to fill
 * @dark: %TRUE for the dark variant
 *
 * Fills the GNOME (Adwaita) colours, as in libadwaita's named palette.
 */
void
payday_chart_palette_init (PaydayChartPalette *palette,
                           gboolean            dark)
{
  g_return_if_fail (palette != NULL);

  if (!dark)
    {
      palette->background = rgb (0xffffff, 1.0);
      palette->foreground = rgb (0x000000, 0.80);
      palette->dim = rgb (0x000000, 0.55);
      palette->grid = rgb (0x000000, 0.08);
      palette->accent = rgb (0x1c71d8, 1.0);
      palette->today = rgb (0xe01b24, 1.0);
      palette->work = rgb (0x3584e4, 1.0);
      palette->review = rgb (0xf5c211, 1.0);
      palette->hold = rgb (0x9141ac, 1.0);
      palette->available = rgb (0x2ec27e, 1.0);
      palette->danger = rgb (0xc01c28, 1.0);
      palette->series[0] = rgb (0x26a269, 1.0);
      palette->series[1] = rgb (0x1c71d8, 1.0);
      palette->series[2] = rgb (0xe66100, 1.0);
      palette->series[3] = rgb (0x813d9c, 1.0);
      palette->series[4] = rgb (0x986a44, 1.0);
      palette->series[5] = rgb (0x5e5c64, 1.0);
    }
  else
    {
      palette->background = rgb (0x1e1e1e, 1.0);
      palette->foreground = rgb (0xffffff, 0.87);
      palette->dim = rgb (0xffffff, 0.55);
      palette->grid = rgb (0xffffff, 0.09);
      palette->accent = rgb (0x78aeed, 1.0);
      palette->today = rgb (0xff7b63, 1.0);
      palette->work = rgb (0x62a0ea, 1.0);
      palette->review = rgb (0xf8e45c, 1.0);
      palette->hold = rgb (0xc061cb, 1.0);
      palette->available = rgb (0x57e389, 1.0);
      palette->danger = rgb (0xff7b63, 1.0);
      palette->series[0] = rgb (0x57e389, 1.0);
      palette->series[1] = rgb (0x62a0ea, 1.0);
      palette->series[2] = rgb (0xffa348, 1.0);
      palette->series[3] = rgb (0xdc8add, 1.0);
      palette->series[4] = rgb (0xcdab8f, 1.0);
      palette->series[5] = rgb (0xc0bfbc, 1.0);
    }
}

static void
set_color (cairo_t                *cr,
           const PaydayChartColor *c,
           double                  alpha)
{
  cairo_set_source_rgba (cr, c->red, c->green, c->blue, c->alpha * alpha);
}

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

static void
pyramid_build (Pyramid      *p,
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

static void
series_free (Series *s)
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
static gsize
lower_bound (const double *x,
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
static void
series_reduce (Series *s,
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

  start = lower_bound (s->x, 0, s->n, view_from);
  end = lower_bound (s->x, start, s->n, view_to);

  if (start > 0)
    {
      PaydayChartColumn col;
      gsize prev_lo = lower_bound (s->x, 0, start, s->x[start - 1]);

      /* every point sharing that x, so a step's jump there is kept */
      series_fill_column (s, &col, prev_lo, start, view_from, scale, plot_x);
      col.column = 0;
      g_array_append_val (s->columns, col);
    }

  lo = start;
  for (guint c = 0; c < n_cols && lo < end; c++)
    {
      double col_end = c + 1 == n_cols ? view_to : view_from + (c + 1) * days_per_col;
      gsize hi = lower_bound (s->x, lo, end, col_end);

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
      gsize next_hi = lower_bound (s->x, end, s->n, s->x[end] + 1e-9);

      series_fill_column (s, &col, end, MAX (next_hi, end + 1), view_from, scale, plot_x);
      col.column = n_cols - 1;
      g_array_append_val (s->columns, col);
    }
}

/* g_set_str() is GLib 2.76 */
static gboolean
set_str (char       **dest,
         const char  *value)
{
  if (g_strcmp0 (*dest, value) == 0)
    return FALSE;

  g_free (*dest);
  *dest = g_strdup (value);
  return TRUE;
}

/* ---------------------------------------------------------------------------------------- */
/* GObject */

static void
payday_chart_finalize (GObject *object)
{
  PaydayChart *self = (PaydayChart *) object;

  g_clear_pointer (&self->series, g_ptr_array_unref);
  g_clear_pointer (&self->lanes, g_ptr_array_unref);
  g_clear_pointer (&self->spans, g_array_unref);
  g_clear_pointer (&self->span_rows, g_array_unref);
  g_clear_pointer (&self->lane_rows, g_array_unref);
  g_clear_pointer (&self->lane_top, g_array_unref);
  g_clear_pointer (&self->font, g_free);
  g_clear_pointer (&self->title, g_free);

  G_OBJECT_CLASS (payday_chart_parent_class)->finalize (object);
}

static void
payday_chart_class_init (PaydayChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = payday_chart_finalize;

  /**
   * PaydayChart::changed:
   *
   * Emitted when anything that changes the drawing changes: data, palette, view.
   */
  signals [CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
payday_chart_init (PaydayChart *self)
{
  payday_chart_palette_init (&self->palette, FALSE);
  self->font = g_strdup ("Cantarell, Sans 9");
  self->series = g_ptr_array_new_with_free_func ((GDestroyNotify) series_free);
  self->lanes = g_ptr_array_new_with_free_func (g_free);
  self->spans = g_array_new (FALSE, FALSE, sizeof (PaydayChartSpan));
  self->span_rows = g_array_new (FALSE, TRUE, sizeof (guint));
  self->lane_rows = g_array_new (FALSE, TRUE, sizeof (guint));
  self->lane_top = g_array_new (FALSE, TRUE, sizeof (double));
  self->from = payday_date_today_utc ();
  self->to = self->from + 30;
  self->view_from = self->from;
  self->view_to = self->to;
  self->today = PAYDAY_DATE_NONE;
  self->cache_width = -1;
}

PaydayChart *
payday_chart_new (void)
{
  return g_object_new (PAYDAY_TYPE_CHART, NULL);
}

static void
invalidate_columns (PaydayChart *self)
{
  for (guint i = 0; i < self->series->len; i++)
    ((Series *) g_ptr_array_index (self->series, i))->columns_valid = FALSE;
  self->y_valid = FALSE;
}

static void
changed (PaydayChart *self)
{
  g_signal_emit (self, signals [CHANGED], 0);
}

void
payday_chart_set_palette (PaydayChart              *self,
                          const PaydayChartPalette *palette)
{
  g_return_if_fail (PAYDAY_IS_CHART (self));
  g_return_if_fail (palette != NULL);

  if (memcmp (&self->palette, palette, sizeof *palette) == 0)
    return;

  self->palette = *palette;
  changed (self);
}

const PaydayChartPalette *
payday_chart_get_palette (PaydayChart *self)
{
  g_return_val_if_fail (PAYDAY_IS_CHART (self), NULL);

  return &self->palette;
}

/**
 * payday_chart_set_font:
 * @font: a Pango font description such as "Cantarell 10"
 */
void
payday_chart_set_font (PaydayChart *self,
                       const char  *font)
{
  g_return_if_fail (PAYDAY_IS_CHART (self));
  g_return_if_fail (font != NULL);

  if (set_str (&self->font, font))
    changed (self);
}

void
payday_chart_set_title (PaydayChart *self,
                        const char  *title)
{
  g_return_if_fail (PAYDAY_IS_CHART (self));

  if (set_str (&self->title, title))
    changed (self);
}

/**
 * payday_chart_set_range:
 * @from: the first day shown
 * @to: the last day shown (inclusive)
 *
 * Sets the full x range and resets the view to it.
 */
void
payday_chart_set_range (PaydayChart *self,
                        PaydayDate   from,
                        PaydayDate   to)
{
  g_return_if_fail (PAYDAY_IS_CHART (self));
  g_return_if_fail (payday_date_is_set (from) && payday_date_is_set (to));

  if (to < from)
    {
      PaydayDate t = to;

      to = from;
      from = t;
    }

  self->from = from;
  self->to = to;
  self->view_from = from;
  self->view_to = (double) to + 1;
  invalidate_columns (self);
  changed (self);
}

void
payday_chart_get_range (PaydayChart *self,
                        PaydayDate  *from,
                        PaydayDate  *to)
{
  g_return_if_fail (PAYDAY_IS_CHART (self));

  if (from)
    *from = self->from;
  if (to)
    *to = self->to;
}

/**
 * payday_chart_get_visible:
 * @from: (out): the day at the plot's left edge (fractional)
 * @to: (out): the day at its right edge; the full view is [from, to + 1)
 */
void
payday_chart_get_visible (PaydayChart *self,
                          double      *from,
                          double      *to)
{
  g_return_if_fail (PAYDAY_IS_CHART (self));

  if (from)
    *from = self->view_from;
  if (to)
    *to = self->view_to;
}

static void
set_view (PaydayChart *self,
          double       from,
          double       to)
{
  double full_from = self->from;
  double full_to = (double) self->to + 1;
  double span = to - from;

  span = CLAMP (span, MIN (MIN_VISIBLE, full_to - full_from), full_to - full_from);
  if (from < full_from)
    from = full_from;
  if (from + span > full_to)
    from = full_to - span;

  if (from == self->view_from && from + span == self->view_to)
    return;

  self->view_from = from;
  self->view_to = from + span;
  invalidate_columns (self);
  changed (self);
}

void
payday_chart_set_visible (PaydayChart *self,
                          double       from,
                          double       to)
{
  g_return_if_fail (PAYDAY_IS_CHART (self));
  g_return_if_fail (to > from);

  set_view (self, from, to);
}

void
payday_chart_set_today (PaydayChart *self,
                        PaydayDate   today)
{
  g_return_if_fail (PAYDAY_IS_CHART (self));

  if (self->today == today)
    return;

  self->today = today;
  changed (self);
}

/**
 * payday_chart_clear:
 *
 * Drops every series, lane and span; keeps the range, palette and view.
 */
void
payday_chart_clear (PaydayChart *self)
{
  g_return_if_fail (PAYDAY_IS_CHART (self));

  g_ptr_array_set_size (self->series, 0);
  g_ptr_array_set_size (self->lanes, 0);
  g_array_set_size (self->spans, 0);
  self->rows_valid = FALSE;
  self->hover.kind = PAYDAY_CHART_HIT_NONE;
  invalidate_columns (self);
  changed (self);
}

/**
 * payday_chart_add_series:
 * @label: the legend text
 * @style: line or step
 * @x: (array length=n_points): days since 1970-01-01, sorted ascending (fractions allowed)
 * @y: (array length=n_points): values in cents (doubles for drawing only)
 *
 * Copies the points.
 *
 * Returns: the series index
 */
guint
payday_chart_add_series (PaydayChart            *self,
                         const char             *label,
                         PaydayChartSeriesStyle  style,
                         const double           *x,
                         const double           *y,
                         gsize                   n_points)
{
  Series *s;

  g_return_val_if_fail (PAYDAY_IS_CHART (self), 0);
  g_return_val_if_fail (n_points == 0 || (x != NULL && y != NULL), 0);

  s = g_new0 (Series, 1);
  s->label = g_strdup (label ? label : "");
  s->style = style;
  s->n = n_points;
  s->x = g_memdup2 (x, n_points * sizeof (double));
  s->y = g_memdup2 (y, n_points * sizeof (double));
  pyramid_build (&s->y_min, s->y, n_points, FALSE);
  pyramid_build (&s->y_max, s->y, n_points, TRUE);

#ifndef G_DISABLE_CHECKS
  for (gsize i = 1; i < n_points; i++)
    if G_UNLIKELY (x[i] < x[i - 1])
      {
        g_critical ("%s: x values of series “%s” are not sorted", G_STRFUNC, s->label);
        break;
      }
#endif

  g_ptr_array_add (self->series, s);
  invalidate_columns (self);
  changed (self);

  return self->series->len - 1;
}

/**
 * payday_chart_series_set_band:
 * @label: the legend text of the band, such as "P10–P90"
 * @low: (array): one value per point of the series
 * @high: (array): one value per point
 *
 * Adds a shaded band behind the series (the Monte Carlo percentiles).
 */
void
payday_chart_series_set_band (PaydayChart  *self,
                              guint         series,
                              const char   *label,
                              const double *low,
                              const double *high)
{
  Series *s;

  g_return_if_fail (PAYDAY_IS_CHART (self));
  g_return_if_fail (series < self->series->len);
  g_return_if_fail ((low == NULL) == (high == NULL));

  s = g_ptr_array_index (self->series, series);
  g_clear_pointer (&s->low, g_free);
  g_clear_pointer (&s->high, g_free);
  set_str (&s->band_label, label);
  if (low != NULL && s->n > 0)
    {
      s->low = g_memdup2 (low, s->n * sizeof (double));
      s->high = g_memdup2 (high, s->n * sizeof (double));
    }
  pyramid_build (&s->low_min, s->low, s->low ? s->n : 0, FALSE);
  pyramid_build (&s->high_max, s->high, s->high ? s->n : 0, TRUE);

  invalidate_columns (self);
  changed (self);
}

guint
payday_chart_get_n_series (PaydayChart *self)
{
  g_return_val_if_fail (PAYDAY_IS_CHART (self), 0);

  return self->series->len;
}

/**
 * payday_chart_add_lane:
 * @label: the lane's name, drawn at its left
 *
 * Returns: the lane index for #PaydayChartSpan.lane
 */
guint
payday_chart_add_lane (PaydayChart *self,
                       const char  *label)
{
  g_return_val_if_fail (PAYDAY_IS_CHART (self), 0);

  g_ptr_array_add (self->lanes, g_strdup (label ? label : ""));
  self->rows_valid = FALSE;
  changed (self);

  return self->lanes->len - 1;
}

guint
payday_chart_get_n_lanes (PaydayChart *self)
{
  g_return_val_if_fail (PAYDAY_IS_CHART (self), 0);

  return self->lanes->len;
}

/**
 * payday_chart_set_spans:
 * @spans: (array length=n_spans): items on the lanes; copied
 *
 * Replaces the timeline's items. Spans naming a lane that does not exist are ignored.
 */
void
payday_chart_set_spans (PaydayChart           *self,
                        const PaydayChartSpan *spans,
                        gsize                  n_spans)
{
  g_return_if_fail (PAYDAY_IS_CHART (self));
  g_return_if_fail (n_spans == 0 || spans != NULL);

  g_array_set_size (self->spans, 0);
  g_array_append_vals (self->spans, spans, n_spans);
  self->rows_valid = FALSE;
  if (self->hover.kind == PAYDAY_CHART_HIT_SPAN)
    self->hover.kind = PAYDAY_CHART_HIT_NONE;
  changed (self);
}

const PaydayChartSpan *
payday_chart_get_spans (PaydayChart *self,
                        gsize       *n_spans)
{
  g_return_val_if_fail (PAYDAY_IS_CHART (self), NULL);

  if (n_spans)
    *n_spans = self->spans->len;

  return (const PaydayChartSpan *) (gpointer) self->spans->data;
}

static void
set_phase (PaydayChartSpan  *span,
           PaydayChartPhase  phase,
           PaydayDate        start,
           PaydayDate        end)
{
  if (!payday_date_is_set (start) || !payday_date_is_set (end) || end <= start)
    {
      span->start[phase] = PAYDAY_DATE_NONE;
      span->end[phase] = PAYDAY_DATE_NONE;
      return;
    }

  span->start[phase] = start;
  span->end[phase] = end;
}

/**
 * payday_chart_span_from_item:
 * @item: a schedule item
 * @item_index: the item's index in the schedule, kept in the span
 * @span: (out): the span, its lane is the item's contract index
 *
 * The phases, after spec/payment-schedule.md:
 * - hourly week: work Monday–Sunday, review from `charged_on` through `released_on` (the
 *   Monday–Friday review week), security hold until `available_on`;
 * - milestone: work from `funded` (or the submission day when never funded) through
 *   `submitted`, review until `released_on` (the 14-day window, or shorter when approved
 *   early), hold until `available_on`;
 * - bonus: no work or review, a hold from its date until `available_on`.
 */
void
payday_chart_span_from_item (const PaydayItem *item,
                             guint             item_index,
                             PaydayChartSpan  *span)
{
  PaydayDate work_start;

  g_return_if_fail (item != NULL);
  g_return_if_fail (span != NULL);

  memset (span, 0, sizeof *span);
  span->lane = item->contract_index;
  span->item = item_index;
  span->available_on = item->available_on;

  if (item->unfunded)
    span->flags |= PAYDAY_CHART_SPAN_UNFUNDED;
  if (item->unpaid_minutes > 0)
    span->flags |= PAYDAY_CHART_SPAN_DISPUTED;
  if (item->projected)
    span->flags |= PAYDAY_CHART_SPAN_PROJECTED;

  switch (item->kind)
    {
    case PAYDAY_ITEM_HOURLY_WEEK:
      set_phase (span, PAYDAY_CHART_PHASE_WORK, item->period_start, item->period_end + 1);
      set_phase (span, PAYDAY_CHART_PHASE_REVIEW, item->charged_on, item->released_on + 1);
      set_phase (span, PAYDAY_CHART_PHASE_HOLD, item->released_on + 1, item->available_on);
      break;

    case PAYDAY_ITEM_MILESTONE:
      work_start = payday_date_is_set (item->period_start) ? item->period_start
                                                            : item->period_end;
      set_phase (span, PAYDAY_CHART_PHASE_WORK, work_start, item->period_end + 1);
      set_phase (span, PAYDAY_CHART_PHASE_REVIEW, item->period_end + 1, item->released_on + 1);
      set_phase (span, PAYDAY_CHART_PHASE_HOLD, item->released_on + 1, item->available_on);
      if (!item->auto_released)
        span->flags |= PAYDAY_CHART_SPAN_EARLY_APPROVAL;
      break;

    case PAYDAY_ITEM_BONUS:
      set_phase (span, PAYDAY_CHART_PHASE_WORK, PAYDAY_DATE_NONE, PAYDAY_DATE_NONE);
      set_phase (span, PAYDAY_CHART_PHASE_REVIEW, PAYDAY_DATE_NONE, PAYDAY_DATE_NONE);
      set_phase (span, PAYDAY_CHART_PHASE_HOLD, item->released_on, item->available_on);
      break;

    default:
      g_assert_not_reached ();
    }
}

/**
 * payday_chart_timeline_from_schedule:
 * @schedule: a computed schedule
 *
 * Replaces the lanes and spans: one lane per contract of the schedule's plan (in the plan's
 * order, labelled with the contract's title, or its id when untitled), one span per item
 * whose #PaydayChartSpan.item is the item's index in `schedule->items`.
 */
void
payday_chart_timeline_from_schedule (PaydayChart          *self,
                                     const PaydaySchedule *schedule)
{
  g_autoptr(GArray) spans = NULL;
  guint n_contracts;

  g_return_if_fail (PAYDAY_IS_CHART (self));
  g_return_if_fail (schedule != NULL && schedule->plan != NULL);

  g_ptr_array_set_size (self->lanes, 0);
  self->rows_valid = FALSE;
  n_contracts = schedule->plan->contracts->len;
  for (guint i = 0; i < n_contracts; i++)
    {
      const PaydayContract *c = &g_array_index (schedule->plan->contracts, PaydayContract, i);
      const char *label = c->title && c->title[0] ? c->title : c->id;

      g_ptr_array_add (self->lanes, g_strdup (label ? label : ""));
    }

  spans = g_array_sized_new (FALSE, FALSE, sizeof (PaydayChartSpan),
                             schedule->items ? schedule->items->len : 0);
  for (guint i = 0; schedule->items && i < schedule->items->len; i++)
    {
      const PaydayItem *item = &g_array_index (schedule->items, PaydayItem, i);
      PaydayChartSpan span;

      if (item->contract_index >= n_contracts)
        continue;

      payday_chart_span_from_item (item, i, &span);
      g_array_append_val (spans, span);
    }

  payday_chart_set_spans (self, (const PaydayChartSpan *) (gpointer) spans->data, spans->len);
}

/* ---------------------------------------------------------------------------------------- */
/* layout */

static void span_extent (const PaydayChartSpan *span,
                         double                *start,
                         double                *end);

static int
compare_span_start (gconstpointer a,
                    gconstpointer b,
                    gpointer      data)
{
  const PaydayChartSpan *spans = data;
  double sa, ea, sb, eb;

  span_extent (&spans[*(const guint *) a], &sa, &ea);
  span_extent (&spans[*(const guint *) b], &sb, &eb);

  return sa < sb ? -1 : sa > sb ? 1 : (int) *(const guint *) a - (int) *(const guint *) b;
}

/* Items of one contract overlap in time (a week's review and hold run into the next
 * weeks' work), so each lane packs its items into sub-rows, first fit by start day, one
 * clear day between neighbours so the availability dot does not touch the next bar. */
static void
pack_rows (PaydayChart *self)
{
  const PaydayChartSpan *spans = (const PaydayChartSpan *) (gpointer) self->spans->data;
  g_autofree guint *order = NULL;
  g_autoptr(GArray) row_end = g_array_new (FALSE, FALSE, sizeof (double));
  guint n = self->spans->len;

  if (self->rows_valid)
    return;

  g_array_set_size (self->span_rows, n);
  g_array_set_size (self->lane_rows, self->lanes->len);
  for (guint l = 0; l < self->lanes->len; l++)
    g_array_index (self->lane_rows, guint, l) = 1;

  order = g_new (guint, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    order[i] = i;
  g_qsort_with_data (order, n, sizeof (guint), compare_span_start, (gpointer) spans);

  for (guint l = 0; l < self->lanes->len; l++)
    {
      g_array_set_size (row_end, 0);
      for (guint k = 0; k < n; k++)
        {
          const PaydayChartSpan *span = &spans[order[k]];
          double s, e;
          guint row;

          if (span->lane != l)
            continue;
          span_extent (span, &s, &e);
          for (row = 0; row < row_end->len; row++)
            if (g_array_index (row_end, double, row) < s)
              break;
          if (row == row_end->len)
            g_array_append_val (row_end, e);
          else
            g_array_index (row_end, double, row) = e;
          g_array_index (self->span_rows, guint, order[k]) = row;
        }
      g_array_index (self->lane_rows, guint, l) = MAX (1, row_end->len);
    }

  self->rows_valid = TRUE;
}

static double
lane_height (PaydayChart *self,
             guint        lane)
{
  guint rows = g_array_index (self->lane_rows, guint, lane);

  return rows <= 1 ? LANE_HEIGHT : rows * ROW_HEIGHT + 8;
}

double
payday_chart_date_to_x (PaydayChart *self,
                        double       day)
{
  g_return_val_if_fail (PAYDAY_IS_CHART (self), 0);

  return self->plot.x + (day - self->view_from) * self->plot.width /
                        (self->view_to - self->view_from);
}

double
payday_chart_x_to_date (PaydayChart *self,
                        double       x)
{
  g_return_val_if_fail (PAYDAY_IS_CHART (self), 0);

  if (self->plot.width <= 0)
    return self->view_from;

  return self->view_from + (x - self->plot.x) * (self->view_to - self->view_from) /
                           self->plot.width;
}

static double
value_to_y (PaydayChart *self,
            double       value)
{
  return self->plot.y + self->plot.height -
         (value - self->y_min) * self->plot.height / (self->y_max - self->y_min);
}

static double
nice_step (double raw)
{
  double mag = pow (10.0, floor (log10 (raw)));
  double f = raw / mag;

  if (f <= 1.0)
    return mag;
  if (f <= 2.0)
    return 2 * mag;
  if (f <= 2.5)
    return 2.5 * mag;
  if (f <= 5.0)
    return 5 * mag;
  return 10 * mag;
}

static double
y_step (PaydayChart *self)
{
  int n_ticks = MAX (2, (int) (self->plot.height / 44));
  double step = nice_step ((self->y_max - self->y_min) / n_ticks);

  /* whole cents at least; whole dollars once the range is wider than a few dollars */
  return MAX (step, 1.0);
}

static void
update_y_range (PaydayChart *self)
{
  double lo = 0, hi = 0;
  gboolean any = FALSE;
  double step;

  if (self->y_valid)
    return;

  for (guint i = 0; i < self->series->len; i++)
    {
      Series *s = g_ptr_array_index (self->series, i);
      const PaydayChartColumn *cols = (const PaydayChartColumn *) (gpointer) s->columns->data;

      for (guint c = 0; c < s->columns->len; c++)
        {
          lo = MIN (lo, cols[c].min);
          hi = MAX (hi, cols[c].max);
          if (s->low != NULL)
            {
              lo = MIN (lo, cols[c].band_low);
              hi = MAX (hi, cols[c].band_high);
            }
          any = TRUE;
        }
    }

  /* zero is always shown, money charts lie otherwise; an empty chart shows $0–$100 */
  if (!any || hi - lo < 1.0)
    hi = lo + 10000;

  /* the tick step is chosen once; the range then snaps to it, with a little headroom */
  self->y_min = lo;
  self->y_max = hi;
  step = y_step (self);
  self->y_min = floor (lo / step) * step;
  self->y_max = ceil (hi / step) * step;
  if (self->y_max - self->y_min < step)
    self->y_max = self->y_min + step;
  if (hi > self->y_max - step * 0.1)
    self->y_max += step;
  self->y_tick = step;
  self->y_valid = TRUE;
}

static char *
format_axis_money (double cents,
                   double step)
{
  gint64 c = (gint64) llround (cents);
  g_autofree char *s = payday_money_format (c);

  /* "$1,200.00" → "$1,200" when ticks fall on whole dollars */
  if (fmod (step, 100.0) == 0.0 && g_str_has_suffix (s, ".00"))
    s[strlen (s) - 3] = 0;

  return g_steal_pointer (&s);
}

static int
text_width (PangoLayout *layout,
            const char  *text)
{
  int w, h;

  pango_layout_set_text (layout, text, -1);
  pango_layout_get_pixel_size (layout, &w, &h);

  return w;
}

static void
compute_layout (PaydayChart *self,
                PangoLayout *layout,
                int          width,
                int          height)
{
  double gutter = 48;
  double top = LEGEND_HEIGHT;
  double lanes_h = 0;
  double bottom = height - AXIS_HEIGHT;
  double limit;

  self->width = width;
  self->height = height;

  /* lanes that fit: all of the height without series, up to half of it with them */
  pack_rows (self);
  limit = self->series->len == 0 ? bottom - top : (bottom - top) / 2;
  g_array_set_size (self->lane_top, 0);
  self->n_visible_lanes = 0;
  for (guint l = 0; l < self->lanes->len; l++)
    {
      double h = lane_height (self, l);

      if (lanes_h + h > limit)
        break;
      g_array_append_val (self->lane_top, lanes_h);
      lanes_h += h;
      self->n_visible_lanes++;
    }
  g_array_append_val (self->lane_top, lanes_h);
  for (guint l = 0; l < self->lane_top->len; l++)
    g_array_index (self->lane_top, double, l) += top;

  for (guint i = 0; i < self->lanes->len; i++)
    gutter = MAX (gutter, text_width (layout, g_ptr_array_index (self->lanes, i)) + 2 * PAD);
  gutter = MIN (gutter, MAX (48, width * 0.25));

  if (self->series->len == 0)
    {
      self->timeline = (Rect) { gutter, top, width - gutter - PAD, lanes_h };
      self->plot = (Rect) { gutter, top + lanes_h, width - gutter - PAD, 0 };
    }
  else
    {
      /* lanes take up to half of the height; the cash plot gets the rest */
      self->timeline = (Rect) { gutter, top, width - gutter - PAD, lanes_h };
      self->plot.x = gutter;
      self->plot.width = width - gutter - PAD;
      self->plot.y = top + lanes_h + (lanes_h > 0 ? LANE_GAP : 0) + 6;
      self->plot.height = MAX (10, bottom - self->plot.y);
    }

  /* the y range depends on the plot height (tick count) */
  self->y_valid = FALSE;
}

static void
ensure_columns (PaydayChart *self)
{
  if (self->cache_from != self->view_from || self->cache_to != self->view_to ||
      self->cache_x != self->plot.x || self->cache_width != self->plot.width)
    invalidate_columns (self);

  for (guint i = 0; i < self->series->len; i++)
    {
      Series *s = g_ptr_array_index (self->series, i);

      if (!s->columns_valid)
        series_reduce (s, self->view_from, self->view_to, self->plot.x, self->plot.width);
    }

  self->cache_from = self->view_from;
  self->cache_to = self->view_to;
  self->cache_x = self->plot.x;
  self->cache_width = self->plot.width;
  update_y_range (self);
}

/* With the y range known, the gutter must fit the money labels: widen it once if needed. */
static void
fit_money_gutter (PaydayChart *self,
                  PangoLayout *layout)
{
  double step, widest = 0;

  if (self->series->len == 0)
    return;

  step = self->y_tick;
  for (double v = self->y_min; v <= self->y_max + step / 2; v += step)
    {
      g_autofree char *text = format_axis_money (v, step);

      widest = MAX (widest, text_width (layout, text));
    }

  if (widest + 2 * PAD > self->plot.x)
    {
      double right = self->plot.x + self->plot.width;

      self->plot.x = widest + 2 * PAD;
      self->plot.width = right - self->plot.x;
      self->timeline.x = self->plot.x;
      self->timeline.width = self->plot.width;
      ensure_columns (self);
    }
}

/* ---------------------------------------------------------------------------------------- */
/* drawing */

static void
rounded_rect (cairo_t *cr,
              double   x,
              double   y,
              double   w,
              double   h,
              double   r)
{
  r = MIN (r, MIN (w, h) / 2);
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + w - r, y + r, r, -G_PI / 2, 0);
  cairo_arc (cr, x + w - r, y + h - r, r, 0, G_PI / 2);
  cairo_arc (cr, x + r, y + h - r, r, G_PI / 2, G_PI);
  cairo_arc (cr, x + r, y + r, r, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

static void
show_text (cairo_t     *cr,
           PangoLayout *layout,
           const char  *text,
           double       x,
           double       y,
           double       align)             /* 0 left, 0.5 centre, 1 right of x */
{
  int w, h;

  pango_layout_set_text (layout, text, -1);
  pango_layout_get_pixel_size (layout, &w, &h);
  cairo_move_to (cr, round (x - w * align), round (y - h / 2.0));
  pango_cairo_show_layout (cr, layout);
}

typedef enum { TICK_DAY, TICK_WEEK, TICK_MONTH, TICK_YEAR } TickUnit;

static TickUnit
choose_ticks (double  px_per_day,
              int    *step)
{
  *step = 1;
  if (px_per_day >= 40)
    return TICK_DAY;
  if (px_per_day * 7 >= 56)
    return TICK_WEEK;
  if (px_per_day * 30.4 >= 64)
    return TICK_MONTH;
  if (px_per_day * 91 >= 64)
    {
      *step = 3;
      return TICK_MONTH;
    }
  if (px_per_day * 182 >= 64)
    {
      *step = 6;
      return TICK_MONTH;
    }
  *step = MAX (1, (int) ceil (64 / (px_per_day * 365.25)));
  return TICK_YEAR;
}

static PaydayDate
next_tick (PaydayDate d,
           TickUnit   unit,
           int        step)
{
  switch (unit)
    {
    case TICK_DAY:
      return d + step;
    case TICK_WEEK:
      return d + 7 * step;
    case TICK_MONTH:
      return payday_date_add_months (d, step);
    case TICK_YEAR:
      return payday_date_add_months (d, 12 * step);
    default:
      g_assert_not_reached ();
    }
}

static PaydayDate
first_tick (double   from,
            TickUnit unit,
            int      step)
{
  PaydayDate d = (PaydayDate) floor (from);
  int y, m, day;

  payday_date_get_ymd (d, &y, &m, &day);

  switch (unit)
    {
    case TICK_DAY:
      return d;
    case TICK_WEEK:
      return payday_date_monday_of (d);
    case TICK_MONTH:
      return payday_date_from_ymd (y, m - (m - 1) % step, 1);
    case TICK_YEAR:
      return payday_date_from_ymd (y - y % step, 1, 1);
    default:
      g_assert_not_reached ();
    }
}

static char *
tick_label (PaydayDate d,
            TickUnit   unit,
            gboolean   first)
{
  int y, m, day;
  g_autoptr(GDateTime) dt = NULL;

  payday_date_get_ymd (d, &y, &m, &day);
  dt = g_date_time_new_utc (y, m, day, 0, 0, 0);

  switch (unit)
    {
    case TICK_DAY:
    case TICK_WEEK:
      /* Translators: an axis label: abbreviated month and day, see strftime */
      return g_date_time_format (dt, (first || day <= (unit == TICK_DAY ? 1 : 7)) && m == 1
                                     ? "%b %-d, %Y" : "%b %-d");
    case TICK_MONTH:
      return g_date_time_format (dt, first || m == 1 ? "%b %Y" : "%b");
    case TICK_YEAR:
      return g_date_time_format (dt, "%Y");
    default:
      g_assert_not_reached ();
    }
}

static void
draw_x_axis (PaydayChart *self,
             cairo_t     *cr,
             PangoLayout *layout)
{
  const PaydayChartPalette *p = &self->palette;
  double px_per_day = self->plot.width / (self->view_to - self->view_from);
  double top = self->timeline.height > 0 ? self->timeline.y : self->plot.y;
  double bottom = self->series->len > 0 ? self->plot.y + self->plot.height
                                        : self->timeline.y + self->timeline.height;
  double last_label_end = -G_MAXDOUBLE;
  gboolean first = TRUE;
  TickUnit unit;
  int step;

  unit = choose_ticks (px_per_day, &step);

  cairo_save (cr);
  cairo_set_line_width (cr, 1.0);

  for (PaydayDate d = first_tick (self->view_from, unit, step);
       d < self->view_to;
       d = next_tick (d, unit, step))
    {
      double x = payday_chart_date_to_x (self, d);
      double label_x = unit == TICK_DAY ? payday_chart_date_to_x (self, d + 0.5) : x;
      g_autofree char *label = NULL;
      int w, h;

      if (x >= self->plot.x - 0.5)
        {
          set_color (cr, &p->grid, 1.0);
          cairo_move_to (cr, floor (x) + 0.5, top);
          cairo_line_to (cr, floor (x) + 0.5, bottom);
          cairo_stroke (cr);
        }

      if (label_x < self->plot.x || label_x > self->plot.x + self->plot.width)
        continue;

      label = tick_label (d, unit, first);
      pango_layout_set_text (layout, label, -1);
      pango_layout_get_pixel_size (layout, &w, &h);
      if (label_x - w / 2.0 < last_label_end + 8 ||
          label_x + w / 2.0 > self->width - 2)
        continue;

      set_color (cr, &p->dim, 1.0);
      show_text (cr, layout, label, label_x, bottom + AXIS_HEIGHT / 2, 0.5);
      last_label_end = label_x + w / 2.0;
      first = FALSE;
    }

  cairo_restore (cr);
}

static void
draw_y_axis (PaydayChart *self,
             cairo_t     *cr,
             PangoLayout *layout)
{
  const PaydayChartPalette *p = &self->palette;
  double step = self->y_tick;

  cairo_save (cr);
  cairo_set_line_width (cr, 1.0);

  for (double v = self->y_min; v <= self->y_max + step / 2; v += step)
    {
      double y = floor (value_to_y (self, v)) + 0.5;
      g_autofree char *label = format_axis_money (v, step);

      set_color (cr, fabs (v) < step / 2 ? &p->dim : &p->grid, fabs (v) < step / 2 ? 0.5 : 1.0);
      cairo_move_to (cr, self->plot.x, y);
      cairo_line_to (cr, self->plot.x + self->plot.width, y);
      cairo_stroke (cr);

      set_color (cr, &p->dim, 1.0);
      show_text (cr, layout, label, self->plot.x - PAD, y, 1.0);
    }

  cairo_restore (cr);
}

/* One edge of a series or band through the columns: the first, extreme and last values of
 * each pixel column, so spikes inside a column stay visible. */
static void
trace_columns (PaydayChart             *self,
               cairo_t                 *cr,
               const PaydayChartColumn *cols,
               guint                    n,
               gboolean                 step,
               int                      which,  /* 0 the line, 1 band high, −1 band low */
               gboolean                 reverse,
               gboolean                 move_first)
{
  double prev_x = NAN, prev_y = NAN;

  for (guint k = 0; k < n; k++)
    {
      const PaydayChartColumn *c = &cols[reverse ? n - 1 - k : k];
      double xa = reverse ? c->x_last : c->x_first;
      double xb = reverse ? c->x_first : c->x_last;
      double ya, yb, ylo, yhi;

      if (which == 0)
        {
          ya = value_to_y (self, reverse ? c->last : c->first);
          yb = value_to_y (self, reverse ? c->first : c->last);
          ylo = value_to_y (self, c->min);
          yhi = value_to_y (self, c->max);
        }
      else
        {
          double v = which > 0 ? c->band_high : c->band_low;

          ya = yb = ylo = yhi = value_to_y (self, v);
        }

      if (k == 0 && move_first)
        cairo_move_to (cr, xa, ya);
      else if (step && !reverse)
        {
          cairo_line_to (cr, xa, prev_y);
          cairo_line_to (cr, xa, ya);
        }
      else if (step && reverse && k > 0)
        {
          /* going back, the value left of the next column's first point is this one's */
          cairo_line_to (cr, prev_x, ya);
          cairo_line_to (cr, xa, ya);
        }
      else
        cairo_line_to (cr, xa, ya);

      if (ylo != ya || yhi != ya || ylo != yb)
        {
          double mid = (xa + xb) / 2;

          cairo_line_to (cr, mid, ylo);
          cairo_line_to (cr, mid, yhi);
        }
      cairo_line_to (cr, xb, yb);
      prev_x = xb;
      prev_y = yb;
    }
}

static void
draw_series (PaydayChart *self,
             cairo_t     *cr)
{
  const PaydayChartPalette *p = &self->palette;
  double base = value_to_y (self, CLAMP (0, self->y_min, self->y_max));

  cairo_save (cr);
  cairo_rectangle (cr, self->plot.x, self->plot.y - 1, self->plot.width, self->plot.height + 2);
  cairo_clip (cr);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);

  /* bands first, all of them, so no band covers another series' line */
  for (guint i = 0; i < self->series->len; i++)
    {
      Series *s = g_ptr_array_index (self->series, i);
      const PaydayChartColor *color = &p->series[i % PAYDAY_CHART_N_SERIES_COLORS];
      const PaydayChartColumn *cols = (const PaydayChartColumn *) (gpointer) s->columns->data;
      gboolean step = s->style == PAYDAY_CHART_SERIES_STEP;

      if (s->columns->len == 0)
        continue;

      if (s->low != NULL)
        {
          trace_columns (self, cr, cols, s->columns->len, step, 1, FALSE, TRUE);
          trace_columns (self, cr, cols, s->columns->len, step, -1, TRUE, FALSE);
          cairo_close_path (cr);
          set_color (cr, color, 0.22);
          cairo_fill (cr);
        }
      else if (self->series->len == 1)
        {
          cairo_pattern_t *gradient;

          trace_columns (self, cr, cols, s->columns->len, step, 0, FALSE, TRUE);
          cairo_line_to (cr, cols[s->columns->len - 1].x_last, base);
          cairo_line_to (cr, cols[0].x_first, base);
          cairo_close_path (cr);
          gradient = cairo_pattern_create_linear (0, self->plot.y, 0, base);
          cairo_pattern_add_color_stop_rgba (gradient, 0, color->red, color->green, color->blue,
                                             0.25 * color->alpha);
          cairo_pattern_add_color_stop_rgba (gradient, 1, color->red, color->green, color->blue,
                                             0.03 * color->alpha);
          cairo_set_source (cr, gradient);
          cairo_fill (cr);
          cairo_pattern_destroy (gradient);
        }
    }

  for (guint i = 0; i < self->series->len; i++)
    {
      Series *s = g_ptr_array_index (self->series, i);
      const PaydayChartColumn *cols = (const PaydayChartColumn *) (gpointer) s->columns->data;

      if (s->columns->len == 0)
        continue;

      trace_columns (self, cr, cols, s->columns->len, s->style == PAYDAY_CHART_SERIES_STEP,
                     0, FALSE, TRUE);
      cairo_set_line_width (cr, 2.0);
      set_color (cr, &p->series[i % PAYDAY_CHART_N_SERIES_COLORS], 1.0);
      cairo_stroke (cr);
    }

  cairo_restore (cr);
}

static void
span_extent (const PaydayChartSpan *span,
             double                *start,
             double                *end)
{
  *start = G_MAXDOUBLE;
  *end = -G_MAXDOUBLE;

  for (guint ph = 0; ph < PAYDAY_CHART_N_PHASES; ph++)
    if (payday_date_is_set (span->start[ph]) && span->end[ph] > span->start[ph])
      {
        *start = MIN (*start, span->start[ph]);
        *end = MAX (*end, span->end[ph]);
      }

  if (payday_date_is_set (span->available_on))
    {
      *start = MIN (*start, span->available_on);
      *end = MAX (*end, span->available_on);
    }
}

static const PaydayChartColor *
phase_color (const PaydayChartPalette *p,
             PaydayChartPhase          phase)
{
  switch (phase)
    {
    case PAYDAY_CHART_PHASE_WORK:
      return &p->work;
    case PAYDAY_CHART_PHASE_REVIEW:
      return &p->review;
    case PAYDAY_CHART_PHASE_HOLD:
      return &p->hold;
    case PAYDAY_CHART_N_PHASES:
    default:
      g_assert_not_reached ();
    }
}

static void
bar_geometry (PaydayChart *self,
              gsize        span_index,
              double      *y,
              double      *h)
{
  const PaydayChartSpan *span = &g_array_index (self->spans, PaydayChartSpan, span_index);
  double top = g_array_index (self->lane_top, double, span->lane);

  if (g_array_index (self->lane_rows, guint, span->lane) <= 1)
    {
      *y = top + (LANE_HEIGHT - BAR_HEIGHT) / 2;
      *h = BAR_HEIGHT;
    }
  else
    {
      *y = top + 4 + g_array_index (self->span_rows, guint, span_index) * ROW_HEIGHT +
           (ROW_HEIGHT - ROW_BAR) / 2;
      *h = ROW_BAR;
    }
}

static void
draw_span (PaydayChart           *self,
           cairo_t               *cr,
           gsize                  index,
           gboolean               hovered)
{
  const PaydayChartSpan *span = &g_array_index (self->spans, PaydayChartSpan, index);
  const PaydayChartPalette *p = &self->palette;
  double alpha = (span->flags & PAYDAY_CHART_SPAN_PROJECTED) ? 0.45 : 1.0;
  double s, e, x0, x1, y, h;

  span_extent (span, &s, &e);
  if (s > e)
    return;

  bar_geometry (self, index, &y, &h);
  x0 = payday_chart_date_to_x (self, s);
  x1 = payday_chart_date_to_x (self, e);

  cairo_save (cr);
  rounded_rect (cr, x0, y, MAX (x1 - x0, 1), h, 3);
  cairo_clip_preserve (cr);
  cairo_new_path (cr);

  for (guint ph = 0; ph < PAYDAY_CHART_N_PHASES; ph++)
    {
      double a, b;

      if (!payday_date_is_set (span->start[ph]) || span->end[ph] <= span->start[ph])
        continue;

      a = payday_chart_date_to_x (self, span->start[ph]);
      b = payday_chart_date_to_x (self, span->end[ph]);
      cairo_rectangle (cr, a, y, MAX (b - a - 1, 0.5), h);
      if (span->flags & PAYDAY_CHART_SPAN_UNFUNDED)
        set_color (cr, phase_color (p, ph), 0.25 * alpha);
      else
        set_color (cr, phase_color (p, ph), 0.85 * alpha);
      cairo_fill (cr);
    }

  if (span->flags & PAYDAY_CHART_SPAN_UNFUNDED)
    {
      /* no money in escrow: hatched, outlined in the danger colour */
      cairo_set_line_width (cr, 1.0);
      set_color (cr, &p->danger, 0.6 * alpha);
      for (double hx = x0 - h; hx < x1; hx += 5)
        {
          cairo_move_to (cr, hx, y + h);
          cairo_line_to (cr, hx + h, y);
        }
      cairo_stroke (cr);
      rounded_rect (cr, x0 + 0.5, y + 0.5, MAX (x1 - x0 - 1, 1), h - 1, 3);
      cairo_set_line_width (cr, 1.0);
      cairo_stroke (cr);
    }
  cairo_restore (cr);

  if (span->flags & PAYDAY_CHART_SPAN_DISPUTED)
    {
      /* a red notch over the end of the work: hours the client disputes */
      double wx = payday_date_is_set (span->end[PAYDAY_CHART_PHASE_WORK])
                  ? payday_chart_date_to_x (self, span->end[PAYDAY_CHART_PHASE_WORK]) : x0;

      set_color (cr, &p->danger, alpha);
      rounded_rect (cr, wx - 2.5, y - 3, 3, h + 6, 1.5);
      cairo_fill (cr);
    }

  if (payday_date_is_set (span->available_on))
    {
      double ax = payday_chart_date_to_x (self, span->available_on);

      cairo_arc (cr, ax, y + h / 2, h / 2 - 1, 0, 2 * G_PI);
      set_color (cr, &p->available, alpha);
      cairo_fill_preserve (cr);
      set_color (cr, &p->background, p->background.alpha > 0 ? 1.0 : 0.0);
      cairo_set_line_width (cr, 1.5);
      cairo_stroke (cr);
    }

  if (hovered)
    {
      rounded_rect (cr, x0 - 1.5, y - 1.5, MAX (x1 - x0, 1) + 3 + h / 2, h + 3, 4);
      set_color (cr, &p->accent, 1.0);
      cairo_set_line_width (cr, 2.0);
      cairo_stroke (cr);
    }
}

static void
draw_timeline (PaydayChart *self,
               cairo_t     *cr,
               PangoLayout *layout)
{
  const PaydayChartPalette *p = &self->palette;
  const PaydayChartSpan *spans = (const PaydayChartSpan *) (gpointer) self->spans->data;
  guint n_visible_lanes = self->n_visible_lanes;

  if (self->lanes->len == 0)
    return;

  /* lane labels, ellipsized to the gutter */
  cairo_save (cr);
  pango_layout_set_width (layout, (int) ((self->timeline.x - 2 * PAD) * PANGO_SCALE));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  for (guint l = 0; l < MIN (n_visible_lanes, self->lanes->len); l++)
    {
      double y = g_array_index (self->lane_top, double, l);
      double h = g_array_index (self->lane_top, double, l + 1) - y;

      if (l % 2 == 1)
        {
          set_color (cr, &p->grid, 0.5);
          cairo_rectangle (cr, self->timeline.x, y, self->timeline.width, h);
          cairo_fill (cr);
        }
      set_color (cr, &p->foreground, 1.0);
      show_text (cr, layout, g_ptr_array_index (self->lanes, l), PAD, y + MIN (h, LANE_HEIGHT) / 2,
                 0);
    }
  pango_layout_set_width (layout, -1);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_NONE);
  cairo_restore (cr);

  cairo_save (cr);
  cairo_rectangle (cr, self->timeline.x, self->timeline.y - 4,
                   self->timeline.width, self->timeline.height + 4);
  cairo_clip (cr);

  for (guint i = 0; i < self->spans->len; i++)
    {
      const PaydayChartSpan *span = &spans[i];
      double s, e;

      if (span->lane >= MIN (n_visible_lanes, self->lanes->len))
        continue;
      span_extent (span, &s, &e);
      if (s > e || e < self->view_from - 1 || s > self->view_to + 1)
        continue;

      draw_span (self, cr, i,
                 self->hover.kind == PAYDAY_CHART_HIT_SPAN && self->hover.index == i);
    }

  cairo_restore (cr);
}

static void
draw_today (PaydayChart *self,
            cairo_t     *cr,
            PangoLayout *layout)
{
  const PaydayChartPalette *p = &self->palette;
  double top = self->timeline.height > 0 ? self->timeline.y : self->plot.y;
  double bottom = self->series->len > 0 ? self->plot.y + self->plot.height
                                        : self->timeline.y + self->timeline.height;
  double x;

  if (!payday_date_is_set (self->today) ||
      self->today < self->view_from || self->today > self->view_to)
    return;

  x = floor (payday_chart_date_to_x (self, self->today)) + 0.5;

  cairo_save (cr);
  set_color (cr, &p->today, 1.0);
  cairo_set_line_width (cr, 1.0);
  cairo_move_to (cr, x, top - 4);
  cairo_line_to (cr, x, bottom);
  cairo_stroke (cr);
  cairo_move_to (cr, x - 4, top - 6);
  cairo_line_to (cr, x + 4, top - 6);
  cairo_line_to (cr, x, top - 1);
  cairo_close_path (cr);
  cairo_fill (cr);
  cairo_restore (cr);
}

static void
draw_hover_point (PaydayChart *self,
                  cairo_t     *cr)
{
  const PaydayChartPalette *p = &self->palette;
  double x, y;

  if (self->hover.kind != PAYDAY_CHART_HIT_POINT || self->hover.series >= self->series->len)
    return;

  x = payday_chart_date_to_x (self, self->hover.x);
  y = value_to_y (self, self->hover.y);
  if (x < self->plot.x || x > self->plot.x + self->plot.width)
    return;

  cairo_save (cr);
  set_color (cr, &p->dim, 0.6);
  cairo_set_line_width (cr, 1.0);
  cairo_move_to (cr, floor (x) + 0.5, self->plot.y);
  cairo_line_to (cr, floor (x) + 0.5, self->plot.y + self->plot.height);
  cairo_stroke (cr);
  cairo_arc (cr, x, y, 4.5, 0, 2 * G_PI);
  set_color (cr, &p->series[self->hover.series % PAYDAY_CHART_N_SERIES_COLORS], 1.0);
  cairo_fill_preserve (cr);
  set_color (cr, &p->background, p->background.alpha > 0 ? 1.0 : 0.0);
  cairo_set_line_width (cr, 2.0);
  cairo_stroke (cr);
  cairo_restore (cr);
}

typedef enum { SWATCH_LINE, SWATCH_BLOCK, SWATCH_DOT } SwatchKind;

/* Draws one legend entry ending at @right; returns the x where the next one must end. */
static double
legend_entry (cairo_t                *cr,
              PangoLayout            *layout,
              const PaydayChartPalette *p,
              double                  right,
              double                  y,
              const char             *label,
              const PaydayChartColor *color,
              SwatchKind              kind,
              double                  alpha,
              double                  min_x)
{
  int w = text_width (layout, label);
  double x = right - w;
  double sx = x - 20;

  if (sx < min_x)
    return -1;

  set_color (cr, &p->dim, 1.0);
  show_text (cr, layout, label, x, y, 0);

  set_color (cr, color, alpha);
  switch (kind)
    {
    case SWATCH_LINE:
      cairo_set_line_width (cr, 2.0);
      cairo_move_to (cr, sx, y);
      cairo_line_to (cr, sx + 14, y);
      cairo_stroke (cr);
      break;
    case SWATCH_BLOCK:
      rounded_rect (cr, sx, y - 5, 14, 10, 2);
      cairo_fill (cr);
      break;
    case SWATCH_DOT:
      cairo_arc (cr, sx + 7, y, 5, 0, 2 * G_PI);
      cairo_fill (cr);
      break;
    default:
      g_assert_not_reached ();
    }

  return sx - 14;
}

static void
draw_legend (PaydayChart *self,
             cairo_t     *cr,
             PangoLayout *layout)
{
  const PaydayChartPalette *p = &self->palette;
  double y = LEGEND_HEIGHT / 2;
  double right = self->width - PAD;
  double min_x = PAD;

  if (self->title != NULL && self->title[0])
    {
      PangoFontDescription *bold = pango_font_description_copy (pango_layout_get_font_description (layout));

      pango_font_description_set_weight (bold, PANGO_WEIGHT_BOLD);
      pango_layout_set_font_description (layout, bold);
      set_color (cr, &p->foreground, 1.0);
      show_text (cr, layout, self->title, PAD, y, 0);
      min_x = PAD + text_width (layout, self->title) + 24;
      pango_font_description_set_weight (bold, PANGO_WEIGHT_NORMAL);
      pango_layout_set_font_description (layout, bold);
      pango_font_description_free (bold);
    }

  cairo_save (cr);

  /* right to left, so entries that do not fit drop off the far side */
  if (self->lanes->len > 0)
    {
      static const struct { const char *label; PaydayChartPhase phase; } phases[] = {
        { N_("Available"), PAYDAY_CHART_N_PHASES },
        { N_("Security hold"), PAYDAY_CHART_PHASE_HOLD },
        { N_("Client review"), PAYDAY_CHART_PHASE_REVIEW },
        { N_("Work"), PAYDAY_CHART_PHASE_WORK },
      };

      for (guint i = 0; i < G_N_ELEMENTS (phases) && right > 0; i++)
        {
          const char *label = _(phases[i].label);

          if (phases[i].phase == PAYDAY_CHART_N_PHASES)
            right = legend_entry (cr, layout, p, right, y, label, &p->available, SWATCH_DOT,
                                  1.0, min_x);
          else
            right = legend_entry (cr, layout, p, right, y, label,
                                  phase_color (p, phases[i].phase), SWATCH_BLOCK, 0.85, min_x);
        }
    }

  for (guint i = self->series->len; i > 0 && right > 0; i--)
    {
      Series *s = g_ptr_array_index (self->series, i - 1);
      const PaydayChartColor *c = &p->series[(i - 1) % PAYDAY_CHART_N_SERIES_COLORS];

      if (s->low != NULL && s->band_label != NULL)
        right = legend_entry (cr, layout, p, right, y, s->band_label, c, SWATCH_BLOCK,
                              0.3, min_x);
      if (right > 0 && s->label[0])
        right = legend_entry (cr, layout, p, right, y, s->label, c, SWATCH_LINE, 1.0, min_x);
    }

  cairo_restore (cr);
}

/**
 * payday_chart_draw:
 * @cr: any cairo context: a widget snapshot, an image, SVG or PDF surface
 * @width: the area's width in user units (pixels on screen, points in PDF)
 * @height: its height
 *
 * Draws the whole chart into (0, 0, @width, @height) of @cr. Hit tests, zoom and pan use
 * the layout of the last draw.
 */
void
payday_chart_draw (PaydayChart *self,
                   cairo_t     *cr,
                   int          width,
                   int          height)
{
  PangoLayout *layout;
  PangoFontDescription *font;

  g_return_if_fail (PAYDAY_IS_CHART (self));
  g_return_if_fail (cr != NULL);

  if (width < 40 || height < 40)
    return;

  cairo_save (cr);

  layout = pango_cairo_create_layout (cr);
  font = pango_font_description_from_string (self->font);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);

  compute_layout (self, layout, width, height);
  ensure_columns (self);
  fit_money_gutter (self, layout);

  if (self->palette.background.alpha > 0)
    {
      set_color (cr, &self->palette.background, 1.0);
      cairo_paint (cr);
    }

  if (self->series->len > 0)
    draw_y_axis (self, cr, layout);
  draw_x_axis (self, cr, layout);
  draw_timeline (self, cr, layout);
  if (self->series->len > 0)
    draw_series (self, cr);
  draw_today (self, cr, layout);
  draw_hover_point (self, cr);
  draw_legend (self, cr, layout);

  g_object_unref (layout);
  cairo_restore (cr);
}

/* ---------------------------------------------------------------------------------------- */
/* interaction */

/**
 * payday_chart_hit_test:
 * @x: pixel x in the last drawn area
 * @y: pixel y
 * @hit: (out): what is under the pointer
 *
 * On a lane: the span under the pointer (the nearest within 4 pixels). On the cash plot:
 * the point nearest in x of the series nearest in y at that x (binary search on x).
 *
 * Returns: %TRUE when something was hit
 */
gboolean
payday_chart_hit_test (PaydayChart    *self,
                       double          x,
                       double          y,
                       PaydayChartHit *hit)
{
  g_return_val_if_fail (PAYDAY_IS_CHART (self), FALSE);
  g_return_val_if_fail (hit != NULL, FALSE);

  memset (hit, 0, sizeof *hit);
  hit->kind = PAYDAY_CHART_HIT_NONE;

  if (self->width == 0)
    return FALSE;

  if (self->lanes->len > 0 &&
      x >= self->timeline.x && x <= self->timeline.x + self->timeline.width &&
      y >= self->timeline.y && y < self->timeline.y + self->timeline.height)
    {
      const PaydayChartSpan *spans = (const PaydayChartSpan *) (gpointer) self->spans->data;
      guint lane = 0;
      double best = 4.0;
      gsize best_i = G_MAXSIZE;
      double day = payday_chart_x_to_date (self, x);

      while (lane + 1 < self->n_visible_lanes &&
             y >= g_array_index (self->lane_top, double, lane + 1))
        lane++;

      for (gsize i = 0; i < self->spans->len; i++)
        {
          double s, e, d, by, bh;

          if (spans[i].lane != lane)
            continue;
          /* in a packed lane, only the sub-row under the pointer */
          bar_geometry (self, i, &by, &bh);
          if (g_array_index (self->lane_rows, guint, lane) > 1 &&
              (y < by - (ROW_HEIGHT - ROW_BAR) / 2 || y >= by + bh + (ROW_HEIGHT - ROW_BAR) / 2))
            continue;
          span_extent (&spans[i], &s, &e);
          if (s > e)
            continue;
          s = payday_chart_date_to_x (self, s);
          e = payday_chart_date_to_x (self, e) + BAR_HEIGHT / 2;
          d = x < s ? s - x : x > e ? x - e : -1.0 / (e - s + 1);  /* inside: prefer short */
          if (d < best)
            {
              best = d;
              best_i = i;
            }
        }

      if (best_i == G_MAXSIZE)
        return FALSE;

      hit->kind = PAYDAY_CHART_HIT_SPAN;
      hit->index = best_i;
      hit->item = spans[best_i].item;
      hit->lane = lane;
      hit->x = day;
      hit->phase = PAYDAY_CHART_PHASE_HOLD;
      for (guint ph = 0; ph < PAYDAY_CHART_N_PHASES; ph++)
        if (payday_date_is_set (spans[best_i].start[ph]) &&
            day >= spans[best_i].start[ph] && day < spans[best_i].end[ph])
          hit->phase = ph;
      hit->px = x;
      {
        double by, bh;

        bar_geometry (self, best_i, &by, &bh);
        hit->py = by;
      }
      return TRUE;
    }

  if (self->series->len > 0 &&
      x >= self->plot.x && x <= self->plot.x + self->plot.width &&
      y >= self->plot.y - 8 && y <= self->plot.y + self->plot.height + 8)
    {
      double day = payday_chart_x_to_date (self, x);
      double best = G_MAXDOUBLE;

      for (guint si = 0; si < self->series->len; si++)
        {
          Series *s = g_ptr_array_index (self->series, si);
          gsize i;
          double d;

          if (s->n == 0)
            continue;

          i = lower_bound (s->x, 0, s->n, day);
          if (i == s->n || (i > 0 && day - s->x[i - 1] < s->x[i] - day))
            i = i - 1;
          /* a step series shows the earlier point's value up to the next point */
          if (s->style == PAYDAY_CHART_SERIES_STEP && s->x[i] > day && i > 0)
            i--;

          d = fabs (value_to_y (self, s->y[i]) - y);
          if (d < best)
            {
              best = d;
              hit->kind = PAYDAY_CHART_HIT_POINT;
              hit->series = si;
              hit->index = i;
              hit->x = s->x[i];
              hit->y = s->y[i];
            }
        }

      if (hit->kind == PAYDAY_CHART_HIT_POINT)
        {
          hit->px = payday_chart_date_to_x (self, hit->x);
          hit->py = value_to_y (self, hit->y);
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * payday_chart_set_hover:
 * @hit: (nullable): the hovered item, or %NULL for none
 *
 * Highlights a point or span from payday_chart_hit_test().
 */
void
payday_chart_set_hover (PaydayChart          *self,
                        const PaydayChartHit *hit)
{
  PaydayChartHit none = { .kind = PAYDAY_CHART_HIT_NONE };

  g_return_if_fail (PAYDAY_IS_CHART (self));

  if (hit == NULL)
    hit = &none;

  if (hit->kind == self->hover.kind && hit->index == self->hover.index &&
      hit->series == self->hover.series)
    return;

  self->hover = *hit;
  changed (self);
}

static char *
format_day (double day)
{
  char buf[PAYDAY_DATE_BUF];

  return g_strdup (payday_date_format ((PaydayDate) floor (day), buf));
}

/**
 * payday_chart_describe_hit:
 * @hit: from payday_chart_hit_test()
 *
 * The default hover text when the caller has none: the point's date and value, or the
 * span's lane and phases.
 *
 * Returns: (transfer full) (nullable): the text
 */
char *
payday_chart_describe_hit (PaydayChart          *self,
                           const PaydayChartHit *hit)
{
  static const char *phase_names[] = { N_("Work"), N_("Client review"), N_("Security hold") };

  g_return_val_if_fail (PAYDAY_IS_CHART (self), NULL);
  g_return_val_if_fail (hit != NULL, NULL);

  if (hit->kind == PAYDAY_CHART_HIT_POINT && hit->series < self->series->len)
    {
      Series *s = g_ptr_array_index (self->series, hit->series);
      g_autofree char *day = format_day (hit->x);
      g_autofree char *value = payday_money_format ((PaydayCents) llround (hit->y));
      GString *str = g_string_new (NULL);

      g_string_append_printf (str, "%s\n%s: %s", day, s->label, value);
      if (s->low != NULL && hit->index < s->n)
        {
          g_autofree char *lo = payday_money_format ((PaydayCents) llround (s->low[hit->index]));
          g_autofree char *hi = payday_money_format ((PaydayCents) llround (s->high[hit->index]));

          g_string_append_printf (str, "\n%s: %s – %s",
                                  s->band_label ? s->band_label : "", lo, hi);
        }
      return g_string_free (str, FALSE);
    }

  if (hit->kind == PAYDAY_CHART_HIT_SPAN && hit->index < self->spans->len)
    {
      const PaydayChartSpan *span = &g_array_index (self->spans, PaydayChartSpan, hit->index);
      GString *str = g_string_new (span->lane < self->lanes->len
                                   ? (const char *) g_ptr_array_index (self->lanes, span->lane)
                                   : "");

      for (guint ph = 0; ph < PAYDAY_CHART_N_PHASES; ph++)
        {
          g_autofree char *a = NULL;
          g_autofree char *b = NULL;

          if (!payday_date_is_set (span->start[ph]) || span->end[ph] <= span->start[ph])
            continue;
          a = format_day (span->start[ph]);
          b = format_day (span->end[ph] - 1);
          g_string_append_printf (str, "\n%s: %s – %s",
                                  _(phase_names[ph]), a, b);
        }
      if (payday_date_is_set (span->available_on))
        {
          g_autofree char *a = format_day (span->available_on);

          g_string_append_printf (str, "\n%s: %s", _("Available"), a);
        }
      if (span->flags & PAYDAY_CHART_SPAN_UNFUNDED)
        g_string_append_printf (str, "\n%s",
                                _("Not funded: no escrow protection"));
      if (span->flags & PAYDAY_CHART_SPAN_DISPUTED)
        g_string_append_printf (str, "\n%s", _("Hours disputed"));
      if (span->flags & PAYDAY_CHART_SPAN_PROJECTED)
        g_string_append_printf (str, "\n%s", _("Projected"));
      return g_string_free (str, FALSE);
    }

  return NULL;
}

/**
 * payday_chart_zoom:
 * @factor: > 1 zooms in, < 1 zooms out
 * @anchor_x: the pixel x that keeps its date (the pointer)
 *
 * Never zooms deeper than three days nor out beyond the full range.
 */
void
payday_chart_zoom (PaydayChart *self,
                   double       factor,
                   double       anchor_x)
{
  double anchor, span, frac;

  g_return_if_fail (PAYDAY_IS_CHART (self));
  g_return_if_fail (factor > 0);

  span = self->view_to - self->view_from;
  if (self->plot.width > 0)
    {
      anchor_x = CLAMP (anchor_x, self->plot.x, self->plot.x + self->plot.width);
      anchor = payday_chart_x_to_date (self, anchor_x);
      frac = (anchor_x - self->plot.x) / self->plot.width;
    }
  else
    {
      /* never drawn: no pixels yet, zoom around the middle */
      frac = 0.5;
      anchor = self->view_from + span / 2;
    }
  span /= factor;
  set_view (self, anchor - frac * span, anchor - frac * span + span);
}

/**
 * payday_chart_pan:
 * @dx_pixels: how far the content moves right (a drag to the right shows earlier days)
 */
void
payday_chart_pan (PaydayChart *self,
                  double       dx_pixels)
{
  double days;

  g_return_if_fail (PAYDAY_IS_CHART (self));

  if (self->plot.width <= 0)
    return;

  days = dx_pixels * (self->view_to - self->view_from) / self->plot.width;
  set_view (self, self->view_from - days, self->view_to - days);
}

void
payday_chart_reset_view (PaydayChart *self)
{
  g_return_if_fail (PAYDAY_IS_CHART (self));

  set_view (self, self->from, (double) self->to + 1);
}

/* ---------------------------------------------------------------------------------------- */
/* files */

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
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  out = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, NULL, error);
  if (out == NULL)
    return FALSE;

  if (svg)
    surface = cairo_svg_surface_create_for_stream (write_stream, out, width, height);
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
        status = cairo_surface_write_to_png_stream (surface, write_stream, out);
    }
  cairo_surface_destroy (surface);

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

/**
 * payday_chart_describe:
 *
 * A plain-text account of the chart for screen readers and reports: the range shown,
 * each series' last value (and band), the lanes with their item counts.
 *
 * Returns: (transfer full): the text
 */
char *
payday_chart_describe (PaydayChart *self)
{
  GString *str;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree guint *counts = NULL;

  g_return_val_if_fail (PAYDAY_IS_CHART (self), NULL);

  str = g_string_new (NULL);
  from = format_day (self->view_from);
  to = format_day (MAX (self->view_from, self->view_to - 1));

  if (self->title != NULL && self->title[0])
    g_string_append_printf (str, "%s. ", self->title);
  g_string_append_printf (str, _("From %s to %s."), from, to);
  if (payday_date_is_set (self->today))
    {
      g_autofree char *today = format_day (self->today);

      g_string_append_printf (str, " %s %s.", _("Today:"), today);
    }

  for (guint i = 0; i < self->series->len; i++)
    {
      Series *s = g_ptr_array_index (self->series, i);
      g_autofree char *day = NULL;
      g_autofree char *value = NULL;

      if (s->n == 0)
        {
          g_string_append_printf (str, "\n%s: %s.", s->label,
                                  _("no data"));
          continue;
        }
      day = format_day (s->x[s->n - 1]);
      value = payday_money_format ((PaydayCents) llround (s->y[s->n - 1]));
      g_string_append_printf (str, "\n%s: %s %s", s->label, value, day);
      if (s->low != NULL)
        {
          g_autofree char *lo = payday_money_format ((PaydayCents) llround (s->low[s->n - 1]));
          g_autofree char *hi = payday_money_format ((PaydayCents) llround (s->high[s->n - 1]));

          g_string_append_printf (str, " (%s %s – %s)",
                                  s->band_label ? s->band_label : "", lo, hi);
        }
      g_string_append_c (str, '.');
    }

  if (self->lanes->len > 0)
    {
      counts = g_new0 (guint, self->lanes->len);
      for (guint i = 0; i < self->spans->len; i++)
        {
          const PaydayChartSpan *span = &g_array_index (self->spans, PaydayChartSpan, i);

          if (span->lane < self->lanes->len)
            counts[span->lane]++;
        }
      for (guint l = 0; l < self->lanes->len; l++)
        g_string_append_printf (str,
                                ngettext ("\n%s: %u payment.",
                                             "\n%s: %u payments.", counts[l]),
                                (const char *) g_ptr_array_index (self->lanes, l), counts[l]);
    }

  return g_string_free (str, FALSE);
}

/* ---------------------------------------------------------------------------------------- */
/* private accessors */

const PaydayChartColumn *
payday_chart_get_columns (PaydayChart *self,
                          guint        series,
                          guint       *n_columns)
{
  Series *s;

  g_return_val_if_fail (PAYDAY_IS_CHART (self), NULL);
  g_return_val_if_fail (series < self->series->len, NULL);

  s = g_ptr_array_index (self->series, series);
  if (!s->columns_valid || s->columns == NULL)
    {
      *n_columns = 0;
      return NULL;
    }

  *n_columns = s->columns->len;
  return (const PaydayChartColumn *) (gpointer) s->columns->data;
}

void
payday_chart_get_plot_area (PaydayChart *self,
                            double      *x,
                            double      *y,
                            double      *width,
                            double      *height)
{
  g_return_if_fail (PAYDAY_IS_CHART (self));

  *x = self->plot.x;
  *y = self->plot.y;
  *width = self->plot.width;
  *height = self->plot.height;
}

void
payday_chart_get_y_range (PaydayChart *self,
                          double      *min,
                          double      *max)
{
  g_return_if_fail (PAYDAY_IS_CHART (self));

  *min = self->y_min;
  *max = self->y_max;
}
