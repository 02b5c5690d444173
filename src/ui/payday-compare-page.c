/* payday-compare-page.c — the Compare page: one job as hourly or fixed-price, side by side
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "payday-chart-view.h"
#include "payday-compare-column.h"
#include "payday-compare-page.h"
#include "payday-ui-util.h"

/* The page answers the seed's question with payday_compare_run(): its inputs are the page's
 * own (a what-if, not part of the plan, so they are never saved and never make the plan
 * dirty), prefilled from the plan each time another plan is opened. The client's behaviour,
 * the rules and "today" come from the document and follow its "changed". Each change runs
 * the comparison again in a GTask thread, after PAYDAY_COMPARE_DEBOUNCE_MS of rest for
 * typed inputs, cancelling the run before; behind another page the run waits until the
 * page is shown. */

typedef enum {
  SPIN_WEEKS,
  SPIN_HOURS,
  SPIN_RATE,
  SPIN_LIMIT,
  SPIN_PRICE,
  SPIN_MILESTONES,
  N_SPINS
} Spin;

/* The adjustments' ids in the template, by Spin. */
static const char *const spin_adjustments[N_SPINS] = {
  [SPIN_WEEKS] = "weeks_adjustment",
  [SPIN_HOURS] = "hours_adjustment",
  [SPIN_RATE] = "rate_adjustment",
  [SPIN_LIMIT] = "limit_adjustment",
  [SPIN_PRICE] = "price_adjustment",
  [SPIN_MILESTONES] = "milestones_adjustment",
};

struct _PaydayComparePage
{
  GtkWidget            parent_instance;

  PaydayDocument      *document;

  AdwActionRow        *verdict_row;
  GtkSpinner          *spinner;
  GtkFlowBox          *columns;
  PaydayChartView     *chart_view;
  GtkLabel            *note_label;

  GtkAdjustment       *adjustments[N_SPINS];
  GtkSwitch           *funded_switch;
  GtkSwitch           *top_rated_switch;
  AdwComboRow         *edition_row;
  GtkStringList       *edition_model;
  GArray              *edition_dates;       /* PaydayDate per combo item */
  AdwActionRow        *start_row;
  PaydayCompareColumn *hourly;
  PaydayCompareColumn *fixed;

  PaydayCompareInput   input;
  PaydayPlan          *prefilled;           /* the plan the inputs were prefilled from */
  PaydayCompareResult *result;

  GTask               *task;
  GCancellable        *cancellable;
  guint                debounce_id;

  guint                updating : 1;
  guint                stale : 1;
};

typedef struct
{
  PaydayCompareInput  input;
  PaydayRules        *rules;                /* a ref for input.rules */
} RunData;

