/* payday-bank-edit.c — the edits of a plan's withdrawal settings and past withdrawals
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "payday-bank-edit.h"
#include "payday-plan-edit.h"

/* Each edit is one undoable command on the plan's `withdrawals` (docs/withdrawals.md): it
 * snapshots them (payday_document_edit_begin_part()), changes them in place and commits, so
 * the projection, the Overview and the Simulator follow. An edit that would change nothing,
 * or is out of range, returns FALSE and leaves the document alone. */

static PaydayWithdrawals *
withdrawals_of (PaydayDocument *document)
{
  PaydayPlan *plan = payday_document_get_plan (document);

  return plan != NULL ? &plan->withdrawals : NULL;
}

static PaydayPlanEdit *
begin (PaydayDocument *document,
       const char     *label)
{
  return payday_document_edit_begin_part (document, label, PAYDAY_PLAN_PART_WITHDRAWALS);
}

gboolean
payday_bank_edit_set_method (PaydayDocument         *document,
                             PaydayWithdrawalMethod  method)
{
  PaydayWithdrawals *w = withdrawals_of (document);
  PaydayPlanEdit *edit;

  g_return_val_if_fail (PAYDAY_IS_DOCUMENT (document), FALSE);

  if (w == NULL || method >= PAYDAY_N_METHODS || w->method == method)
    return FALSE;

  edit = begin (document, _("Change Withdrawal Method"));
  w->method = method;
  payday_document_edit_commit (document, edit);
  return TRUE;
}

gboolean
payday_bank_edit_set_schedule (PaydayDocument           *document,
                               PaydayWithdrawalSchedule  schedule)
{
  PaydayWithdrawals *w = withdrawals_of (document);
  PaydayPlanEdit *edit;

  g_return_val_if_fail (PAYDAY_IS_DOCUMENT (document), FALSE);

  if (w == NULL || schedule > PAYDAY_SCHEDULE_QUARTERLY || w->schedule == schedule)
    return FALSE;

  edit = begin (document, _("Change Withdrawal Schedule"));
  w->schedule = schedule;
  payday_document_edit_commit (document, edit);
  return TRUE;
}

/* Typed in a money field: a burst of typing is one command. */
gboolean
payday_bank_edit_set_reserve (PaydayDocument *document,
                              PaydayCents     reserve_cents)
{
  PaydayWithdrawals *w = withdrawals_of (document);
  PaydayPlanEdit *edit;

  g_return_val_if_fail (PAYDAY_IS_DOCUMENT (document), FALSE);

  if (w == NULL || reserve_cents < 0 || reserve_cents > PAYDAY_CENTS_MAX ||
      w->reserve_cents == reserve_cents)
    return FALSE;

  edit = begin (document, _("Change Reserve"));
  payday_plan_edit_set_merge_key (edit, "withdrawals.reserve_cents");
  w->reserve_cents = reserve_cents;
  payday_document_edit_commit (document, edit);
  return TRUE;
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
  PaydayWithdrawals *w = withdrawals_of (document);
  PaydayWithdrawal item = { date, amount_cents, NULL };
  PaydayPlanEdit *edit;

  g_return_val_if_fail (PAYDAY_IS_DOCUMENT (document), G_MAXUINT);

  if (w == NULL || !payday_date_is_set (date) || amount_cents < 0 ||
      amount_cents > PAYDAY_CENTS_MAX)
    return G_MAXUINT;

  edit = begin (document, _("Add Past Withdrawal"));
  g_array_append_val (w->history, item);
  payday_document_edit_commit (document, edit);
  return w->history->len - 1;
}

/* The history keeps the user's order: the projection sorts by date itself, so an edited
 * date never moves a row under the user's pointer. */
gboolean
payday_bank_edit_set (PaydayDocument *document,
                      guint           index,
                      PaydayDate      date,
                      PaydayCents     amount_cents)
{
  PaydayWithdrawals *w = withdrawals_of (document);
  PaydayWithdrawal *item;
  PaydayPlanEdit *edit;
  g_autofree char *key = NULL;

  g_return_val_if_fail (PAYDAY_IS_DOCUMENT (document), FALSE);

  if (w == NULL || index >= w->history->len || !payday_date_is_set (date) ||
      amount_cents < 0 || amount_cents > PAYDAY_CENTS_MAX)
    return FALSE;

  item = &g_array_index (w->history, PaydayWithdrawal, index);
  if (item->date == date && item->amount_cents == amount_cents)
    return FALSE;

  edit = begin (document, _("Edit Past Withdrawal"));
  key = g_strdup_printf ("withdrawals.history.%u", index);
  payday_plan_edit_set_merge_key (edit, key);
  item->date = date;
  item->amount_cents = amount_cents;
  payday_document_edit_commit (document, edit);
  return TRUE;
}

gboolean
payday_bank_edit_remove (PaydayDocument *document,
                         guint           index)
{
  PaydayWithdrawals *w = withdrawals_of (document);
  PaydayPlanEdit *edit;

  g_return_val_if_fail (PAYDAY_IS_DOCUMENT (document), FALSE);

  if (w == NULL || index >= w->history->len)
    return FALSE;

  edit = begin (document, _("Remove Past Withdrawal"));
  g_array_remove_index (w->history, index);
  payday_document_edit_commit (document, edit);
  return TRUE;
}

/* The comparison's "use this one": method and schedule in one command. */
gboolean
payday_bank_edit_choose (PaydayDocument           *document,
                         PaydayWithdrawalMethod    method,
                         PaydayWithdrawalSchedule  schedule)
{
  PaydayWithdrawals *w = withdrawals_of (document);
  PaydayPlanEdit *edit;

  g_return_val_if_fail (PAYDAY_IS_DOCUMENT (document), FALSE);

  if (w == NULL || method >= PAYDAY_N_METHODS || schedule > PAYDAY_SCHEDULE_QUARTERLY ||
      (w->method == method && w->schedule == schedule))
    return FALSE;

  edit = begin (document, _("Change Withdrawal Method"));
  w->method = method;
  w->schedule = schedule;
  payday_document_edit_commit (document, edit);
  return TRUE;
}
