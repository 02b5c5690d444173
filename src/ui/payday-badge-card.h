/* payday-badge-card.h — one badge as a card: its criteria, JSS weeks and history, next step
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "payday-badge-item.h"

G_BEGIN_DECLS

#define PAYDAY_TYPE_BADGE_CARD (payday_badge_card_get_type ())

G_DECLARE_FINAL_TYPE (PaydayBadgeCard, payday_badge_card, PAYDAY, BADGE_CARD, AdwPreferencesGroup)

GtkWidget       *payday_badge_card_new       (PaydayBadgeItem *badge);
PaydayBadgeItem *payday_badge_card_get_badge (PaydayBadgeCard *self);
void             payday_badge_card_set_badge (PaydayBadgeCard *self,
                                              PaydayBadgeItem *badge);

G_END_DECLS
