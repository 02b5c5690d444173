/* payday-proposals-planner.c — the Connects planner: its inputs, prefill and result rows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "payday-planner.h"
#include "payday-proposals-page-private.h"
#include "payday-ui-util.h"

void
payday_proposals_planner_update (PaydayProposalsPage *self)
{
  PaydayPlannerInput input;
  g_autoptr(PaydayPlannerResult) result = NULL;
  const PaydayEdition *edition = NULL;
  g_autofree char *needed = NULL;

  if (payday_proposals_have_plan (self))
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

void
payday_proposals_planner_input_changed (PaydayProposalsPage *self)
{
  if (!self->prefilling)
    self->planner_touched = TRUE;
  payday_proposals_planner_update (self);
}

/* The inputs the plan's own proposals imply: the rate over the weeks since the first one,
 * the average price and boost of the proposals that cost Connects, the invitation share
 * and the win rate. Without proposals: the plan's simulation settings. */
void
payday_proposals_planner_prefill (PaydayProposalsPage *self)
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
  self->planner_touched = FALSE;
}

void
payday_proposals_planner_history_action (GtkWidget  *widget,
                                         const char *action_name,
                                         GVariant   *param)
{
  PaydayProposalsPage *self = PAYDAY_PROPOSALS_PAGE (widget);

  if (payday_proposals_have_plan (self))
    {
      payday_proposals_planner_prefill (self);
      payday_proposals_planner_update (self);
    }
}

GtkWidget *
payday_proposals_planner_result_row_new (const char   *title,
                                         const char   *name,
                                         GtkLabel    **value_out,
                                         GtkWidget   **pill_out)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *value = gtk_label_new ("");

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (pill_out != NULL)
    {
      GtkWidget *pill = gtk_label_new (_("Cheapest"));

      gtk_widget_add_css_class (pill, "status-pill");
      gtk_widget_add_css_class (pill, "cheapest");
      gtk_widget_set_valign (pill, GTK_ALIGN_CENTER);
      gtk_widget_set_visible (pill, FALSE);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), pill);
      *pill_out = pill;
    }
  gtk_widget_set_name (value, name);
  gtk_widget_add_css_class (value, "tabular");
  gtk_widget_add_css_class (value, "row-amount");
  gtk_widget_set_valign (value, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), value);
  *value_out = GTK_LABEL (value);

  return row;
}
