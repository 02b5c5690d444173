/* payday-plan.h — the plan: a freelancer's contracts, proposals and Connects, as plain structs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "payday-types.h"

G_BEGIN_DECLS

/* The rule set a plan uses when it names none: the one place this default is written. */
#define PAYDAY_PLAN_DEFAULT_RULES "upwork"

/* Conventions (docs/plan-format.md):
 * - money: PaydayCents; hours: hundredths of an hour (12.5 h = 1250), so a file round-trips
 *   exactly; percents: basis points (10% = 1000); probabilities: doubles (not money).
 * - optional numbers use PAYDAY_NONE (-1), optional dates PAYDAY_DATE_NONE,
 *   optional strings NULL.
 * - every struct that comes from a JSON object keeps the members Payday does not know in
 *   `extra` (NULL when none), and the saver writes them back.
 * - arrays are GArrays of the structs below, each with a clear function set, so removing an
 *   element frees it. */

typedef enum { PAYDAY_REGION_NON_US, PAYDAY_REGION_US } PaydayRegion;
typedef enum { PAYDAY_CONTRACT_HOURLY, PAYDAY_CONTRACT_FIXED } PaydayContractType;
typedef enum {
  PAYDAY_DISPUTE_PENDING,
  PAYDAY_DISPUTE_PAID,
  PAYDAY_DISPUTE_REFUNDED,
} PaydayDisputeOutcome;
typedef enum {
  PAYDAY_MILESTONE_ACTIVE,
  PAYDAY_MILESTONE_CANCELLED,
  PAYDAY_MILESTONE_DISPUTED,
} PaydayMilestoneStatus;
typedef enum {
  PAYDAY_PROPOSAL_SENT,
  PAYDAY_PROPOSAL_VIEWED,
  PAYDAY_PROPOSAL_INTERVIEW,
  PAYDAY_PROPOSAL_HIRED,
  PAYDAY_PROPOSAL_DECLINED,
  PAYDAY_PROPOSAL_WITHDRAWN,
  PAYDAY_PROPOSAL_JOB_CANCELLED,
} PaydayProposalStatus;
/* What an imported money row was (docs/import.md). */
typedef enum {
  PAYDAY_ACTUAL_HOURLY,
  PAYDAY_ACTUAL_FIXED,
  PAYDAY_ACTUAL_BONUS,
  PAYDAY_ACTUAL_REFUND,
  PAYDAY_ACTUAL_FEE,
  PAYDAY_ACTUAL_WITHDRAWAL,
  PAYDAY_ACTUAL_WITHDRAWAL_FEE,
  PAYDAY_ACTUAL_MEMBERSHIP,
  PAYDAY_ACTUAL_CONNECTS,
  PAYDAY_ACTUAL_TAX,
  PAYDAY_ACTUAL_ADJUSTMENT,
  PAYDAY_ACTUAL_OTHER,
  PAYDAY_N_ACTUAL_KINDS
} PaydayActualKind;
typedef enum {
  PAYDAY_ACTUAL_FROM_TRANSACTIONS,
  PAYDAY_ACTUAL_FROM_WEEKLY_SUMMARY,
} PaydayActualSource;
typedef enum { PAYDAY_MEMBERSHIP_BASIC, PAYDAY_MEMBERSHIP_PLUS } PaydayMembershipPlan;
typedef enum {
  PAYDAY_TX_PURCHASE,
  PAYDAY_TX_GRANT,
  PAYDAY_TX_ADJUST,
} PaydayTransactionType;
typedef enum {
  PAYDAY_METHOD_ACH_US,
  PAYDAY_METHOD_DIRECT_LOCAL,
  PAYDAY_METHOD_WIRE,
  PAYDAY_METHOD_PAYPAL,
  PAYDAY_METHOD_PAYONEER,
  PAYDAY_METHOD_INSTANT_PAY,
  PAYDAY_N_METHODS
} PaydayWithdrawalMethod;
typedef enum {
  PAYDAY_SCHEDULE_MANUAL,
  PAYDAY_SCHEDULE_WEEKLY,
  PAYDAY_SCHEDULE_TWICE_MONTHLY,
  PAYDAY_SCHEDULE_MONTHLY,
  PAYDAY_SCHEDULE_QUARTERLY,
} PaydayWithdrawalSchedule;

