/* payday-simulator-chart.c — the simulator chart: timeline lanes over cumulative cash
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "payday-report-private.h"
#include "payday-simulator-chart.h"

/* One function fills the chart for the window, the SVG and the PNG export alike, so what
 * a file shows is what the screen shows. */

/* How far before today the timeline reaches: far enough to show the work, review and hold
 * of what is still on its way, not the whole history of a long plan. */
#define PAST_DAYS_MAX 42

static char *
format_day (PaydayDate date)
{
  g_autoptr(GDateTime) dt = NULL;

  if (!payday_date_is_set (date))
    return g_strdup ("—");

  dt = payday_date_to_date_time (date);
  /* Translators: a date in the chart's texts, see g_date_time_format() */
  return g_date_time_format (dt, _("%b %-d, %Y"));
}

/* The first day worth showing: the earliest phase of any item not yet available at the
 * simulation's first day, at most PAST_DAYS_MAX days back. */
static PaydayDate
timeline_start (const PaydaySchedule  *schedule,
                const PaydaySimResult *result)
{
  PaydayDate from = result->from;

  for (guint i = 0; schedule->items != NULL && i < schedule->items->len; i++)
    {
      const PaydayItem *item = &g_array_index (schedule->items, PaydayItem, i);
      PaydayChartSpan span;

      if (!payday_date_is_set (item->available_on) || item->available_on < result->from)
        continue;

      payday_chart_span_from_item (item, i, &span);
      for (guint ph = 0; ph < PAYDAY_CHART_N_PHASES; ph++)
        if (payday_date_is_set (span.start[ph]) && span.end[ph] > span.start[ph])
          from = MIN (from, span.start[ph]);
    }

  return MAX (from, result->from - PAST_DAYS_MAX);
}

/* The actuals the real cash line adds up: money from a transaction history (a weekly
 * summary describes work, and its amounts are gross) that mirrors what the forecast
 * counts — client payments less Upwork's fee and refunds. Withdrawals (money leaving for
 * the bank), Connects, membership, taxes and adjustments are not in the forecast either. */
static gboolean
actual_is_cash (const PaydayActual *actual)
{
  if (actual->source != PAYDAY_ACTUAL_FROM_TRANSACTIONS)
    return FALSE;

  switch (actual->kind)
    {
    case PAYDAY_ACTUAL_HOURLY:
    case PAYDAY_ACTUAL_FIXED:
    case PAYDAY_ACTUAL_BONUS:
    case PAYDAY_ACTUAL_REFUND:
    case PAYDAY_ACTUAL_FEE:
      return TRUE;

    case PAYDAY_ACTUAL_WITHDRAWAL:
    case PAYDAY_ACTUAL_WITHDRAWAL_FEE:
    case PAYDAY_ACTUAL_MEMBERSHIP:
    case PAYDAY_ACTUAL_CONNECTS:
    case PAYDAY_ACTUAL_TAX:
    case PAYDAY_ACTUAL_ADJUSTMENT:
    case PAYDAY_ACTUAL_OTHER:
    case PAYDAY_N_ACTUAL_KINDS:
    default:
      return FALSE;
    }
}

/* The real cash line: net received through each day of [from, to], counted over the whole
 * history like the forecast's lines (which start from every item already available).
 * Returns the number of days it covers (through today or the last such actual in the
 * range, whichever is later), 0 when no such actual falls in the range. */
static guint
received_by_day (const PaydayPlan *plan,
                 PaydayDate        from,
                 PaydayDate        to,
                 PaydayDate        today,
                 double          **out)
{
  g_autofree PaydayCents *delta = NULL;
  PaydayDate last = PAYDAY_DATE_NONE;
  guint n_days;
  PaydayCents sum = 0;

  *out = NULL;
  if (plan == NULL || plan->actuals == NULL || to < from)
    return 0;

  delta = g_new0 (PaydayCents, (gsize) (to - from) + 1);
  for (guint i = 0; i < plan->actuals->len; i++)
    {
      const PaydayActual *actual = &g_array_index (plan->actuals, PaydayActual, i);

      if (!actual_is_cash (actual) || actual->date > to)
        continue;
      if (actual->date < from)
        {
          sum += actual->amount_cents;
          continue;
        }
      delta[actual->date - from] += actual->amount_cents;
      last = payday_date_is_set (last) ? MAX (last, actual->date) : actual->date;
    }
  if (!payday_date_is_set (last))
    return 0;

  n_days = (guint) (MIN (MAX (last, today), to) - from) + 1;
  *out = g_new (double, n_days);
  for (guint d = 0; d < n_days; d++)
    {
      sum += delta[d];
      (*out)[d] = (double) sum;
    }

  return n_days;
}

