/* test-ui-simulator.c — the Simulator page, driven in-process under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "ui-test-util.h"
#include "payday-application.h"
#include "payday-document.h"
#include "payday-simulator-chart.h"
#include "payday-simulator-page.h"
#include "payday-window.h"

static PaydayApplication *app;

/* The sample window on its Simulator page. */
static PaydayWindow *
simulator_window (PaydaySimulatorPage **page_out)
{
  PaydayWindow *window = payday_test_sample_window (GTK_APPLICATION (app), "simulator", 1280, 860);

  *page_out = PAYDAY_SIMULATOR_PAGE (payday_test_find_type (GTK_WIDGET (window),
                                                PAYDAY_TYPE_SIMULATOR_PAGE));
  g_assert_nonnull (*page_out);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (*page_out)));

  return window;
}

static gboolean
has_result (gpointer data)
{
  PaydaySimulatorPage *page = data;

  return !payday_simulator_page_get_running (page) &&
         payday_simulator_page_get_result (page) != NULL;
}

static void
wait_for_result (PaydaySimulatorPage *page)
{
  g_assert_true (payday_test_iterate_until (has_result, page));
  /* let the chart draw */
  payday_test_iterate_for (150);
}

/* The expected values come from the engine directly, not from the page. */
static PaydaySimResult *
engine_result (void (*tweak) (PaydaySimulation *),
               PaydaySchedule **schedule_out)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PaydayPlan) plan = payday_plan_load_sample (PAYDAY_TEST_TODAY, &error);
  g_autoptr(PaydayRules) rules = NULL;
  g_autoptr(PaydaySchedule) schedule = NULL;
  PaydaySimResult *result;

  g_assert_no_error (error);
  rules = payday_rules_lookup (plan->rules, &error);
  g_assert_no_error (error);
  if (tweak != NULL)
    tweak (&plan->simulation);

  schedule = payday_schedule_compute (plan, rules, payday_plan_get_today (plan));
  result = payday_simulation_run (schedule, &plan->simulation, 1, NULL, NULL, NULL);
  g_assert_nonnull (result);
  if (schedule_out != NULL)
    *schedule_out = g_steal_pointer (&schedule);

  return result;
}

static void
assert_same_result (const PaydaySimResult *a,
                    const PaydaySimResult *b)
{
  g_assert_cmpint (a->runs, ==, b->runs);
  g_assert_cmpint (a->seed, ==, b->seed);
  g_assert_cmpint (a->from, ==, b->from);
  g_assert_cmpint (a->to, ==, b->to);
  g_assert_cmpuint (a->n_days, ==, b->n_days);
  g_assert_cmpmem (a->scheduled, a->n_days * sizeof (PaydayCents),
                   b->scheduled, b->n_days * sizeof (PaydayCents));
  g_assert_cmpmem (a->p10, a->n_days * sizeof (PaydayCents),
                   b->p10, b->n_days * sizeof (PaydayCents));
  g_assert_cmpmem (a->p50, a->n_days * sizeof (PaydayCents),
                   b->p50, b->n_days * sizeof (PaydayCents));
  g_assert_cmpmem (a->p90, a->n_days * sizeof (PaydayCents),
                   b->p90, b->n_days * sizeof (PaydayCents));
}

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  if (haystack == NULL || strstr (haystack, needle) == NULL)
    g_error ("“%s” not found in “%s”", needle, haystack ? haystack : "(null)");
}

