/* payday-planner.c — the Connects planner: Connects needed a month and the cheapest way to get them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "payday-planner.h"

static gint64
to_fixed (double value,
          gint64 scale,
          gint64 max)
{
  double scaled;

  if (!isfinite (value) || value <= 0)
    return 0;

  scaled = floor (value * (double) scale + 0.5);
  return scaled >= (double) max ? max : (gint64) scaled;
}

static int
compare_sizes_desc (gconstpointer a,
                    gconstpointer b)
{
  int x = *(const int *) a;
  int y = *(const int *) b;

  return x < y ? 1 : x > y ? -1 : 0;
}

/**
 * payday_connects_cheapest_bundles:
 * @bundle_sizes: (element-type int): the edition's bundle sizes
 * @price_cents: the price of one Connect
 * @need: Connects to cover
 * @counts: (element-type PaydayBundleCount): emptied, then filled with the bundles to buy,
 *   largest size first, only sizes bought
 * @bought: (out): Connects bought (≥ @need)
 * @cost_cents: (out): @bought × @price_cents
 *
 * Finds the cheapest combination of fixed-size bundles whose Connects add up to at least
 * @need. Every bundle is priced at @price_cents a Connect (docs/rules-format.md), so the cheapest
 * combination is the one with the fewest Connects; among those, the fewest bundles.
 *
 * Returns: %FALSE when @need > 0 and there is no bundle to buy
 */
gboolean
payday_connects_cheapest_bundles (const GArray *bundle_sizes,
                                  PaydayCents   price_cents,
                                  gint64        need,
                                  GArray       *counts,
                                  gint64       *bought,
                                  PaydayCents  *cost_cents)
{
  g_autoptr(GArray) sizes = g_array_new (FALSE, FALSE, sizeof (int));
  g_autofree int *fewest = NULL;
  g_autofree int *last = NULL;
  g_autofree gint64 *per_size = NULL;
  gint64 prefill = 0, rest, limit, total = -1;
  int largest;

  g_return_val_if_fail (counts != NULL, FALSE);

  g_array_set_size (counts, 0);
  *bought = 0;
  *cost_cents = 0;

  if (need <= 0)
    return TRUE;

  for (guint i = 0; bundle_sizes != NULL && i < bundle_sizes->len; i++)
    {
      int s = g_array_index (bundle_sizes, int, i);
      gboolean seen = FALSE;

      for (guint j = 0; j < sizes->len; j++)
        seen |= g_array_index (sizes, int, j) == s;
      if (s > 0 && !seen)
        g_array_append_val (sizes, s);
    }
  if (sizes->len == 0)
    return FALSE;

  g_array_sort (sizes, compare_sizes_desc);
  largest = g_array_index (sizes, int, 0);

  /* Some optimal combination holds fewer than `largest` smaller bundles (any `largest` of
   * them contain a subset whose sum is a multiple of `largest`, which that many largest
   * bundles replace), so all but the last largest² Connects can be covered by largest
   * bundles up front, and the exact search stays small whatever @need is. */
  if (need > (gint64) largest * largest)
    prefill = (need - (gint64) largest * largest) / largest;
  rest = need - prefill * largest;
  limit = rest + largest;   /* the fewest Connects ≥ rest lie below rest + largest */

  fewest = g_new (int, limit);
  last = g_new (int, limit);
  fewest[0] = 0;
  last[0] = -1;
  for (gint64 a = 1; a < limit; a++)
    {
      fewest[a] = -1;
      last[a] = -1;
      for (guint j = 0; j < sizes->len; j++)
        {
          int s = g_array_index (sizes, int, j);

          if (s <= a && fewest[a - s] >= 0 && (fewest[a] < 0 || fewest[a - s] + 1 < fewest[a]))
            {
              fewest[a] = fewest[a - s] + 1;
              last[a] = (int) j;
            }
        }
      if (a >= rest && fewest[a] >= 0)
        {
          total = a;
          break;
        }
    }
  g_assert (total >= 0);

  per_size = g_new0 (gint64, sizes->len);
  per_size[0] = prefill;
  for (gint64 a = total; a > 0; a -= g_array_index (sizes, int, last[a]))
    per_size[last[a]]++;

  for (guint j = 0; j < sizes->len; j++)
    {
      if (per_size[j] > 0)
        {
          PaydayBundleCount c = { g_array_index (sizes, int, j), (int) per_size[j] };

          g_array_append_val (counts, c);
        }
    }

  *bought = prefill * largest + total;
  *cost_cents = *bought * price_cents;

  return TRUE;
}

/**
 * payday_planner_result_free:
 * @result: (nullable): a result of payday_planner_compute()
 */
void
payday_planner_result_free (PaydayPlannerResult *result)
{
  if (result == NULL)
    return;

  for (guint i = 0; i < PAYDAY_N_SUPPLY; i++)
    g_clear_pointer (&result->options[i].bundles, g_array_unref);
  g_free (result);
}

