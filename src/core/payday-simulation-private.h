/* payday-simulation-private.h — test hooks and internals shared by the simulation files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "payday-rules.h"
#include "payday-simulation.h"

G_BEGIN_DECLS

void payday_simulation_set_matrix_budget (gsize bytes);

enum {
  FLAG_EARLY   = 1 << 0,
  FLAG_DISPUTE = 1 << 1,
  FLAG_LESS    = 1 << 2,
};

#define NO_SLOT G_MAXUINT32

/* A probability as a threshold on a 64-bit draw: true when draw < threshold. Comparing
 * integers keeps every machine on the same side of the line. */
typedef struct
{
  guint64 threshold;
  guint8  mode;                             /* 0 never, 1 always, 2 draw */
} Chance;

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

typedef struct
{
  Sim             *sim;
  PaydaySimResult *result;
} SelectJob;

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

G_GNUC_INTERNAL
guint64
payday_sim_threshold_of (double p);

G_GNUC_INTERNAL
Chance
payday_sim_chance_new (double p);

G_GNUC_INTERNAL
PaydayCents
payday_sim_new_client_fee (const PaydayEdition *edition,
                           PaydayCents          gross);

G_GNUC_INTERNAL
guint64 *
payday_sim_prepare (Sim                    *sim,
                    const PaydaySchedule   *schedule,
                    const PaydaySimulation *settings,
                    PaydaySimResult        *result);

G_GNUC_INTERNAL
void
payday_sim_clear (Sim *sim);

G_GNUC_INTERNAL
gpointer
payday_sim_select_thread (gpointer data);

G_GNUC_INTERNAL
gint32
payday_sim_hist_percentile (const guint64 *hist,
                            guint          size,
                            gint32         min,
                            guint64        total,
                            guint          percent);

G_END_DECLS
