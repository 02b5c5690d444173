/* test-reconcile.c — every verdict and tie rule of the reconcile engine
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "payday-document.h"
#include "payday-plan-entities.h"
#include "payday-reconcile.h"
#include "payday-reconcile-item.h"

/* Contract "h" (hourly, $10 an hour: a 10-hour week is $100.00, charged the Monday after)
 * and "f" (fixed); the bonuses, milestones, weeks and actuals come from each test. */
static char *
reconcile (const char *today,
           const char *weeks,
           const char *bonuses,
           const char *milestones,
           const char *actuals)
{
  g_autofree char *json = g_strdup_printf (
    "{ \"format\": \"payday-plan\", \"version\": 1, \"today\": \"%s\",\n"
    "  \"rules_edition\": \"2023-05-03\",\n"
    "  \"clients\": [ { \"id\": \"a\", \"name\": \"A\" } ],\n"
    "  \"contracts\": [\n"
    "    { \"id\": \"h\", \"title\": \"H\", \"client\": \"a\", \"type\": \"hourly\",\n"
    "      \"start\": \"2025-01-01\", \"rate_cents\": 1000, \"weeks\": [ %s ], \"bonuses\": [ %s ] },\n"
    "    { \"id\": \"f\", \"title\": \"F\", \"client\": \"a\", \"type\": \"fixed\",\n"
    "      \"start\": \"2025-01-01\", \"milestones\": [ %s ] } ],\n"
    "  \"actuals\": [ %s ] }\n", today, weeks, bonuses, milestones, actuals);
  g_autoptr(GError) error = NULL;
  g_autoptr(PaydayPlan) plan = payday_plan_load_from_data (json, -1, &error);
  g_autoptr(PaydayRules) rules = NULL;
  g_autoptr(PaydaySchedule) schedule = NULL;
  g_autoptr(GArray) rows = NULL;
  GString *out = g_string_new (NULL);

  g_assert_no_error (error);
  rules = payday_rules_lookup ("upwork", &error);
  g_assert_no_error (error);
  schedule = payday_schedule_compute (plan, rules, plan->today);
  rows = payday_reconcile_compute (schedule);

  for (guint i = 0; i < rows->len; i++)
    {
      const PaydayReconcileRow *row = &g_array_index (rows, PaydayReconcileRow, i);
      char buf[PAYDAY_DATE_BUF];

      g_string_append_printf (out, "%s%s/%s/%s/%s", out->len ? " " : "", row->contract_id,
                              payday_reconcile_row_item_id (row, buf),
                              row->actual ? row->actual->ref : "",
                              payday_verdict_to_string (row->verdict));
    }

  return g_string_free (out, FALSE);
}

/* An actual of the transactions linked to @contract. */
#define ACTUAL(ref, date, kind, cents, contract) \
  "{ \"ref\": \"" ref "\", \"date\": \"" date "\", \"kind\": \"" kind "\", \"amount_cents\": " \
  #cents ", \"contract\": \"" contract "\", \"source\": \"transactions\" }"
#define WEEK(monday, hours) "{ \"week_start\": \"" monday "\", \"hours\": " #hours " }"
#define BONUS(id, date, cents) \
  "{ \"id\": \"" id "\", \"date\": \"" date "\", \"amount_cents\": " #cents " }"

static void
check (const char *got,
       const char *expected)
{
  g_assert_cmpstr (got, ==, expected);
}

static void
test_as_predicted (void)
{
  g_autofree char *same_day = reconcile ("2025-03-01", WEEK ("2025-01-06", 10), "", "",
                                         ACTUAL ("r", "2025-01-13", "hourly", 10000, "h"));
  g_autofree char *one_before = reconcile ("2025-03-01", WEEK ("2025-01-06", 10), "", "",
                                           ACTUAL ("r", "2025-01-12", "hourly", 10000, "h"));
  g_autofree char *one_after = reconcile ("2025-03-01", WEEK ("2025-01-06", 10), "", "",
                                          ACTUAL ("r", "2025-01-14", "hourly", 10000, "h"));

  check (same_day, "h/2025-01-06/r/as_predicted");
  check (one_before, "h/2025-01-06/r/as_predicted");
  check (one_after, "h/2025-01-06/r/as_predicted");
}

