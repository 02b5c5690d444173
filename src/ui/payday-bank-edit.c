/* payday-bank-edit.c — the edits of a plan's withdrawal settings and past withdrawals
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "payday-bank-edit.h"

/* Each edit is one undoable command on the plan's `withdrawals` (docs/withdrawals.md): it
 * copies them (payday_document_dup_part()), changes the copy and runs a command that sets it,
 * so the projection, the Overview and the Simulator follow. An edit that would change
 * nothing, or is out of range, returns FALSE and leaves the document alone. */

static const PaydayWithdrawals *
withdrawals_of (PaydayDocument *document)
{
  PaydayPlan *plan = payday_document_get_plan (document);

  return plan != NULL ? &plan->withdrawals : NULL;
}

static PaydayWithdrawals *
withdrawals_begin (PaydayDocument *document)
{
  return payday_document_dup_part (document, PAYDAY_PLAN_PART_WITHDRAWALS);
}

/* Takes @copy. */
static gboolean
withdrawals_commit (PaydayDocument    *document,
                    PaydayWithdrawals *copy,
                    const char        *label,
                    const char        *merge_key)
{
  g_autoptr(PaydayCommand) command = payday_command_new (label);

  payday_command_set_merge_key (command, merge_key);
  payday_command_take_part (command, PAYDAY_PLAN_PART_WITHDRAWALS, copy);
  return payday_document_run (document, command, NULL);
}

gboolean
payday_bank_edit_set_method (PaydayDocument         *document,
                             PaydayWithdrawalMethod  method)
{
  const PaydayWithdrawals *w = withdrawals_of (document);
  PaydayWithdrawals *copy;

  g_return_val_if_fail (PAYDAY_IS_DOCUMENT (document), FALSE);

  if (w == NULL || method >= PAYDAY_N_METHODS || w->method == method)
    return FALSE;

  copy = withdrawals_begin (document);
  copy->method = method;
  return withdrawals_commit (document, copy, _("Change Withdrawal Method"), NULL);
}

gboolean
payday_bank_edit_set_schedule (PaydayDocument           *document,
                               PaydayWithdrawalSchedule  schedule)
{
  const PaydayWithdrawals *w = withdrawals_of (document);
  PaydayWithdrawals *copy;

  g_return_val_if_fail (PAYDAY_IS_DOCUMENT (document), FALSE);

  if (w == NULL || schedule > PAYDAY_SCHEDULE_QUARTERLY || w->schedule == schedule)
    return FALSE;

  copy = withdrawals_begin (document);
  copy->schedule = schedule;
  return withdrawals_commit (document, copy, _("Change Withdrawal Schedule"), NULL);
}

/* The comparison's "use this one": method and schedule in one command. */
gboolean
payday_bank_edit_choose (PaydayDocument           *document,
                         PaydayWithdrawalMethod    method,
                         PaydayWithdrawalSchedule  schedule)
{
  const PaydayWithdrawals *w = withdrawals_of (document);
  PaydayWithdrawals *copy;

  g_return_val_if_fail (PAYDAY_IS_DOCUMENT (document), FALSE);

  if (w == NULL || method >= PAYDAY_N_METHODS || schedule > PAYDAY_SCHEDULE_QUARTERLY ||
      (w->method == method && w->schedule == schedule))
    return FALSE;

  copy = withdrawals_begin (document);
  copy->method = method;
  copy->schedule = schedule;
  return withdrawals_commit (document, copy, _("Change Withdrawal Method"), NULL);
}

/* Typed in a money field: a burst of typing is one command. */
gboolean
payday_bank_edit_set_reserve (PaydayDocument *document,
                              PaydayCents     reserve_cents)
{
  const PaydayWithdrawals *w = withdrawals_of (document);
  PaydayWithdrawals *copy;

  g_return_val_if_fail (PAYDAY_IS_DOCUMENT (document), FALSE);

  if (w == NULL || reserve_cents < 0 || reserve_cents > PAYDAY_CENTS_MAX ||
      w->reserve_cents == reserve_cents)
    return FALSE;

  copy = withdrawals_begin (document);
  copy->reserve_cents = reserve_cents;
  return withdrawals_commit (document, copy, _("Change Reserve"), "withdrawals.reserve_cents");
}

/**
 * payday_bank_edit_add:
 *
 * Adds a past withdrawal at the end of the history.
 *
 * Returns: its index, or %G_MAXUINT when nothing was added
 */
guint
payday_bank_edit_add (PaydayDocument *document,
                      PaydayDate      date,
                      PaydayCents     amount_cents)
{
  const PaydayWithdrawals *w = withdrawals_of (document);
  PaydayWithdrawal item = { date, amount_cents, NULL };
  PaydayWithdrawals *copy;
  guint index;

  g_return_val_if_fail (PAYDAY_IS_DOCUMENT (document), G_MAXUINT);

  if (w == NULL || !payday_date_is_set (date) || amount_cents < 0 ||
      amount_cents > PAYDAY_CENTS_MAX)
    return G_MAXUINT;

  copy = withdrawals_begin (document);
  index = copy->history->len;
  g_array_append_val (copy->history, item);
  return withdrawals_commit (document, copy, _("Add Past Withdrawal"), NULL) ? index : G_MAXUINT;
}

/* The history keeps the user's order: the projection sorts by date itself. */
gboolean
payday_bank_edit_set (PaydayDocument *document,
                      guint           index,
                      PaydayDate      date,
                      PaydayCents     amount_cents)
{
  const PaydayWithdrawals *w = withdrawals_of (document);
  const PaydayWithdrawal *item;
  PaydayWithdrawals *copy;
  g_autofree char *key = NULL;

  g_return_val_if_fail (PAYDAY_IS_DOCUMENT (document), FALSE);

  if (w == NULL || index >= w->history->len || !payday_date_is_set (date) ||
      amount_cents < 0 || amount_cents > PAYDAY_CENTS_MAX)
    return FALSE;

  item = &g_array_index (w->history, PaydayWithdrawal, index);
  if (item->date == date && item->amount_cents == amount_cents)
    return FALSE;

  copy = withdrawals_begin (document);
  g_array_index (copy->history, PaydayWithdrawal, index).date = date;
  g_array_index (copy->history, PaydayWithdrawal, index).amount_cents = amount_cents;
  key = g_strdup_printf ("withdrawals.history.%u", index);
  return withdrawals_commit (document, copy, _("Edit Past Withdrawal"), key);
}

gboolean
payday_bank_edit_remove (PaydayDocument *document,
                         guint           index)
{
  const PaydayWithdrawals *w = withdrawals_of (document);
  PaydayWithdrawals *copy;

  g_return_val_if_fail (PAYDAY_IS_DOCUMENT (document), FALSE);

  if (w == NULL || index >= w->history->len)
    return FALSE;

  copy = withdrawals_begin (document);
  g_array_remove_index (copy->history, index);
  return withdrawals_commit (document, copy, _("Remove Past Withdrawal"), NULL);
}
