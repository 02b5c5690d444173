/* payday-badges-facts.c — the plan's facts as badge criteria read them: prefix sums, JSS, holds
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "payday-badges-private.h"

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

gboolean
payday_badges_is_projectable (PaydayCriterionKind kind)
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

gboolean
payday_badges_rule_parse (BadgeRule  *rule,
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
      rule->need = int_member (object, "need");
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
/* The context: the plan's facts in a form each day of the projection reads in O(1) or O(log n). */

static int
compare_jss (gconstpointer a,
             gconstpointer b)
{
  const BadgeJss *x = a, *y = b;

  if (x->date != y->date)
    return (x->date > y->date) - (x->date < y->date);
  return (x->index > y->index) - (x->index < y->index);
}

gint64
payday_badges_longest_window (JsonArray *badges)
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
          BadgeRule rule;

          if (object != NULL && payday_badges_rule_parse (&rule, object) &&
              (rule.kind == PAYDAY_CRITERION_EARNINGS_WINDOW ||
               rule.kind == PAYDAY_CRITERION_LARGE_CONTRACT))
            longest = MAX (longest, rule.days);
        }
    }

  return longest;
}

void
payday_badges_context_init (BadgeContext         *ctx,
                            PaydayPlan           *plan,
                            const PaydaySchedule *schedule,
                            PaydayDate            today,
                            gint64                window)
{
  const PaydayScheduleIndex *index = schedule->index;
  gsize n;

  memset (ctx, 0, sizeof *ctx);
  ctx->plan = plan;
  ctx->schedule = schedule;
  ctx->today = today;
  ctx->lo = today - (PaydayDate) window;
  ctx->hi = today + PROJECTION_DAYS;
  n = (gsize) (ctx->hi - ctx->lo) + 1;
  ctx->cum = g_new0 (PaydayCents, n);

  /* A schedule computed for this plan keeps every contract's release days: read them.
   * One built by hand (or for other contracts) gets an index of its own. */
  ctx->n_contracts = plan->contracts->len;
  if (index == NULL || index->contracts->len != ctx->n_contracts)
    index = ctx->own_index = payday_schedule_index_build (schedule, ctx->n_contracts);
  ctx->contract_cum = g_new0 (GArray *, MAX (ctx->n_contracts, 1));
  for (guint c = 0; c < ctx->n_contracts; c++)
    ctx->contract_cum[c] = g_array_index (index->contracts, PaydayScheduleContract, c).released;

  /* The released gross per day too, when the index spans the window (it keeps four years
   * either side of the schedule's today); else one pass over the items. */
  if (ctx->own_index == NULL &&
      ctx->lo >= index->day_lo && (gint64) ctx->hi < (gint64) index->day_lo + index->n_days)
    {
      ctx->days = index;
      memcpy (ctx->cum, index->day_gross + (ctx->lo - index->day_lo), sizeof (PaydayCents) * n);
    }
  else
    {
      for (guint i = 0; i < schedule->items->len; i++)
        {
          const PaydayItem *item = &g_array_index (schedule->items, PaydayItem, i);

          if (payday_date_is_set (item->released_on) &&
              item->released_on >= ctx->lo && item->released_on <= ctx->hi)
            ctx->cum[item->released_on - ctx->lo] += item->gross_cents;
        }
    }

  for (gsize i = 1; i < n; i++)
    ctx->cum[i] += ctx->cum[i - 1];

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
  ctx->jss = g_array_new (FALSE, FALSE, sizeof (BadgeJss));
  for (guint i = 0; plan->profile.jss != NULL && i < plan->profile.jss->len; i++)
    {
      const PaydayJss *jss = &g_array_index (plan->profile.jss, PaydayJss, i);
      BadgeJss entry = { jss->date, jss->score, i };

      if (payday_date_is_set (jss->date))
        g_array_append_val (ctx->jss, entry);
    }
  g_array_sort (ctx->jss, compare_jss);
}

void
payday_badges_context_clear (BadgeContext *ctx)
{
  g_clear_pointer (&ctx->contract_cum, g_free);
  g_clear_pointer (&ctx->own_index, payday_schedule_index_free);
  g_clear_pointer (&ctx->cum, g_free);
  g_clear_pointer (&ctx->jss, g_array_unref);
}

/* Gross released in (t − window, t], for lo + window ≤ t ≤ hi. */
static PaydayCents
window_sum (const BadgeContext *ctx,
            PaydayDate          t,
            gint64              window)
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

      if (g_array_index (days, BadgeDayCum, mid).day <= day)
        lo = mid + 1;
      else
        hi = mid;
    }

  return lo == 0 ? 0 : g_array_index (days, BadgeDayCum, lo - 1).cum;
}

/* The contract with the most gross released in (t − window, t]; -1 when none earned. */
gint
payday_badges_best_contract (const BadgeContext *ctx,
                             PaydayDate          t,
                             gint64              window,
                             PaydayCents        *best_cents)
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
const BadgeJss *
payday_badges_jss_on (const BadgeContext *ctx,
                      PaydayDate          day)
{
  guint lo = 0, hi = ctx->jss->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (ctx->jss, BadgeJss, mid).date <= day)
        lo = mid + 1;
      else
        hi = mid;
    }

  return lo == 0 ? NULL : &g_array_index (ctx->jss, BadgeJss, lo - 1);
}

gboolean
payday_badges_profile_flag (const PaydayProfile *profile,
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

gint64
payday_badges_earnings_threshold (const BadgeContext *ctx,
                                  const BadgeRule    *rule)
{
  return ctx->plan->profile.agency ? rule->agency_threshold : rule->threshold;
}

gint64
payday_badges_large_threshold (const BadgeContext *ctx,
                               const BadgeRule    *rule)
{
  const char *category = ctx->plan->profile.category;

  if (rule->thresholds != NULL && category != NULL &&
      json_object_has_member (rule->thresholds, category))
    return json_object_get_int_member (rule->thresholds, category);

  return rule->default_cents;
}

/* A projectable criterion judged on day @t, with the plan's items as the schedule gives
 * them (projected ones included) and the profile as it is. */
gboolean
payday_badges_met_at (const BadgeContext *ctx,
                      const BadgeRule    *rule,
                      PaydayDate          t,
                      gint64             *value,
                      gint               *contract)
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
      met = v >= payday_badges_earnings_threshold (ctx, rule);
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
        gint best = payday_badges_best_contract (ctx, t, rule->days, &v);

        if (contract != NULL)
          *contract = best;
        met = best >= 0 && v >= payday_badges_large_threshold (ctx, rule);
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
gint64
payday_badges_held_days (const BadgeContext *ctx,
                         gint64              days,
                         gboolean           *ongoing,
                         PaydayDate         *last_end)
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
