/* payday-rules-edition.c — parse one rule edition and resolve it over the previous one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "payday-rules-private.h"

/* ---------------------------------------------------------------------------------------- */
/* Scalar rule members: one table drives parsing, inheritance and the "first edition must
 * give everything" check. */

/* FIELD_LIMIT: a count or null for "none" (PAYDAY_NONE), so an edition can lift a limit an
 * earlier one set. */
typedef enum { FIELD_INT, FIELD_CENTS, FIELD_BOOL, FIELD_LIMIT } FieldType;

typedef struct
{
  const char *group;
  const char *name;
  FieldType   type;
  gsize       offset;
  gint64      min;
  gint64      max;
  gboolean    required;   /* in the first edition; otherwise it starts as `fallback` */
  gint64      fallback;
} Field;

#define F(g, n, t, member, lo, hi) \
  { g, n, t, G_STRUCT_OFFSET (PaydayEdition, member), lo, hi, TRUE, UNSET }
/* Members added after rule sets were first written: a set that predates them still loads,
 * with the value that changes nothing (no grant, no limit). */
#define F_OPTIONAL(g, n, t, member, lo, hi, fb) \
  { g, n, t, G_STRUCT_OFFSET (PaydayEdition, member), lo, hi, FALSE, fb }

static const Field fields[] = {
  F ("hourly", "review_days", FIELD_INT, hourly_review_days, 1, 365),
  F ("hourly", "security_days", FIELD_INT, hourly_security_days, 0, 365),
  F ("hourly", "top_rated_skips_security", FIELD_BOOL, hourly_top_rated_skips_security, 0, 1),
  F ("fixed", "review_days", FIELD_INT, fixed_review_days, 0, 365),
  F ("fixed", "security_days", FIELD_INT, fixed_security_days, 0, 365),
  F ("bonus", "security_days", FIELD_INT, bonus_security_days, 0, 365),
  F ("connects", "price_cents", FIELD_CENTS, connects_price_cents, 0, 1000000),
  F ("connects", "proposal_cost_min", FIELD_INT, connects_proposal_cost_min, 0, 10000),
  F ("connects", "proposal_cost_max", FIELD_INT, connects_proposal_cost_max, 0, 10000),
  F ("connects", "signup_grant", FIELD_INT, connects_signup_grant, 0, MAX_CONNECTS),
  F_OPTIONAL ("connects", "readiness_grant", FIELD_INT, connects_readiness_grant, 0,
              MAX_CONNECTS, 0),
  F ("connects", "monthly_free", FIELD_INT, connects_monthly_free, 0, MAX_CONNECTS),
  F ("connects", "plus_price_cents", FIELD_CENTS, connects_plus_price_cents, 0, 1000000),
  F ("connects", "plus_monthly", FIELD_INT, connects_plus_monthly, 0, MAX_CONNECTS),
  F_OPTIONAL ("connects", "rollover_limit", FIELD_LIMIT, connects_rollover_limit, 0,
              MAX_CONNECTS, PAYDAY_NONE),
  F ("connects", "expiry_days", FIELD_INT, connects_expiry_days, 1, MAX_DAYS),
  F ("connects", "rising_talent_bonus", FIELD_INT, connects_rising_talent_bonus, 0, MAX_CONNECTS),
  F ("connects", "boost", FIELD_BOOL, connects_boost, 0, 1),
  F ("withdrawal", "force_after_days", FIELD_INT, withdrawal_force_after_days, 0, MAX_DAYS),
};

#undef F_OPTIONAL
#undef F

static const char * const groups[] = { "hourly", "fixed", "bonus", "connects", "withdrawal", NULL };

static const char * const method_names[PAYDAY_N_METHODS + 1] = {
  "ach_us", "direct_local", "wire", "paypal", "payoneer", "instant_pay", NULL,
};

static gint64
field_get (const PaydayEdition *edition,
           const Field         *field)
{
  const guint8 *p = (const guint8 *) edition + field->offset;

  if (field->type == FIELD_CENTS)
    return *(const PaydayCents *) p;

  return *(const int *) p;
}

static void
field_set (PaydayEdition *edition,
           const Field   *field,
           gint64         value)
{
  guint8 *p = (guint8 *) edition + field->offset;

  if (field->type == FIELD_CENTS)
    *(PaydayCents *) p = value;
  else
    *(int *) p = (int) value;
}

/* Editions */

