/* payday-hold-item.h — one account hold of the profile, as an item of the profile dialog's list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "payday-date.h"

G_BEGIN_DECLS

#define PAYDAY_TYPE_HOLD_ITEM (payday_hold_item_get_type ())

G_DECLARE_FINAL_TYPE (PaydayHoldItem, payday_hold_item, PAYDAY, HOLD_ITEM, GObject)

PaydayHoldItem *payday_hold_item_new       (guint       index,
                                            PaydayDate  start,
                                            PaydayDate  end);
guint           payday_hold_item_get_index (PaydayHoldItem *self);
PaydayDate      payday_hold_item_get_start (PaydayHoldItem *self);
PaydayDate      payday_hold_item_get_end   (PaydayHoldItem *self);

G_END_DECLS
