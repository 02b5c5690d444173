/* payday-plan-edit.h — edits of a plan as commands that can be undone and redone
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "payday-plan.h"
#include "payday-plan-entities.h"

G_BEGIN_DECLS

/* An edit is a list of steps; each step replaces, inserts or removes one contract, one
 * client or one proposal, or changes one part (PaydayPlanPart), and keeps that entity's or
 * part's value before and after (never the whole plan). The
 * payday_plan_edit_* operations change the plan at once and record the step; a history
 * then owns the edit and can revert it (steps in reverse order) or apply it again. */
typedef struct _PaydayPlanEdit    PaydayPlanEdit;

/* The parts of a plan outside its arrays that an edit snapshots as a whole (each is
 * small next to the contracts): a step keeps that part before and after. */
typedef enum
{
  PAYDAY_PLAN_PART_CONNECTS,            /* opening balance, membership, transactions */
  PAYDAY_PLAN_PART_PROFILE,
  PAYDAY_PLAN_PART_SIMULATION,
  PAYDAY_PLAN_PART_WITHDRAWALS,
  PAYDAY_PLAN_PART_HEADER,              /* name, region, rules_edition */
  PAYDAY_PLAN_PART_ACTUALS,             /* the imported money rows */
  PAYDAY_PLAN_N_PARTS
} PaydayPlanPart;
typedef struct _PaydayPlanHistory PaydayPlanHistory;

/* The top-level members an edit may change together (PAYDAY_PLAN_PART_HEADER). */
typedef struct
{
  char         *name;
  PaydayRegion  region;
  PaydayDate    rules_edition;
} PaydayPlanHeader;

PaydayPlanEdit    *payday_plan_edit_new                (const char            *label);
void               payday_plan_edit_free               (PaydayPlanEdit        *edit);
const char        *payday_plan_edit_get_label          (const PaydayPlanEdit  *edit);
guint              payday_plan_edit_get_n_steps        (const PaydayPlanEdit  *edit);
void               payday_plan_edit_set_merge_key      (PaydayPlanEdit        *edit,
                                                        const char            *key);
void               payday_plan_edit_touch              (PaydayPlanEdit        *edit,
                                                        PaydayPlan            *plan,
                                                        PaydayPlanPart         part);
void               payday_plan_edit_close              (PaydayPlanEdit        *edit,
                                                        const PaydayPlan      *plan);
void               payday_plan_edit_revert             (PaydayPlanEdit        *edit,
                                                        PaydayPlan            *plan);
void               payday_plan_edit_insert_proposal    (PaydayPlanEdit        *edit,
                                                        PaydayPlan            *plan,
                                                        guint                  index,
                                                        const PaydayProposal  *proposal);
void               payday_plan_edit_remove_proposal    (PaydayPlanEdit        *edit,
                                                        PaydayPlan            *plan,
                                                        guint                  index);
void               payday_plan_edit_replace_contract   (PaydayPlanEdit        *edit,
                                                        PaydayPlan            *plan,
                                                        guint                  index,
                                                        const PaydayContract  *contract);
void               payday_plan_edit_insert_contract    (PaydayPlanEdit        *edit,
                                                        PaydayPlan            *plan,
                                                        guint                  index,
                                                        const PaydayContract  *contract);
void               payday_plan_edit_remove_contract    (PaydayPlanEdit        *edit,
                                                        PaydayPlan            *plan,
                                                        guint                  index);
void               payday_plan_edit_replace_proposal   (PaydayPlanEdit        *edit,
                                                        PaydayPlan            *plan,
                                                        guint                  index,
                                                        const PaydayProposal  *proposal);
void               payday_plan_edit_remove_contract_unlinked (PaydayPlanEdit  *edit,
                                                        PaydayPlan            *plan,
                                                        guint                  index);
void               payday_plan_edit_replace_client     (PaydayPlanEdit        *edit,
                                                        PaydayPlan            *plan,
                                                        guint                  index,
                                                        const PaydayClient    *client);
void               payday_plan_edit_insert_client      (PaydayPlanEdit        *edit,
                                                        PaydayPlan            *plan,
                                                        guint                  index,
                                                        const PaydayClient    *client);
void               payday_plan_edit_remove_client      (PaydayPlanEdit        *edit,
                                                        PaydayPlan            *plan,
                                                        guint                  index);

PaydayPlanHistory *payday_plan_history_new             (void);
void               payday_plan_history_free            (PaydayPlanHistory     *history);
void               payday_plan_history_push            (PaydayPlanHistory     *history,
                                                        PaydayPlanEdit        *edit);
gboolean           payday_plan_history_undo            (PaydayPlanHistory     *history,
                                                        PaydayPlan            *plan);
gboolean           payday_plan_history_redo            (PaydayPlanHistory     *history,
                                                        PaydayPlan            *plan);
gboolean           payday_plan_history_can_undo        (const PaydayPlanHistory *history);
gboolean           payday_plan_history_can_redo        (const PaydayPlanHistory *history);
const char        *payday_plan_history_get_undo_label  (const PaydayPlanHistory *history);
const char        *payday_plan_history_get_redo_label  (const PaydayPlanHistory *history);
const PaydayPlanEdit *payday_plan_history_get_undo_edit (const PaydayPlanHistory *history);
const PaydayPlanEdit *payday_plan_history_get_redo_edit (const PaydayPlanHistory *history);
guint              payday_plan_history_get_position    (const PaydayPlanHistory *history);
void               payday_plan_history_mark_saved      (PaydayPlanHistory     *history,
                                                        guint                  position);
gboolean           payday_plan_history_is_dirty        (const PaydayPlanHistory *history);

/* A part's value: the part's own struct (PaydayConnects, PaydayProfile, PaydaySimulation,
 * PaydayWithdrawals) or a PaydayPlanHeader. */
gpointer           payday_plan_part_snapshot           (const PaydayPlan      *plan,
                                                        PaydayPlanPart         part);
void               payday_plan_part_restore            (PaydayPlan            *plan,
                                                        PaydayPlanPart         part,
                                                        gconstpointer          value);
void               payday_plan_part_free               (PaydayPlanPart         part,
                                                        gpointer               value);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PaydayPlanEdit, payday_plan_edit_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PaydayPlanHistory, payday_plan_history_free)

G_END_DECLS