void
edition_free (PaydayEdition *edition)
{
  g_free (edition->title);
  g_strfreev (edition->sources);
  g_free (edition->notes);
  g_strfreev (edition->unverified);
  g_clear_pointer (&edition->fee_tiers, g_array_unref);
  g_clear_pointer (&edition->connects_bundles, g_array_unref);
  g_clear_pointer (&edition->badges, json_node_unref);
  g_free (edition);
}

/* The state before the first edition: everything unset, so a rule the first edition
 * forgets is reported instead of defaulting silently. */
static PaydayEdition *
edition_new_unset (void)
{
  PaydayEdition *edition = g_new0 (PaydayEdition, 1);

  edition->fee_model = UNSET;
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    field_set (edition, &fields[i], fields[i].required ? UNSET : fields[i].fallback);
  for (guint m = 0; m < PAYDAY_N_METHODS; m++)
    {
      edition->withdrawal_methods[m].fee_cents = UNSET;
      edition->withdrawal_methods[m].arrival_business_days = UNSET;
    }
  edition->withdrawal_threshold_us_cents = UNSET;
  edition->withdrawal_threshold_non_us_cents = UNSET;
  edition->fee_tiers = g_array_new (FALSE, FALSE, sizeof (PaydayFeeTier));
  edition->unverified = g_new0 (char *, 1);

  return edition;
}

/* The inherited part of @prev; title, sources and notes are each edition's own. */
static PaydayEdition *
edition_inherit (const PaydayEdition *prev)
{
  PaydayEdition *edition = g_new (PaydayEdition, 1);

  *edition = *prev;
  edition->title = NULL;
  edition->sources = NULL;
  edition->notes = NULL;
  edition->unverified = g_strdupv (prev->unverified);
  edition->fee_tiers = g_array_copy (prev->fee_tiers);
  edition->connects_bundles = prev->connects_bundles ? g_array_copy (prev->connects_bundles) : NULL;
  edition->badges = prev->badges ? json_node_ref (prev->badges) : NULL;

  return edition;
}

static void
parse_fee (Checker       *checker,
           JsonNode      *node,
           const char    *path,
           PaydayEdition *edition)
{
  static const char * const flat_known[] = { "model", "percent", NULL };
  static const char * const sliding_known[] = { "model", "tiers", NULL };
  static const char * const per_contract_known[] = {
    "model", "default_percent", "min_percent", "max_percent", NULL,
  };
  JsonObject *fee = read_object (checker, node, path);
  g_autofree char *model_path = g_strdup_printf ("%s.model", path);
  const char *model;

  if (fee == NULL)
    return;

  model = read_string (checker, json_object_get_member (fee, "model"), model_path, TRUE);
  if (model == NULL)
    return;

  /* A fee replaces the previous edition's fee wholesale: the model decides the members. */
  g_array_set_size (edition->fee_tiers, 0);
  edition->fee_percent_bp = 0;
  edition->fee_default_bp = edition->fee_min_bp = edition->fee_max_bp = 0;

  if (g_str_equal (model, "flat"))
    {
      g_autofree char *p = g_strdup_printf ("%s.percent", path);

      edition->fee_model = PAYDAY_FEE_FLAT;
      check_known_members (checker, fee, path, flat_known);
      read_percent (checker, json_object_get_member (fee, "percent"), p, &edition->fee_percent_bp);
    }
  else if (g_str_equal (model, "sliding"))
    {
      g_autofree char *tiers_path = g_strdup_printf ("%s.tiers", path);
      JsonArray *tiers;
      PaydayCents previous = 0;

      edition->fee_model = PAYDAY_FEE_SLIDING;
      check_known_members (checker, fee, path, sliding_known);
      tiers = read_array (checker, json_object_get_member (fee, "tiers"), tiers_path);
      if (tiers == NULL)
        return;
      if (json_array_get_length (tiers) == 0)
        payday_read_problem (checker, tiers_path, "expected at least one tier");

      for (guint i = 0; i < json_array_get_length (tiers); i++)
        {
          static const char * const tier_known[] = { "up_to_cents", "percent", NULL };
          g_autofree char *tp = g_strdup_printf ("%s[%u]", tiers_path, i);
          g_autofree char *up_path = g_strdup_printf ("%s.up_to_cents", tp);
          g_autofree char *pc_path = g_strdup_printf ("%s.percent", tp);
          JsonObject *tier = read_object (checker, json_array_get_element (tiers, i), tp);
          gboolean last = i + 1 == json_array_get_length (tiers);
          PaydayFeeTier t = { PAYDAY_NONE, 0 };
          JsonNode *up;
          gint64 v;

          if (tier == NULL)
            continue;
          check_known_members (checker, tier, tp, tier_known);
          read_percent (checker, json_object_get_member (tier, "percent"), pc_path, &t.percent_bp);

          up = member (tier, "up_to_cents");
          if (up == NULL && !last)
            payday_read_problem (checker, up_path, "only the last tier may be unbounded (null)");
          else if (up != NULL && last)
            payday_read_problem (checker, up_path, "the last tier must be unbounded (null)");
          else if (up != NULL && read_int (checker, up, up_path, 1, PAYDAY_CENTS_MAX, &v))
            {
              if (v <= previous)
                payday_read_problem (checker, up_path, "expected more than the previous tier's %"
                                     G_GINT64_FORMAT, previous);
              t.up_to_cents = v;
              previous = v;
            }

          g_array_append_val (edition->fee_tiers, t);
        }
    }
  else if (g_str_equal (model, "per_contract"))
    {
      g_autofree char *dp = g_strdup_printf ("%s.default_percent", path);
      g_autofree char *lp = g_strdup_printf ("%s.min_percent", path);
      g_autofree char *hp = g_strdup_printf ("%s.max_percent", path);
      gboolean ok;

      edition->fee_model = PAYDAY_FEE_PER_CONTRACT;
      check_known_members (checker, fee, path, per_contract_known);
      ok = read_percent (checker, json_object_get_member (fee, "default_percent"), dp,
                         &edition->fee_default_bp);
      ok &= read_percent (checker, json_object_get_member (fee, "min_percent"), lp,
                          &edition->fee_min_bp);
      ok &= read_percent (checker, json_object_get_member (fee, "max_percent"), hp,
                          &edition->fee_max_bp);
      if (ok && (edition->fee_min_bp > edition->fee_default_bp ||
                 edition->fee_default_bp > edition->fee_max_bp))
        payday_read_problem (checker, dp, "expected min_percent ≤ default_percent ≤ max_percent");
    }
  else
    {
      payday_read_problem (checker, model_path, "unknown fee model \"%s\" (expected flat, sliding or "
                           "per_contract)", model);
    }
}

