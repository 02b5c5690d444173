/* test-rates.c — ECB and JSON rate parsing, cross rates, rounding and cache files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "payday-error.h"
#include "payday-rates.h"

static char *
read_data (const char *name,
           gsize      *length)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", name, NULL);
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_file_get_contents (path, &text, length, &error);
  g_assert_no_error (error);

  return text;
}

static PaydayDate
ymd (int y, int m, int d)
{
  return payday_date_from_ymd (y, m, d);
}

static void
test_parse_ecb_2022 (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PaydayRateTable) table = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) codes = NULL;
  PaydayRate rate;
  double raw;
  gsize length;

  text = read_data ("eurofxref-daily-2022-07-08.xml", &length);
  table = payday_rates_parse_ecb (text, length, &error);
  g_assert_no_error (error);

  g_assert_cmpstr (payday_rate_table_get_source (table), ==, "ECB");
  g_assert_cmpstr (payday_rate_table_get_base (table), ==, "EUR");
  g_assert_cmpint (payday_rate_table_get_date (table), ==, ymd (2022, 7, 8));
  g_assert_cmpuint (payday_rate_table_get_n_rates (table), ==, 31);

  g_assert_true (payday_rate_table_lookup (table, "USD", &raw));
  g_assert_cmpfloat (raw, ==, 1.0163);
  g_assert_true (payday_rate_table_lookup (table, "INR", &raw));
  g_assert_cmpfloat (raw, ==, 80.5280);
  g_assert_true (payday_rate_table_lookup (table, "EUR", &raw));
  g_assert_cmpfloat (raw, ==, 1.0);
  g_assert_false (payday_rate_table_has (table, "RUB"));
  g_assert_false (payday_rate_table_has (table, "PKR"));

  g_assert_true (payday_rate_table_get_usd_rate (table, "INR", &rate));
  g_assert_cmpstr (rate.currency, ==, "INR");
  g_assert_cmpfloat_with_epsilon (rate.rate, 79.2364459313195, 1e-12);
  g_assert_cmpint (rate.date, ==, ymd (2022, 7, 8));
  g_assert_cmpstr (rate.source, ==, "ECB");

  g_assert_true (payday_rate_table_get_usd_rate (table, "EUR", &rate));
  g_assert_cmpfloat_with_epsilon (rate.rate, 1.0 / 1.0163, 1e-15);
  g_assert_true (payday_rate_table_get_usd_rate (table, "USD", &rate));
  g_assert_cmpfloat (rate.rate, ==, 1.0);
  g_assert_true (payday_rate_table_get_usd_rate (table, "IDR", &rate));
  g_assert_cmpfloat_with_epsilon (rate.rate, 15210.73 / 1.0163, 1e-9);
  g_assert_false (payday_rate_table_get_usd_rate (table, "PKR", &rate));

  codes = payday_rate_table_list_currencies (table);
  g_assert_cmpuint (g_strv_length (codes), ==, 32);
  g_assert_cmpstr (codes[0], ==, "AUD");
  g_assert_true (g_strv_contains ((const char * const *) codes, "EUR"));
  g_assert_cmpstr (codes[31], ==, "ZAR");
}

static void
test_parse_ecb_2017 (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PaydayRateTable) table = NULL;
  g_autofree char *text = NULL;
  PaydayRate rate;

  text = read_data ("eurofxref-daily-2017-03-08.xml", NULL);
  table = payday_rates_parse_ecb (text, -1, &error);
  g_assert_no_error (error);

  g_assert_cmpint (payday_rate_table_get_date (table), ==, ymd (2017, 3, 8));
  g_assert_cmpuint (payday_rate_table_get_n_rates (table), ==, 31);
  g_assert_true (payday_rate_table_get_usd_rate (table, "INR", &rate));
  g_assert_cmpfloat_with_epsilon (rate.rate, 70.4960 / 1.0556, 1e-12);
  g_assert_cmpfloat_with_epsilon (rate.rate, 66.78287230011367, 1e-10);
  g_assert_true (payday_rate_table_get_usd_rate (table, "RUB", &rate));
  g_assert_cmpfloat_with_epsilon (rate.rate, 61.7573 / 1.0556, 1e-12);
  g_assert_false (payday_rate_table_has (table, "ISK"));
}

#define ECB_HEAD \
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" \
  "<gesmes:Envelope xmlns:gesmes=\"http://www.gesmes.org/xml/2002-08-01\" " \
  "xmlns=\"http://www.ecb.int/vocabulary/2002-08-01/eurofxref\">\n" \
  "<gesmes:subject>Reference rates</gesmes:subject>\n<Cube>\n"
#define ECB_TAIL "</Cube>\n</gesmes:Envelope>\n"

static void
expect_ecb_refused (const char   *text,
                    gssize        length,
                    int           code,
                    const char   *fragment)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PaydayRateTable) table = NULL;

  table = payday_rates_parse_ecb (text, length, &error);
  g_assert_null (table);
  g_assert_error (error, PAYDAY_ERROR, code);
  if (strstr (error->message, fragment) == NULL)
    g_error ("“%s” does not mention “%s”", error->message, fragment);
  g_assert_true (g_str_has_prefix (error->message, "ECB rates: "));
}

static void
test_parse_ecb_refuses (void)
{
  g_autofree char *good = read_data ("eurofxref-daily-2022-07-08.xml", NULL);
  g_autofree char *big = NULL;
  g_autoptr(PaydayRateTable) ok = NULL;
  gsize cut;

  expect_ecb_refused ("<!DOCTYPE html>\n<html><head><title>Moved</title></head><body>x</body></html>",
                      -1, PAYDAY_ERROR_SYNTAX, "HTML");
  expect_ecb_refused ("  <html><body><p>captive portal</p></body></html>",
                      -1, PAYDAY_ERROR_SYNTAX, "HTML");
  expect_ecb_refused ("<?xml version=\"1.0\"?><html><body/></html>", -1, PAYDAY_ERROR_SYNTAX, "HTML");
  expect_ecb_refused ("<rss><channel/></rss>", -1, PAYDAY_ERROR_SYNTAX, "root element <rss>");
  expect_ecb_refused ("hello, world", -1, PAYDAY_ERROR_SYNTAX, "malformed");
  expect_ecb_refused ("", 0, PAYDAY_ERROR_SYNTAX, "malformed");

  /* Truncated anywhere inside the document, even right after the last rate. */
  for (cut = 40; cut < strlen (good) - 30; cut += 97)
    expect_ecb_refused (good, cut, PAYDAY_ERROR_SYNTAX, "truncated");
  cut = strstr (good, "</Cube>") - good;
  expect_ecb_refused (good, cut, PAYDAY_ERROR_SYNTAX, "truncated");

  expect_ecb_refused (ECB_HEAD "<Cube><Cube currency='USD' rate='1.1'/></Cube>" ECB_TAIL, -1,
                      PAYDAY_ERROR_INVALID, "missing date");
  expect_ecb_refused (ECB_HEAD ECB_TAIL, -1, PAYDAY_ERROR_INVALID, "no date");
  expect_ecb_refused (ECB_HEAD "<Cube time='2022-02-30'><Cube currency='USD' rate='1.1'/></Cube>"
                      ECB_TAIL, -1, PAYDAY_ERROR_INVALID, "invalid date");
  expect_ecb_refused (ECB_HEAD "<Cube time='2022-07-08'><Cube currency='USD' rate='1,1'/></Cube>"
                      ECB_TAIL, -1, PAYDAY_ERROR_INVALID, "not a number");
  expect_ecb_refused (ECB_HEAD "<Cube time='2022-07-08'><Cube currency='USD' rate='abc'/></Cube>"
                      ECB_TAIL, -1, PAYDAY_ERROR_INVALID, "not a number");
  expect_ecb_refused (ECB_HEAD "<Cube time='2022-07-08'><Cube currency='USD' rate=''/></Cube>"
                      ECB_TAIL, -1, PAYDAY_ERROR_INVALID, "not a number");
  expect_ecb_refused (ECB_HEAD "<Cube time='2022-07-08'><Cube currency='USD' rate='nan'/></Cube>"
                      ECB_TAIL, -1, PAYDAY_ERROR_INVALID, "not a number");
  expect_ecb_refused (ECB_HEAD "<Cube time='2022-07-08'><Cube currency='USD' rate='0'/></Cube>"
                      ECB_TAIL, -1, PAYDAY_ERROR_INVALID, "absurd rate 0 for USD");
  expect_ecb_refused (ECB_HEAD "<Cube time='2022-07-08'><Cube currency='USD' rate='-1.2'/></Cube>"
                      ECB_TAIL, -1, PAYDAY_ERROR_INVALID, "absurd");
  expect_ecb_refused (ECB_HEAD "<Cube time='2022-07-08'><Cube currency='USD' rate='1.1'/>"
                      "<Cube currency='IDR' rate='15000000.5'/></Cube>"
                      ECB_TAIL, -1, PAYDAY_ERROR_INVALID, "absurd rate 1.5e+07 for IDR");
  expect_ecb_refused (ECB_HEAD "<Cube time='2022-07-08'><Cube currency='USD' rate='1.1'/>"
                      "<Cube currency='USD' rate='1.2'/></Cube>"
                      ECB_TAIL, -1, PAYDAY_ERROR_INVALID, "USD listed twice");
  expect_ecb_refused (ECB_HEAD "<Cube time='2022-07-08'><Cube currency='usd' rate='1.1'/></Cube>"
                      ECB_TAIL, -1, PAYDAY_ERROR_INVALID, "invalid currency code");
  expect_ecb_refused (ECB_HEAD "<Cube time='2022-07-08'><Cube currency='USD'/></Cube>"
                      ECB_TAIL, -1, PAYDAY_ERROR_INVALID, "both currency and rate");
  expect_ecb_refused (ECB_HEAD "<Cube time='2022-07-08'><Cube currency='JPY' rate='138'/></Cube>"
                      ECB_TAIL, -1, PAYDAY_ERROR_INVALID, "no USD rate");

  big = g_strnfill (PAYDAY_RATES_MAX_BYTES + 1, ' ');
  expect_ecb_refused (big, -1, PAYDAY_ERROR_TOO_LARGE, "larger than");

  /* A history file (several days, newest first) yields its newest day only. */
  ok = payday_rates_parse_ecb (ECB_HEAD
                               "<Cube time='2022-07-08'><Cube currency='USD' rate='1.0163'/></Cube>"
                               "<Cube time='2022-07-07'><Cube currency='USD' rate='1.0180'/>"
                               "<Cube currency='JPY' rate='138.0'/></Cube>"
                               ECB_TAIL, -1, NULL);
  g_assert_nonnull (ok);
  g_assert_cmpint (payday_rate_table_get_date (ok), ==, ymd (2022, 7, 8));
  g_assert_cmpuint (payday_rate_table_get_n_rates (ok), ==, 1);
}

