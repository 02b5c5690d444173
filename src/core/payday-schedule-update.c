/* payday-schedule-update.c — the schedule after an edit, recomputing only what it touched
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "payday-schedule-private.h"

/* An edit of contracts and clients changes, and nothing else does:
 * - the items of each contract replaced, inserted or removed (built anew: a handful);
 * - the fees of every item of the billing chains those contracts and the changed clients
 *   belong to (the sliding fee depends on lifetime billings with the client, in the order
 *   they are billed; docs/schedule.md), and so the net of those items;
 * - where each item stands. When the new items sort into exactly the places the old ones
 *   left (an edit of hours, amounts or fees moves no date), they are written over them and
 *   nothing else moves; otherwise the old ones are taken out and the new ones merged in,
 *   one pass over the array with no sort.
 * Totals, released gross per day and each contract's release days follow by difference.
 * The result is the very array payday_schedule_compute() makes: the order is total, so
 * the sorted arrangement of the same items is unique. */

#define NONE G_MAXUINT

typedef struct
{
  PaydaySchedule      *schedule;
  PaydayScheduleIndex *index;
  PaydayPlan          *plan;
  guint               *old_to_new;      /* per old contract: its index now, NONE when rebuilt */
  GArray              *fresh;           /* guint: contracts now in the plan that are rebuilt */
  gboolean             moved;           /* a kept contract has another index now */

  GArray              *removed;         /* guint: positions of the rebuilt contracts' old items */
  GArray              *items;           /* PaydayItem: the rebuilt contracts' new items */
  GPtrArray           *chains;          /* char *: "1" or "0" (own) + billing key, each once */
  GArray              *repriced;        /* guint: positions of kept items whose net changed */
  GArray              *inserted;        /* guint: where the new items went (merge) */
} Update;

static gboolean
is_changed (GHashTable *changed,
            const char *id)
{
  return id != NULL && g_hash_table_contains (changed, id);
}

/* Pairs the contracts the schedule knew with the plan's now: the ones the edit did not
 * name must be the same, in the same order. Anything else (a change it did not name)
 * returns FALSE, and the caller computes everything. */
static gboolean
reconcile (Update                  *u,
           const PaydayPlanChanges *changes)
{
  g_autoptr(GHashTable) changed = g_hash_table_new (g_str_hash, g_str_equal);
  GArray *records = u->index->contracts;
  GArray *contracts = u->plan->contracts;
  guint i = 0, j = 0;

  for (guint k = 0; k < changes->contracts->len; k++)
    g_hash_table_add (changed, g_ptr_array_index (changes->contracts, k));

  for (;;)
    {
      const char *old_id = NULL, *new_id = NULL;

      while (i < records->len &&
             is_changed (changed, (old_id = g_array_index (records, PaydayScheduleContract, i).id)))
        u->old_to_new[i++] = NONE;
      while (j < contracts->len &&
             is_changed (changed, (new_id = g_array_index (contracts, PaydayContract, j).id)))
        {
          g_array_append_val (u->fresh, j);
          j++;
        }

      if (i == records->len && j == contracts->len)
        return TRUE;
      if (i == records->len || j == contracts->len || g_strcmp0 (old_id, new_id) != 0)
        return FALSE;

      u->old_to_new[i] = j;
      u->moved |= i != j;
      i++;
      j++;
    }
}

static gpointer
copy_note (gconstpointer note,
           gpointer      user_data)
{
  return g_strdup (note);
}

/* A schedule this caller may change: @schedule itself when nobody else holds it, else a
 * copy (others keep what they were given). */
static PaydaySchedule *
writable (PaydaySchedule *schedule)
{
  PaydaySchedule *copy;

  if (g_atomic_ref_count_compare (&schedule->ref_count, 1))
    return schedule;

  copy = g_new0 (PaydaySchedule, 1);
  g_atomic_ref_count_init (&copy->ref_count);
  copy->plan = payday_plan_ref (schedule->plan);
  copy->rules = payday_rules_ref (schedule->rules);
  copy->today = schedule->today;
  copy->items = g_array_copy (schedule->items);
  copy->notes = g_ptr_array_copy (schedule->notes, copy_note, NULL);
  g_ptr_array_set_free_func (copy->notes, g_free);
  copy->index = payday_schedule_index_copy (schedule->index);
  payday_schedule_unref (schedule);

  return copy;
}

