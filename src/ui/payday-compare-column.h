/* payday-compare-column.h — one option of the Compare page: its inputs, figures and results
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "payday-compare.h"

G_BEGIN_DECLS

#define PAYDAY_TYPE_COMPARE_COLUMN (payday_compare_column_get_type ())

G_DECLARE_FINAL_TYPE (PaydayCompareColumn, payday_compare_column, PAYDAY, COMPARE_COLUMN, GtkWidget)

void payday_compare_column_show (PaydayCompareColumn       *self,
                                 const PaydayCompareOption *option,
                                 const PaydayCompareOption *other,
                                 PaydayDate                 from);

G_END_DECLS
