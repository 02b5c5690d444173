/* test-chart.c — the chart model: reduction, hit tests, zoom, timeline, files, pixels
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gstdio.h>

#include "core-test-util.h"
#include "payday-chart-private.h"
#include "payday-plan.h"
#include "payday-rules.h"
#include "payday-simulator-chart.h"

static PaydayDate
ymd (const char *text)
{
  PaydayDate d = PAYDAY_DATE_NONE;

  g_assert_true (payday_date_parse (text, &d));
  return d;
}

static cairo_surface_t *
draw_to_image (PaydayChart *chart,
               int          width,
               int          height)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);

  payday_chart_draw (chart, cr, width, height);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  return surface;
}

static void
draw_once (PaydayChart *chart,
           int          width,
           int          height)
{
  cairo_surface_destroy (draw_to_image (chart, width, height));
}

/* Checks every non-edge column against a brute-force scan of the points. */
static void
check_columns (PaydayChart  *chart,
               const double *x,
               const double *y,
               gsize         n)
{
  const PaydayChartColumn *cols;
  guint n_cols, n_pixels, checked = 0;
  double px, py, pw, ph, from, to, per_col;
  g_autofree double *bmin = NULL;
  g_autofree double *bmax = NULL;
  g_autofree gboolean *seen = NULL;

  payday_chart_get_plot_area (chart, &px, &py, &pw, &ph);
  payday_chart_get_visible (chart, &from, &to);
  n_pixels = (guint) ceil (pw);
  per_col = (to - from) / n_pixels;
  bmin = g_new (double, n_pixels);
  bmax = g_new (double, n_pixels);
  seen = g_new0 (gboolean, n_pixels);

  for (gsize i = 0; i < n; i++)
    {
      int c;

      if (x[i] < from || x[i] >= to)
        continue;
      c = (int) floor ((x[i] - from) / per_col);
      /* the reduction compares against from + (c + 1) · per_col; agree on the boundary */
      while (c + 1 < (int) n_pixels && x[i] >= from + (c + 1) * per_col)
        c++;
      while (c > 0 && x[i] < from + c * per_col)
        c--;
      c = CLAMP (c, 0, (int) n_pixels - 1);
      if (!seen[c])
        {
          bmin[c] = bmax[c] = y[i];
          seen[c] = TRUE;
        }
      bmin[c] = MIN (bmin[c], y[i]);
      bmax[c] = MAX (bmax[c], y[i]);
    }

  cols = payday_chart_get_columns (chart, 0, &n_cols);
  g_assert_nonnull (cols);
  for (guint k = 0; k < n_cols; k++)
    {
      const PaydayChartColumn *c = &cols[k];

      if (x[c->first_index] < from || x[c->first_index] >= to)
        continue;                       /* the edge point outside the window */
      g_assert_true (seen[c->column]);
      g_assert_cmpfloat (c->min, ==, bmin[c->column]);
      g_assert_cmpfloat (c->max, ==, bmax[c->column]);
      g_assert_cmpfloat (c->first, ==, y[c->first_index]);
      g_assert_cmpfloat (c->last, ==, y[c->last_index]);
      seen[c->column] = FALSE;
      checked++;
    }

  /* no column was missed */
  for (guint c = 0; c < n_pixels; c++)
    g_assert_false (seen[c]);
  g_assert_cmpuint (checked, >, 0);
  g_assert_cmpuint (n_cols, <=, n_pixels + 2);
}

static void
test_reduce (void)
{
  g_autoptr(PaydayChart) chart = payday_chart_new ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  gsize n = 50000;
  g_autofree double *x = g_new (double, n);
  g_autofree double *y = g_new (double, n);
  PaydayDate from = ymd ("2026-01-01");
  const PaydayChartColumn *cols;
  guint n_cols;

  for (gsize i = 0; i < n; i++)
    {
      x[i] = from + i * (365.0 / n);
      y[i] = g_rand_double_range (rand, -50000, 250000);
    }
  /* a single spike must survive the reduction */
  y[n / 2] = 10000000;

  payday_chart_set_range (chart, from, from + 364);
  payday_chart_add_series (chart, "Noise", PAYDAY_CHART_SERIES_LINE, x, y, n);
  draw_once (chart, 640, 320);
  check_columns (chart, x, y, n);

  cols = payday_chart_get_columns (chart, 0, &n_cols);
  {
    gboolean spike = FALSE;

    for (guint k = 0; k < n_cols; k++)
      spike |= cols[k].max == 10000000;
    g_assert_true (spike);
  }

  /* zoomed and panned windows reduce again, with edge points outside */
  payday_chart_zoom (chart, 7.3, 200);
  draw_once (chart, 640, 320);
  check_columns (chart, x, y, n);
  cols = payday_chart_get_columns (chart, 0, &n_cols);
  g_assert_cmpuint (cols[0].column, ==, 0);
  g_assert_cmpfloat (cols[0].x_first, <, cols[1].x_first);

  payday_chart_pan (chart, 123);
  draw_once (chart, 640, 320);
  check_columns (chart, x, y, n);

  /* a new size reduces to the new width */
  draw_once (chart, 1000, 320);
  check_columns (chart, x, y, n);
}

