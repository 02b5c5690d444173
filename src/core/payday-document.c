/* payday-document.c — the open plan, its rules and the results computed from them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "payday-badge-item.h"
#include "payday-payment-item.h"
#include "payday-badges.h"
#include "payday-client-object.h"
#include "payday-contract-object.h"
#include "payday-document-private.h"
#include "payday-error.h"
#include "payday-ledger-entry.h"
#include "payday-membership-object.h"
#include "payday-proposal-object.h"
#include "payday-list-sync.h"
#include "payday-payout-row.h"
#include "payday-plan-edit.h"
#include "payday-reconcile-item.h"

typedef struct
{
  GFile       *file;
  PaydayPlan  *plan;
  PaydayRules *rules;
  guint        serial;
  PaydayDate   today;                   /* the document's today override at the load */
  PaydayPlan  *source;                  /* the open plan a save was copied from */
  guint        position;                /* the history position the save wrote */
  Results      results;                 /* a load's results, computed in its thread */
} LoadState;

G_DEFINE_FINAL_TYPE (PaydayDocument, payday_document, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FILE,
  PROP_TITLE,
  PROP_DIRTY,
  PROP_BUSY,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_WITHDRAWALS,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];
guint payday_document_signals [N_SIGNALS];

static void
results_clear (Results *results)
{
  g_clear_pointer (&results->badges, payday_badge_report_free);
  g_clear_pointer (&results->schedule, payday_schedule_unref);
  g_clear_pointer (&results->ledger, payday_ledger_free);
  g_clear_pointer (&results->proposal_stats, payday_proposal_stats_free);
  g_clear_pointer (&results->contract_facts, g_array_unref);
  g_clear_pointer (&results->payouts, payday_payouts_free);
  memset (&results->summary, 0, sizeof results->summary);
  results->summary.next_payment_date = PAYDAY_DATE_NONE;
}

/* Only reads @plan and @rules: safe in a thread while nothing else changes the plan. */
static void
results_compute (Results     *results,
                 PaydayPlan  *plan,
                 PaydayRules *rules)
{
  results_clear (results);

  results->schedule = payday_schedule_compute (plan, rules, payday_plan_get_today (plan));
  payday_summary_compute (results->schedule, &results->summary);
  /* Both walk the proposals and transactions once: cheap next to the schedule. */
  results->ledger = payday_ledger_compute (plan, rules, results->schedule->today);
  results->proposal_stats = payday_proposal_stats_compute (plan, rules, results->schedule->today);
  /* Once per change, from the schedule just computed: pages read it, never redo it. */
  results->badges = payday_badges_evaluate (plan, rules, results->schedule, results->schedule->today);
  /* What each contract comes to, for the pages that list contracts. */
  results->contract_facts = payday_contract_facts_compute (plan, results->schedule);
  /* From Available to the bank: a millisecond, or about ten for a weekly schedule over
   * 100,000 payments. */
  results->payouts = payday_payouts_compute (results->schedule);
}

/* After an edit, undo or redo, on the main thread: what @changes touched is recomputed and
 * the rest kept (the engines' *_update() functions), with results equal to
 * results_compute()'s; @delta says what changed in the schedule. */
static void
results_update (Results                 *results,
                PaydayPlan              *plan,
                PaydayRules             *rules,
                const PaydayPlanChanges *changes,
                PaydayScheduleDelta     *delta)
{
  PaydayDate today = payday_plan_get_today (plan);

  if (results->schedule == NULL)
    {
      results_compute (results, plan, rules);
      payday_schedule_delta_set_full (delta, 0, results->schedule->items->len);
      return;
    }

  results->schedule = payday_schedule_update (results->schedule, plan, rules, today, changes,
                                              delta);
  payday_summary_compute (results->schedule, &results->summary);
  results->ledger = payday_ledger_update (results->ledger, plan, rules, today, changes);
  results->proposal_stats = payday_proposal_stats_update (results->proposal_stats, plan, rules,
                                                          today, changes);
  results->badges = payday_badges_update (results->badges, plan, rules, results->schedule, today,
                                          changes, delta);
  results->contract_facts = payday_contract_facts_update (results->contract_facts, plan,
                                                          results->schedule, delta);
  /* The withdrawals depend on every item before them (oldest money first), so they are
   * projected anew, but only when money, the withdrawal settings, the region or the rules
   * pin could have changed them. */
  if (changes->everything ||
      (changes->parts & (1u << PAYDAY_PLAN_PART_WITHDRAWALS | 1u << PAYDAY_PLAN_PART_HEADER)) ||
      delta->full || delta->changes->len > 0 || delta->contracts->len > 0 ||
      results->payouts == NULL)
    {
      g_clear_pointer (&results->payouts, payday_payouts_free);
      results->payouts = payday_payouts_compute (results->schedule);
    }
}

static void
load_state_free (LoadState *state)
{
  g_clear_object (&state->file);
  g_clear_pointer (&state->plan, payday_plan_unref);
  g_clear_pointer (&state->rules, payday_rules_unref);
  g_clear_pointer (&state->source, payday_plan_unref);
  results_clear (&state->results);
  g_free (state);
}