static void
test_early_late (void)
{
  g_autofree char *early2 = reconcile ("2025-03-01", WEEK ("2025-01-06", 10), "", "",
                                       ACTUAL ("r", "2025-01-11", "hourly", 10000, "h"));
  g_autofree char *early10 = reconcile ("2025-03-01", WEEK ("2025-01-06", 10), "", "",
                                        ACTUAL ("r", "2025-01-03", "hourly", 10000, "h"));
  g_autofree char *late2 = reconcile ("2025-03-01", WEEK ("2025-01-06", 10), "", "",
                                      ACTUAL ("r", "2025-01-15", "hourly", 10000, "h"));
  g_autofree char *late10 = reconcile ("2025-03-01", WEEK ("2025-01-06", 10), "", "",
                                       ACTUAL ("r", "2025-01-23", "hourly", 10000, "h"));
  g_autofree char *late11 = reconcile ("2025-03-01", WEEK ("2025-01-06", 10), "", "",
                                       ACTUAL ("r", "2025-01-24", "hourly", 10000, "h"));

  check (early2, "h/2025-01-06/r/early");
  check (early10, "h/2025-01-06/r/early");
  check (late2, "h/2025-01-06/r/late");
  check (late10, "h/2025-01-06/r/late");
  /* 11 days apart: no pair; the item is missing, the actual unexpected */
  check (late11, "h/2025-01-06//missing h//r/unexpected");
}

static void
test_amount_differs (void)
{
  g_autofree char *less = reconcile ("2025-03-01", WEEK ("2025-01-06", 10), "", "",
                                     ACTUAL ("r", "2025-01-13", "hourly", 9999, "h"));
  g_autofree char *later = reconcile ("2025-03-01", WEEK ("2025-01-06", 10), "", "",
                                      ACTUAL ("r", "2025-01-20", "hourly", 12000, "h"));

  check (less, "h/2025-01-06/r/amount_differs");
  check (later, "h/2025-01-06/r/amount_differs");
}

/* Missing: charged_on ≤ today − 10 with no actual; a later item is not due yet. */
static void
test_missing (void)
{
  /* charged 2025-01-13: missing from 2025-01-23 on */
  g_autofree char *due = reconcile ("2025-01-23", WEEK ("2025-01-06", 10), "", "", "");
  g_autofree char *not_yet = reconcile ("2025-01-22", WEEK ("2025-01-06", 10), "", "", "");
  /* a never-funded milestone has no charge date and takes no part */
  g_autofree char *unfunded = reconcile ("2025-06-01", "", "",
    "{ \"id\": \"m\", \"amount_cents\": 5000, \"submitted\": \"2025-02-01\", "
    "\"approved\": \"2025-02-02\" }", "");

  check (due, "h/2025-01-06//missing");
  check (not_yet, "");
  check (unfunded, "");
}

static void
test_unexpected (void)
{
  g_autofree char *bonus = reconcile ("2025-03-01", "", "", "",
                                      ACTUAL ("r", "2025-02-01", "bonus", 500, "h"));
  /* the kind must agree: an hourly payment does not pay a bonus */
  g_autofree char *kind = reconcile ("2025-03-01", "", BONUS ("b", "2025-02-01", 500), "",
                                     ACTUAL ("r", "2025-02-01", "hourly", 500, "h"));

  check (bonus, "h//r/unexpected");
  /* same date: the row without an item id comes first */
  check (kind, "h//r/unexpected h/b//missing");
}

