/* payday-connects.c — edition lookup and proposal costs shared by the Connects engines
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "payday-connects-private.h"

const PaydayEdition *
payday_connects_edition_at (const PaydayRules *rules,
                            const PaydayPlan  *plan,
                            PaydayDate         date)
{
  const PaydayEdition *found = NULL;

  g_assert (rules != NULL);

  if (rules->editions == NULL || rules->editions->len == 0)
    return NULL;

  /* A pinned edition applies to every date (plan-format.md, rules_edition). An unknown pin is
   * refused by the plan checks; here it falls back to the dated lookup rather than failing. */
  if (plan != NULL && payday_date_is_set (plan->rules_edition))
    {
      for (guint i = 0; i < rules->editions->len; i++)
        {
          const PaydayEdition *e = g_ptr_array_index (rules->editions, i);

          if (e->effective_from == plan->rules_edition)
            return e;
        }
    }

  found = g_ptr_array_index (rules->editions, 0);
  for (guint i = 1; i < rules->editions->len; i++)
    {
      const PaydayEdition *e = g_ptr_array_index (rules->editions, i);

      if (e->effective_from > date)
        break;
      found = e;
    }

  return found;
}

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

  /* The proposal's Connects come back, never the boost (rules-format.md, Refunds). */
  return payday_connects_proposal_spend (proposal);
}

PaydayDate
payday_connects_refund_date (const PaydayProposal *proposal)
{
  return payday_date_is_set (proposal->status_date) ? proposal->status_date : proposal->date;
}
