/* test-plan.c — the plan loader, validator and saver, and the sample plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "payday-error.h"
#include "payday-plan-loader-private.h"
#include "payday-plan-private.h"

#define HEAD    "{\"format\": \"payday-plan\", \"version\": 1, "
#define CLIENTS "\"clients\": [{\"id\": \"c\"}], "
#define HOURLY(members) \
  CLIENTS "\"contracts\": [{\"id\": \"h\", \"client\": \"c\", \"type\": \"hourly\", " \
  "\"start\": \"2026-01-05\", \"rate_cents\": 5000" members "}]"
#define WEEK(members) HOURLY (", \"weeks\": [{\"week_start\": \"2026-01-05\", " members "}]")
#define FIXED(members) \
  CLIENTS "\"contracts\": [{\"id\": \"f\", \"client\": \"c\", \"type\": \"fixed\", " \
  "\"start\": \"2026-01-05\"" members "}]"
#define MILESTONE(members) FIXED (", \"milestones\": [{\"id\": \"m\", " members "}]")
#define PROPOSAL(members) "\"proposals\": [{\"id\": \"p\", \"date\": \"2026-01-05\", " members "}]"
#define TX(members) "\"connects\": {\"transactions\": [{\"id\": \"t\", \"date\": \"2026-01-05\", " \
  members "}]}"

typedef struct
{
  const char *body;       /* members after format and version, or a whole document */
  const char *expected;   /* the exact message: one problem */
} BadPlan;

