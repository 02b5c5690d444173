/* payday-criterion-row.h — one criterion of a badge card: its value against its threshold
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "payday-criterion-item.h"

G_BEGIN_DECLS

#define PAYDAY_TYPE_CRITERION_ROW (payday_criterion_row_get_type ())

G_DECLARE_FINAL_TYPE (PaydayCriterionRow, payday_criterion_row, PAYDAY, CRITERION_ROW, AdwActionRow)

GtkWidget           *payday_criterion_row_new      (PaydayCriterionItem        *item,
                                                    const char                 *badge_id);
PaydayCriterionItem *payday_criterion_row_get_item (PaydayCriterionRow         *self);
void                 payday_criterion_row_set_item (PaydayCriterionRow         *self,
                                                    PaydayCriterionItem        *item);
char                *payday_badges_format_criterion (const PaydayBadgeCriterion *criterion);

G_END_DECLS
