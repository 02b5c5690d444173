/* test-rules.c — rule sets: the built-in Upwork set, inheritance, look-ups and refusals
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "payday-core-resources.h"
#include "payday-error.h"
#include "payday-rules.h"
#include "core-test-util.h"

static const char * const upwork_editions[] = {
  "2014-01-01", "2016-06-21", "2019-05-01", "2020-05-01", "2020-07-01", "2020-12-01",
  "2021-01-01", "2023-05-03", "2023-06-01", "2025-05-01",
};

static const PaydayEdition *
edition (const PaydayRules *rules,
         const char        *from)
{
  const PaydayEdition *e = payday_rules_find_edition (rules, D (from));

  g_assert_nonnull (e);
  return e;
}

static char *
builtin_text (void)
{
  g_autoptr(GBytes) bytes = g_resource_lookup_data (payday_core_get_resource (),
                                                    "/io/github/payday/Payday/rules/upwork.json",
                                                    G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_assert_nonnull (bytes);
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

/* The built-in text with the first occurrence of @old replaced by @new. */
static char *
builtin_with (const char *old,
              const char *new)
{
  g_autofree char *text = builtin_text ();
  char *at = strstr (text, old);

  g_assert_nonnull (at);
  *at = '\0';
  return g_strconcat (text, new, at + strlen (old), NULL);
}

static gboolean
json_has_criterion (JsonNode   *badges,
                    const char *badge_id,
                    const char *criterion_id)
{
  JsonArray *array = json_node_get_array (badges);

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *badge = json_array_get_object_element (array, i);
      JsonArray *criteria;

      if (g_strcmp0 (json_object_get_string_member (badge, "id"), badge_id) != 0)
        continue;
      criteria = json_object_get_array_member (badge, "criteria");
      for (guint j = 0; j < json_array_get_length (criteria); j++)
        if (g_str_equal (json_object_get_string_member (json_array_get_object_element (criteria, j),
                                                        "id"), criterion_id))
          return TRUE;
    }

  return FALSE;
}

static void
test_builtin (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PaydayRules) rules = payday_rules_load_builtin ("upwork", &error);
  const PaydayEdition *first;

  g_assert_no_error (error);
  g_assert_cmpstr (rules->id, ==, "upwork");
  g_assert_cmpstr (rules->name, ==, "Upwork");
  g_assert_cmpuint (rules->editions->len, ==, G_N_ELEMENTS (upwork_editions));

  for (guint i = 0; i < rules->editions->len; i++)
    {
      const PaydayEdition *e = g_ptr_array_index (rules->editions, i);

      g_assert_cmpint (e->effective_from, ==, D (upwork_editions[i]));
      g_assert_nonnull (e->sources);
      g_assert_nonnull (e->sources[0]);
      g_assert_nonnull (e->notes);
      g_assert_cmpstr (e->title, !=, "");
    }

  first = g_ptr_array_index (rules->editions, 0);
  g_assert_cmpstr (first->title, ==, "Flat 10% fee");
  g_assert_cmpint (first->fee_model, ==, PAYDAY_FEE_FLAT);
  g_assert_cmpint (first->fee_percent_bp, ==, 1000);
  g_assert_cmpint (first->connects_monthly_free, ==, 60);
  g_assert_cmpint (first->connects_price_cents, ==, 100);
  g_assert_cmpint (first->connects_plus_price_cents, ==, 1000);  /* Plus was $10 with 70 */
  g_assert_cmpint (first->connects_plus_monthly, ==, 70);
  g_assert_cmpint (first->connects_rollover_limit, ==, 140);
  g_assert_cmpint (first->connects_readiness_grant, ==, 0);
  g_assert_cmpint (first->hourly_review_days, ==, 5);
  g_assert_cmpint (first->hourly_security_days, ==, 5);
  g_assert_false (first->hourly_top_rated_skips_security);
  g_assert_cmpint (first->fixed_review_days, ==, 14);
  g_assert_cmpint (first->fixed_security_days, ==, 5);
  g_assert_cmpint (first->bonus_security_days, ==, 5);
  g_assert_cmpint (first->withdrawal_methods[PAYDAY_METHOD_WIRE].fee_cents, ==, 3000);
  g_assert_cmpint (first->withdrawal_methods[PAYDAY_METHOD_WIRE].arrival_business_days, ==, 7);
  g_assert_cmpint (first->withdrawal_methods[PAYDAY_METHOD_DIRECT_LOCAL].fee_cents, ==, 99);
  g_assert_cmpint (first->withdrawal_methods[PAYDAY_METHOD_DIRECT_LOCAL].arrival_business_days,
                   ==, 7);
  g_assert_cmpint (first->withdrawal_methods[PAYDAY_METHOD_INSTANT_PAY].arrival_business_days,
                   ==, 0);
  g_assert_cmpint (first->withdrawal_threshold_us_cents, ==, 10000);
  g_assert_cmpint (first->withdrawal_threshold_non_us_cents, ==, 100000);
  g_assert_cmpint (first->withdrawal_force_after_days, ==, 180);
  g_assert_true (json_has_criterion (first->badges, "rising_talent", "readiness_test"));
  g_assert_true (json_has_criterion (first->badges, "rising_talent", "social_accounts"));
  g_assert_true (json_has_criterion (first->badges, "top_rated_plus", "large_contract"));
}