static int
compare_uint (gconstpointer a,
              gconstpointer b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;

  return (x > y) - (x < y);
}

static void
add_chain (Update     *u,
           gboolean    own,
           const char *key)
{
  g_autofree char *name = g_strconcat (own ? "1" : "0", key ? key : "", NULL);

  for (guint k = 0; k < u->chains->len; k++)
    if (g_str_equal (g_ptr_array_index (u->chains, k), name))
      return;

  g_ptr_array_add (u->chains, g_steal_pointer (&name));
}

/* Takes the old items of the contracts rebuilt out of the totals, remembers their
 * positions and billing chains, and drops their records and notes; the kept records
 * move to their new indices, the rebuilt ones get fresh records and notes. */
static void
replace_records (Update *u)
{
  GArray *old_records = u->index->contracts;
  GArray *records;
  g_autoptr(GPtrArray) fresh_notes = g_ptr_array_new ();
  g_autofree gpointer *old_notes = NULL;
  g_autofree guint *fresh_counts = g_new0 (guint, MAX (u->fresh->len, 1));
  g_autofree guint *note_start = g_new0 (guint, MAX (old_records->len, 1));
  g_autofree guint *new_to_old = g_new (guint, MAX (u->plan->contracts->len, 1));
  PaydayScheduleBuilder builder = { u->plan, u->schedule->rules, u->schedule->today,
                                    u->items, fresh_notes };
  guint n_old_notes = u->schedule->notes->len;
  guint offset = 0;

  /* The new items of the contracts rebuilt, in plan order. */
  for (guint k = 0; k < u->fresh->len; k++)
    {
      guint before = fresh_notes->len;

      payday_schedule_build_contract (&builder, g_array_index (u->fresh, guint, k));
      fresh_counts[k] = fresh_notes->len - before;
    }

  records = g_array_sized_new (FALSE, TRUE, sizeof (PaydayScheduleContract),
                               u->plan->contracts->len);
  g_array_set_size (records, u->plan->contracts->len);
  g_array_set_clear_func (records, (GDestroyNotify) payday_schedule_contract_clear);

  for (guint i = 0; i < old_records->len; i++)
    {
      PaydayScheduleContract *record = &g_array_index (old_records, PaydayScheduleContract, i);

      note_start[i] = offset;
      offset += record->n_notes;

      if (u->old_to_new[i] != NONE)
        {
          /* Kept: its items are renumbered when it moved, its record moves over. */
          if (u->old_to_new[i] != i)
            for (guint k = 0; k < record->positions->len; k++)
              g_array_index (u->schedule->items, PaydayItem,
                             g_array_index (record->positions, guint, k)).contract_index =
                u->old_to_new[i];
          g_array_index (records, PaydayScheduleContract, u->old_to_new[i]) = *record;
          memset (record, 0, sizeof *record);
          continue;
        }

      add_chain (u, record->own, record->key);
      for (guint k = 0; k < record->positions->len; k++)
        {
          guint p = g_array_index (record->positions, guint, k);

          payday_schedule_index_count (u->index,
                                       &g_array_index (u->schedule->items, PaydayItem, p), -1);
          g_array_append_val (u->removed, p);
        }
    }
  g_assert (offset == n_old_notes);
  g_array_sort (u->removed, compare_uint);

  for (guint k = 0; k < u->fresh->len; k++)
    {
      guint j = g_array_index (u->fresh, guint, k);
      PaydayScheduleContract *record = &g_array_index (records, PaydayScheduleContract, j);

      payday_schedule_contract_set (record, &g_array_index (u->plan->contracts, PaydayContract, j));
      record->n_notes = fresh_counts[k];
      add_chain (u, record->own, record->key);
    }

  /* Notes follow the contracts' order: a kept contract's own, a rebuilt one's new ones. */
  for (guint j = 0; j < records->len; j++)
    new_to_old[j] = NONE;
  for (guint i = 0; i < old_records->len; i++)
    if (u->old_to_new[i] != NONE)
      new_to_old[u->old_to_new[i]] = i;

  old_notes = g_ptr_array_steal (u->schedule->notes, NULL);
  for (guint j = 0, k = 0, f = 0; j < records->len; j++)
    {
      if (new_to_old[j] == NONE)
        {
          g_assert (k < u->fresh->len && g_array_index (u->fresh, guint, k) == j);
          for (guint m = 0; m < fresh_counts[k]; m++)
            g_ptr_array_add (u->schedule->notes, g_ptr_array_index (fresh_notes, f++));
          k++;
        }
      else
        {
          guint i = new_to_old[j];

          for (guint m = 0; m < g_array_index (records, PaydayScheduleContract, j).n_notes; m++)
            g_ptr_array_add (u->schedule->notes, old_notes[note_start[i] + m]);
        }
    }
  for (guint i = 0; i < old_records->len; i++)
    if (u->old_to_new[i] == NONE)
      for (guint m = 0; m < g_array_index (old_records, PaydayScheduleContract, i).n_notes; m++)
        g_free (old_notes[note_start[i] + m]);

  g_array_unref (old_records);
  u->index->contracts = records;
}

