/* fuzz-ecb.c — libFuzzer target: the ECB daily reference-rate XML parser on arbitrary bytes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fuzz-common.h"
#include "fuzz-rates-common.h"

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
  g_autoptr(PaydayRateTable) table = NULL;

  table = payday_rates_parse_ecb (fuzz_text (data, size), (gssize) size, &error);
  g_assert_true ((table == NULL) != (error == NULL));
  if (table != NULL)
    {
      g_assert_cmpstr (payday_rate_table_get_base (table), ==, "EUR");
      fuzz_check_rate_table (table);
    }

  return 0;
}
