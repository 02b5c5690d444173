/* test-ui-badges.c — the Badges page and the profile dialog, driven in-process under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "ui-test-util.h"
#include "payday-application.h"
#include "payday-badges-page.h"
#include "payday-criterion-row.h"
#include "payday-document.h"
#include "payday-profile-dialog.h"
#include "payday-window.h"

static PaydayApplication *app;

/* The expected values come from the engine directly, not from the document. */
static PaydayBadgeReport *
engine_report (PaydayPlan *plan)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PaydayRules) rules = payday_rules_lookup (plan->rules, &error);
  g_autoptr(PaydaySchedule) schedule = NULL;

  g_assert_no_error (error);
  schedule = payday_schedule_compute (plan, rules, payday_plan_get_today (plan));

  return payday_badges_evaluate (plan, rules, schedule, schedule->today);
}

static PaydayBadgeReport *
sample_report (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PaydayPlan) plan = payday_plan_load_sample (PAYDAY_TEST_TODAY, &error);

  g_assert_no_error (error);

  return engine_report (plan);
}

static GtkWidget *
profile_dialog (PaydayWindow *window)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (PAYDAY_IS_PROFILE_DIALOG (toplevel) &&
          gtk_window_get_transient_for (toplevel) == GTK_WINDOW (window) &&
          gtk_widget_get_visible (GTK_WIDGET (toplevel)))
        return GTK_WIDGET (toplevel);
    }

  return NULL;
}

static GtkWidget *
open_profile (PaydayWindow *window)
{
  GtkWidget *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.edit-profile", NULL));
  payday_test_iterate_for (300);
  dialog = profile_dialog (window);
  g_assert_nonnull (dialog);
  g_assert_true (payday_test_iterate_until (payday_test_is_mapped, dialog));

  return dialog;
}

static void
test_document_badges (void)
{
  g_autoptr(PaydayDocument) document = payday_document_new ();
  g_autoptr(PaydayBadgeReport) expected = sample_report ();
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) a = NULL;
  g_autoptr(JsonNode) b = NULL;

  g_assert_true (payday_document_load_sample (document, PAYDAY_TEST_TODAY, &error));
  g_assert_nonnull (payday_document_get_badges (document));
  a = payday_badges_to_json (payday_document_get_badges (document));
  b = payday_badges_to_json (expected);
  g_assert_true (json_node_equal (a, b));

  /* Recomputed on every change, never stale. */
  {
    PaydayProfile *profile = payday_document_dup_part (document, PAYDAY_PLAN_PART_PROFILE);

    profile->profile_complete = FALSE;
    payday_test_set_part (document, PAYDAY_PLAN_PART_PROFILE, profile);
  }
  g_assert_false (payday_badge_report_find (payday_document_get_badges (document), "top_rated")->eligible);
}

static guint
count_children (GtkWidget *widget)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n++;

  return n;
}

