/* payday-import-match-row.h — one contract of an imported file, and the drop-down that
 * chooses the plan contract it goes to
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "payday-import-match.h"

G_BEGIN_DECLS

#define PAYDAY_TYPE_IMPORT_MATCH_ROW (payday_import_match_row_get_type ())

G_DECLARE_FINAL_TYPE (PaydayImportMatchRow, payday_import_match_row, PAYDAY, IMPORT_MATCH_ROW,
                      AdwActionRow)

GtkWidget         *payday_import_match_row_new       (PaydayImportMatch    *match,
                                                      GListModel           *choices,
                                                      const char * const   *choice_ids);
PaydayImportMatch *payday_import_match_row_get_match (PaydayImportMatchRow *self);
GtkDropDown       *payday_import_match_row_get_drop_down (PaydayImportMatchRow *self);

G_END_DECLS
