/* core-test-util.h — what tests without widgets share: plans built in C, temporary folders
 *
 * The tests of an engine build their plans by hand rather than load them, so they do not
 * depend on the loader: these are the builders they share.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "payday-plan.h"

G_BEGIN_DECLS

/* A date "YYYY-MM-DD" (NULL for none). Short: the tests read as tables of dates. */
#define D(text) payday_test_date (text)

PaydayDate       payday_test_date          (const char           *text);
PaydayPlan      *payday_test_plan_at       (const char           *today);
PaydayClient    *payday_test_add_client    (PaydayPlan           *plan,
                                            const char           *id,
                                            const char           *name,
                                            PaydayCents           billed_before);
PaydayContract  *payday_test_add_contract  (PaydayPlan           *plan,
                                            const char           *id,
                                            const char           *client,
                                            PaydayContractType    type,
                                            PaydayCents           rate_cents);
void             payday_test_add_week      (PaydayContract       *contract,
                                            const char           *monday,
                                            gint64                hours,
                                            gint64                disputed,
                                            PaydayDisputeOutcome  outcome);
PaydayMilestone *payday_test_add_milestone (PaydayContract       *contract,
                                            const char           *id,
                                            PaydayCents           amount,
                                            const char           *funded,
                                            const char           *due,
                                            const char           *submitted,
                                            const char           *approved);
void             payday_test_add_bonus     (PaydayContract       *contract,
                                            const char           *id,
                                            const char           *date,
                                            PaydayCents           amount);

void             payday_test_remove_tree   (const char           *path);

G_END_DECLS
