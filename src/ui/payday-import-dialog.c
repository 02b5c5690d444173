/* payday-import-dialog.c — Upwork CSV files read in a thread, previewed, and imported as
 * one undoable step each
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "payday-import.h"
#include "payday-import-dialog.h"
#include "payday-import-match.h"
#include "payday-import-match-row.h"
#include "payday-progress-stream.h"
#include "payday-ui-util.h"

/* A file with thousands of bad rows would make thousands of list rows: the first ones say
 * what is wrong, a last line how many more there are. */
#define MAX_PROBLEMS_SHOWN 200

/* One file's outcome of the reading thread: what was read, or why it was refused. */
typedef struct
{
  GFile        *file;
  PaydayImport *import;
  GError       *error;
} Read;

struct _PaydayImportDialog
{
  AdwWindow             parent_instance;

  PaydayDocument       *document;
  GListModel           *files;              /* GFile, in the order given */
  GArray               *reads;              /* Read, filled when the thread returns */
  guint                 current;            /* the file shown */
  PaydayImportPreview  *preview;
  GCancellable         *cancellable;
  gint                  bytes_read;         /* atomic: the reading thread adds */
  gint64                bytes_total;
  guint                 progress_id;
  gboolean              applying;           /* our own import is changing the document */

  /* Template widgets and objects */
  AdwWindowTitle       *window_title;
  GtkButton            *cancel_button;
  GtkButton            *apply_button;
  GtkStack             *stack;
  AdwStatusPage        *reading_page;
  GtkProgressBar       *progress;
  AdwStatusPage        *refused_page;
  GtkLabel             *error_label;
  GtkLabel             *rows_label;
  GtkLabel             *created_label;
  GtkLabel             *work_label;
  GtkLabel             *actuals_label;
  GtkLabel             *duplicates_label;
  GtkLabel             *not_understood_label;
  AdwPreferencesGroup  *summary_group;
  AdwPreferencesGroup  *contracts_group;
  GtkListBox           *contracts_list;
  AdwPreferencesGroup  *problems_group;
  GtkListBox           *problems_list;
  GListStore           *matches;
  GtkStringList        *choices;
  GtkStringList        *problems;
  GStrv                 choice_ids;
};

G_DEFINE_FINAL_TYPE (PaydayImportDialog, payday_import_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_FILES,
  N_PROPS
};

enum {
  IMPORTED,
  N_SIGNALS
};

static GParamSpec *properties [N_PROPS];
static guint signals [N_SIGNALS];

static void
read_clear (Read *read)
{
  g_clear_object (&read->file);
  g_clear_pointer (&read->import, payday_import_free);
  g_clear_error (&read->error);
}

/* The thread ------------------------------------------------------------------------ */

typedef struct
{
  GPtrArray *files;
  gint      *bytes_read;
} ReadJob;

static void
read_job_free (ReadJob *job)
{
  g_ptr_array_unref (job->files);
  g_free (job);
}

static void
read_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  ReadJob *job = task_data;
  g_autoptr(GArray) reads = g_array_new (FALSE, TRUE, sizeof (Read));

  g_array_set_clear_func (reads, (GDestroyNotify) read_clear);

  for (guint i = 0; i < job->files->len; i++)
    {
      GFile *file = g_ptr_array_index (job->files, i);
      g_autoptr(GFileInputStream) base = NULL;
      g_autoptr(GInputStream) stream = NULL;
      g_autofree char *name = g_file_get_parse_name (file);
      Read read = { g_object_ref (file), NULL, NULL };

      if ((base = g_file_read (file, cancellable, &read.error)))
        {
          stream = payday_progress_stream_new (G_INPUT_STREAM (base), job->bytes_read);
          read.import = payday_import_read_stream (name, stream, cancellable, &read.error);
        }
      else
        g_prefix_error (&read.error, "%s: ", name);
      g_array_append_val (reads, read);

      if (g_cancellable_is_cancelled (cancellable))
        break;
    }

  if (g_task_return_error_if_cancelled (task))
    return;
  g_task_return_pointer (task, g_steal_pointer (&reads), (GDestroyNotify) g_array_unref);
}

