/* payday-proposals-page.h — the proposal pipeline, its funnel and the Connects planner
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "payday-document.h"

G_BEGIN_DECLS

#define PAYDAY_TYPE_PROPOSALS_PAGE (payday_proposals_page_get_type ())

G_DECLARE_FINAL_TYPE (PaydayProposalsPage, payday_proposals_page, PAYDAY, PROPOSALS_PAGE, GtkWidget)

GtkWidget      *payday_proposals_page_new          (PaydayDocument      *document);
PaydayDocument *payday_proposals_page_get_document (PaydayProposalsPage *self);
void            payday_proposals_page_set_document (PaydayProposalsPage *self,
                                                    PaydayDocument      *document);

G_END_DECLS