static void
test_simulator_render (void)
{
  g_autoptr(PaydaySchedule) schedule = NULL;
  g_autoptr(PaydaySimResult) expected = engine_result (NULL, &schedule);
  PaydaySimulatorPage *page = NULL;
  PaydayWindow *window = simulator_window (&page);
  PaydayChartView *view = payday_simulator_page_get_chart_view (page);
  PaydayChart *chart = payday_chart_view_get_chart (view);
  const PaydaySimResult *result;
  g_autofree char *description = NULL;
  g_autofree char *scheduled = NULL;
  g_autofree char *p10 = NULL;
  g_autofree char *p50 = NULL;
  g_autofree char *p90 = NULL;
  g_autofree char *line = NULL;
  g_autofree char *band = NULL;
  g_autofree char *summary = NULL;
  PaydayDate from, to;
  guint last;

  wait_for_result (page);
  result = payday_simulator_page_get_result (page);

  /* The window ran the engine with the plan's settings: the same numbers, any threads. */
  assert_same_result (result, expected);

  /* The chart shows them: two series, the band, a lane per contract and one for the bank
   * arrivals, the full range. */
  g_assert_cmpuint (payday_chart_get_n_series (chart), ==, PAYDAY_SIMULATOR_N_SERIES);
  g_assert_cmpuint (payday_chart_get_n_lanes (chart), ==, schedule->plan->contracts->len + 1);
  {
    g_autoptr(PaydayPayouts) payouts = payday_payouts_compute (schedule);
    gsize n_spans = 0, n_bank = 0;
    const PaydayChartSpan *spans = payday_chart_get_spans (chart, &n_spans);

    for (gsize i = 0; i < n_spans; i++)
      if (spans[i].flags & PAYDAY_CHART_SPAN_WITHDRAWAL)
        {
          const PaydayPayout *row = &g_array_index (payouts->rows, PaydayPayout,
                                                    spans[i].item - schedule->items->len);
          g_autofree char *text = payday_simulator_describe_item (schedule, spans[i].item);
          g_autofree char *received = payday_money_format (row->received_cents);

          g_assert_cmpuint (spans[i].lane, ==, schedule->plan->contracts->len);
          g_assert_cmpint (spans[i].available_on, ==, row->arrives_on);
          assert_contains (text, received);
          n_bank++;
        }
    g_assert_cmpuint (n_bank, ==, payouts->rows->len);
    g_assert_cmpuint (n_bank, >, 0);
  }
  payday_chart_get_range (chart, &from, &to);
  g_assert_cmpint (to, ==, expected->to);
  g_assert_cmpint (from, <=, expected->from);

  last = expected->n_days - 1;
  scheduled = payday_money_format (expected->scheduled[last]);
  p10 = payday_money_format (expected->p10[last]);
  p50 = payday_money_format (expected->p50[last]);
  p90 = payday_money_format (expected->p90[last]);
  line = g_strdup_printf ("Median (P50): %s on", p50);
  band = g_strdup_printf ("(P10–P90 %s – %s)", p10, p90);
  description = payday_chart_describe (chart);
  assert_contains (description, line);
  assert_contains (description, band);
  g_free (line);
  line = g_strdup_printf ("Scheduled: %s on", scheduled);
  assert_contains (description, line);

  /* The sentence under the chart. */
  summary = payday_simulator_chart_summary (expected);
  g_assert_cmpstr (payday_simulator_page_get_summary (page), ==, summary);
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (payday_test_find_named (GTK_WIDGET (page),
                                                               "simulator-summary"))),
                   ==, summary);
  assert_contains (summary, p10);
  assert_contains (summary, p90);
  assert_contains (summary, scheduled);

  g_assert_false (gtk_widget_get_visible (payday_test_find_named (GTK_WIDGET (page), "simulator-progress")));
  payday_test_save_screenshot (GTK_WIDGET (window), "simulator.png");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Scans the chart for a timeline item; returns its position. */
static gboolean
find_span (PaydayChartView *view,
           double          *x_out,
           double          *y_out,
           PaydayChartHit  *hit_out)
{
  PaydayChart *chart = payday_chart_view_get_chart (view);
  int width = gtk_widget_get_width (GTK_WIDGET (view));
  int height = gtk_widget_get_height (GTK_WIDGET (view));

  for (int y = 0; y < height; y += 2)
    for (int x = width / 3; x < width; x += 3)
      {
        PaydayChartHit hit;

        if (payday_chart_hit_test (chart, x, y, &hit) && hit.kind == PAYDAY_CHART_HIT_SPAN)
          {
            *x_out = x;
            *y_out = y;
            *hit_out = hit;
            return TRUE;
          }
      }

  return FALSE;
}