/**
 * payday_simulator_chart_build:
 * @chart: the chart to fill; its palette and font are kept
 * @schedule: the deterministic schedule the simulation ran on
 * @result: the simulation's result
 *
 * Replaces @chart's content with the simulator chart: a timeline lane per contract (each
 * hourly week and milestone from its work through client review and the security hold to
 * the day the money is available) and a lane of the withdrawals (each transfer to the day
 * it is in the bank, payday_chart_timeline_add_payouts()) above the cumulative net available by day — the schedule
 * as a step line (#PAYDAY_SIMULATOR_SERIES_SCHEDULED) and the Monte Carlo median with its
 * P10–P90 band (#PAYDAY_SIMULATOR_SERIES_P50). The range runs from up to six weeks before
 * the simulation's first day (for items still under way) through its last day; the view
 * is reset to it.
 *
 * When the plan holds imported transactions in that range, the real cash line is added
 * (#PAYDAY_SIMULATOR_SERIES_RECEIVED): client payments less fees and refunds, cumulative
 * over the whole history like the forecast, by the day Upwork booked them; the range then
 * always starts six weeks back (docs/import.md).
 */
void
payday_simulator_chart_build (PaydayChart           *chart,
                              const PaydaySchedule  *schedule,
                              const PaydaySimResult *result)
{
  g_autofree double *x = NULL;
  g_autofree double *scheduled = NULL;
  g_autofree double *p10 = NULL;
  g_autofree double *p50 = NULL;
  g_autofree double *p90 = NULL;
  g_autofree double *received = NULL;
  g_autofree double *received_x = NULL;
  PaydayDate start;
  guint n_received;
  guint series;

  g_return_if_fail (PAYDAY_IS_CHART (chart));
  g_return_if_fail (schedule != NULL);
  g_return_if_fail (result != NULL && result->n_days > 0);

  /* Imported payments of the last weeks show them, even when nothing is under way then. */
  start = MIN (timeline_start (schedule, result), result->from - PAST_DAYS_MAX);
  n_received = received_by_day (schedule->plan, start, result->to, schedule->today, &received);
  if (n_received == 0)
    start = timeline_start (schedule, result);

  x = g_new (double, result->n_days);
  scheduled = g_new (double, result->n_days);
  p10 = g_new (double, result->n_days);
  p50 = g_new (double, result->n_days);
  p90 = g_new (double, result->n_days);
  for (guint i = 0; i < result->n_days; i++)
    {
      x[i] = (double) (result->from + (PaydayDate) i);
      scheduled[i] = (double) result->scheduled[i];
      p10[i] = (double) result->p10[i];
      p50[i] = (double) result->p50[i];
      p90[i] = (double) result->p90[i];
    }

  payday_chart_clear (chart);
  payday_chart_set_title (chart, _("Cash available"));
  payday_chart_set_range (chart, start, result->to);
  payday_chart_set_today (chart, schedule->today);

  payday_chart_timeline_from_schedule (chart, schedule);
  {
    g_autoptr(PaydayPayouts) payouts = payday_payouts_compute (schedule);

    /* The last step of the money, under the contracts: item indices after the schedule's. */
    payday_chart_timeline_add_payouts (chart, payouts, schedule->items->len);
  }

  series = payday_chart_add_series (chart, _("Scheduled"), PAYDAY_CHART_SERIES_STEP,
                                    x, scheduled, result->n_days);
  g_assert (series == PAYDAY_SIMULATOR_SERIES_SCHEDULED);
  series = payday_chart_add_series (chart, _("Median (P50)"), PAYDAY_CHART_SERIES_LINE,
                                    x, p50, result->n_days);
  g_assert (series == PAYDAY_SIMULATOR_SERIES_P50);
  payday_chart_series_set_band (chart, series, _("P10–P90"), p10, p90);

  if (n_received > 0)
    {
      received_x = g_new (double, n_received);
      for (guint d = 0; d < n_received; d++)
        received_x[d] = (double) (start + (PaydayDate) d);
      series = payday_chart_add_series (chart, _("Received"), PAYDAY_CHART_SERIES_STEP,
                                        received_x, received, n_received);
      g_assert (series == PAYDAY_SIMULATOR_SERIES_RECEIVED);
    }
}

