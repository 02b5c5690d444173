/* payday-rates.c — exchange-rate tables, cross rates through the base, manual rates
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "payday-error.h"
#include "payday-rates-private.h"

/**
 * payday_currency_code_is_valid:
 * @code: (nullable): a string
 *
 * Whether @code looks like an ISO 4217 code: exactly three uppercase ASCII letters.
 *
 * Returns: %TRUE for "USD", "PKR"…; %FALSE for "usd", "US", "USDT", %NULL
 */
gboolean
payday_currency_code_is_valid (const char *code)
{
  if (code == NULL)
    return FALSE;

  for (guint i = 0; i < 3; i++)
    if (code[i] < 'A' || code[i] > 'Z')
      return FALSE;

  return code[3] == '\0';
}

/**
 * payday_rate_table_new:
 * @source: who published the rates ("ECB", "open.er-api.com"…)
 * @base: the currency the rates are quoted against ("EUR", "USD")
 * @date: the day the rates were published
 *
 * Creates an empty table; fill it with payday_rate_table_add().
 *
 * Returns: (transfer full): a new table
 */
PaydayRateTable *
payday_rate_table_new (const char *source,
                       const char *base,
                       PaydayDate  date)
{
  PaydayRateTable *table;

  g_return_val_if_fail (source != NULL && *source != '\0', NULL);
  g_return_val_if_fail (payday_currency_code_is_valid (base), NULL);

  table = g_new0 (PaydayRateTable, 1);
  g_atomic_ref_count_init (&table->ref_count);
  table->source = g_strdup (source);
  memcpy (table->base, base, 4);
  table->date = date;
  table->entries = g_array_new (FALSE, FALSE, sizeof (PaydayRateEntry));

  return table;
}

/**
 * payday_rate_table_ref:
 * @table: a table
 *
 * Tables are immutable once filled, so threads may share them.
 *
 * Returns: (transfer full): @table
 */
PaydayRateTable *
payday_rate_table_ref (PaydayRateTable *table)
{
  g_return_val_if_fail (table != NULL, NULL);

  g_atomic_ref_count_inc (&table->ref_count);
  return table;
}

void
payday_rate_table_unref (PaydayRateTable *table)
{
  g_return_if_fail (table != NULL);

  if (g_atomic_ref_count_dec (&table->ref_count))
    {
      g_free (table->source);
      g_array_unref (table->entries);
      g_free (table);
    }
}

static const PaydayRateEntry *
find_entry (const PaydayRateTable *table,
            const char            *currency)
{
  for (guint i = 0; i < table->entries->len; i++)
    {
      const PaydayRateEntry *e = &g_array_index (table->entries, PaydayRateEntry, i);

      if (strcmp (e->code, currency) == 0)
        return e;
    }

  return NULL;
}

static gboolean
check_rate (const char  *currency,
            double       rate,
            GError     **error)
{
  if (!isfinite (rate) || rate <= 0.0 || rate > PAYDAY_RATE_MAX)
    {
      g_set_error (error, PAYDAY_ERROR, PAYDAY_ERROR_INVALID,
                   "absurd rate %g for %s (must be above 0 and at most %g)",
                   rate, currency, PAYDAY_RATE_MAX);
      return FALSE;
    }

  return TRUE;
}

/**
 * payday_rate_table_add:
 * @table: a table
 * @currency: ISO 4217 code
 * @rate: units of @currency per 1 unit of the table's base
 * @error: return location for a #GError
 *
 * Adds one rate. Refuses invalid codes, rates that are not finite, ≤ 0 or above
 * %PAYDAY_RATE_MAX, a currency already in the table, and the base itself.
 *
 * Returns: %TRUE if the rate was added
 */
gboolean
payday_rate_table_add (PaydayRateTable  *table,
                       const char       *currency,
                       double            rate,
                       GError          **error)
{
  PaydayRateEntry e;

  g_return_val_if_fail (table != NULL, FALSE);

  if (!payday_currency_code_is_valid (currency))
    {
      g_set_error (error, PAYDAY_ERROR, PAYDAY_ERROR_INVALID,
                   "invalid currency code “%s” (three uppercase letters expected)",
                   currency ? currency : "");
      return FALSE;
    }

  if (!check_rate (currency, rate, error))
    return FALSE;

  if (strcmp (currency, table->base) == 0)
    {
      g_set_error (error, PAYDAY_ERROR, PAYDAY_ERROR_INVALID,
                   "%s is the base currency and cannot have its own rate", currency);
      return FALSE;
    }

  if (find_entry (table, currency) != NULL)
    {
      g_set_error (error, PAYDAY_ERROR, PAYDAY_ERROR_INVALID,
                   "currency %s listed twice", currency);
      return FALSE;
    }

  memcpy (e.code, currency, 4);
  e.rate = rate;
  g_array_append_val (table->entries, e);

  return TRUE;
}

