/* payday-plan-loader.c — reads and validates a plan file (spec/plan-format.md, version 1)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "payday-error.h"
#include "payday-plan-private.h"
#include "payday-plan-read-private.h"

/* The loader reads every member it knows, checks it, and collects every problem as one
 * "JSON.PATH: message" line; only when there is none is a plan returned. Members it does
 * not know are kept, per object, in the struct's `extra` object. */

static const char * const region_names[] = { "non-us", "us", NULL };
static const char * const type_names[] = { "hourly", "fixed", NULL };
static const char * const dispute_names[] = { "pending", "paid", "refunded", NULL };
static const char * const milestone_status_names[] = { "active", "cancelled", "disputed", NULL };
static const char * const proposal_status_names[] = {
  "sent", "viewed", "interview", "hired", "declined", "withdrawn", "job_cancelled", NULL
};
static const char * const plan_names[] = { "basic", "plus", NULL };
static const char * const tx_names[] = { "purchase", "grant", "adjust", NULL };
static const char * const method_names[] = {
  "ach_us", "direct_local", "wire", "paypal", "payoneer", "instant_pay", NULL
};
static const char * const schedule_names[] = {
  "manual", "weekly", "twice_monthly", "monthly", "quarterly", NULL
};

static void
read_profile (PaydayReader  *l,
              JsonObject    *obj,
              PaydayProfile *profile)
{
  static const char * const known[] = {
    "joined", "agency", "category", "profile_complete", "availability_current",
    "readiness_test_passed", "social_linked", "identity_verified", "tos_violations",
    "account_holds", "jss", "rising_talent_since", "top_rated_since", "expert_vetted", NULL
  };
  const char *path = "profile";
  JsonArray *array;
  PaydayDate previous = PAYDAY_DATE_NONE;

  payday_read_date (l, obj, path, "joined", FALSE, &profile->joined);
  payday_read_bool (l, obj, path, "agency", &profile->agency);
  payday_read_string (l, obj, path, "category", FALSE, &profile->category);
  payday_read_bool (l, obj, path, "profile_complete", &profile->profile_complete);
  payday_read_bool (l, obj, path, "availability_current", &profile->availability_current);
  payday_read_bool (l, obj, path, "readiness_test_passed", &profile->readiness_test_passed);
  payday_read_bool (l, obj, path, "social_linked", &profile->social_linked);
  payday_read_bool (l, obj, path, "identity_verified", &profile->identity_verified);
  payday_read_int32 (l, obj, path, "tos_violations", FALSE, 0, 1000, &profile->tos_violations);
  payday_read_date (l, obj, path, "rising_talent_since", FALSE, &profile->rising_talent_since);
  payday_read_date (l, obj, path, "top_rated_since", FALSE, &profile->top_rated_since);
  payday_read_bool (l, obj, path, "expert_vetted", &profile->expert_vetted);

  if ((array = payday_read_array (l, obj, path, "account_holds")))
    {
      static const char * const hold_known[] = { "start", "end", NULL };

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          g_autofree char *p = payday_read_join_index (path, "account_holds", i);
          JsonObject *o = payday_read_element (l, array, i, p);
          PaydayHold hold = { PAYDAY_DATE_NONE, PAYDAY_DATE_NONE, NULL };

          if (o == NULL)
            continue;
          payday_read_date (l, o, p, "start", TRUE, &hold.start);
          payday_read_date (l, o, p, "end", FALSE, &hold.end);
          payday_read_check_order (l, p, "start", hold.start, "end", hold.end);
          hold.extra = payday_read_collect_extra (o, hold_known);
          g_array_append_val (profile->account_holds, hold);
        }
    }

  if ((array = payday_read_array (l, obj, path, "jss")))
    {
      static const char * const jss_known[] = { "date", "score", NULL };

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          g_autofree char *p = payday_read_join_index (path, "jss", i);
          JsonObject *o = payday_read_element (l, array, i, p);
          PaydayJss jss = { PAYDAY_DATE_NONE, 0, NULL };

          if (o == NULL)
            continue;
          if (payday_read_date (l, o, p, "date", TRUE, &jss.date))
            {
              if (payday_date_is_set (previous) && jss.date <= previous)
                {
                  char a[PAYDAY_DATE_BUF], b[PAYDAY_DATE_BUF];
                  g_autofree char *dp = payday_read_join (p, "date");

                  payday_read_problem (l, dp, "%s is not after the previous score's date %s",
                           payday_date_format (jss.date, a), payday_date_format (previous, b));
                }
              previous = jss.date;
            }
          payday_read_int32 (l, o, p, "score", TRUE, 0, 100, &jss.score);
          jss.extra = payday_read_collect_extra (o, jss_known);
          g_array_append_val (profile->jss, jss);
        }
    }

  profile->extra = payday_read_collect_extra (obj, known);
}

