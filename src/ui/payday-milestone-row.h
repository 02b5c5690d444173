/* payday-milestone-row.h — one milestone of the fixed-price editor
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "payday-document.h"
#include "payday-milestone-object.h"

G_BEGIN_DECLS

#define PAYDAY_TYPE_MILESTONE_ROW (payday_milestone_row_get_type ())

G_DECLARE_FINAL_TYPE (PaydayMilestoneRow, payday_milestone_row, PAYDAY, MILESTONE_ROW, AdwExpanderRow)

GtkWidget *payday_milestone_row_new       (PaydayDocument        *document,
                                           const char            *contract_id,
                                           PaydayMilestoneObject *milestone);
GtkWidget *payday_milestone_row_get_field (PaydayMilestoneRow    *self,
                                           const char            *field);

G_END_DECLS
