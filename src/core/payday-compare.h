/* payday-compare.h — the same job as hourly or fixed-price: time to cash, risk, fees, verdict
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "payday-schedule.h"
#include "payday-simulation.h"

G_BEGIN_DECLS

typedef struct
{
  gint64      hours_per_week;       /* hundredths of an hour */
  PaydayCents rate_cents;
  gint64      weekly_limit_hours;   /* hundredths, PAYDAY_NONE = no limit */
} PaydayCompareHourly;

typedef struct
{
  PaydayCents total_cents;
  guint       milestones;           /* equal milestones, at least 1 */
  gboolean    funded;               /* funded up front; FALSE = never funded: unprotected */
} PaydayCompareFixed;

typedef struct
{
  PaydayCompareHourly hourly;
  PaydayCompareFixed  fixed;
  guint               weeks;        /* the job's length, the same for both options */
  PaydayDate          start;        /* the job starts on the Monday of this date's week */
  PaydayRules        *rules;        /* borrowed */
  PaydayDate          edition;      /* an edition's effective_from; NONE = each date's own */
  PaydaySimulation    behaviour;    /* the client: probabilities, runs and seed */
  gboolean            top_rated;    /* the freelancer is Top Rated from the start */
} PaydayCompareInput;

typedef struct
{
  PaydayContractType type;
  PaydaySchedule    *schedule;      /* the synthetic plan's schedule */
  gboolean           paid;          /* FALSE: the option schedules no payment */
  gint32             days_median;   /* days from the end of the work to cash; P50 */
  gint32             days_p90;
  PaydayCents        gross_cents;
  PaydayCents        fee_cents;
  PaydayCents        net_cents;
  PaydayCents        waiting_peak_cents;  /* the most net done but not available, one day */
  PaydayDate         waiting_peak_on;
  PaydayCents        unprotected_cents;   /* net of milestones escrow does not hold */
  PaydayDate         last_payment;        /* when the last money is available (scheduled) */
  PaydayCents       *scheduled;     /* n_days cumulative net available, index 0 = from */
  PaydayCents       *p10;
  PaydayCents       *p50;
  PaydayCents       *p90;
} PaydayCompareOption;

typedef struct
{
  PaydayDate          from;         /* the job's first day */
  PaydayDate          to;
  guint               n_days;
  PaydayCompareOption hourly;
  PaydayCompareOption fixed;
  char               *note;         /* what the comparison does not model */
} PaydayCompareResult;

void                 payday_compare_input_init      (PaydayCompareInput        *input,
                                                     PaydayRules               *rules);
void                 payday_compare_input_from_plan (PaydayCompareInput        *input,
                                                     const PaydayPlan          *plan,
                                                     PaydayRules               *rules,
                                                     PaydayDate                 today);
PaydayPlan          *payday_compare_build_plan      (const PaydayCompareInput  *input,
                                                     PaydayContractType         type);
PaydayCompareResult *payday_compare_run             (const PaydayCompareInput  *input,
                                                     int                        n_threads,
                                                     GCancellable              *cancellable);
void                 payday_compare_result_free     (PaydayCompareResult       *result);

/* Writes an amount of US cents for a reader: payday_money_format() or a locale's form. */
typedef char *(*PaydayMoneyFormatFunc) (PaydayCents cents);

char                *payday_compare_result_describe (const PaydayCompareResult *result,
                                                     PaydayMoneyFormatFunc      format_money);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PaydayCompareResult, payday_compare_result_free)

G_END_DECLS