#define ER_API \
  "{\"result\":\"success\",\"provider\":\"https://www.exchangerate-api.com\"," \
  "\"time_last_update_unix\":1764201601," \
  "\"time_last_update_utc\":\"Thu, 27 Nov 2025 00:00:01 +0000\"," \
  "\"time_next_update_unix\":1764289291,\"base_code\":\"USD\"," \
  "\"rates\":{\"USD\":1,\"AED\":3.6725,\"EUR\":0.862566,\"INR\":89.28,\"PKR\":281.35," \
  "\"JPY\":156,\"VND\":26339.5}}"

static void
test_parse_json (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PaydayRateTable) table = NULL;
  g_autoptr(PaydayRateTable) variant = NULL;
  g_autoptr(PaydayRateTable) rfc = NULL;
  PaydayRate rate;

  table = payday_rates_parse_json (ER_API, -1, "open.er-api.com", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (payday_rate_table_get_source (table), ==, "open.er-api.com");
  g_assert_cmpstr (payday_rate_table_get_base (table), ==, "USD");
  g_assert_cmpint (payday_rate_table_get_date (table), ==, ymd (2025, 11, 27));
  g_assert_cmpuint (payday_rate_table_get_n_rates (table), ==, 6);

  g_assert_true (payday_rate_table_get_usd_rate (table, "PKR", &rate));
  g_assert_cmpfloat (rate.rate, ==, 281.35);
  g_assert_cmpstr (rate.source, ==, "open.er-api.com");
  g_assert_cmpint (rate.date, ==, ymd (2025, 11, 27));
  g_assert_true (payday_rate_table_get_usd_rate (table, "JPY", &rate));
  g_assert_cmpfloat (rate.rate, ==, 156.0);
  g_assert_true (payday_rate_table_get_usd_rate (table, "USD", &rate));
  g_assert_cmpfloat (rate.rate, ==, 1.0);

  /* "base" + "date" layout, with a EUR base crossed to USD. */
  variant = payday_rates_parse_json ("{\"amount\":1.0,\"base\":\"EUR\",\"date\":\"2022-07-08\","
                                     "\"rates\":{\"USD\":1.0163,\"INR\":80.528}}",
                                     -1, "frankfurter.app", &error);
  g_assert_no_error (error);
  g_assert_cmpint (payday_rate_table_get_date (variant), ==, ymd (2022, 7, 8));
  g_assert_true (payday_rate_table_get_usd_rate (variant, "INR", &rate));
  g_assert_cmpfloat_with_epsilon (rate.rate, 79.2364459313195, 1e-12);

  /* Only the RFC 2822 update time. */
  rfc = payday_rates_parse_json ("{\"base_code\":\"USD\",\"time_last_update_utc\":"
                                 "\"Sat, 28 Nov 2026 00:02:31 +0000\",\"rates\":{\"PKR\":278.5}}",
                                 -1, "mirror", &error);
  g_assert_no_error (error);
  g_assert_cmpint (payday_rate_table_get_date (rfc), ==, ymd (2026, 11, 28));
}

