/* payday-document.h — the open plan, its rules and the results computed from them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "payday-ledger.h"
#include "payday-badges.h"
#include "payday-command.h"
#include "payday-contract-facts.h"
#include "payday-plan.h"
#include "payday-plan-edit.h"
#include "payday-proposals.h"
#include "payday-rules.h"
#include "payday-schedule.h"
#include "payday-withdrawals.h"

G_BEGIN_DECLS

#define PAYDAY_TYPE_DOCUMENT (payday_document_get_type ())

G_DECLARE_FINAL_TYPE (PaydayDocument, payday_document, PAYDAY, DOCUMENT, GObject)

PaydayDocument      *payday_document_new           (void);
gboolean             payday_document_set_plan      (PaydayDocument       *self,
                                                    PaydayPlan           *plan,
                                                    GFile                *file,
                                                    GError              **error);
gboolean             payday_document_load_new      (PaydayDocument       *self,
                                                    PaydayDate            rules_edition,
                                                    GError              **error);
gboolean             payday_document_load_sample   (PaydayDocument       *self,
                                                    PaydayDate            today,
                                                    GError              **error);
void                 payday_document_load_async    (PaydayDocument       *self,
                                                    GFile                *file,
                                                    GCancellable         *cancellable,
                                                    GAsyncReadyCallback   callback,
                                                    gpointer              user_data);
gboolean             payday_document_load_finish   (PaydayDocument       *self,
                                                    GAsyncResult         *result,
                                                    GError              **error);
gboolean             payday_document_load_file     (PaydayDocument       *self,
                                                    GFile                *file,
                                                    GCancellable         *cancellable,
                                                    GError              **error);
void                 payday_document_set_today     (PaydayDocument       *self,
                                                    PaydayDate            today);
void                 payday_document_save_async    (PaydayDocument       *self,
                                                    GFile                *file,
                                                    GCancellable         *cancellable,
                                                    GAsyncReadyCallback   callback,
                                                    gpointer              user_data);
gboolean             payday_document_save_finish   (PaydayDocument       *self,
                                                    GAsyncResult         *result,
                                                    GError              **error);
void                 payday_document_mark_unsaved  (PaydayDocument       *self);
PaydayPlan          *payday_document_get_plan      (PaydayDocument       *self);
PaydayRules         *payday_document_get_rules     (PaydayDocument       *self);
PaydaySchedule      *payday_document_get_schedule  (PaydayDocument       *self);
const PaydaySummary *payday_document_get_summary   (PaydayDocument       *self);
const PaydayBadgeReport *payday_document_get_badges (PaydayDocument    *self);
PaydayDate           payday_document_get_today     (PaydayDocument       *self);
const PaydayLedger  *payday_document_get_ledger    (PaydayDocument       *self);
GListModel          *payday_document_get_ledger_entries (PaydayDocument  *self);
GListModel          *payday_document_get_proposals (PaydayDocument       *self);
GListModel          *payday_document_get_membership (PaydayDocument      *self);
GArray              *payday_document_get_contract_facts (PaydayDocument  *self);
GListModel          *payday_document_get_reconcile (PaydayDocument       *self);
GListModel          *payday_document_get_contracts (PaydayDocument       *self);
GListModel          *payday_document_get_clients   (PaydayDocument       *self);
const PaydayPayouts *payday_document_get_payouts   (PaydayDocument       *self);
GListModel          *payday_document_get_withdrawals (PaydayDocument     *self);
const PaydayScheduleDelta *payday_document_get_schedule_delta (PaydayDocument *self);
const PaydayProposalStats *
                     payday_document_get_proposal_stats (PaydayDocument  *self);
GFile               *payday_document_get_file      (PaydayDocument       *self);
const char          *payday_document_get_title     (PaydayDocument       *self);
gboolean             payday_document_get_dirty     (PaydayDocument       *self);
gboolean             payday_document_get_busy      (PaydayDocument       *self);
gboolean             payday_document_run           (PaydayDocument       *self,
                                                    const PaydayCommand  *command,
                                                    GError              **error);
gpointer             payday_document_dup_part      (PaydayDocument       *self,
                                                    PaydayPlanPart        part);
const PaydayContract *payday_document_find_contract (PaydayDocument       *self,
                                                    const char           *id);
gboolean             payday_document_undo          (PaydayDocument       *self);
gboolean             payday_document_redo          (PaydayDocument       *self);
gboolean             payday_document_can_undo      (PaydayDocument       *self);
gboolean             payday_document_can_redo      (PaydayDocument       *self);
const char          *payday_document_get_undo_label (PaydayDocument      *self);

GListModel          *payday_document_get_badge_items (PaydayDocument     *self);
GListModel          *payday_document_get_payments  (PaydayDocument       *self);

G_END_DECLS
