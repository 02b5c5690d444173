/* payday-proposals.c — proposal pipeline statistics: funnels per month and quarter, win rate, cost per hire
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "payday-connects-private.h"
#include "payday-proposals.h"

/**
 * payday_proposal_stats_free:
 * @stats: (nullable): statistics from payday_proposal_stats_compute()
 */
void
payday_proposal_stats_free (PaydayProposalStats *stats)
{
  if (stats == NULL)
    return;

  g_clear_pointer (&stats->months, g_array_unref);
  g_clear_pointer (&stats->quarters, g_array_unref);
  g_free (stats);
}

static void
funnel_add (PaydayFunnel         *f,
            const PaydayProposal *p,
            PaydayCents           price_cents)
{
  gint64 net = (gint64) payday_connects_proposal_spend (p)
               + payday_connects_proposal_boost (p)
               - payday_connects_proposal_refund (p);

  f->sent++;
  if (p->invited)
    f->invited++;

  switch (p->status)
    {
    case PAYDAY_PROPOSAL_HIRED:
      f->hired++;
      G_GNUC_FALLTHROUGH;
    case PAYDAY_PROPOSAL_INTERVIEW:
      f->interview++;
      G_GNUC_FALLTHROUGH;
    case PAYDAY_PROPOSAL_VIEWED:
      f->viewed++;
      break;
    case PAYDAY_PROPOSAL_DECLINED:
      f->declined++;
      break;
    case PAYDAY_PROPOSAL_WITHDRAWN:
      f->withdrawn++;
      break;
    case PAYDAY_PROPOSAL_JOB_CANCELLED:
      f->job_cancelled++;
      break;
    case PAYDAY_PROPOSAL_SENT:
    default:
      break;
    }

  f->connects_spent += net;
  f->money_spent_cents += net * price_cents;
}

/* Win rate leaves withdrawn and job_cancelled proposals out of the base: the freelancer
 * withdrew them or the job vanished, so no client ever chose between them and someone
 * else. Declined proposals stay in: those are lost bids. */
static void
funnel_finish (PaydayFunnel *f)
{
  f->win_base = f->sent - f->withdrawn - f->job_cancelled;
  f->win_rate_bp = f->win_base > 0
                   ? (gint32) payday_div_round_half_up ((gint64) f->hired * 10000, f->win_base)
                   : PAYDAY_NONE;

  if (f->hired > 0)
    {
      f->connects_per_hire = payday_div_round_half_up (f->connects_spent, f->hired);
      f->money_per_hire_cents = payday_div_round_half_up (f->money_spent_cents, f->hired);
    }
  else
    {
      f->connects_per_hire = PAYDAY_NONE;
      f->money_per_hire_cents = PAYDAY_NONE;
    }
}

static int
month_index (PaydayDate date)
{
  int y, m;

  payday_date_get_ymd (date, &y, &m, NULL);
  return y * 12 + (m - 1);
}

static PaydayFunnel
funnel_for_months (int first_month,
                   int n_months)
{
  PaydayFunnel f = { 0 };
  int last = first_month + n_months - 1;

  f.start = payday_date_from_ymd (first_month / 12, first_month % 12 + 1, 1);
  f.end = payday_date_from_ymd (last / 12, last % 12 + 1,
                                payday_date_days_in_month (last / 12, last % 12 + 1));
  return f;
}

/**
 * payday_proposal_stats_compute:
 * @plan: a plan
 * @rules: its rule set, for the price of a Connect at each proposal's date
 * @today: proposals dated after it are left out
 *
 * Counts the funnel (sent → viewed → interview → hired) of the proposals per calendar month,
 * per calendar quarter and in total, with the win rate and the Connects and money spent per
 * hire. A proposal belongs to the period of its `date`; its refund (job_cancelled) is
 * counted with it, whatever the refund's date. Money is each proposal's net Connects times
 * the price_cents of the edition in effect at the proposal's date.
 *
 * Returns: (transfer full): the statistics; free with payday_proposal_stats_free()
 */
