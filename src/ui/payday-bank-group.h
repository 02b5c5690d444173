/* payday-bank-group.h — "In your bank": the next withdrawal, what the method costs a year
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "payday-document.h"

G_BEGIN_DECLS

#define PAYDAY_TYPE_BANK_GROUP (payday_bank_group_get_type ())

G_DECLARE_FINAL_TYPE (PaydayBankGroup, payday_bank_group, PAYDAY, BANK_GROUP, GtkWidget)

PaydayDocument *payday_bank_group_get_document (PaydayBankGroup *self);
void            payday_bank_group_set_document (PaydayBankGroup *self,
                                                PaydayDocument  *document);

G_END_DECLS