static void
test_reduce_sparse (void)
{
  g_autoptr(PaydayChart) chart = payday_chart_new ();
  double x[] = { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 };
  double y[] = { 5, 3, 8, 1, 9, 2, 7, 4, 6, 0 };
  PaydayDate from = ymd ("2026-03-02");
  const PaydayChartColumn *cols;
  guint n_cols;

  for (guint i = 0; i < G_N_ELEMENTS (x); i++)
    {
      x[i] += from;
      y[i] *= 1000;
    }
  payday_chart_set_range (chart, from, from + 9);
  payday_chart_add_series (chart, "Sparse", PAYDAY_CHART_SERIES_STEP, x, y, G_N_ELEMENTS (x));
  draw_once (chart, 500, 300);

  /* fewer points than pixels: one column per point, each at its exact x */
  cols = payday_chart_get_columns (chart, 0, &n_cols);
  g_assert_cmpuint (n_cols, ==, G_N_ELEMENTS (x));
  for (guint k = 0; k < n_cols; k++)
    {
      g_assert_cmpuint (cols[k].first_index, ==, k);
      g_assert_cmpfloat (cols[k].min, ==, y[k]);
      g_assert_cmpfloat (cols[k].max, ==, y[k]);
      g_assert_cmpfloat_with_epsilon (cols[k].x_first, payday_chart_date_to_x (chart, x[k]), 1e-9);
    }
  check_columns (chart, x, y, G_N_ELEMENTS (x));
}

static void
test_hit_test (void)
{
  g_autoptr(PaydayChart) chart = payday_chart_new ();
  double x[30], high[30], low[30];
  PaydayDate from = ymd ("2026-04-01");
  PaydayChartHit hit;
  double px, py, pw, ph;
  g_autofree char *text = NULL;

  for (guint i = 0; i < 30; i++)
    {
      x[i] = from + i;
      high[i] = 100000 + i * 1000;
      low[i] = 0;
    }
  payday_chart_set_range (chart, from, from + 29);
  payday_chart_add_series (chart, "Low", PAYDAY_CHART_SERIES_LINE, x, low, 30);
  payday_chart_add_series (chart, "High", PAYDAY_CHART_SERIES_LINE, x, high, 30);
  draw_once (chart, 800, 400);
  payday_chart_get_plot_area (chart, &px, &py, &pw, &ph);

  /* just right of day 10, near the top: the high series' point 10 */
  g_assert_true (payday_chart_hit_test (chart, payday_chart_date_to_x (chart, from + 10) + 3,
                                        py + 5, &hit));
  g_assert_cmpint (hit.kind, ==, PAYDAY_CHART_HIT_POINT);
  g_assert_cmpuint (hit.series, ==, 1);
  g_assert_cmpuint (hit.index, ==, 10);
  g_assert_cmpfloat (hit.y, ==, 110000);
  g_assert_cmpfloat_with_epsilon (hit.px, payday_chart_date_to_x (chart, from + 10), 1e-9);

  /* just left of day 21, near the bottom: the low series' point 21 */
  g_assert_true (payday_chart_hit_test (chart, payday_chart_date_to_x (chart, from + 21) - 3,
                                        py + ph - 2, &hit));
  g_assert_cmpint (hit.kind, ==, PAYDAY_CHART_HIT_POINT);
  g_assert_cmpuint (hit.series, ==, 0);
  g_assert_cmpuint (hit.index, ==, 21);

  text = payday_chart_describe_hit (chart, &hit);
  g_assert_cmpstr (text, ==, "2026-04-22\nLow: $0.00");

  /* outside the plot: nothing */
  g_assert_false (payday_chart_hit_test (chart, 2, 2, &hit));
  g_assert_cmpint (hit.kind, ==, PAYDAY_CHART_HIT_NONE);
}

