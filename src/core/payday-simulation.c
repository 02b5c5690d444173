/* payday-simulation.c — Monte Carlo cash simulation over a payment schedule
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "payday-simulation.h"
#include "payday-simulation-private.h"

/* The model (design.md, Simulator; spec/command-line.md, ".sim.json").
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
#define PIPELINE_WORK_DAYS 14
#define PROGRESS_STEP      0.01

enum {
  FLAG_EARLY   = 1 << 0,
  FLAG_DISPUTE = 1 << 1,
  FLAG_LESS    = 1 << 2,
};

#define NO_SLOT G_MAXUINT32

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

/* A probability as a threshold on a 64-bit draw: true when draw < threshold. Comparing
 * integers keeps every machine on the same side of the line. */
typedef struct
{
  guint64 threshold;
  guint8  mode;                             /* 0 never, 1 always, 2 draw */
} Chance;

static guint64
threshold_of (double p)
{
  double x = ldexp (p, 64);

  if (!(x > 0))
    return 0;
  if (x >= 18446744073709551615.0)
    return G_MAXUINT64;
  return (guint64) x;
}

static Chance
chance_new (double p)
{
  Chance c = { 0, 0 };

  if (!(p > 0))
    c.mode = 0;
  else if (p >= 1)
    c.mode = 1;
  else
    {
      c.mode = 2;
      c.threshold = threshold_of (p);
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

typedef struct
{
  PaydayCents gross;
  PaydayCents fee;
  gint32      fee_bp;                       /* PAYDAY_NONE: scale the scheduled fee */
  gint32      end;                          /* day indexes relative to `from` */
  gint32      release;
  gint32      avail;
  gint32      hold;
  guint32     slot;
  guint32     flags;
} SimItem;

/* The pipeline's hires of one week. */
typedef struct
{
  gint32               submit;              /* day index of the submission */
  gint32               review;
  gint32               hold;
  const PaydayEdition *edition;
  PaydayCents          fee;
} SimWeek;

typedef struct
{
  guint32 contract_index;
  gint32  min;                              /* smallest days_to_cash */
  guint32 size;                             /* max − min + 1 */
  guint32 base;                             /* offset in a histogram array */
} SimSlot;

typedef struct
{
  int          runs;
  gint64       seed;
  guint        n_days;
  GCancellable *cancellable;

  SimItem     *items;                       /* the random ones */
  guint        n_items;
  PaydayCents *base_cum;                    /* deterministic part, cumulative, n_days */

  SimWeek     *weeks;
  guint        n_weeks;
  PaydayCents  pipeline_gross;

  Chance       early;
  Chance       dispute;
  Chance       less;
  gint32       refund_bp;
  gint32       less_bp;
  guint64     *delay_cdf;                   /* P(floor (delay) ≤ k), k < n_delay */
  guint        n_delay;
  guint64     *wins_cdf;                    /* P(wins ≤ k) */
  guint        n_wins;

  SimSlot     *slots;
  guint        n_slots;
  guint        hist_len;

  /* the current pass */
  guint        d0;
  guint        pass_days;
  gboolean     collect_hist;
  PaydayCents *matrix;                      /* pass_days × runs, day-major */
  gint         next_chunk;                  /* atomic */
  gint         done_runs;                   /* atomic */
  gint         next_day;                    /* atomic, selection phase */
} Sim;

typedef struct
{
  Sim         *sim;
  PaydayCents *delta;                       /* n_days */
  PaydayCents *buf;                         /* RUN_CHUNK × pass_days */
  guint64     *hist;                        /* hist_len */
  GThread     *thread;
  gboolean     cancelled;
} Worker;

static PaydayCents
new_client_fee (const PaydayEdition *edition,
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

static inline void
add_money (Sim         *sim,
           PaydayCents *delta,
           gint32       day,
           PaydayCents  net)
{
  if (day >= (gint32) sim->n_days)
    return;
  delta[MAX (day, 0)] += net;
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
              fee = new_client_fee (week->edition, gross);
            }
          if (chance_hit (&sim->dispute, &rng))
            {
              gross -= payday_percent_of (gross, sim->refund_bp);
              fee = new_client_fee (week->edition, gross);
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

/* ---------------------------------------------------------------------------------------- */
/* Selection */

static inline void
swap_cents (PaydayCents *a,
            PaydayCents *b)
{
  PaydayCents t = *a;

  *a = *b;
  *b = t;
}

/* Puts the k-th smallest of a[0..n) at a[k], smaller ones before it and larger after.
 * Three-way partitions, so runs full of equal values (the common case: every run the same
 * on early days) stay linear. */
static void
select_kth (PaydayCents *a,
            gsize        n,
            gsize        k)
{
  gsize lo = 0, hi = n;                     /* [lo, hi) holds rank k */

  while (hi - lo > 1)
    {
      gsize mid = lo + (hi - lo) / 2;
      PaydayCents x = a[lo], y = a[mid], z = a[hi - 1];
      PaydayCents pivot = x < y ? (y < z ? y : (x < z ? z : x)) : (x < z ? x : (y < z ? z : y));
      gsize lt = lo, i = lo, gt = hi;

      while (i < gt)
        {
          if (a[i] < pivot)
            swap_cents (&a[lt++], &a[i++]);
          else if (a[i] > pivot)
            swap_cents (&a[i], &a[--gt]);
          else
            i++;
        }

      if (k < lt)
        hi = lt;
      else if (k >= gt)
        lo = gt;
      else
        return;
    }
}

static gsize
nearest_rank_index (guint64 n,
                    guint   percent)
{
  guint64 rank = (percent * n + 99) / 100;

  return (gsize) (MAX (rank, 1) - 1);
}

typedef struct
{
  Sim             *sim;
  PaydaySimResult *result;
} SelectJob;

static gpointer
select_thread (gpointer data)
{
  SelectJob *job = data;
  Sim *sim = job->sim;
  gsize n = (gsize) sim->runs;
  gsize k10 = nearest_rank_index (n, 10);
  gsize k50 = nearest_rank_index (n, 50);
  gsize k90 = nearest_rank_index (n, 90);

  for (;;)
    {
      guint d = (guint) g_atomic_int_add (&sim->next_day, 1);
      PaydayCents *col;

      if (d >= sim->pass_days)
        return NULL;

      col = sim->matrix + (gsize) d * n;
      /* Each selection leaves the smaller ranks in front of it, so the next one works on
       * that prefix only, without moving the value just found. */
      select_kth (col, n, k90);
      if (k50 < k90)
        select_kth (col, k90, k50);
      if (k10 < k50)
        select_kth (col, k50, k10);
      job->result->p10[sim->d0 + d] = col[k10];
      job->result->p50[sim->d0 + d] = col[k50];
      job->result->p90[sim->d0 + d] = col[k90];
    }
}

static gint32
hist_percentile (const guint64 *hist,
                 guint          size,
                 gint32         min,
                 guint64        total,
                 guint          percent)
{
  guint64 target = nearest_rank_index (total, percent) + 1;
  guint64 seen = 0;

  for (guint i = 0; i < size; i++)
    {
      seen += hist[i];
      if (seen >= target)
        return min + (gint32) i;
    }
  g_assert_not_reached ();
}

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
    cdf[k] = mean > 0 ? threshold_of (-expm1 (-(double) (k + 1) / mean)) : G_MAXUINT64;

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
          t = threshold_of (MIN (sum, 1.0));
          g_array_append_val (cdf, t);
        }
    }

  *n = cdf->len;
  return (guint64 *) g_array_free (cdf, FALSE);
}

static void
sim_clear (Sim *sim)
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
static guint64 *
sim_prepare (Sim                    *sim,
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
  sim->early = chance_new (settings->approve_early_probability);
  sim->dispute = chance_new (settings->dispute_probability);
  sim->less = chance_new (settings->pay_less_probability);
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
          week->fee = new_client_fee (edition, sim->pipeline_gross);
        }
    }

  return hist_fixed;
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
  hist = sim_prepare (&sim, schedule, settings, result);

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
          threads[t] = g_thread_new ("payday-sim-select", select_thread, &job);
        select_thread (&job);
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
          entry->p10 = hist_percentile (hist + slot->base, slot->size, slot->min, total, 10);
          entry->p50 = hist_percentile (hist + slot->base, slot->size, slot->min, total, 50);
          entry->p90 = hist_percentile (hist + slot->base, slot->size, slot->min, total, 90);
        }
    }

  sim_clear (&sim);

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
