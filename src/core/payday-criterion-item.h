/* payday-criterion-item.h — one badge criterion as a list item: its value, threshold and state
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "payday-badges.h"

G_BEGIN_DECLS

#define PAYDAY_TYPE_CRITERION_ITEM (payday_criterion_item_get_type ())

G_DECLARE_FINAL_TYPE (PaydayCriterionItem, payday_criterion_item, PAYDAY, CRITERION_ITEM, GObject)

PaydayCriterionItem *payday_criterion_item_new           (const char                 *id);
const char          *payday_criterion_item_get_id        (PaydayCriterionItem        *self);
PaydayCriterionKind  payday_criterion_item_get_kind      (PaydayCriterionItem        *self);
const char          *payday_criterion_item_get_label     (PaydayCriterionItem        *self);
const char          *payday_criterion_item_get_detail    (PaydayCriterionItem        *self);
gboolean             payday_criterion_item_get_met       (PaydayCriterionItem        *self);
gint64               payday_criterion_item_get_value     (PaydayCriterionItem        *self);
gint64               payday_criterion_item_get_threshold (PaydayCriterionItem        *self);
PaydayDate           payday_criterion_item_get_met_on    (PaydayCriterionItem        *self);
PaydayDate           payday_criterion_item_get_today     (PaydayCriterionItem        *self);
void                 payday_criterion_item_update        (PaydayCriterionItem        *self,
                                                          const PaydayBadgeCriterion *criterion,
                                                          PaydayDate                  today);
void                 payday_criterion_items_sync         (GListStore                 *store,
                                                          const PaydayBadge          *badge,
                                                          PaydayDate                  today);

G_END_DECLS
