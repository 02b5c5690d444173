/* fuzz-plan.c — libFuzzer target: the plan loader on arbitrary bytes
 *
 * Any input must end in either a plan or an error (never both, never neither), with no
 * crash, leak or undefined behaviour.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "payday-plan.h"

#include "fuzz-common.h"

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  fuzz_init_logging ();
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PaydayPlan) plan = NULL;

  plan = payday_plan_load_from_data (fuzz_text (data, size), (gssize) size, &error);
  g_assert_true ((plan == NULL) != (error == NULL));
  if (error != NULL)
    g_assert_true (error->message != NULL && g_utf8_validate (error->message, -1, NULL));

  return 0;
}
