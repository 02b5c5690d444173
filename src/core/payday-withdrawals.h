/* payday-withdrawals.h — from Available to the bank: withdrawals, their fees and arrival
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "payday-schedule.h"

G_BEGIN_DECLS

typedef enum {
  PAYDAY_PAYOUT_HISTORY,
  PAYDAY_PAYOUT_PROJECTED,
} PaydayPayoutKind;

/* One withdrawal, as the `.withdrawals.csv` writes it (docs/withdrawals.md):
 * `date,kind,amount_cents,fee_cents,received_cents,arrives_on,method`. */
typedef struct
{
  PaydayDate       date;
  PaydayPayoutKind kind;
  PaydayCents      amount_cents;
  PaydayCents      fee_cents;         /* the method's fee in the edition in force on date */
  PaydayCents      received_cents;    /* amount − fee, never below 0 */
  PaydayDate       arrives_on;        /* date + the method's arrival in business days */
  PaydayCents      balance_cents;     /* money left available after this row; < 0 = a deficit */
  gboolean         forced;            /* projected under the threshold by the 180-day rule */
  int              source_index;      /* into plan->withdrawals.history; -1 when projected */
} PaydayPayout;

typedef struct
{
  PaydayDate               today;
  PaydayWithdrawalMethod   method;
  PaydayWithdrawalSchedule schedule;
  GArray                  *rows;               /* PaydayPayout, by date, history before projected */
  int                      next;               /* index of the first projected row; -1 = none */
  guint                    projected_count;
  PaydayCents              fees_next_12m_cents; /* fees of projected rows in (today, today + 365] */
  PaydayCents              received_next_12m_cents;
  int                      median_days_to_bank; /* over the money those rows carry; -1 = none */
  GPtrArray               *warnings;           /* char*: history rows larger than the money then available */
  GArray                  *warning_rows;       /* int: each warning's index in plan->withdrawals.history */
} PaydayPayouts;

/* One method × schedule of the comparison ("which method and schedule should I use?"). */
typedef struct
{
  PaydayWithdrawalMethod   method;
  PaydayWithdrawalSchedule schedule;
  guint                    count;              /* projected withdrawals in the next 12 months */
  PaydayCents              fees_cents;         /* their fees */
  int                      median_days_to_bank; /* -1 when nothing reaches the bank */
  gboolean                 current;            /* the plan's own choice */
} PaydayPayoutOption;

PaydayPayouts *payday_payouts_compute            (const PaydaySchedule     *schedule);
PaydayPayouts *payday_payouts_compute_with       (const PaydaySchedule     *schedule,
                                                  PaydayWithdrawalMethod    method,
                                                  PaydayWithdrawalSchedule  kind);
void           payday_payouts_free               (PaydayPayouts            *payouts);
const PaydayPayout *payday_payouts_get_next      (const PaydayPayouts      *payouts);
GArray        *payday_payouts_compare            (const PaydaySchedule     *schedule);
void           payday_payouts_compare_async      (PaydaySchedule           *schedule,
                                                  GCancellable             *cancellable,
                                                  GAsyncReadyCallback       callback,
                                                  gpointer                  user_data);
GArray        *payday_payouts_compare_finish     (GAsyncResult             *result,
                                                  GError                  **error);

PaydayDate     payday_business_days_after        (PaydayDate                date,
                                                  int                       days);
PaydayDate     payday_withdrawal_schedule_next   (PaydayWithdrawalSchedule  kind,
                                                  PaydayDate                after);

const char    *payday_payout_kind_to_string      (PaydayPayoutKind          kind);
const char    *payday_withdrawal_method_to_string   (PaydayWithdrawalMethod   method);
const char    *payday_withdrawal_schedule_to_string (PaydayWithdrawalSchedule kind);
const char    *payday_withdrawal_method_label       (PaydayWithdrawalMethod   method);
const char    *payday_withdrawal_schedule_label     (PaydayWithdrawalSchedule kind);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PaydayPayouts, payday_payouts_free)

G_END_DECLS