G_GNUC_INTERNAL void
payday_document_update_title (PaydayDocument *self)
{
  g_autofree char *title = NULL;

  if (self->plan != NULL && self->plan->name != NULL && self->plan->name[0] != '\0')
    {
      title = g_strdup (self->plan->name);
    }
  else if (self->file != NULL)
    {
      g_autofree char *basename = g_file_get_basename (self->file);

      if (g_str_has_suffix (basename, ".payday"))
        basename[strlen (basename) - strlen (".payday")] = '\0';
      title = g_steal_pointer (&basename);
    }
  else
    {
      title = g_strdup (_("Untitled Plan"));
    }

  if (g_strcmp0 (title, self->title) != 0)
    {
      g_free (self->title);
      self->title = g_steal_pointer (&title);
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_TITLE]);
    }
}

/* Dirty is derived: the history's position differs from the position last saved. */
static void
payday_document_sync_dirty (PaydayDocument *self)
{
  gboolean dirty = self->history != NULL && payday_plan_history_is_dirty (self->history);

  if (self->dirty != dirty)
    {
      self->dirty = dirty;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DIRTY]);
    }
}

G_GNUC_INTERNAL void
payday_document_notify_history (PaydayDocument *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CAN_UNDO]);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CAN_REDO]);
  payday_document_sync_dirty (self);
}

static void
payday_document_set_file (PaydayDocument *self,
                          GFile          *file)
{
  if (g_set_object (&self->file, file))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_FILE]);
}

static void
payday_document_begin_busy (PaydayDocument *self)
{
  if (self->busy_count++ == 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_BUSY]);
}

static void
payday_document_end_busy (PaydayDocument *self)
{
  g_assert (self->busy_count > 0);

  if (--self->busy_count == 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_BUSY]);
}

/* The models -------------------------------------------------------------------- */

typedef struct
{
  const PaydayPlan *plan;
  GArray           *facts;
  GHashTable       *clients;                /* id → PaydayClient */
  PaydayDate        today;
} ContractRows;

static const char *
contract_new_key (gpointer data,
                  guint    position)
{
  ContractRows *rows = data;

  return g_array_index (rows->plan->contracts, PaydayContract, position).id;
}

static const char *
contract_object_key (gpointer object)
{
  return payday_contract_object_get_id (object);
}

static void
contract_update (gpointer object,
                 gpointer data,
                 guint    position)
{
  ContractRows *rows = data;
  const PaydayContract *c = &g_array_index (rows->plan->contracts, PaydayContract, position);
  const PaydayClient *client = c->client != NULL ? g_hash_table_lookup (rows->clients, c->client) : NULL;

  payday_contract_object_update (object, c,
                                 client != NULL && client->name != NULL ? client->name : c->client,
                                 &g_array_index (rows->facts, PaydayContractFacts, position),
                                 rows->today);
}

static gpointer
contract_create (gpointer data,
                 guint    position)
{
  PaydayContractObject *object = payday_contract_object_new (contract_new_key (data, position));

  contract_update (object, data, position);
  return object;
}

static void
sync_contracts (PaydayDocument *self)
{
  static const PaydayListSyncFuncs funcs = {
    contract_new_key, contract_object_key, contract_create, contract_update,
  };
  g_autoptr(GHashTable) clients = g_hash_table_new (g_str_hash, g_str_equal);
  ContractRows rows = { self->plan, self->results.contract_facts, clients, PAYDAY_DATE_NONE };
  guint n = 0;

  if (self->plan != NULL && rows.facts != NULL)
    {
      n = self->plan->contracts->len;
      rows.today = self->results.schedule->today;
      for (guint i = 0; i < self->plan->clients->len; i++)
        {
          const PaydayClient *client = &g_array_index (self->plan->clients, PaydayClient, i);

          g_hash_table_insert (clients, client->id, (gpointer) client);
        }
    }
  payday_list_sync (self->contracts, n, &funcs, &rows);
}

typedef struct
{
  const PaydayPlan *plan;
  GHashTable       *used;                   /* ids of the clients contracts or proposals name */
} ClientRows;

static const char *
client_new_key (gpointer data,
                guint    position)
{
  return g_array_index (((ClientRows *) data)->plan->clients, PaydayClient, position).id;
}

static const char *
client_object_key (gpointer object)
{
  return payday_client_object_get_id (object);
}

static void
client_update (gpointer object,
               gpointer data,
               guint    position)
{
  ClientRows *rows = data;
  const PaydayClient *client = &g_array_index (rows->plan->clients, PaydayClient, position);

  payday_client_object_update (object, client, g_hash_table_contains (rows->used, client->id));
}

static gpointer
client_create (gpointer data,
               guint    position)
{
  PaydayClientObject *object = payday_client_object_new (client_new_key (data, position));

  client_update (object, data, position);
  return object;
}

