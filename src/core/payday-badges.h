/* payday-badges.h — badge eligibility and its projection (docs/rules-format.md, badges)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "payday-schedule.h"

G_BEGIN_DECLS

/* The criterion kinds of docs/rules-format.md, in the order of its table. */
typedef enum {
  PAYDAY_CRITERION_PROFILE_FLAG,
  PAYDAY_CRITERION_JSS_MIN,
  PAYDAY_CRITERION_JSS_ABSENT,
  PAYDAY_CRITERION_JSS_WEEKS,
  PAYDAY_CRITERION_EARNINGS_WINDOW,
  PAYDAY_CRITERION_ACCOUNT_AGE_DAYS,
  PAYDAY_CRITERION_FIRST_CONTRACT_AGE_DAYS,
  PAYDAY_CRITERION_ACTIVE_DAYS,
  PAYDAY_CRITERION_NO_HOLD_DAYS,
  PAYDAY_CRITERION_MAX_VIOLATIONS,
  PAYDAY_CRITERION_LARGE_CONTRACT,
  PAYDAY_CRITERION_INVITE_ONLY,
} PaydayCriterionKind;

/* One Saturday of a jss_weeks strip. */
typedef struct
{
  PaydayDate saturday;
  int        score;                 /* latest JSS on or before that Saturday; PAYDAY_NONE = none */
  gboolean   rising_talent;         /* rising_talent_since ≤ that Saturday */
  gboolean   eligible;              /* score ≥ threshold, or Rising Talent and no JSS yet */
} PaydayBadgeWeek;

/* One criterion row. `met` is authoritative; `value` and `threshold` are in the unit of the
 * kind (cents for earnings_window and large_contract, days for account_age_days and
 * first_contract_age_days, score for jss_min, weeks for jss_weeks, count for
 * max_violations, 0/1 for flags). When `at_most` is set, met means value ≤ threshold;
 * otherwise value ≥ threshold. See payday-badges.c for the kinds whose value is less
 * obvious (jss_absent, active_days, no_hold_days). */
typedef struct
{
  char                *id;
  PaydayCriterionKind  kind;
  char                *label;       /* the requirement, e.g. "$1,000.00 earned in the last
                                     * 12 months"; the criterion's "name" when given */
  char                *detail;      /* where the plan stands, e.g. "$687.50 so far" */
  gboolean             met;
  gint64               value;
  gint64               threshold;
  gboolean             at_most;
  int                  window_days; /* earnings_window, large_contract, active_days,
                                     * no_hold_days; else 0 */
  PaydayDate           met_on;      /* today when met; for earnings_window, account_age_days,
                                     * first_contract_age_days and large_contract the first day
                                     * within 365 days on which this criterion alone would be met
                                     * by the plan; else PAYDAY_DATE_NONE */
  char                *contract_id; /* large_contract: the contract with the most released in
                                     * the window (NULL when none) */
  GArray              *weeks;       /* jss_weeks: PaydayBadgeWeek, oldest first; else NULL */
} PaydayBadgeCriterion;

typedef struct
{
  char       *id;
  char       *name;
  char      **benefits;             /* NULL-terminated, never NULL */
  char      **requires;             /* NULL-terminated badge ids, never NULL */
  gboolean    criteria_met;         /* every own criterion met (ignores requires) */
  gboolean    eligible;             /* criteria_met and every required badge eligible */
  PaydayDate  projected_on;         /* today when eligible; PAYDAY_DATE_NONE = not within a year */
  char       *next_step;            /* one sentence, never NULL */
  GArray     *criteria;             /* PaydayBadgeCriterion, in rule order */
} PaydayBadge;

typedef struct
{
  PaydayDate  today;
  PaydayDate  edition;              /* effective_from of the edition that judged the badges */
  GArray     *badges;               /* PaydayBadge, in rule order */
} PaydayBadgeReport;

PaydayBadgeReport   *payday_badges_evaluate        (PaydayPlan              *plan,
                                                    PaydayRules             *rules,
                                                    const PaydaySchedule    *schedule,
                                                    PaydayDate               today);
PaydayBadgeReport   *payday_badges_update          (PaydayBadgeReport       *report,
                                                    PaydayPlan              *plan,
                                                    PaydayRules             *rules,
                                                    const PaydaySchedule    *schedule,
                                                    PaydayDate               today,
                                                    const PaydayPlanChanges *changes,
                                                    const PaydayScheduleDelta *delta);
void                 payday_badge_report_free      (PaydayBadgeReport       *report);
const PaydayBadge   *payday_badge_report_find      (const PaydayBadgeReport *report,
                                                    const char              *id);
const PaydayBadgeCriterion *payday_badge_find_criterion (const PaydayBadge  *badge,
                                                    const char              *id);
const char          *payday_criterion_kind_to_string (PaydayCriterionKind    kind);
JsonNode            *payday_badges_to_json         (const PaydayBadgeReport *report);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PaydayBadgeReport, payday_badge_report_free)

G_END_DECLS
