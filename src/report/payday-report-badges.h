/* payday-report-badges.h — the badges block of the PDF report
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "payday-badges.h"

G_BEGIN_DECLS

double payday_report_badges_height (const PaydayBadgeReport *report);
void   payday_report_badges_draw   (cairo_t                 *cr,
                                    double                   width,
                                    double                   height,
                                    gpointer                 report);

G_END_DECLS
