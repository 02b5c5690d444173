/* payday-compare-page-results.c — the Compare page's results: both options' figures and the chart
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "payday-compare-page-private.h"
#include "payday-ui-util.h"

void
payday_compare_page_describe_behaviour (PaydayComparePage *self)
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
/* ---------------------------------------------------------------------------------------- */
/* results */

static char *
days_text (gint32 days)
{
  if (days == PAYDAY_NONE)
    return g_strdup ("—");
  return g_strdup_printf (ngettext ("%d day", "%d days", days), days);
}

static void
show_option (PaydayComparePage         *self,
             OptionView                *view,
             const PaydayCompareOption *option,
             const PaydayCompareOption *other)
{
  g_autofree char *days = days_text (option->days_median);
  g_autofree char *p90 = days_text (option->days_p90);
  g_autofree char *days_detail = NULL;
  g_autofree char *net = payday_ui_format_money (option->net_cents);
  g_autofree char *gross = payday_ui_format_money (option->gross_cents);
  g_autofree char *net_detail = NULL;
  g_autofree char *waiting = payday_ui_format_money (option->waiting_peak_cents);
  g_autofree char *unprotected = payday_ui_format_money (option->unprotected_cents);
  g_autofree char *fee = payday_ui_format_money (option->fee_cents);
  g_autofree char *fee_detail = NULL;
  g_autofree char *waiting_detail = NULL;
  gboolean faster, richer;

  gtk_label_set_label (view->days, days);
  /* Translators: under the median days to cash */
  days_detail = option->paid ? g_strdup_printf (_("median · P90 %s"), p90)
                             : g_strdup (_("no payment"));
  gtk_label_set_label (view->days_detail, days_detail);

  gtk_label_set_label (view->net, net);
  /* Translators: under the net: the gross it comes from */
  net_detail = g_strdup_printf (_("of %s billed"), gross);
  gtk_label_set_label (view->net_detail, net_detail);

  gtk_label_set_label (view->waiting, waiting);
  if (payday_date_is_set (option->waiting_peak_on))
    {
      g_autofree char *on = payday_ui_format_date (option->waiting_peak_on, self->result->from);

      /* Translators: when the most money waits for review or the security hold */
      waiting_detail = g_strdup_printf (_("Done, not yet available; most on %s"), on);
    }
  else
    waiting_detail = g_strdup (_("Done, not yet available"));
  adw_action_row_set_subtitle (view->waiting_row, waiting_detail);

  gtk_label_set_label (view->unprotected, unprotected);
  if (option->unprotected_cents > 0)
    gtk_widget_add_css_class (GTK_WIDGET (view->unprotected), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (view->unprotected), "error");

  gtk_label_set_label (view->fee, fee);
  if (option->gross_cents > 0)
    {
      double percent = 100.0 * (double) option->fee_cents / (double) option->gross_cents;

      /* Translators: the fee as a share of what the option bills */
      fee_detail = g_strdup_printf (_("%.1f%% of the gross"), percent);
    }
  adw_action_row_set_subtitle (view->fee_row, fee_detail != NULL ? fee_detail : "");

  /* The better figure of the two is marked. */
  faster = option->paid && (!other->paid || option->days_median < other->days_median);
  richer = option->net_cents > other->net_cents;
  if (faster)
    gtk_widget_add_css_class (view->days_card, "compare-better");
  else
    gtk_widget_remove_css_class (view->days_card, "compare-better");
  if (richer)
    gtk_widget_add_css_class (view->net_card, "compare-better");
  else
    gtk_widget_remove_css_class (view->net_card, "compare-better");
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

void
payday_compare_page_show_result (PaydayComparePage *self)
{
  const PaydayCompareResult *r = self->result;
  g_autofree char *text = payday_compare_result_describe (r, payday_ui_format_money);
  g_autofree char *verdict = g_markup_escape_text (text, -1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->verdict_row), verdict);
  show_option (self, &self->hourly, &r->hourly, &r->fixed);
  show_option (self, &self->fixed, &r->fixed, &r->hourly);
  show_chart (self);
  payday_compare_page_describe_behaviour (self);
}
