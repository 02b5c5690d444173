/* payday-window-export.c — the window's Export… and Print… actions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "payday-export.h"
#include "payday-export-dialog.h"
#include "payday-window-private.h"

/* ------------------------------------------------------------------------------------------ */
/* the export itself */

typedef struct
{
  PaydayPlan  *plan;       /* a copy: the document may change while the thread runs */
  PaydayRules *rules;
  PaydayDate   today;
  char        *path;
} ExportData;

static void
export_data_free (ExportData *data)
{
  g_clear_pointer (&data->plan, payday_plan_unref);
  g_clear_pointer (&data->rules, payday_rules_unref);
  g_free (data->path);
  g_free (data);
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportData *data = task_data;
  g_autoptr(PaydaySchedule) schedule = NULL;
  g_autoptr(GError) error = NULL;
  PaydayExportJob job;

  /* Exactly what `payday --export` does, so the window's files are the command line's. */
  schedule = payday_schedule_compute (data->plan, data->rules, data->today);

  payday_export_job_init (&job);
  job.plan = data->plan;
  job.rules = data->rules;
  job.schedule = schedule;
  job.today = data->today;

  if (!payday_export_to_file (&job, data->path, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

/**
 * payday_window_export_to_path_async:
 * @self: a window
 * @path: the file to write; its extension picks the format (as `payday --export`)
 *
 * Writes the window's plan to @path in a thread, from a copy of the plan taken now, through
 * payday_export_to_file(): the bytes are those the command line writes for the same plan
 * and day. Shows nothing; see payday_window_export_to_path_finish().
 */
void
payday_window_export_to_path_async (PaydayWindow        *self,
                                    const char          *path,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  PaydayDocument *document;
  g_autoptr(GTask) task = NULL;
  ExportData *data;

  g_return_if_fail (PAYDAY_IS_WINDOW (self));
  g_return_if_fail (path != NULL);

  document = payday_window_get_document (self);
  data = g_new0 (ExportData, 1);
  data->plan = payday_plan_copy (payday_document_get_plan (document));
  data->rules = payday_rules_ref (payday_document_get_rules (document));
  data->today = payday_document_get_today (document);
  data->plan->today = data->today;
  data->path = g_strdup (path);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, payday_window_export_to_path_async);
  g_task_set_task_data (task, data, (GDestroyNotify) export_data_free);
  g_task_run_in_thread (task, export_thread);
}

gboolean
payday_window_export_to_path_finish (PaydayWindow  *self,
                                     GAsyncResult  *result,
                                     GError       **error)
{
  g_return_val_if_fail (PAYDAY_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
export_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  PaydayWindow *self = PAYDAY_WINDOW (object);
  g_autoptr(GFile) file = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_file_get_basename (file);

  if (!payday_window_export_to_path_finish (self, result, &error))
    {
      g_autofree char *heading = g_strdup_printf (_("Could Not Export “%s”"), name);

      payday_window_show_error (self, heading, _("Nothing was written."), error->message);
      return;
    }
  else
    {
      g_autofree char *title = g_strdup_printf (_("Exported to “%s”"), name);
      g_autofree char *uri = g_file_get_uri (file);
      AdwToast *toast = adw_toast_new (title);

      adw_toast_set_button_label (toast, _("_Open"));
      adw_toast_set_action_name (toast, "win.open-export");
      adw_toast_set_action_target_value (toast, g_variant_new_string (uri));
      payday_window_add_toast (self, toast);
    }
}

static void
payday_window_action_open_export (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *param)
{
  gtk_show_uri (GTK_WINDOW (widget), g_variant_get_string (param, NULL), GDK_CURRENT_TIME);
}

/* ------------------------------------------------------------------------------------------ */
/* the dialog: a format, then where */

static void
export_chooser_response (GtkFileChooserNative *chooser,
                         int                   response,
                         PaydayWindow         *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT &&
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) != NULL)
    {
      g_autofree char *path = g_file_get_path (file);

      if (path != NULL)
        payday_window_export_to_path_async (self, path, NULL, export_done_cb,
                                            g_steal_pointer (&file));
    }

  gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (chooser));
  g_object_unref (chooser);
}

/**
 * payday_window_export_ask_where:
 * @suffix: the format's suffix, e.g. ".ledger.csv"
 * @title: the format's name, for the chooser's filter
 *
 * Asks where to save the export, then writes it there.
 */
