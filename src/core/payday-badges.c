/* payday-badges.c — badge eligibility and its projection (docs/rules-format.md, badges)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "payday-badges-private.h"

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
eval_jss_weeks (const BadgeContext   *ctx,
                const BadgeRule      *rule,
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
      const BadgeJss *jss;

      week.saturday = last - (PaydayDate) (7 * k);
      jss = payday_badges_jss_on (ctx, week.saturday);
      week.score = jss != NULL ? jss->score : PAYDAY_NONE;
      week.rising_talent = payday_date_is_set (profile->rising_talent_since) &&
                           profile->rising_talent_since <= week.saturday;
      week.eligible = jss != NULL ? jss->score >= rule->threshold : week.rising_talent;
      good += week.eligible;
      g_array_append_val (row->weeks, week);
    }

  row->value = good;
  row->threshold = rule->need;
  row->met = good >= row->threshold;
  row->detail = g_strdup_printf ("%" G_GINT64_FORMAT " of the last %" G_GINT64_FORMAT
                                 " weeks eligible", good, rule->of);
}

/* The last day before @before on which an item is released, NONE when none is. */
static PaydayDate
last_release_before (const BadgeContext *ctx,
                     PaydayDate          before)
{
  PaydayDate last = PAYDAY_DATE_NONE;

  for (guint i = 0; i < ctx->schedule->items->len; i++)
    {
      const PaydayItem *item = &g_array_index (ctx->schedule->items, PaydayItem, i);

      if (payday_date_is_set (item->released_on) && item->released_on < before &&
          (!payday_date_is_set (last) || item->released_on > last))
        last = item->released_on;
    }

  return last;
}

static void
eval_active (const BadgeContext   *ctx,
             const BadgeRule      *rule,
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

  /* Items released in the window, and the last release day up to today: from the
   * schedule's items per day when it keeps the window, else from every item. */
  if (ctx->days != NULL && from + 1 >= ctx->days->day_lo)
    {
      const PaydayScheduleIndex *days = ctx->days;
      PaydayDate last_release = PAYDAY_DATE_NONE;

      for (PaydayDate d = ctx->today; d >= days->day_lo; d--)
        {
          guint n = days->day_items[d - days->day_lo];

          if (n > 0 && !payday_date_is_set (last_release))
            last_release = d;
          if (d > from)
            count += n;
          else if (payday_date_is_set (last_release))
            break;
        }
      if (!payday_date_is_set (last_release))
        last_release = last_release_before (ctx, days->day_lo);
      if (payday_date_is_set (last_release) && (!payday_date_is_set (last) || last_release > last))
        last = last_release;
    }
  else
    {
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
      g_autofree char *date = payday_date_to_string (last);

      row->detail = g_strdup_printf ("Last proposal or payment on %s", date);
    }
  else if (new_account)
    {
      g_autofree char *date = payday_date_to_string (plan->profile.joined);

      row->detail = g_strdup_printf ("Joined on %s", date);
    }
  else
    {
      row->detail = g_strdup ("No proposal or payment yet");
    }
}