static void
test_inheritance (void)
{
  g_autoptr(PaydayRules) rules = payday_rules_load_builtin ("upwork", NULL);
  const PaydayEdition *e;
  const PaydayFeeTier *tiers;

  g_assert_nonnull (rules);

  e = edition (rules, "2016-06-21");
  g_assert_cmpint (e->fee_model, ==, PAYDAY_FEE_SLIDING);
  g_assert_cmpuint (e->fee_tiers->len, ==, 3);
  tiers = (const PaydayFeeTier *) (gpointer) e->fee_tiers->data;
  g_assert_cmpint (tiers[0].up_to_cents, ==, 50000);
  g_assert_cmpint (tiers[0].percent_bp, ==, 2000);
  g_assert_cmpint (tiers[1].up_to_cents, ==, 1000000);
  g_assert_cmpint (tiers[1].percent_bp, ==, 1000);
  g_assert_cmpint (tiers[2].up_to_cents, ==, PAYDAY_NONE);
  g_assert_cmpint (tiers[2].percent_bp, ==, 500);
  g_assert_cmpint (e->connects_monthly_free, ==, 60);         /* inherited */
  g_assert_cmpint (e->hourly_review_days, ==, 5);

  e = edition (rules, "2019-05-01");
  g_assert_cmpint (e->fee_model, ==, PAYDAY_FEE_SLIDING);    /* inherited wholesale */
  g_assert_cmpuint (e->fee_tiers->len, ==, 3);
  g_assert_cmpint (e->connects_price_cents, ==, 15);
  g_assert_cmpint (e->connects_proposal_cost_min, ==, 1);
  g_assert_cmpint (e->connects_proposal_cost_max, ==, 6);
  g_assert_cmpint (e->connects_signup_grant, ==, 20);
  g_assert_cmpint (e->connects_readiness_grant, ==, 0);
  g_assert_cmpint (e->connects_monthly_free, ==, 0);           /* Basic: no free Connects */
  g_assert_cmpint (e->connects_plus_price_cents, ==, 1499);
  g_assert_cmpint (e->connects_plus_monthly, ==, 70);
  g_assert_cmpint (e->connects_rollover_limit, ==, PAYDAY_NONE); /* null lifts the 140 */
  g_assert_cmpint (e->connects_expiry_days, ==, 365);
  g_assert_cmpint (e->connects_rising_talent_bonus, ==, 30);
  g_assert_false (e->connects_boost);
  g_assert_cmpuint (e->connects_bundles->len, ==, 5);
  g_assert_cmpint (g_array_index (e->connects_bundles, int, 0), ==, 10);
  g_assert_cmpint (g_array_index (e->connects_bundles, int, 4), ==, 80);
  g_assert_true (json_has_criterion (e->badges, "rising_talent", "readiness_test"));

  e = edition (rules, "2020-05-01");
  g_assert_true (e->hourly_top_rated_skips_security);
  g_assert_cmpint (e->hourly_review_days, ==, 5);             /* merged member by member */
  g_assert_cmpint (e->hourly_security_days, ==, 5);

  e = edition (rules, "2020-07-01");                         /* badges replaced wholesale */
  g_assert_false (json_has_criterion (e->badges, "rising_talent", "readiness_test"));
  g_assert_false (json_has_criterion (e->badges, "rising_talent", "social_accounts"));
  g_assert_true (json_has_criterion (e->badges, "top_rated", "jss_weeks"));
  g_assert_true (e->hourly_top_rated_skips_security);

  e = edition (rules, "2020-12-01");
  g_assert_cmpstr (e->title, ==, "More Connects");
  g_assert_cmpint (e->connects_monthly_free, ==, 10);
  g_assert_cmpint (e->connects_plus_monthly, ==, 80);
  g_assert_cmpint (e->connects_plus_price_cents, ==, 1499);    /* inherited */
  g_assert_cmpint (e->connects_signup_grant, ==, 40);
  g_assert_cmpint (e->connects_readiness_grant, ==, 40);
  g_assert_cmpint (e->connects_rollover_limit, ==, 200);
  g_assert_nonnull (strstr (e->notes, "inferred"));
  g_assert_true (e->hourly_top_rated_skips_security);
  g_assert_false (json_has_criterion (e->badges, "rising_talent", "readiness_test"));

  e = edition (rules, "2021-01-01");
  g_assert_true (e->connects_boost);
  g_assert_cmpint (e->connects_rollover_limit, ==, 200);       /* inherited */
  g_assert_cmpint (e->connects_price_cents, ==, 15);
  g_assert_false (json_has_criterion (e->badges, "rising_talent", "readiness_test"));
  g_assert_null (strstr (e->notes, "Rising Talent no longer")); /* notes are each edition's own */

  e = edition (rules, "2023-05-03");
  g_assert_cmpint (e->fee_model, ==, PAYDAY_FEE_FLAT);
  g_assert_cmpint (e->fee_percent_bp, ==, 1000);
  g_assert_cmpuint (e->fee_tiers->len, ==, 0);

  e = edition (rules, "2023-06-01");
  g_assert_cmpint (e->connects_proposal_cost_min, ==, 2);
  g_assert_cmpint (e->connects_proposal_cost_max, ==, 16);
  g_assert_cmpint (e->connects_price_cents, ==, 15);
  g_assert_cmpint (e->fee_model, ==, PAYDAY_FEE_FLAT);
  g_assert_cmpint (e->connects_rollover_limit, ==, PAYDAY_NONE); /* "no rollover limits" */
  g_assert_cmpint (e->connects_plus_monthly, ==, 80);
  g_assert_nonnull (strstr (e->notes, "test in some categories"));
  g_assert_nonnull (strstr (e->notes, "about 30"));

  e = edition (rules, "2025-05-01");
  g_assert_cmpint (e->fee_model, ==, PAYDAY_FEE_PER_CONTRACT);
  g_assert_cmpint (e->fee_default_bp, ==, 1000);
  g_assert_cmpint (e->fee_min_bp, ==, 0);
  g_assert_cmpint (e->fee_max_bp, ==, 1500);
  g_assert_cmpint (e->connects_plus_price_cents, ==, 1999);
  g_assert_cmpint (e->connects_plus_monthly, ==, 100);
  g_assert_cmpint (e->connects_monthly_free, ==, 10);
  g_assert_cmpint (e->connects_proposal_cost_max, ==, 16);
  g_assert_true (e->connects_boost);
  g_assert_cmpint (e->withdrawal_methods[PAYDAY_METHOD_WIRE].fee_cents, ==, 3000);
  g_assert_cmpint (e->connects_rollover_limit, ==, PAYDAY_NONE);
  g_assert_true (strstr (e->notes, "nverified") != NULL);
  g_assert_nonnull (strstr (e->notes, "fixed for the life of the contract"));
}

