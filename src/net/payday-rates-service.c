/* payday-rates-service.c — fetches, caches and resolves exchange rates with libsoup
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <libsoup/soup.h>

#include "payday-error.h"
#include "payday-rates-service.h"

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

G_DEFINE_FINAL_TYPE (PaydayRatesService, payday_rates_service, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CACHE_DIR,
  PROP_ECB_URL,
  PROP_JSON_URL,
  PROP_TIMEOUT,
  PROP_NETWORK_MONITOR,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

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

static void
lookup_free (Lookup *lookup)
{
  for (guint i = 0; i < N_PROVIDERS; i++)
    {
      g_free (lookup->providers[i].name);
      g_free (lookup->providers[i].url);
      g_free (lookup->providers[i].cache_path);
    }
  g_clear_pointer (&lookup->warnings, g_ptr_array_unref);
  g_clear_object (&lookup->self);
  g_free (lookup);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Lookup, lookup_free)

static gboolean
host_is_loopback (const char *host)
{
  g_autoptr(GInetAddress) address = NULL;

  if (host == NULL)
    return FALSE;
  if (g_ascii_strcasecmp (host, "localhost") == 0)
    return TRUE;

  address = g_inet_address_new_from_string (host);
  return address != NULL && g_inet_address_get_is_loopback (address);
}

static char *
url_host (const char *url)
{
  g_autoptr(GUri) uri = g_uri_parse (url, G_URI_FLAGS_NONE, NULL);

  if (uri == NULL || g_uri_get_host (uri) == NULL || *g_uri_get_host (uri) == '\0')
    return g_strdup (url);

  return g_strdup (g_uri_get_host (uri));
}

static void
provider_init (PaydayRatesService *self,
               Provider           *provider,
               const char         *name,
               const char         *url,
               const char         *cache_file)
{
  g_autofree char *host = url_host (url);

  provider->name = g_strdup (name ? name : host);
  provider->url = g_strdup (url);
  provider->cache_path = g_build_filename (self->cache_dir, cache_file, NULL);
  /* The monitor speaks for the outside network: a mirror on this machine (tests,
   * local proxies) is reachable whatever it says. */
  provider->reachable = self->network_monitor == NULL ||
                        host_is_loopback (host) ||
                        g_network_monitor_get_network_available (self->network_monitor);
}

static Lookup *
lookup_new (PaydayRatesService     *self,
            const char             *currency,
            PaydayRatesLookupFlags  flags)
{
  Lookup *lookup = g_new0 (Lookup, 1);
  double *manual;

  lookup->self = g_object_ref (self);
  memcpy (lookup->currency, currency, 4);
  lookup->flags = flags;
  lookup->timeout = self->timeout;
  lookup->today = payday_date_today_utc ();
  lookup->warnings = g_ptr_array_new_with_free_func (g_free);
  provider_init (self, &lookup->providers[PROVIDER_ECB], PAYDAY_RATE_SOURCE_ECB,
                 self->ecb_url, PAYDAY_RATES_ECB_CACHE);
  provider_init (self, &lookup->providers[PROVIDER_JSON], NULL,
                 self->json_url, PAYDAY_RATES_JSON_CACHE);

  if ((manual = g_hash_table_lookup (self->manual_rates, currency)) != NULL)
    lookup->has_manual = payday_rate_init_manual (&lookup->manual, currency, *manual,
                                                  lookup->today, NULL);

  return lookup;
}

static GBytes *
fetch (const Provider  *provider,
       guint            timeout,
       GCancellable    *cancellable,
       GError         **error)
{
  g_autoptr(SoupSession) session = NULL;
  g_autoptr(SoupMessage) message = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  guint status;

  message = soup_message_new (SOUP_METHOD_GET, provider->url);
  if (message == NULL)
    {
      g_set_error (error, PAYDAY_ERROR, PAYDAY_ERROR_FAILED, "invalid address %s", provider->url);
      return NULL;
    }

  /* One session per lookup: it lives in the thread that runs the lookup, as libsoup
   * wants, and a lookup makes at most two requests anyway. */
  session = soup_session_new_with_options ("timeout", timeout,
                                           "user-agent", "Payday/" PACKAGE_VERSION " ",
                                           NULL);

  bytes = soup_session_send_and_read (session, message, cancellable, &local_error);
  if (bytes == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error (error, PAYDAY_ERROR, PAYDAY_ERROR_FAILED,
                     "cannot fetch %s: %s", provider->url, local_error->message);
      return NULL;
    }

  status = soup_message_get_status (message);
  if (status != SOUP_STATUS_OK)
    {
      const char *reason = soup_message_get_reason_phrase (message);

      g_set_error (error, PAYDAY_ERROR, PAYDAY_ERROR_FAILED, "HTTP %u%s%s from %s",
                   status, reason && *reason ? " " : "", reason ? reason : "", provider->url);
      return NULL;
    }

  return g_steal_pointer (&bytes);
}

