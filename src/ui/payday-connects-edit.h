/* payday-connects-edit.h — the edits of the Connects and Proposals pages, one function each
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "payday-document.h"

G_BEGIN_DECLS

/* Each edit mutates the document's plan and then calls payday_document_changed() (which
 * recomputes and marks the document dirty). They are kept small and self-contained so
 * that each can become an undoable command: the arguments say the whole change. Strings
 * in the structs passed in are copied; `extra` members are kept from the old value. */

void        payday_connects_edit_add_transaction    (PaydayDocument          *document,
                                                     const PaydayTransaction *tx);
void        payday_connects_edit_set_transaction    (PaydayDocument          *document,
                                                     guint                    index,
                                                     const PaydayTransaction *tx);
void        payday_connects_edit_remove_transaction (PaydayDocument          *document,
                                                     guint                    index);
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
                                                     guint                    index,
                                                     const PaydayProposal    *proposal);
void        payday_connects_edit_remove_proposal    (PaydayDocument          *document,
                                                     guint                    index);
const char *payday_connects_edit_create_contract    (PaydayDocument          *document,
                                                     guint                    proposal_index,
                                                     PaydayContractType       type,
                                                     PaydayCents              amount_cents,
                                                     const char              *new_client_name);
char       *payday_connects_edit_new_id             (PaydayDocument          *document,
                                                     const char              *prefix);

G_END_DECLS