const char *
payday_rate_table_get_source (const PaydayRateTable *table)
{
  g_return_val_if_fail (table != NULL, NULL);
  return table->source;
}

const char *
payday_rate_table_get_base (const PaydayRateTable *table)
{
  g_return_val_if_fail (table != NULL, NULL);
  return table->base;
}

PaydayDate
payday_rate_table_get_date (const PaydayRateTable *table)
{
  g_return_val_if_fail (table != NULL, PAYDAY_DATE_NONE);
  return table->date;
}

/**
 * payday_rate_table_get_n_rates:
 * @table: a table
 *
 * Returns: the number of currencies listed, not counting the base
 */
guint
payday_rate_table_get_n_rates (const PaydayRateTable *table)
{
  g_return_val_if_fail (table != NULL, 0);
  return table->entries->len;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/**
 * payday_rate_table_list_currencies:
 * @table: a table
 *
 * Every currency the table can convert to, the base included, sorted.
 *
 * Returns: (transfer full): a %NULL-terminated array of codes
 */
char **
payday_rate_table_list_currencies (const PaydayRateTable *table)
{
  GPtrArray *codes;

  g_return_val_if_fail (table != NULL, NULL);

  codes = g_ptr_array_new ();
  g_ptr_array_add (codes, g_strdup (table->base));
  for (guint i = 0; i < table->entries->len; i++)
    g_ptr_array_add (codes, g_strdup (g_array_index (table->entries, PaydayRateEntry, i).code));
  g_ptr_array_sort (codes, compare_strings);
  g_ptr_array_add (codes, NULL);

  return (char **) g_ptr_array_free (codes, FALSE);
}

/**
 * payday_rate_table_lookup:
 * @table: a table
 * @currency: ISO 4217 code
 * @rate: (out) (optional): units of @currency per 1 unit of the base
 *
 * The raw rate as published; the base itself is 1.
 *
 * Returns: %TRUE if the table knows @currency
 */
gboolean
payday_rate_table_lookup (const PaydayRateTable *table,
                          const char            *currency,
                          double                *rate)
{
  const PaydayRateEntry *e;

  g_return_val_if_fail (table != NULL, FALSE);
  g_return_val_if_fail (currency != NULL, FALSE);

  if (strcmp (currency, table->base) == 0)
    {
      if (rate)
        *rate = 1.0;
      return TRUE;
    }

  if (!(e = find_entry (table, currency)))
    return FALSE;

  if (rate)
    *rate = e->rate;

  return TRUE;
}

gboolean
payday_rate_table_has (const PaydayRateTable *table,
                       const char            *currency)
{
  return payday_rate_table_lookup (table, currency, NULL);
}

/**
 * payday_rate_table_get_usd_rate:
 * @table: a table
 * @currency: ISO 4217 code
 * @out: (out caller-allocates): the resolved rate
 *
 * The USD→@currency rate, crossed through the table's base when it is not USD:
 * X per USD = (X per base) ÷ (USD per base). This is the one place a cross rate is
 * computed; the double is fine for display rates since money itself stays in cents.
 *
 * Returns: %TRUE if the table lists both @currency and USD
 */
gboolean
payday_rate_table_get_usd_rate (const PaydayRateTable *table,
                                const char            *currency,
                                PaydayRate            *out)
{
  double per_base, usd_per_base;

  g_return_val_if_fail (table != NULL, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  if (!payday_currency_code_is_valid (currency) ||
      !payday_rate_table_lookup (table, currency, &per_base) ||
      !payday_rate_table_lookup (table, "USD", &usd_per_base))
    return FALSE;

  memcpy (out->currency, currency, 4);
  out->rate = per_base / usd_per_base;
  out->date = table->date;
  out->source = g_intern_string (table->source);

  return TRUE;
}

/* Resolving ----------------------------------------------------------------------------- */

/**
 * payday_rate_init_manual:
 * @rate: (out caller-allocates): the rate to fill
 * @currency: ISO 4217 code
 * @units_per_usd: the user's rate, units of @currency per 1 USD
 * @date: the day it applies to (the day of the figures that use it)
 * @error: return location for a #GError
 *
 * A rate typed in the preferences; its source is "manual".
 *
 * Returns: %TRUE if @currency and @units_per_usd are valid
 */
gboolean
payday_rate_init_manual (PaydayRate  *rate,
                         const char  *currency,
                         double       units_per_usd,
                         PaydayDate   date,
                         GError     **error)
{
  g_return_val_if_fail (rate != NULL, FALSE);

  if (!payday_currency_code_is_valid (currency))
    {
      g_set_error (error, PAYDAY_ERROR, PAYDAY_ERROR_INVALID,
                   "invalid currency code “%s” (three uppercase letters expected)",
                   currency ? currency : "");
      return FALSE;
    }

  if (!check_rate (currency, units_per_usd, error))
    return FALSE;

  memcpy (rate->currency, currency, 4);
  rate->rate = units_per_usd;
  rate->date = date;
  rate->source = g_intern_static_string (PAYDAY_RATE_SOURCE_MANUAL);

  return TRUE;
}

/**
 * payday_rate_resolve:
 * @currency: ISO 4217 code
 * @manual: (nullable): the user's manual rate, if any
 * @ecb: (nullable): the ECB table
 * @json: (nullable): the JSON provider's table
 * @out: (out caller-allocates): the chosen rate
 * @error: return location for a #GError
 *
 * Picks the rate for @currency by precedence: a manual rate for that currency, then
 * USD itself (1, source "fixed", dated by the newest table or today), then the ECB,
 * then the JSON provider.
 *
 * Returns: %TRUE if a rate was found; else %PAYDAY_ERROR_NOT_FOUND
 *   ("no exchange rate for XYZ: …") or %PAYDAY_ERROR_INVALID for a bad code
 */
gboolean
payday_rate_resolve (const char             *currency,
                     const PaydayRate       *manual,
                     const PaydayRateTable  *ecb,
                     const PaydayRateTable  *json,
                     PaydayRate             *out,
                     GError                **error)
{
  g_return_val_if_fail (out != NULL, FALSE);

  if (!payday_currency_code_is_valid (currency))
    {
      g_set_error (error, PAYDAY_ERROR, PAYDAY_ERROR_INVALID,
                   "invalid currency code “%s” (three uppercase letters expected)",
                   currency ? currency : "");
      return FALSE;
    }

  if (manual != NULL && manual->rate > 0 && strcmp (manual->currency, currency) == 0)
    {
      *out = *manual;
      return TRUE;
    }

  if (strcmp (currency, "USD") == 0)
    {
      PaydayDate date = payday_date_today_utc ();

      if (ecb != NULL || json != NULL)
        date = MAX (ecb ? ecb->date : G_MININT32, json ? json->date : G_MININT32);
      memcpy (out->currency, "USD", 4);
      out->rate = 1.0;
      out->date = date;
      out->source = g_intern_static_string (PAYDAY_RATE_SOURCE_FIXED);
      return TRUE;
    }

  if (ecb != NULL && payday_rate_table_get_usd_rate (ecb, currency, out))
    return TRUE;

  if (json != NULL && payday_rate_table_get_usd_rate (json, currency, out))
    return TRUE;

  if (ecb == NULL && json == NULL)
    g_set_error (error, PAYDAY_ERROR, PAYDAY_ERROR_NOT_FOUND,
                 "no exchange rate for %s: no rates available", currency);
  else
    {
      g_autoptr(GString) listed = g_string_new (NULL);
      const PaydayRateTable *tables[] = { ecb, json };
      char date[PAYDAY_DATE_BUF];

      for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
        if (tables[i] != NULL)
          g_string_append_printf (listed, "%s%s (rates of %s)",
                                  listed->len ? " nor " : "", tables[i]->source,
                                  payday_date_format (tables[i]->date, date));
      g_set_error (error, PAYDAY_ERROR, PAYDAY_ERROR_NOT_FOUND,
                   "no exchange rate for %s: %s%s %s it", currency,
                   ecb && json ? "neither " : "", listed->str,
                   ecb && json ? "lists" : "does not list");
    }

  return FALSE;
}

/**
 * payday_rate_convert_cents:
 * @rate: a resolved rate
 * @cents: an amount in US cents
 *
 * Converts @cents to the local currency for display: the result is in local units
 * (not cents), rounded to 2 decimals half up (toward +∞ on a tie, like
 * payday_div_round_half_up()). A tiny tolerance (10⁻⁹ local cent plus 10⁻¹² of the
 * amount) absorbs the binary representation of decimal rates, so 1.00 USD at 1.005
 * gives 1.01, not 1.00.
 *
 * Returns: the local amount
 */
double
payday_rate_convert_cents (const PaydayRate *rate,
                           PaydayCents       cents)
{
  double local_cents;

  g_return_val_if_fail (rate != NULL, 0.0);
  g_return_val_if_fail (rate->rate > 0, 0.0);

  local_cents = (double) cents * rate->rate;

  return floor (local_cents + 0.5 + 1e-9 + fabs (local_cents) * 1e-12) / 100.0;
}