static void
test_zoom_pan (void)
{
  g_autoptr(PaydayChart) chart = payday_chart_new ();
  PaydayDate from = ymd ("2026-01-01"), to = ymd ("2026-12-31");
  double x[2] = { from, to }, y[2] = { 0, 100000 };
  double px, py, pw, ph, vf, vt, anchor, before, after, span;

  payday_chart_set_range (chart, from, to);
  payday_chart_add_series (chart, "Cash", PAYDAY_CHART_SERIES_STEP, x, y, 2);
  draw_once (chart, 900, 400);
  payday_chart_get_plot_area (chart, &px, &py, &pw, &ph);

  payday_chart_get_visible (chart, &vf, &vt);
  g_assert_cmpfloat (vf, ==, from);
  g_assert_cmpfloat (vt, ==, to + 1);

  /* zooming keeps the anchor's date under the pointer */
  anchor = px + pw * 0.3;
  before = payday_chart_x_to_date (chart, anchor);
  payday_chart_zoom (chart, 2.0, anchor);
  after = payday_chart_x_to_date (chart, anchor);
  g_assert_cmpfloat_with_epsilon (before, after, 1e-6);
  payday_chart_get_visible (chart, &vf, &vt);
  g_assert_cmpfloat_with_epsilon (vt - vf, 365.0 / 2, 1e-9);

  anchor = px + pw * 0.9;
  before = payday_chart_x_to_date (chart, anchor);
  payday_chart_zoom (chart, 1.5, anchor);
  g_assert_cmpfloat_with_epsilon (before, payday_chart_x_to_date (chart, anchor), 1e-6);

  /* panning right by 100 px shows earlier days, by 100 px worth of days */
  payday_chart_get_visible (chart, &vf, &vt);
  span = vt - vf;
  payday_chart_pan (chart, 100);
  {
    double vf2, vt2;

    payday_chart_get_visible (chart, &vf2, &vt2);
    g_assert_cmpfloat_with_epsilon (vf - vf2, 100 * span / pw, 1e-6);
    g_assert_cmpfloat_with_epsilon (vt2 - vf2, span, 1e-9);
  }

  /* panning never leaves the range */
  payday_chart_pan (chart, 1e6);
  payday_chart_get_visible (chart, &vf, &vt);
  g_assert_cmpfloat (vf, ==, from);
  g_assert_cmpfloat_with_epsilon (vt - vf, span, 1e-9);
  payday_chart_pan (chart, -1e6);
  payday_chart_get_visible (chart, &vf, &vt);
  g_assert_cmpfloat (vt, ==, to + 1);

  /* zoom stops at three days, and out at the full range */
  for (int i = 0; i < 40; i++)
    payday_chart_zoom (chart, 2.0, px + pw / 2);
  payday_chart_get_visible (chart, &vf, &vt);
  g_assert_cmpfloat_with_epsilon (vt - vf, 3.0, 1e-9);
  for (int i = 0; i < 40; i++)
    payday_chart_zoom (chart, 0.5, px);
  payday_chart_get_visible (chart, &vf, &vt);
  g_assert_cmpfloat (vf, ==, from);
  g_assert_cmpfloat (vt, ==, to + 1);

  payday_chart_zoom (chart, 4.0, px + pw);
  payday_chart_reset_view (chart);
  payday_chart_get_visible (chart, &vf, &vt);
  g_assert_cmpfloat (vf, ==, from);
  g_assert_cmpfloat (vt, ==, to + 1);
}

/* A schedule built by hand (the schedule engine is not used here): dates follow the worked
 * examples of docs/schedule.md. */
typedef struct
{
  PaydayPlan     *plan;
  PaydaySchedule  schedule;
} Fixture;

static void
add_contract (PaydayPlan         *plan,
              const char         *id,
              const char         *title,
              PaydayContractType  type)
{
  PaydayContract c;

  payday_contract_init (&c, type);
  c.id = g_strdup (id);
  c.title = g_strdup (title);
  g_array_append_val (plan->contracts, c);
}

static PaydayItem
week_item (guint       contract,
           const char *monday,
           PaydayCents net)
{
  PaydayItem it = { 0 };
  PaydayDate d = ymd (monday);

  it.kind = PAYDAY_ITEM_HOURLY_WEEK;
  it.contract_index = contract;
  it.period_start = d;
  it.period_end = d + 6;
  it.charged_on = d + 7;
  it.released_on = d + 11;
  it.available_on = d + 16;
  it.net_cents = net;
  it.gross_cents = net * 10 / 9;
  return it;
}

static PaydayItem
milestone_item (guint       contract,
                const char *funded,
                const char *submitted,
                const char *approved,
                PaydayCents net)
{
  PaydayItem it = { 0 };

  it.kind = PAYDAY_ITEM_MILESTONE;
  it.contract_index = contract;
  it.period_start = funded ? ymd (funded) : PAYDAY_DATE_NONE;
  it.period_end = ymd (submitted);
  it.charged_on = it.period_start;
  it.unfunded = funded == NULL;
  it.released_on = approved ? ymd (approved) : it.period_end + 14;
  it.auto_released = approved == NULL;
  it.available_on = it.released_on + 5;
  it.net_cents = net;
  return it;
}