static PaydayRateTable *
parse (ProviderId   id,
       const char  *name,
       GBytes      *bytes,
       GError     **error)
{
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  if (data == NULL)
    data = "";

  if (id == PROVIDER_ECB)
    return payday_rates_parse_ecb (data, length, error);

  return payday_rates_parse_json (data, length, name, error);
}

static void
backoff_record (PaydayRatesService *self,
                ProviderId          id,
                const char         *failure)
{
  g_mutex_lock (&self->mutex);
  self->backoff[id].failed_at = failure ? g_get_monotonic_time () : 0;
  g_free (self->backoff[id].failure);
  self->backoff[id].failure = g_strdup (failure);
  g_mutex_unlock (&self->mutex);
}

/* The message of the recent failure when it is too early to retry, else NULL. */
static char *
backoff_check (PaydayRatesService *self,
               ProviderId          id)
{
  char *failure = NULL;

  g_mutex_lock (&self->mutex);
  if (self->backoff[id].failed_at != 0 &&
      g_get_monotonic_time () - self->backoff[id].failed_at < RETRY_AFTER_USEC)
    failure = g_strdup (self->backoff[id].failure);
  g_mutex_unlock (&self->mutex);

  return failure;
}

/* Returns the table to use for one provider: today's cache, a fresh download (which
 * replaces the cache), or — when the download fails — the older cache with a warning.
 * Problems that leave no table go to @reasons. Only cancellation is an error. */
