/* payday-schedule-index.c — what a schedule remembers to update itself and to answer
 *                           per contract and per day without a pass over its items
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "payday-schedule-private.h"

void
payday_schedule_contract_clear (PaydayScheduleContract *record)
{
  g_clear_pointer (&record->id, g_free);
  g_clear_pointer (&record->key, g_free);
  g_clear_pointer (&record->positions, g_array_unref);
  g_clear_pointer (&record->released, g_array_unref);
}

/* Remembers @contract's id and billing key; positions and release days come later. */
void
payday_schedule_contract_set (PaydayScheduleContract *record,
                              const PaydayContract   *contract)
{
  memset (record, 0, sizeof *record);
  record->id = g_strdup (contract->id);
  record->own = contract->client == NULL;
  record->key = g_strdup (record->own ? contract->id : contract->client);
  record->positions = g_array_new (FALSE, FALSE, sizeof (guint));
  record->released = g_array_new (FALSE, FALSE, sizeof (PaydayReleaseCum));
}

static PaydayScheduleIndex *
index_alloc (PaydayDate today,
             guint      n_contracts)
{
  PaydayScheduleIndex *index = g_new0 (PaydayScheduleIndex, 1);

  index->contracts = g_array_sized_new (FALSE, FALSE, sizeof (PaydayScheduleContract),
                                        n_contracts);
  g_array_set_clear_func (index->contracts, (GDestroyNotify) payday_schedule_contract_clear);
  index->day_lo = today - PAYDAY_SCHEDULE_RELEASE_SPAN_DAYS;
  index->n_days = 2 * PAYDAY_SCHEDULE_RELEASE_SPAN_DAYS + 1;
  index->day_gross = g_new0 (PaydayCents, index->n_days);
  index->day_items = g_new0 (guint, index->n_days);
  index->rules_edition = PAYDAY_DATE_NONE;
  index->top_rated_since = PAYDAY_DATE_NONE;

  return index;
}

/* An index for @plan's contracts, without items yet (payday_schedule_index_fill()). */
PaydayScheduleIndex *
payday_schedule_index_new (PaydayPlan *plan,
                           PaydayDate  today)
{
  PaydayScheduleIndex *index = index_alloc (today, plan->contracts->len);

  g_array_set_size (index->contracts, plan->contracts->len);
  for (guint c = 0; c < plan->contracts->len; c++)
    payday_schedule_contract_set (&g_array_index (index->contracts, PaydayScheduleContract, c),
                                  &g_array_index (plan->contracts, PaydayContract, c));
  index->rules_edition = plan->rules_edition;
  index->top_rated_since = plan->profile.top_rated_since;

  return index;
}

PaydayScheduleIndex *
payday_schedule_index_copy (const PaydayScheduleIndex *index)
{
  PaydayScheduleIndex *copy = g_new0 (PaydayScheduleIndex, 1);

  *copy = *index;
  copy->day_gross = g_memdup2 (index->day_gross, sizeof (PaydayCents) * index->n_days);
  copy->day_items = g_memdup2 (index->day_items, sizeof (guint) * index->n_days);
  copy->contracts = g_array_sized_new (FALSE, FALSE, sizeof (PaydayScheduleContract),
                                       index->contracts->len);
  g_array_set_clear_func (copy->contracts, (GDestroyNotify) payday_schedule_contract_clear);
  for (guint c = 0; c < index->contracts->len; c++)
    {
      const PaydayScheduleContract *from = &g_array_index (index->contracts,
                                                           PaydayScheduleContract, c);
      PaydayScheduleContract record = *from;

      record.id = g_strdup (from->id);
      record.key = g_strdup (from->key);
      record.positions = g_array_copy (from->positions);
      record.released = g_array_copy (from->released);
      g_array_append_val (copy->contracts, record);
    }

  return copy;
}

void
payday_schedule_index_free (PaydayScheduleIndex *index)
{
  if (index == NULL)
    return;

  g_array_unref (index->contracts);
  g_free (index->day_gross);
  g_free (index->day_items);
  g_free (index);
}

/* Adds (@sign 1) or takes away (-1) @item's net from the totals and its gross from the
 * day it is released. */
void
payday_schedule_index_count (PaydayScheduleIndex *index,
                             const PaydayItem    *item,
                             int                  sign)
{
  gint64 day;

  index->totals[item->status] += sign * item->net_cents;

  if (!payday_date_is_set (item->released_on))
    return;
  day = (gint64) item->released_on - index->day_lo;
  if (day >= 0 && day < index->n_days)
    {
      index->day_gross[day] += sign * item->gross_cents;
      index->day_items[day] += sign;
    }
}

/* Every record's positions, from two passes over the sorted items: counting first, so each
 * array is sized once. */
