/* payday-connects-edit.c — the edits of the Connects and Proposals pages, one function each
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "payday-connects-edit.h"

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

  g_return_if_fail (tx != NULL && tx->id != NULL);

  transaction_copy_into (&copy, tx);
  g_array_append_val (plan->connects.transactions, copy);
  payday_document_changed (document);
}

void
payday_connects_edit_set_transaction (PaydayDocument          *document,
                                      guint                    index,
                                      const PaydayTransaction *tx)
{
  PaydayPlan *plan = payday_document_get_plan (document);

  g_return_if_fail (index < plan->connects.transactions->len);

  transaction_copy_into (&g_array_index (plan->connects.transactions, PaydayTransaction, index), tx);
  payday_document_changed (document);
}

void
payday_connects_edit_remove_transaction (PaydayDocument *document,
                                         guint           index)
{
  PaydayPlan *plan = payday_document_get_plan (document);

  g_return_if_fail (index < plan->connects.transactions->len);

  g_array_remove_index (plan->connects.transactions, index);
  payday_document_changed (document);
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

  plan->connects.opening_balance = MAX (balance, 0);
  plan->connects.opening_date = date;
  payday_document_changed (document);
}

void
payday_connects_edit_add_membership (PaydayDocument         *document,
                                     const PaydayMembership *membership)
{
  PaydayPlan *plan = payday_document_get_plan (document);
  PaydayMembership copy = *membership;

  copy.extra = NULL;
  g_array_append_val (plan->connects.membership, copy);
  payday_document_changed (document);
}

void
payday_connects_edit_set_membership (PaydayDocument         *document,
                                     guint                   index,
                                     const PaydayMembership *membership)
{
  PaydayPlan *plan = payday_document_get_plan (document);
  PaydayMembership *dest;
  JsonObject *extra;

  g_return_if_fail (index < plan->connects.membership->len);

  dest = &g_array_index (plan->connects.membership, PaydayMembership, index);
  extra = dest->extra;
  *dest = *membership;
  dest->extra = extra;
  payday_document_changed (document);
}

void
payday_connects_edit_remove_membership (PaydayDocument *document,
                                        guint           index)
{
  PaydayPlan *plan = payday_document_get_plan (document);

  g_return_if_fail (index < plan->connects.membership->len);

  g_array_remove_index (plan->connects.membership, index);
  payday_document_changed (document);
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

  g_return_if_fail (proposal != NULL && proposal->id != NULL);

  proposal_copy_into (&copy, proposal);
  g_array_append_val (plan->proposals, copy);
  payday_document_changed (document);
}

void
payday_connects_edit_set_proposal (PaydayDocument       *document,
                                   guint                 index,
                                   const PaydayProposal *proposal)
{
  PaydayPlan *plan = payday_document_get_plan (document);

  g_return_if_fail (index < plan->proposals->len);

  proposal_copy_into (&g_array_index (plan->proposals, PaydayProposal, index), proposal);
  payday_document_changed (document);
}

void
payday_connects_edit_remove_proposal (PaydayDocument *document,
                                      guint           index)
{
  PaydayPlan *plan = payday_document_get_plan (document);

  g_return_if_fail (index < plan->proposals->len);

  g_array_remove_index (plan->proposals, index);
  payday_document_changed (document);
}

/**
 * payday_connects_edit_create_contract:
 * @proposal_index: a hired proposal without a contract
 * @type: hourly or fixed
 * @amount_cents: the hourly rate, or the first milestone's amount of a fixed contract
 *   (no milestone when 0)
 * @new_client_name: (nullable): when the proposal names no client, a contract still needs
 *   one (plan-format.md): a client of this name is added and set on the proposal too
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
  PaydayProposal *proposal;
  PaydayContract contract;
  const char *id;

  g_return_val_if_fail (proposal_index < plan->proposals->len, NULL);

  proposal = &g_array_index (plan->proposals, PaydayProposal, proposal_index);
  g_return_val_if_fail (proposal->status == PAYDAY_PROPOSAL_HIRED, NULL);

  if (proposal->client == NULL)
    {
      PaydayClient client = { 0 };

      client.id = payday_connects_edit_new_id (document, "client");
      client.name = g_strdup (new_client_name != NULL && new_client_name[0] != '\0'
                              ? new_client_name : client.id);
      client.billed_before_cents = 0;
      g_array_append_val (plan->clients, client);
      proposal->client = g_strdup (client.id);
    }

  payday_contract_init (&contract, type);
  contract.id = payday_connects_edit_new_id (document, "contract");
  contract.title = g_strdup (proposal->title != NULL && proposal->title[0] != '\0'
                             ? proposal->title : contract.id);
  contract.client = g_strdup (proposal->client);
  contract.start = payday_date_is_set (proposal->status_date) ? proposal->status_date
                                                              : proposal->date;

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

  g_array_append_val (plan->contracts, contract);
  id = g_array_index (plan->contracts, PaydayContract, plan->contracts->len - 1).id;

  g_free (proposal->contract);
  proposal->contract = g_strdup (id);

  payday_document_changed (document);

  return id;
}
