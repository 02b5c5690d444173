/* payday-rates-parse.c — reading ECB XML, JSON USD rates and Payday's rates cache
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <math.h>
#include <string.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "payday-error.h"
#include "payday-plan-private.h"
#include "payday-rates-private.h"

#define CACHE_FORMAT 1

/* Strict decimal: the whole string must be a finite number. */
static gboolean
parse_number (const char *text,
              double     *value)
{
  char *end = NULL;

  if (text == NULL || *text == '\0' || g_ascii_isspace (*text))
    return FALSE;

  errno = 0;
  *value = g_ascii_strtod (text, &end);

  return errno == 0 && end != text && *end == '\0' && isfinite (*value);
}

static gboolean
check_size (const char  *what,
            gsize        length,
            GError     **error)
{
  if (length > PAYDAY_RATES_MAX_BYTES)
    {
      g_set_error (error, PAYDAY_ERROR, PAYDAY_ERROR_TOO_LARGE,
                   "%s: document of %" G_GSIZE_FORMAT " bytes is larger than %d bytes",
                   what, length, PAYDAY_RATES_MAX_BYTES);
      return FALSE;
    }

  return TRUE;
}

/* An HTML page (a captive portal, an error page, a moved site) is the most common
 * garbage a rates URL returns: name it instead of reporting a markup error. */
