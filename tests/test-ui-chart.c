/* test-ui-chart.c — the chart widget in a window: actions, hover text, theme, snapshot
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "payday-chart-view.h"

typedef struct
{
  GtkWidget   *window;
  GtkWidget   *view;
  PaydayChart *chart;
  PaydayDate   from;
  PaydayDate   to;
} Fixture;

static void
wait_for_size (GtkWidget *widget)
{
  gint64 end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while ((gtk_widget_get_width (widget) == 0 || !gtk_widget_get_mapped (widget)) &&
         g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);

  /* and one more frame */
  for (int i = 0; i < 20 && g_main_context_pending (NULL); i++)
    g_main_context_iteration (NULL, FALSE);

  g_assert_cmpint (gtk_widget_get_width (widget), >, 0);
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  double x[120], y[120];
  guint lane;
  PaydayChartSpan span = { 0 };

  g_assert_true (payday_date_parse ("2026-03-01", &f->from));
  f->to = f->from + 119;

  f->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (f->window), 900, 520);
  f->view = payday_chart_view_new ();
  gtk_window_set_child (GTK_WINDOW (f->window), f->view);
  f->chart = payday_chart_view_get_chart (PAYDAY_CHART_VIEW (f->view));

  for (guint i = 0; i < 120; i++)
    {
      x[i] = f->from + i;
      y[i] = (i / 7) * 52000.0;
    }
  payday_chart_set_range (f->chart, f->from, f->to);
  payday_chart_set_today (f->chart, f->from + 30);
  payday_chart_set_title (f->chart, "Cash flow");
  payday_chart_add_series (f->chart, "Scheduled", PAYDAY_CHART_SERIES_STEP, x, y, 120);

  lane = payday_chart_add_lane (f->chart, "Website");
  span.lane = lane;
  span.start[PAYDAY_CHART_PHASE_WORK] = f->from + 10;
  span.end[PAYDAY_CHART_PHASE_WORK] = f->from + 24;
  span.start[PAYDAY_CHART_PHASE_REVIEW] = f->from + 24;
  span.end[PAYDAY_CHART_PHASE_REVIEW] = f->from + 38;
  span.start[PAYDAY_CHART_PHASE_HOLD] = f->from + 38;
  span.end[PAYDAY_CHART_PHASE_HOLD] = f->from + 43;
  span.available_on = f->from + 43;
  span.item = 7;
  payday_chart_set_spans (f->chart, &span, 1);

  gtk_window_present (GTK_WINDOW (f->window));
  wait_for_size (f->view);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

static void
assert_full_view (Fixture *f)
{
  double vf, vt;

  payday_chart_get_visible (f->chart, &vf, &vt);
  g_assert_cmpfloat (vf, ==, f->from);
  g_assert_cmpfloat (vt, ==, f->to + 1);
}

static void
test_actions (Fixture       *f,
              gconstpointer  data)
{
  double vf, vt;

  assert_full_view (f);

  g_assert_true (gtk_widget_activate_action (f->view, "chart.zoom-in", NULL));
  payday_chart_get_visible (f->chart, &vf, &vt);
  g_assert_cmpfloat_with_epsilon (vt - vf, 120.0 / 1.5, 1e-9);
  g_assert_cmpfloat (vf, >, f->from);
  g_assert_cmpfloat (vt, <, f->to + 1);

  g_assert_true (gtk_widget_activate_action (f->view, "chart.zoom-in", NULL));
  payday_chart_get_visible (f->chart, &vf, &vt);
  g_assert_cmpfloat_with_epsilon (vt - vf, 120.0 / 2.25, 1e-9);

  g_assert_true (gtk_widget_activate_action (f->view, "chart.zoom-out", NULL));
  payday_chart_get_visible (f->chart, &vf, &vt);
  g_assert_cmpfloat_with_epsilon (vt - vf, 120.0 / 1.5, 1e-9);

  g_assert_true (gtk_widget_activate_action (f->view, "chart.reset", NULL));
  assert_full_view (f);
}

