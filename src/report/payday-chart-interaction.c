/* payday-chart-interaction.c — hit-testing, hover, zoom and pan of the chart
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "payday-chart-private.h"

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

          i = payday_chart_lower_bound (s->x, 0, s->n, day);
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
  payday_chart_changed (self);
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
  payday_chart_set_view (self, anchor - frac * span, anchor - frac * span + span);
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
  payday_chart_set_view (self, self->view_from - days, self->view_to - days);
}

void
payday_chart_reset_view (PaydayChart *self)
{
  g_return_if_fail (PAYDAY_IS_CHART (self));

  payday_chart_set_view (self, self->from, (double) self->to + 1);
}
