/* payday-command.c — one change of a plan, addressed by ids, as the document runs it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "payday-command.h"
#include "payday-error.h"
#include "payday-plan-private.h"

typedef enum
{
  OP_ADD,
  OP_REPLACE,
  OP_REMOVE,
  OP_PART,
} OpKind;

typedef enum
{
  ENTITY_CONTRACT,
  ENTITY_CLIENT,
  ENTITY_PROPOSAL,
  /* The parts of one contract, named by the contract's id and their own key. */
  ENTITY_WEEK,                          /* by its week_start */
  ENTITY_MILESTONE,                     /* by its id */
  ENTITY_BONUS,                         /* by its id */
} Entity;

/* One operation. @id names the entity replaced or removed, or the one an added contract
 * goes after (NULL: at the end); for a contract's part, the contract. @value is a private
 * deep copy: the entity's struct, or for OP_PART the part's value
 * (payday_plan_part_snapshot()'s kind). A contract's part travels as the one element of
 * a contract of its own, so the contract's copy and clear serve it too. @sub_key names
 * the part removed (a milestone's or bonus' id, or a week's start). */
typedef struct
{
  OpKind          kind;
  Entity          entity;
  PaydayPlanPart  part;
  char           *id;
  gpointer        value;
  char           *sub_id;
  PaydayDate      week_start;
} Op;

struct _PaydayCommand
{
  char   *label;
  char   *merge_key;
  GArray *ops;                          /* Op */
};

static void
entity_free (Entity   entity,
             gpointer value)
{
  switch (entity)
    {
    case ENTITY_CLIENT: payday_client_clear (value); break;
    case ENTITY_PROPOSAL: payday_proposal_clear (value); break;
    case ENTITY_WEEK:
    case ENTITY_MILESTONE:
    case ENTITY_BONUS:
    case ENTITY_CONTRACT: payday_contract_clear (value); break;
    default: g_assert_not_reached ();
    }
  g_free (value);
}

static void
op_clear (Op *op)
{
  if (op->value != NULL)
    {
      if (op->kind == OP_PART)
        payday_plan_part_free (op->part, op->value);
      else
        entity_free (op->entity, op->value);
    }
  g_free (op->id);
  g_free (op->sub_id);
}

/**
 * payday_command_new:
 * @label: what the command does, for "Undo …" (a translated sentence fragment)
 *
 * Returns: (transfer full): a command without operations
 */
PaydayCommand *
payday_command_new (const char *label)
{
  PaydayCommand *command = g_new0 (PaydayCommand, 1);

  command->label = g_strdup (label);
  command->ops = g_array_new (FALSE, TRUE, sizeof (Op));
  g_array_set_clear_func (command->ops, (GDestroyNotify) op_clear);

  return command;
}

void
payday_command_free (PaydayCommand *command)
{
  if (command == NULL)
    return;

  g_array_unref (command->ops);
  g_free (command->label);
  g_free (command->merge_key);
  g_free (command);
}

const char *
payday_command_get_label (const PaydayCommand *command)
{
  g_return_val_if_fail (command != NULL, NULL);

  return command->label;
}

gboolean
payday_command_is_empty (const PaydayCommand *command)
{
  g_return_val_if_fail (command != NULL, TRUE);

  return command->ops->len == 0;
}

/**
 * payday_command_set_merge_key:
 * @key: (nullable): e.g. "simulation.win_rate"; %NULL never merges
 *
 * Commands with the same key run within two seconds of each other, while nothing was
 * undone or saved in between, are undone as one (payday_plan_edit_set_merge_key()).
 */
void
payday_command_set_merge_key (PaydayCommand *command,
                              const char    *key)
{
  g_return_if_fail (command != NULL);

  g_free (command->merge_key);
  command->merge_key = g_strdup (key);
}

static void
add_op (PaydayCommand  *command,
        OpKind          kind,
        Entity          entity,
        const char     *id,
        gconstpointer   value)
{
  Op op = { kind, entity, 0, g_strdup (id), NULL, NULL, PAYDAY_DATE_NONE };

  if (value != NULL)
    switch (entity)
      {
      case ENTITY_CONTRACT:
        op.value = g_new (PaydayContract, 1);
        payday_contract_copy_into (op.value, value);
        break;
      case ENTITY_CLIENT:
        op.value = g_new (PaydayClient, 1);
        payday_client_copy_into (op.value, value);
        break;
      case ENTITY_PROPOSAL:
        op.value = g_new (PaydayProposal, 1);
        payday_proposal_copy_into (op.value, value);
        break;
      case ENTITY_WEEK:
      case ENTITY_MILESTONE:
      case ENTITY_BONUS:
      default:
        g_assert_not_reached ();
      }

  g_array_append_val (command->ops, op);
}

