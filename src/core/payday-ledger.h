/* payday-ledger.h — the Connects ledger: lots, spends, refunds, refills and expiry up to today
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "payday-plan-changes.h"
#include "payday-plan.h"
#include "payday-rules.h"

G_BEGIN_DECLS

/* Lots that run out within this many days after today are "expiring": spend them first. */
#define PAYDAY_LEDGER_EXPIRING_DAYS 30

typedef enum {
  PAYDAY_LEDGER_OPENING,
  PAYDAY_LEDGER_REFILL,
  PAYDAY_LEDGER_PURCHASE,
  PAYDAY_LEDGER_GRANT,
  PAYDAY_LEDGER_ADJUST,
  PAYDAY_LEDGER_REFUND,
  PAYDAY_LEDGER_SPEND,
  PAYDAY_LEDGER_BOOST,
  PAYDAY_LEDGER_EXPIRE,
} PaydayLedgerKind;

/* One row of the ledger, as the `.ledger.csv` writes it: `date,kind,amount,balance,lot_expires,ref`. */
typedef struct
{
  PaydayDate        date;
  PaydayLedgerKind  kind;
  gint64            amount;       /* signed: lots > 0, spends, boosts, expiries and negative adjusts < 0 */
  gint64            balance;      /* after this row; negative while in deficit */
  PaydayDate        lot_expires;  /* on lot rows only (opening … refund); PAYDAY_DATE_NONE otherwise
                                   * and for lots of an edition whose expiry_days ≤ 0 */
  char             *ref;          /* proposal id, transaction id, "YYYY-MM-DD kind" of the expired
                                   * lot, "basic"/"plus" for a refill; NULL for the opening row */
  int               source_index; /* index into plan->proposals or plan->connects.transactions for
                                   * their rows, -1 for the others */
} PaydayLedgerRow;

/* What a warning tells of: a proposal that spent, or a negative adjust that took, more Connects
 * than the balance held. */
typedef enum
{
  PAYDAY_LEDGER_WARNING_PROPOSAL,
  PAYDAY_LEDGER_WARNING_ADJUST,
} PaydayLedgerWarningKind;

/* Something a valid plan may hold but the user should know (docs/ledger.md). */
typedef struct
{
  PaydayLedgerWarningKind kind;
  PaydayDate              date;
  char                   *text;  /* one line: "proposals[3] (p-17) on 2026-02-11 spent 8 Connects …" */
} PaydayLedgerWarning;

typedef struct
{
  PaydayDate   today;
  GArray      *rows;                /* PaydayLedgerRow, chronological, the spec's order within a day */
  gint64       balance;             /* at the end of today */
  gint64       expiring_30d;        /* unspent in lots expiring in (today, today + 30] */
  gint64       spent_12m;           /* spends + boosts − refunds dated in (today − 365, today] */
  int          hires_12m;           /* proposals dated in that window with status hired */
  PaydayCents  price_cents;         /* price_cents of the edition in effect at today */
  PaydayCents  cost_per_hire_cents; /* PAYDAY_NONE when hires_12m is 0 */
  GArray      *warnings;            /* PaydayLedgerWarning, chronological */
} PaydayLedger;

PaydayLedger *payday_ledger_compute         (const PaydayPlan  *plan,
                                             const PaydayRules *rules,
                                             PaydayDate         today);
PaydayLedger *payday_ledger_update          (PaydayLedger      *ledger,
                                             const PaydayPlan  *plan,
                                             const PaydayRules *rules,
                                             PaydayDate         today,
                                             const PaydayPlanChanges *changes);
void          payday_ledger_free            (PaydayLedger      *ledger);
const char   *payday_ledger_kind_to_string  (PaydayLedgerKind   kind);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PaydayLedger, payday_ledger_free)

G_END_DECLS
