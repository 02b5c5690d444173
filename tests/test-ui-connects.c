/* test-ui-connects.c — the Connects and Proposals pages, driven in-process under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "ui-test-util.h"
#include "payday-application.h"
#include "payday-chart-view.h"
#include "payday-connects-page.h"
#include "payday-document.h"
#include "payday-ledger.h"
#include "payday-membership-row.h"
#include "payday-connects-planner.h"
#include "payday-proposal-object.h"
#include "payday-proposals-page.h"
#include "payday-window.h"

static PaydayApplication *app;

static void
scroll_page (GtkWidget *page,
             double     fraction)
{
  GtkWidget *scroller = payday_test_find_type (page, GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));

  gtk_adjustment_set_value (adj, fraction * (gtk_adjustment_get_upper (adj) -
                                             gtk_adjustment_get_page_size (adj)));
  payday_test_iterate_for (150);
}

/* The expected figures come from the engine directly, not from the document. */
static PaydayLedger *
engine_ledger (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PaydayPlan) plan = payday_plan_load_sample (PAYDAY_TEST_TODAY, &error);
  g_autoptr(PaydayRules) rules = NULL;

  g_assert_no_error (error);
  rules = payday_rules_lookup (plan->rules, &error);
  g_assert_no_error (error);

  return payday_ledger_compute (plan, rules, payday_plan_get_today (plan));
}

static gboolean
is_hidden (gpointer data)
{
  return !gtk_widget_get_visible (data);
}

/* Answers a form as its button would (emit the response, then close) and waits until it
 * has gone, so the next find_dialog() finds a new one. */
static void
respond (GtkWidget  *dialog,
         const char *response)
{
  g_object_ref (dialog);
  g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), response));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), response);
  gtk_window_close (GTK_WINDOW (dialog));
  g_assert_true (payday_test_iterate_until (is_hidden, dialog));
  g_object_unref (dialog);
  payday_test_iterate_for (50);
}

static char *
count_text (gint64 n)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT, n);
}

/* An edit of the Connects that moves every balance: @n more at the opening. */
static void
add_to_opening (PaydayDocument *document,
                int             n)
{
  PaydayConnects *connects = payday_document_dup_part (document, PAYDAY_PLAN_PART_CONNECTS);

  connects->opening_balance += n;
  payday_test_set_part (document, PAYDAY_PLAN_PART_CONNECTS, connects);
  payday_test_iterate_for (50);
}

/* The newest proposal of the sample at the interview stage: the one the tests hire. */
static int
newest_interview (PaydayPlan *plan)
{
  int index = -1;

  for (guint i = 0; i < plan->proposals->len; i++)
    if (g_array_index (plan->proposals, PaydayProposal, i).status == PAYDAY_PROPOSAL_INTERVIEW)
      index = (int) i;
  g_assert_cmpint (index, >=, 0);
  return index;
}

static void
test_connects_figures (void)
{
  g_autoptr(PaydayLedger) ledger = engine_ledger ();
  PaydayWindow *window = payday_test_sample_window (GTK_APPLICATION (app), "connects", 1000, 860);
  GtkWidget *root = GTK_WIDGET (window);
  GtkWidget *page = payday_test_find_type (root, PAYDAY_TYPE_CONNECTS_PAGE);
  GtkWidget *expiring_card;
  g_autofree char *balance = count_text (ledger->balance);
  g_autofree char *expiring = count_text (ledger->expiring_30d);
  g_autofree char *spent = count_text (ledger->spent_12m);
  g_autofree char *cost = NULL;
  PaydayChartView *chart_view;
  g_autofree char *description = NULL;

  /* The switcher shows once there is more than one page. */
  g_assert_true (gtk_widget_get_mapped (page));

  /* The sample has a real Connects history: a balance, spends, a hire. */
  g_assert_cmpint (ledger->rows->len, >, 10);
  g_assert_cmpint (ledger->spent_12m, >, 0);
  g_assert_cmpint (ledger->cost_per_hire_cents, !=, PAYDAY_NONE);
  cost = payday_money_format (ledger->cost_per_hire_cents);

  g_assert_cmpstr (payday_test_label_text (root, "connects-balance"), ==, balance);
  g_assert_cmpstr (payday_test_label_text (root, "connects-expiring"), ==, expiring);
  g_assert_cmpstr (payday_test_label_text (root, "connects-spent"), ==, spent);
  g_assert_cmpstr (payday_test_label_text (root, "connects-cost-per-hire"), ==, cost);

  /* The expiring card is highlighted exactly when something expires. */
  expiring_card = gtk_widget_get_parent (payday_test_find_named (root, "connects-expiring"));
  g_assert_cmpint (gtk_widget_has_css_class (expiring_card, "expiring"), ==, ledger->expiring_30d > 0);

  g_assert_cmpuint (payday_test_count_rows (root, "connects-ledger"), ==, ledger->rows->len);
  /* The opening balance, then one row per membership period. */
  g_assert_cmpuint (payday_test_count_rows (root, "connects-membership"), ==,
                    1 + payday_document_get_plan (payday_window_get_document (window))->connects.membership->len);

  /* The balance chart: a step series in Connects whose last value is the balance. */
  chart_view = PAYDAY_CHART_VIEW (payday_test_find_named (root, "connects-chart"));
  g_assert_nonnull (chart_view);
  g_assert_cmpuint (payday_chart_get_n_series (payday_chart_view_get_chart (chart_view)), ==, 1);
  description = payday_chart_describe (payday_chart_view_get_chart (chart_view));
  {
    g_autofree char *last = g_strdup_printf ("%" G_GINT64_FORMAT " Connects", ledger->balance);

    g_assert_nonnull (strstr (description, last));
  }

  payday_test_save_screenshot (root, "connects.png");
  scroll_page (page, 0.35);
  payday_test_save_screenshot (root, "connects-ledger.png");
  scroll_page (page, 1.0);
  payday_test_save_screenshot (root, "connects-end.png");

  /* A phone-sized window: nothing on either page keeps it wide. */
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 720);
  payday_test_iterate_for (300);
  scroll_page (page, 0.0);
  g_assert_cmpint (gtk_widget_get_width (root), <=, 400);
  payday_test_save_screenshot (root, "connects-narrow.png");
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (payday_test_find_type (root, ADW_TYPE_VIEW_STACK)), "proposals");
  payday_test_iterate_for (300);
  payday_test_save_screenshot (root, "proposals-narrow.png");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
