/* payday-export-json.h — the summary JSON of docs/exports.md
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "payday-export.h"

G_BEGIN_DECLS

JsonNode *payday_export_json_summary_build (const PaydayExportJob *job,
                                            GError               **error);
char     *payday_export_json_summary       (const PaydayExportJob *job,
                                            gsize                 *length,
                                            GError               **error);
char     *payday_json_shorten_doubles      (const char            *text);

G_END_DECLS