G_DEFINE_FINAL_TYPE (PaydayComparePage, payday_compare_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_RUNNING,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void start_run (PaydayComparePage *self);

/* ---------------------------------------------------------------------------------------- */
/* inputs */

/* Reads the widgets into self->input. */
static void
read_inputs (PaydayComparePage *self)
{
  PaydayCompareInput *in = &self->input;
  double limit = gtk_adjustment_get_value (self->adjustments[SPIN_LIMIT]);
  guint selected = adw_combo_row_get_selected (self->edition_row);

  in->weeks = (guint) llround (gtk_adjustment_get_value (self->adjustments[SPIN_WEEKS]));
  in->hourly.hours_per_week = llround (gtk_adjustment_get_value (self->adjustments[SPIN_HOURS]) * 100);
  in->hourly.rate_cents = llround (gtk_adjustment_get_value (self->adjustments[SPIN_RATE]) * 100);
  in->hourly.weekly_limit_hours = limit > 0 ? llround (limit * 100) : PAYDAY_NONE;
  in->fixed.total_cents = llround (gtk_adjustment_get_value (self->adjustments[SPIN_PRICE]) * 100);
  in->fixed.milestones = (guint) llround (gtk_adjustment_get_value (self->adjustments[SPIN_MILESTONES]));
  in->fixed.funded = gtk_switch_get_active (self->funded_switch);
  in->top_rated = gtk_switch_get_active (self->top_rated_switch);
  in->edition = selected < self->edition_dates->len
                ? g_array_index (self->edition_dates, PaydayDate, selected)
                : PAYDAY_DATE_NONE;
}

/* Shows self->input in the widgets. */
static void
write_inputs (PaydayComparePage *self)
{
  const PaydayCompareInput *in = &self->input;
  guint selected = 0;

  self->updating = TRUE;
  gtk_adjustment_set_value (self->adjustments[SPIN_WEEKS], in->weeks);
  gtk_adjustment_set_value (self->adjustments[SPIN_HOURS], in->hourly.hours_per_week / 100.0);
  gtk_adjustment_set_value (self->adjustments[SPIN_RATE], in->hourly.rate_cents / 100.0);
  gtk_adjustment_set_value (self->adjustments[SPIN_LIMIT],
                            in->hourly.weekly_limit_hours == PAYDAY_NONE
                            ? 0 : in->hourly.weekly_limit_hours / 100.0);
  gtk_adjustment_set_value (self->adjustments[SPIN_PRICE], in->fixed.total_cents / 100.0);
  gtk_adjustment_set_value (self->adjustments[SPIN_MILESTONES], in->fixed.milestones);
  gtk_switch_set_active (self->funded_switch, in->fixed.funded);
  gtk_switch_set_active (self->top_rated_switch, in->top_rated);
  for (guint i = 0; i < self->edition_dates->len; i++)
    if (g_array_index (self->edition_dates, PaydayDate, i) == in->edition)
      selected = i;
  adw_combo_row_set_selected (self->edition_row, selected);
  self->updating = FALSE;
}

/* The weekly limit shows "No limit" at 0. */
static gboolean
limit_output_cb (GtkSpinButton *spin,
                 gpointer       user_data)
{
  double value = gtk_adjustment_get_value (gtk_spin_button_get_adjustment (spin));
  g_autofree char *text = NULL;

  text = value > 0 ? g_strdup_printf ("%.0f", value) : g_strdup (_("No limit"));
  if (g_strcmp0 (text, gtk_editable_get_text (GTK_EDITABLE (spin))) != 0)
    gtk_editable_set_text (GTK_EDITABLE (spin), text);
  return TRUE;
}

static int
limit_input_cb (GtkSpinButton *spin,
                double        *new_value,
                gpointer       user_data)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (spin));
  char *end = NULL;
  double value;

  if (g_strcmp0 (text, _("No limit")) == 0 || *text == '\0')
    {
      *new_value = 0;
      return TRUE;
    }
  value = g_strtod (text, &end);
  if (end == text)
    return GTK_INPUT_ERROR;
  *new_value = value;
  return TRUE;
}

static gboolean
debounce_cb (gpointer data)
{
  PaydayComparePage *self = data;

  self->debounce_id = 0;
  start_run (self);
  return G_SOURCE_REMOVE;
}

static void
input_changed (PaydayComparePage *self)
{
  if (self->updating)
    return;

  read_inputs (self);
  g_clear_handle_id (&self->debounce_id, g_source_remove);
  self->debounce_id = g_timeout_add (PAYDAY_COMPARE_DEBOUNCE_MS, debounce_cb, self);
}

/* ---------------------------------------------------------------------------------------- */
/* results */

static void
describe_behaviour (PaydayComparePage *self)
{
  const PaydaySimulation *b = &self->input.behaviour;
  g_autofree char *text = NULL;
  g_autofree char *seed = g_strdup_printf ("%" G_GINT64_FORMAT, b->seed);

  /* Translators: the client behaviour the comparison uses, from the Simulator settings */
  text = g_strdup_printf (_("%s The client: %.0f%% of milestones approved early (in %.1f days "
                            "on average), %.0f%% disputed, %.0f%% paid in part — from the "
                            "Simulator’s settings (%d runs, seed %s)."),
                          self->result != NULL ? self->result->note : "",
                          b->approve_early_probability * 100, b->approve_early_mean_days,
                          b->dispute_probability * 100, b->pay_less_probability * 100,
                          b->runs, seed);
  gtk_label_set_label (self->note_label, g_strstrip (text));
}
static void
show_chart (PaydayComparePage *self)
{
  const PaydayCompareResult *r = self->result;
  PaydayChart *chart = payday_chart_view_get_chart (self->chart_view);
  const PaydayCompareOption *options[] = { &r->hourly, &r->fixed };
  const char *labels[] = { N_("Hourly"), N_("Fixed price") };
  g_autofree double *x = g_new (double, r->n_days);
  g_autofree double *y = g_new (double, r->n_days);
  g_autofree double *lo = g_new (double, r->n_days);
  g_autofree double *hi = g_new (double, r->n_days);

  payday_chart_clear (chart);
  payday_chart_set_title (chart, _("Cash available"));
  payday_chart_set_range (chart, r->from, r->to);
  payday_chart_set_today (chart, PAYDAY_DATE_NONE);

  for (guint o = 0; o < G_N_ELEMENTS (options); o++)
    {
      guint series;

      for (guint i = 0; i < r->n_days; i++)
        {
          x[i] = (double) (r->from + (PaydayDate) i);
          y[i] = (double) options[o]->p50[i];
          lo[i] = (double) options[o]->p10[i];
          hi[i] = (double) options[o]->p90[i];
        }
      series = payday_chart_add_series (chart, _(labels[o]), PAYDAY_CHART_SERIES_STEP,
                                        x, y, r->n_days);
      payday_chart_series_set_band (chart, series, NULL, lo, hi);
    }
  payday_chart_reset_view (chart);
}

