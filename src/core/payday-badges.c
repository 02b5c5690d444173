/* payday-badges.c — badge eligibility and its projection (spec/rules-format.md, badges)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "payday-badges.h"

/* spec: projected_on is "the first day within 365 days after today". */
#define PROJECTION_DAYS 365
/* spec: "joined within 30 days" keeps a new account active. */
#define NEW_ACCOUNT_DAYS 30

/* Choices where the spec is silent (also in the report to the integrator):
 *
 * - Every window is the half-open (today − days, today], as the spec gives it for earnings
 *   and holds: "in the last 90 days" includes today and excludes today − 90. A hold's `end`
 *   is its last held day, so a hold that ended exactly 90 days ago no longer counts.
 *   "Joined within 30 days" is likewise today − joined < 30.
 * - `value` of each row, so that `met` always equals value ≥ threshold (or value ≤
 *   threshold when `at_most`):
 *     profile_flag, invite_only   0/1, threshold 1
 *     jss_min                     the latest score (0 when none), threshold the minimum
 *     jss_absent                  1 when a JSS exists on or before today, threshold 0, at_most
 *     jss_weeks                   eligible weeks among the last `of`, threshold `need`
 *     earnings_window             cents, threshold the agency one when profile.agency
 *     account_age_days            days since joined (0 when unknown), threshold days
 *     first_contract_age_days     days since the earliest contract start (negative when it
 *                                 starts later, 0 when there is no contract)
 *     active_days                 proposals sent and items released in the window, plus 1
 *                                 when joined within 30 days; threshold 1
 *     no_hold_days                days of the window under an account hold, threshold 0, at_most
 *     max_violations              tos_violations, threshold `count`, at_most
 *     large_contract              the best contract's cents in the window, threshold the
 *                                 category's (default_cents when the category is not listed)
 * - A badge that is eligible today has projected_on = today. Otherwise projected_on is the
 *   first day in [today, today + 365] on which every earnings_window, account_age_days,
 *   first_contract_age_days and large_contract criterion is met, provided every other
 *   criterion is met today. A badge is never projected before the badges it requires:
 *   projected_on is the latest of its own day and theirs, and none when any of them is none.
 * - next_step names the unmet criterion with the most progress (value / threshold; flags,
 *   jss_absent, active_days, max_violations and invite_only count as no progress), ties
 *   going to the one the plan meets first, then to rule order. A badge whose own criteria are
 *   met but whose required badge is not eligible points at that badge's step. */

typedef struct
{
  PaydayDate  day;
  PaydayCents cum;                  /* gross released on this day and every day before */
} DayCum;

typedef struct
{
  PaydayDate date;
  int        score;
  guint      index;
} JssEntry;

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
   * would be as large as contracts × window, this is as large as the items. */
  GArray              **contract_cum;   /* DayCum, by day */
  guint                 n_contracts;

  PaydayDate            first_contract_start;   /* NONE when no contract has a start */
  GArray               *jss;                    /* JssEntry, by date then file order */
} Context;

/* A criterion as the rule set gives it (already checked by the rules loader). */
typedef struct
{
  const char          *id;
  const char          *name;
  PaydayCriterionKind  kind;
  const char          *flag;
  gint64               threshold;      /* score, cents, count, need */
  gint64               agency_threshold;
  gint64               of;
  gint64               days;           /* days, window_days */
  JsonObject          *thresholds;
  gint64               default_cents;
} Rule;

static const char * const kind_names[] = {
  "profile_flag", "jss_min", "jss_absent", "jss_weeks", "earnings_window", "account_age_days",
  "first_contract_age_days", "active_days", "no_hold_days", "max_violations", "large_contract",
  "invite_only",
};

/**
 * payday_criterion_kind_to_string:
 * @kind: a criterion kind
 *
 * Returns: the kind as the rule format spells it, e.g. "earnings_window"
 */
const char *
payday_criterion_kind_to_string (PaydayCriterionKind kind)
{
  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (kind_names), NULL);

  return kind_names[kind];
}

static gboolean
kind_from_string (const char          *text,
                  PaydayCriterionKind *kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (kind_names); i++)
    if (g_strcmp0 (kind_names[i], text) == 0)
      {
        *kind = (PaydayCriterionKind) i;
        return TRUE;
      }

  return FALSE;
}

static gboolean
is_projectable (PaydayCriterionKind kind)
{
  return kind == PAYDAY_CRITERION_EARNINGS_WINDOW ||
         kind == PAYDAY_CRITERION_ACCOUNT_AGE_DAYS ||
         kind == PAYDAY_CRITERION_FIRST_CONTRACT_AGE_DAYS ||
         kind == PAYDAY_CRITERION_LARGE_CONTRACT;
}

static gint64
int_member (JsonObject *object,
            const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  return node != NULL && JSON_NODE_HOLDS_VALUE (node) ? json_node_get_int (node) : 0;
}

static gboolean
rule_parse (Rule       *rule,
            JsonObject *object)
{
  memset (rule, 0, sizeof *rule);
  rule->id = json_object_get_string_member_with_default (object, "id", "");
  rule->name = json_object_get_string_member_with_default (object, "name", NULL);
  if (!kind_from_string (json_object_get_string_member_with_default (object, "kind", NULL),
                         &rule->kind))
    return FALSE;

  rule->flag = json_object_get_string_member_with_default (object, "flag", NULL);

  switch (rule->kind)
    {
    case PAYDAY_CRITERION_JSS_MIN:
      rule->threshold = int_member (object, "threshold");
      break;
    case PAYDAY_CRITERION_JSS_WEEKS:
      rule->threshold = int_member (object, "threshold");
      rule->agency_threshold = int_member (object, "need");
      rule->of = int_member (object, "of");
      break;
    case PAYDAY_CRITERION_EARNINGS_WINDOW:
      rule->threshold = int_member (object, "threshold_cents");
      rule->agency_threshold = int_member (object, "agency_threshold_cents");
      rule->days = int_member (object, "window_days");
      break;
    case PAYDAY_CRITERION_ACCOUNT_AGE_DAYS:
    case PAYDAY_CRITERION_FIRST_CONTRACT_AGE_DAYS:
    case PAYDAY_CRITERION_ACTIVE_DAYS:
    case PAYDAY_CRITERION_NO_HOLD_DAYS:
      rule->days = int_member (object, "days");
      break;
    case PAYDAY_CRITERION_MAX_VIOLATIONS:
      rule->threshold = int_member (object, "count");
      break;
    case PAYDAY_CRITERION_LARGE_CONTRACT:
      if (json_object_has_member (object, "thresholds") &&
          JSON_NODE_HOLDS_OBJECT (json_object_get_member (object, "thresholds")))
        rule->thresholds = json_object_get_object_member (object, "thresholds");
      rule->default_cents = int_member (object, "default_cents");
      rule->days = int_member (object, "window_days");
      break;
    case PAYDAY_CRITERION_PROFILE_FLAG:
    case PAYDAY_CRITERION_JSS_ABSENT:
    case PAYDAY_CRITERION_INVITE_ONLY:
    default:
      break;
    }

  return TRUE;
}

