/* payday-jss-item.h — one Job Success Score of the profile, as an item of the profile dialog's list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "payday-date.h"

G_BEGIN_DECLS

#define PAYDAY_TYPE_JSS_ITEM (payday_jss_item_get_type ())

G_DECLARE_FINAL_TYPE (PaydayJssItem, payday_jss_item, PAYDAY, JSS_ITEM, GObject)

PaydayJssItem  *payday_jss_item_new       (guint       index,
                                           PaydayDate  date,
                                           int         score);
guint           payday_jss_item_get_index (PaydayJssItem *self);
PaydayDate      payday_jss_item_get_date  (PaydayJssItem *self);
int             payday_jss_item_get_score (PaydayJssItem *self);

G_END_DECLS
