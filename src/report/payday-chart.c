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
      palette->bank = rgb (0x1a5fb4, 1.0);
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
      palette->bank = rgb (0x99c1f1, 1.0);
      palette->series[0] = rgb (0x57e389, 1.0);
      palette->series[1] = rgb (0x62a0ea, 1.0);
      palette->series[2] = rgb (0xffa348, 1.0);
      palette->series[3] = rgb (0xdc8add, 1.0);
      palette->series[4] = rgb (0xcdab8f, 1.0);
      palette->series[5] = rgb (0xc0bfbc, 1.0);
    }
}

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
  self->series = g_ptr_array_new_with_free_func ((GDestroyNotify) payday_chart_series_free);
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

void
payday_chart_changed (PaydayChart *self)
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
  payday_chart_changed (self);
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
    payday_chart_changed (self);
}

void
payday_chart_set_title (PaydayChart *self,
                        const char  *title)
{
  g_return_if_fail (PAYDAY_IS_CHART (self));

  if (set_str (&self->title, title))
    payday_chart_changed (self);
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
    payday_chart_changed (self);
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
  payday_chart_changed (self);
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

void
payday_chart_set_view (PaydayChart *self,
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
  payday_chart_changed (self);
}

void
payday_chart_set_visible (PaydayChart *self,
                          double       from,
                          double       to)
{
  g_return_if_fail (PAYDAY_IS_CHART (self));
  g_return_if_fail (to > from);

  payday_chart_set_view (self, from, to);
}

void
payday_chart_set_today (PaydayChart *self,
                        PaydayDate   today)
{
  g_return_if_fail (PAYDAY_IS_CHART (self));

  if (self->today == today)
    return;

  self->today = today;
  payday_chart_changed (self);
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
  payday_chart_changed (self);
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
  payday_chart_pyramid_build (&s->y_min, s->y, n_points, FALSE);
  payday_chart_pyramid_build (&s->y_max, s->y, n_points, TRUE);

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
  payday_chart_changed (self);

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
  payday_chart_pyramid_build (&s->low_min, s->low, s->low ? s->n : 0, FALSE);
  payday_chart_pyramid_build (&s->high_max, s->high, s->high ? s->n : 0, TRUE);

  payday_chart_invalidate_columns (self);
  payday_chart_changed (self);
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
  payday_chart_changed (self);

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
  payday_chart_changed (self);
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
        payday_chart_series_reduce (s, self->view_from, self->view_to, self->plot.x,
                                    self->plot.width);
    }

  self->cache_from = self->view_from;
  self->cache_to = self->view_to;
  self->cache_x = self->plot.x;
  self->cache_width = self->plot.width;
  update_y_range (self);
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
