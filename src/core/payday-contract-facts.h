/* payday-contract-facts.h — what each contract comes to at today: its state, its next
 * payment, the money still waiting, its amount and this week's hours
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "payday-schedule.h"

G_BEGIN_DECLS

typedef enum
{
  PAYDAY_CONTRACT_ACTIVE,
  PAYDAY_CONTRACT_ENDED,                /* its end is today or earlier */
  PAYDAY_CONTRACT_STARTS_LATER,         /* its start is after today */
} PaydayContractState;

/* One contract's figures, computed once with the schedule (payday_contract_facts_compute())
 * and read by every page that shows contracts. */
typedef struct
{
  PaydayContractState state;
  PaydayDate          next_date;        /* the first day after today money of it becomes
                                         * available; PAYDAY_DATE_NONE when none does */
  PaydayCents         next_net;         /* the net that becomes available on next_date */
  PaydayCents         waiting_net;      /* net not available yet (In progress, In review,
                                         * Pending): the contracts add up to those totals */
  PaydayCents         amount_cents;     /* hourly: the rate; fixed: the milestones' sum */
  gint64              week_hours;       /* hourly: hundredths of an hour logged in today's
                                         * week; 0 for fixed-price */
} PaydayContractFacts;

GArray *payday_contract_facts_compute (const PaydayPlan          *plan,
                                       const PaydaySchedule      *schedule);
GArray *payday_contract_facts_update  (GArray                    *facts,
                                       const PaydayPlan          *plan,
                                       const PaydaySchedule      *schedule,
                                       const PaydayScheduleDelta *delta);
const PaydayItem **
        payday_contract_items         (const PaydaySchedule      *schedule,
                                       guint                      contract_index,
                                       PaydayItemKind             kind,
                                       guint                      n_sources);
const char *
        payday_contract_state_get_title (PaydayContractState     state);

G_END_DECLS
