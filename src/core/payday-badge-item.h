/* payday-badge-item.h — one badge as a list item: where it stands, its criteria and JSS
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "payday-badges.h"

G_BEGIN_DECLS

#define PAYDAY_TYPE_BADGE_ITEM (payday_badge_item_get_type ())

G_DECLARE_FINAL_TYPE (PaydayBadgeItem, payday_badge_item, PAYDAY, BADGE_ITEM, GObject)

PaydayBadgeItem    *payday_badge_item_new              (const char              *id);
const char         *payday_badge_item_get_id           (PaydayBadgeItem         *self);
const char         *payday_badge_item_get_name         (PaydayBadgeItem         *self);
gboolean            payday_badge_item_get_eligible     (PaydayBadgeItem         *self);
PaydayDate          payday_badge_item_get_projected_on (PaydayBadgeItem         *self);
const char         *payday_badge_item_get_next_step    (PaydayBadgeItem         *self);
const char * const *payday_badge_item_get_benefits     (PaydayBadgeItem         *self);
const char * const *payday_badge_item_get_requires     (PaydayBadgeItem         *self);
guint               payday_badge_item_get_n_met        (PaydayBadgeItem         *self);
PaydayDate          payday_badge_item_get_today        (PaydayBadgeItem         *self);
gboolean            payday_badge_item_get_has_jss      (PaydayBadgeItem         *self);
int                 payday_badge_item_get_jss_min      (PaydayBadgeItem         *self);
const char         *payday_badge_item_get_jss_weeks_id (PaydayBadgeItem         *self);
GArray             *payday_badge_item_get_jss_weeks    (PaydayBadgeItem         *self);
GArray             *payday_badge_item_get_jss_history  (PaydayBadgeItem         *self);
GListModel         *payday_badge_item_get_criteria     (PaydayBadgeItem         *self);
void                payday_badge_items_sync            (GListStore              *store,
                                                        const PaydayBadgeReport *report,
                                                        const PaydayProfile     *profile);

G_END_DECLS
