/* payday-simulator-page.c — the simulator: timeline and Monte Carlo cash, with its settings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "payday-export.h"
#include "payday-simulator-chart.h"
#include "payday-simulator-page.h"
#include "payday-ui-util.h"

/* The page shows the document's plan through the chart of payday_simulator_chart_build() —
 * the drawing the SVG and PNG exports use. Each setting row edits the plan's `simulation`
 * block; after PAYDAY_SIMULATOR_DEBOUNCE_MS of rest the change becomes an undoable command
 * (dirty, "changed") and every "changed" starts a new run in a GTask thread, cancelling the one before. The
 * thread works on a private copy of the plan, so edits made meanwhile cannot race it. */

typedef struct
{
  PaydayPlan       *plan;               /* a private copy */
  PaydayRules      *rules;
  PaydayDate        today;
  PaydaySimulation  settings;           /* extra = NULL: the engine does not read it */
  PaydaySchedule   *schedule;           /* computed in the thread */
  int               permille;           /* progress, atomic */
} RunData;

struct _PaydaySimulatorPage
{
  GtkWidget            parent_instance;

  PaydayDocument      *document;

  AdwFlap             *flap;
  GtkLabel            *caption_label;
  GtkStack            *content_stack;
  PaydayChartView     *chart_view;
  GtkProgressBar      *progress_bar;
  GtkLabel            *summary_label;
  PaydaySimulationSettings *settings;

  GTask               *task;            /* the current run, NULL when idle */
  GCancellable        *cancellable;
  guint                progress_id;

  PaydaySchedule      *schedule;        /* what the shown result was computed from */
  PaydaySimResult     *result;
  char                *summary;

  GtkFileChooserNative *chooser;

  guint                stale : 1;       /* changed while hidden: run when shown */
};

G_DEFINE_FINAL_TYPE (PaydaySimulatorPage, payday_simulator_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_RUNNING,
  PROP_HAS_RESULT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void payday_simulator_page_start_run (PaydaySimulatorPage *self);

/* ---------------------------------------------------------------------------------------- */
/* the chart */

static void
update_zoom_actions (PaydaySimulatorPage *self)
{
  PaydayChart *chart = payday_chart_view_get_chart (self->chart_view);
  PaydayDate from, to;
  double vf, vt;
  gboolean full, deepest, shown = self->result != NULL;

  payday_chart_get_range (chart, &from, &to);
  payday_chart_get_visible (chart, &vf, &vt);
  full = vf <= from && vt >= (double) to + 1;
  deepest = vt - vf <= 3.0 + 1e-9;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "chart.zoom-in", shown && !deepest);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "chart.zoom-out", shown && !full);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "chart.reset", shown && !full);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "simulator.export", shown);
}

static char *
describe_item_cb (PaydayChartView     *view,
                  int                  series,
                  guint                index,
                  PaydaySimulatorPage *self)
{
  if (series >= 0 || self->schedule == NULL)
    return NULL;

  return payday_simulator_describe_item (self->schedule, index);
}

static void
show_result (PaydaySimulatorPage *self)
{
  PaydayChart *chart = payday_chart_view_get_chart (self->chart_view);
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *caption = NULL;
  g_autofree char *runs = NULL;
  g_autofree char *seed = NULL;
  PaydayDate old_from, old_to, new_from, new_to;
  double vf, vt;

  payday_chart_get_range (chart, &old_from, &old_to);
  payday_chart_get_visible (chart, &vf, &vt);

  payday_simulator_chart_build (chart, self->schedule, self->result);

  /* A re-run over the same days keeps the user's zoom. */
  payday_chart_get_range (chart, &new_from, &new_to);
  if (new_from == old_from && new_to == old_to)
    payday_chart_set_visible (chart, vf, vt);

  g_free (self->summary);
  self->summary = payday_simulator_chart_summary (self->result);
  gtk_label_set_label (self->summary_label, self->summary);

  from = payday_ui_format_date (self->result->from, self->result->to);
  to = payday_ui_format_date (self->result->to, self->result->to);
  runs = payday_ui_format_count (self->result->runs);
  seed = g_strdup_printf ("%" G_GINT64_FORMAT, self->result->seed);  /* an identifier: no grouping */
  /* Translators: the simulator's caption: "2,000 runs · seed 42 · Wed, Mar 4 to Mon, Aug 31" */
  caption = g_strdup_printf (ngettext ("%s run · seed %s · %s to %s",
                                       "%s runs · seed %s · %s to %s",
                                       self->result->runs),
                             runs, seed, from, to);
  gtk_label_set_label (self->caption_label, caption);

  update_zoom_actions (self);
}