static void
fixture_init (Fixture *f,
              gboolean big)
{
  GArray *items = g_array_new (FALSE, FALSE, sizeof (PaydayItem));
  PaydayItem it;

  memset (f, 0, sizeof *f);
  f->plan = payday_plan_new ();
  add_contract (f->plan, "c1", "Mobile app backend", PAYDAY_CONTRACT_HOURLY);
  add_contract (f->plan, "c2", "Brand website", PAYDAY_CONTRACT_FIXED);
  add_contract (f->plan, "c3", NULL, PAYDAY_CONTRACT_HOURLY);

  it = week_item (0, "2026-01-05", 28125);
  g_array_append_val (items, it);
  it = milestone_item (1, "2026-01-20", "2026-02-02", NULL, 45000);
  g_array_append_val (items, it);
  it = milestone_item (1, NULL, "2026-02-20", "2026-02-24", 90000);
  g_array_append_val (items, it);
  it = week_item (2, "2026-01-12", 18000);
  it.unpaid_minutes = 120;
  g_array_append_val (items, it);
  memset (&it, 0, sizeof it);
  it.kind = PAYDAY_ITEM_BONUS;
  it.contract_index = 0;
  it.period_start = it.period_end = it.charged_on = it.released_on = ymd ("2026-02-10");
  it.available_on = ymd ("2026-02-15");
  it.net_cents = 9000;
  g_array_append_val (items, it);

  if (big)
    {
      /* more weeks for the screenshots, some projected */
      for (PaydayDate d = ymd ("2026-01-12"); d <= ymd ("2026-05-25"); d += 7)
        {
          char buf[PAYDAY_DATE_BUF];

          it = week_item (0, payday_date_format (d, buf), 60000 + (d % 5) * 4000);
          it.projected = d >= ymd ("2026-03-02");
          g_array_append_val (items, it);
        }
      for (PaydayDate d = ymd ("2026-01-19"); d <= ymd ("2026-03-30"); d += 14)
        {
          char buf[PAYDAY_DATE_BUF];

          it = week_item (2, payday_date_format (d, buf), 15000);
          it.projected = d >= ymd ("2026-03-02");
          g_array_append_val (items, it);
        }
      it = milestone_item (1, "2026-03-01", "2026-04-10", NULL, 120000);
      it.projected = TRUE;
      g_array_append_val (items, it);
    }

  f->schedule.plan = f->plan;
  f->schedule.today = ymd ("2026-03-02");
  f->schedule.items = items;
}

static void
fixture_clear (Fixture *f)
{
  g_clear_pointer (&f->schedule.items, g_array_unref);
  g_clear_pointer (&f->plan, payday_plan_unref);
}