PaydayProposalStats *
payday_proposal_stats_compute (const PaydayPlan  *plan,
                               const PaydayRules *rules,
                               PaydayDate         today)
{
  PaydayProposalStats *stats;
  int first = G_MAXINT;
  int last;

  g_return_val_if_fail (plan != NULL, NULL);
  g_return_val_if_fail (rules != NULL, NULL);
  g_return_val_if_fail (payday_date_is_set (today), NULL);

  stats = g_new0 (PaydayProposalStats, 1);
  stats->today = today;
  stats->months = g_array_new (FALSE, TRUE, sizeof (PaydayFunnel));
  stats->quarters = g_array_new (FALSE, TRUE, sizeof (PaydayFunnel));

  for (guint i = 0; plan->proposals != NULL && i < plan->proposals->len; i++)
    {
      const PaydayProposal *p = &g_array_index (plan->proposals, PaydayProposal, i);

      if (payday_date_is_set (p->date) && p->date <= today)
        first = MIN (first, month_index (p->date));
    }

  if (first == G_MAXINT)
    {
      stats->total.win_rate_bp = PAYDAY_NONE;
      stats->total.connects_per_hire = PAYDAY_NONE;
      stats->total.money_per_hire_cents = PAYDAY_NONE;
      stats->total.start = PAYDAY_DATE_NONE;
      stats->total.end = PAYDAY_DATE_NONE;
      return stats;
    }

  last = month_index (today);

  for (int m = first; m <= last; m++)
    {
      PaydayFunnel f = funnel_for_months (m, 1);

      g_array_append_val (stats->months, f);
    }
  for (int q = first - first % 3; q <= last; q += 3)
    {
      PaydayFunnel f = funnel_for_months (q, 3);

      g_array_append_val (stats->quarters, f);
    }
  stats->total = funnel_for_months (first, last - first + 1);

  for (guint i = 0; i < plan->proposals->len; i++)
    {
      const PaydayProposal *p = &g_array_index (plan->proposals, PaydayProposal, i);
      const PaydayEdition *edition;
      PaydayCents price;
      int m;

      if (!payday_date_is_set (p->date) || p->date > today)
        continue;

      edition = payday_rules_edition_for (rules, plan, p->date);
      price = edition != NULL ? edition->connects_price_cents : 0;
      m = month_index (p->date);

      funnel_add (&g_array_index (stats->months, PaydayFunnel, m - first), p, price);
      funnel_add (&g_array_index (stats->quarters, PaydayFunnel, (m - (first - first % 3)) / 3),
                  p, price);
      funnel_add (&stats->total, p, price);
    }

  for (guint i = 0; i < stats->months->len; i++)
    funnel_finish (&g_array_index (stats->months, PaydayFunnel, i));
  for (guint i = 0; i < stats->quarters->len; i++)
    funnel_finish (&g_array_index (stats->quarters, PaydayFunnel, i));
  funnel_finish (&stats->total);

  return stats;
}

/**
 * payday_proposal_stats_update:
 * @stats: (transfer full) (nullable): the figures before the edit
 * @changes: what the edit touched
 *
 * The funnels after an edit: they read only the proposals and the pinned edition (for
 * the price of a Connect), so any other edit keeps @stats.
 *
 * Returns: (transfer full): the figures after the edit
 */
PaydayProposalStats *
payday_proposal_stats_update (PaydayProposalStats     *stats,
                              const PaydayPlan        *plan,
                              const PaydayRules       *rules,
                              PaydayDate               today,
                              const PaydayPlanChanges *changes)
{
  g_return_val_if_fail (changes != NULL, NULL);

  if (stats != NULL && stats->today == today && !changes->everything &&
      changes->proposals->len == 0 && (changes->parts & 1u << PAYDAY_PLAN_PART_HEADER) == 0)
    return stats;

  payday_proposal_stats_free (stats);
  return payday_proposal_stats_compute (plan, rules, today);
}