/**
 * payday_command_add_contract:
 * @contract: the new contract, with an id no other contract has (copied)
 * @after_id: (nullable): the contract it goes after; %NULL adds it at the end
 */
void
payday_command_add_contract (PaydayCommand        *command,
                             const PaydayContract *contract,
                             const char           *after_id)
{
  g_return_if_fail (command != NULL && contract != NULL);

  add_op (command, OP_ADD, ENTITY_CONTRACT, after_id, contract);
}

/**
 * payday_command_replace_contract:
 * @id: the contract that changes
 * @contract: its new value (copied); it must pass payday_contract_validate()
 */
void
payday_command_replace_contract (PaydayCommand        *command,
                                 const char           *id,
                                 const PaydayContract *contract)
{
  g_return_if_fail (command != NULL && id != NULL && contract != NULL);

  add_op (command, OP_REPLACE, ENTITY_CONTRACT, id, contract);
}

/**
 * payday_command_remove_contract:
 *
 * Removes the contract @id; the proposals that led to it lose their link first (the file
 * format needs every reference to resolve), and undo restores both.
 */
void
payday_command_remove_contract (PaydayCommand *command,
                                const char    *id)
{
  g_return_if_fail (command != NULL && id != NULL);

  add_op (command, OP_REMOVE, ENTITY_CONTRACT, id, NULL);
}

/**
 * payday_command_add_client:
 * @client: the new client, with an id no other client has (copied); added at the end
 */
void
payday_command_add_client (PaydayCommand      *command,
                           const PaydayClient *client)
{
  g_return_if_fail (command != NULL && client != NULL);

  add_op (command, OP_ADD, ENTITY_CLIENT, NULL, client);
}

void
payday_command_replace_client (PaydayCommand      *command,
                               const char         *id,
                               const PaydayClient *client)
{
  g_return_if_fail (command != NULL && id != NULL && client != NULL);

  add_op (command, OP_REPLACE, ENTITY_CLIENT, id, client);
}

/**
 * payday_command_remove_client:
 *
 * Removes the client @id; the command is refused while a contract or proposal names it.
 */
void
payday_command_remove_client (PaydayCommand *command,
                              const char    *id)
{
  g_return_if_fail (command != NULL && id != NULL);

  add_op (command, OP_REMOVE, ENTITY_CLIENT, id, NULL);
}

/**
 * payday_command_add_proposal:
 * @proposal: the new proposal, with an id no other proposal has (copied); added at the end
 */
void
payday_command_add_proposal (PaydayCommand        *command,
                             const PaydayProposal *proposal)
{
  g_return_if_fail (command != NULL && proposal != NULL);

  add_op (command, OP_ADD, ENTITY_PROPOSAL, NULL, proposal);
}

void
payday_command_replace_proposal (PaydayCommand        *command,
                                 const char           *id,
                                 const PaydayProposal *proposal)
{
  g_return_if_fail (command != NULL && id != NULL && proposal != NULL);

  add_op (command, OP_REPLACE, ENTITY_PROPOSAL, id, proposal);
}

void
payday_command_remove_proposal (PaydayCommand *command,
                                const char    *id)
{
  g_return_if_fail (command != NULL && id != NULL);

  add_op (command, OP_REMOVE, ENTITY_PROPOSAL, id, NULL);
}

/* A contract's parts --------------------------------------------------------------- */

/* A contract of its own holding a deep copy of one week, milestone or bonus. */
static PaydayContract *
carrier_new (Entity        entity,
             gconstpointer value)
{
  PaydayContract *carrier = g_new (PaydayContract, 1);

  payday_contract_init (carrier, entity == ENTITY_MILESTONE ? PAYDAY_CONTRACT_FIXED
                                                            : PAYDAY_CONTRACT_HOURLY);
  if (entity == ENTITY_WEEK)
    {
      PaydayWeek week = *(const PaydayWeek *) value;

      week.extra = payday_json_object_deep_copy (week.extra);
      g_array_append_val (carrier->weeks, week);
    }
  else if (entity == ENTITY_MILESTONE)
    {
      PaydayMilestone milestone = *(const PaydayMilestone *) value;

      milestone.id = g_strdup (milestone.id);
      milestone.title = g_strdup (milestone.title);
      milestone.extra = payday_json_object_deep_copy (milestone.extra);
      g_array_append_val (carrier->milestones, milestone);
    }
  else
    {
      PaydayBonus bonus = *(const PaydayBonus *) value;

      bonus.id = g_strdup (bonus.id);
      bonus.extra = payday_json_object_deep_copy (bonus.extra);
      g_array_append_val (carrier->bonuses, bonus);
    }

  return carrier;
}