/* Showing one file ------------------------------------------------------------------ */

static void
set_count (GtkLabel *label,
           guint     n)
{
  g_autofree char *text = payday_ui_format_count (n);

  gtk_label_set_label (label, text);
}

static void
payday_import_dialog_show_counts (PaydayImportDialog *self)
{
  const PaydayImportCounts *counts = payday_import_preview_get_counts (self->preview);
  const GError *error = payday_import_preview_get_error (self->preview);
  g_autofree char *work = NULL;

  set_count (self->rows_label, counts->rows);
  set_count (self->created_label, counts->contracts_created);
  /* Translators: weeks, milestones and bonuses an import makes, e.g. "104 · 3 · 1" */
  work = g_strdup_printf (_("%u · %u · %u"), counts->weeks, counts->milestones, counts->bonuses);
  gtk_label_set_label (self->work_label, work);
  set_count (self->actuals_label, counts->actuals);
  set_count (self->duplicates_label, counts->duplicates);
  set_count (self->not_understood_label, counts->not_understood);

  gtk_widget_set_visible (GTK_WIDGET (self->error_label), error != NULL);
  gtk_label_set_label (self->error_label, error != NULL ? error->message : "");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.apply", error == NULL);
}

static void
payday_import_dialog_fill_choices (PaydayImportDialog *self)
{
  PaydayPlan *plan = payday_document_get_plan (self->document);
  g_autoptr(GStrvBuilder) labels = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  g_auto(GStrv) label_v = NULL;

  g_strv_builder_add (labels, _("New Contract"));
  g_strv_builder_add (ids, "");
  for (guint i = 0; i < plan->contracts->len; i++)
    {
      const PaydayContract *c = &g_array_index (plan->contracts, PaydayContract, i);

      g_strv_builder_add (labels, c->title != NULL && c->title[0] != '\0' ? c->title : c->id);
      g_strv_builder_add (ids, c->id);
    }
  label_v = g_strv_builder_end (labels);
  g_clear_pointer (&self->choice_ids, g_strfreev);
  self->choice_ids = g_strv_builder_end (ids);
  gtk_string_list_splice (self->choices, 0, g_list_model_get_n_items (G_LIST_MODEL (self->choices)),
                          (const char * const *) label_v);
}

static void
payday_import_dialog_fill_problems (const PaydayImport *import,
                                    GtkStringList      *problems)
{
  guint n = payday_import_get_n_problems (import);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) lines = NULL;

  for (guint i = 0; i < MIN (n, MAX_PROBLEMS_SHOWN); i++)
    {
      const PaydayImportProblem *p = payday_import_get_problem (import, i);

      /* Translators: a problem with one row of an imported file, e.g. "Row 12: …" */
      g_autofree char *line = g_strdup_printf (_("Row %u: %s"), p->row, p->message);

      g_strv_builder_add (builder, line);
    }
  if (n > MAX_PROBLEMS_SHOWN)
    {
      guint rest = n - MAX_PROBLEMS_SHOWN;
      g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "… and %u more problem",
                                                            "… and %u more problems", rest),
                                               rest);

      g_strv_builder_add (builder, more);
    }
  lines = g_strv_builder_end (builder);
  gtk_string_list_splice (problems, 0, g_list_model_get_n_items (G_LIST_MODEL (problems)),
                          (const char * const *) lines);
}