/* Only transactions' hourly, fixed and bonus actuals linked to a contract take part. */
static void
test_ignored_actuals (void)
{
  g_autofree char *got = reconcile ("2025-01-20", WEEK ("2025-01-06", 10), "", "",
    "{ \"ref\": \"ws\", \"date\": \"2025-01-13\", \"kind\": \"hourly\", \"amount_cents\": 10000,"
    "  \"contract\": \"h\", \"source\": \"weekly-summary\" },"
    ACTUAL ("fee", "2025-01-13", "fee", -1000, "h") ","
    "{ \"ref\": \"loose\", \"date\": \"2025-01-13\", \"kind\": \"hourly\", \"amount_cents\": 10000,"
    "  \"source\": \"transactions\" }");

  check (got, "");
}

static void
test_milestone (void)
{
  g_autofree char *got = reconcile ("2025-06-01", "", "",
    "{ \"id\": \"m1\", \"amount_cents\": 50000, \"funded\": \"2025-02-01\", "
    "\"submitted\": \"2025-02-10\", \"approved\": \"2025-02-11\" }",
    ACTUAL ("r", "2025-02-03", "fixed", 50000, "f"));

  check (got, "f/m1/r/late");
}

static void
test_tie_same_gross (void)
{
  /* b2 is farther but has the same gross */
  g_autofree char *got = reconcile ("2025-03-01", "",
                                    BONUS ("b1", "2025-02-01", 500) "," BONUS ("b2", "2025-02-05", 700),
                                    "", ACTUAL ("r", "2025-02-02", "bonus", 700, "h"));

  check (got, "h/b1//missing h/b2/r/early");
}

static void
test_tie_nearest (void)
{
  g_autofree char *got = reconcile ("2025-03-01", "",
                                    BONUS ("b1", "2025-02-01", 500) "," BONUS ("b2", "2025-02-05", 500),
                                    "", ACTUAL ("r", "2025-02-04", "bonus", 500, "h"));

  check (got, "h/b1//missing h/b2/r/as_predicted");
}

static void
test_tie_earlier_item (void)
{
  /* as near to both: the earlier item */
  g_autofree char *got = reconcile ("2025-03-01", "",
                                    BONUS ("b2", "2025-02-05", 500) "," BONUS ("b1", "2025-02-01", 500),
                                    "", ACTUAL ("r", "2025-02-03", "bonus", 500, "h"));
  /* same day: the lower id */
  g_autofree char *same_day = reconcile ("2025-03-01", "",
                                         BONUS ("y", "2025-02-01", 500) "," BONUS ("x", "2025-02-01", 500),
                                         "", ACTUAL ("r", "2025-02-01", "bonus", 500, "h"));

  check (got, "h/b1/r/late h/b2//missing");
  check (same_day, "h/x/r/as_predicted h/y//missing");
}

/* Actuals are taken by date, then ref: the first one gets the item. */
static void
test_tie_actual_order (void)
{
  g_autofree char *by_date = reconcile ("2025-03-01", "", BONUS ("b", "2025-02-05", 500), "",
                                        ACTUAL ("r1", "2025-02-06", "bonus", 500, "h") ","
                                        ACTUAL ("r2", "2025-02-04", "bonus", 500, "h"));
  g_autofree char *by_ref = reconcile ("2025-03-01", "", BONUS ("b", "2025-02-05", 500), "",
                                       ACTUAL ("r2", "2025-02-05", "bonus", 500, "h") ","
                                       ACTUAL ("r1", "2025-02-05", "bonus", 500, "h"));

  check (by_date, "h/b/r2/as_predicted h//r1/unexpected");
  check (by_ref, "h//r2/unexpected h/b/r1/as_predicted");
}

/* Rows: by contract id, then the predicted (or actual) date, then item id, then ref. */
static void
test_row_order (void)
{
  g_autofree char *got = reconcile ("2025-03-01",
    WEEK ("2025-01-13", 10) "," WEEK ("2025-01-06", 10),
    BONUS ("b", "2025-01-13", 500),
    "{ \"id\": \"m1\", \"amount_cents\": 50000, \"funded\": \"2025-01-02\", "
    "\"submitted\": \"2025-01-10\", \"approved\": \"2025-01-11\" }",
    ACTUAL ("z", "2025-01-20", "hourly", 10000, "h") ","
    ACTUAL ("y", "2025-01-02", "bonus", 1, "h") ","
    ACTUAL ("a", "2025-01-13", "hourly", 10000, "h"));

  check (got, "f/m1//missing h//y/unexpected h/2025-01-06/a/as_predicted "
              "h/b//missing h/2025-01-13/z/as_predicted");
}

