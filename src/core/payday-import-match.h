/* payday-import-match.h — a contract an imported file names and the plan contract it
 * goes to, as a row object of an import preview's model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "payday-import.h"

G_BEGIN_DECLS

#define PAYDAY_TYPE_IMPORT_MATCH (payday_import_match_get_type ())

G_DECLARE_FINAL_TYPE (PaydayImportMatch, payday_import_match, PAYDAY, IMPORT_MATCH, GObject)

guint        payday_import_match_get_index     (PaydayImportMatch         *self);
const char  *payday_import_match_get_title     (PaydayImportMatch         *self);
const char  *payday_import_match_get_upwork_id (PaydayImportMatch         *self);
guint        payday_import_match_get_n_rows    (PaydayImportMatch         *self);
PaydayCents  payday_import_match_get_amount    (PaydayImportMatch         *self);
const char  *payday_import_match_get_match     (PaydayImportMatch         *self);
void         payday_import_matches_sync        (GListStore                *store,
                                                const PaydayImportPreview *preview);

G_END_DECLS
