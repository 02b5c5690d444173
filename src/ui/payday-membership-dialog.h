/* payday-membership-dialog.h — add, edit or delete a period of Basic or Freelancer Plus
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "payday-document.h"

G_BEGIN_DECLS

#define PAYDAY_TYPE_MEMBERSHIP_DIALOG (payday_membership_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PaydayMembershipDialog, payday_membership_dialog, PAYDAY, MEMBERSHIP_DIALOG, AdwMessageDialog)

GtkWidget *payday_membership_dialog_new (GtkWindow      *parent,
                                         PaydayDocument *document,
                                         int             index);

G_END_DECLS
