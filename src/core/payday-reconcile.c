/* payday-reconcile.c — each predicted payment held against what Upwork really paid
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "payday-reconcile.h"

/* The rules of docs/import.md ("Reconcile"): only actuals from a transaction history take
 * part (a weekly summary describes work, not payments), and only those of kind hourly,
 * fixed or bonus linked to a contract. Each, taken by date then ref, is paired with an
 * unpaired item of its contract and kind whose charged_on is within PAIR_DAYS of it:
 * the same gross first, then the nearest date, then the earlier item. */
#define PAIR_DAYS    10
#define ON_TIME_DAYS 1

/* An item that can be paired: its index in schedule->items and what sorting needs. */
typedef struct
{
  guint        contract_index;
  PaydayItemKind kind;
  PaydayDate   charged_on;
  const PaydayItem *item;
  gboolean     paired;
} Candidate;

typedef struct
{
  guint               contract_index;
  const PaydayActual *actual;
} Taken;

static const char *
item_id (const PaydayItem *item,
         char              buf[PAYDAY_DATE_BUF])
{
  return payday_item_format_id (item, buf);
}

static int
compare_candidates (gconstpointer a,
                    gconstpointer b)
{
  const Candidate *ca = a, *cb = b;
  char abuf[PAYDAY_DATE_BUF], bbuf[PAYDAY_DATE_BUF];

  if (ca->contract_index != cb->contract_index)
    return ca->contract_index < cb->contract_index ? -1 : 1;
  if (ca->kind != cb->kind)
    return ca->kind < cb->kind ? -1 : 1;
  if (ca->charged_on != cb->charged_on)
    return ca->charged_on < cb->charged_on ? -1 : 1;
  return strcmp (item_id (ca->item, abuf), item_id (cb->item, bbuf));
}

/* Within a contract, actuals are taken by date then ref; contracts do not share items, so
 * grouping by contract first changes no pairing and keeps string compares rare. */
static int
compare_taken (gconstpointer a,
               gconstpointer b)
{
  const Taken *ta = a, *tb = b;

  if (ta->contract_index != tb->contract_index)
    return ta->contract_index < tb->contract_index ? -1 : 1;
  if (ta->actual->date != tb->actual->date)
    return ta->actual->date < tb->actual->date ? -1 : 1;
  return strcmp (ta->actual->ref, tb->actual->ref);
}

static gboolean
kind_of_actual (PaydayActualKind  kind,
                PaydayItemKind   *out)
{
  switch (kind)
    {
    case PAYDAY_ACTUAL_HOURLY: *out = PAYDAY_ITEM_HOURLY_WEEK; return TRUE;
    case PAYDAY_ACTUAL_FIXED: *out = PAYDAY_ITEM_MILESTONE; return TRUE;
    case PAYDAY_ACTUAL_BONUS: *out = PAYDAY_ITEM_BONUS; return TRUE;
    case PAYDAY_ACTUAL_REFUND:
    case PAYDAY_ACTUAL_FEE:
    case PAYDAY_ACTUAL_WITHDRAWAL:
    case PAYDAY_ACTUAL_WITHDRAWAL_FEE:
    case PAYDAY_ACTUAL_MEMBERSHIP:
    case PAYDAY_ACTUAL_CONNECTS:
    case PAYDAY_ACTUAL_TAX:
    case PAYDAY_ACTUAL_ADJUSTMENT:
    case PAYDAY_ACTUAL_OTHER:
    case PAYDAY_N_ACTUAL_KINDS:
    default:
      return FALSE;
    }
}

/* The first candidate of (contract, kind) charged on or after @from. */
static guint
lower_bound (const GArray   *candidates,
             guint           contract_index,
             PaydayItemKind  kind,
             PaydayDate      from)
{
  guint lo = 0, hi = candidates->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      const Candidate *c = &g_array_index (candidates, Candidate, mid);
      gboolean before = c->contract_index != contract_index ? c->contract_index < contract_index
                      : c->kind != kind ? c->kind < kind
                      : c->charged_on < from;

      if (before)
        lo = mid + 1;
      else
        hi = mid;
    }

  return lo;
}