static void
sync_clients (PaydayDocument *self)
{
  static const PaydayListSyncFuncs funcs = {
    client_new_key, client_object_key, client_create, client_update,
  };
  g_autoptr(GHashTable) used = g_hash_table_new (g_str_hash, g_str_equal);
  ClientRows rows = { self->plan, used };

  for (guint i = 0; self->plan != NULL && i < self->plan->contracts->len; i++)
    {
      char *client = g_array_index (self->plan->contracts, PaydayContract, i).client;

      if (client != NULL)
        g_hash_table_add (used, client);
    }
  for (guint i = 0; self->plan != NULL && i < self->plan->proposals->len; i++)
    {
      char *client = g_array_index (self->plan->proposals, PaydayProposal, i).client;

      if (client != NULL)
        g_hash_table_add (used, client);
    }
  payday_list_sync (self->clients, self->plan ? self->plan->clients->len : 0, &funcs, &rows);
}

typedef struct
{
  const PaydayPlan *plan;
  GArray           *rows;                   /* PaydayReconcileRow */
  GPtrArray        *keys;
} ReconcileRows;

static const char *
reconcile_new_key (gpointer data,
                   guint    position)
{
  ReconcileRows *rows = data;

  return g_ptr_array_index (rows->keys, position);
}

static const char *
reconcile_object_key (gpointer object)
{
  return payday_reconcile_item_get_key (object);
}

static void
reconcile_update (gpointer object,
                  gpointer data,
                  guint    position)
{
  ReconcileRows *rows = data;
  const PaydayReconcileRow *row = &g_array_index (rows->rows, PaydayReconcileRow, position);
  const PaydayContract *contract = payday_plan_find_contract (rows->plan, row->contract_id);

  payday_reconcile_item_update (object, row, contract != NULL ? contract->title : NULL);
}

static gpointer
reconcile_create (gpointer data,
                  guint    position)
{
  PaydayReconcileItem *item = payday_reconcile_item_new (reconcile_new_key (data, position));

  reconcile_update (item, data, position);
  return item;
}

/* Only a plan with actuals reconciles (docs/import.md), so every other plan pays nothing
 * here on an edit. */
static void
sync_reconcile (PaydayDocument *self)
{
  static const PaydayListSyncFuncs funcs = {
    reconcile_new_key, reconcile_object_key, reconcile_create, reconcile_update,
  };
  g_autoptr(GArray) rows = NULL;
  g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func (g_free);
  ReconcileRows data = { self->plan, NULL, keys };

  if (self->plan != NULL && self->results.schedule != NULL &&
      payday_plan_has_actuals (self->plan))
    {
      rows = payday_reconcile_compute (self->results.schedule);
      for (guint i = 0; i < rows->len; i++)
        {
          const PaydayReconcileRow *row = &g_array_index (rows, PaydayReconcileRow, i);

          g_ptr_array_add (keys, payday_reconcile_row_key (row));
        }
      data.rows = rows;
    }
  payday_list_sync (self->reconcile, keys->len, &funcs, &data);
}

/* The periods change only with the Connects part; which one is current, and the year their
 * dates show, also follow the day, which a recompute may move (a plan without a "today"
 * of its own is judged at the real date). */
static void
sync_membership (PaydayDocument          *self,
                 const PaydayPlanChanges *changes)
{
  PaydayDate today = payday_document_get_today (self);

  if (changes != NULL && !changes->everything &&
      !(changes->parts & (1u << PAYDAY_PLAN_PART_CONNECTS)) &&
      today == self->membership_today)
    return;

  self->membership_today = today;
  payday_membership_object_sync (self->membership, self->plan, today);
}

/* The list models follow the results just computed or installed (@changes: what the edit
 * touched, %NULL for anything): rows that stayed the same notify nothing. */
static void
payday_document_sync_models (PaydayDocument          *self,
                             const PaydayPlanChanges *changes)
{
  sync_contracts (self);
  sync_clients (self);
  if (self->results.payouts != NULL)
    payday_payout_rows_sync (self->withdrawals, self->results.payouts->rows);
  else
    g_list_store_remove_all (self->withdrawals);
  payday_ledger_entry_sync (self->ledger_entries, self->results.ledger, self->plan);
  payday_proposal_object_sync (self->proposals, self->results.schedule != NULL ? self->plan : NULL,
                               payday_document_get_today (self));
  sync_membership (self, changes);
  payday_badge_items_sync (self->badge_items, self->results.badges,
                           self->plan != NULL ? &self->plan->profile : NULL);
  payday_payment_items_sync_upcoming (self->payments, self->results.schedule);
  sync_reconcile (self);
}

G_GNUC_INTERNAL void
payday_document_recompute (PaydayDocument *self)
{
  guint before = self->results.schedule != NULL ? self->results.schedule->items->len : 0;

  if (self->plan != NULL && self->rules != NULL)
    results_compute (&self->results, self->plan, self->rules);
  else
    results_clear (&self->results);

  payday_schedule_delta_set_full (&self->delta, before, self->results.schedule != NULL
                                                        ? self->results.schedule->items->len : 0);
  payday_document_sync_models (self, NULL);
}

/**
 * payday_document_recompute_changes:
 * @changes: what the edit just applied (or undone) touched
 *
 * The results after an edit: only what @changes touched is recomputed.
 */
