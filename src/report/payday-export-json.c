/* payday-export-json.c — the summary JSON of docs/exports.md
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "payday-badges.h"
#include "payday-reconcile.h"
#include "payday-export-csv.h"
#include "payday-export-json.h"
#include "payday-ledger.h"
#include "payday-withdrawals.h"

/* The summary is a list of top-level members, each written by one block. `local`,
 * `connects` and `badges` come with later features: each adds one entry to `blocks` below
 * (a block may fail, e.g. when no exchange rate is known, and may add nothing). */
typedef gboolean (*SummaryBlockFunc) (JsonBuilder           *builder,
                                      const PaydayExportJob *job,
                                      const PaydaySummary   *summary,
                                      GError               **error);

static void
add_date_or_null (JsonBuilder *builder,
                  PaydayDate   date)
{
  char buf[PAYDAY_DATE_BUF];

  if (payday_date_is_set (date))
    json_builder_add_string_value (builder, payday_date_format (date, buf));
  else
    json_builder_add_null_value (builder);
}

static gboolean
block_today (JsonBuilder           *builder,
             const PaydayExportJob *job,
             const PaydaySummary   *summary,
             GError               **error)
{
  json_builder_set_member_name (builder, "today");
  add_date_or_null (builder, job->today);
  return TRUE;
}

/* The edition in effect at `today`, or the pinned one (payday_rules_edition_for() knows
 * both cases). */
static gboolean
block_rules_edition (JsonBuilder           *builder,
                     const PaydayExportJob *job,
                     const PaydaySummary   *summary,
                     GError               **error)
{
  const PaydayEdition *edition = NULL;

  if (job->rules != NULL)
    edition = payday_rules_edition_for (job->rules, job->plan, job->today);

  json_builder_set_member_name (builder, "rules_edition");
  add_date_or_null (builder, edition ? edition->effective_from : PAYDAY_DATE_NONE);
  return TRUE;
}

static gboolean
block_totals (JsonBuilder           *builder,
              const PaydayExportJob *job,
              const PaydaySummary   *summary,
              GError               **error)
{
  static const struct { PaydayStatus status; const char *name; } members[] = {
    { PAYDAY_STATUS_IN_PROGRESS, "in_progress_cents" },
    { PAYDAY_STATUS_IN_REVIEW, "in_review_cents" },
    { PAYDAY_STATUS_PENDING, "pending_cents" },
    { PAYDAY_STATUS_AVAILABLE, "available_cents" },
  };

  json_builder_set_member_name (builder, "totals");
  json_builder_begin_object (builder);
  for (guint i = 0; i < G_N_ELEMENTS (members); i++)
    {
      json_builder_set_member_name (builder, members[i].name);
      json_builder_add_int_value (builder, summary->totals[members[i].status]);
    }
  json_builder_set_member_name (builder, "withdrawn_cents");
  json_builder_add_int_value (builder, summary->withdrawn_cents);
  json_builder_set_member_name (builder, "balance_cents");
  json_builder_add_int_value (builder, summary->balance_cents);
  json_builder_end_object (builder);
  return TRUE;
}

static gboolean
block_next_payment (JsonBuilder           *builder,
                    const PaydayExportJob *job,
                    const PaydaySummary   *summary,
                    GError               **error)
{
  json_builder_set_member_name (builder, "next_payment");
  if (!payday_date_is_set (summary->next_payment_date))
    {
      json_builder_add_null_value (builder);
      return TRUE;
    }

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "date");
  add_date_or_null (builder, summary->next_payment_date);
  json_builder_set_member_name (builder, "net_cents");
  json_builder_add_int_value (builder, summary->next_payment_net_cents);
  json_builder_end_object (builder);
  return TRUE;
}

/* `connects`: the ledger's figures at `today`. cost_per_hire_cents is null without a hire in
 * the last 12 months (dividing by zero hires has no answer, and 0 would read as "free"). */
static gboolean
block_connects (JsonBuilder           *builder,
                const PaydayExportJob *job,
                const PaydaySummary   *summary,
                GError               **error)
{
  g_autoptr(PaydayLedger) ledger = NULL;

  json_builder_set_member_name (builder, "connects");
  if (job->plan == NULL || job->rules == NULL)
    {
      json_builder_add_null_value (builder);
      return TRUE;
    }

  ledger = payday_ledger_compute (job->plan, job->rules, job->today);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "balance");
  json_builder_add_int_value (builder, ledger->balance);
  json_builder_set_member_name (builder, "expiring_30d");
  json_builder_add_int_value (builder, ledger->expiring_30d);
  json_builder_set_member_name (builder, "spent_12m");
  json_builder_add_int_value (builder, ledger->spent_12m);
  json_builder_set_member_name (builder, "cost_per_hire_cents");
  if (ledger->cost_per_hire_cents == PAYDAY_NONE)
    json_builder_add_null_value (builder);
  else
    json_builder_add_int_value (builder, ledger->cost_per_hire_cents);
  json_builder_end_object (builder);
  return TRUE;
}

