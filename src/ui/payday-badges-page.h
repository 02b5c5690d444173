/* payday-badges-page.h — the badges as cards, bound to the document's badge model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "payday-document.h"

G_BEGIN_DECLS

#define PAYDAY_TYPE_BADGES_PAGE (payday_badges_page_get_type ())

G_DECLARE_FINAL_TYPE (PaydayBadgesPage, payday_badges_page, PAYDAY, BADGES_PAGE, GtkWidget)

GtkWidget      *payday_badges_page_new            (PaydayDocument             *document);
PaydayDocument *payday_badges_page_get_document   (PaydayBadgesPage           *self);
void            payday_badges_page_set_document   (PaydayBadgesPage           *self,
                                                   PaydayDocument             *document);

G_END_DECLS