static void
expect_json_refused (const char *text,
                     int         code,
                     const char *fragment)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PaydayRateTable) table = NULL;

  table = payday_rates_parse_json (text, -1, "open.er-api.com", &error);
  g_assert_null (table);
  g_assert_error (error, PAYDAY_ERROR, code);
  if (strstr (error->message, fragment) == NULL)
    g_error ("“%s” does not mention “%s”", error->message, fragment);
}

static void
test_parse_json_refuses (void)
{
  g_autofree char *truncated = g_strndup (ER_API, strlen (ER_API) - 20);

  expect_json_refused ("<!doctype html><html></html>", PAYDAY_ERROR_SYNTAX, "HTML");
  expect_json_refused (truncated, PAYDAY_ERROR_SYNTAX, "truncated");
  expect_json_refused ("[1, 2]", PAYDAY_ERROR_INVALID, "not a JSON object");
  expect_json_refused ("{\"result\":\"error\",\"error-type\":\"unsupported-code\"}",
                       PAYDAY_ERROR_FAILED, "unsupported-code");
  expect_json_refused ("{\"date\":\"2026-11-28\",\"rates\":{\"PKR\":1}}",
                       PAYDAY_ERROR_INVALID, "base currency");
  expect_json_refused ("{\"base\":\"USD\",\"rates\":{\"PKR\":278.5}}",
                       PAYDAY_ERROR_INVALID, "date");
  expect_json_refused ("{\"base\":\"USD\",\"date\":\"2026-13-01\",\"rates\":{\"PKR\":278.5}}",
                       PAYDAY_ERROR_INVALID, "date");
  expect_json_refused ("{\"base\":\"USD\",\"date\":\"2026-11-28\"}",
                       PAYDAY_ERROR_INVALID, "no \"rates\" object");
  expect_json_refused ("{\"base\":\"USD\",\"date\":\"2026-11-28\",\"rates\":{\"PKR\":\"278.5\"}}",
                       PAYDAY_ERROR_INVALID, "rate of PKR is not a number");
  expect_json_refused ("{\"base\":\"USD\",\"date\":\"2026-11-28\",\"rates\":{\"PKR\":0}}",
                       PAYDAY_ERROR_INVALID, "absurd rate 0 for PKR");
  expect_json_refused ("{\"base\":\"USD\",\"date\":\"2026-11-28\",\"rates\":{\"PKR\":2e9}}",
                       PAYDAY_ERROR_INVALID, "absurd");
  expect_json_refused ("{\"base\":\"USD\",\"date\":\"2026-11-28\",\"rates\":{\"pkr\":278}}",
                       PAYDAY_ERROR_INVALID, "invalid currency code");
  expect_json_refused ("{\"base\":\"USD\",\"date\":\"2026-11-28\",\"rates\":{\"USD\":2}}",
                       PAYDAY_ERROR_INVALID, "base currency");
  expect_json_refused ("{\"base\":\"EUR\",\"date\":\"2026-11-28\",\"rates\":{\"PKR\":300}}",
                       PAYDAY_ERROR_INVALID, "no USD rate");
}

