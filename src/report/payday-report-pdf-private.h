/* payday-report-pdf-private.h — internals shared by the report's PDF files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "payday-report-layout-private.h"

G_BEGIN_DECLS

G_GNUC_INTERNAL
char *
pdf_cell (const PaydayItem *item,
          const char       *text);

G_GNUC_INTERNAL
const char *
pdf_contract_title (const PaydayContract *contract,
                    const char           *fallback);

G_GNUC_INTERNAL
char *
pdf_date_cell (const PaydayItem *item,
               PaydayDate        date);

G_GNUC_INTERNAL
void
pdf_draw_ledger (Renderer *r);

G_GNUC_INTERNAL
void
pdf_draw_schedule (Renderer *r);

G_GNUC_INTERNAL
void
pdf_draw_withdrawals (Renderer *r);

G_GNUC_INTERNAL
const PaydayContract *
pdf_item_contract (const PaydayPlan *plan,
                   const PaydayItem *item);

G_GNUC_INTERNAL
char *
pdf_item_label (const PaydayPlan *plan,
                const PaydayItem *item);

G_GNUC_INTERNAL
char *
pdf_money_cell (const PaydayItem *item,
                PaydayCents       cents);

G_GNUC_INTERNAL
char *
pdf_status_markup (const PaydayItem *item);

G_END_DECLS
