/* payday-contract-object.h — one contract and its facts as a row object of the document's
 * contracts model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "payday-contract-facts.h"
#include "payday-plan.h"

G_BEGIN_DECLS

#define PAYDAY_TYPE_CONTRACT_TYPE  (payday_contract_type_get_type ())
#define PAYDAY_TYPE_CONTRACT_STATE (payday_contract_state_get_type ())
#define PAYDAY_TYPE_CONTRACT_OBJECT (payday_contract_object_get_type ())

GType payday_contract_type_get_type  (void) G_GNUC_CONST;
GType payday_contract_state_get_type (void) G_GNUC_CONST;

G_DECLARE_FINAL_TYPE (PaydayContractObject, payday_contract_object, PAYDAY, CONTRACT_OBJECT, GObject)

PaydayContractObject *payday_contract_object_new           (const char                *id);
void                  payday_contract_object_update        (PaydayContractObject      *self,
                                                            const PaydayContract      *contract,
                                                            const char                *client_name,
                                                            const PaydayContractFacts *facts,
                                                            PaydayDate                 today);
const char           *payday_contract_object_get_id        (PaydayContractObject      *self);
const char           *payday_contract_object_get_title     (PaydayContractObject      *self);
const char           *payday_contract_object_get_upwork_id (PaydayContractObject      *self);
const char           *payday_contract_object_get_client_id (PaydayContractObject      *self);
const char           *payday_contract_object_get_client_name (PaydayContractObject    *self);
PaydayContractType    payday_contract_object_get_contract_type (PaydayContractObject  *self);
PaydayContractState   payday_contract_object_get_state     (PaydayContractObject      *self);
PaydayCents           payday_contract_object_get_amount    (PaydayContractObject      *self);
gint64                payday_contract_object_get_week_hours (PaydayContractObject     *self);
PaydayDate            payday_contract_object_get_next_date (PaydayContractObject      *self);
PaydayCents           payday_contract_object_get_next_net  (PaydayContractObject      *self);
PaydayCents           payday_contract_object_get_waiting_net (PaydayContractObject    *self);
PaydayDate            payday_contract_object_get_today     (PaydayContractObject      *self);

G_END_DECLS