set_spin (GtkWidget  *dialog,
          const char *name,
          double      value)
{
  GtkWidget *spin = payday_test_find_named (dialog, name);

  g_assert_nonnull (spin);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), value);
}

static void
test_connects_add_purchase (void)
{
  PaydayWindow *window = payday_test_sample_window (GTK_APPLICATION (app), "connects", 1000, 860);
  PaydayDocument *document = payday_window_get_document (window);
  GtkWidget *root = GTK_WIDGET (window);
  GtkWidget *page = payday_test_find_type (root, PAYDAY_TYPE_CONNECTS_PAGE);
  PaydayPlan *plan = payday_document_get_plan (document);
  gint64 before = payday_document_get_ledger (document)->balance;
  guint n_rows = payday_document_get_ledger (document)->rows->len;
  guint n_tx = plan->connects.transactions->len;
  g_autofree char *expected = NULL;
  const PaydayTransaction *tx;
  GtkWidget *dialog;

  g_assert_false (payday_document_get_dirty (document));
  g_assert_true (gtk_widget_activate_action (page, "connects.add-transaction", NULL));
  payday_test_iterate_for (200);
  dialog = payday_test_find_dialog (GTK_WINDOW (window), ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);

  /* Today's date is prefilled; a purchase of 40 for $6. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (payday_test_find_named (dialog, "tx-date"))), ==, "2026-03-04");
  set_spin (dialog, "tx-amount", 40);
  set_spin (dialog, "tx-price", 6);
  gtk_editable_set_text (GTK_EDITABLE (payday_test_find_named (dialog, "tx-note")), "40 Connects bundle");
  payday_test_save_screenshot (dialog, "connects-add-purchase.png");
  respond (dialog, "save");

  g_assert_cmpuint (plan->connects.transactions->len, ==, n_tx + 1);
  tx = &g_array_index (plan->connects.transactions, PaydayTransaction, n_tx);
  g_assert_cmpint (tx->type, ==, PAYDAY_TX_PURCHASE);
  g_assert_cmpint (tx->amount, ==, 40);
  g_assert_cmpint (tx->price_cents, ==, 600);
  g_assert_cmpint (tx->date, ==, PAYDAY_TEST_TODAY);
  g_assert_cmpstr (tx->note, ==, "40 Connects bundle");
  g_assert_true (payday_document_get_dirty (document));

  g_assert_cmpint (payday_document_get_ledger (document)->balance, ==, before + 40);
  expected = count_text (before + 40);
  g_assert_cmpstr (payday_test_label_text (root, "connects-balance"), ==, expected);
  g_assert_cmpuint (payday_test_count_rows (root, "connects-ledger"), ==, n_rows + 1);

  /* Edit it through its row (newest first: today's purchase is on top), then delete it. */
  {
    GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (payday_test_find_named (root, "connects-ledger")), 0);

    g_assert_true (gtk_list_box_row_get_activatable (row));
    g_signal_emit_by_name (row, "activated");
    payday_test_iterate_for (200);
    dialog = payday_test_find_dialog (GTK_WINDOW (window), ADW_TYPE_MESSAGE_DIALOG);
    g_assert_nonnull (dialog);
    g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (payday_test_find_named (dialog, "tx-amount"))), ==, 40);
    respond (dialog, "delete");
  }

  g_assert_cmpuint (plan->connects.transactions->len, ==, n_tx);
  g_assert_cmpint (payday_document_get_ledger (document)->balance, ==, before);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Row @index of the membership list: the opening balance's row is 0, period i is row i + 1. */
