/* payday-chart-view.h — a widget showing a PaydayChart, with hover, zoom and pan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "payday-chart.h"

G_BEGIN_DECLS

#define PAYDAY_TYPE_CHART_VIEW (payday_chart_view_get_type ())

G_DECLARE_FINAL_TYPE (PaydayChartView, payday_chart_view, PAYDAY, CHART_VIEW, GtkWidget)

GtkWidget   *payday_chart_view_new          (void);
PaydayChart *payday_chart_view_get_chart    (PaydayChartView *self);
void         payday_chart_view_set_chart    (PaydayChartView *self,
                                             PaydayChart     *chart);
char        *payday_chart_view_describe_at  (PaydayChartView *self,
                                             double           x,
                                             double           y);

G_END_DECLS
