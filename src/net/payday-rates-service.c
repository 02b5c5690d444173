/* payday-rates-service.c — fetches, caches and resolves exchange rates with libsoup
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <libsoup/soup.h>

#include "payday-error.h"
#include "payday-rates-service-private.h"

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

  if (!payday_rates_check_currency (currency, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  g_task_set_task_data (task, payday_rates_lookup_new (self, currency, flags),
                        (GDestroyNotify) payday_rates_lookup_free);
  g_task_run_in_thread (task, payday_rates_lookup_thread);
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
    *warning = payday_rates_lookup_steal_warning (lookup);

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

  if (!payday_rates_check_currency (currency, error))
    return FALSE;

  lookup = payday_rates_lookup_new (self, currency, flags);
  ok = payday_rates_lookup_run (lookup, cancellable, error);

  if (warning)
    *warning = payday_rates_lookup_steal_warning (lookup);
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
      payday_rates_backoff_record (self, PROVIDER_ECB, NULL);   /* a new address deserves a try */
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
      payday_rates_backoff_record (self, PROVIDER_JSON, NULL);
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