static void
read_clients (PaydayReader *l,
              JsonArray    *array,
              PaydayPlan   *plan)
{
  static const char * const known[] = {
    "id", "name", "payment_verified", "billed_before_cents", NULL
  };
  g_autoptr(GHashTable) seen = payday_read_new_seen ();

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *p = payday_read_join_index (NULL, "clients", i);
      JsonObject *o = payday_read_element (l, array, i, p);
      PaydayClient client = { 0 };

      if (o == NULL)
        continue;
      payday_read_id (l, o, p, "id", TRUE, &client.id);
      payday_read_check_unique (l, seen, client.id, p);
      payday_read_string (l, o, p, "name", FALSE, &client.name);
      payday_read_bool (l, o, p, "payment_verified", &client.payment_verified);
      payday_read_cents (l, o, p, "billed_before_cents", FALSE, &client.billed_before_cents);
      client.extra = payday_read_collect_extra (o, known);
      g_array_append_val (plan->clients, client);
    }
}

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
    "week_start", "hours", "manual_hours", "disputed_hours", "dispute_outcome", NULL
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
          g_autofree char *wp = payday_read_join (p, "week_start");

          if (payday_date_weekday (week.week_start) != 1)
            {
              static const char * const days[] = {
                "", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"
              };

              payday_read_problem (l, wp, "%s is a %s, expected a Monday",
                       payday_date_format (week.week_start, a),
                       days[payday_date_weekday (week.week_start)]);
            }
          else if (g_hash_table_contains (seen, GINT_TO_POINTER (week.week_start)))
            payday_read_problem (l, wp, "the week of %s is logged twice",
                     payday_date_format (week.week_start, a));
          else
            g_hash_table_add (seen, GINT_TO_POINTER (week.week_start));

          if (payday_date_is_set (contract->start) && week.week_start + 6 < contract->start)
            {
              char b[PAYDAY_DATE_BUF];

              payday_read_problem (l, wp, "the week of %s ends before the contract's start %s",
                       payday_date_format (week.week_start, a),
                       payday_date_format (contract->start, b));
            }
          else if (payday_date_is_set (contract->end) && week.week_start > contract->end)
            {
              char b[PAYDAY_DATE_BUF];

              payday_read_problem (l, wp, "the week of %s starts after the contract's end %s",
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

static void
read_contracts (PaydayReader *l,
                JsonArray    *array,
                PaydayPlan   *plan)
{
  static const char * const known[] = {
    "id", "title", "client", "type", "start", "end", "fee_percent", "bonuses",
    "rate_cents", "weekly_limit_hours", "planned_hours_per_week", "weeks", "milestones", NULL
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

static void
read_proposals (PaydayReader *l,
                JsonArray    *array,
                PaydayPlan   *plan)
{
  static const char * const known[] = {
    "id", "date", "status_date", "title", "client", "connects", "boost", "boost_charged",
    "invited", "status", "contract", NULL
  };
  g_autoptr(GHashTable) seen = payday_read_new_seen ();

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *p = payday_read_join_index (NULL, "proposals", i);
      JsonObject *o = payday_read_element (l, array, i, p);
      PaydayProposal pr = { 0 };
      int status = 0;

      if (o == NULL)
        continue;
      pr.date = PAYDAY_DATE_NONE;
      pr.status_date = PAYDAY_DATE_NONE;
      payday_read_id (l, o, p, "id", TRUE, &pr.id);
      payday_read_check_unique (l, seen, pr.id, p);
      payday_read_date (l, o, p, "date", TRUE, &pr.date);
      payday_read_date (l, o, p, "status_date", FALSE, &pr.status_date);
      payday_read_check_order (l, p, "date", pr.date, "status_date", pr.status_date);
      payday_read_string (l, o, p, "title", FALSE, &pr.title);
      if (payday_read_id (l, o, p, "client", FALSE, &pr.client) &&
          payday_plan_find_client (plan, pr.client) == NULL)
        {
          g_autofree char *cp = payday_read_join (p, "client");

          payday_read_problem (l, cp, "no client has the id \"%s\"", pr.client);
        }
      payday_read_int32 (l, o, p, "connects", FALSE, 0, PAYDAY_COUNT_MAX, &pr.connects);
      payday_read_int32 (l, o, p, "boost", FALSE, 0, PAYDAY_COUNT_MAX, &pr.boost);
      payday_read_bool (l, o, p, "boost_charged", &pr.boost_charged);
      payday_read_bool (l, o, p, "invited", &pr.invited);
      if (payday_read_enum (l, o, p, "status", TRUE, proposal_status_names, &status))
        pr.status = status;
      if (payday_read_id (l, o, p, "contract", FALSE, &pr.contract) &&
          payday_plan_find_contract (plan, pr.contract) == NULL)
        {
          g_autofree char *cp = payday_read_join (p, "contract");

          payday_read_problem (l, cp, "no contract has the id \"%s\"", pr.contract);
        }
      pr.extra = payday_read_collect_extra (o, known);
      g_array_append_val (plan->proposals, pr);
    }
}

static void
read_connects (PaydayReader   *l,
               JsonObject     *obj,
               PaydayConnects *connects)
{
  static const char * const known[] = {
    "opening_balance", "opening_date", "membership", "transactions", NULL
  };
  const char *path = "connects";
  JsonArray *array;

  payday_read_int32 (l, obj, path, "opening_balance", FALSE, 0, PAYDAY_COUNT_MAX,
                     &connects->opening_balance);
  payday_read_date (l, obj, path, "opening_date", FALSE, &connects->opening_date);

  if ((array = payday_read_array (l, obj, path, "membership")))
    {
      static const char * const m_known[] = { "plan", "from", "to", NULL };

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          g_autofree char *p = payday_read_join_index (path, "membership", i);
          JsonObject *o = payday_read_element (l, array, i, p);
          PaydayMembership m = {
            PAYDAY_MEMBERSHIP_BASIC, PAYDAY_DATE_NONE, PAYDAY_DATE_NONE, NULL
          };
          int plan = 0;

          if (o == NULL)
            continue;
          if (payday_read_enum (l, o, p, "plan", TRUE, plan_names, &plan))
            m.plan = plan;
          payday_read_date (l, o, p, "from", TRUE, &m.from);
          payday_read_date (l, o, p, "to", FALSE, &m.to);
          payday_read_check_order (l, p, "from", m.from, "to", m.to);
          m.extra = payday_read_collect_extra (o, m_known);
          g_array_append_val (connects->membership, m);
        }
    }

  if ((array = payday_read_array (l, obj, path, "transactions")))
    {
      static const char * const t_known[] = {
        "id", "date", "type", "amount", "price_cents", "note", NULL
      };
      g_autoptr(GHashTable) seen = payday_read_new_seen ();

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          g_autofree char *p = payday_read_join_index (path, "transactions", i);
          JsonObject *o = payday_read_element (l, array, i, p);
          PaydayTransaction tx = { NULL, PAYDAY_DATE_NONE, PAYDAY_TX_PURCHASE, 0, PAYDAY_NONE,
                                   NULL, NULL };
          int type = 0;
          gboolean have_type;

          if (o == NULL)
            continue;
          payday_read_id (l, o, p, "id", TRUE, &tx.id);
          payday_read_check_unique (l, seen, tx.id, p);
          payday_read_date (l, o, p, "date", TRUE, &tx.date);
          have_type = payday_read_enum (l, o, p, "type", TRUE, tx_names, &type);
          tx.type = type;
          /* purchases and grants add Connects; only an adjustment may take some away */
          if (!have_type || tx.type == PAYDAY_TX_ADJUST)
            payday_read_int32 (l, o, p, "amount", TRUE, -PAYDAY_COUNT_MAX, PAYDAY_COUNT_MAX,
                               &tx.amount);
          else
            payday_read_int32 (l, o, p, "amount", TRUE, 1, PAYDAY_COUNT_MAX, &tx.amount);
          payday_read_cents (l, o, p, "price_cents", FALSE, &tx.price_cents);
          payday_read_string (l, o, p, "note", FALSE, &tx.note);
          tx.extra = payday_read_collect_extra (o, t_known);
          g_array_append_val (connects->transactions, tx);
        }
    }

  connects->extra = payday_read_collect_extra (obj, known);
}

static void
read_withdrawals (PaydayReader      *l,
                  JsonObject        *obj,
                  PaydayWithdrawals *w)
{
  static const char * const known[] = { "method", "schedule", "reserve_cents", "history", NULL };
  static const char * const h_known[] = { "date", "amount_cents", NULL };
  const char *path = "withdrawals";
  JsonArray *array;
  int v = 0;

  if (payday_read_enum (l, obj, path, "method", FALSE, method_names, &v))
    w->method = v;
  if (payday_read_enum (l, obj, path, "schedule", FALSE, schedule_names, &v))
    w->schedule = v;
  payday_read_cents (l, obj, path, "reserve_cents", FALSE, &w->reserve_cents);

  if ((array = payday_read_array (l, obj, path, "history")))
    {
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          g_autofree char *p = payday_read_join_index (path, "history", i);
          JsonObject *o = payday_read_element (l, array, i, p);
          PaydayWithdrawal item = { PAYDAY_DATE_NONE, 0, NULL };

          if (o == NULL)
            continue;
          payday_read_date (l, o, p, "date", TRUE, &item.date);
          payday_read_cents (l, o, p, "amount_cents", TRUE, &item.amount_cents);
          item.extra = payday_read_collect_extra (o, h_known);
          g_array_append_val (w->history, item);
        }
    }

  w->extra = payday_read_collect_extra (obj, known);
}

