/* payday-connects-page.h — the Connects ledger: balance, what expires, purchases and membership
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "payday-document.h"

G_BEGIN_DECLS

#define PAYDAY_TYPE_CONNECTS_PAGE (payday_connects_page_get_type ())

G_DECLARE_FINAL_TYPE (PaydayConnectsPage, payday_connects_page, PAYDAY, CONNECTS_PAGE, GtkWidget)

GtkWidget      *payday_connects_page_new          (PaydayDocument     *document);
PaydayDocument *payday_connects_page_get_document (PaydayConnectsPage *self);
void            payday_connects_page_set_document (PaydayConnectsPage *self,
                                                   PaydayDocument     *document);

G_END_DECLS
