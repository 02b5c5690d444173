/* payday-simulation-setup.c — prepare a simulation: random items, slots, probability tables
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "payday-simulation-private.h"

#define PIPELINE_WORK_DAYS 14

/* ---------------------------------------------------------------------------------------- */
/* Set-up */

static gint32
bp_of_share (double share)
{
  double bp = floor (CLAMP (share, 0.0, 1.0) * 10000.0 + 0.5);

  return (gint32) bp;
}

static gint32
item_fee_bp (const PaydaySchedule *schedule,
             const PaydayItem     *item)
{
  const PaydayContract *contract = &g_array_index (schedule->plan->contracts, PaydayContract,
                                                   item->contract_index);

  if (contract->fee_bp != PAYDAY_NONE)
    return contract->fee_bp;

  switch (item->edition->fee_model)
    {
    case PAYDAY_FEE_FLAT:
      return item->edition->fee_percent_bp;
    case PAYDAY_FEE_PER_CONTRACT:
      return item->edition->fee_default_bp;
    case PAYDAY_FEE_SLIDING:
      return PAYDAY_NONE;
    default:
      g_assert_not_reached ();
    }
}

static guint64 *
delay_table (double  mean,
             guint   n)
{
  guint64 *cdf = g_new (guint64, n);

  /* floor of an exponential of mean m is geometric: P(≤ k) = 1 − e^(−(k+1)/m). A mean of
   * 0 or less approves the day of submission. */
  for (guint k = 0; k < n; k++)
    cdf[k] = mean > 0 ? payday_sim_threshold_of (-expm1 (-(double) (k + 1) / mean)) : G_MAXUINT64;

  return cdf;
}

static guint64 *
poisson_table (double  mean,
               guint  *n)
{
  GArray *cdf = g_array_new (FALSE, FALSE, sizeof (guint64));
  double sum = 0;

  if (!(mean > 0))
    {
      guint64 all = G_MAXUINT64;

      g_array_append_val (cdf, all);
    }
  else
    {
      double limit = mean + 20 * sqrt (mean) + 50;

      /* pmf in logs, so a large mean does not underflow e^(−mean) */
      for (guint k = 0; k <= limit && sum < 1.0; k++)
        {
          guint64 t;

          sum += exp (-mean + k * log (mean) - lgamma (k + 1.0));
          t = payday_sim_threshold_of (MIN (sum, 1.0));
          g_array_append_val (cdf, t);
        }
    }

  *n = cdf->len;
  return (guint64 *) g_array_free (cdf, FALSE);
}

void
payday_sim_clear (Sim *sim)
{
  g_free (sim->items);
  g_free (sim->base_cum);
  g_free (sim->weeks);
  g_free (sim->delay_cdf);
  g_free (sim->wins_cdf);
  g_free (sim->slots);
  g_free (sim->matrix);
}

static int
max_review_days (const PaydayRules *rules)
{
  int max = 1;

  for (guint i = 0; i < rules->editions->len; i++)
    {
      const PaydayEdition *e = g_ptr_array_index (rules->editions, i);

      max = MAX (max, e->fixed_review_days);
    }
  return max;
}


/* Contract slots (plan order, only contracts with items), the random items, the
 * deterministic cumulative, the scheduled line and the pipeline weeks. Returns the
 * days_to_cash counts that are the same in every run (already multiplied by runs). */