static void
show_result (PaydayComparePage *self)
{
  const PaydayCompareResult *r = self->result;
  g_autofree char *text = payday_compare_result_describe (r, payday_ui_format_money);
  g_autofree char *verdict = g_markup_escape_text (text, -1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->verdict_row), verdict);
  payday_compare_column_show (self->hourly, &r->hourly, &r->fixed, r->from);
  payday_compare_column_show (self->fixed, &r->fixed, &r->hourly, r->from);
  show_chart (self);
  describe_behaviour (self);
}

/* ---------------------------------------------------------------------------------------- */
/* the document */

/* The combo's items: "each date's own", then every edition of the document's rules. */
static void
update_editions (PaydayComparePage *self,
                 PaydayRules       *rules)
{
  guint old = g_list_model_get_n_items (G_LIST_MODEL (self->edition_model));
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  PaydayDate none = PAYDAY_DATE_NONE;

  g_array_set_size (self->edition_dates, 0);
  g_array_append_val (self->edition_dates, none);
  g_ptr_array_add (labels, g_strdup (_("Each date’s own")));

  for (guint i = 0; rules != NULL && i < rules->editions->len; i++)
    {
      const PaydayEdition *edition = g_ptr_array_index (rules->editions, i);

      g_array_append_val (self->edition_dates, edition->effective_from);
      g_ptr_array_add (labels, payday_ui_edition_label (edition));
    }
  g_ptr_array_add (labels, NULL);

  self->updating = TRUE;
  gtk_string_list_splice (self->edition_model, 0, old, (const char * const *) labels->pdata);
  self->updating = FALSE;
}

static void
payday_compare_page_update (PaydayComparePage *self)
{
  PaydayPlan *plan = self->document != NULL ? payday_document_get_plan (self->document) : NULL;
  PaydayRules *rules = self->document != NULL ? payday_document_get_rules (self->document) : NULL;
  PaydayDate today;
  g_autofree char *start = NULL;

  if (plan == NULL || rules == NULL)
    {
      g_clear_handle_id (&self->debounce_id, g_source_remove);
      if (self->cancellable != NULL)
        g_cancellable_cancel (self->cancellable);
      g_clear_object (&self->cancellable);
      g_clear_object (&self->task);
      return;
    }

  today = payday_document_get_today (self->document);

  if (plan != self->prefilled)
    {
      /* Another plan: start again from its figures, under the Preferences' rule edition
       * when one is set (it wins over the plan's own pin: the what-if is the user's). */
      PaydayDate preferred = payday_ui_preferred_edition (rules);

      payday_compare_input_from_plan (&self->input, plan, rules, today);
      if (preferred != PAYDAY_DATE_NONE)
        self->input.edition = preferred;
      g_clear_pointer (&self->prefilled, payday_plan_unref);
      self->prefilled = payday_plan_ref (plan);
    }
  else
    {
      /* The same plan, edited: keep the user's what-if, follow the plan's client. */
      read_inputs (self);
      self->input.behaviour = plan->simulation;
      self->input.behaviour.extra = NULL;
      self->input.start = payday_date_monday_of (today) + 7;
    }
  self->input.rules = rules;
  update_editions (self, rules);
  write_inputs (self);
  read_inputs (self);

  start = payday_date_format_long (self->input.start);
  adw_action_row_set_subtitle (self->start_row, start);
  describe_behaviour (self);

  g_clear_handle_id (&self->debounce_id, g_source_remove);
  start_run (self);
}

/* ---------------------------------------------------------------------------------------- */
/* the run */

static void
run_data_free (gpointer data)
{
  RunData *run = data;

  g_clear_pointer (&run->rules, payday_rules_unref);
  g_free (run);
}

