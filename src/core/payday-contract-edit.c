/* payday-contract-edit.c — what the editors share: ids, look-ups, new weeks, validation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "payday-error.h"
#include "payday-plan-edit.h"

/**
 * payday_client_clear:
 *
 * Frees what a client owns (a copy made by payday_client_copy_into()).
 */
void
payday_client_clear (PaydayClient *client)
{
  g_clear_pointer (&client->id, g_free);
  g_clear_pointer (&client->name, g_free);
  g_clear_pointer (&client->extra, json_object_unref);
}

void
payday_proposal_clear (PaydayProposal *proposal)
{
  g_clear_pointer (&proposal->id, g_free);
  g_clear_pointer (&proposal->title, g_free);
  g_clear_pointer (&proposal->client, g_free);
  g_clear_pointer (&proposal->contract, g_free);
  g_clear_pointer (&proposal->extra, json_object_unref);
}

static char *
new_id (const char *prefix,
        gboolean  (*taken) (gconstpointer data, const char *id),
        gconstpointer data,
        guint       hint)
{
  for (guint n = hint + 1;; n++)
    {
      char *id = g_strdup_printf ("%s%u", prefix, n);

      if (!taken (data, id))
        return id;
      g_free (id);
    }
}

gint
payday_plan_find_contract_index (const PaydayPlan *plan,
                                 const char       *id)
{
  g_return_val_if_fail (plan != NULL, -1);

  for (guint i = 0; id != NULL && i < plan->contracts->len; i++)
    if (g_strcmp0 (g_array_index (plan->contracts, PaydayContract, i).id, id) == 0)
      return i;
  return -1;
}

gint
payday_plan_find_proposal_index (const PaydayPlan *plan,
                                 const char       *id)
{
  g_return_val_if_fail (plan != NULL, -1);

  for (guint i = 0; id != NULL && i < plan->proposals->len; i++)
    if (g_strcmp0 (g_array_index (plan->proposals, PaydayProposal, i).id, id) == 0)
      return i;
  return -1;
}

gint
payday_plan_find_client_index (const PaydayPlan *plan,
                               const char       *id)
{
  g_return_val_if_fail (plan != NULL, -1);

  for (guint i = 0; id != NULL && i < plan->clients->len; i++)
    if (g_strcmp0 (g_array_index (plan->clients, PaydayClient, i).id, id) == 0)
      return i;
  return -1;
}

/**
 * payday_plan_client_in_use:
 *
 * Returns: whether a contract or a proposal refers to the client @id (it cannot be
 *   removed then: references must resolve)
 */
gboolean
payday_plan_client_in_use (const PaydayPlan *plan,
                           const char       *id)
{
  g_return_val_if_fail (plan != NULL, FALSE);

  for (guint i = 0; i < plan->contracts->len; i++)
    if (g_strcmp0 (g_array_index (plan->contracts, PaydayContract, i).client, id) == 0)
      return TRUE;
  for (guint i = 0; i < plan->proposals->len; i++)
    if (g_strcmp0 (g_array_index (plan->proposals, PaydayProposal, i).client, id) == 0)
      return TRUE;
  return FALSE;
}

/**
 * payday_plan_contract_in_use:
 *
 * Returns: whether a proposal refers to the contract @id (removing it would leave the
 *   proposal's reference dangling, which the loader refuses)
 */