static void
eval_rule (const BadgeContext   *ctx,
           const BadgeRule      *rule,
           PaydayBadgeCriterion *row)
{
  const PaydayProfile *profile = &ctx->plan->profile;

  memset (row, 0, sizeof *row);
  row->id = g_strdup (rule->id);
  row->kind = rule->kind;
  row->label = payday_badges_label (ctx, rule);
  row->met_on = PAYDAY_DATE_NONE;

  switch (rule->kind)
    {
    case PAYDAY_CRITERION_PROFILE_FLAG:
    case PAYDAY_CRITERION_INVITE_ONLY:
      row->met = payday_badges_profile_flag (profile, rule->flag);
      row->value = row->met;
      row->threshold = 1;
      row->detail = g_strdup (row->met ? "Yes" : "Not yet");
      break;

    case PAYDAY_CRITERION_JSS_MIN:
      {
        const BadgeJss *jss = payday_badges_jss_on (ctx, ctx->today);

        row->value = jss != NULL ? jss->score : 0;
        row->threshold = rule->threshold;
        row->met = jss != NULL && jss->score >= rule->threshold;
        row->detail = jss != NULL ? g_strdup_printf ("Now %d%%", jss->score)
                                  : g_strdup ("No score yet");
      }
      break;

    case PAYDAY_CRITERION_JSS_ABSENT:
      {
        const BadgeJss *jss = payday_badges_jss_on (ctx, ctx->today);

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

        row->met = payday_badges_met_at (ctx, rule, ctx->today, &row->value, &contract);

        if (rule->kind == PAYDAY_CRITERION_EARNINGS_WINDOW)
          {
            g_autofree char *money = payday_money_format (row->value);

            row->threshold = payday_badges_earnings_threshold (ctx, rule);
            row->window_days = (int) rule->days;
            row->detail = g_strdup_printf ("%s so far", money);
          }
        else if (rule->kind == PAYDAY_CRITERION_LARGE_CONTRACT)
          {
            row->threshold = payday_badges_large_threshold (ctx, rule);
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
              ? payday_date_to_string (ctx->first_contract_start) : NULL;

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

            if (payday_badges_met_at (ctx, rule, t, &v, NULL))
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
        row->value = payday_badges_held_days (ctx, rule->days, &ongoing, &last_end);
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
            g_autofree char *date = payday_date_to_string (last_end);

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
eval_badge (const BadgeContext *ctx,
            JsonObject         *object,
            PaydayBadge        *badge,
            PaydayDate         *own_projected)
{
  JsonNode *criteria_node = json_object_get_member (object, "criteria");
  JsonArray *criteria = criteria_node != NULL && JSON_NODE_HOLDS_ARRAY (criteria_node)
                        ? json_node_get_array (criteria_node) : NULL;
  g_autoptr(GArray) rules = g_array_new (FALSE, FALSE, sizeof (BadgeRule));
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
      BadgeRule rule;

      /* The rules loader refuses a set with an unknown kind; should one get here anyway,
       * it keeps the badge from being eligible rather than being skipped. */
      if (!JSON_NODE_HOLDS_OBJECT (node) ||
          !payday_badges_rule_parse (&rule, json_node_get_object (node)))
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
          if (!payday_badges_is_projectable (rule.kind))
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
    badge->next_step = payday_badges_step (ctx, &g_array_index (rules, BadgeRule, best),
                                           &g_array_index (badge->criteria,
                                                           PaydayBadgeCriterion, best));
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
              const BadgeRule *rule = &g_array_index (rules, BadgeRule, i);
              gint64 v;

              if (payday_badges_is_projectable (rule->kind))
                all = payday_badges_met_at (ctx, rule, t, &v, NULL);
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
 * has one) by its criteria (docs/rules-format.md, badges): each criterion met or not with its
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
  BadgeContext ctx;

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

  payday_badges_context_init (&ctx, plan, schedule, today, payday_badges_longest_window (badges));

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

  payday_badges_context_clear (&ctx);

  return report;
}

/**
 * payday_badges_update:
 * @report: (transfer full) (nullable): the report before the edit
 * @schedule: the plan's schedule after the edit (payday_schedule_update())
 * @changes: what the edit touched
 * @delta: (nullable): what payday_schedule_update() said changed
 *
 * The badges after an edit. Badges read the profile, the proposals, the contracts' start
 * days and the gross the schedule releases on each day and per contract, never fees or
 * clients: an edit that leaves those as they were keeps @report; any other is judged
 * anew, from the released gross per day and per contract the schedule keeps, so no pass
 * over its items is needed.
 *
 * Returns: (transfer full): the report after the edit
 */
PaydayBadgeReport *
payday_badges_update (PaydayBadgeReport         *report,
                      PaydayPlan                *plan,
                      PaydayRules               *rules,
                      const PaydaySchedule      *schedule,
                      PaydayDate                 today,
                      const PaydayPlanChanges   *changes,
                      const PaydayScheduleDelta *delta)
{
  const guint inputs = 1u << PAYDAY_PLAN_PART_PROFILE | 1u << PAYDAY_PLAN_PART_HEADER;

  g_return_val_if_fail (plan != NULL, NULL);
  g_return_val_if_fail (schedule != NULL, NULL);
  g_return_val_if_fail (changes != NULL, NULL);

  if (report != NULL && report->today == today && !changes->everything &&
      changes->contracts->len == 0 && changes->proposals->len == 0 &&
      (changes->parts & inputs) == 0 &&
      (delta != NULL ? !delta->full && !delta->released : changes->clients->len == 0))
    return report;

  payday_badge_report_free (report);
  return payday_badges_evaluate (plan, rules, schedule, today);
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
