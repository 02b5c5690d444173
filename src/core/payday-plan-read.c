/* payday-plan-read.c — typed readers of JSON members that name the member's path in errors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <stdarg.h>
#include <string.h>

#include "payday-plan-private.h"
#include "payday-plan-read-private.h"

/* Each reader treats null and an absent member alike, checks the value, and on a problem adds
 * one "JSON.PATH: message" line to the reader and returns FALSE, leaving *out untouched. */
static void G_GNUC_PRINTF (3, 0)
add_problem_valist (PaydayReader *l,
                    const char   *path,
                    const char   *format,
                    va_list       args)
{
  g_autofree char *message = g_strdup_vprintf (format, args);

  g_ptr_array_add (l->problems, g_strdup_printf ("%s: %s", path, message));
}

void
payday_read_problem (PaydayReader *l,
                     const char   *path,
                     const char   *format,
                     ...)
{
  va_list args;

  va_start (args, format);
  add_problem_valist (l, path, format, args);
  va_end (args);
}

/* payday_read_problem() for the member @name of the object at @path: the path is only
 * joined when there is a problem to tell. */
void
payday_read_member_problem (PaydayReader *l,
                            const char   *path,
                            const char   *name,
                            const char   *format,
                            ...)
{
  g_autofree char *member_path = payday_read_join (path, name);
  va_list args;

  va_start (args, format);
  add_problem_valist (l, member_path, format, args);
  va_end (args);
}

/* The loader builds a path for every element it reads, so these two are written out by hand
 * rather than with g_strconcat()/g_strdup_printf(): one allocation each, no format parsing. */
char *
payday_read_join (const char *parent,
                  const char *name)
{
  gsize parent_len, name_len;
  char *path;

  if (parent == NULL || parent[0] == '\0')
    return g_strdup (name);

  parent_len = strlen (parent);
  name_len = strlen (name);
  path = g_malloc (parent_len + 1 + name_len + 1);
  memcpy (path, parent, parent_len);
  path[parent_len] = '.';
  memcpy (path + parent_len + 1, name, name_len + 1);

  return path;
}

char *
payday_read_join_index (const char *parent,
                        const char *name,
                        guint       index)
{
  char digits[16];
  gsize parent_len = parent != NULL ? strlen (parent) : 0;
  gsize name_len = strlen (name);
  gsize n_digits = 0, len;
  char *path, *p;

  do
    digits[n_digits++] = (char) ('0' + index % 10);
  while ((index /= 10) > 0);

  len = (parent_len > 0 ? parent_len + 1 : 0) + name_len + 1 + n_digits + 1;
  p = path = g_malloc (len + 1);
  if (parent_len > 0)
    {
      memcpy (p, parent, parent_len);
      p += parent_len;
      *p++ = '.';
    }
  memcpy (p, name, name_len);
  p += name_len;
  *p++ = '[';
  while (n_digits > 0)
    *p++ = digits[--n_digits];
  *p++ = ']';
  *p = '\0';

  return path;
}

/* A value as the message quotes it: "ten", -5, 1.5, true, null, an object, an array. */
char *
payday_read_describe (JsonNode *node)
{
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return g_strdup ("null");
  if (JSON_NODE_HOLDS_OBJECT (node))
    return g_strdup ("an object");
  if (JSON_NODE_HOLDS_ARRAY (node))
    return g_strdup ("an array");

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_INT64:
      return g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));

    case G_TYPE_DOUBLE:
      /* 1e400 reads as infinity */
      if (!isfinite (json_node_get_double (node)))
        return g_strdup ("a number too large to represent");
      return payday_plan_format_double (json_node_get_double (node));

    case G_TYPE_BOOLEAN:
      return g_strdup (json_node_get_boolean (node) ? "true" : "false");

    case G_TYPE_STRING:
      {
        const char *text = json_node_get_string (node);
        GString *s = g_string_new ("\"");
        glong n = 0;

        for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p), n++)
          {
            gunichar c = g_utf8_get_char (p);

            if (n == 40)
              {
                g_string_append (s, "…");
                break;
              }
            if (c == '"' || c == '\\')
              g_string_append_c (s, '\\');
            if (c < 0x20)
              g_string_append_printf (s, "\\u%04x", c);
            else
              g_string_append_unichar (s, c);
          }
        g_string_append_c (s, '"');

        return g_string_free (s, FALSE);
      }

    default:
      return g_strdup ("a value");
    }
}

