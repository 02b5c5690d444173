/* fuzz-rates-common.h — what every parsed rate table must satisfy, and its cache round trip
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <math.h>

#include "payday-rates.h"

/* A table a parser accepted: valid codes, finite positive rates within PAYDAY_RATE_MAX, and a
 * cache file written from it reads back as the same table. */
static inline void
fuzz_check_rate_table (const PaydayRateTable *table)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PaydayRateTable) back = NULL;
  g_auto(GStrv) codes = payday_rate_table_list_currencies (table);
  g_autofree char *cache = NULL;
  PaydayDate fetched_on = PAYDAY_DATE_NONE;

  g_assert_true (payday_currency_code_is_valid (payday_rate_table_get_base (table)));
  for (guint i = 0; codes[i] != NULL; i++)
    {
      PaydayRate rate;
      double raw = 0;

      g_assert_true (payday_currency_code_is_valid (codes[i]));
      g_assert_true (payday_rate_table_lookup (table, codes[i], &raw));
      g_assert_true (isfinite (raw) && raw > 0 && raw <= PAYDAY_RATE_MAX);
      if (payday_rate_table_get_usd_rate (table, codes[i], &rate))
        {
          g_assert_true (isfinite (rate.rate) && rate.rate > 0);
          (void) payday_rate_convert_cents (&rate, G_MAXINT64);
          (void) payday_rate_convert_cents (&rate, G_MININT64);
        }
    }

  cache = payday_rate_table_to_cache (table, payday_rate_table_get_date (table));
  back = payday_rate_table_from_cache (cache, -1, &fetched_on, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (payday_rate_table_get_source (back), ==, payday_rate_table_get_source (table));
  g_assert_cmpstr (payday_rate_table_get_base (back), ==, payday_rate_table_get_base (table));
  g_assert_cmpint (payday_rate_table_get_date (back), ==, payday_rate_table_get_date (table));
  g_assert_cmpint (fetched_on, ==, payday_rate_table_get_date (table));
  g_assert_cmpuint (payday_rate_table_get_n_rates (back), ==, payday_rate_table_get_n_rates (table));
  for (guint i = 0; codes[i] != NULL; i++)
    {
      double a = 0, b = 0;

      g_assert_true (payday_rate_table_lookup (table, codes[i], &a));
      g_assert_true (payday_rate_table_lookup (back, codes[i], &b));
      g_assert_cmpfloat (a, ==, b);
    }
}