static const BadPlan bad_plans[] = {
  /* the header */
  { "{\"format\": \"other\", \"version\": 1}", "format: expected \"payday-plan\", got \"other\"" },
  { "{\"format\": \"payday-plan\"}", "version: required member is missing" },
  { "{\"format\": \"payday-plan\", \"version\": 0}", "version: expected 1, got 0" },
  { "{\"format\": \"payday-plan\", \"version\": 1.5}", "version: expected 1, got 1.5" },
  { "[1, 2]", "document: expected an object, got an array" },
  { "\"today\": \"2026-02-30\"", "today: expected a date \"YYYY-MM-DD\", got \"2026-02-30\"" },
  { "\"region\": \"eu\"", "region: expected one of \"non-us\", \"us\", got \"eu\"" },
  { "\"name\": 12", "name: expected a string, got 12" },
  { "\"rules\": \"\"", "rules: expected a non-empty string, got \"\"" },

  /* profile */
  { "\"profile\": []", "profile: expected an object, got an array" },
  { "\"profile\": {\"agency\": \"yes\"}", "profile.agency: expected true or false, got \"yes\"" },
  { "\"profile\": {\"tos_violations\": -1}",
    "profile.tos_violations: expected a whole number from 0 to 1000, got -1" },
  { "\"profile\": {\"jss\": [{\"date\": \"2025-01-06\", \"score\": 101}]}",
    "profile.jss[0].score: expected a whole number from 0 to 100, got 101" },
  { "\"profile\": {\"jss\": [{\"date\": \"2025-01-06\", \"score\": 90.5}]}",
    "profile.jss[0].score: expected a whole number from 0 to 100, got 90.5" },
  { "\"profile\": {\"jss\": [{\"date\": \"2025-02-03\", \"score\": 90}, "
    "{\"date\": \"2025-01-06\", \"score\": 91}]}",
    "profile.jss[1].date: 2025-01-06 is not after the previous score's date 2025-02-03" },
  { "\"profile\": {\"account_holds\": [{\"start\": \"2025-03-10\", \"end\": \"2025-03-01\"}]}",
    "profile.account_holds[0].end: 2025-03-01 is before start 2025-03-10" },
  { "\"profile\": {\"account_holds\": [{\"end\": \"2025-03-01\"}]}",
    "profile.account_holds[0].start: required member is missing" },

  /* clients */
  { "\"clients\": {}", "clients: expected an array, got an object" },
  { "\"clients\": [1]", "clients[0]: expected an object, got 1" },
  { "\"clients\": [{\"id\": \"\"}]", "clients[0].id: expected a non-empty string, got \"\"" },
  { "\"clients\": [{\"id\": \"a\", \"billed_before_cents\": \"100\"}]",
    "clients[0].billed_before_cents: expected a whole number of cents ≥ 0, got \"100\"" },
  { "\"clients\": [{\"id\": \"a\"}, {\"id\": \"b\"}, {\"id\": \"a\"}]",
    "clients[2].id: duplicate id \"a\" (also clients[0].id)" },

  /* contracts */
  { CLIENTS "\"contracts\": [{\"client\": \"c\", \"type\": \"fixed\", \"start\": \"2026-01-05\"}]",
    "contracts[0].id: required member is missing" },
  { CLIENTS "\"contracts\": [{\"id\": \"x\", \"client\": \"c\", \"type\": \"daily\", "
    "\"start\": \"2026-01-05\"}]",
    "contracts[0].type: expected one of \"hourly\", \"fixed\", got \"daily\"" },
  { CLIENTS "\"contracts\": [{\"id\": \"x\", \"client\": \"zz\", \"type\": \"fixed\", "
    "\"start\": \"2026-01-05\"}]",
    "contracts[0].client: no client has the id \"zz\"" },
  { CLIENTS "\"contracts\": [{\"id\": \"x\", \"client\": \"c\", \"type\": \"fixed\", "
    "\"start\": \"2026-01-05\"}, {\"id\": \"x\", \"client\": \"c\", \"type\": \"fixed\", "
    "\"start\": \"2026-01-05\"}]",
    "contracts[1].id: duplicate id \"x\" (also contracts[0].id)" },
  { FIXED (", \"end\": \"2026-01-01\""),
    "contracts[0].end: 2026-01-01 is before start 2026-01-05" },
  { FIXED (", \"fee_percent\": 101"),
    "contracts[0].fee_percent: expected a percent from 0 to 100, got 101" },
  { FIXED (", \"fee_percent\": 10.555"),
    "contracts[0].fee_percent: expected a number with at most 2 decimals, got 10.555" },
  { FIXED (", \"weeks\": [{\"week_start\": \"2026-01-05\", \"hours\": 3}]"),
    "contracts[0].weeks: only allowed in an hourly contract" },
  { FIXED (", \"bonuses\": [{\"id\": \"b\", \"date\": \"2026-01-09\", \"amount_cents\": 100}, "
           "{\"id\": \"b\", \"date\": \"2026-01-10\", \"amount_cents\": 200}]"),
    "contracts[0].bonuses[1].id: duplicate id \"b\" (also contracts[0].bonuses[0].id)" },
  { HOURLY (", \"rate_cents\": -5"),
    "contracts[0].rate_cents: expected a whole number of cents ≥ 0, got -5" },
  { HOURLY (", \"rate_cents\": 1.5"),
    "contracts[0].rate_cents: expected a whole number of cents ≥ 0, got 1.5" },
  { HOURLY (", \"weekly_limit_hours\": 200"),
    "contracts[0].weekly_limit_hours: expected at most 168 hours a week, got 200" },
  { HOURLY (", \"milestones\": [{\"id\": \"m\", \"amount_cents\": 1}]"),
    "contracts[0].milestones: only allowed in a fixed contract" },

  /* weeks */
  { WEEK ("\"hours\": \"ten\""),
    "contracts[0].weeks[0].hours: expected a number ≥ 0, got \"ten\"" },
  { WEEK ("\"hours\": -1"), "contracts[0].weeks[0].hours: expected a number ≥ 0, got -1" },
  { WEEK ("\"hours\": 170"),
    "contracts[0].weeks[0].hours: expected at most 168 hours a week, got 170" },
  { WEEK ("\"hours\": 1.005"),
    "contracts[0].weeks[0].hours: expected a number with at most 2 decimals, got 1.005" },
  { WEEK ("\"hours\": 4, \"manual_hours\": 5"),
    "contracts[0].weeks[0].manual_hours: 5 is more than hours 4" },
  { WEEK ("\"hours\": 4, \"disputed_hours\": 4.25"),
    "contracts[0].weeks[0].disputed_hours: 4.25 is more than hours 4" },
  { WEEK ("\"hours\": 4, \"dispute_outcome\": \"lost\""),
    "contracts[0].weeks[0].dispute_outcome: expected one of \"pending\", \"paid\", \"refunded\", "
    "got \"lost\"" },
  { WEEK ("\"hours\": null"), "contracts[0].weeks[0].hours: required member is missing" },
  { HOURLY (", \"weeks\": [{\"week_start\": \"2026-01-07\", \"hours\": 1}]"),
    "contracts[0].weeks[0].week_start: 2026-01-07 is a Wednesday, expected a Monday" },
  { HOURLY (", \"weeks\": [{\"week_start\": \"2026-01-05\", \"hours\": 1}, "
            "{\"week_start\": \"2026-01-05\", \"hours\": 2}]"),
    "contracts[0].weeks[1].week_start: the week of 2026-01-05 is logged twice" },
  { HOURLY (", \"weeks\": [{\"week_start\": \"2025-12-22\", \"hours\": 1}]"),
    "contracts[0].weeks[0].week_start: the week of 2025-12-22 ends before the contract's start "
    "2026-01-05" },

  /* milestones */
  { MILESTONE ("\"amount_cents\": 10000000000001"),
    "contracts[0].milestones[0].amount_cents: expected at most 10000000000000 cents, "
    "got 10000000000001" },
  { MILESTONE ("\"amount_cents\": 100, \"submitted\": \"2026-01-12\", "
               "\"approved\": \"2026-01-10\""),
    "contracts[0].milestones[0].approved: 2026-01-10 is before submitted 2026-01-12" },
  { MILESTONE ("\"amount_cents\": 100, \"status\": \"done\""),
    "contracts[0].milestones[0].status: expected one of \"active\", \"cancelled\", \"disputed\", "
    "got \"done\"" },
  { MILESTONE ("\"amount_cents\": 100, \"paid_cents\": 150"),
    "contracts[0].milestones[0].paid_cents: 150 is more than amount_cents 100" },
  { FIXED (", \"milestones\": [{\"id\": \"m\", \"amount_cents\": 1}, "
           "{\"id\": \"m\", \"amount_cents\": 2}]"),
    "contracts[0].milestones[1].id: duplicate id \"m\" (also contracts[0].milestones[0].id)" },

  /* proposals */
  { PROPOSAL ("\"status\": \"ghosted\""),
    "proposals[0].status: expected one of \"sent\", \"viewed\", \"interview\", \"hired\", "
    "\"declined\", \"withdrawn\", \"job_cancelled\", got \"ghosted\"" },
  { PROPOSAL ("\"status\": \"hired\", \"contract\": \"nope\""),
    "proposals[0].contract: no contract has the id \"nope\"" },
  { PROPOSAL ("\"status\": \"sent\", \"client\": \"nobody\""),
    "proposals[0].client: no client has the id \"nobody\"" },
  { PROPOSAL ("\"status\": \"declined\", \"status_date\": \"2026-01-01\""),
    "proposals[0].status_date: 2026-01-01 is before date 2026-01-05" },
  { PROPOSAL ("\"status\": \"sent\", \"connects\": -1"),
    "proposals[0].connects: expected a whole number from 0 to 1000000, got -1" },
  { PROPOSAL ("\"status\": \"sent\", \"boost\": 2.5"),
    "proposals[0].boost: expected a whole number from 0 to 1000000, got 2.5" },
  { "\"proposals\": [{\"id\": \"p\", \"date\": \"2026-01-05\", \"status\": \"sent\"}, "
    "{\"id\": \"p\", \"date\": \"2026-01-06\", \"status\": \"sent\"}]",
    "proposals[1].id: duplicate id \"p\" (also proposals[0].id)" },

  /* connects */
  { "\"connects\": {\"opening_balance\": -3}",
    "connects.opening_balance: expected a whole number from 0 to 1000000, got -3" },
  { "\"connects\": {\"membership\": [{\"plan\": \"gold\", \"from\": \"2025-01-01\"}]}",
    "connects.membership[0].plan: expected one of \"basic\", \"plus\", got \"gold\"" },
  { "\"connects\": {\"membership\": [{\"plan\": \"plus\", \"from\": \"2025-01-10\", "
    "\"to\": \"2025-01-09\"}]}",
    "connects.membership[0].to: 2025-01-09 is before from 2025-01-10" },
  { TX ("\"type\": \"gift\", \"amount\": 10"),
    "connects.transactions[0].type: expected one of \"purchase\", \"grant\", \"adjust\", "
    "got \"gift\"" },
  { TX ("\"type\": \"purchase\", \"amount\": 0"),
    "connects.transactions[0].amount: expected a whole number from 1 to 1000000, got 0" },
  { TX ("\"type\": \"purchase\", \"amount\": 10, \"price_cents\": -1"),
    "connects.transactions[0].price_cents: expected a whole number of cents ≥ 0, got -1" },

  /* withdrawals */
  { "\"withdrawals\": {\"method\": \"bitcoin\"}",
    "withdrawals.method: expected one of \"ach_us\", \"direct_local\", \"wire\", \"paypal\", "
    "\"payoneer\", \"instant_pay\", got \"bitcoin\"" },
  { "\"withdrawals\": {\"schedule\": \"daily\"}",
    "withdrawals.schedule: expected one of \"manual\", \"weekly\", \"twice_monthly\", "
    "\"monthly\", \"quarterly\", got \"daily\"" },
  { "\"withdrawals\": {\"history\": [{\"date\": \"2026-01-05\", \"amount_cents\": -100}]}",
    "withdrawals.history[0].amount_cents: expected a whole number of cents ≥ 0, got -100" },

  /* simulation */
  { "\"simulation\": {\"horizon_days\": 1e400}",
    "simulation.horizon_days: expected a whole number from 1 to 3660, got a number too large to "
    "represent" },
  { "\"simulation\": {\"runs\": 0}",
    "simulation.runs: expected a whole number from 1 to 1000000, got 0" },
  { "\"simulation\": {\"runs\": 1000001}",
    "simulation.runs: expected a whole number from 1 to 1000000, got 1000001" },
  { "\"simulation\": {\"win_rate\": 1.5}",
    "simulation.win_rate: expected a number from 0 to 1, got 1.5" },
  { "\"simulation\": {\"dispute_probability\": -0.1}",
    "simulation.dispute_probability: expected a number from 0 to 1, got -0.1" },
  { "\"simulation\": {\"seed\": 1.5}", "simulation.seed: expected a whole number, got 1.5" },
  { "\"simulation\": {\"avg_contract_cents\": 99.9}",
    "simulation.avg_contract_cents: expected a whole number of cents ≥ 0, got 99.9" },
};

