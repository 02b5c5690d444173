/* payday-simulation.c — Monte Carlo cash simulation over a payment schedule
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "payday-simulation.h"
#include "payday-simulation-private.h"

/* The model (docs/exports.md, ".sim.json").
 *
 * A run replays the deterministic schedule with random client behaviour. Only items whose
 * money is not released yet (released_on > today) are touched; money in the security hold
 * or already available is the same in every run.
 *
 * - Early approval: a milestone waiting for the client (auto-released by the 14-day rule,
 *   released_on > today: in review, submitted in the future, or projected from its due
 *   date) is approved early with approve_early_probability. The delay is an exponential
 *   of mean approve_early_mean_days, counted in whole days (floor) from the later of its
 *   submission and tomorrow — statuses are at the end of today and the exponential is
 *   memoryless, so a milestone already waiting gets the same law for its remaining wait.
 *   A delay that reaches the review window (14 days) is the auto-release: nothing changes.
 *   The security hold of the item (available_on − released_on) follows the new release,
 *   and its fee stays the scheduled one (an unfunded milestone, judged by the edition on
 *   its auto-release day, keeps that edition).
 *   Projected milestones are included: the schedule does not approve them early because
 *   nobody knows, the simulation is where that uncertainty belongs.
 * - Hourly weeks: the weekly review is fixed (Upwork bills on Monday and releases after
 *   the review days whatever the client does); only disputes apply to them.
 * - Dispute (every week and milestone not released yet, projected ones too): with
 *   dispute_probability the client wins back dispute_refund_share of the gross; the paid
 *   part arrives on the usual day (mediation delays are not modelled).
 * - Paying less (milestones not released yet): with pay_less_probability the client pays
 *   pay_less_share of the amount. Both can hit one milestone: pay-less first, then the
 *   dispute refunds its share of the reduced amount.
 * - Fees on a reduced gross: recomputed on the paid part with the item's percent — the
 *   contract's fee_percent when set, else the edition's flat or per-contract percent —
 *   rounded half up to a cent. Under a sliding edition the tier mix of the item is kept:
 *   the scheduled fee is scaled by the same share (fee × share, half up), and the effect
 *   of a smaller payment on later items' tiers is ignored.
 * - Shares are turned into basis points once (half up), so every amount stays integer
 *   cents; only the draws are random numbers.
 * - Proposal pipeline: the proposals of each week from today (today + 7w … + 6) are a
 *   Poisson number of mean proposal_rate_per_week, each won with win_rate; the won ones
 *   are drawn directly as a Poisson of mean rate × win_rate (the same law). Each win is
 *   hired at the end of that week (today + 7w + 7) as a new client's fixed-price contract
 *   of one milestone of avg_contract_cents, funded at hire, submitted 14 days later, then
 *   the usual review (early approval, else auto-release), hold, pay-less and dispute
 *   chances. Fee and dates come from the edition in effect on the hire day (a new client:
 *   sliding tiers start at 0). Pipeline contracts have no id: they add money to the days,
 *   not entries to `contracts`.
 *
 * Percentiles are nearest rank: of N values sorted ascending, the P-th percentile is the
 * value of rank ceil(P × N / 100) (at least 1). Per day over the N = runs cumulative
 * totals; per contract over N = items × runs days_to_cash values.
 *
 * days_to_cash = available_on − the end of the work (item period_end: the week's Sunday,
 * the milestone's submission or scheduled submission, the bonus date), over every item of
 * the contract in the schedule (past ones included, whether or not it falls in the
 * horizon).
 *
 * Tables (early-approval delays, Poisson wins) are computed once with libm and turned
 * into 64-bit integer thresholds; draws are compared as integers. A libm that rounds an
 * exp() differently in the last bit moves a threshold by about 2^11 of 2^64: a draw would
 * have to land in that sliver to change a run.
 *
 * Determinism: run r draws from its own xoshiro256** generator seeded with SplitMix64 from
 * (seed, r), and writes only its own values, so the result does not depend on the thread
 * count or on the order threads finish in. Memory: a days × runs matrix of int64 (20,000
 * runs × 366 days ≈ 59 MB). Above MATRIX_BUDGET bytes the days are done in several passes,
 * each replaying every run (same streams, same values) and keeping only its own days. */