static GtkListBoxRow *
membership_row (GtkWidget *root,
                int        index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (payday_test_find_named (root, "connects-membership")),
                                                      index);

  g_assert_nonnull (row);
  return row;
}

/* Each period's row shows the object at its place in the document's model. */
static void
assert_membership_rows (GtkWidget      *root,
                        PaydayDocument *document)
{
  GListModel *model = payday_document_get_membership (document);
  guint n = payday_document_get_plan (document)->connects.membership->len;

  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n);
  g_assert_cmpuint (payday_test_count_rows (root, "connects-membership"), ==, 1 + n);
  g_assert_cmpstr (gtk_widget_get_name (GTK_WIDGET (membership_row (root, 0))), ==, "connects-opening");
  for (guint i = 0; i < n; i++)
    {
      GtkListBoxRow *row = membership_row (root, (int) i + 1);
      g_autoptr(PaydayMembershipObject) period = g_list_model_get_item (model, i);

      g_assert_true (PAYDAY_IS_MEMBERSHIP_ROW (row));
      g_assert_true (payday_membership_row_get_period (PAYDAY_MEMBERSHIP_ROW (row)) == period);
      g_assert_cmpuint (payday_membership_object_get_index (period), ==, i);
    }
}

/* Opens the period's dialog from its row and returns it. */
static GtkWidget *
edit_membership_row (PaydayWindow  *window,
                     GtkListBoxRow *row)
{
  GtkWidget *dialog;

  g_signal_emit_by_name (row, "activated");
  payday_test_iterate_for (200);
  dialog = payday_test_find_dialog (GTK_WINDOW (window), ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  return dialog;
}

/* Adding, editing and deleting periods through the page: the rows follow the document's
 * membership model, are kept across edits that do not touch them, and a row always edits
 * the period it shows, also after an earlier one was deleted. */
static void
test_connects_membership (void)
{
  PaydayWindow *window = payday_test_sample_window (GTK_APPLICATION (app), "connects", 1000, 860);
  PaydayDocument *document = payday_window_get_document (window);
  GtkWidget *root = GTK_WIDGET (window);
  GtkWidget *page = payday_test_find_type (root, PAYDAY_TYPE_CONNECTS_PAGE);
  PaydayPlan *plan = payday_document_get_plan (document);
  GListModel *model = payday_document_get_membership (document);
  guint n = plan->connects.membership->len;
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  g_autoptr(PaydayMembershipObject) added = NULL;
  PaydayDate second_from;
  GtkWidget *dialog;
  GtkWidget *save;

  /* The sample: Basic, then Freelancer Plus. */
  g_assert_cmpuint (n, ==, 2);
  assert_membership_rows (root, document);
  for (guint i = 0; i <= n; i++)
    g_ptr_array_add (rows, membership_row (root, (int) i));
  second_from = g_array_index (plan->connects.membership, PaydayMembership, 1).from;

  g_assert_true (gtk_widget_activate_action (page, "connects.add-membership", NULL));
  payday_test_iterate_for (200);
  dialog = payday_test_find_dialog (GTK_WINDOW (window), ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);

  /* A bad date disables Save. */
  gtk_editable_set_text (GTK_EDITABLE (payday_test_find_named (dialog, "membership-from")), "2026-02-31");
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "save"));
  gtk_editable_set_text (GTK_EDITABLE (payday_test_find_named (dialog, "membership-from")), "2026-04-01");
  g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "save"));
  save = payday_test_find_named (dialog, "membership-to");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (save)), ==, "");
  respond (dialog, "save");

  g_assert_cmpuint (plan->connects.membership->len, ==, n + 1);
  g_assert_cmpint (g_array_index (plan->connects.membership, PaydayMembership, n).from, ==,
                   payday_date_from_ymd (2026, 4, 1));
  g_assert_false (payday_date_is_set (g_array_index (plan->connects.membership, PaydayMembership, n).to));

  /* One object and one row more at the end; the rows before it stay. */
  assert_membership_rows (root, document);
  added = g_list_model_get_item (model, n);
  g_assert_cmpint (payday_membership_object_get_plan (added), ==, PAYDAY_MEMBERSHIP_PLUS);
  g_assert_cmpint (payday_membership_object_get_from (added), ==, payday_date_from_ymd (2026, 4, 1));
  g_assert_false (payday_date_is_set (payday_membership_object_get_to (added)));
  g_assert_false (payday_membership_object_get_current (added));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (membership_row (root, (int) n + 1))), ==,
                   "Freelancer Plus");
  for (guint i = 0; i <= n; i++)
    g_assert_true (membership_row (root, (int) i) == g_ptr_array_index (rows, i));
  g_ptr_array_add (rows, membership_row (root, (int) n + 1));

  /* An edit elsewhere keeps every row. */
  payday_test_rename_plan (document, "Renamed");
  payday_test_iterate_for (50);
  for (guint i = 0; i < rows->len; i++)
    g_assert_true (membership_row (root, (int) i) == g_ptr_array_index (rows, i));

  /* Basic ends earlier, through its row: the same row says so. */
  dialog = edit_membership_row (window, g_ptr_array_index (rows, 1));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (payday_test_find_named (dialog, "membership-from"))), ==,
                   "2024-02-19");
  gtk_editable_set_text (GTK_EDITABLE (payday_test_find_named (dialog, "membership-to")), "2025-09-10");
  respond (dialog, "save");
  g_assert_cmpint (g_array_index (plan->connects.membership, PaydayMembership, 0).to, ==,
                   payday_date_from_ymd (2025, 9, 10));
  assert_membership_rows (root, document);
  g_assert_true (membership_row (root, 1) == g_ptr_array_index (rows, 1));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (membership_row (root, 1))), ==,
                   "Mon, Feb 19, 2024 – Wed, Sep 10, 2025");

  /* Basic goes: the later periods move up into the rows kept, and the last row goes. */
  dialog = edit_membership_row (window, g_ptr_array_index (rows, 1));
  respond (dialog, "delete");
  g_assert_cmpuint (plan->connects.membership->len, ==, n);
  assert_membership_rows (root, document);
  for (guint i = 0; i <= n; i++)
    g_assert_true (membership_row (root, (int) i) == g_ptr_array_index (rows, i));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (membership_row (root, 1))), ==,
                   "Freelancer Plus");
  g_assert_true (gtk_widget_get_visible (payday_test_find_named (GTK_WIDGET (membership_row (root, 1)), "membership-current")));
  g_assert_false (gtk_widget_get_visible (payday_test_find_named (GTK_WIDGET (membership_row (root, 2)), "membership-current")));

  /* The first row now edits the period it shows, the former second one. */
  dialog = edit_membership_row (window, membership_row (root, 1));
  {
    char from[PAYDAY_DATE_BUF];

    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (payday_test_find_named (dialog, "membership-from"))), ==,
                     payday_date_format (second_from, from));
  }
  respond (dialog, "cancel");

  scroll_page (page, 1.0);
  payday_test_save_screenshot (root, "connects-membership.png");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* How many periods the funnel table shows: the lowest row of its shown cells (the heading
 * is row 0). */