static void
add_part_op (PaydayCommand *command,
             OpKind         kind,
             Entity         entity,
             const char    *contract_id,
             gconstpointer  value,
             const char    *sub_id,
             PaydayDate     week_start)
{
  Op op = { kind, entity, 0, g_strdup (contract_id), NULL, g_strdup (sub_id), week_start };

  if (value != NULL)
    op.value = carrier_new (entity, value);
  g_array_append_val (command->ops, op);
}

/**
 * payday_command_set_week:
 * @contract_id: an hourly contract
 * @week: the week's new value (copied); it replaces the contract's week with the same
 *   week_start, or is added in date order when the contract has none
 */
void
payday_command_set_week (PaydayCommand    *command,
                         const char       *contract_id,
                         const PaydayWeek *week)
{
  g_return_if_fail (command != NULL && contract_id != NULL && week != NULL);

  add_part_op (command, OP_REPLACE, ENTITY_WEEK, contract_id, week, NULL, week->week_start);
}

/**
 * payday_command_remove_week:
 *
 * Removes the week starting on @week_start from the contract @contract_id.
 */
void
payday_command_remove_week (PaydayCommand *command,
                            const char    *contract_id,
                            PaydayDate     week_start)
{
  g_return_if_fail (command != NULL && contract_id != NULL);

  add_part_op (command, OP_REMOVE, ENTITY_WEEK, contract_id, NULL, NULL, week_start);
}

/**
 * payday_command_add_milestone:
 * @milestone: a new milestone of the fixed-price contract @contract_id, with an id no
 *   other milestone of it has (copied); added after the others
 */
void
payday_command_add_milestone (PaydayCommand         *command,
                              const char            *contract_id,
                              const PaydayMilestone *milestone)
{
  g_return_if_fail (command != NULL && contract_id != NULL && milestone != NULL);

  add_part_op (command, OP_ADD, ENTITY_MILESTONE, contract_id, milestone, NULL, PAYDAY_DATE_NONE);
}

/**
 * payday_command_replace_milestone:
 * @milestone: the new value of the contract's milestone with the same id (copied)
 */
void
payday_command_replace_milestone (PaydayCommand         *command,
                                  const char            *contract_id,
                                  const PaydayMilestone *milestone)
{
  g_return_if_fail (command != NULL && contract_id != NULL && milestone != NULL);

  add_part_op (command, OP_REPLACE, ENTITY_MILESTONE, contract_id, milestone, NULL, PAYDAY_DATE_NONE);
}

void
payday_command_remove_milestone (PaydayCommand *command,
                                 const char    *contract_id,
                                 const char    *milestone_id)
{
  g_return_if_fail (command != NULL && contract_id != NULL && milestone_id != NULL);

  add_part_op (command, OP_REMOVE, ENTITY_MILESTONE, contract_id, NULL, milestone_id, PAYDAY_DATE_NONE);
}

/**
 * payday_command_add_bonus:
 * @bonus: a new bonus of the contract @contract_id, with an id no other bonus of it has
 *   (copied); added after the others
 */
void
payday_command_add_bonus (PaydayCommand     *command,
                          const char        *contract_id,
                          const PaydayBonus *bonus)
{
  g_return_if_fail (command != NULL && contract_id != NULL && bonus != NULL);

  add_part_op (command, OP_ADD, ENTITY_BONUS, contract_id, bonus, NULL, PAYDAY_DATE_NONE);
}

void
payday_command_replace_bonus (PaydayCommand     *command,
                              const char        *contract_id,
                              const PaydayBonus *bonus)
{
  g_return_if_fail (command != NULL && contract_id != NULL && bonus != NULL);

  add_part_op (command, OP_REPLACE, ENTITY_BONUS, contract_id, bonus, NULL, PAYDAY_DATE_NONE);
}

