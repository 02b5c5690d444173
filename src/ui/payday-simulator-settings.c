/* payday-simulator-settings.c — the simulator's setting rows and their undoable edits
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "payday-simulator-page-private.h"

typedef enum {
  GROUP_RUN,
  GROUP_CLIENT,
  GROUP_PIPELINE,
} SettingGroup;

typedef struct
{
  PaydaySimulationMember member;
  SettingGroup           group;
  const char            *name;          /* the control's widget name, for tests */
  const char            *title;
  const char            *subtitle;
  gboolean               scale;         /* a GtkScale in percent, else a GtkSpinButton */
  double                 min, max, step;
  guint                  digits;
  double                 factor;        /* shown value = plan value × factor */
} Setting;

/* Ranges are what a user would try; a plan value outside one is shown clamped but kept in
 * the plan until the user moves that control. */
static const Setting settings[] = {
  { PAYDAY_SIM_RUNS, GROUP_RUN, "setting-runs",
    N_("Runs"), N_("Simulated futures"), FALSE, 100, 100000, 100, 0, 1 },
  { PAYDAY_SIM_SEED, GROUP_RUN, "setting-seed",
    N_("Seed"), N_("Repeats the same futures"), FALSE,
    -9007199254740992.0, 9007199254740992.0, 1, 0, 1 },
  { PAYDAY_SIM_HORIZON_DAYS, GROUP_RUN, "setting-horizon",
    N_("Horizon"), N_("Days ahead"), FALSE, 7, 1095, 1, 0, 1 },
  { PAYDAY_SIM_APPROVE_EARLY_PROBABILITY, GROUP_CLIENT, "setting-approve-early",
    N_("Approve Early"), N_("Milestones approved early"), TRUE,
    0, 100, 1, 0, 100 },
  { PAYDAY_SIM_APPROVE_EARLY_MEAN_DAYS, GROUP_CLIENT, "setting-approve-days",
    N_("Days to Approve"), N_("Mean, when approved early"), FALSE,
    0, 14, 0.5, 1, 1 },
  { PAYDAY_SIM_DISPUTE_PROBABILITY, GROUP_CLIENT, "setting-dispute",
    N_("Disputes"), N_("Hourly weeks disputed"), TRUE, 0, 100, 1, 0, 100 },
  { PAYDAY_SIM_DISPUTE_REFUND_SHARE, GROUP_CLIENT, "setting-refund",
    N_("Refund Share"), N_("Of disputed hours refunded"), TRUE, 0, 100, 1, 0, 100 },
  { PAYDAY_SIM_PAY_LESS_PROBABILITY, GROUP_CLIENT, "setting-pay-less",
    N_("Paying Less"), N_("Milestones paid in part"), TRUE, 0, 100, 1, 0, 100 },
  { PAYDAY_SIM_PAY_LESS_SHARE, GROUP_CLIENT, "setting-pay-less-share",
    N_("Share Paid"), N_("Of a part-paid milestone"), TRUE, 0, 100, 1, 0, 100 },
  { PAYDAY_SIM_PROPOSAL_RATE_PER_WEEK, GROUP_PIPELINE, "setting-proposals",
    N_("Proposals per Week"), NULL, FALSE, 0, 100, 0.5, 1, 1 },
  { PAYDAY_SIM_WIN_RATE, GROUP_PIPELINE, "setting-win-rate",
    N_("Win Rate"), N_("Proposals that win"), TRUE, 0, 100, 1, 0, 100 },
  { PAYDAY_SIM_AVG_CONTRACT_CENTS, GROUP_PIPELINE, "setting-avg-contract",
    N_("Average Contract"), N_("In dollars"), FALSE, 0, 1000000, 50, 0, 0.01 },
};

#define N_SETTINGS G_N_ELEMENTS (settings)

G_STATIC_ASSERT (N_SETTINGS == PAYDAY_SIMULATOR_N_SETTINGS);


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
void
payday_simulator_settings_commit_pending (PaydaySimulatorPage *self)
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

