/* test-ui-i18n.c — the German catalog and the locale's number marks, in the running window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gi18n.h>

#include "ui-test-util.h"
#include "payday-application.h"
#include "payday-compare-page.h"
#include "payday-document.h"
#include "payday-ui-util.h"
#include "payday-window.h"

#define GERMAN "de_DE.UTF-8"

static PaydayApplication *app;
static gboolean have_german;

static gboolean
has_label (GtkWidget  *widget,
           const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0)
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (has_label (child, text))
      return TRUE;

  return FALSE;
}

static void
with_locale (const char *name)
{
  g_assert_nonnull (setlocale (LC_ALL, name));
}

static void
test_format_c (void)
{
  PaydayRate inr = { .currency = "INR", .rate = 80.0 };
  PaydayRate xof = { .currency = "XOF", .rate = 600.0 };
  char *text;

  with_locale ("C.UTF-8");

  text = payday_ui_format_money (123456);
  g_assert_cmpstr (text, ==, "$1,234.56");
  g_free (text);
  text = payday_ui_format_money (-500);
  g_assert_cmpstr (text, ==, "-$5.00");
  g_free (text);
  text = payday_ui_format_money (0);
  g_assert_cmpstr (text, ==, "$0.00");
  g_free (text);
  text = payday_ui_format_money (G_MININT64);
  g_assert_cmpstr (text, ==, "-$92,233,720,368,547,758.08");
  g_free (text);
  text = payday_ui_format_count (1234567);
  g_assert_cmpstr (text, ==, "1,234,567");
  g_free (text);
  text = payday_ui_format_count (-42);
  g_assert_cmpstr (text, ==, "-42");
  g_free (text);
  text = payday_ui_format_local_money (&inr, 100000);
  g_assert_cmpstr (text, ==, "₹80,000.00");
  g_free (text);
  text = payday_ui_format_local_money (&xof, 100);
  g_assert_cmpstr (text, ==, "600.00\u00a0XOF");
  g_free (text);

  with_locale (GERMAN);
}

static void
test_format_german (void)
{
  PaydayRate inr = { .currency = "INR", .rate = 80.0 };
  char *text;

  with_locale (GERMAN);

  text = payday_ui_format_money (123456);
  g_assert_cmpstr (text, ==, "1.234,56\u00a0$");
  g_free (text);
  text = payday_ui_format_money (-500);
  g_assert_cmpstr (text, ==, "-5,00\u00a0$");
  g_free (text);
  text = payday_ui_format_count (1234567);
  g_assert_cmpstr (text, ==, "1.234.567");
  g_free (text);
  text = payday_ui_format_local_money (&inr, 100000);
  g_assert_cmpstr (text, ==, "80.000,00\u00a0₹");
  g_free (text);

  /* The translated date formats, with German names from LC_TIME */
  text = payday_ui_format_date (payday_date_from_ymd (2026, 3, 4), payday_date_from_ymd (2026, 1, 1));
  g_assert_cmpstr (text, ==, "Mi, 4. Mär");
  g_free (text);
  text = payday_date_format_long (payday_date_from_ymd (2026, 3, 4));
  g_assert_cmpstr (text, ==, "Mittwoch, 4. März 2026");
  g_free (text);
}

static void
test_overview_german (void)
{
  PaydayWindow *window = payday_test_sample_window (GTK_APPLICATION (app), "overview", 1000, 860);
  GtkWidget *figure;
  const char *text;

  payday_test_iterate_for (500);

  /* From the .ui template, the C code and the status helper */
  g_assert_true (has_label (GTK_WIDGET (window), "Nächste Zahlungen"));
  g_assert_true (has_label (GTK_WIDGET (window), "Verträge"));
  g_assert_true (has_label (GTK_WIDGET (window), "Verfügbar"));
  g_assert_false (has_label (GTK_WIDGET (window), "Next Payments"));

  /* The schedule engine's note, translated and naming the contract by its title */
  g_assert_true (has_label (GTK_WIDGET (window),
                            "⚠ Der Meilenstein „Launch support“ im Vertrag „Shopify storefront "
                            "redesign“ wurde nie finanziert: Die Treuhand schützt ihn nicht."));

  /* The figures in German marks: "1.234,56 $" */
  figure = payday_test_find_named (GTK_WIDGET (window), "figure-available");
  g_assert_nonnull (figure);
  text = gtk_label_get_label (GTK_LABEL (figure));
  g_assert_true (g_str_has_suffix (text, "\u00a0$"));
  g_assert_nonnull (strchr (text, ','));

  payday_test_save_screenshot (GTK_WIDGET (window), "overview-de.png");
  gtk_window_destroy (GTK_WINDOW (window));
  payday_test_iterate_for (100);
}

