/* payday-simulation-settings.c — the simulator's settings and their undoable edits
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "payday-simulation-settings.h"

/* The rows, ranges and texts live in payday-simulation-settings.ui; this table says which
 * plan member each adjustment sets and how the shown value relates to it. Ranges are what
 * a user would try; a plan value outside one is shown clamped but kept in the plan until
 * the user moves that control. */
typedef struct
{
  PaydaySimulationMember  member;
  const char             *control;       /* its ids in the template */
  const char             *adjustment;
  const char             *name;          /* the control's widget name, for tests */
  gboolean                scale;         /* a GtkScale in percent, else a GtkSpinButton */
  double                  factor;        /* shown value = plan value × factor */
} Setting;

static const Setting settings[] = {
  { PAYDAY_SIM_RUNS, "runs", "runs_adjustment", "setting-runs", FALSE, 1 },
  { PAYDAY_SIM_SEED, "seed", "seed_adjustment", "setting-seed", FALSE, 1 },
  { PAYDAY_SIM_HORIZON_DAYS, "horizon", "horizon_adjustment", "setting-horizon", FALSE, 1 },
  { PAYDAY_SIM_APPROVE_EARLY_PROBABILITY, "approve_early", "approve_early_adjustment", "setting-approve-early", TRUE, 100 },
  { PAYDAY_SIM_APPROVE_EARLY_MEAN_DAYS, "approve_days", "approve_days_adjustment", "setting-approve-days", FALSE, 1 },
  { PAYDAY_SIM_DISPUTE_PROBABILITY, "dispute", "dispute_adjustment", "setting-dispute", TRUE, 100 },
  { PAYDAY_SIM_DISPUTE_REFUND_SHARE, "refund", "refund_adjustment", "setting-refund", TRUE, 100 },
  { PAYDAY_SIM_PAY_LESS_PROBABILITY, "pay_less", "pay_less_adjustment", "setting-pay-less", TRUE, 100 },
  { PAYDAY_SIM_PAY_LESS_SHARE, "pay_less_share", "pay_less_share_adjustment", "setting-pay-less-share", TRUE, 100 },
  { PAYDAY_SIM_PROPOSAL_RATE_PER_WEEK, "proposals", "proposals_adjustment", "setting-proposals", FALSE, 1 },
  { PAYDAY_SIM_WIN_RATE, "win_rate", "win_rate_adjustment", "setting-win-rate", TRUE, 100 },
  { PAYDAY_SIM_AVG_CONTRACT_CENTS, "avg_contract", "avg_contract_adjustment", "setting-avg-contract", FALSE, 0.01 },
};

#define N_SETTINGS G_N_ELEMENTS (settings)

struct _PaydaySimulationSettings
{
  GtkBox            parent_instance;

  PaydayDocument   *document;

  GtkWidget        *controls[N_SETTINGS];
  GtkAdjustment    *adjustments[N_SETTINGS];

  guint             debounce_id;
  PaydayPlan       *debounce_plan;      /* the plan the pending edit went to (not a ref) */
  PaydayCommand    *pending;            /* the settings command waiting for rest */
  PaydaySimulation *pending_settings;   /* the settings it will set */
  guint             pending_setting;

  guint             updating : 1;
};

G_DEFINE_FINAL_TYPE (PaydaySimulationSettings, payday_simulation_settings, GTK_TYPE_BOX)

