/* payday-connects-private.h — helpers shared by the Connects engines (ledger, proposals, planner)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "payday-plan.h"
#include "payday-rules.h"

G_BEGIN_DECLS

/* Same contract as payday_rules_edition_for(): the edition pinned by plan->rules_edition when
 * set (and found), otherwise the last edition whose effective_from ≤ date, or the first one
 * when date is before every edition. Kept local so the Connects engines do not depend on the
 * rules loader's translation unit. NULL only when @rules has no editions. */
const PaydayEdition *payday_connects_edition_at (const PaydayRules *rules,
                                                 const PaydayPlan  *plan,
                                                 PaydayDate         date);

/* Connects a proposal takes on its date (0 when invited), the boost it takes (0 unless
 * charged) and what a job_cancelled status gives back, on payday_connects_refund_date(). */
int                  payday_connects_proposal_spend  (const PaydayProposal *proposal);
int                  payday_connects_proposal_boost  (const PaydayProposal *proposal);
int                  payday_connects_proposal_refund (const PaydayProposal *proposal);
PaydayDate           payday_connects_refund_date     (const PaydayProposal *proposal);

G_END_DECLS
