/* payday-rates-lookup.c — one rate lookup in a worker thread: cache, download, parse, back-off
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <libsoup/soup.h>

#include "payday-error.h"
#include "payday-rates-service-private.h"

void
payday_rates_lookup_free (Lookup *lookup)
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

Lookup *
payday_rates_lookup_new (PaydayRatesService     *self,
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

void
payday_rates_backoff_record (PaydayRatesService *self,
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

          payday_rates_backoff_record (lookup->self, id, NULL);
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
      payday_rates_backoff_record (lookup->self, id, failure);
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

gboolean
payday_rates_lookup_run (Lookup        *lookup,
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

char *
payday_rates_lookup_steal_warning (Lookup *lookup)
{
  if (lookup->warnings->len == 0)
    return NULL;

  g_ptr_array_add (lookup->warnings, NULL);
  return g_strjoinv ("\n", (char **) lookup->warnings->pdata);
}

gboolean
payday_rates_check_currency (const char  *currency,
                             GError     **error)
{
  if (payday_currency_code_is_valid (currency))
    return TRUE;

  g_set_error (error, PAYDAY_ERROR, PAYDAY_ERROR_INVALID,
               "invalid currency code “%s” (ISO 4217: three uppercase letters, like INR)",
               currency ? currency : "");
  return FALSE;
}

void
payday_rates_lookup_thread (GTask        *task,
                            gpointer      source_object,
                            gpointer      task_data,
                            GCancellable *cancellable)
{
  GError *error = NULL;

  if (payday_rates_lookup_run (task_data, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}
