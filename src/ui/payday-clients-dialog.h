/* payday-clients-dialog.h — the plan's clients: name, payment verified, earlier billings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "payday-document.h"

G_BEGIN_DECLS

#define PAYDAY_TYPE_CLIENTS_DIALOG (payday_clients_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PaydayClientsDialog, payday_clients_dialog, PAYDAY, CLIENTS_DIALOG, AdwPreferencesWindow)

GtkWidget *payday_clients_dialog_new (PaydayDocument *document);

G_END_DECLS