static void
test_timeline_from_schedule (void)
{
  g_autoptr(PaydayChart) chart = payday_chart_new ();
  const PaydayChartSpan *spans;
  g_autofree char *text = NULL;
  gsize n;
  Fixture f;

  fixture_init (&f, FALSE);
  payday_chart_set_range (chart, ymd ("2026-01-01"), ymd ("2026-03-31"));
  payday_chart_timeline_from_schedule (chart, &f.schedule);

  g_assert_cmpuint (payday_chart_get_n_lanes (chart), ==, 3);
  spans = payday_chart_get_spans (chart, &n);
  g_assert_cmpuint (n, ==, 5);

  /* hourly week of 2026-01-05: work Mon–Sun, review Mon 12 – Fri 16, hold to Wed 21 */
  g_assert_cmpuint (spans[0].lane, ==, 0);
  g_assert_cmpuint (spans[0].item, ==, 0);
  g_assert_cmpint (spans[0].start[PAYDAY_CHART_PHASE_WORK], ==, ymd ("2026-01-05"));
  g_assert_cmpint (spans[0].end[PAYDAY_CHART_PHASE_WORK], ==, ymd ("2026-01-12"));
  g_assert_cmpint (spans[0].start[PAYDAY_CHART_PHASE_REVIEW], ==, ymd ("2026-01-12"));
  g_assert_cmpint (spans[0].end[PAYDAY_CHART_PHASE_REVIEW], ==, ymd ("2026-01-17"));
  g_assert_cmpint (spans[0].start[PAYDAY_CHART_PHASE_HOLD], ==, ymd ("2026-01-17"));
  g_assert_cmpint (spans[0].end[PAYDAY_CHART_PHASE_HOLD], ==, ymd ("2026-01-21"));
  g_assert_cmpint (spans[0].available_on, ==, ymd ("2026-01-21"));
  g_assert_cmpint (spans[0].flags, ==, 0);

  /* milestone funded 01-20, submitted 02-02, auto-released 02-16, available 02-21 */
  g_assert_cmpuint (spans[1].lane, ==, 1);
  g_assert_cmpint (spans[1].start[PAYDAY_CHART_PHASE_WORK], ==, ymd ("2026-01-20"));
  g_assert_cmpint (spans[1].end[PAYDAY_CHART_PHASE_WORK], ==, ymd ("2026-02-03"));
  g_assert_cmpint (spans[1].start[PAYDAY_CHART_PHASE_REVIEW], ==, ymd ("2026-02-03"));
  g_assert_cmpint (spans[1].end[PAYDAY_CHART_PHASE_REVIEW], ==, ymd ("2026-02-17"));
  g_assert_cmpint (spans[1].end[PAYDAY_CHART_PHASE_HOLD], ==, ymd ("2026-02-21"));
  g_assert_cmpint (spans[1].flags, ==, 0);

  /* unfunded, approved early */
  g_assert_cmpint (spans[2].flags, ==,
                   PAYDAY_CHART_SPAN_UNFUNDED | PAYDAY_CHART_SPAN_EARLY_APPROVAL);
  g_assert_cmpint (spans[2].start[PAYDAY_CHART_PHASE_WORK], ==, ymd ("2026-02-20"));
  g_assert_cmpint (spans[2].end[PAYDAY_CHART_PHASE_REVIEW], ==, ymd ("2026-02-25"));

  /* disputed hours on the third contract */
  g_assert_cmpuint (spans[3].lane, ==, 2);
  g_assert_cmpint (spans[3].flags, ==, PAYDAY_CHART_SPAN_DISPUTED);

  /* a bonus: only the hold */
  g_assert_cmpint (spans[4].start[PAYDAY_CHART_PHASE_WORK], ==, PAYDAY_DATE_NONE);
  g_assert_cmpint (spans[4].start[PAYDAY_CHART_PHASE_REVIEW], ==, PAYDAY_DATE_NONE);
  g_assert_cmpint (spans[4].start[PAYDAY_CHART_PHASE_HOLD], ==, ymd ("2026-02-10"));
  g_assert_cmpint (spans[4].end[PAYDAY_CHART_PHASE_HOLD], ==, ymd ("2026-02-15"));

  text = payday_chart_describe (chart);
  g_assert_nonnull (strstr (text, "From 2026-01-01 to 2026-03-31."));
  g_assert_nonnull (strstr (text, "Mobile app backend: 2 payments."));
  g_assert_nonnull (strstr (text, "Brand website: 2 payments."));
  g_assert_nonnull (strstr (text, "c3: 1 payment."));     /* untitled: the id */

  /* hovering the milestone's review finds it */
  {
    PaydayChartHit hit;
    g_autofree char *hover = NULL;
    double y;

    draw_once (chart, 900, 300);
    /* lanes start under the legend; lane 1's middle */
    y = 28 + 24 + 12;
    g_assert_true (payday_chart_hit_test (chart,
                                          payday_chart_date_to_x (chart, ymd ("2026-02-10")),
                                          y, &hit));
    g_assert_cmpint (hit.kind, ==, PAYDAY_CHART_HIT_SPAN);
    g_assert_cmpuint (hit.item, ==, 1);
    g_assert_cmpuint (hit.lane, ==, 1);
    g_assert_cmpint (hit.phase, ==, PAYDAY_CHART_PHASE_REVIEW);
    hover = payday_chart_describe_hit (chart, &hit);
    g_assert_cmpstr (hover, ==,
                     "Brand website\n"
                     "Work: 2026-01-20 – 2026-02-02\n"
                     "Client review: 2026-02-03 – 2026-02-16\n"
                     "Security hold: 2026-02-17 – 2026-02-20\n"
                     "Available: 2026-02-21");
  }

  fixture_clear (&f);
}

