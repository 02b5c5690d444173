/* payday-plan-edit.c — edits of a plan as commands that can be undone and redone
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "payday-error.h"
#include "payday-plan-edit.h"

typedef enum
{
  TARGET_CONTRACT,
  TARGET_CLIENT,
  TARGET_PROPOSAL,
} Target;

static const gsize target_size[] = {
  sizeof (PaydayContract), sizeof (PaydayClient), sizeof (PaydayProposal),
};

/* One step: the entity at @index was @before (NULL: it did not exist) and became @after
 * (NULL: it was removed). Both are private deep copies. */
typedef struct
{
  Target   target;
  guint    index;
  gpointer before;
  gpointer after;
} Step;

struct _PaydayPlanEdit
{
  char   *label;
  GArray *steps;                        /* Step */
};

struct _PaydayPlanHistory
{
  GPtrArray *edits;                     /* PaydayPlanEdit, oldest first */
  guint      position;                  /* edits below it are applied */
  gint64     saved;                     /* the position last saved, -1 = unreachable */
};

/* Copies @value into @dst (uninitialised memory of the target's size). */
static void
copy_into (Target        target,
           gpointer      dst,
           gconstpointer value)
{
  switch (target)
    {
    case TARGET_CONTRACT: payday_contract_copy_into (dst, value); break;
    case TARGET_CLIENT: payday_client_copy_into (dst, value); break;
    case TARGET_PROPOSAL: payday_proposal_copy_into (dst, value); break;
    default: g_assert_not_reached ();
    }
}

static gpointer
snapshot (Target        target,
          gconstpointer value)
{
  gpointer copy = g_malloc (target_size[target]);

  copy_into (target, copy, value);
  return copy;
}

static void
snapshot_free (Target   target,
               gpointer value)
{
  if (value == NULL)
    return;

  switch (target)
    {
    case TARGET_CONTRACT: payday_contract_clear (value); break;
    case TARGET_CLIENT: payday_client_clear (value); break;
    case TARGET_PROPOSAL: payday_proposal_clear (value); break;
    default: g_assert_not_reached ();
    }
  g_free (value);
}

static void
step_clear (Step *step)
{
  snapshot_free (step->target, step->before);
  snapshot_free (step->target, step->after);
}

static GArray *
target_array (PaydayPlan *plan,
              Target      target)
{
  switch (target)
    {
    case TARGET_CONTRACT: return plan->contracts;
    case TARGET_CLIENT: return plan->clients;
    case TARGET_PROPOSAL: return plan->proposals;
    default: g_assert_not_reached ();
    }
}

/* Makes the entity at @index @from's successor @to: removes, inserts or replaces a copy.
 * The arrays' clear functions free what is removed. */
static void
step_move (PaydayPlan    *plan,
           Target         target,
           guint          index,
           gconstpointer  from,
           gconstpointer  to)
{
  GArray *array = target_array (plan, target);

  if (from != NULL)
    {
      g_assert (index < array->len);
      g_array_remove_index (array, index);
    }

  if (to != NULL)
    {
      union { PaydayContract contract; PaydayClient client; PaydayProposal proposal; } copy;

      g_assert (index <= array->len);
      copy_into (target, &copy, to);
      g_array_insert_vals (array, index, &copy, 1);
    }
}

static void
record (PaydayPlanEdit *edit,
        PaydayPlan     *plan,
        Target          target,
        guint           index,
        gboolean        had_before,
        gconstpointer   after)
{
  GArray *array = target_array (plan, target);
  gsize size = target_size[target];
  Step step = { target, index, NULL, NULL };

  if (had_before)
    step.before = snapshot (target, array->data + index * size);
  if (after != NULL)
    step.after = snapshot (target, after);

  /* @after may point into @array (an entity edited in place): copy before moving. */
  step_move (plan, target, index, step.before, step.after);
  g_array_append_val (edit->steps, step);
}

/**
 * payday_plan_edit_new:
 * @label: what the edit does, for "Undo …" (a translated sentence fragment)
 *
 * Returns: (transfer full): an empty edit
 */
PaydayPlanEdit *
payday_plan_edit_new (const char *label)
{
  PaydayPlanEdit *edit = g_new0 (PaydayPlanEdit, 1);

  edit->label = g_strdup (label);
  edit->steps = g_array_new (FALSE, FALSE, sizeof (Step));
  g_array_set_clear_func (edit->steps, (GDestroyNotify) step_clear);

  return edit;
}

void
payday_plan_edit_free (PaydayPlanEdit *edit)
{
  if (edit == NULL)
    return;

  g_array_unref (edit->steps);
  g_free (edit->label);
  g_free (edit);
}

const char *
payday_plan_edit_get_label (const PaydayPlanEdit *edit)
{
  g_return_val_if_fail (edit != NULL, NULL);

  return edit->label;
}

guint
payday_plan_edit_get_n_steps (const PaydayPlanEdit *edit)
{
  g_return_val_if_fail (edit != NULL, 0);

  return edit->steps->len;
}

