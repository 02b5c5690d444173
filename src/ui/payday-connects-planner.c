/* payday-connects-planner.c — what a month of proposals costs in Connects, on Basic and on
 * Freelancer Plus
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "payday-connects-planner.h"
#include "payday-planner.h"
#include "payday-ui-util.h"

/* A what-if of its own beside the Proposals page's history: the inputs (proposals a week,
 * their Connects and boost, the invitation share, the win rate) go through
 * payday_planner_compute() under the rules in effect today. They follow the plan's history
 * until the user changes one. */
struct _PaydayConnectsPlanner
{
  GtkBox          parent_instance;

  PaydayDocument *document;

  GtkSpinButton  *spin_rate;
  GtkSpinButton  *spin_connects;
  GtkSpinButton  *spin_boost;
  GtkSpinButton  *spin_invites;
  GtkSpinButton  *spin_win;
  GtkLabel       *needed_label;
  AdwActionRow   *option_rows[PAYDAY_N_SUPPLY];
  GtkLabel       *option_costs[PAYDAY_N_SUPPLY];
  GtkWidget      *option_pills[PAYDAY_N_SUPPLY];

  guint           touched : 1;
  guint           prefilling : 1;
};

G_DEFINE_FINAL_TYPE (PaydayConnectsPlanner, payday_connects_planner, GTK_TYPE_BOX)