/* Fees of every item of each billing chain the edit touched: the kept items where they
 * stand (an item whose net changes is counted again and remembered), the new ones in
 * u->items. */
static void
reprice_chains (Update                  *u,
                const PaydayPlanChanges *changes,
                PaydayScheduleDelta     *delta)
{
  GArray *records = u->index->contracts;
  GArray *items = u->schedule->items;
  g_autoptr(GPtrArray) chain = g_ptr_array_new ();
  g_autoptr(GArray) old_net = g_array_new (FALSE, FALSE, sizeof (PaydayCents));

  for (guint k = 0; k < changes->clients->len; k++)
    add_chain (u, FALSE, g_ptr_array_index (changes->clients, k));

  for (guint k = 0; k < u->chains->len; k++)
    {
      const char *name = g_ptr_array_index (u->chains, k);
      gboolean own = name[0] == '1';
      const char *key = name + 1;
      guint n_kept;

      g_ptr_array_set_size (chain, 0);
      g_array_set_size (old_net, 0);

      for (guint j = 0; j < records->len; j++)
        {
          const PaydayScheduleContract *record = &g_array_index (records,
                                                                 PaydayScheduleContract, j);

          /* Rebuilt contracts have no positions yet: their items are added below. */
          if (record->own != own || g_strcmp0 (record->key, key) != 0)
            continue;
          for (guint m = 0; m < record->positions->len; m++)
            {
              PaydayItem *item = &g_array_index (items, PaydayItem,
                                                 g_array_index (record->positions, guint, m));

              g_ptr_array_add (chain, item);
              g_array_append_val (old_net, item->net_cents);
            }
        }
      n_kept = chain->len;

      for (guint m = 0; m < u->items->len; m++)
        {
          PaydayItem *item = &g_array_index (u->items, PaydayItem, m);
          gboolean item_own;
          const char *item_key = payday_schedule_billing_key (item, &item_own);

          if (item_own == own && g_strcmp0 (item_key, key) == 0)
            g_ptr_array_add (chain, item);
        }

      if (chain->len == 0)
        continue;

      /* The order of the whole chain is needed for the lifetime billings: sorting the
       * pointers leaves the kept items where they are. */
      {
        g_autofree PaydayItem **sorted = g_memdup2 (chain->pdata, sizeof (gpointer) * chain->len);

        payday_schedule_sort_billing (sorted, chain->len);
        payday_schedule_assign_fees (u->plan, sorted, chain->len);
      }

      for (guint m = 0; m < n_kept; m++)
        {
          PaydayItem *item = g_ptr_array_index (chain, m);
          PaydayCents before = g_array_index (old_net, PaydayCents, m);
          guint position = (guint) (item - (PaydayItem *) (gpointer) items->data);

          if (item->net_cents == before)
            continue;
          u->index->totals[item->status] += item->net_cents - before;
          g_array_append_val (u->repriced, position);
          if (delta != NULL)
            g_array_append_val (delta->contracts, item->contract_index);
        }
    }

  g_array_sort (u->repriced, compare_uint);
}