/**
 * payday_plan_edit_replace_contract:
 * @contract: the new value; copied (it may be the plan's own element or a copy of it)
 *
 * Replaces the contract at @index in @plan now and records the step.
 */
void
payday_plan_edit_replace_contract (PaydayPlanEdit       *edit,
                                   PaydayPlan           *plan,
                                   guint                 index,
                                   const PaydayContract *contract)
{
  g_return_if_fail (edit != NULL && plan != NULL && contract != NULL);
  g_return_if_fail (index < plan->contracts->len);

  record (edit, plan, TARGET_CONTRACT, index, TRUE, contract);
}

/**
 * payday_plan_edit_insert_contract:
 * @index: where, at most the number of contracts
 * @contract: the new contract, copied
 */
void
payday_plan_edit_insert_contract (PaydayPlanEdit       *edit,
                                  PaydayPlan           *plan,
                                  guint                 index,
                                  const PaydayContract *contract)
{
  g_return_if_fail (edit != NULL && plan != NULL && contract != NULL);
  g_return_if_fail (index <= plan->contracts->len);

  record (edit, plan, TARGET_CONTRACT, index, FALSE, contract);
}

void
payday_plan_edit_remove_contract (PaydayPlanEdit *edit,
                                  PaydayPlan     *plan,
                                  guint           index)
{
  g_return_if_fail (edit != NULL && plan != NULL);
  g_return_if_fail (index < plan->contracts->len);

  record (edit, plan, TARGET_CONTRACT, index, TRUE, NULL);
}

/**
 * payday_plan_edit_replace_proposal:
 * @proposal: the new value, copied
 */
void
payday_plan_edit_replace_proposal (PaydayPlanEdit       *edit,
                                   PaydayPlan           *plan,
                                   guint                 index,
                                   const PaydayProposal *proposal)
{
  g_return_if_fail (edit != NULL && plan != NULL && proposal != NULL);
  g_return_if_fail (index < plan->proposals->len);

  record (edit, plan, TARGET_PROPOSAL, index, TRUE, proposal);
}

/**
 * payday_plan_edit_remove_contract_unlinked:
 *
 * Removes the contract at @index, and first unlinks the proposals that led to it (their
 * `contract` becomes null), so every reference still resolves. Undo restores both.
 */
void
payday_plan_edit_remove_contract_unlinked (PaydayPlanEdit *edit,
                                           PaydayPlan     *plan,
                                           guint           index)
{
  const char *id;

  g_return_if_fail (edit != NULL && plan != NULL);
  g_return_if_fail (index < plan->contracts->len);

  id = g_array_index (plan->contracts, PaydayContract, index).id;
  for (guint i = 0; i < plan->proposals->len; i++)
    {
      const PaydayProposal *p = &g_array_index (plan->proposals, PaydayProposal, i);

      if (g_strcmp0 (p->contract, id) == 0)
        {
          PaydayProposal copy;

          payday_proposal_copy_into (&copy, p);
          g_clear_pointer (&copy.contract, g_free);
          payday_plan_edit_replace_proposal (edit, plan, i, &copy);
          payday_proposal_clear (&copy);
        }
    }

  record (edit, plan, TARGET_CONTRACT, index, TRUE, NULL);
}

void
payday_plan_edit_replace_client (PaydayPlanEdit     *edit,
                                 PaydayPlan         *plan,
                                 guint               index,
                                 const PaydayClient *client)
{
  g_return_if_fail (edit != NULL && plan != NULL && client != NULL);
  g_return_if_fail (index < plan->clients->len);

  record (edit, plan, TARGET_CLIENT, index, TRUE, client);
}

void
payday_plan_edit_insert_client (PaydayPlanEdit     *edit,
                                PaydayPlan         *plan,
                                guint               index,
                                const PaydayClient *client)
{
  g_return_if_fail (edit != NULL && plan != NULL && client != NULL);
  g_return_if_fail (index <= plan->clients->len);

  record (edit, plan, TARGET_CLIENT, index, FALSE, client);
}

void
payday_plan_edit_remove_client (PaydayPlanEdit *edit,
                                PaydayPlan     *plan,
                                guint           index)
{
  g_return_if_fail (edit != NULL && plan != NULL);
  g_return_if_fail (index < plan->clients->len);

  record (edit, plan, TARGET_CLIENT, index, TRUE, NULL);
}

static void
edit_revert (const PaydayPlanEdit *edit,
             PaydayPlan           *plan)
{
  for (guint i = edit->steps->len; i > 0; i--)
    {
      const Step *step = &g_array_index (edit->steps, Step, i - 1);

      step_move (plan, step->target, step->index, step->after, step->before);
    }
}

static void
edit_apply (const PaydayPlanEdit *edit,
            PaydayPlan           *plan)
{
  for (guint i = 0; i < edit->steps->len; i++)
    {
      const Step *step = &g_array_index (edit->steps, Step, i);

      step_move (plan, step->target, step->index, step->before, step->after);
    }
}