/* ---------------------------------------------------------------------------------------- */
/* Context: the plan's facts in a form every day of the projection can read in O(1) or O(log n). */

static int
compare_day_cum (gconstpointer a,
                 gconstpointer b)
{
  const DayCum *x = a, *y = b;

  return (x->day > y->day) - (x->day < y->day);
}

static int
compare_jss (gconstpointer a,
             gconstpointer b)
{
  const JssEntry *x = a, *y = b;

  if (x->date != y->date)
    return (x->date > y->date) - (x->date < y->date);
  return (x->index > y->index) - (x->index < y->index);
}

static gint64
longest_window (JsonArray *badges)
{
  gint64 longest = 0;

  for (guint i = 0; badges != NULL && i < json_array_get_length (badges); i++)
    {
      JsonObject *badge = json_array_get_object_element (badges, i);
      JsonArray *criteria;

      if (badge == NULL || !json_object_has_member (badge, "criteria"))
        continue;
      criteria = json_object_get_array_member (badge, "criteria");
      for (guint j = 0; criteria != NULL && j < json_array_get_length (criteria); j++)
        {
          JsonObject *object = json_array_get_object_element (criteria, j);
          Rule rule;

          if (object != NULL && rule_parse (&rule, object) &&
              (rule.kind == PAYDAY_CRITERION_EARNINGS_WINDOW ||
               rule.kind == PAYDAY_CRITERION_LARGE_CONTRACT))
            longest = MAX (longest, rule.days);
        }
    }

  return longest;
}

static void
context_init (Context              *ctx,
              PaydayPlan           *plan,
              const PaydaySchedule *schedule,
              PaydayDate            today,
              gint64                window)
{
  gsize n;

  memset (ctx, 0, sizeof *ctx);
  ctx->plan = plan;
  ctx->schedule = schedule;
  ctx->today = today;
  ctx->lo = today - (PaydayDate) window;
  ctx->hi = today + PROJECTION_DAYS;
  n = (gsize) (ctx->hi - ctx->lo) + 1;
  ctx->cum = g_new0 (PaydayCents, n);

  ctx->n_contracts = plan->contracts->len;
  ctx->contract_cum = g_new0 (GArray *, MAX (ctx->n_contracts, 1));
  for (guint c = 0; c < ctx->n_contracts; c++)
    ctx->contract_cum[c] = g_array_new (FALSE, FALSE, sizeof (DayCum));

  for (guint i = 0; i < schedule->items->len; i++)
    {
      const PaydayItem *item = &g_array_index (schedule->items, PaydayItem, i);

      if (!payday_date_is_set (item->released_on))
        continue;

      if (item->released_on >= ctx->lo && item->released_on <= ctx->hi)
        ctx->cum[item->released_on - ctx->lo] += item->gross_cents;

      if (item->contract_index < ctx->n_contracts)
        {
          DayCum entry = { item->released_on, item->gross_cents };

          g_array_append_val (ctx->contract_cum[item->contract_index], entry);
        }
    }

  for (gsize i = 1; i < n; i++)
    ctx->cum[i] += ctx->cum[i - 1];

  for (guint c = 0; c < ctx->n_contracts; c++)
    {
      GArray *days = ctx->contract_cum[c];

      g_array_sort (days, compare_day_cum);
      for (guint i = 1; i < days->len; i++)
        g_array_index (days, DayCum, i).cum += g_array_index (days, DayCum, i - 1).cum;
    }

  ctx->first_contract_start = PAYDAY_DATE_NONE;
  for (guint c = 0; c < plan->contracts->len; c++)
    {
      const PaydayContract *contract = &g_array_index (plan->contracts, PaydayContract, c);

      if (payday_date_is_set (contract->start) &&
          (!payday_date_is_set (ctx->first_contract_start) ||
           contract->start < ctx->first_contract_start))
        ctx->first_contract_start = contract->start;
    }

  /* The plan promises ascending dates; sorting a copy makes "the latest score on or
   * before a day" a binary search either way (same date: the later entry wins). */
  ctx->jss = g_array_new (FALSE, FALSE, sizeof (JssEntry));
  for (guint i = 0; plan->profile.jss != NULL && i < plan->profile.jss->len; i++)
    {
      const PaydayJss *jss = &g_array_index (plan->profile.jss, PaydayJss, i);
      JssEntry entry = { jss->date, jss->score, i };

      if (payday_date_is_set (jss->date))
        g_array_append_val (ctx->jss, entry);
    }
  g_array_sort (ctx->jss, compare_jss);
}

static void
context_clear (Context *ctx)
{
  for (guint c = 0; c < ctx->n_contracts; c++)
    g_array_unref (ctx->contract_cum[c]);
  g_clear_pointer (&ctx->contract_cum, g_free);
  g_clear_pointer (&ctx->cum, g_free);
  g_clear_pointer (&ctx->jss, g_array_unref);
}

/* Gross released in (t − window, t], for lo + window ≤ t ≤ hi. */
static PaydayCents
window_sum (const Context *ctx,
            PaydayDate     t,
            gint64         window)
{
  g_assert (t <= ctx->hi && t - window >= ctx->lo);

  return ctx->cum[t - ctx->lo] - ctx->cum[t - window - ctx->lo];
}

/* A contract's gross released on or before @day. */
static PaydayCents
contract_upto (const GArray *days,
               PaydayDate    day)
{
  guint lo = 0, hi = days->len;

  /* The first entry later than @day. */
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (days, DayCum, mid).day <= day)
        lo = mid + 1;
      else
        hi = mid;
    }

  return lo == 0 ? 0 : g_array_index (days, DayCum, lo - 1).cum;
}

/* The contract with the most gross released in (t − window, t]; -1 when none earned. */
static gint
best_contract (const Context *ctx,
               PaydayDate     t,
               gint64         window,
               PaydayCents   *best_cents)
{
  gint best = -1;

  *best_cents = 0;
  for (guint c = 0; c < ctx->n_contracts; c++)
    {
      const GArray *days = ctx->contract_cum[c];
      PaydayCents sum;

      if (days->len == 0)
        continue;
      sum = contract_upto (days, t) - contract_upto (days, t - (PaydayDate) window);
      if (sum > *best_cents)
        {
          *best_cents = sum;
          best = (gint) c;
        }
    }

  return best;
}

/* The latest JSS entry on or before @day, or NULL. */
static const JssEntry *
jss_on (const Context *ctx,
        PaydayDate     day)
{
  guint lo = 0, hi = ctx->jss->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (ctx->jss, JssEntry, mid).date <= day)
        lo = mid + 1;
      else
        hi = mid;
    }

  return lo == 0 ? NULL : &g_array_index (ctx->jss, JssEntry, lo - 1);
}