void
payday_command_remove_bonus (PaydayCommand *command,
                             const char    *contract_id,
                             const char    *bonus_id)
{
  g_return_if_fail (command != NULL && contract_id != NULL && bonus_id != NULL);

  add_part_op (command, OP_REMOVE, ENTITY_BONUS, contract_id, NULL, bonus_id, PAYDAY_DATE_NONE);
}

/**
 * payday_command_take_part:
 * @value: (transfer full): the part's new value, as payday_plan_part_snapshot() returns
 *   one (PaydayConnects, PaydayProfile, PaydaySimulation, PaydayWithdrawals or
 *   PaydayPlanHeader in g_malloc()ed memory)
 *
 * Sets one part of the plan as a whole. An editor copies the part
 * (payday_document_dup_part()), changes the copy and hands it over here.
 */
void
payday_command_take_part (PaydayCommand  *command,
                          PaydayPlanPart  part,
                          gpointer        value)
{
  Op op = { OP_PART, 0, part, NULL, value, NULL, PAYDAY_DATE_NONE };

  g_return_if_fail (command != NULL && value != NULL);
  g_return_if_fail (part < PAYDAY_PLAN_N_PARTS);

  g_array_append_val (command->ops, op);
}

/**
 * payday_command_set_part:
 * @value: the part's new value (copied), the part's own struct or a PaydayPlanHeader
 */
void
payday_command_set_part (PaydayCommand  *command,
                         PaydayPlanPart  part,
                         gconstpointer   value)
{
  g_autoptr(PaydayPlan) holder = NULL;

  g_return_if_fail (command != NULL && value != NULL);
  g_return_if_fail (part < PAYDAY_PLAN_N_PARTS);

  /* A plan holds the value only long enough to be copied the way every part is. */
  holder = payday_plan_new ();
  payday_plan_part_restore (holder, part, value);
  payday_command_take_part (command, part, payday_plan_part_snapshot (holder, part));
}

static gint
find_index (const PaydayPlan *plan,
            Entity            entity,
            const char       *id)
{
  switch (entity)
    {
    case ENTITY_CONTRACT: return payday_plan_find_contract_index (plan, id);
    case ENTITY_CLIENT: return payday_plan_find_client_index (plan, id);
    case ENTITY_PROPOSAL: return payday_plan_find_proposal_index (plan, id);
    case ENTITY_WEEK:
    case ENTITY_MILESTONE:
    case ENTITY_BONUS:
    default: g_assert_not_reached ();
    }
}

static guint
entity_count (const PaydayPlan *plan,
              Entity            entity)
{
  switch (entity)
    {
    case ENTITY_CONTRACT: return plan->contracts->len;
    case ENTITY_CLIENT: return plan->clients->len;
    case ENTITY_PROPOSAL: return plan->proposals->len;
    case ENTITY_WEEK:
    case ENTITY_MILESTONE:
    case ENTITY_BONUS:
    default: g_assert_not_reached ();
    }
}

/* The id of an entity value (every entity struct starts its own way: read the member). */
static const char *
value_id (Entity        entity,
          gconstpointer value)
{
  switch (entity)
    {
    case ENTITY_CONTRACT: return ((const PaydayContract *) value)->id;
    case ENTITY_CLIENT: return ((const PaydayClient *) value)->id;
    case ENTITY_PROPOSAL: return ((const PaydayProposal *) value)->id;
    case ENTITY_WEEK:
    case ENTITY_MILESTONE:
    case ENTITY_BONUS:
    default: g_assert_not_reached ();
    }
}

static gboolean
not_found (Entity       entity,
           const char  *id,
           GError     **error)
{
  switch (entity)
    {
    case ENTITY_CONTRACT:
      g_set_error (error, PAYDAY_ERROR, PAYDAY_ERROR_NOT_FOUND, _("No contract has the id “%s”"), id);
      break;
    case ENTITY_CLIENT:
      g_set_error (error, PAYDAY_ERROR, PAYDAY_ERROR_NOT_FOUND, _("No client has the id “%s”"), id);
      break;
    case ENTITY_PROPOSAL:
      g_set_error (error, PAYDAY_ERROR, PAYDAY_ERROR_NOT_FOUND, _("No proposal has the id “%s”"), id);
      break;
    case ENTITY_WEEK:
    case ENTITY_MILESTONE:
    case ENTITY_BONUS:
    default:
      g_assert_not_reached ();
    }
  return FALSE;
}

