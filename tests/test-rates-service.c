/* test-rates-service.c — the rates service against a local SoupServer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <libsoup/soup.h>

#include "payday-error.h"
#include "payday-rates-service.h"

#define USD_JSON \
  "{\"result\":\"success\",\"time_last_update_unix\":1764288001," \
  "\"time_last_update_utc\":\"Fri, 28 Nov 2025 00:00:01 +0000\",\"base_code\":\"USD\"," \
  "\"rates\":{\"USD\":1,\"INR\":89.28,\"PKR\":278.5,\"EUR\":0.8625}}"

#define ABSURD_XML \
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" \
  "<gesmes:Envelope xmlns:gesmes=\"http://www.gesmes.org/xml/2002-08-01\" " \
  "xmlns=\"http://www.ecb.int/vocabulary/2002-08-01/eurofxref\"><Cube>" \
  "<Cube time='2026-11-27'><Cube currency='USD' rate='1.05'/><Cube currency='INR' rate='0'/>" \
  "</Cube></Cube></gesmes:Envelope>\n"

/* A SoupServer on 127.0.0.1 in its own thread, so both the async lookups (worker
 * threads) and the blocking lookup (this thread) can reach it. */
typedef struct
{
  GThread      *thread;
  GMainContext *context;
  GMainLoop    *loop;
  char         *base_url;
  GBytes       *good_xml;

  GMutex        mutex;
  GCond         cond;
  gboolean      ready;
  GHashTable   *hits;    /* path → count */
} Server;

typedef struct
{
  Server              server;
  char               *cache_dir;
  char               *ecb_cache;
  PaydayRatesService *service;
} Fixture;

/* Under AddressSanitizer, unwind fully at every malloc in this test: Debian's GLib and
 * libsoup have no frame pointers, so the fast unwinder stops at g_malloc, and the
 * build-aux/lsan.supp entries for libsoup's own SoupServer leaks (this test's local HTTP
 * server) could not recognise them. ASAN_OPTIONS still overrides this default. */
#if defined(__SANITIZE_ADDRESS__)
# define PAYDAY_TEST_ASAN 1
#elif defined(__has_feature)
# if __has_feature(address_sanitizer)
#  define PAYDAY_TEST_ASAN 1
# endif
#endif
#ifdef PAYDAY_TEST_ASAN
const char *__asan_default_options (void);

const char *
__asan_default_options (void)
{
  return "fast_unwind_on_malloc=0";
}
#endif

static void
handle (SoupServer        *soup_server,
        SoupServerMessage *msg,
        const char        *path,
        GHashTable        *query,
        gpointer           user_data)
{
  Server *server = user_data;
  gsize length;
  const char *good = g_bytes_get_data (server->good_xml, &length);

  g_mutex_lock (&server->mutex);
  g_hash_table_insert (server->hits, g_strdup (path),
                       GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (server->hits, path)) + 1));
  g_mutex_unlock (&server->mutex);

  if (strcmp (path, "/good.xml") == 0)
    {
      soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
      soup_server_message_set_response (msg, "text/xml", SOUP_MEMORY_COPY, good, length);
    }
  else if (strcmp (path, "/500") == 0)
    soup_server_message_set_status (msg, SOUP_STATUS_INTERNAL_SERVER_ERROR, NULL);
  else if (strcmp (path, "/html") == 0)
    {
      static const char html[] = "<!DOCTYPE html>\n<html><head><title>Welcome</title></head>"
                                 "<body><p>Please log in to the hotel Wi-Fi.</p></body></html>";

      soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
      soup_server_message_set_response (msg, "text/html", SOUP_MEMORY_STATIC, html, strlen (html));
    }
  else if (strcmp (path, "/truncated.xml") == 0)
    {
      soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
      soup_server_message_set_response (msg, "text/xml", SOUP_MEMORY_COPY, good, length * 2 / 3);
    }
  else if (strcmp (path, "/absurd.xml") == 0)
    {
      soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
      soup_server_message_set_response (msg, "text/xml", SOUP_MEMORY_STATIC,
                                        ABSURD_XML, strlen (ABSURD_XML));
    }
  else if (strcmp (path, "/usd.json") == 0)
    {
      soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
      soup_server_message_set_response (msg, "application/json", SOUP_MEMORY_STATIC,
                                        USD_JSON, strlen (USD_JSON));
    }
  else if (strcmp (path, "/hang") == 0)
    soup_server_message_pause (msg);   /* never answers */
  else
    soup_server_message_set_status (msg, SOUP_STATUS_NOT_FOUND, NULL);
}

