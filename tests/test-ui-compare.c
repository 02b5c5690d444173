/* test-ui-compare.c — the Compare page, driven in-process under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "ui-test-util.h"
#include "payday-application.h"
#include "payday-compare-page.h"
#include "payday-document.h"
#include "payday-ui-util.h"
#include "payday-window.h"

static PaydayApplication *app;

static GtkWidget *
named (GtkWidget  *root,
       const char *name)
{
  GtkWidget *widget = payday_test_find_named (root, name);

  if (widget == NULL)
    g_error ("no widget named %s", name);
  return widget;
}

static gboolean
has_result (gpointer data)
{
  PaydayComparePage *page = data;

  return !payday_compare_page_get_running (page) && payday_compare_page_get_result (page) != NULL;
}

static void
wait_for_result (PaydayComparePage *page)
{
  g_assert_true (payday_test_iterate_until (has_result, page));
  payday_test_iterate_for (150);
}

/* The sample window on its Compare page, once the page shows its first result. */
static PaydayWindow *
compare_window (PaydayComparePage **page_out)
{
  PaydayWindow *window = payday_test_sample_window (GTK_APPLICATION (app), "compare", 1280, 1000);

  *page_out = PAYDAY_COMPARE_PAGE (payday_test_find_type (GTK_WIDGET (window), PAYDAY_TYPE_COMPARE_PAGE));
  g_assert_nonnull (*page_out);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (*page_out)));
  wait_for_result (*page_out);

  return window;
}

static const char *
label_text (GtkWidget  *root,
            const char *name)
{
  return gtk_label_get_label (GTK_LABEL (named (root, name)));
}

static void
assert_money_label (GtkWidget   *root,
                    const char  *name,
                    PaydayCents  cents)
{
  g_autofree char *money = payday_ui_format_money (cents);

  g_assert_cmpstr (label_text (root, name), ==, money);
}

/* The page shows exactly what the engine computes for the page's input. */
/* The verdict as the page shows it: its row's title (markup-escaped). */
static const char *
shown_verdict (PaydayComparePage *page)
{
  return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (named (GTK_WIDGET (page),
                                                                    "compare-verdict")));
}

static void
assert_shows_engine (PaydayComparePage *page)
{
  GtkWidget *root = GTK_WIDGET (page);
  const PaydayCompareResult *shown = payday_compare_page_get_result (page);
  g_autoptr(PaydayCompareResult) expect = payday_compare_run (payday_compare_page_get_input (page),
                                                              1, NULL);
  const struct { const char *prefix; const PaydayCompareOption *e, *s; } options[] = {
    { "compare-hourly", &expect->hourly, &shown->hourly },
    { "compare-fixed", &expect->fixed, &shown->fixed },
  };

  g_assert_nonnull (shown);
  g_assert_cmpuint (shown->n_days, ==, expect->n_days);
  g_assert_cmpint (shown->from, ==, expect->from);

  for (guint i = 0; i < G_N_ELEMENTS (options); i++)
    {
      const PaydayCompareOption *e = options[i].e;
      const PaydayCompareOption *s = options[i].s;
      g_autofree char *days = g_strdup_printf ("%d days", e->days_median);
      g_autofree char *net = g_strconcat (options[i].prefix, "-net", NULL);
      g_autofree char *fee = g_strconcat (options[i].prefix, "-fee", NULL);
      g_autofree char *waiting = g_strconcat (options[i].prefix, "-waiting", NULL);
      g_autofree char *unprotected = g_strconcat (options[i].prefix, "-unprotected", NULL);
      g_autofree char *days_name = g_strconcat (options[i].prefix, "-days", NULL);

      g_assert_cmpint (s->days_median, ==, e->days_median);
      g_assert_cmpint (s->days_p90, ==, e->days_p90);
      g_assert_cmpint (s->net_cents, ==, e->net_cents);
      g_assert_cmpmem (s->p50, shown->n_days * sizeof (PaydayCents),
                       e->p50, expect->n_days * sizeof (PaydayCents));
      if (e->paid)
        g_assert_cmpstr (label_text (root, days_name), ==, days);
      assert_money_label (root, net, e->net_cents);
      assert_money_label (root, fee, e->fee_cents);
      assert_money_label (root, waiting, e->waiting_peak_cents);
      assert_money_label (root, unprotected, e->unprotected_cents);
    }

  {
    g_autofree char *verdict = payday_compare_result_describe (expect, payday_ui_format_money);
    g_autofree char *escaped = g_markup_escape_text (verdict, -1);

    g_assert_cmpstr (shown_verdict (page), ==, escaped);
  }
}