static gboolean
profile_flag (const PaydayProfile *profile,
              const char          *flag)
{
  static const struct { const char *name; gsize offset; } flags[] = {
    { "profile_complete", G_STRUCT_OFFSET (PaydayProfile, profile_complete) },
    { "availability_current", G_STRUCT_OFFSET (PaydayProfile, availability_current) },
    { "readiness_test_passed", G_STRUCT_OFFSET (PaydayProfile, readiness_test_passed) },
    { "social_linked", G_STRUCT_OFFSET (PaydayProfile, social_linked) },
    { "identity_verified", G_STRUCT_OFFSET (PaydayProfile, identity_verified) },
    { "expert_vetted", G_STRUCT_OFFSET (PaydayProfile, expert_vetted) },
    { "agency", G_STRUCT_OFFSET (PaydayProfile, agency) },
  };

  for (guint i = 0; i < G_N_ELEMENTS (flags); i++)
    if (g_strcmp0 (flags[i].name, flag) == 0)
      return G_STRUCT_MEMBER (gboolean, profile, flags[i].offset) != FALSE;

  /* The rules loader refuses unknown flags; an unknown one is never silently true. */
  return FALSE;
}

static gint64
earnings_threshold (const Context *ctx,
                    const Rule    *rule)
{
  return ctx->plan->profile.agency ? rule->agency_threshold : rule->threshold;
}

static gint64
large_threshold (const Context *ctx,
                 const Rule    *rule)
{
  const char *category = ctx->plan->profile.category;

  if (rule->thresholds != NULL && category != NULL &&
      json_object_has_member (rule->thresholds, category))
    return json_object_get_int_member (rule->thresholds, category);

  return rule->default_cents;
}

/* A projectable criterion judged on day @t, with the plan's items as the schedule gives
 * them (projected ones included) and the profile as it is. */
static gboolean
met_at (const Context *ctx,
        const Rule    *rule,
        PaydayDate     t,
        gint64        *value,
        gint          *contract)
{
  const PaydayProfile *profile = &ctx->plan->profile;
  gint64 v = 0;
  gboolean met = FALSE;

  if (contract != NULL)
    *contract = -1;

  switch (rule->kind)
    {
    case PAYDAY_CRITERION_EARNINGS_WINDOW:
      v = window_sum (ctx, t, rule->days);
      met = v >= earnings_threshold (ctx, rule);
      break;

    case PAYDAY_CRITERION_ACCOUNT_AGE_DAYS:
      if (payday_date_is_set (profile->joined))
        {
          v = (gint64) t - profile->joined;
          met = v >= rule->days;
        }
      break;

    case PAYDAY_CRITERION_FIRST_CONTRACT_AGE_DAYS:
      if (payday_date_is_set (ctx->first_contract_start))
        {
          v = (gint64) t - ctx->first_contract_start;
          met = v >= rule->days;
        }
      break;

    case PAYDAY_CRITERION_LARGE_CONTRACT:
      {
        gint best = best_contract (ctx, t, rule->days, &v);

        if (contract != NULL)
          *contract = best;
        met = best >= 0 && v >= large_threshold (ctx, rule);
      }
      break;

    case PAYDAY_CRITERION_PROFILE_FLAG:
    case PAYDAY_CRITERION_JSS_MIN:
    case PAYDAY_CRITERION_JSS_ABSENT:
    case PAYDAY_CRITERION_JSS_WEEKS:
    case PAYDAY_CRITERION_ACTIVE_DAYS:
    case PAYDAY_CRITERION_NO_HOLD_DAYS:
    case PAYDAY_CRITERION_MAX_VIOLATIONS:
    case PAYDAY_CRITERION_INVITE_ONLY:
    default:
      g_assert_not_reached ();
    }

  *value = v;
  return met;
}

/* ---------------------------------------------------------------------------------------- */
/* Words */

static char *
format_date (PaydayDate date)
{
  return payday_date_to_string (date);
}

/* "12 months" for 365, "24 months" for 730, else "90 days". */
static char *
window_words (gint64 days)
{
  if (days > 0 && days % 365 == 0)
    return g_strdup_printf ("%" G_GINT64_FORMAT " months", days / 365 * 12);
  return g_strdup_printf ("%" G_GINT64_FORMAT " days", days);
}

/* "12-month" for 365, else "90-day". */
static char *
window_adjective (gint64 days)
{
  if (days > 0 && days % 365 == 0)
    return g_strdup_printf ("%" G_GINT64_FORMAT "-month", days / 365 * 12);
  return g_strdup_printf ("%" G_GINT64_FORMAT "-day", days);
}

typedef struct
{
  const char *flag;
  const char *label;
  const char *step;
} FlagWords;

static const FlagWords flag_words[] = {
  { "profile_complete", "Profile 100% complete", "Complete your profile to 100%" },
  { "availability_current", "Availability up to date", "Update your availability" },
  { "readiness_test_passed", "Readiness Test passed", "Pass the Readiness Test" },
  { "social_linked", "Social accounts linked", "Link your social accounts to your profile" },
  { "identity_verified", "Identity verified", "Verify your identity" },
  { "expert_vetted", "Invited and screened as an expert",
    "Expert-Vetted is by invitation only, after a screening interview" },
  { "agency", "Working as an agency", "Work as an agency" },
};

static const FlagWords *
find_flag_words (const char *flag)
{
  for (guint i = 0; i < G_N_ELEMENTS (flag_words); i++)
    if (g_strcmp0 (flag_words[i].flag, flag) == 0)
      return &flag_words[i];

  return NULL;
}