static void
test_badges_cards (void)
{
  g_autoptr(PaydayBadgeReport) report = sample_report ();
  PaydayWindow *window = payday_test_sample_window (GTK_APPLICATION (app), "badges", 1000, 900);
  GtkWidget *root = GTK_WIDGET (window);
  const PaydayBadge *plus;
  const PaydayBadgeCriterion *c;
  GtkWidget *strip;
  GtkWidget *cell;
  guint i;

  g_assert_cmpuint (report->badges->len, >, 0);
  g_assert_cmpuint (count_children (payday_test_find_named (root, "badge-cards")), ==, report->badges->len);

  for (i = 0; i < report->badges->len; i++)
    {
      const PaydayBadge *badge = &g_array_index (report->badges, PaydayBadge, i);
      g_autofree char *name = g_strdup_printf ("badge-%s", badge->id);
      GtkWidget *card = payday_test_find_named (root, name);

      g_assert_nonnull (card);
      g_assert_true (ADW_IS_PREFERENCES_GROUP (card));
      g_assert_cmpstr (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (card)), ==, badge->name);

      for (guint j = 0; j < badge->criteria->len; j++)
        {
          const PaydayBadgeCriterion *row = &g_array_index (badge->criteria, PaydayBadgeCriterion, j);
          g_autofree char *value_name = g_strdup_printf ("value-%s-%s", badge->id, row->id);
          g_autofree char *expected = payday_badges_format_criterion (row);

          g_assert_cmpstr (payday_test_label_text (root, value_name), ==, expected);
        }
    }

  /* Independent of the page's formatter: money against money, percent against percent. */
  plus = payday_badge_report_find (report, "top_rated_plus");
  g_assert_nonnull (plus);
  c = payday_badge_find_criterion (plus, "large_contract");
  g_assert_nonnull (c);
  g_assert_false (c->met);
  {
    g_autofree char *value = payday_money_format (c->value);
    g_autofree char *threshold = payday_money_format (c->threshold);
    g_autofree char *expected = g_strdup_printf ("%s / %s", value, threshold);

    g_assert_cmpstr (payday_test_label_text (root, "value-top_rated_plus-large_contract"), ==, expected);
  }
  c = payday_badge_find_criterion (payday_badge_report_find (report, "top_rated"), "jss");
  {
    g_autofree char *expected = g_strdup_printf ("%d%% / %d%%", (int) c->value, (int) c->threshold);

    g_assert_cmpstr (payday_test_label_text (root, "value-top_rated-jss"), ==, expected);
  }

  /* Eligible, projected and unreachable badges say so in their description. */
  g_assert_true (payday_badge_report_find (report, "top_rated")->eligible);
  g_assert_true (g_str_has_prefix (adw_preferences_group_get_description (
                   ADW_PREFERENCES_GROUP (payday_test_find_named (root, "badge-top_rated"))), "Eligible now"));
  g_assert_true (payday_date_is_set (plus->projected_on));
  g_assert_false (plus->eligible);
  {
    g_autoptr(GDateTime) dt = NULL;
    g_autofree char *day = NULL;
    g_autofree char *expected = NULL;
    int y, m, d;

    payday_date_get_ymd (plus->projected_on, &y, &m, &d);
    dt = g_date_time_new_utc (y, m, d, 0, 0, 0);
    day = g_date_time_format (dt, "%a, %b %-d, %Y");
    expected = g_strdup_printf ("Projected: %s", day);
    g_assert_true (g_str_has_prefix (adw_preferences_group_get_description (
                     ADW_PREFERENCES_GROUP (payday_test_find_named (root, "badge-top_rated_plus"))), expected));
  }

  /* The strip: one cell per week of the engine, filled exactly where it says eligible. */
  c = payday_badge_find_criterion (payday_badge_report_find (report, "top_rated"), "jss_weeks");
  g_assert_nonnull (c->weeks);
  g_assert_cmpuint (c->weeks->len, ==, 16);
  strip = payday_test_find_named (root, "strip-top_rated-jss_weeks");
  g_assert_nonnull (strip);
  g_assert_cmpuint (count_children (strip), ==, 16);
  for (i = 0, cell = gtk_widget_get_first_child (strip); cell != NULL;
       i++, cell = gtk_widget_get_next_sibling (cell))
    {
      const PaydayBadgeWeek *week = &g_array_index (c->weeks, PaydayBadgeWeek, i);
      const char *tooltip = gtk_widget_get_tooltip_text (cell);
      g_autofree char *day = NULL;
      g_autoptr(GDateTime) dt = NULL;
      int y, m, d;

      payday_date_get_ymd (week->saturday, &y, &m, &d);
      dt = g_date_time_new_utc (y, m, d, 0, 0, 0);
      day = g_date_time_format (dt, "%b %-d");
      g_assert_cmpint (gtk_widget_has_css_class (cell, "eligible"), ==, week->eligible);
      g_assert_nonnull (strstr (tooltip, day));
    }

  /* The highlighted next step is the engine's sentence. */
  {
    GtkWidget *row = payday_test_find_named (root, "next-step-top_rated_plus");

    g_assert_nonnull (row);
    g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, plus->next_step);
  }

  payday_test_save_screenshot (root, "badges.png");
  payday_test_save_screenshot (payday_test_find_named (root, "badge-top_rated"), "badges-top-rated.png");

  {
    GtkWidget *scroller = payday_test_find_named (root, "badges-scroller");
    GtkAdjustment *adj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));

    gtk_adjustment_set_value (adj, gtk_adjustment_get_upper (adj));
    payday_test_iterate_for (200);
    payday_test_save_screenshot (root, "badges-end.png");
    gtk_adjustment_set_value (adj, 0);
  }

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  payday_test_iterate_for (300);
  payday_test_save_screenshot (root, "badges-dark.png");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
  payday_test_iterate_for (100);

  /* Narrow: the cards still fit. */
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 720);
  payday_test_iterate_for (300);
  payday_test_save_screenshot (root, "badges-narrow.png");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_badges_profile_flag (void)
{
  PaydayWindow *window = payday_test_sample_window (GTK_APPLICATION (app), "badges", 1000, 900);
  PaydayDocument *document = payday_window_get_document (window);
  GtkWidget *root = GTK_WIDGET (window);
  g_autoptr(PaydayBadgeReport) after = NULL;
  GtkWidget *dialog;
  GtkWidget *sw;

  g_assert_true (g_str_has_prefix (adw_preferences_group_get_description (
                   ADW_PREFERENCES_GROUP (payday_test_find_named (root, "badge-top_rated"))), "Eligible now"));
  g_assert_false (payday_document_get_dirty (document));

  dialog = open_profile (window);
  payday_test_save_screenshot (dialog, "profile.png");

  sw = payday_test_find_named (dialog, "flag-profile_complete");
  g_assert_nonnull (sw);
  g_assert_true (GTK_IS_SWITCH (sw));
  g_assert_true (gtk_switch_get_active (GTK_SWITCH (sw)));
  gtk_switch_set_active (GTK_SWITCH (sw), FALSE);
  payday_test_iterate_for (200);

  g_assert_false (payday_document_get_plan (document)->profile.profile_complete);
  g_assert_true (payday_document_get_dirty (document));
  /* The switch that was toggled is still the one shown (the dialog kept its rows). */
  g_assert_true (payday_test_find_named (dialog, "flag-profile_complete") == sw);

  after = engine_report (payday_document_get_plan (document));
  g_assert_false (payday_badge_report_find (after, "top_rated")->eligible);
  g_assert_false (g_str_has_prefix (adw_preferences_group_get_description (
                    ADW_PREFERENCES_GROUP (payday_test_find_named (root, "badge-top_rated"))), "Eligible now"));
  g_assert_cmpstr (payday_test_label_text (root, "value-top_rated-profile_complete"), ==, "No");

  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_badges_profile_invalid (void)
{
  PaydayWindow *window = payday_test_sample_window (GTK_APPLICATION (app), "badges", 1000, 900);
  PaydayDocument *document = payday_window_get_document (window);
  PaydayPlan *plan = payday_document_get_plan (document);
  PaydayDate joined = plan->profile.joined;
  guint n_jss = plan->profile.jss->len;
  guint n_holds = plan->profile.account_holds->len;
  GtkWidget *dialog = open_profile (window);
  GtkWidget *entry = payday_test_find_named (dialog, "profile-joined");
  GtkWidget *hold;
  GtkWidget *end_entry;

  g_assert_nonnull (entry);

  /* Not a date: marked, and the plan keeps its value. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "2024-02-30");
  payday_test_iterate_for (400);
  g_assert_true (gtk_widget_has_css_class (entry, "error"));
  g_assert_cmpint (plan->profile.joined, ==, joined);
  g_assert_false (payday_document_get_dirty (document));

  gtk_editable_set_text (GTK_EDITABLE (entry), "2023-01-02");
  payday_test_iterate_for (400);
  g_assert_false (gtk_widget_has_css_class (entry, "error"));
  g_assert_cmpint (plan->profile.joined, ==, payday_date_from_ymd (2023, 1, 2));
  g_assert_true (payday_document_get_dirty (document));

  /* A JSS and a hold, added and removed with the list buttons. */
  g_signal_emit_by_name (payday_test_find_named (dialog, "jss-add"), "clicked");
  payday_test_iterate_for (100);
  g_assert_cmpuint (plan->profile.jss->len, ==, n_jss + 1);
  g_assert_cmpint (g_array_index (plan->profile.jss, PaydayJss, n_jss).date, ==, PAYDAY_TEST_TODAY);

  /* Dated before every other score, it moves to the top of the history and of the list. */
  {
    GtkWidget *list = payday_test_find_named (dialog, "jss-list");
    GtkWidget *row = GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), (int) n_jss));
    GtkWidget *first;

    gtk_editable_set_text (GTK_EDITABLE (payday_test_find_named (row, "jss-date")), "2024-01-01");
    payday_test_iterate_for (500);
    g_assert_cmpint (g_array_index (plan->profile.jss, PaydayJss, 0).date, ==,
                     payday_date_from_ymd (2024, 1, 1));
    list = payday_test_find_named (dialog, "jss-list");
    first = GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0));
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (payday_test_find_named (first, "jss-date"))),
                     ==, "2024-01-01");
    for (guint i = 1; i < plan->profile.jss->len; i++)
      g_assert_cmpint (g_array_index (plan->profile.jss, PaydayJss, i - 1).date, <=,
                       g_array_index (plan->profile.jss, PaydayJss, i).date);
  }

  g_signal_emit_by_name (payday_test_find_named (dialog, "hold-add"), "clicked");
  payday_test_iterate_for (100);
  g_assert_cmpuint (plan->profile.account_holds->len, ==, n_holds + 1);

  /* A hold ending before it starts never reaches the plan. */
  hold = payday_test_find_named (dialog, "holds-list");
  g_assert_nonnull (hold);
  hold = GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (hold), (int) n_holds));
  end_entry = payday_test_find_named (hold, "hold-end");
  gtk_editable_set_text (GTK_EDITABLE (end_entry), "2020-01-01");
  payday_test_iterate_for (400);
  g_assert_true (gtk_widget_has_css_class (end_entry, "error"));
  g_assert_false (payday_date_is_set (g_array_index (plan->profile.account_holds, PaydayHold, n_holds).end));
  gtk_editable_set_text (GTK_EDITABLE (end_entry), "2026-03-10");
  payday_test_iterate_for (400);
  g_assert_false (gtk_widget_has_css_class (end_entry, "error"));
  g_assert_cmpint (g_array_index (plan->profile.account_holds, PaydayHold, n_holds).end, ==,
                   payday_date_from_ymd (2026, 3, 10));

  /* A hold within the last 90 days: Top Rated is lost on the page. */
  g_assert_false (g_str_has_prefix (adw_preferences_group_get_description (
                    ADW_PREFERENCES_GROUP (payday_test_find_named (GTK_WIDGET (window), "badge-top_rated"))),
                    "Eligible now"));

  {
    GtkWidget *scroller = payday_test_find_type (dialog, GTK_TYPE_SCROLLED_WINDOW);
    GtkAdjustment *adj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));

    gtk_adjustment_set_value (adj, gtk_adjustment_get_upper (adj));
    payday_test_iterate_for (200);
    payday_test_save_screenshot (dialog, "profile-lists.png");
  }

  g_signal_emit_by_name (gtk_widget_get_last_child (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (hold))), "clicked");
  payday_test_iterate_for (100);
  g_assert_cmpuint (plan->profile.account_holds->len, ==, n_holds);

  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_badges_new_plan (void)
{
  PaydayWindow *window = payday_test_sample_window (GTK_APPLICATION (app), "badges", 1000, 900);
  PaydayDocument *document = payday_window_get_document (window);
  g_autoptr(PaydayBadgeReport) report = NULL;
  GtkWidget *root = GTK_WIDGET (window);

  /* An empty plan: every card is still there, judged on an empty profile. */
  g_assert_true (gtk_widget_activate_action (root, "win.new", NULL));
  payday_test_iterate_for (200);
  report = engine_report (payday_document_get_plan (document));
  g_assert_cmpuint (count_children (payday_test_find_named (root, "badge-cards")), ==, report->badges->len);
  for (guint i = 0; i < report->badges->len; i++)
    g_assert_false (g_array_index (report->badges, PaydayBadge, i).eligible);
  g_assert_cmpstr (payday_test_label_text (root, "value-top_rated-profile_complete"), ==, "No");

  payday_test_save_screenshot (root, "badges-new.png");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_badges_categories (void)
{
  g_autoptr(PaydayDocument) document = payday_document_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) categories = NULL;

  g_assert_true (payday_document_load_sample (document, PAYDAY_TEST_TODAY, &error));
  categories = payday_profile_dialog_categories (document);
  g_assert_true (g_strv_contains ((const char * const *) categories, "Web, Mobile & Software Dev"));
  g_assert_true (g_strv_contains ((const char * const *) categories, "Writing"));
  for (guint i = 1; categories[i] != NULL; i++)
    g_assert_cmpint (g_utf8_collate (categories[i - 1], categories[i]), <, 0);
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

  g_test_add_func ("/payday/ui/badges/document", test_document_badges);
  g_test_add_func ("/payday/ui/badges/categories", test_badges_categories);
  g_test_add_func ("/payday/ui/badges/cards", test_badges_cards);
  g_test_add_func ("/payday/ui/badges/new-plan", test_badges_new_plan);
  g_test_add_func ("/payday/ui/badges/profile-flag", test_badges_profile_flag);
  g_test_add_func ("/payday/ui/badges/profile-invalid", test_badges_profile_invalid);

  ret = g_test_run ();

  g_clear_object (&app);

  return ret;
}
