/* payday-error-dialog.h — a refusal with every problem, one a line, to read and copy
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define PAYDAY_TYPE_ERROR_DIALOG (payday_error_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PaydayErrorDialog, payday_error_dialog, PAYDAY, ERROR_DIALOG, AdwMessageDialog)

GtkWindow  *payday_error_dialog_new         (GtkWindow         *parent,
                                             const char        *heading,
                                             const char        *body,
                                             const char        *details);
const char *payday_error_dialog_get_details (PaydayErrorDialog *self);
void        payday_error_dialog_set_details (PaydayErrorDialog *self,
                                             const char        *details);

G_END_DECLS
