/* payday-badges-page-private.h — what the Badges page's source files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "payday-badges-page.h"

G_BEGIN_DECLS

char      *payday_badges_page_format_date_with_year (PaydayDate               date);
GtkWidget *payday_badges_page_card_new              (const PaydayBadgeReport *report,
                                                     const PaydayBadge       *badge,
                                                     const PaydayProfile     *profile);

G_END_DECLS
