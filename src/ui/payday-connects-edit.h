/* payday-connects-edit.h — the edits of the Connects and Proposals pages, one function each
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "payday-document.h"

G_BEGIN_DECLS

/* Each edit is one undoable command on the document (payday_document_run(): recompute,
 * dirty, "changed"), naming transactions and proposals by id; the arguments say the whole
 * change. Strings in the structs passed in are copied; `extra` members are kept from the
 * old value. */

void        payday_connects_edit_add_transaction    (PaydayDocument          *document,
                                                     const PaydayTransaction *tx);
void        payday_connects_edit_set_transaction    (PaydayDocument          *document,
                                                     const char              *id,
                                                     const PaydayTransaction *tx);
void        payday_connects_edit_remove_transaction (PaydayDocument          *document,
                                                     const char              *id);
void        payday_connects_edit_set_opening        (PaydayDocument          *document,
                                                     int                      balance,
                                                     PaydayDate               date);
void        payday_connects_edit_add_membership     (PaydayDocument          *document,
                                                     const PaydayMembership  *membership);
void        payday_connects_edit_set_membership     (PaydayDocument          *document,
                                                     guint                    index,
                                                     const PaydayMembership  *membership);
void        payday_connects_edit_remove_membership  (PaydayDocument          *document,
                                                     guint                    index);
void        payday_connects_edit_add_proposal       (PaydayDocument          *document,
                                                     const PaydayProposal    *proposal);
void        payday_connects_edit_set_proposal       (PaydayDocument          *document,
                                                     const char              *id,
                                                     const PaydayProposal    *proposal);
void        payday_connects_edit_remove_proposal    (PaydayDocument          *document,
                                                     const char              *id);
const char *payday_connects_edit_create_contract    (PaydayDocument          *document,
                                                     const char              *proposal_id,
                                                     PaydayContractType       type,
                                                     PaydayCents              amount_cents,
                                                     const char              *new_client_name);
char       *payday_connects_edit_new_id             (PaydayDocument          *document,
                                                     const char              *prefix);

G_END_DECLS
