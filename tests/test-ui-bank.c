/* test-ui-bank.c — "In your bank" on the Overview and the withdrawal settings, under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "ui-test-util.h"
#include "payday-application.h"
#include "payday-bank-dialog.h"
#include "payday-bank-group.h"
#include "payday-document.h"
#include "payday-payout-choice.h"
#include "payday-payout-row.h"
#include "payday-ui-util.h"
#include "payday-window.h"

static PaydayApplication *app;

static PaydayDate
fixed_today (void)
{
  return payday_date_from_ymd (2026, 3, 4);
}

/* The expected values come from the engines directly, not from the document. */
static PaydayPayouts *
engine_payouts (const PaydayPlan *source)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PaydayPlan) plan = payday_plan_copy (source);
  g_autoptr(PaydayRules) rules = payday_rules_lookup (plan->rules, &error);
  g_autoptr(PaydaySchedule) schedule = NULL;

  g_assert_no_error (error);
  schedule = payday_schedule_compute (plan, rules, payday_plan_get_today (plan));
  return payday_payouts_compute (schedule);
}

static PaydayWindow *
sample_window (void)
{
  g_autoptr(PaydayDocument) document = payday_document_new ();
  g_autoptr(GError) error = NULL;
  PaydayWindow *window;

  payday_document_load_sample (document, fixed_today (), &error);
  g_assert_no_error (error);

  window = payday_window_new (GTK_APPLICATION (app), document);
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 860);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (payday_test_iterate_until (payday_test_is_mapped, window));
  payday_test_iterate_for (300);

  return window;
}

/* Scrolls the Overview so the bank group is at the top of the view. */
static void
show_bank_group (GtkWidget *window)
{
  GtkWidget *group = payday_test_find_type (window, PAYDAY_TYPE_BANK_GROUP);
  GtkWidget *scroller = gtk_widget_get_ancestor (group, GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  graphene_point_t point;

  g_assert_true (gtk_widget_compute_point (group, scroller, &GRAPHENE_POINT_INIT (0, 0), &point));
  gtk_adjustment_set_value (adj, gtk_adjustment_get_value (adj) + point.y - 12);
  payday_test_iterate_for (200);
}

static void
assert_next (GtkWidget           *window,
             const PaydayPayouts *payouts)
{
  const PaydayPayout *next = payday_payouts_get_next (payouts);
  g_autofree char *received = NULL;
  g_autofree char *fees = payday_ui_format_money (payouts->fees_next_12m_cents);
  g_autofree char *arrives = NULL;
  guint upcoming = MIN (4, payouts->projected_count);

  g_assert_nonnull (next);
  received = payday_ui_format_money (next->received_cents);
  arrives = payday_ui_format_date (next->arrives_on, PAYDAY_DATE_NONE);
  g_assert_cmpstr (payday_test_label_text (window, "bank-next-amount"), ==, received);
  g_assert_nonnull (strstr (payday_test_label_text (window, "bank-next-detail"), arrives));
  g_assert_cmpstr (payday_test_label_text (window, "bank-year-amount"), ==, fees);
  g_assert_nonnull (strstr (payday_test_label_text (window, "bank-year-detail"),
                            payday_withdrawal_method_label (payouts->method)));
  g_assert_cmpuint (payday_test_count_rows (window, "bank-upcoming"), ==, upcoming);
}

/* The Overview's "In your bank": the next withdrawal and the fees of a year, as the engine
 * projects them for the sample plan (twice a month, direct to a local bank). */
static void
test_bank_figures (void)
{
  PaydayWindow *window = sample_window ();
  PaydayDocument *document = payday_window_get_document (window);
  g_autoptr(PaydayPayouts) payouts = engine_payouts (payday_document_get_plan (document));

  g_assert_cmpint (payouts->schedule, ==, PAYDAY_SCHEDULE_TWICE_MONTHLY);
  g_assert_cmpuint (payouts->projected_count, >, 4);
  assert_next (GTK_WIDGET (window), payouts);
  /* The sample's past withdrawals never took more than it had. */
  g_assert_false (gtk_widget_get_visible (payday_test_find_named (GTK_WIDGET (window), "bank-warnings")));
  g_assert_cmpuint (g_list_model_get_n_items (payday_document_get_withdrawals (document)), ==,
                    payouts->rows->len);

  show_bank_group (GTK_WIDGET (window));
  payday_test_save_screenshot (GTK_WIDGET (window), "overview-bank.png");

  /* A phone-sized window still shows both figures in full. */
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 720);
  payday_test_iterate_for (300);
  show_bank_group (GTK_WIDGET (window));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 400);
  payday_test_save_screenshot (GTK_WIDGET (window), "overview-bank-narrow.png");

  gtk_window_destroy (GTK_WINDOW (window));
}

static PaydayBankDialog *
find_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) w = g_list_model_get_item (toplevels, i);

      if (PAYDAY_IS_BANK_DIALOG (w))
        return PAYDAY_BANK_DIALOG (w);
    }
  return NULL;
}

static gboolean
dialog_shown (gpointer data)
{
  PaydayBankDialog *dialog = find_dialog ();

  return dialog != NULL && gtk_widget_get_mapped (GTK_WIDGET (dialog));
}

