/* payday-connects-edit.c — the edits of the Connects and Proposals pages, one function each
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "payday-connects-edit.h"

/* Every edit is one command on the document: the Connects (opening balance, membership,
 * transactions) are one part set as a whole; a proposal, client or contract is one
 * operation of its own, named by its id. Memberships have no id in the plan format: they
 * are addressed by their place in the list, inside the Connects part. */

static PaydayConnects *
connects_begin (PaydayDocument *document)
{
  return payday_document_dup_part (document, PAYDAY_PLAN_PART_CONNECTS);
}

/* Takes @connects. */
static void
connects_commit (PaydayDocument *document,
                 PaydayConnects *connects,
                 const char     *label,
                 const char     *merge_key)
{
  g_autoptr(PaydayCommand) command = payday_command_new (label);

  payday_command_set_merge_key (command, merge_key);
  payday_command_take_part (command, PAYDAY_PLAN_PART_CONNECTS, connects);
  payday_document_run (document, command, NULL);
}

/* A copy of the Connects for a command that changes the transaction @id, or the
 * membership period at @period (periods have no id): %NULL when there is none. */
static PaydayConnects *
connects_begin_at (PaydayDocument *document,
                   const char     *id,
                   guint           period,
                   guint          *index)
{
  PaydayConnects *connects = connects_begin (document);

  if (connects == NULL)
    return NULL;

  if (id != NULL)
    {
      for (guint i = 0; i < connects->transactions->len; i++)
        if (g_strcmp0 (g_array_index (connects->transactions, PaydayTransaction, i).id, id) == 0)
          {
            *index = i;
            return connects;
          }
    }
  else if (period < connects->membership->len)
    {
      *index = period;
      return connects;
    }

  payday_plan_part_free (PAYDAY_PLAN_PART_CONNECTS, connects);
  g_return_val_if_reached (NULL);
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
  PaydayConnects *connects;
  PaydayTransaction copy = { 0 };

  g_return_if_fail (tx != NULL && tx->id != NULL);

  if (!(connects = connects_begin (document)))
    return;
  transaction_copy_into (&copy, tx);
  g_array_append_val (connects->transactions, copy);
  connects_commit (document, connects, _("Add Connects Transaction"), NULL);
}

/**
 * payday_connects_edit_set_transaction:
 * @id: the transaction that changes
 */
void
payday_connects_edit_set_transaction (PaydayDocument          *document,
                                      const char              *id,
                                      const PaydayTransaction *tx)
{
  PaydayConnects *connects;
  guint index;

  g_return_if_fail (id != NULL);

  if (!(connects = connects_begin_at (document, id, 0, &index)))
    return;

  transaction_copy_into (&g_array_index (connects->transactions, PaydayTransaction, index), tx);
  connects_commit (document, connects, _("Edit Connects Transaction"), NULL);
}

void
payday_connects_edit_remove_transaction (PaydayDocument *document,
                                         const char     *id)
{
  PaydayConnects *connects;
  guint index;

  g_return_if_fail (id != NULL);

  if (!(connects = connects_begin_at (document, id, 0, &index)))
    return;

  g_array_remove_index (connects->transactions, index);
  connects_commit (document, connects, _("Remove Connects Transaction"), NULL);
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
  PaydayConnects *connects;

  balance = MAX (balance, 0);
  if (plan == NULL ||
      (plan->connects.opening_balance == balance && plan->connects.opening_date == date))
    return;

  connects = connects_begin (document);
  connects->opening_balance = balance;
  connects->opening_date = date;
  /* Typing a number in steps is one command. */
  connects_commit (document, connects, _("Edit Opening Balance"), "connects.opening");
}

void
payday_connects_edit_add_membership (PaydayDocument         *document,
                                     const PaydayMembership *membership)
{
  PaydayConnects *connects;
  PaydayMembership copy = *membership;

  if (!(connects = connects_begin (document)))
    return;
  copy.extra = NULL;
  g_array_append_val (connects->membership, copy);
  connects_commit (document, connects, _("Add Membership"), NULL);
}

/**
 * payday_connects_edit_set_membership:
 * @index: the membership period's place in the plan's list (periods have no id)
 */
void
payday_connects_edit_set_membership (PaydayDocument         *document,
                                     guint                   index,
                                     const PaydayMembership *membership)
{
  PaydayConnects *connects;
  PaydayMembership *dest;
  JsonObject *extra;

  if (!(connects = connects_begin_at (document, NULL, index, &index)))
    return;

  dest = &g_array_index (connects->membership, PaydayMembership, index);
  extra = dest->extra;
  *dest = *membership;
  dest->extra = extra;
  connects_commit (document, connects, _("Edit Membership"), NULL);
}