static void
test_files (void)
{
  g_autoptr(PaydayChart) chart = payday_chart_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("payday-chart-XXXXXX", &error);
  g_autofree char *svg = NULL;
  g_autofree char *png = NULL;
  g_autofree char *bad = NULL;
  g_autofree char *contents = NULL;
  gsize len;
  double x[3] = { 0, 1, 2 }, y[3] = { 0, 5000, 7000 };
  PaydayDate from = ymd ("2026-06-01");

  g_assert_no_error (error);
  for (guint i = 0; i < 3; i++)
    x[i] += from;
  payday_chart_set_range (chart, from, from + 2);
  payday_chart_add_series (chart, "Cash", PAYDAY_CHART_SERIES_STEP, x, y, 3);

  svg = g_build_filename (dir, "chart.svg", NULL);
  png = g_build_filename (dir, "chart.png", NULL);
  g_assert_true (payday_chart_write_svg (chart, svg, 640, 360, &error));
  g_assert_no_error (error);
  g_assert_true (payday_chart_write_png (chart, png, 640, 360, &error));
  g_assert_no_error (error);

  g_assert_true (g_file_get_contents (svg, &contents, &len, NULL));
  g_assert_cmpuint (len, >, 1000);
  g_assert_nonnull (strstr (contents, "<svg"));
  g_assert_nonnull (strstr (contents, "</svg>"));
  g_clear_pointer (&contents, g_free);

  g_assert_true (g_file_get_contents (png, &contents, &len, NULL));
  g_assert_cmpuint (len, >, 1000);
  g_assert_cmpint (memcmp (contents, "\x89PNG\r\n\x1a\n", 8), ==, 0);
  {
    cairo_surface_t *back = cairo_image_surface_create_from_png (png);

    g_assert_cmpint (cairo_surface_status (back), ==, CAIRO_STATUS_SUCCESS);
    g_assert_cmpint (cairo_image_surface_get_width (back), ==, 640);
    g_assert_cmpint (cairo_image_surface_get_height (back), ==, 360);
    cairo_surface_destroy (back);
  }

  /* a directory that does not exist: an error, nothing written */
  bad = g_build_filename (dir, "missing", "chart.png", NULL);
  g_assert_false (payday_chart_write_png (chart, bad, 640, 360, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_false (g_file_test (bad, G_FILE_TEST_EXISTS));

  g_assert_cmpint (g_remove (svg), ==, 0);
  g_assert_cmpint (g_remove (png), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);   /* no temporary file left behind */
}

static void
pixel_at (cairo_surface_t *surface,
          int              x,
          int              y,
          guint8           rgb[3])
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  guint32 p;

  memcpy (&p, data + y * stride + x * 4, 4);
  rgb[0] = (p >> 16) & 0xff;
  rgb[1] = (p >> 8) & 0xff;
  rgb[2] = p & 0xff;
}

static gboolean
close_to (const guint8            rgb[3],
          const PaydayChartColor *c)
{
  return abs (rgb[0] - (int) round (c->red * 255)) <= 3 &&
         abs (rgb[1] - (int) round (c->green * 255)) <= 3 &&
         abs (rgb[2] - (int) round (c->blue * 255)) <= 3;
}

static void
check_today_pixel (gboolean dark)
{
  g_autoptr(PaydayChart) chart = payday_chart_new ();
  PaydayChartPalette palette;
  PaydayDate from = ymd ("2026-01-01");
  PaydayDate today = ymd ("2026-03-02");
  double x[2] = { from, from + 180 }, y[2] = { 1000, 2000 };
  double px, py, pw, ph, tx;
  cairo_surface_t *surface;
  guint8 rgb[3];
  int col;

  payday_chart_palette_init (&palette, dark);
  payday_chart_set_palette (chart, &palette);
  payday_chart_set_range (chart, from, from + 180);
  payday_chart_set_today (chart, today);
  payday_chart_add_series (chart, "Cash", PAYDAY_CHART_SERIES_STEP, x, y, 2);

  surface = draw_to_image (chart, 800, 400);
  payday_chart_get_plot_area (chart, &px, &py, &pw, &ph);
  tx = payday_chart_date_to_x (chart, today);
  col = (int) floor (tx);

  /* the marker: its colour in the pixel column of today, in the plot's upper part */
  pixel_at (surface, col, (int) (py + ph * 0.3), rgb);
  g_assert_true (close_to (rgb, &palette.today));
  pixel_at (surface, col, (int) (py + ph * 0.6), rgb);
  g_assert_true (close_to (rgb, &palette.today));

  /* and not beside it: the background there */
  pixel_at (surface, col - 3, (int) (py + ph * 0.3), rgb);
  g_assert_false (close_to (rgb, &palette.today));
  g_assert_true (close_to (rgb, &palette.background));
  pixel_at (surface, col + 3, (int) (py + ph * 0.3), rgb);
  g_assert_false (close_to (rgb, &palette.today));

  /* nowhere else on that row */
  for (int i = (int) px; i < (int) (px + pw); i++)
    {
      pixel_at (surface, i, (int) (py + ph * 0.3), rgb);
      if (i != col)
        g_assert_false (close_to (rgb, &palette.today));
    }

  cairo_surface_destroy (surface);
}

static void
test_today_pixel (void)
{
  check_today_pixel (FALSE);
  check_today_pixel (TRUE);
}

/* The simulator's picture, for people to look at: timeline lanes over cumulative cash with
 * a P10–P90 band, light and dark. */
static void
build_simulator_chart (PaydayChart *chart,
                       Fixture     *f)
{
  PaydayDate from = ymd ("2026-01-01"), to = ymd ("2026-06-30");
  guint n = to - from + 1;
  g_autofree double *x = g_new0 (double, n);
  g_autofree double *y = g_new0 (double, n);
  g_autofree double *lo = g_new0 (double, n);
  g_autofree double *hi = g_new0 (double, n);
  guint s;

  payday_chart_set_range (chart, from, to);
  payday_chart_set_today (chart, f->schedule.today);
  payday_chart_set_title (chart, "Cash flow");
  payday_chart_timeline_from_schedule (chart, &f->schedule);

  for (guint i = 0; i < f->schedule.items->len; i++)
    {
      const PaydayItem *it = &g_array_index (f->schedule.items, PaydayItem, i);

      if (it->available_on >= from && it->available_on <= to)
        y[it->available_on - from] += it->net_cents;
    }
  for (guint d = 0; d < n; d++)
    {
      double spread = d > 60 ? (d - 60) * 1800.0 : 0;

      x[d] = from + d;
      if (d > 0)
        y[d] += y[d - 1];
      lo[d] = MAX (0, y[d] - spread * 1.4);
      hi[d] = y[d] + spread;
    }

  s = payday_chart_add_series (chart, "Scheduled", PAYDAY_CHART_SERIES_STEP, x, y, n);
  payday_chart_series_set_band (chart, s, "P10–P90", lo, hi);
}

static void
test_screenshots (void)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_BUILT, "screenshots", NULL);
  Fixture f;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  fixture_init (&f, TRUE);

  for (guint dark = 0; dark < 2; dark++)
    {
      g_autoptr(PaydayChart) chart = payday_chart_new ();
      g_autoptr(GError) error = NULL;
      g_autofree char *path = NULL;
      PaydayChartPalette palette;

      payday_chart_palette_init (&palette, dark);
      payday_chart_set_palette (chart, &palette);
      build_simulator_chart (chart, &f);

      path = g_build_filename (dir, dark ? "chart-simulator-dark.png" : "chart-simulator-light.png",
                               NULL);
      g_assert_true (payday_chart_write_png (chart, path, 1000, 560, &error));
      g_assert_no_error (error);
      g_test_message ("wrote %s", path);

      g_clear_pointer (&path, g_free);
      payday_chart_zoom (chart, 4.0, 500);
      path = g_build_filename (dir, dark ? "chart-zoomed-dark.png" : "chart-zoomed-light.png",
                               NULL);
      g_assert_true (payday_chart_write_png (chart, path, 1000, 560, &error));
      g_assert_no_error (error);

      /* days on the axis, and the hover highlights of a point and a span */
      payday_chart_reset_view (chart);
      draw_once (chart, 1000, 560);
      {
        PaydayChartHit hit;
        double px, py, pw, ph;

        payday_chart_get_plot_area (chart, &px, &py, &pw, &ph);
        g_assert_true (payday_chart_hit_test (chart,
                                              payday_chart_date_to_x (chart, ymd ("2026-04-20")),
                                              py + ph / 2, &hit));
        g_assert_cmpint (hit.kind, ==, PAYDAY_CHART_HIT_POINT);
        payday_chart_set_hover (chart, &hit);
        g_clear_pointer (&path, g_free);
        path = g_build_filename (dir, dark ? "chart-hover-dark.png" : "chart-hover-light.png",
                                 NULL);
        g_assert_true (payday_chart_write_png (chart, path, 1000, 560, &error));
        g_assert_no_error (error);

        g_assert_true (payday_chart_hit_test (chart,
                                              payday_chart_date_to_x (chart, ymd ("2026-02-10")),
                                              28 + 60 + 12, &hit));
        g_assert_cmpint (hit.kind, ==, PAYDAY_CHART_HIT_SPAN);
        payday_chart_set_hover (chart, &hit);
        payday_chart_set_visible (chart, ymd ("2026-02-01"), ymd ("2026-02-15"));
        g_clear_pointer (&path, g_free);
        path = g_build_filename (dir, dark ? "chart-days-dark.png" : "chart-days-light.png",
                                 NULL);
        g_assert_true (payday_chart_write_png (chart, path, 1000, 560, &error));
        g_assert_no_error (error);
      }
    }

  fixture_clear (&f);
}

