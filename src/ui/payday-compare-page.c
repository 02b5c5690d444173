/* payday-compare-page.c — the Compare page: one job as hourly or fixed-price, side by side
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "payday-chart-view.h"
#include "payday-compare-page-private.h"
#include "payday-ui-util.h"

/* The page answers the seed's question with payday_compare_run(): its inputs are the page's
 * own (a what-if, not part of the plan, so they are never saved and never make the plan
 * dirty), prefilled from the plan each time another plan is opened. The client's behaviour,
 * the rules and "today" come from the document and follow its "changed". Each change runs
 * the comparison again in a GTask thread, after PAYDAY_COMPARE_DEBOUNCE_MS of rest for
 * typed inputs, cancelling the run before; behind another page the run waits until the
 * page is shown. */

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

static gboolean
debounce_cb (gpointer data)
{
  PaydayComparePage *self = data;

  self->debounce_id = 0;
  start_run (self);
  return G_SOURCE_REMOVE;
}

void
payday_compare_page_input_changed (PaydayComparePage *self)
{
  if (self->updating)
    return;

  read_inputs (self);
  g_clear_handle_id (&self->debounce_id, g_source_remove);
  self->debounce_id = g_timeout_add (PAYDAY_COMPARE_DEBOUNCE_MS, debounce_cb, self);
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
  payday_compare_page_describe_behaviour (self);

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
      payday_compare_page_show_result (self);
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

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/payday/Payday/ui/payday-compare-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PaydayComparePage, verdict_row);
  gtk_widget_class_bind_template_child (widget_class, PaydayComparePage, spinner);
  gtk_widget_class_bind_template_child (widget_class, PaydayComparePage, job_group);
  gtk_widget_class_bind_template_child (widget_class, PaydayComparePage, columns);
  gtk_widget_class_bind_template_child (widget_class, PaydayComparePage, chart_view);
  gtk_widget_class_bind_template_child (widget_class, PaydayComparePage, note_label);
}

static void
payday_compare_page_init (PaydayComparePage *self)
{
  GtkWidget *hourly_inputs, *fixed_inputs, *column;
  GtkWidget *row;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->edition_dates = g_array_new (FALSE, FALSE, sizeof (PaydayDate));
  payday_compare_input_init (&self->input, NULL);

  /* the job */
  adw_preferences_group_add (self->job_group, payday_compare_page_spin_row (self, SPIN_WEEKS));
  row = adw_action_row_new ();
  self->start_row = ADW_ACTION_ROW (row);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Starts"));
  adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                             gtk_image_new_from_icon_name ("x-office-calendar-symbolic"));
  adw_preferences_group_add (self->job_group, row);

  self->edition_model = gtk_string_list_new (NULL);
  row = adw_combo_row_new ();
  self->edition_row = ADW_COMBO_ROW (row);
  gtk_widget_set_name (row, "compare-edition");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Rules"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("The edition both options are judged by"));
  adw_combo_row_set_model (self->edition_row, G_LIST_MODEL (self->edition_model));
  g_object_unref (self->edition_model);
  g_signal_connect_swapped (row, "notify::selected", G_CALLBACK (payday_compare_page_input_changed), self);
  adw_preferences_group_add (self->job_group, row);

  adw_preferences_group_add (self->job_group,
                             payday_compare_page_switch_row (self, "compare-top-rated", _("Top Rated"),
                                                             _("Skips the hourly security hold where the rules allow"),
                                                             &self->top_rated_switch));

  /* the two columns */
  column = payday_compare_page_option_column (self, "compare-hourly", _("Hourly"),
                                              _("Billed each Monday for the week before"),
                                              &self->hourly, &hourly_inputs);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (hourly_inputs), payday_compare_page_spin_row (self, SPIN_HOURS));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (hourly_inputs), payday_compare_page_spin_row (self, SPIN_RATE));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (hourly_inputs), payday_compare_page_spin_row (self, SPIN_LIMIT));
  gtk_flow_box_append (self->columns, column);

  column = payday_compare_page_option_column (self, "compare-fixed", _("Fixed Price"),
                                              _("Paid per milestone once the client approves it"),
                                              &self->fixed, &fixed_inputs);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (fixed_inputs), payday_compare_page_spin_row (self, SPIN_PRICE));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (fixed_inputs), payday_compare_page_spin_row (self, SPIN_MILESTONES));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (fixed_inputs),
                             payday_compare_page_switch_row (self, "compare-funded", _("Funded Up Front"),
                                                             _("Escrow holds each milestone before its work starts"),
                                                             &self->funded_switch));
  gtk_flow_box_append (self->columns, column);

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
