/* payday-export-dialog.c — the Export dialog: one row a format, a row asks where to save
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "payday-export.h"
#include "payday-export-dialog.h"
#include "payday-window-private.h"

struct _PaydayExportDialog
{
  AdwWindow parent_instance;
};

G_DEFINE_FINAL_TYPE (PaydayExportDialog, payday_export_dialog, ADW_TYPE_WINDOW)

/* Each row's "visible": formats another part of Payday adds show up exactly when the
 * exporter writes them. */
static gboolean
format_supported (PaydayExportDialog *self,
                  const char         *suffix)
{
  g_autofree char *name = g_strconcat ("x", suffix, NULL);

  return payday_export_is_supported (name);
}

/* "export.choose" with a format's suffix (".ledger.csv"), the action of its row: the
 * window asks where to write it, and the dialog's work is done. */
static void
payday_export_dialog_choose (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *param)
{
  GtkWindow *window = gtk_window_get_transient_for (GTK_WINDOW (widget));

  if (PAYDAY_IS_WINDOW (window))
    payday_window_choose_export_file (PAYDAY_WINDOW (window), g_variant_get_string (param, NULL));
  gtk_window_destroy (GTK_WINDOW (widget));
}

static void
payday_export_dialog_class_init (PaydayExportDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/payday/Payday/ui/payday-export-dialog.ui");
  gtk_widget_class_bind_template_callback (widget_class, format_supported);
  gtk_widget_class_install_action (widget_class, "export.choose", "s", payday_export_dialog_choose);
}

static void
payday_export_dialog_init (PaydayExportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * payday_export_dialog_new:
 * @window: the window whose plan is exported
 *
 * Returns: (transfer none): the dialog, transient for @window, not yet shown
 */
GtkWindow *
payday_export_dialog_new (PaydayWindow *window)
{
  g_return_val_if_fail (PAYDAY_IS_WINDOW (window), NULL);

  return g_object_new (PAYDAY_TYPE_EXPORT_DIALOG, "transient-for", window, NULL);
}
