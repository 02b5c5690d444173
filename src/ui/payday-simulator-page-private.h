/* payday-simulator-page-private.h — what the simulator page's source files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "payday-simulator-page.h"

G_BEGIN_DECLS

/* The rows of payday-simulator-settings.c, one adjustment each. */
#define PAYDAY_SIMULATOR_N_SETTINGS 12

struct _PaydaySimulatorPage
{
  GtkWidget            parent_instance;

  PaydayDocument      *document;

  AdwFlap             *flap;
  GtkLabel            *caption_label;
  GtkStack            *content_stack;
  PaydayChartView     *chart_view;
  GtkProgressBar      *progress_bar;
  GtkLabel            *summary_label;
  AdwPreferencesGroup *run_group;
  AdwPreferencesGroup *client_group;
  AdwPreferencesGroup *pipeline_group;

  GtkAdjustment       *adjustments[PAYDAY_SIMULATOR_N_SETTINGS];

  GTask               *task;            /* the current run, NULL when idle */
  GCancellable        *cancellable;
  guint                progress_id;
  guint                debounce_id;
  PaydayPlan          *debounce_plan;   /* the plan the pending edit went to (not a ref) */
  PaydayCommand       *pending;         /* the settings command waiting for rest */
  PaydaySimulation    *pending_settings; /* the settings it will set */
  guint                pending_setting;

  PaydaySchedule      *schedule;        /* what the shown result was computed from */
  PaydaySimResult     *result;
  char                *summary;

  GtkFileChooserNative *chooser;

  guint                updating : 1;
  guint                stale : 1;       /* changed while hidden: run when shown */
};

/* payday-simulator-settings.c */
G_GNUC_INTERNAL void payday_simulator_settings_add_rows        (PaydaySimulatorPage *self);
G_GNUC_INTERNAL void payday_simulator_settings_update          (PaydaySimulatorPage *self,
                                                                const PaydayPlan    *plan);
G_GNUC_INTERNAL void payday_simulator_settings_commit_pending  (PaydaySimulatorPage *self);
G_GNUC_INTERNAL void payday_simulator_settings_discard_pending (PaydaySimulatorPage *self);

G_END_DECLS
