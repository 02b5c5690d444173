/* payday-proposals.h — proposal pipeline statistics: funnels per month and quarter, win rate, cost per hire
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "payday-plan-changes.h"
#include "payday-plan.h"
#include "payday-rules.h"

G_BEGIN_DECLS

/* The funnel of the proposals sent (by their `date`) in one period.
 *
 * Counting: a later status implies the earlier ones (hired ⇒ interview ⇒ viewed ⇒ sent).
 * declined, withdrawn and job_cancelled count as sent only: the plan keeps only a proposal's
 * last status, so whether it was viewed first is unknown, and counting it as viewed would
 * invent data. */
typedef struct
{
  PaydayDate   start;                 /* first day of the month or quarter */
  PaydayDate   end;                   /* last day */
  int          sent;                  /* every proposal of the period, invited ones included */
  int          viewed;                /* status viewed, interview or hired */
  int          interview;             /* status interview or hired */
  int          hired;
  int          declined;
  int          withdrawn;
  int          job_cancelled;
  int          invited;
  int          win_base;              /* sent − withdrawn − job_cancelled */
  gint32       win_rate_bp;           /* hired ÷ win_base in basis points, PAYDAY_NONE when 0 */
  gint64       connects_spent;        /* Connects + charged boosts − refunds of these proposals */
  PaydayCents  money_spent_cents;     /* each proposal's net Connects × price at its date */
  gint64       connects_per_hire;     /* rounded half up, PAYDAY_NONE without hires */
  PaydayCents  money_per_hire_cents;  /* rounded half up, PAYDAY_NONE without hires */
} PaydayFunnel;

typedef struct
{
  PaydayDate    today;
  GArray       *months;    /* PaydayFunnel, every month from the first proposal's to today's */
  GArray       *quarters;  /* PaydayFunnel, calendar quarters, same span */
  PaydayFunnel  total;     /* every proposal dated ≤ today */
} PaydayProposalStats;

PaydayProposalStats *payday_proposal_stats_compute (const PaydayPlan    *plan,
                                                    const PaydayRules   *rules,
                                                    PaydayDate           today);
PaydayProposalStats *payday_proposal_stats_update  (PaydayProposalStats *stats,
                                                    const PaydayPlan    *plan,
                                                    const PaydayRules   *rules,
                                                    PaydayDate           today,
                                                    const PaydayPlanChanges *changes);
void                 payday_proposal_stats_free    (PaydayProposalStats *stats);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PaydayProposalStats, payday_proposal_stats_free)

G_END_DECLS
