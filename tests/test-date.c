/* test-date.c — calendar days and money rounding
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "payday-date.h"
#include "payday-money.h"

static void
test_round_trip (void)
{
  PaydayDate d;
  char buf[PAYDAY_DATE_BUF];

  for (d = payday_date_from_ymd (1999, 1, 1); d < payday_date_from_ymd (2101, 1, 1); d++)
    {
      PaydayDate back;

      g_assert_true (payday_date_parse (payday_date_format (d, buf), &back));
      g_assert_cmpint (back, ==, d);
    }

  g_assert_cmpint (payday_date_from_ymd (1970, 1, 1), ==, 0);
  g_assert_cmpstr (payday_date_format (PAYDAY_DATE_NONE, buf), ==, "");
}

static void
test_parse_refuses (void)
{
  const char *bad[] = {
    "2026-02-29", "2026-13-01", "2026-00-10", "2026-1-05", "26-01-05", "2026/01/05",
    "2026-01-05T00:00", "", "2026-04-31", "abcd-ef-gh",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    g_assert_false (payday_date_parse (bad[i], NULL));

  g_assert_true (payday_date_parse ("2024-02-29", NULL));
  g_assert_true (payday_date_parse ("2000-02-29", NULL));
  g_assert_false (payday_date_parse ("1900-02-29", NULL));
}

static void
test_weekdays (void)
{
  PaydayDate d;

  g_assert_true (payday_date_parse ("2026-01-05", &d));
  g_assert_cmpint (payday_date_weekday (d), ==, 1);
  g_assert_cmpint (payday_date_weekday (d + 6), ==, 7);
  g_assert_cmpint (payday_date_monday_of (d + 6), ==, d);
  g_assert_cmpint (payday_date_monday_of (d), ==, d);
  /* Across the year boundary: Thursday 2026-01-01 belongs to the week of Monday 2025-12-29. */
  g_assert_cmpint (payday_date_monday_of (payday_date_from_ymd (2026, 1, 1)), ==,
                   payday_date_from_ymd (2025, 12, 29));
  g_assert_cmpint (payday_date_weekday (payday_date_from_ymd (1969, 12, 29)), ==, 1);
}

static void
test_add_months (void)
{
  g_assert_cmpint (payday_date_add_months (payday_date_from_ymd (2026, 1, 31), 1), ==,
                   payday_date_from_ymd (2026, 2, 28));
  g_assert_cmpint (payday_date_add_months (payday_date_from_ymd (2024, 1, 31), 1), ==,
                   payday_date_from_ymd (2024, 2, 29));
  g_assert_cmpint (payday_date_add_months (payday_date_from_ymd (2025, 12, 15), 1), ==,
                   payday_date_from_ymd (2026, 1, 15));
  g_assert_cmpint (payday_date_add_months (payday_date_from_ymd (2026, 3, 15), -3), ==,
                   payday_date_from_ymd (2025, 12, 15));
}

static void
test_rounding (void)
{
  gint64 h;

  g_assert_cmpint (payday_div_round_half_up (5, 2), ==, 3);
  g_assert_cmpint (payday_div_round_half_up (4, 2), ==, 2);
  g_assert_cmpint (payday_div_round_half_up (-5, 2), ==, -2);
  g_assert_cmpint (payday_div_round_half_up (-7, 2), ==, -3);
  g_assert_cmpint (payday_div_round_half_up (1, 3), ==, 0);
  g_assert_cmpint (payday_div_round_half_up (2, 3), ==, 1);
  g_assert_cmpint (payday_percent_of (31250, 1000), ==, 3125);
  g_assert_cmpint (payday_percent_of (5, 1000), ==, 1); /* 0.5 → 1 */
  g_assert_cmpint (payday_percent_of (4, 1000), ==, 0);

  g_assert_true (payday_decimal_to_hundredths (12.5, &h));
  g_assert_cmpint (h, ==, 1250);
  g_assert_true (payday_decimal_to_hundredths (0.01, &h));
  g_assert_cmpint (h, ==, 1);
  g_assert_true (payday_decimal_to_hundredths (12.35, &h));
  g_assert_cmpint (h, ==, 1235);
  g_assert_false (payday_decimal_to_hundredths (0.005, &h));
}

static void
test_money_format (void)
{
  g_autofree char *a = payday_money_format (123456);
  g_autofree char *b = payday_money_format (-500);
  g_autofree char *c = payday_money_format (5);
  g_autofree char *d = payday_money_format_plain (100000000);

  g_assert_cmpstr (a, ==, "$1,234.56");
  g_assert_cmpstr (b, ==, "-$5.00");
  g_assert_cmpstr (c, ==, "$0.05");
  g_assert_cmpstr (d, ==, "1000000.00");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/payday/date/round-trip", test_round_trip);
  g_test_add_func ("/payday/date/parse-refuses", test_parse_refuses);
  g_test_add_func ("/payday/date/weekdays", test_weekdays);
  g_test_add_func ("/payday/date/add-months", test_add_months);
  g_test_add_func ("/payday/money/rounding", test_rounding);
  g_test_add_func ("/payday/money/format", test_money_format);

  return g_test_run ();
}
