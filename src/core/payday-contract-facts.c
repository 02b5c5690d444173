/* payday-contract-facts.c — what each contract comes to at today
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "payday-contract-facts.h"

static void
facts_of_contract (PaydayContractFacts  *facts,
                   const PaydayContract *c,
                   PaydayDate            today)
{
  PaydayDate monday = payday_date_monday_of (today);

  if (payday_date_is_set (c->end) && c->end <= today)
    facts->state = PAYDAY_CONTRACT_ENDED;
  else if (payday_date_is_set (c->start) && c->start > today)
    facts->state = PAYDAY_CONTRACT_STARTS_LATER;
  else
    facts->state = PAYDAY_CONTRACT_ACTIVE;

  facts->next_date = PAYDAY_DATE_NONE;

  if (c->type == PAYDAY_CONTRACT_HOURLY)
    {
      facts->amount_cents = c->rate_cents;
      for (guint i = 0; i < c->weeks->len; i++)
        if (g_array_index (c->weeks, PaydayWeek, i).week_start == monday)
          facts->week_hours += g_array_index (c->weeks, PaydayWeek, i).hours;
    }
  else
    {
      for (guint i = 0; i < c->milestones->len; i++)
        facts->amount_cents += g_array_index (c->milestones, PaydayMilestone, i).amount_cents;
    }
}

/* One item of the contract @f is about. */
static void
add_item (PaydayContractFacts *f,
          const PaydayItem    *item,
          PaydayDate           today)
{
  /* Not yet available: so the contracts add up to the Overview's status totals. */
  if (item->status != PAYDAY_STATUS_AVAILABLE)
    f->waiting_net += item->net_cents;

  if (item->available_on <= today)
    return;
  if (!payday_date_is_set (f->next_date) || item->available_on < f->next_date)
    {
      f->next_date = item->available_on;
      f->next_net = 0;
    }
  if (item->available_on == f->next_date)
    f->next_net += item->net_cents;
}

/**
 * payday_contract_facts_compute:
 * @schedule: the plan's schedule; its today is the facts' today
 *
 * One pass over the contracts and one over the schedule's items.
 *
 * Returns: (transfer full) (element-type PaydayContractFacts): one entry per contract of
 *   @plan, in the plan's order
 */
GArray *
payday_contract_facts_compute (const PaydayPlan     *plan,
                               const PaydaySchedule *schedule)
{
  guint n = plan->contracts->len;
  GArray *facts = g_array_sized_new (FALSE, TRUE, sizeof (PaydayContractFacts), n);
  PaydayDate today = schedule->today;

  g_array_set_size (facts, n);
  for (guint i = 0; i < n; i++)
    facts_of_contract (&g_array_index (facts, PaydayContractFacts, i),
                       &g_array_index (plan->contracts, PaydayContract, i), today);

  for (guint i = 0; i < schedule->items->len; i++)
    {
      const PaydayItem *item = &g_array_index (schedule->items, PaydayItem, i);

      if (item->contract_index < n)
        add_item (&g_array_index (facts, PaydayContractFacts, item->contract_index), item, today);
    }

  return facts;
}

/**
 * payday_contract_facts_update:
 * @facts: (transfer full) (nullable): the facts before the edit
 * @schedule: the plan's schedule after the edit
 * @delta: what payday_schedule_update() said changed
 *
 * The facts after an edit: those of the contracts whose items changed are computed again
 * from their items alone (the schedule keeps where each contract's items are), the others
 * kept. When the schedule was computed anew or contracts were inserted or removed, every
 * contract is.
 *
 * Returns: (transfer full) (element-type PaydayContractFacts): the facts after the edit
 */
GArray *
payday_contract_facts_update (GArray                    *facts,
                              const PaydayPlan          *plan,
                              const PaydaySchedule      *schedule,
                              const PaydayScheduleDelta *delta)
{
  g_return_val_if_fail (plan != NULL, NULL);
  g_return_val_if_fail (schedule != NULL, NULL);
  g_return_val_if_fail (delta != NULL, NULL);

  if (facts == NULL || delta->full || delta->renumbered || schedule->index == NULL ||
      facts->len != plan->contracts->len)
    {
      g_clear_pointer (&facts, g_array_unref);
      return payday_contract_facts_compute (plan, schedule);
    }

  for (guint k = 0; k < delta->contracts->len; k++)
    {
      guint c = g_array_index (delta->contracts, guint, k);
      PaydayContractFacts *f = &g_array_index (facts, PaydayContractFacts, c);
      const guint *positions;
      guint n_positions;

      memset (f, 0, sizeof *f);
      facts_of_contract (f, &g_array_index (plan->contracts, PaydayContract, c), schedule->today);
      positions = payday_schedule_get_contract_items (schedule, c, &n_positions);
      for (guint m = 0; m < n_positions; m++)
        add_item (f, &g_array_index (schedule->items, PaydayItem, positions[m]), schedule->today);
    }

  return facts;
}

/**
 * payday_contract_items:
 * @schedule: (nullable): a schedule
 * @contract_index: a contract of the plan the schedule was computed from
 * @kind: which of its parts: weeks, milestones or bonuses
 * @n_sources: how many of them the contract has
 *
 * What each week, milestone or bonus of one contract pays and when.
 *
 * Returns: (transfer container): @n_sources items, by the part's index; %NULL where the
 *   part pays nothing. Free with g_free().
 */
const PaydayItem **
payday_contract_items (const PaydaySchedule *schedule,
                       guint                 contract_index,
                       PaydayItemKind        kind,
                       guint                 n_sources)
{
  const PaydayItem **items = g_new0 (const PaydayItem *, n_sources + 1);

  for (guint i = 0; schedule != NULL && n_sources > 0 && i < schedule->items->len; i++)
    {
      const PaydayItem *item = &g_array_index (schedule->items, PaydayItem, i);

      if (item->kind == kind && item->contract_index == contract_index &&
          item->source_index >= 0 && (guint) item->source_index < n_sources)
        items[item->source_index] = item;
    }

  return items;
}

/**
 * payday_contract_state_get_title:
 *
 * The contract's own state; money states are payday_status_get_title()'s.
 *
 * Returns: "Active", "Ended" or "Starts later", translated
 */
const char *
payday_contract_state_get_title (PaydayContractState state)
{
  switch (state)
    {
    case PAYDAY_CONTRACT_ENDED:
      return _("Ended");
    case PAYDAY_CONTRACT_STARTS_LATER:
      return _("Starts later");
    case PAYDAY_CONTRACT_ACTIVE:
    default:
      return _("Active");
    }
}