static char *
make_label (const Context *ctx,
            const Rule    *rule)
{
  g_autofree char *words = NULL;
  g_autofree char *money = NULL;

  if (rule->name != NULL && rule->name[0] != '\0')
    return g_strdup (rule->name);

  switch (rule->kind)
    {
    case PAYDAY_CRITERION_PROFILE_FLAG:
    case PAYDAY_CRITERION_INVITE_ONLY:
      {
        const FlagWords *fw = find_flag_words (rule->flag);

        return g_strdup (fw != NULL ? fw->label : rule->flag);
      }

    case PAYDAY_CRITERION_JSS_MIN:
      return g_strdup_printf ("Job Success Score of at least %" G_GINT64_FORMAT "%%",
                              rule->threshold);

    case PAYDAY_CRITERION_JSS_ABSENT:
      return g_strdup ("No Job Success Score yet");

    case PAYDAY_CRITERION_JSS_WEEKS:
      return g_strdup_printf ("Job Success Score of at least %" G_GINT64_FORMAT "%% (or Rising "
                              "Talent) in %" G_GINT64_FORMAT " of the last %" G_GINT64_FORMAT
                              " weeks", rule->threshold, rule->agency_threshold, rule->of);

    case PAYDAY_CRITERION_EARNINGS_WINDOW:
      words = window_words (rule->days);
      money = payday_money_format (earnings_threshold (ctx, rule));
      return g_strdup_printf ("%s earned in the last %s", money, words);

    case PAYDAY_CRITERION_ACCOUNT_AGE_DAYS:
      return g_strdup_printf ("Account at least %" G_GINT64_FORMAT " days old", rule->days);

    case PAYDAY_CRITERION_FIRST_CONTRACT_AGE_DAYS:
      return g_strdup_printf ("First contract started at least %" G_GINT64_FORMAT " days ago",
                              rule->days);

    case PAYDAY_CRITERION_ACTIVE_DAYS:
      return g_strdup_printf ("Active in the last %" G_GINT64_FORMAT " days (or joined in the "
                              "last %d)", rule->days, NEW_ACCOUNT_DAYS);

    case PAYDAY_CRITERION_NO_HOLD_DAYS:
      return g_strdup_printf ("No account hold in the last %" G_GINT64_FORMAT " days",
                              rule->days);

    case PAYDAY_CRITERION_MAX_VIOLATIONS:
      if (rule->threshold == 0)
        return g_strdup ("No Terms of Service violations");
      return g_strdup_printf ("At most %" G_GINT64_FORMAT " Terms of Service violations",
                              rule->threshold);

    case PAYDAY_CRITERION_LARGE_CONTRACT:
      words = window_words (rule->days);
      money = payday_money_format (large_threshold (ctx, rule));
      return g_strdup_printf ("One contract with %s earned in the last %s", money, words);

    default:
      g_assert_not_reached ();
    }

  return NULL;
}

/* ---------------------------------------------------------------------------------------- */
/* Criteria at today */

static void
criterion_clear (gpointer data)
{
  PaydayBadgeCriterion *row = data;

  g_clear_pointer (&row->id, g_free);
  g_clear_pointer (&row->label, g_free);
  g_clear_pointer (&row->detail, g_free);
  g_clear_pointer (&row->contract_id, g_free);
  g_clear_pointer (&row->weeks, g_array_unref);
}

static void
badge_clear (gpointer data)
{
  PaydayBadge *badge = data;

  g_clear_pointer (&badge->id, g_free);
  g_clear_pointer (&badge->name, g_free);
  g_clear_pointer (&badge->benefits, g_strfreev);
  g_clear_pointer (&badge->requires, g_strfreev);
  g_clear_pointer (&badge->next_step, g_free);
  g_clear_pointer (&badge->criteria, g_array_unref);
}

static void
eval_jss_weeks (const Context        *ctx,
                const Rule           *rule,
                PaydayBadgeCriterion *row)
{
  const PaydayProfile *profile = &ctx->plan->profile;
  /* The last Saturday on or before today (weekday 6). */
  PaydayDate last = ctx->today - (payday_date_weekday (ctx->today) + 1) % 7;
  gint64 good = 0;

  row->weeks = g_array_sized_new (FALSE, TRUE, sizeof (PaydayBadgeWeek), (guint) rule->of);
  for (gint64 k = rule->of - 1; k >= 0; k--)
    {
      PaydayBadgeWeek week = { 0, };
      const JssEntry *jss;

      week.saturday = last - (PaydayDate) (7 * k);
      jss = jss_on (ctx, week.saturday);
      week.score = jss != NULL ? jss->score : PAYDAY_NONE;
      week.rising_talent = payday_date_is_set (profile->rising_talent_since) &&
                           profile->rising_talent_since <= week.saturday;
      week.eligible = jss != NULL ? jss->score >= rule->threshold : week.rising_talent;
      good += week.eligible;
      g_array_append_val (row->weeks, week);
    }

  row->value = good;
  row->threshold = rule->agency_threshold;
  row->met = good >= row->threshold;
  row->detail = g_strdup_printf ("%" G_GINT64_FORMAT " of the last %" G_GINT64_FORMAT
                                 " weeks eligible", good, rule->of);
}

static int
compare_span (gconstpointer a,
              gconstpointer b)
{
  const PaydayHold *x = a, *y = b;

  return (x->start > y->start) - (x->start < y->start);
}

/* Days of (today − days, today] under an account hold (an ongoing hold, end none, reaches
 * today). *ongoing: one of them has no end; *last_end: the latest end among them (NONE when
 * none has one). A hold that starts after today is not judged yet. */
static gint64
held_days (const Context *ctx,
           gint64         days,
           gboolean      *ongoing,
           PaydayDate    *last_end)
{
  const GArray *holds = ctx->plan->profile.account_holds;
  PaydayDate from = ctx->today - (PaydayDate) days + 1;
  g_autoptr(GArray) spans = g_array_new (FALSE, FALSE, sizeof (PaydayHold));
  gint64 total = 0;
  PaydayDate covered_to = G_MININT32;

  *ongoing = FALSE;
  *last_end = PAYDAY_DATE_NONE;

  for (guint i = 0; holds != NULL && i < holds->len; i++)
    {
      const PaydayHold *hold = &g_array_index (holds, PaydayHold, i);
      PaydayHold span = { 0, };

      if (!payday_date_is_set (hold->start) || hold->start > ctx->today)
        continue;
      if (payday_date_is_set (hold->end) && hold->end < from)
        continue;

      if (!payday_date_is_set (hold->end))
        *ongoing = TRUE;
      else if (!payday_date_is_set (*last_end) || hold->end > *last_end)
        *last_end = hold->end;

      span.start = MAX (hold->start, from);
      span.end = payday_date_is_set (hold->end) ? MIN (hold->end, ctx->today) : ctx->today;
      g_array_append_val (spans, span);
    }

  /* Union of the clipped spans, so overlapping holds are not counted twice. */
  g_array_sort (spans, compare_span);
  for (guint i = 0; i < spans->len; i++)
    {
      const PaydayHold *span = &g_array_index (spans, PaydayHold, i);
      PaydayDate start = MAX (span->start, covered_to + 1);

      if (span->end >= start)
        total += (gint64) span->end - start + 1;
      covered_to = MAX (covered_to, span->end);
    }

  return total;
}