/* The array of @contract that holds @entity's kind of part, and the part's element size. */
static GArray *
part_array (PaydayContract *contract,
            Entity          entity)
{
  switch (entity)
    {
    case ENTITY_WEEK: return contract->weeks;
    case ENTITY_MILESTONE: return contract->milestones;
    case ENTITY_BONUS: return contract->bonuses;
    case ENTITY_CONTRACT:
    case ENTITY_CLIENT:
    case ENTITY_PROPOSAL:
    default: g_assert_not_reached ();
    }
}

/* Where the part named by @id (or @week_start) stands in @parts, -1 when nowhere. */
static gint
find_part (GArray     *parts,
           Entity      entity,
           const char *id,
           PaydayDate  week_start)
{
  for (guint i = 0; i < parts->len; i++)
    {
      gboolean same;

      if (entity == ENTITY_WEEK)
        same = g_array_index (parts, PaydayWeek, i).week_start == week_start;
      else if (entity == ENTITY_MILESTONE)
        same = g_strcmp0 (g_array_index (parts, PaydayMilestone, i).id, id) == 0;
      else
        same = g_strcmp0 (g_array_index (parts, PaydayBonus, i).id, id) == 0;
      if (same)
        return i;
    }
  return -1;
}

/* Changes @copy, a copy of the contract the part operation @op names. */
static gboolean
change_part (const Op        *op,
             PaydayContract  *copy,
             GError         **error)
{
  const PaydayContract *carrier = op->value;
  GArray *parts;
  const char *id = op->sub_id;
  gint at;

  if (op->entity != ENTITY_BONUS &&
      (op->entity == ENTITY_WEEK) != (copy->type == PAYDAY_CONTRACT_HOURLY))
    {
      g_set_error (error, PAYDAY_ERROR, PAYDAY_ERROR_INVALID,
                   op->entity == ENTITY_WEEK ? _("The contract “%s” is not hourly")
                                             : _("The contract “%s” is not fixed-price"),
                   op->id);
      return FALSE;
    }

  parts = part_array (copy, op->entity);
  if (carrier != NULL && op->entity == ENTITY_MILESTONE)
    id = g_array_index (carrier->milestones, PaydayMilestone, 0).id;
  else if (carrier != NULL && op->entity == ENTITY_BONUS)
    id = g_array_index (carrier->bonuses, PaydayBonus, 0).id;
  at = find_part (parts, op->entity, id, op->week_start);

  if (op->kind == OP_ADD && (at >= 0 || id == NULL || id[0] == '\0'))
    {
      g_set_error (error, PAYDAY_ERROR, PAYDAY_ERROR_INVALID,
                   _("The id “%s” is empty or already taken"), id ? id : "");
      return FALSE;
    }
  if (at < 0 && (op->kind == OP_REMOVE || (op->kind == OP_REPLACE && op->entity != ENTITY_WEEK)))
    {
      g_set_error (error, PAYDAY_ERROR, PAYDAY_ERROR_NOT_FOUND,
                   _("The contract “%s” has no such week, milestone or bonus"), op->id);
      return FALSE;
    }

  if (at >= 0)
    g_array_remove_index (parts, at);
  if (carrier != NULL)
    {
      /* A fresh copy of the carried part, whose element @parts takes over. */
      PaydayContract *fresh = carrier_new (op->entity, part_array ((PaydayContract *) carrier, op->entity)->data);
      GArray *from = part_array (fresh, op->entity);
      guint to = at >= 0 ? (guint) at : parts->len;

      /* A new week goes in date order. */
      if (op->entity == ENTITY_WEEK && at < 0)
        for (to = 0; to < parts->len; to++)
          if (g_array_index (parts, PaydayWeek, to).week_start > op->week_start)
            break;
      g_array_insert_vals (parts, to, from->data, 1);
      memset (from->data, 0, g_array_get_element_size (from));
      entity_free (ENTITY_CONTRACT, fresh);
    }

  return payday_contract_validate (copy, error);
}

/* A week, milestone or bonus of one contract: changed on a copy of the contract, which
 * then replaces it (checked as a whole, one undo step). */
static gboolean
apply_part_op (const Op        *op,
               PaydayPlanEdit  *edit,
               PaydayPlan      *plan,
               GError         **error)
{
  PaydayContract copy;
  gboolean ok;
  gint index;

  if ((index = payday_plan_find_contract_index (plan, op->id)) < 0)
    return not_found (ENTITY_CONTRACT, op->id, error);

  payday_contract_copy_into (&copy, &g_array_index (plan->contracts, PaydayContract, index));
  if ((ok = change_part (op, &copy, error)))
    payday_plan_edit_replace_contract (edit, plan, index, &copy);
  payday_contract_clear (&copy);

  return ok;
}

