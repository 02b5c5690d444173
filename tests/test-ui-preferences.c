/* test-ui-preferences.c — the Preferences window and the local amounts it turns on
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <libsoup/soup.h>

#include "core-test-util.h"
#include "ui-test-util.h"
#include "payday-application.h"
#include "payday-compare-page.h"
#include "payday-document.h"
#include "payday-overview-page.h"
#include "payday-preferences-window.h"
#include "payday-ui-util.h"
#include "payday-window.h"

static PaydayApplication *app;
static char *cache_home;
static GBytes *ecb_xml;
static guint xml_hits;
static gboolean answer_500;

/* The ECB mirror runs on this thread's main context: the lookups fetch from a worker
 * thread while the test iterates the main loop. */
static void
handle (SoupServer        *server,
        SoupServerMessage *msg,
        const char        *path,
        GHashTable        *query,
        gpointer           user_data)
{
  gsize length;
  const char *data;

  if (strcmp (path, "/eurofxref.xml") != 0 || answer_500)
    {
      soup_server_message_set_status (msg, SOUP_STATUS_INTERNAL_SERVER_ERROR, NULL);
      return;
    }

  xml_hits++;
  data = g_bytes_get_data (ecb_xml, &length);
  soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
  soup_server_message_set_response (msg, "text/xml", SOUP_MEMORY_COPY, data, length);
}

static GtkWidget *
find_label_with_prefix (GtkWidget  *widget,
                        const char *prefix)
{
  if (GTK_IS_LABEL (widget) &&
      g_str_has_prefix (gtk_label_get_label (GTK_LABEL (widget)), prefix))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label_with_prefix (child, prefix);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static PaydayOverviewPage *
overview_of (PaydayWindow *window)
{
  GtkWidget *page = payday_test_find_type (GTK_WIDGET (window), PAYDAY_TYPE_OVERVIEW_PAGE);

  g_assert_nonnull (page);
  return PAYDAY_OVERVIEW_PAGE (page);
}

static gboolean
has_rate (gpointer data)
{
  return payday_overview_page_get_local_rate (data) != NULL;
}

static gboolean
has_manual_rate (gpointer data)
{
  const PaydayRate *rate = payday_overview_page_get_local_rate (data);

  return rate != NULL && g_strcmp0 (rate->source, PAYDAY_RATE_SOURCE_MANUAL) == 0;
}

static PaydayPreferencesWindow *
open_preferences (PaydayWindow *window)
{
  g_autoptr(GList) toplevels = NULL;
  PaydayPreferencesWindow *found = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "app.preferences", NULL));
  payday_test_iterate_for (300);

  toplevels = gtk_window_list_toplevels ();
  for (const GList *l = toplevels; l != NULL; l = l->next)
    if (PAYDAY_IS_PREFERENCES_WINDOW (l->data))
      found = l->data;

  g_assert_nonnull (found);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (found)) == GTK_WINDOW (window));
  g_assert_true (payday_test_iterate_until (payday_test_is_mapped, found));

  return found;
}

static guint
model_position (AdwComboRow *row,
                const char  *text)
{
  GListModel *model = adw_combo_row_get_model (row);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    if (strcmp (gtk_string_list_get_string (GTK_STRING_LIST (model), i), text) == 0)
      return i;

  g_error ("“%s” is not in the list", text);
}

static void
reset_settings (GSettings *settings)
{
  g_settings_reset (settings, "currency");
  g_settings_reset (settings, "manual-rate");
  g_settings_reset (settings, "color-scheme");
  g_settings_reset (settings, "rules-edition");
}

static PaydayRate
ecb_inr (void)
{
  PaydayRate rate = { "INR", 80.5280 / 1.0163, 0, PAYDAY_RATE_SOURCE_ECB };

  rate.date = payday_date_from_ymd (2022, 7, 8);
  return rate;
}

