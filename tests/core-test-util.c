/* core-test-util.c — what tests without widgets share: plans built in C, temporary folders
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "core-test-util.h"

/**
 * payday_test_date:
 * @text: (nullable): "YYYY-MM-DD"
 *
 * Returns: the day, or %PAYDAY_DATE_NONE for %NULL; a text that is no date fails the test
 */
PaydayDate
payday_test_date (const char *text)
{
  PaydayDate date = PAYDAY_DATE_NONE;

  if (text == NULL)
    return PAYDAY_DATE_NONE;
  g_assert_true (payday_date_parse (text, &date));
  return date;
}

/**
 * payday_test_plan_at:
 *
 * Returns: (transfer full): an empty plan judged at @today
 */
PaydayPlan *
payday_test_plan_at (const char *today)
{
  PaydayPlan *plan = payday_plan_new ();

  plan->today = D (today);
  return plan;
}

/**
 * payday_test_add_client:
 * @name: (nullable): the client's name; %NULL names it after its id
 * @billed_before: lifetime billings before the plan (the sliding fee's tier)
 *
 * Adds a payment-verified client.
 *
 * Returns: (transfer none): the client, valid until the next one is added
 */
PaydayClient *
payday_test_add_client (PaydayPlan  *plan,
                        const char  *id,
                        const char  *name,
                        PaydayCents  billed_before)
{
  PaydayClient client = { g_strdup (id), g_strdup (name ? name : id), TRUE, billed_before, NULL };

  g_array_append_val (plan->clients, client);
  return &g_array_index (plan->clients, PaydayClient, plan->clients->len - 1);
}

/**
 * payday_test_add_contract:
 * @client: (nullable): the client's id
 * @rate_cents: the hourly rate (unused by a fixed-price contract)
 *
 * Adds a contract titled after its id that started on 2013-01-07, a Monday long before any
 * test's today, so only the test's own weeks and milestones bound it.
 *
 * Returns: (transfer none): the contract, valid until the next one is added
 */
PaydayContract *
payday_test_add_contract (PaydayPlan         *plan,
                          const char         *id,
                          const char         *client,
                          PaydayContractType  type,
                          PaydayCents         rate_cents)
{
  PaydayContract *contract;

  g_array_set_size (plan->contracts, plan->contracts->len + 1);
  contract = &g_array_index (plan->contracts, PaydayContract, plan->contracts->len - 1);
  payday_contract_init (contract, type);
  contract->id = g_strdup (id);
  contract->title = g_strdup (id);
  contract->client = g_strdup (client);
  contract->rate_cents = rate_cents;
  contract->start = D ("2013-01-07");

  return contract;
}

/**
 * payday_test_add_week:
 * @monday: the week's first day; another day fails the test
 * @hours: the hours, in hundredths
 * @disputed: the disputed part of @hours, in hundredths
 * @outcome: how the dispute ended
 */
void
payday_test_add_week (PaydayContract       *contract,
                      const char           *monday,
                      gint64                hours,
                      gint64                disputed,
                      PaydayDisputeOutcome  outcome)
{
  PaydayWeek week = { D (monday), hours, 0, disputed, outcome, NULL };

  g_assert_cmpint (payday_date_weekday (week.week_start), ==, 1);
  g_array_append_val (contract->weeks, week);
}

/**
 * payday_test_add_milestone:
 * @funded: (nullable): @due, @submitted and @approved likewise
 *
 * Adds an active milestone titled after its id, paid in full.
 *
 * Returns: (transfer none): the milestone, valid until the next one is added
 */
PaydayMilestone *
payday_test_add_milestone (PaydayContract *contract,
                           const char     *id,
                           PaydayCents     amount,
                           const char     *funded,
                           const char     *due,
                           const char     *submitted,
                           const char     *approved)
{
  PaydayMilestone m = {
    g_strdup (id), g_strdup (id), amount, D (funded), D (due), D (submitted), D (approved),
    PAYDAY_NONE, PAYDAY_MILESTONE_ACTIVE, NULL,
  };

  g_array_append_val (contract->milestones, m);
  return &g_array_index (contract->milestones, PaydayMilestone, contract->milestones->len - 1);
}

void
payday_test_add_bonus (PaydayContract *contract,
                       const char     *id,
                       const char     *date,
                       PaydayCents     amount)
{
  PaydayBonus bonus = { g_strdup (id), D (date), amount, NULL };

  g_array_append_val (contract->bonuses, bonus);
}

/**
 * payday_test_remove_tree:
 *
 * Removes @path and, for a folder, everything in it (symbolic links are removed, not
 * followed): a test's temporary folder, gone whatever it left there.
 */
void
payday_test_remove_tree (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          payday_test_remove_tree (child);
        }
      g_rmdir (path);
    }
  else
    g_unlink (path);
}