/* NULL for an absent member and for JSON null: the spec makes them the same. */
JsonNode *
payday_read_get (JsonObject *obj,
                 const char *name)
{
  JsonNode *node;

  if (obj == NULL)
    return NULL;

  node = json_object_get_member (obj, name);
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return NULL;

  return node;
}

gboolean
payday_read_holds_type (JsonNode *node,
                        GType     type)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == type;
}

gboolean
payday_read_holds_number (JsonNode *node)
{
  GType type;

  if (!JSON_NODE_HOLDS_VALUE (node))
    return FALSE;
  type = json_node_get_value_type (node);
  return type == G_TYPE_INT64 || type == G_TYPE_DOUBLE;
}

double
payday_read_number_of (JsonNode *node)
{
  return payday_read_holds_type (node, G_TYPE_INT64) ? (double) json_node_get_int (node)
                                         : json_node_get_double (node);
}

/* A whole number: an integer literal, or a double with no fraction (1e3, 2.0) within ±2^53. */
gboolean
payday_read_integer_of (JsonNode *node,
                        gint64   *out)
{
  double d;

  if (payday_read_holds_type (node, G_TYPE_INT64))
    {
      *out = json_node_get_int (node);
      return TRUE;
    }
  if (!payday_read_holds_type (node, G_TYPE_DOUBLE))
    return FALSE;

  d = json_node_get_double (node);
  if (!isfinite (d) || d != floor (d) || fabs (d) > 9007199254740992.0)
    return FALSE;

  *out = (gint64) d;
  return TRUE;
}

void
payday_read_missing (PaydayReader *l,
                     const char   *path,
                     const char   *name)
{
  g_autofree char *p = payday_read_join (path, name);

  payday_read_problem (l, p, "required member is missing");
}

void
payday_read_wrong (PaydayReader *l,
                   const char   *path,
                   const char   *name,
                   JsonNode     *node,
                   const char   *expected)
{
  g_autofree char *p = payday_read_join (path, name);
  g_autofree char *got = payday_read_describe (node);

  payday_read_problem (l, p, "expected %s, got %s", expected, got);
}

/* The member @name, or NULL when it is absent: a problem if it was @required. */
static inline JsonNode *
read_member (PaydayReader *l,
             JsonObject   *obj,
             const char   *path,
             const char   *name,
             gboolean      required)
{
  JsonNode *node = payday_read_get (obj, name);

  if (node == NULL && required)
    payday_read_missing (l, path, name);

  return node;
}

/* A string member, copied into @out; @non_empty refuses "" (ids and references). */
static gboolean
read_string (PaydayReader  *l,
             JsonObject    *obj,
             const char    *path,
             const char    *name,
             gboolean       required,
             gboolean       non_empty,
             char         **out)
{
  JsonNode *node = read_member (l, obj, path, name, required);

  if (node == NULL)
    return FALSE;
  if (!payday_read_holds_type (node, G_TYPE_STRING) ||
      (non_empty && json_node_get_string (node)[0] == '\0'))
    {
      payday_read_wrong (l, path, name, node, non_empty ? "a non-empty string" : "a string");
      return FALSE;
    }

  /* Bounded like every number: a title or note of a book's length is a damaged file, and
   * refusing it keeps labels, exports and the undo snapshots small. */
  if (g_utf8_strlen (json_node_get_string (node), PAYDAY_PLAN_MAX_STRING + 1) >
      PAYDAY_PLAN_MAX_STRING)
    {
      g_autofree char *p = payday_read_join (path, name);

      payday_read_problem (l, p, "a string longer than %d characters", PAYDAY_PLAN_MAX_STRING);
      return FALSE;
    }

  g_free (*out);
  *out = g_strdup (json_node_get_string (node));
  return TRUE;
}