/* Whether the item at @position sorts strictly between its neighbours. */
static gboolean
in_order (const GArray *items,
          guint         position)
{
  const PaydayItem *item = &g_array_index (items, PaydayItem, position);

  if (position > 0 && payday_schedule_compare_final (item - 1, item) >= 0)
    return FALSE;
  if (position + 1 < items->len && payday_schedule_compare_final (item, item + 1) >= 0)
    return FALSE;
  return TRUE;
}

/* The new items where the old ones were, when they sort into exactly those places. */
static gboolean
place_over (Update *u)
{
  GArray *items = u->schedule->items;

  if (u->items->len != u->removed->len)
    return FALSE;

  for (guint k = 0; k < u->removed->len; k++)
    g_array_index (items, PaydayItem, g_array_index (u->removed, guint, k)) =
      g_array_index (u->items, PaydayItem, k);

  for (guint k = 0; k < u->removed->len; k++)
    if (!in_order (items, g_array_index (u->removed, guint, k)))
      return FALSE;

  return TRUE;
}

/* The first position in @items[0, @n) that sorts after @item. */
static guint
upper_bound (const GArray     *items,
             guint             n,
             const PaydayItem *item)
{
  guint lo = 0, hi = n;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (payday_schedule_compare_final (&g_array_index (items, PaydayItem, mid), item) < 0)
        lo = mid + 1;
      else
        hi = mid;
    }

  return lo;
}

/* The old items out, the new ones merged in: one pass over the array. */
static void
place_merge (Update *u)
{
  GArray *items = u->schedule->items;
  PaydayItem *data = (PaydayItem *) (gpointer) items->data;
  guint n = items->len;
  guint kept = 0;
  guint end;

  /* Close the gaps. */
  for (guint k = 0, from = 0; k <= u->removed->len; k++)
    {
      guint to = k < u->removed->len ? g_array_index (u->removed, guint, k) : n;

      if (to > from)
        {
          if (kept != from)
            memmove (data + kept, data + from, sizeof (PaydayItem) * (to - from));
          kept += to - from;
        }
      from = to + 1;
    }

  /* Merge from the end, so each kept item moves once. */
  g_array_set_size (items, kept + u->items->len);
  data = (PaydayItem *) (gpointer) items->data;
  g_array_set_size (u->inserted, u->items->len);
  end = kept;
  for (guint k = u->items->len; k-- > 0;)
    {
      const PaydayItem *item = &g_array_index (u->items, PaydayItem, k);
      guint at = upper_bound (items, end, item);

      if (end > at)
        memmove (data + at + k + 1, data + at, sizeof (PaydayItem) * (end - at));
      data[at + k] = *item;
      g_array_index (u->inserted, guint, k) = at + k;
      end = at;
    }

  payday_schedule_index_positions (u->index, items);
}

static void
add_range (GArray *changes,
           guint   position,
           guint   removed,
           guint   added)
{
  PaydayItemsChange change = { position, removed, added };

  g_array_append_val (changes, change);
}

/* In-place: each run of positions written over is one change. */
static void
describe_over (Update              *u,
               PaydayScheduleDelta *delta)
{
  g_autoptr(GArray) all = g_array_copy (u->removed);
  guint run_start = 0, run_len = 0;

  g_array_append_vals (all, u->repriced->data, u->repriced->len);
  g_array_sort (all, compare_uint);

  for (guint k = 0; k < all->len; k++)
    {
      guint p = g_array_index (all, guint, k);

      if (run_len > 0 && p < run_start + run_len)
        continue;                       /* the same position twice */
      if (run_len > 0 && p == run_start + run_len)
        {
          run_len++;
          continue;
        }
      if (run_len > 0)
        add_range (delta->changes, run_start, run_len, run_len);
      run_start = p;
      run_len = 1;
    }
  if (run_len > 0)
    add_range (delta->changes, run_start, run_len, run_len);
}

/* Merged: one change from the first position that differs to the last, found from both
 * ends (positions before the first removed, repriced or inserted item are the same items in
 * both arrays, and likewise after the last). */