/* Rounds @value to @decimals places so the written number is what a reader expects
 * (payday_json_shorten_doubles() then writes it in the fewest digits). */
static double
round_to (double value,
          int    decimals)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  char format[8];

  g_snprintf (format, sizeof format, "%%.%df", decimals);
  return g_ascii_strtod (g_ascii_formatd (buf, sizeof buf, format, value), NULL);
}

/* `local`, only with --currency: the rate (six decimals, see payday_format_rate()), its
 * day and source, and the balance and the available total in local units. */
static gboolean
block_local (JsonBuilder           *builder,
             const PaydayExportJob *job,
             const PaydaySummary   *summary,
             GError               **error)
{
  char date[PAYDAY_DATE_BUF];

  if (job->currency == NULL)
    return TRUE;

  if (job->rate == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   "no exchange rate for %s was given for the local-currency figures",
                   job->currency);
      return FALSE;
    }

  json_builder_set_member_name (builder, "local");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "currency");
  json_builder_add_string_value (builder, job->rate->currency);
  json_builder_set_member_name (builder, "rate");
  json_builder_add_double_value (builder, round_to (job->rate->rate, 6));
  json_builder_set_member_name (builder, "rate_date");
  json_builder_add_string_value (builder, payday_date_format (job->rate->date, date));
  json_builder_set_member_name (builder, "source");
  json_builder_add_string_value (builder, job->rate->source);
  json_builder_set_member_name (builder, "balance");
  json_builder_add_double_value (builder, payday_rate_convert_cents (job->rate, summary->balance_cents));
  json_builder_set_member_name (builder, "available");
  json_builder_add_double_value (builder,
                                 payday_rate_convert_cents (job->rate,
                                                            summary->totals[PAYDAY_STATUS_AVAILABLE]));
  json_builder_end_object (builder);
  return TRUE;
}

/* Every badge of the edition in effect at `today`: eligible, projected date and each
 * criterion's value against its threshold (docs/rules-format.md, badges). */
static gboolean
block_badges (JsonBuilder           *builder,
              const PaydayExportJob *job,
              const PaydaySummary   *summary,
              GError               **error)
{
  g_autoptr(PaydayBadgeReport) report = NULL;

  if (job->rules == NULL)
    return TRUE;

  report = payday_badges_evaluate (job->plan, job->rules, job->schedule, job->today);
  json_builder_set_member_name (builder, "badges");
  json_builder_add_value (builder, payday_badges_to_json (report));
  return TRUE;
}

/* `withdrawals`: the plan's method and schedule, the next projected withdrawal, how many
 * are projected and the fees of those in the next 12 months (docs/withdrawals.md). With
 * --currency, `next` also gives what reaches the bank in local units, `received_local`. */
static gboolean
block_withdrawals (JsonBuilder           *builder,
                   const PaydayExportJob *job,
                   const PaydaySummary   *summary,
                   GError               **error)
{
  g_autoptr(PaydayPayouts) payouts = payday_payouts_compute (job->schedule);
  const PaydayPayout *next = payday_payouts_get_next (payouts);

  json_builder_set_member_name (builder, "withdrawals");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "method");
  json_builder_add_string_value (builder, payday_withdrawal_method_to_string (payouts->method));
  json_builder_set_member_name (builder, "schedule");
  json_builder_add_string_value (builder, payday_withdrawal_schedule_to_string (payouts->schedule));
  json_builder_set_member_name (builder, "next");
  if (next == NULL)
    {
      json_builder_add_null_value (builder);
    }
  else
    {
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "date");
      add_date_or_null (builder, next->date);
      json_builder_set_member_name (builder, "amount_cents");
      json_builder_add_int_value (builder, next->amount_cents);
      json_builder_set_member_name (builder, "fee_cents");
      json_builder_add_int_value (builder, next->fee_cents);
      json_builder_set_member_name (builder, "received_cents");
      json_builder_add_int_value (builder, next->received_cents);
      json_builder_set_member_name (builder, "arrives_on");
      add_date_or_null (builder, next->arrives_on);
      if (job->currency != NULL && job->rate != NULL)
        {
          json_builder_set_member_name (builder, "received_local");
          json_builder_add_double_value (builder,
                                         payday_rate_convert_cents (job->rate,
                                                                    next->received_cents));
        }
      json_builder_end_object (builder);
    }
  json_builder_set_member_name (builder, "projected_count");
  json_builder_add_int_value (builder, payouts->projected_count);
  json_builder_set_member_name (builder, "fees_next_12m_cents");
  json_builder_add_int_value (builder, payouts->fees_next_12m_cents);
  json_builder_end_object (builder);
  return TRUE;
}

/* `reconcile`: how many predictions held, per verdict (docs/import.md); only for a plan
 * with actuals, so plans that never imported keep their summary as it was. */
