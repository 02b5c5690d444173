/* payday-proposal-row.h — one proposal in the Proposals page's pipeline
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "payday-proposal-object.h"

G_BEGIN_DECLS

#define PAYDAY_TYPE_PROPOSAL_ROW (payday_proposal_row_get_type ())

G_DECLARE_FINAL_TYPE (PaydayProposalRow, payday_proposal_row, PAYDAY, PROPOSAL_ROW, AdwActionRow)

GtkWidget  *payday_proposal_row_new          (PaydayProposalObject *proposal);
GtkWidget  *payday_proposal_row_get_pill     (PaydayProposalRow    *self);
const char *payday_proposal_status_label     (PaydayProposalStatus  status);

G_END_DECLS