static char *
describe_item_cb (PaydayChartView *view,
                  int              series,
                  guint            index,
                  gpointer         data)
{
  if (series == -1)
    return g_strdup_printf ("Item %u", index);

  return NULL;                          /* points: the chart's own text */
}

static void
test_hover_text (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *span_text = NULL;
  g_autofree char *point_text = NULL;
  g_autofree char *none = NULL;
  double x;

  g_signal_connect (f->view, "describe-item", G_CALLBACK (describe_item_cb), NULL);

  /* the lane sits under the 28 px legend row */
  x = payday_chart_date_to_x (f->chart, f->from + 30);
  span_text = payday_chart_view_describe_at (PAYDAY_CHART_VIEW (f->view), x, 28 + 12);
  g_assert_cmpstr (span_text, ==, "Item 7");

  x = payday_chart_date_to_x (f->chart, f->from + 14) + 2;
  point_text = payday_chart_view_describe_at (PAYDAY_CHART_VIEW (f->view), x,
                                              gtk_widget_get_height (f->view) - 40);
  g_assert_cmpstr (point_text, ==, "2026-03-15\nScheduled: $1,040.00");

  none = payday_chart_view_describe_at (PAYDAY_CHART_VIEW (f->view), 1, 1);
  g_assert_null (none);
}

static void
test_dark (Fixture       *f,
           gconstpointer  data)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  PaydayChartPalette light, dark;

  payday_chart_palette_init (&light, FALSE);
  payday_chart_palette_init (&dark, TRUE);

  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_DARK);
  g_assert_true (adw_style_manager_get_dark (manager));
  g_assert_cmpmem (payday_chart_get_palette (f->chart), sizeof dark, &dark, sizeof dark);

  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_LIGHT);
  g_assert_cmpmem (payday_chart_get_palette (f->chart), sizeof light, &light, sizeof light);
  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_DEFAULT);
}

static void
test_snapshot (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (f->view);
  g_autofree char *dir = g_test_build_filename (G_TEST_BUILT, "screenshots", NULL);
  g_autofree char *path = g_build_filename (dir, "ui-chart.png", NULL);
  const PaydayChartPalette *palette = payday_chart_get_palette (f->chart);
  int width = gtk_widget_get_width (f->view);
  int height = gtk_widget_get_height (f->view);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  GskRenderNode *node;
  cairo_surface_t *surface;
  cairo_t *cr;
  const guint8 *pixels;
  int stride;
  guint series_pixels = 0;

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cr = cairo_create (surface);
  gsk_render_node_draw (node, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  gsk_render_node_unref (node);

  /* the series' colour is on screen */
  pixels = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  for (int yy = 0; yy < height; yy++)
    for (int xx = 0; xx < width; xx++)
      {
        guint32 p;

        memcpy (&p, pixels + yy * stride + xx * 4, 4);
        if (ABS ((int) ((p >> 16) & 0xff) - (int) (palette->series[0].red * 255 + 0.5)) <= 2 &&
            ABS ((int) ((p >> 8) & 0xff) - (int) (palette->series[0].green * 255 + 0.5)) <= 2 &&
            ABS ((int) (p & 0xff) - (int) (palette->series[0].blue * 255 + 0.5)) <= 2)
          series_pixels++;
      }
  g_assert_cmpuint (series_pixels, >, 200);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/payday/ui/chart/actions", Fixture, NULL,
              fixture_setup, test_actions, fixture_teardown);
  g_test_add ("/payday/ui/chart/hover-text", Fixture, NULL,
              fixture_setup, test_hover_text, fixture_teardown);
  g_test_add ("/payday/ui/chart/dark", Fixture, NULL,
              fixture_setup, test_dark, fixture_teardown);
  g_test_add ("/payday/ui/chart/snapshot", Fixture, NULL,
              fixture_setup, test_snapshot, fixture_teardown);

  return g_test_run ();
}