static void
test_edition_at (void)
{
  g_autoptr(PaydayRules) rules = payday_rules_load_builtin ("upwork", NULL);
  const PaydayEdition *first, *last;

  first = g_ptr_array_index (rules->editions, 0);
  last = g_ptr_array_index (rules->editions, rules->editions->len - 1);

  for (guint i = 0; i < rules->editions->len; i++)
    {
      const PaydayEdition *e = g_ptr_array_index (rules->editions, i);
      const PaydayEdition *before = i ? g_ptr_array_index (rules->editions, i - 1) : first;

      g_assert_true (payday_rules_edition_at (rules, e->effective_from) == e);
      g_assert_true (payday_rules_edition_at (rules, e->effective_from + 1) == e);
      g_assert_true (payday_rules_edition_at (rules, e->effective_from - 1) == before);
      g_assert_true (payday_rules_find_edition (rules, e->effective_from) == e);
      g_assert_null (payday_rules_find_edition (rules, e->effective_from + 1));
    }

  /* before them all: the first one */
  g_assert_true (payday_rules_edition_at (rules, D ("1999-01-01")) == first);
  g_assert_true (payday_rules_edition_at (rules, PAYDAY_DATE_NONE) == first);
  g_assert_true (payday_rules_edition_at (rules, D ("2099-12-31")) == last);
  g_assert_true (payday_rules_edition_at (rules, D ("2023-05-31")) == edition (rules, "2023-05-03"));
}

