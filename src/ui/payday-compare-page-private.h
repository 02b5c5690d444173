/* payday-compare-page-private.h — what the Compare page's source files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "payday-chart-view.h"
#include "payday-compare-page.h"

G_BEGIN_DECLS

typedef enum {
  SPIN_WEEKS,
  SPIN_HOURS,
  SPIN_RATE,
  SPIN_LIMIT,
  SPIN_PRICE,
  SPIN_MILESTONES,
  N_SPINS
} Spin;

/* The result widgets of one option. */
typedef struct
{
  GtkWidget *days_card;
  GtkLabel  *days;
  GtkLabel  *days_detail;
  GtkWidget *net_card;
  GtkLabel  *net;
  GtkLabel  *net_detail;
  GtkLabel  *waiting;
  GtkLabel  *unprotected;
  GtkLabel  *fee;
  AdwActionRow *waiting_row;
  AdwActionRow *fee_row;
} OptionView;

struct _PaydayComparePage
{
  GtkWidget            parent_instance;

  PaydayDocument      *document;

  AdwActionRow        *verdict_row;
  GtkSpinner          *spinner;
  AdwPreferencesGroup *job_group;
  GtkFlowBox          *columns;
  PaydayChartView     *chart_view;
  GtkLabel            *note_label;

  GtkAdjustment       *adjustments[N_SPINS];
  GtkSwitch           *funded_switch;
  GtkSwitch           *top_rated_switch;
  AdwComboRow         *edition_row;
  GtkStringList       *edition_model;
  GArray              *edition_dates;       /* PaydayDate per combo item */
  AdwActionRow        *start_row;
  OptionView           hourly;
  OptionView           fixed;

  PaydayCompareInput   input;
  PaydayPlan          *prefilled;           /* the plan the inputs were prefilled from */
  PaydayCompareResult *result;

  GTask               *task;
  GCancellable        *cancellable;
  guint                debounce_id;

  guint                updating : 1;
  guint                stale : 1;
};

void       payday_compare_page_input_changed (PaydayComparePage  *self);
GtkWidget *payday_compare_page_spin_row      (PaydayComparePage  *self,
                                              Spin                which);
GtkWidget *payday_compare_page_switch_row    (PaydayComparePage  *self,
                                              const char         *name,
                                              const char         *title,
                                              const char         *subtitle,
                                              GtkSwitch         **switch_out);
GtkWidget *payday_compare_page_option_column (PaydayComparePage  *self,
                                              const char         *prefix,
                                              const char         *title,
                                              const char         *description,
                                              OptionView         *view,
                                              GtkWidget         **inputs_out);
void       payday_compare_page_describe_behaviour (PaydayComparePage *self);
void       payday_compare_page_show_result        (PaydayComparePage *self);

G_END_DECLS