gboolean
payday_plan_contract_in_use (const PaydayPlan *plan,
                             const char       *id)
{
  g_return_val_if_fail (plan != NULL, FALSE);

  for (guint i = 0; i < plan->proposals->len; i++)
    if (g_strcmp0 (g_array_index (plan->proposals, PaydayProposal, i).contract, id) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
contract_taken (gconstpointer data,
                const char   *id)
{
  return payday_plan_find_contract_index (data, id) >= 0;
}

static gboolean
client_taken (gconstpointer data,
              const char   *id)
{
  return payday_plan_find_client_index (data, id) >= 0;
}

static gboolean
milestone_taken (gconstpointer data,
                 const char   *id)
{
  const PaydayContract *c = data;

  for (guint i = 0; i < c->milestones->len; i++)
    if (g_strcmp0 (g_array_index (c->milestones, PaydayMilestone, i).id, id) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
bonus_taken (gconstpointer data,
             const char   *id)
{
  const PaydayContract *c = data;

  for (guint i = 0; i < c->bonuses->len; i++)
    if (g_strcmp0 (g_array_index (c->bonuses, PaydayBonus, i).id, id) == 0)
      return TRUE;
  return FALSE;
}

/**
 * payday_plan_new_contract_id:
 *
 * Returns: (transfer full): an id no contract of @plan has ("c1", "c2", …)
 */
char *
payday_plan_new_contract_id (const PaydayPlan *plan)
{
  g_return_val_if_fail (plan != NULL, NULL);

  return new_id ("c", contract_taken, plan, plan->contracts->len);
}

/**
 * payday_plan_new_client_id:
 *
 * Returns: (transfer full): an id no client of @plan has ("client1", …)
 */
char *
payday_plan_new_client_id (const PaydayPlan *plan)
{
  g_return_val_if_fail (plan != NULL, NULL);

  return new_id ("client", client_taken, plan, plan->clients->len);
}

char *
payday_contract_new_milestone_id (const PaydayContract *contract)
{
  g_return_val_if_fail (contract != NULL, NULL);

  return new_id ("m", milestone_taken, contract, contract->milestones->len);
}

char *
payday_contract_new_bonus_id (const PaydayContract *contract)
{
  g_return_val_if_fail (contract != NULL, NULL);

  return new_id ("b", bonus_taken, contract, contract->bonuses->len);
}

/**
 * payday_contract_next_week_start:
 * @today: the plan's today
 *
 * The week "Add next week" adds: the Monday after the latest logged week; with no weeks,
 * the Monday of the contract's start, or of @today when the start is unset.
 */
PaydayDate
payday_contract_next_week_start (const PaydayContract *contract,
                                 PaydayDate            today)
{
  PaydayDate last = PAYDAY_DATE_NONE;

  g_return_val_if_fail (contract != NULL, PAYDAY_DATE_NONE);

  for (guint i = 0; i < contract->weeks->len; i++)
    {
      PaydayDate d = g_array_index (contract->weeks, PaydayWeek, i).week_start;

      if (!payday_date_is_set (last) || d > last)
        last = d;
    }

  if (payday_date_is_set (last))
    return payday_date_monday_of (last) + 7;
  if (payday_date_is_set (contract->start))
    return payday_date_monday_of (contract->start);
  return payday_date_monday_of (today);
}

/**
 * payday_contract_add_week:
 * @week_start: a Monday
 *
 * Adds an empty week (no hours, outcome pending) in date order.
 *
 * Returns: the new week's index in contract->weeks
 */
guint
payday_contract_add_week (PaydayContract *contract,
                          PaydayDate      week_start)
{
  PaydayWeek week = { 0, };
  guint i;

  g_return_val_if_fail (contract != NULL, 0);
  g_return_val_if_fail (payday_date_weekday (week_start) == 1, 0);

  week.week_start = week_start;
  week.dispute_outcome = PAYDAY_DISPUTE_PENDING;

  for (i = 0; i < contract->weeks->len; i++)
    if (g_array_index (contract->weeks, PaydayWeek, i).week_start > week_start)
      break;
  g_array_insert_val (contract->weeks, i, week);

  return i;
}

#define MAX_WEEK_HOURS 16800            /* 168 hours, in hundredths */

static gboolean
refuse (GError     **error,
        const char  *format,
        ...) G_GNUC_PRINTF (2, 3);

static gboolean
refuse (GError     **error,
        const char  *format,
        ...)
{
  va_list args;
  g_autofree char *message = NULL;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error_literal (error, PAYDAY_ERROR, PAYDAY_ERROR_INVALID, message);
  return FALSE;
}

/**
 * payday_contract_validate:
 * @error: (optional): why the contract is refused, as a sentence for the user
 *
 * The rules of docs/plan-format.md that one contract's own values must keep, so an edit
 * never makes a plan the loader would refuse: dates in order, weeks on Mondays, once each
 * and inside the contract, parts of hours within the hours, paid amounts within the
 * amounts, nothing negative or out of range.
 *
 * Returns: %TRUE when @contract keeps them
 */
gboolean
payday_contract_validate (const PaydayContract  *c,
                          GError               **error)
{
  char a[PAYDAY_DATE_BUF], b[PAYDAY_DATE_BUF];

  g_return_val_if_fail (c != NULL, FALSE);

  if (payday_date_is_set (c->start) && payday_date_is_set (c->end) && c->end < c->start)
    return refuse (error, _("The end date %s is before the start %s"),
                   payday_date_format (c->end, a), payday_date_format (c->start, b));
  if (c->rate_cents < 0 || c->rate_cents > PAYDAY_CENTS_MAX)
    return refuse (error, _("The rate is out of range"));
  if (c->weekly_limit_hours != PAYDAY_NONE &&
      (c->weekly_limit_hours < 0 || c->weekly_limit_hours > MAX_WEEK_HOURS))
    return refuse (error, _("A weekly limit is at most 168 hours"));
  if (c->planned_hours_per_week != PAYDAY_NONE &&
      (c->planned_hours_per_week < 0 || c->planned_hours_per_week > MAX_WEEK_HOURS))
    return refuse (error, _("Planned hours are at most 168 a week"));

  if (c->upwork_id != NULL && *c->upwork_id == '\0')
    return refuse (error, _("An Upwork contract id cannot be empty"));

  for (guint i = 0; i < c->weeks->len; i++)
    {
      const PaydayWeek *w = &g_array_index (c->weeks, PaydayWeek, i);

      payday_date_format (w->week_start, a);
      if (w->has_billed && (w->billed_cents < 0 || w->billed_cents > PAYDAY_CENTS_MAX))
        return refuse (error, _("The amount billed for the week of %s is out of range"), a);
      if (payday_date_weekday (w->week_start) != 1)
        return refuse (error, _("The week of %s does not start on a Monday"), a);
      for (guint j = 0; j < i; j++)
        if (g_array_index (c->weeks, PaydayWeek, j).week_start == w->week_start)
          return refuse (error, _("The week of %s is logged twice"), a);
      if (payday_date_is_set (c->start) && w->week_start + 6 < c->start)
        return refuse (error, _("The week of %s ends before the contract's start %s"),
                       a, payday_date_format (c->start, b));
      if (payday_date_is_set (c->end) && w->week_start > c->end)
        return refuse (error, _("The week of %s starts after the contract's end %s"),
                       a, payday_date_format (c->end, b));
      if (w->hours < 0 || w->hours > MAX_WEEK_HOURS)
        return refuse (error, _("The week of %s has more than 168 hours"), a);
      if (w->manual_hours < 0 || w->manual_hours > w->hours ||
          w->disputed_hours < 0 || w->disputed_hours > w->hours)
        return refuse (error, _("Manual and disputed hours are parts of the week's hours"));
    }

  for (guint i = 0; i < c->milestones->len; i++)
    {
      const PaydayMilestone *m = &g_array_index (c->milestones, PaydayMilestone, i);

      if (m->amount_cents < 0 || m->amount_cents > PAYDAY_CENTS_MAX)
        return refuse (error, _("A milestone amount is out of range"));
      if (m->paid_cents != PAYDAY_NONE && (m->paid_cents < 0 || m->paid_cents > m->amount_cents))
        return refuse (error, _("The paid amount is more than the milestone's amount"));
      if (payday_date_is_set (m->submitted) && payday_date_is_set (m->approved) &&
          m->approved < m->submitted)
        return refuse (error, _("A milestone cannot be approved before it is submitted"));
    }

  for (guint i = 0; i < c->bonuses->len; i++)
    {
      const PaydayBonus *bonus = &g_array_index (c->bonuses, PaydayBonus, i);

      if (bonus->amount_cents < 0 || bonus->amount_cents > PAYDAY_CENTS_MAX)
        return refuse (error, _("A bonus amount is out of range"));
      if (!payday_date_is_set (bonus->date))
        return refuse (error, _("A bonus needs a date"));
    }

  return TRUE;
}