/* A page going away or switching documents drops what is pending. */
void
payday_simulator_settings_discard_pending (PaydaySimulatorPage *self)
{
  g_clear_handle_id (&self->debounce_id, g_source_remove);
  g_clear_pointer (&self->pending, payday_command_free);
  if (self->pending_settings != NULL)
    payday_plan_part_free (PAYDAY_PLAN_PART_SIMULATION, g_steal_pointer (&self->pending_settings));
}

static gboolean
debounce_cb (gpointer data)
{
  PaydaySimulatorPage *self = data;

  self->debounce_id = 0;
  payday_simulator_settings_commit_pending (self);

  return G_SOURCE_REMOVE;
}

static void
value_changed_cb (GtkAdjustment       *adjustment,
                  PaydaySimulatorPage *self)
{
  guint i = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (adjustment), "payday-setting"));
  g_autofree char *key = NULL;
  PaydayPlan *plan;
  double value;

  if (self->updating || self->document == NULL)
    return;
  plan = payday_document_get_plan (self->document);
  if (plan == NULL)
    return;

  value = gtk_adjustment_get_value (adjustment) / settings[i].factor;
  /* Percentages step in whole percent; keep the plan free of binary noise like 0.070001. */
  if (settings[i].scale)
    value = round (gtk_adjustment_get_value (adjustment)) / settings[i].factor;

  key = g_strconcat ("simulation.", settings[i].name, NULL);
  if (self->pending != NULL && plan != self->debounce_plan)
    payday_simulator_settings_discard_pending (self);
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

void
payday_simulator_settings_add_rows (PaydaySimulatorPage *self)
{
  AdwPreferencesGroup *groups[] = { self->run_group, self->client_group, self->pipeline_group };

  for (guint i = 0; i < N_SETTINGS; i++)
    {
      const Setting *s = &settings[i];
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *control;
      GtkAdjustment *adjustment;

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(s->title));
      if (s->subtitle != NULL)
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _(s->subtitle));

      adjustment = gtk_adjustment_new (s->min, s->min, s->max, s->step, s->step * 10, 0);
      if (s->scale)
        {
          control = gtk_scale_new (GTK_ORIENTATION_HORIZONTAL, adjustment);
          gtk_scale_set_draw_value (GTK_SCALE (control), TRUE);
          gtk_scale_set_value_pos (GTK_SCALE (control), GTK_POS_RIGHT);
          gtk_scale_set_digits (GTK_SCALE (control), 0);
          gtk_scale_set_format_value_func (GTK_SCALE (control), format_percent, NULL, NULL);
          gtk_range_set_round_digits (GTK_RANGE (control), 0);
          gtk_widget_set_size_request (control, 120, -1);
          gtk_widget_add_css_class (control, "tabular");
        }
      else
        {
          control = gtk_spin_button_new (adjustment, s->step, s->digits);
          gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (control), TRUE);
          gtk_editable_set_width_chars (GTK_EDITABLE (control),
                                        s->member == PAYDAY_SIM_SEED ? 10 : 6);
          gtk_widget_add_css_class (control, "tabular");
        }
      gtk_widget_set_valign (control, GTK_ALIGN_CENTER);
      gtk_widget_set_name (control, s->name);
      gtk_accessible_update_relation (GTK_ACCESSIBLE (control),
                                      GTK_ACCESSIBLE_RELATION_LABELLED_BY, row, NULL,
                                      -1);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), control);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), control);

      g_object_set_data (G_OBJECT (adjustment), "payday-setting", GUINT_TO_POINTER (i));
      g_signal_connect (adjustment, "value-changed", G_CALLBACK (value_changed_cb), self);
      self->adjustments[i] = adjustment;

      adw_preferences_group_add (groups[s->group], row);
    }
}

void
payday_simulator_settings_update (PaydaySimulatorPage *self,
                 const PaydayPlan    *plan)
{
  self->updating = TRUE;
  for (guint i = 0; i < N_SETTINGS; i++)
    gtk_adjustment_set_value (self->adjustments[i],
                              get_member (&plan->simulation, settings[i].member) *
                              settings[i].factor);
  self->updating = FALSE;
}
