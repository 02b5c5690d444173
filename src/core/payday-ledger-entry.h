/* payday-ledger-entry.h — one row of the Connects ledger as a row object of the document's
 * ledger model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "payday-ledger.h"

G_BEGIN_DECLS

#define PAYDAY_TYPE_LEDGER_KIND  (payday_ledger_kind_get_type ())
#define PAYDAY_TYPE_LEDGER_ENTRY (payday_ledger_entry_get_type ())

GType       payday_ledger_kind_get_type (void) G_GNUC_CONST;
const char *payday_ledger_kind_title    (PaydayLedgerKind kind);

G_DECLARE_FINAL_TYPE (PaydayLedgerEntry, payday_ledger_entry, PAYDAY, LEDGER_ENTRY, GObject)

const char       *payday_ledger_entry_get_key            (PaydayLedgerEntry *self);
PaydayDate        payday_ledger_entry_get_date           (PaydayLedgerEntry *self);
PaydayLedgerKind  payday_ledger_entry_get_kind           (PaydayLedgerEntry *self);
gint64            payday_ledger_entry_get_amount         (PaydayLedgerEntry *self);
gint64            payday_ledger_entry_get_balance        (PaydayLedgerEntry *self);
PaydayDate        payday_ledger_entry_get_lot_expires    (PaydayLedgerEntry *self);
const char       *payday_ledger_entry_get_ref            (PaydayLedgerEntry *self);
const char       *payday_ledger_entry_get_what           (PaydayLedgerEntry *self);
const char       *payday_ledger_entry_get_transaction_id (PaydayLedgerEntry *self);
gboolean          payday_ledger_entry_get_expiring       (PaydayLedgerEntry *self);
PaydayDate        payday_ledger_entry_get_today          (PaydayLedgerEntry *self);

void              payday_ledger_entry_sync               (GListStore        *store,
                                                          const PaydayLedger *ledger,
                                                          const PaydayPlan  *plan);

G_END_DECLS