static void
test_pinning (void)
{
  g_autoptr(PaydayRules) rules = payday_rules_load_builtin ("upwork", NULL);
  g_autoptr(PaydayPlan) plan = payday_plan_new ();
  const PaydayEdition *paid_connects = edition (rules, "2019-05-01");

  /* not pinned: the edition of each date */
  g_assert_true (payday_rules_edition_for (rules, plan, D ("2026-01-01")) ==
                 edition (rules, "2025-05-01"));
  g_assert_true (payday_rules_edition_for (rules, NULL, D ("2016-06-20")) ==
                 edition (rules, "2014-01-01"));

  plan->rules_edition = D ("2019-05-01");
  g_assert_true (payday_rules_edition_for (rules, plan, D ("2026-01-01")) == paid_connects);
  g_assert_true (payday_rules_edition_for (rules, plan, D ("2010-01-01")) == paid_connects);
  g_assert_true (payday_rules_edition_for (rules, plan, D ("2019-05-01")) == paid_connects);

  /* a pin between two editions means the rules in force on that day */
  plan->rules_edition = D ("2020-01-15");
  g_assert_true (payday_rules_edition_for (rules, plan, D ("2026-01-01")) == paid_connects);
}

static void
test_pin_more_connects (void)
{
  g_autoptr(PaydayRules) rules = payday_rules_load_builtin ("upwork", NULL);
  g_autoptr(PaydayPlan) plan = payday_plan_new ();
  const PaydayEdition *more = edition (rules, "2020-12-01");
  const PaydayEdition *e;

  /* Pinned to "More Connects", a 2026 refill is Basic 10 or Plus 80 under the limit of 200
   * — not today's Plus 100 without a limit. */
  plan->rules_edition = D ("2020-12-01");
  e = payday_rules_edition_for (rules, plan, D ("2026-03-04"));
  g_assert_true (e == more);
  g_assert_cmpint (e->connects_monthly_free, ==, 10);
  g_assert_cmpint (e->connects_plus_monthly, ==, 80);
  g_assert_cmpint (e->connects_rollover_limit, ==, 200);
  g_assert_cmpint (e->fee_model, ==, PAYDAY_FEE_SLIDING);

  /* the day before it, and a pin inside it */
  g_assert_true (payday_rules_edition_at (rules, D ("2020-11-30")) == edition (rules, "2020-07-01"));
  plan->rules_edition = D ("2020-12-24");
  g_assert_true (payday_rules_edition_for (rules, plan, D ("2014-02-01")) == more);
}

