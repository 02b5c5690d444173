/* payday-rules.h — a platform's rules as dated editions (docs/rules-format.md)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "payday-plan.h"

G_BEGIN_DECLS

typedef enum {
  PAYDAY_FEE_FLAT,
  PAYDAY_FEE_SLIDING,
  PAYDAY_FEE_PER_CONTRACT,
} PaydayFeeModel;

typedef struct
{
  PaydayCents up_to_cents;                  /* PAYDAY_NONE = no upper bound */
  gint32      percent_bp;
} PaydayFeeTier;

typedef struct
{
  PaydayCents fee_cents;
  int         arrival_business_days;
} PaydayMethodRule;

/* One edition with inheritance already applied: every field is the value in force from
 * effective_from until the next edition. */
struct _PaydayEdition
{
  PaydayDate      effective_from;
  char           *title;
  char          **sources;                  /* NULL-terminated, this edition's own */
  char           *notes;                    /* this edition's own, may be NULL */
  char          **unverified;               /* NULL-terminated paths of the figures in force
                                             * that no source confirms, inherited with the
                                             * figures (docs/rules-format.md) */

  PaydayFeeModel  fee_model;
  gint32          fee_percent_bp;           /* flat */
  GArray         *fee_tiers;                /* PaydayFeeTier, sliding, ascending */
  gint32          fee_default_bp;           /* per_contract */
  gint32          fee_min_bp;
  gint32          fee_max_bp;

  int             hourly_review_days;
  int             hourly_security_days;
  gboolean        hourly_top_rated_skips_security;
  int             fixed_review_days;
  int             fixed_security_days;
  int             bonus_security_days;

  /* connects */
  PaydayCents     connects_price_cents;
  GArray         *connects_bundles;         /* int */
  int             connects_proposal_cost_min;
  int             connects_proposal_cost_max;
  int             connects_signup_grant;
  int             connects_readiness_grant; /* rule data for display: no ledger rule */
  int             connects_monthly_free;
  PaydayCents     connects_plus_price_cents;
  int             connects_plus_monthly;
  int             connects_rollover_limit;  /* PAYDAY_NONE = no limit */
  int             connects_expiry_days;
  int             connects_rising_talent_bonus;
  gboolean        connects_boost;

  /* withdrawal */
  PaydayMethodRule withdrawal_methods[PAYDAY_N_METHODS];
  PaydayCents     withdrawal_threshold_us_cents;
  PaydayCents     withdrawal_threshold_non_us_cents;
  int             withdrawal_force_after_days;

  /* badges: the resolved "badges" array of this edition (inherited when the edition does
   * not list its own); the badge evaluator reads it. */
  JsonNode       *badges;
};

struct _PaydayRules
{
  /*< private >*/
  gatomicrefcount ref_count;

  /*< public >*/
  char      *id;
  char      *name;
  GPtrArray *editions;                      /* PaydayEdition*, effective_from ascending */
};

PaydayRules         *payday_rules_load_from_data   (const char        *data,
                                                    gssize             length,
                                                    gboolean           user_set,
                                                    GError           **error);
PaydayRules         *payday_rules_load_builtin     (const char        *id,
                                                    GError           **error);
PaydayRules         *payday_rules_lookup           (const char        *id,
                                                    GError           **error);
PaydayRules         *payday_rules_ref              (PaydayRules       *rules);
void                 payday_rules_unref            (PaydayRules       *rules);
const PaydayEdition *payday_rules_edition_at       (const PaydayRules *rules,
                                                    PaydayDate         date);
const PaydayEdition *payday_rules_edition_for      (const PaydayRules *rules,
                                                    const PaydayPlan  *plan,
                                                    PaydayDate         date);
const PaydayEdition *payday_rules_find_edition     (const PaydayRules *rules,
                                                    PaydayDate         effective_from);
gboolean             payday_edition_is_unverified  (const PaydayEdition *edition,
                                                    const char          *path);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PaydayRules, payday_rules_unref)

G_END_DECLS