enum {
  PROP_0,
  PROP_DOCUMENT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static gboolean
have_plan (PaydayConnectsPlanner *self)
{
  return self->document != NULL && payday_document_get_plan (self->document) != NULL;
}

static void
planner_update (PaydayConnectsPlanner *self)
{
  PaydayPlannerInput input;
  g_autoptr(PaydayPlannerResult) result = NULL;
  const PaydayEdition *edition = NULL;
  g_autofree char *needed = NULL;

  if (have_plan (self))
    edition = payday_rules_edition_for (payday_document_get_rules (self->document),
                                        payday_document_get_plan (self->document),
                                        payday_document_get_today (self->document));

  input.proposals_per_week = gtk_spin_button_get_value (self->spin_rate);
  input.avg_connects = gtk_spin_button_get_value (self->spin_connects);
  input.avg_boost = gtk_spin_button_get_value (self->spin_boost);
  input.invite_share = gtk_spin_button_get_value (self->spin_invites) / 100.0;
  input.win_rate = gtk_spin_button_get_value (self->spin_win) / 100.0;

  if (edition == NULL)
    {
      gtk_label_set_label (self->needed_label, "—");
      for (guint i = 0; i < PAYDAY_N_SUPPLY; i++)
        {
          gtk_label_set_label (self->option_costs[i], "—");
          adw_action_row_set_subtitle (self->option_rows[i], "");
          gtk_widget_set_visible (self->option_pills[i], FALSE);
        }
      return;
    }

  result = payday_planner_compute (&input, edition);

  needed = payday_ui_format_count (result->connects_needed);
  gtk_label_set_label (self->needed_label, needed);

  for (guint i = 0; i < PAYDAY_N_SUPPLY; i++)
    {
      const PaydaySupplyOption *o = &result->options[i];
      g_autoptr(GString) subtitle = g_string_new (NULL);
      g_autofree char *cost = NULL;

      if (!o->available)
        {
          gtk_label_set_label (self->option_costs[i], "—");
          adw_action_row_set_subtitle (self->option_rows[i],
                                       _("Not offered by the rules in effect"));
          gtk_widget_set_visible (self->option_pills[i], FALSE);
          continue;
        }

      cost = payday_ui_format_money (o->monthly_cents);
      gtk_label_set_label (self->option_costs[i], cost);

      g_string_append_printf (subtitle, g_dngettext (GETTEXT_PACKAGE, "%d Connect included",
                                                     "%d Connects included", o->included),
                              o->included);
      if (o->membership_cents > 0)
        {
          g_autofree char *fee = payday_ui_format_money (o->membership_cents);

          g_string_append_printf (subtitle, _(" for %s"), fee);
        }
      for (guint b = 0; o->bundles != NULL && b < o->bundles->len; b++)
        {
          const PaydayBundleCount *bc = &g_array_index (o->bundles, PaydayBundleCount, b);

          /* Translators: bundles to buy, e.g. "2 × 80" */
          g_string_append_printf (subtitle, b == 0 ? _(" · buy %d × %d") : _(" + %d × %d"),
                                  bc->count, bc->size);
        }
      if (o->cost_per_hire_cents != PAYDAY_NONE)
        {
          g_autofree char *per_hire = payday_ui_format_money (o->cost_per_hire_cents);

          g_string_append_printf (subtitle, _(" · %s a hire"), per_hire);
        }
      adw_action_row_set_subtitle (self->option_rows[i], subtitle->str);
      gtk_widget_set_visible (self->option_pills[i], o->cheapest);
    }
}

/* The inputs the plan's own proposals imply: the rate over the weeks since the first one,
 * the average price and boost of the proposals that cost Connects, the invitation share
 * and the win rate. Without proposals: the plan's simulation settings. */
static void
planner_prefill (PaydayConnectsPlanner *self)
{
  PaydayPlan *plan = payday_document_get_plan (self->document);
  const PaydayProposalStats *stats = payday_document_get_proposal_stats (self->document);
  PaydayDate today = payday_document_get_today (self->document);
  double rate = plan->simulation.proposal_rate_per_week;
  double connects = 0, boost = 0, invites = 0;
  double win = plan->simulation.win_rate;
  PaydayDate first = PAYDAY_DATE_NONE;
  guint n_paid = 0;

  for (guint i = 0; i < plan->proposals->len; i++)
    {
      const PaydayProposal *p = &g_array_index (plan->proposals, PaydayProposal, i);

      if (!payday_date_is_set (p->date) || p->date > today)
        continue;
      if (!payday_date_is_set (first) || p->date < first)
        first = p->date;
      if (!p->invited)
        {
          connects += p->connects;
          boost += p->boost;
          n_paid++;
        }
    }

  if (stats != NULL && stats->total.sent > 0 && payday_date_is_set (first))
    {
      double weeks = MAX (1.0, (today - first + 1) / 7.0);

      rate = stats->total.sent / weeks;
      invites = (double) stats->total.invited / stats->total.sent;
      if (stats->total.win_rate_bp != PAYDAY_NONE)
        win = stats->total.win_rate_bp / 10000.0;
    }
  if (n_paid > 0)
    {
      connects /= n_paid;
      boost /= n_paid;
    }

  self->prefilling = TRUE;
  gtk_spin_button_set_value (self->spin_rate, rate);
  gtk_spin_button_set_value (self->spin_connects, connects);
  gtk_spin_button_set_value (self->spin_boost, boost);
  gtk_spin_button_set_value (self->spin_invites, invites * 100.0);
  gtk_spin_button_set_value (self->spin_win, win * 100.0);
  self->prefilling = FALSE;
  self->touched = FALSE;
}

static void
input_changed (PaydayConnectsPlanner *self)
{
  if (!self->prefilling)
    self->touched = TRUE;
  planner_update (self);
}

static void
use_history_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  PaydayConnectsPlanner *self = PAYDAY_CONNECTS_PLANNER (widget);

  if (have_plan (self))
    {
      planner_prefill (self);
      planner_update (self);
    }
}

static void
document_changed_cb (PaydayConnectsPlanner *self)
{
  if (have_plan (self) && !self->touched)
    planner_prefill (self);
  planner_update (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "planner.use-history", have_plan (self));
}

static void
payday_connects_planner_dispose (GObject *object)
{
  PaydayConnectsPlanner *self = (PaydayConnectsPlanner *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), PAYDAY_TYPE_CONNECTS_PLANNER);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (payday_connects_planner_parent_class)->dispose (object);
}

