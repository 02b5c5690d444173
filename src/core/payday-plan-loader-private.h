/* payday-plan-loader-private.h — internals shared by the plan loader's files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "payday-plan-read-private.h"

G_BEGIN_DECLS

G_GNUC_INTERNAL
JsonNode *
payday_plan_parse_json (const char  *data,
                        gsize        length,
                        GError     **error);

G_GNUC_INTERNAL
gboolean
payday_plan_check_utf8 (const char  *data,
                        gsize        length,
                        GError     **error);

G_GNUC_INTERNAL
void
payday_plan_read_contracts (PaydayReader *l,
                            JsonArray    *array,
                            PaydayPlan   *plan);

G_END_DECLS
