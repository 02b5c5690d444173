/* test-robust.c — damaged inputs: every seed-corpus file truncated and mutated, fed to the loaders
 *
 * The headless promise behind `payday --check` and `--export`: any input ends in a result or
 * an error (never both, never neither) in bounded time, and a plan the loader accepts always
 * computes a schedule and saves back to text that loads to the same text. The inputs are the
 * fuzzers' seed corpus (tests/fuzz/corpus) cut at many lengths and with random byte changes,
 * from a fixed seed, so every run feeds the very same inputs.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "payday-error.h"
#include "payday-plan.h"
#include "payday-rates.h"
#include "payday-rules.h"
#include "payday-schedule.h"

/* Mutants per corpus file, and how many bytes each changes at most. */
#define N_MUTANTS     150
#define MAX_CHANGES   4
/* Truncations per file besides every length in the first and last 48 bytes. */
#define N_CUTS        120
/* One load, schedule and round trip of a corpus-sized input takes well under a millisecond
 * (about 50 ms under valgrind); 5 s means "did not hang". */
#define MAX_CALL_USEC (5 * G_USEC_PER_SEC)

typedef enum { TARGET_PLAN, TARGET_RULES, TARGET_ECB, TARGET_RATES_JSON } Target;

typedef struct
{
  guint inputs;
  guint accepted;
} Counts;

static PaydayRules *builtin_rules;

static void
check_plan (const char *data,
            gsize       length,
            Counts     *counts)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PaydayPlan) plan = NULL;
  g_autoptr(PaydayPlan) again = NULL;
  g_autoptr(PaydaySchedule) schedule = NULL;
  g_autofree char *text = NULL;
  g_autofree char *text2 = NULL;
  PaydaySummary summary;
  gsize text_length = 0, text2_length = 0;

  plan = payday_plan_load_from_data (data, (gssize) length, &error);
  g_assert_true ((plan == NULL) != (error == NULL));
  if (plan == NULL)
    {
      g_assert_true (error->domain == PAYDAY_ERROR);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      return;
    }
  counts->accepted++;

  schedule = payday_schedule_compute (plan, builtin_rules,
                                      plan->today != PAYDAY_DATE_NONE
                                      ? plan->today : payday_date_from_ymd (2026, 11, 28));
  g_assert_nonnull (schedule);
  payday_summary_compute (schedule, &summary);

  text = payday_plan_to_data (plan, &text_length);
  again = payday_plan_load_from_data (text, (gssize) text_length, &error);
  g_assert_no_error (error);
  text2 = payday_plan_to_data (again, &text2_length);
  g_assert_cmpstr (text, ==, text2);
}

static void
check_rules (const char *data,
             gsize       length,
             Counts     *counts)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PaydayRules) rules = payday_rules_load_from_data (data, (gssize) length, TRUE, &error);

  g_assert_true ((rules == NULL) != (error == NULL));
  if (rules == NULL)
    return;
  counts->accepted++;
  g_assert_cmpuint (rules->editions->len, >, 0);
  g_assert_nonnull (payday_rules_edition_at (rules, payday_date_from_ymd (2026, 11, 28)));
}

static void
check_rates (Target      target,
             const char *data,
             gsize       length,
             Counts     *counts)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PaydayRateTable) table = NULL;

  if (target == TARGET_ECB)
    table = payday_rates_parse_ecb (data, (gssize) length, &error);
  else
    table = payday_rates_parse_json (data, (gssize) length, "robust.example", &error);

  g_assert_true ((table == NULL) != (error == NULL));
  if (table == NULL)
    return;
  counts->accepted++;
  g_assert_true (payday_currency_code_is_valid (payday_rate_table_get_base (table)));
}

static void
check_one (Target      target,
           const char *data,
           gsize       length,
           Counts     *counts)
{
  gint64 start = g_get_monotonic_time ();
  gint64 took;

  /* The loaders require non-NULL data, even for an empty input. */
  if (length == 0)
    data = "";

  switch (target)
    {
    case TARGET_PLAN:
      check_plan (data, length, counts);
      break;
    case TARGET_RULES:
      check_rules (data, length, counts);
      break;
    case TARGET_ECB:
    case TARGET_RATES_JSON:
      check_rates (target, data, length, counts);
      break;
    default:
      g_assert_not_reached ();
    }

  counts->inputs++;
  took = g_get_monotonic_time () - start;
  if (took > MAX_CALL_USEC)
    g_error ("one input of %" G_GSIZE_FORMAT " bytes took %" G_GINT64_FORMAT " ms",
             length, took / 1000);
}

