/* payday-renderer.h — which GSK renderer Payday's windows draw with
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

const char *payday_renderer_choose (void);

G_END_DECLS
