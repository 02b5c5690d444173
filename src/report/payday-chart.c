/* payday-chart.c — a date/money chart model drawn with cairo for screen and files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "payday-chart-private.h"

/* The chart follows Sysprof's shape: series hold the caller's points; each series keeps a
 * min/max pyramid (built once per data change) from which the per-pixel columns are reduced
 * for the visible window and plot width (cached until data, view or size change); layers
 * (grid, band, lines, timeline lanes, markers, axes, legend) draw from those columns. So a
 * million points cost a pyramid walk per pixel column, not a million cairo operations. */

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
  g_clear_pointer (&self->value_unit, g_free);

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

void
payday_chart_invalidate_columns (PaydayChart *self)
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
 * payday_chart_set_value_unit:
 * @unit: (nullable): %NULL for money (values in cents, the default), else the name of
 *   what is counted, e.g. "Connects": values are then whole counts, shown as "84 Connects"
 *   in descriptions and "84" on the axis
 */
void
payday_chart_set_value_unit (PaydayChart *self,
                             const char  *unit)
{
  g_return_if_fail (PAYDAY_IS_CHART (self));

  if (set_str (&self->value_unit, unit))
    changed (self);
}

/* A value for descriptions and tooltips: money, or a count with its unit. */
char *
payday_chart_format_value (PaydayChart *self,
                           double       value)
{
  if (self->value_unit == NULL)
    return payday_money_format ((PaydayCents) llround (value));

  return g_strdup_printf ("%" G_GINT64_FORMAT " %s", (gint64) llround (value), self->value_unit);
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
  payday_chart_invalidate_columns (self);
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
  payday_chart_invalidate_columns (self);
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
  payday_chart_invalidate_columns (self);
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
  payday_chart_invalidate_columns (self);
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

  payday_chart_invalidate_columns (self);
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

double
payday_chart_value_to_y (PaydayChart *self,
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

void
payday_chart_ensure_columns (PaydayChart *self)
{
  if (self->cache_from != self->view_from || self->cache_to != self->view_to ||
      self->cache_x != self->plot.x || self->cache_width != self->plot.width)
    payday_chart_invalidate_columns (self);

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
          payday_chart_bar_geometry (self, i, &by, &bh);
          if (g_array_index (self->lane_rows, guint, lane) > 1 &&
              (y < by - (ROW_HEIGHT - ROW_BAR) / 2 || y >= by + bh + (ROW_HEIGHT - ROW_BAR) / 2))
            continue;
          payday_chart_span_extent (&spans[i], &s, &e);
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

        payday_chart_bar_geometry (self, best_i, &by, &bh);
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

          d = fabs (payday_chart_value_to_y (self, s->y[i]) - y);
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
          hit->py = payday_chart_value_to_y (self, hit->y);
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
      g_autofree char *value = payday_chart_format_value (self, hit->y);
      GString *str = g_string_new (NULL);

      g_string_append_printf (str, "%s\n%s: %s", day, s->label, value);
      if (s->low != NULL && hit->index < s->n)
        {
          g_autofree char *lo = payday_chart_format_value (self, s->low[hit->index]);
          g_autofree char *hi = payday_chart_format_value (self, s->high[hit->index]);

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
      value = payday_chart_format_value (self, s->y[s->n - 1]);
      g_string_append_c (str, '\n');
      /* Translators: a series' last value: "Scheduled: $1,200.00 on 2026-06-30" */
      g_string_append_printf (str, _("%s: %s on %s"), s->label, value, day);
      if (s->low != NULL)
        {
          g_autofree char *lo = payday_chart_format_value (self, s->low[s->n - 1]);
          g_autofree char *hi = payday_chart_format_value (self, s->high[s->n - 1]);

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