static void
eval_active (const Context        *ctx,
             const Rule           *rule,
             PaydayBadgeCriterion *row)
{
  const PaydayPlan *plan = ctx->plan;
  PaydayDate from = ctx->today - (PaydayDate) rule->days;    /* excluded */
  PaydayDate last = PAYDAY_DATE_NONE;
  gint64 count = 0;
  gboolean new_account;

  for (guint i = 0; i < plan->proposals->len; i++)
    {
      const PaydayProposal *proposal = &g_array_index (plan->proposals, PaydayProposal, i);

      if (!payday_date_is_set (proposal->date) || proposal->date > ctx->today)
        continue;
      if (!payday_date_is_set (last) || proposal->date > last)
        last = proposal->date;
      if (proposal->date > from)
        count++;
    }

  for (guint i = 0; i < ctx->schedule->items->len; i++)
    {
      const PaydayItem *item = &g_array_index (ctx->schedule->items, PaydayItem, i);

      if (!payday_date_is_set (item->released_on) || item->released_on > ctx->today)
        continue;
      if (!payday_date_is_set (last) || item->released_on > last)
        last = item->released_on;
      if (item->released_on > from)
        count++;
    }

  new_account = payday_date_is_set (plan->profile.joined) &&
                plan->profile.joined <= ctx->today &&
                ctx->today - plan->profile.joined < NEW_ACCOUNT_DAYS;
  count += new_account;

  row->value = count;
  row->threshold = 1;
  row->met = count >= 1;

  if (payday_date_is_set (last))
    {
      g_autofree char *date = format_date (last);

      row->detail = g_strdup_printf ("Last proposal or payment on %s", date);
    }
  else if (new_account)
    {
      g_autofree char *date = format_date (plan->profile.joined);

      row->detail = g_strdup_printf ("Joined on %s", date);
    }
  else
    {
      row->detail = g_strdup ("No proposal or payment yet");
    }
}

static void
eval_rule (const Context        *ctx,
           const Rule           *rule,
           PaydayBadgeCriterion *row)
{
  const PaydayProfile *profile = &ctx->plan->profile;

  memset (row, 0, sizeof *row);
  row->id = g_strdup (rule->id);
  row->kind = rule->kind;
  row->label = make_label (ctx, rule);
  row->met_on = PAYDAY_DATE_NONE;

  switch (rule->kind)
    {
    case PAYDAY_CRITERION_PROFILE_FLAG:
    case PAYDAY_CRITERION_INVITE_ONLY:
      row->met = profile_flag (profile, rule->flag);
      row->value = row->met;
      row->threshold = 1;
      row->detail = g_strdup (row->met ? "Yes" : "Not yet");
      break;

    case PAYDAY_CRITERION_JSS_MIN:
      {
        const JssEntry *jss = jss_on (ctx, ctx->today);

        row->value = jss != NULL ? jss->score : 0;
        row->threshold = rule->threshold;
        row->met = jss != NULL && jss->score >= rule->threshold;
        row->detail = jss != NULL ? g_strdup_printf ("Now %d%%", jss->score)
                                  : g_strdup ("No score yet");
      }
      break;

    case PAYDAY_CRITERION_JSS_ABSENT:
      {
        const JssEntry *jss = jss_on (ctx, ctx->today);

        row->value = jss != NULL;
        row->threshold = 0;
        row->at_most = TRUE;
        row->met = jss == NULL;
        row->detail = jss != NULL ? g_strdup_printf ("Score %d%% on record", jss->score)
                                  : g_strdup ("No score yet");
      }
      break;

    case PAYDAY_CRITERION_JSS_WEEKS:
      eval_jss_weeks (ctx, rule, row);
      break;

    case PAYDAY_CRITERION_EARNINGS_WINDOW:
    case PAYDAY_CRITERION_LARGE_CONTRACT:
    case PAYDAY_CRITERION_ACCOUNT_AGE_DAYS:
    case PAYDAY_CRITERION_FIRST_CONTRACT_AGE_DAYS:
      {
        gint contract = -1;

        row->met = met_at (ctx, rule, ctx->today, &row->value, &contract);

        if (rule->kind == PAYDAY_CRITERION_EARNINGS_WINDOW)
          {
            g_autofree char *money = payday_money_format (row->value);

            row->threshold = earnings_threshold (ctx, rule);
            row->window_days = (int) rule->days;
            row->detail = g_strdup_printf ("%s so far", money);
          }
        else if (rule->kind == PAYDAY_CRITERION_LARGE_CONTRACT)
          {
            row->threshold = large_threshold (ctx, rule);
            row->window_days = (int) rule->days;
            if (contract >= 0)
              {
                const PaydayContract *c = &g_array_index (ctx->plan->contracts, PaydayContract,
                                                          contract);
                g_autofree char *money = payday_money_format (row->value);

                row->contract_id = g_strdup (c->id);
                row->detail = g_strdup_printf ("Largest: %s, %s", c->id, money);
              }
            else
              {
                row->detail = g_strdup ("No contract earned in this window");
              }
          }
        else if (rule->kind == PAYDAY_CRITERION_ACCOUNT_AGE_DAYS)
          {
            row->threshold = rule->days;
            row->detail = payday_date_is_set (profile->joined)
              ? g_strdup_printf ("%" G_GINT64_FORMAT " days old", row->value)
              : g_strdup ("Join date unknown");
          }
        else
          {
            g_autofree char *date = payday_date_is_set (ctx->first_contract_start)
              ? format_date (ctx->first_contract_start) : NULL;

            row->threshold = rule->days;
            if (date == NULL)
              row->detail = g_strdup ("No contract yet");
            else if (row->value < 0)
              row->detail = g_strdup_printf ("First contract starts on %s", date);
            else
              row->detail = g_strdup_printf ("First contract started on %s, %" G_GINT64_FORMAT
                                             " days ago", date, row->value);
          }

        /* The day this criterion alone is met, judging the plan's projected items. */
        for (PaydayDate t = ctx->today; t <= ctx->today + PROJECTION_DAYS; t++)
          {
            gint64 v;

            if (met_at (ctx, rule, t, &v, NULL))
              {
                row->met_on = t;
                break;
              }
          }
      }
      break;

    case PAYDAY_CRITERION_ACTIVE_DAYS:
      row->window_days = (int) rule->days;
      eval_active (ctx, rule, row);
      break;

    case PAYDAY_CRITERION_NO_HOLD_DAYS:
      {
        gboolean ongoing;
        PaydayDate last_end;

        row->window_days = (int) rule->days;
        row->value = held_days (ctx, rule->days, &ongoing, &last_end);
        row->threshold = 0;
        row->at_most = TRUE;
        row->met = row->value == 0;
        if (row->met)
          {
            row->detail = g_strdup ("No hold");
          }
        else if (ongoing)
          {
            row->detail = g_strdup ("An account hold is in force");
          }
        else
          {
            g_autofree char *date = format_date (last_end);

            row->detail = g_strdup_printf ("Account hold until %s", date);
          }
      }
      break;

    case PAYDAY_CRITERION_MAX_VIOLATIONS:
      row->value = profile->tos_violations;
      row->threshold = rule->threshold;
      row->at_most = TRUE;
      row->met = row->value <= row->threshold;
      row->detail = g_strdup_printf ("%d on record", profile->tos_violations);
      break;

    default:
      g_assert_not_reached ();
    }

  if (row->met)
    row->met_on = ctx->today;
}

