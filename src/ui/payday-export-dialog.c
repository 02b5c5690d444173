/* payday-export-dialog.c — the Export dialog: one row a format this build writes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "payday-export.h"
#include "payday-export-dialog.h"
#include "payday-window-private.h"

/* The formats the window offers, in the order of the rows in payday-export-dialog.ui.
 * A row whose format payday_export_is_supported() says this build does not write is
 * removed, so formats that arrive later show up without touching the window. A row runs
 * "export.choose" with its suffix: the window then asks where to save. */
static const struct
{
  const char *suffix;
  const char *row;          /* its id in the template */
  const char *title;        /* the file chooser's filter name */
} formats[] = {
  { ".csv", "row_csv", N_("Payment Schedule") },
  { ".ledger.csv", "row_ledger_csv", N_("Connects Ledger") },
  { ".withdrawals.csv", "row_withdrawals_csv", N_("Withdrawals") },
  { ".ics", "row_ics", N_("Calendar") },
  { ".json", "row_json", N_("Summary") },
  { ".pdf", "row_pdf", N_("Report") },
  { ".sim.json", "row_sim_json", N_("Simulation") },
  { ".svg", "row_svg", N_("Simulator Chart") },
  { ".png", "row_png", N_("Simulator Chart") },
};

struct _PaydayExportDialog
{
  AdwWindow            parent_instance;

  AdwPreferencesGroup *group;
  GtkWidget           *rows[G_N_ELEMENTS (formats)];
};

G_DEFINE_FINAL_TYPE (PaydayExportDialog, payday_export_dialog, ADW_TYPE_WINDOW)

static void
choose_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  GtkWindow *window = gtk_window_get_transient_for (GTK_WINDOW (widget));
  const char *suffix = g_variant_get_string (param, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (g_str_equal (formats[i].suffix, suffix) && PAYDAY_IS_WINDOW (window))
      {
        payday_window_export_ask_where (PAYDAY_WINDOW (window), suffix, _(formats[i].title));
        gtk_window_destroy (GTK_WINDOW (widget));
        return;
      }
}

static void
payday_export_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), PAYDAY_TYPE_EXPORT_DIALOG);

  G_OBJECT_CLASS (payday_export_dialog_parent_class)->dispose (object);
}

static void
payday_export_dialog_class_init (PaydayExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = payday_export_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/payday/Payday/ui/payday-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PaydayExportDialog, group);
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    gtk_widget_class_bind_template_child_full (widget_class, formats[i].row, FALSE,
                                               G_STRUCT_OFFSET (PaydayExportDialog, rows)
                                               + i * sizeof (GtkWidget *));

  gtk_widget_class_install_action (widget_class, "export.choose", "s", choose_action);
}

static void
payday_export_dialog_init (PaydayExportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autofree char *name = g_strconcat ("x", formats[i].suffix, NULL);

      if (!payday_export_is_supported (name))
        adw_preferences_group_remove (self->group, self->rows[i]);
    }
}