gboolean
payday_read_string (PaydayReader  *l,
                    JsonObject    *obj,
                    const char    *path,
                    const char    *name,
                    gboolean       required,
                    char         **out)
{
  return read_string (l, obj, path, name, required, FALSE, out);
}

/* ids and references: non-empty strings */
gboolean
payday_read_id (PaydayReader  *l,
                JsonObject    *obj,
                const char    *path,
                const char    *name,
                gboolean       required,
                char         **out)
{
  return read_string (l, obj, path, name, required, TRUE, out);
}

gboolean
payday_read_date (PaydayReader *l,
                  JsonObject   *obj,
                  const char   *path,
                  const char   *name,
                  gboolean      required,
                  PaydayDate   *out)
{
  JsonNode *node = read_member (l, obj, path, name, required);

  if (node == NULL)
    return FALSE;
  if (!payday_read_holds_type (node, G_TYPE_STRING) ||
      !payday_date_parse (json_node_get_string (node), out))
    {
      payday_read_wrong (l, path, name, node, "a date \"YYYY-MM-DD\"");
      return FALSE;
    }

  return TRUE;
}

gboolean
payday_read_bool (PaydayReader *l,
                  JsonObject   *obj,
                  const char   *path,
                  const char   *name,
                  gboolean     *out)
{
  JsonNode *node = payday_read_get (obj, name);

  if (node == NULL)
    return FALSE;
  if (!payday_read_holds_type (node, G_TYPE_BOOLEAN))
    {
      payday_read_wrong (l, path, name, node, "true or false");
      return FALSE;
    }

  *out = json_node_get_boolean (node);
  return TRUE;
}

gboolean
payday_read_int (PaydayReader *l,
                 JsonObject   *obj,
                 const char   *path,
                 const char   *name,
                 gboolean      required,
                 gint64        min,
                 gint64        max,
                 gint64       *out)
{
  JsonNode *node = read_member (l, obj, path, name, required);
  gint64 v;

  if (node == NULL)
    return FALSE;
  if (!payday_read_integer_of (node, &v) || v < min || v > max)
    {
      g_autofree char *expected = NULL;

      if (min == G_MININT64)
        expected = g_strdup ("a whole number");
      else if (max == G_MAXINT64)
        expected = g_strdup_printf ("a whole number ≥ %" G_GINT64_FORMAT, min);
      else
        expected = g_strdup_printf ("a whole number from %" G_GINT64_FORMAT
                                    " to %" G_GINT64_FORMAT, min, max);
      payday_read_wrong (l, path, name, node, expected);
      return FALSE;
    }

  *out = v;
  return TRUE;
}

gboolean
payday_read_int32 (PaydayReader *l,
                   JsonObject   *obj,
                   const char   *path,
                   const char   *name,
                   gboolean      required,
                   gint64        min,
                   gint64        max,
                   int          *out)
{
  gint64 v;

  if (!payday_read_int (l, obj, path, name, required, min, max, &v))
    return FALSE;

  *out = (int) v;
  return TRUE;
}

gboolean
payday_read_cents (PaydayReader *l,
                   JsonObject   *obj,
                   const char   *path,
                   const char   *name,
                   gboolean      required,
                   PaydayCents  *out)
{
  JsonNode *node = read_member (l, obj, path, name, required);
  gint64 v;

  if (node == NULL)
    return FALSE;
  if (!payday_read_integer_of (node, &v) || v < 0)
    {
      payday_read_wrong (l, path, name, node, "a whole number of cents ≥ 0");
      return FALSE;
    }
  if (v > PAYDAY_CENTS_MAX)
    {
      payday_read_wrong (l, path, name, node, "at most 10000000000000 cents");
      return FALSE;
    }

  *out = v;
  return TRUE;
}