/* ---------------------------------------------------------------------------------------- */
/* Next step */

/* Progress towards an unmet criterion in basis points (0 … 9999). */
static gint64
progress (const PaydayBadgeCriterion *row)
{
  switch (row->kind)
    {
    case PAYDAY_CRITERION_JSS_MIN:
    case PAYDAY_CRITERION_JSS_WEEKS:
    case PAYDAY_CRITERION_EARNINGS_WINDOW:
    case PAYDAY_CRITERION_ACCOUNT_AGE_DAYS:
    case PAYDAY_CRITERION_FIRST_CONTRACT_AGE_DAYS:
    case PAYDAY_CRITERION_LARGE_CONTRACT:
      if (row->threshold <= 0 || row->value <= 0)
        return 0;
      /* Cap before multiplying: value < threshold ≤ 10^13, so value × 10^4 fits. */
      return CLAMP (row->value * 10000 / row->threshold, 0, 9999);

    case PAYDAY_CRITERION_NO_HOLD_DAYS:
      if (row->window_days <= 0)
        return 0;
      return CLAMP ((row->window_days - row->value) * 10000 / row->window_days, 0, 9999);

    case PAYDAY_CRITERION_PROFILE_FLAG:
    case PAYDAY_CRITERION_JSS_ABSENT:
    case PAYDAY_CRITERION_ACTIVE_DAYS:
    case PAYDAY_CRITERION_MAX_VIOLATIONS:
    case PAYDAY_CRITERION_INVITE_ONLY:
    default:
      return 0;
    }
}

/* The smallest number of future weeks, all eligible, that brings the count to `need`:
 * each new Saturday pushes the oldest week out of the window. */
static gint64
weeks_to_go (const PaydayBadgeCriterion *row)
{
  guint of = row->weeks->len;

  for (guint k = 1; k <= of; k++)
    {
      gint64 good = k;

      for (guint i = k; i < of; i++)
        good += g_array_index (row->weeks, PaydayBadgeWeek, i).eligible;
      if (good >= row->threshold)
        return k;
    }

  return of;
}

static char *
step_for (const Context              *ctx,
          const Rule                 *rule,
          const PaydayBadgeCriterion *row)
{
  const PaydayProfile *profile = &ctx->plan->profile;
  char buf[PAYDAY_DATE_BUF];
  g_autofree char *by = NULL;

  if (payday_date_is_set (row->met_on))
    by = g_strdup_printf (" by %s", payday_date_format (row->met_on, buf));
  else
    by = g_strdup ("");

  switch (row->kind)
    {
    case PAYDAY_CRITERION_PROFILE_FLAG:
    case PAYDAY_CRITERION_INVITE_ONLY:
      {
        const FlagWords *fw = find_flag_words (rule->flag);

        return fw != NULL ? g_strdup (fw->step) : g_strdup_printf ("Set “%s”", rule->flag);
      }

    case PAYDAY_CRITERION_JSS_MIN:
      if (row->value == 0 && jss_on (ctx, ctx->today) == NULL)
        return g_strdup_printf ("Earn a first Job Success Score of at least %" G_GINT64_FORMAT
                                "%%", row->threshold);
      return g_strdup_printf ("Raise your Job Success Score to %" G_GINT64_FORMAT "%% (now %"
                              G_GINT64_FORMAT "%%)", row->threshold, row->value);

    case PAYDAY_CRITERION_JSS_ABSENT:
      return g_strdup ("Only open before a first Job Success Score: yours is on record");

    case PAYDAY_CRITERION_JSS_WEEKS:
      {
        gint64 k = weeks_to_go (row);

        return g_strdup_printf ("Keep a Job Success Score of at least %" G_GINT64_FORMAT "%% for %"
                                G_GINT64_FORMAT " more %s (%" G_GINT64_FORMAT " of %u weeks "
                                "eligible, %" G_GINT64_FORMAT " needed)", rule->threshold, k,
                                k == 1 ? "week" : "weeks", row->value, row->weeks->len,
                                row->threshold);
      }

    case PAYDAY_CRITERION_EARNINGS_WINDOW:
      {
        g_autofree char *more = payday_money_format (row->threshold - row->value);
        g_autofree char *have = payday_money_format (row->value);
        g_autofree char *need = payday_money_format (row->threshold);
        g_autofree char *adj = window_adjective (rule->days);

        return g_strdup_printf ("Earn %s more%s (%s earnings %s of %s)", more, by, adj, have,
                                need);
      }

    case PAYDAY_CRITERION_LARGE_CONTRACT:
      {
        g_autofree char *more = payday_money_format (row->threshold - row->value);
        g_autofree char *have = payday_money_format (row->value);
        g_autofree char *need = payday_money_format (row->threshold);
        g_autofree char *words = window_words (rule->days);

        if (row->contract_id == NULL)
          return g_strdup_printf ("Earn %s on one contract%s (nothing released in the last %s)",
                                  need, by, words);
        return g_strdup_printf ("Earn %s more on contract %s%s (%s of %s in the last %s)", more,
                                row->contract_id, by, have, need, words);
      }

    case PAYDAY_CRITERION_ACCOUNT_AGE_DAYS:
      if (!payday_date_is_set (profile->joined))
        return g_strdup ("Enter the day you joined in the profile");
      return g_strdup_printf ("Wait until %s (account %" G_GINT64_FORMAT " of %" G_GINT64_FORMAT
                              " days old)",
                              payday_date_format (profile->joined + (PaydayDate) row->threshold,
                                                  buf),
                              row->value, row->threshold);

    case PAYDAY_CRITERION_FIRST_CONTRACT_AGE_DAYS:
      if (!payday_date_is_set (ctx->first_contract_start))
        return g_strdup_printf ("Win a first contract (it counts %" G_GINT64_FORMAT
                                " days after it starts)", row->threshold);
      return g_strdup_printf ("Wait until %s (first contract %" G_GINT64_FORMAT " of %"
                              G_GINT64_FORMAT " days old)",
                              payday_date_format (ctx->first_contract_start +
                                                  (PaydayDate) row->threshold,
                                                  buf),
                              MAX (row->value, 0), row->threshold);

    case PAYDAY_CRITERION_ACTIVE_DAYS:
      return g_strdup_printf ("Send a proposal or get paid (nothing in the last %d days)",
                              row->window_days);

    case PAYDAY_CRITERION_NO_HOLD_DAYS:
      {
        gboolean ongoing;
        PaydayDate last_end;

        held_days (ctx, row->window_days, &ongoing, &last_end);
        if (ongoing || !payday_date_is_set (last_end))
          return g_strdup_printf ("Resolve the account hold, then wait %d days",
                                  row->window_days);
        return g_strdup_printf ("Wait until %s, %d days after the account hold",
                                payday_date_format (last_end + row->window_days,
                                                    buf),
                                row->window_days);
      }

    case PAYDAY_CRITERION_MAX_VIOLATIONS:
      return g_strdup_printf ("Wait until Terms of Service violations leave your record (%"
                              G_GINT64_FORMAT " on record, at most %" G_GINT64_FORMAT ")",
                              row->value, row->threshold);

    default:
      g_assert_not_reached ();
    }

  return NULL;
}