static gboolean
looks_like_html (const char *data,
                 gsize       length)
{
  gsize i = 0;

  if (length >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    i = 3;
  while (i < length && g_ascii_isspace (data[i]))
    i++;

  return (length - i >= 9 && g_ascii_strncasecmp (data + i, "<!doctype", 9) == 0) ||
         (length - i >= 5 && g_ascii_strncasecmp (data + i, "<html", 5) == 0);
}

/* ECB daily XML ------------------------------------------------------------------------ */

typedef struct
{
  PaydayRateTable *table;
  guint            depth;
  gboolean         in_day;     /* inside <Cube time=…> */
  gboolean         day_done;   /* first day read: older days (history files) are ignored */
} EcbParser;

static const char *
local_name (const char *name)
{
  const char *colon = strrchr (name, ':');

  return colon ? colon + 1 : name;
}

static void
ecb_start_element (GMarkupParseContext  *context,
                   const char           *element_name,
                   const char          **attribute_names,
                   const char          **attribute_values,
                   gpointer              user_data,
                   GError              **error)
{
  EcbParser *p = user_data;
  const char *time = NULL, *currency = NULL, *rate = NULL;
  int line, column;

  p->depth++;
  g_markup_parse_context_get_position (context, &line, &column);

  if (p->depth == 1)
    {
      if (g_ascii_strcasecmp (element_name, "html") == 0)
        g_set_error (error, PAYDAY_ERROR, PAYDAY_ERROR_SYNTAX,
                     "ECB rates: got an HTML page, not reference rates");
      else if (strcmp (local_name (element_name), "Envelope") != 0)
        g_set_error (error, PAYDAY_ERROR, PAYDAY_ERROR_SYNTAX,
                     "ECB rates: unexpected root element <%s> (expected gesmes:Envelope)",
                     element_name);
      return;
    }

  if (strcmp (element_name, "Cube") != 0 || p->day_done)
    return;

  for (guint i = 0; attribute_names[i]; i++)
    {
      if (strcmp (attribute_names[i], "time") == 0)
        time = attribute_values[i];
      else if (strcmp (attribute_names[i], "currency") == 0)
        currency = attribute_values[i];
      else if (strcmp (attribute_names[i], "rate") == 0)
        rate = attribute_values[i];
    }

  if (time != NULL)
    {
      PaydayDate date;

      if (p->in_day)
        {
          g_set_error (error, PAYDAY_ERROR, PAYDAY_ERROR_SYNTAX,
                       "ECB rates: line %d: day nested in a day", line);
          return;
        }
      if (!payday_date_parse (time, &date))
        {
          g_set_error (error, PAYDAY_ERROR, PAYDAY_ERROR_INVALID,
                       "ECB rates: line %d: invalid date “%s”", line, time);
          return;
        }
      p->table = payday_rate_table_new (PAYDAY_RATE_SOURCE_ECB, "EUR", date);
      p->in_day = TRUE;
    }
  else if (currency != NULL || rate != NULL)
    {
      g_autoptr(GError) local_error = NULL;
      double value;

      if (!p->in_day)
        {
          g_set_error (error, PAYDAY_ERROR, PAYDAY_ERROR_INVALID,
                       "ECB rates: line %d: rate outside a dated Cube (missing date)", line);
          return;
        }
      if (currency == NULL || rate == NULL)
        {
          g_set_error (error, PAYDAY_ERROR, PAYDAY_ERROR_INVALID,
                       "ECB rates: line %d: Cube needs both currency and rate", line);
          return;
        }
      if (!parse_number (rate, &value))
        {
          g_set_error (error, PAYDAY_ERROR, PAYDAY_ERROR_INVALID,
                       "ECB rates: line %d: rate “%s” of %s is not a number", line, rate, currency);
          return;
        }
      if (!payday_rate_table_add (p->table, currency, value, &local_error))
        g_set_error (error, PAYDAY_ERROR, PAYDAY_ERROR_INVALID,
                     "ECB rates: line %d: %s", line, local_error->message);
    }
}

static void
ecb_end_element (GMarkupParseContext  *context,
                 const char           *element_name,
                 gpointer              user_data,
                 GError              **error)
{
  EcbParser *p = user_data;

  p->depth--;

  /* The day's Cube closes at depth 2 (Envelope > Cube > Cube[time]). */
  if (p->in_day && strcmp (element_name, "Cube") == 0 && p->depth == 2)
    {
      p->in_day = FALSE;
      p->day_done = TRUE;
    }
}

/**
 * payday_rates_parse_ecb:
 * @data: the document
 * @length: its length, or -1 if nul-terminated
 * @error: return location for a #GError
 *
 * Parses the European Central Bank's daily reference rates
 * (`eurofxref-daily.xml`): the date from `Cube time=`, then one rate per currency in
 * units per 1 EUR. A history file with several days yields its first (newest) day.
 * Refuses HTML, malformed or truncated XML, a missing date, non-numeric or absurd
 * rates, duplicate currencies and a day without USD (every Payday figure is
 * crossed from USD).
 *
 * Returns: (transfer full): a table with source "ECB" and base EUR, or %NULL
 */
PaydayRateTable *
payday_rates_parse_ecb (const char  *data,
                        gssize       length,
                        GError     **error)
{
  static const GMarkupParser parser = { ecb_start_element, ecb_end_element, NULL, NULL, NULL };
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autoptr(PaydayRateTable) table = NULL;
  g_autoptr(GError) local_error = NULL;
  EcbParser p = { 0 };
  gboolean ok;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  if (length < 0)
    length = strlen (data);

  if (!check_size ("ECB rates", length, error))
    return NULL;

  if (looks_like_html (data, length))
    {
      g_set_error (error, PAYDAY_ERROR, PAYDAY_ERROR_SYNTAX,
                   "ECB rates: got an HTML page, not reference rates");
      return NULL;
    }

  context = g_markup_parse_context_new (&parser, 0, &p, NULL);
  ok = g_markup_parse_context_parse (context, data, length, &local_error) &&
       g_markup_parse_context_end_parse (context, &local_error);
  table = g_steal_pointer (&p.table);

  if (!ok)
    {
      if (local_error->domain == PAYDAY_ERROR)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error (error, PAYDAY_ERROR, PAYDAY_ERROR_SYNTAX,
                     "ECB rates: malformed or truncated XML: %s", local_error->message);
      return NULL;
    }

  if (table == NULL)
    {
      g_set_error (error, PAYDAY_ERROR, PAYDAY_ERROR_INVALID,
                   "ECB rates: no date (no <Cube time=…>) in the document");
      return NULL;
    }

  if (!payday_rate_table_has (table, "USD"))
    {
      char date[PAYDAY_DATE_BUF];

      g_set_error (error, PAYDAY_ERROR, PAYDAY_ERROR_INVALID,
                   "ECB rates: no USD rate in the day %s", payday_date_format (table->date, date));
      return NULL;
    }

  return g_steal_pointer (&table);
}

/* JSON USD rates ------------------------------------------------------------------------ */

static gboolean
parse_rfc2822_date (const char *text,
                    PaydayDate *date)
{
  static const char months[][4] = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
  };
  char month[4] = "";
  int d = 0, y = 0;

  /* "Fri, 27 Nov 2026 00:02:31 +0000"; the weekday is optional. */
  if (strchr (text, ',') != NULL)
    text = strchr (text, ',') + 1;
  if (sscanf (text, " %2d %3s %4d", &d, month, &y) != 3)
    return FALSE;

  for (guint m = 0; m < G_N_ELEMENTS (months); m++)
    if (strcmp (month, months[m]) == 0 && payday_date_valid_ymd (y, m + 1, d))
      {
        *date = payday_date_from_ymd (y, m + 1, d);
        return TRUE;
      }

  return FALSE;
}