static void
describe_merge (Update              *u,
                guint                old_len,
                PaydayScheduleDelta *delta)
{
  guint new_len = u->schedule->items->len;
  gint64 first = G_MAXINT64, last_old = -1, last_new = -1;
  gint64 tail;

  if (u->removed->len > 0)
    {
      first = MIN (first, g_array_index (u->removed, guint, 0));
      last_old = MAX (last_old, g_array_index (u->removed, guint, u->removed->len - 1));
    }
  if (u->repriced->len > 0)
    {
      first = MIN (first, g_array_index (u->repriced, guint, 0));
      last_old = MAX (last_old, g_array_index (u->repriced, guint, u->repriced->len - 1));
    }
  if (u->inserted->len > 0)
    {
      first = MIN (first, g_array_index (u->inserted, guint, 0));
      last_new = g_array_index (u->inserted, guint, u->inserted->len - 1);
    }
  if (first == G_MAXINT64)
    return;

  tail = MIN ((gint64) old_len - 1 - last_old, (gint64) new_len - 1 - last_new);
  add_range (delta->changes, (guint) first, (guint) (old_len - first - tail),
             (guint) (new_len - first - tail));
}

/* The schedule computed anew, described as such. */
static PaydaySchedule *
update_full (PaydaySchedule      *schedule,
             PaydayPlan          *plan,
             PaydayRules         *rules,
             PaydayDate           today,
             PaydayScheduleDelta *delta)
{
  PaydaySchedule *fresh = payday_schedule_compute (plan, rules, today);

  if (delta != NULL)
    {
      payday_schedule_delta_set_full (delta, schedule->items->len, fresh->items->len);
      for (guint c = 0; c < plan->contracts->len; c++)
        g_array_append_val (delta->contracts, c);
    }
  payday_schedule_unref (schedule);

  return fresh;
}

/**
 * payday_schedule_delta_init:
 * @delta: (out caller-allocates): a delta
 */
void
payday_schedule_delta_init (PaydayScheduleDelta *delta)
{
  g_return_if_fail (delta != NULL);

  memset (delta, 0, sizeof *delta);
  delta->changes = g_array_new (FALSE, FALSE, sizeof (PaydayItemsChange));
  delta->contracts = g_array_new (FALSE, FALSE, sizeof (guint));
}

/**
 * payday_schedule_delta_set_full:
 * @removed: how many items there were
 * @added: how many there are
 *
 * Makes @delta say that everything changed: one range over every item. Its contracts are
 * left empty; a caller that lists them adds every contract.
 */
void
payday_schedule_delta_set_full (PaydayScheduleDelta *delta,
                                guint                removed,
                                guint                added)
{
  g_return_if_fail (delta != NULL && delta->changes != NULL);

  delta->full = TRUE;
  delta->released = TRUE;
  delta->renumbered = TRUE;
  g_array_set_size (delta->changes, 0);
  g_array_set_size (delta->contracts, 0);
  if (removed > 0 || added > 0)
    add_range (delta->changes, 0, removed, added);
}

void
payday_schedule_delta_clear (PaydayScheduleDelta *delta)
{
  g_return_if_fail (delta != NULL);

  g_clear_pointer (&delta->changes, g_array_unref);
  g_clear_pointer (&delta->contracts, g_array_unref);
}

/**
 * payday_schedule_update:
 * @schedule: (transfer full): the schedule of @plan before the edit
 * @plan: the same plan, changed in place by the edit
 * @rules: its rule set
 * @today: the day it is judged at
 * @changes: what the edit touched (payday_plan_edit_collect_changes())
 * @delta: (out caller-allocates) (optional): set up with payday_schedule_delta_init();
 *   filled with what changed
 *
 * The schedule of @plan after an edit: the same items, order and fees as
 * payday_schedule_compute() gives, recomputing only the contracts named in @changes and
 * the billing chains of their clients and of the clients named. When nobody else holds
 * @schedule it is changed in place and returned; otherwise it stays as it was and a
 * changed copy is returned. Anything the schedule cannot narrow down (another plan, rules
 * or day, the pinned edition or Top Rated date changed, contracts that changed without
 * being named) is computed anew.
 *
 * Returns: (transfer full): the schedule after the edit
 */
