/* payday-chart-axes.c — the chart's date and money axes: tick choice, labels, grid
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <pango/pangocairo.h>

#include "payday-chart-private.h"

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

void
payday_chart_draw_x_axis (PaydayChart *self,
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
          payday_chart_set_color (cr, &p->grid, 1.0);
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

      payday_chart_set_color (cr, &p->dim, 1.0);
      payday_chart_show_text (cr, layout, label, label_x, bottom + AXIS_HEIGHT / 2, 0.5);
      last_label_end = label_x + w / 2.0;
      first = FALSE;
    }

  cairo_restore (cr);
}

void
payday_chart_draw_y_axis (PaydayChart *self,
                          cairo_t     *cr,
                          PangoLayout *layout)
{
  const PaydayChartPalette *p = &self->palette;
  double step = self->y_tick;

  cairo_save (cr);
  cairo_set_line_width (cr, 1.0);

  for (double v = self->y_min; v <= self->y_max + step / 2; v += step)
    {
      double y = floor (payday_chart_value_to_y (self, v)) + 0.5;
      g_autofree char *label = payday_chart_format_axis_money (self, v, step);

      payday_chart_set_color (cr, fabs (v) < step / 2 ? &p->dim : &p->grid,
                              fabs (v) < step / 2 ? 0.5 : 1.0);
      cairo_move_to (cr, self->plot.x, y);
      cairo_line_to (cr, self->plot.x + self->plot.width, y);
      cairo_stroke (cr);

      payday_chart_set_color (cr, &p->dim, 1.0);
      payday_chart_show_text (cr, layout, label, self->plot.x - PAD, y, 1.0);
    }

  cairo_restore (cr);
}