static char *
bad_plan_text (const BadPlan *bad)
{
  if (bad->body[0] == '{' || bad->body[0] == '[')
    return g_strdup (bad->body);

  return g_strconcat (HEAD, bad->body, "}", NULL);
}

static void
test_bad_plans (void)
{
  g_assert_cmpuint (G_N_ELEMENTS (bad_plans), >=, 30);

  for (guint i = 0; i < G_N_ELEMENTS (bad_plans); i++)
    {
      g_autofree char *text = bad_plan_text (&bad_plans[i]);
      g_autoptr(GError) error = NULL;
      g_autoptr(PaydayPlan) plan = payday_plan_load_from_data (text, -1, &error);

      if (plan != NULL || error == NULL || g_strcmp0 (error->message, bad_plans[i].expected) != 0)
        g_test_message ("bad plan %u: %s\n  expected: %s\n  got:      %s", i, text,
                        bad_plans[i].expected, error ? error->message : "(loaded)");
      g_assert_null (plan);
      g_assert_error (error, PAYDAY_ERROR, PAYDAY_ERROR_INVALID);
      g_assert_cmpstr (error->message, ==, bad_plans[i].expected);
    }
}

static void
test_good_minimal (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PaydayPlan) plan = NULL;

  /* the smallest valid plan, and null members treated as absent */
  plan = payday_plan_load_from_data ("{\"format\": \"payday-plan\", \"version\": 1, "
                                     "\"today\": null, \"profile\": null, \"clients\": null}",
                                     -1, &error);
  g_assert_no_error (error);
  g_assert_nonnull (plan);
  g_assert_false (payday_date_is_set (plan->today));
  g_assert_cmpstr (plan->rules, ==, "upwork");
  g_assert_cmpuint (plan->clients->len, ==, 0);
  g_assert_cmpint (plan->simulation.runs, ==, 1000);
  g_assert_cmpuint (plan->simulation.present, ==, 0);
}

/* Strings and lists are bounded like numbers: each refused with its path. A string of
 * exactly the bound and a list at the bound's edge still load. */
static void
test_bounded_strings_and_lists (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PaydayPlan) plan = NULL;
  g_autofree char *at_bound = g_strnfill (10000, 'x');
  g_autofree char *over = g_strnfill (10001, 'x');
  g_autofree char *good = g_strdup_printf ("{\"format\": \"payday-plan\", \"version\": 1, "
                                           "\"name\": \"%s\"}", at_bound);
  g_autofree char *long_name = g_strdup_printf ("{\"format\": \"payday-plan\", \"version\": 1, "
                                                "\"name\": \"%s\"}", over);
  GString *many = g_string_new ("{\"format\": \"payday-plan\", \"version\": 1, \"proposals\": [");

  plan = payday_plan_load_from_data (good, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (strlen (plan->name), ==, 10000);
  g_clear_pointer (&plan, payday_plan_unref);

  plan = payday_plan_load_from_data (long_name, -1, &error);
  g_assert_null (plan);
  g_assert_error (error, PAYDAY_ERROR, PAYDAY_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "name: a string longer than 10000 characters");
  g_clear_error (&error);

  /* A million and one empty entries: refused for their count before any is read. */
  for (guint i = 0; i <= 1000000; i++)
    g_string_append (many, i == 0 ? "null" : ",null");
  g_string_append (many, "]}");
  plan = payday_plan_load_from_data (many->str, (gssize) many->len, &error);
  g_assert_null (plan);
  g_assert_error (error, PAYDAY_ERROR, PAYDAY_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "proposals: more than 1000000 entries");
  g_string_free (many, TRUE);
}

static void
test_many_errors (void)
{
  const char *text =
    HEAD "\"region\": \"mars\", "
    WEEK ("\"hours\": \"ten\", \"manual_hours\": -2") ", "
    PROPOSAL ("\"status\": \"lost\", \"contract\": \"h2\"") ", "
    "\"simulation\": {\"runs\": 0, \"win_rate\": 2}}";
  g_autoptr(GError) error = NULL;
  g_autoptr(PaydayPlan) plan = payday_plan_load_from_data (text, -1, &error);

  g_assert_null (plan);
  g_assert_error (error, PAYDAY_ERROR, PAYDAY_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==,
                   "region: expected one of \"non-us\", \"us\", got \"mars\"\n"
                   "contracts[0].weeks[0].hours: expected a number ≥ 0, got \"ten\"\n"
                   "contracts[0].weeks[0].manual_hours: expected a number ≥ 0, got -2\n"
                   "proposals[0].status: expected one of \"sent\", \"viewed\", \"interview\", "
                   "\"hired\", \"declined\", \"withdrawn\", \"job_cancelled\", got \"lost\"\n"
                   "proposals[0].contract: no contract has the id \"h2\"\n"
                   "simulation.runs: expected a whole number from 1 to 1000000, got 0\n"
                   "simulation.win_rate: expected a number from 0 to 1, got 2");
}