static void
test_simulator_hover (void)
{
  PaydaySimulatorPage *page = NULL;
  PaydayWindow *window = simulator_window (&page);
  PaydayChartView *view = payday_simulator_page_get_chart_view (page);
  PaydayChart *chart = payday_chart_view_get_chart (view);
  PaydaySchedule *schedule;
  const PaydayItem *item;
  const PaydayContract *contract;
  g_autofree char *text = NULL;
  g_autofree char *net = NULL;
  g_autofree char *gross = NULL;
  g_autofree char *fee = NULL;
  PaydayChartHit hit;
  double x, y;

  wait_for_result (page);
  schedule = payday_simulator_page_get_schedule (page);
  g_assert_nonnull (schedule);

  g_assert_true (find_span (view, &x, &y, &hit));
  g_assert_cmpuint (hit.item, <, schedule->items->len);
  item = &g_array_index (schedule->items, PaydayItem, hit.item);
  contract = &g_array_index (schedule->plan->contracts, PaydayContract, item->contract_index);

  text = payday_chart_view_describe_at (view, x, y);
  net = payday_money_format (item->net_cents);
  gross = payday_money_format (item->gross_cents);
  fee = payday_money_format (item->fee_cents);
  assert_contains (text, contract->title);
  assert_contains (text, net);
  assert_contains (text, gross);
  assert_contains (text, fee);
  assert_contains (text, "Available: ");
  assert_contains (text, "Status: ");
  g_test_message ("hover: %s", text);

  /* Over the cash layer: the day's values, not an item. */
  g_clear_pointer (&text, g_free);
  payday_chart_set_hover (chart, &hit);
  payday_test_iterate_for (100);
  payday_test_save_screenshot (GTK_WIDGET (window), "simulator-hover.png");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_simulator_zoom (void)
{
  PaydaySimulatorPage *page = NULL;
  PaydayWindow *window = simulator_window (&page);
  PaydayChart *chart = payday_chart_view_get_chart (payday_simulator_page_get_chart_view (page));
  PaydayDocument *document = payday_window_get_document (window);
  PaydayDate from, to;
  double vf, vt, zf, zt;

  wait_for_result (page);
  payday_chart_get_range (chart, &from, &to);
  payday_chart_get_visible (chart, &vf, &vt);
  g_assert_cmpfloat (vf, ==, from);
  g_assert_cmpfloat (vt, ==, (double) to + 1);

  /* The page's buttons: zoom in twice narrows the view, reset shows everything again. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "chart.zoom-in", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "chart.zoom-in", NULL));
  payday_chart_get_visible (chart, &zf, &zt);
  g_assert_cmpfloat (zt - zf, <, (vt - vf) / 2);
  g_assert_cmpfloat (zf, >=, from);
  g_assert_cmpfloat (zt, <=, (double) to + 1);
  payday_test_iterate_for (100);
  payday_test_save_screenshot (GTK_WIDGET (window), "simulator-zoom.png");

  /* A re-run over the same days keeps the zoom. */
  payday_test_rename_plan (document, "Renamed");
  wait_for_result (page);
  payday_chart_get_visible (chart, &vf, &vt);
  g_assert_cmpfloat (vf, ==, zf);
  g_assert_cmpfloat (vt, ==, zt);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "chart.reset", NULL));
  payday_chart_get_visible (chart, &vf, &vt);
  g_assert_cmpfloat (vf, ==, from);
  g_assert_cmpfloat (vt, ==, (double) to + 1);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
runs_500 (PaydaySimulation *sim)
{
  sim->runs = 500;
  sim->seed = 99;
}

static gboolean
has_500_runs (gpointer data)
{
  PaydaySimulatorPage *page = data;
  const PaydaySimResult *result = payday_simulator_page_get_result (page);

  return !payday_simulator_page_get_running (page) && result != NULL && result->runs == 500 &&
         result->seed == 99;
}

static void
count_cb (GObject    *object,
          GParamSpec *pspec,
          guint      *count)
{
  (*count)++;
}

