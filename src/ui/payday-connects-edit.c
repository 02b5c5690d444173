/* payday-connects-edit.c — the edits of the Connects and Proposals pages, one function each
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "payday-connects-edit.h"

/* Every edit is one command on the document: the Connects (opening balance, membership,
 * transactions) are one part snapshotted as a whole; a proposal, client or contract is one
 * step of its own. */

static PaydayPlanEdit *
connects_begin (PaydayDocument *document,
                const char     *label)
{
  return payday_document_edit_begin_part (document, label, PAYDAY_PLAN_PART_CONNECTS);
}

static gboolean
id_taken (const PaydayPlan *plan,
          const char       *id)
{
  for (guint i = 0; i < plan->connects.transactions->len; i++)
    if (g_strcmp0 (g_array_index (plan->connects.transactions, PaydayTransaction, i).id, id) == 0)
      return TRUE;
  for (guint i = 0; i < plan->proposals->len; i++)
    if (g_strcmp0 (g_array_index (plan->proposals, PaydayProposal, i).id, id) == 0)
      return TRUE;
  for (guint i = 0; i < plan->contracts->len; i++)
    if (g_strcmp0 (g_array_index (plan->contracts, PaydayContract, i).id, id) == 0)
      return TRUE;
  return payday_plan_find_client (plan, id) != NULL;
}

/**
 * payday_connects_edit_new_id:
 * @prefix: e.g. "tx" or "p"
 *
 * Returns: (transfer full): an id "PREFIX-N" used by no transaction, proposal or contract
 */
char *
payday_connects_edit_new_id (PaydayDocument *document,
                             const char     *prefix)
{
  PaydayPlan *plan = payday_document_get_plan (document);

  for (guint n = 1; ; n++)
    {
      g_autofree char *id = g_strdup_printf ("%s-%u", prefix, n);

      if (!id_taken (plan, id))
        return g_steal_pointer (&id);
    }
}

static void
transaction_copy_into (PaydayTransaction       *dest,
                       const PaydayTransaction *src)
{
  JsonObject *extra = dest->extra;

  g_free (dest->id);
  g_free (dest->note);
  *dest = *src;
  dest->id = g_strdup (src->id);
  dest->note = src->note != NULL && src->note[0] != '\0' ? g_strdup (src->note) : NULL;
  dest->extra = extra;
}

void
payday_connects_edit_add_transaction (PaydayDocument          *document,
                                      const PaydayTransaction *tx)
{
  PaydayPlan *plan = payday_document_get_plan (document);
  PaydayTransaction copy = { 0 };
  PaydayPlanEdit *edit;

  g_return_if_fail (tx != NULL && tx->id != NULL);

  edit = connects_begin (document, _("Add Connects Transaction"));

  transaction_copy_into (&copy, tx);
  g_array_append_val (plan->connects.transactions, copy);
  payday_document_edit_commit (document, edit);
}

void
payday_connects_edit_set_transaction (PaydayDocument          *document,
                                      guint                    index,
                                      const PaydayTransaction *tx)
{
  PaydayPlan *plan = payday_document_get_plan (document);

  PaydayPlanEdit *edit;

  g_return_if_fail (index < plan->connects.transactions->len);

  edit = connects_begin (document, _("Edit Connects Transaction"));
  transaction_copy_into (&g_array_index (plan->connects.transactions, PaydayTransaction, index), tx);
  payday_document_edit_commit (document, edit);
}

void
payday_connects_edit_remove_transaction (PaydayDocument *document,
                                         guint           index)
{
  PaydayPlan *plan = payday_document_get_plan (document);

  PaydayPlanEdit *edit;

  g_return_if_fail (index < plan->connects.transactions->len);

  edit = connects_begin (document, _("Remove Connects Transaction"));
  g_array_remove_index (plan->connects.transactions, index);
  payday_document_edit_commit (document, edit);
}

/**
 * payday_connects_edit_set_opening:
 * @balance: the Connects on @date (≥ 0)
 * @date: where the ledger starts
 */