static void
test_unverified (void)
{
  g_autoptr(PaydayRules) rules = payday_rules_load_builtin ("upwork", NULL);
  const char *trp = "badges.top_rated_plus.criteria.large_contract.thresholds.";
  g_autofree char *legal = g_strconcat (trp, "Legal", NULL);
  g_autofree char *web = g_strconcat (trp, "Web, Mobile & Software Dev", NULL);
  g_autofree char *engineering = g_strconcat (trp, "Engineering & Architecture", NULL);
  g_autofree char *sales = g_strconcat (trp, "Sales & Marketing", NULL);
  g_autofree char *writing = g_strconcat (trp, "Writing", NULL);
  g_autofree char *design = g_strconcat (trp, "Design & Creative", NULL);
  const char *all[] = { "2014-01-01", "2020-07-01" };
  const PaydayEdition *e;

  /* The thresholds named by moderators or users are verified; the rest are not. */
  for (guint i = 0; i < G_N_ELEMENTS (all); i++)
    {
      e = edition (rules, all[i]);
      g_assert_true (payday_edition_is_unverified (e, legal));
      g_assert_true (payday_edition_is_unverified (e, web));
      g_assert_true (payday_edition_is_unverified (e, "badges.top_rated_plus.criteria."
                                                      "large_contract.default_cents"));
      g_assert_false (payday_edition_is_unverified (e, engineering));
      g_assert_false (payday_edition_is_unverified (e, sales));
      g_assert_false (payday_edition_is_unverified (e, writing));
      g_assert_false (payday_edition_is_unverified (e, design));
      g_assert_true (payday_edition_is_unverified (e, "badges"));       /* contains one */
      g_assert_false (payday_edition_is_unverified (e, "badges.top_rated"));
    }

  e = edition (rules, "2014-01-01");
  g_assert_true (payday_edition_is_unverified (e, "effective_from"));
  g_assert_true (payday_edition_is_unverified (e, "withdrawal.methods.wire.fee_cents"));
  g_assert_true (payday_edition_is_unverified (e, "withdrawal.methods.wire"));
  g_assert_false (payday_edition_is_unverified (e, "withdrawal.methods.wire.arrival_business_days"));
  g_assert_false (payday_edition_is_unverified (e, "withdrawal.methods.ach_us"));
  g_assert_true (payday_edition_is_unverified (e, "connects.expiry_days"));
  g_assert_false (payday_edition_is_unverified (e, "connects.rollover_limit"));
  g_assert_false (payday_edition_is_unverified (e, "fee"));

  /* A mark travels with its figure: the wire fee is still doubtful in 2016; the date is each
   * edition's own; a figure given again (2019's expiry) loses the old mark. */
  e = edition (rules, "2016-06-21");
  g_assert_true (payday_edition_is_unverified (e, "withdrawal.methods.wire.fee_cents"));
  g_assert_false (payday_edition_is_unverified (e, "effective_from"));
  g_assert_true (payday_edition_is_unverified (e, "connects.expiry_days"));
  e = edition (rules, "2019-05-01");
  g_assert_false (payday_edition_is_unverified (e, "connects.expiry_days"));
  g_assert_false (payday_edition_is_unverified (e, "connects.signup_grant"));
  g_assert_true (payday_edition_is_unverified (e, "withdrawal.methods.paypal.fee_cents"));

  e = edition (rules, "2020-12-01");
  g_assert_true (payday_edition_is_unverified (e, "effective_from"));
  g_assert_false (payday_edition_is_unverified (e, "connects.rollover_limit"));
  g_assert_true (payday_edition_is_unverified (e, legal));               /* inherited */

  e = edition (rules, "2023-06-01");
  g_assert_true (payday_edition_is_unverified (e, "connects.proposal_cost_max"));
  g_assert_false (payday_edition_is_unverified (e, "effective_from"));

  e = edition (rules, "2025-05-01");
  g_assert_true (payday_edition_is_unverified (e, "effective_from"));
  g_assert_true (payday_edition_is_unverified (e, "fee"));
  g_assert_true (payday_edition_is_unverified (e, "fee.max_percent"));    /* under "fee" */
  g_assert_true (payday_edition_is_unverified (e, "connects.plus_price_cents"));
  g_assert_false (payday_edition_is_unverified (e, "connects.plus_monthly"));
  g_assert_false (payday_edition_is_unverified (e, "connects.plus"));     /* not a segment */
  g_assert_true (payday_edition_is_unverified (e, "withdrawal.methods.payoneer.fee_cents"));
}

/* Marks in force are checked against every later edition, so their number is bounded. */
static void
test_unverified_bound (void)
{
  g_autoptr(GString) list = g_string_new ("\"unverified\": [ \"effective_from\"");
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 1000; i++)
    g_string_append (list, ", \"connects.rollover_limit\"");
  g_string_append (list, " ]");
  text = builtin_with ("\"unverified\": [ \"effective_from\" ]", list->str);

  g_assert_null (payday_rules_load_from_data (text, -1, TRUE, &error));
  g_assert_error (error, PAYDAY_ERROR, PAYDAY_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message,
                            "unverified: more than 1000 unverified figures in force"));
}

/* A set written before rollover_limit and readiness_grant existed still loads: no limit, no
 * grant. */
static void
test_optional_members (void)
{
  g_autofree char *a = builtin_with ("\"readiness_grant\": 0,", "");
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PaydayRules) rules = NULL;
  char *at;

  at = strstr (a, "\"rollover_limit\": 140,");
  g_assert_nonnull (at);
  *at = '\0';
  text = g_strconcat (a, at + strlen ("\"rollover_limit\": 140,"), NULL);

  rules = payday_rules_load_from_data (text, -1, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpint (edition (rules, "2014-01-01")->connects_rollover_limit, ==, PAYDAY_NONE);
  g_assert_cmpint (edition (rules, "2014-01-01")->connects_readiness_grant, ==, 0);
  g_assert_cmpint (edition (rules, "2020-12-01")->connects_rollover_limit, ==, 200);
  g_assert_cmpint (edition (rules, "2023-06-01")->connects_rollover_limit, ==, PAYDAY_NONE);
}

static char *data_home;

static char *
user_rules_folder (void)
{
  return g_build_filename (data_home, "payday", "rules", NULL);
}