static void
payday_connects_planner_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  PaydayConnectsPlanner *self = PAYDAY_CONNECTS_PLANNER (object);

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
payday_connects_planner_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  PaydayConnectsPlanner *self = PAYDAY_CONNECTS_PLANNER (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      payday_connects_planner_set_document (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
payday_connects_planner_class_init (PaydayConnectsPlannerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = payday_connects_planner_dispose;
  object_class->get_property = payday_connects_planner_get_property;
  object_class->set_property = payday_connects_planner_set_property;

  properties [PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL,
                         PAYDAY_TYPE_DOCUMENT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/payday/Payday/ui/payday-connects-planner.ui");
  gtk_widget_class_bind_template_child (widget_class, PaydayConnectsPlanner, spin_rate);
  gtk_widget_class_bind_template_child (widget_class, PaydayConnectsPlanner, spin_connects);
  gtk_widget_class_bind_template_child (widget_class, PaydayConnectsPlanner, spin_boost);
  gtk_widget_class_bind_template_child (widget_class, PaydayConnectsPlanner, spin_invites);
  gtk_widget_class_bind_template_child (widget_class, PaydayConnectsPlanner, spin_win);
  gtk_widget_class_bind_template_child (widget_class, PaydayConnectsPlanner, needed_label);
  gtk_widget_class_bind_template_child_full (widget_class, "basic_row", FALSE,
                                             G_STRUCT_OFFSET (PaydayConnectsPlanner, option_rows[PAYDAY_SUPPLY_BASIC]));
  gtk_widget_class_bind_template_child_full (widget_class, "plus_row", FALSE,
                                             G_STRUCT_OFFSET (PaydayConnectsPlanner, option_rows[PAYDAY_SUPPLY_PLUS]));
  gtk_widget_class_bind_template_child_full (widget_class, "basic_cost", FALSE,
                                             G_STRUCT_OFFSET (PaydayConnectsPlanner, option_costs[PAYDAY_SUPPLY_BASIC]));
  gtk_widget_class_bind_template_child_full (widget_class, "plus_cost", FALSE,
                                             G_STRUCT_OFFSET (PaydayConnectsPlanner, option_costs[PAYDAY_SUPPLY_PLUS]));
  gtk_widget_class_bind_template_child_full (widget_class, "basic_pill", FALSE,
                                             G_STRUCT_OFFSET (PaydayConnectsPlanner, option_pills[PAYDAY_SUPPLY_BASIC]));
  gtk_widget_class_bind_template_child_full (widget_class, "plus_pill", FALSE,
                                             G_STRUCT_OFFSET (PaydayConnectsPlanner, option_pills[PAYDAY_SUPPLY_PLUS]));
  gtk_widget_class_bind_template_callback (widget_class, input_changed);

  gtk_widget_class_install_action (widget_class, "planner.use-history", NULL, use_history_action);
}

static void
payday_connects_planner_init (PaydayConnectsPlanner *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  document_changed_cb (self);
}

PaydayDocument *
payday_connects_planner_get_document (PaydayConnectsPlanner *self)
{
  g_return_val_if_fail (PAYDAY_IS_CONNECTS_PLANNER (self), NULL);

  return self->document;
}

void
payday_connects_planner_set_document (PaydayConnectsPlanner *self,
                                      PaydayDocument        *document)
{
  g_return_if_fail (PAYDAY_IS_CONNECTS_PLANNER (self));
  g_return_if_fail (!document || PAYDAY_IS_DOCUMENT (document));

  if (self->document == document)
    return;

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_func (self->document, G_CALLBACK (document_changed_cb), self);

  g_set_object (&self->document, document);
  self->touched = FALSE;

  if (document != NULL)
    g_signal_connect_object (document, "changed", G_CALLBACK (document_changed_cb),
                             self, G_CONNECT_SWAPPED);

  document_changed_cb (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DOCUMENT]);
}
