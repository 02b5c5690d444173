/* ui-test-util.h — what every UI test needs: screenshots of a widget as it is on screen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void payday_test_save_screenshot (GtkWidget  *widget,
                                  const char *name);

G_END_DECLS
