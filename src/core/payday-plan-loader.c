/* payday-plan-loader.c — reads and validates a plan file (docs/plan-format.md, version 1)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "payday-error.h"
#include "payday-plan-loader-private.h"
#include "payday-plan-private.h"
#include "payday-plan-read-private.h"

/* The loader reads every member it knows, checks it, and collects every problem as one
 * "JSON.PATH: message" line; only when there is none is a plan returned. Members it does
 * not know are kept, per object, in the struct's `extra` object. */

static const char * const region_names[] = { "non-us", "us", NULL };
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

/* `actuals` (docs/import.md): imported money rows, each with a unique ref and, when linked,
 * a contract of the plan. */
static void
read_actuals (PaydayReader *l,
              JsonArray    *array,
              PaydayPlan   *plan)
{
  static const char * const known[] = {
    "ref", "date", "kind", "amount_cents", "contract", "client_name", "description", "source",
    NULL
  };
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *p = payday_read_join_index (NULL, "actuals", i);
      JsonObject *o = payday_read_element (l, array, i, p);
      PaydayActual a = { NULL, PAYDAY_DATE_NONE, PAYDAY_ACTUAL_OTHER, 0, NULL, NULL, NULL,
                         PAYDAY_ACTUAL_FROM_TRANSACTIONS, NULL };
      int kind = PAYDAY_ACTUAL_OTHER, source = 0;

      if (o == NULL)
        continue;
      if (payday_read_id (l, o, p, "ref", TRUE, &a.ref))
        {
          if (g_hash_table_contains (seen, a.ref))
            {
              g_autofree char *rp = payday_read_join (p, "ref");

              payday_read_problem (l, rp, "the ref \"%s\" is used twice", a.ref);
            }
          else
            g_hash_table_add (seen, a.ref);
        }
      payday_read_date (l, o, p, "date", TRUE, &a.date);
      if (payday_read_enum (l, o, p, "kind", TRUE, payday_actual_kind_names, &kind))
        a.kind = kind;
      payday_read_int (l, o, p, "amount_cents", TRUE, -PAYDAY_CENTS_MAX, PAYDAY_CENTS_MAX,
                       &a.amount_cents);
      if (payday_read_id (l, o, p, "contract", FALSE, &a.contract) &&
          payday_plan_find_contract (plan, a.contract) == NULL)
        {
          g_autofree char *cp = payday_read_join (p, "contract");

          payday_read_problem (l, cp, "no contract has the id \"%s\"", a.contract);
        }
      payday_read_string (l, o, p, "client_name", FALSE, &a.client_name);
      payday_read_string (l, o, p, "description", FALSE, &a.description);
      if (payday_read_enum (l, o, p, "source", TRUE, payday_actual_source_names, &source))
        a.source = source;
      a.extra = payday_read_collect_extra (o, known);
      g_array_append_val (plan->actuals, a);
    }
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

/* Set by payday_plan_keep_trees_until_exit(): the JSON trees of the plans loaded since. */
static GPtrArray *kept_trees;

/**
 * payday_plan_keep_trees_until_exit:
 *
 * For a process that exits once its plans are used (the command line): the loaders keep
 * the JSON tree they parsed instead of freeing it, until the process ends. Freeing the tree
 * of a large plan node by node costs a tenth of its load, and the allocator then spends as
 * much again gathering the freed pieces; the exit returns the memory at once. The trees stay
 * reachable, so leak checkers do not count them. Call it before loading, from the thread
 * that loads; a program with a window never calls it.
 */
void
payday_plan_keep_trees_until_exit (void)
{
  if (kept_trees == NULL)
    kept_trees = g_ptr_array_new ();
}

/* payday_plan_load_from_data(), and when @owned points at @data, frees it as soon as it is
 * parsed: a large plan's text is not kept beside its tree while the tree is read. */
static PaydayPlan *
load_text (const char  *data,
           gssize       length,
           char       **owned,
           GError     **error)
{
  static const char * const known[] = {
    "format", "version", "name", "today", "rules", "rules_edition", "region", "profile",
    "clients", "contracts", "proposals", "connects", "withdrawals", "simulation", "actuals", NULL
  };
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(PaydayPlan) plan = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  PaydayReader l;
  JsonNode *node;
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

  if (!payday_plan_check_utf8 (data, len, error))
    return NULL;
  root = payday_plan_parse_json (data, len, error);
  if (root == NULL)
    return NULL;
  if (owned != NULL)
    g_clear_pointer (owned, g_free);

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
    payday_plan_read_contracts (&l, array, plan);
  if ((array = payday_read_array (&l, top, "", "proposals")))
    read_proposals (&l, array, plan);

  obj = payday_read_object (&l, top, "", "connects");
  read_connects (&l, obj, &plan->connects);
  obj = payday_read_object (&l, top, "", "withdrawals");
  read_withdrawals (&l, obj, &plan->withdrawals);
  obj = payday_read_object (&l, top, "", "simulation");
  read_simulation (&l, obj, &plan->simulation);
  if ((array = payday_read_array (&l, top, "", "actuals")))
    read_actuals (&l, array, plan);

  plan->extra = payday_read_collect_extra (top, known);

  if (problems->len > 0)
    {
      g_autofree char *message = NULL;

      g_ptr_array_add (problems, NULL);
      message = g_strjoinv ("\n", (char **) problems->pdata);
      g_set_error_literal (error, PAYDAY_ERROR, PAYDAY_ERROR_INVALID, message);
      return NULL;
    }

  if (kept_trees != NULL)
    g_ptr_array_add (kept_trees, g_steal_pointer (&root));

  return g_steal_pointer (&plan);
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
  return load_text (data, length, NULL, error);
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

  return load_text (contents, (gssize) length, &contents, error);
}