/* ---------------------------------------------------------------------------------------- */
/* Badges */

static char **
string_list (JsonObject *object,
             const char *member)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  JsonNode *node = json_object_get_member (object, member);

  if (node != NULL && JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *element = json_array_get_element (array, i);

          if (JSON_NODE_HOLDS_VALUE (element) &&
              json_node_get_value_type (element) == G_TYPE_STRING)
            g_strv_builder_add (builder, json_node_get_string (element));
        }
    }

  return g_strv_builder_end (builder);
}

/* One badge's own criteria at today, and the first day its projectable criteria are all
 * met (NONE when another criterion blocks it or the year passes). */
static void
eval_badge (const Context *ctx,
            JsonObject    *object,
            PaydayBadge   *badge,
            PaydayDate    *own_projected)
{
  JsonNode *criteria_node = json_object_get_member (object, "criteria");
  JsonArray *criteria = criteria_node != NULL && JSON_NODE_HOLDS_ARRAY (criteria_node)
                        ? json_node_get_array (criteria_node) : NULL;
  g_autoptr(GArray) rules = g_array_new (FALSE, FALSE, sizeof (Rule));
  gboolean blocked = FALSE;
  gint best = -1;

  memset (badge, 0, sizeof *badge);
  badge->id = g_strdup (json_object_get_string_member_with_default (object, "id", ""));
  badge->name = g_strdup (json_object_get_string_member_with_default (object, "name",
                                                                      badge->id));
  badge->benefits = string_list (object, "benefits");
  badge->requires = string_list (object, "requires");
  badge->criteria = g_array_new (FALSE, TRUE, sizeof (PaydayBadgeCriterion));
  g_array_set_clear_func (badge->criteria, criterion_clear);
  badge->criteria_met = TRUE;

  for (guint i = 0; criteria != NULL && i < json_array_get_length (criteria); i++)
    {
      JsonNode *node = json_array_get_element (criteria, i);
      PaydayBadgeCriterion row;
      Rule rule;

      /* The rules loader refuses a set with an unknown kind; should one get here anyway,
       * it keeps the badge from being eligible rather than being skipped. */
      if (!JSON_NODE_HOLDS_OBJECT (node) || !rule_parse (&rule, json_node_get_object (node)))
        {
          badge->criteria_met = FALSE;
          blocked = TRUE;
          continue;
        }

      eval_rule (ctx, &rule, &row);
      g_array_append_val (rules, rule);
      g_array_append_val (badge->criteria, row);

      if (!row.met)
        {
          badge->criteria_met = FALSE;
          if (!is_projectable (rule.kind))
            blocked = TRUE;
        }
    }

  /* Next step: the unmet criterion with the most progress; ties to the one met first. */
  for (guint i = 0; i < badge->criteria->len; i++)
    {
      const PaydayBadgeCriterion *row = &g_array_index (badge->criteria, PaydayBadgeCriterion, i);
      const PaydayBadgeCriterion *cur;

      if (row->met)
        continue;
      if (best < 0)
        {
          best = (gint) i;
          continue;
        }
      cur = &g_array_index (badge->criteria, PaydayBadgeCriterion, best);
      if (progress (row) > progress (cur) ||
          (progress (row) == progress (cur) && payday_date_is_set (row->met_on) &&
           (!payday_date_is_set (cur->met_on) || row->met_on < cur->met_on)))
        best = (gint) i;
    }

  if (best >= 0)
    badge->next_step = step_for (ctx, &g_array_index (rules, Rule, best),
                                 &g_array_index (badge->criteria, PaydayBadgeCriterion, best));
  else
    badge->next_step = g_strdup ("Every criterion is met");

  *own_projected = PAYDAY_DATE_NONE;
  if (badge->criteria_met)
    {
      *own_projected = ctx->today;
    }
  else if (!blocked)
    {
      for (PaydayDate t = ctx->today; t <= ctx->today + PROJECTION_DAYS; t++)
        {
          gboolean all = TRUE;

          for (guint i = 0; all && i < rules->len; i++)
            {
              const Rule *rule = &g_array_index (rules, Rule, i);
              gint64 v;

              if (is_projectable (rule->kind))
                all = met_at (ctx, rule, t, &v, NULL);
            }

          if (all)
            {
              *own_projected = t;
              break;
            }
        }
    }
}

static gint
find_index (const GArray *badges,
            const char   *id)
{
  for (guint i = 0; i < badges->len; i++)
    if (g_strcmp0 (g_array_index (badges, PaydayBadge, i).id, id) == 0)
      return (gint) i;

  return -1;
}

/* Eligibility and projection through `requires`, as greatest / least fixed points so a
 * cycle in a user's set ends (the loader only refuses a badge requiring itself). */
static void
resolve_requires (GArray *badges)
{
  gboolean changed = TRUE;

  for (guint i = 0; i < badges->len; i++)
    {
      PaydayBadge *badge = &g_array_index (badges, PaydayBadge, i);

      badge->eligible = badge->criteria_met;
    }

  while (changed)
    {
      changed = FALSE;
      for (guint i = 0; i < badges->len; i++)
        {
          PaydayBadge *badge = &g_array_index (badges, PaydayBadge, i);

          for (guint r = 0; badge->requires[r] != NULL; r++)
            {
              gint j = find_index (badges, badge->requires[r]);
              const PaydayBadge *required = j >= 0 ? &g_array_index (badges, PaydayBadge, j)
                                                   : NULL;
              PaydayDate before = badge->projected_on;

              if (badge->eligible && (required == NULL || !required->eligible))
                {
                  badge->eligible = FALSE;
                  changed = TRUE;
                }

              if (required == NULL || !payday_date_is_set (required->projected_on))
                badge->projected_on = PAYDAY_DATE_NONE;
              else if (payday_date_is_set (badge->projected_on))
                badge->projected_on = MAX (badge->projected_on, required->projected_on);

              changed = changed || before != badge->projected_on;
            }
        }
    }
}

/* The badge a blocked chain leads to: the first required badge, following requires, whose
 * own criteria are unmet. */
static const PaydayBadge *
blocking_badge (const GArray      *badges,
                const PaydayBadge *badge)
{
  const PaydayBadge *at = badge;

  for (guint depth = 0; depth <= badges->len; depth++)
    {
      const PaydayBadge *next = NULL;

      for (guint r = 0; at->requires[r] != NULL && next == NULL; r++)
        {
          gint j = find_index (badges, at->requires[r]);

          if (j >= 0 && !g_array_index (badges, PaydayBadge, j).eligible)
            next = &g_array_index (badges, PaydayBadge, j);
        }

      if (next == NULL)
        return at == badge ? NULL : at;
      if (!next->criteria_met)
        return next;
      at = next;
    }

  return NULL;
}

