/* payday-proposal-object.h — one proposal as a row object of the document's proposals model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "payday-plan.h"

G_BEGIN_DECLS

#define PAYDAY_TYPE_PROPOSAL_STATUS (payday_proposal_status_get_type ())
#define PAYDAY_TYPE_PROPOSAL_OBJECT (payday_proposal_object_get_type ())

GType payday_proposal_status_get_type (void) G_GNUC_CONST;

G_DECLARE_FINAL_TYPE (PaydayProposalObject, payday_proposal_object, PAYDAY, PROPOSAL_OBJECT, GObject)

const char           *payday_proposal_object_get_id            (PaydayProposalObject *self);
const char           *payday_proposal_object_get_title         (PaydayProposalObject *self);
PaydayDate            payday_proposal_object_get_date          (PaydayProposalObject *self);
PaydayProposalStatus  payday_proposal_object_get_status        (PaydayProposalObject *self);
PaydayDate            payday_proposal_object_get_status_date   (PaydayProposalObject *self);
const char           *payday_proposal_object_get_client_name   (PaydayProposalObject *self);
int                   payday_proposal_object_get_connects      (PaydayProposalObject *self);
int                   payday_proposal_object_get_boost         (PaydayProposalObject *self);
gboolean              payday_proposal_object_get_invited       (PaydayProposalObject *self);
const char           *payday_proposal_object_get_contract_id   (PaydayProposalObject *self);
const char           *payday_proposal_object_get_contract_title (PaydayProposalObject *self);
PaydayDate            payday_proposal_object_get_today         (PaydayProposalObject *self);

void                  payday_proposal_object_sync              (GListStore           *store,
                                                                const PaydayPlan     *plan,
                                                                PaydayDate            today);

G_END_DECLS
