/* payday-overview-page.h — money by status, the next payments and the contracts at a glance
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "payday-document.h"
#include "payday-payment-item.h"
#include "payday-rates.h"

G_BEGIN_DECLS

#define PAYDAY_TYPE_OVERVIEW_PAGE (payday_overview_page_get_type ())

G_DECLARE_FINAL_TYPE (PaydayOverviewPage, payday_overview_page, PAYDAY, OVERVIEW_PAGE, GtkWidget)

/* Payments whose available_on falls in (today, today + this] are listed as "next": the
 * document's payments model. */
#define PAYDAY_OVERVIEW_NEXT_DAYS PAYDAY_UPCOMING_DAYS
/* The lists show this many rows and then "N more": a plan with thousands of contracts
 * must not rebuild thousands of rows on every edit. */
#define PAYDAY_OVERVIEW_MAX_ROWS 25
#define PAYDAY_OVERVIEW_MAX_NOTES 6

GtkWidget      *payday_overview_page_new          (PaydayDocument     *document);
PaydayDocument *payday_overview_page_get_document (PaydayOverviewPage *self);
void            payday_overview_page_set_document (PaydayOverviewPage *self,
                                                   PaydayDocument     *document);
const PaydayRate *payday_overview_page_get_local_rate (PaydayOverviewPage *self);
void            payday_overview_page_set_local_rate (PaydayOverviewPage *self,
                                                     const PaydayRate   *rate);

G_END_DECLS
