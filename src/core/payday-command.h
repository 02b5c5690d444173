/* payday-command.h — one change of a plan, addressed by ids, as the document runs it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "payday-plan-edit.h"

G_BEGIN_DECLS

/* A command is what an editor wants changed, as a list of operations on the plan's
 * entities named by their ids (a contract, a client, a proposal; a contract's week by its
 * start, its milestones and bonuses by their ids within the contract) or on one of its parts
 * (PaydayPlanPart), each carrying the new value. Nothing changes until the document runs
 * it (payday_document_run()), as one undoable step: the operations are applied in order,
 * so a later one may name an entity an earlier one added. Values are copied when added. */
typedef struct _PaydayCommand PaydayCommand;

PaydayCommand *payday_command_new              (const char            *label);
void           payday_command_free             (PaydayCommand         *command);
const char    *payday_command_get_label        (const PaydayCommand   *command);
gboolean       payday_command_is_empty         (const PaydayCommand   *command);
void           payday_command_set_merge_key    (PaydayCommand         *command,
                                                const char            *key);
void           payday_command_add_contract     (PaydayCommand         *command,
                                                const PaydayContract  *contract,
                                                const char            *after_id);
void           payday_command_replace_contract (PaydayCommand         *command,
                                                const char            *id,
                                                const PaydayContract  *contract);
void           payday_command_remove_contract  (PaydayCommand         *command,
                                                const char            *id);
void           payday_command_add_client       (PaydayCommand         *command,
                                                const PaydayClient    *client);
void           payday_command_replace_client   (PaydayCommand         *command,
                                                const char            *id,
                                                const PaydayClient    *client);
void           payday_command_remove_client    (PaydayCommand         *command,
                                                const char            *id);
void           payday_command_add_proposal     (PaydayCommand         *command,
                                                const PaydayProposal  *proposal);
void           payday_command_replace_proposal (PaydayCommand         *command,
                                                const char            *id,
                                                const PaydayProposal  *proposal);
void           payday_command_remove_proposal  (PaydayCommand         *command,
                                                const char            *id);
void           payday_command_set_week         (PaydayCommand         *command,
                                                const char            *contract_id,
                                                const PaydayWeek      *week);
void           payday_command_remove_week      (PaydayCommand         *command,
                                                const char            *contract_id,
                                                PaydayDate             week_start);
void           payday_command_add_milestone    (PaydayCommand         *command,
                                                const char            *contract_id,
                                                const PaydayMilestone *milestone);
void           payday_command_replace_milestone (PaydayCommand        *command,
                                                const char            *contract_id,
                                                const PaydayMilestone *milestone);
void           payday_command_remove_milestone (PaydayCommand         *command,
                                                const char            *contract_id,
                                                const char            *milestone_id);
void           payday_command_add_bonus        (PaydayCommand         *command,
                                                const char            *contract_id,
                                                const PaydayBonus     *bonus);
void           payday_command_replace_bonus    (PaydayCommand         *command,
                                                const char            *contract_id,
                                                const PaydayBonus     *bonus);
void           payday_command_remove_bonus     (PaydayCommand         *command,
                                                const char            *contract_id,
                                                const char            *bonus_id);
void           payday_command_set_part         (PaydayCommand         *command,
                                                PaydayPlanPart         part,
                                                gconstpointer          value);
void           payday_command_take_part        (PaydayCommand         *command,
                                                PaydayPlanPart         part,
                                                gpointer               value);
PaydayPlanEdit *payday_command_apply           (const PaydayCommand   *command,
                                                PaydayPlan            *plan,
                                                GError               **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PaydayCommand, payday_command_free)

G_END_DECLS
