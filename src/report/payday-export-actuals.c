/* payday-export-actuals.c — the imported money rows, and the schedule held against them, as CSV
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "payday-export-actuals.h"
#include "payday-export-csv.h"
#include "payday-reconcile.h"

static int
compare_actuals (gconstpointer a,
                 gconstpointer b)
{
  const PaydayActual *x = *(const PaydayActual * const *) a;
  const PaydayActual *y = *(const PaydayActual * const *) b;

  if (x->date != y->date)
    return x->date < y->date ? -1 : 1;
  return strcmp (x->ref, y->ref);
}

/**
 * payday_export_csv_actuals:
 * @plan: a plan
 * @length: (out): the text's length
 *
 * The plan's actuals (docs/import.md): `date,ref,kind,amount_cents,contract_id,
 * client_name,source`, one row each, sorted by date then ref.
 *
 * Returns: (transfer full): the CSV text
 */
char *
payday_export_csv_actuals (const PaydayPlan *plan,
                           gsize            *length)
{
  g_autoptr(GPtrArray) sorted = NULL;
  GString *out;

  g_return_val_if_fail (plan != NULL, NULL);

  sorted = g_ptr_array_sized_new (plan->actuals->len);
  for (guint i = 0; i < plan->actuals->len; i++)
    g_ptr_array_add (sorted, &g_array_index (plan->actuals, PaydayActual, i));
  g_ptr_array_sort (sorted, compare_actuals);

  out = g_string_sized_new (64 * (sorted->len + 1));
  g_string_append (out, PAYDAY_CSV_ACTUALS_HEADER);
  payday_csv_end_row (out);
  for (guint i = 0; i < sorted->len; i++)
    {
      const PaydayActual *a = g_ptr_array_index (sorted, i);

      payday_csv_append_date (out, a->date);
      g_string_append_c (out, ',');
      payday_csv_append_field (out, a->ref);
      g_string_append_c (out, ',');
      g_string_append (out, payday_actual_kind_to_string (a->kind));
      g_string_append_c (out, ',');
      payday_csv_append_int (out, a->amount_cents);
      g_string_append_c (out, ',');
      payday_csv_append_field (out, a->contract);
      g_string_append_c (out, ',');
      payday_csv_append_field (out, a->client_name);
      g_string_append_c (out, ',');
      g_string_append (out, payday_actual_source_to_string (a->source));
      payday_csv_end_row (out);
    }

  *length = out->len;
  return g_string_free (out, FALSE);
}

/**
 * payday_export_csv_reconcile:
 * @schedule: the plan's schedule at its today
 * @length: (out): the text's length
 *
 * Each prediction against what was really paid (payday_reconcile_compute()):
 * `contract_id,item_id,kind,predicted_on,predicted_cents,actual_on,actual_cents,ref,
 * verdict`; the cells of the side a row lacks are empty.
 *
 * Returns: (transfer full): the CSV text
 */
char *
payday_export_csv_reconcile (const PaydaySchedule *schedule,
                             gsize                *length)
{
  g_autoptr(GArray) rows = NULL;
  GString *out;

  g_return_val_if_fail (schedule != NULL, NULL);

  rows = payday_reconcile_compute (schedule);
  out = g_string_sized_new (80 * (rows->len + 1));
  g_string_append (out, PAYDAY_CSV_RECONCILE_HEADER);
  payday_csv_end_row (out);
  for (guint i = 0; i < rows->len; i++)
    {
      const PaydayReconcileRow *row = &g_array_index (rows, PaydayReconcileRow, i);
      char buf[PAYDAY_DATE_BUF];

      payday_csv_append_field (out, row->contract_id);
      g_string_append_c (out, ',');
      payday_csv_append_field (out, payday_reconcile_row_item_id (row, buf));
      g_string_append_c (out, ',');
      g_string_append (out, payday_item_kind_to_string (row->kind));
      g_string_append_c (out, ',');
      if (row->item)
        {
          payday_csv_append_date (out, row->item->charged_on);
          g_string_append_c (out, ',');
          payday_csv_append_int (out, row->item->gross_cents);
        }
      else
        g_string_append_c (out, ',');
      g_string_append_c (out, ',');
      if (row->actual)
        {
          payday_csv_append_date (out, row->actual->date);
          g_string_append_c (out, ',');
          payday_csv_append_int (out, row->actual->amount_cents);
          g_string_append_c (out, ',');
          payday_csv_append_field (out, row->actual->ref);
        }
      else
        g_string_append (out, ",,");
      g_string_append_c (out, ',');
      g_string_append (out, payday_verdict_to_string (row->verdict));
      payday_csv_end_row (out);
    }

  *length = out->len;
  return g_string_free (out, FALSE);
}
