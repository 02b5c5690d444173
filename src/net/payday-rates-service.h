/* payday-rates-service.h — fetches, caches and resolves exchange rates with libsoup
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "payday-rates.h"

G_BEGIN_DECLS

#define PAYDAY_RATES_DEFAULT_ECB_URL  "https://www.ecb.europa.eu/stats/eurofxref/eurofxref-daily.xml"
#define PAYDAY_RATES_DEFAULT_JSON_URL "https://open.er-api.com/v6/latest/USD"
#define PAYDAY_RATES_DEFAULT_TIMEOUT  10   /* seconds */

/* Names of the cache files inside the cache folder. */
#define PAYDAY_RATES_ECB_CACHE  "rates-ecb.json"
#define PAYDAY_RATES_JSON_CACHE "rates-json.json"

/**
 * PaydayRatesLookupFlags:
 * @PAYDAY_RATES_LOOKUP_NONE: fetch a provider when its cache is not from today
 * @PAYDAY_RATES_LOOKUP_OFFLINE: cache only; never touch the network (`--offline`)
 * @PAYDAY_RATES_LOOKUP_REFRESH: fetch even when today's cache exists (`--refresh-rates`)
 */
typedef enum
{
  PAYDAY_RATES_LOOKUP_NONE    = 0,
  PAYDAY_RATES_LOOKUP_OFFLINE = 1 << 0,
  PAYDAY_RATES_LOOKUP_REFRESH = 1 << 1,
} PaydayRatesLookupFlags;

#define PAYDAY_TYPE_RATES_SERVICE (payday_rates_service_get_type ())

G_DECLARE_FINAL_TYPE (PaydayRatesService, payday_rates_service, PAYDAY, RATES_SERVICE, GObject)

PaydayRatesService *payday_rates_service_new                 (void);
const char         *payday_rates_service_get_cache_dir       (PaydayRatesService      *self);
void                payday_rates_service_set_cache_dir       (PaydayRatesService      *self,
                                                              const char              *cache_dir);
const char         *payday_rates_service_get_ecb_url         (PaydayRatesService      *self);
void                payday_rates_service_set_ecb_url         (PaydayRatesService      *self,
                                                              const char              *url);
const char         *payday_rates_service_get_json_url        (PaydayRatesService      *self);
void                payday_rates_service_set_json_url        (PaydayRatesService      *self,
                                                              const char              *url);
guint               payday_rates_service_get_timeout         (PaydayRatesService      *self);
void                payday_rates_service_set_timeout         (PaydayRatesService      *self,
                                                              guint                    seconds);
GNetworkMonitor    *payday_rates_service_get_network_monitor (PaydayRatesService      *self);
void                payday_rates_service_set_network_monitor (PaydayRatesService      *self,
                                                              GNetworkMonitor         *monitor);
void                payday_rates_service_set_manual_rate     (PaydayRatesService      *self,
                                                              const char              *currency,
                                                              double                   units_per_usd);
void                payday_rates_service_lookup_async        (PaydayRatesService      *self,
                                                              const char              *currency,
                                                              PaydayRatesLookupFlags   flags,
                                                              GCancellable            *cancellable,
                                                              GAsyncReadyCallback      callback,
                                                              gpointer                 user_data);
gboolean            payday_rates_service_lookup_finish       (PaydayRatesService      *self,
                                                              GAsyncResult            *result,
                                                              PaydayRate              *rate,
                                                              char                   **warning,
                                                              GError                 **error);
gboolean            payday_rates_service_lookup_sync         (PaydayRatesService      *self,
                                                              const char              *currency,
                                                              PaydayRatesLookupFlags   flags,
                                                              GCancellable            *cancellable,
                                                              PaydayRate              *rate,
                                                              char                   **warning,
                                                              GError                 **error);

G_END_DECLS
