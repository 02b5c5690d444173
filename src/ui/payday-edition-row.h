/* payday-edition-row.h — one rule edition in the Rule Editions dialog: figures, sources, notes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "payday-rules.h"

G_BEGIN_DECLS

#define PAYDAY_TYPE_EDITION_ROW (payday_edition_row_get_type ())

G_DECLARE_FINAL_TYPE (PaydayEditionRow, payday_edition_row, PAYDAY, EDITION_ROW, AdwExpanderRow)

GtkWidget *payday_edition_row_new (PaydayRules         *rules,
                                   const PaydayEdition *edition,
                                   gboolean             in_force,
                                   gboolean             pinned);

G_END_DECLS