static void
payday_import_dialog_show_file (PaydayImportDialog *self)
{
  const Read *read = &g_array_index (self->reads, Read, self->current);
  g_autofree char *name = g_file_get_basename (read->file);
  g_autofree char *subtitle = NULL;
  gboolean last = self->current + 1 >= self->reads->len;

  g_clear_pointer (&self->preview, payday_import_preview_free);
  payday_import_matches_sync (self->matches, NULL);

  if (self->reads->len > 1)
    /* Translators: the import dialog's subtitle, e.g. "statements.csv (2 of 3)" */
    subtitle = g_strdup_printf (_("%s (%u of %u)"), name, self->current + 1, self->reads->len);
  else
    subtitle = g_strdup (name);
  adw_window_title_set_subtitle (self->window_title, subtitle);

  if (read->import == NULL)
    {
      g_autofree char *title = g_strdup_printf (_("Could Not Import “%s”"), name);

      adw_status_page_set_title (self->refused_page, title);
      adw_status_page_set_description (self->refused_page, read->error->message);
      gtk_stack_set_visible_child_name (self->stack, "refused");
      /* Another file may follow; the last one only closes. */
      gtk_button_set_label (self->apply_button, _("_Next File"));
      gtk_widget_set_visible (GTK_WIDGET (self->apply_button), !last);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.apply", !last);
      gtk_button_set_label (self->cancel_button, _("_Close"));
      return;
    }

  gtk_button_set_label (self->apply_button, _("_Import"));
  gtk_widget_set_visible (GTK_WIDGET (self->apply_button), TRUE);
  gtk_button_set_label (self->cancel_button, _("_Cancel"));

  self->preview = payday_import_preview_new (read->import,
                                             payday_document_get_plan (self->document));
  payday_import_dialog_fill_choices (self);
  payday_import_matches_sync (self->matches, self->preview);
  payday_import_dialog_fill_problems (read->import, self->problems);

  {
    g_autofree char *description = NULL;

    /* Translators: the import preview's heading, e.g. "Weekly summary found" */
    gboolean weekly = payday_import_get_format (read->import) == PAYDAY_IMPORT_WEEKLY_SUMMARY;

    description = g_strdup_printf (_("Layout found: %s"),
                                   weekly ? _("Weekly summary (work)")
                                          : _("Transaction history (money)"));
    adw_preferences_group_set_description (self->summary_group, description);
  }
  gtk_widget_set_visible (GTK_WIDGET (self->contracts_group),
                          payday_import_preview_get_n_contracts (self->preview) > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->problems_group),
                          payday_import_get_n_problems (read->import) > 0);
  payday_import_dialog_show_counts (self);
  gtk_stack_set_visible_child_name (self->stack, "preview");
}

/* The next file, or the end. */
static void
payday_import_dialog_advance (PaydayImportDialog *self)
{
  if (++self->current < self->reads->len)
    payday_import_dialog_show_file (self);
  else
    gtk_window_close (GTK_WINDOW (self));
}

static void
read_ready (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  PaydayImportDialog *self = PAYDAY_IMPORT_DIALOG (object);
  g_autoptr(GError) error = NULL;
  GArray *reads;

  g_clear_handle_id (&self->progress_id, g_source_remove);
  if (!(reads = g_task_propagate_pointer (G_TASK (result), &error)))
    return;                                 /* cancelled: the dialog is closing */

  self->reads = reads;
  self->current = 0;
  if (reads->len == 0)
    gtk_window_close (GTK_WINDOW (self));
  else
    payday_import_dialog_show_file (self);
}

static gboolean
update_progress (gpointer user_data)
{
  PaydayImportDialog *self = user_data;
  double done = (double) g_atomic_int_get (&self->bytes_read);

  if (self->bytes_total > 0)
    gtk_progress_bar_set_fraction (self->progress, MIN (1.0, done / (double) self->bytes_total));
  else
    gtk_progress_bar_pulse (self->progress);

  return G_SOURCE_CONTINUE;
}

/* Reads every file in a thread: the window stays usable, and a progress bar moves with
 * the bytes read (files can be tens of megabytes). */
static void
payday_import_dialog_start (PaydayImportDialog *self)
{
  g_autoptr(GTask) task = NULL;
  ReadJob *job = g_new0 (ReadJob, 1);
  guint n = g_list_model_get_n_items (self->files);

  job->files = g_ptr_array_new_with_free_func (g_object_unref);
  job->bytes_read = &self->bytes_read;
  for (guint i = 0; i < n; i++)
    {
      GFile *file = g_list_model_get_item (self->files, i);
      g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE,
                                                     G_FILE_QUERY_INFO_NONE, NULL, NULL);

      if (info != NULL)
        self->bytes_total += g_file_info_get_size (info);
      g_ptr_array_add (job->files, file);
    }

  gtk_stack_set_visible_child_name (self->stack, "reading");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.apply", FALSE);
  self->progress_id = g_timeout_add (100, update_progress, self);

  task = g_task_new (self, self->cancellable, read_ready, NULL);
  g_task_set_source_tag (task, payday_import_dialog_start);
  g_task_set_task_data (task, job, (GDestroyNotify) read_job_free);
  g_task_run_in_thread (task, read_thread);
}