static void
test_currency_codes (void)
{
  g_assert_true (payday_currency_code_is_valid ("USD"));
  g_assert_true (payday_currency_code_is_valid ("PKR"));
  g_assert_false (payday_currency_code_is_valid ("usd"));
  g_assert_false (payday_currency_code_is_valid ("US"));
  g_assert_false (payday_currency_code_is_valid ("USDT"));
  g_assert_false (payday_currency_code_is_valid ("U$D"));
  g_assert_false (payday_currency_code_is_valid (""));
  g_assert_false (payday_currency_code_is_valid (NULL));
}

static void
test_convert_cents (void)
{
  g_autofree char *text = read_data ("eurofxref-daily-2022-07-08.xml", NULL);
  g_autoptr(PaydayRateTable) table = payday_rates_parse_ecb (text, -1, NULL);
  PaydayRate rate;

  g_assert_true (payday_rate_table_get_usd_rate (table, "INR", &rate));
  /* 123.45 USD × 79.23644593… = 9781.739250… INR */
  g_assert_cmpfloat (payday_rate_convert_cents (&rate, 12345), ==, 9781.74);
  g_assert_cmpfloat (payday_rate_convert_cents (&rate, 0), ==, 0.0);
  g_assert_cmpfloat (payday_rate_convert_cents (&rate, -12345), ==, -9781.74);
  g_assert_cmpfloat (payday_rate_convert_cents (&rate, 100000000), ==, 79236445.93);

  /* Ties round half up, also when the rate is not exact in binary. */
  g_assert_true (payday_rate_init_manual (&rate, "XAF", 2.5, 0, NULL));
  g_assert_cmpfloat (payday_rate_convert_cents (&rate, 1), ==, 0.03);
  g_assert_cmpfloat (payday_rate_convert_cents (&rate, -1), ==, -0.02);
  g_assert_cmpfloat (payday_rate_convert_cents (&rate, 3), ==, 0.08);
  g_assert_true (payday_rate_init_manual (&rate, "XAF", 1.005, 0, NULL));
  g_assert_cmpfloat (payday_rate_convert_cents (&rate, 100), ==, 1.01);
  g_assert_cmpfloat (payday_rate_convert_cents (&rate, 10), ==, 0.10);
  g_assert_true (payday_rate_init_manual (&rate, "XAF", 1.0049, 0, NULL));
  g_assert_cmpfloat (payday_rate_convert_cents (&rate, 100), ==, 1.0);
}

