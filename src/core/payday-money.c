/* payday-money.c — integer cents and exact half-up rounding
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "payday-money.h"

/**
 * payday_div_round_half_up:
 * @numerator: any value
 * @denominator: a positive divisor
 *
 * Divides and rounds to the nearest integer, halves upward (towards +∞):
 * 5/2 → 3, −5/2 → −2. Exact in integers; callers keep |numerator| below 2^62.
 */
gint64
payday_div_round_half_up (gint64 numerator,
                          gint64 denominator)
{
  gint64 twice, q;

  g_return_val_if_fail (denominator > 0, 0);

  /* floor ((2n + d) / 2d) */
  twice = 2 * numerator + denominator;
  q = twice / (2 * denominator);
  if (twice % (2 * denominator) != 0 && twice < 0)
    q -= 1;

  return q;
}

/**
 * payday_percent_of:
 * @amount: cents
 * @basis_points: percent × 100
 *
 * Returns: @amount × percent / 100, rounded half up to a cent
 */
gint64
payday_percent_of (PaydayCents amount,
                   gint32      basis_points)
{
  return payday_div_round_half_up (amount * basis_points, 10000);
}

static char *
format_cents (PaydayCents cents,
              gboolean    grouped)
{
  GString *s = g_string_new (NULL);
  guint64 abs_cents = cents < 0 ? (guint64) (-(cents + 1)) + 1 : (guint64) cents;
  g_autofree char *whole = g_strdup_printf ("%" G_GUINT64_FORMAT, abs_cents / 100);
  gsize len = strlen (whole);

  if (cents < 0)
    g_string_append_c (s, '-');
  if (grouped)
    g_string_append_c (s, '$');

  for (gsize i = 0; i < len; i++)
    {
      if (grouped && i > 0 && (len - i) % 3 == 0)
        g_string_append_c (s, ',');
      g_string_append_c (s, whole[i]);
    }

  g_string_append_printf (s, ".%02u", (guint) (abs_cents % 100));

  return g_string_free (s, FALSE);
}

/**
 * payday_money_format:
 *
 * Returns: (transfer full): "$1,234.56" or "-$5.00"
 */
char *
payday_money_format (PaydayCents cents)
{
  return format_cents (cents, TRUE);
}

/**
 * payday_money_format_plain:
 *
 * Returns: (transfer full): "1234.56", for machine-readable output
 */
char *
payday_money_format_plain (PaydayCents cents)
{
  return format_cents (cents, FALSE);
}

/**
 * payday_decimal_to_hundredths:
 * @value: a JSON number such as 12.5 or 0.01
 * @hundredths: (out): @value × 100, exactly
 *
 * JSON numbers arrive as doubles; a value with at most two decimals is within a
 * tiny distance of a whole number of hundredths. Anything else is refused rather
 * than silently rounded.
 *
 * Returns: %TRUE when @value has at most two decimals and fits
 */
gboolean
payday_decimal_to_hundredths (double  value,
                              gint64 *hundredths)
{
  double scaled = value * 100.0;
  double rounded;

  if (!isfinite (scaled) || fabs (scaled) > 9.0e15)
    return FALSE;

  rounded = nearbyint (scaled);
  if (fabs (scaled - rounded) > 1e-6 * MAX (1.0, fabs (scaled)))
    return FALSE;

  *hundredths = (gint64) rounded;
  return TRUE;
}
