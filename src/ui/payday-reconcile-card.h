/* payday-reconcile-card.h — the Overview's card on how the plan held up against what was
 * really paid, with its exceptions one click away
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "payday-document.h"

G_BEGIN_DECLS

#define PAYDAY_TYPE_RECONCILE_CARD (payday_reconcile_card_get_type ())

G_DECLARE_FINAL_TYPE (PaydayReconcileCard, payday_reconcile_card, PAYDAY, RECONCILE_CARD, GtkWidget)

PaydayDocument *payday_reconcile_card_get_document   (PaydayReconcileCard *self);
void            payday_reconcile_card_set_document   (PaydayReconcileCard *self,
                                                      PaydayDocument      *document);
GListModel     *payday_reconcile_card_get_exceptions (PaydayReconcileCard *self);

G_END_DECLS
