/* payday-badges-private.h — internals shared by the badge evaluator's files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "payday-badges.h"
#include "payday-schedule-private.h"

G_BEGIN_DECLS

/* spec: projected_on is "the first day within 365 days after today". */
#define PROJECTION_DAYS 365
/* spec: "joined within 30 days" keeps a new account active. */
#define NEW_ACCOUNT_DAYS 30

/* day, and the gross released on this day and every day before */
typedef PaydayReleaseCum BadgeDayCum;

typedef struct
{
  PaydayDate date;
  int        score;
  guint      index;
} BadgeJss;

typedef struct
{
  PaydayPlan           *plan;
  const PaydaySchedule *schedule;
  PaydayDate            today;

  /* Dense prefix sums of released gross over [lo, hi]: cum[d − lo] = every item released
   * on lo … d. lo = today − the longest window, hi = today + 365, so any window ending on
   * a day of the projection is a difference of two entries. */
  PaydayDate            lo;
  PaydayDate            hi;
  PaydayCents          *cum;

  /* Per contract, sparse prefix sums (one entry per release day): a contract-by-day table
   * would be as large as contracts × window, this is as large as the items. They are the
   * schedule's own (its index keeps them up to date across edits), or own_index's when the
   * schedule was built by hand. */
  GArray              **contract_cum;   /* BadgeDayCum, by day; borrowed */
  guint                 n_contracts;
  PaydayScheduleIndex  *own_index;
  /* The schedule's index when its days span [lo, hi]: released gross and items per day. */
  const PaydayScheduleIndex *days;

  PaydayDate            first_contract_start;   /* NONE when no contract has a start */
  GArray               *jss;                    /* BadgeJss, by date then file order */
} BadgeContext;

/* A criterion as the rule set gives it (already checked by the rules loader). */
typedef struct
{
  const char          *id;
  const char          *name;
  PaydayCriterionKind  kind;
  const char          *flag;
  gint64               threshold;      /* score, cents, count */
  gint64               agency_threshold;
  gint64               need;           /* jss_weeks */
  gint64               of;
  gint64               days;           /* days, window_days */
  JsonObject          *thresholds;
  gint64               default_cents;
} BadgeRule;

gboolean        payday_badges_rule_parse         (BadgeRule                  *rule,
                                                  JsonObject                 *object);
gboolean        payday_badges_is_projectable     (PaydayCriterionKind         kind);
gint64          payday_badges_longest_window     (JsonArray                  *badges);
void            payday_badges_context_init       (BadgeContext               *ctx,
                                                  PaydayPlan                 *plan,
                                                  const PaydaySchedule       *schedule,
                                                  PaydayDate                  today,
                                                  gint64                      window);
void            payday_badges_context_clear      (BadgeContext               *ctx);
gint            payday_badges_best_contract      (const BadgeContext         *ctx,
                                                  PaydayDate                  t,
                                                  gint64                      window,
                                                  PaydayCents                *best_cents);
const BadgeJss *payday_badges_jss_on             (const BadgeContext         *ctx,
                                                  PaydayDate                  day);
gboolean        payday_badges_profile_flag       (const PaydayProfile        *profile,
                                                  const char                 *flag);
gint64          payday_badges_earnings_threshold (const BadgeContext         *ctx,
                                                  const BadgeRule            *rule);
gint64          payday_badges_large_threshold    (const BadgeContext         *ctx,
                                                  const BadgeRule            *rule);
gboolean        payday_badges_met_at             (const BadgeContext         *ctx,
                                                  const BadgeRule            *rule,
                                                  PaydayDate                  t,
                                                  gint64                     *value,
                                                  gint                       *contract);
gint64          payday_badges_held_days          (const BadgeContext         *ctx,
                                                  gint64                      days,
                                                  gboolean                   *ongoing,
                                                  PaydayDate                 *last_end);
char           *payday_badges_label              (const BadgeContext         *ctx,
                                                  const BadgeRule            *rule);
char           *payday_badges_step               (const BadgeContext         *ctx,
                                                  const BadgeRule            *rule,
                                                  const PaydayBadgeCriterion *row);

G_END_DECLS