static PaydayRateTable *
obtain_table (Lookup        *lookup,
              ProviderId     id,
              GPtrArray     *reasons,
              GCancellable  *cancellable,
              GError       **error)
{
  const Provider *provider = &lookup->providers[id];
  g_autoptr(PaydayRateTable) cached = NULL;
  g_autoptr(PaydayRateTable) fresh = NULL;
  g_autoptr(GError) cache_error = NULL;
  g_autoptr(GError) fetch_error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *failure = NULL;
  PaydayDate fetched_on = PAYDAY_DATE_NONE;
  gboolean refresh = (lookup->flags & PAYDAY_RATES_LOOKUP_REFRESH) != 0;
  char date[PAYDAY_DATE_BUF];

  cached = payday_rate_table_load_cache (provider->cache_path, &fetched_on, &cache_error);
  if (cached == NULL && !g_error_matches (cache_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
    g_ptr_array_add (lookup->warnings,
                     g_strdup_printf ("ignoring the damaged rates cache %s: %s",
                                      provider->cache_path, cache_error->message));

  if (lookup->flags & PAYDAY_RATES_LOOKUP_OFFLINE)
    {
      if (cached == NULL)
        g_ptr_array_add (reasons, g_strdup_printf ("offline and no cached %s rates", provider->name));
      return g_steal_pointer (&cached);
    }

  /* One request per provider per day. */
  if (cached != NULL && fetched_on == lookup->today && !refresh)
    return g_steal_pointer (&cached);

  if (!refresh && (failure = backoff_check (lookup->self, id)) != NULL)
    ;
  else if (!provider->reachable)
    failure = g_strdup_printf ("%s: no network connection", provider->name);
  else
    {
      if ((bytes = fetch (provider, lookup->timeout, cancellable, &fetch_error)) != NULL)
        fresh = parse (id, provider->name, bytes, &fetch_error);

      if (g_error_matches (fetch_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_propagate_error (error, g_steal_pointer (&fetch_error));
          return NULL;
        }

      if (fresh != NULL)
        {
          g_autoptr(GError) save_error = NULL;

          backoff_record (lookup->self, id, NULL);
          if (!payday_rate_table_save_cache (fresh, lookup->today, provider->cache_path, &save_error))
            g_ptr_array_add (lookup->warnings,
                             g_strdup_printf ("cannot save the rates cache: %s", save_error->message));
          return g_steal_pointer (&fresh);
        }

      /* Parser messages already start with the provider's name. */
      if (g_str_has_prefix (fetch_error->message, provider->name))
        failure = g_strdup (fetch_error->message);
      else
        failure = g_strdup_printf ("%s: %s", provider->name, fetch_error->message);
      backoff_record (lookup->self, id, failure);
    }

  if (cached != NULL)
    g_ptr_array_add (lookup->warnings,
                     g_strdup_printf ("using cached rates of %s: %s",
                                      payday_date_format (payday_rate_table_get_date (cached), date),
                                      failure));
  else
    g_ptr_array_add (reasons, g_steal_pointer (&failure));

  return g_steal_pointer (&cached);
}

static gboolean
lookup_run (Lookup        *lookup,
            GCancellable  *cancellable,
            GError       **error)
{
  g_autoptr(PaydayRateTable) ecb = NULL;
  g_autoptr(PaydayRateTable) json = NULL;
  g_autoptr(GPtrArray) reasons = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GString) message = NULL;

  /* A manual rate and USD itself need no provider. */
  if (lookup->has_manual || strcmp (lookup->currency, "USD") == 0)
    return payday_rate_resolve (lookup->currency, lookup->has_manual ? &lookup->manual : NULL,
                                NULL, NULL, &lookup->rate, error);

  ecb = obtain_table (lookup, PROVIDER_ECB, reasons, cancellable, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  /* The JSON provider is asked only for what the ECB lacks. */
  if (ecb == NULL || !payday_rate_table_has (ecb, lookup->currency))
    {
      json = obtain_table (lookup, PROVIDER_JSON, reasons, cancellable, &local_error);
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
    }

  if (payday_rate_resolve (lookup->currency, NULL, ecb, json, &lookup->rate, &local_error))
    {
      /* The figure is good; still say why another provider had nothing. */
      for (guint i = 0; i < reasons->len; i++)
        g_ptr_array_add (lookup->warnings, g_strdup (g_ptr_array_index (reasons, i)));
      return TRUE;
    }

  if (ecb == NULL && json == NULL)
    message = g_string_new (NULL);
  else
    message = g_string_new (local_error->message + strlen ("no exchange rate for XYZ: "));

  for (guint i = 0; i < reasons->len; i++)
    g_string_append_printf (message, "%s%s", message->len ? "; " : "",
                            (const char *) g_ptr_array_index (reasons, i));

  g_set_error (error, PAYDAY_ERROR, PAYDAY_ERROR_NOT_FOUND,
               "no exchange rate for %s: %s", lookup->currency, message->str);
  return FALSE;
}

static char *
lookup_steal_warning (Lookup *lookup)
{
  if (lookup->warnings->len == 0)
    return NULL;

  g_ptr_array_add (lookup->warnings, NULL);
  return g_strjoinv ("\n", (char **) lookup->warnings->pdata);
}

static gboolean
check_currency (const char  *currency,
                GError     **error)
{
  if (payday_currency_code_is_valid (currency))
    return TRUE;

  g_set_error (error, PAYDAY_ERROR, PAYDAY_ERROR_INVALID,
               "invalid currency code “%s” (ISO 4217: three uppercase letters, like INR)",
               currency ? currency : "");
  return FALSE;
}

static void
lookup_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  GError *error = NULL;

  if (lookup_run (task_data, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * payday_rates_service_lookup_async:
 * @self: a #PaydayRatesService
 * @currency: ISO 4217 code, three uppercase letters
 * @flags: %PAYDAY_RATES_LOOKUP_OFFLINE, %PAYDAY_RATES_LOOKUP_REFRESH
 * @cancellable: (nullable): a #GCancellable
 * @callback: called on the caller's thread-default main context
 * @user_data: closure data for @callback
 *
 * Finds the USD→@currency rate: a manual rate, else the ECB table, else (only when the
 * ECB lacks @currency) the JSON provider. Each provider's table is downloaded at most
 * once a day (REFRESH forces it) and cached; a failed download keeps the cache and
 * yields a warning. Downloads and file access run in a worker thread.
 */
void
payday_rates_service_lookup_async (PaydayRatesService     *self,
                                   const char             *currency,
                                   PaydayRatesLookupFlags  flags,
                                   GCancellable           *cancellable,
                                   GAsyncReadyCallback     callback,
                                   gpointer                user_data)
{
  g_autoptr(GTask) task = NULL;
  GError *error = NULL;

  g_return_if_fail (PAYDAY_IS_RATES_SERVICE (self));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, payday_rates_service_lookup_async);

  if (!check_currency (currency, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  g_task_set_task_data (task, lookup_new (self, currency, flags), (GDestroyNotify) lookup_free);
  g_task_run_in_thread (task, lookup_thread);
}

/**
 * payday_rates_service_lookup_finish:
 * @self: a #PaydayRatesService
 * @result: the #GAsyncResult given to the callback
 * @rate: (out caller-allocates): the rate found
 * @warning: (out) (optional) (nullable) (transfer full): what to tell the user even
 *   though a rate was found, one line per problem ("using cached rates of 2026-11-20:
 *   ECB: HTTP 500 …"), or %NULL
 * @error: return location for a #GError
 *
 * Returns: %TRUE with @rate set; %FALSE with %PAYDAY_ERROR_NOT_FOUND ("no exchange rate
 *   for XYZ: …"), %PAYDAY_ERROR_INVALID (bad code) or %G_IO_ERROR_CANCELLED
 */
gboolean
payday_rates_service_lookup_finish (PaydayRatesService  *self,
                                    GAsyncResult        *result,
                                    PaydayRate          *rate,
                                    char               **warning,
                                    GError             **error)
{
  Lookup *lookup;

  g_return_val_if_fail (PAYDAY_IS_RATES_SERVICE (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (rate != NULL, FALSE);

  if (warning)
    *warning = NULL;

  lookup = g_task_get_task_data (G_TASK (result));
  if (lookup != NULL && warning)
    *warning = lookup_steal_warning (lookup);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;

  *rate = lookup->rate;
  return TRUE;
}

/**
 * payday_rates_service_lookup_sync:
 * @self: a #PaydayRatesService
 * @currency: ISO 4217 code
 * @flags: lookup flags
 * @cancellable: (nullable): a #GCancellable
 * @rate: (out caller-allocates): the rate found
 * @warning: (out) (optional) (nullable) (transfer full): see
 *   payday_rates_service_lookup_finish()
 * @error: return location for a #GError
 *
 * The blocking form of payday_rates_service_lookup_async(), for the command line.
 *
 * Returns: %TRUE with @rate set
 */
gboolean
payday_rates_service_lookup_sync (PaydayRatesService      *self,
                                  const char              *currency,
                                  PaydayRatesLookupFlags   flags,
                                  GCancellable            *cancellable,
                                  PaydayRate              *rate,
                                  char                   **warning,
                                  GError                 **error)
{
  g_autoptr(Lookup) lookup = NULL;
  gboolean ok;

  g_return_val_if_fail (PAYDAY_IS_RATES_SERVICE (self), FALSE);
  g_return_val_if_fail (rate != NULL, FALSE);

  if (warning)
    *warning = NULL;

  if (!check_currency (currency, error))
    return FALSE;

  lookup = lookup_new (self, currency, flags);
  ok = lookup_run (lookup, cancellable, error);

  if (warning)
    *warning = lookup_steal_warning (lookup);
  if (ok)
    *rate = lookup->rate;

  return ok;
}

/**
 * payday_rates_service_set_manual_rate:
 * @self: a #PaydayRatesService
 * @currency: ISO 4217 code
 * @units_per_usd: the user's rate (units of @currency per USD), or 0 to forget it
 *
 * A manual rate from the preferences: it beats both providers and needs no network.
 */
void
payday_rates_service_set_manual_rate (PaydayRatesService *self,
                                      const char         *currency,
                                      double              units_per_usd)
{
  g_return_if_fail (PAYDAY_IS_RATES_SERVICE (self));
  g_return_if_fail (payday_currency_code_is_valid (currency));

  if (units_per_usd > 0 && units_per_usd <= PAYDAY_RATE_MAX)
    g_hash_table_insert (self->manual_rates, g_strdup (currency),
                         g_memdup2 (&units_per_usd, sizeof units_per_usd));
  else
    g_hash_table_remove (self->manual_rates, currency);
}

/* g_set_str() is GLib 2.76; the floor is 2.74. */
static gboolean
set_str (char       **field,
         const char  *value)
{
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

PaydayRatesService *
payday_rates_service_new (void)
{
  return g_object_new (PAYDAY_TYPE_RATES_SERVICE, NULL);
}

const char *
payday_rates_service_get_cache_dir (PaydayRatesService *self)
{
  g_return_val_if_fail (PAYDAY_IS_RATES_SERVICE (self), NULL);
  return self->cache_dir;
}

/**
 * payday_rates_service_set_cache_dir:
 * @self: a #PaydayRatesService
 * @cache_dir: (nullable): the folder of the cache files; %NULL for
 *   `$XDG_CACHE_HOME/payday`
 */
void
payday_rates_service_set_cache_dir (PaydayRatesService *self,
                                    const char         *cache_dir)
{
  g_autofree char *dir = NULL;

  g_return_if_fail (PAYDAY_IS_RATES_SERVICE (self));

  dir = cache_dir ? g_strdup (cache_dir) : g_build_filename (g_get_user_cache_dir (), "payday", NULL);
  if (set_str (&self->cache_dir, dir))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CACHE_DIR]);
}

const char *
payday_rates_service_get_ecb_url (PaydayRatesService *self)
{
  g_return_val_if_fail (PAYDAY_IS_RATES_SERVICE (self), NULL);
  return self->ecb_url;
}

/**
 * payday_rates_service_set_ecb_url:
 * @self: a #PaydayRatesService
 * @url: (nullable): an address serving ECB-format XML; %NULL for `PAYDAY_RATES_URL`
 *   from the environment, else %PAYDAY_RATES_DEFAULT_ECB_URL
 */
void
payday_rates_service_set_ecb_url (PaydayRatesService *self,
                                  const char         *url)
{
  const char *env = g_getenv ("PAYDAY_RATES_URL");

  g_return_if_fail (PAYDAY_IS_RATES_SERVICE (self));

  if (url == NULL)
    url = env && *env ? env : PAYDAY_RATES_DEFAULT_ECB_URL;
  if (set_str (&self->ecb_url, url))
    {
      backoff_record (self, PROVIDER_ECB, NULL);   /* a new address deserves a try */
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ECB_URL]);
    }
}

const char *
payday_rates_service_get_json_url (PaydayRatesService *self)
{
  g_return_val_if_fail (PAYDAY_IS_RATES_SERVICE (self), NULL);
  return self->json_url;
}

/**
 * payday_rates_service_set_json_url:
 * @self: a #PaydayRatesService
 * @url: (nullable): an address serving JSON USD rates; %NULL for
 *   `PAYDAY_RATES_JSON_URL` from the environment, else %PAYDAY_RATES_DEFAULT_JSON_URL
 */
void
payday_rates_service_set_json_url (PaydayRatesService *self,
                                   const char         *url)
{
  const char *env = g_getenv ("PAYDAY_RATES_JSON_URL");

  g_return_if_fail (PAYDAY_IS_RATES_SERVICE (self));

  if (url == NULL)
    url = env && *env ? env : PAYDAY_RATES_DEFAULT_JSON_URL;
  if (set_str (&self->json_url, url))
    {
      backoff_record (self, PROVIDER_JSON, NULL);
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_JSON_URL]);
    }
}

guint
payday_rates_service_get_timeout (PaydayRatesService *self)
{
  g_return_val_if_fail (PAYDAY_IS_RATES_SERVICE (self), 0);
  return self->timeout;
}

/**
 * payday_rates_service_set_timeout:
 * @self: a #PaydayRatesService
 * @seconds: the time-out of each request's connection and reads, at least 1
 */
void
payday_rates_service_set_timeout (PaydayRatesService *self,
                                  guint               seconds)
{
  g_return_if_fail (PAYDAY_IS_RATES_SERVICE (self));
  g_return_if_fail (seconds > 0);

  if (self->timeout != seconds)
    {
      self->timeout = seconds;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_TIMEOUT]);
    }
}

GNetworkMonitor *
payday_rates_service_get_network_monitor (PaydayRatesService *self)
{
  g_return_val_if_fail (PAYDAY_IS_RATES_SERVICE (self), NULL);
  return self->network_monitor;
}

/**
 * payday_rates_service_set_network_monitor:
 * @self: a #PaydayRatesService
 * @monitor: (nullable): the monitor to ask before fetching (the default one unless
 *   set); %NULL to always try
 */
void
payday_rates_service_set_network_monitor (PaydayRatesService *self,
                                          GNetworkMonitor    *monitor)
{
  g_return_if_fail (PAYDAY_IS_RATES_SERVICE (self));
  g_return_if_fail (!monitor || G_IS_NETWORK_MONITOR (monitor));

  if (g_set_object (&self->network_monitor, monitor))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_NETWORK_MONITOR]);
}