PaydaySchedule *
payday_schedule_update (PaydaySchedule          *schedule,
                        PaydayPlan              *plan,
                        PaydayRules             *rules,
                        PaydayDate               today,
                        const PaydayPlanChanges *changes,
                        PaydayScheduleDelta     *delta)
{
  Update u = { 0, };
  gboolean ok;
  guint old_len;
  guint old_n_contracts;

  g_return_val_if_fail (schedule != NULL, NULL);
  g_return_val_if_fail (plan != NULL, NULL);
  g_return_val_if_fail (rules != NULL, NULL);
  g_return_val_if_fail (changes != NULL, NULL);
  g_return_val_if_fail (delta == NULL || delta->changes != NULL, NULL);

  if (delta != NULL)
    {
      delta->full = FALSE;
      delta->released = FALSE;
      delta->renumbered = FALSE;
      g_array_set_size (delta->changes, 0);
      g_array_set_size (delta->contracts, 0);
    }

  if (schedule->index == NULL || schedule->plan != plan || schedule->rules != rules ||
      schedule->today != today || changes->everything ||
      schedule->index->rules_edition != plan->rules_edition ||
      schedule->index->top_rated_since != plan->profile.top_rated_since)
    return update_full (schedule, plan, rules, today, delta);

  if (changes->contracts->len == 0 && changes->clients->len == 0)
    return schedule;

  u.index = schedule->index;
  u.plan = plan;
  u.old_to_new = g_new (guint, MAX (schedule->index->contracts->len, 1));
  u.fresh = g_array_new (FALSE, FALSE, sizeof (guint));
  ok = reconcile (&u, changes);
  if (!ok)
    {
      g_free (u.old_to_new);
      g_array_unref (u.fresh);
      return update_full (schedule, plan, rules, today, delta);
    }

  schedule = writable (schedule);
  u.schedule = schedule;
  u.index = schedule->index;
  u.removed = g_array_new (FALSE, FALSE, sizeof (guint));
  u.items = g_array_new (FALSE, FALSE, sizeof (PaydayItem));
  u.chains = g_ptr_array_new_with_free_func (g_free);
  u.repriced = g_array_new (FALSE, FALSE, sizeof (guint));
  u.inserted = g_array_new (FALSE, FALSE, sizeof (guint));
  old_len = schedule->items->len;
  old_n_contracts = schedule->index->contracts->len;

  replace_records (&u);
  reprice_chains (&u, changes, delta);

  for (guint k = 0; k < u.items->len; k++)
    {
      PaydayItem *item = &g_array_index (u.items, PaydayItem, k);

      item->status = payday_schedule_item_status (item, today);
      payday_schedule_index_count (u.index, item, 1);
    }
  g_array_sort (u.items, payday_schedule_compare_final);

  if (place_over (&u))
    {
      for (guint k = 0; k < u.items->len; k++)
        {
          guint position = g_array_index (u.removed, guint, k);
          guint c = g_array_index (u.items, PaydayItem, k).contract_index;

          g_array_append_val (g_array_index (u.index->contracts, PaydayScheduleContract,
                                             c).positions, position);
        }
      if (delta != NULL)
        describe_over (&u, delta);
    }
  else
    {
      place_merge (&u);
      if (delta != NULL)
        describe_merge (&u, old_len, delta);
    }

  for (guint k = 0; k < u.fresh->len; k++)
    payday_schedule_index_released (&g_array_index (u.index->contracts, PaydayScheduleContract,
                                                    g_array_index (u.fresh, guint, k)),
                                    schedule->items);

  if (delta != NULL)
    {
      guint w = 0;

      g_array_append_vals (delta->contracts, u.fresh->data, u.fresh->len);
      g_array_sort (delta->contracts, compare_uint);
      for (guint k = 0; k < delta->contracts->len; k++)
        {
          guint c = g_array_index (delta->contracts, guint, k);

          if (w == 0 || c != g_array_index (delta->contracts, guint, w - 1))
            g_array_index (delta->contracts, guint, w++) = c;
        }
      g_array_set_size (delta->contracts, w);
      delta->released = u.fresh->len > 0 || u.removed->len > 0;
      delta->renumbered = u.moved || old_n_contracts != plan->contracts->len;
    }

  g_free (u.old_to_new);
  g_array_unref (u.fresh);
  g_array_unref (u.removed);
  g_array_unref (u.items);
  g_ptr_array_unref (u.chains);
  g_array_unref (u.repriced);
  g_array_unref (u.inserted);

  return schedule;
}