static void
test_syntax_errors (void)
{
  static const struct { const char *text; const char *expected; } cases[] = {
    { "{\n  \"format\": \"payday-plan\",\n  \"version\": 1,\n  \"name\": }\n",
      "4:11: expected a value, got '}'" },
    { "{\"format\": \"payday-plan\", \"version\": 1,}",
      "1:40: expected a member name in double quotes, got '}'" },
    { "{\"format\": \"payday-plan\",\n\n  \"version\" 1}",
      "3:13: expected ':' after the member name, got 1" },
    { "", "1:1: the file is empty" },
    { " /* nothing */ \n", "1:1: the file is empty" },
    { "{\"name\": \"caf\xc3\n\"}", "1:14: the text is not valid UTF-8" },
    /* escapes json-glib 1.6 read but JSON has not; the first two made a string that is not
     * UTF-8, so the saved plan did not load back (found by tests/fuzz/fuzz-roundtrip) */
    { HEAD "\"x\": \"2\\256-02\"}", "1:48: invalid escape in a string" },
    { HEAD "\"x\": \"\\ud800x\"}", "1:47: invalid escape in a string" },
    { HEAD "\"x\": \"\\udc00\"}", "1:47: invalid escape in a string" },
    { HEAD "\"x\": \"\\x41\"}", "1:47: invalid escape in a string" },
    { HEAD "\"x\": \"\\q\"}", "1:47: invalid escape in a string" },
    /* tokens apart stay apart; the token named is the one that does not fit */
    { "{\n  \"format\": \"payday-plan\",\n  \"version\": 1 2\n}\n",
      "3:16: expected ',' or '}' after a member, got 2" },
    { HEAD "\"name\": tr ue}", "1:49: expected a value, got 'tr'" },
    { HEAD "\"name\": truest}", "1:49: expected a value, got 'truest'" },
    { HEAD "\"name\": \"a\" \"b\"}", "1:53: expected ',' or '}' after a member, got \"b\"" },
    { "{\n\n    \"format\"   :   \"payday-plan\" ,   \"version\" :  1 ,  ,\n}\n",
      "3:56: expected a member name in double quotes, got ','" },
    { HEAD "\"name\": \"abc", "1:49: a string is not closed" },
    { "{ /* x", "1:3: a comment is not closed" },
    { "{} x", "1:4: expected the end of the file after the document, got 'x'" },
    { "{\"a\": 1, // a comment?\n}", "1:10: expected a member name in double quotes, got '/'" },
    { "{}{}", "1:3: expected the end of the file after the document, got '{'" },
    /* numbers are JSON's: no leading zeros, no hexadecimal or octal, digits after a point */
    { HEAD "\"x\": 01}", "1:46: 01 is not a JSON number" },
    { HEAD "\"x\": 0x10}", "1:46: 0x10 is not a JSON number" },
    { HEAD "\"x\": 1.}", "1:46: 1. is not a JSON number" },
    { HEAD "\"x\": -}", "1:46: - is not a JSON number" },
    { HEAD "\"x\": +1}", "1:46: expected a value, got '+'" },
    { HEAD "\"x\": [1, 2", "1:51: expected ',' or ']' after an element, got the end of the file" },
    { HEAD "\"x\": [1 2]}", "1:49: expected ',' or ']' after an element, got 2" },
    { HEAD "\"x\": 'a'}", "1:46: expected a value, got '''" },
    /* columns count characters */
    { "{\"name\": \"café\" x}", "1:17: expected ',' or '}' after a member, got 'x'" },
    { "{\"name\": é}", "1:10: expected a value, got 'é'" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PaydayPlan) plan = payday_plan_load_from_data (cases[i].text, -1, &error);

      g_assert_null (plan);
      g_assert_error (error, PAYDAY_ERROR, PAYDAY_ERROR_SYNTAX);
      g_assert_cmpstr (error->message, ==, cases[i].expected);
    }

  /* A token of 40 bytes or more that runs to the very end of the text is quoted without
   * reading past it (found by tests/fuzz/fuzz-plan under AddressSanitizer). */
  {
    static const char * const at_end[] = {
      "\"{\"333333333333333333333333333333333333333333",
      "{\"name\" xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    };

    for (guint i = 0; i < G_N_ELEMENTS (at_end); i++)
      {
        /* no NUL after the text: a byte read past it is outside the block */
        gsize length = strlen (at_end[i]);
        g_autofree char *exact = g_memdup2 (at_end[i], length);
        g_autoptr(GError) error = NULL;
        g_autoptr(PaydayPlan) plan = payday_plan_load_from_data (exact, (gssize) length, &error);

        g_assert_null (plan);
        g_assert_error (error, PAYDAY_ERROR, PAYDAY_ERROR_SYNTAX);
        g_assert_true (g_utf8_validate (error->message, -1, NULL));
      }
  }

  /* A long token is quoted in part, never cut inside a character. */
  for (guint shift = 0; shift < 2; shift++)
    {
      g_autoptr(GString) text = g_string_new ("{\"name\" ");
      g_autoptr(GError) error = NULL;
      g_autoptr(PaydayPlan) plan = NULL;

      g_string_append (text, shift ? "x" : "\"");
      for (int k = 0; k < 30; k++)
        g_string_append (text, "é");
      plan = payday_plan_load_from_data (text->str, -1, &error);
      g_assert_null (plan);
      g_assert_error (error, PAYDAY_ERROR, PAYDAY_ERROR_SYNTAX);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      g_assert_true (g_str_has_prefix (error->message,
                                       shift ? "1:9: expected ':' after the member name, got 'xé"
                                             : "1:9: expected ':' after the member name, got \"é"));
    }
}

/* The plan's own JSON reader builds the tree json-glib's parser builds, for every kind of
 * value, escape, number and layout a valid document may hold (json-glib is the reference
 * here; where it reads more than JSON, the cases above say what the plan's reader does). */
static void
test_json_same_tree (void)
{
  static const char * const documents[] = {
    "{}", "[]", "0", "-0", "\"\"", "null", "true", "false",
    "{\"a\":1,\"b\":-2,\"c\":9223372036854775807,\"d\":-9223372036854775808}",
    "[0.5, -1.25, 1e3, 1E-3, 2.5e+2, 7.00, 0.1, 123.456e-7]",
    "{\"s\": \"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\u20ac\\ud83d\\ude00 caf\xc3\xa9\"}",
    "{\"nested\": {\"list\": [[], {}, [1, [2, [3]]], {\"x\": {\"y\": null}}]}}",
    "{\"dup\": 1, \"other\": 2, \"dup\": [3]}",
    "\n\t{ \"a\" :\r\n [ 1 ,\t2 ] , \"b\" : \"  spaced , : [ ] { \" }\n",
    "{\"a\": 1 /* comment, with \"quotes\" and [brackets] */, /**/\n\"b\": 2/*\n*/}",
    "{\"tab\": \"a\tb\", \"\": \"empty name\"}",
  };

  for (guint i = 0; i < G_N_ELEMENTS (documents); i++)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autoptr(JsonNode) ours = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *theirs_text = NULL;
      g_autofree char *ours_text = NULL;

      g_test_message ("%s", documents[i]);
      g_assert_true (json_parser_load_from_data (parser, documents[i], -1, &error));
      g_assert_no_error (error);
      ours = payday_plan_parse_json (documents[i], strlen (documents[i]), &error);
      g_assert_no_error (error);
      g_assert_nonnull (ours);

      g_assert_true (json_node_equal (ours, json_parser_get_root (parser)));
      /* json_node_equal() compares numbers by value: the text also shows int or double */
      theirs_text = json_to_string (json_parser_get_root (parser), FALSE);
      ours_text = json_to_string (ours, FALSE);
      g_assert_cmpstr (ours_text, ==, theirs_text);
    }
}

/* Whitespace and comments around tokens change nothing (docs/plan-format.md): strings keep
 * their spaces, and the saver's indented text loads back to the same plan. */
