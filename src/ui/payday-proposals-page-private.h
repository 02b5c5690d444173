/* payday-proposals-page-private.h — what the Proposals page's source files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "payday-planner.h"
#include "payday-proposals-page.h"

G_BEGIN_DECLS

struct _PaydayProposalsPage
{
  GtkWidget       parent_instance;

  PaydayDocument *document;

  GtkFlowBox     *figures;
  GtkLabel       *win_value;
  GtkLabel       *win_detail;
  GtkLabel       *sent_value;
  GtkLabel       *sent_detail;
  GtkLabel       *connects_hire_value;
  GtkLabel       *connects_hire_detail;
  GtkLabel       *money_hire_value;
  GtkLabel       *money_hire_detail;
  GtkToggleButton *month_toggle;
  GtkToggleButton *quarter_toggle;
  GtkGrid        *funnel_grid;
  GtkListBox     *pipeline_list;
  GtkSpinButton  *spin_rate;
  GtkSpinButton  *spin_connects;
  GtkSpinButton  *spin_boost;
  GtkSpinButton  *spin_invites;
  GtkSpinButton  *spin_win;
  GtkListBox     *result_list;
  GtkLabel       *needed_label;
  AdwActionRow   *option_rows[PAYDAY_N_SUPPLY];
  GtkLabel       *option_costs[PAYDAY_N_SUPPLY];
  GtkWidget      *option_pills[PAYDAY_N_SUPPLY];

  GtkSizeGroup   *pill_group;

  /* The planner's inputs follow the plan's history until the user changes one. */
  guint           planner_touched : 1;
  guint           prefilling : 1;
};

/* payday-proposals-page.c */
G_GNUC_INTERNAL gboolean   payday_proposals_have_plan               (PaydayProposalsPage *self);

/* payday-proposals-planner.c */
G_GNUC_INTERNAL void       payday_proposals_planner_update          (PaydayProposalsPage *self);
G_GNUC_INTERNAL void       payday_proposals_planner_input_changed   (PaydayProposalsPage *self);
G_GNUC_INTERNAL void       payday_proposals_planner_prefill         (PaydayProposalsPage *self);
G_GNUC_INTERNAL void       payday_proposals_planner_history_action  (GtkWidget           *widget,
                                                                     const char          *action_name,
                                                                     GVariant            *param);
G_GNUC_INTERNAL GtkWidget *payday_proposals_planner_result_row_new  (const char          *title,
                                                                     const char          *name,
                                                                     GtkLabel           **value_out,
                                                                     GtkWidget          **pill_out);

G_END_DECLS
