/* payday-import-dialog.h — Upwork CSV files read in a thread, previewed, and imported as
 * one undoable step each
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "payday-document.h"
#include "payday-import.h"

G_BEGIN_DECLS

#define PAYDAY_TYPE_IMPORT_DIALOG (payday_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PaydayImportDialog, payday_import_dialog, PAYDAY, IMPORT_DIALOG, AdwWindow)

PaydayImportDialog *payday_import_dialog_new          (PaydayDocument     *document,
                                                       GListModel         *files);
GListModel         *payday_import_dialog_get_matches  (PaydayImportDialog *self);
GListModel         *payday_import_dialog_get_problems (PaydayImportDialog *self);
const PaydayImportCounts *
                    payday_import_dialog_get_counts   (PaydayImportDialog *self);
const char         *payday_import_dialog_get_state    (PaydayImportDialog *self);
gboolean            payday_import_dialog_choose       (PaydayImportDialog *self,
                                                       guint               index,
                                                       const char         *contract_id);

G_END_DECLS
