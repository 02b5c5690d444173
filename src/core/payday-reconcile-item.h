/* payday-reconcile-item.h — one row of the reconcile (a prediction, what was paid, the
 * verdict) as a row object of the document's reconcile model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "payday-reconcile.h"

G_BEGIN_DECLS

#define PAYDAY_TYPE_VERDICT        (payday_verdict_get_type ())
#define PAYDAY_TYPE_RECONCILE_ITEM (payday_reconcile_item_get_type ())

GType payday_verdict_get_type (void) G_GNUC_CONST;

G_DECLARE_FINAL_TYPE (PaydayReconcileItem, payday_reconcile_item, PAYDAY, RECONCILE_ITEM, GObject)

PaydayReconcileItem *payday_reconcile_item_new            (const char               *key);
void                 payday_reconcile_item_update         (PaydayReconcileItem      *self,
                                                           const PaydayReconcileRow *row,
                                                           const char               *contract_title);
char                *payday_reconcile_row_key             (const PaydayReconcileRow *row);
const char          *payday_reconcile_item_get_key        (PaydayReconcileItem      *self);
PaydayVerdict        payday_reconcile_item_get_verdict    (PaydayReconcileItem      *self);
gboolean             payday_reconcile_item_get_exception  (PaydayReconcileItem      *self);
const char          *payday_reconcile_item_get_contract_id (PaydayReconcileItem     *self);
const char          *payday_reconcile_item_get_contract_title (PaydayReconcileItem  *self);
const char          *payday_reconcile_item_get_item_id    (PaydayReconcileItem      *self);
const char          *payday_reconcile_item_get_ref        (PaydayReconcileItem      *self);
PaydayDate           payday_reconcile_item_get_predicted_on (PaydayReconcileItem    *self);
PaydayCents          payday_reconcile_item_get_predicted_cents (PaydayReconcileItem *self);
PaydayDate           payday_reconcile_item_get_actual_on  (PaydayReconcileItem      *self);
PaydayCents          payday_reconcile_item_get_actual_cents (PaydayReconcileItem    *self);

G_END_DECLS