void
payday_connects_edit_remove_membership (PaydayDocument *document,
                                        guint           index)
{
  PaydayConnects *connects;

  if (!(connects = connects_begin_at (document, NULL, index, &index)))
    return;

  g_array_remove_index (connects->membership, index);
  connects_commit (document, connects, _("Remove Membership"), NULL);
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

/* Runs @command and frees it. */
static void
run_one (PaydayDocument *document,
         PaydayCommand  *command)
{
  payday_document_run (document, command, NULL);
  payday_command_free (command);
}

void
payday_connects_edit_add_proposal (PaydayDocument       *document,
                                   const PaydayProposal *proposal)
{
  PaydayCommand *command;
  PaydayProposal copy = { 0 };

  g_return_if_fail (proposal != NULL && proposal->id != NULL);

  proposal_copy_into (&copy, proposal);
  command = payday_command_new (_("Add Proposal"));
  payday_command_add_proposal (command, &copy);
  payday_proposal_clear (&copy);
  run_one (document, command);
}

/**
 * payday_connects_edit_set_proposal:
 * @id: the proposal that changes
 */
void
payday_connects_edit_set_proposal (PaydayDocument       *document,
                                   const char           *id,
                                   const PaydayProposal *proposal)
{
  PaydayPlan *plan = payday_document_get_plan (document);
  PaydayCommand *command;
  PaydayProposal copy;
  gint index;

  g_return_if_fail (plan != NULL && (index = payday_plan_find_proposal_index (plan, id)) >= 0);

  /* The old value's `extra` is kept: copy it, then overwrite what the form says. */
  payday_proposal_copy_into (&copy, &g_array_index (plan->proposals, PaydayProposal, index));
  proposal_copy_into (&copy, proposal);
  command = payday_command_new (_("Edit Proposal"));
  payday_command_replace_proposal (command, id, &copy);
  payday_proposal_clear (&copy);
  run_one (document, command);
}

void
payday_connects_edit_remove_proposal (PaydayDocument *document,
                                      const char     *id)
{
  PaydayCommand *command = payday_command_new (_("Remove Proposal"));

  payday_command_remove_proposal (command, id);
  run_one (document, command);
}

/**
 * payday_connects_edit_create_contract:
 * @proposal_id: a hired proposal without a contract
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
                                      const char          *proposal_id,
                                      PaydayContractType   type,
                                      PaydayCents          amount_cents,
                                      const char          *new_client_name)
{
  PaydayPlan *plan = payday_document_get_plan (document);
  g_autoptr(PaydayCommand) command = NULL;
  /* @proposal_id may point into the proposal the command replaces. */
  g_autofree char *pid = g_strdup (proposal_id);
  const PaydayProposal *proposal;
  PaydayProposal linked;
  PaydayContract contract;
  gint index;

  g_return_val_if_fail (plan != NULL, NULL);
  g_return_val_if_fail ((index = payday_plan_find_proposal_index (plan, proposal_id)) >= 0, NULL);

  proposal = &g_array_index (plan->proposals, PaydayProposal, index);
  g_return_val_if_fail (proposal->status == PAYDAY_PROPOSAL_HIRED, NULL);

  /* One command: the new client (if any), the contract and the proposal's links. */
  command = payday_command_new (_("Create Contract"));
  payday_proposal_copy_into (&linked, proposal);

  if (linked.client == NULL)
    {
      PaydayClient client = { 0 };

      client.id = payday_connects_edit_new_id (document, "client");
      client.name = g_strdup (new_client_name != NULL && new_client_name[0] != '\0'
                              ? new_client_name : client.id);
      client.billed_before_cents = 0;
      payday_command_add_client (command, &client);
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

  payday_command_add_contract (command, &contract, NULL);

  g_free (linked.contract);
  linked.contract = g_strdup (contract.id);
  payday_command_replace_proposal (command, pid, &linked);

  payday_proposal_clear (&linked);
  payday_contract_clear (&contract);
  if (!payday_document_run (document, command, NULL))
    return NULL;

  /* The id as the plan holds it, which outlives this call. */
  proposal = &g_array_index (plan->proposals, PaydayProposal, payday_plan_find_proposal_index (plan, pid));
  return proposal->contract;
}
