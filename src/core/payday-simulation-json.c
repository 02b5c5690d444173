/* payday-simulation-json.c — the `.sim.json` export of a Monte Carlo result
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "payday-simulation.h"

/* JSON string escaping (RFC 8259): quote, backslash and control characters; everything
 * else, UTF-8 included, is copied as is. */
static void
append_json_string (GString    *out,
                    const char *text)
{
  g_string_append_c (out, '"');
  for (const guchar *p = (const guchar *) text; *p; p++)
    {
      switch (*p)
        {
        case '"':
          g_string_append (out, "\\\"");
          break;
        case '\\':
          g_string_append (out, "\\\\");
          break;
        case '\n':
          g_string_append (out, "\\n");
          break;
        case '\r':
          g_string_append (out, "\\r");
          break;
        case '\t':
          g_string_append (out, "\\t");
          break;
        default:
          if (*p < 0x20)
            g_string_append_printf (out, "\\u%04x", (guint) *p);
          else
            g_string_append_c (out, (char) *p);
          break;
        }
    }
  g_string_append_c (out, '"');
}

/**
 * payday_sim_result_to_json:
 * @result: a simulation result
 * @length: (out) (optional): the length of the text
 *
 * Writes the `.sim.json` of docs/exports.md: members in the spec's order, integers only
 * (cents and days), one day and one contract per line, a final newline. Integers are
 * printed with G_GINT64_FORMAT (no locale grouping, no floats), so the bytes are the same
 * on every machine.
 *
 * Returns: (transfer full): the JSON text
 */
char *
payday_sim_result_to_json (const PaydaySimResult *result,
                           gsize                 *length)
{
  GString *out;
  char date[PAYDAY_DATE_BUF];

  g_return_val_if_fail (result != NULL, NULL);

  out = g_string_sized_new (128 + (gsize) result->n_days * 96);

  g_string_append_printf (out, "{\n  \"runs\": %d,\n  \"seed\": %" G_GINT64_FORMAT ",\n",
                          result->runs, result->seed);
  g_string_append_printf (out, "  \"from\": \"%s\",\n", payday_date_format (result->from, date));
  g_string_append_printf (out, "  \"to\": \"%s\",\n", payday_date_format (result->to, date));

  g_string_append (out, "  \"days\": [");
  for (guint d = 0; d < result->n_days; d++)
    {
      g_string_append_printf (out,
                              "%s\n    { \"date\": \"%s\", \"scheduled\": %" G_GINT64_FORMAT
                              ", \"p10\": %" G_GINT64_FORMAT ", \"p50\": %" G_GINT64_FORMAT
                              ", \"p90\": %" G_GINT64_FORMAT " }",
                              d > 0 ? "," : "",
                              payday_date_format (result->from + (PaydayDate) d, date),
                              result->scheduled[d], result->p10[d], result->p50[d],
                              result->p90[d]);
    }
  g_string_append (out, result->n_days > 0 ? "\n  ],\n" : "],\n");

  g_string_append (out, "  \"contracts\": [");
  for (guint i = 0; i < result->contracts->len; i++)
    {
      const PaydaySimContract *c = &g_array_index (result->contracts, PaydaySimContract, i);

      g_string_append (out, i > 0 ? ",\n    { \"id\": " : "\n    { \"id\": ");
      append_json_string (out, c->contract_id);
      g_string_append_printf (out,
                              ", \"days_to_cash\": { \"p10\": %d, \"p50\": %d, \"p90\": %d } }",
                              (int) c->p10, (int) c->p50, (int) c->p90);
    }
  g_string_append (out, result->contracts->len > 0 ? "\n  ]\n}\n" : "]\n}\n");

  if (length != NULL)
    *length = out->len;

  return g_string_free (out, FALSE);
}
