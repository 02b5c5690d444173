/* payday-chart-timeline.c — the chart's lanes: spans from schedule items, packed into rows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "payday-chart-private.h"
#include "payday-plan.h"

static void
set_phase (PaydayChartSpan  *span,
           PaydayChartPhase  phase,
           PaydayDate        start,
           PaydayDate        end)
{
  if (!payday_date_is_set (start) || !payday_date_is_set (end) || end <= start)
    {
      span->start[phase] = PAYDAY_DATE_NONE;
      span->end[phase] = PAYDAY_DATE_NONE;
      return;
    }

  span->start[phase] = start;
  span->end[phase] = end;
}

/**
 * payday_chart_span_from_item:
 * @item: a schedule item
 * @item_index: the item's index in the schedule, kept in the span
 * @span: (out): the span, its lane is the item's contract index
 *
 * The phases, after docs/schedule.md:
 * - hourly week: work Monday–Sunday, review from `charged_on` through `released_on` (the
 *   Monday–Friday review week), security hold until `available_on`;
 * - milestone: work from `funded` (or the submission day when never funded) through
 *   `submitted`, review until `released_on` (the 14-day window, or shorter when approved
 *   early), hold until `available_on`;
 * - bonus: no work or review, a hold from its date until `available_on`.
 */
void
payday_chart_span_from_item (const PaydayItem *item,
                             guint             item_index,
                             PaydayChartSpan  *span)
{
  PaydayDate work_start;

  g_return_if_fail (item != NULL);
  g_return_if_fail (span != NULL);

  memset (span, 0, sizeof *span);
  span->lane = item->contract_index;
  span->item = item_index;
  span->available_on = item->available_on;

  if (item->unfunded)
    span->flags |= PAYDAY_CHART_SPAN_UNFUNDED;
  if (item->unpaid_minutes > 0)
    span->flags |= PAYDAY_CHART_SPAN_DISPUTED;
  if (item->projected)
    span->flags |= PAYDAY_CHART_SPAN_PROJECTED;

  switch (item->kind)
    {
    case PAYDAY_ITEM_HOURLY_WEEK:
      set_phase (span, PAYDAY_CHART_PHASE_WORK, item->period_start, item->period_end + 1);
      set_phase (span, PAYDAY_CHART_PHASE_REVIEW, item->charged_on, item->released_on + 1);
      set_phase (span, PAYDAY_CHART_PHASE_HOLD, item->released_on + 1, item->available_on);
      break;

    case PAYDAY_ITEM_MILESTONE:
      work_start = payday_date_is_set (item->period_start) ? item->period_start
                                                            : item->period_end;
      set_phase (span, PAYDAY_CHART_PHASE_WORK, work_start, item->period_end + 1);
      set_phase (span, PAYDAY_CHART_PHASE_REVIEW, item->period_end + 1, item->released_on + 1);
      set_phase (span, PAYDAY_CHART_PHASE_HOLD, item->released_on + 1, item->available_on);
      if (!item->auto_released)
        span->flags |= PAYDAY_CHART_SPAN_EARLY_APPROVAL;
      break;

    case PAYDAY_ITEM_BONUS:
      set_phase (span, PAYDAY_CHART_PHASE_WORK, PAYDAY_DATE_NONE, PAYDAY_DATE_NONE);
      set_phase (span, PAYDAY_CHART_PHASE_REVIEW, PAYDAY_DATE_NONE, PAYDAY_DATE_NONE);
      set_phase (span, PAYDAY_CHART_PHASE_HOLD, item->released_on, item->available_on);
      break;

    default:
      g_assert_not_reached ();
    }
}

/**
 * payday_chart_timeline_from_schedule:
 * @schedule: a computed schedule
 *
 * Replaces the lanes and spans: one lane per contract of the schedule's plan (in the plan's
 * order, labelled with the contract's title, or its id when untitled), one span per item
 * whose #PaydayChartSpan.item is the item's index in `schedule->items`.
 */
