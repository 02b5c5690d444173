/* payday-window-rules.c — the window's "win.rules" action: the Rule Editions dialog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "payday-rules-dialog.h"
#include "payday-window-private.h"

/**
 * payday_window_rules_dialog_new:
 * @self: a window
 *
 * Returns: (transfer none): the Rule Editions dialog of @self's document, transient for
 *   @self, not yet shown
 */
GtkWindow *
payday_window_rules_dialog_new (PaydayWindow *self)
{
  g_return_val_if_fail (PAYDAY_IS_WINDOW (self), NULL);

  return GTK_WINDOW (payday_rules_dialog_new (GTK_WINDOW (self),
                                              payday_window_get_document (self)));
}

static void
payday_window_action_rules (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *param)
{
  gtk_window_present (payday_window_rules_dialog_new (PAYDAY_WINDOW (widget)));
}

/* Called from payday_window_class_init(). */
void
payday_window_rules_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.rules", NULL, payday_window_action_rules);
}