static int
funnel_lines (GtkWidget *grid)
{
  int rows = 0;

  for (GtkWidget *c = gtk_widget_get_first_child (grid); c; c = gtk_widget_get_next_sibling (c))
    {
      int column, row;

      if (!gtk_widget_get_visible (c))
        continue;
      gtk_grid_query_child (GTK_GRID (grid), c, &column, &row, NULL, NULL);
      rows = MAX (rows, row);
    }
  return rows;
}

/* The text of the funnel table's cell: @line 1 is the newest period. */
static const char *
funnel_cell (GtkWidget *grid,
             int        column,
             int        line)
{
  GtkWidget *cell = gtk_grid_get_child_at (GTK_GRID (grid), column, line);

  g_assert_true (GTK_IS_LABEL (cell));
  g_assert_true (gtk_widget_get_visible (cell));
  return gtk_label_get_label (GTK_LABEL (cell));
}

static void
test_proposals_figures (void)
{
  PaydayWindow *window = payday_test_sample_window (GTK_APPLICATION (app), "proposals", 1000, 860);
  PaydayDocument *document = payday_window_get_document (window);
  const PaydayProposalStats *stats = payday_document_get_proposal_stats (document);
  GtkWidget *root = GTK_WIDGET (window);
  GtkWidget *page = payday_test_find_type (root, PAYDAY_TYPE_PROPOSALS_PAGE);
  g_autofree char *sent = g_strdup_printf ("%d", stats->total.sent);
  g_autofree char *per_hire = payday_money_format (stats->total.money_per_hire_cents);
  GtkWidget *grid;
  GtkWidget *first_cell;
  int rows = 0;

  g_assert_cmpint (stats->total.hired, >, 0);
  g_assert_cmpstr (payday_test_label_text (root, "proposals-sent"), ==, sent);
  g_assert_cmpstr (payday_test_label_text (root, "proposals-money-per-hire"), ==, per_hire);
  g_assert_cmpuint (payday_test_count_rows (root, "pipeline"), ==,
                    payday_document_get_plan (document)->proposals->len);

  /* One funnel line per month (plus the heading), then per quarter. */
  grid = payday_test_find_named (root, "funnel");
  first_cell = gtk_widget_get_first_child (grid);
  rows = funnel_lines (grid);
  g_assert_cmpint (rows, ==, MIN (stats->months->len, 12));

  payday_test_save_screenshot (root, "proposals.png");

  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (payday_test_find_named (root, "funnel-quarters")), TRUE);
  payday_test_iterate_for (100);
  g_assert_true (gtk_widget_get_first_child (grid) == first_cell);
  rows = funnel_lines (grid);
  g_assert_cmpint (rows, ==, MIN (stats->quarters->len, 12));
  payday_test_save_screenshot (root, "proposals-quarters.png");

  scroll_page (page, 0.5);
  payday_test_save_screenshot (root, "proposals-pipeline.png");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The win rate as the funnel table writes it: one decimal, rounded half up. */