void
payday_window_export_ask_where (PaydayWindow *self,
                                const char   *suffix,
                                const char   *title)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *pattern = g_strconcat ("*", suffix, NULL);
  g_autofree char *name = NULL;
  GtkFileChooserNative *chooser;

  gtk_file_filter_set_name (filter, title);
  gtk_file_filter_add_pattern (filter, pattern);

  name = g_strconcat (payday_document_get_title (payday_window_get_document (self)), suffix, NULL);
  g_strdelimit (name, "/\\", '-');

  chooser = gtk_file_chooser_native_new (_("Export"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect_object (chooser, "response", G_CALLBACK (export_chooser_response), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/**
 * payday_window_export_dialog_new:
 * @self: a window
 *
 * The Export dialog: one row a format this build writes; a row asks where to save.
 *
 * Returns: (transfer none): the dialog, transient for @self, not yet shown
 */
GtkWindow *
payday_window_export_dialog_new (PaydayWindow *self)
{
  return g_object_new (PAYDAY_TYPE_EXPORT_DIALOG, "transient-for", self, NULL);
}

static void
payday_window_action_export (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *param)
{
  gtk_window_present (payday_window_export_dialog_new (PAYDAY_WINDOW (widget)));
}

/* ------------------------------------------------------------------------------------------ */
/* printing: the PDF report's pages, drawn by the same code */

typedef struct
{
  PaydayPlan        *plan;
  PaydayRules       *rules;
  PaydaySchedule    *schedule;
  PaydayReportOwned  owned;
  PaydayReportInput  in;
  int                n_pages;
} PrintData;

static void
print_data_free (PrintData *data)
{
  payday_report_owned_clear (&data->owned);
  g_clear_pointer (&data->schedule, payday_schedule_unref);
  g_clear_pointer (&data->plan, payday_plan_unref);
  g_clear_pointer (&data->rules, payday_rules_unref);
  g_free (data);
}

static void
print_begin (GtkPrintOperation *operation,
             GtkPrintContext   *context,
             PrintData         *data)
{
  data->n_pages = payday_report_count_pages_for_size (&data->in,
                                                      gtk_print_context_get_width (context),
                                                      gtk_print_context_get_height (context));
  gtk_print_operation_set_n_pages (operation, data->n_pages);
}

static void
print_draw_page (GtkPrintOperation *operation,
                 GtkPrintContext   *context,
                 int                page_nr,
                 PrintData         *data)
{
  payday_report_draw_page (&data->in,
                           gtk_print_context_get_cairo_context (context),
                           gtk_print_context_get_width (context),
                           gtk_print_context_get_height (context),
                           page_nr, data->n_pages);
}

/**
 * payday_window_create_print_operation:
 * @self: a window
 *
 * A print operation for the report of the window's plan as it is now: the pages of the
 * PDF report, drawn by the same code (payday_report_draw_page()) from the same input
 * (payday_report_input_fill()), on the report's paper unless the user picks another.
 *
 * Returns: (transfer full): the operation, ready to run
 */
GtkPrintOperation *
payday_window_create_print_operation (PaydayWindow *self)
{
  PaydayDocument *document;
  GtkPrintOperation *operation;
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) paper = NULL;
  PaydayExportJob job;
  PrintData *data;
  double w, h;

  g_return_val_if_fail (PAYDAY_IS_WINDOW (self), NULL);

  document = payday_window_get_document (self);
  data = g_new0 (PrintData, 1);
  data->plan = payday_plan_copy (payday_document_get_plan (document));
  data->rules = payday_rules_ref (payday_document_get_rules (document));
  data->plan->today = payday_document_get_today (document);
  data->schedule = payday_schedule_compute (data->plan, data->rules, data->plan->today);

  payday_export_job_init (&job);
  job.plan = data->plan;
  job.rules = data->rules;
  job.schedule = data->schedule;
  job.today = data->plan->today;
  payday_report_input_fill (&job, &data->in, &data->owned);

  /* The report's own paper, margins drawn by the report: the page is the whole sheet. */
  payday_report_paper_size (data->in.paper, &w, &h);
  paper = gtk_paper_size_new_custom ("payday-report", "Report", w, h, GTK_UNIT_POINTS);
  gtk_page_setup_set_paper_size_and_default_margins (setup, paper);

  operation = gtk_print_operation_new ();
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_job_name (operation, payday_document_get_title (document));
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  /* The data lives as long as the operation: it is freed with the draw-page handler. */
  g_signal_connect (operation, "begin-print", G_CALLBACK (print_begin), data);
  g_signal_connect_data (operation, "draw-page", G_CALLBACK (print_draw_page), data,
                         (GClosureNotify) (void (*) (void)) print_data_free, 0);

  return operation;
}

static void
print_done (GtkPrintOperation       *operation,
            GtkPrintOperationResult  result,
            PaydayWindow            *self)
{
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_autoptr(GError) error = NULL;

      gtk_print_operation_get_error (operation, &error);
      payday_window_show_error (self, _("Could Not Print"), NULL,
                                error ? error->message : _("The printer refused the job."));
    }
  g_object_unref (operation);
}

static void
payday_window_action_print (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *param)
{
  PaydayWindow *self = PAYDAY_WINDOW (widget);
  GtkPrintOperation *operation = payday_window_create_print_operation (self);
  g_autoptr(GError) error = NULL;

  gtk_print_operation_set_allow_async (operation, TRUE);
  g_signal_connect_object (operation, "done", G_CALLBACK (print_done), self, 0);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               GTK_WINDOW (self), &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    payday_window_show_error (self, _("Could Not Print"), NULL, error->message);
}

/* Called from payday_window_class_init(). */
void
payday_window_export_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.export", NULL, payday_window_action_export);
  gtk_widget_class_install_action (widget_class, "win.open-export", "s", payday_window_action_open_export);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, payday_window_action_print);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "win.export", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "win.print", NULL);
}