static void
parse_withdrawal_extras (Checker       *checker,
                         JsonObject    *group,
                         const char    *path,
                         PaydayEdition *edition)
{
  JsonNode *node;
  gint64 v;

  if ((node = member (group, "methods")) != NULL)
    {
      g_autofree char *mp = g_strdup_printf ("%s.methods", path);
      JsonObject *methods = read_object (checker, node, mp);
      g_autoptr(GList) names = methods ? json_object_get_members (methods) : NULL;

      for (const GList *l = names; l != NULL; l = l->next)
        {
          static const char * const method_known[] = { "fee_cents", "arrival_business_days", NULL };
          g_autofree char *p = g_strdup_printf ("%s.%s", mp, (const char *) l->data);
          JsonObject *method;
          JsonNode *value;
          int m = -1;

          for (guint i = 0; i < PAYDAY_N_METHODS; i++)
            if (g_str_equal (method_names[i], l->data))
              m = (int) i;
          if (m < 0)
            {
              payday_read_problem (checker, p, "unknown withdrawal method");
              continue;
            }

          method = read_object (checker, json_object_get_member (methods, l->data), p);
          if (method == NULL)
            continue;
          check_known_members (checker, method, p, method_known);

          /* Member by member: a later edition may change only a fee. */
          if ((value = member (method, "fee_cents")) != NULL)
            {
              g_autofree char *fp = g_strdup_printf ("%s.fee_cents", p);
              if (read_int (checker, value, fp, 0, PAYDAY_CENTS_MAX, &v))
                edition->withdrawal_methods[m].fee_cents = v;
            }
          if ((value = member (method, "arrival_business_days")) != NULL)
            {
              g_autofree char *ap = g_strdup_printf ("%s.arrival_business_days", p);
              if (read_int (checker, value, ap, 0, 365, &v))
                edition->withdrawal_methods[m].arrival_business_days = (int) v;
            }
        }
    }

  if ((node = member (group, "threshold_cents")) != NULL)
    {
      static const char * const known[] = { "us", "non-us", NULL };
      g_autofree char *tp = g_strdup_printf ("%s.threshold_cents", path);
      JsonObject *thresholds = read_object (checker, node, tp);
      JsonNode *value;

      if (thresholds == NULL)
        return;
      check_known_members (checker, thresholds, tp, known);
      if ((value = member (thresholds, "us")) != NULL)
        {
          g_autofree char *p = g_strdup_printf ("%s.us", tp);
          if (read_int (checker, value, p, 0, PAYDAY_CENTS_MAX, &v))
            edition->withdrawal_threshold_us_cents = v;
        }
      if ((value = member (thresholds, "non-us")) != NULL)
        {
          g_autofree char *p = g_strdup_printf ("%s.non-us", tp);
          if (read_int (checker, value, p, 0, PAYDAY_CENTS_MAX, &v))
            edition->withdrawal_threshold_non_us_cents = v;
        }
    }
}