#define RUN_CHUNK          32
#define MATRIX_BUDGET      ((gsize) 256 * 1024 * 1024)
#define PROGRESS_STEP      0.01

/* Tests shrink it to exercise the multi-pass path; 0 = MATRIX_BUDGET. */
static gsize matrix_budget;

/**
 * payday_simulation_set_matrix_budget: (skip)
 * @bytes: the most the days × runs matrix may take; 0 = the default (256 MiB)
 *
 * For tests: a budget below runs × days × 8 bytes makes the simulation replay every run
 * once per group of days. Not thread-safe; call before any simulation runs.
 */
void
payday_simulation_set_matrix_budget (gsize bytes)
{
  matrix_budget = bytes;
}

/* ---------------------------------------------------------------------------------------- */
/* Random numbers: SplitMix64 seeding xoshiro256** (Blackman & Vigna, public domain). */

typedef struct
{
  guint64 s[4];
} Rng;

#define GOLDEN G_GUINT64_CONSTANT (0x9E3779B97F4A7C15)

static inline guint64
splitmix64_next (guint64 *state)
{
  guint64 z = (*state += GOLDEN);

  z = (z ^ (z >> 30)) * G_GUINT64_CONSTANT (0xBF58476D1CE4E5B9);
  z = (z ^ (z >> 27)) * G_GUINT64_CONSTANT (0x94D049BB133111EB);
  return z ^ (z >> 31);
}

static inline guint64
rotl (guint64 x,
      int     k)
{
  return (x << k) | (x >> (64 - k));
}

/* Run r's generator starts from SplitMix64 states base + (4r + 1 … 4r + 4)·γ: the counters
 * of two runs never meet, and SplitMix64 is a bijection, so no two runs share a state. */
static void
rng_seed (Rng     *rng,
          gint64   seed,
          guint64  run)
{
  guint64 sm = (guint64) seed;
  guint64 base = splitmix64_next (&sm);

  sm = base + 4 * run * GOLDEN;
  for (guint i = 0; i < 4; i++)
    rng->s[i] = splitmix64_next (&sm);
  if ((rng->s[0] | rng->s[1] | rng->s[2] | rng->s[3]) == 0)
    rng->s[0] = 1;
}

static inline guint64
rng_next (Rng *rng)
{
  guint64 *s = rng->s;
  guint64 result = rotl (s[1] * 5, 7) * 9;
  guint64 t = s[1] << 17;

  s[2] ^= s[0];
  s[3] ^= s[1];
  s[1] ^= s[2];
  s[0] ^= s[3];
  s[2] ^= t;
  s[3] = rotl (s[3], 45);

  return result;
}

guint64
payday_sim_threshold_of (double p)
{
  double x = ldexp (p, 64);

  if (!(x > 0))
    return 0;
  if (x >= 18446744073709551615.0)
    return G_MAXUINT64;
  return (guint64) x;
}

Chance
payday_sim_chance_new (double p)
{
  Chance c = { 0, 0 };

  if (!(p > 0))
    c.mode = 0;
  else if (p >= 1)
    c.mode = 1;
  else
    {
      c.mode = 2;
      c.threshold = payday_sim_threshold_of (p);
    }
  return c;
}

static inline gboolean
chance_hit (const Chance *c,
            Rng          *rng)
{
  if (c->mode == 2)
    return rng_next (rng) < c->threshold;
  return c->mode == 1;
}

/* The first k with draw < cdf[k]; n when the draw is above every entry. */
static inline guint
cdf_draw (const guint64 *cdf,
          guint          n,
          Rng           *rng)
{
  guint64 r = rng_next (rng);
  guint k = 0;

  while (k < n && r >= cdf[k])
    k++;
  return k;
}

/* ---------------------------------------------------------------------------------------- */

