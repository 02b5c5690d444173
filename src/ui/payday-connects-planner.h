/* payday-connects-planner.h — what a month of proposals costs in Connects, on Basic and on
 * Freelancer Plus
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "payday-document.h"

G_BEGIN_DECLS

#define PAYDAY_TYPE_CONNECTS_PLANNER (payday_connects_planner_get_type ())

G_DECLARE_FINAL_TYPE (PaydayConnectsPlanner, payday_connects_planner, PAYDAY, CONNECTS_PLANNER, GtkBox)

PaydayDocument *payday_connects_planner_get_document (PaydayConnectsPlanner *self);
void            payday_connects_planner_set_document (PaydayConnectsPlanner *self,
                                                      PaydayDocument        *document);

G_END_DECLS