static void
payday_rates_service_dispose (GObject *object)
{
  PaydayRatesService *self = (PaydayRatesService *)object;

  g_clear_object (&self->network_monitor);

  G_OBJECT_CLASS (payday_rates_service_parent_class)->dispose (object);
}

static void
payday_rates_service_finalize (GObject *object)
{
  PaydayRatesService *self = (PaydayRatesService *)object;

  g_clear_pointer (&self->cache_dir, g_free);
  g_clear_pointer (&self->ecb_url, g_free);
  g_clear_pointer (&self->json_url, g_free);
  g_clear_pointer (&self->manual_rates, g_hash_table_unref);
  for (guint i = 0; i < N_PROVIDERS; i++)
    g_clear_pointer (&self->backoff[i].failure, g_free);
  g_mutex_clear (&self->mutex);

  G_OBJECT_CLASS (payday_rates_service_parent_class)->finalize (object);
}

static void
payday_rates_service_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  PaydayRatesService *self = PAYDAY_RATES_SERVICE (object);

  switch (prop_id)
    {
    case PROP_CACHE_DIR:
      g_value_set_string (value, payday_rates_service_get_cache_dir (self));
      break;

    case PROP_ECB_URL:
      g_value_set_string (value, payday_rates_service_get_ecb_url (self));
      break;

    case PROP_JSON_URL:
      g_value_set_string (value, payday_rates_service_get_json_url (self));
      break;

    case PROP_TIMEOUT:
      g_value_set_uint (value, payday_rates_service_get_timeout (self));
      break;

    case PROP_NETWORK_MONITOR:
      g_value_set_object (value, payday_rates_service_get_network_monitor (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
payday_rates_service_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  PaydayRatesService *self = PAYDAY_RATES_SERVICE (object);

  switch (prop_id)
    {
    case PROP_CACHE_DIR:
      payday_rates_service_set_cache_dir (self, g_value_get_string (value));
      break;

    case PROP_ECB_URL:
      payday_rates_service_set_ecb_url (self, g_value_get_string (value));
      break;

    case PROP_JSON_URL:
      payday_rates_service_set_json_url (self, g_value_get_string (value));
      break;

    case PROP_TIMEOUT:
      payday_rates_service_set_timeout (self, g_value_get_uint (value));
      break;

    case PROP_NETWORK_MONITOR:
      payday_rates_service_set_network_monitor (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
payday_rates_service_class_init (PaydayRatesServiceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = payday_rates_service_dispose;
  object_class->finalize = payday_rates_service_finalize;
  object_class->get_property = payday_rates_service_get_property;
  object_class->set_property = payday_rates_service_set_property;

  properties [PROP_CACHE_DIR] =
    g_param_spec_string ("cache-dir", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT | G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_ECB_URL] =
    g_param_spec_string ("ecb-url", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT | G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_JSON_URL] =
    g_param_spec_string ("json-url", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT | G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_TIMEOUT] =
    g_param_spec_uint ("timeout", NULL, NULL,
                       1, 600, PAYDAY_RATES_DEFAULT_TIMEOUT,
                       (G_PARAM_READWRITE | G_PARAM_CONSTRUCT | G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS));

  properties [PROP_NETWORK_MONITOR] =
    g_param_spec_object ("network-monitor", NULL, NULL,
                         G_TYPE_NETWORK_MONITOR,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
payday_rates_service_init (PaydayRatesService *self)
{
  g_mutex_init (&self->mutex);
  self->timeout = PAYDAY_RATES_DEFAULT_TIMEOUT;
  self->manual_rates = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->network_monitor = g_object_ref (g_network_monitor_get_default ());
}