static gboolean
node_get_number (JsonNode *node,
                 double   *value)
{
  GType type;

  if (!JSON_NODE_HOLDS_VALUE (node))
    return FALSE;

  type = json_node_get_value_type (node);
  if (type == G_TYPE_INT64)
    *value = (double) json_node_get_int (node);
  else if (type == G_TYPE_DOUBLE)
    *value = json_node_get_double (node);
  else
    return FALSE;

  return TRUE;
}

static const char *
object_get_string (JsonObject *object,
                   const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    return json_node_get_string (node);

  return NULL;
}

/* Shared by the provider format and the cache format: fill @table from a "rates"
 * object; the base may appear with rate 1 (open.er-api.com lists "USD": 1). */
static gboolean
add_rates_object (PaydayRateTable  *table,
                  const char       *what,
                  JsonNode         *rates,
                  GError          **error)
{
  JsonObjectIter iter;
  const char *code;
  JsonNode *node;

  if (rates == NULL || !JSON_NODE_HOLDS_OBJECT (rates))
    {
      g_set_error (error, PAYDAY_ERROR, PAYDAY_ERROR_INVALID,
                   "%s: no \"rates\" object", what);
      return FALSE;
    }

  /* json-glib keeps only the last of duplicate members, so duplicates cannot be seen here. */
  json_object_iter_init (&iter, json_node_get_object (rates));
  while (json_object_iter_next (&iter, &code, &node))
    {
      g_autoptr(GError) local_error = NULL;
      double value;

      if (!node_get_number (node, &value))
        {
          g_set_error (error, PAYDAY_ERROR, PAYDAY_ERROR_INVALID,
                       "%s: rate of %s is not a number", what, code);
          return FALSE;
        }

      if (strcmp (code, table->base) == 0 && fabs (value - 1.0) < 1e-9)
        continue;

      if (!payday_rate_table_add (table, code, value, &local_error))
        {
          g_set_error (error, PAYDAY_ERROR, PAYDAY_ERROR_INVALID,
                       "%s: %s", what, local_error->message);
          return FALSE;
        }
    }

  if (!payday_rate_table_has (table, "USD"))
    {
      g_set_error (error, PAYDAY_ERROR, PAYDAY_ERROR_INVALID, "%s: no USD rate", what);
      return FALSE;
    }

  return TRUE;
}

static JsonObject *
load_object (JsonParser  *parser,
             const char  *what,
             const char  *data,
             gsize        length,
             GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  JsonNode *root;

  if (!check_size (what, length, error))
    return NULL;

  if (looks_like_html (data, length))
    {
      g_set_error (error, PAYDAY_ERROR, PAYDAY_ERROR_SYNTAX, "%s: got an HTML page, not JSON", what);
      return NULL;
    }

  if (!json_parser_load_from_data (parser, data, length, &local_error))
    {
      g_set_error (error, PAYDAY_ERROR, PAYDAY_ERROR_SYNTAX,
                   "%s: malformed or truncated JSON: %s", what, local_error->message);
      return NULL;
    }

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, PAYDAY_ERROR, PAYDAY_ERROR_INVALID, "%s: not a JSON object", what);
      return NULL;
    }

  return json_node_get_object (root);
}

/**
 * payday_rates_parse_json:
 * @data: the document
 * @length: its length, or -1 if nul-terminated
 * @source: the provider's name to record in the table (for instance its host name)
 * @error: return location for a #GError
 *
 * Parses a key-less JSON rates document, in the layout open.er-api.com serves:
 *
 * |[
 * { "result": "success", "base_code": "USD",
 *   "time_last_update_unix": 1764201601,
 *   "time_last_update_utc": "Fri, 27 Nov 2026 00:00:01 +0000",
 *   "rates": { "USD": 1, "PKR": 278.5, … } }
 * ]|
 *
 * Also accepted: `"base"` for `"base_code"` and `"date": "YYYY-MM-DD"` for the update
 * time (the Frankfurter / exchangerate.host layout). `"result"`, when present, must be
 * `"success"`. The date is `"date"`, else `time_last_update_unix` (UTC day), else
 * `time_last_update_utc`. Rates are units per 1 base unit; the base may list itself
 * with rate 1; the table must reach USD.
 *
 * Returns: (transfer full): a table, or %NULL
 */
