/* payday-document-private.h — what the document's source files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "payday-badges.h"
#include "payday-document.h"
#include "payday-withdrawals.h"

G_BEGIN_DECLS

/* What is computed from a plan and its rules. Opening a plan computes it in the loader's
 * thread (for a 5,000-contract plan it takes about a second), edits on the main thread. */
typedef struct
{
  PaydaySchedule      *schedule;
  PaydaySummary        summary;
  PaydayLedger        *ledger;
  PaydayProposalStats *proposal_stats;
  PaydayBadgeReport   *badges;
  GArray              *contract_facts;    /* PaydayContractFacts, in plan order */
  PaydayPayouts       *payouts;
} Results;

/* The document is the one source of truth for a window: pages read the plan, the schedule
 * and the summary from here when "changed" is emitted and never keep copies. */
struct _PaydayDocument
{
  GObject         parent_instance;

  PaydayPlan        *plan;
  PaydayPlanHistory *history;
  PaydayRules    *rules;
  Results         results;
  GListStore     *reconcile;          /* PaydayReconcileItem */
  GListStore     *contracts;          /* PaydayContractObject, synced with the results */
  GListStore     *clients;            /* PaydayClientObject */
  GListStore     *ledger_entries;     /* PaydayLedgerEntry, newest first */
  GListStore     *proposals;          /* PaydayProposalObject, newest first */
  GListStore     *membership;         /* PaydayMembershipObject, in plan order */
  PaydayDate      membership_today;   /* the day the membership model was synced for */
  GListStore     *withdrawals;          /* PaydayPayoutRow, one per row of results.payouts */
  PaydayScheduleDelta delta;          /* what the last change did to results.schedule */
  GFile          *file;
  char           *title;

  PaydayDate      today;              /* payday_document_set_today(), or NONE */

  /* The models views bind, synced with the results before every "changed". */
  GListStore     *badge_items;        /* PaydayBadgeItem */
  GListStore     *payments;           /* PaydayPaymentItem, the upcoming ones */

  guint           load_serial;
  guint           busy_count;
  guint           dirty : 1;
};

enum {
  CHANGED,
  FLUSH,
  N_SIGNALS
};

G_GNUC_INTERNAL extern guint payday_document_signals [N_SIGNALS];

G_GNUC_INTERNAL void payday_document_update_title    (PaydayDocument *self);
G_GNUC_INTERNAL void payday_document_notify_history  (PaydayDocument *self);
G_GNUC_INTERNAL void payday_document_recompute       (PaydayDocument *self);
G_GNUC_INTERNAL void payday_document_recompute_changes (PaydayDocument          *self,
                                                      const PaydayPlanChanges *changes);

G_END_DECLS