static char *
rate_text (gint32 bp)
{
  if (bp == PAYDAY_NONE)
    return g_strdup ("—");
  return g_strdup_printf ("%d.%d %%", (bp + 5) / 100, ((bp + 5) / 10) % 10);
}

/* The funnel table's line of the month @date falls in (line 1 is the newest month). */
static int
funnel_line_of (const PaydayProposalStats *stats,
                PaydayDate                 date)
{
  for (guint i = 0; i < stats->months->len; i++)
    {
      const PaydayFunnel *f = &g_array_index (stats->months, PaydayFunnel, i);

      if (f->start <= date && date <= f->end)
        return (int) (stats->months->len - i);
    }
  g_assert_not_reached ();
}

static void
pipeline_rows (GtkListBox *list,
               GPtrArray  *rows)
{
  GtkListBoxRow *row;

  g_ptr_array_set_size (rows, 0);
  while ((row = gtk_list_box_get_row_at_index (list, (int) rows->len)) != NULL)
    g_ptr_array_add (rows, row);
}

/* Hiring a proposal through its dialog: the pipeline's rows are the document's proposals
 * model and stay the same widgets across edits, and the funnel's labels, made once, say the
 * new figures. */
static void
test_proposals_change (void)
{
  PaydayWindow *window = payday_test_sample_window (GTK_APPLICATION (app), "proposals", 1000, 860);
  PaydayDocument *document = payday_window_get_document (window);
  PaydayPlan *plan = payday_document_get_plan (document);
  GtkWidget *root = GTK_WIDGET (window);
  GtkWidget *page = payday_test_find_type (root, PAYDAY_TYPE_PROPOSALS_PAGE);
  GtkListBox *list = GTK_LIST_BOX (payday_test_find_named (root, "pipeline"));
  GtkWidget *grid = payday_test_find_named (root, "funnel");
  GListModel *model = payday_document_get_proposals (document);
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  g_autoptr(GPtrArray) after = g_ptr_array_new ();
  g_autoptr(PaydayProposalObject) object = NULL;
  g_autofree char *id = NULL;
  g_autofree char *hired = NULL;
  g_autofree char *win = NULL;
  const PaydayFunnel *f;
  GtkWidget *hired_cell;
  GtkWidget *dialog;
  guint position = G_MAXUINT;
  int index;
  int line;
  int hired_before;

  index = newest_interview (plan);
  id = g_strdup (g_array_index (plan->proposals, PaydayProposal, index).id);

  g_assert_cmpuint (g_list_model_get_n_items (model), ==, plan->proposals->len);
  pipeline_rows (list, rows);
  g_assert_cmpuint (rows->len, ==, plan->proposals->len);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(PaydayProposalObject) o = g_list_model_get_item (model, i);

      if (g_str_equal (payday_proposal_object_get_id (o), id))
        position = i;
    }
  g_assert_cmpuint (position, <, rows->len);

  line = funnel_line_of (payday_document_get_proposal_stats (document),
                         g_array_index (plan->proposals, PaydayProposal, index).date);
  f = &g_array_index (payday_document_get_proposal_stats (document)->months, PaydayFunnel,
                      payday_document_get_proposal_stats (document)->months->len - line);
  hired_before = f->hired;
  hired = g_strdup_printf ("%d", f->hired);
  g_assert_cmpstr (funnel_cell (grid, 4, line), ==, hired);
  hired_cell = gtk_grid_get_child_at (GTK_GRID (grid), 4, line);

  /* An edit of the Connects keeps every row of the pipeline. */
  add_to_opening (document, 5);
  pipeline_rows (list, after);
  g_assert_cmpuint (after->len, ==, rows->len);
  for (guint i = 0; i < rows->len; i++)
    g_assert_true (g_ptr_array_index (after, i) == g_ptr_array_index (rows, i));

  /* Hired, through the proposal's dialog. */
  g_assert_true (gtk_widget_activate_action (page, "proposals.edit", "s", id));
  payday_test_iterate_for (200);
  dialog = payday_test_find_dialog (GTK_WINDOW (window), ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (payday_test_find_named (dialog, "proposal-status")), PAYDAY_PROPOSAL_HIRED);
  respond (dialog, "save");

  /* The model's object says so; no row was made again. */
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, plan->proposals->len);
  object = g_list_model_get_item (model, position);
  g_assert_cmpstr (payday_proposal_object_get_id (object), ==, id);
  g_assert_cmpint (payday_proposal_object_get_status (object), ==, PAYDAY_PROPOSAL_HIRED);
  g_assert_cmpint (payday_proposal_object_get_status_date (object), ==, PAYDAY_TEST_TODAY);
  pipeline_rows (list, after);
  g_assert_cmpuint (after->len, ==, rows->len);
  for (guint i = 0; i < rows->len; i++)
    g_assert_true (g_ptr_array_index (after, i) == g_ptr_array_index (rows, i));

  /* The month's line counts one more hire, in the same label. */
  f = &g_array_index (payday_document_get_proposal_stats (document)->months, PaydayFunnel,
                      payday_document_get_proposal_stats (document)->months->len - line);
  g_assert_cmpint (f->hired, ==, hired_before + 1);
  g_clear_pointer (&hired, g_free);
  hired = g_strdup_printf ("%d", f->hired);
  win = rate_text (f->win_rate_bp);
  g_assert_true (gtk_grid_get_child_at (GTK_GRID (grid), 4, line) == hired_cell);
  g_assert_cmpstr (funnel_cell (grid, 4, line), ==, hired);
  g_assert_cmpstr (funnel_cell (grid, 5, line), ==, win);
  g_assert_cmpint (funnel_lines (grid), ==, MIN (payday_document_get_proposal_stats (document)->months->len, 12));

  payday_test_save_screenshot (root, "proposals-hired.png");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A page behind another does not rebuild on every edit: once, when it is shown again. */
