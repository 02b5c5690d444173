/* payday-badges-text.c — the words of the badge report: criterion labels and next steps
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "payday-badges-private.h"

/* ---------------------------------------------------------------------------------------- */
/* Words */

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

char *
payday_badges_label (const BadgeContext *ctx,
                     const BadgeRule    *rule)
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
                              " weeks", rule->threshold, rule->need, rule->of);

    case PAYDAY_CRITERION_EARNINGS_WINDOW:
      words = window_words (rule->days);
      money = payday_money_format (payday_badges_earnings_threshold (ctx, rule));
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
      money = payday_money_format (payday_badges_large_threshold (ctx, rule));
      return g_strdup_printf ("One contract with %s earned in the last %s", money, words);

    default:
      g_assert_not_reached ();
    }

  return NULL;
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

char *
payday_badges_step (const BadgeContext         *ctx,
                    const BadgeRule            *rule,
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
      if (row->value == 0 && payday_badges_jss_on (ctx, ctx->today) == NULL)
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

        payday_badges_held_days (ctx, row->window_days, &ongoing, &last_end);
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