static void
run_thread (GTask        *task,
            gpointer      source_object,
            gpointer      task_data,
            GCancellable *cancellable)
{
  RunData *run = task_data;
  PaydayCompareResult *result = payday_compare_run (&run->input, 2, cancellable);

  if (result == NULL)
    g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                             "The comparison was cancelled");
  else
    g_task_return_pointer (task, result, (GDestroyNotify) payday_compare_result_free);
}

static void
set_running (PaydayComparePage *self,
             gboolean           running)
{
  gtk_spinner_set_spinning (self->spinner, running);
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), running);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_RUNNING]);
}

static void
run_done_cb (GObject      *object,
             GAsyncResult *async_result,
             gpointer      user_data)
{
  PaydayComparePage *self = PAYDAY_COMPARE_PAGE (object);
  GTask *task = G_TASK (async_result);
  g_autoptr(GError) error = NULL;
  PaydayCompareResult *result = g_task_propagate_pointer (task, &error);

  if (task != self->task)
    {
      g_clear_pointer (&result, payday_compare_result_free);
      return;
    }

  g_clear_object (&self->task);
  g_clear_object (&self->cancellable);

  if (result != NULL)
    {
      g_clear_pointer (&self->result, payday_compare_result_free);
      self->result = result;
      show_result (self);
    }
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_warning ("comparison failed: %s", error->message);

  set_running (self, FALSE);
}

static void
start_run (PaydayComparePage *self)
{
  RunData *run;

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->task);

  if (self->document == NULL || self->input.rules == NULL)
    return;

  /* The cores are better spent elsewhere while another page is shown. */
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->stale = TRUE;
      set_running (self, FALSE);
      return;
    }
  self->stale = FALSE;

  run = g_new0 (RunData, 1);
  run->input = self->input;
  run->rules = payday_rules_ref (self->input.rules);
  run->input.rules = run->rules;

  self->cancellable = g_cancellable_new ();
  self->task = g_task_new (self, self->cancellable, run_done_cb, NULL);
  g_task_set_source_tag (self->task, start_run);
  g_task_set_task_data (self->task, run, run_data_free);
  g_task_run_in_thread (self->task, run_thread);
  set_running (self, TRUE);
}

static void
payday_compare_page_map (GtkWidget *widget)
{
  PaydayComparePage *self = PAYDAY_COMPARE_PAGE (widget);

  GTK_WIDGET_CLASS (payday_compare_page_parent_class)->map (widget);

  if (self->stale)
    start_run (self);
}

/* ---------------------------------------------------------------------------------------- */

static void
payday_compare_page_dispose (GObject *object)
{
  PaydayComparePage *self = PAYDAY_COMPARE_PAGE (object);
  GtkWidget *child;

  g_clear_handle_id (&self->debounce_id, g_source_remove);
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->task);
  g_clear_pointer (&self->result, payday_compare_result_free);
  g_clear_object (&self->document);
  g_clear_pointer (&self->prefilled, payday_plan_unref);
  self->input.rules = NULL;

  gtk_widget_dispose_template (GTK_WIDGET (self), PAYDAY_TYPE_COMPARE_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (payday_compare_page_parent_class)->dispose (object);
}

static void
payday_compare_page_finalize (GObject *object)
{
  PaydayComparePage *self = PAYDAY_COMPARE_PAGE (object);

  g_clear_pointer (&self->edition_dates, g_array_unref);

  G_OBJECT_CLASS (payday_compare_page_parent_class)->finalize (object);
}