/**
 * payday_simulator_chart_summary:
 * @result: a simulation result
 *
 * Returns: (transfer full): one sentence on the last simulated day: "By Mar 4, 2027,
 *   expect between $X (P10) and $Y (P90); scheduled $Z."
 */
char *
payday_simulator_chart_summary (const PaydaySimResult *result)
{
  g_autofree char *day = NULL;
  g_autofree char *lo = NULL;
  g_autofree char *hi = NULL;
  g_autofree char *sched = NULL;
  guint last;

  g_return_val_if_fail (result != NULL && result->n_days > 0, NULL);

  last = result->n_days - 1;
  day = format_day (result->to);
  lo = payday_money_format (result->p10[last]);
  hi = payday_money_format (result->p90[last]);
  sched = payday_money_format (result->scheduled[last]);

  /* Translators: the simulator's one-line summary: a date, then three amounts */
  return g_strdup_printf (_("By %s, expect between %s (P10) and %s (P90); scheduled %s."),
                          day, lo, hi, sched);
}

static void
append_date (GString    *str,
             const char *label,
             PaydayDate  date)
{
  g_autofree char *day = NULL;

  if (!payday_date_is_set (date))
    return;
  day = format_day (date);
  g_string_append_printf (str, "\n%s: %s", label, day);
}

/* The hover text of a withdrawal on the timeline: what leaves Upwork, the fee, what reaches
 * the bank and when. The projection is redone here (a millisecond) rather than kept. */
static char *
describe_payout (const PaydaySchedule *schedule,
                 guint                 row_index)
{
  g_autoptr(PaydayPayouts) payouts = payday_payouts_compute (schedule);
  const PaydayPayout *row;
  g_autofree char *amount = NULL;
  g_autofree char *fee = NULL;
  g_autofree char *received = NULL;
  g_autofree char *leaves = NULL;
  g_autofree char *arrives = NULL;

  if (row_index >= payouts->rows->len)
    return NULL;

  row = &g_array_index (payouts->rows, PaydayPayout, row_index);
  amount = payday_money_format (row->amount_cents);
  fee = payday_money_format (row->fee_cents);
  received = payday_money_format (row->received_cents);
  leaves = format_day (row->date);
  arrives = format_day (row->arrives_on);

  return g_strdup_printf (row->kind == PAYDAY_PAYOUT_PROJECTED
                          /* Translators: the method; the day, the amount; the fee; what is
                           * received; the day it is in the bank */
                          ? _("Withdrawal by %s (projected)\nLeaves Upwork: %s, %s\nFee: %s\nIn your bank: %s on %s")
                          /* Translators: the method; the day, the amount; the fee; what is
                           * received; the day it is in the bank */
                          : _("Withdrawal by %s\nLeft Upwork: %s, %s\nFee: %s\nIn your bank: %s on %s"),
                          payday_withdrawal_method_label (payouts->method), leaves, amount, fee,
                          received, arrives);
}

/**
 * payday_simulator_describe_item:
 * @schedule: a schedule
 * @item_index: an item of `schedule->items`
 *
 * The hover text of a timeline item: contract, kind, work period, charged, released and
 * available dates, gross, fee and net, status, and whether it is unfunded or disputed.
 *
 * Indices after the schedule's items are the withdrawals' lane: their text says what leaves
 * Upwork, the fee, and what reaches the bank on which day.
 *
 * Returns: (transfer full) (nullable): the text, %NULL for an index out of range
 */