static void
test_whitespace_kept_meaning (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PaydayPlan) plan = NULL;
  g_autofree char *written = NULL;
  g_autofree char *again = NULL;

  plan = payday_plan_load_from_data ("{\n  \"format\" : \"payday-plan\",\n  \"version\" : 1,\n"
                                     "  \"name\" : \"  two  spaces ,  : [ ] \\\" { \",\n"
                                     "  /* a comment: \"x\" [ */\n"
                                     "  \"later\" : { \"note\" : \"a  b\" , \"list\" : [ 1 , 2 ] }\n"
                                     "}\n", -1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (plan->name, ==, "  two  spaces ,  : [ ] \" { ");
  g_assert_nonnull (plan->extra);
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (plan->extra,
                                                                                 "later"),
                                                  "note"), ==, "a  b");

  /* The saver's indented text loads back to the same plan. */
  written = payday_plan_to_data (plan, NULL);
  g_clear_pointer (&plan, payday_plan_unref);
  plan = payday_plan_load_from_data (written, -1, &error);
  g_assert_no_error (error);
  again = payday_plan_to_data (plan, NULL);
  g_assert_cmpstr (again, ==, written);
}

static void
test_valid_escapes (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PaydayPlan) plan = NULL;
  g_autoptr(PaydayPlan) again = NULL;
  g_autofree char *text = NULL;
  g_autofree char *text2 = NULL;

  plan = payday_plan_load_from_data (HEAD "\"name\": \"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\ud83d\\ude00\\\\256\"}",
                                     -1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (plan->name, ==, "\"\\/\b\f\n\r\t\xc3\xa9\xf0\x9f\x98\x80\\256");

  text = payday_plan_to_data (plan, NULL);
  again = payday_plan_load_from_data (text, -1, &error);
  g_assert_no_error (error);
  text2 = payday_plan_to_data (again, NULL);
  g_assert_cmpstr (text, ==, text2);
  g_assert_cmpstr (again->name, ==, plan->name);
}

static void
test_version_refused (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PaydayPlan) plan = NULL;

  /* even with other problems, a newer version is reported as such and nothing else */
  plan = payday_plan_load_from_data ("{\"format\": \"payday-plan\", \"version\": 2, "
                                     "\"contracts\": \"new shape\", \"region\": 5}", -1, &error);
  g_assert_null (plan);
  g_assert_error (error, PAYDAY_ERROR, PAYDAY_ERROR_VERSION);
  g_assert_cmpstr (error->message, ==,
                   "version: this plan was written by a newer Payday (format version 2); this "
                   "Payday reads format version 1 only. Update Payday to open it.");
}

static void
test_too_deep (void)
{
  GString *s = g_string_new (HEAD "\"x\": ");
  g_autoptr(GError) error = NULL;
  g_autoptr(PaydayPlan) plan = NULL;
  g_autofree char *ok_text = NULL;
  g_autofree char *bad_text = NULL;

  /* the top object is level 1: 63 arrays inside it make 64 levels, which is allowed */
  for (int i = 0; i < 63; i++)
    g_string_append_c (s, '[');
  for (int i = 0; i < 63; i++)
    g_string_append_c (s, ']');
  g_string_append (s, ", \"s\": \"[[[[ not counted\"}");
  ok_text = g_string_free (s, FALSE);

  plan = payday_plan_load_from_data (ok_text, -1, &error);
  g_assert_no_error (error);
  g_assert_nonnull (plan);
  g_assert_nonnull (plan->extra);

  s = g_string_new (HEAD "\"x\": ");
  for (int i = 0; i < 100000; i++)
    g_string_append_c (s, '[');
  bad_text = g_string_free (s, FALSE);

  g_clear_pointer (&plan, payday_plan_unref);
  plan = payday_plan_load_from_data (bad_text, -1, &error);
  g_assert_null (plan);
  g_assert_error (error, PAYDAY_ERROR, PAYDAY_ERROR_TOO_LARGE);
  g_assert_cmpstr (error->message, ==, "1:109: nested deeper than 64 levels");
}

static char *
make_tmp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("payday-test-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
remove_tmp_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (dir);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The sorted names in @dir, joined by spaces. */
static char *
list_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while ((name = g_dir_read_name (d)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);

  return g_strjoinv (" ", (char **) names->pdata);
}

static void
test_too_large (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "huge.payday", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(PaydayPlan) plan = NULL;
  int fd;

  /* a sparse file: refused from its size, before anything is read */
  fd = g_open (path, O_WRONLY | O_CREAT, 0600);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, (off_t) PAYDAY_PLAN_MAX_SIZE + 1), ==, 0);
  close (fd);

  plan = payday_plan_load_from_file (file, NULL, &error);
  g_assert_null (plan);
  g_assert_error (error, PAYDAY_ERROR, PAYDAY_ERROR_TOO_LARGE);
  g_assert_cmpstr (error->message, ==, "the plan is 256 MiB; plans are limited to 256 MiB");

  remove_tmp_dir (dir);
}

/* Unknown members at every object level, and every kind of value. */
static const char full_plan[] =
  "{\"format\": \"payday-plan\", \"version\": 1,"
  " \"name\": \"Round trip\", \"today\": \"2026-03-04\","
  " \"x_top\": {\"nested\": [1, 2.5, \"three\", null, true, {\"deep\": []}]},"
  " \"rules\": \"upwork\", \"rules_edition\": \"2019-05-01\", \"region\": \"us\","
  " \"profile\": {\"joined\": \"2024-02-19\", \"agency\": true, \"category\": \"Design\","
  "   \"tos_violations\": 1, \"x_profile\": \"p\","
  "   \"account_holds\": [{\"start\": \"2024-09-02\", \"end\": null, \"x_hold\": 1}],"
  "   \"jss\": [{\"date\": \"2024-07-15\", \"score\": 92, \"x_jss\": 0.1}],"
  "   \"top_rated_since\": \"2025-08-11\", \"expert_vetted\": true},"
  " \"clients\": [{\"id\": \"c\","
  " \"name\": \"Ç ünïcode \\\"quoted\\\"\\n\", \"payment_verified\": true,"
  "   \"billed_before_cents\": 123456, \"x_client\": [\"a\"]}],"
  " \"contracts\": [{\"id\": \"h\", \"title\": \"Hourly\", \"client\": \"c\", \"type\": \"hourly\","
  "   \"start\": \"2026-01-05\", \"end\": null, \"fee_percent\": 12.34, \"rate_cents\": 4550,"
  "   \"weekly_limit_hours\": 37.5, \"planned_hours_per_week\": 0.01, \"x_contract\": {},"
  "   \"bonuses\": [{\"id\": \"b\", \"date\": \"2026-01-09\","
  " \"amount_cents\": 5000, \"x_bonus\": 2}],"
  "   \"weeks\": [{\"week_start\": \"2026-01-05\", \"hours\": 0.01, \"x_week\": \"w\"},"
  "     {\"week_start\": \"2026-01-12\", \"hours\": 12.5, \"manual_hours\": 0.1,"
  "      \"disputed_hours\": 0.2, \"dispute_outcome\": \"refunded\"},"
  "     {\"week_start\": \"2026-01-19\", \"hours\": 40}]},"
  "  {\"id\": \"f\", \"client\": \"c\", \"type\": \"fixed\", \"start\": \"2026-01-05\","
  "   \"milestones\": [{\"id\": \"m\", \"title\": null, \"amount_cents\": 10000000000000,"
  "     \"funded\": \"2026-01-05\", \"submitted\": \"2026-01-10\", \"approved\": \"2026-01-10\","
  "     \"paid_cents\": 0, \"status\": \"disputed\", \"x_milestone\": false}]}],"
  " \"proposals\": [{\"id\": \"p\", \"date\": \"2026-01-01\", \"status_date\": \"2026-01-02\","
  "   \"title\": \"Job\", \"client\": \"c\", \"connects\": 16,"
  " \"boost\": 4, \"boost_charged\": true,"
  "   \"invited\": true, \"status\": \"hired\", \"contract\": \"h\", \"x_proposal\": null}],"
  " \"connects\": {\"opening_balance\": 80, \"opening_date\": \"2025-10-01\", \"x_connects\": 3,"
  "   \"membership\": [{\"plan\": \"plus\", \"from\": \"2025-01-01\", \"to\": null, \"x_m\": 1}],"
  "   \"transactions\": [{\"id\": \"t\", \"date\": \"2025-11-01\", \"type\": \"adjust\","
  "     \"amount\": -5, \"price_cents\": null, \"note\": \"expired\", \"x_tx\": 1}]},"
  " \"withdrawals\": {\"method\": \"wire\", \"schedule\": \"monthly\", \"reserve_cents\": 1,"
  "   \"history\": [{\"date\": \"2026-01-01\", \"amount_cents\": 99, \"x_w\": 1}], \"x_ws\": 1},"
  " \"simulation\": {\"runs\": 1000, \"win_rate\": 0.3, \"x_sim\": 1e300},"
  " \"x_last\": -0.5}";

