/* payday-plan-edit.c — edits of a plan as commands that can be undone and redone
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "payday-plan-changes.h"
#include "payday-plan-edit.h"

typedef enum
{
  TARGET_CONTRACT,
  TARGET_CLIENT,
  TARGET_PROPOSAL,
  TARGET_PART,                          /* a part of the plan; the step's index is which */
} Target;

/* Edits with the same merge key pushed within this time of each other become one command. */
#define MERGE_WINDOW_USEC (2 * G_USEC_PER_SEC)

static const gsize target_size[] = {
  sizeof (PaydayContract), sizeof (PaydayClient), sizeof (PaydayProposal),
};

/* One step: the entity at @index was @before (NULL: it did not exist) and became @after
 * (NULL: it was removed). Both are private deep copies. A part step (TARGET_PART) always
 * has both; its @after is NULL only while the edit is open (payday_plan_edit_touch()). */
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
  char   *merge_key;
  gint64  pushed;                       /* monotonic time of the last push or merge */
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
    case TARGET_PART:
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
    case TARGET_PART:
    default: g_assert_not_reached ();
    }
  g_free (value);
}

static void
step_clear (Step *step)
{
  if (step->target == TARGET_PART)
    {
      payday_plan_part_free (step->index, step->before);
      payday_plan_part_free (step->index, step->after);
      return;
    }

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
    case TARGET_PART:
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
  GArray *array;

  if (target == TARGET_PART)
    {
      payday_plan_part_restore (plan, index, to);
      return;
    }

  array = target_array (plan, target);
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
  g_free (edit->merge_key);
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
 * payday_plan_edit_set_merge_key:
 * @key: (nullable): e.g. "simulation.win_rate"; %NULL never merges
 *
 * Consecutive edits with the same key, pushed within two seconds of each other while
 * nothing was undone or saved in between, become one command: a slider dragged in many
 * small moves, or text typed in bursts, is undone at once.
 */
void
payday_plan_edit_set_merge_key (PaydayPlanEdit *edit,
                                const char     *key)
{
  g_return_if_fail (edit != NULL);

  g_free (edit->merge_key);
  edit->merge_key = g_strdup (key);
}

/**
 * payday_plan_edit_touch:
 * @part: the part of @plan that is about to change
 *
 * Records @part as it is now; the caller then changes it in place, and
 * payday_plan_edit_close() records it as it became. Only the part is copied, never the
 * whole plan. Touching a part twice in one edit keeps the first value.
 */
void
payday_plan_edit_touch (PaydayPlanEdit *edit,
                        PaydayPlan     *plan,
                        PaydayPlanPart  part)
{
  Step step = { TARGET_PART, part, NULL, NULL };

  g_return_if_fail (edit != NULL && plan != NULL);
  g_return_if_fail (part < PAYDAY_PLAN_N_PARTS);

  for (guint i = 0; i < edit->steps->len; i++)
    {
      const Step *other = &g_array_index (edit->steps, Step, i);

      if (other->target == TARGET_PART && other->index == part && other->after == NULL)
        return;
    }

  step.before = payday_plan_part_snapshot (plan, part);
  g_array_append_val (edit->steps, step);
}

/**
 * payday_plan_edit_close:
 * @plan: the plan the edit changed
 *
 * Records the value of each part touched since payday_plan_edit_touch(). Call it once the
 * changes are made, before the edit is pushed on a history.
 */
void
payday_plan_edit_close (PaydayPlanEdit   *edit,
                        const PaydayPlan *plan)
{
  g_return_if_fail (edit != NULL && plan != NULL);

  for (guint i = 0; i < edit->steps->len; i++)
    {
      Step *step = &g_array_index (edit->steps, Step, i);

      if (step->target == TARGET_PART && step->after == NULL)
        step->after = payday_plan_part_snapshot (plan, step->index);
    }
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
 * payday_plan_edit_insert_proposal:
 * @index: where, at most the number of proposals
 * @proposal: the new proposal, copied
 */
void
payday_plan_edit_insert_proposal (PaydayPlanEdit       *edit,
                                  PaydayPlan           *plan,
                                  guint                 index,
                                  const PaydayProposal *proposal)
{
  g_return_if_fail (edit != NULL && plan != NULL && proposal != NULL);
  g_return_if_fail (index <= plan->proposals->len);

  record (edit, plan, TARGET_PROPOSAL, index, FALSE, proposal);
}

void
payday_plan_edit_remove_proposal (PaydayPlanEdit *edit,
                                  PaydayPlan     *plan,
                                  guint           index)
{
  g_return_if_fail (edit != NULL && plan != NULL);
  g_return_if_fail (index < plan->proposals->len);

  record (edit, plan, TARGET_PROPOSAL, index, TRUE, NULL);
}

/**
 * payday_plan_edit_remove_contract_unlinked:
 *
 * Removes the contract at @index, and first unlinks the proposals that led to it and the
 * actuals paid for it (their `contract` becomes null), so every reference still resolves.
 * Undo restores all of them.
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

  /* imported money rows that named it stay, no longer linked */
  for (guint i = 0; i < plan->actuals->len; i++)
    if (g_strcmp0 (g_array_index (plan->actuals, PaydayActual, i).contract, id) == 0)
      {
        payday_plan_edit_touch (edit, plan, PAYDAY_PLAN_PART_ACTUALS);
        for (guint j = i; j < plan->actuals->len; j++)
          {
            PaydayActual *a = &g_array_index (plan->actuals, PaydayActual, j);

            if (g_strcmp0 (a->contract, id) == 0)
              g_clear_pointer (&a->contract, g_free);
          }
        payday_plan_edit_close (edit, plan);
        break;
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

/**
 * payday_plan_edit_revert:
 * @plan: the plan the edit's steps were applied to
 *
 * Undoes the edit's steps on @plan, last first: a command that is refused half-way
 * leaves the plan as it was. Every touched part must be closed.
 */
void
payday_plan_edit_revert (PaydayPlanEdit *edit,
                         PaydayPlan     *plan)
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

/* Folds @edit into the last applied edit when their merge keys match (see
 * payday_plan_edit_set_merge_key()): its steps run after the last edit's, so appending them
 * is always right; a part step that the last edit already has just takes the new value.
 * Takes @edit when it returns %TRUE. */
static gboolean
history_merge (PaydayPlanHistory *history,
               PaydayPlanEdit    *edit)
{
  PaydayPlanEdit *last;
  gint64 now = g_get_monotonic_time ();

  if (edit->merge_key == NULL || history->position == 0 ||
      history->position != history->edits->len || history->saved == (gint64) history->position)
    return FALSE;

  last = g_ptr_array_index (history->edits, history->position - 1);
  if (g_strcmp0 (last->merge_key, edit->merge_key) != 0 || now - last->pushed > MERGE_WINDOW_USEC)
    return FALSE;

  for (guint i = 0; i < edit->steps->len; i++)
    {
      Step *step = &g_array_index (edit->steps, Step, i);
      Step *same = NULL;

      for (guint j = 0; step->target == TARGET_PART && j < last->steps->len; j++)
        {
          Step *other = &g_array_index (last->steps, Step, j);

          if (other->target == TARGET_PART && other->index == step->index)
            same = other;
        }

      if (same != NULL)
        {
          payday_plan_part_free (same->index, same->after);
          same->after = g_steal_pointer (&step->after);
        }
      else
        {
          g_array_append_val (last->steps, *step);
          step->before = step->after = NULL;
        }
    }

  last->pushed = now;
  payday_plan_edit_free (edit);
  return TRUE;
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

  if (history_merge (history, edit))
    return;

  edit->pushed = g_get_monotonic_time ();
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
  payday_plan_edit_revert (g_ptr_array_index (history->edits, history->position), plan);

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
 * payday_plan_history_get_undo_edit:
 *
 * Returns: (transfer none) (nullable): the edit Undo reverts, so the caller can collect
 *   what it touched (payday_plan_edit_collect_changes()) before or after reverting it
 */
const PaydayPlanEdit *
payday_plan_history_get_undo_edit (const PaydayPlanHistory *history)
{
  g_return_val_if_fail (history != NULL, NULL);

  return history->position > 0 ? g_ptr_array_index (history->edits, history->position - 1)
                               : NULL;
}

/**
 * payday_plan_history_get_redo_edit:
 *
 * Returns: (transfer none) (nullable): the edit Redo applies again
 */
const PaydayPlanEdit *
payday_plan_history_get_redo_edit (const PaydayPlanHistory *history)
{
  g_return_val_if_fail (history != NULL, NULL);

  return history->position < history->edits->len
         ? g_ptr_array_index (history->edits, history->position) : NULL;
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
 * payday_plan_edit_collect_changes:
 * @edit: an edit, applied or reverted: both touch the same entities
 * @changes: where to add what @edit touched
 *
 * Adds the id of every contract, client and proposal @edit replaced, inserted or removed
 * (both ids when a replacement changed the id) and every part it changed.
 */
void
payday_plan_edit_collect_changes (const PaydayPlanEdit *edit,
                                  PaydayPlanChanges    *changes)
{
  g_return_if_fail (edit != NULL);
  g_return_if_fail (changes != NULL);

  for (guint i = 0; i < edit->steps->len; i++)
    {
      const Step *step = &g_array_index (edit->steps, Step, i);

      if (step->target == TARGET_PART)
        {
          payday_plan_changes_add_part (changes, step->index);
          continue;
        }

      for (guint k = 0; k < 2; k++)
        {
          gconstpointer value = k == 0 ? step->before : step->after;

          if (value == NULL)
            continue;

          switch (step->target)
            {
            case TARGET_CONTRACT:
              payday_plan_changes_add_contract (changes, ((const PaydayContract *) value)->id);
              break;
            case TARGET_CLIENT:
              payday_plan_changes_add_client (changes, ((const PaydayClient *) value)->id);
              break;
            case TARGET_PROPOSAL:
              payday_plan_changes_add_proposal (changes, ((const PaydayProposal *) value)->id);
              break;
            case TARGET_PART:
            default:
              g_assert_not_reached ();
            }
        }
    }
}
