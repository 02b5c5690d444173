/* payday-rates-service-private.h — the service's instance struct and its lookups, shared by
 * payday-rates-service.c and payday-rates-lookup.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "payday-rates-service.h"

G_BEGIN_DECLS

/* After a failed fetch the same service does not ask that provider again for this
 * long (unless REFRESH): a window that looks rates up on every change must not hammer
 * a provider that is down. The one-shot CLI never notices. */
#define RETRY_AFTER_USEC (G_USEC_PER_SEC * 60 * 10)

typedef enum
{
  PROVIDER_ECB,
  PROVIDER_JSON,
  N_PROVIDERS
} ProviderId;

typedef struct
{
  gint64  failed_at;   /* g_get_monotonic_time (), 0 if the last fetch did not fail */
  char   *failure;
} Backoff;

struct _PaydayRatesService
{
  GObject          parent_instance;

  char            *cache_dir;
  char            *ecb_url;
  char            *json_url;
  guint            timeout;
  GNetworkMonitor *network_monitor;
  GHashTable      *manual_rates;     /* code → double* units per USD */

  GMutex           mutex;            /* guards backoff: lookups run in worker threads */
  Backoff          backoff[N_PROVIDERS];
};

/* Everything a lookup needs, copied on the calling thread so the worker thread never
 * reads the service's properties. */
typedef struct
{
  char                   *name;        /* "ECB" or the JSON provider's host */
  char                   *url;
  char                   *cache_path;
  gboolean                reachable;   /* the network monitor's answer for this URL */
} Provider;

typedef struct
{
  PaydayRatesService     *self;
  char                    currency[4];
  PaydayRatesLookupFlags  flags;
  guint                   timeout;
  PaydayDate              today;
  Provider                providers[N_PROVIDERS];
  gboolean                has_manual;
  PaydayRate              manual;

  /* results */
  PaydayRate              rate;
  GPtrArray              *warnings;
} Lookup;

G_GNUC_INTERNAL
void
payday_rates_lookup_free (Lookup *lookup);

G_GNUC_INTERNAL
Lookup *
payday_rates_lookup_new (PaydayRatesService     *self,
                         const char             *currency,
                         PaydayRatesLookupFlags  flags);

G_GNUC_INTERNAL
gboolean
payday_rates_lookup_run (Lookup        *lookup,
                         GCancellable  *cancellable,
                         GError       **error);

G_GNUC_INTERNAL
char *
payday_rates_lookup_steal_warning (Lookup *lookup);

G_GNUC_INTERNAL
void
payday_rates_lookup_thread (GTask        *task,
                            gpointer      source_object,
                            gpointer      task_data,
                            GCancellable *cancellable);

G_GNUC_INTERNAL
gboolean
payday_rates_check_currency (const char  *currency,
                             GError     **error);

G_GNUC_INTERNAL
void
payday_rates_backoff_record (PaydayRatesService *self,
                             ProviderId          id,
                             const char         *failure);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Lookup, payday_rates_lookup_free)

G_END_DECLS
