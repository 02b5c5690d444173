/* payday-document-edit.c — the document's commands: edits, undo and redo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "payday-document-private.h"
#include "payday-error.h"
#include "payday-plan-edit.h"

static void
payday_document_after_edit (PaydayDocument *self)
{
  payday_document_recompute (self);
  g_object_freeze_notify (G_OBJECT (self));
  payday_document_notify_history (self);
  payday_document_update_title (self);
  g_object_thaw_notify (G_OBJECT (self));
  g_signal_emit (self, payday_document_signals [CHANGED], 0);
}

/**
 * payday_document_edit_begin:
 * @label: what the edit does, as "Undo" names it ("Edit Hours")
 *
 * Starts a command. Apply its steps with the payday_plan_edit_* functions on
 * payday_document_get_plan(), then hand it to payday_document_edit_commit().
 *
 * Returns: (transfer full): an empty edit
 */
PaydayPlanEdit *
payday_document_edit_begin (PaydayDocument *self,
                            const char     *label)
{
  g_return_val_if_fail (PAYDAY_IS_DOCUMENT (self), NULL);

  return payday_plan_edit_new (label);
}

/**
 * payday_document_edit_commit:
 * @edit: (transfer full): an edit whose steps were applied to the document's plan
 *
 * Records the parts the edit touched as they are now (payday_plan_edit_close()), puts
 * @edit on the undo stack (merged into the previous command when their merge keys say so),
 * recomputes and emits "changed". An edit without steps is dropped.
 */
void
payday_document_edit_commit (PaydayDocument *self,
                             PaydayPlanEdit *edit)
{
  g_return_if_fail (PAYDAY_IS_DOCUMENT (self));
  g_return_if_fail (edit != NULL);

  if (self->plan == NULL || payday_plan_edit_get_n_steps (edit) == 0)
    {
      payday_plan_edit_free (edit);
      return;
    }

  payday_plan_edit_close (edit, self->plan);

  payday_plan_history_push (self->history, edit);
  payday_document_after_edit (self);
}

/**
 * payday_document_edit_begin_part:
 * @part: the part of the plan the command changes in place
 *
 * payday_document_edit_begin() plus payday_plan_edit_touch() of @part: change the part
 * of payday_document_get_plan() in place, then payday_document_edit_commit().
 *
 * Returns: (transfer full) (nullable): the edit, %NULL when no plan is open
 */
PaydayPlanEdit *
payday_document_edit_begin_part (PaydayDocument *self,
                                 const char     *label,
                                 PaydayPlanPart  part)
{
  PaydayPlanEdit *edit;

  g_return_val_if_fail (PAYDAY_IS_DOCUMENT (self), NULL);

  if (self->plan == NULL)
    return NULL;

  edit = payday_plan_edit_new (label);
  payday_plan_edit_touch (edit, self->plan, part);
  return edit;
}

/**
 * payday_document_replace_contract:
 * @contract: the contract's new value (copied)
 *
 * One command that replaces the contract at @index: what the editors call for each field.
 */
void
payday_document_replace_contract (PaydayDocument       *self,
                                  guint                 index,
                                  const PaydayContract *contract,
                                  const char           *label)
{
  PaydayPlanEdit *edit;

  g_return_if_fail (PAYDAY_IS_DOCUMENT (self));
  g_return_if_fail (self->plan != NULL && index < self->plan->contracts->len);

  edit = payday_document_edit_begin (self, label);
  payday_plan_edit_replace_contract (edit, self->plan, index, contract);
  payday_document_edit_commit (self, edit);
}

/**
 * payday_document_edit_contract:
 * @id: the contract's id
 * @label: the command's name, for Undo
 * @mutate: changes a copy of the contract
 *
 * Runs @mutate on a copy of the contract @id and makes the result one command, unless
 * the result breaks a rule of the plan format (payday_contract_validate()): then the
 * document is left as it was and @error says why.
 *
 * Returns: %FALSE when there is no such contract or the result was refused
 */
/**
 * payday_document_find_contract:
 * @id: (nullable): a contract's id
 * @index: (out) (optional): where the contract stands in the plan
 *
 * Returns: (nullable): the document's contract with @id, or %NULL when there is none
 */
const PaydayContract *
payday_document_find_contract (PaydayDocument *self,
                               const char     *id,
                               gint           *index)
{
  gint i;

  g_return_val_if_fail (PAYDAY_IS_DOCUMENT (self), NULL);

  if (self->plan == NULL || (i = payday_plan_find_contract_index (self->plan, id)) < 0)
    return NULL;
  if (index)
    *index = i;
  return &g_array_index (self->plan->contracts, PaydayContract, i);
}

gboolean
payday_document_edit_contract (PaydayDocument        *self,
                               const char            *id,
                               const char            *label,
                               PaydayContractMutate   mutate,
                               gpointer               data,
                               GError               **error)
{
  PaydayContract copy;
  gboolean valid;
  gint index;

  g_return_val_if_fail (PAYDAY_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (mutate != NULL, FALSE);

  if (self->plan == NULL || (index = payday_plan_find_contract_index (self->plan, id)) < 0)
    {
      g_set_error (error, PAYDAY_ERROR, PAYDAY_ERROR_NOT_FOUND, _("No contract has the id “%s”"), id);
      return FALSE;
    }

  payday_contract_copy_into (&copy, &g_array_index (self->plan->contracts, PaydayContract, index));
  mutate (&copy, data);
  if ((valid = payday_contract_validate (&copy, error)))
    payday_document_replace_contract (self, index, &copy, label);
  payday_contract_clear (&copy);

  return valid;
}

/* Undo and redo: pending typing is committed first, then @step walks the history. */
static gboolean
payday_document_history_step (PaydayDocument *self,
                              gboolean      (*step) (PaydayPlanHistory *history,
                                                     PaydayPlan        *plan))
{
  g_signal_emit (self, payday_document_signals [FLUSH], 0);
  if (self->history == NULL || !step (self->history, self->plan))
    return FALSE;

  payday_document_after_edit (self);
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
