/* payday-simulation-stats.c — percentiles of the runs: per-day selection, histogram ranks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "payday-simulation-private.h"

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

gpointer
payday_sim_select_thread (gpointer data)
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

gint32
payday_sim_hist_percentile (const guint64 *hist,
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
