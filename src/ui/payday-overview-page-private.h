/* payday-overview-page-private.h — what the Overview page's source files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "payday-overview-page.h"
#include "payday-ui-util.h"

G_BEGIN_DECLS

/* payday-overview-rows.c */
G_GNUC_INTERNAL GtkWidget *payday_overview_placeholder_new        (const char           *text);
G_GNUC_INTERNAL GtkWidget *payday_overview_contract_row_new       (const PaydayContract *contract,
                                                                   const PaydayPlan     *plan,
                                                                   PaydayDate            next_date,
                                                                   PaydayCents           waiting,
                                                                   PaydayDate            today,
                                                                   const PaydayRate     *local_rate);
G_GNUC_INTERNAL GBytes    *payday_overview_contract_row_signature (const PaydayContract *contract,
                                                                   const PaydayPlan     *plan,
                                                                   PaydayDate            next_date,
                                                                   PaydayCents           waiting,
                                                                   PaydayDate            today,
                                                                   const PaydayRate     *rate);
G_GNUC_INTERNAL GtkWidget *payday_overview_more_row_new           (char                 *text);

G_END_DECLS
