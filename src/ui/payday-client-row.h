/* payday-client-row.h — one client of the Clients dialog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "payday-client-object.h"
#include "payday-document.h"

G_BEGIN_DECLS

#define PAYDAY_TYPE_CLIENT_ROW (payday_client_row_get_type ())

G_DECLARE_FINAL_TYPE (PaydayClientRow, payday_client_row, PAYDAY, CLIENT_ROW, AdwExpanderRow)

GtkWidget *payday_client_row_new (PaydayDocument     *document,
                                  PaydayClientObject *client);

G_END_DECLS
