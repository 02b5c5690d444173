/* payday-plan-changes.c — what an edit touched, so derived results recompute only that
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "payday-plan-changes.h"

/**
 * payday_plan_changes_new:
 *
 * Returns: (transfer full): an empty change set; add to it, or fill it from an edit with
 *   payday_plan_edit_collect_changes()
 */
PaydayPlanChanges *
payday_plan_changes_new (void)
{
  PaydayPlanChanges *changes = g_new0 (PaydayPlanChanges, 1);

  changes->contracts = g_ptr_array_new_with_free_func (g_free);
  changes->clients = g_ptr_array_new_with_free_func (g_free);
  changes->proposals = g_ptr_array_new_with_free_func (g_free);

  return changes;
}

void
payday_plan_changes_free (PaydayPlanChanges *changes)
{
  if (changes == NULL)
    return;

  g_ptr_array_unref (changes->contracts);
  g_ptr_array_unref (changes->clients);
  g_ptr_array_unref (changes->proposals);
  g_free (changes);
}

/**
 * payday_plan_changes_clear:
 *
 * Empties @changes for the next edit.
 */
void
payday_plan_changes_clear (PaydayPlanChanges *changes)
{
  g_return_if_fail (changes != NULL);

  g_ptr_array_set_size (changes->contracts, 0);
  g_ptr_array_set_size (changes->clients, 0);
  g_ptr_array_set_size (changes->proposals, 0);
  changes->parts = 0;
  changes->everything = FALSE;
}

/* An id is listed once; a NULL id (an entity without one) is not listed. */
static void
add_id (GPtrArray  *ids,
        const char *id)
{
  if (id == NULL)
    return;

  for (guint i = 0; i < ids->len; i++)
    if (g_str_equal (g_ptr_array_index (ids, i), id))
      return;

  g_ptr_array_add (ids, g_strdup (id));
}

void
payday_plan_changes_add_contract (PaydayPlanChanges *changes,
                                  const char        *id)
{
  g_return_if_fail (changes != NULL);

  add_id (changes->contracts, id);
}

void
payday_plan_changes_add_client (PaydayPlanChanges *changes,
                                const char        *id)
{
  g_return_if_fail (changes != NULL);

  add_id (changes->clients, id);
}

void
payday_plan_changes_add_proposal (PaydayPlanChanges *changes,
                                  const char        *id)
{
  g_return_if_fail (changes != NULL);

  add_id (changes->proposals, id);
}

void
payday_plan_changes_add_part (PaydayPlanChanges *changes,
                              PaydayPlanPart     part)
{
  g_return_if_fail (changes != NULL);
  g_return_if_fail (part < PAYDAY_PLAN_N_PARTS);

  changes->parts |= 1u << part;
}

gboolean
payday_plan_changes_has_contract (const PaydayPlanChanges *changes,
                                  const char              *id)
{
  g_return_val_if_fail (changes != NULL, FALSE);

  for (guint i = 0; id != NULL && i < changes->contracts->len; i++)
    if (g_str_equal (g_ptr_array_index (changes->contracts, i), id))
      return TRUE;

  return FALSE;
}

/**
 * payday_plan_changes_is_empty:
 *
 * Returns: %TRUE when nothing changed: every result stays as it is
 */
gboolean
payday_plan_changes_is_empty (const PaydayPlanChanges *changes)
{
  g_return_val_if_fail (changes != NULL, TRUE);

  return !changes->everything && changes->parts == 0 && changes->contracts->len == 0 &&
         changes->clients->len == 0 && changes->proposals->len == 0;
}