static void
test_simulator_settings (void)
{
  g_autoptr(PaydaySimResult) expected = engine_result (runs_500, NULL);
  PaydaySimulatorPage *page = NULL;
  PaydayWindow *window = simulator_window (&page);
  PaydayDocument *document = payday_window_get_document (window);
  PaydayPlan *plan = payday_document_get_plan (document);
  GtkWidget *runs, *seed;
  guint shown = 0;

  wait_for_result (page);
  g_assert_false (payday_document_get_dirty (document));
  g_signal_connect (page, "notify::has-result", G_CALLBACK (count_cb), &shown);

  runs = payday_test_find_named (GTK_WIDGET (page), "setting-runs");
  seed = payday_test_find_named (GTK_WIDGET (page), "setting-seed");
  g_assert_true (GTK_IS_SPIN_BUTTON (runs));
  g_assert_true (GTK_IS_SPIN_BUTTON (seed));
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (runs)), ==,
                   plan->simulation.runs);

  /* Quick changes: the plan, the document and the run wait for rest; then one command
   * sets all of them. */
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (runs), 700);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (runs), 500);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (seed), 99);
  g_assert_cmpint (plan->simulation.runs, !=, 500);
  g_assert_false (payday_document_get_dirty (document));

  g_assert_true (payday_test_iterate_until (has_500_runs, page));
  g_assert_true (payday_document_get_dirty (document));
  plan = payday_document_get_plan (document);
  g_assert_cmpint (plan->simulation.runs, ==, 500);
  g_assert_cmpint (plan->simulation.seed, ==, 99);
  g_assert_true (plan->simulation.present & PAYDAY_SIM_RUNS);
  /* one debounced re-run, not one per change */
  g_assert_cmpuint (shown, ==, 1);
  assert_same_result (payday_simulator_page_get_result (page), expected);

  /* A slider: the percent becomes the plan's share. */
  gtk_range_set_value (GTK_RANGE (payday_test_find_named (GTK_WIDGET (page), "setting-win-rate")), 25);
  payday_test_iterate_for (PAYDAY_SIMULATOR_DEBOUNCE_MS * 3);
  g_assert_cmpfloat_with_epsilon (payday_document_get_plan (document)->simulation.win_rate, 0.25, 1e-12);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_simulator_export (void)
{
  PaydaySimulatorPage *page = NULL;
  PaydayWindow *window = simulator_window (&page);
  g_autofree char *dir = g_dir_make_tmp ("payday-sim-XXXXXX", NULL);
  g_autofree char *png = g_build_filename (dir, "chart.png", NULL);
  g_autofree char *svg = g_build_filename (dir, "chart.svg", NULL);
  g_autofree char *txt = g_build_filename (dir, "chart.txt", NULL);
  g_autoptr(GFile) png_file = g_file_new_for_path (png);
  g_autoptr(GFile) svg_file = g_file_new_for_path (svg);
  g_autoptr(GFile) txt_file = g_file_new_for_path (txt);
  g_autoptr(GError) error = NULL;
  g_autofree char *written = NULL;
  g_autofree char *rendered = NULL;
  gsize written_len, rendered_len;

  wait_for_result (page);

  g_assert_true (payday_simulator_page_export_to_file (page, png_file, &error));
  g_assert_no_error (error);
  g_assert_true (payday_simulator_page_export_to_file (page, svg_file, &error));
  g_assert_no_error (error);
  g_assert_false (payday_simulator_page_export_to_file (page, txt_file, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED);
  g_assert_false (g_file_test (txt, G_FILE_TEST_EXISTS));

  /* The window writes what the command line's drawing writes. */
  g_assert_true (g_file_get_contents (png, &written, &written_len, NULL));
  rendered = payday_simulator_chart_render (payday_simulator_page_get_schedule (page),
                                            payday_simulator_page_get_result (page),
                                            FALSE, &rendered_len, NULL);
  g_assert_cmpmem (written, written_len, rendered, rendered_len);
  g_assert_cmpmem (written, 8, "\x89PNG\r\n\x1a\n", 8);
  g_clear_pointer (&written, g_free);
  g_assert_true (g_file_get_contents (svg, &written, NULL, NULL));
  assert_contains (written, "<svg");

  g_unlink (png);
  g_unlink (svg);
  g_rmdir (dir);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_simulator_screenshots (void)
{
  PaydaySimulatorPage *page = NULL;
  PaydayWindow *window = simulator_window (&page);
  AdwStyleManager *style = adw_style_manager_get_default ();
  GtkWidget *flap;

  wait_for_result (page);

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  payday_test_iterate_for (300);
  payday_test_save_screenshot (GTK_WIDGET (window), "simulator-dark.png");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);

  /* A phone-sized window folds the settings away behind a button. */
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 720);
  payday_test_iterate_for (400);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 400);
  flap = payday_test_find_type (GTK_WIDGET (page), ADW_TYPE_FLAP);
  g_assert_true (adw_flap_get_folded (ADW_FLAP (flap)));
  g_assert_false (adw_flap_get_reveal_flap (ADW_FLAP (flap)));
  payday_test_save_screenshot (GTK_WIDGET (window), "simulator-narrow.png");

  adw_flap_set_reveal_flap (ADW_FLAP (flap), TRUE);
  payday_test_iterate_for (600);
  payday_test_save_screenshot (GTK_WIDGET (window), "simulator-narrow-settings.png");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Behind another page the simulation waits; showing the page runs it. */