/* Actions ----------------------------------------------------------------------------- */

static void
payday_import_dialog_apply (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *param)
{
  PaydayImportDialog *self = PAYDAY_IMPORT_DIALOG (widget);
  const Read *read;
  g_autoptr(PaydayCommand) command = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *name = NULL;
  PaydayImportCounts counts;

  if (self->reads == NULL || self->current >= self->reads->len)
    return;

  read = &g_array_index (self->reads, Read, self->current);
  if (read->import == NULL)
    {
      payday_import_dialog_advance (self);
      return;
    }

  command = payday_import_to_command (read->import, self->preview,
                                      payday_document_get_plan (self->document), &counts, &error);
  self->applying = TRUE;
  if (command == NULL || !payday_document_run (self->document, command, &error))
    {
      self->applying = FALSE;
      gtk_label_set_label (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return;
    }

  self->applying = FALSE;
  name = g_file_get_basename (read->file);
  summary = g_strdup_printf (_("Imported “%s”: %u actuals, %u contracts created, "
                               "%u duplicates skipped"),
                             name, counts.actuals, counts.contracts_created, counts.duplicates);
  g_signal_emit (self, signals [IMPORTED], 0, summary);
  payday_import_dialog_advance (self);
}

static void
payday_import_dialog_cancel (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *param)
{
  gtk_window_close (GTK_WINDOW (widget));
}

static void
payday_import_dialog_choose_cb (PaydayImportDialog *self,
                                const char         *contract_id,
                                GtkWidget          *row)
{
  PaydayImportMatch *match = payday_import_match_row_get_match (PAYDAY_IMPORT_MATCH_ROW (row));

  payday_import_dialog_choose (self, payday_import_match_get_index (match), contract_id);
}

static GtkWidget *
create_match_row (gpointer item,
                  gpointer user_data)
{
  PaydayImportDialog *self = user_data;
  GtkWidget *row = payday_import_match_row_new (item, G_LIST_MODEL (self->choices),
                                                (const char * const *) self->choice_ids);

  g_signal_connect_object (row, "choose", G_CALLBACK (payday_import_dialog_choose_cb), self,
                           G_CONNECT_SWAPPED);
  return row;
}

static GtkWidget *
create_problem_row (gpointer item,
                    gpointer user_data)
{
  GtkWidget *label = gtk_label_new (gtk_string_object_get_string (item));

  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "import-problem");

  return label;
}

/* The plan changed under the preview (an undo, another window's edit): count again
 * against it, keeping the user's choices where they still fit. */
static void
payday_import_dialog_document_changed (PaydayImportDialog *self)
{
  g_autoptr(GPtrArray) kept = NULL;
  guint n;

  if (self->preview == NULL || self->applying)
    return;

  n = payday_import_preview_get_n_contracts (self->preview);
  kept = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (kept, g_strdup (payday_import_preview_get_contract (self->preview, i)->match));

  payday_import_dialog_show_file (self);
  for (guint i = 0; i < n; i++)
    payday_import_preview_set_match (self->preview, i, g_ptr_array_index (kept, i), NULL);
  payday_import_matches_sync (self->matches, self->preview);
  payday_import_dialog_show_counts (self);
}

/* GObject ----------------------------------------------------------------------------- */