typedef struct
{
  PaydayDate start;
  PaydayDate end;                  /* PAYDAY_DATE_NONE = ongoing */
  JsonObject *extra;
} PaydayHold;

typedef struct
{
  PaydayDate date;
  int        score;                /* 0–100 */
  JsonObject *extra;
} PaydayJss;

typedef struct
{
  PaydayDate  joined;
  gboolean    agency;
  char       *category;
  gboolean    profile_complete;
  gboolean    availability_current;
  gboolean    readiness_test_passed;
  gboolean    social_linked;
  gboolean    identity_verified;
  int         tos_violations;
  GArray     *account_holds;       /* PaydayHold */
  GArray     *jss;                 /* PaydayJss, dates ascending */
  PaydayDate  rising_talent_since;
  PaydayDate  top_rated_since;
  gboolean    expert_vetted;
  JsonObject *extra;
} PaydayProfile;

typedef struct
{
  char        *id;
  char        *name;
  gboolean     payment_verified;
  PaydayCents  billed_before_cents;
  JsonObject  *extra;
} PaydayClient;

typedef struct
{
  char        *id;
  PaydayDate   date;
  PaydayCents  amount_cents;
  JsonObject  *extra;
} PaydayBonus;

typedef struct
{
  PaydayDate           week_start;           /* a Monday */
  gint64               hours;                /* hundredths of an hour */
  gint64               manual_hours;         /* part of hours */
  gint64               disputed_hours;       /* part of hours */
  PaydayDisputeOutcome dispute_outcome;
  JsonObject          *extra;
  /* What Upwork billed for the week (imported, docs/import.md): when has_billed is set the
   * schedule uses billed_cents as the week's gross instead of hours × rate. Last, so a
   * zero-initialised week has none. */
  PaydayCents          billed_cents;
  gboolean             has_billed;
} PaydayWeek;

typedef struct
{
  char                 *id;
  char                 *title;
  PaydayCents           amount_cents;
  PaydayDate            funded;
  PaydayDate            due;
  PaydayDate            submitted;
  PaydayDate            approved;
  PaydayCents           paid_cents;          /* PAYDAY_NONE = amount_cents */
  PaydayMilestoneStatus status;
  JsonObject           *extra;
} PaydayMilestone;

typedef struct
{
  char               *id;
  char               *title;
  char               *client;               /* a client id */
  PaydayContractType  type;
  PaydayDate          start;
  PaydayDate          end;                  /* PAYDAY_DATE_NONE = open */
  gint32              fee_bp;               /* PAYDAY_NONE = the edition's fee */
  GArray             *bonuses;              /* PaydayBonus */

  /* hourly */
  PaydayCents         rate_cents;
  gint64              weekly_limit_hours;   /* hundredths, PAYDAY_NONE = no limit */
  gint64              planned_hours_per_week; /* hundredths, PAYDAY_NONE = no projection */
  GArray             *weeks;                /* PaydayWeek, as in the file */

  /* fixed */
  GArray             *milestones;           /* PaydayMilestone */

  JsonObject         *extra;
  char               *upwork_id;            /* Upwork's contract id; NULL = none */
} PaydayContract;

typedef struct
{
  char                 *id;
  PaydayDate            date;
  PaydayDate            status_date;
  char                 *title;
  char                 *client;             /* NULL = none */
  int                   connects;
  int                   boost;
  gboolean              boost_charged;
  gboolean              invited;
  PaydayProposalStatus  status;
  char                 *contract;           /* NULL = none */
  JsonObject           *extra;
} PaydayProposal;

