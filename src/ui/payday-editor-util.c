/* payday-editor-util.c — what the contract editors share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "payday-date-entry.h"
#include "payday-editor-util.h"
#include "payday-error.h"
#include "payday-money-entry.h"
#include "payday-ui-util.h"

/**
 * payday_editor_find_contract:
 * @document: (nullable): the editor's document
 * @id: (nullable): the contract the editor shows
 * @index: (out) (optional): where it stands in the plan (to match schedule items)
 *
 * Returns: (nullable): the contract, %NULL when there is none (no plan, or it was deleted)
 */
const PaydayContract *
payday_editor_find_contract (PaydayDocument *document,
                             const char     *id,
                             gint           *index)
{
  PaydayPlan *plan = document != NULL ? payday_document_get_plan (document) : NULL;
  gint i;

  if (plan == NULL || (i = payday_plan_find_contract_index (plan, id)) < 0)
    return NULL;
  if (index != NULL)
    *index = i;
  return &g_array_index (plan->contracts, PaydayContract, i);
}

/**
 * payday_editor_change_contract:
 * @label: the command's name, for Undo
 * @change: changes a copy of the contract @id
 *
 * Runs @change on a copy of the contract and makes the result one command replacing it
 * (payday_document_run()). A result that breaks a rule of the plan format is refused: the
 * document stays as it was and @error says why.
 *
 * Returns: %FALSE when there is no such contract or the result was refused
 */
gboolean
payday_editor_change_contract (PaydayDocument        *document,
                               const char            *id,
                               const char            *label,
                               PaydayContractChange   change,
                               gpointer               data,
                               GError               **error)
{
  g_autoptr(PaydayCommand) command = payday_command_new (label);
  const PaydayContract *contract;
  PaydayContract copy;

  g_return_val_if_fail (PAYDAY_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (change != NULL, FALSE);

  if ((contract = payday_editor_find_contract (document, id, NULL)) == NULL)
    {
      g_set_error (error, PAYDAY_ERROR, PAYDAY_ERROR_NOT_FOUND, _("No contract has the id “%s”"),
                   id != NULL ? id : "");
      return FALSE;
    }

  payday_contract_copy_into (&copy, contract);
  change (&copy, data);
  payday_command_replace_contract (command, id, &copy);
  payday_contract_clear (&copy);

  return payday_document_run (document, command, error);
}

/**
 * payday_editor_show_refusal:
 * @editor: the editor, to report @error from
 * @source: the control whose change was refused: a money or date entry is marked
 * @error: (transfer full): why
 *
 * Shows why a change was refused, on the field and to the user.
 */
void
payday_editor_show_refusal (GtkWidget    *editor,
                            gpointer      source,
                            GError       *error)
{
  if (PAYDAY_IS_MONEY_ENTRY (source))
    payday_money_entry_set_error (source, error->message);
  else if (PAYDAY_IS_DATE_ENTRY (source))
    payday_date_entry_set_error (source, error->message);
  payday_ui_report_error (editor, error);
}
