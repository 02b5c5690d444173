/* payday-connects-private.h — helpers shared by the Connects engines (ledger, proposals, planner)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "payday-plan.h"
#include "payday-rules.h"

G_BEGIN_DECLS

/* Connects a proposal takes on its date (0 when invited), the boost it takes (0 unless
 * charged) and what a job_cancelled status gives back, on payday_connects_refund_date(). */
int                  payday_connects_proposal_spend  (const PaydayProposal *proposal);
int                  payday_connects_proposal_boost  (const PaydayProposal *proposal);
int                  payday_connects_proposal_refund (const PaydayProposal *proposal);
PaydayDate           payday_connects_refund_date     (const PaydayProposal *proposal);

G_END_DECLS