static void
test_connects_deferred (void)
{
  PaydayWindow *window = payday_test_sample_window (GTK_APPLICATION (app), "connects", 1000, 860);
  PaydayDocument *document = payday_window_get_document (window);
  GtkWidget *root = GTK_WIDGET (window);
  GtkWidget *page = payday_test_find_type (root, PAYDAY_TYPE_CONNECTS_PAGE);
  AdwViewStack *stack = ADW_VIEW_STACK (payday_test_find_type (root, ADW_TYPE_VIEW_STACK));
  gint64 balance = payday_document_get_ledger (document)->balance;
  g_autofree char *before = count_text (balance);
  g_autofree char *expected = count_text (balance + 10);

  g_assert_cmpstr (payday_test_label_text (root, "connects-balance"), ==, before);
  adw_view_stack_set_visible_child_name (stack, "overview");
  payday_test_iterate_for (200);
  g_assert_false (gtk_widget_get_mapped (page));

  add_to_opening (document, 5);
  add_to_opening (document, 5);
  g_assert_cmpint (payday_document_get_ledger (document)->balance, ==, balance + 10);
  g_assert_cmpstr (payday_test_label_text (root, "connects-balance"), ==, before);

  adw_view_stack_set_visible_child_name (stack, "connects");
  payday_test_iterate_for (200);
  g_assert_true (gtk_widget_get_mapped (page));
  g_assert_cmpstr (payday_test_label_text (root, "connects-balance"), ==, expected);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_proposals_planner (void)
{
  PaydayWindow *window = payday_test_sample_window (GTK_APPLICATION (app), "proposals", 1000, 860);
  GtkWidget *root = GTK_WIDGET (window);
  GtkWidget *page = payday_test_find_type (root, PAYDAY_TYPE_PROPOSALS_PAGE);
  GtkSpinButton *rate = GTK_SPIN_BUTTON (payday_test_find_named (root, "planner-rate"));
  GtkSpinButton *invites = GTK_SPIN_BUTTON (payday_test_find_named (root, "planner-invites"));
  g_autofree char *needed_before = NULL;
  g_autofree char *basic_before = NULL;
  gint64 needed;
  const char *basic = NULL, *plus = NULL;

  /* Prefilled from the sample's 16 proposals: a positive rate and some invitations. */
  g_assert_cmpfloat (gtk_spin_button_get_value (rate), >, 0.5);
  g_assert_cmpfloat (gtk_spin_button_get_value (invites), >, 0);

  needed_before = g_strdup (payday_test_label_text (root, "planner-needed"));
  basic_before = g_strdup (payday_test_label_text (root, "planner-basic"));

  /* Twice the proposals: more Connects, a dearer Basic month (bundles are bought). */
  gtk_spin_button_set_value (rate, gtk_spin_button_get_value (rate) * 2 + 3);
  payday_test_iterate_for (50);
  g_assert_cmpstr (payday_test_label_text (root, "planner-needed"), !=, needed_before);
  needed = g_ascii_strtoll (payday_test_label_text (root, "planner-needed"), NULL, 10);
  g_assert_cmpint (needed, >, g_ascii_strtoll (needed_before, NULL, 10));
  g_assert_cmpstr (payday_test_label_text (root, "planner-basic"), !=, basic_before);

  /* Exactly one option is marked cheapest, and its cost is not above the other. */
  basic = payday_test_label_text (root, "planner-basic");
  plus = payday_test_label_text (root, "planner-plus");
  g_assert_true (basic[0] == '$' && plus[0] == '$');

  /* The edited inputs stay when the plan changes; "Use My History" restores them. */
  payday_test_rename_plan (payday_window_get_document (window), "Renamed");
  payday_test_iterate_for (50);
  g_assert_cmpint (g_ascii_strtoll (payday_test_label_text (root, "planner-needed"), NULL, 10), ==, needed);
  g_assert_true (gtk_widget_activate_action (payday_test_find_type (root, PAYDAY_TYPE_CONNECTS_PLANNER),
                                             "planner.use-history", NULL));
  payday_test_iterate_for (50);
  g_assert_cmpstr (payday_test_label_text (root, "planner-needed"), ==, needed_before);

  scroll_page (page, 1.0);
  payday_test_save_screenshot (root, "proposals-planner.png");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Whether a widget named @name is drawn somewhere in @widget's tree (rows keep their
 * buttons and show them only when they apply). */
static gboolean
shows_named (GtkWidget  *widget,
             const char *name)
{
  if (!gtk_widget_get_visible (widget))
    return FALSE;
  if (g_strcmp0 (gtk_widget_get_name (widget), name) == 0)
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (shows_named (child, name))
      return TRUE;

  return FALSE;
}

static void
test_proposals_create_contract (void)
{
  PaydayWindow *window = payday_test_sample_window (GTK_APPLICATION (app), "proposals", 1000, 860);
  PaydayDocument *document = payday_window_get_document (window);
  PaydayPlan *plan = payday_document_get_plan (document);
  GtkWidget *root = GTK_WIDGET (window);
  GtkWidget *page = payday_test_find_type (root, PAYDAY_TYPE_PROPOSALS_PAGE);
  guint n_contracts = plan->contracts->len;
  int index = -1;
  PaydayProposal *p;
  const PaydayContract *contract;
  GtkWidget *dialog;

  /* Hire the newest "interview" proposal through the edit dialog. */
  index = newest_interview (plan);

  g_assert_true (gtk_widget_activate_action (page, "proposals.edit", "s",
                                           g_array_index (plan->proposals, PaydayProposal, index).id));
  payday_test_iterate_for (200);
  dialog = payday_test_find_dialog (GTK_WINDOW (window), ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (payday_test_find_named (dialog, "proposal-status")), PAYDAY_PROPOSAL_HIRED);
  /* Changing the status dates it today. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (payday_test_find_named (dialog, "proposal-status-date"))), ==, "2026-03-04");
  payday_test_save_screenshot (dialog, "proposals-edit.png");
  respond (dialog, "save");

  p = &g_array_index (plan->proposals, PaydayProposal, index);
  g_assert_cmpint (p->status, ==, PAYDAY_PROPOSAL_HIRED);
  g_assert_cmpint (p->status_date, ==, PAYDAY_TEST_TODAY);
  g_assert_null (p->contract);
  g_assert_true (shows_named (root, "create-contract"));

  /* Create a fixed-price contract of $750 from it. */
  g_assert_true (gtk_widget_activate_action (page, "proposals.create-contract", "s",
                                           g_array_index (plan->proposals, PaydayProposal, index).id));
  payday_test_iterate_for (200);
  dialog = payday_test_find_dialog (GTK_WINDOW (window), ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  set_spin (dialog, "contract-amount", 750);
  if (payday_test_find_named (dialog, "contract-client") != NULL)
    gtk_editable_set_text (GTK_EDITABLE (payday_test_find_named (dialog, "contract-client")), "New Client");
  payday_test_save_screenshot (dialog, "proposals-create-contract.png");
  respond (dialog, "save");

  g_assert_cmpuint (plan->contracts->len, ==, n_contracts + 1);
  p = &g_array_index (plan->proposals, PaydayProposal, index);
  g_assert_nonnull (p->contract);
  contract = payday_plan_find_contract (plan, p->contract);
  g_assert_nonnull (contract);
  g_assert_cmpint (contract->type, ==, PAYDAY_CONTRACT_FIXED);
  g_assert_cmpstr (contract->title, ==, p->title);
  g_assert_cmpint (contract->start, ==, PAYDAY_TEST_TODAY);
  g_assert_nonnull (contract->client);
  g_assert_nonnull (payday_plan_find_client (plan, contract->client));
  g_assert_cmpuint (contract->milestones->len, ==, 1);
  g_assert_cmpint (g_array_index (contract->milestones, PaydayMilestone, 0).amount_cents, ==, 75000);
  g_assert_true (payday_document_get_dirty (document));

  /* The plan still saves and loads: the new contract and client are valid. */
  {
    g_autofree char *data = payday_plan_to_data (plan, NULL);
    g_autoptr(GError) error = NULL;
    g_autoptr(PaydayPlan) again = payday_plan_load_from_data (data, -1, &error);

    g_assert_no_error (error);
    g_assert_nonnull (payday_plan_find_contract (again, p->contract));
  }

  /* The row no longer offers to create one: no row shows the button. */
  g_assert_false (shows_named (root, "create-contract"));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_connects_empty (void)
{
  PaydayWindow *window = payday_test_sample_window (GTK_APPLICATION (app), "connects", 1000, 860);
  GtkWidget *root = GTK_WIDGET (window);

  g_assert_true (gtk_widget_activate_action (root, "win.new", NULL));
  payday_test_iterate_for (200);
  g_assert_cmpstr (payday_test_label_text (root, "connects-balance"), ==, "0");
  g_assert_cmpstr (payday_test_label_text (root, "connects-cost-per-hire"), ==, "—");
  g_assert_cmpuint (payday_test_count_rows (root, "connects-ledger"), ==, 0);
  g_assert_false (gtk_widget_get_mapped (payday_test_find_named (root, "connects-chart")));
  payday_test_save_screenshot (root, "connects-empty.png");

  /* Start the ledger with an opening balance through its row. */
  {
    GtkWidget *dialog;

    g_signal_emit_by_name (payday_test_find_named (root, "connects-opening"), "activated");
    payday_test_iterate_for (200);
    dialog = payday_test_find_dialog (GTK_WINDOW (window), ADW_TYPE_MESSAGE_DIALOG);
    g_assert_nonnull (dialog);
    gtk_editable_set_text (GTK_EDITABLE (payday_test_find_named (dialog, "opening-date")), "2026-03-01");
    set_spin (dialog, "opening-balance", 25);
    respond (dialog, "save");
  }
  /* A new plan is judged at the real date, so monthly refills may follow the opening. */
  {
    const PaydayLedger *ledger = payday_document_get_ledger (payday_window_get_document (window));
    const PaydayLedgerRow *first = &g_array_index (ledger->rows, PaydayLedgerRow, 0);
    g_autofree char *balance = count_text (ledger->balance);

    g_assert_cmpint (first->kind, ==, PAYDAY_LEDGER_OPENING);
    g_assert_cmpint (first->amount, ==, 25);
    g_assert_cmpint (first->date, ==, payday_date_from_ymd (2026, 3, 1));
    g_assert_cmpstr (payday_test_label_text (root, "connects-balance"), ==, balance);
    g_assert_cmpuint (payday_test_count_rows (root, "connects-ledger"), ==, ledger->rows->len);
  }
  g_assert_true (gtk_widget_get_mapped (payday_test_find_named (root, "connects-chart")));

  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (payday_test_find_type (root, ADW_TYPE_VIEW_STACK)), "proposals");
  payday_test_iterate_for (200);
  g_assert_cmpuint (payday_test_count_rows (root, "pipeline"), ==, 0);
  payday_test_save_screenshot (root, "proposals-empty.png");

  gtk_window_destroy (GTK_WINDOW (window));
}

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

/* An edit that moves balances keeps the ledger's row widgets: the rows follow their
 * entries' notifications, nothing is rebuilt, and the new balance shows at once. */
static void
test_connects_rows_kept (void)
{
  PaydayWindow *window = payday_test_sample_window (GTK_APPLICATION (app), "connects", 1000, 860);
  PaydayDocument *document = payday_window_get_document (window);
  GtkListBox *list = GTK_LIST_BOX (payday_test_find_named (GTK_WIDGET (window), "connects-ledger"));
  guint n = payday_test_count_rows (GTK_WIDGET (window), "connects-ledger");
  GtkListBoxRow *oldest = gtk_list_box_get_row_at_index (list, (int) n - 1);
  GtkListBoxRow *newest = gtk_list_box_get_row_at_index (list, 0);
  gint64 balance = payday_document_get_ledger (document)->balance;
  g_autofree char *expected = NULL;

  g_assert_cmpuint (n, >, 10);
  add_to_opening (document, 7);

  g_assert_cmpint (payday_document_get_ledger (document)->balance, ==, balance + 7);
  g_assert_cmpuint (payday_test_count_rows (GTK_WIDGET (window), "connects-ledger"), ==, n);
  g_assert_true (gtk_list_box_get_row_at_index (list, (int) n - 1) == oldest);
  g_assert_true (gtk_list_box_get_row_at_index (list, 0) == newest);

  /* The newest row's balance label says the new balance. */
  expected = g_strdup_printf ("balance %" G_GINT64_FORMAT, balance + 7);
  g_assert_true (has_label (GTK_WIDGET (newest), expected));

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

  g_test_add_func ("/payday/ui/connects/figures", test_connects_figures);
  g_test_add_func ("/payday/ui/connects/add-purchase", test_connects_add_purchase);
  g_test_add_func ("/payday/ui/connects/membership", test_connects_membership);
  g_test_add_func ("/payday/ui/connects/rows-kept", test_connects_rows_kept);
  g_test_add_func ("/payday/ui/connects/deferred", test_connects_deferred);
  g_test_add_func ("/payday/ui/connects/empty", test_connects_empty);
  g_test_add_func ("/payday/ui/connects/proposals", test_proposals_figures);
  g_test_add_func ("/payday/ui/connects/proposal-change", test_proposals_change);
  g_test_add_func ("/payday/ui/connects/planner", test_proposals_planner);
  g_test_add_func ("/payday/ui/connects/create-contract", test_proposals_create_contract);

  ret = g_test_run ();

  g_clear_object (&app);

  return ret;
}