char *
payday_simulator_describe_item (const PaydaySchedule *schedule,
                                guint                 item_index)
{
  const PaydayItem *item;
  const PaydayContract *contract = NULL;
  g_autofree char *gross = NULL;
  g_autofree char *fee = NULL;
  g_autofree char *net = NULL;
  GString *str;

  g_return_val_if_fail (schedule != NULL, NULL);

  if (schedule->items == NULL)
    return NULL;
  if (item_index >= schedule->items->len)
    return describe_payout (schedule, item_index - schedule->items->len);

  item = &g_array_index (schedule->items, PaydayItem, item_index);
  if (schedule->plan != NULL && item->contract_index < schedule->plan->contracts->len)
    contract = &g_array_index (schedule->plan->contracts, PaydayContract, item->contract_index);

  str = g_string_new (contract != NULL && contract->title != NULL && contract->title[0]
                      ? contract->title : item->contract_id ? item->contract_id : "");
  g_string_append (str, "\n");

  switch (item->kind)
    {
    case PAYDAY_ITEM_HOURLY_WEEK:
      {
        g_autofree char *start = format_day (item->period_start);

        if (item->projected)
          g_string_append_printf (str, _("Planned hourly week of %s"), start);
        else
          g_string_append_printf (str, _("Hourly week of %s"), start);
      }
      break;

    case PAYDAY_ITEM_MILESTONE:
      {
        const PaydayMilestone *milestone = NULL;

        if (contract != NULL && contract->milestones != NULL && item->source_index >= 0 &&
            (guint) item->source_index < contract->milestones->len)
          milestone = &g_array_index (contract->milestones, PaydayMilestone,
                                      item->source_index);
        if (milestone != NULL && milestone->title != NULL && milestone->title[0])
          g_string_append_printf (str, _("Milestone: %s"), milestone->title);
        else
          g_string_append (str, _("Milestone"));
      }
      break;

    case PAYDAY_ITEM_BONUS:
      g_string_append (str, _("Bonus"));
      break;

    default:
      g_assert_not_reached ();
    }

  if (item->kind != PAYDAY_ITEM_BONUS && payday_date_is_set (item->period_end))
    {
      g_autofree char *a = format_day (payday_date_is_set (item->period_start)
                                       ? item->period_start : item->period_end);
      g_autofree char *b = format_day (item->period_end);

      g_string_append_printf (str, "\n%s: %s – %s", _("Work"), a, b);
    }
  append_date (str, _("Charged"), item->charged_on);
  append_date (str, _("Released"), item->released_on);
  append_date (str, _("Available"), item->available_on);

  gross = payday_money_format (item->gross_cents);
  fee = payday_money_format (item->fee_cents);
  net = payday_money_format (item->net_cents);
  g_string_append_printf (str, "\n%s %s · %s %s · %s %s",
                          _("Gross"), gross, _("Fee"), fee, _("Net"), net);
  g_string_append_printf (str, "\n%s: %s", _("Status"), payday_status_get_title (item->status));

  if (item->unfunded)
    g_string_append_printf (str, "\n%s", _("Not funded: no escrow protection"));
  if (item->unpaid_minutes > 0)
    g_string_append_printf (str, "\n%s", _("Hours disputed"));
  if (item->top_rated_fast)
    g_string_append_printf (str, "\n%s", _("Security hold skipped (Top Rated)"));

  return g_string_free (str, FALSE);
}

/**
 * payday_simulator_chart_render:
 * @schedule: the schedule the simulation ran on
 * @result: its result
 * @svg: %TRUE for SVG, %FALSE for PNG
 * @length: (out): the byte count
 * @error: where a failure is reported
 *
 * Draws the chart of payday_simulator_chart_build() in the light palette at
 * #PAYDAY_SIMULATOR_EXPORT_WIDTH × #PAYDAY_SIMULATOR_EXPORT_HEIGHT on a cairo SVG or image
 * surface — the drawing code of the window.
 *
 * Returns: (transfer full) (nullable): the file's bytes
 */
char *
payday_simulator_chart_render (const PaydaySchedule  *schedule,
                               const PaydaySimResult *result,
                               gboolean               svg,
                               gsize                 *length,
                               GError               **error)
{
  const int width = PAYDAY_SIMULATOR_EXPORT_WIDTH;
  const int height = PAYDAY_SIMULATOR_EXPORT_HEIGHT;
  g_autoptr(PaydayChart) chart = payday_chart_new ();
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  PaydayChartPalette palette;
  cairo_status_t status;

  g_return_val_if_fail (schedule != NULL, NULL);
  g_return_val_if_fail (result != NULL, NULL);
  g_return_val_if_fail (length != NULL, NULL);

  /* A file has no theme to follow: the light palette on an opaque background. */
  payday_chart_palette_init (&palette, FALSE);
  payday_chart_set_palette (chart, &palette);
  payday_simulator_chart_build (chart, schedule, result);

  status = payday_chart_render_to_stream (chart, svg, width, height,
                                          payday_report_append_bytes, bytes);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "could not draw the chart: %s",
                   cairo_status_to_string (status));
      return NULL;
    }

  *length = bytes->len;
  return (char *) g_byte_array_free (g_steal_pointer (&bytes), FALSE);
}