void
payday_connects_edit_set_opening (PaydayDocument *document,
                                  int             balance,
                                  PaydayDate      date)
{
  PaydayPlan *plan = payday_document_get_plan (document);
  PaydayPlanEdit *edit;

  balance = MAX (balance, 0);
  if (plan == NULL ||
      (plan->connects.opening_balance == balance && plan->connects.opening_date == date))
    return;

  edit = connects_begin (document, _("Edit Opening Balance"));
  /* Typing a number in steps is one command. */
  payday_plan_edit_set_merge_key (edit, "connects.opening");
  plan->connects.opening_balance = balance;
  plan->connects.opening_date = date;
  payday_document_edit_commit (document, edit);
}

void
payday_connects_edit_add_membership (PaydayDocument         *document,
                                     const PaydayMembership *membership)
{
  PaydayPlan *plan = payday_document_get_plan (document);
  PaydayMembership copy = *membership;
  PaydayPlanEdit *edit = connects_begin (document, _("Add Membership"));

  copy.extra = NULL;
  g_array_append_val (plan->connects.membership, copy);
  payday_document_edit_commit (document, edit);
}

void
payday_connects_edit_set_membership (PaydayDocument         *document,
                                     guint                   index,
                                     const PaydayMembership *membership)
{
  PaydayPlan *plan = payday_document_get_plan (document);
  PaydayMembership *dest;
  PaydayPlanEdit *edit;
  JsonObject *extra;

  g_return_if_fail (index < plan->connects.membership->len);

  edit = connects_begin (document, _("Edit Membership"));
  dest = &g_array_index (plan->connects.membership, PaydayMembership, index);
  extra = dest->extra;
  *dest = *membership;
  dest->extra = extra;
  payday_document_edit_commit (document, edit);
}

void
payday_connects_edit_remove_membership (PaydayDocument *document,
                                        guint           index)
{
  PaydayPlan *plan = payday_document_get_plan (document);

  PaydayPlanEdit *edit;

  g_return_if_fail (index < plan->connects.membership->len);

  edit = connects_begin (document, _("Remove Membership"));
  g_array_remove_index (plan->connects.membership, index);
  payday_document_edit_commit (document, edit);
}

static void
proposal_copy_into (PaydayProposal       *dest,
                    const PaydayProposal *src)
{
  JsonObject *extra = dest->extra;

  g_free (dest->id);
  g_free (dest->title);
  g_free (dest->client);
  g_free (dest->contract);
  *dest = *src;
  dest->id = g_strdup (src->id);
  dest->title = g_strdup (src->title ? src->title : "");
  dest->client = g_strdup (src->client);
  dest->contract = g_strdup (src->contract);
  dest->extra = extra;
}

void
payday_connects_edit_add_proposal (PaydayDocument       *document,
                                   const PaydayProposal *proposal)
{
  PaydayPlan *plan = payday_document_get_plan (document);
  PaydayProposal copy = { 0 };
  PaydayPlanEdit *edit;

  g_return_if_fail (proposal != NULL && proposal->id != NULL);

  edit = payday_document_edit_begin (document, _("Add Proposal"));
  proposal_copy_into (&copy, proposal);
  payday_plan_edit_insert_proposal (edit, plan, plan->proposals->len, &copy);
  payday_proposal_clear (&copy);
  payday_document_edit_commit (document, edit);
}

void
payday_connects_edit_set_proposal (PaydayDocument       *document,
                                   guint                 index,
                                   const PaydayProposal *proposal)
{
  PaydayPlan *plan = payday_document_get_plan (document);
  PaydayProposal copy;
  PaydayPlanEdit *edit;

  g_return_if_fail (index < plan->proposals->len);

  /* The old value's `extra` is kept: copy it, then overwrite what the form says. */
  payday_proposal_copy_into (&copy, &g_array_index (plan->proposals, PaydayProposal, index));
  proposal_copy_into (&copy, proposal);
  edit = payday_document_edit_begin (document, _("Edit Proposal"));
  payday_plan_edit_replace_proposal (edit, plan, index, &copy);
  payday_proposal_clear (&copy);
  payday_document_edit_commit (document, edit);
}