static const PaydayContract *
first_hourly (const PaydayPlan *plan)
{
  for (guint i = 0; i < plan->contracts->len; i++)
    if (g_array_index (plan->contracts, PaydayContract, i).type == PAYDAY_CONTRACT_HOURLY)
      return &g_array_index (plan->contracts, PaydayContract, i);
  return NULL;
}

/* Opening the page: inputs prefilled from the plan, results from the engine. */
static void
test_compare_prefill (void)
{
  PaydayComparePage *page = NULL;
  PaydayWindow *window = compare_window (&page);
  PaydayDocument *document = payday_window_get_document (window);
  const PaydayPlan *plan = payday_document_get_plan (document);
  const PaydayContract *hourly = first_hourly (plan);
  const PaydayCompareInput *input = payday_compare_page_get_input (page);
  GtkSpinButton *rate = GTK_SPIN_BUTTON (named (GTK_WIDGET (page), "compare-rate"));
  g_autofree char *start = NULL;

  g_assert_nonnull (hourly);
  g_assert_cmpint (input->hourly.rate_cents, ==, hourly->rate_cents);
  g_assert_cmpfloat_with_epsilon (gtk_spin_button_get_value (rate), hourly->rate_cents / 100.0,
                                  1e-9);
  g_assert_cmpint (input->start, ==, payday_date_from_ymd (2026, 3, 9));
  g_assert_cmpint (input->behaviour.seed, ==, plan->simulation.seed);
  g_assert_true (input->rules == payday_document_get_rules (document));

  assert_shows_engine (page);
  g_assert_nonnull (strstr (shown_verdict (page), "sooner"));

  payday_test_save_screenshot (GTK_WIDGET (window), "compare.png");

  /* The results and the chart, further down. */
  {
    GtkScrolledWindow *scroller = GTK_SCROLLED_WINDOW (payday_test_find_type (GTK_WIDGET (page),
                                                                  GTK_TYPE_SCROLLED_WINDOW));
    GtkAdjustment *v = gtk_scrolled_window_get_vadjustment (scroller);

    gtk_adjustment_set_value (v, gtk_adjustment_get_upper (v));
    payday_test_iterate_for (200);
    payday_test_save_screenshot (GTK_WIDGET (window), "compare-results.png");
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Inputs changed through the widgets reach the engine; the page shows its figures. */
static void
test_compare_inputs (void)
{
  PaydayComparePage *page = NULL;
  PaydayWindow *window = compare_window (&page);
  GtkWidget *root = GTK_WIDGET (page);
  const PaydayCompareInput *input = payday_compare_page_get_input (page);
  AdwComboRow *edition = ADW_COMBO_ROW (named (root, "compare-edition"));
  GtkStringList *model = GTK_STRING_LIST (adw_combo_row_get_model (edition));
  guint sliding = G_MAXUINT;

  gtk_spin_button_set_value (GTK_SPIN_BUTTON (named (root, "compare-hours")), 32.5);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (named (root, "compare-rate")), 80);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (named (root, "compare-limit")), 30);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (named (root, "compare-weeks")), 6);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (named (root, "compare-price")), 15000);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (named (root, "compare-milestones")), 3);
  g_assert_true (payday_compare_page_get_running (page));
  wait_for_result (page);

  g_assert_cmpint (input->hourly.hours_per_week, ==, 3250);
  g_assert_cmpint (input->hourly.rate_cents, ==, 8000);
  g_assert_cmpint (input->hourly.weekly_limit_hours, ==, 3000);
  g_assert_cmpuint (input->weeks, ==, 6);
  g_assert_cmpint (input->fixed.total_cents, ==, 1500000);
  g_assert_cmpuint (input->fixed.milestones, ==, 3);
  /* 30 h billed a week (the limit) × $80.00 × 6 weeks */
  g_assert_cmpint (payday_compare_page_get_result (page)->hourly.gross_cents, ==, 1440000);
  g_assert_cmpuint (payday_compare_page_get_result (page)->fixed.schedule->items->len, ==, 3);
  g_assert_nonnull (strstr (payday_compare_page_get_result (page)->note, "2.50 h a week above"));
  assert_shows_engine (page);

  /* Unfunded milestones: unprotected money, shown and named in the verdict. */
  gtk_switch_set_active (GTK_SWITCH (named (root, "compare-funded")), FALSE);
  wait_for_result (page);
  g_assert_false (input->fixed.funded);
  g_assert_cmpint (payday_compare_page_get_result (page)->fixed.unprotected_cents, >, 0);
  g_assert_nonnull (strstr (shown_verdict (page), "unprotected"));
  assert_shows_engine (page);

  /* The sliding edition: another fee. */
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (model)); i++)
    if (g_str_has_prefix (gtk_string_list_get_string (model, i), "2016-06-21"))
      sliding = i;
  g_assert_cmpuint (sliding, !=, G_MAXUINT);
  g_assert_cmpstr (gtk_string_list_get_string (model, 0), ==, "Each date’s own");
  adw_combo_row_set_selected (edition, sliding);
  wait_for_result (page);
  g_assert_cmpint (input->edition, ==, payday_date_from_ymd (2016, 6, 21));
  assert_shows_engine (page);
  {
    const PaydayCompareResult *r = payday_compare_page_get_result (page);

    /* $14,400.00: $500 at 20%, $9,500 at 10%, $4,400 at 5% = $100 + $950 + $220 */
    g_assert_cmpint (r->hourly.fee_cents, ==, 127000);
  }

  /* Top Rated does not matter under the 2016 edition; under "each date's own" it skips
   * the hourly hold. */
  adw_combo_row_set_selected (edition, 0);
  gtk_switch_set_active (GTK_SWITCH (named (root, "compare-top-rated")), TRUE);
  wait_for_result (page);
  g_assert_true (input->top_rated);
  g_assert_cmpint (input->edition, ==, PAYDAY_DATE_NONE);
  g_assert_cmpint (payday_compare_page_get_result (page)->hourly.days_median, ==, 5);
  assert_shows_engine (page);

  payday_test_save_screenshot (GTK_WIDGET (window), "compare-unfunded.png");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A plan edit keeps the what-if and follows the plan's client behaviour. */