void
payday_chart_timeline_from_schedule (PaydayChart          *self,
                                     const PaydaySchedule *schedule)
{
  g_autoptr(GArray) spans = NULL;
  guint n_contracts;

  g_return_if_fail (PAYDAY_IS_CHART (self));
  g_return_if_fail (schedule != NULL && schedule->plan != NULL);

  g_ptr_array_set_size (self->lanes, 0);
  self->rows_valid = FALSE;
  n_contracts = schedule->plan->contracts->len;
  for (guint i = 0; i < n_contracts; i++)
    {
      const PaydayContract *c = &g_array_index (schedule->plan->contracts, PaydayContract, i);
      const char *label = c->title && c->title[0] ? c->title : c->id;

      g_ptr_array_add (self->lanes, g_strdup (label ? label : ""));
    }

  spans = g_array_sized_new (FALSE, FALSE, sizeof (PaydayChartSpan),
                             schedule->items ? schedule->items->len : 0);
  for (guint i = 0; schedule->items && i < schedule->items->len; i++)
    {
      const PaydayItem *item = &g_array_index (schedule->items, PaydayItem, i);
      PaydayChartSpan span;

      if (item->contract_index >= n_contracts)
        continue;

      payday_chart_span_from_item (item, i, &span);
      g_array_append_val (spans, span);
    }

  payday_chart_set_spans (self, (const PaydayChartSpan *) (gpointer) spans->data, spans->len);
}

/**
 * payday_chart_timeline_add_payouts:
 * @payouts: the plan's withdrawals
 * @first_item: the #PaydayChartSpan.item of the first withdrawal; the others follow
 *
 * Adds a lane "In your bank" below the others, with one span per withdrawal
 * (%PAYDAY_CHART_SPAN_WITHDRAWAL): the transfer from the day the money leaves Upwork to the
 * day before it arrives, and a marker on the day it is in the bank. Projected withdrawals are
 * drawn lighter, like projected payments. Nothing is added when there are no withdrawals.
 */
void
payday_chart_timeline_add_payouts (PaydayChart         *self,
                                   const PaydayPayouts *payouts,
                                   guint                first_item)
{
  g_autoptr(GArray) spans = NULL;
  guint lane;

  g_return_if_fail (PAYDAY_IS_CHART (self));
  g_return_if_fail (payouts != NULL);

  if (payouts->rows->len == 0)
    return;

  lane = payday_chart_add_lane (self, _("In your bank"));
  spans = g_array_sized_new (FALSE, FALSE, sizeof (PaydayChartSpan),
                             self->spans->len + payouts->rows->len);
  g_array_append_vals (spans, self->spans->data, self->spans->len);
  for (guint i = 0; i < payouts->rows->len; i++)
    {
      const PaydayPayout *row = &g_array_index (payouts->rows, PaydayPayout, i);
      PaydayChartSpan span;

      memset (&span, 0, sizeof span);
      span.lane = lane;
      span.item = first_item + i;
      span.flags = PAYDAY_CHART_SPAN_WITHDRAWAL;
      if (row->kind == PAYDAY_PAYOUT_PROJECTED)
        span.flags |= PAYDAY_CHART_SPAN_PROJECTED;
      set_phase (&span, PAYDAY_CHART_PHASE_WORK, PAYDAY_DATE_NONE, PAYDAY_DATE_NONE);
      set_phase (&span, PAYDAY_CHART_PHASE_REVIEW, PAYDAY_DATE_NONE, PAYDAY_DATE_NONE);
      set_phase (&span, PAYDAY_CHART_PHASE_HOLD, row->date, row->arrives_on);
      span.available_on = row->arrives_on;
      g_array_append_val (spans, span);
    }

  payday_chart_set_spans (self, (const PaydayChartSpan *) (gpointer) spans->data, spans->len);
}

/* ---------------------------------------------------------------------------------------- */
/* packing overlapping items into rows */

