/* payday-simulator-page.h — the simulator: timeline and Monte Carlo cash, with its settings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "payday-chart-view.h"
#include "payday-document.h"
#include "payday-simulation.h"
#include "payday-simulation-settings.h"

G_BEGIN_DECLS

/* Threads of the window's Monte Carlo run: the machine stays responsive. */
#define PAYDAY_SIMULATOR_THREADS 2

#define PAYDAY_TYPE_SIMULATOR_PAGE (payday_simulator_page_get_type ())

G_DECLARE_FINAL_TYPE (PaydaySimulatorPage, payday_simulator_page, PAYDAY, SIMULATOR_PAGE, GtkWidget)

PaydayDocument        *payday_simulator_page_get_document    (PaydaySimulatorPage *self);
void                   payday_simulator_page_set_document    (PaydaySimulatorPage *self,
                                                              PaydayDocument      *document);
const PaydaySimResult *payday_simulator_page_get_result      (PaydaySimulatorPage *self);
PaydaySchedule        *payday_simulator_page_get_schedule    (PaydaySimulatorPage *self);
gboolean               payday_simulator_page_get_running     (PaydaySimulatorPage *self);
PaydayChartView       *payday_simulator_page_get_chart_view  (PaydaySimulatorPage *self);
const char            *payday_simulator_page_get_summary     (PaydaySimulatorPage *self);
gboolean               payday_simulator_page_export_to_file  (PaydaySimulatorPage *self,
                                                              GFile               *file,
                                                              GError             **error);

G_END_DECLS
