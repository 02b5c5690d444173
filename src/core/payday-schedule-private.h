/* payday-schedule-private.h — the schedule's index and the pieces its full and incremental
 *                             computations share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "payday-schedule.h"

G_BEGIN_DECLS

/* Projection of open-ended hourly contracts: the Monday of today's week + 26 weeks. */
#define PAYDAY_SCHEDULE_PROJECTION_WEEKS 26

/* Released gross per day is kept for this many days either side of today: the badge
 * windows (a year back, the year of projection ahead) read it without a pass over items. */
#define PAYDAY_SCHEDULE_RELEASE_SPAN_DAYS 1461

/* A contract's gross released on or before `day`, one entry per item by release day. */
typedef struct
{
  PaydayDate  day;
  PaydayCents cum;
} PaydayReleaseCum;

/* What the schedule remembers of one contract. The strings are its own copies: an edit
 * frees the plan's strings of the contract it replaces before the update reads them. */
typedef struct
{
  char     *id;
  char     *key;                        /* billing key: the client id, or the contract's id */
  gboolean  own;                        /* no client: the contract is its own billing chain */
  guint     n_notes;                    /* its notes, which follow the previous contract's */
  GArray   *positions;                  /* guint: where its items are in items, ascending */
  GArray   *released;                   /* PaydayReleaseCum, by day */
} PaydayScheduleContract;

struct _PaydayScheduleIndex
{
  GArray      *contracts;               /* PaydayScheduleContract, parallel to plan->contracts */
  PaydayCents  totals[PAYDAY_N_STATUSES];  /* net per status over every item */

  /* The inputs every item depends on, as they were: any other value means a full recompute. */
  PaydayDate   rules_edition;
  PaydayDate   top_rated_since;

  PaydayDate   day_lo;                  /* day_gross[d − day_lo] = gross released on day d */
  guint        n_days;
  PaydayCents *day_gross;
  guint       *day_items;               /* how many items are released on day d */
};

/* The items and notes of one contract are appended by these, fees and status still unset. */
typedef struct
{
  PaydayPlan  *plan;
  PaydayRules *rules;
  PaydayDate   today;
  GArray      *items;
  GPtrArray   *notes;
} PaydayScheduleBuilder;

void                 payday_schedule_build_contract (PaydayScheduleBuilder *builder,
                                                     guint                  contract_index);
guint                payday_schedule_count_items    (const PaydayPlan      *plan,
                                                     PaydayDate             today);
PaydayStatus         payday_schedule_item_status    (const PaydayItem      *item,
                                                     PaydayDate             today);
int                  payday_schedule_compare_final  (gconstpointer          a,
                                                     gconstpointer          b);
void                 payday_schedule_sort_billing   (PaydayItem           **items,
                                                     guint                  n_items);
void                 payday_schedule_assign_fees    (const PaydayPlan      *plan,
                                                     PaydayItem           **sorted,
                                                     guint                  n_items);
const char          *payday_schedule_billing_key    (const PaydayItem      *item,
                                                     gboolean              *own);

PaydayScheduleIndex *payday_schedule_index_new      (PaydayPlan            *plan,
                                                     PaydayDate             today);
PaydayScheduleIndex *payday_schedule_index_copy     (const PaydayScheduleIndex *index);
void                 payday_schedule_index_free     (PaydayScheduleIndex   *index);
void                 payday_schedule_contract_set   (PaydayScheduleContract *record,
                                                     const PaydayContract  *contract);
void                 payday_schedule_contract_clear (PaydayScheduleContract *record);
void                 payday_schedule_index_fill     (PaydayScheduleIndex   *index,
                                                     const GArray          *items);
void                 payday_schedule_index_positions (PaydayScheduleIndex  *index,
                                                     const GArray          *items);
void                 payday_schedule_index_released (PaydayScheduleContract *record,
                                                     const GArray          *items);
void                 payday_schedule_index_count    (PaydayScheduleIndex   *index,
                                                     const PaydayItem      *item,
                                                     int                    sign);
PaydayScheduleIndex *payday_schedule_index_build    (const PaydaySchedule  *schedule,
                                                     guint                  n_contracts);

G_END_DECLS
