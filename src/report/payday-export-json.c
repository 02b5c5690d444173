/* payday-export-json.c — the summary JSON of spec/command-line.md
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "payday-export-json.h"
#include "payday-ledger.h"

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

static const SummaryBlockFunc blocks[] = {
  block_today,
  block_rules_edition,
  block_totals,
  block_next_payment,
  block_connects,
};

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

  result = g_strconcat (text, "\n", NULL);
  if (length != NULL)
    *length = strlen (result);

  return result;
}
