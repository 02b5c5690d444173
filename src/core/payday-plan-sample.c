/* payday-plan-sample.c — the built-in sample plan, moved to the current week
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "payday-core-resources.h"
#include "payday-error.h"
#include "payday-plan.h"

#define SAMPLE_PATH "/io/github/payday/Payday/sample.payday"

/**
 * payday_plan_load_sample:
 * @today: the date to show the sample at
 * @error: return location for a #GError
 *
 * Loads the sample plan compiled into the core library and moves all its dates by whole
 * weeks so that the sample's own "today" falls in the week of @today: weekdays stay
 * weekdays, logged weeks still start on Mondays, and the story (what is paid, in review,
 * pending) reads the same whenever the app is opened. The plan's `today` is then @today.
 *
 * Returns: (transfer full) (nullable): the sample plan
 */
PaydayPlan *
payday_plan_load_sample (PaydayDate   today,
                         GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(PaydayPlan) plan = NULL;
  gsize length = 0;
  const char *data;

  g_return_val_if_fail (payday_date_is_set (today), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* asked for explicitly: in a static library nothing else would pull the resource in */
  bytes = g_resource_lookup_data (payday_core_get_resource (), SAMPLE_PATH,
                                  G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return NULL;

  data = g_bytes_get_data (bytes, &length);
  plan = payday_plan_load_from_data (data, (gssize) length, error);
  if (plan == NULL)
    return NULL;

  if (payday_date_is_set (plan->today))
    payday_plan_shift_dates (plan, payday_date_monday_of (today) -
                                   payday_date_monday_of (plan->today));
  plan->today = today;

  return g_steal_pointer (&plan);
}