static void
test_simulator_hidden (void)
{
  g_autoptr(PaydayDocument) document = payday_document_new ();
  g_autoptr(GError) error = NULL;
  PaydaySimulatorPage *page;
  PaydayWindow *window;
  GtkWidget *stack;

  payday_document_load_sample (document, PAYDAY_TEST_TODAY, &error);
  g_assert_no_error (error);
  window = payday_window_new (GTK_APPLICATION (app), document);
  stack = payday_test_find_type (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK);
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (stack), "overview");
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (payday_test_iterate_until (payday_test_is_mapped, window));
  payday_test_iterate_for (300);

  /* A page that was never shown is not built at all, so nothing runs. */
  g_assert_null (payday_test_find_type (GTK_WIDGET (window), PAYDAY_TYPE_SIMULATOR_PAGE));

  /* Built but hidden (ensure_page, as a caller asking for it): it waits to be shown. */
  page = PAYDAY_SIMULATOR_PAGE (payday_window_ensure_page (window, "simulator"));
  g_assert_true (PAYDAY_IS_SIMULATOR_PAGE (page));
  g_assert_true (GTK_WIDGET (page) == payday_test_find_type (GTK_WIDGET (window), PAYDAY_TYPE_SIMULATOR_PAGE));
  g_assert_true (GTK_WIDGET (page) == payday_window_ensure_page (window, "simulator"));
  payday_test_iterate_for (300);
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (page)));
  g_assert_false (payday_simulator_page_get_running (page));
  g_assert_null (payday_simulator_page_get_result (page));
  g_assert_null (payday_window_ensure_page (window, "no-such-page"));

  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (stack), "simulator");
  wait_for_result (page);
  g_assert_nonnull (payday_simulator_page_get_result (page));

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  g_test_init (&argc, &argv, NULL);

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_test_skip ("no display (run under Xvfb: build-aux/dev test)");
      return g_test_run ();
    }

  app = payday_application_new ();
  g_application_set_flags (G_APPLICATION (app),
                           G_APPLICATION_NON_UNIQUE | G_APPLICATION_HANDLES_OPEN);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  g_test_add_func ("/payday/ui/simulator/render", test_simulator_render);
  g_test_add_func ("/payday/ui/simulator/hover", test_simulator_hover);
  g_test_add_func ("/payday/ui/simulator/zoom", test_simulator_zoom);
  g_test_add_func ("/payday/ui/simulator/settings", test_simulator_settings);
  g_test_add_func ("/payday/ui/simulator/export", test_simulator_export);
  g_test_add_func ("/payday/ui/simulator/screenshots", test_simulator_screenshots);
  g_test_add_func ("/payday/ui/simulator/hidden", test_simulator_hidden);

  ret = g_test_run ();

  g_clear_object (&app);

  return ret;
}
