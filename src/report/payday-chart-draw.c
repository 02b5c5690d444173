/* payday-chart-draw.c — the chart's layers drawn with cairo and pango
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "payday-chart-private.h"

void
payday_chart_set_color (cairo_t                *cr,
                        const PaydayChartColor *c,
                        double                  alpha)
{
  cairo_set_source_rgba (cr, c->red, c->green, c->blue, c->alpha * alpha);
}

char *
payday_chart_format_axis_money (PaydayChart *self,
                                double       cents,
                                double       step)
{
  gint64 c = (gint64) llround (cents);
  g_autofree char *s = NULL;

  /* A count (Connects) shows its bare number on the axis. */
  if (self->value_unit != NULL)
    return g_strdup_printf ("%" G_GINT64_FORMAT, c);

  s = payday_money_format (c);

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
  payday_chart_pack_rows (self);
  limit = self->series->len == 0 ? bottom - top : (bottom - top) / 2;
  g_array_set_size (self->lane_top, 0);
  self->n_visible_lanes = 0;
  for (guint l = 0; l < self->lanes->len; l++)
    {
      double h = payday_chart_lane_height (self, l);

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
      g_autofree char *text = payday_chart_format_axis_money (self, v, step);

      widest = MAX (widest, text_width (layout, text));
    }

  if (widest + 2 * PAD > self->plot.x)
    {
      double right = self->plot.x + self->plot.width;

      self->plot.x = widest + 2 * PAD;
      self->plot.width = right - self->plot.x;
      self->timeline.x = self->plot.x;
      self->timeline.width = self->plot.width;
      payday_chart_ensure_columns (self);
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

void
payday_chart_show_text (cairo_t     *cr,
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

/* One edge of a series or band through the columns: the first, extreme and last values of
 * each pixel column, so spikes inside a column stay visible. */
static void
trace_columns (PaydayChart             *self,
               cairo_t                 *cr,
               const PaydayChartColumn *cols,
               guint                    n,
               gboolean                 step,
               double                   extend, /* step: pixels the last value holds */
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
          ya = payday_chart_value_to_y (self, reverse ? c->last : c->first);
          yb = payday_chart_value_to_y (self, reverse ? c->first : c->last);
          ylo = payday_chart_value_to_y (self, c->min);
          yhi = payday_chart_value_to_y (self, c->max);
        }
      else
        {
          double v = which > 0 ? c->band_high : c->band_low;

          ya = yb = ylo = yhi = payday_chart_value_to_y (self, v);
        }

      if (k == 0 && reverse && extend > 0)
        {
          cairo_line_to (cr, xa + extend, ya);
          cairo_line_to (cr, xa, ya);
        }
      else if (k == 0 && move_first)
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

  if (!reverse && extend > 0 && n > 0)
    cairo_line_to (cr, prev_x + extend, prev_y);
}

static void
draw_series (PaydayChart *self,
             cairo_t     *cr)
{
  const PaydayChartPalette *p = &self->palette;
  double base = payday_chart_value_to_y (self, CLAMP (0, self->y_min, self->y_max));
  double day_px = self->plot.width / (self->view_to - self->view_from);

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
      double extend;

      if (s->columns->len == 0)
        continue;

      /* a step's last value holds through its day */
      extend = step && cols[s->columns->len - 1].last_index == s->n - 1 ? day_px : 0;

      if (s->low != NULL)
        {
          trace_columns (self, cr, cols, s->columns->len, step, extend, 1, FALSE, TRUE);
          trace_columns (self, cr, cols, s->columns->len, step, extend, -1, TRUE, FALSE);
          cairo_close_path (cr);
          payday_chart_set_color (cr, color, 0.22);
          cairo_fill (cr);
        }
      else if (self->series->len == 1)
        {
          cairo_pattern_t *gradient;

          trace_columns (self, cr, cols, s->columns->len, step, extend, 0, FALSE, TRUE);
          cairo_line_to (cr, cols[s->columns->len - 1].x_last + extend, base);
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

      gboolean step = s->style == PAYDAY_CHART_SERIES_STEP;
      double extend;

      if (s->columns->len == 0)
        continue;

      extend = step && cols[s->columns->len - 1].last_index == s->n - 1 ? day_px : 0;
      trace_columns (self, cr, cols, s->columns->len, step, extend, 0, FALSE, TRUE);
      cairo_set_line_width (cr, 2.0);
      payday_chart_set_color (cr, &p->series[i % PAYDAY_CHART_N_SERIES_COLORS], 1.0);
      cairo_stroke (cr);
    }

  cairo_restore (cr);
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
draw_span (PaydayChart           *self,
           cairo_t               *cr,
           gsize                  index,
           gboolean               hovered)
{
  const PaydayChartSpan *span = &g_array_index (self->spans, PaydayChartSpan, index);
  const PaydayChartPalette *p = &self->palette;
  double alpha = (span->flags & PAYDAY_CHART_SPAN_PROJECTED) ? 0.45 : 1.0;
  double s, e, x0, x1, y, h;

  payday_chart_span_extent (span, &s, &e);
  if (s > e)
    return;

  payday_chart_bar_geometry (self, index, &y, &h);
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
      if (span->flags & PAYDAY_CHART_SPAN_WITHDRAWAL)
        payday_chart_set_color (cr, &p->bank, 0.55 * alpha);
      else if (span->flags & PAYDAY_CHART_SPAN_UNFUNDED)
        payday_chart_set_color (cr, phase_color (p, ph), 0.25 * alpha);
      else
        payday_chart_set_color (cr, phase_color (p, ph), 0.85 * alpha);
      cairo_fill (cr);
    }

  if (span->flags & PAYDAY_CHART_SPAN_UNFUNDED)
    {
      /* no money in escrow: hatched, outlined in the danger colour */
      cairo_set_line_width (cr, 1.0);
      payday_chart_set_color (cr, &p->danger, 0.6 * alpha);
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

      payday_chart_set_color (cr, &p->danger, alpha);
      rounded_rect (cr, wx - 2.5, y - 3, 3, h + 6, 1.5);
      cairo_fill (cr);
    }

  if (payday_date_is_set (span->available_on))
    {
      double ax = payday_chart_date_to_x (self, span->available_on);

      cairo_arc (cr, ax, y + h / 2, h / 2 - 1, 0, 2 * G_PI);
      payday_chart_set_color (cr, (span->flags & PAYDAY_CHART_SPAN_WITHDRAWAL) ? &p->bank
                                                                             : &p->available,
                              alpha);
      cairo_fill_preserve (cr);
      payday_chart_set_color (cr, &p->background, p->background.alpha > 0 ? 1.0 : 0.0);
      cairo_set_line_width (cr, 1.5);
      cairo_stroke (cr);
    }

  if (hovered)
    {
      rounded_rect (cr, x0 - 1.5, y - 1.5, MAX (x1 - x0, 1) + 3 + h / 2, h + 3, 4);
      payday_chart_set_color (cr, &p->accent, 1.0);
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
          payday_chart_set_color (cr, &p->grid, 0.5);
          cairo_rectangle (cr, self->timeline.x, y, self->timeline.width, h);
          cairo_fill (cr);
        }
      payday_chart_set_color (cr, &p->foreground, 1.0);
      payday_chart_show_text (cr, layout, g_ptr_array_index (self->lanes, l), PAD,
                              y + MIN (h, LANE_HEIGHT) / 2, 0);
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
      payday_chart_span_extent (span, &s, &e);
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
  payday_chart_set_color (cr, &p->today, 1.0);
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
  y = payday_chart_value_to_y (self, self->hover.y);
  if (x < self->plot.x || x > self->plot.x + self->plot.width)
    return;

  cairo_save (cr);
  payday_chart_set_color (cr, &p->dim, 0.6);
  cairo_set_line_width (cr, 1.0);
  cairo_move_to (cr, floor (x) + 0.5, self->plot.y);
  cairo_line_to (cr, floor (x) + 0.5, self->plot.y + self->plot.height);
  cairo_stroke (cr);
  cairo_arc (cr, x, y, 4.5, 0, 2 * G_PI);
  payday_chart_set_color (cr, &p->series[self->hover.series % PAYDAY_CHART_N_SERIES_COLORS], 1.0);
  cairo_fill_preserve (cr);
  payday_chart_set_color (cr, &p->background, p->background.alpha > 0 ? 1.0 : 0.0);
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

  payday_chart_set_color (cr, &p->dim, 1.0);
  payday_chart_show_text (cr, layout, label, x, y, 0);

  payday_chart_set_color (cr, color, alpha);
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
      const PangoFontDescription *base = pango_layout_get_font_description (layout);
      PangoFontDescription *bold = pango_font_description_copy (base);

      pango_font_description_set_weight (bold, PANGO_WEIGHT_BOLD);
      pango_layout_set_font_description (layout, bold);
      payday_chart_set_color (cr, &p->foreground, 1.0);
      payday_chart_show_text (cr, layout, self->title, PAD, y, 0);
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

  /* Bank arrivals, when the timeline has a withdrawal lane: drawn last, so the first entry
   * to drop where space is short (the lane's own label names them too). */
  for (guint i = 0; i < self->spans->len && right > 0; i++)
    if (g_array_index (self->spans, PaydayChartSpan, i).flags & PAYDAY_CHART_SPAN_WITHDRAWAL)
      {
        right = legend_entry (cr, layout, p, right, y, _("In your bank"), &p->bank, SWATCH_DOT,
                              1.0, min_x);
        break;
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
  payday_chart_ensure_columns (self);
  fit_money_gutter (self, layout);

  if (self->palette.background.alpha > 0)
    {
      payday_chart_set_color (cr, &self->palette.background, 1.0);
      cairo_paint (cr);
    }

  if (self->series->len > 0)
    payday_chart_draw_y_axis (self, cr, layout);
  payday_chart_draw_x_axis (self, cr, layout);
  draw_timeline (self, cr, layout);
  if (self->series->len > 0)
    draw_series (self, cr);
  draw_today (self, cr, layout);
  draw_hover_point (self, cr);
  draw_legend (self, cr, layout);

  g_object_unref (layout);
  cairo_restore (cr);
}