/* Empties the user's rules folder, so each test starts with only the built-in sets. */
static void
reset_user_rules (void)
{
  g_autofree char *folder = user_rules_folder ();
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);

      g_assert_cmpint (g_unlink (path), ==, 0);
    }
}

static void
write_user_rules (const char *file_name,
                  const char *text)
{
  g_autofree char *folder = user_rules_folder ();
  g_autofree char *path = g_build_filename (folder, file_name, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);
}

static void
test_user_override (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PaydayRules) builtin = (reset_user_rules (), payday_rules_lookup ("upwork", &error));
  g_autoptr(PaydayRules) mine = NULL;
  g_autoptr(PaydayRules) other = NULL;
  g_autofree char *renamed = builtin_with ("\"name\": \"Upwork\"", "\"name\": \"My Upwork\"");
  g_autofree char *second = builtin_with ("\"id\": \"upwork\"", "\"id\": \"agency-rules\"");

  /* the tests run with their own XDG_DATA_HOME (see main) */
  g_assert_cmpstr (g_get_user_data_dir (), ==, data_home);
  g_assert_no_error (error);
  g_assert_cmpstr (builtin->name, ==, "Upwork");

  write_user_rules ("upwork.json", renamed);
  mine = payday_rules_lookup ("upwork", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (mine->name, ==, "My Upwork");

  /* any *.json file, found by its id */
  write_user_rules ("zz-something.json", second);
  other = payday_rules_lookup ("agency-rules", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (other->id, ==, "agency-rules");

  /* a file named after one id holding another set is refused, not used silently */
  write_user_rules ("freelancer.json", second);
  g_assert_null (payday_rules_lookup ("freelancer", &error));
  g_assert_error (error, PAYDAY_ERROR, PAYDAY_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "does not match the file name"));
  g_clear_error (&error);

  g_assert_null (payday_rules_lookup ("no-such-set", &error));
  g_assert_error (error, PAYDAY_ERROR, PAYDAY_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (payday_rules_lookup ("../etc/passwd", &error));
  g_assert_error (error, PAYDAY_ERROR, PAYDAY_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* a broken override is an error naming the file, not a silent fall-back to the built-in */
  write_user_rules ("upwork.json", "{ \"format\": \"payday-rules\", ");
  g_assert_null (payday_rules_lookup ("upwork", &error));
  g_assert_error (error, PAYDAY_ERROR, PAYDAY_ERROR_SYNTAX);
  g_assert_nonnull (strstr (error->message, "upwork.json"));
  g_clear_error (&error);

  g_assert_null (payday_rules_load_builtin ("nothing", &error));
  g_assert_error (error, PAYDAY_ERROR, PAYDAY_ERROR_NOT_FOUND);
}

typedef struct
{
  const char *old;
  const char *new;
  const char *message;
} Mutation;

static void
test_bad_files (void)
{
  static const Mutation mutations[] = {
    { "\"percent\": 10 }", "\"percent\": \"ten\" }", "editions[0].fee.percent: expected a number 0–100" },
    { "\"percent\": 10 }", "\"percent\": 150 }", "editions[0].fee.percent: expected a number 0–100" },
    { "\"percent\": 10 }", "\"percent\": 10.125 }", "editions[0].fee.percent: expected a number 0–100" },
    { "\"model\": \"flat\"", "\"model\": \"tiered\"", "editions[0].fee.model: unknown fee model \"tiered\"" },
    { "\"effective_from\": \"2016-06-21\"", "\"effective_from\": \"2013-06-21\"",
      "editions[1].effective_from: 2013-06-21 is not after the previous edition's 2014-01-01" },
    { "\"effective_from\": \"2019-05-01\"", "\"effective_from\": \"2019-02-30\"",
      "editions[2].effective_from: expected a date YYYY-MM-DD" },
    { "\"review_days\": 5, \"security_days\": 5, \"top",
      "\"reviewdays\": 5, \"security_days\": 5, \"top",
      "editions[0].hourly.review_days: missing" },
    { "\"review_days\": 5, \"security_days\": 5, \"top",
      "\"reviewdays\": 5, \"security_days\": 5, \"top",
      "editions[0].hourly: unknown member \"reviewdays\"" },
    { "\"security_days\": 5 },", "\"security_days\": -5 },", "editions[0].fixed.security_days: expected an integer 0–365, got -5" },
    { "\"up_to_cents\": 1000000", "\"up_to_cents\": 40000",
      "editions[1].fee.tiers[1].up_to_cents: expected more than the previous tier's 50000" },
    { "\"up_to_cents\": null", "\"up_to_cents\": 5000000",
      "editions[1].fee.tiers[2].up_to_cents: the last tier must be unbounded (null)" },
    { "\"requires\": [ \"top_rated\" ]", "\"requires\": [ \"top_ratd\" ]",
      "editions[0].badges[2].requires[0]: no badge \"top_ratd\" in this edition" },
    { "\"need\": 13, \"of\": 16", "\"need\": 17, \"of\": 16",
      "editions[0].badges[1].criteria[2]: need (17) must be between 1 and of (16)" },
    { "\"flag\": \"social_linked\"", "\"flag\": \"social_linkd\"",
      "editions[0].badges[0].criteria[6].flag: unknown profile flag \"social_linkd\"" },
    { "\"threshold\": 90 }", "\"thresold\": 90 }",
      "editions[0].badges[1].criteria[0].threshold: missing (required by kind \"jss_min\")" },
    { "\"wire\": {", "\"telegraph\": {", "editions[0].withdrawal.methods.telegraph: unknown withdrawal method" },
    { "\"wire\": {", "\"telegraph\": {", "editions[0].withdrawal.methods.wire: missing" },
    { "\"default_percent\": 10", "\"default_percent\": 20",
      "editions[9].fee.default_percent: expected min_percent ≤ default_percent ≤ max_percent" },
    { "\"proposal_cost_min\": 2,", "\"proposal_cost_min\": 20,",
      "editions[8].connects.proposal_cost_min: more than proposal_cost_max (16)" },
    { "\"rollover_limit\": 200", "\"rollover_limit\": -200",
      "editions[5].connects.rollover_limit: expected an integer 0–1000000, got -200" },
    { "\"rollover_limit\": 200", "\"rollover_limit\": \"200\"",
      "editions[5].connects.rollover_limit: expected an integer 0–1000000, got a string" },
    { "\"readiness_grant\": 40", "\"readiness_grant\": true",
      "editions[5].connects.readiness_grant: expected an integer 0–1000000, got a boolean" },
    { "\"unverified\": [ \"effective_from\" ]", "\"unverified\": \"effective_from\"",
      "editions[5].unverified: expected an array, got a string" },
    { "\"unverified\": [ \"effective_from\" ]", "\"unverified\": [ \"connects.bundles\" ]",
      "editions[5].unverified[0]: \"connects.bundles\" names no member this edition gives" },
    { "\"unverified\": [ \"effective_from\" ]", "\"unverified\": [ \"notes\" ]",
      "editions[5].unverified[0]: \"notes\" is not a figure" },
    { "\"unverified\": [ \"effective_from\" ]",
      "\"unverified\": [ \"effective_from\", \"effective_from\" ]",
      "editions[5].unverified[1]: \"effective_from\" is listed twice" },
    { "\"sources\": [", "\"source\": [", "editions[0]: unknown member \"source\"" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (mutations); i++)
    {
      g_autofree char *text = builtin_with (mutations[i].old, mutations[i].new);
      g_autoptr(GError) error = NULL;
      g_autoptr(PaydayRules) rules = payday_rules_load_from_data (text, -1, TRUE, &error);

      g_test_message ("mutation %u: %s", i, mutations[i].message);
      g_assert_null (rules);
      g_assert_error (error, PAYDAY_ERROR, PAYDAY_ERROR_INVALID);
      if (strstr (error->message, mutations[i].message) == NULL)
        g_error ("expected “%s” in:\n%s", mutations[i].message, error->message);
    }
}

static void
test_every_problem_listed (void)
{
  g_autoptr(GError) error = NULL;
  const char *text =
    "{ \"format\": \"payday-rules\", \"version\": 1, \"id\": \"\", \"name\": 3,\n"
    "  \"editions\": [ { \"effective_from\": \"2020-01-01\", \"title\": \"x\",\n"
    "    \"fee\": { \"model\": \"flat\", \"percent\": -1 } }, 7 ] }";
  g_auto(GStrv) lines = NULL;

  g_assert_null (payday_rules_load_from_data (text, -1, TRUE, &error));
  g_assert_error (error, PAYDAY_ERROR, PAYDAY_ERROR_INVALID);
  lines = g_strsplit (error->message, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), >, 10);
  g_assert_true (g_strv_contains ((const char * const *) lines, "id: expected a non-empty string"));
  g_assert_true (g_strv_contains ((const char * const *) lines,
                                  "name: expected a string, got a number"));
  g_assert_true (g_strv_contains ((const char * const *) lines,
                                  "editions[0].fee.percent: expected a number 0–100 with at most "
                                  "two decimals"));
  g_assert_true (g_strv_contains ((const char * const *) lines,
                                  "editions[1]: expected an object, got a number"));
  g_assert_true (g_strv_contains ((const char * const *) lines,
                                  "editions[0].connects.price_cents: missing (the first edition "
                                  "gives every rule)"));
  g_clear_error (&error);

  g_assert_null (payday_rules_load_from_data ("{ \"format\": \"payday-rules\", \"version\": 2 }",
                                              -1, TRUE, &error));
  g_assert_error (error, PAYDAY_ERROR, PAYDAY_ERROR_VERSION);
  g_clear_error (&error);

  g_assert_null (payday_rules_load_from_data ("{ \"format\": ", -1, TRUE, &error));
  g_assert_error (error, PAYDAY_ERROR, PAYDAY_ERROR_SYNTAX);
  g_clear_error (&error);

  g_assert_null (payday_rules_load_from_data ("[]", -1, TRUE, &error));
  g_assert_error (error, PAYDAY_ERROR, PAYDAY_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_null (payday_rules_load_from_data ("{ \"format\": \"payday-plan\", \"version\": 1 }",
                                              -1, TRUE, &error));
  g_assert_error (error, PAYDAY_ERROR, PAYDAY_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "format: expected \"payday-rules\""));
}

static void
test_unknown_criterion_kind (void)
{
  g_autofree char *text = builtin_with ("\"kind\": \"jss_absent\"", "\"kind\": \"moon_phase\"");
  g_autoptr(GError) error = NULL;
  g_autoptr(PaydayRules) rules = NULL;

  /* refused directly… */
  g_assert_null (payday_rules_load_from_data (text, -1, TRUE, &error));
  g_assert_error (error, PAYDAY_ERROR, PAYDAY_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message,
                            "editions[0].badges[0].criteria[0].kind: unknown criterion kind "
                            "\"moon_phase\""));
  g_clear_error (&error);

  /* …and through the user's folder, where it does not fall back to the built-in set */
  reset_user_rules ();
  write_user_rules ("upwork.json", text);
  rules = payday_rules_lookup ("upwork", &error);
  g_assert_null (rules);
  g_assert_error (error, PAYDAY_ERROR, PAYDAY_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "unknown criterion kind"));
  g_assert_nonnull (strstr (error->message, "upwork.json: editions[0]"));
}

