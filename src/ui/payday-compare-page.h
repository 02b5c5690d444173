/* payday-compare-page.h — the Compare page: one job as hourly or fixed-price, side by side
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "payday-compare.h"
#include "payday-document.h"

G_BEGIN_DECLS

/* How long the inputs must rest before the comparison runs again. */
#define PAYDAY_COMPARE_DEBOUNCE_MS 200

#define PAYDAY_TYPE_COMPARE_PAGE (payday_compare_page_get_type ())

G_DECLARE_FINAL_TYPE (PaydayComparePage, payday_compare_page, PAYDAY, COMPARE_PAGE, GtkWidget)

GtkWidget                 *payday_compare_page_new          (PaydayDocument    *document);
PaydayDocument            *payday_compare_page_get_document (PaydayComparePage *self);
void                       payday_compare_page_set_document (PaydayComparePage *self,
                                                             PaydayDocument    *document);
const PaydayCompareInput  *payday_compare_page_get_input    (PaydayComparePage *self);
const PaydayCompareResult *payday_compare_page_get_result   (PaydayComparePage *self);
gboolean                   payday_compare_page_get_running  (PaydayComparePage *self);

G_END_DECLS