typedef struct
{
  PaydayMembershipPlan plan;
  PaydayDate           from;
  PaydayDate           to;                  /* PAYDAY_DATE_NONE = ongoing */
  JsonObject          *extra;
} PaydayMembership;

typedef struct
{
  char                  *id;
  PaydayDate             date;
  PaydayTransactionType  type;
  int                    amount;            /* Connects, signed for adjust */
  PaydayCents            price_cents;       /* PAYDAY_NONE = unknown */
  char                  *note;
  JsonObject            *extra;
} PaydayTransaction;

typedef struct
{
  int         opening_balance;
  PaydayDate  opening_date;
  GArray     *membership;                   /* PaydayMembership */
  GArray     *transactions;                 /* PaydayTransaction */
  JsonObject *extra;
} PaydayConnects;

typedef struct
{
  PaydayDate  date;
  PaydayCents amount_cents;
  JsonObject *extra;
} PaydayWithdrawal;

typedef struct
{
  PaydayWithdrawalMethod   method;
  PaydayWithdrawalSchedule schedule;
  PaydayCents              reserve_cents;
  GArray                  *history;         /* PaydayWithdrawal */
  JsonObject              *extra;
} PaydayWithdrawals;

/* One imported money row, normalised (docs/import.md). `ref` is its identity: a row whose
 * ref is already here is never imported again. */
typedef struct
{
  char               *ref;
  PaydayDate          date;
  PaydayActualKind    kind;
  PaydayCents         amount_cents;         /* signed */
  char               *contract;             /* a plan contract id; NULL = not linked */
  char               *client_name;          /* NULL = none */
  char               *description;          /* NULL = none */
  PaydayActualSource  source;
  JsonObject         *extra;
} PaydayActual;

/* Every member is optional in the file; payday_plan_new() fills these defaults and the
 * loader overrides what the file gives. `present` bits remember what the file said, so a
 * save writes back only those (plus anything the user changed). */
typedef struct
{
  int         runs;                         /* default 1000 */
  gint64      seed;                         /* default 42 */
  int         horizon_days;                 /* default 365 */
  double      approve_early_probability;    /* default 0.3 */
  double      approve_early_mean_days;      /* default 3 */
  double      dispute_probability;          /* default 0.02 */
  double      dispute_refund_share;         /* default 0.5 */
  double      pay_less_probability;         /* default 0.05 */
  double      pay_less_share;               /* default 0.8 */
  double      proposal_rate_per_week;       /* default 0 */
  double      win_rate;                     /* default 0.1 */
  PaydayCents avg_contract_cents;           /* default 100000 */
  guint       present;                      /* bit per member, in the order above */
  JsonObject *extra;
} PaydaySimulation;

/* The `present` bits of PaydaySimulation, one per member in declaration order. */
typedef enum
{
  PAYDAY_SIM_RUNS                      = 1 << 0,
  PAYDAY_SIM_SEED                      = 1 << 1,
  PAYDAY_SIM_HORIZON_DAYS              = 1 << 2,
  PAYDAY_SIM_APPROVE_EARLY_PROBABILITY = 1 << 3,
  PAYDAY_SIM_APPROVE_EARLY_MEAN_DAYS   = 1 << 4,
  PAYDAY_SIM_DISPUTE_PROBABILITY       = 1 << 5,
  PAYDAY_SIM_DISPUTE_REFUND_SHARE      = 1 << 6,
  PAYDAY_SIM_PAY_LESS_PROBABILITY      = 1 << 7,
  PAYDAY_SIM_PAY_LESS_SHARE            = 1 << 8,
  PAYDAY_SIM_PROPOSAL_RATE_PER_WEEK    = 1 << 9,
  PAYDAY_SIM_WIN_RATE                  = 1 << 10,
  PAYDAY_SIM_AVG_CONTRACT_CENTS        = 1 << 11,
} PaydaySimulationMember;

struct _PaydayPlan
{
  /*< private >*/
  gatomicrefcount     ref_count;