PaydayCents
payday_sim_new_client_fee (const PaydayEdition *edition,
                           PaydayCents          gross)
{
  gint64 numerator = 0;
  PaydayCents position = 0;
  PaydayCents rest = gross;

  switch (edition->fee_model)
    {
    case PAYDAY_FEE_FLAT:
      return payday_percent_of (gross, edition->fee_percent_bp);
    case PAYDAY_FEE_PER_CONTRACT:
      return payday_percent_of (gross, edition->fee_default_bp);
    case PAYDAY_FEE_SLIDING:
      for (guint i = 0; i < edition->fee_tiers->len && rest > 0; i++)
        {
          const PaydayFeeTier *tier = &g_array_index (edition->fee_tiers, PaydayFeeTier, i);
          PaydayCents part;

          if (tier->up_to_cents != PAYDAY_NONE && position >= tier->up_to_cents)
            continue;
          part = tier->up_to_cents == PAYDAY_NONE ? rest
                                                  : MIN (rest, tier->up_to_cents - position);
          numerator += part * tier->percent_bp;
          position += part;
          rest -= part;
        }
      return payday_div_round_half_up (numerator, 10000);
    default:
      g_assert_not_reached ();
    }
}

static void
simulate_run (Worker *w,
              guint   run,
              guint   slot_in_chunk)
{
  Sim *sim = w->sim;
  PaydayCents *delta = w->delta;
  PaydayCents *out = w->buf + (gsize) slot_in_chunk * sim->pass_days;
  PaydayCents running = 0;
  Rng rng;

  rng_seed (&rng, sim->seed, run);
  memset (delta, 0, sim->n_days * sizeof *delta);

  for (guint i = 0; i < sim->n_items; i++)
    {
      const SimItem *it = &sim->items[i];
      gint32 avail = it->avail;
      PaydayCents gross = it->gross;
      PaydayCents fee = it->fee;

      if ((it->flags & FLAG_EARLY) && chance_hit (&sim->early, &rng))
        {
          gint32 delay = (gint32) cdf_draw (sim->delay_cdf, sim->n_delay, &rng);
          gint32 approved = MAX (it->end, 1) + delay;

          if (approved < it->release)
            avail = approved + it->hold;
        }

      if ((it->flags & FLAG_LESS) && chance_hit (&sim->less, &rng))
        {
          gross = payday_percent_of (gross, sim->less_bp);
          fee = it->fee_bp != PAYDAY_NONE ? payday_percent_of (gross, it->fee_bp)
                                          : payday_percent_of (fee, sim->less_bp);
        }

      if ((it->flags & FLAG_DISPUTE) && chance_hit (&sim->dispute, &rng))
        {
          gross -= payday_percent_of (gross, sim->refund_bp);
          fee = it->fee_bp != PAYDAY_NONE ? payday_percent_of (gross, it->fee_bp)
                                          : fee - payday_percent_of (fee, sim->refund_bp);
        }

      add_money (sim, delta, avail, gross - fee);

      if (sim->collect_hist && (it->flags & FLAG_EARLY) && it->slot != NO_SLOT)
        {
          const SimSlot *slot = &sim->slots[it->slot];

          w->hist[slot->base + (guint32) (avail - it->end - slot->min)]++;
        }
    }

  for (guint k = 0; k < sim->n_weeks; k++)
    {
      const SimWeek *week = &sim->weeks[k];
      guint wins = cdf_draw (sim->wins_cdf, sim->n_wins, &rng);

      for (guint j = 0; j < wins; j++)
        {
          gint32 release = week->submit + week->review;
          PaydayCents gross = sim->pipeline_gross;
          PaydayCents fee = week->fee;

          if (chance_hit (&sim->early, &rng))
            {
              gint32 delay = (gint32) cdf_draw (sim->delay_cdf, sim->n_delay, &rng);

              if (delay < week->review)
                release = week->submit + delay;
            }
          if (chance_hit (&sim->less, &rng))
            {
              gross = payday_percent_of (gross, sim->less_bp);
              fee = payday_sim_new_client_fee (week->edition, gross);
            }
          if (chance_hit (&sim->dispute, &rng))
            {
              gross -= payday_percent_of (gross, sim->refund_bp);
              fee = payday_sim_new_client_fee (week->edition, gross);
            }

          add_money (sim, delta, release + week->hold, gross - fee);
        }
    }

  for (guint d = 0; d < sim->d0 + sim->pass_days; d++)
    {
      running += delta[d];
      if (d >= sim->d0)
        out[d - sim->d0] = sim->base_cum[d] + running;
    }
}