static gpointer
server_thread (gpointer data)
{
  Server *server = data;
  g_autoptr(SoupServer) soup_server = NULL;
  g_autoptr(GError) error = NULL;
  GSList *uris;

  g_main_context_push_thread_default (server->context);

  soup_server = soup_server_new ("server-header", "payday-test ", NULL);
  soup_server_add_handler (soup_server, NULL, handle, server, NULL);
  soup_server_listen_local (soup_server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error);
  g_assert_no_error (error);

  uris = soup_server_get_uris (soup_server);
  g_assert_nonnull (uris);

  g_mutex_lock (&server->mutex);
  server->base_url = g_strdup_printf ("http://127.0.0.1:%d", g_uri_get_port (uris->data));
  server->ready = TRUE;
  g_cond_signal (&server->cond);
  g_mutex_unlock (&server->mutex);
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);

  g_main_loop_run (server->loop);

  soup_server_disconnect (soup_server);
  while (g_main_context_iteration (server->context, FALSE))
    ;
  g_clear_object (&soup_server);
  while (g_main_context_iteration (server->context, FALSE))
    ;

  g_main_context_pop_thread_default (server->context);
  return NULL;
}

static guint
hits (Fixture    *f,
      const char *path)
{
  guint n;

  g_mutex_lock (&f->server.mutex);
  n = GPOINTER_TO_UINT (g_hash_table_lookup (f->server.hits, path));
  g_mutex_unlock (&f->server.mutex);

  return n;
}

static guint
total_hits (Fixture *f)
{
  GHashTableIter iter;
  gpointer value;
  guint n = 0;

  g_mutex_lock (&f->server.mutex);
  g_hash_table_iter_init (&iter, f->server.hits);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    n += GPOINTER_TO_UINT (value);
  g_mutex_unlock (&f->server.mutex);

  return n;
}

static char *
url (Fixture    *f,
     const char *path)
{
  return g_strconcat (f->server.base_url, path, NULL);
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "eurofxref-daily-2022-07-08.xml", NULL);
  g_autofree char *ecb = NULL;
  g_autofree char *json = NULL;
  g_autoptr(GError) error = NULL;
  char *text;
  gsize length;

  g_file_get_contents (path, &text, &length, &error);
  g_assert_no_error (error);
  f->server.good_xml = g_bytes_new_take (text, length);
  g_mutex_init (&f->server.mutex);
  g_cond_init (&f->server.cond);
  f->server.hits = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  f->server.context = g_main_context_new ();
  f->server.loop = g_main_loop_new (f->server.context, FALSE);
  f->server.thread = g_thread_new ("test-server", server_thread, &f->server);

  g_mutex_lock (&f->server.mutex);
  while (!f->server.ready)
    g_cond_wait (&f->server.cond, &f->server.mutex);
  g_mutex_unlock (&f->server.mutex);

  f->cache_dir = g_dir_make_tmp ("payday-rates-service-XXXXXX", &error);
  g_assert_no_error (error);
  f->ecb_cache = g_build_filename (f->cache_dir, PAYDAY_RATES_ECB_CACHE, NULL);

  ecb = url (f, "/good.xml");
  json = url (f, "/usd.json");
  f->service = g_object_new (PAYDAY_TYPE_RATES_SERVICE,
                             "cache-dir", f->cache_dir,
                             "ecb-url", ecb,
                             "json-url", json,
                             "timeout", 1,
                             NULL);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;
  GWeakRef weak;
  GObject *alive;
  guint tries = 0;

  /* A worker thread drops its task (and the service) just after the callback was
   * queued: give it a moment, then the service must be gone. */
  g_weak_ref_init (&weak, f->service);
  g_clear_object (&f->service);
  while ((alive = g_weak_ref_get (&weak)) != NULL && tries++ < 200)
    {
      g_object_unref (alive);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (G_USEC_PER_SEC / 100);
    }
  g_assert_null (alive);
  g_weak_ref_clear (&weak);

  g_main_context_invoke (f->server.context, (GSourceFunc) g_main_loop_quit, f->server.loop);
  g_thread_join (f->server.thread);
  g_main_loop_unref (f->server.loop);
  g_main_context_unref (f->server.context);
  g_hash_table_unref (f->server.hits);
  g_bytes_unref (f->server.good_xml);
  g_free (f->server.base_url);
  g_mutex_clear (&f->server.mutex);
  g_cond_clear (&f->server.cond);

  dir = g_dir_open (f->cache_dir, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (f->cache_dir, name, NULL);

      g_assert_cmpint (g_remove (path), ==, 0);
    }
  g_assert_cmpint (g_rmdir (f->cache_dir), ==, 0);
  g_free (f->cache_dir);
  g_free (f->ecb_cache);
}