static void
test_resolve (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = read_data ("eurofxref-daily-2022-07-08.xml", NULL);
  g_autoptr(PaydayRateTable) ecb = payday_rates_parse_ecb (text, -1, NULL);
  g_autoptr(PaydayRateTable) json = payday_rates_parse_json (ER_API, -1, "open.er-api.com", NULL);
  PaydayRate manual, rate;

  /* ECB first, even when the JSON provider has the currency too. */
  g_assert_true (payday_rate_resolve ("INR", NULL, ecb, json, &rate, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (rate.source, ==, "ECB");
  g_assert_cmpfloat_with_epsilon (rate.rate, 79.2364459313195, 1e-12);

  g_assert_true (payday_rate_resolve ("PKR", NULL, ecb, json, &rate, &error));
  g_assert_cmpstr (rate.source, ==, "open.er-api.com");
  g_assert_cmpfloat (rate.rate, ==, 281.35);
  g_assert_cmpint (rate.date, ==, ymd (2025, 11, 27));

  /* The manual rate beats both, for its own currency only. */
  g_assert_true (payday_rate_init_manual (&manual, "INR", 83.0, ymd (2026, 11, 28), &error));
  g_assert_true (payday_rate_resolve ("INR", &manual, ecb, json, &rate, &error));
  g_assert_cmpstr (rate.source, ==, "manual");
  g_assert_cmpfloat (rate.rate, ==, 83.0);
  g_assert_cmpint (rate.date, ==, ymd (2026, 11, 28));
  g_assert_true (payday_rate_resolve ("PKR", &manual, ecb, json, &rate, &error));
  g_assert_cmpstr (rate.source, ==, "open.er-api.com");

  g_assert_true (payday_rate_resolve ("USD", NULL, ecb, json, &rate, &error));
  g_assert_cmpfloat (rate.rate, ==, 1.0);
  g_assert_cmpstr (rate.source, ==, "fixed");
  g_assert_cmpint (rate.date, ==, ymd (2025, 11, 27));

  g_assert_false (payday_rate_resolve ("XYZ", NULL, ecb, json, &rate, &error));
  g_assert_error (error, PAYDAY_ERROR, PAYDAY_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==,
                   "no exchange rate for XYZ: neither ECB (rates of 2022-07-08) nor "
                   "open.er-api.com (rates of 2025-11-27) lists it");
  g_clear_error (&error);

  g_assert_false (payday_rate_resolve ("PKR", NULL, ecb, NULL, &rate, &error));
  g_assert_error (error, PAYDAY_ERROR, PAYDAY_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==,
                   "no exchange rate for PKR: ECB (rates of 2022-07-08) does not list it");
  g_clear_error (&error);

  g_assert_false (payday_rate_resolve ("PKR", NULL, NULL, NULL, &rate, &error));
  g_assert_error (error, PAYDAY_ERROR, PAYDAY_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_false (payday_rate_resolve ("pkr", NULL, ecb, json, &rate, &error));
  g_assert_error (error, PAYDAY_ERROR, PAYDAY_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_false (payday_rate_init_manual (&manual, "INR", 0.0, 0, &error));
  g_assert_error (error, PAYDAY_ERROR, PAYDAY_ERROR_INVALID);
}

static void
test_cache_round_trip (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("payday-rates-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "sub", "ecb.json", NULL);
  g_autofree char *text = read_data ("eurofxref-daily-2022-07-08.xml", NULL);
  g_autoptr(PaydayRateTable) table = payday_rates_parse_ecb (text, -1, NULL);
  g_autoptr(PaydayRateTable) back = NULL;
  g_autoptr(PaydayRateTable) none = NULL;
  g_auto(GStrv) codes = NULL;
  PaydayDate fetched = 0;
  g_autofree char *cache_text = NULL;
  g_autofree char *sub = NULL;

  g_assert_no_error (error);
  g_assert_true (payday_rate_table_save_cache (table, ymd (2026, 11, 28), path, &error));
  g_assert_no_error (error);

  back = payday_rate_table_load_cache (path, &fetched, &error);
  g_assert_no_error (error);
  g_assert_cmpint (fetched, ==, ymd (2026, 11, 28));
  g_assert_cmpstr (payday_rate_table_get_source (back), ==, "ECB");
  g_assert_cmpstr (payday_rate_table_get_base (back), ==, "EUR");
  g_assert_cmpint (payday_rate_table_get_date (back), ==, ymd (2022, 7, 8));
  g_assert_cmpuint (payday_rate_table_get_n_rates (back), ==, 31);

  codes = payday_rate_table_list_currencies (table);
  for (guint i = 0; codes[i]; i++)
    {
      double a, b;

      g_assert_true (payday_rate_table_lookup (table, codes[i], &a));
      g_assert_true (payday_rate_table_lookup (back, codes[i], &b));
      g_assert_cmpfloat (a, ==, b);
    }

  g_assert_true (g_file_get_contents (path, &cache_text, NULL, NULL));
  g_assert_nonnull (strstr (cache_text, "\"fetched_on\" : \"2026-11-28\""));
  g_assert_nonnull (strstr (cache_text, "\"date\" : \"2022-07-08\""));

  /* A damaged or foreign cache is refused, never half-used. */
  none = payday_rate_table_from_cache (cache_text, strlen (cache_text) / 2, NULL, &error);
  g_assert_null (none);
  g_assert_error (error, PAYDAY_ERROR, PAYDAY_ERROR_SYNTAX);
  g_clear_error (&error);
  none = payday_rate_table_from_cache (ER_API, -1, NULL, &error);
  g_assert_null (none);
  g_assert_error (error, PAYDAY_ERROR, PAYDAY_ERROR_INVALID);
  g_clear_error (&error);
  none = payday_rate_table_from_cache ("{\"payday_rates_cache\":2}", -1, NULL, &error);
  g_assert_error (error, PAYDAY_ERROR, PAYDAY_ERROR_VERSION);
  g_clear_error (&error);
  none = payday_rate_table_load_cache ("/nonexistent/payday/ecb.json", NULL, &error);
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  g_clear_error (&error);

  g_assert_cmpint (g_remove (path), ==, 0);
  sub = g_path_get_dirname (path);
  g_assert_cmpint (g_rmdir (sub), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_cache_tiny_rates (void)
{
  /* json-glib 1.6 wrote 1e-10 as "1e-10.0", so this cache did not read back (found by
   * tests/fuzz/fuzz-rates-json); a source name with quotes must be escaped too. */
  g_autoptr(GError) error = NULL;
  g_autoptr(PaydayRateTable) table = NULL;
  g_autoptr(PaydayRateTable) back = NULL;
  g_autofree char *cache = NULL;
  PaydayDate fetched_on = PAYDAY_DATE_NONE;
  double raw = 0;

  table = payday_rates_parse_json ("{\"base\":\"USD\",\"date\":\"2026-11-28\","
                                   "\"rates\":{\"XAU\":0.0000000001,\"IDR\":999.99,\"JPY\":156,"
                                   "\"BTC\":1e-5}}",
                                   -1, "my \"mirror\"", &error);
  g_assert_no_error (error);

  cache = payday_rate_table_to_cache (table, ymd (2026, 11, 29));
  back = payday_rate_table_from_cache (cache, -1, &fetched_on, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (payday_rate_table_get_source (back), ==, "my \"mirror\"");
  g_assert_cmpint (fetched_on, ==, ymd (2026, 11, 29));
  g_assert_cmpuint (payday_rate_table_get_n_rates (back), ==, 4);
  g_assert_true (payday_rate_table_lookup (back, "XAU", &raw));
  g_assert_cmpfloat (raw, ==, 1e-10);
  g_assert_true (payday_rate_table_lookup (back, "IDR", &raw));
  g_assert_cmpfloat (raw, ==, 999.99);
  g_assert_true (payday_rate_table_lookup (back, "JPY", &raw));
  g_assert_cmpfloat (raw, ==, 156);
  g_assert_true (payday_rate_table_lookup (back, "BTC", &raw));
  g_assert_cmpfloat (raw, ==, 1e-5);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/payday/rates/parse-ecb-2022", test_parse_ecb_2022);
  g_test_add_func ("/payday/rates/parse-ecb-2017", test_parse_ecb_2017);
  g_test_add_func ("/payday/rates/parse-ecb-refuses", test_parse_ecb_refuses);
  g_test_add_func ("/payday/rates/parse-json", test_parse_json);
  g_test_add_func ("/payday/rates/parse-json-refuses", test_parse_json_refuses);
  g_test_add_func ("/payday/rates/currency-codes", test_currency_codes);
  g_test_add_func ("/payday/rates/convert-cents", test_convert_cents);
  g_test_add_func ("/payday/rates/resolve", test_resolve);
  g_test_add_func ("/payday/rates/cache-round-trip", test_cache_round_trip);
  g_test_add_func ("/payday/rates/cache-tiny-rates", test_cache_tiny_rates);

  return g_test_run ();
}