static void
parse_group (Checker       *checker,
             JsonNode      *node,
             const char    *group_name,
             const char    *path,
             PaydayEdition *edition)
{
  JsonObject *group = read_object (checker, node, path);
  g_autoptr(GList) names = NULL;

  if (group == NULL)
    return;

  names = json_object_get_members (group);
  for (const GList *l = names; l != NULL; l = l->next)
    {
      const char *name = l->data;
      JsonNode *value = member (group, name);
      JsonNode *raw = json_object_get_member (group, name);
      g_autofree char *p = g_strdup_printf ("%s.%s", path, name);
      const Field *field = NULL;
      gint64 v;

      for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
        if (g_str_equal (fields[i].group, group_name) && g_str_equal (fields[i].name, name))
          field = &fields[i];

      if (field != NULL)
        {
          gboolean b;

          /* null lifts a limit; for every other member it means "inherit". */
          if (field->type == FIELD_LIMIT && JSON_NODE_HOLDS_NULL (raw))
            field_set (edition, field, PAYDAY_NONE);
          if (value == NULL)
            continue;
          if (field->type == FIELD_BOOL)
            {
              if (read_bool (checker, value, p, &b))
                field_set (edition, field, b);
            }
          else if (read_int (checker, value, p, field->min, field->max, &v))
            {
              field_set (edition, field, v);
            }
        }
      else if (g_str_equal (group_name, "connects") && g_str_equal (name, "bundles"))
        {
          JsonArray *bundles;

          if (value == NULL)
            continue;
          if ((bundles = read_array (checker, value, p)) == NULL)
            continue;
          g_clear_pointer (&edition->connects_bundles, g_array_unref);
          edition->connects_bundles = g_array_new (FALSE, FALSE, sizeof (int));
          for (guint i = 0; i < json_array_get_length (bundles); i++)
            {
              g_autofree char *bp = g_strdup_printf ("%s[%u]", p, i);

              if (read_int (checker, json_array_get_element (bundles, i), bp, 1, MAX_CONNECTS, &v))
                {
                  int n = (int) v;
                  g_array_append_val (edition->connects_bundles, n);
                }
            }
        }
      else if (g_str_equal (group_name, "withdrawal") &&
               (g_str_equal (name, "methods") || g_str_equal (name, "threshold_cents")))
        {
          /* parsed below, member by member */
        }
      else
        {
          payday_read_problem (checker, path, "unknown member \"%s\"", name);
        }
    }

  if (g_str_equal (group_name, "withdrawal"))
    parse_withdrawal_extras (checker, group, path, edition);
}

/* Unverified figures */

/* The node @path names inside @root: object members by name, array elements (badges,
 * criteria) by their "id"; segments are separated by dots. */
static JsonNode *
path_lookup (JsonNode   *root,
             const char *path)
{
  g_auto(GStrv) segments = g_strsplit (path, ".", -1);
  JsonNode *node = root;

  for (guint i = 0; node != NULL && segments[i] != NULL; i++)
    {
      JsonNode *next = NULL;

      if (JSON_NODE_HOLDS_OBJECT (node))
        {
          next = json_object_get_member (json_node_get_object (node), segments[i]);
        }
      else if (JSON_NODE_HOLDS_ARRAY (node))
        {
          JsonArray *array = json_node_get_array (node);

          for (guint j = 0; next == NULL && j < json_array_get_length (array); j++)
            {
              JsonNode *element = json_array_get_element (array, j);
              JsonObject *object = JSON_NODE_HOLDS_OBJECT (element)
                                   ? json_node_get_object (element) : NULL;
              JsonNode *id = object ? json_object_get_member (object, "id") : NULL;

              if (id != NULL && JSON_NODE_HOLDS_VALUE (id)
                  && json_node_get_value_type (id) == G_TYPE_STRING
                  && g_str_equal (json_node_get_string (id), segments[i]))
                next = element;
            }
        }

      node = next;
    }

  return node;
}

