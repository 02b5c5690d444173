/* payday-money.h — integer cents and exact half-up rounding
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Money is a signed count of US cents. Percents are basis points (10% = 1000), because
 * rule files and plans give percents with at most two decimals. */
typedef gint64 PaydayCents;

#define PAYDAY_CENTS_MAX G_GINT64_CONSTANT (10000000000000) /* 10^13, the plan-format bound */

gint64  payday_div_round_half_up     (gint64      numerator,
                                      gint64      denominator);
gint64  payday_percent_of            (PaydayCents amount,
                                      gint32      basis_points);
char   *payday_money_format          (PaydayCents cents);
char   *payday_money_format_plain    (PaydayCents cents);
gboolean payday_decimal_to_hundredths (double     value,
                                      gint64     *hundredths);

G_END_DECLS
