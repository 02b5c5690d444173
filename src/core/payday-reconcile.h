/* payday-reconcile.h — each predicted payment held against what Upwork really paid
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "payday-schedule.h"

G_BEGIN_DECLS

/* The verdicts of docs/import.md, in the order the summary lists them. */
typedef enum
{
  PAYDAY_VERDICT_AS_PREDICTED,
  PAYDAY_VERDICT_EARLY,
  PAYDAY_VERDICT_LATE,
  PAYDAY_VERDICT_AMOUNT_DIFFERS,
  PAYDAY_VERDICT_MISSING,
  PAYDAY_VERDICT_UNEXPECTED,
  PAYDAY_N_VERDICTS
} PaydayVerdict;

/* One row: a schedule item, an actual, or both when they were paired. The pointers borrow
 * from the schedule (and the plan it keeps): keep the schedule while using the rows. */
typedef struct
{
  PaydayVerdict       verdict;
  PaydayItemKind      kind;
  const char         *contract_id;
  const PaydayItem   *item;                 /* NULL for an unexpected actual */
  const PaydayActual *actual;               /* NULL for a missing payment */
} PaydayReconcileRow;

GArray     *payday_reconcile_compute     (const PaydaySchedule     *schedule);
void        payday_reconcile_count       (const GArray             *rows,
                                          guint                     counts[PAYDAY_N_VERDICTS]);
const char *payday_verdict_to_string     (PaydayVerdict             verdict);
const char *payday_reconcile_row_item_id (const PaydayReconcileRow *row,
                                          char                      buf[PAYDAY_DATE_BUF]);
gboolean    payday_plan_has_actuals      (const PaydayPlan         *plan);

G_END_DECLS
