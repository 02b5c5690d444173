/* payday-membership-row.h — one period of Basic or Freelancer Plus in the Connects page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "payday-membership-object.h"

G_BEGIN_DECLS

#define PAYDAY_TYPE_MEMBERSHIP_ROW (payday_membership_row_get_type ())

G_DECLARE_FINAL_TYPE (PaydayMembershipRow, payday_membership_row, PAYDAY, MEMBERSHIP_ROW, AdwActionRow)

GtkWidget              *payday_membership_row_new        (PaydayMembershipObject *period);
PaydayMembershipObject *payday_membership_row_get_period (PaydayMembershipRow    *self);

G_END_DECLS