/* ---------------------------------------------------------------------------------------- */
/* the run */

static void
run_data_free (gpointer data)
{
  RunData *run = data;

  g_clear_pointer (&run->plan, payday_plan_unref);
  g_clear_pointer (&run->rules, payday_rules_unref);
  g_clear_pointer (&run->schedule, payday_schedule_unref);
  g_free (run);
}

static void
progress_cb (double   fraction,
             gpointer user_data)
{
  RunData *run = user_data;

  g_atomic_int_set (&run->permille, (int) (CLAMP (fraction, 0.0, 1.0) * 1000));
}

static void
run_thread (GTask        *task,
            gpointer      source_object,
            gpointer      task_data,
            GCancellable *cancellable)
{
  RunData *run = task_data;
  PaydaySimResult *result;

  run->schedule = payday_schedule_compute (run->plan, run->rules, run->today);
  result = payday_simulation_run (run->schedule, &run->settings, PAYDAY_SIMULATOR_THREADS,
                                  cancellable, progress_cb, run);
  if (result == NULL)
    g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                             _("The simulation was cancelled"));
  else
    g_task_return_pointer (task, result, (GDestroyNotify) payday_sim_result_free);
}

static gboolean
progress_tick_cb (gpointer data)
{
  PaydaySimulatorPage *self = data;
  RunData *run;

  if (self->task == NULL)
    {
      self->progress_id = 0;
      return G_SOURCE_REMOVE;
    }

  run = g_task_get_task_data (self->task);
  gtk_progress_bar_set_fraction (self->progress_bar, g_atomic_int_get (&run->permille) / 1000.0);
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), TRUE);

  return G_SOURCE_CONTINUE;
}

static void
run_done_cb (GObject      *object,
             GAsyncResult *async_result,
             gpointer      user_data)
{
  PaydaySimulatorPage *self = PAYDAY_SIMULATOR_PAGE (object);
  GTask *task = G_TASK (async_result);
  g_autoptr(GError) error = NULL;
  PaydaySimResult *result;
  RunData *run;

  result = g_task_propagate_pointer (task, &error);

  /* A run replaced by a newer one (or dropped with the page) is forgotten. */
  if (task != self->task)
    {
      g_clear_pointer (&result, payday_sim_result_free);
      return;
    }

  run = g_task_get_task_data (task);
  g_clear_object (&self->task);
  g_clear_handle_id (&self->progress_id, g_source_remove);
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), FALSE);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_RUNNING]);

  if (result == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_warning ("simulation failed: %s", error->message);
      return;
    }

  g_clear_pointer (&self->result, payday_sim_result_free);
  g_clear_pointer (&self->schedule, payday_schedule_unref);
  self->result = result;
  self->schedule = payday_schedule_ref (run->schedule);
  show_result (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_HAS_RESULT]);
}

static void
payday_simulator_page_cancel_run (PaydaySimulatorPage *self)
{
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->task);
  g_clear_handle_id (&self->progress_id, g_source_remove);
}

static void
payday_simulator_page_start_run (PaydaySimulatorPage *self)
{
  PaydayPlan *plan = payday_document_get_plan (self->document);
  RunData *run;

  payday_simulator_page_cancel_run (self);

  run = g_new0 (RunData, 1);
  run->plan = payday_plan_copy (plan);
  run->rules = payday_rules_ref (payday_document_get_rules (self->document));
  run->today = payday_document_get_today (self->document);
  run->settings = plan->simulation;
  run->settings.extra = NULL;

  self->cancellable = g_cancellable_new ();
  self->task = g_task_new (self, self->cancellable, run_done_cb, NULL);
  g_task_set_source_tag (self->task, payday_simulator_page_start_run);
  g_task_set_task_data (self->task, run, run_data_free);
  g_task_run_in_thread (self->task, run_thread);

  gtk_progress_bar_set_fraction (self->progress_bar, 0);
  self->progress_id = g_timeout_add (50, progress_tick_cb, self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_RUNNING]);
}