PaydayRateTable *
payday_rates_parse_json (const char  *data,
                         gssize       length,
                         const char  *source,
                         GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(PaydayRateTable) table = NULL;
  g_autofree char *what = NULL;
  const char *result, *base, *text;
  PaydayDate date = PAYDAY_DATE_NONE;
  JsonObject *object;
  JsonNode *node;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (source != NULL && *source != '\0', NULL);

  if (length < 0)
    length = strlen (data);

  what = g_strdup_printf ("%s rates", source);
  if (!(object = load_object (parser, what, data, length, error)))
    return NULL;

  if (json_object_has_member (object, "result") &&
      g_strcmp0 ((result = object_get_string (object, "result")), "success") != 0)
    {
      const char *detail = object_get_string (object, "error-type");

      g_set_error (error, PAYDAY_ERROR, PAYDAY_ERROR_FAILED,
                   "%s: the provider reports an error (%s)",
                   what, detail ? detail : result ? result : "no reason given");
      return NULL;
    }

  base = object_get_string (object, "base_code");
  if (base == NULL)
    base = object_get_string (object, "base");
  if (!payday_currency_code_is_valid (base))
    {
      g_set_error (error, PAYDAY_ERROR, PAYDAY_ERROR_INVALID,
                   "%s: missing or invalid base currency", what);
      return NULL;
    }

  if ((text = object_get_string (object, "date")) != NULL)
    {
      if (!payday_date_parse (text, &date))
        date = PAYDAY_DATE_NONE;
    }
  else if ((node = json_object_get_member (object, "time_last_update_unix")) != NULL &&
           JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_INT64)
    {
      gint64 seconds = json_node_get_int (node);

      /* 1970 … 9999, so the day count stays a valid PaydayDate */
      if (seconds >= 0 && seconds < G_GINT64_CONSTANT (253402300800))
        date = (PaydayDate) (seconds / 86400);
    }
  else if ((text = object_get_string (object, "time_last_update_utc")) != NULL)
    {
      if (!parse_rfc2822_date (text, &date))
        date = PAYDAY_DATE_NONE;
    }

  if (!payday_date_is_set (date))
    {
      g_set_error (error, PAYDAY_ERROR, PAYDAY_ERROR_INVALID,
                   "%s: missing or invalid date", what);
      return NULL;
    }

  table = payday_rate_table_new (source, base, date);
  if (!add_rates_object (table, what, json_object_get_member (object, "rates"), error))
    return NULL;

  return g_steal_pointer (&table);
}

/* Cache files --------------------------------------------------------------------------- */

/**
 * payday_rate_table_to_cache:
 * @table: a table
 * @fetched_on: the day the table was downloaded
 *
 * Serializes @table as Payday's cache format, the raw table as published plus the
 * download day:
 *
 * |[
 * { "payday_rates_cache": 1, "source": "ECB", "base": "EUR", "date": "2022-07-08",
 *   "fetched_on": "2026-11-28", "rates": { "USD": 1.0163, … } }
 * ]|
 *
 * Returns: (transfer full): the JSON text
 */
char *
payday_rate_table_to_cache (const PaydayRateTable *table,
                            PaydayDate             fetched_on)
{
  g_autoptr(JsonNode) source = NULL;
  g_autofree char *source_json = NULL;
  GString *text;
  char date[PAYDAY_DATE_BUF], fetched[PAYDAY_DATE_BUF];

  g_return_val_if_fail (table != NULL, NULL);

  /* Written by hand, not with JsonGenerator: json-glib 1.6 writes a double whose shortest
   * form has an exponent but no point (1e-10) as "1e-10.0", which is not JSON, so one tiny
   * rate made the whole cache unreadable (found by tests/fuzz/fuzz-rates-json). The
   * plan saver's number format reads back exactly. Codes are three validated letters. */
  source = json_node_init_string (json_node_alloc (), table->source);
  source_json = json_to_string (source, FALSE);

  text = g_string_new ("{\n");
  g_string_append_printf (text, "  \"payday_rates_cache\" : %d,\n", CACHE_FORMAT);
  g_string_append_printf (text, "  \"source\" : %s,\n", source_json);
  g_string_append_printf (text, "  \"base\" : \"%s\",\n", table->base);
  g_string_append_printf (text, "  \"date\" : \"%s\",\n", payday_date_format (table->date, date));
  g_string_append_printf (text, "  \"fetched_on\" : \"%s\",\n",
                          payday_date_format (fetched_on, fetched));
  g_string_append (text, "  \"rates\" : {");
  for (guint i = 0; i < table->entries->len; i++)
    {
      const PaydayRateEntry *e = &g_array_index (table->entries, PaydayRateEntry, i);
      g_autofree char *number = payday_plan_format_double (e->rate);

      g_string_append_printf (text, "%s\n    \"%s\" : %s", i > 0 ? "," : "", e->code, number);
    }
  g_string_append (text, table->entries->len > 0 ? "\n  }\n}" : "}\n}");

  return g_string_free (text, FALSE);
}

