/* payday-connects.c — edition lookup and proposal costs shared by the Connects engines
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "payday-connects-private.h"

int
payday_connects_proposal_spend (const PaydayProposal *proposal)
{
  return proposal->invited ? 0 : MAX (proposal->connects, 0);
}

int
payday_connects_proposal_boost (const PaydayProposal *proposal)
{
  return proposal->boost_charged ? MAX (proposal->boost, 0) : 0;
}

int
payday_connects_proposal_refund (const PaydayProposal *proposal)
{
  if (proposal->status != PAYDAY_PROPOSAL_JOB_CANCELLED)
    return 0;

  /* The proposal's Connects come back, never the boost (docs/ledger.md, Refunds). */
  return payday_connects_proposal_spend (proposal);
}

PaydayDate
payday_connects_refund_date (const PaydayProposal *proposal)
{
  return payday_date_is_set (proposal->status_date) ? proposal->status_date : proposal->date;
}