static void
read_simulation (PaydayReader     *l,
                 JsonObject       *obj,
                 PaydaySimulation *s)
{
  static const char * const known[] = {
    "runs", "seed", "horizon_days", "approve_early_probability", "approve_early_mean_days",
    "dispute_probability", "dispute_refund_share", "pay_less_probability", "pay_less_share",
    "proposal_rate_per_week", "win_rate", "avg_contract_cents", NULL
  };
  const char *path = "simulation";

  /* Ranges the spec leaves open: a horizon of up to ten years, an approval delay of up to
   * a year, up to 1000 proposals a week. */
  if (payday_read_int32 (l, obj, path, "runs", FALSE, 1, 1000000, &s->runs))
    s->present |= PAYDAY_SIM_RUNS;
  if (payday_read_int (l, obj, path, "seed", FALSE, G_MININT64, G_MAXINT64, &s->seed))
    s->present |= PAYDAY_SIM_SEED;
  if (payday_read_int32 (l, obj, path, "horizon_days", FALSE, 1, 3660, &s->horizon_days))
    s->present |= PAYDAY_SIM_HORIZON_DAYS;
  if (payday_read_double (l, obj, path, "approve_early_probability", 1,
                          &s->approve_early_probability))
    s->present |= PAYDAY_SIM_APPROVE_EARLY_PROBABILITY;
  if (payday_read_double (l, obj, path, "approve_early_mean_days", 365,
                          &s->approve_early_mean_days))
    s->present |= PAYDAY_SIM_APPROVE_EARLY_MEAN_DAYS;
  if (payday_read_double (l, obj, path, "dispute_probability", 1, &s->dispute_probability))
    s->present |= PAYDAY_SIM_DISPUTE_PROBABILITY;
  if (payday_read_double (l, obj, path, "dispute_refund_share", 1, &s->dispute_refund_share))
    s->present |= PAYDAY_SIM_DISPUTE_REFUND_SHARE;
  if (payday_read_double (l, obj, path, "pay_less_probability", 1, &s->pay_less_probability))
    s->present |= PAYDAY_SIM_PAY_LESS_PROBABILITY;
  if (payday_read_double (l, obj, path, "pay_less_share", 1, &s->pay_less_share))
    s->present |= PAYDAY_SIM_PAY_LESS_SHARE;
  if (payday_read_double (l, obj, path, "proposal_rate_per_week", 1000, &s->proposal_rate_per_week))
    s->present |= PAYDAY_SIM_PROPOSAL_RATE_PER_WEEK;
  if (payday_read_double (l, obj, path, "win_rate", 1, &s->win_rate))
    s->present |= PAYDAY_SIM_WIN_RATE;
  if (payday_read_cents (l, obj, path, "avg_contract_cents", FALSE, &s->avg_contract_cents))
    s->present |= PAYDAY_SIM_AVG_CONTRACT_CENTS;

  s->extra = payday_read_collect_extra (obj, known);
}