  /*< public >*/
  char               *name;
  PaydayDate          today;                /* PAYDAY_DATE_NONE = the real current date */
  char               *rules;                /* a rule set id, PAYDAY_PLAN_DEFAULT_RULES by default */
  PaydayDate          rules_edition;        /* PAYDAY_DATE_NONE = the edition of each date */
  PaydayRegion        region;
  PaydayProfile       profile;
  GArray             *clients;              /* PaydayClient */
  GArray             *contracts;            /* PaydayContract */
  GArray             *proposals;            /* PaydayProposal */
  PaydayConnects      connects;
  PaydayWithdrawals   withdrawals;
  PaydaySimulation    simulation;
  JsonObject         *extra;                /* unknown top-level members */
  GArray             *actuals;              /* PaydayActual; empty = the file has none */
};

PaydayPlan     *payday_plan_new                (void);
PaydayPlan     *payday_plan_ref                (PaydayPlan       *plan);
void            payday_plan_unref              (PaydayPlan       *plan);
PaydayPlan     *payday_plan_copy               (const PaydayPlan *plan);

PaydayPlan     *payday_plan_load_from_data     (const char       *data,
                                                gssize            length,
                                                GError          **error);
PaydayPlan     *payday_plan_load_from_file     (GFile            *file,
                                                GCancellable     *cancellable,
                                                GError          **error);
void            payday_plan_keep_trees_until_exit (void);
JsonNode       *payday_plan_to_json            (const PaydayPlan *plan);
char           *payday_plan_to_data            (const PaydayPlan *plan,
                                                gsize            *length);
gboolean        payday_plan_save_to_file       (const PaydayPlan *plan,
                                                GFile            *file,
                                                GCancellable     *cancellable,
                                                GError          **error);

PaydayPlan     *payday_plan_load_sample        (PaydayDate        today,
                                                GError          **error);
void            payday_plan_shift_dates        (PaydayPlan       *plan,
                                                int               days);

PaydayDate      payday_plan_get_today          (const PaydayPlan *plan);
const char     *payday_plan_get_rules_id       (const PaydayPlan *plan);
const PaydayClient   *payday_plan_find_client   (const PaydayPlan *plan,
                                                 const char       *id);
const PaydayContract *payday_plan_find_contract (const PaydayPlan *plan,
                                                 const char       *id);

void            payday_contract_init           (PaydayContract   *contract,
                                                PaydayContractType type);
void            payday_contract_clear          (PaydayContract   *contract);
void            payday_simulation_init         (PaydaySimulation *simulation);
void            payday_simulation_clear        (PaydaySimulation *simulation);
void            payday_simulation_copy_into    (PaydaySimulation       *dst,
                                                const PaydaySimulation *src);
void            payday_profile_init            (PaydayProfile    *profile);
void            payday_profile_clear           (PaydayProfile    *profile);
void            payday_profile_copy_into       (PaydayProfile       *dst,
                                                const PaydayProfile *src);
void            payday_connects_init           (PaydayConnects   *connects);
void            payday_connects_clear          (PaydayConnects   *connects);
void            payday_connects_copy_into      (PaydayConnects       *dst,
                                                const PaydayConnects *src);
void            payday_withdrawals_init        (PaydayWithdrawals *withdrawals);
void            payday_withdrawals_clear       (PaydayWithdrawals *withdrawals);
void            payday_withdrawals_copy_into   (PaydayWithdrawals       *dst,
                                                const PaydayWithdrawals *src);

void            payday_actual_clear            (PaydayActual     *actual);
void            payday_actual_copy_into        (PaydayActual       *dst,
                                                const PaydayActual *src);
GArray         *payday_actuals_new             (void);
const char     *payday_actual_kind_to_string   (PaydayActualKind  kind);
const char     *payday_actual_source_to_string (PaydayActualSource source);

const char     *payday_contract_type_to_string (PaydayContractType type);
const char     *payday_proposal_status_to_string (PaydayProposalStatus status);
gint64          payday_hours_to_minutes        (gint64            hundredths);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PaydayPlan, payday_plan_unref)

G_END_DECLS