static void
store_result (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static gboolean
lookup (Fixture                 *f,
        const char              *currency,
        PaydayRatesLookupFlags   flags,
        PaydayRate              *rate,
        char                   **warning,
        GError                 **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  payday_rates_service_lookup_async (f->service, currency, flags, NULL, store_result, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);

  return payday_rates_service_lookup_finish (f->service, result, rate, warning, error);
}

/* A good cache of the 2022-07-08 ECB rates, downloaded @days_ago. */
static void
write_ecb_cache (Fixture *f,
                 int      days_ago)
{
  g_autoptr(PaydayRateTable) table = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;
  const char *xml = g_bytes_get_data (f->server.good_xml, &length);

  table = payday_rates_parse_ecb (xml, length, &error);
  g_assert_no_error (error);
  payday_rate_table_save_cache (table, payday_date_today_utc () - days_ago, f->ecb_cache, &error);
  g_assert_no_error (error);
}

static char *
read_file (const char *path)
{
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  return text;
}

static void
assert_contains (const char *text,
                 const char *fragment)
{
  if (text == NULL || strstr (text, fragment) == NULL)
    g_error ("“%s” does not contain “%s”", text ? text : "(null)", fragment);
}

static void
assert_inr_2022 (const PaydayRate *rate)
{
  g_assert_cmpstr (rate->currency, ==, "INR");
  g_assert_cmpfloat_with_epsilon (rate->rate, 79.2364459313195, 1e-12);
  g_assert_cmpint (rate->date, ==, payday_date_from_ymd (2022, 7, 8));
  g_assert_cmpstr (rate->source, ==, "ECB");
}

static void
test_defaults (void)
{
  g_autoptr(PaydayRatesService) service = NULL;
  g_autofree char *cache = g_build_filename (g_get_user_cache_dir (), "payday", NULL);

  g_unsetenv ("PAYDAY_RATES_URL");
  g_unsetenv ("PAYDAY_RATES_JSON_URL");
  service = payday_rates_service_new ();
  g_assert_cmpstr (payday_rates_service_get_ecb_url (service), ==, PAYDAY_RATES_DEFAULT_ECB_URL);
  g_assert_cmpstr (payday_rates_service_get_json_url (service), ==, PAYDAY_RATES_DEFAULT_JSON_URL);
  g_assert_cmpstr (payday_rates_service_get_cache_dir (service), ==, cache);
  g_assert_cmpuint (payday_rates_service_get_timeout (service), ==, 10);
  g_assert_nonnull (payday_rates_service_get_network_monitor (service));
  g_clear_object (&service);

  g_setenv ("PAYDAY_RATES_URL", "http://mirror.example/ecb.xml", TRUE);
  g_setenv ("PAYDAY_RATES_JSON_URL", "http://mirror.example/usd.json", TRUE);
  service = payday_rates_service_new ();
  g_assert_cmpstr (payday_rates_service_get_ecb_url (service), ==, "http://mirror.example/ecb.xml");
  g_assert_cmpstr (payday_rates_service_get_json_url (service), ==, "http://mirror.example/usd.json");
  g_unsetenv ("PAYDAY_RATES_URL");
  g_unsetenv ("PAYDAY_RATES_JSON_URL");
}

static void
test_good_fetch (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(PaydayRateTable) cached = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *warning = NULL;
  PaydayDate fetched_on;
  PaydayRate rate;

  g_assert_false (g_file_test (f->ecb_cache, G_FILE_TEST_EXISTS));
  g_assert_true (lookup (f, "INR", PAYDAY_RATES_LOOKUP_NONE, &rate, &warning, &error));
  g_assert_no_error (error);
  g_assert_null (warning);
  assert_inr_2022 (&rate);
  g_assert_cmpuint (hits (f, "/good.xml"), ==, 1);
  g_assert_cmpuint (hits (f, "/usd.json"), ==, 0);   /* the ECB has INR */

  cached = payday_rate_table_load_cache (f->ecb_cache, &fetched_on, &error);
  g_assert_no_error (error);
  g_assert_cmpint (fetched_on, ==, payday_date_today_utc ());
  g_assert_cmpint (payday_rate_table_get_date (cached), ==, payday_date_from_ymd (2022, 7, 8));
  g_assert_cmpuint (payday_rate_table_get_n_rates (cached), ==, 31);

  /* The same day: no request, for any ECB currency. */
  g_assert_true (lookup (f, "INR", PAYDAY_RATES_LOOKUP_NONE, &rate, &warning, &error));
  assert_inr_2022 (&rate);
  g_assert_true (lookup (f, "JPY", PAYDAY_RATES_LOOKUP_NONE, &rate, &warning, &error));
  g_assert_cmpfloat_with_epsilon (rate.rate, 138.05 / 1.0163, 1e-12);
  g_assert_null (warning);
  g_assert_cmpuint (hits (f, "/good.xml"), ==, 1);

  /* REFRESH forces one request. */
  g_assert_true (lookup (f, "INR", PAYDAY_RATES_LOOKUP_REFRESH, &rate, &warning, &error));
  assert_inr_2022 (&rate);
  g_assert_cmpuint (hits (f, "/good.xml"), ==, 2);

  /* A cache from yesterday is refreshed once. */
  write_ecb_cache (f, 1);
  g_assert_true (lookup (f, "INR", PAYDAY_RATES_LOOKUP_NONE, &rate, &warning, &error));
  g_assert_true (lookup (f, "INR", PAYDAY_RATES_LOOKUP_NONE, &rate, &warning, &error));
  g_assert_cmpuint (hits (f, "/good.xml"), ==, 3);
  g_assert_cmpuint (total_hits (f), ==, 3);
}

static void
test_failures_keep_cache (Fixture       *f,
                          gconstpointer  data)
{
  static const struct {
    const char *path;
    const char *fragment;
  } bad[] = {
    { "/500", "HTTP 500 Internal Server Error" },
    { "/html", "HTML" },
    { "/truncated.xml", "truncated" },
    { "/absurd.xml", "absurd rate 0 for INR" },
    { "/missing", "HTTP 404" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *warning = NULL;
      g_autofree char *before = NULL;
      g_autofree char *after = NULL;
      g_autofree char *address = url (f, bad[i].path);
      PaydayRate rate;

      write_ecb_cache (f, 3);
      before = read_file (f->ecb_cache);
      payday_rates_service_set_ecb_url (f->service, address);

      g_assert_true (lookup (f, "INR", PAYDAY_RATES_LOOKUP_NONE, &rate, &warning, &error));
      g_assert_no_error (error);
      assert_inr_2022 (&rate);
      g_assert_cmpuint (hits (f, bad[i].path), ==, 1);
      g_assert_true (g_str_has_prefix (warning, "using cached rates of 2022-07-08: ECB"));
      assert_contains (warning, bad[i].fragment);
      after = read_file (f->ecb_cache);
      g_assert_cmpstr (before, ==, after);

      /* The failure is remembered for a while: no new request, same warning. */
      g_clear_pointer (&warning, g_free);
      g_assert_true (lookup (f, "INR", PAYDAY_RATES_LOOKUP_NONE, &rate, &warning, &error));
      g_assert_cmpuint (hits (f, bad[i].path), ==, 1);
      assert_contains (warning, bad[i].fragment);

      /* …unless asked to refresh. */
      g_clear_pointer (&warning, g_free);
      g_assert_true (lookup (f, "INR", PAYDAY_RATES_LOOKUP_REFRESH, &rate, &warning, &error));
      g_assert_cmpuint (hits (f, bad[i].path), ==, 2);
      assert_contains (warning, "using cached rates of 2022-07-08");
    }

  g_assert_cmpuint (hits (f, "/usd.json"), ==, 0);
}

static void
test_failure_without_cache (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *warning = NULL;
  g_autofree char *bad = url (f, "/500");
  g_autofree char *json_cache = g_build_filename (f->cache_dir, PAYDAY_RATES_JSON_CACHE, NULL);
  PaydayRate rate;

  /* The ECB fails and nothing is cached: the JSON provider covers INR, with a word. */
  payday_rates_service_set_ecb_url (f->service, bad);
  g_assert_true (lookup (f, "INR", PAYDAY_RATES_LOOKUP_NONE, &rate, &warning, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (rate.source, ==, "127.0.0.1");
  g_assert_cmpfloat (rate.rate, ==, 89.28);
  assert_contains (warning, "ECB: HTTP 500");
  g_assert_false (g_file_test (f->ecb_cache, G_FILE_TEST_EXISTS));

  /* Both fail: a clear error naming both problems. */
  payday_rates_service_set_json_url (f->service, bad);
  g_assert_cmpint (g_remove (json_cache), ==, 0);
  g_clear_pointer (&warning, g_free);
  g_assert_false (lookup (f, "INR", PAYDAY_RATES_LOOKUP_REFRESH, &rate, &warning, &error));
  g_assert_error (error, PAYDAY_ERROR, PAYDAY_ERROR_NOT_FOUND);
  g_assert_true (g_str_has_prefix (error->message, "no exchange rate for INR: ECB: HTTP 500"));
  assert_contains (error->message, "; 127.0.0.1: HTTP 500");
}

static void
test_hang_times_out (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *warning = NULL;
  g_autofree char *hang = url (f, "/hang");
  PaydayRate rate;
  gint64 start;

  payday_rates_service_set_ecb_url (f->service, hang);
  payday_rates_service_set_json_url (f->service, hang);

  start = g_get_monotonic_time ();
  g_assert_false (lookup (f, "INR", PAYDAY_RATES_LOOKUP_NONE, &rate, &warning, &error));
  g_assert_error (error, PAYDAY_ERROR, PAYDAY_ERROR_NOT_FOUND);
  assert_contains (error->message, "no exchange rate for INR: ECB: cannot fetch");
  g_assert_cmpuint (hits (f, "/hang"), ==, 2);
  /* two requests of a 1 s time-out each */
  g_assert_cmpint (g_get_monotonic_time () - start, <, 5 * G_USEC_PER_SEC);
  g_clear_error (&error);

  write_ecb_cache (f, 1);
  start = g_get_monotonic_time ();
  g_assert_true (lookup (f, "INR", PAYDAY_RATES_LOOKUP_REFRESH, &rate, &warning, &error));
  g_assert_no_error (error);
  assert_inr_2022 (&rate);
  g_assert_true (g_str_has_prefix (warning, "using cached rates of 2022-07-08: ECB: cannot fetch"));
  g_assert_cmpint (g_get_monotonic_time () - start, <, 3 * G_USEC_PER_SEC);
}

static void
test_cancel (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *hang = url (f, "/hang");
  PaydayRate rate;

  payday_rates_service_set_timeout (f->service, 30);
  payday_rates_service_set_ecb_url (f->service, hang);
  payday_rates_service_lookup_async (f->service, "INR", PAYDAY_RATES_LOOKUP_NONE, cancellable,
                                     store_result, &result);
  while (hits (f, "/hang") == 0)
    g_main_context_iteration (NULL, FALSE);
  g_cancellable_cancel (cancellable);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);

  g_assert_false (payday_rates_service_lookup_finish (f->service, result, &rate, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

static void
test_offline (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *warning = NULL;
  PaydayRate rate;

  g_assert_false (lookup (f, "INR", PAYDAY_RATES_LOOKUP_OFFLINE, &rate, &warning, &error));
  g_assert_error (error, PAYDAY_ERROR, PAYDAY_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==,
                   "no exchange rate for INR: offline and no cached ECB rates; "
                   "offline and no cached 127.0.0.1 rates");
  g_clear_error (&error);

  /* An old cache is used as it is, even with REFRESH. */
  write_ecb_cache (f, 30);
  g_assert_true (lookup (f, "INR", PAYDAY_RATES_LOOKUP_OFFLINE | PAYDAY_RATES_LOOKUP_REFRESH,
                         &rate, &warning, &error));
  g_assert_no_error (error);
  assert_inr_2022 (&rate);

  /* PKR is not in the ECB table; offline, the JSON provider is not asked either. */
  g_assert_false (lookup (f, "PKR", PAYDAY_RATES_LOOKUP_OFFLINE, &rate, &warning, &error));
  g_assert_error (error, PAYDAY_ERROR, PAYDAY_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==,
                   "no exchange rate for PKR: ECB (rates of 2022-07-08) does not list it; "
                   "offline and no cached 127.0.0.1 rates");

  g_assert_cmpuint (total_hits (f), ==, 0);
}

static void
test_unknown_currency (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *warning = NULL;
  PaydayRate rate;

  g_assert_false (lookup (f, "XYZ", PAYDAY_RATES_LOOKUP_NONE, &rate, &warning, &error));
  g_assert_error (error, PAYDAY_ERROR, PAYDAY_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==,
                   "no exchange rate for XYZ: neither ECB (rates of 2022-07-08) nor "
                   "127.0.0.1 (rates of 2025-11-28) lists it");
  g_assert_null (warning);
  g_clear_error (&error);

  g_assert_false (lookup (f, "inr", PAYDAY_RATES_LOOKUP_NONE, &rate, &warning, &error));
  g_assert_error (error, PAYDAY_ERROR, PAYDAY_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (payday_rates_service_lookup_sync (f->service, "RUPEE", PAYDAY_RATES_LOOKUP_NONE,
                                                    NULL, &rate, &warning, &error));
  g_assert_error (error, PAYDAY_ERROR, PAYDAY_ERROR_INVALID);

  g_assert_cmpuint (hits (f, "/good.xml"), ==, 1);
  g_assert_cmpuint (hits (f, "/usd.json"), ==, 1);
}

static void
test_json_for_pkr (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *warning = NULL;
  g_autofree char *json_cache = g_build_filename (f->cache_dir, PAYDAY_RATES_JSON_CACHE, NULL);
  PaydayRate rate;

  g_assert_true (lookup (f, "PKR", PAYDAY_RATES_LOOKUP_NONE, &rate, &warning, &error));
  g_assert_no_error (error);
  g_assert_null (warning);
  g_assert_cmpstr (rate.currency, ==, "PKR");
  g_assert_cmpfloat (rate.rate, ==, 278.5);
  g_assert_cmpstr (rate.source, ==, "127.0.0.1");
  g_assert_cmpint (rate.date, ==, payday_date_from_ymd (2025, 11, 28));
  g_assert_cmpuint (hits (f, "/good.xml"), ==, 1);
  g_assert_cmpuint (hits (f, "/usd.json"), ==, 1);
  g_assert_true (g_file_test (json_cache, G_FILE_TEST_EXISTS));

  /* INR stays with the ECB although the JSON provider has it; nothing is fetched again. */
  g_assert_true (lookup (f, "INR", PAYDAY_RATES_LOOKUP_NONE, &rate, &warning, &error));
  assert_inr_2022 (&rate);
  g_assert_true (lookup (f, "PKR", PAYDAY_RATES_LOOKUP_NONE, &rate, &warning, &error));
  g_assert_cmpfloat (rate.rate, ==, 278.5);
  g_assert_cmpuint (total_hits (f), ==, 2);

  /* 1,234.56 USD in PKR */
  g_assert_cmpfloat (payday_rate_convert_cents (&rate, 123456), ==, 343824.96);
}

static void
test_manual_and_usd (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *warning = NULL;
  PaydayRate rate;

  payday_rates_service_set_manual_rate (f->service, "INR", 83.5);
  g_assert_true (lookup (f, "INR", PAYDAY_RATES_LOOKUP_REFRESH, &rate, &warning, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (rate.source, ==, "manual");
  g_assert_cmpfloat (rate.rate, ==, 83.5);
  g_assert_cmpint (rate.date, ==, payday_date_today_utc ());

  g_assert_true (lookup (f, "USD", PAYDAY_RATES_LOOKUP_NONE, &rate, &warning, &error));
  g_assert_cmpstr (rate.source, ==, "fixed");
  g_assert_cmpfloat (rate.rate, ==, 1.0);
  g_assert_cmpuint (total_hits (f), ==, 0);

  payday_rates_service_set_manual_rate (f->service, "INR", 0);
  g_assert_true (lookup (f, "INR", PAYDAY_RATES_LOOKUP_NONE, &rate, &warning, &error));
  assert_inr_2022 (&rate);
  g_assert_cmpuint (total_hits (f), ==, 1);
}

static void
test_sync (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *warning = NULL;
  g_autofree char *bad = url (f, "/html");
  PaydayRate rate;

  g_assert_true (payday_rates_service_lookup_sync (f->service, "INR", PAYDAY_RATES_LOOKUP_NONE,
                                                   NULL, &rate, &warning, &error));
  g_assert_no_error (error);
  g_assert_null (warning);
  assert_inr_2022 (&rate);
  g_assert_true (payday_rates_service_lookup_sync (f->service, "INR", PAYDAY_RATES_LOOKUP_NONE,
                                                   NULL, &rate, &warning, &error));
  g_assert_cmpuint (hits (f, "/good.xml"), ==, 1);

  payday_rates_service_set_ecb_url (f->service, bad);
  g_assert_true (payday_rates_service_lookup_sync (f->service, "INR", PAYDAY_RATES_LOOKUP_REFRESH,
                                                   NULL, &rate, &warning, &error));
  assert_inr_2022 (&rate);
  g_assert_cmpstr (warning, ==,
                   "using cached rates of 2022-07-08: ECB rates: got an HTML page, not reference rates");
}

/* A network monitor that says there is no network. */
#define FAKE_TYPE_MONITOR (fake_monitor_get_type ())
G_DECLARE_FINAL_TYPE (FakeMonitor, fake_monitor, FAKE, MONITOR, GObject)

struct _FakeMonitor
{
  GObject parent_instance;
};

static gboolean
fake_monitor_can_reach (GNetworkMonitor     *monitor,
                        GSocketConnectable  *connectable,
                        GCancellable        *cancellable,
                        GError             **error)
{
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_NETWORK_UNREACHABLE, "no network");
  return FALSE;
}

static void
fake_monitor_iface_init (GNetworkMonitorInterface *iface)
{
  iface->can_reach = fake_monitor_can_reach;
}

static gboolean
fake_monitor_initable_init (GInitable     *initable,
                            GCancellable  *cancellable,
                            GError       **error)
{
  return TRUE;
}

static void
fake_monitor_initable_iface_init (GInitableIface *iface)
{
  iface->init = fake_monitor_initable_init;
}

G_DEFINE_FINAL_TYPE_WITH_CODE (FakeMonitor, fake_monitor, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_INITABLE, fake_monitor_initable_iface_init)
                               G_IMPLEMENT_INTERFACE (G_TYPE_NETWORK_MONITOR, fake_monitor_iface_init))

enum { FAKE_PROP_0, FAKE_PROP_AVAILABLE, FAKE_PROP_METERED, FAKE_PROP_CONNECTIVITY };

static void
fake_monitor_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  switch (prop_id)
    {
    case FAKE_PROP_AVAILABLE:
    case FAKE_PROP_METERED:
      g_value_set_boolean (value, FALSE);
      break;

    case FAKE_PROP_CONNECTIVITY:
      g_value_set_enum (value, G_NETWORK_CONNECTIVITY_LOCAL);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fake_monitor_class_init (FakeMonitorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = fake_monitor_get_property;
  g_object_class_override_property (object_class, FAKE_PROP_AVAILABLE, "network-available");
  g_object_class_override_property (object_class, FAKE_PROP_METERED, "network-metered");
  g_object_class_override_property (object_class, FAKE_PROP_CONNECTIVITY, "connectivity");
}

static void
fake_monitor_init (FakeMonitor *self)
{
}

static void
test_no_network (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GNetworkMonitor) monitor = g_object_new (FAKE_TYPE_MONITOR, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *warning = NULL;
  g_autofree char *loopback = url (f, "/good.xml");
  PaydayRate rate;

  /* Addresses that would need the network (and cannot resolve: a test must not). */
  payday_rates_service_set_network_monitor (f->service, monitor);
  payday_rates_service_set_ecb_url (f->service, "http://rates.invalid/eurofxref-daily.xml");
  payday_rates_service_set_json_url (f->service, "http://usd.invalid/latest");

  g_assert_false (lookup (f, "INR", PAYDAY_RATES_LOOKUP_NONE, &rate, &warning, &error));
  g_assert_error (error, PAYDAY_ERROR, PAYDAY_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==,
                   "no exchange rate for INR: ECB: no network connection; "
                   "usd.invalid: no network connection");
  g_clear_error (&error);

  write_ecb_cache (f, 2);
  g_assert_true (lookup (f, "INR", PAYDAY_RATES_LOOKUP_REFRESH, &rate, &warning, &error));
  g_assert_no_error (error);
  assert_inr_2022 (&rate);
  g_assert_cmpstr (warning, ==, "using cached rates of 2022-07-08: ECB: no network connection");

  /* A mirror on this machine is reachable whatever the monitor says. */
  payday_rates_service_set_ecb_url (f->service, loopback);
  g_clear_pointer (&warning, g_free);
  g_assert_true (lookup (f, "INR", PAYDAY_RATES_LOOKUP_NONE, &rate, &warning, &error));
  g_assert_null (warning);
  g_assert_cmpuint (hits (f, "/good.xml"), ==, 1);
}

static void
test_damaged_cache (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *warning = NULL;
  PaydayRate rate;

  g_assert_true (g_file_set_contents (f->ecb_cache, "{\"payday_rates_cache\":1,", -1, NULL));
  g_assert_true (lookup (f, "INR", PAYDAY_RATES_LOOKUP_NONE, &rate, &warning, &error));
  g_assert_no_error (error);
  assert_inr_2022 (&rate);
  g_assert_true (g_str_has_prefix (warning, "ignoring the damaged rates cache"));
  g_assert_cmpuint (hits (f, "/good.xml"), ==, 1);

  /* The fresh download replaced it. */
  g_clear_pointer (&warning, g_free);
  g_assert_true (lookup (f, "INR", PAYDAY_RATES_LOOKUP_NONE, &rate, &warning, &error));
  g_assert_null (warning);
  g_assert_cmpuint (hits (f, "/good.xml"), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  /* The server is on 127.0.0.1: no proxy from the environment may stand in between. */
  for (guint i = 0; i < 6; i++)
    g_unsetenv ((const char *[]) { "http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY",
                                   "all_proxy", "ALL_PROXY" }[i]);
  g_setenv ("no_proxy", "127.0.0.1,localhost", TRUE);

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/payday/rates/service/defaults", test_defaults);
#define ADD(name, func) \
  g_test_add ("/payday/rates/service/" name, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("good-fetch-and-once-a-day", test_good_fetch);
  ADD ("failures-keep-cache", test_failures_keep_cache);
  ADD ("failure-without-cache", test_failure_without_cache);
  ADD ("hang-times-out", test_hang_times_out);
  ADD ("cancel", test_cancel);
  ADD ("offline", test_offline);
  ADD ("unknown-currency", test_unknown_currency);
  ADD ("json-for-pkr", test_json_for_pkr);
  ADD ("manual-and-usd", test_manual_and_usd);
  ADD ("sync", test_sync);
  ADD ("no-network", test_no_network);
  ADD ("damaged-cache", test_damaged_cache);
#undef ADD

  return g_test_run ();
}
