/* payday-window-private.h — the window's undo/redo actions and its unsaved-changes guard
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "payday-window.h"

G_BEGIN_DECLS

/* What to do once the user agreed to leave the open plan (saved it or discarded it). */
typedef void (*PaydayWindowProceed) (PaydayWindow *self,
                                     gpointer      data);

void     payday_window_edit_class_init     (GtkWidgetClass      *widget_class);
void     payday_window_edit_attach         (PaydayWindow        *self);
void     payday_window_confirm_discard     (PaydayWindow        *self,
                                            PaydayWindowProceed  proceed,
                                            gpointer             data,
                                            GDestroyNotify       data_free);
gboolean payday_window_edit_close_request  (PaydayWindow        *self);

G_END_DECLS