enum {
  PROP_0,
  PROP_DOCUMENT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static double
get_member (const PaydaySimulation *sim,
            PaydaySimulationMember  member)
{
  switch (member)
    {
    case PAYDAY_SIM_RUNS: return sim->runs;
    case PAYDAY_SIM_SEED: return (double) sim->seed;
    case PAYDAY_SIM_HORIZON_DAYS: return sim->horizon_days;
    case PAYDAY_SIM_APPROVE_EARLY_PROBABILITY: return sim->approve_early_probability;
    case PAYDAY_SIM_APPROVE_EARLY_MEAN_DAYS: return sim->approve_early_mean_days;
    case PAYDAY_SIM_DISPUTE_PROBABILITY: return sim->dispute_probability;
    case PAYDAY_SIM_DISPUTE_REFUND_SHARE: return sim->dispute_refund_share;
    case PAYDAY_SIM_PAY_LESS_PROBABILITY: return sim->pay_less_probability;
    case PAYDAY_SIM_PAY_LESS_SHARE: return sim->pay_less_share;
    case PAYDAY_SIM_PROPOSAL_RATE_PER_WEEK: return sim->proposal_rate_per_week;
    case PAYDAY_SIM_WIN_RATE: return sim->win_rate;
    case PAYDAY_SIM_AVG_CONTRACT_CENTS: return (double) sim->avg_contract_cents;
    default: g_assert_not_reached ();
    }
}

static void
set_member (PaydaySimulation       *sim,
            PaydaySimulationMember  member,
            double                  value)
{
  switch (member)
    {
    case PAYDAY_SIM_RUNS: sim->runs = (int) llround (value); break;
    case PAYDAY_SIM_SEED: sim->seed = (gint64) llround (value); break;
    case PAYDAY_SIM_HORIZON_DAYS: sim->horizon_days = (int) llround (value); break;
    case PAYDAY_SIM_APPROVE_EARLY_PROBABILITY: sim->approve_early_probability = value; break;
    case PAYDAY_SIM_APPROVE_EARLY_MEAN_DAYS: sim->approve_early_mean_days = value; break;
    case PAYDAY_SIM_DISPUTE_PROBABILITY: sim->dispute_probability = value; break;
    case PAYDAY_SIM_DISPUTE_REFUND_SHARE: sim->dispute_refund_share = value; break;
    case PAYDAY_SIM_PAY_LESS_PROBABILITY: sim->pay_less_probability = value; break;
    case PAYDAY_SIM_PAY_LESS_SHARE: sim->pay_less_share = value; break;
    case PAYDAY_SIM_PROPOSAL_RATE_PER_WEEK: sim->proposal_rate_per_week = value; break;
    case PAYDAY_SIM_WIN_RATE: sim->win_rate = value; break;
    case PAYDAY_SIM_AVG_CONTRACT_CENTS: sim->avg_contract_cents = (PaydayCents) llround (value); break;
    default: g_assert_not_reached ();
    }
  sim->present |= member;
}

/* Runs the pending settings command (merged by the history with the earlier ones of the
 * same setting). */
static void
commit_pending (PaydaySimulationSettings *self)
{
  g_autoptr(PaydayCommand) command = g_steal_pointer (&self->pending);
  PaydaySimulation *values = g_steal_pointer (&self->pending_settings);

  g_clear_handle_id (&self->debounce_id, g_source_remove);
  if (command == NULL)
    return;

  /* A plan opened meanwhile did not get the edit: leave it clean. */
  if (self->document != NULL && payday_document_get_plan (self->document) == self->debounce_plan)
    {
      payday_command_take_part (command, PAYDAY_PLAN_PART_SIMULATION, values);
      payday_document_run (self->document, command, NULL);
    }
  else
    payday_plan_part_free (PAYDAY_PLAN_PART_SIMULATION, values);
}

/* Going away or switching documents drops what is pending. */
static void
discard_pending (PaydaySimulationSettings *self)
{
  g_clear_handle_id (&self->debounce_id, g_source_remove);
  g_clear_pointer (&self->pending, payday_command_free);
  if (self->pending_settings != NULL)
    payday_plan_part_free (PAYDAY_PLAN_PART_SIMULATION, g_steal_pointer (&self->pending_settings));
}

static gboolean
debounce_cb (gpointer data)
{
  PaydaySimulationSettings *self = data;

  self->debounce_id = 0;
  commit_pending (self);

  return G_SOURCE_REMOVE;
}

static void
value_changed_cb (GtkAdjustment       *adjustment,
                  PaydaySimulationSettings *self)
{
  guint i = 0;
  g_autofree char *key = NULL;
  PaydayPlan *plan;
  double value;

  if (self->updating || self->document == NULL)
    return;
  while (i < N_SETTINGS && self->adjustments[i] != adjustment)
    i++;
  g_return_if_fail (i < N_SETTINGS);
  plan = payday_document_get_plan (self->document);
  if (plan == NULL)
    return;

  value = gtk_adjustment_get_value (adjustment) / settings[i].factor;
  /* Percentages step in whole percent; keep the plan free of binary noise like 0.070001. */
  if (settings[i].scale)
    value = round (gtk_adjustment_get_value (adjustment)) / settings[i].factor;

  key = g_strconcat ("simulation.", settings[i].name, NULL);
  if (self->pending != NULL && plan != self->debounce_plan)
    discard_pending (self);
  if (self->pending != NULL && self->pending_setting != i)
    {
      /* Several settings changed in one burst: one command, merged with no other. */
      payday_command_set_merge_key (self->pending, NULL);
      self->pending_setting = G_MAXUINT;
    }
  if (self->pending == NULL)
    {
      /* The settings gather in a copy; the command runs after
       * PAYDAY_SIMULATOR_DEBOUNCE_MS of rest (or when the document flushes before undo,
       * save or another command). The history merges the commands of one setting made
       * within seconds, so Undo takes back a whole drag, not one step per pixel. */
      self->pending = payday_command_new (_("Change Simulation Setting"));
      self->pending_settings = payday_document_dup_part (self->document, PAYDAY_PLAN_PART_SIMULATION);
      payday_command_set_merge_key (self->pending, key);
      self->pending_setting = i;
    }
  set_member (self->pending_settings, settings[i].member, value);

  self->debounce_plan = plan;
  g_clear_handle_id (&self->debounce_id, g_source_remove);
  self->debounce_id = g_timeout_add (PAYDAY_SIMULATOR_DEBOUNCE_MS, debounce_cb, self);
}

static char *
format_percent (GtkScale *scale,
                double    value,
                gpointer  user_data)
{
  /* Translators: a percentage on a slider */
  return g_strdup_printf (_("%.0f %%"), value);
}

/* The controls show the plan's settings; setting them is no edit. */
static void
document_changed_cb (PaydaySimulationSettings *self)
{
  PaydayPlan *plan = self->document != NULL ? payday_document_get_plan (self->document) : NULL;

  if (plan == NULL)
    return;

  self->updating = TRUE;
  for (guint i = 0; i < N_SETTINGS; i++)
    gtk_adjustment_set_value (self->adjustments[i],
                              get_member (&plan->simulation, settings[i].member) *
                              settings[i].factor);
  self->updating = FALSE;
}

static void
payday_simulation_settings_dispose (GObject *object)
{
  PaydaySimulationSettings *self = (PaydaySimulationSettings *)object;

  discard_pending (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), PAYDAY_TYPE_SIMULATION_SETTINGS);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (payday_simulation_settings_parent_class)->dispose (object);
}

