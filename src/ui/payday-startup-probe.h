/* payday-startup-probe.h — reports when a window has painted its first frame (start-up bench)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void payday_startup_probe_attach (GtkWindow *window);

G_END_DECLS
