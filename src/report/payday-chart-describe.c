/* payday-chart-describe.c — plain-text accounts of the chart and of a hit, for screen readers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "payday-chart-private.h"

static char *
format_day (double day)
{
  char buf[PAYDAY_DATE_BUF];

  return g_strdup (payday_date_format ((PaydayDate) floor (day), buf));
}

/**
 * payday_chart_describe_hit:
 * @hit: from payday_chart_hit_test()
 *
 * The default hover text when the caller has none: the point's date and value, or the
 * span's lane and phases.
 *
 * Returns: (transfer full) (nullable): the text
 */
char *
payday_chart_describe_hit (PaydayChart          *self,
                           const PaydayChartHit *hit)
{
  static const char *phase_names[] = { N_("Work"), N_("Client review"), N_("Security hold") };

  g_return_val_if_fail (PAYDAY_IS_CHART (self), NULL);
  g_return_val_if_fail (hit != NULL, NULL);

  if (hit->kind == PAYDAY_CHART_HIT_POINT && hit->series < self->series->len)
    {
      Series *s = g_ptr_array_index (self->series, hit->series);
      g_autofree char *day = format_day (hit->x);
      g_autofree char *value = payday_chart_format_value (self, hit->y);
      GString *str = g_string_new (NULL);

      g_string_append_printf (str, "%s\n%s: %s", day, s->label, value);
      if (s->low != NULL && hit->index < s->n)
        {
          g_autofree char *lo = payday_chart_format_value (self, s->low[hit->index]);
          g_autofree char *hi = payday_chart_format_value (self, s->high[hit->index]);

          g_string_append_printf (str, "\n%s: %s – %s",
                                  s->band_label ? s->band_label : "", lo, hi);
        }
      return g_string_free (str, FALSE);
    }

  if (hit->kind == PAYDAY_CHART_HIT_SPAN && hit->index < self->spans->len)
    {
      const PaydayChartSpan *span = &g_array_index (self->spans, PaydayChartSpan, hit->index);
      GString *str = g_string_new (span->lane < self->lanes->len
                                   ? (const char *) g_ptr_array_index (self->lanes, span->lane)
                                   : "");

      gboolean withdrawal = (span->flags & PAYDAY_CHART_SPAN_WITHDRAWAL) != 0;

      for (guint ph = 0; ph < PAYDAY_CHART_N_PHASES; ph++)
        {
          g_autofree char *a = NULL;
          g_autofree char *b = NULL;

          if (!payday_date_is_set (span->start[ph]) || span->end[ph] <= span->start[ph])
            continue;
          a = format_day (span->start[ph]);
          b = format_day (span->end[ph] - 1);
          g_string_append_printf (str, "\n%s: %s – %s",
                                  withdrawal ? _("Transfer") : _(phase_names[ph]), a, b);
        }
      if (payday_date_is_set (span->available_on))
        {
          g_autofree char *a = format_day (span->available_on);

          g_string_append_printf (str, "\n%s: %s", withdrawal ? _("In your bank") : _("Available"),
                                  a);
        }
      if (span->flags & PAYDAY_CHART_SPAN_UNFUNDED)
        g_string_append_printf (str, "\n%s",
                                _("Not funded: no escrow protection"));
      if (span->flags & PAYDAY_CHART_SPAN_DISPUTED)
        g_string_append_printf (str, "\n%s", _("Hours disputed"));
      if (span->flags & PAYDAY_CHART_SPAN_PROJECTED)
        g_string_append_printf (str, "\n%s", _("Projected"));
      return g_string_free (str, FALSE);
    }

  return NULL;
}

/**
 * payday_chart_describe:
 *
 * A plain-text account of the chart for screen readers and reports: the range shown,
 * each series' last value (and band), the lanes with their item counts.
 *
 * Returns: (transfer full): the text
 */
char *
payday_chart_describe (PaydayChart *self)
{
  GString *str;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree guint *counts = NULL;

  g_return_val_if_fail (PAYDAY_IS_CHART (self), NULL);

  str = g_string_new (NULL);
  from = format_day (self->view_from);
  to = format_day (MAX (self->view_from, self->view_to - 1));

  if (self->title != NULL && self->title[0])
    g_string_append_printf (str, "%s. ", self->title);
  g_string_append_printf (str, _("From %s to %s."), from, to);
  if (payday_date_is_set (self->today))
    {
      g_autofree char *today = format_day (self->today);

      g_string_append_printf (str, " %s %s.", _("Today:"), today);
    }

  for (guint i = 0; i < self->series->len; i++)
    {
      Series *s = g_ptr_array_index (self->series, i);
      g_autofree char *day = NULL;
      g_autofree char *value = NULL;

      if (s->n == 0)
        {
          g_string_append_printf (str, "\n%s: %s.", s->label,
                                  _("no data"));
          continue;
        }
      day = format_day (s->x[s->n - 1]);
      value = payday_chart_format_value (self, s->y[s->n - 1]);
      g_string_append_c (str, '\n');
      /* Translators: a series' last value: "Scheduled: $1,200.00 on 2026-06-30" */
      g_string_append_printf (str, _("%s: %s on %s"), s->label, value, day);
      if (s->low != NULL)
        {
          g_autofree char *lo = payday_chart_format_value (self, s->low[s->n - 1]);
          g_autofree char *hi = payday_chart_format_value (self, s->high[s->n - 1]);

          g_string_append_printf (str, " (%s %s – %s)",
                                  s->band_label ? s->band_label : "", lo, hi);
        }
      g_string_append_c (str, '.');
    }

  if (self->lanes->len > 0)
    {
      counts = g_new0 (guint, self->lanes->len);
      for (guint i = 0; i < self->spans->len; i++)
        {
          const PaydayChartSpan *span = &g_array_index (self->spans, PaydayChartSpan, i);

          if (span->lane < self->lanes->len)
            counts[span->lane]++;
        }
      for (guint l = 0; l < self->lanes->len; l++)
        g_string_append_printf (str,
                                ngettext ("\n%s: %u payment.",
                                             "\n%s: %u payments.", counts[l]),
                                (const char *) g_ptr_array_index (self->lanes, l), counts[l]);
    }

  return g_string_free (str, FALSE);
}