static void
test_preferences_currency (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *cache_file = g_build_filename (cache_home, "payday", "rates-ecb.json", NULL);
  PaydaySummary summary;
  PaydayWindow *window;
  PaydayOverviewPage *page;
  PaydayPreferencesWindow *prefs;
  AdwComboRow *currency_row;
  AdwComboRow *style_row;
  const PaydayRate *rate;
  PaydayRate expected = ecb_inr ();
  static const char *local_names[PAYDAY_N_STATUSES] = {
    "local-in_progress", "local-in_review", "local-pending", "local-available",
  };

  reset_settings (settings);
  window = payday_test_sample_window (GTK_APPLICATION (app), NULL, 1000, 860);
  page = overview_of (window);

  /* No currency: dollars only. */
  g_assert_null (payday_overview_page_get_local_rate (page));
  g_assert_false (gtk_widget_get_visible (payday_test_find_named (GTK_WIDGET (window), "local-available")));
  g_assert_false (gtk_widget_get_visible (payday_test_find_named (GTK_WIDGET (window), "local-rate-button")));

  prefs = open_preferences (window);
  currency_row = ADW_COMBO_ROW (payday_test_find_named (GTK_WIDGET (prefs), "currency-row"));
  style_row = ADW_COMBO_ROW (payday_test_find_named (GTK_WIDGET (prefs), "style-row"));
  g_assert_cmpuint (adw_combo_row_get_selected (currency_row), ==, 0);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (adw_combo_row_get_model (currency_row)), 0),
                   ==, "None");
  g_assert_false (gtk_widget_get_sensitive (payday_test_find_named (GTK_WIDGET (prefs), "manual-rate-row")));

  /* Choosing INR stores it and the window fetches the ECB table without blocking. */
  adw_combo_row_set_selected (currency_row, model_position (currency_row, "INR"));
  g_assert_cmpstr (g_settings_get_string (settings, "currency"), ==, "INR");
  g_assert_true (gtk_widget_get_sensitive (payday_test_find_named (GTK_WIDGET (prefs), "manual-rate-row")));
  g_assert_null (payday_overview_page_get_local_rate (page));   /* not yet: asynchronous */
  g_assert_true (payday_test_iterate_until (has_rate, page));
  payday_test_iterate_for (200);

  rate = payday_overview_page_get_local_rate (page);
  g_assert_cmpstr (rate->currency, ==, "INR");
  g_assert_cmpfloat_with_epsilon (rate->rate, expected.rate, 1e-9);
  g_assert_cmpint (rate->date, ==, expected.date);
  g_assert_cmpstr (rate->source, ==, "ECB");
  g_assert_cmpuint (xml_hits, ==, 1);
  g_assert_true (g_file_test (cache_file, G_FILE_TEST_IS_REGULAR));

  payday_summary_compute (payday_document_get_schedule (payday_window_get_document (window)), &summary);
  for (guint i = 0; i < PAYDAY_N_STATUSES; i++)
    {
      g_autofree char *text = payday_ui_format_local (&expected, summary.totals[i]);
      g_autofree char *money = g_strdup_printf ("%.2f", payday_rate_convert_cents (&expected, summary.totals[i]));

      g_assert_cmpstr (payday_test_label_text (GTK_WIDGET (window), local_names[i]), ==, text);
      g_assert_true (g_str_has_prefix (text, "≈ ₹"));
      /* The same digits as payday_rate_convert_cents(), grouped by thousands. */
      {
        g_autoptr(GString) digits = g_string_new (NULL);

        for (const char *p = text; *p; p++)
          if (g_ascii_isdigit (*p) || *p == '.')
            g_string_append_c (digits, *p);
        g_assert_cmpstr (digits->str, ==, money);
      }
    }
  g_assert_true (gtk_widget_get_visible (payday_test_find_named (GTK_WIDGET (window), "local-rate-button")));
  g_assert_cmpstr (payday_test_label_text (GTK_WIDGET (window), "local-rate"), ==,
                   "1 USD = 79.236 INR · ECB · 2022-07-08");
  g_assert_cmpstr (gtk_menu_button_get_label (GTK_MENU_BUTTON (payday_test_find_named (GTK_WIDGET (window), "local-rate-button"))),
                   ==, "≈ INR");

  payday_test_save_screenshot (GTK_WIDGET (prefs), "preferences.png");
  payday_test_save_screenshot (GTK_WIDGET (window), "overview-local.png");

  /* A manual rate beats the ECB's. */
  g_settings_set_double (settings, "manual-rate", 80.0);
  g_assert_true (payday_test_iterate_until (has_manual_rate, page));
  g_assert_cmpfloat (payday_overview_page_get_local_rate (page)->rate, ==, 80.0);
  /* A manual rate is dated the day it is used. */
  g_assert_true (g_str_has_prefix (payday_test_label_text (GTK_WIDGET (window), "local-rate"),
                                   "1 USD = 80.000 INR · your rate · "));

  /* Another currency forgets the manual rate; None turns the local figures off. */
  adw_combo_row_set_selected (currency_row, model_position (currency_row, "EUR"));
  g_assert_cmpfloat (g_settings_get_double (settings, "manual-rate"), ==, 0.0);
  adw_combo_row_set_selected (currency_row, 0);
  g_assert_cmpstr (g_settings_get_string (settings, "currency"), ==, "");
  payday_test_iterate_for (300);
  g_assert_null (payday_overview_page_get_local_rate (page));
  g_assert_false (gtk_widget_get_visible (payday_test_find_named (GTK_WIDGET (window), "local-available")));

  /* The style row drives color-scheme, which the application applies. */
  adw_combo_row_set_selected (style_row, 2);
  g_assert_cmpint (g_settings_get_enum (settings, "color-scheme"), ==, 2);
  g_assert_cmpint (adw_style_manager_get_color_scheme (adw_style_manager_get_default ()), ==,
                   ADW_COLOR_SCHEME_FORCE_DARK);
  g_settings_set_enum (settings, "color-scheme", 1);
  g_assert_cmpuint (adw_combo_row_get_selected (style_row), ==, 1);
  adw_combo_row_set_selected (style_row, 0);
  g_assert_cmpint (adw_style_manager_get_color_scheme (adw_style_manager_get_default ()), ==,
                   ADW_COLOR_SCHEME_DEFAULT);

  gtk_window_destroy (GTK_WINDOW (prefs));
  gtk_window_destroy (GTK_WINDOW (window));
  payday_test_iterate_for (100);
}