static void
feed_file (Target      target,
           const char *path,
           GRand      *rand,
           Counts     *counts)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *mutant = NULL;
  gsize length = 0;
  gsize step;
  /* Bytes that steer a JSON or XML parser into different paths. */
  static const char interesting[] = "\"{}[],:-.0919eE+\\<>/=&;' \n\t\xff\xc3\x80";

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);

  /* Truncated: every length near both ends, then evenly spaced cuts. */
  for (gsize cut = 0; cut <= length; cut++)
    {
      if (cut > 48 && cut + 48 < length)
        {
          step = MAX (1, length / N_CUTS);
          cut += step - 1;
          if (cut + 48 >= length)
            cut = length - 48;
        }
      check_one (target, contents, cut, counts);
    }

  /* Mutated: 1 to MAX_CHANGES bytes flipped, replaced by an interesting byte, or removed. */
  mutant = g_malloc (length + 1);
  for (guint m = 0; m < N_MUTANTS && length > 0; m++)
    {
      gsize mutant_length = length;
      guint changes = g_rand_int_range (rand, 1, MAX_CHANGES + 1);

      memcpy (mutant, contents, length + 1);
      for (guint c = 0; c < changes && mutant_length > 0; c++)
        {
          gsize at = g_rand_int_range (rand, 0, (gint32) mutant_length);

          switch (g_rand_int_range (rand, 0, 3))
            {
            case 0:
              mutant[at] ^= (char) (1u << g_rand_int_range (rand, 0, 8));
              break;
            case 1:
              mutant[at] = interesting[g_rand_int_range (rand, 0, sizeof interesting - 1)];
              break;
            default:
              memmove (mutant + at, mutant + at + 1, mutant_length - at);
              mutant_length--;
              break;
            }
        }
      check_one (target, mutant, mutant_length, counts);
    }
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static void
feed_corpus (Target      target,
             const char *folder)
{
  g_autofree char *dir_path = g_test_build_filename (G_TEST_DIST, "fuzz", "corpus", folder, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, &error);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261128);
  Counts counts = { 0 };
  const char *name;

  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  /* Directory order varies between file systems; the seeded mutations must not. */
  g_ptr_array_sort (names, compare_names);

  g_assert_cmpuint (names->len, >=, 2);
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (dir_path, g_ptr_array_index (names, i), NULL);

      feed_file (target, path, rand, &counts);
    }

  g_test_message ("%s: %u inputs, %u accepted", folder, counts.inputs, counts.accepted);
  /* The untouched files and the long prefixes of JSON that still close are accepted, so
   * both outcomes were exercised. */
  g_assert_cmpuint (counts.accepted, >, 0);
  g_assert_cmpuint (counts.accepted, <, counts.inputs);
}

static void
test_plan (void)
{
  feed_corpus (TARGET_PLAN, "plan");
}

static void
test_roundtrip (void)
{
  feed_corpus (TARGET_PLAN, "roundtrip");
}

static void
test_rules (void)
{
  feed_corpus (TARGET_RULES, "rules");
}

static void
test_ecb (void)
{
  feed_corpus (TARGET_ECB, "ecb");
}

static void
test_rates_json (void)
{
  feed_corpus (TARGET_RATES_JSON, "rates-json");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  builtin_rules = payday_rules_load_builtin ("upwork", &error);
  g_assert_no_error (error);

  g_test_add_func ("/payday/robust/plan", test_plan);
  g_test_add_func ("/payday/robust/roundtrip", test_roundtrip);
  g_test_add_func ("/payday/robust/rules", test_rules);
  g_test_add_func ("/payday/robust/ecb", test_ecb);
  g_test_add_func ("/payday/robust/rates-json", test_rates_json);

  status = g_test_run ();
  payday_rules_unref (builtin_rules);

  return status;
}