/* Claims chunks of runs until none is left (or cancelled). Returns FALSE when cancelled. */
static gboolean
work_runs (Worker                *w,
           PaydaySimProgressFunc  progress,
           gpointer               user_data,
           guint                  pass,
           guint                  n_passes,
           double                *reported)
{
  Sim *sim = w->sim;
  guint n_chunks = ((guint) sim->runs + RUN_CHUNK - 1) / RUN_CHUNK;

  for (;;)
    {
      guint chunk = (guint) g_atomic_int_add (&sim->next_chunk, 1);
      guint first, n;

      if (chunk >= n_chunks)
        return TRUE;

      first = chunk * RUN_CHUNK;
      n = MIN ((guint) RUN_CHUNK, (guint) sim->runs - first);

      for (guint j = 0; j < n; j++)
        {
          if (g_cancellable_is_cancelled (sim->cancellable))
            {
              /* Stop every worker: no chunk is handed out any more. */
              g_atomic_int_set (&sim->next_chunk, (gint) n_chunks);
              return FALSE;
            }
          simulate_run (w, first + j, j);
        }

      /* Day-major copy: each day's row receives n contiguous values. */
      for (guint d = 0; d < sim->pass_days; d++)
        {
          PaydayCents *row = sim->matrix + (gsize) d * (gsize) sim->runs + first;

          for (guint j = 0; j < n; j++)
            row[j] = w->buf[(gsize) j * sim->pass_days + d];
        }

      g_atomic_int_add (&sim->done_runs, (gint) n);

      if (progress != NULL)
        {
          double fraction = ((double) pass * sim->runs + g_atomic_int_get (&sim->done_runs)) /
                            ((double) n_passes * sim->runs);

          if (fraction - *reported >= PROGRESS_STEP && fraction < 1.0)
            {
              *reported = fraction;
              progress (fraction, user_data);
            }
        }
    }
}

static gpointer
run_thread (gpointer data)
{
  Worker *w = data;
  double reported = 0;

  w->cancelled = !work_runs (w, NULL, NULL, 0, 1, &reported);
  return NULL;
}

/**
 * payday_simulation_run:
 * @schedule: the deterministic schedule (its today is the first simulated day)
 * @settings: the simulation settings; the caller may pass a copy with runs and seed
 *   overridden (command line)
 * @n_threads: worker threads, 0 or less = one per processor; the result does not depend
 *   on it
 * @cancellable: (nullable): checked between runs
 * @progress: (nullable) (scope call): called in this thread with the fraction done
 * @user_data: for @progress
 *
 * Runs the Monte Carlo simulation described at the top of payday-simulation.c from the
 * schedule's today through today + horizon_days: the scheduled cumulative net per day,
 * its P10/P50/P90 across runs, and each contract's days from work to cash.
 *
 * Returns: (transfer full) (nullable): the result, or %NULL when cancelled
 */