static void
test_describe (void)
{
  g_autoptr(PaydayChart) chart = payday_chart_new ();
  g_autofree char *text = NULL;
  Fixture f;

  fixture_init (&f, TRUE);
  build_simulator_chart (chart, &f);
  text = payday_chart_describe (chart);
  g_assert_nonnull (strstr (text, "Cash flow. From 2026-01-01 to 2026-06-30. Today: 2026-03-02."));
  g_assert_nonnull (g_strrstr (text, "\nScheduled: $"));
  g_assert_nonnull (strstr (text, " on 2026-06-30 (P10–P90 $"));
  g_assert_nonnull (strstr (text, "Mobile app backend: 22 payments."));
  fixture_clear (&f);
}

static void
add_actual (PaydayPlan         *plan,
            const char         *ref,
            const char         *date,
            PaydayActualKind    kind,
            PaydayCents         cents,
            PaydayActualSource  source)
{
  PaydayActual actual = { 0 };

  actual.ref = g_strdup (ref);
  actual.date = ymd (date);
  actual.kind = kind;
  actual.amount_cents = cents;
  actual.source = source;
  g_array_append_val (plan->actuals, actual);
}

static char *
simulator_description (PaydayPlan       *plan,
                       PaydaySimResult **result_out)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PaydayRules) rules = payday_rules_lookup (plan->rules, &error);
  g_autoptr(PaydaySchedule) schedule = NULL;
  g_autoptr(PaydayChart) chart = payday_chart_new ();
  g_autofree char *text = NULL;
  PaydaySimResult *result;

  g_assert_no_error (error);
  plan->simulation.runs = 20;
  schedule = payday_schedule_compute (plan, rules, payday_plan_get_today (plan));
  result = payday_simulation_run (schedule, &plan->simulation, 1, NULL, NULL, NULL);
  payday_simulator_chart_build (chart, schedule, result);
  *result_out = result;

  text = payday_chart_describe (chart);
  return g_strdup_printf ("%u %s", payday_chart_get_n_series (chart), text);
}

