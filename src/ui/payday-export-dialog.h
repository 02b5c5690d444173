/* payday-export-dialog.h — the Export dialog: one row a format this build writes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define PAYDAY_TYPE_EXPORT_DIALOG (payday_export_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PaydayExportDialog, payday_export_dialog, PAYDAY, EXPORT_DIALOG, AdwWindow)

G_END_DECLS