static void
payday_import_dialog_constructed (GObject *object)
{
  PaydayImportDialog *self = (PaydayImportDialog *)object;

  G_OBJECT_CLASS (payday_import_dialog_parent_class)->constructed (object);

  g_assert (PAYDAY_IS_DOCUMENT (self->document));
  g_assert (G_IS_LIST_MODEL (self->files));

  gtk_list_box_bind_model (self->contracts_list, G_LIST_MODEL (self->matches),
                           create_match_row, self, NULL);
  gtk_list_box_bind_model (self->problems_list, G_LIST_MODEL (self->problems),
                           create_problem_row, NULL, NULL);
  g_signal_connect_object (self->document, "changed",
                           G_CALLBACK (payday_import_dialog_document_changed), self,
                           G_CONNECT_SWAPPED);
  payday_import_dialog_start (self);
}

static gboolean
payday_import_dialog_close_request (GtkWindow *window)
{
  PaydayImportDialog *self = PAYDAY_IMPORT_DIALOG (window);

  g_cancellable_cancel (self->cancellable);

  return GTK_WINDOW_CLASS (payday_import_dialog_parent_class)->close_request (window);
}

static void
payday_import_dialog_dispose (GObject *object)
{
  PaydayImportDialog *self = (PaydayImportDialog *)object;

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->progress_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), PAYDAY_TYPE_IMPORT_DIALOG);
  g_clear_object (&self->document);
  g_clear_object (&self->files);

  G_OBJECT_CLASS (payday_import_dialog_parent_class)->dispose (object);
}

static void
payday_import_dialog_finalize (GObject *object)
{
  PaydayImportDialog *self = (PaydayImportDialog *)object;

  g_clear_pointer (&self->preview, payday_import_preview_free);
  g_clear_pointer (&self->reads, g_array_unref);
  g_clear_pointer (&self->choice_ids, g_strfreev);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (payday_import_dialog_parent_class)->finalize (object);
}

static void
payday_import_dialog_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  PaydayImportDialog *self = PAYDAY_IMPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      self->document = g_value_dup_object (value);
      break;

    case PROP_FILES:
      self->files = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