G_GNUC_INTERNAL void
payday_document_recompute_changes (PaydayDocument          *self,
                                   const PaydayPlanChanges *changes)
{
  if (self->plan == NULL || self->rules == NULL)
    {
      payday_document_recompute (self);
      return;
    }

  results_update (&self->results, self->plan, self->rules, changes, &self->delta);
  payday_document_sync_models (self, changes);
}

/* Takes references; only called with a plan whose rules were found, so a refused file
 * never reaches this point and the open document stays as it was. @results, when given,
 * were computed from @plan and @rules (in the loader's thread) and are taken over. */
static void
payday_document_install (PaydayDocument *self,
                         PaydayPlan     *plan,
                         PaydayRules    *rules,
                         GFile          *file,
                         Results        *results)
{
  g_assert (PAYDAY_IS_DOCUMENT (self));
  g_assert (plan != NULL);
  g_assert (rules != NULL);

  g_object_freeze_notify (G_OBJECT (self));

  g_clear_pointer (&self->plan, payday_plan_unref);
  g_clear_pointer (&self->rules, payday_rules_unref);
  self->plan = payday_plan_ref (plan);
  self->rules = payday_rules_ref (rules);
  g_clear_pointer (&self->history, payday_plan_history_free);
  self->history = payday_plan_history_new ();

  payday_document_set_file (self, file);
  payday_document_notify_history (self);
  payday_document_update_title (self);
  if (results != NULL)
    {
      guint before = self->results.schedule != NULL ? self->results.schedule->items->len : 0;

      results_clear (&self->results);
      self->results = *results;
      memset (results, 0, sizeof *results);
      payday_schedule_delta_set_full (&self->delta, before, self->results.schedule->items->len);
      payday_document_sync_models (self, NULL);
    }
  else
    {
      payday_document_recompute (self);
    }

  g_object_thaw_notify (G_OBJECT (self));

  g_signal_emit (self, payday_document_signals [CHANGED], 0);
}

/* What a plan needs beyond its own file to be opened: its rule set, and the edition it
 * pins, if any. The window and the command line both open plans through here, so they
 * accept and refuse the same plans. The messages name the plan's member, as the loader's do. */
static PaydayRules *
lookup_rules (const PaydayPlan  *plan,
              GError           **error)
{
  const char *id = payday_plan_get_rules_id (plan);
  g_autoptr(PaydayRules) rules = NULL;

  if (!(rules = payday_rules_lookup (id, error)))
    {
      g_prefix_error (error, "rules: ");
      return NULL;
    }

  if (payday_date_is_set (plan->rules_edition) &&
      payday_rules_find_edition (rules, plan->rules_edition) == NULL)
    {
      char buf[PAYDAY_DATE_BUF];

      g_set_error (error, PAYDAY_ERROR, PAYDAY_ERROR_NOT_FOUND,
                   "rules_edition: the rule set “%s” has no edition that takes effect on %s",
                   id, payday_date_format (plan->rules_edition, buf));
      return NULL;
    }

  return g_steal_pointer (&rules);
}

/* The document's today override, when set, replaces the plan's own before anything is
 * computed (the command line's --today). */
static void
apply_today (PaydayPlan *plan,
             PaydayDate  today)
{
  if (payday_date_is_set (today))
    plan->today = today;
}

static void
payday_document_finalize (GObject *object)
{
  PaydayDocument *self = (PaydayDocument *)object;

  results_clear (&self->results);
  g_clear_object (&self->contracts);
  g_clear_object (&self->clients);
  payday_schedule_delta_clear (&self->delta);
  g_clear_object (&self->ledger_entries);
  g_clear_object (&self->proposals);
  g_clear_object (&self->membership);
  g_clear_object (&self->withdrawals);
  g_clear_object (&self->reconcile);
  g_clear_pointer (&self->plan, payday_plan_unref);
  g_clear_pointer (&self->history, payday_plan_history_free);
  g_clear_pointer (&self->rules, payday_rules_unref);
  g_clear_object (&self->file);
  g_clear_pointer (&self->title, g_free);
  g_clear_object (&self->badge_items);
  g_clear_object (&self->payments);

  G_OBJECT_CLASS (payday_document_parent_class)->finalize (object);
}