/**
 * payday_plan_history_new:
 *
 * Returns: (transfer full): an empty history whose saved position is its start
 */
PaydayPlanHistory *
payday_plan_history_new (void)
{
  PaydayPlanHistory *history = g_new0 (PaydayPlanHistory, 1);

  history->edits = g_ptr_array_new_with_free_func ((GDestroyNotify) payday_plan_edit_free);

  return history;
}

void
payday_plan_history_free (PaydayPlanHistory *history)
{
  if (history == NULL)
    return;

  g_ptr_array_unref (history->edits);
  g_free (history);
}

/**
 * payday_plan_history_push:
 * @edit: (transfer full): an edit already applied to the plan
 *
 * Adds @edit after the current position, dropping the edits that were undone. An edit
 * with no steps is freed and not added.
 */
void
payday_plan_history_push (PaydayPlanHistory *history,
                          PaydayPlanEdit    *edit)
{
  g_return_if_fail (history != NULL);
  g_return_if_fail (edit != NULL);

  if (edit->steps->len == 0)
    {
      payday_plan_edit_free (edit);
      return;
    }

  if (history->position < history->edits->len)
    g_ptr_array_remove_range (history->edits, history->position,
                              history->edits->len - history->position);
  if (history->saved > history->position)
    history->saved = -1;

  g_ptr_array_add (history->edits, edit);
  history->position++;
}

/**
 * payday_plan_history_undo:
 * @plan: the plan the edits were applied to
 *
 * Reverts the last applied edit.
 *
 * Returns: %FALSE when there was nothing to undo
 */
gboolean
payday_plan_history_undo (PaydayPlanHistory *history,
                          PaydayPlan        *plan)
{
  g_return_val_if_fail (history != NULL, FALSE);
  g_return_val_if_fail (plan != NULL, FALSE);

  if (history->position == 0)
    return FALSE;

  history->position--;
  edit_revert (g_ptr_array_index (history->edits, history->position), plan);

  return TRUE;
}

/**
 * payday_plan_history_redo:
 *
 * Applies again the last undone edit.
 *
 * Returns: %FALSE when there was nothing to redo
 */
gboolean
payday_plan_history_redo (PaydayPlanHistory *history,
                          PaydayPlan        *plan)
{
  g_return_val_if_fail (history != NULL, FALSE);
  g_return_val_if_fail (plan != NULL, FALSE);

  if (history->position >= history->edits->len)
    return FALSE;

  edit_apply (g_ptr_array_index (history->edits, history->position), plan);
  history->position++;

  return TRUE;
}

gboolean
payday_plan_history_can_undo (const PaydayPlanHistory *history)
{
  g_return_val_if_fail (history != NULL, FALSE);

  return history->position > 0;
}

gboolean
payday_plan_history_can_redo (const PaydayPlanHistory *history)
{
  g_return_val_if_fail (history != NULL, FALSE);

  return history->position < history->edits->len;
}

const char *
payday_plan_history_get_undo_label (const PaydayPlanHistory *history)
{
  g_return_val_if_fail (history != NULL, NULL);

  if (history->position == 0)
    return NULL;
  return payday_plan_edit_get_label (g_ptr_array_index (history->edits, history->position - 1));
}

const char *
payday_plan_history_get_redo_label (const PaydayPlanHistory *history)
{
  g_return_val_if_fail (history != NULL, NULL);

  if (history->position >= history->edits->len)
    return NULL;
  return payday_plan_edit_get_label (g_ptr_array_index (history->edits, history->position));
}

/**
 * payday_plan_history_get_position:
 *
 * Returns: how many edits are applied; pass it to payday_plan_history_mark_saved() once
 *   the plan as it was at that position is written
 */
guint
payday_plan_history_get_position (const PaydayPlanHistory *history)
{
  g_return_val_if_fail (history != NULL, 0);

  return history->position;
}

/**
 * payday_plan_history_mark_saved:
 * @position: the position the saved plan was at (a save runs while edits go on)
 */
void
payday_plan_history_mark_saved (PaydayPlanHistory *history,
                                guint              position)
{
  g_return_if_fail (history != NULL);

  history->saved = position <= history->edits->len ? (gint64) position : -1;
}

/**
 * payday_plan_history_is_dirty:
 *
 * Returns: whether the plan differs from the last saved one, i.e. the position is not the
 *   saved position (undoing back to it makes the plan clean again)
 */
gboolean
payday_plan_history_is_dirty (const PaydayPlanHistory *history)
{
  g_return_val_if_fail (history != NULL, FALSE);

  return history->saved != (gint64) history->position;
}

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
 * The rules of spec/plan-format.md that one contract's own values must keep, so an edit
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

  for (guint i = 0; i < c->weeks->len; i++)
    {
      const PaydayWeek *w = &g_array_index (c->weeks, PaydayWeek, i);

      payday_date_format (w->week_start, a);
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