/**
 * payday_rate_table_from_cache:
 * @data: a cache document
 * @length: its length, or -1 if nul-terminated
 * @fetched_on: (out) (optional): the day the table was downloaded
 * @error: return location for a #GError
 *
 * Reads what payday_rate_table_to_cache() wrote, with the same checks as a
 * provider document: a damaged cache is refused, never half-used.
 *
 * Returns: (transfer full): the table, or %NULL
 */
PaydayRateTable *
payday_rate_table_from_cache (const char  *data,
                              gssize       length,
                              PaydayDate  *fetched_on,
                              GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(PaydayRateTable) table = NULL;
  const char *source, *base, *date_text, *fetched_text;
  PaydayDate date, fetched;
  JsonObject *object;
  JsonNode *format;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  if (length < 0)
    length = strlen (data);

  if (!(object = load_object (parser, "rates cache", data, length, error)))
    return NULL;

  format = json_object_get_member (object, "payday_rates_cache");
  if (format == NULL || !JSON_NODE_HOLDS_VALUE (format) ||
      json_node_get_value_type (format) != G_TYPE_INT64)
    {
      g_set_error (error, PAYDAY_ERROR, PAYDAY_ERROR_INVALID,
                   "rates cache: not a Payday rates cache");
      return NULL;
    }
  if (json_node_get_int (format) != CACHE_FORMAT)
    {
      g_set_error (error, PAYDAY_ERROR, PAYDAY_ERROR_VERSION,
                   "rates cache: format %" G_GINT64_FORMAT " is not supported",
                   json_node_get_int (format));
      return NULL;
    }

  source = object_get_string (object, "source");
  base = object_get_string (object, "base");
  date_text = object_get_string (object, "date");
  fetched_text = object_get_string (object, "fetched_on");

  if (source == NULL || *source == '\0' || !payday_currency_code_is_valid (base) ||
      date_text == NULL || !payday_date_parse (date_text, &date) ||
      fetched_text == NULL || !payday_date_parse (fetched_text, &fetched))
    {
      g_set_error (error, PAYDAY_ERROR, PAYDAY_ERROR_INVALID,
                   "rates cache: missing or invalid source, base, date or fetched_on");
      return NULL;
    }

  table = payday_rate_table_new (source, base, date);
  if (!add_rates_object (table, "rates cache", json_object_get_member (object, "rates"), error))
    return NULL;

  if (fetched_on)
    *fetched_on = fetched;

  return g_steal_pointer (&table);
}

/**
 * payday_rate_table_save_cache:
 * @table: a table
 * @fetched_on: the day the table was downloaded
 * @path: the cache file
 * @error: return location for a #GError
 *
 * Writes the cache file atomically (a temporary file renamed over @path), creating
 * its folder if needed; a crash never leaves a half-written cache.
 *
 * Returns: %TRUE on success
 */
gboolean
payday_rate_table_save_cache (const PaydayRateTable  *table,
                              PaydayDate              fetched_on,
                              const char             *path,
                              GError                **error)
{
  g_autofree char *text = NULL;
  g_autofree char *dir = NULL;

  g_return_val_if_fail (table != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  dir = g_path_get_dirname (path);
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   "cannot create %s: %s", dir, g_strerror (saved_errno));
      return FALSE;
    }

  text = payday_rate_table_to_cache (table, fetched_on);

  return g_file_set_contents_full (path, text, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0644, error);
}

/**
 * payday_rate_table_load_cache:
 * @path: the cache file
 * @fetched_on: (out) (optional): the day the table was downloaded
 * @error: return location for a #GError (%G_FILE_ERROR_NOENT when there is no cache)
 *
 * Returns: (transfer full): the cached table, or %NULL
 */
PaydayRateTable *
payday_rate_table_load_cache (const char  *path,
                              PaydayDate  *fetched_on,
                              GError     **error)
{
  g_autofree char *text = NULL;
  gsize length;

  g_return_val_if_fail (path != NULL, NULL);

  if (!g_file_get_contents (path, &text, &length, error))
    return NULL;

  return payday_rate_table_from_cache (text, length, fetched_on, error);
}