static void
test_round_trip (void)
{
  static const char * const extras[] = {
    "x_top", "x_profile", "x_hold", "x_jss", "x_client", "x_contract", "x_bonus", "x_week",
    "x_milestone", "x_proposal", "x_connects", "x_m", "x_tx", "x_w", "x_ws", "x_sim", "x_last",
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(PaydayPlan) plan = payday_plan_load_from_data (full_plan, -1, &error);
  g_autoptr(PaydayPlan) again = NULL;
  g_autoptr(PaydayPlan) third = NULL;
  g_autofree char *text = NULL;
  g_autofree char *text2 = NULL;
  g_autofree char *text3 = NULL;

  g_assert_no_error (error);
  text = payday_plan_to_data (plan, NULL);

  again = payday_plan_load_from_data (text, -1, &error);
  g_assert_no_error (error);
  text2 = payday_plan_to_data (again, NULL);
  g_assert_cmpstr (text, ==, text2);

  /* and the saved text is a fixed point: loading it and saving gives it back */
  third = payday_plan_load_from_data (text2, -1, &error);
  g_assert_no_error (error);
  text3 = payday_plan_to_data (third, NULL);
  g_assert_cmpstr (text2, ==, text3);

  for (guint i = 0; i < G_N_ELEMENTS (extras); i++)
    {
      g_autofree char *needle = g_strdup_printf ("\"%s\": ", extras[i]);

      g_assert_nonnull (strstr (text, needle));
    }

  /* values written exactly, in the spec's member order, extras after the known members */
  g_assert_true (g_str_has_prefix (text, "{\n  \"format\": \"payday-plan\",\n  \"version\": 1,\n"
                                         "  \"name\": \"Round trip\",\n"));
  g_assert_nonnull (strstr (text, "\"x_top\": {\n    \"nested\": [\n      1,\n      2.5,\n"
                                  "      \"three\",\n      null,\n      true,\n      {\n"
                                  "        \"deep\": []\n      }\n    ]\n  },\n"
                                  "  \"x_last\": -0.5\n}\n"));
  g_assert_nonnull (strstr (text, "\"fee_percent\": 12.34,"));
  g_assert_nonnull (strstr (text, "\"weekly_limit_hours\": 37.5,"));
  g_assert_nonnull (strstr (text, "\"planned_hours_per_week\": 0.01,"));
  g_assert_nonnull (strstr (text, "\"amount_cents\": 10000000000000,"));
  g_assert_nonnull (strstr (text, "\"x_sim\": 1e+300"));
  g_assert_nonnull (strstr (text, "\"name\": \"Ç ünïcode \\\"quoted\\\"\\n\","));
  g_assert_nonnull (strstr (text, "\"simulation\": {\n    \"runs\": 1000,\n    \"win_rate\": 0.3,\n"
                                  "    \"x_sim\": 1e+300\n  },"));

  g_assert_cmpint (again->rules_edition, ==, payday_date_from_ymd (2019, 5, 1));
  g_assert_cmpint (again->region, ==, PAYDAY_REGION_US);
  g_assert_cmpint (g_array_index (again->contracts, PaydayContract, 0).fee_bp, ==, 1234);
  g_assert_cmpint (g_array_index (again->connects.transactions, PaydayTransaction, 0).amount,
                   ==, -5);
  g_assert_cmpuint (again->simulation.present, ==, PAYDAY_SIM_RUNS | PAYDAY_SIM_WIN_RATE);
}

static void
test_hours_exact (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PaydayPlan) plan = payday_plan_load_from_data (full_plan, -1, &error);
  g_autoptr(PaydayPlan) again = NULL;
  g_autofree char *text = NULL;
  const PaydayContract *c;
  const PaydayWeek *w;

  g_assert_no_error (error);
  c = &g_array_index (plan->contracts, PaydayContract, 0);
  g_assert_cmpint (g_array_index (c->weeks, PaydayWeek, 0).hours, ==, 1);
  g_assert_cmpint (g_array_index (c->weeks, PaydayWeek, 1).hours, ==, 1250);
  g_assert_cmpint (g_array_index (c->weeks, PaydayWeek, 1).manual_hours, ==, 10);
  g_assert_cmpint (c->weekly_limit_hours, ==, 3750);
  g_assert_cmpint (payday_hours_to_minutes (g_array_index (c->weeks, PaydayWeek, 0).hours), ==, 1);

  text = payday_plan_to_data (plan, NULL);
  g_assert_nonnull (strstr (text, "\"week_start\": \"2026-01-05\",\n          \"hours\": 0.01,\n"));
  g_assert_nonnull (strstr (text, "\"hours\": 12.5,\n          \"manual_hours\": 0.1,\n"
                                  "          \"disputed_hours\": 0.2,\n"
                                  "          \"dispute_outcome\": \"refunded\"\n"));
  g_assert_nonnull (strstr (text, "\"hours\": 40\n"));

  again = payday_plan_load_from_data (text, -1, &error);
  g_assert_no_error (error);
  c = &g_array_index (again->contracts, PaydayContract, 0);
  w = &g_array_index (c->weeks, PaydayWeek, 1);
  g_assert_cmpint (g_array_index (c->weeks, PaydayWeek, 0).hours, ==, 1);
  g_assert_cmpint (w->hours, ==, 1250);
  g_assert_cmpint (w->disputed_hours, ==, 20);
  g_assert_cmpint (w->dispute_outcome, ==, PAYDAY_DISPUTE_REFUNDED);

  /* every hundredth from 0 to 168 hours survives */
  for (gint64 h = 0; h <= 16800; h++)
    {
      g_autoptr(PaydayPlan) one = payday_plan_new ();
      g_autoptr(PaydayPlan) back = NULL;
      g_autofree char *data = NULL;
      PaydayContract contract;

      if (h > 300 && h % 7 != 0)
        continue;
      payday_contract_init (&contract, PAYDAY_CONTRACT_HOURLY);
      contract.id = g_strdup ("h");
      contract.client = g_strdup ("c");
      contract.start = payday_date_from_ymd (2026, 1, 5);
      contract.planned_hours_per_week = h;
      g_array_append_val (one->contracts, contract);
      {
        PaydayClient client = { g_strdup ("c"), NULL, FALSE, 0, NULL };

        g_array_append_val (one->clients, client);
      }
      data = payday_plan_to_data (one, NULL);
      back = payday_plan_load_from_data (data, -1, &error);
      g_assert_no_error (error);
      g_assert_cmpint (g_array_index (back->contracts, PaydayContract, 0).planned_hours_per_week,
                       ==, h);
    }
}

