/* payday-export-ledger.c — the Connects ledger as RFC 4180 CSV
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "payday-export-ledger.h"

/* RFC 4180: a field holding a comma, a quote or a line break is quoted, quotes doubled. */
static void
append_field (GString    *out,
              const char *value)
{
  if (value == NULL)
    return;

  if (strpbrk (value, ",\"\r\n") == NULL)
    {
      g_string_append (out, value);
      return;
    }

  g_string_append_c (out, '"');
  for (const char *p = value; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

/**
 * payday_ledger_to_csv:
 * @ledger: a computed ledger
 * @len: (out) (optional): the length in bytes
 *
 * One row per ledger row under the header `date,kind,amount,balance,lot_expires,ref`:
 * dates as YYYY-MM-DD, amounts and balances as signed whole Connects, `lot_expires` empty
 * except on lot rows, `ref` empty for the opening row. CRLF line ends, RFC 4180 quoting.
 *
 * Returns: (transfer full): the CSV text
 */
char *
payday_ledger_to_csv (const PaydayLedger *ledger,
                      gsize              *len)
{
  GString *out;

  g_return_val_if_fail (ledger != NULL, NULL);

  out = g_string_new ("date,kind,amount,balance,lot_expires,ref\r\n");

  for (guint i = 0; i < ledger->rows->len; i++)
    {
      const PaydayLedgerRow *row = &g_array_index (ledger->rows, PaydayLedgerRow, i);
      char date[PAYDAY_DATE_BUF];
      char expires[PAYDAY_DATE_BUF];

      append_field (out, payday_date_format (row->date, date));
      g_string_append_c (out, ',');
      append_field (out, payday_ledger_kind_to_string (row->kind));
      g_string_append_printf (out, ",%" G_GINT64_FORMAT ",%" G_GINT64_FORMAT ",",
                              row->amount, row->balance);
      if (payday_date_is_set (row->lot_expires))
        append_field (out, payday_date_format (row->lot_expires, expires));
      g_string_append_c (out, ',');
      append_field (out, row->ref);
      g_string_append (out, "\r\n");
    }

  if (len != NULL)
    *len = out->len;
  return g_string_free (out, FALSE);
}