/* Whether @node (an edition) gives the figure at @path anew. `fee` and `badges` replace the
 * inherited ones wholesale, so giving them gives everything under them. */
static gboolean
edition_gives (JsonNode   *node,
               const char *path)
{
  JsonObject *object = json_node_get_object (node);

  if (g_str_equal (path, "effective_from"))
    return TRUE;                                /* every edition has its own date */
  if ((g_str_has_prefix (path, "fee.") || g_str_equal (path, "fee")) &&
      json_object_has_member (object, "fee"))
    return TRUE;
  if ((g_str_has_prefix (path, "badges.") || g_str_equal (path, "badges")) &&
      json_object_has_member (object, "badges"))
    return TRUE;

  return path_lookup (node, path) != NULL;
}

/* An unverified mark travels with its figure: the inherited marks stay until an edition
 * gives that figure again, and then that edition's own list decides. */
static void
parse_unverified (Checker       *checker,
                  JsonNode      *node,
                  const char    *path,
                  PaydayEdition *edition)
{
  static const char * const figure_groups[] = {
    "effective_from", "fee", "hourly", "fixed", "bonus", "connects", "withdrawal", "badges", NULL,
  };
  JsonNode *value = member (json_node_get_object (node), "unverified");
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GPtrArray) own = g_ptr_array_new ();
  g_autofree char *list_path = g_strdup_printf ("%s.unverified", path);
  JsonArray *array = NULL;
  guint count = 0;

  for (guint i = 0; edition->unverified != NULL && edition->unverified[i] != NULL; i++)
    if (!edition_gives (node, edition->unverified[i]))
      {
        g_strv_builder_add (builder, edition->unverified[i]);
        count++;
      }

  if (value != NULL)
    array = read_array (checker, value, list_path);

  /* The marks in force are checked against every later edition: keep them few. */
  if (array != NULL && count + json_array_get_length (array) > MAX_UNVERIFIED)
    {
      payday_read_problem (checker, list_path, "more than %d unverified figures in force", MAX_UNVERIFIED);
      array = NULL;
    }

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      g_autofree char *p = g_strdup_printf ("%s[%u]", list_path, i);
      const char *figure = read_string (checker, json_array_get_element (array, i), p, TRUE);
      g_auto(GStrv) head = figure ? g_strsplit (figure, ".", 2) : NULL;

      if (figure == NULL)
        continue;
      if (!g_strv_contains (figure_groups, head[0]) ||
          (g_str_equal (head[0], "effective_from") && head[1] != NULL))
        payday_read_problem (checker, p, "\"%s\" is not a figure (expected effective_from or a path under "
                             "fee, hourly, fixed, bonus, connects, withdrawal or badges)", figure);
      else if (!g_str_equal (figure, "effective_from") && path_lookup (node, figure) == NULL)
        payday_read_problem (checker, p, "\"%s\" names no member this edition gives", figure);
      else if (g_ptr_array_find_with_equal_func (own, figure, g_str_equal, NULL))
        payday_read_problem (checker, p, "\"%s\" is listed twice", figure);
      else
        {
          g_ptr_array_add (own, (gpointer) figure);
          g_strv_builder_add (builder, figure);
        }
    }

  g_strfreev (edition->unverified);
  edition->unverified = g_strv_builder_end (builder);
}

