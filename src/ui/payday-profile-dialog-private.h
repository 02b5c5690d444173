/* payday-profile-dialog-private.h — what the profile dialog shares with its list rows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "payday-profile-dialog.h"

G_BEGIN_DECLS

gboolean payday_profile_dialog_parse_date_field (GtkWidget  *widget,
                                                 gboolean    optional,
                                                 PaydayDate *date);
void     payday_profile_dialog_set_date_text    (GtkWidget  *widget,
                                                 PaydayDate  date);

G_END_DECLS