/* ---------------------------------------------------------------------------------------- */

static void
payday_simulator_page_update (PaydaySimulatorPage *self)
{
  PaydayPlan *plan = self->document != NULL ? payday_document_get_plan (self->document) : NULL;
  gboolean empty;

  if (plan == NULL || payday_document_get_rules (self->document) == NULL)
    {
      payday_simulator_page_cancel_run (self);
      return;
    }

  /* Nothing can ever be paid: no contract and no proposals to win one. */
  empty = plan->contracts->len == 0 &&
          !(plan->simulation.proposal_rate_per_week > 0 && plan->simulation.win_rate > 0);
  gtk_stack_set_visible_child_name (self->content_stack, empty ? "empty" : "chart");

  /* The two cores are better spent elsewhere while another page is shown. */
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      payday_simulator_page_cancel_run (self);
      self->stale = TRUE;
      return;
    }

  self->stale = FALSE;
  payday_simulator_page_start_run (self);
}

static void
payday_simulator_page_map (GtkWidget *widget)
{
  PaydaySimulatorPage *self = PAYDAY_SIMULATOR_PAGE (widget);

  GTK_WIDGET_CLASS (payday_simulator_page_parent_class)->map (widget);

  if (self->stale && self->document != NULL)
    {
      self->stale = FALSE;
      payday_simulator_page_start_run (self);
    }
}

/* ---------------------------------------------------------------------------------------- */
/* export */

/**
 * payday_simulator_page_export_to_file:
 * @file: a local file whose name ends in .svg or .png
 *
 * Writes the shown result as the command line's `--export=FILE.svg|png` would: the full
 * range at the export size in the light palette.
 */
gboolean
payday_simulator_page_export_to_file (PaydaySimulatorPage  *self,
                                      GFile                *file,
                                      GError              **error)
{
  g_autofree char *path = NULL;
  g_autofree char *data = NULL;
  gsize length = 0;
  gboolean svg;

  g_return_val_if_fail (PAYDAY_IS_SIMULATOR_PAGE (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (self->result == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_PENDING,
                           _("The simulation has not finished yet"));
      return FALSE;
    }

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                           _("Charts can only be exported to a local folder"));
      return FALSE;
    }

  if (g_str_has_suffix (path, ".svg") || g_str_has_suffix (path, ".SVG"))
    svg = TRUE;
  else if (g_str_has_suffix (path, ".png") || g_str_has_suffix (path, ".PNG"))
    svg = FALSE;
  else
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                           _("Choose a name ending in .svg or .png"));
      return FALSE;
    }

  data = payday_simulator_chart_render (self->schedule, self->result, svg, &length, error);
  if (data == NULL)
    return FALSE;

  return payday_export_write_atomically (path, data, length, error);
}

static void
toast (PaydaySimulatorPage *self,
       const char          *text)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (text));
}

