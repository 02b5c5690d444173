/* payday-hire-contract-dialog.h — the contract a hired proposal becomes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "payday-document.h"

G_BEGIN_DECLS

#define PAYDAY_TYPE_HIRE_CONTRACT_DIALOG (payday_hire_contract_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PaydayHireContractDialog, payday_hire_contract_dialog, PAYDAY, HIRE_CONTRACT_DIALOG, AdwMessageDialog)

GtkWidget *payday_hire_contract_dialog_new (GtkWindow      *parent,
                                            PaydayDocument *document,
                                            const char     *proposal_id);

G_END_DECLS
