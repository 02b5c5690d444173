/* fuzz-import.c — libFuzzer target: the CSV import on arbitrary bytes
 *
 * Any input must end in either an import or an error (never both, never neither); read
 * in two chunks split anywhere it must give the same records as read at once; an import
 * merged into a plan must leave a plan that saves and loads back (every bound kept), and
 * the reconcile engine must run on it. No crash, leak or undefined behaviour.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "payday-csv.h"
#include "payday-import-private.h"
#include "payday-reconcile.h"

#include "fuzz-common.h"

/* Small bounds, so the fuzzer reaches them. */
static const PaydayCsvLimits limits = { 1 << 20, 4096, 2000 };

static const char plan_json[] =
  "{ \"format\": \"payday-plan\", \"version\": 1, \"today\": \"2025-06-02\",\n"
  "  \"rules_edition\": \"2023-05-03\",\n"
  "  \"clients\": [ { \"id\": \"a\", \"name\": \"Acme Example Co\" } ],\n"
  "  \"contracts\": [ { \"id\": \"w\", \"title\": \"Widget API\", \"client\": \"a\",\n"
  "    \"type\": \"hourly\", \"start\": \"2024-01-01\", \"rate_cents\": 4000,\n"
  "    \"weeks\": [ { \"week_start\": \"2024-01-01\", \"hours\": 10 } ] } ] }\n";

static PaydayPlan  *plan;
static PaydayRules *rules;

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  fuzz_init_logging ();
  plan = payday_plan_load_from_data (plan_json, -1, NULL);
  rules = payday_rules_lookup ("upwork", NULL);
  g_assert_true (plan != NULL && rules != NULL);
  return 0;
}

static gboolean
digest_row (const PaydayCsvRow  *row,
            gpointer             user_data,
            GError             **error)
{
  GChecksum *sum = user_data;

  g_checksum_update (sum, (const guchar *) &row->row, sizeof row->row);
  for (guint i = 0; i < row->n_fields; i++)
    g_checksum_update (sum, (const guchar *) row->fields[i], strlen (row->fields[i]) + 1);
  return TRUE;
}

/* The records' digest, or the error's message, of @data fed in two chunks. */
static char *
read_split (const char *data,
            size_t      size,
            size_t      split)
{
  g_autoptr(GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autoptr(PaydayCsvReader) reader = payday_csv_reader_new (&limits, digest_row, sum);
  g_autoptr(GError) error = NULL;

  if (payday_csv_reader_feed (reader, data, split, &error) &&
      payday_csv_reader_feed (reader, data + split, size - split, &error) &&
      payday_csv_reader_finish (reader, &error))
    return g_strdup (g_checksum_get_string (sum));

  return g_strdup (error->message);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  const char *text = fuzz_text (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(PaydayImport) import = NULL;
  g_autoptr(PaydayPlan) work = NULL;
  g_autoptr(PaydayImportPreview) preview = NULL;
  g_autofree char *whole = NULL;
  g_autofree char *split = NULL;
  PaydayImportCounts counts;

  whole = read_split (text, size, 0);
  split = read_split (text, size, size > 0 ? data[0] % (size + 1) : 0);
  g_assert_cmpstr (whole, ==, split);

  import = payday_import_read_data_with_limits ("fuzz.csv", text, size, &limits, &error);
  g_assert_true ((import == NULL) != (error == NULL));
  if (import == NULL)
    {
      g_assert_true (g_str_has_prefix (error->message, "fuzz.csv: "));
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      return 0;
    }

  g_assert_cmpuint (payday_import_get_n_problems (import), <=, payday_import_get_n_rows (import));
  work = payday_plan_copy (plan);
  preview = payday_import_preview_new (import, work);
  if (payday_import_apply (import, preview, work, &counts, &error))
    {
      g_autofree char *saved = payday_plan_to_data (work, NULL);
      g_autoptr(PaydayPlan) back = payday_plan_load_from_data (saved, -1, &error);
      g_autoptr(PaydaySchedule) schedule = NULL;
      g_autoptr(GArray) rows = NULL;

      g_assert_no_error (error);
      g_assert_cmpuint (counts.rows, ==, payday_import_get_n_rows (import));
      g_assert_cmpuint (counts.actuals + counts.duplicates, <=, counts.rows);
      schedule = payday_schedule_compute (back, rules, back->today);
      rows = payday_reconcile_compute (schedule);
    }
  else
    g_assert_nonnull (error);

  return 0;
}
