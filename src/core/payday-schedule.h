/* payday-schedule.h — dated payment items from a plan (docs/schedule.md)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "payday-plan-changes.h"
#include "payday-rules.h"

G_BEGIN_DECLS

typedef enum {
  PAYDAY_ITEM_HOURLY_WEEK,
  PAYDAY_ITEM_MILESTONE,
  PAYDAY_ITEM_BONUS,
} PaydayItemKind;

/* Upwork's own words, in the order money moves through them. */
typedef enum {
  PAYDAY_STATUS_IN_PROGRESS,
  PAYDAY_STATUS_IN_REVIEW,
  PAYDAY_STATUS_PENDING,
  PAYDAY_STATUS_AVAILABLE,
  PAYDAY_N_STATUSES
} PaydayStatus;

/* A plain value: the engine's loops allocate nothing per item. Pointers borrow from the
 * plan the schedule was computed from, which the schedule keeps a reference to. */
typedef struct
{
  /* Laid out without padding: a big plan's schedule holds 100,000 of these. */
  PaydayItemKind       kind;
  PaydayStatus         status;
  guint                contract_index;      /* into plan->contracts */
  gint                 source_index;        /* into weeks / milestones / bonuses; -1 = projected week */
  const char          *contract_id;
  const char          *client_id;
  const char          *ref_id;              /* milestone or bonus id; NULL for a week */
  PaydayDate           period_start;
  PaydayDate           period_end;
  PaydayDate           charged_on;          /* PAYDAY_DATE_NONE when a milestone was never funded */
  PaydayDate           released_on;
  PaydayDate           available_on;
  guint                projected : 1;
  guint                unfunded : 1;
  guint                auto_released : 1;   /* milestone released by the 14-day rule */
  guint                top_rated_fast : 1;  /* security hold skipped */
  gint64               minutes;             /* paid minutes; PAYDAY_NONE when not hourly */
  gint64               over_limit_minutes;  /* reported, not billed */
  gint64               unpaid_minutes;      /* disputed minutes not (yet) paid */
  PaydayCents          gross_cents;
  PaydayCents          fee_cents;
  PaydayCents          net_cents;
  const PaydayEdition *edition;             /* the edition the item was judged by */
} PaydayItem;

struct _PaydaySchedule
{
  /*< private >*/
  gatomicrefcount ref_count;

  /*< public >*/
  PaydayPlan  *plan;
  PaydayRules *rules;
  PaydayDate   today;
  GArray      *items;                       /* PaydayItem, sorted by available_on, contract_id, item id */
  GPtrArray   *notes;                       /* char*: disputed or unfunded milestones, as sentences */

  /*< private >*/
  PaydayScheduleIndex *index;               /* NULL in a schedule built by hand */
};

/* One items-changed of a list model over the items: at @position, @removed items left
 * and @added took their place. */
typedef struct
{
  guint position;
  guint removed;
  guint added;
} PaydayItemsChange;

/* What payday_schedule_update() changed, so views refresh only that. An item's
 * contract_index follows its contract's place in the plan: inserting or removing a contract
 * renumbers the later contracts' items without listing them (they are the same payments). */
typedef struct
{
  gboolean  full;                           /* computed anew: any item may have changed */
  GArray   *changes;                        /* PaydayItemsChange, by position; apply in order */
  GArray   *contracts;                      /* guint: contracts (indices in the plan now) whose
                                             * items, fees or place in the plan changed */
  gboolean  released;                       /* some day's or contract's released gross changed */
  gboolean  renumbered;                     /* contracts were inserted or removed: indices moved */
} PaydayScheduleDelta;

PaydaySchedule *payday_schedule_compute       (PaydayPlan       *plan,
                                               PaydayRules      *rules,
                                               PaydayDate        today);
PaydaySchedule *payday_schedule_update        (PaydaySchedule   *schedule,
                                               PaydayPlan       *plan,
                                               PaydayRules      *rules,
                                               PaydayDate        today,
                                               const PaydayPlanChanges *changes,
                                               PaydayScheduleDelta *delta);
const guint    *payday_schedule_get_contract_items (const PaydaySchedule *schedule,
                                               guint             contract_index,
                                               guint            *n_items);
void            payday_schedule_delta_init    (PaydayScheduleDelta *delta);
void            payday_schedule_delta_set_full (PaydayScheduleDelta *delta,
                                               guint             removed,
                                               guint             added);
void            payday_schedule_delta_clear   (PaydayScheduleDelta *delta);
PaydaySchedule *payday_schedule_ref           (PaydaySchedule   *schedule);
void            payday_schedule_unref         (PaydaySchedule   *schedule);
char           *payday_item_format_id         (const PaydayItem *item,
                                               char              buf[PAYDAY_DATE_BUF]);
const char     *payday_item_kind_to_string    (PaydayItemKind    kind);
const char     *payday_status_to_string       (PaydayStatus      status);
const char     *payday_status_get_title       (PaydayStatus      status);

/* The summary of docs/exports.md: net cents per status, and the next payment. */
typedef struct
{
  PaydayCents totals[PAYDAY_N_STATUSES];
  PaydayCents withdrawn_cents;
  PaydayCents balance_cents;                /* available − withdrawn */
  PaydayDate  next_payment_date;            /* first available_on after today; NONE if none */
  PaydayCents next_payment_net_cents;       /* the net of every item available that day */
} PaydaySummary;

void            payday_summary_compute        (const PaydaySchedule *schedule,
                                               PaydaySummary        *summary);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PaydaySchedule, payday_schedule_unref)

G_END_DECLS