static int
compare_span_start (gconstpointer a,
                    gconstpointer b,
                    gpointer      data)
{
  const PaydayChartSpan *spans = data;
  double sa, ea, sb, eb;

  payday_chart_span_extent (&spans[*(const guint *) a], &sa, &ea);
  payday_chart_span_extent (&spans[*(const guint *) b], &sb, &eb);

  return sa < sb ? -1 : sa > sb ? 1 : (int) *(const guint *) a - (int) *(const guint *) b;
}

/* Items of one contract overlap in time (a week's review and hold run into the next
 * weeks' work), so each lane packs its items into sub-rows, first fit by start day, one
 * clear day between neighbours so the availability dot does not touch the next bar. */
void
payday_chart_pack_rows (PaydayChart *self)
{
  const PaydayChartSpan *spans = (const PaydayChartSpan *) (gpointer) self->spans->data;
  g_autofree guint *order = NULL;
  g_autoptr(GArray) row_end = g_array_new (FALSE, FALSE, sizeof (double));
  guint n = self->spans->len;

  if (self->rows_valid)
    return;

  g_array_set_size (self->span_rows, n);
  g_array_set_size (self->lane_rows, self->lanes->len);
  for (guint l = 0; l < self->lanes->len; l++)
    g_array_index (self->lane_rows, guint, l) = 1;

  order = g_new (guint, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    order[i] = i;
  g_qsort_with_data (order, n, sizeof (guint), compare_span_start, (gpointer) spans);

  for (guint l = 0; l < self->lanes->len; l++)
    {
      g_array_set_size (row_end, 0);
      for (guint k = 0; k < n; k++)
        {
          const PaydayChartSpan *span = &spans[order[k]];
          double s, e;
          guint row;

          if (span->lane != l)
            continue;
          payday_chart_span_extent (span, &s, &e);
          for (row = 0; row < row_end->len; row++)
            if (g_array_index (row_end, double, row) < s)
              break;
          if (row == row_end->len)
            g_array_append_val (row_end, e);
          else
            g_array_index (row_end, double, row) = e;
          g_array_index (self->span_rows, guint, order[k]) = row;
        }
      g_array_index (self->lane_rows, guint, l) = MAX (1, row_end->len);
    }

  self->rows_valid = TRUE;
}

double
payday_chart_lane_height (PaydayChart *self,
             guint        lane)
{
  guint rows = g_array_index (self->lane_rows, guint, lane);

  return rows <= 1 ? LANE_HEIGHT : rows * ROW_HEIGHT + 8;
}

void
payday_chart_span_extent (const PaydayChartSpan *span,
             double                *start,
             double                *end)
{
  *start = G_MAXDOUBLE;
  *end = -G_MAXDOUBLE;

  for (guint ph = 0; ph < PAYDAY_CHART_N_PHASES; ph++)
    if (payday_date_is_set (span->start[ph]) && span->end[ph] > span->start[ph])
      {
        *start = MIN (*start, span->start[ph]);
        *end = MAX (*end, span->end[ph]);
      }

  if (payday_date_is_set (span->available_on))
    {
      *start = MIN (*start, span->available_on);
      *end = MAX (*end, span->available_on);
    }
}

void
payday_chart_bar_geometry (PaydayChart *self,
              gsize        span_index,
              double      *y,
              double      *h)
{
  const PaydayChartSpan *span = &g_array_index (self->spans, PaydayChartSpan, span_index);
  double top = g_array_index (self->lane_top, double, span->lane);

  if (g_array_index (self->lane_rows, guint, span->lane) <= 1)
    {
      *y = top + (LANE_HEIGHT - BAR_HEIGHT) / 2;
      *h = BAR_HEIGHT;
    }
  else
    {
      *y = top + 4 + g_array_index (self->span_rows, guint, span_index) * ROW_HEIGHT +
           (ROW_HEIGHT - ROW_BAR) / 2;
      *h = ROW_BAR;
    }
}