static void
payday_document_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  PaydayDocument *self = PAYDAY_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_FILE:
      g_value_set_object (value, payday_document_get_file (self));
      break;

    case PROP_TITLE:
      g_value_set_string (value, payday_document_get_title (self));
      break;

    case PROP_DIRTY:
      g_value_set_boolean (value, payday_document_get_dirty (self));
      break;

    case PROP_BUSY:
      g_value_set_boolean (value, payday_document_get_busy (self));
      break;

    case PROP_CAN_UNDO:
      g_value_set_boolean (value, payday_document_can_undo (self));
      break;

    case PROP_CAN_REDO:
      g_value_set_boolean (value, payday_document_can_redo (self));
      break;

    case PROP_WITHDRAWALS:
      g_value_set_object (value, payday_document_get_withdrawals (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
payday_document_class_init (PaydayDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = payday_document_finalize;
  object_class->get_property = payday_document_get_property;

  properties [PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL,
                         G_TYPE_FILE,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_DIRTY] =
    g_param_spec_boolean ("dirty", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * PaydayDocument:withdrawals:
   *
   * The plan's withdrawals, past and projected, as a list of #PaydayPayoutRow: the same
   * list for the document's whole life, its rows updated in place.
   */
  properties [PROP_WITHDRAWALS] =
    g_param_spec_object ("withdrawals", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PaydayDocument::changed:
   *
   * The plan, its rules or the results computed from them changed; views re-read them.
   */
  payday_document_signals [CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  /**
   * PaydayDocument::flush:
   *
   * Emitted before undo, redo and save: an editor that holds back a command while the
   * user is still typing or dragging (a debounce) commits it now.
   */
  payday_document_signals [FLUSH] =
    g_signal_new ("flush",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
payday_document_init (PaydayDocument *self)
{
  self->results.summary.next_payment_date = PAYDAY_DATE_NONE;
  payday_schedule_delta_init (&self->delta);
  self->today = PAYDAY_DATE_NONE;
  self->title = g_strdup (_("Untitled Plan"));
  self->badge_items = g_list_store_new (PAYDAY_TYPE_BADGE_ITEM);
  self->payments = g_list_store_new (PAYDAY_TYPE_PAYMENT_ITEM);
  self->contracts = g_list_store_new (PAYDAY_TYPE_CONTRACT_OBJECT);
  self->clients = g_list_store_new (PAYDAY_TYPE_CLIENT_OBJECT);
  self->ledger_entries = g_list_store_new (PAYDAY_TYPE_LEDGER_ENTRY);
  self->proposals = g_list_store_new (PAYDAY_TYPE_PROPOSAL_OBJECT);
  self->membership = g_list_store_new (PAYDAY_TYPE_MEMBERSHIP_OBJECT);
  self->membership_today = PAYDAY_DATE_NONE;
  self->withdrawals = g_list_store_new (PAYDAY_TYPE_PAYOUT_ROW);
  self->reconcile = g_list_store_new (PAYDAY_TYPE_RECONCILE_ITEM);
}

/**
 * payday_document_new:
 *
 * Returns: (transfer full): a document with no plan yet; load one with
 *   payday_document_load_new(), payday_document_load_sample() or payday_document_load_async()
 */
PaydayDocument *
payday_document_new (void)
{
  return g_object_new (PAYDAY_TYPE_DOCUMENT, NULL);
}

/**
 * payday_document_set_plan:
 * @file: (nullable): where the plan lives, %NULL for an unsaved plan
 *
 * Makes @plan the document's plan when its rule set can be found; otherwise sets @error
 * and leaves the document as it was.
 */
gboolean
payday_document_set_plan (PaydayDocument  *self,
                          PaydayPlan      *plan,
                          GFile           *file,
                          GError         **error)
{
  g_autoptr(PaydayRules) rules = NULL;

  g_return_val_if_fail (PAYDAY_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (plan != NULL, FALSE);
  g_return_val_if_fail (!file || G_IS_FILE (file), FALSE);

  if (!(rules = lookup_rules (plan, error)))
    return FALSE;

  apply_today (plan, self->today);
  self->load_serial++;
  payday_document_install (self, plan, rules, file, NULL);

  return TRUE;
}

/**
 * payday_document_load_new:
 * @rules_edition: the edition new plans are pinned to (the window's Preferences), or
 *   %PAYDAY_DATE_NONE; a date that names no edition of the default rule set pins nothing
 *
 * Replaces the plan with an empty one (no file), judged at the real current date (or the
 * document's today). The pin is saved with the plan like any other.
 */
gboolean
payday_document_load_new (PaydayDocument  *self,
                          PaydayDate       rules_edition,
                          GError         **error)
{
  g_autoptr(PaydayPlan) plan = payday_plan_new ();
  g_autoptr(PaydayRules) rules = NULL;

  g_return_val_if_fail (PAYDAY_IS_DOCUMENT (self), FALSE);

  if (!(rules = lookup_rules (plan, error)))
    return FALSE;
  if (payday_date_is_set (rules_edition) && payday_rules_find_edition (rules, rules_edition) != NULL)
    plan->rules_edition = rules_edition;

  return payday_document_set_plan (self, plan, NULL, error);
}

/**
 * payday_document_load_sample:
 * @today: the date the sample plan is judged at
 *
 * Replaces the plan with the built-in sample plan (no file).
 */
gboolean
payday_document_load_sample (PaydayDocument  *self,
                             PaydayDate       today,
                             GError         **error)
{
  g_autoptr(PaydayPlan) plan = NULL;

  g_return_val_if_fail (PAYDAY_IS_DOCUMENT (self), FALSE);

  if (!(plan = payday_plan_load_sample (today, error)))
    return FALSE;

  return payday_document_set_plan (self, plan, NULL, error);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  LoadState *state = task_data;
  g_autoptr(GError) error = NULL;

  if (!(state->plan = payday_plan_load_from_file (state->file, cancellable, &error)) ||
      !(state->rules = lookup_rules (state->plan, &error)) ||
      g_cancellable_set_error_if_cancelled (cancellable, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  apply_today (state->plan, state->today);

  /* The schedule, ledger, proposal figures and badges too: installing the plan on the
   * main thread then only swaps pointers, so the window never stalls on a big plan. */
  results_compute (&state->results, state->plan, state->rules);
  g_task_return_boolean (task, TRUE);
}

/**
 * payday_document_load_async:
 *
 * Reads and validates @file in a thread. payday_document_load_finish() installs the plan;
 * a file that is refused leaves the document unchanged. A later load or set_plan wins
 * over an earlier one still running.
 */
void
payday_document_load_async (PaydayDocument       *self,
                            GFile                *file,
                            GCancellable         *cancellable,
                            GAsyncReadyCallback   callback,
                            gpointer              user_data)
{
  g_autoptr(GTask) task = NULL;
  LoadState *state;

  g_return_if_fail (PAYDAY_IS_DOCUMENT (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  state = g_new0 (LoadState, 1);
  state->file = g_object_ref (file);
  state->serial = ++self->load_serial;
  state->today = self->today;

  payday_document_begin_busy (self);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, payday_document_load_async);
  g_task_set_task_data (task, state, (GDestroyNotify) load_state_free);
  /* Cancelling answers at once; the thread finishes reading on its own and its result is
   * dropped (parsing a big plan cannot stop half-way). */
  g_task_set_return_on_cancel (task, TRUE);
  g_task_run_in_thread (task, load_thread);
}

gboolean
payday_document_load_finish (PaydayDocument  *self,
                             GAsyncResult    *result,
                             GError         **error)
{
  LoadState *state;

  g_return_val_if_fail (PAYDAY_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  state = g_task_get_task_data (G_TASK (result));
  payday_document_end_busy (self);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;

  if (state->serial != self->load_serial)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                           _("Another plan was opened meanwhile"));
      return FALSE;
    }

  payday_document_install (self, state->plan, state->rules, state->file, &state->results);

  return TRUE;
}

/**
 * payday_document_load_file:
 *
 * Reads and validates @file and installs it, in the calling thread: the command line's
 * way to open a plan (the window uses payday_document_load_async()). A file that is
 * refused leaves the document unchanged; @error lists every problem, one a line.
 */
gboolean
payday_document_load_file (PaydayDocument  *self,
                           GFile           *file,
                           GCancellable    *cancellable,
                           GError         **error)
{
  g_autoptr(PaydayPlan) plan = NULL;

  g_return_val_if_fail (PAYDAY_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (!(plan = payday_plan_load_from_file (file, cancellable, error)))
    return FALSE;

  return payday_document_set_plan (self, plan, file, error);
}

/**
 * payday_document_set_today:
 * @today: the date every plan installed from now on is judged at, or %PAYDAY_DATE_NONE
 *   for each plan's own "today" (the real date when it has none)
 *
 * The command line's --today. It applies to the plans loaded after the call, whose
 * "today" it replaces.
 */
void
payday_document_set_today (PaydayDocument *self,
                           PaydayDate      today)
{
  g_return_if_fail (PAYDAY_IS_DOCUMENT (self));

  self->today = today;
}

static void
save_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  LoadState *state = task_data;
  g_autoptr(GError) error = NULL;

  /* payday_plan_save_to_file() writes a temporary file, flushes it and renames it over
   * the old one, keeping NAME.payday~; a failure leaves the old file intact. */
  if (!payday_plan_save_to_file (state->plan, state->file, cancellable, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

/**
 * payday_document_save_async:
 * @file: (nullable): where to save; %NULL for the document's own file
 *
 * Saves the plan in a thread. Edits change the open plan in place, so the thread gets a
 * deep copy made here (a few milliseconds even for the 2,000-contract benchmark plan);
 * edits made while it runs keep the document dirty.
 */
void
payday_document_save_async (PaydayDocument       *self,
                            GFile                *file,
                            GCancellable         *cancellable,
                            GAsyncReadyCallback   callback,
                            gpointer              user_data)
{
  g_autoptr(GTask) task = NULL;
  LoadState *state;

  g_return_if_fail (PAYDAY_IS_DOCUMENT (self));
  g_return_if_fail (!file || G_IS_FILE (file));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  g_signal_emit (self, payday_document_signals [FLUSH], 0);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, payday_document_save_async);

  if (file == NULL)
    file = self->file;

  if (file == NULL || self->plan == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                               _("The plan has no file to save to"));
      return;
    }

  state = g_new0 (LoadState, 1);
  state->file = g_object_ref (file);
  state->plan = payday_plan_copy (self->plan);
  state->source = payday_plan_ref (self->plan);
  state->position = payday_plan_history_get_position (self->history);

  payday_document_begin_busy (self);

  g_task_set_task_data (task, state, (GDestroyNotify) load_state_free);
  g_task_run_in_thread (task, save_thread);
}

gboolean
payday_document_save_finish (PaydayDocument  *self,
                             GAsyncResult    *result,
                             GError         **error)
{
  LoadState *state;

  g_return_val_if_fail (PAYDAY_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  state = g_task_get_task_data (G_TASK (result));
  if (state == NULL)
    return g_task_propagate_boolean (G_TASK (result), error);

  payday_document_end_busy (self);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;

  /* The saved plan is still the open one unless another plan was installed meanwhile. */
  if (state->source == self->plan)
    {
      g_object_freeze_notify (G_OBJECT (self));
      payday_document_set_file (self, state->file);
      payday_plan_history_mark_saved (self->history, state->position);
      payday_document_sync_dirty (self);
      payday_document_update_title (self);
      g_object_thaw_notify (G_OBJECT (self));
    }

  return TRUE;
}

/**
 * payday_document_mark_unsaved:
 *
 * Says that the open plan differs from its file although no command changed it: a copy
 * recovered after a crash. The document becomes dirty until it is saved; undoing never
 * makes it clean again. Plans change only through payday_document_run().
 */
void
payday_document_mark_unsaved (PaydayDocument *self)
{
  g_return_if_fail (PAYDAY_IS_DOCUMENT (self));

  if (self->history != NULL)
    payday_plan_history_mark_saved (self->history, G_MAXUINT);
  payday_document_sync_dirty (self);
}

PaydayPlan *
payday_document_get_plan (PaydayDocument *self)
{
  g_return_val_if_fail (PAYDAY_IS_DOCUMENT (self), NULL);

  return self->plan;
}

PaydayRules *
payday_document_get_rules (PaydayDocument *self)
{
  g_return_val_if_fail (PAYDAY_IS_DOCUMENT (self), NULL);

  return self->rules;
}

PaydaySchedule *
payday_document_get_schedule (PaydayDocument *self)
{
  g_return_val_if_fail (PAYDAY_IS_DOCUMENT (self), NULL);

  return self->results.schedule;
}

const PaydaySummary *
payday_document_get_summary (PaydayDocument *self)
{
  g_return_val_if_fail (PAYDAY_IS_DOCUMENT (self), NULL);

  return &self->results.summary;
}

/**
 * payday_document_get_badges:
 *
 * Returns: (transfer none) (nullable): the badge report of the current plan at its today,
 *   computed with the schedule; %NULL when no plan is loaded
 */
const PaydayBadgeReport *
payday_document_get_badges (PaydayDocument *self)
{
  g_return_val_if_fail (PAYDAY_IS_DOCUMENT (self), NULL);

  return self->results.badges;
}

PaydayDate
payday_document_get_today (PaydayDocument *self)
{
  g_return_val_if_fail (PAYDAY_IS_DOCUMENT (self), PAYDAY_DATE_NONE);

  if (self->results.schedule != NULL)
    return self->results.schedule->today;
  if (self->plan != NULL)
    return payday_plan_get_today (self->plan);
  return payday_date_today_utc ();
}

/**
 * payday_document_get_contract_facts:
 *
 * Returns: (transfer none) (nullable) (element-type PaydayContractFacts): what each
 *   contract comes to at the document's today, one entry per contract in the plan's order
 *   (as the schedule's contract_index counts), computed with the schedule; %NULL before a
 *   plan is loaded
 */
GArray *
payday_document_get_contract_facts (PaydayDocument *self)
{
  g_return_val_if_fail (PAYDAY_IS_DOCUMENT (self), NULL);

  return self->results.contract_facts;
}

/**
 * payday_document_get_contracts:
 *
 * The plan's contracts in plan order, with their facts. The objects are kept across
 * edits by contract id and updated in place: an edit of one contract notifies only that
 * object's changed properties; adding, removing or moving contracts emits items-changed.
 *
 * Returns: (transfer none): a #GListModel of #PaydayContractObject
 */
GListModel *
payday_document_get_contracts (PaydayDocument *self)
{
  g_return_val_if_fail (PAYDAY_IS_DOCUMENT (self), NULL);

  return G_LIST_MODEL (self->contracts);
}

/**
 * payday_document_get_clients:
 *
 * The plan's clients in plan order, kept by id across edits like the contracts.
 *
 * Returns: (transfer none): a #GListModel of #PaydayClientObject
 */
GListModel *
payday_document_get_clients (PaydayDocument *self)
{
  g_return_val_if_fail (PAYDAY_IS_DOCUMENT (self), NULL);

  return G_LIST_MODEL (self->clients);
}

/**
 * payday_document_get_schedule_delta:
 *
 * What the last change did to the schedule: after an edit, undo or redo, the items-changed
 * ranges and the contracts whose items changed, so a list model over the items emits only
 * those; after a plan was installed (or recomputed whole), `full` and one range over every
 * item.
 *
 * Returns: (transfer none): the delta, valid until the next change
 */
const PaydayScheduleDelta *
payday_document_get_schedule_delta (PaydayDocument *self)
{
  g_return_val_if_fail (PAYDAY_IS_DOCUMENT (self), NULL);

  return &self->delta;
}

/**
 * payday_document_get_ledger:
 *
 * Returns: (transfer none) (nullable): the Connects ledger at the document's today,
 *   recomputed with the schedule; %NULL before a plan is loaded
 */
const PaydayLedger *
payday_document_get_ledger (PaydayDocument *self)
{
  g_return_val_if_fail (PAYDAY_IS_DOCUMENT (self), NULL);

  return self->results.ledger;
}

/**
 * payday_document_get_ledger_entries:
 *
 * The Connects ledger's rows, newest first. The objects are kept across recomputes by
 * date, kind and ref: an edit notifies the changed properties of the rows it moves (their
 * balances) and emits items-changed only where rows come or go.
 *
 * Returns: (transfer none): a #GListModel of #PaydayLedgerEntry
 */
GListModel *
payday_document_get_ledger_entries (PaydayDocument *self)
{
  g_return_val_if_fail (PAYDAY_IS_DOCUMENT (self), NULL);

  return G_LIST_MODEL (self->ledger_entries);
}

/**
 * payday_document_get_proposals:
 *
 * The plan's proposals, newest sent first. The objects are kept across edits by proposal
 * id: an edit of one proposal notifies only that object's changed properties.
 *
 * Returns: (transfer none): a #GListModel of #PaydayProposalObject
 */
GListModel *
payday_document_get_proposals (PaydayDocument *self)
{
  g_return_val_if_fail (PAYDAY_IS_DOCUMENT (self), NULL);

  return G_LIST_MODEL (self->proposals);
}

/**
 * payday_document_get_membership:
 *
 * The plan's periods of Basic and Freelancer Plus, in the plan's order. Periods have no
 * id, so the objects are kept by place: the object at index N always stands for the plan's
 * period N (payday_membership_object_get_index()), which is how an edit names it.
 *
 * Returns: (transfer none): a #GListModel of #PaydayMembershipObject
 */
GListModel *
payday_document_get_membership (PaydayDocument *self)
{
  g_return_val_if_fail (PAYDAY_IS_DOCUMENT (self), NULL);

  return G_LIST_MODEL (self->membership);
}

/**
 * payday_document_get_payouts:
 *
 * Returns: (nullable) (transfer none): the withdrawals of the plan (history and projection),
 *   recomputed with the schedule; %NULL before a plan is loaded
 */
const PaydayPayouts *
payday_document_get_payouts (PaydayDocument *self)
{
  g_return_val_if_fail (PAYDAY_IS_DOCUMENT (self), NULL);

  return self->results.payouts;
}

/**
 * payday_document_get_withdrawals:
 *
 * The rows of payday_document_get_payouts() as a list of #PaydayPayoutRow, kept by the
 * document for its whole life: an edit updates the rows in place.
 *
 * Returns: (transfer none): the list model
 */
GListModel *
payday_document_get_withdrawals (PaydayDocument *self)
{
  g_return_val_if_fail (PAYDAY_IS_DOCUMENT (self), NULL);

  return G_LIST_MODEL (self->withdrawals);
}

/**
 * payday_document_get_reconcile:
 *
 * Each predicted payment held against what was really paid (docs/import.md,
 * "Reconcile"), in the order of the reconcile export; empty when the plan has no
 * actuals. Rows are kept across edits by contract, item and ref and updated in place.
 *
 * Returns: (transfer none): a #GListModel of #PaydayReconcileItem
 */
GListModel *
payday_document_get_reconcile (PaydayDocument *self)
{
  g_return_val_if_fail (PAYDAY_IS_DOCUMENT (self), NULL);

  return G_LIST_MODEL (self->reconcile);
}

/**
 * payday_document_get_proposal_stats:
 *
 * Returns: (transfer none) (nullable): the proposal funnels at the document's today;
 *   %NULL before a plan is loaded
 */
const PaydayProposalStats *
payday_document_get_proposal_stats (PaydayDocument *self)
{
  g_return_val_if_fail (PAYDAY_IS_DOCUMENT (self), NULL);

  return self->results.proposal_stats;
}

GFile *
payday_document_get_file (PaydayDocument *self)
{
  g_return_val_if_fail (PAYDAY_IS_DOCUMENT (self), NULL);

  return self->file;
}

const char *
payday_document_get_title (PaydayDocument *self)
{
  g_return_val_if_fail (PAYDAY_IS_DOCUMENT (self), NULL);

  return self->title;
}

gboolean
payday_document_get_dirty (PaydayDocument *self)
{
  g_return_val_if_fail (PAYDAY_IS_DOCUMENT (self), FALSE);

  return self->dirty;
}

gboolean
payday_document_get_busy (PaydayDocument *self)
{
  g_return_val_if_fail (PAYDAY_IS_DOCUMENT (self), FALSE);

  return self->busy_count > 0;
}

/**
 * payday_document_get_badge_items:
 *
 * Returns: (transfer none): the badges of the current plan, #PaydayBadgeItem in rule
 *   order, each with its criteria; empty before a plan is loaded
 */
GListModel *
payday_document_get_badge_items (PaydayDocument *self)
{
  g_return_val_if_fail (PAYDAY_IS_DOCUMENT (self), NULL);

  return G_LIST_MODEL (self->badge_items);
}

/**
 * payday_document_get_payments:
 *
 * Returns: (transfer none): the payments that become available after today and within
 *   %PAYDAY_UPCOMING_DAYS days, #PaydayPaymentItem in the schedule's order
 */
GListModel *
payday_document_get_payments (PaydayDocument *self)
{
  g_return_val_if_fail (PAYDAY_IS_DOCUMENT (self), NULL);

  return G_LIST_MODEL (self->payments);
}
