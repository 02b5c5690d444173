/* payday-export-withdrawals.c — history and projected withdrawals as RFC 4180 CSV
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "payday-export-csv.h"
#include "payday-export-withdrawals.h"

/**
 * payday_export_csv_withdrawals:
 * @payouts: the plan's withdrawals, already in export order (by date, history first)
 * @rate: (nullable): the USD→local rate of `--currency`, or %NULL
 * @length: (out) (optional): the byte length of the result
 *
 * One row per withdrawal under %PAYDAY_CSV_WITHDRAWALS_HEADER (docs/withdrawals.md):
 * `kind` is `history` or `projected`, money in cents, dates as YYYY-MM-DD, `method` the
 * plan's method as the plan file names it. With @rate, four columns follow
 * (%PAYDAY_CSV_WITHDRAWALS_LOCAL_HEADER): what reaches the bank in local units with two
 * decimals, the currency, the rate with six decimals and its day. CRLF line ends.
 *
 * Returns: (transfer full): the CSV text
 */
char *
payday_export_csv_withdrawals (const PaydayPayouts *payouts,
                               const PaydayRate    *rate,
                               gsize               *length)
{
  const char *method;
  char rate_text[G_ASCII_DTOSTR_BUF_SIZE];
  GString *out;

  g_return_val_if_fail (payouts != NULL, NULL);

  method = payday_withdrawal_method_to_string (payouts->method);
  out = g_string_sized_new (128 + (gsize) payouts->rows->len * 96);
  if (rate != NULL)
    {
      payday_format_rate (rate_text, rate->rate);
      g_string_append (out, PAYDAY_CSV_WITHDRAWALS_HEADER "," PAYDAY_CSV_WITHDRAWALS_LOCAL_HEADER);
    }
  else
    g_string_append (out, PAYDAY_CSV_WITHDRAWALS_HEADER);
  payday_csv_end_row (out);

  for (guint i = 0; i < payouts->rows->len; i++)
    {
      const PaydayPayout *row = &g_array_index (payouts->rows, PaydayPayout, i);

      payday_csv_append_date (out, row->date);
      g_string_append_c (out, ',');
      payday_csv_append_field (out, payday_payout_kind_to_string (row->kind));
      g_string_append_c (out, ',');
      payday_csv_append_int (out, row->amount_cents);
      g_string_append_c (out, ',');
      payday_csv_append_int (out, row->fee_cents);
      g_string_append_c (out, ',');
      payday_csv_append_int (out, row->received_cents);
      g_string_append_c (out, ',');
      payday_csv_append_date (out, row->arrives_on);
      g_string_append_c (out, ',');
      payday_csv_append_field (out, method);
      if (rate != NULL)
        payday_csv_append_local (out, rate, rate_text, row->received_cents);
      payday_csv_end_row (out);
    }

  if (length != NULL)
    *length = out->len;
  return g_string_free (out, FALSE);
}