static Candidate *
best_candidate (GArray             *candidates,
                guint               contract_index,
                PaydayItemKind      kind,
                const PaydayActual *actual)
{
  Candidate *best = NULL;
  gboolean best_same = FALSE;
  gint best_distance = 0;

  for (guint i = lower_bound (candidates, contract_index, kind, actual->date - PAIR_DAYS);
       i < candidates->len; i++)
    {
      Candidate *c = &g_array_index (candidates, Candidate, i);
      gboolean same;
      gint distance;

      if (c->contract_index != contract_index || c->kind != kind ||
          c->charged_on > actual->date + PAIR_DAYS)
        break;
      if (c->paired)
        continue;

      same = c->item->gross_cents == actual->amount_cents;
      distance = ABS (c->charged_on - actual->date);
      /* sorted by date, then id: the first of equals is the earlier item */
      if (best == NULL || (same && !best_same) ||
          (same == best_same && distance < best_distance))
        {
          best = c;
          best_same = same;
          best_distance = distance;
        }
    }

  return best;
}

static PaydayVerdict
verdict_of (const PaydayItem   *item,
            const PaydayActual *actual)
{
  gint days = actual->date - item->charged_on;

  if (item->gross_cents != actual->amount_cents)
    return PAYDAY_VERDICT_AMOUNT_DIFFERS;
  if (ABS (days) <= ON_TIME_DAYS)
    return PAYDAY_VERDICT_AS_PREDICTED;
  return days < 0 ? PAYDAY_VERDICT_EARLY : PAYDAY_VERDICT_LATE;
}

/* A row with its sort key: the rank of its contract's id among the plan's, and its date. */
typedef struct
{
  guint              rank;
  PaydayDate         date;
  PaydayReconcileRow row;
} Keyed;

static int
compare_keyed (gconstpointer a,
               gconstpointer b)
{
  const Keyed *ka = a, *kb = b;
  char abuf[PAYDAY_DATE_BUF], bbuf[PAYDAY_DATE_BUF];
  int r;

  if (ka->rank != kb->rank)
    return ka->rank < kb->rank ? -1 : 1;
  if (ka->date != kb->date)
    return ka->date < kb->date ? -1 : 1;
  if ((r = strcmp (payday_reconcile_row_item_id (&ka->row, abuf),
                   payday_reconcile_row_item_id (&kb->row, bbuf))))
    return r;
  return strcmp (ka->row.actual ? ka->row.actual->ref : "",
                 kb->row.actual ? kb->row.actual->ref : "");
}

static int
compare_ids (gconstpointer a,
             gconstpointer b,
             gpointer      data)
{
  const PaydayPlan *plan = data;
  guint ia = *(const guint *) a, ib = *(const guint *) b;

  return strcmp (g_array_index (plan->contracts, PaydayContract, ia).id,
                 g_array_index (plan->contracts, PaydayContract, ib).id);
}

