/* payday-exception-row.h — one exception of the reconcile: predicted, paid, the verdict,
 * and a link to its contract
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "payday-reconcile-item.h"

G_BEGIN_DECLS

#define PAYDAY_TYPE_EXCEPTION_ROW (payday_exception_row_get_type ())

G_DECLARE_FINAL_TYPE (PaydayExceptionRow, payday_exception_row, PAYDAY, EXCEPTION_ROW, AdwActionRow)

GtkWidget *payday_exception_row_new (PaydayReconcileItem *item);

G_END_DECLS