static void
chooser_response_cb (PaydaySimulatorPage  *self,
                     int                   response,
                     GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) chosen = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  if (chosen != NULL)
    {
      GtkFileFilter *filter = gtk_file_chooser_get_filter (GTK_FILE_CHOOSER (chooser));
      const char *filter_name = filter != NULL ? gtk_file_filter_get_name (filter) : NULL;

      /* A name typed without an extension gets the one of the chosen file type. */
      name = g_file_get_basename (chosen);
      if (!g_str_has_suffix (name, ".svg") && !g_str_has_suffix (name, ".png") &&
          !g_str_has_suffix (name, ".SVG") && !g_str_has_suffix (name, ".PNG"))
        {
          g_autoptr(GFile) parent = g_file_get_parent (chosen);
          g_autofree char *with_ext = g_strconcat (name,
                                                   g_strcmp0 (filter_name, _("SVG Image")) == 0
                                                   ? ".svg" : ".png", NULL);

          file = g_file_get_child (parent, with_ext);
        }
      else
        file = g_object_ref (chosen);

      if (payday_simulator_page_export_to_file (self, file, &error))
        toast (self, _("Chart exported"));
      else
        {
          g_autofree char *text = g_strdup_printf (_("Could not export the chart: %s"),
                                                   error->message);
          toast (self, text);
        }
    }

  gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (chooser));
  g_clear_object (&self->chooser);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PaydaySimulatorPage *self = PAYDAY_SIMULATOR_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autoptr(GtkFileFilter) png = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) svg = gtk_file_filter_new ();
  g_autofree char *name = NULL;
  const char *title;

  if (self->result == NULL || self->chooser != NULL)
    return;

  self->chooser = gtk_file_chooser_native_new (_("Export Chart"),
                                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                               GTK_FILE_CHOOSER_ACTION_SAVE,
                                               _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);

  gtk_file_filter_set_name (png, _("PNG Image"));
  gtk_file_filter_add_mime_type (png, "image/png");
  gtk_file_filter_add_suffix (png, "png");
  gtk_file_filter_set_name (svg, _("SVG Image"));
  gtk_file_filter_add_mime_type (svg, "image/svg+xml");
  gtk_file_filter_add_suffix (svg, "svg");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), png);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), svg);

  title = self->document != NULL ? payday_document_get_title (self->document) : NULL;
  /* Translators: the proposed file name of an exported chart; %s is the plan's name */
  name = g_strdup_printf (_("%s — Cash Forecast.png"), title != NULL ? title : _("Plan"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);

  g_signal_connect_object (self->chooser, "response", G_CALLBACK (chooser_response_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
close_settings_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  PaydaySimulatorPage *self = PAYDAY_SIMULATOR_PAGE (widget);

  adw_flap_set_reveal_flap (self->flap, FALSE);
}

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PaydaySimulatorPage *self = PAYDAY_SIMULATOR_PAGE (widget);

  /* The buttons sit outside the chart view; its own actions do the work. */
  gtk_widget_activate_action (GTK_WIDGET (self->chart_view), action_name, NULL);
}

/* ---------------------------------------------------------------------------------------- */

PaydayDocument *
payday_simulator_page_get_document (PaydaySimulatorPage *self)
{
  g_return_val_if_fail (PAYDAY_IS_SIMULATOR_PAGE (self), NULL);

  return self->document;
}

void
payday_simulator_page_set_document (PaydaySimulatorPage *self,
                                    PaydayDocument      *document)
{
  g_return_if_fail (PAYDAY_IS_SIMULATOR_PAGE (self));
  g_return_if_fail (!document || PAYDAY_IS_DOCUMENT (document));

  if (self->document == document)
    return;

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_func (self->document,
                                          G_CALLBACK (payday_simulator_page_update),
                                          self);

  g_set_object (&self->document, document);
  payday_simulation_settings_set_document (self->settings, document);

  if (document != NULL)
    g_signal_connect_object (document,
                             "changed",
                             G_CALLBACK (payday_simulator_page_update),
                             self,
                             G_CONNECT_SWAPPED);

  payday_simulator_page_update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DOCUMENT]);
}

/**
 * payday_simulator_page_get_result:
 *
 * Returns: (nullable): the result on screen; %NULL before the first run ends
 */
const PaydaySimResult *
payday_simulator_page_get_result (PaydaySimulatorPage *self)
{
  g_return_val_if_fail (PAYDAY_IS_SIMULATOR_PAGE (self), NULL);

  return self->result;
}

/**
 * payday_simulator_page_get_schedule:
 *
 * Returns: (nullable) (transfer none): the schedule the shown result ran on; item indexes
 *   of the chart's timeline refer to it
 */
PaydaySchedule *
payday_simulator_page_get_schedule (PaydaySimulatorPage *self)
{
  g_return_val_if_fail (PAYDAY_IS_SIMULATOR_PAGE (self), NULL);

  return self->schedule;
}

gboolean
payday_simulator_page_get_running (PaydaySimulatorPage *self)
{
  g_return_val_if_fail (PAYDAY_IS_SIMULATOR_PAGE (self), FALSE);

  return self->task != NULL;
}

PaydayChartView *
payday_simulator_page_get_chart_view (PaydaySimulatorPage *self)
{
  g_return_val_if_fail (PAYDAY_IS_SIMULATOR_PAGE (self), NULL);

  return self->chart_view;
}

