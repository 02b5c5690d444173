/* payday-planner.h — the Connects planner: Connects needed a month and the cheapest way to get them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "payday-plan.h"
#include "payday-rules.h"

G_BEGIN_DECLS

/* What the user plans. Doubles because they come from spin buttons; the planner converts them
 * to fixed point first (rates and Connects to hundredths, shares to basis points, rounding half
 * up) and computes exactly in integers from there. Values are clamped to their ranges. */
typedef struct
{
  double proposals_per_week;  /* 0–1000 */
  double avg_connects;        /* Connects a non-invited proposal costs, 0–1000 */
  double avg_boost;           /* extra Connects bid per non-invited proposal, 0–1000 */
  double invite_share;        /* 0–1: the share of proposals answering invitations (cost 0) */
  double win_rate;            /* 0–1: hires per proposal */
} PaydayPlannerInput;

typedef enum {
  PAYDAY_SUPPLY_BASIC,
  PAYDAY_SUPPLY_PLUS,
  PAYDAY_N_SUPPLY
} PaydaySupply;

typedef struct
{
  int size;                   /* Connects in the bundle */
  int count;                  /* bundles of that size to buy each month */
} PaydayBundleCount;

typedef struct
{
  PaydaySupply kind;
  gboolean     available;            /* FALSE: the edition has no such membership, or the
                                      * rest cannot be bought (no bundles) */
  int          included;             /* Connects the membership gives each month */
  PaydayCents  membership_cents;     /* 0 on Basic, plus_price_cents on Plus */
  gint64       bought;               /* Connects bought in bundles each month (≥ the rest) */
  GArray      *bundles;              /* PaydayBundleCount, count > 0, largest size first */
  PaydayCents  bundles_cents;        /* bought × price_cents */
  PaydayCents  monthly_cents;        /* membership + bundles; PAYDAY_NONE when not available */
  PaydayCents  cost_per_hire_cents;  /* monthly ÷ hires a month, PAYDAY_NONE without hires */
  gboolean     cheapest;
} PaydaySupplyOption;

typedef struct
{
  gint64             proposals_month_hundredths;  /* proposals a month × 100 (weeks a month = 52/12) */
  gint64             hires_month_millionths;      /* hires a month × 10^6 */
  gint64             connects_needed;             /* a month, rounded up */
  PaydaySupplyOption options[PAYDAY_N_SUPPLY];
  PaydaySupply       cheapest;                    /* PAYDAY_N_SUPPLY when none is available */
} PaydayPlannerResult;

PaydayPlannerResult *payday_planner_compute (const PaydayPlannerInput *input,
                                             const PaydayEdition      *edition);
void                 payday_planner_result_free (PaydayPlannerResult *result);
gboolean             payday_connects_cheapest_bundles (const GArray *bundle_sizes,
                                                       PaydayCents   price_cents,
                                                       gint64        need,
                                                       GArray       *counts,
                                                       gint64       *bought,
                                                       PaydayCents  *cost_cents);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PaydayPlannerResult, payday_planner_result_free)

G_END_DECLS
