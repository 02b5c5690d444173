/* payday-plan-loader-private.h — internals shared by the plan loader's files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "payday-plan-read-private.h"

G_BEGIN_DECLS

G_GNUC_INTERNAL
gboolean
payday_plan_check_depth (const char  *data,
                         gsize        length,
                         char       **compact,
                         gsize       *compact_length,
                         GError     **error);

G_GNUC_INTERNAL
gboolean
payday_plan_check_utf8 (const char  *data,
                        gsize        length,
                        GError     **error);

G_GNUC_INTERNAL
char *
payday_plan_normalise_syntax_message (const char *message);

G_GNUC_INTERNAL
void
payday_plan_read_contracts (PaydayReader *l,
                            JsonArray    *array,
                            PaydayPlan   *plan);

G_END_DECLS
