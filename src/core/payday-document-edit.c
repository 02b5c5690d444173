/* payday-document-edit.c — the document's commands: edits, undo and redo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "payday-document-private.h"
#include "payday-error.h"
#include "payday-command.h"
#include "payday-plan-changes.h"
#include "payday-plan-edit.h"

/* @changes: what the edit, undo or redo touched: only that is recomputed. */
static void
payday_document_after_edit (PaydayDocument          *self,
                            const PaydayPlanChanges *changes)
{
  payday_document_recompute_changes (self, changes);
  g_object_freeze_notify (G_OBJECT (self));
  payday_document_notify_history (self);
  payday_document_update_title (self);
  g_object_thaw_notify (G_OBJECT (self));
  g_signal_emit (self, payday_document_signals [CHANGED], 0);
}

/**
 * payday_document_run:
 * @command: what to change, by entity ids (not taken)
 * @error: (optional): why the command was refused
 *
 * The one way to change the open plan. Editors holding back a change (a debounce) commit
 * it first ("flush"), so the history keeps the order the user made them in. The command
 * is applied (payday_command_apply()), put on the undo stack (merged into the previous
 * command when their merge keys say so), the results are recomputed and "changed" is
 * emitted. A refused command leaves the plan and the history as they were; an empty one
 * changes nothing.
 *
 * Returns: %FALSE when there is no plan or the command was refused
 */
gboolean
payday_document_run (PaydayDocument       *self,
                     const PaydayCommand  *command,
                     GError              **error)
{
  g_autoptr(PaydayPlanChanges) changes = NULL;
  PaydayPlanEdit *edit;

  g_return_val_if_fail (PAYDAY_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (command != NULL, FALSE);

  if (self->plan == NULL)
    {
      g_set_error_literal (error, PAYDAY_ERROR, PAYDAY_ERROR_NOT_FOUND, _("No plan is open"));
      return FALSE;
    }
  if (payday_command_is_empty (command))
    return TRUE;

  g_signal_emit (self, payday_document_signals [FLUSH], 0);

  if (!(edit = payday_command_apply (command, self->plan, error)))
    return FALSE;

  /* Before the push: it may merge the edit into the previous one. */
  changes = payday_plan_changes_new ();
  payday_plan_edit_collect_changes (edit, changes);
  payday_plan_history_push (self->history, edit);
  payday_document_after_edit (self, changes);
  return TRUE;
}

/**
 * payday_document_dup_part:
 * @part: a part of the plan
 *
 * An editor's starting point for a command that sets a part: change the copy, then hand
 * it to payday_command_take_part().
 *
 * Returns: (transfer full) (nullable): a copy of @part of the open plan (the part's own
 *   struct, or a PaydayPlanHeader), free it with payday_plan_part_free(); %NULL when no
 *   plan is open
 */
gpointer
payday_document_dup_part (PaydayDocument *self,
                          PaydayPlanPart  part)
{
  g_return_val_if_fail (PAYDAY_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (part < PAYDAY_PLAN_N_PARTS, NULL);

  return self->plan != NULL ? payday_plan_part_snapshot (self->plan, part) : NULL;
}

/**
 * payday_document_find_contract:
 * @id: (nullable): a contract's id
 *
 * Returns: (nullable): the document's contract with @id, or %NULL when there is none
 */
const PaydayContract *
payday_document_find_contract (PaydayDocument *self,
                               const char     *id)
{
  gint i;

  g_return_val_if_fail (PAYDAY_IS_DOCUMENT (self), NULL);

  if (self->plan == NULL || (i = payday_plan_find_contract_index (self->plan, id)) < 0)
    return NULL;
  return &g_array_index (self->plan->contracts, PaydayContract, i);
}

/* Undo and redo: pending typing is committed first, then @step walks the history. */
static gboolean
payday_document_history_step (PaydayDocument *self,
                              gboolean      (*step) (PaydayPlanHistory *history,
                                                     PaydayPlan        *plan))
{
  g_autoptr(PaydayPlanChanges) changes = payday_plan_changes_new ();
  const PaydayPlanEdit *edit;

  g_signal_emit (self, payday_document_signals [FLUSH], 0);
  if (self->history == NULL)
    return FALSE;

  /* Undo and redo touch what the edit touched. */
  edit = step == payday_plan_history_undo ? payday_plan_history_get_undo_edit (self->history)
                                          : payday_plan_history_get_redo_edit (self->history);
  if (edit != NULL)
    payday_plan_edit_collect_changes (edit, changes);
  if (!step (self->history, self->plan))
    return FALSE;

  payday_document_after_edit (self, changes);
  return TRUE;
}

gboolean
payday_document_undo (PaydayDocument *self)
{
  g_return_val_if_fail (PAYDAY_IS_DOCUMENT (self), FALSE);

  return payday_document_history_step (self, payday_plan_history_undo);
}

gboolean
payday_document_redo (PaydayDocument *self)
{
  g_return_val_if_fail (PAYDAY_IS_DOCUMENT (self), FALSE);

  return payday_document_history_step (self, payday_plan_history_redo);
}

gboolean
payday_document_can_undo (PaydayDocument *self)
{
  g_return_val_if_fail (PAYDAY_IS_DOCUMENT (self), FALSE);

  return self->history != NULL && payday_plan_history_can_undo (self->history);
}

gboolean
payday_document_can_redo (PaydayDocument *self)
{
  g_return_val_if_fail (PAYDAY_IS_DOCUMENT (self), FALSE);

  return self->history != NULL && payday_plan_history_can_redo (self->history);
}

/**
 * payday_document_get_undo_label:
 *
 * Returns: (nullable): the label of the edit Undo reverts
 */
const char *
payday_document_get_undo_label (PaydayDocument *self)
{
  g_return_val_if_fail (PAYDAY_IS_DOCUMENT (self), NULL);

  return self->history != NULL ? payday_plan_history_get_undo_label (self->history) : NULL;
}