/* After the first edition every rule must have a value. */
static void
check_complete (Checker             *checker,
                const PaydayEdition *edition)
{
  if ((int) edition->fee_model == UNSET)
    payday_read_problem (checker, "editions[0].fee", "missing (the first edition gives every rule)");

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (fields[i].required && field_get (edition, &fields[i]) == UNSET)
      {
        g_autofree char *p = g_strdup_printf ("editions[0].%s.%s", fields[i].group, fields[i].name);
        payday_read_problem (checker, p, "missing (the first edition gives every rule)");
      }

  if (edition->connects_bundles == NULL)
    payday_read_problem (checker, "editions[0].connects.bundles", "missing (the first edition gives every rule)");

  for (guint m = 0; m < PAYDAY_N_METHODS; m++)
    if (edition->withdrawal_methods[m].fee_cents == UNSET ||
        edition->withdrawal_methods[m].arrival_business_days == UNSET)
      {
        g_autofree char *p = g_strdup_printf ("editions[0].withdrawal.methods.%s", method_names[m]);
        payday_read_problem (checker, p, "missing fee_cents or arrival_business_days");
      }

  if (edition->withdrawal_threshold_us_cents == UNSET)
    payday_read_problem (checker, "editions[0].withdrawal.threshold_cents.us", "missing");
  if (edition->withdrawal_threshold_non_us_cents == UNSET)
    payday_read_problem (checker, "editions[0].withdrawal.threshold_cents.non-us", "missing");
  if (edition->badges == NULL)
    payday_read_problem (checker, "editions[0].badges", "missing (the first edition gives every rule)");
}

PaydayEdition *
parse_edition (Checker             *checker,
               JsonNode            *node,
               guint                index,
               const PaydayEdition *prev)
{
  static const char * const known[] = {
    "effective_from", "title", "sources", "notes", "fee", "hourly", "fixed", "bonus",
    "connects", "withdrawal", "badges", "unverified", NULL,
  };
  g_autofree char *path = g_strdup_printf ("editions[%u]", index);
  g_autofree char *from_path = g_strdup_printf ("%s.effective_from", path);
  g_autofree char *title_path = g_strdup_printf ("%s.title", path);
  JsonObject *object = read_object (checker, node, path);
  PaydayEdition *edition;
  const char *text;
  JsonNode *value;

  if (object == NULL)
    return NULL;

  edition = prev ? edition_inherit (prev) : edition_new_unset ();
  edition->effective_from = PAYDAY_DATE_NONE;

  check_known_members (checker, object, path, known);

  text = read_string (checker, json_object_get_member (object, "effective_from"), from_path, TRUE);
  if (text != NULL && !payday_date_parse (text, &edition->effective_from))
    payday_read_problem (checker, from_path, "expected a date YYYY-MM-DD, got \"%s\"", text);

  text = read_string (checker, json_object_get_member (object, "title"), title_path, TRUE);
  edition->title = g_strdup (text ? text : "");

  if ((value = member (object, "sources")) != NULL)
    {
      g_autofree char *p = g_strdup_printf ("%s.sources", path);
      JsonArray *array = read_array (checker, value, p);
      g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

      for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
        {
          g_autofree char *sp = g_strdup_printf ("%s[%u]", p, i);
          const char *s = read_string (checker, json_array_get_element (array, i), sp, TRUE);

          if (s != NULL)
            g_strv_builder_add (builder, s);
        }
      edition->sources = g_strv_builder_end (builder);
    }
  else
    {
      edition->sources = g_new0 (char *, 1);
    }

  if ((value = member (object, "notes")) != NULL)
    {
      g_autofree char *p = g_strdup_printf ("%s.notes", path);
      edition->notes = g_strdup (read_string (checker, value, p, FALSE));
    }

  if ((value = member (object, "fee")) != NULL)
    {
      g_autofree char *p = g_strdup_printf ("%s.fee", path);
      parse_fee (checker, value, p, edition);
    }

  for (guint g = 0; groups[g] != NULL; g++)
    if ((value = member (object, groups[g])) != NULL)
      {
        g_autofree char *p = g_strdup_printf ("%s.%s", path, groups[g]);
        parse_group (checker, value, groups[g], p, edition);
      }

  /* Badges replace the inherited list wholesale. */
  if ((value = member (object, "badges")) != NULL)
    {
      g_autofree char *p = g_strdup_printf ("%s.badges", path);
      guint before = checker->problems->len;

      check_badges (checker, value, p);
      if (checker->problems->len == before)
        {
          g_clear_pointer (&edition->badges, json_node_unref);
          edition->badges = json_node_copy (value);
        }
    }

  parse_unverified (checker, node, path, edition);

  if (prev == NULL)
    check_complete (checker, edition);

  if (edition->connects_proposal_cost_min != UNSET &&
      edition->connects_proposal_cost_max != UNSET &&
      edition->connects_proposal_cost_min > edition->connects_proposal_cost_max)
    {
      g_autofree char *p = g_strdup_printf ("%s.connects.proposal_cost_min", path);
      payday_read_problem (checker, p, "more than proposal_cost_max (%d)", edition->connects_proposal_cost_max);
    }

  return edition;
}