static gboolean
apply_op (const Op        *op,
          PaydayPlanEdit  *edit,
          PaydayPlan      *plan,
          GError         **error)
{
  gint index = -1;

  if (op->entity >= ENTITY_WEEK && op->kind != OP_PART)
    return apply_part_op (op, edit, plan, error);

  if (op->kind == OP_PART)
    {
      payday_plan_edit_touch (edit, plan, op->part);
      payday_plan_part_restore (plan, op->part, op->value);
      payday_plan_edit_close (edit, plan);
      return TRUE;
    }

  if (op->kind != OP_ADD || op->id != NULL)
    {
      if ((index = find_index (plan, op->entity, op->id)) < 0)
        return not_found (op->entity, op->id, error);
    }

  if (op->kind == OP_ADD || op->kind == OP_REPLACE)
    {
      const char *id = value_id (op->entity, op->value);
      gint other = find_index (plan, op->entity, id);

      if (id == NULL || id[0] == '\0' ||
          (other >= 0 && (op->kind == OP_ADD || other != index)))
        {
          g_set_error (error, PAYDAY_ERROR, PAYDAY_ERROR_INVALID,
                       _("The id “%s” is empty or already taken"), id ? id : "");
          return FALSE;
        }
      if (op->entity == ENTITY_CONTRACT && !payday_contract_validate (op->value, error))
        return FALSE;
    }

  switch (op->kind)
    {
    case OP_ADD:
      index = op->id != NULL ? index + 1 : (gint) entity_count (plan, op->entity);
      if (op->entity == ENTITY_CONTRACT)
        payday_plan_edit_insert_contract (edit, plan, index, op->value);
      else if (op->entity == ENTITY_CLIENT)
        payday_plan_edit_insert_client (edit, plan, index, op->value);
      else
        payday_plan_edit_insert_proposal (edit, plan, index, op->value);
      break;

    case OP_REPLACE:
      if (op->entity == ENTITY_CONTRACT)
        payday_plan_edit_replace_contract (edit, plan, index, op->value);
      else if (op->entity == ENTITY_CLIENT)
        payday_plan_edit_replace_client (edit, plan, index, op->value);
      else
        payday_plan_edit_replace_proposal (edit, plan, index, op->value);
      break;

    case OP_REMOVE:
      if (op->entity == ENTITY_CONTRACT)
        {
          payday_plan_edit_remove_contract_unlinked (edit, plan, index);
        }
      else if (op->entity == ENTITY_CLIENT)
        {
          if (payday_plan_client_in_use (plan, op->id))
            {
              g_set_error (error, PAYDAY_ERROR, PAYDAY_ERROR_INVALID,
                           _("The client “%s” still has contracts or proposals"), op->id);
              return FALSE;
            }
          payday_plan_edit_remove_client (edit, plan, index);
        }
      else
        {
          payday_plan_edit_remove_proposal (edit, plan, index);
        }
      break;

    case OP_PART:
    default:
      g_assert_not_reached ();
    }

  return TRUE;
}

/**
 * payday_command_apply:
 * @plan: the plan to change
 *
 * Applies the operations to @plan in order and records them as an edit for a history.
 * When one is refused (an id that names nothing or is taken, a contract that breaks a rule
 * of the plan format, a client still in use) the ones before it are undone: @plan is as
 * it was, and @error says why.
 *
 * Returns: (transfer full) (nullable): the edit made, %NULL when refused
 */
PaydayPlanEdit *
payday_command_apply (const PaydayCommand  *command,
                      PaydayPlan           *plan,
                      GError              **error)
{
  g_autoptr(PaydayPlanEdit) edit = NULL;

  g_return_val_if_fail (command != NULL, NULL);
  g_return_val_if_fail (plan != NULL, NULL);

  edit = payday_plan_edit_new (command->label);
  payday_plan_edit_set_merge_key (edit, command->merge_key);

  for (guint i = 0; i < command->ops->len; i++)
    if (!apply_op (&g_array_index (command->ops, Op, i), edit, plan, error))
      {
        payday_plan_edit_revert (edit, plan);
        return NULL;
      }

  return g_steal_pointer (&edit);
}
