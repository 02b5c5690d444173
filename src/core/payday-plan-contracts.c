/* payday-plan-contracts.c — read a plan's contracts: hourly weeks, fixed milestones, bonuses
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "payday-plan-private.h"
#include "payday-plan-loader-private.h"
#include "payday-plan-read-private.h"

static const char * const type_names[] = { "hourly", "fixed", NULL };
static const char * const dispute_names[] = { "pending", "paid", "refunded", NULL };
static const char * const milestone_status_names[] = { "active", "cancelled", "disputed", NULL };

static void
read_bonuses (PaydayReader   *l,
              JsonArray      *array,
              const char     *path,
              PaydayContract *contract)
{
  static const char * const known[] = { "id", "date", "amount_cents", NULL };
  g_autoptr(GHashTable) seen = payday_read_new_seen ();

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *p = payday_read_join_index (path, "bonuses", i);
      JsonObject *o = payday_read_element (l, array, i, p);
      PaydayBonus bonus = { NULL, PAYDAY_DATE_NONE, 0, NULL };

      if (o == NULL)
        continue;
      payday_read_id (l, o, p, "id", TRUE, &bonus.id);
      payday_read_check_unique (l, seen, bonus.id, p);
      payday_read_date (l, o, p, "date", TRUE, &bonus.date);
      payday_read_cents (l, o, p, "amount_cents", TRUE, &bonus.amount_cents);
      bonus.extra = payday_read_collect_extra (o, known);
      g_array_append_val (contract->bonuses, bonus);
    }
}

static void
check_part_of_hours (PaydayReader *l,
                     const char   *path,
                     const char   *name,
                     gint64        part,
                     gint64        hours)
{
  g_autofree char *p = NULL;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  if (part <= hours)
    return;

  p = payday_read_join (path, name);
  a = payday_read_hundredths_text (part);
  b = payday_read_hundredths_text (hours);
  payday_read_problem (l, p, "%s is more than hours %s", a, b);
}

static void
read_weeks (PaydayReader   *l,
            JsonArray      *array,
            const char     *path,
            PaydayContract *contract)
{
  static const char * const known[] = {
    "week_start", "hours", "manual_hours", "disputed_hours", "dispute_outcome", "billed_cents",
    NULL
  };
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *p = payday_read_join_index (path, "weeks", i);
      JsonObject *o = payday_read_element (l, array, i, p);
      PaydayWeek week = { PAYDAY_DATE_NONE, 0, 0, 0, PAYDAY_DISPUTE_PENDING, NULL };
      gboolean have_hours;
      int outcome = 0;

      if (o == NULL)
        continue;

      if (payday_read_date (l, o, p, "week_start", TRUE, &week.week_start))
        {
          char a[PAYDAY_DATE_BUF];

          if (payday_date_weekday (week.week_start) != 1)
            {
              static const char * const days[] = {
                "", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"
              };

              payday_read_member_problem (l, p, "week_start", "%s is a %s, expected a Monday",
                                          payday_date_format (week.week_start, a),
                                          days[payday_date_weekday (week.week_start)]);
            }
          else if (g_hash_table_contains (seen, GINT_TO_POINTER (week.week_start)))
            payday_read_member_problem (l, p, "week_start", "the week of %s is logged twice",
                                        payday_date_format (week.week_start, a));
          else
            g_hash_table_add (seen, GINT_TO_POINTER (week.week_start));

          if (payday_date_is_set (contract->start) && week.week_start + 6 < contract->start)
            {
              char b[PAYDAY_DATE_BUF];

              payday_read_member_problem (l, p, "week_start",
                                          "the week of %s ends before the contract's start %s",
                                          payday_date_format (week.week_start, a),
                                          payday_date_format (contract->start, b));
            }
          else if (payday_date_is_set (contract->end) && week.week_start > contract->end)
            {
              char b[PAYDAY_DATE_BUF];

              payday_read_member_problem (l, p, "week_start",
                                          "the week of %s starts after the contract's end %s",
                                          payday_date_format (week.week_start, a),
                                          payday_date_format (contract->end, b));
            }
        }

      have_hours = payday_read_hours (l, o, p, "hours", TRUE, &week.hours);
      if (payday_read_hours (l, o, p, "manual_hours", FALSE, &week.manual_hours) && have_hours)
        check_part_of_hours (l, p, "manual_hours", week.manual_hours, week.hours);
      if (payday_read_hours (l, o, p, "disputed_hours", FALSE, &week.disputed_hours) && have_hours)
        check_part_of_hours (l, p, "disputed_hours", week.disputed_hours, week.hours);
      if (payday_read_enum (l, o, p, "dispute_outcome", FALSE, dispute_names, &outcome))
        week.dispute_outcome = outcome;
      week.has_billed = payday_read_cents (l, o, p, "billed_cents", FALSE, &week.billed_cents);

      week.extra = payday_read_collect_extra (o, known);
      g_array_append_val (contract->weeks, week);
    }
}

static void
read_milestones (PaydayReader   *l,
                 JsonArray      *array,
                 const char     *path,
                 PaydayContract *contract)
{
  static const char * const known[] = {
    "id", "title", "amount_cents", "funded", "due", "submitted", "approved", "paid_cents",
    "status", NULL
  };
  g_autoptr(GHashTable) seen = payday_read_new_seen ();

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *p = payday_read_join_index (path, "milestones", i);
      JsonObject *o = payday_read_element (l, array, i, p);
      PaydayMilestone m = {
        NULL, NULL, 0, PAYDAY_DATE_NONE, PAYDAY_DATE_NONE, PAYDAY_DATE_NONE, PAYDAY_DATE_NONE,
        PAYDAY_NONE, PAYDAY_MILESTONE_ACTIVE, NULL
      };
      gboolean have_amount;
      int status = 0;

      if (o == NULL)
        continue;
      payday_read_id (l, o, p, "id", TRUE, &m.id);
      payday_read_check_unique (l, seen, m.id, p);
      payday_read_string (l, o, p, "title", FALSE, &m.title);
      have_amount = payday_read_cents (l, o, p, "amount_cents", TRUE, &m.amount_cents);
      payday_read_date (l, o, p, "funded", FALSE, &m.funded);
      payday_read_date (l, o, p, "due", FALSE, &m.due);
      payday_read_date (l, o, p, "submitted", FALSE, &m.submitted);
      payday_read_date (l, o, p, "approved", FALSE, &m.approved);
      payday_read_check_order (l, p, "submitted", m.submitted, "approved", m.approved);
      if (payday_read_cents (l, o, p, "paid_cents", FALSE, &m.paid_cents) && have_amount &&
          m.paid_cents > m.amount_cents)
        {
          g_autofree char *pp = payday_read_join (p, "paid_cents");

          payday_read_problem (l, pp,
                               "%" G_GINT64_FORMAT " is more than amount_cents %" G_GINT64_FORMAT,
                   m.paid_cents, m.amount_cents);
        }
      if (payday_read_enum (l, o, p, "status", FALSE, milestone_status_names, &status))
        m.status = status;
      m.extra = payday_read_collect_extra (o, known);
      g_array_append_val (contract->milestones, m);
    }
}

/* A member of the other contract type: refused unless null or an empty array, so logged
 * hours are never silently ignored. */