/* The core library logs under its own domain, so a message says which library it came from
 * (docs/HACKING.md, The layers). */
static void
test_log_domain (void)
{
  g_test_expect_message ("payday-core", G_LOG_LEVEL_CRITICAL, "*assertion*id != NULL*");
  g_assert_null (payday_rules_load_builtin (NULL, NULL));
  g_test_assert_expected_messages ();
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = NULL;
  int status;

  /* Our own XDG_DATA_HOME, set before GLib caches it (G_TEST_OPTION_ISOLATE_DIRS would do
   * the same per test but leaks in GLib 2.74, which trips the sanitizer build). */
  data_home = g_dir_make_tmp ("payday-test-rules-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  folder = user_rules_folder ();

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/payday/rules/builtin", test_builtin);
  g_test_add_func ("/payday/rules/inheritance", test_inheritance);
  g_test_add_func ("/payday/rules/edition-at", test_edition_at);
  g_test_add_func ("/payday/rules/pinning", test_pinning);
  g_test_add_func ("/payday/rules/pin-more-connects", test_pin_more_connects);
  g_test_add_func ("/payday/rules/unverified", test_unverified);
  g_test_add_func ("/payday/rules/unverified-bound", test_unverified_bound);
  g_test_add_func ("/payday/rules/optional-members", test_optional_members);
  g_test_add_func ("/payday/rules/user-override", test_user_override);
  g_test_add_func ("/payday/rules/bad-files", test_bad_files);
  g_test_add_func ("/payday/rules/every-problem-listed", test_every_problem_listed);
  g_test_add_func ("/payday/rules/unknown-criterion-kind", test_unknown_criterion_kind);
  g_test_add_func ("/payday/rules/log-domain", test_log_domain);

  status = g_test_run ();

  reset_user_rules ();
  g_rmdir (folder);
  g_clear_pointer (&folder, g_free);
  folder = g_build_filename (data_home, "payday", NULL);
  g_rmdir (folder);
  g_rmdir (data_home);
  g_clear_pointer (&data_home, g_free);

  return status;
}