static void
test_counts (void)
{
  g_autoptr(GArray) rows = g_array_new (FALSE, TRUE, sizeof (PaydayReconcileRow));
  PaydayReconcileRow row = { 0 };
  guint counts[PAYDAY_N_VERDICTS];

  row.verdict = PAYDAY_VERDICT_LATE;
  g_array_append_val (rows, row);
  g_array_append_val (rows, row);
  row.verdict = PAYDAY_VERDICT_MISSING;
  g_array_append_val (rows, row);
  payday_reconcile_count (rows, counts);
  g_assert_cmpuint (counts[PAYDAY_VERDICT_LATE], ==, 2);
  g_assert_cmpuint (counts[PAYDAY_VERDICT_MISSING], ==, 1);
  g_assert_cmpuint (counts[PAYDAY_VERDICT_AS_PREDICTED], ==, 0);
  g_assert_cmpstr (payday_verdict_to_string (PAYDAY_VERDICT_AMOUNT_DIFFERS), ==, "amount_differs");
}

typedef struct
{
  guint items_changed;
  guint notified[2];
} ModelWatch;

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  ModelWatch *watch)
{
  watch->items_changed++;
}

static void
on_notify_0 (GObject    *object,
             GParamSpec *pspec,
             ModelWatch *watch)
{
  watch->notified[0]++;
}

static void
on_notify_1 (GObject    *object,
             GParamSpec *pspec,
             ModelWatch *watch)
{
  watch->notified[1]++;
}

/* Runs a command replacing contract "h" after @change edits a copy of it. */
static void
edit_h (PaydayDocument *document,
        void          (*change) (PaydayContract *c))
{
  g_autoptr(GError) error = NULL;
  PaydayCommand *command = payday_command_new ("Edit");
  PaydayContract copy = { 0 };

  payday_contract_copy_into (&copy, payday_document_find_contract (document, "h"));
  change (&copy);
  payday_command_replace_contract (command, "h", &copy);
  g_assert_true (payday_document_run (document, command, &error));
  g_assert_no_error (error);
  payday_contract_clear (&copy);
  payday_command_free (command);
}

static void
retitle (PaydayContract *c)
{
  g_free (c->title);
  c->title = g_strdup ("Hourly work");
}

static void
more_hours (PaydayContract *c)
{
  g_array_index (c->weeks, PaydayWeek, 1).hours = 1200;
}

/* The document's reconcile model keeps its rows across edits: an edit notifies only the
 * properties that changed, on the rows they changed, and emits no items-changed. */