PaydaySimResult *
payday_simulation_run (const PaydaySchedule    *schedule,
                       const PaydaySimulation  *settings,
                       int                      n_threads,
                       GCancellable            *cancellable,
                       PaydaySimProgressFunc    progress,
                       gpointer                 user_data)
{
  g_autoptr(PaydaySimResult) result = NULL;
  g_autofree guint64 *hist = NULL;
  g_autofree Worker *workers = NULL;
  Sim sim = { 0 };
  guint n_chunks, n_passes, max_pass_days;
  gboolean cancelled = FALSE;
  double reported = 0;

  g_return_val_if_fail (schedule != NULL, NULL);
  g_return_val_if_fail (settings != NULL, NULL);
  g_return_val_if_fail (settings->runs >= 1, NULL);
  g_return_val_if_fail (settings->horizon_days >= 0, NULL);

  result = g_new0 (PaydaySimResult, 1);
  result->runs = settings->runs;
  result->seed = settings->seed;
  result->from = schedule->today;
  result->to = schedule->today + settings->horizon_days;
  result->n_days = (guint) settings->horizon_days + 1;
  result->scheduled = g_new0 (PaydayCents, result->n_days);
  result->p10 = g_new0 (PaydayCents, result->n_days);
  result->p50 = g_new0 (PaydayCents, result->n_days);
  result->p90 = g_new0 (PaydayCents, result->n_days);
  result->contracts = g_array_new (FALSE, FALSE, sizeof (PaydaySimContract));

  sim.runs = settings->runs;
  sim.seed = settings->seed;
  sim.n_days = result->n_days;
  sim.cancellable = cancellable;
  hist = payday_sim_prepare (&sim, schedule, settings, result);

  n_chunks = ((guint) sim.runs + RUN_CHUNK - 1) / RUN_CHUNK;
  if (n_threads <= 0)
    n_threads = (int) g_get_num_processors ();
  n_threads = CLAMP (n_threads, 1, (int) n_chunks);

  max_pass_days = (guint) MIN ((gsize) sim.n_days,
                               MAX ((gsize) 1, (matrix_budget ? matrix_budget : MATRIX_BUDGET) /
                                               ((gsize) sim.runs * sizeof (PaydayCents))));
  n_passes = (sim.n_days + max_pass_days - 1) / max_pass_days;
  sim.matrix = g_new (PaydayCents, (gsize) max_pass_days * (gsize) sim.runs);

  workers = g_new0 (Worker, n_threads);
  for (int t = 0; t < n_threads; t++)
    {
      workers[t].sim = &sim;
      workers[t].delta = g_new (PaydayCents, sim.n_days);
      workers[t].buf = g_new (PaydayCents, (gsize) RUN_CHUNK * max_pass_days);
      workers[t].hist = g_new0 (guint64, MAX (sim.hist_len, 1));
    }

  for (guint pass = 0; pass < n_passes && !cancelled; pass++)
    {
      SelectJob job = { &sim, result };

      sim.d0 = pass * max_pass_days;
      sim.pass_days = MIN (max_pass_days, sim.n_days - sim.d0);
      sim.collect_hist = pass == 0;
      sim.next_chunk = 0;
      sim.done_runs = 0;

      for (int t = 1; t < n_threads; t++)
        workers[t].thread = g_thread_new ("payday-sim", run_thread, &workers[t]);
      cancelled = !work_runs (&workers[0], progress, user_data, pass, n_passes, &reported);
      for (int t = 1; t < n_threads; t++)
        {
          g_thread_join (workers[t].thread);
          workers[t].thread = NULL;
          cancelled |= workers[t].cancelled;
        }

      if (cancelled)
        break;

      sim.next_day = 0;
      {
        g_autofree GThread **threads = g_new0 (GThread *, n_threads);

        for (int t = 1; t < n_threads; t++)
          threads[t] = g_thread_new ("payday-sim-select", payday_sim_select_thread, &job);
        payday_sim_select_thread (&job);
        for (int t = 1; t < n_threads; t++)
          g_thread_join (threads[t]);
      }
    }

  /* days_to_cash: sums of counts, whatever thread counted them. */
  for (int t = 0; t < n_threads; t++)
    {
      for (guint i = 0; i < sim.hist_len; i++)
        hist[i] += workers[t].hist[i];
      g_free (workers[t].delta);
      g_free (workers[t].buf);
      g_free (workers[t].hist);
    }

  if (!cancelled)
    {
      for (guint s = 0; s < sim.n_slots; s++)
        {
          const SimSlot *slot = &sim.slots[s];
          PaydaySimContract *entry = &g_array_index (result->contracts, PaydaySimContract, s);
          guint64 total = 0;

          for (guint i = 0; i < slot->size; i++)
            total += hist[slot->base + i];
          entry->p10 = payday_sim_hist_percentile (hist + slot->base, slot->size, slot->min,
                                                    total, 10);
          entry->p50 = payday_sim_hist_percentile (hist + slot->base, slot->size, slot->min,
                                                    total, 50);
          entry->p90 = payday_sim_hist_percentile (hist + slot->base, slot->size, slot->min,
                                                    total, 90);
        }
    }

  payday_sim_clear (&sim);

  if (cancelled)
    return NULL;

  if (progress != NULL)
    progress (1.0, user_data);

  return g_steal_pointer (&result);
}

/**
 * payday_sim_result_free:
 * @result: (transfer full) (nullable): a result
 */
void
payday_sim_result_free (PaydaySimResult *result)
{
  if (result == NULL)
    return;

  for (guint i = 0; result->contracts != NULL && i < result->contracts->len; i++)
    g_free (g_array_index (result->contracts, PaydaySimContract, i).contract_id);
  g_clear_pointer (&result->contracts, g_array_unref);
  g_free (result->scheduled);
  g_free (result->p10);
  g_free (result->p50);
  g_free (result->p90);
  g_free (result);
}
