/* payday-simulator-chart.h — the simulator chart: timeline lanes over cumulative cash
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "payday-chart.h"
#include "payday-simulation.h"

G_BEGIN_DECLS

/* The size of the SVG and PNG exports, in pixels (points for SVG). */
#define PAYDAY_SIMULATOR_EXPORT_WIDTH  1200
#define PAYDAY_SIMULATOR_EXPORT_HEIGHT 800

/* The series payday_simulator_chart_build() adds, in this order. */
typedef enum {
  PAYDAY_SIMULATOR_SERIES_SCHEDULED,    /* step: the deterministic schedule */
  PAYDAY_SIMULATOR_SERIES_P50,          /* line, with the P10–P90 band */
  PAYDAY_SIMULATOR_N_SERIES,
  /* step: what was really received (imported actuals); only when the plan has some in
   * the chart's range, so a plan without actuals has PAYDAY_SIMULATOR_N_SERIES series */
  PAYDAY_SIMULATOR_SERIES_RECEIVED = PAYDAY_SIMULATOR_N_SERIES,
} PaydaySimulatorSeries;

void      payday_simulator_chart_build     (PaydayChart           *chart,
                                            const PaydaySchedule  *schedule,
                                            const PaydaySimResult *result);
char     *payday_simulator_chart_summary   (const PaydaySimResult *result);
char     *payday_simulator_chart_render    (const PaydaySchedule  *schedule,
                                            const PaydaySimResult *result,
                                            gboolean               svg,
                                            gsize                 *length,
                                            GError               **error);
char     *payday_simulator_describe_item   (const PaydaySchedule  *schedule,
                                            guint                  item_index);

G_END_DECLS