static gboolean
compared (gpointer data)
{
  return !payday_bank_dialog_get_comparing (PAYDAY_BANK_DIALOG (data)) &&
         g_list_model_get_n_items (payday_bank_dialog_get_choices (PAYDAY_BANK_DIALOG (data))) > 0;
}

static PaydayPayoutChoice *
current_choice (PaydayBankDialog *dialog)
{
  GListModel *choices = payday_bank_dialog_get_choices (dialog);
  PaydayPayoutChoice *current = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (choices); i++)
    {
      g_autoptr(PaydayPayoutChoice) choice = g_list_model_get_item (choices, i);

      if (payday_payout_choice_get_current (choice))
        {
          g_assert_null (current);
          current = choice;
        }
    }
  return current;
}

/* Withdrawal Settings: method, schedule, reserve and past withdrawals, each an undoable
 * edit that the Overview follows; the comparison marks the plan's own choice. */
static void
test_bank_settings (void)
{
  PaydayWindow *window = sample_window ();
  PaydayDocument *document = payday_window_get_document (window);
  PaydayPlan *plan = payday_document_get_plan (document);
  GtkWidget *group = payday_test_find_type (GTK_WIDGET (window), PAYDAY_TYPE_BANK_GROUP);
  PaydayBankDialog *dialog;
  PaydayPayoutChoice *current;
  guint n_history = plan->withdrawals.history->len;
  PaydayCents fees_before = payday_document_get_payouts (document)->fees_next_12m_cents;
  const char *method_note;

  g_assert_true (gtk_widget_activate_action (group, "bank.settings", NULL));
  g_assert_true (payday_test_iterate_until (dialog_shown, NULL));
  dialog = find_dialog ();
  g_assert_true (payday_test_iterate_until (compared, dialog));
  payday_test_iterate_for (300);

  /* A second click brings the same dialog back. */
  g_assert_true (gtk_widget_activate_action (group, "bank.settings", NULL));
  payday_test_iterate_for (100);
  {
    GListModel *toplevels = gtk_window_get_toplevels ();
    guint n = 0;

    for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
      {
        g_autoptr(GObject) w = g_list_model_get_item (toplevels, i);

        n += PAYDAY_IS_BANK_DIALOG (w);
      }
    g_assert_cmpuint (n, ==, 1);
  }

  /* Every method with every automatic schedule; the plan's own is marked once. */
  g_assert_cmpuint (g_list_model_get_n_items (payday_bank_dialog_get_choices (dialog)), ==,
                    PAYDAY_N_METHODS * 4);
  g_assert_cmpuint (payday_test_count_rows (GTK_WIDGET (dialog), "bank-choices"), ==,
                    PAYDAY_N_METHODS * 4);
  current = current_choice (dialog);
  g_assert_nonnull (current);
  g_assert_cmpint (payday_payout_choice_get_method (current), ==, PAYDAY_METHOD_DIRECT_LOCAL);
  g_assert_cmpint (payday_payout_choice_get_schedule (current), ==, PAYDAY_SCHEDULE_TWICE_MONTHLY);
  g_assert_cmpint (payday_payout_choice_get_fees (current), ==, fees_before);
  g_assert_cmpint (payday_payout_choice_get_median_days (current), >, 0);

  /* Where the method is picked, Payoneer's note. */
  method_note = adw_action_row_get_subtitle (ADW_ACTION_ROW (payday_test_find_named (GTK_WIDGET (dialog),
                                                                                      "bank-method")));
  g_assert_nonnull (strstr (method_note, "not offered in the US or India"));
  g_assert_cmpuint (payday_test_count_rows (GTK_WIDGET (dialog), "bank-history"), ==, n_history);
  payday_test_save_screenshot (GTK_WIDGET (dialog), "bank-settings.png");

  /* The wire: a dearer fee, the Overview follows; undo puts it back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "bank.set-method", "u",
                                             (guint32) PAYDAY_METHOD_WIRE));
  g_assert_cmpint (plan->withdrawals.method, ==, PAYDAY_METHOD_WIRE);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (payday_test_find_named (GTK_WIDGET (dialog),
                                                                                        "bank-method"))),
                    ==, PAYDAY_METHOD_WIRE);
  {
    g_autoptr(PaydayPayouts) payouts = engine_payouts (plan);

    g_assert_cmpint (payouts->fees_next_12m_cents, >, fees_before);
    assert_next (GTK_WIDGET (window), payouts);
  }
  g_assert_cmpstr (payday_document_get_undo_label (document), ==, "Change Withdrawal Method");
  g_assert_true (payday_document_undo (document));
  g_assert_cmpint (plan->withdrawals.method, ==, PAYDAY_METHOD_DIRECT_LOCAL);
  g_assert_cmpint (payday_document_get_payouts (document)->fees_next_12m_cents, ==, fees_before);

  /* Weekly with a $200 reserve. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "bank.set-schedule", "u",
                                             (guint32) PAYDAY_SCHEDULE_WEEKLY));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "bank.set-reserve", "x",
                                             (gint64) 20000));
  g_assert_cmpint (plan->withdrawals.schedule, ==, PAYDAY_SCHEDULE_WEEKLY);
  g_assert_cmpint (plan->withdrawals.reserve_cents, ==, 20000);
  {
    g_autoptr(PaydayPayouts) payouts = engine_payouts (plan);

    assert_next (GTK_WIDGET (window), payouts);
  }

  /* A past withdrawal added, edited, removed: a row each time, one undo step each. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "bank.add", NULL));
  g_assert_cmpuint (plan->withdrawals.history->len, ==, n_history + 1);
  payday_test_iterate_for (100);
  g_assert_cmpuint (payday_test_count_rows (GTK_WIDGET (dialog), "bank-history"), ==, n_history + 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "bank.edit", "(uix)",
                                             (guint32) n_history,
                                             (gint32) (fixed_today () - 2), (gint64) 12345));
  g_assert_cmpint (g_array_index (plan->withdrawals.history, PaydayWithdrawal, n_history).amount_cents,
                   ==, 12345);
  g_assert_cmpint (g_array_index (plan->withdrawals.history, PaydayWithdrawal, n_history).date,
                   ==, fixed_today () - 2);
  g_assert_cmpstr (payday_document_get_undo_label (document), ==, "Edit Past Withdrawal");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "bank.remove", "u",
                                             (guint32) n_history));
  g_assert_cmpuint (plan->withdrawals.history->len, ==, n_history);
  payday_test_iterate_for (100);
  g_assert_cmpuint (payday_test_count_rows (GTK_WIDGET (dialog), "bank-history"), ==, n_history);
  g_assert_true (payday_document_undo (document));
  g_assert_cmpuint (plan->withdrawals.history->len, ==, n_history + 1);

  /* Picking a row of the comparison uses its method and schedule. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "bank.choose", "(uu)",
                                             (guint32) PAYDAY_METHOD_PAYPAL,
                                             (guint32) PAYDAY_SCHEDULE_MONTHLY));
  g_assert_cmpint (plan->withdrawals.method, ==, PAYDAY_METHOD_PAYPAL);
  g_assert_cmpint (plan->withdrawals.schedule, ==, PAYDAY_SCHEDULE_MONTHLY);
  g_assert_true (payday_test_iterate_until (compared, dialog));
  current = current_choice (dialog);
  g_assert_cmpint (payday_payout_choice_get_method (current), ==, PAYDAY_METHOD_PAYPAL);
  g_assert_cmpint (payday_payout_choice_get_schedule (current), ==, PAYDAY_SCHEDULE_MONTHLY);
  {
    GtkWidget *scroller = payday_test_find_type (GTK_WIDGET (dialog), GTK_TYPE_SCROLLED_WINDOW);
    GtkAdjustment *adj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));

    gtk_adjustment_set_value (adj, gtk_adjustment_get_upper (adj));
    payday_test_iterate_for (200);
    payday_test_save_screenshot (GTK_WIDGET (dialog), "bank-compare.png");
  }

  gtk_window_destroy (GTK_WINDOW (dialog));
  show_bank_group (GTK_WIDGET (window));
  payday_test_save_screenshot (GTK_WIDGET (window), "overview-bank-paypal.png");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A past withdrawal larger than the money then available: the Overview says so. */
static void
test_bank_deficit (void)
{
  PaydayWindow *window = sample_window ();
  PaydayDocument *document = payday_window_get_document (window);
  PaydayPlan *plan = payday_document_get_plan (document);
  GtkWidget *group = payday_test_find_type (GTK_WIDGET (window), PAYDAY_TYPE_BANK_GROUP);
  PaydayBankDialog *dialog;
  PaydayWithdrawal first = g_array_index (plan->withdrawals.history, PaydayWithdrawal, 0);

  g_assert_true (gtk_widget_activate_action (group, "bank.settings", NULL));
  g_assert_true (payday_test_iterate_until (dialog_shown, NULL));
  dialog = find_dialog ();
  payday_test_iterate_for (300);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "bank.edit", "(uix)",
                                             (guint32) 0, (gint32) first.date,
                                             (gint64) first.amount_cents * 100));
  g_assert_true (gtk_widget_get_visible (payday_test_find_named (GTK_WIDGET (window), "bank-warnings")));
  g_assert_nonnull (strstr (payday_test_label_text (GTK_WIDGET (window), "bank-warnings"),
                            "later money repays"));
  payday_test_save_screenshot (GTK_WIDGET (dialog), "bank-settings-deficit.png");

  g_assert_true (payday_document_undo (document));
  g_assert_false (gtk_widget_get_visible (payday_test_find_named (GTK_WIDGET (window), "bank-warnings")));

  gtk_window_destroy (GTK_WINDOW (dialog));
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

  g_test_add_func ("/payday/ui/overview/bank-figures", test_bank_figures);
  g_test_add_func ("/payday/ui/overview/bank-settings", test_bank_settings);
  g_test_add_func ("/payday/ui/overview/bank-deficit", test_bank_deficit);

  ret = g_test_run ();

  g_clear_object (&app);

  return ret;
}