/* A number ≥ 0 with at most two decimals, stored in hundredths (hours, percents). */
gboolean
payday_read_hundredths (PaydayReader *l,
                        JsonObject   *obj,
                        const char   *path,
                        const char   *name,
                        gboolean      required,
                        gint64        max,
                        const char   *expected,
                        const char   *too_big,
                        gint64       *out)
{
  JsonNode *node = read_member (l, obj, path, name, required);
  double number;
  gint64 v;

  if (node == NULL)
    return FALSE;
  if (!payday_read_holds_number (node) || (number = payday_read_number_of (node)) < 0)
    {
      payday_read_wrong (l, path, name, node, expected);
      return FALSE;
    }
  if (number * 100.0 > (double) max + 0.5)
    {
      payday_read_wrong (l, path, name, node, too_big);
      return FALSE;
    }
  if (!payday_decimal_to_hundredths (number, &v))
    {
      payday_read_wrong (l, path, name, node, "a number with at most 2 decimals");
      return FALSE;
    }

  *out = v;
  return TRUE;
}

gboolean
payday_read_hours (PaydayReader *l,
                   JsonObject   *obj,
                   const char   *path,
                   const char   *name,
                   gboolean      required,
                   gint64       *out)
{
  return payday_read_hundredths (l, obj, path, name, required, PAYDAY_WEEK_HOURS_MAX,
                          "a number ≥ 0", "at most 168 hours a week", out);
}

gboolean
payday_read_double (PaydayReader *l,
                    JsonObject   *obj,
                    const char   *path,
                    const char   *name,
                    int           max,
                    double       *out)
{
  JsonNode *node = payday_read_get (obj, name);

  if (node == NULL)
    return FALSE;
  if (!payday_read_holds_number (node) ||
      payday_read_number_of (node) < 0 || payday_read_number_of (node) > max)
    {
      g_autofree char *expected = g_strdup_printf ("a number from 0 to %d", max);

      payday_read_wrong (l, path, name, node, expected);
      return FALSE;
    }

  *out = payday_read_number_of (node);
  return TRUE;
}

gboolean
payday_read_enum (PaydayReader       *l,
                  JsonObject         *obj,
                  const char         *path,
                  const char         *name,
                  gboolean            required,
                  const char * const *names,
                  int                *out)
{
  JsonNode *node = read_member (l, obj, path, name, required);

  if (node == NULL)
    return FALSE;
  if (payday_read_holds_type (node, G_TYPE_STRING))
    {
      for (int i = 0; names[i] != NULL; i++)
        {
          if (strcmp (names[i], json_node_get_string (node)) == 0)
            {
              *out = i;
              return TRUE;
            }
        }
    }

  {
    GString *expected = g_string_new ("one of ");

    for (int i = 0; names[i] != NULL; i++)
      g_string_append_printf (expected, "%s\"%s\"", i ? ", " : "", names[i]);
    payday_read_wrong (l, path, name, node, expected->str);
    g_string_free (expected, TRUE);
  }

  return FALSE;
}

/* The member @name if it holds a @type node; NULL when absent or (reported) of another type. */
static JsonNode *
read_container (PaydayReader *l,
                JsonObject   *obj,
                const char   *path,
                const char   *name,
                JsonNodeType  type,
                const char   *expected)
{
  JsonNode *node = payday_read_get (obj, name);

  if (node == NULL)
    return NULL;
  if (JSON_NODE_TYPE (node) != type)
    {
      payday_read_wrong (l, path, name, node, expected);
      return NULL;
    }

  return node;
}

JsonObject *
payday_read_object (PaydayReader *l,
                    JsonObject   *obj,
                    const char   *path,
                    const char   *name)
{
  JsonNode *node = read_container (l, obj, path, name, JSON_NODE_OBJECT, "an object");

  return node != NULL ? json_node_get_object (node) : NULL;
}