/* The syntax checks json-glib does not do: arrays and objects nested deeper than the bound
 * would make its recursive parser (and every walk after it) use unbounded stack, so the raw
 * text is scanned before parsing. Brackets inside strings do not count.
 *
 * The same scan refuses string escapes that are not JSON: json-glib 1.6 reads C escapes
 * (octal "\256", "\x41", "\q") and a lone high surrogate ("\ud800x"), and the first two
 * turn valid UTF-8 text into a string that is not UTF-8, which the saver then writes out
 * as a file no loader accepts (found by tests/fuzz/fuzz-roundtrip). */
static gboolean
hex4 (const char *p,
      gsize       left,
      guint      *value)
{
  *value = 0;
  if (left < 4)
    return FALSE;
  for (int k = 0; k < 4; k++)
    {
      int digit = g_ascii_xdigit_value (p[k]);

      if (digit < 0)
        return FALSE;
      *value = *value * 16 + (guint) digit;
    }
  return TRUE;
}

static gboolean
check_escape (const char  *data,
              gsize        length,
              gsize        i,
              guint        line,
              guint        column,
              gsize       *consumed,
              GError     **error)
{
  guint unit, low;

  /* data[i] is the backslash; one at the very end is the parser's "unterminated string" */
  *consumed = 1;
  if (i + 1 >= length)
    return TRUE;
  if (strchr ("\"\\/bfnrt", data[i + 1]) != NULL && data[i + 1] != '\0')
    return TRUE;

  if (data[i + 1] == 'u')
    {
      *consumed = 5;
      if (hex4 (data + i + 2, length - i - 2, &unit))
        {
          if (unit < 0xd800 || unit > 0xdfff)
            return TRUE;
          /* a high surrogate must be followed by an escaped low one */
          if (unit <= 0xdbff && i + 7 < length && data[i + 6] == '\\' && data[i + 7] == 'u' &&
              hex4 (data + i + 8, length - i - 8, &low) && low >= 0xdc00 && low <= 0xdfff)
            {
              *consumed = 11;
              return TRUE;
            }
        }
    }

  g_set_error (error, PAYDAY_ERROR, PAYDAY_ERROR_SYNTAX,
               "%u:%u: invalid escape in a string", line, column);
  return FALSE;
}
static gboolean
check_depth (const char  *data,
             gsize        length,
             GError     **error)
{
  int depth = 0;
  gboolean in_string = FALSE;
  guint line = 1, column = 1;

  for (gsize i = 0; i < length; i++, column++)
    {
      char c = data[i];

      if (c == '\n')
        {
          line++;
          column = 0;
          continue;
        }
      if (in_string)
        {
          if (c == '\\')
            {
              gsize consumed;

              if (!check_escape (data, length, i, line, column, &consumed, error))
                return FALSE;
              i += consumed;
              column += consumed;
            }
          else if (c == '"')
            in_string = FALSE;
          continue;
        }
      if (c == '"')
        in_string = TRUE;
      else if (c == '[' || c == '{')
        {
          if (++depth > PAYDAY_PLAN_MAX_DEPTH)
            {
              g_set_error (error, PAYDAY_ERROR, PAYDAY_ERROR_TOO_LARGE,
                           "%u:%u: nested deeper than %d levels", line, column,
                           PAYDAY_PLAN_MAX_DEPTH);
              return FALSE;
            }
        }
      else if (c == ']' || c == '}')
        depth--;
    }

  return TRUE;
}

