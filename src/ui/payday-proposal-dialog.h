/* payday-proposal-dialog.h — add, edit or delete a proposal
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "payday-document.h"

G_BEGIN_DECLS

#define PAYDAY_TYPE_PROPOSAL_DIALOG (payday_proposal_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PaydayProposalDialog, payday_proposal_dialog, PAYDAY, PROPOSAL_DIALOG, AdwMessageDialog)

GtkWidget *payday_proposal_dialog_new (GtkWindow      *parent,
                                       PaydayDocument *document,
                                       const char     *id);

G_END_DECLS
