/* payday-connects-page-private.h — what the Connects page's source files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "payday-chart-view.h"
#include "payday-connects-page.h"

G_BEGIN_DECLS

struct _PaydayConnectsPage
{
  GtkWidget        parent_instance;

  PaydayDocument  *document;
  GListStore      *ledger_model;
  PaydayChart     *chart;

  GtkFlowBox      *figures;
  GtkLabel        *balance_value;
  GtkLabel        *balance_detail;
  GtkLabel        *expiring_value;
  GtkLabel        *expiring_detail;
  GtkWidget       *expiring_card;
  GtkLabel        *spent_value;
  GtkLabel        *spent_detail;
  GtkLabel        *cost_value;
  GtkLabel        *cost_detail;
  GtkLabel        *warnings_label;
  PaydayChartView *chart_view;
  GtkWidget       *balance_group;
  AdwPreferencesGroup *ledger_group;
  GtkListBox      *ledger_list;
  GtkListBox      *membership_list;
};

/* The membership plans' names, by PaydayMembershipPlan */
extern const char *const payday_connects_page_plan_labels[];

void payday_connects_page_edit_transaction            (PaydayConnectsPage *self,
                                                        const char         *id);
void payday_connects_page_membership_row_activated_cb (AdwActionRow       *row,
                                                       PaydayConnectsPage *self);
void payday_connects_page_opening_row_activated_cb    (AdwActionRow       *row,
                                                       PaydayConnectsPage *self);
void payday_connects_page_add_transaction_action      (GtkWidget          *widget,
                                                       const char         *action_name,
                                                       GVariant           *param);
void payday_connects_page_add_membership_action       (GtkWidget          *widget,
                                                       const char         *action_name,
                                                       GVariant           *param);

G_END_DECLS
