/* fuzz-roundtrip.c — libFuzzer target: load → schedule → save → load → save must be stable
 *
 * Whatever the plan loader accepts must (1) compute a payment schedule and its summary with
 * the built-in rules, (2) save, (3) load back from the saved text, and (4) save back to the
 * identical text, and (5) export through every text writer of `payday export` (schedule CSV,
 * summary JSON, Connects ledger CSV, calendar). That is the guarantee behind "a plan --check
 * accepts always exports".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "payday-export.h"
#include "payday-export-csv.h"
#include "payday-export-ics.h"
#include "payday-export-json.h"
#include "payday-export-ledger.h"
#include "payday-ledger.h"
#include "payday-plan.h"
#include "payday-rules.h"
#include "payday-schedule.h"

#include "fuzz-common.h"

static PaydayRules *builtin_rules;

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_autoptr(GError) error = NULL;

  fuzz_init_logging ();

  /* Loaded once: the rules are not what this target fuzzes (fuzz-rules does that). */
  builtin_rules = payday_rules_load_builtin ("upwork", &error);
  g_assert_no_error (error);

  return 0;
}

/* A writer's text: as long as it says, no NUL inside, valid UTF-8, starting with @head. */
static void
check_text (const char *text,
            gsize       length,
            const char *head)
{
  g_assert_nonnull (text);
  g_assert_cmpuint (strlen (text), ==, length);
  g_assert_true (g_utf8_validate (text, (gssize) length, NULL));
  g_assert_true (g_str_has_prefix (text, head));
}

static void
check_exports (PaydayPlan          *plan,
               PaydaySchedule      *schedule,
               const PaydaySummary *summary,
               PaydayDate           today)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(PaydayLedger) ledger = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *json = NULL;
  g_autofree char *ledger_csv = NULL;
  g_autofree char *ics = NULL;
  PaydayExportJob job;
  JsonObject *root, *totals;
  const char *line;
  guint events = 0, dated = 0;
  gsize length = 0;

  /* Schedule CSV: the header row, then one CRLF-terminated row per item. */
  csv = payday_export_csv_schedule (schedule, &length);
  check_text (csv, length, PAYDAY_CSV_SCHEDULE_HEADER "\r\n");
  g_assert_true (g_str_has_suffix (csv, "\r\n"));

  /* Summary JSON: written without error, parses back, and states the summary's balance. */
  payday_export_job_init (&job);
  job.plan = plan;
  job.rules = builtin_rules;
  job.schedule = schedule;
  job.today = today;
  json = payday_export_json_summary (&job, &length, &error);
  g_assert_no_error (error);
  check_text (json, length, "{");
  if (!json_parser_load_from_data (parser, json, (gssize) length, &error))
    g_error ("the summary JSON does not parse: %s\n%s", error->message, json);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)));
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_true (json_object_has_member (root, "totals"));
  totals = json_object_get_object_member (root, "totals");
  g_assert_nonnull (totals);
  g_assert_cmpint (json_object_get_int_member (totals, "balance_cents"), ==, summary->balance_cents);

  /* Connects ledger CSV: the header row and one CRLF-terminated row per ledger row. */
  ledger = payday_ledger_compute (plan, builtin_rules, today);
  g_assert_nonnull (ledger);
  ledger_csv = payday_ledger_to_csv (ledger, &length);
  check_text (ledger_csv, length, "date,kind,amount,balance,lot_expires,ref\r\n");
  g_assert_true (g_str_has_suffix (ledger_csv, "\r\n"));

  /* Calendar: one VEVENT per item with an available_on day, every line folded to at most
   * 75 octets (RFC 5545 §3.1) and ended by CRLF. */
  ics = payday_ics_from_schedule (schedule, &length);
  check_text (ics, length, "BEGIN:VCALENDAR\r\n");
  g_assert_true (g_str_has_suffix (ics, "END:VCALENDAR\r\n"));
  for (line = ics; *line != '\0';)
    {
      const char *end = strstr (line, "\r\n");

      g_assert_nonnull (end);
      g_assert_cmpint (end - line, <=, 75);
      if ((gsize) (end - line) == strlen ("BEGIN:VEVENT")
          && strncmp (line, "BEGIN:VEVENT", (gsize) (end - line)) == 0)
        events++;
      line = end + 2;
    }
  for (guint i = 0; i < schedule->items->len; i++)
    if (payday_date_is_set (g_array_index (schedule->items, PaydayItem, i).available_on))
      dated++;
  g_assert_cmpuint (events, ==, dated);
}

static void
check_schedule (PaydayPlan *plan)
{
  g_autoptr(PaydaySchedule) schedule = NULL;
  PaydaySummary summary;
  /* A plan without "today" means the real current date; a fixed day keeps runs repeatable. */
  PaydayDate today = plan->today != PAYDAY_DATE_NONE ? plan->today
                                                     : payday_date_from_ymd (2026, 11, 28);

  schedule = payday_schedule_compute (plan, builtin_rules, today);
  g_assert_nonnull (schedule);
  payday_summary_compute (schedule, &summary);

  for (guint i = 0; i < schedule->items->len; i++)
    {
      const PaydayItem *item = &g_array_index (schedule->items, PaydayItem, i);
      char buf[PAYDAY_DATE_BUF];

      g_assert_cmpuint (item->contract_index, <, plan->contracts->len);
      g_assert_nonnull (payday_item_format_id (item, buf));
      if (i > 0)
        g_assert_cmpint (g_array_index (schedule->items, PaydayItem, i - 1).available_on,
                         <=, item->available_on);
    }

  /* ---- Export writers -------------------------------------------------------------------
   * Every accepted plan also exports: the schedule CSV, the summary JSON (which parses back),
   * the Connects ledger CSV and the calendar, as `payday export` writes them. */
  check_exports (plan, schedule, &summary, today);
  /* ---- end of export writers ------------------------------------------------------------ */
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PaydayPlan) plan = NULL;
  g_autoptr(PaydayPlan) again = NULL;
  g_autofree char *text = NULL;
  g_autofree char *text2 = NULL;
  gsize length = 0, length2 = 0;

  plan = payday_plan_load_from_data (fuzz_text (data, size), (gssize) size, &error);
  if (plan == NULL)
    return 0;

  check_schedule (plan);

  text = payday_plan_to_data (plan, &length);
  g_assert_nonnull (text);
  g_assert_cmpuint (strlen (text), ==, length);

  again = payday_plan_load_from_data (text, (gssize) length, &error);
  if (again == NULL)
    g_error ("a saved plan does not load back: %s\n--- saved text ---\n%s", error->message, text);

  text2 = payday_plan_to_data (again, &length2);
  if (length != length2 || memcmp (text, text2, length) != 0)
    g_error ("save → load → save changed the text\n--- first ---\n%s\n--- second ---\n%s",
             text, text2);

  check_schedule (again);

  return 0;
}