static void
fill_option (PaydaySupplyOption   *option,
             const PaydayEdition  *edition,
             gint64                needed,
             int                   included,
             PaydayCents           membership_cents,
             gint64                ppw_hundredths,
             gint64                win_bp)
{
  PaydayCents bundles_cents = 0;
  gint64 bought = 0;

  option->included = included;
  option->membership_cents = membership_cents;
  option->available = payday_connects_cheapest_bundles (edition->connects_bundles,
                                                        edition->connects_price_cents,
                                                        needed - included, option->bundles,
                                                        &bought, &bundles_cents);
  option->bought = bought;
  option->bundles_cents = bundles_cents;

  if (!option->available)
    {
      option->monthly_cents = PAYDAY_NONE;
      option->cost_per_hire_cents = PAYDAY_NONE;
      return;
    }

  option->monthly_cents = membership_cents + bundles_cents;

  /* hires a month = ppw/100 × 52/12 × win/10000, so cost ÷ hires is exact in integers. */
  if (ppw_hundredths > 0 && win_bp > 0)
    option->cost_per_hire_cents =
      payday_div_round_half_up (option->monthly_cents * 12 * 1000000,
                                ppw_hundredths * 52 * win_bp);
  else
    option->cost_per_hire_cents = PAYDAY_NONE;
}

/**
 * payday_planner_compute:
 * @input: the planned proposal rate and costs
 * @edition: the rule edition in effect (payday_rules_edition_for() at today)
 *
 * Connects needed a month = proposals a week × 52/12 × (1 − invite share) × (average
 * Connects + average boost), rounded up; invited proposals cost nothing. Then the monthly cost
 * of each supply: Basic (monthly_free included, the rest in the cheapest bundles) and Plus
 * (plus_price_cents, plus_monthly included, the rest in bundles), the cheapest one marked (Basic
 * on a tie), and each one's cost per hire = monthly cost ÷ (proposals a month × win rate).
 * Each month stands alone: Connects left over from a bought bundle are not carried into the
 * next month's need.
 *
 * Returns: (transfer full): the plan; free with payday_planner_result_free()
 */
PaydayPlannerResult *
payday_planner_compute (const PaydayPlannerInput *input,
                        const PaydayEdition      *edition)
{
  PaydayPlannerResult *result;
  gint64 ppw, cost, invite_bp, win_bp;

  g_return_val_if_fail (input != NULL, NULL);
  g_return_val_if_fail (edition != NULL, NULL);

  ppw = to_fixed (input->proposals_per_week, 100, 100000);
  cost = to_fixed (input->avg_connects, 100, 100000) + to_fixed (input->avg_boost, 100, 100000);
  invite_bp = to_fixed (input->invite_share, 10000, 10000);
  win_bp = to_fixed (input->win_rate, 10000, 10000);

  result = g_new0 (PaydayPlannerResult, 1);
  result->proposals_month_hundredths = payday_div_round_half_up (ppw * 52, 12);
  result->hires_month_millionths = payday_div_round_half_up (ppw * 52 * win_bp, 12);

  /* ppw/100 × 52/12 × (10000 − invite)/10000 × cost/100, rounded up */
  {
    gint64 num = ppw * 52 * (10000 - invite_bp) * cost;
    gint64 den = G_GINT64_CONSTANT (12) * 100 * 10000 * 100;

    result->connects_needed = (num + den - 1) / den;
  }

  for (guint i = 0; i < PAYDAY_N_SUPPLY; i++)
    {
      result->options[i].kind = i;
      result->options[i].bundles = g_array_new (FALSE, TRUE, sizeof (PaydayBundleCount));
    }

  fill_option (&result->options[PAYDAY_SUPPLY_BASIC], edition, result->connects_needed,
               MAX (edition->connects_monthly_free, 0), 0, ppw, win_bp);

  /* An edition with neither a Plus price nor Plus Connects has no Plus membership. */
  if (edition->connects_plus_price_cents > 0 || edition->connects_plus_monthly > 0)
    {
      fill_option (&result->options[PAYDAY_SUPPLY_PLUS], edition, result->connects_needed,
                   MAX (edition->connects_plus_monthly, 0),
                   MAX (edition->connects_plus_price_cents, 0), ppw, win_bp);
    }
  else
    {
      result->options[PAYDAY_SUPPLY_PLUS].available = FALSE;
      result->options[PAYDAY_SUPPLY_PLUS].monthly_cents = PAYDAY_NONE;
      result->options[PAYDAY_SUPPLY_PLUS].cost_per_hire_cents = PAYDAY_NONE;
    }

  result->cheapest = PAYDAY_N_SUPPLY;
  for (guint i = 0; i < PAYDAY_N_SUPPLY; i++)
    {
      const PaydaySupplyOption *o = &result->options[i];

      if (o->available
          && (result->cheapest == PAYDAY_N_SUPPLY
              || o->monthly_cents < result->options[result->cheapest].monthly_cents))
        result->cheapest = i;
    }
  if (result->cheapest != PAYDAY_N_SUPPLY)
    result->options[result->cheapest].cheapest = TRUE;

  return result;
}