static void
payday_simulation_settings_get_property (GObject    *object,
                                         guint       prop_id,
                                         GValue     *value,
                                         GParamSpec *pspec)
{
  PaydaySimulationSettings *self = PAYDAY_SIMULATION_SETTINGS (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
payday_simulation_settings_set_property (GObject      *object,
                                         guint         prop_id,
                                         const GValue *value,
                                         GParamSpec   *pspec)
{
  PaydaySimulationSettings *self = PAYDAY_SIMULATION_SETTINGS (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      payday_simulation_settings_set_document (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
payday_simulation_settings_class_init (PaydaySimulationSettingsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = payday_simulation_settings_dispose;
  object_class->get_property = payday_simulation_settings_get_property;
  object_class->set_property = payday_simulation_settings_set_property;

  properties [PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL,
                         PAYDAY_TYPE_DOCUMENT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/payday/Payday/ui/payday-simulation-settings.ui");
  for (guint i = 0; i < N_SETTINGS; i++)
    {
      gtk_widget_class_bind_template_child_full (widget_class, settings[i].control, FALSE,
                                                 G_STRUCT_OFFSET (PaydaySimulationSettings, controls)
                                                 + i * sizeof (GtkWidget *));
      gtk_widget_class_bind_template_child_full (widget_class, settings[i].adjustment, FALSE,
                                                 G_STRUCT_OFFSET (PaydaySimulationSettings, adjustments)
                                                 + i * sizeof (GtkAdjustment *));
    }
  gtk_widget_class_bind_template_callback (widget_class, value_changed_cb);
}

static void
payday_simulation_settings_init (PaydaySimulationSettings *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* Percent sliders write their value with a percent sign: GTK 4.8 has no property for
   * the format. */
  for (guint i = 0; i < N_SETTINGS; i++)
    if (settings[i].scale)
      gtk_scale_set_format_value_func (GTK_SCALE (self->controls[i]), format_percent, NULL, NULL);
}

PaydayDocument *
payday_simulation_settings_get_document (PaydaySimulationSettings *self)
{
  g_return_val_if_fail (PAYDAY_IS_SIMULATION_SETTINGS (self), NULL);

  return self->document;
}

void
payday_simulation_settings_set_document (PaydaySimulationSettings *self,
                                         PaydayDocument           *document)
{
  g_return_if_fail (PAYDAY_IS_SIMULATION_SETTINGS (self));
  g_return_if_fail (!document || PAYDAY_IS_DOCUMENT (document));

  if (self->document == document)
    return;

  discard_pending (self);
  if (self->document != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->document, G_CALLBACK (document_changed_cb), self);
      g_signal_handlers_disconnect_by_func (self->document, G_CALLBACK (commit_pending), self);
    }

  g_set_object (&self->document, document);

  if (document != NULL)
    {
      g_signal_connect_object (document, "changed", G_CALLBACK (document_changed_cb),
                               self, G_CONNECT_SWAPPED);
      /* Undo, redo and save first take the pending command in. */
      g_signal_connect_object (document, "flush", G_CALLBACK (commit_pending),
                               self, G_CONNECT_SWAPPED);
    }

  document_changed_cb (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DOCUMENT]);
}