static void
test_model (void)
{
  const char *json =
    "{ \"format\": \"payday-plan\", \"version\": 1, \"today\": \"2025-03-01\",\n"
    "  \"rules_edition\": \"2023-05-03\",\n"
    "  \"clients\": [ { \"id\": \"a\", \"name\": \"A\" } ],\n"
    "  \"contracts\": [\n"
    "    { \"id\": \"h\", \"title\": \"H\", \"client\": \"a\", \"type\": \"hourly\",\n"
    "      \"start\": \"2025-01-01\", \"rate_cents\": 1000,\n"
    "      \"weeks\": [ " WEEK ("2025-01-06", 10) ", " WEEK ("2025-01-13", 10) " ] } ],\n"
    "  \"actuals\": [ " ACTUAL ("r1", "2025-01-13", "hourly", 10000, "h") ", "
                        ACTUAL ("r2", "2025-01-20", "hourly", 10000, "h") " ] }\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(PaydayPlan) plan = payday_plan_load_from_data (json, -1, &error);
  g_autoptr(PaydayDocument) document = payday_document_new ();
  g_autoptr(PaydayReconcileItem) first = NULL;
  g_autoptr(PaydayReconcileItem) second = NULL;
  ModelWatch watch = { 0 };
  GListModel *model;

  g_assert_no_error (error);
  g_assert_true (payday_document_set_plan (document, plan, NULL, &error));
  g_assert_no_error (error);

  model = payday_document_get_reconcile (document);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);
  first = g_list_model_get_item (model, 0);
  second = g_list_model_get_item (model, 1);
  g_assert_cmpstr (payday_reconcile_item_get_key (first), ==, "h/2025-01-06/r1");
  g_assert_cmpint (payday_reconcile_item_get_verdict (second), ==, PAYDAY_VERDICT_AS_PREDICTED);
  g_assert_false (payday_reconcile_item_get_exception (second));
  g_assert_cmpstr (payday_reconcile_item_get_contract_title (first), ==, "H");

  g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed), &watch);
  g_signal_connect (first, "notify", G_CALLBACK (on_notify_0), &watch);
  g_signal_connect (second, "notify", G_CALLBACK (on_notify_1), &watch);

  /* More hours in the second week: only that row changes, to amount_differs. */
  edit_h (document, more_hours);
  g_assert_cmpuint (watch.items_changed, ==, 0);
  g_assert_cmpuint (watch.notified[0], ==, 0);
  g_assert_cmpuint (watch.notified[1], ==, 3);            /* verdict, exception, predicted-cents */
  g_assert_cmpint (payday_reconcile_item_get_verdict (second), ==, PAYDAY_VERDICT_AMOUNT_DIFFERS);
  g_assert_true (payday_reconcile_item_get_exception (second));
  g_assert_cmpint (payday_reconcile_item_get_predicted_cents (second), ==, 12000);

  /* A new title: the title of both rows, nothing else. */
  edit_h (document, retitle);
  g_assert_cmpuint (watch.items_changed, ==, 0);
  g_assert_cmpuint (watch.notified[0], ==, 1);
  g_assert_cmpuint (watch.notified[1], ==, 4);
  g_assert_cmpstr (payday_reconcile_item_get_contract_title (second), ==, "Hourly work");

  /* Undo twice: the same objects, as they were. */
  g_assert_true (payday_document_undo (document));
  g_assert_true (payday_document_undo (document));
  g_assert_cmpuint (watch.items_changed, ==, 0);
  g_assert_cmpint (payday_reconcile_item_get_verdict (second), ==, PAYDAY_VERDICT_AS_PREDICTED);
  g_assert_cmpstr (payday_reconcile_item_get_contract_title (first), ==, "H");

  g_signal_handlers_disconnect_by_data (model, &watch);
  g_signal_handlers_disconnect_by_data (first, &watch);
  g_signal_handlers_disconnect_by_data (second, &watch);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/payday/reconcile/as-predicted", test_as_predicted);
  g_test_add_func ("/payday/reconcile/early-late", test_early_late);
  g_test_add_func ("/payday/reconcile/amount-differs", test_amount_differs);
  g_test_add_func ("/payday/reconcile/missing", test_missing);
  g_test_add_func ("/payday/reconcile/unexpected", test_unexpected);
  g_test_add_func ("/payday/reconcile/ignored-actuals", test_ignored_actuals);
  g_test_add_func ("/payday/reconcile/milestone", test_milestone);
  g_test_add_func ("/payday/reconcile/tie-same-gross", test_tie_same_gross);
  g_test_add_func ("/payday/reconcile/tie-nearest", test_tie_nearest);
  g_test_add_func ("/payday/reconcile/tie-earlier-item", test_tie_earlier_item);
  g_test_add_func ("/payday/reconcile/tie-actual-order", test_tie_actual_order);
  g_test_add_func ("/payday/reconcile/row-order", test_row_order);
  g_test_add_func ("/payday/reconcile/model", test_model);
  g_test_add_func ("/payday/reconcile/counts", test_counts);

  return g_test_run ();
}