JsonArray *
payday_read_array (PaydayReader *l,
                   JsonObject   *obj,
                   const char   *path,
                   const char   *name)
{
  JsonNode *node = read_container (l, obj, path, name, JSON_NODE_ARRAY, "an array");

  if (node == NULL)
    return NULL;

  /* No list in a plan needs a million entries (a contract has 52 weeks a year); a longer
   * one is refused with its path rather than slowly loaded. */
  if (json_array_get_length (json_node_get_array (node)) > PAYDAY_PLAN_MAX_ITEMS)
    {
      g_autofree char *p = payday_read_join (path, name);

      payday_read_problem (l, p, "more than %d entries", PAYDAY_PLAN_MAX_ITEMS);
      return NULL;
    }

  return json_node_get_array (node);
}

/* Element @i of @array as an object, or NULL (reported) when it is something else. */
JsonObject *
payday_read_element (PaydayReader *l,
                     JsonArray    *array,
                     guint         i,
                     const char   *elem_path)
{
  JsonNode *node = json_array_get_element (array, i);

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      g_autofree char *got = payday_read_describe (node);

      payday_read_problem (l, elem_path, "expected an object, got %s", got);
      return NULL;
    }

  return json_node_get_object (node);
}

JsonObject *
payday_read_collect_extra (JsonObject         *obj,
                           const char * const *known)
{
  JsonObject *extra = NULL;
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;
  gboolean any = FALSE;

  if (obj == NULL)
    return NULL;

  /* Every element of every list comes through here, and almost none has a member Payday
   * does not know. The hash-order iterator finds that out cheaply; only then are the
   * members walked again in the file's order (which looks each one up), to keep it. */
  json_object_iter_init (&iter, obj);
  while (!any && json_object_iter_next (&iter, &name, &node))
    any = !g_strv_contains (known, name);
  if (!any)
    return NULL;

  json_object_iter_init_ordered (&iter, obj);
  while (json_object_iter_next_ordered (&iter, &name, &node))
    {
      if (g_strv_contains (known, name))
        continue;
      if (extra == NULL)
        extra = json_object_new ();
      json_object_set_member (extra, name, json_node_copy (node));
    }

  return extra;
}

/* Duplicate ids within one array: @seen maps id → path of its first use. */
void
payday_read_check_unique (PaydayReader *l,
                          GHashTable   *seen,
                          const char   *id,
                          const char   *path)
{
  const char *first;

  if (id == NULL)
    return;

  first = g_hash_table_lookup (seen, id);
  if (first != NULL)
    {
      g_autofree char *id_path = payday_read_join (path, "id");

      payday_read_problem (l, id_path, "duplicate id \"%s\" (also %s.id)", id, first);
      return;
    }

  g_hash_table_insert (seen, g_strdup (id), g_strdup (path));
}

GHashTable *
payday_read_new_seen (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

/* @later must not be before @earlier (when both are set). */
void
payday_read_check_order (PaydayReader *l,
                         const char   *path,
                         const char   *earlier_name,
                         PaydayDate    earlier,
                         const char   *later_name,
                         PaydayDate    later)
{
  char a[PAYDAY_DATE_BUF], b[PAYDAY_DATE_BUF];
  g_autofree char *p = NULL;

  if (!payday_date_is_set (earlier) || !payday_date_is_set (later) || later >= earlier)
    return;

  p = payday_read_join (path, later_name);
  payday_read_problem (l, p, "%s is before %s %s",
           payday_date_format (later, a), earlier_name, payday_date_format (earlier, b));
}

/* 1250 → "12.5", 400 → "4" */
char *
payday_read_hundredths_text (gint64 hundredths)
{
  if (hundredths % 100 == 0)
    return g_strdup_printf ("%" G_GINT64_FORMAT, hundredths / 100);

  return payday_plan_format_double ((double) hundredths / 100.0);
}

