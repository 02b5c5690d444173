/* payday-profile-dialog.h — edit the freelancer profile that badges are judged on
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "payday-document.h"

G_BEGIN_DECLS

#define PAYDAY_TYPE_PROFILE_DIALOG (payday_profile_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PaydayProfileDialog, payday_profile_dialog, PAYDAY, PROFILE_DIALOG, AdwPreferencesWindow)

GtkWidget      *payday_profile_dialog_new          (PaydayDocument      *document);
PaydayDocument *payday_profile_dialog_get_document (PaydayProfileDialog *self);
char          **payday_profile_dialog_categories   (PaydayDocument      *document);

G_END_DECLS