/* The real cash line: the transactions' client payments less fees and refunds, cumulative
 * over the whole history like the forecast, drawn from six weeks back; withdrawals,
 * Connects and weekly-summary rows left out; the forecast itself unchanged. */
static void
test_simulator_received (void)
{
  g_autoptr(PaydayPlan) plan = payday_test_plan_at ("2026-03-02");
  g_autoptr(PaydaySimResult) plain = NULL;
  g_autoptr(PaydaySimResult) result = NULL;
  g_autofree char *without = NULL;
  g_autofree char *with = NULL;
  g_autofree char *scheduled = NULL;
  g_autofree char *expected = NULL;
  const PaydayActualSource TX = PAYDAY_ACTUAL_FROM_TRANSACTIONS;
  const PaydayActualSource WS = PAYDAY_ACTUAL_FROM_WEEKLY_SUMMARY;
  PaydayContract *contract;

  payday_test_add_client (plan, "cl1", "Acme", 0);
  contract = payday_test_add_contract (plan, "c1", "cl1", PAYDAY_CONTRACT_HOURLY, 5000);
  payday_test_add_week (contract, "2026-02-23", 1000, 0, PAYDAY_DISPUTE_PAID);

  without = simulator_description (plan, &plain);
  g_assert_cmpint (without[0] - '0', ==, PAYDAY_SIMULATOR_N_SERIES);
  g_assert_null (strstr (without, "Received"));

  add_actual (plan, "t1", "2026-01-26", PAYDAY_ACTUAL_HOURLY, 40000, TX);
  add_actual (plan, "t2", "2026-01-26", PAYDAY_ACTUAL_FEE, -4000, TX);
  add_actual (plan, "t3", "2026-02-09", PAYDAY_ACTUAL_BONUS, 10000, TX);
  add_actual (plan, "t4", "2026-02-10", PAYDAY_ACTUAL_WITHDRAWAL, -30000, TX);
  add_actual (plan, "t5", "2026-02-11", PAYDAY_ACTUAL_CONNECTS, -1500, TX);
  add_actual (plan, "w1", "2026-02-12", PAYDAY_ACTUAL_HOURLY, 99900, WS);
  /* before the chart's first day (2026-01-19): counted, not drawn */
  add_actual (plan, "t0", "2025-12-01", PAYDAY_ACTUAL_HOURLY, 70000, TX);

  with = simulator_description (plan, &result);
  g_assert_cmpint (with[0] - '0', ==, PAYDAY_SIMULATOR_N_SERIES + 1);
  g_assert_nonnull (strstr (with, "From 2026-01-19 to"));
  /* 700.00 + 400.00 − 40.00 + 100.00, held through today */
  g_assert_nonnull (strstr (with, "\nReceived: $1,160.00 on 2026-03-02"));

  /* The forecast is the same as without actuals. */
  g_assert_cmpint (result->scheduled[result->n_days - 1], ==, plain->scheduled[plain->n_days - 1]);
  scheduled = payday_money_format (result->scheduled[result->n_days - 1]);
  expected = g_strdup_printf ("\nScheduled: %s on", scheduled);
  g_assert_nonnull (strstr (with, expected));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/payday/chart/reduce", test_reduce);
  g_test_add_func ("/payday/chart/simulator-received", test_simulator_received);
  g_test_add_func ("/payday/chart/reduce-sparse", test_reduce_sparse);
  g_test_add_func ("/payday/chart/hit-test", test_hit_test);
  g_test_add_func ("/payday/chart/zoom-pan", test_zoom_pan);
  g_test_add_func ("/payday/chart/timeline-from-schedule", test_timeline_from_schedule);
  g_test_add_func ("/payday/chart/files", test_files);
  g_test_add_func ("/payday/chart/today-pixel", test_today_pixel);
  g_test_add_func ("/payday/chart/describe", test_describe);
  g_test_add_func ("/payday/chart/screenshots", test_screenshots);

  return g_test_run ();
}