static gboolean
is_idle_new_plan (gpointer data)
{
  PaydayDocument *document = data;

  return payday_document_get_file (document) == NULL &&
         payday_document_get_plan (document)->contracts->len == 0;
}

static const char *
selected_text (AdwComboRow *row)
{
  return gtk_string_list_get_string (GTK_STRING_LIST (adw_combo_row_get_model (row)),
                                     adw_combo_row_get_selected (row));
}

static PaydayComparePage *
show_compare (PaydayWindow *window)
{
  GtkWidget *stack = payday_test_find_type (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK);
  GtkWidget *page;

  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (stack), "compare");
  payday_test_iterate_for (200);
  page = payday_test_find_type (GTK_WIDGET (window), PAYDAY_TYPE_COMPARE_PAGE);
  g_assert_nonnull (page);
  g_assert_true (payday_test_iterate_until (payday_test_is_mapped, page));

  return PAYDAY_COMPARE_PAGE (page);
}

/* The row "Each date's own" + the Upwork editions drives "rules-edition"; new plans and
 * the Compare page start under it, the open plan keeps its own. */
static void
test_preferences_rules_edition (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(PaydayRules) rules = payday_rules_lookup ("upwork", NULL);
  PaydayDate sliding = payday_date_from_ymd (2016, 6, 21);
  PaydayDate connects = payday_date_from_ymd (2019, 5, 1);
  PaydayWindow *window;
  PaydayDocument *document;
  PaydayPreferencesWindow *prefs;
  PaydayComparePage *compare;
  AdwComboRow *row;
  AdwComboRow *compare_row;
  GtkStringList *model;

  reset_settings (settings);
  g_assert_nonnull (rules);
  g_assert_cmpuint (rules->editions->len, >, 2);
  window = payday_test_sample_window (GTK_APPLICATION (app), NULL, 1000, 860);
  document = payday_window_get_document (window);
  g_assert_cmpint (payday_document_get_plan (document)->rules_edition, ==, PAYDAY_DATE_NONE);

  g_settings_set_string (settings, "rules-edition", "2016-06-21");
  prefs = open_preferences (window);
  row = ADW_COMBO_ROW (payday_test_find_named (GTK_WIDGET (prefs), "edition-row"));
  g_assert_nonnull (row);
  model = GTK_STRING_LIST (adw_combo_row_get_model (row));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, rules->editions->len + 1);
  g_assert_cmpstr (gtk_string_list_get_string (model, 0), ==, "Each Date’s Own Edition (Recommended)");
  for (guint i = 0; i < rules->editions->len; i++)
    {
      g_autofree char *label = payday_ui_edition_label (g_ptr_array_index (rules->editions, i));

      g_assert_cmpstr (gtk_string_list_get_string (model, i + 1), ==, label);
    }
  g_assert_cmpstr (selected_text (row), ==, "2016-06-21 · Sliding service fee");
  payday_test_save_screenshot (GTK_WIDGET (prefs), "preferences-edition.png");

  /* The row writes the key; the open plan is not touched. */
  adw_combo_row_set_selected (row, 0);
  g_assert_cmpstr (g_settings_get_string (settings, "rules-edition"), ==, "");
  adw_combo_row_set_selected (row, model_position (row, "2019-05-01 · Paid Connects"));
  g_assert_cmpstr (g_settings_get_string (settings, "rules-edition"), ==, "2019-05-01");
  g_settings_set_string (settings, "rules-edition", "2016-06-21");
  g_assert_cmpstr (selected_text (row), ==, "2016-06-21 · Sliding service fee");
  g_assert_cmpint (payday_document_get_plan (document)->rules_edition, ==, PAYDAY_DATE_NONE);
  g_assert_false (payday_document_get_dirty (document));
  gtk_window_destroy (GTK_WINDOW (prefs));

  /* The Compare page starts under the preference, over the sample plan's "each date's own". */
  compare = show_compare (window);
  compare_row = ADW_COMBO_ROW (payday_test_find_named (GTK_WIDGET (compare), "compare-edition"));
  g_assert_cmpint (payday_compare_page_get_input (compare)->edition, ==, sliding);
  g_assert_true (g_str_has_prefix (selected_text (compare_row), "2016-06-21"));

  /* A new plan is pinned to it, and so is the Compare page for it. */
  g_settings_set_string (settings, "rules-edition", "2019-05-01");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL));
  g_assert_true (payday_test_iterate_until (is_idle_new_plan, document));
  payday_test_iterate_for (200);
  g_assert_cmpint (payday_document_get_plan (document)->rules_edition, ==, connects);
  g_assert_cmpint (payday_compare_page_get_input (compare)->edition, ==, connects);
  g_assert_true (g_str_has_prefix (selected_text (compare_row), "2019-05-01"));

  /* A date that names no edition counts as unset. */
  g_settings_set_string (settings, "rules-edition", "2001-02-03");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL));
  payday_test_iterate_for (200);
  g_assert_cmpint (payday_document_get_plan (document)->rules_edition, ==, PAYDAY_DATE_NONE);

  /* Unset: each date's own edition, in the plan and on the Compare page. */
  g_settings_reset (settings, "rules-edition");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL));
  payday_test_iterate_for (200);
  g_assert_cmpint (payday_document_get_plan (document)->rules_edition, ==, PAYDAY_DATE_NONE);
  g_assert_cmpint (payday_compare_page_get_input (compare)->edition, ==, PAYDAY_DATE_NONE);
  g_assert_cmpuint (adw_combo_row_get_selected (compare_row), ==, 0);

  reset_settings (settings);
  gtk_window_destroy (GTK_WINDOW (window));
  payday_test_iterate_for (100);
}