static void
payday_compare_page_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  PaydayComparePage *self = PAYDAY_COMPARE_PAGE (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;

    case PROP_RUNNING:
      g_value_set_boolean (value, payday_compare_page_get_running (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
payday_compare_page_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  PaydayComparePage *self = PAYDAY_COMPARE_PAGE (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      payday_compare_page_set_document (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
payday_compare_page_class_init (PaydayComparePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = payday_compare_page_dispose;
  object_class->finalize = payday_compare_page_finalize;
  object_class->get_property = payday_compare_page_get_property;
  object_class->set_property = payday_compare_page_set_property;
  widget_class->map = payday_compare_page_map;

  properties [PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL,
                         PAYDAY_TYPE_DOCUMENT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties [PROP_RUNNING] =
    g_param_spec_boolean ("running", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (PAYDAY_TYPE_CHART_VIEW);
  g_type_ensure (PAYDAY_TYPE_COMPARE_COLUMN);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/payday/Payday/ui/payday-compare-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PaydayComparePage, verdict_row);
  gtk_widget_class_bind_template_child (widget_class, PaydayComparePage, spinner);
  gtk_widget_class_bind_template_child (widget_class, PaydayComparePage, columns);
  gtk_widget_class_bind_template_child (widget_class, PaydayComparePage, chart_view);
  gtk_widget_class_bind_template_child (widget_class, PaydayComparePage, note_label);
  gtk_widget_class_bind_template_child (widget_class, PaydayComparePage, hourly);
  gtk_widget_class_bind_template_child (widget_class, PaydayComparePage, fixed);
  gtk_widget_class_bind_template_child (widget_class, PaydayComparePage, start_row);
  gtk_widget_class_bind_template_child (widget_class, PaydayComparePage, edition_row);
  gtk_widget_class_bind_template_child (widget_class, PaydayComparePage, edition_model);
  gtk_widget_class_bind_template_child_full (widget_class, "top_rated_switch", FALSE,
                                             G_STRUCT_OFFSET (PaydayComparePage, top_rated_switch));
  gtk_widget_class_bind_template_child_full (widget_class, "funded_switch", FALSE,
                                             G_STRUCT_OFFSET (PaydayComparePage, funded_switch));
  for (guint i = 0; i < N_SPINS; i++)
    gtk_widget_class_bind_template_child_full (widget_class, spin_adjustments[i], FALSE,
                                               G_STRUCT_OFFSET (PaydayComparePage, adjustments)
                                               + i * sizeof (GtkAdjustment *));
  gtk_widget_class_bind_template_callback (widget_class, input_changed);
  gtk_widget_class_bind_template_callback (widget_class, limit_output_cb);
  gtk_widget_class_bind_template_callback (widget_class, limit_input_cb);
}

static void
payday_compare_page_init (PaydayComparePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->edition_dates = g_array_new (FALSE, FALSE, sizeof (PaydayDate));
  payday_compare_input_init (&self->input, NULL);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->columns));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      gtk_widget_set_focusable (child, FALSE);
      gtk_widget_set_valign (child, GTK_ALIGN_START);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->spinner), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->verdict_row), _("Comparing…"));
}

/**
 * payday_compare_page_new:
 * @document: (nullable): the document to compare for
 *
 * Returns: (transfer floating): a new page
 */
GtkWidget *
payday_compare_page_new (PaydayDocument *document)
{
  g_return_val_if_fail (!document || PAYDAY_IS_DOCUMENT (document), NULL);

  return g_object_new (PAYDAY_TYPE_COMPARE_PAGE, "document", document, NULL);
}

PaydayDocument *
payday_compare_page_get_document (PaydayComparePage *self)
{
  g_return_val_if_fail (PAYDAY_IS_COMPARE_PAGE (self), NULL);

  return self->document;
}

void
payday_compare_page_set_document (PaydayComparePage *self,
                                  PaydayDocument    *document)
{
  g_return_if_fail (PAYDAY_IS_COMPARE_PAGE (self));
  g_return_if_fail (!document || PAYDAY_IS_DOCUMENT (document));

  if (self->document == document)
    return;

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_func (self->document,
                                          G_CALLBACK (payday_compare_page_update), self);

  g_set_object (&self->document, document);
  g_clear_pointer (&self->prefilled, payday_plan_unref);

  if (document != NULL)
    g_signal_connect_object (document, "changed",
                             G_CALLBACK (payday_compare_page_update),
                             self, G_CONNECT_SWAPPED);

  payday_compare_page_update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DOCUMENT]);
}

/**
 * payday_compare_page_get_input:
 *
 * Returns: (transfer none): the job as the page's inputs stand
 */
const PaydayCompareInput *
payday_compare_page_get_input (PaydayComparePage *self)
{
  g_return_val_if_fail (PAYDAY_IS_COMPARE_PAGE (self), NULL);

  return &self->input;
}

/**
 * payday_compare_page_get_result:
 *
 * Returns: (transfer none) (nullable): the comparison shown, %NULL before the first
 */
const PaydayCompareResult *
payday_compare_page_get_result (PaydayComparePage *self)
{
  g_return_val_if_fail (PAYDAY_IS_COMPARE_PAGE (self), NULL);

  return self->result;
}

gboolean
payday_compare_page_get_running (PaydayComparePage *self)
{
  g_return_val_if_fail (PAYDAY_IS_COMPARE_PAGE (self), FALSE);

  return self->task != NULL || self->debounce_id != 0;
}
