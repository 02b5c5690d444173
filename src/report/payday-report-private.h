/* payday-report-private.h — small helpers shared by the report library's files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "payday-chart.h"

G_BEGIN_DECLS

G_GNUC_INTERNAL
cairo_status_t
payday_report_append_bytes (void                *closure,
                            const unsigned char *data,
                            unsigned int         length);

G_GNUC_INTERNAL
cairo_status_t
payday_chart_render_to_stream (PaydayChart        *self,
                               gboolean            svg,
                               int                 width,
                               int                 height,
                               cairo_write_func_t  write,
                               void               *closure);

G_END_DECLS