guint64 *
payday_sim_prepare (Sim                    *sim,
                    const PaydaySchedule   *schedule,
                    const PaydaySimulation *settings,
                    PaydaySimResult        *result)
{
  const PaydayPlan *plan = schedule->plan;
  const GArray *items = schedule->items;
  PaydayDate from = result->from;
  guint n_contracts = plan->contracts->len;
  g_autofree guint32 *slot_of = g_new (guint32, MAX (n_contracts, 1));
  g_autofree gint32 *lo = g_new (gint32, MAX (n_contracts, 1));
  g_autofree gint32 *hi = g_new (gint32, MAX (n_contracts, 1));
  g_autofree PaydayCents *base_delta = g_new0 (PaydayCents, sim->n_days);
  g_autofree PaydayCents *sched_delta = g_new0 (PaydayCents, sim->n_days);
  guint64 *hist_fixed;
  PaydayCents sum_base = 0, sum_sched = 0;
  double wins_mean;

  for (guint c = 0; c < n_contracts; c++)
    {
      slot_of[c] = NO_SLOT;
      lo[c] = G_MAXINT32;
      hi[c] = G_MININT32;
    }

  /* Item flags and the range of each contract's days_to_cash. */
  sim->items = g_new0 (SimItem, MAX (items->len, 1));
  for (guint i = 0; i < items->len; i++)
    {
      const PaydayItem *item = &g_array_index (items, PaydayItem, i);
      guint32 flags = 0;

      if (item->released_on > schedule->today)
        {
          switch (item->kind)
            {
            case PAYDAY_ITEM_MILESTONE:
              flags = FLAG_DISPUTE | FLAG_LESS | (item->auto_released ? FLAG_EARLY : 0);
              break;
            case PAYDAY_ITEM_HOURLY_WEEK:
              flags = FLAG_DISPUTE;
              break;
            case PAYDAY_ITEM_BONUS:
              flags = 0;
              break;
            default:
              g_assert_not_reached ();
            }
        }

      add_money (sim, sched_delta, item->available_on - from, item->net_cents);
      if (flags == 0)
        add_money (sim, base_delta, item->available_on - from, item->net_cents);
      else
        {
          SimItem *it = &sim->items[sim->n_items++];

          it->gross = item->gross_cents;
          it->fee = item->fee_cents;
          it->fee_bp = item_fee_bp (schedule, item);
          it->end = payday_date_is_set (item->period_end) ? item->period_end - from : 0;
          it->release = item->released_on - from;
          it->avail = item->available_on - from;
          it->hold = item->available_on - item->released_on;
          it->slot = NO_SLOT;
          it->flags = flags;
        }

      if (payday_date_is_set (item->period_end))
        {
          gint32 dtc = item->available_on - item->period_end;
          gint32 hold = item->available_on - item->released_on;
          guint c = item->contract_index;

          lo[c] = MIN (lo[c], (flags & FLAG_EARLY) ? MIN (dtc, hold) : dtc);
          hi[c] = MAX (hi[c], dtc);
        }
    }

  /* Slots: plan order, so the JSON lists contracts as the plan does. */
  sim->slots = g_new0 (SimSlot, MAX (n_contracts, 1));
  for (guint c = 0; c < n_contracts; c++)
    {
      SimSlot *slot;

      if (lo[c] > hi[c])
        continue;
      slot = &sim->slots[sim->n_slots];
      slot->contract_index = c;
      slot->min = lo[c];
      slot->size = (guint32) (hi[c] - lo[c] + 1);
      slot->base = sim->hist_len;
      sim->hist_len += slot->size;
      slot_of[c] = sim->n_slots++;
    }

  hist_fixed = g_new0 (guint64, MAX (sim->hist_len, 1));
  for (guint i = 0, r = 0; i < items->len; i++)
    {
      const PaydayItem *item = &g_array_index (items, PaydayItem, i);
      guint32 slot = slot_of[item->contract_index];
      gboolean random = FALSE;

      if (item->released_on > schedule->today &&
          (item->kind == PAYDAY_ITEM_MILESTONE || item->kind == PAYDAY_ITEM_HOURLY_WEEK))
        {
          SimItem *it = &sim->items[r++];

          if (payday_date_is_set (item->period_end))
            it->slot = slot;
          random = (it->flags & FLAG_EARLY) != 0;
        }

      if (!random && payday_date_is_set (item->period_end) && slot != NO_SLOT)
        {
          const SimSlot *s = &sim->slots[slot];
          gint32 dtc = item->available_on - item->period_end;

          hist_fixed[s->base + (guint32) (dtc - s->min)] += (guint64) sim->runs;
        }
    }

  sim->base_cum = g_new (PaydayCents, sim->n_days);
  for (guint d = 0; d < sim->n_days; d++)
    {
      sum_base += base_delta[d];
      sum_sched += sched_delta[d];
      sim->base_cum[d] = sum_base;
      result->scheduled[d] = sum_sched;
    }

  for (guint s = 0; s < sim->n_slots; s++)
    {
      const PaydayContract *contract = &g_array_index (plan->contracts, PaydayContract,
                                                       sim->slots[s].contract_index);
      PaydaySimContract entry = { g_strdup (contract->id ? contract->id : ""),
                                  sim->slots[s].contract_index, 0, 0, 0 };

      g_array_append_val (result->contracts, entry);
    }

  /* Client behaviour */
  sim->early = payday_sim_chance_new (settings->approve_early_probability);
  sim->dispute = payday_sim_chance_new (settings->dispute_probability);
  sim->less = payday_sim_chance_new (settings->pay_less_probability);
  sim->refund_bp = bp_of_share (settings->dispute_refund_share);
  sim->less_bp = bp_of_share (settings->pay_less_share);
  sim->n_delay = (guint) max_review_days (schedule->rules);
  sim->delay_cdf = delay_table (settings->approve_early_mean_days, sim->n_delay);

  /* Pipeline: weeks starting on today + 7w ≤ `to`, hired at the end of the week; weeks
   * whose money cannot arrive by `to` are left out (their draws change nothing). */
  wins_mean = settings->proposal_rate_per_week * CLAMP (settings->win_rate, 0.0, 1.0);
  sim->wins_cdf = poisson_table (wins_mean, &sim->n_wins);
  sim->pipeline_gross = MAX (settings->avg_contract_cents, 0);
  sim->weeks = g_new0 (SimWeek, sim->n_days / 7 + 1);
  if (wins_mean > 0)
    {
      for (guint w = 0; (gsize) 7 * w < sim->n_days; w++)
        {
          gint32 hire = 7 * (gint32) w + 7;
          const PaydayEdition *edition = payday_rules_edition_for (schedule->rules, plan,
                                                                   from + hire);
          SimWeek *week;

          if (hire + PIPELINE_WORK_DAYS + edition->fixed_security_days >= (gint32) sim->n_days)
            break;

          week = &sim->weeks[sim->n_weeks++];
          week->submit = hire + PIPELINE_WORK_DAYS;
          week->review = edition->fixed_review_days;
          week->hold = edition->fixed_security_days;
          week->edition = edition;
          week->fee = payday_sim_new_client_fee (edition, sim->pipeline_gross);
        }
    }

  return hist_fixed;
}