static void
refuse_for_type (PaydayReader *l,
                 JsonObject   *obj,
                 const char   *path,
                 const char   *name,
                 const char   *type)
{
  JsonNode *node = payday_read_get (obj, name);
  g_autofree char *p = NULL;

  if (node == NULL ||
      (JSON_NODE_HOLDS_ARRAY (node) && json_array_get_length (json_node_get_array (node)) == 0))
    return;

  p = payday_read_join (path, name);
  payday_read_problem (l, p, "only allowed in %s contract", type);
}

void
payday_plan_read_contracts (PaydayReader *l,
                            JsonArray    *array,
                            PaydayPlan   *plan)
{
  static const char * const known[] = {
    "id", "title", "client", "type", "start", "end", "fee_percent", "bonuses",
    "rate_cents", "weekly_limit_hours", "planned_hours_per_week", "weeks", "milestones",
    "upwork_id", NULL
  };
  g_autoptr(GHashTable) seen = payday_read_new_seen ();

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *p = payday_read_join_index (NULL, "contracts", i);
      JsonObject *o = payday_read_element (l, array, i, p);
      PaydayContract c;
      int type = PAYDAY_CONTRACT_HOURLY;
      gboolean have_type;
      gint64 fee;
      JsonArray *items;

      if (o == NULL)
        continue;

      have_type = payday_read_enum (l, o, p, "type", TRUE, type_names, &type);
      payday_contract_init (&c, type);
      payday_read_id (l, o, p, "id", TRUE, &c.id);
      payday_read_check_unique (l, seen, c.id, p);
      payday_read_string (l, o, p, "title", FALSE, &c.title);
      payday_read_id (l, o, p, "upwork_id", FALSE, &c.upwork_id);
      if (payday_read_id (l, o, p, "client", TRUE, &c.client) &&
          payday_plan_find_client (plan, c.client) == NULL)
        {
          g_autofree char *cp = payday_read_join (p, "client");

          payday_read_problem (l, cp, "no client has the id \"%s\"", c.client);
        }
      payday_read_date (l, o, p, "start", TRUE, &c.start);
      payday_read_date (l, o, p, "end", FALSE, &c.end);
      payday_read_check_order (l, p, "start", c.start, "end", c.end);
      if (payday_read_hundredths (l, o, p, "fee_percent", FALSE, 10000, "a percent from 0 to 100",
                           "a percent from 0 to 100", &fee))
        c.fee_bp = (gint32) fee;

      if ((items = payday_read_array (l, o, p, "bonuses")))
        read_bonuses (l, items, p, &c);

      if (have_type && type == PAYDAY_CONTRACT_HOURLY)
        {
          payday_read_cents (l, o, p, "rate_cents", TRUE, &c.rate_cents);
          payday_read_hours (l, o, p, "weekly_limit_hours", FALSE, &c.weekly_limit_hours);
          payday_read_hours (l, o, p, "planned_hours_per_week", FALSE, &c.planned_hours_per_week);
          if ((items = payday_read_array (l, o, p, "weeks")))
            read_weeks (l, items, p, &c);
          refuse_for_type (l, o, p, "milestones", "a fixed");
        }
      else if (have_type)
        {
          if ((items = payday_read_array (l, o, p, "milestones")))
            read_milestones (l, items, p, &c);
          refuse_for_type (l, o, p, "rate_cents", "an hourly");
          refuse_for_type (l, o, p, "weekly_limit_hours", "an hourly");
          refuse_for_type (l, o, p, "planned_hours_per_week", "an hourly");
          refuse_for_type (l, o, p, "weeks", "an hourly");
        }

      c.extra = payday_read_collect_extra (o, known);
      g_array_append_val (plan->contracts, c);
    }
}