static void
test_simulation_present (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PaydayPlan) plan = NULL;
  g_autofree char *text = NULL;
  g_autofree char *changed = NULL;

  plan = payday_plan_load_from_data (HEAD "\"simulation\": {\"runs\": 1000}}", -1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (plan->simulation.present, ==, PAYDAY_SIM_RUNS);

  /* a default the file stated stays; defaults it did not state are not written */
  text = payday_plan_to_data (plan, NULL);
  g_assert_nonnull (strstr (text, "\"simulation\": {\n    \"runs\": 1000\n  }\n"));

  /* a changed member is written even though the file did not have it */
  plan->simulation.seed = 7;
  plan->simulation.win_rate = 0.25;
  changed = payday_plan_to_data (plan, NULL);
  g_assert_nonnull (strstr (changed, "\"simulation\": {\n    \"runs\": 1000,\n    \"seed\": 7,\n"
                                     "    \"win_rate\": 0.25\n  }\n"));
}

static void
write_file (const char *path,
            const char *contents)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
}

static char *
read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

static void
test_save_atomic (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "plan.payday", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(PaydayPlan) plan = payday_plan_load_from_data (full_plan, -1, &error);
  g_autoptr(PaydayPlan) loaded = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *old = NULL;
  g_autofree char *listing = NULL;
  g_autofree char *saved2 = NULL;

  g_assert_no_error (error);

  /* a first save creates the file and no backup */
  g_assert_true (payday_plan_save_to_file (plan, file, NULL, &error));
  g_assert_no_error (error);
  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, "plan.payday");

  /* a second save keeps the previous contents as plan.payday~ */
  write_file (path, "previous version\n");
  g_free (plan->name);
  plan->name = g_strdup ("Renamed");
  g_assert_true (payday_plan_save_to_file (plan, file, NULL, &error));
  g_assert_no_error (error);

  expected = payday_plan_to_data (plan, NULL);
  saved = read_file (path);
  old = read_file (backup);
  g_assert_cmpstr (saved, ==, expected);
  g_assert_cmpstr (old, ==, "previous version\n");
  g_clear_pointer (&listing, g_free);
  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, "plan.payday plan.payday~");

  loaded = payday_plan_load_from_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (loaded->name, ==, "Renamed");

  /* and the next save moves that version into the backup */
  g_assert_true (payday_plan_save_to_file (loaded, file, NULL, &error));
  g_clear_pointer (&old, g_free);
  old = read_file (backup);
  g_assert_cmpstr (old, ==, expected);
  saved2 = read_file (path);
  g_assert_cmpstr (saved2, ==, expected);

  remove_tmp_dir (dir);
}

static void
test_save_failure (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "plan.payday", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(PaydayPlan) plan = payday_plan_load_from_data (full_plan, -1, &error);
  const char old_contents[] = "{\"format\": \"payday-plan\", \"version\": 1}\n";
  gsize length = 0;
  g_autofree char *data = NULL;
  gssize points[5] = { 0, 1, 100, 0, 0 };

  g_assert_no_error (error);
  /* fail at the start, early, half-way and on the very last byte */
  data = payday_plan_to_data (plan, &length);
  g_assert_cmpuint (length, >, 200);
  points[3] = (gssize) length / 2;
  points[4] = (gssize) length - 1;
  write_file (path, old_contents);

  for (guint i = 0; i < G_N_ELEMENTS (points); i++)
    {
      g_autofree char *now = NULL;
      g_autofree char *listing = NULL;
      gboolean ok;

      payday_plan_saver_set_fail_after (points[i]);
      ok = payday_plan_save_to_file (plan, file, NULL, &error);
      payday_plan_saver_set_fail_after (-1);

      g_assert_false (ok);
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE);
      g_clear_error (&error);

      now = read_file (path);
      g_assert_cmpstr (now, ==, old_contents);
      listing = list_dir (dir);
      g_assert_cmpstr (listing, ==, "plan.payday");
    }

  /* with the fault gone, the same save works */
  g_assert_true (payday_plan_save_to_file (plan, file, NULL, &error));
  g_assert_no_error (error);

  remove_tmp_dir (dir);
}

