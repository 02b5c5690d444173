/* payday-contracts-page.h — the contracts list and the editor of the selected contract
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "payday-document.h"

G_BEGIN_DECLS

#define PAYDAY_TYPE_CONTRACTS_PAGE (payday_contracts_page_get_type ())

G_DECLARE_FINAL_TYPE (PaydayContractsPage, payday_contracts_page, PAYDAY, CONTRACTS_PAGE, GtkWidget)

PaydayDocument *payday_contracts_page_get_document  (PaydayContractsPage *self);
void            payday_contracts_page_set_document  (PaydayContractsPage *self,
                                                     PaydayDocument      *document);
const char     *payday_contracts_page_get_selected  (PaydayContractsPage *self);
gboolean        payday_contracts_page_select        (PaydayContractsPage *self,
                                                     const char          *id);
GtkWidget      *payday_contracts_page_get_editor    (PaydayContractsPage *self,
                                                     PaydayContractType   type);
guint           payday_contracts_page_get_n_shown   (PaydayContractsPage *self);
void            payday_contracts_page_set_search    (PaydayContractsPage *self,
                                                     const char          *text);

G_END_DECLS
