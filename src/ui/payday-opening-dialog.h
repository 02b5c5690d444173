/* payday-opening-dialog.h — where the Connects ledger starts: a balance on a day
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "payday-document.h"

G_BEGIN_DECLS

#define PAYDAY_TYPE_OPENING_DIALOG (payday_opening_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PaydayOpeningDialog, payday_opening_dialog, PAYDAY, OPENING_DIALOG, AdwMessageDialog)

GtkWidget *payday_opening_dialog_new (GtkWindow      *parent,
                                      PaydayDocument *document);

G_END_DECLS