/**
 * payday_badges_evaluate:
 * @plan: the plan
 * @rules: the rule set
 * @schedule: (nullable): the plan's schedule at @today (computed here when %NULL)
 * @today: the day to judge at
 *
 * Judges every badge of the edition in effect at @today (the plan's pinned edition when it
 * has one) by its criteria (spec/rules-format.md, badges): each criterion met or not with its
 * value and threshold, the badge eligible when every criterion is met and every required badge
 * is eligible, and `projected_on`, the first day within 365 days on which the plan's projected
 * payments meet every earnings, age and large-contract criterion while the profile stays as it
 * is. Projection reads prefix sums of released gross built once, not the schedule per day.
 *
 * Returns: (transfer full): the report; free with payday_badge_report_free()
 */
PaydayBadgeReport *
payday_badges_evaluate (PaydayPlan           *plan,
                        PaydayRules          *rules,
                        const PaydaySchedule *schedule,
                        PaydayDate            today)
{
  g_autoptr(PaydaySchedule) own_schedule = NULL;
  g_autoptr(GArray) own_projected = NULL;
  const PaydayEdition *edition;
  PaydayBadgeReport *report;
  JsonArray *badges = NULL;
  Context ctx;

  g_return_val_if_fail (plan != NULL, NULL);
  g_return_val_if_fail (rules != NULL && rules->editions->len > 0, NULL);
  g_return_val_if_fail (payday_date_is_set (today), NULL);

  if (schedule == NULL)
    schedule = own_schedule = payday_schedule_compute (plan, rules, today);

  edition = payday_rules_edition_for (rules, plan, today);

  report = g_new0 (PaydayBadgeReport, 1);
  report->today = today;
  report->edition = edition->effective_from;
  report->badges = g_array_new (FALSE, TRUE, sizeof (PaydayBadge));
  g_array_set_clear_func (report->badges, badge_clear);

  if (edition->badges != NULL && JSON_NODE_HOLDS_ARRAY (edition->badges))
    badges = json_node_get_array (edition->badges);

  context_init (&ctx, plan, schedule, today, longest_window (badges));

  own_projected = g_array_new (FALSE, FALSE, sizeof (PaydayDate));
  for (guint i = 0; badges != NULL && i < json_array_get_length (badges); i++)
    {
      JsonNode *node = json_array_get_element (badges, i);
      PaydayBadge badge;
      PaydayDate projected;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;
      eval_badge (&ctx, json_node_get_object (node), &badge, &projected);
      badge.projected_on = projected;
      g_array_append_val (report->badges, badge);
    }

  resolve_requires (report->badges);

  for (guint i = 0; i < report->badges->len; i++)
    {
      PaydayBadge *badge = &g_array_index (report->badges, PaydayBadge, i);
      const PaydayBadge *blocker;

      if (badge->eligible)
        {
          g_free (badge->next_step);
          badge->next_step = g_strdup ("Eligible now: every criterion is met");
        }
      else if (badge->criteria_met && (blocker = blocking_badge (report->badges, badge)) != NULL)
        {
          char *step = g_strdup_printf ("Become %s first: %s", blocker->name, blocker->next_step);

          g_free (badge->next_step);
          badge->next_step = step;
        }
    }

  context_clear (&ctx);

  return report;
}

/**
 * payday_badge_report_free:
 * @report: (transfer full) (nullable): a report
 */
void
payday_badge_report_free (PaydayBadgeReport *report)
{
  if (report == NULL)
    return;

  g_clear_pointer (&report->badges, g_array_unref);
  g_free (report);
}

/**
 * payday_badge_report_find:
 * @report: a report
 * @id: a badge id, e.g. "top_rated"
 *
 * Returns: (transfer none) (nullable): the badge, or %NULL when the edition has none by that id
 */
const PaydayBadge *
payday_badge_report_find (const PaydayBadgeReport *report,
                          const char              *id)
{
  gint i;

  g_return_val_if_fail (report != NULL, NULL);

  i = find_index (report->badges, id);
  return i >= 0 ? &g_array_index (report->badges, PaydayBadge, i) : NULL;
}

/**
 * payday_badge_find_criterion:
 * @badge: a badge of a report
 * @id: a criterion id, e.g. "earnings_12m"
 *
 * Returns: (transfer none) (nullable): the criterion row, or %NULL
 */
const PaydayBadgeCriterion *
payday_badge_find_criterion (const PaydayBadge *badge,
                             const char        *id)
{
  g_return_val_if_fail (badge != NULL, NULL);

  for (guint i = 0; i < badge->criteria->len; i++)
    {
      const PaydayBadgeCriterion *row = &g_array_index (badge->criteria, PaydayBadgeCriterion, i);

      if (g_strcmp0 (row->id, id) == 0)
        return row;
    }

  return NULL;
}

/**
 * payday_badges_to_json:
 * @report: a report
 *
 * The summary's `badges` array (spec/command-line.md): for each badge `id`, `eligible`,
 * `projected_on` (a date or null) and `criteria`, each with `id`, `met`, `value` and
 * `threshold`.
 *
 * Returns: (transfer full): a JSON array node
 */
JsonNode *
payday_badges_to_json (const PaydayBadgeReport *report)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (report != NULL, NULL);

  json_builder_begin_array (builder);
  for (guint i = 0; i < report->badges->len; i++)
    {
      const PaydayBadge *badge = &g_array_index (report->badges, PaydayBadge, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, badge->id);
      json_builder_set_member_name (builder, "eligible");
      json_builder_add_boolean_value (builder, badge->eligible);
      json_builder_set_member_name (builder, "projected_on");
      if (payday_date_is_set (badge->projected_on))
        {
          char buf[PAYDAY_DATE_BUF];

          json_builder_add_string_value (builder, payday_date_format (badge->projected_on, buf));
        }
      else
        {
          json_builder_add_null_value (builder);
        }

      json_builder_set_member_name (builder, "criteria");
      json_builder_begin_array (builder);
      for (guint j = 0; j < badge->criteria->len; j++)
        {
          const PaydayBadgeCriterion *row = &g_array_index (badge->criteria,
                                                            PaydayBadgeCriterion, j);

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "id");
          json_builder_add_string_value (builder, row->id);
          json_builder_set_member_name (builder, "met");
          json_builder_add_boolean_value (builder, row->met);
          json_builder_set_member_name (builder, "value");
          json_builder_add_int_value (builder, row->value);
          json_builder_set_member_name (builder, "threshold");
          json_builder_add_int_value (builder, row->threshold);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  return json_builder_get_root (builder);
}