static void
test_save_missing_folder (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *missing = g_build_filename (dir, "missing", NULL);
  g_autofree char *path = g_build_filename (missing, "plan.payday", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(PaydayPlan) plan = payday_plan_new ();
  g_autofree char *listing = NULL;

  g_assert_false (payday_plan_save_to_file (plan, file, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, "");

  remove_tmp_dir (dir);
}

static void
test_load_missing_file (void)
{
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent/payday/plan.payday");
  g_autoptr(GError) error = NULL;
  g_autoptr(PaydayPlan) plan = payday_plan_load_from_file (file, NULL, &error);

  g_assert_null (plan);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
}

static void
check_mondays (const PaydayPlan *plan)
{
  for (guint i = 0; i < plan->contracts->len; i++)
    {
      const PaydayContract *c = &g_array_index (plan->contracts, PaydayContract, i);

      for (guint j = 0; j < c->weeks->len; j++)
        g_assert_cmpint (payday_date_weekday (g_array_index (c->weeks, PaydayWeek, j).week_start),
                         ==, 1);
    }
}

static void
test_sample (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PaydayPlan) own = payday_plan_load_sample (payday_date_from_ymd (2026, 3, 4), &error);
  const PaydayContract *hourly, *fixed;
  guint n_weeks = 0, statuses = 0;

  g_assert_no_error (error);
  g_assert_nonnull (own);
  g_assert_cmpint (own->today, ==, payday_date_from_ymd (2026, 3, 4));

  /* what the sample promises to show */
  g_assert_cmpuint (own->clients->len, ==, 3);
  g_assert_cmpuint (own->contracts->len, ==, 3);
  hourly = &g_array_index (own->contracts, PaydayContract, 0);
  fixed = &g_array_index (own->contracts, PaydayContract, 2);
  g_assert_cmpint (hourly->type, ==, PAYDAY_CONTRACT_HOURLY);
  g_assert_cmpint (hourly->start, ==, payday_date_from_ymd (2025, 11, 24));
  g_assert_cmpint (hourly->weekly_limit_hours, ==, 2000);
  g_assert_cmpint (fixed->type, ==, PAYDAY_CONTRACT_FIXED);
  g_assert_cmpuint (fixed->milestones->len, ==, 5);
  for (guint i = 0; i < 2; i++)
    {
      const PaydayContract *c = &g_array_index (own->contracts, PaydayContract, i);

      g_assert_cmpuint (c->weeks->len, >=, 10);
      g_assert_cmpuint (c->weeks->len, <=, 15);
      n_weeks += c->weeks->len;
    }
  g_assert_cmpuint (n_weeks, >=, 20);
  g_assert_cmpuint (own->proposals->len, >=, 15);
  for (guint i = 0; i < own->proposals->len; i++)
    statuses |= 1u << g_array_index (own->proposals, PaydayProposal, i).status;
  g_assert_cmpuint (statuses, ==, (1u << 7) - 1);
  check_mondays (own);

  for (guint k = 0; k < 3; k++)
    {
      /* a Sunday in the same week, a Wednesday months later, a Friday years earlier */
      const PaydayDate days[] = {
        payday_date_from_ymd (2026, 3, 8),
        payday_date_from_ymd (2026, 11, 18),
        payday_date_from_ymd (2024, 5, 31),
      };
      const int shifts[] = { 0, 37 * 7, -92 * 7 };
      g_autoptr(PaydayPlan) moved = payday_plan_load_sample (days[k], &error);
      const PaydayContract *mh;
      const PaydayMilestone *a, *b;

      g_assert_no_error (error);
      g_assert_cmpint (moved->today, ==, days[k]);
      check_mondays (moved);

      mh = &g_array_index (moved->contracts, PaydayContract, 0);
      g_assert_cmpint (mh->start - hourly->start, ==, shifts[k]);
      g_assert_cmpint (payday_date_weekday (mh->start), ==, payday_date_weekday (hourly->start));
      g_assert_cmpint (moved->profile.joined - own->profile.joined, ==, shifts[k]);
      a = &g_array_index (fixed->milestones, PaydayMilestone, 1);
      b = &g_array_index (g_array_index (moved->contracts, PaydayContract, 2).milestones,
                          PaydayMilestone, 1);
      g_assert_cmpint (b->submitted - a->submitted, ==, shifts[k]);
      g_assert_false (payday_date_is_set (b->approved));
      g_assert_false (payday_date_is_set (moved->rules_edition));
    }
}

static void
test_sample_file_round_trip (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "sample",
                                                 "sample.payday", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(PaydayPlan) plan = payday_plan_load_from_file (file, NULL, &error);
  g_autoptr(PaydayPlan) again = NULL;
  g_autofree char *text = NULL;
  g_autofree char *text2 = NULL;

  g_assert_no_error (error);
  text = payday_plan_to_data (plan, NULL);
  again = payday_plan_load_from_data (text, -1, &error);
  g_assert_no_error (error);
  text2 = payday_plan_to_data (again, NULL);
  g_assert_cmpstr (text, ==, text2);
}

static void
test_copy (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PaydayPlan) plan = payday_plan_load_from_data (full_plan, -1, &error);
  g_autoptr(PaydayPlan) sample = payday_plan_load_sample (payday_date_from_ymd (2026, 3, 4),
                                                          &error);
  g_autoptr(PaydayPlan) copy = NULL;
  g_autoptr(PaydayPlan) sample_copy = NULL;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autofree char *c = NULL;
  g_autofree char *d = NULL;
  g_autofree char *after = NULL;
  PaydayContract *contract;

  g_assert_no_error (error);
  copy = payday_plan_copy (plan);
  sample_copy = payday_plan_copy (sample);
  a = payday_plan_to_data (plan, NULL);
  b = payday_plan_to_data (copy, NULL);
  c = payday_plan_to_data (sample, NULL);
  d = payday_plan_to_data (sample_copy, NULL);
  g_assert_cmpstr (a, ==, b);
  g_assert_cmpstr (c, ==, d);

  /* nothing is shared: changing the copy leaves the original as it was */
  contract = &g_array_index (copy->contracts, PaydayContract, 0);
  g_array_index (contract->weeks, PaydayWeek, 0).hours = 999;
  json_object_set_int_member (contract->extra, "x_contract", 5);
  json_object_set_int_member (json_node_get_object (json_object_get_member (copy->extra, "x_top")),
                              "added", 1);
  g_free (contract->id);
  contract->id = g_strdup ("changed");
  g_array_set_size (copy->proposals, 0);
  payday_plan_shift_dates (copy, 7);

  after = payday_plan_to_data (plan, NULL);
  g_assert_cmpstr (a, ==, after);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/payday/plan/bad-plans", test_bad_plans);
  g_test_add_func ("/payday/plan/good-minimal", test_good_minimal);
  g_test_add_func ("/payday/plan/many-errors", test_many_errors);
  g_test_add_func ("/payday/plan/syntax-errors", test_syntax_errors);
  g_test_add_func ("/payday/plan/json-same-tree", test_json_same_tree);
  g_test_add_func ("/payday/plan/valid-escapes", test_valid_escapes);
  g_test_add_func ("/payday/plan/whitespace-kept-meaning", test_whitespace_kept_meaning);
  g_test_add_func ("/payday/plan/version-refused", test_version_refused);
  g_test_add_func ("/payday/plan/too-deep", test_too_deep);
  g_test_add_func ("/payday/plan/too-large", test_too_large);
  g_test_add_func ("/payday/plan/bounded-strings-lists", test_bounded_strings_and_lists);
  g_test_add_func ("/payday/plan/round-trip", test_round_trip);
  g_test_add_func ("/payday/plan/hours-exact", test_hours_exact);
  g_test_add_func ("/payday/plan/simulation-present", test_simulation_present);
  g_test_add_func ("/payday/plan/load-missing-file", test_load_missing_file);
  g_test_add_func ("/payday/plan/sample", test_sample);
  g_test_add_func ("/payday/plan/sample-file-round-trip", test_sample_file_round_trip);
  g_test_add_func ("/payday/plan/copy", test_copy);
  g_test_add_func ("/payday/save/atomic", test_save_atomic);
  g_test_add_func ("/payday/save/failure-keeps-old", test_save_failure);
  g_test_add_func ("/payday/save/missing-folder", test_save_missing_folder);

  return g_test_run ();
}
