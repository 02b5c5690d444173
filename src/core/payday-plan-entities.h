/* payday-plan-entities.h — what the editors share about one contract, client or proposal:
 * copies, look-ups by id, new ids, and the checks an edited contract must pass
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "payday-plan.h"

G_BEGIN_DECLS

void               payday_contract_copy_into           (PaydayContract        *dst,
                                                        const PaydayContract  *src);
void               payday_client_copy_into             (PaydayClient          *dst,
                                                        const PaydayClient    *src);
void               payday_actuals_copy_into            (GArray                *dst,
                                                        const GArray          *src);
void               payday_client_clear                 (PaydayClient          *client);
void               payday_proposal_copy_into           (PaydayProposal        *dst,
                                                        const PaydayProposal  *src);
void               payday_proposal_clear               (PaydayProposal        *proposal);
char              *payday_plan_new_contract_id         (const PaydayPlan      *plan);
char              *payday_plan_new_client_id           (const PaydayPlan      *plan);
char              *payday_contract_new_milestone_id    (const PaydayContract  *contract);
char              *payday_contract_new_bonus_id        (const PaydayContract  *contract);
gint               payday_plan_find_contract_index     (const PaydayPlan      *plan,
                                                        const char            *id);
gint               payday_plan_find_proposal_index     (const PaydayPlan      *plan,
                                                        const char            *id);
gint               payday_plan_find_client_index       (const PaydayPlan      *plan,
                                                        const char            *id);
gboolean           payday_plan_client_in_use           (const PaydayPlan      *plan,
                                                        const char            *id);
gboolean           payday_plan_contract_in_use         (const PaydayPlan      *plan,
                                                        const char            *id);
PaydayDate         payday_contract_next_week_start     (const PaydayContract  *contract,
                                                        PaydayDate             today);
gboolean           payday_contract_validate            (const PaydayContract  *contract,
                                                        GError               **error);
guint              payday_contract_add_week            (PaydayContract        *contract,
                                                        PaydayDate             week_start);

G_END_DECLS