static gboolean
compare_done (gpointer data)
{
  PaydayComparePage *page = data;

  return !payday_compare_page_get_running (page) && payday_compare_page_get_result (page) != NULL;
}

/* The Compare page came after the first translation: its labels, the engine's verdict
 * (sentence parts put together in German) and the note, in a window a German user sees. */
static void
test_compare_german (void)
{
  PaydayWindow *window = payday_test_sample_window (GTK_APPLICATION (app), "compare", 1280, 1000);
  PaydayComparePage *page;
  const char *verdict;
  const char *net;

  page = PAYDAY_COMPARE_PAGE (payday_test_find_type (GTK_WIDGET (window),
                                                    PAYDAY_TYPE_COMPARE_PAGE));
  g_assert_true (payday_test_iterate_until (compare_done, page));
  payday_test_iterate_for (150);

  g_assert_true (has_label (GTK_WIDGET (window), "Stundenbasis oder Festpreis?"));
  g_assert_true (has_label (GTK_WIDGET (window), "Tage bis zum Geld"));
  g_assert_true (has_label (GTK_WIDGET (window), "Vergleich"));
  verdict = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (
    payday_test_find_named (GTK_WIDGET (window), "compare-verdict")));
  g_assert_nonnull (strstr (verdict, "früher"));
  g_assert_null (strstr (verdict, "sooner"));
  /* its amounts in German marks too, like the figures beside it: "1.800,00 $", never
   * "$1,800.00" */
  g_assert_true (g_regex_match_simple ("[0-9],[0-9][0-9]\u00a0\\$", verdict, 0, 0));
  g_assert_false (g_regex_match_simple ("\\$[0-9]", verdict, 0, 0));
  /* the figures in German marks, as on every other page: "7.020,00 $" */
  net = gtk_label_get_label (GTK_LABEL (payday_test_find_named (GTK_WIDGET (window), "compare-hourly-net")));
  g_assert_true (g_str_has_suffix (net, "\u00a0$"));
  g_assert_nonnull (strchr (net, ','));

  payday_test_save_screenshot (GTK_WIDGET (window), "compare-de.png");
  gtk_window_destroy (GTK_WINDOW (window));
  payday_test_iterate_for (100);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  const char *localedir = g_getenv ("PAYDAY_LOCALEDIR");
  int ret;

  /* As a German user's session would: the language and every locale category. */
  g_setenv ("LANGUAGE", "de", TRUE);
  g_setenv ("LC_ALL", GERMAN, TRUE);
  have_german = setlocale (LC_ALL, "") != NULL;
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_test_init (&argc, &argv, NULL);

  if (!have_german)
    {
      g_test_skip ("no " GERMAN " locale (locale-gen " GERMAN ")");
      return g_test_run ();
    }

  g_test_add_func ("/payday/i18n/format/c", test_format_c);
  g_test_add_func ("/payday/i18n/format/german", test_format_german);

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    return g_test_run ();

  app = payday_application_new ();
  g_application_set_flags (G_APPLICATION (app),
                           G_APPLICATION_NON_UNIQUE | G_APPLICATION_HANDLES_OPEN);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  g_test_add_func ("/payday/ui/overview/german", test_overview_german);
  g_test_add_func ("/payday/ui/compare/german", test_compare_german);

  ret = g_test_run ();

  g_clear_object (&app);

  return ret;
}
