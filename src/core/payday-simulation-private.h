/* payday-simulation-private.h — test hooks of the Monte Carlo simulation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

void payday_simulation_set_matrix_budget (gsize bytes);

G_END_DECLS