/* rank[i]: where contract i comes when the contracts are sorted by id. */
static guint *
contract_ranks (const PaydayPlan *plan)
{
  guint n = plan->contracts->len;
  g_autofree guint *order = g_new (guint, MAX (n, 1));
  guint *rank = g_new (guint, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    order[i] = i;
  g_qsort_with_data (order, (gint) n, sizeof (guint), compare_ids, (gpointer) plan);
  for (guint i = 0; i < n; i++)
    rank[order[i]] = i;

  return rank;
}

/**
 * payday_reconcile_compute:
 * @schedule: the plan's schedule, computed at its today
 *
 * Holds every schedule item against the plan's actuals (docs/import.md): paired ones are
 * `as_predicted`, `early`, `late` or `amount_differs`; an item charged 10 days or more
 * before the schedule's today with no actual is `missing`; an actual with no item is
 * `unexpected`. Items with no charge date (unfunded milestones) take no part.
 *
 * Returns: (transfer full) (element-type PaydayReconcileRow): the rows, sorted by contract
 *   id, then the predicted (or actual) date, then item id, then ref
 */
GArray *
payday_reconcile_compute (const PaydaySchedule *schedule)
{
  const PaydayPlan *plan;
  g_autoptr(GArray) candidates = NULL;
  g_autoptr(GArray) taken = NULL;
  g_autoptr(GHashTable) contract_index = NULL;
  g_autoptr(GArray) keyed = NULL;
  g_autofree guint *rank = NULL;
  GArray *rows;

  g_return_val_if_fail (schedule != NULL, NULL);

  plan = schedule->plan;
  rank = contract_ranks (plan);
  keyed = g_array_new (FALSE, FALSE, sizeof (Keyed));
  candidates = g_array_sized_new (FALSE, FALSE, sizeof (Candidate), schedule->items->len);
  taken = g_array_new (FALSE, FALSE, sizeof (Taken));
  contract_index = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < plan->contracts->len; i++)
    g_hash_table_insert (contract_index,
                         g_array_index (plan->contracts, PaydayContract, i).id,
                         GUINT_TO_POINTER (i + 1));

  for (guint i = 0; i < schedule->items->len; i++)
    {
      const PaydayItem *item = &g_array_index (schedule->items, PaydayItem, i);
      Candidate c = { item->contract_index, item->kind, item->charged_on, item, FALSE };

      if (payday_date_is_set (item->charged_on))
        g_array_append_val (candidates, c);
    }
  g_array_sort (candidates, compare_candidates);

  for (guint i = 0; i < plan->actuals->len; i++)
    {
      const PaydayActual *a = &g_array_index (plan->actuals, PaydayActual, i);
      PaydayItemKind kind;
      guint index;
      Taken t;

      if (a->source != PAYDAY_ACTUAL_FROM_TRANSACTIONS || a->contract == NULL ||
          !kind_of_actual (a->kind, &kind))
        continue;
      index = GPOINTER_TO_UINT (g_hash_table_lookup (contract_index, a->contract));
      if (index == 0)
        continue;
      t.contract_index = index - 1;
      t.actual = a;
      g_array_append_val (taken, t);
    }
  g_array_sort (taken, compare_taken);

  for (guint i = 0; i < taken->len; i++)
    {
      const Taken *t = &g_array_index (taken, Taken, i);
      Keyed k = { rank[t->contract_index], t->actual->date, { 0 } };
      Candidate *c;

      kind_of_actual (t->actual->kind, &k.row.kind);
      k.row.contract_id = t->actual->contract;
      k.row.actual = t->actual;
      c = best_candidate (candidates, t->contract_index, k.row.kind, t->actual);
      if (c != NULL)
        {
          c->paired = TRUE;
          k.row.item = c->item;
          k.row.verdict = verdict_of (c->item, t->actual);
          k.date = c->charged_on;
        }
      else
        k.row.verdict = PAYDAY_VERDICT_UNEXPECTED;
      g_array_append_val (keyed, k);
    }

  for (guint i = 0; i < candidates->len; i++)
    {
      const Candidate *c = &g_array_index (candidates, Candidate, i);
      Keyed k = {
        rank[c->contract_index], c->charged_on,
        { PAYDAY_VERDICT_MISSING, c->kind, c->item->contract_id, c->item, NULL }
      };

      if (!c->paired && c->charged_on <= schedule->today - PAIR_DAYS)
        g_array_append_val (keyed, k);
    }

  /* by contract id, then the predicted (or actual) date, then item id, then ref */
  g_array_sort (keyed, compare_keyed);
  rows = g_array_sized_new (FALSE, FALSE, sizeof (PaydayReconcileRow), keyed->len);
  for (guint i = 0; i < keyed->len; i++)
    g_array_append_val (rows, g_array_index (keyed, Keyed, i).row);
  return rows;
}

/**
 * payday_reconcile_count:
 * @rows: (element-type PaydayReconcileRow): from payday_reconcile_compute()
 * @counts: (out caller-allocates) (array fixed-size=6): rows per verdict
 */
void
payday_reconcile_count (const GArray *rows,
                        guint         counts[PAYDAY_N_VERDICTS])
{
  g_return_if_fail (rows != NULL);

  memset (counts, 0, sizeof (guint) * PAYDAY_N_VERDICTS);
  for (guint i = 0; i < rows->len; i++)
    counts[g_array_index (rows, PaydayReconcileRow, i).verdict]++;
}

/**
 * payday_verdict_to_string:
 *
 * Returns: the export's word: `as_predicted`, `early`, `late`, `amount_differs`,
 *   `missing` or `unexpected`
 */
const char *
payday_verdict_to_string (PaydayVerdict verdict)
{
  static const char * const names[] = {
    "as_predicted", "early", "late", "amount_differs", "missing", "unexpected"
  };

  g_return_val_if_fail ((guint) verdict < G_N_ELEMENTS (names), "unexpected");

  return names[verdict];
}

/**
 * payday_reconcile_row_item_id:
 * @buf: room for a date
 *
 * Returns: the item's id (the week's Monday, the milestone or bonus id), or "" for an
 *   unexpected actual
 */
const char *
payday_reconcile_row_item_id (const PaydayReconcileRow *row,
                              char                      buf[PAYDAY_DATE_BUF])
{
  g_return_val_if_fail (row != NULL, "");

  return row->item ? item_id (row->item, buf) : "";
}

/**
 * payday_plan_has_actuals:
 *
 * Returns: whether @plan holds imported money rows (the summary then reports how the
 *   plan held up)
 */
gboolean
payday_plan_has_actuals (const PaydayPlan *plan)
{
  g_return_val_if_fail (plan != NULL, FALSE);

  return plan->actuals->len > 0;
}
