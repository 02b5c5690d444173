/* payday-rates.h — exchange-rate tables: ECB XML, JSON USD rates, cross rates, cache files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "payday-date.h"
#include "payday-money.h"

G_BEGIN_DECLS

/* Source names of a PaydayRate that do not come from a provider table. */
#define PAYDAY_RATE_SOURCE_ECB    "ECB"
#define PAYDAY_RATE_SOURCE_MANUAL "manual"
#define PAYDAY_RATE_SOURCE_FIXED  "fixed"   /* USD itself: always 1 */

/* Rates above this many units per base unit are refused as garbled. */
#define PAYDAY_RATE_MAX 1e7
/* Provider documents and cache files larger than this are refused. */
#define PAYDAY_RATES_MAX_BYTES (1024 * 1024)

/**
 * PaydayRate:
 * @currency: ISO 4217 code, 3 uppercase letters
 * @rate: units of @currency per 1 USD
 * @date: the day the provider published the rate (or the day a manual rate was used)
 * @source: interned string: "ECB", the JSON provider's name, "manual" or "fixed"
 *
 * One resolved USD→currency rate. A plain value: copy it freely, nothing to free.
 */
typedef struct
{
  char        currency[4];
  double      rate;
  PaydayDate  date;
  const char *source;
} PaydayRate;

typedef struct _PaydayRateTable PaydayRateTable;

gboolean         payday_currency_code_is_valid   (const char            *code);

PaydayRateTable *payday_rate_table_new           (const char            *source,
                                                  const char            *base,
                                                  PaydayDate             date);
PaydayRateTable *payday_rate_table_ref           (PaydayRateTable       *table);
void             payday_rate_table_unref         (PaydayRateTable       *table);
gboolean         payday_rate_table_add           (PaydayRateTable       *table,
                                                  const char            *currency,
                                                  double                 rate,
                                                  GError               **error);
const char      *payday_rate_table_get_source    (const PaydayRateTable *table);
const char      *payday_rate_table_get_base      (const PaydayRateTable *table);
PaydayDate       payday_rate_table_get_date      (const PaydayRateTable *table);
guint            payday_rate_table_get_n_rates   (const PaydayRateTable *table);
char           **payday_rate_table_list_currencies (const PaydayRateTable *table);
gboolean         payday_rate_table_lookup        (const PaydayRateTable *table,
                                                  const char            *currency,
                                                  double                *rate);
gboolean         payday_rate_table_has           (const PaydayRateTable *table,
                                                  const char            *currency);
gboolean         payday_rate_table_get_usd_rate  (const PaydayRateTable *table,
                                                  const char            *currency,
                                                  PaydayRate            *out);

PaydayRateTable *payday_rates_parse_ecb          (const char            *data,
                                                  gssize                 length,
                                                  GError               **error);
PaydayRateTable *payday_rates_parse_json         (const char            *data,
                                                  gssize                 length,
                                                  const char            *source,
                                                  GError               **error);

char            *payday_rate_table_to_cache      (const PaydayRateTable *table,
                                                  PaydayDate             fetched_on);
PaydayRateTable *payday_rate_table_from_cache    (const char            *data,
                                                  gssize                 length,
                                                  PaydayDate            *fetched_on,
                                                  GError               **error);
gboolean         payday_rate_table_save_cache    (const PaydayRateTable *table,
                                                  PaydayDate             fetched_on,
                                                  const char            *path,
                                                  GError               **error);
PaydayRateTable *payday_rate_table_load_cache    (const char            *path,
                                                  PaydayDate            *fetched_on,
                                                  GError               **error);

gboolean         payday_rate_init_manual         (PaydayRate            *rate,
                                                  const char            *currency,
                                                  double                 units_per_usd,
                                                  PaydayDate             date,
                                                  GError               **error);
gboolean         payday_rate_resolve             (const char            *currency,
                                                  const PaydayRate      *manual,
                                                  const PaydayRateTable *ecb,
                                                  const PaydayRateTable *json,
                                                  PaydayRate            *out,
                                                  GError               **error);
double           payday_rate_convert_cents       (const PaydayRate      *rate,
                                                  PaydayCents            cents);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PaydayRateTable, payday_rate_table_unref)

G_END_DECLS