/**
 * payday_simulator_page_get_summary:
 *
 * Returns: (nullable): the sentence under the chart, also its accessible description
 */
const char *
payday_simulator_page_get_summary (PaydaySimulatorPage *self)
{
  g_return_val_if_fail (PAYDAY_IS_SIMULATOR_PAGE (self), NULL);

  return self->summary;
}

static void
payday_simulator_page_dispose (GObject *object)
{
  PaydaySimulatorPage *self = (PaydaySimulatorPage *) object;

  payday_simulator_page_cancel_run (self);
  if (self->chooser != NULL)
    {
      gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
      g_clear_object (&self->chooser);
    }

  gtk_widget_dispose_template (GTK_WIDGET (self), PAYDAY_TYPE_SIMULATOR_PAGE);

  g_clear_object (&self->document);
  g_clear_pointer (&self->result, payday_sim_result_free);
  g_clear_pointer (&self->schedule, payday_schedule_unref);

  G_OBJECT_CLASS (payday_simulator_page_parent_class)->dispose (object);
}

static void
payday_simulator_page_finalize (GObject *object)
{
  PaydaySimulatorPage *self = (PaydaySimulatorPage *) object;

  g_free (self->summary);

  G_OBJECT_CLASS (payday_simulator_page_parent_class)->finalize (object);
}

static void
payday_simulator_page_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  PaydaySimulatorPage *self = PAYDAY_SIMULATOR_PAGE (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, payday_simulator_page_get_document (self));
      break;

    case PROP_RUNNING:
      g_value_set_boolean (value, payday_simulator_page_get_running (self));
      break;

    case PROP_HAS_RESULT:
      g_value_set_boolean (value, self->result != NULL);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
payday_simulator_page_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  PaydaySimulatorPage *self = PAYDAY_SIMULATOR_PAGE (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      payday_simulator_page_set_document (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
payday_simulator_page_class_init (PaydaySimulatorPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = payday_simulator_page_dispose;
  object_class->finalize = payday_simulator_page_finalize;
  object_class->get_property = payday_simulator_page_get_property;
  object_class->set_property = payday_simulator_page_set_property;

  widget_class->map = payday_simulator_page_map;

  properties [PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL,
                         PAYDAY_TYPE_DOCUMENT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties [PROP_RUNNING] =
    g_param_spec_boolean ("running", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  /* Notified each time a finished run is shown. */
  properties [PROP_HAS_RESULT] =
    g_param_spec_boolean ("has-result", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (PAYDAY_TYPE_CHART_VIEW);
  g_type_ensure (PAYDAY_TYPE_SIMULATION_SETTINGS);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/payday/Payday/ui/payday-simulator-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PaydaySimulatorPage, flap);
  gtk_widget_class_bind_template_child (widget_class, PaydaySimulatorPage, caption_label);
  gtk_widget_class_bind_template_child (widget_class, PaydaySimulatorPage, content_stack);
  gtk_widget_class_bind_template_child (widget_class, PaydaySimulatorPage, chart_view);
  gtk_widget_class_bind_template_child (widget_class, PaydaySimulatorPage, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, PaydaySimulatorPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, PaydaySimulatorPage, settings);

  gtk_widget_class_install_action (widget_class, "chart.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "chart.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "chart.reset", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "simulator.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "simulator.close-settings", NULL,
                                   close_settings_action);
}

static void
payday_simulator_page_init (PaydaySimulatorPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));


  gtk_widget_set_overflow (GTK_WIDGET (self->chart_view), GTK_OVERFLOW_HIDDEN);
  g_signal_connect_object (self->chart_view, "describe-item",
                           G_CALLBACK (describe_item_cb), self, 0);
  g_signal_connect_object (payday_chart_view_get_chart (self->chart_view), "changed",
                           G_CALLBACK (update_zoom_actions), self, G_CONNECT_SWAPPED);

  /* The sentence under the chart is what a screen reader says about it. */
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->chart_view),
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, self->summary_label,
                                  NULL, -1);

  gtk_label_set_label (self->caption_label, _("Simulating…"));
  update_zoom_actions (self);
}