static void
test_compare_document_changed (void)
{
  PaydayComparePage *page = NULL;
  PaydayWindow *window = compare_window (&page);
  PaydayDocument *document = payday_window_get_document (window);
  const PaydayCompareInput *input = payday_compare_page_get_input (page);

  gtk_spin_button_set_value (GTK_SPIN_BUTTON (named (GTK_WIDGET (page), "compare-hours")), 12);
  wait_for_result (page);

  {
    PaydaySimulation *sim = payday_document_dup_part (document, PAYDAY_PLAN_PART_SIMULATION);

    sim->approve_early_probability = 0.9;
    sim->seed = 99;
    payday_test_set_part (document, PAYDAY_PLAN_PART_SIMULATION, sim);
  }
  wait_for_result (page);

  g_assert_cmpint (input->hourly.hours_per_week, ==, 1200);
  g_assert_cmpfloat (input->behaviour.approve_early_probability, ==, 0.9);
  g_assert_cmpint (input->behaviour.seed, ==, 99);
  assert_shows_engine (page);
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (named (GTK_WIDGET (page),
                                                                   "compare-note"))),
                            "90% of milestones approved early"));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_compare_screenshots (void)
{
  PaydayComparePage *page = NULL;
  PaydayWindow *window = compare_window (&page);
  AdwStyleManager *style = adw_style_manager_get_default ();

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  payday_test_iterate_for (300);
  payday_test_save_screenshot (GTK_WIDGET (window), "compare-dark.png");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);

  gtk_window_set_default_size (GTK_WINDOW (window), 360, 720);
  payday_test_iterate_for (400);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 400);
  payday_test_save_screenshot (GTK_WIDGET (window), "compare-narrow.png");

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

  g_test_add_func ("/payday/ui/compare/prefill", test_compare_prefill);
  g_test_add_func ("/payday/ui/compare/inputs", test_compare_inputs);
  g_test_add_func ("/payday/ui/compare/document-changed", test_compare_document_changed);
  g_test_add_func ("/payday/ui/compare/screenshots", test_compare_screenshots);

  ret = g_test_run ();

  g_clear_object (&app);

  return ret;
}