void
payday_schedule_index_positions (PaydayScheduleIndex *index,
                                 const GArray        *items)
{
  GArray *records = index->contracts;
  g_autofree guint *filled = g_new0 (guint, MAX (records->len, 1));

  for (guint i = 0; i < items->len; i++)
    {
      guint c = g_array_index (items, PaydayItem, i).contract_index;

      g_assert (c < records->len);
      filled[c]++;
    }
  for (guint c = 0; c < records->len; c++)
    {
      g_array_set_size (g_array_index (records, PaydayScheduleContract, c).positions, filled[c]);
      filled[c] = 0;
    }

  for (guint i = 0; i < items->len; i++)
    {
      guint c = g_array_index (items, PaydayItem, i).contract_index;
      GArray *positions = g_array_index (records, PaydayScheduleContract, c).positions;

      g_array_index (positions, guint, filled[c]++) = i;
    }
}

/* @record's release days from its items: by day, then summed up. Its items come in the
 * schedule's order, by available_on, which is by release day but for the different holds
 * of kinds and editions: an insertion sort has little to move. */
void
payday_schedule_index_released (PaydayScheduleContract *record,
                                const GArray           *items)
{
  GArray *released = record->released;
  PaydayReleaseCum *days;
  guint n = 0;

  g_array_set_size (released, record->positions->len);
  days = (PaydayReleaseCum *) (gpointer) released->data;

  for (guint k = 0; k < record->positions->len; k++)
    {
      const PaydayItem *item = &g_array_index (items, PaydayItem,
                                               g_array_index (record->positions, guint, k));
      PaydayReleaseCum entry = { item->released_on, item->gross_cents };
      guint j = n;

      if (!payday_date_is_set (item->released_on))
        continue;

      while (j > 0 && days[j - 1].day > entry.day)
        {
          days[j] = days[j - 1];
          j--;
        }
      days[j] = entry;
      n++;
    }

  g_array_set_size (released, n);
  for (guint j = 1; j < n; j++)
    days[j].cum += days[j - 1].cum;
}

/* Positions, release days, totals and released gross per day of sorted @items. */
void
payday_schedule_index_fill (PaydayScheduleIndex *index,
                            const GArray        *items)
{
  payday_schedule_index_positions (index, items);
  for (guint c = 0; c < index->contracts->len; c++)
    payday_schedule_index_released (&g_array_index (index->contracts, PaydayScheduleContract, c),
                                    items);

  memset (index->totals, 0, sizeof index->totals);
  memset (index->day_gross, 0, sizeof (PaydayCents) * index->n_days);
  memset (index->day_items, 0, sizeof (guint) * index->n_days);
  for (guint i = 0; i < items->len; i++)
    payday_schedule_index_count (index, &g_array_index (items, PaydayItem, i), 1);
}

/**
 * payday_schedule_index_build:
 * @n_contracts: how many contracts the items refer to; items of others are left out
 *
 * An index for a schedule that has none (one built by hand): positions, release days and
 * totals, without the ids that only an update needs.
 *
 * Returns: (transfer full): the index
 */
PaydayScheduleIndex *
payday_schedule_index_build (const PaydaySchedule *schedule,
                             guint                 n_contracts)
{
  PaydayScheduleIndex *index = index_alloc (schedule->today, n_contracts);
  g_autoptr(GArray) items = g_array_new (FALSE, FALSE, sizeof (PaydayItem));

  g_array_set_size (index->contracts, n_contracts);
  for (guint c = 0; c < n_contracts; c++)
    {
      PaydayScheduleContract *record = &g_array_index (index->contracts,
                                                       PaydayScheduleContract, c);

      memset (record, 0, sizeof *record);
      record->positions = g_array_new (FALSE, FALSE, sizeof (guint));
      record->released = g_array_new (FALSE, FALSE, sizeof (PaydayReleaseCum));
    }

  for (guint i = 0; i < schedule->items->len; i++)
    {
      const PaydayItem *item = &g_array_index (schedule->items, PaydayItem, i);

      if (item->contract_index < n_contracts)
        g_array_append_vals (items, item, 1);
    }
  payday_schedule_index_fill (index, items);

  return index;
}

/**
 * payday_schedule_get_contract_items:
 * @contract_index: a contract of the schedule's plan
 * @n_items: (out): how many
 *
 * The items of one contract without a pass over the whole schedule.
 *
 * Returns: (transfer none) (array length=n_items) (nullable): positions in
 *   @schedule->items, ascending; %NULL when the contract has no items
 */
const guint *
payday_schedule_get_contract_items (const PaydaySchedule *schedule,
                                    guint                 contract_index,
                                    guint                *n_items)
{
  const PaydayScheduleContract *record;

  g_return_val_if_fail (schedule != NULL, NULL);
  g_return_val_if_fail (n_items != NULL, NULL);

  *n_items = 0;
  if (schedule->index == NULL || contract_index >= schedule->index->contracts->len)
    return NULL;

  record = &g_array_index (schedule->index->contracts, PaydayScheduleContract, contract_index);
  *n_items = record->positions->len;
  return *n_items > 0 ? (const guint *) (gpointer) record->positions->data : NULL;
}
