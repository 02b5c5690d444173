/* fuzz-rules.c — libFuzzer target: the rules loader on arbitrary bytes
 *
 * Loaded both as a user rule file and as a built-in one (the two differ in how strict they
 * are); accepted rules must answer edition look-ups for any date without crashing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "payday-rules.h"

#include "fuzz-common.h"

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  fuzz_init_logging ();
  return 0;
}

static void
check_rules (const char *text,
             gssize      length,
             gboolean    user_set)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PaydayRules) rules = NULL;

  rules = payday_rules_load_from_data (text, length, user_set, &error);
  g_assert_true ((rules == NULL) != (error == NULL));
  if (rules == NULL)
    return;

  g_assert_nonnull (rules->editions);
  for (guint i = 0; i < rules->editions->len; i++)
    {
      const PaydayEdition *edition = g_ptr_array_index (rules->editions, i);

      g_assert_cmpint (payday_rules_edition_at (rules, edition->effective_from)->effective_from,
                       ==, edition->effective_from);
      g_assert_true (payday_rules_find_edition (rules, edition->effective_from) != NULL);
    }
  (void) payday_rules_edition_at (rules, payday_date_from_ymd (1970, 1, 1));
  (void) payday_rules_edition_at (rules, payday_date_from_ymd (2100, 12, 31));
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  const char *text = fuzz_text (data, size);

  check_rules (text, (gssize) size, TRUE);
  check_rules (text, (gssize) size, FALSE);

  return 0;
}
