/* payday-simulation.h — Monte Carlo cash simulation over a payment schedule
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "payday-schedule.h"

G_BEGIN_DECLS

/* days_to_cash of one plan contract: nearest-rank percentiles, in whole days, over the
 * contract's items and every run. */
typedef struct
{
  char  *contract_id;                       /* owned copy */
  guint  contract_index;                    /* into plan->contracts */
  gint32 p10;
  gint32 p50;
  gint32 p90;
} PaydaySimContract;

/* Plain arrays of n_days values, index 0 = `from` (the schedule's today), the last one =
 * `to` (today + horizon_days). Cumulative net cents available on each day (end of day). */
typedef struct
{
  int          runs;
  gint64       seed;
  PaydayDate   from;
  PaydayDate   to;
  guint        n_days;                      /* to − from + 1 */
  PaydayCents *scheduled;                   /* the deterministic schedule */
  PaydayCents *p10;                         /* across runs, nearest rank */
  PaydayCents *p50;
  PaydayCents *p90;
  GArray      *contracts;                   /* PaydaySimContract, plan order; contracts with
                                             * no payment item are left out */
} PaydaySimResult;

/**
 * PaydaySimProgressFunc:
 * @fraction: the share of the work done, 0–1
 * @user_data: the closure
 *
 * Called in the thread that runs payday_simulation_run(), at most about a hundred times.
 */
typedef void (*PaydaySimProgressFunc) (double   fraction,
                                       gpointer user_data);

PaydaySimResult *payday_simulation_run       (const PaydaySchedule    *schedule,
                                              const PaydaySimulation  *settings,
                                              int                      n_threads,
                                              GCancellable            *cancellable,
                                              PaydaySimProgressFunc    progress,
                                              gpointer                 user_data);
void             payday_sim_result_free      (PaydaySimResult         *result);
char            *payday_sim_result_to_json   (const PaydaySimResult   *result,
                                              gsize                   *length);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PaydaySimResult, payday_sim_result_free)

G_END_DECLS
