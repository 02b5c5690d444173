/* payday-plan-edit.c — edits of a plan as commands that can be undone and redone
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

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
