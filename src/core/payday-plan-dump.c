/* payday-plan-dump.c — a plan's JSON text: round-tripping numbers, escaped strings, indents
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "payday-plan-private.h"

/**
 * payday_plan_format_double:
 * @value: a finite number
 *
 * The shortest of %.15g, %.16g and %.17g that reads back as @value, with ".0" added when
 * it would otherwise look like an integer, so a double stays a double in the file.
 *
 * Returns: (transfer full): the text
 */
char *
payday_plan_format_double (double value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE + 2];

  if (!isfinite (value))
    return g_strdup ("null");

  for (int precision = 15; precision <= 17; precision++)
    {
      char format[8];

      g_snprintf (format, sizeof format, "%%.%dg", precision);
      g_ascii_formatd (buf, G_ASCII_DTOSTR_BUF_SIZE, format, value);
      if (g_ascii_strtod (buf, NULL) == value)
        break;
    }

  if (strpbrk (buf, ".eE") == NULL)
    g_strlcat (buf, ".0", sizeof buf);

  return g_strdup (buf);
}

static void
dump_string (GString    *out,
             const char *text)
{
  g_string_append_c (out, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      guchar c = (guchar) *p;

      switch (c)
        {
        case '"':  g_string_append (out, "\\\""); break;
        case '\\': g_string_append (out, "\\\\"); break;
        case '\b': g_string_append (out, "\\b"); break;
        case '\f': g_string_append (out, "\\f"); break;
        case '\n': g_string_append (out, "\\n"); break;
        case '\r': g_string_append (out, "\\r"); break;
        case '\t': g_string_append (out, "\\t"); break;
        default:
          if (c < 0x20)
            g_string_append_printf (out, "\\u%04x", c);
          else
            g_string_append_c (out, (char) c);
          break;
        }
    }
  g_string_append_c (out, '"');
}

static void
indent (GString *out,
        guint    level)
{
  for (guint i = 0; i < level; i++)
    g_string_append (out, "  ");
}

/* json-glib 1.6 writes doubles as %.17g ("0.10000000000000001"), which would not round-trip
 * a file's text; this writer prints the shortest exact form instead. */
static void
dump_node (GString  *out,
           JsonNode *node,
           guint     level)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      {
        JsonObject *obj = json_node_get_object (node);
        g_autoptr(GList) members = json_object_get_members (obj);

        if (members == NULL)
          {
            g_string_append (out, "{}");
            break;
          }
        g_string_append (out, "{\n");
        for (const GList *m = members; m != NULL; m = m->next)
          {
            indent (out, level + 1);
            dump_string (out, m->data);
            g_string_append (out, ": ");
            dump_node (out, json_object_get_member (obj, m->data), level + 1);
            g_string_append (out, m->next ? ",\n" : "\n");
          }
        indent (out, level);
        g_string_append_c (out, '}');
      }
      break;

    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);
        guint n = json_array_get_length (array);

        if (n == 0)
          {
            g_string_append (out, "[]");
            break;
          }
        g_string_append (out, "[\n");
        for (guint i = 0; i < n; i++)
          {
            indent (out, level + 1);
            dump_node (out, json_array_get_element (array, i), level + 1);
            g_string_append (out, i + 1 < n ? ",\n" : "\n");
          }
        indent (out, level);
        g_string_append_c (out, ']');
      }
      break;

    case JSON_NODE_VALUE:
      switch (json_node_get_value_type (node))
        {
        case G_TYPE_INT64:
          g_string_append_printf (out, "%" G_GINT64_FORMAT, json_node_get_int (node));
          break;

        case G_TYPE_DOUBLE:
          {
            g_autofree char *text = payday_plan_format_double (json_node_get_double (node));

            g_string_append (out, text);
          }
          break;

        case G_TYPE_BOOLEAN:
          g_string_append (out, json_node_get_boolean (node) ? "true" : "false");
          break;

        case G_TYPE_STRING:
          dump_string (out, json_node_get_string (node));
          break;

        default:
          g_string_append (out, "null");
          break;
        }
      break;

    case JSON_NODE_NULL:
    default:
      g_string_append (out, "null");
      break;
    }
}

/**
 * payday_plan_to_data:
 * @plan: a plan
 * @length: (out) (optional): the length of the text
 *
 * Returns: (transfer full): the plan as a `.payday` file: UTF-8 JSON indented by two
 *   spaces, ending with a newline
 */
char *
payday_plan_to_data (const PaydayPlan *plan,
                     gsize            *length)
{
  g_autoptr(JsonNode) root = NULL;
  GString *out;

  g_return_val_if_fail (plan != NULL, NULL);

  root = payday_plan_to_json (plan);
  out = g_string_new (NULL);
  dump_node (out, root, 0);
  g_string_append_c (out, '\n');

  if (length)
    *length = out->len;

  return g_string_free (out, FALSE);
}