/* json-glib 1.6 says "<data>:3:8: Parse error: unexpected character `}', expected character
 * `}'"; its "expected" part is often wrong, so keep position and the "unexpected" part:
 * "3:8: unexpected character '}'". */
static char *
normalise_syntax_message (const char *message)
{
  g_autoptr(GRegex) regex = g_regex_new ("^(?:<data>:)?([0-9]+):([0-9]+): (?:Parse error: )?(.*)$",
                                         G_REGEX_DOTALL, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *line = NULL;
  g_autofree char *column = NULL;
  g_autofree char *text = NULL;
  char *comma;
  GString *s;

  if (!g_regex_match (regex, message, 0, &match))
    return g_strdup (message);

  line = g_match_info_fetch (match, 1);
  column = g_match_info_fetch (match, 2);
  text = g_match_info_fetch (match, 3);

  if (g_str_has_prefix (text, "unexpected") && (comma = strstr (text, ", expected")) != NULL)
    *comma = '\0';

  s = g_string_new (NULL);
  g_string_append_printf (s, "%s:%s: ", line, column);
  for (const char *p = text; *p != '\0'; p++)
    g_string_append_c (s, *p == '`' ? '\'' : *p);

  return g_string_free (s, FALSE);
}

static gboolean
check_utf8 (const char  *data,
            gsize        length,
            GError     **error)
{
  const char *end;
  guint line = 1, column = 1;

  if (g_utf8_validate (data, (gssize) length, &end))
    return TRUE;

  for (const char *p = data; p < end; p++)
    {
      if (*p == '\n')
        line++, column = 1;
      else if (((guchar) *p & 0xc0) != 0x80)
        column++;
    }

  g_set_error (error, PAYDAY_ERROR, PAYDAY_ERROR_SYNTAX,
               "%u:%u: the text is not valid UTF-8", line, column);
  return FALSE;
}

/**
 * payday_plan_load_from_data:
 * @data: the text of a `.payday` file
 * @length: its length in bytes, or -1 when NUL-terminated
 * @error: return location for a #PAYDAY_ERROR
 *
 * Parses and validates a plan. A refused plan is never half-read: either every member is
 * valid and a plan is returned, or nothing is and @error lists every problem, one per line
 * (`contracts[2].weeks[0].hours: expected a number ≥ 0, got "ten"`).
 *
 * Returns: (transfer full) (nullable): the plan, or %NULL with @error set to
 *   %PAYDAY_ERROR_SYNTAX (not JSON; "line:column: …"), %PAYDAY_ERROR_VERSION (a newer
 *   format), %PAYDAY_ERROR_TOO_LARGE (over 256 MiB or nested deeper than 64) or
 *   %PAYDAY_ERROR_INVALID
 */
PaydayPlan *
payday_plan_load_from_data (const char  *data,
                            gssize       length,
                            GError     **error)
{
  static const char * const known[] = {
    "format", "version", "name", "today", "rules", "rules_edition", "region", "profile",
    "clients", "contracts", "proposals", "connects", "withdrawals", "simulation", NULL
  };
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(PaydayPlan) plan = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  PaydayReader l;
  JsonNode *root, *node;
  JsonObject *top, *obj;
  JsonArray *array;
  gsize len;
  gboolean format_ok = FALSE;
  int region = 0;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  len = length < 0 ? strlen (data) : (gsize) length;

  if (len > PAYDAY_PLAN_MAX_SIZE)
    {
      g_set_error (error, PAYDAY_ERROR, PAYDAY_ERROR_TOO_LARGE,
                   "the plan is %" G_GSIZE_FORMAT " MiB; plans are limited to %d MiB",
                   len / (1024 * 1024), PAYDAY_PLAN_MAX_SIZE / (1024 * 1024));
      return NULL;
    }

  if (!check_utf8 (data, len, error) || !check_depth (data, len, error))
    return NULL;

  parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, data, (gssize) len, &local_error))
    {
      g_autofree char *message = normalise_syntax_message (local_error->message);

      g_set_error_literal (error, PAYDAY_ERROR, PAYDAY_ERROR_SYNTAX, message);
      return NULL;
    }

  root = json_parser_get_root (parser);
  if (root == NULL)
    {
      g_set_error_literal (error, PAYDAY_ERROR, PAYDAY_ERROR_SYNTAX,
                           "1:1: the file is empty");
      return NULL;
    }

  problems = g_ptr_array_new_with_free_func (g_free);
  l.problems = problems;

  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      g_autofree char *got = payday_read_describe (root);

      g_set_error (error, PAYDAY_ERROR, PAYDAY_ERROR_INVALID,
                   "document: expected an object, got %s", got);
      return NULL;
    }
  top = json_node_get_object (root);

  node = payday_read_get (top, "format");
  if (node == NULL)
    payday_read_missing (&l, "", "format");
  else if (!payday_read_holds_type (node, G_TYPE_STRING) ||
           strcmp (json_node_get_string (node), "payday-plan") != 0)
    payday_read_wrong (&l, "", "format", node, "\"payday-plan\"");
  else
    format_ok = TRUE;

  node = payday_read_get (top, "version");
  if (node == NULL)
    payday_read_missing (&l, "", "version");
  else
    {
      gint64 version = 0;

      if (format_ok && payday_read_integer_of (node, &version) && version > 1)
        {
          g_set_error (error, PAYDAY_ERROR, PAYDAY_ERROR_VERSION,
                       "version: this plan was written by a newer Payday (format version %"
                       G_GINT64_FORMAT "); this Payday reads format version 1 only. "
                       "Update Payday to open it.", version);
          return NULL;
        }
      if (!payday_read_integer_of (node, &version) || version != 1)
        payday_read_wrong (&l, "", "version", node, "1");
    }

  plan = payday_plan_new ();

  payday_read_string (&l, top, "", "name", FALSE, &plan->name);
  payday_read_date (&l, top, "", "today", FALSE, &plan->today);
  payday_read_id (&l, top, "", "rules", FALSE, &plan->rules);
  payday_read_date (&l, top, "", "rules_edition", FALSE, &plan->rules_edition);
  if (payday_read_enum (&l, top, "", "region", FALSE, region_names, &region))
    plan->region = region;

  obj = payday_read_object (&l, top, "", "profile");
  read_profile (&l, obj, &plan->profile);

  if ((array = payday_read_array (&l, top, "", "clients")))
    read_clients (&l, array, plan);
  if ((array = payday_read_array (&l, top, "", "contracts")))
    read_contracts (&l, array, plan);
  if ((array = payday_read_array (&l, top, "", "proposals")))
    read_proposals (&l, array, plan);

  obj = payday_read_object (&l, top, "", "connects");
  read_connects (&l, obj, &plan->connects);
  obj = payday_read_object (&l, top, "", "withdrawals");
  read_withdrawals (&l, obj, &plan->withdrawals);
  obj = payday_read_object (&l, top, "", "simulation");
  read_simulation (&l, obj, &plan->simulation);

  plan->extra = payday_read_collect_extra (top, known);

  if (problems->len > 0)
    {
      g_autofree char *message = NULL;

      g_ptr_array_add (problems, NULL);
      message = g_strjoinv ("\n", (char **) problems->pdata);
      g_set_error_literal (error, PAYDAY_ERROR, PAYDAY_ERROR_INVALID, message);
      return NULL;
    }

  return g_steal_pointer (&plan);
}

/**
 * payday_plan_load_from_file:
 * @file: a `.payday` file
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Reads @file (refusing one over 256 MiB before reading it) and loads it with
 * payday_plan_load_from_data().
 *
 * Returns: (transfer full) (nullable): the plan, or %NULL with @error set (a #G_IO_ERROR
 *   when the file cannot be read, else as payday_plan_load_from_data())
 */
PaydayPlan *
payday_plan_load_from_file (GFile         *file,
                            GCancellable  *cancellable,
                            GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE,
                            cancellable, error);
  if (info == NULL)
    return NULL;

  if (g_file_info_get_size (info) > PAYDAY_PLAN_MAX_SIZE)
    {
      g_set_error (error, PAYDAY_ERROR, PAYDAY_ERROR_TOO_LARGE,
                   "the plan is %" G_GOFFSET_FORMAT " MiB; plans are limited to %d MiB",
                   g_file_info_get_size (info) / (1024 * 1024),
                   PAYDAY_PLAN_MAX_SIZE / (1024 * 1024));
      return NULL;
    }

  if (!g_file_load_contents (file, cancellable, &contents, &length, NULL, error))
    return NULL;

  return payday_plan_load_from_data (contents, (gssize) length, error);
}