static gboolean
block_reconcile (JsonBuilder           *builder,
                 const PaydayExportJob *job,
                 const PaydaySummary   *summary,
                 GError               **error)
{
  g_autoptr(GArray) rows = NULL;
  guint counts[PAYDAY_N_VERDICTS];

  if (job->plan == NULL || !payday_plan_has_actuals (job->plan))
    return TRUE;

  rows = payday_reconcile_compute (job->schedule);
  payday_reconcile_count (rows, counts);
  json_builder_set_member_name (builder, "reconcile");
  json_builder_begin_object (builder);
  for (guint v = 0; v < PAYDAY_N_VERDICTS; v++)
    {
      json_builder_set_member_name (builder, payday_verdict_to_string (v));
      json_builder_add_int_value (builder, counts[v]);
    }
  json_builder_end_object (builder);
  return TRUE;
}

static const SummaryBlockFunc blocks[] = {
  block_today,
  block_rules_edition,
  block_totals,
  block_next_payment,
  block_local,
  block_connects,
  block_badges,
  block_withdrawals,
  block_reconcile,
};

/* The shortest text of @token (a JSON number with a fraction or exponent) that reads back
 * as the same double: json-glib 1.6 writes doubles with 17 digits, so 97817.2 came out as
 * 97817.199999999997. A fraction is kept: 0 stays 0.0, as docs/exports.md shows. */
static void
append_short_double (GString    *out,
                     const char *token,
                     gsize       length)
{
  g_autofree char *copy = g_strndup (token, length);
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  double value = g_ascii_strtod (copy, NULL);

  for (int digits = 1; digits <= 17; digits++)
    {
      char format[8];

      g_snprintf (format, sizeof format, "%%.%dg", digits);
      g_ascii_formatd (buf, sizeof buf, format, value);
      if (g_ascii_strtod (buf, NULL) == value)
        break;
    }

  g_string_append (out, buf);
  if (strpbrk (buf, ".eEn") == NULL)
    g_string_append (out, ".0");
}

/**
 * payday_json_shorten_doubles:
 * @text: JSON text as JsonGenerator writes it
 *
 * Rewrites every number that has a fraction or an exponent in its shortest exact form;
 * strings and whole numbers are copied unchanged.
 *
 * Returns: (transfer full): the rewritten text
 */
char *
payday_json_shorten_doubles (const char *text)
{
  GString *out;
  const char *p = text;

  g_return_val_if_fail (text != NULL, NULL);

  out = g_string_sized_new (strlen (text));
  while (*p)
    {
      if (*p == '"')
        {
          const char *start = p++;

          while (*p && *p != '"')
            p += (*p == '\\' && p[1]) ? 2 : 1;
          if (*p)
            p++;
          g_string_append_len (out, start, p - start);
        }
      else if (*p == '-' || g_ascii_isdigit (*p))
        {
          const char *start = p;
          gboolean fraction = FALSE;

          while (*p == '-' || *p == '+' || *p == '.' || *p == 'e' || *p == 'E' ||
                 g_ascii_isdigit (*p))
            {
              fraction |= *p == '.' || *p == 'e' || *p == 'E';
              p++;
            }
          if (fraction)
            append_short_double (out, start, p - start);
          else
            g_string_append_len (out, start, p - start);
        }
      else
        g_string_append_c (out, *p++);
    }

  return g_string_free (out, FALSE);
}

/**
 * payday_export_json_summary_build:
 * @job: the export job; its schedule must be computed
 * @error: where a failing block reports
 *
 * Returns: (transfer full): the summary as a JSON object node, or %NULL on error
 */
JsonNode *
payday_export_json_summary_build (const PaydayExportJob *job,
                                  GError               **error)
{
  g_autoptr(JsonBuilder) builder = NULL;
  PaydaySummary summary;

  g_return_val_if_fail (job != NULL, NULL);
  g_return_val_if_fail (job->schedule != NULL, NULL);

  payday_summary_compute (job->schedule, &summary);

  builder = json_builder_new ();
  json_builder_begin_object (builder);
  for (guint i = 0; i < G_N_ELEMENTS (blocks); i++)
    if (!blocks[i] (builder, job, &summary, error))
      return NULL;
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

/**
 * payday_export_json_summary:
 * @job: the export job; its schedule must be computed
 * @length: (out) (optional): the byte length of the result
 * @error: where a failing block reports
 *
 * Returns: (transfer full): the summary as indented JSON ending with a newline, or %NULL
 */
char *
payday_export_json_summary (const PaydayExportJob *job,
                            gsize                 *length,
                            GError               **error)
{
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(JsonGenerator) generator = NULL;
  g_autofree char *text = NULL;
  char *result;

  root = payday_export_json_summary_build (job, error);
  if (root == NULL)
    return NULL;

  generator = json_generator_new ();
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, root);
  text = json_generator_to_data (generator, NULL);

  {
    g_autofree char *shortened = payday_json_shorten_doubles (text);

    result = g_strconcat (shortened, "\n", NULL);
  }
  if (length != NULL)
    *length = strlen (result);

  return result;
}
