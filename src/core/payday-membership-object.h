/* payday-membership-object.h — one period of Basic or Freelancer Plus as a row object of the
 * document's membership model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "payday-plan.h"

G_BEGIN_DECLS

#define PAYDAY_TYPE_MEMBERSHIP_PLAN   (payday_membership_plan_get_type ())
#define PAYDAY_TYPE_MEMBERSHIP_OBJECT (payday_membership_object_get_type ())

GType payday_membership_plan_get_type (void) G_GNUC_CONST;

G_DECLARE_FINAL_TYPE (PaydayMembershipObject, payday_membership_object, PAYDAY, MEMBERSHIP_OBJECT, GObject)

guint                 payday_membership_object_get_index   (PaydayMembershipObject *self);
PaydayMembershipPlan  payday_membership_object_get_plan    (PaydayMembershipObject *self);
PaydayDate            payday_membership_object_get_from    (PaydayMembershipObject *self);
PaydayDate            payday_membership_object_get_to      (PaydayMembershipObject *self);
gboolean              payday_membership_object_get_current (PaydayMembershipObject *self);
PaydayDate            payday_membership_object_get_today   (PaydayMembershipObject *self);

void                  payday_membership_object_sync        (GListStore             *store,
                                                            const PaydayPlan       *plan,
                                                            PaydayDate              today);

G_END_DECLS