static gboolean
has_toast (gpointer data)
{
  return find_label_with_prefix (data, "Exchange rates could not be updated") != NULL;
}

/* The provider answers 500: the window keeps the cached rates and says so in a toast. */
static void
test_preferences_fetch_failure (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *cache_file = g_build_filename (cache_home, "payday", "rates-ecb.json", NULL);
  g_autoptr(PaydayRateTable) table = NULL;
  g_autoptr(GError) error = NULL;
  PaydayDate fetched_on;
  PaydayWindow *window;
  PaydayOverviewPage *page;
  PaydayRate expected = ecb_inr ();
  GtkWidget *toast;
  PaydaySummary summary;
  g_autofree char *available = NULL;

  reset_settings (settings);

  /* The first test left today's cache; make it yesterday's so the window fetches. */
  table = payday_rate_table_load_cache (cache_file, &fetched_on, &error);
  g_assert_no_error (error);
  g_assert_cmpint (fetched_on, ==, payday_date_today_utc ());
  g_assert_true (payday_rate_table_save_cache (table, payday_date_today_utc () - 1, cache_file, &error));
  g_assert_no_error (error);

  answer_500 = TRUE;
  window = payday_test_sample_window (GTK_APPLICATION (app), NULL, 1000, 860);
  page = overview_of (window);
  g_settings_set_string (settings, "currency", "INR");
  g_assert_true (payday_test_iterate_until (has_rate, page));
  g_assert_true (payday_test_iterate_until (has_toast, window));

  toast = find_label_with_prefix (GTK_WIDGET (window), "Exchange rates could not be updated");
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (toast)), "using rates of Fri, Jul 8, 2022"));
  g_assert_cmpfloat_with_epsilon (payday_overview_page_get_local_rate (page)->rate, expected.rate, 1e-9);

  payday_summary_compute (payday_document_get_schedule (payday_window_get_document (window)), &summary);
  available = payday_ui_format_local (&expected, summary.totals[PAYDAY_STATUS_AVAILABLE]);
  g_assert_cmpstr (payday_test_label_text (GTK_WIDGET (window), "local-available"), ==, available);

  /* The cache is kept as it was. */
  g_clear_pointer (&table, payday_rate_table_unref);
  table = payday_rate_table_load_cache (cache_file, &fetched_on, &error);
  g_assert_no_error (error);
  g_assert_cmpint (fetched_on, ==, payday_date_today_utc () - 1);
  g_assert_cmpuint (xml_hits, ==, 1);

  payday_test_iterate_for (400);
  payday_test_save_screenshot (GTK_WIDGET (window), "overview-local-toast.png");

  answer_500 = FALSE;
  reset_settings (settings);
  gtk_window_destroy (GTK_WINDOW (window));
  payday_test_iterate_for (100);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SoupServer) server = NULL;
  g_autofree char *xml_path = NULL;
  g_autofree char *ecb_url = NULL;
  char *text;
  gsize length;
  GSList *uris;
  int ret;

  g_test_init (&argc, &argv, NULL);

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_test_skip ("no display (run under Xvfb: build-aux/dev test)");
      return g_test_run ();
    }

  /* Before any thread exists: a private cache and the mirror's address. */
  cache_home = g_dir_make_tmp ("payday-ui-prefs-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("XDG_CACHE_HOME", cache_home, TRUE);

  xml_path = g_test_build_filename (G_TEST_DIST, "data", "eurofxref-daily-2022-07-08.xml", NULL);
  g_file_get_contents (xml_path, &text, &length, &error);
  g_assert_no_error (error);
  ecb_xml = g_bytes_new_take (text, length);

  server = soup_server_new ("server-header", "payday-test ", NULL);
  soup_server_add_handler (server, NULL, handle, NULL, NULL);
  soup_server_listen_local (server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error);
  g_assert_no_error (error);
  uris = soup_server_get_uris (server);
  ecb_url = g_strdup_printf ("http://127.0.0.1:%d/eurofxref.xml", g_uri_get_port (uris->data));
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);
  g_setenv ("PAYDAY_RATES_URL", ecb_url, TRUE);
  /* The JSON provider is never needed for INR or EUR; if it were, it would fail here. */
  g_setenv ("PAYDAY_RATES_JSON_URL", "http://127.0.0.1:1/usd.json", TRUE);

  app = payday_application_new ();
  g_application_set_flags (G_APPLICATION (app),
                           G_APPLICATION_NON_UNIQUE | G_APPLICATION_HANDLES_OPEN);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  g_test_add_func ("/payday/ui/preferences/currency", test_preferences_currency);
  g_test_add_func ("/payday/ui/preferences/fetch-failure", test_preferences_fetch_failure);
  g_test_add_func ("/payday/ui/preferences/rules-edition", test_preferences_rules_edition);

  ret = g_test_run ();

  g_clear_object (&app);
  soup_server_disconnect (server);
  g_bytes_unref (ecb_xml);
  payday_test_remove_tree (cache_home);
  g_free (cache_home);

  return ret;
}