payday_import_dialog_class_init (PaydayImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = payday_import_dialog_constructed;
  object_class->dispose = payday_import_dialog_dispose;
  object_class->finalize = payday_import_dialog_finalize;
  object_class->set_property = payday_import_dialog_set_property;
  window_class->close_request = payday_import_dialog_close_request;

  properties [PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, PAYDAY_TYPE_DOCUMENT,
                         (G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  /* The CSV files to import, one after the other: a #GListModel of #GFile. */
  properties [PROP_FILES] =
    g_param_spec_object ("files", NULL, NULL, G_TYPE_LIST_MODEL,
                         (G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PaydayImportDialog::imported:
   * @summary: one sentence on what the import did
   *
   * A file was imported (one step of the undo history).
   */
  signals [IMPORTED] =
    g_signal_new ("imported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  g_type_ensure (PAYDAY_TYPE_IMPORT_MATCH);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/payday/Payday/ui/payday-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PaydayImportDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, PaydayImportDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, PaydayImportDialog, apply_button);
  gtk_widget_class_bind_template_child (widget_class, PaydayImportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, PaydayImportDialog, reading_page);
  gtk_widget_class_bind_template_child (widget_class, PaydayImportDialog, progress);
  gtk_widget_class_bind_template_child (widget_class, PaydayImportDialog, refused_page);
  gtk_widget_class_bind_template_child (widget_class, PaydayImportDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, PaydayImportDialog, rows_label);
  gtk_widget_class_bind_template_child (widget_class, PaydayImportDialog, created_label);
  gtk_widget_class_bind_template_child (widget_class, PaydayImportDialog, work_label);
  gtk_widget_class_bind_template_child (widget_class, PaydayImportDialog, actuals_label);
  gtk_widget_class_bind_template_child (widget_class, PaydayImportDialog, duplicates_label);
  gtk_widget_class_bind_template_child (widget_class, PaydayImportDialog, not_understood_label);
  gtk_widget_class_bind_template_child (widget_class, PaydayImportDialog, summary_group);
  gtk_widget_class_bind_template_child (widget_class, PaydayImportDialog, contracts_group);
  gtk_widget_class_bind_template_child (widget_class, PaydayImportDialog, contracts_list);
  gtk_widget_class_bind_template_child (widget_class, PaydayImportDialog, problems_group);
  gtk_widget_class_bind_template_child (widget_class, PaydayImportDialog, problems_list);
  gtk_widget_class_bind_template_child (widget_class, PaydayImportDialog, matches);
  gtk_widget_class_bind_template_child (widget_class, PaydayImportDialog, choices);
  gtk_widget_class_bind_template_child (widget_class, PaydayImportDialog, problems);

  gtk_widget_class_install_action (widget_class, "import.apply", NULL, payday_import_dialog_apply);
  gtk_widget_class_install_action (widget_class, "import.cancel", NULL,
                                   payday_import_dialog_cancel);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "import.cancel", NULL);
}

static void
payday_import_dialog_init (PaydayImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
}

/**
 * payday_import_dialog_new:
 * @files: a #GListModel of #GFile: the CSV files to import, in order
 *
 * Reads @files in a thread, then shows each one's preview in turn; Import runs it as one
 * command on @document (one undo step), Cancel closes without changing anything more. A
 * refused file shows why and changes nothing.
 *
 * Returns: (transfer full): the dialog, not yet shown
 */
PaydayImportDialog *
payday_import_dialog_new (PaydayDocument *document,
                          GListModel     *files)
{
  g_return_val_if_fail (PAYDAY_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (files), NULL);

  return g_object_new (PAYDAY_TYPE_IMPORT_DIALOG, "document", document, "files", files, NULL);
}

/**
 * payday_import_dialog_choose:
 * @index: the file contract
 * @contract_id: (nullable): the plan contract its rows go to; %NULL = a new contract
 *
 * What a row's drop-down does: changes the match and counts again. A choice that cannot
 * take the rows (a fixed-price contract for hourly weeks) is refused with its reason
 * shown, and the match stays.
 *
 * Returns: whether the match changed
 */
gboolean
payday_import_dialog_choose (PaydayImportDialog *self,
                             guint               index,
                             const char         *contract_id)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (PAYDAY_IS_IMPORT_DIALOG (self), FALSE);

  if (self->preview == NULL || index >= payday_import_preview_get_n_contracts (self->preview))
    return FALSE;

  if (!payday_import_preview_set_match (self->preview, index, contract_id, &error))
    {
      payday_import_dialog_show_counts (self);
      gtk_label_set_label (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return FALSE;
    }

  payday_import_matches_sync (self->matches, self->preview);
  payday_import_dialog_show_counts (self);
  return TRUE;
}

/**
 * payday_import_dialog_get_matches:
 *
 * Returns: (transfer none): the shown file's contracts and their matches, a #GListModel
 *   of #PaydayImportMatch
 */
GListModel *
payday_import_dialog_get_matches (PaydayImportDialog *self)
{
  g_return_val_if_fail (PAYDAY_IS_IMPORT_DIALOG (self), NULL);

  return G_LIST_MODEL (self->matches);
}

/**
 * payday_import_dialog_get_problems:
 *
 * Returns: (transfer none): the shown file's problems, one string a row
 */
GListModel *
payday_import_dialog_get_problems (PaydayImportDialog *self)
{
  g_return_val_if_fail (PAYDAY_IS_IMPORT_DIALOG (self), NULL);

  return G_LIST_MODEL (self->problems);
}

/**
 * payday_import_dialog_get_counts:
 *
 * Returns: (nullable): what importing the shown file will do; %NULL while reading or for
 *   a refused file
 */
const PaydayImportCounts *
payday_import_dialog_get_counts (PaydayImportDialog *self)
{
  g_return_val_if_fail (PAYDAY_IS_IMPORT_DIALOG (self), NULL);

  return self->preview != NULL ? payday_import_preview_get_counts (self->preview) : NULL;
}

/**
 * payday_import_dialog_get_state:
 *
 * Returns: "reading", "refused" or "preview"
 */
const char *
payday_import_dialog_get_state (PaydayImportDialog *self)
{
  g_return_val_if_fail (PAYDAY_IS_IMPORT_DIALOG (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}