void
payday_connects_edit_remove_proposal (PaydayDocument *document,
                                      guint           index)
{
  PaydayPlan *plan = payday_document_get_plan (document);

  PaydayPlanEdit *edit;

  g_return_if_fail (index < plan->proposals->len);

  edit = payday_document_edit_begin (document, _("Remove Proposal"));
  payday_plan_edit_remove_proposal (edit, plan, index);
  payday_document_edit_commit (document, edit);
}

/**
 * payday_connects_edit_create_contract:
 * @proposal_index: a hired proposal without a contract
 * @type: hourly or fixed
 * @amount_cents: the hourly rate, or the first milestone's amount of a fixed contract
 *   (no milestone when 0)
 * @new_client_name: (nullable): when the proposal names no client, a contract still needs
 *   one (docs/plan-format.md): a client of this name is added and set on the proposal too
 *
 * Creates a contract from the proposal: its title and client, starting on the day it was
 * hired (its status_date, else its date), and links the proposal to it.
 *
 * Returns: (transfer none): the new contract's id
 */
const char *
payday_connects_edit_create_contract (PaydayDocument      *document,
                                      guint                proposal_index,
                                      PaydayContractType   type,
                                      PaydayCents          amount_cents,
                                      const char          *new_client_name)
{
  PaydayPlan *plan = payday_document_get_plan (document);
  const PaydayProposal *proposal;
  PaydayProposal linked;
  PaydayContract contract;
  PaydayPlanEdit *edit;
  const char *id;

  g_return_val_if_fail (proposal_index < plan->proposals->len, NULL);

  proposal = &g_array_index (plan->proposals, PaydayProposal, proposal_index);
  g_return_val_if_fail (proposal->status == PAYDAY_PROPOSAL_HIRED, NULL);

  /* One command: the new client (if any), the contract and the proposal's links. */
  edit = payday_document_edit_begin (document, _("Create Contract"));
  payday_proposal_copy_into (&linked, proposal);

  if (linked.client == NULL)
    {
      PaydayClient client = { 0 };

      client.id = payday_connects_edit_new_id (document, "client");
      client.name = g_strdup (new_client_name != NULL && new_client_name[0] != '\0'
                              ? new_client_name : client.id);
      client.billed_before_cents = 0;
      payday_plan_edit_insert_client (edit, plan, plan->clients->len, &client);
      linked.client = g_strdup (client.id);
      payday_client_clear (&client);
    }

  payday_contract_init (&contract, type);
  contract.id = payday_connects_edit_new_id (document, "contract");
  contract.title = g_strdup (linked.title != NULL && linked.title[0] != '\0'
                             ? linked.title : contract.id);
  contract.client = g_strdup (linked.client);
  contract.start = payday_date_is_set (linked.status_date) ? linked.status_date
                                                           : linked.date;

  if (type == PAYDAY_CONTRACT_HOURLY)
    {
      contract.rate_cents = MAX (amount_cents, 0);
    }
  else if (amount_cents > 0)
    {
      PaydayMilestone milestone = { 0 };

      milestone.id = g_strdup ("m1");
      milestone.title = g_strdup (contract.title);
      milestone.amount_cents = amount_cents;
      milestone.funded = contract.start;
      milestone.due = PAYDAY_DATE_NONE;
      milestone.submitted = PAYDAY_DATE_NONE;
      milestone.approved = PAYDAY_DATE_NONE;
      milestone.paid_cents = PAYDAY_NONE;
      milestone.status = PAYDAY_MILESTONE_ACTIVE;
      g_array_append_val (contract.milestones, milestone);
    }

  payday_plan_edit_insert_contract (edit, plan, plan->contracts->len, &contract);
  id = g_array_index (plan->contracts, PaydayContract, plan->contracts->len - 1).id;

  g_free (linked.contract);
  linked.contract = g_strdup (id);
  payday_plan_edit_replace_proposal (edit, plan, proposal_index, &linked);

  payday_proposal_clear (&linked);
  payday_contract_clear (&contract);
  payday_document_edit_commit (document, edit);

  return id;
}
