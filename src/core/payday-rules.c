/* payday-rules.c — load, check and resolve a platform's dated rule editions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdarg.h>
#include <string.h>

#include "payday-core-resources.h"
#include "payday-error.h"
#include "payday-rules.h"

#define RESOURCE_RULES "/io/github/payday/Payday/rules/"
#define MAX_RULES_BYTES (4 * 1024 * 1024)
#define MAX_EDITIONS 1000
#define MAX_DAYS 36500
#define MAX_CONNECTS 1000000
#define UNSET (-1)

/* Every problem found, one "PATH: message" line each; the loader reports them all. */
typedef struct
{
  GPtrArray *problems;
} Checker;

G_GNUC_PRINTF (3, 4)
static void
problem (Checker    *checker,
         const char *path,
         const char *format,
         ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_ptr_array_add (checker->problems, g_strdup_printf ("%s: %s", path, message));
}

static const char *
node_type_name (JsonNode *node)
{
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return "null";
  if (JSON_NODE_HOLDS_OBJECT (node))
    return "an object";
  if (JSON_NODE_HOLDS_ARRAY (node))
    return "an array";

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      return "a string";
    case G_TYPE_BOOLEAN:
      return "a boolean";
    case G_TYPE_INT64:
    case G_TYPE_DOUBLE:
      return "a number";
    default:
      return "a value";
    }
}

static gboolean
node_is_type (JsonNode *node,
              GType     type)
{
  return node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == type;
}

/* An integer in [min, max]; reports and returns FALSE otherwise. */
static gboolean
read_int (Checker    *checker,
          JsonNode   *node,
          const char *path,
          gint64      min,
          gint64      max,
          gint64     *out)
{
  gint64 v;

  if (!node_is_type (node, G_TYPE_INT64))
    {
      problem (checker, path, "expected an integer %" G_GINT64_FORMAT "–%" G_GINT64_FORMAT
               ", got %s", min, max, node_type_name (node));
      return FALSE;
    }

  v = json_node_get_int (node);
  if (v < min || v > max)
    {
      problem (checker, path, "expected an integer %" G_GINT64_FORMAT "–%" G_GINT64_FORMAT
               ", got %" G_GINT64_FORMAT, min, max, v);
      return FALSE;
    }

  *out = v;
  return TRUE;
}

/* A percent 0–100 with at most two decimals, as basis points. */
static gboolean
read_percent (Checker    *checker,
              JsonNode   *node,
              const char *path,
              gint32     *out_bp)
{
  gint64 bp = -1;

  if (node_is_type (node, G_TYPE_INT64))
    {
      gint64 v = json_node_get_int (node);

      if (v >= 0 && v <= 100)
        bp = v * 100;
    }
  else if (node_is_type (node, G_TYPE_DOUBLE))
    {
      if (!payday_decimal_to_hundredths (json_node_get_double (node), &bp) || bp > 10000)
        bp = -1;
    }

  if (bp < 0)
    {
      problem (checker, path, "expected a number 0–100 with at most two decimals");
      return FALSE;
    }

  *out_bp = (gint32) bp;
  return TRUE;
}

static gboolean
read_bool (Checker    *checker,
           JsonNode   *node,
           const char *path,
           gboolean   *out)
{
  if (!node_is_type (node, G_TYPE_BOOLEAN))
    {
      problem (checker, path, "expected true or false, got %s", node_type_name (node));
      return FALSE;
    }

  *out = json_node_get_boolean (node);
  return TRUE;
}

static const char *
read_string (Checker    *checker,
             JsonNode   *node,
             const char *path,
             gboolean    non_empty)
{
  const char *s;

  if (!node_is_type (node, G_TYPE_STRING))
    {
      problem (checker, path, "expected a string, got %s", node_type_name (node));
      return NULL;
    }

  s = json_node_get_string (node);
  if (non_empty && *s == '\0')
    {
      problem (checker, path, "expected a non-empty string");
      return NULL;
    }

  return s;
}

static JsonObject *
read_object (Checker    *checker,
             JsonNode   *node,
             const char *path)
{
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      problem (checker, path, "expected an object, got %s", node_type_name (node));
      return NULL;
    }

  return json_node_get_object (node);
}

static JsonArray *
read_array (Checker    *checker,
            JsonNode   *node,
            const char *path)
{
  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    {
      problem (checker, path, "expected an array, got %s", node_type_name (node));
      return NULL;
    }

  return json_node_get_array (node);
}

/* null and absent mean the same thing in a rule file: "inherit". */
static JsonNode *
member (JsonObject *object,
        const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  return node == NULL || JSON_NODE_HOLDS_NULL (node) ? NULL : node;
}

static void
check_known_members (Checker            *checker,
                     JsonObject         *object,
                     const char         *path,
                     const char * const *known)
{
  g_autoptr(GList) names = json_object_get_members (object);

  for (const GList *l = names; l != NULL; l = l->next)
    {
      if (!g_strv_contains (known, l->data))
        problem (checker, path, "unknown member \"%s\"", (const char *) l->data);
    }
}

/* ---------------------------------------------------------------------------------------- */
/* Scalar rule members: one table drives parsing, inheritance and the "first edition must
 * give everything" check. */

typedef enum { FIELD_INT, FIELD_CENTS, FIELD_BOOL } FieldType;

typedef struct
{
  const char *group;
  const char *name;
  FieldType   type;
  gsize       offset;
  gint64      min;
  gint64      max;
} Field;

#define F(g, n, t, member, lo, hi) { g, n, t, G_STRUCT_OFFSET (PaydayEdition, member), lo, hi }

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
  F ("connects", "monthly_free", FIELD_INT, connects_monthly_free, 0, MAX_CONNECTS),
  F ("connects", "plus_price_cents", FIELD_CENTS, connects_plus_price_cents, 0, 1000000),
  F ("connects", "plus_monthly", FIELD_INT, connects_plus_monthly, 0, MAX_CONNECTS),
  F ("connects", "expiry_days", FIELD_INT, connects_expiry_days, 1, MAX_DAYS),
  F ("connects", "rising_talent_bonus", FIELD_INT, connects_rising_talent_bonus, 0, MAX_CONNECTS),
  F ("connects", "boost", FIELD_BOOL, connects_boost, 0, 1),
  F ("withdrawal", "force_after_days", FIELD_INT, withdrawal_force_after_days, 0, MAX_DAYS),
};

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

/* ---------------------------------------------------------------------------------------- */
/* Badges: checked strictly, then kept as JSON for the badge evaluator. */

typedef enum { P_FLAG, P_SCORE, P_COUNT, P_DAYS, P_CENTS, P_THRESHOLDS } ParamType;

typedef struct
{
  const char *name;
  ParamType   type;
} Param;

typedef struct
{
  const char *kind;
  Param       params[4];
} CriterionKind;

static const CriterionKind criterion_kinds[] = {
  { "profile_flag", { { "flag", P_FLAG } } },
  { "jss_min", { { "threshold", P_SCORE } } },
  { "jss_absent", { { NULL } } },
  { "jss_weeks", { { "threshold", P_SCORE }, { "need", P_COUNT }, { "of", P_COUNT } } },
  { "earnings_window", { { "threshold_cents", P_CENTS }, { "agency_threshold_cents", P_CENTS },
                         { "window_days", P_DAYS } } },
  { "account_age_days", { { "days", P_DAYS } } },
  { "first_contract_age_days", { { "days", P_DAYS } } },
  { "active_days", { { "days", P_DAYS } } },
  { "no_hold_days", { { "days", P_DAYS } } },
  { "max_violations", { { "count", P_COUNT } } },
  { "large_contract", { { "thresholds", P_THRESHOLDS }, { "default_cents", P_CENTS },
                        { "window_days", P_DAYS } } },
  { "invite_only", { { "flag", P_FLAG } } },
};

/* The profile booleans a criterion may name (spec/plan-format.md, profile). */
static const char * const profile_flags[] = {
  "profile_complete", "availability_current", "readiness_test_passed", "social_linked",
  "identity_verified", "expert_vetted", "agency", NULL,
};

static void
check_criterion (Checker    *checker,
                 JsonNode   *node,
                 const char *path,
                 GHashTable *seen_ids)
{
  JsonObject *object = read_object (checker, node, path);
  const CriterionKind *kind = NULL;
  const char *known[8] = { "id", "kind", "name", "description", NULL };
  guint n_known = 4;
  g_autofree char *id_path = g_strdup_printf ("%s.id", path);
  g_autofree char *kind_path = g_strdup_printf ("%s.kind", path);
  const char *id, *kind_name;
  gint64 need = -1, of = -1;

  if (object == NULL)
    return;

  id = read_string (checker, json_object_get_member (object, "id"), id_path, TRUE);
  if (id != NULL && !g_hash_table_add (seen_ids, (gpointer) id))
    problem (checker, id_path, "duplicate criterion id \"%s\"", id);

  kind_name = read_string (checker, json_object_get_member (object, "kind"), kind_path, TRUE);
  if (kind_name == NULL)
    return;

  for (guint i = 0; i < G_N_ELEMENTS (criterion_kinds); i++)
    if (g_str_equal (criterion_kinds[i].kind, kind_name))
      kind = &criterion_kinds[i];

  /* Never silently true: a criterion Payday cannot judge refuses the whole set. */
  if (kind == NULL)
    {
      problem (checker, kind_path, "unknown criterion kind \"%s\"", kind_name);
      return;
    }

  for (guint i = 0; i < G_N_ELEMENTS (kind->params) && kind->params[i].name != NULL; i++)
    {
      const Param *param = &kind->params[i];
      JsonNode *value = member (object, param->name);
      g_autofree char *param_path = g_strdup_printf ("%s.%s", path, param->name);
      gint64 v;

      known[n_known++] = param->name;

      if (value == NULL)
        {
          problem (checker, param_path, "missing (required by kind \"%s\")", kind_name);
          continue;
        }

      switch (param->type)
        {
        case P_FLAG:
          {
            const char *flag = read_string (checker, value, param_path, TRUE);

            if (flag != NULL && !g_strv_contains (profile_flags, flag))
              problem (checker, param_path, "unknown profile flag \"%s\"", flag);
          }
          break;

        case P_SCORE:
          read_int (checker, value, param_path, 0, 100, &v);
          break;

        case P_COUNT:
          if (read_int (checker, value, param_path, 0, 100000, &v))
            {
              if (g_str_equal (param->name, "need"))
                need = v;
              else if (g_str_equal (param->name, "of"))
                of = v;
            }
          break;

        case P_DAYS:
          read_int (checker, value, param_path, 0, MAX_DAYS, &v);
          break;

        case P_CENTS:
          read_int (checker, value, param_path, 0, PAYDAY_CENTS_MAX, &v);
          break;

        case P_THRESHOLDS:
          {
            JsonObject *map = read_object (checker, value, param_path);
            g_autoptr(GList) names = map ? json_object_get_members (map) : NULL;

            for (const GList *l = names; l != NULL; l = l->next)
              {
                g_autofree char *p = g_strdup_printf ("%s.%s", param_path,
                                                      (const char *) l->data);

                read_int (checker, json_object_get_member (map, l->data), p,
                          0, PAYDAY_CENTS_MAX, &v);
              }
          }
          break;

        default:
          g_assert_not_reached ();
        }
    }

  if (need >= 0 && of >= 0 && (need > of || of == 0))
    problem (checker, path, "need (%" G_GINT64_FORMAT ") must be between 1 and of (%"
             G_GINT64_FORMAT ")", need, of);

  check_known_members (checker, object, path, known);
}

static void
check_string_array (Checker    *checker,
                    JsonNode   *node,
                    const char *path)
{
  JsonArray *array = read_array (checker, node, path);

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      g_autofree char *p = g_strdup_printf ("%s[%u]", path, i);

      read_string (checker, json_array_get_element (array, i), p, FALSE);
    }
}

static void
check_badges (Checker    *checker,
              JsonNode   *node,
              const char *path)
{
  static const char * const known[] = {
    "id", "name", "description", "benefits", "requires", "criteria", NULL,
  };
  JsonArray *array = read_array (checker, node, path);
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);

  if (array == NULL)
    return;

  /* First the ids, so "requires" may name a badge listed later. */
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *badge = json_array_get_element (array, i);
      g_autofree char *p = g_strdup_printf ("%s[%u].id", path, i);
      const char *id;

      if (!JSON_NODE_HOLDS_OBJECT (badge))
        continue;
      id = read_string (checker, json_object_get_member (json_node_get_object (badge), "id"),
                        p, TRUE);
      if (id != NULL && !g_hash_table_add (ids, (gpointer) id))
        problem (checker, p, "duplicate badge id \"%s\"", id);
    }

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *bpath = g_strdup_printf ("%s[%u]", path, i);
      g_autofree char *name_path = g_strdup_printf ("%s.name", bpath);
      g_autofree char *criteria_path = g_strdup_printf ("%s.criteria", bpath);
      JsonObject *badge = read_object (checker, json_array_get_element (array, i), bpath);
      g_autoptr(GHashTable) criterion_ids = NULL;
      JsonArray *criteria;
      JsonNode *value;
      const char *self;

      if (badge == NULL)
        continue;

      check_known_members (checker, badge, bpath, known);
      read_string (checker, json_object_get_member (badge, "name"), name_path, TRUE);
      self = json_object_get_string_member_with_default (badge, "id", NULL);

      if ((value = member (badge, "description")) != NULL)
        {
          g_autofree char *p = g_strdup_printf ("%s.description", bpath);
          read_string (checker, value, p, FALSE);
        }

      if ((value = member (badge, "benefits")) != NULL)
        {
          g_autofree char *p = g_strdup_printf ("%s.benefits", bpath);
          check_string_array (checker, value, p);
        }

      if ((value = member (badge, "requires")) != NULL)
        {
          g_autofree char *p = g_strdup_printf ("%s.requires", bpath);
          JsonArray *requires = read_array (checker, value, p);

          for (guint j = 0; requires != NULL && j < json_array_get_length (requires); j++)
            {
              g_autofree char *rp = g_strdup_printf ("%s[%u]", p, j);
              const char *required = read_string (checker, json_array_get_element (requires, j),
                                                  rp, TRUE);

              if (required == NULL)
                continue;
              if (g_strcmp0 (required, self) == 0)
                problem (checker, rp, "a badge cannot require itself");
              else if (!g_hash_table_contains (ids, required))
                problem (checker, rp, "no badge \"%s\" in this edition", required);
            }
        }

      criteria = read_array (checker, json_object_get_member (badge, "criteria"), criteria_path);
      criterion_ids = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint j = 0; criteria != NULL && j < json_array_get_length (criteria); j++)
        {
          g_autofree char *cp = g_strdup_printf ("%s[%u]", criteria_path, j);

          check_criterion (checker, json_array_get_element (criteria, j), cp, criterion_ids);
        }
    }
}

/* ---------------------------------------------------------------------------------------- */
/* Editions */

static void
edition_free (PaydayEdition *edition)
{
  g_free (edition->title);
  g_strfreev (edition->sources);
  g_free (edition->notes);
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
    field_set (edition, &fields[i], UNSET);
  for (guint m = 0; m < PAYDAY_N_METHODS; m++)
    {
      edition->withdrawal_methods[m].fee_cents = UNSET;
      edition->withdrawal_methods[m].arrival_business_days = UNSET;
    }
  edition->withdrawal_threshold_us_cents = UNSET;
  edition->withdrawal_threshold_non_us_cents = UNSET;
  edition->fee_tiers = g_array_new (FALSE, FALSE, sizeof (PaydayFeeTier));

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
        problem (checker, tiers_path, "expected at least one tier");

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
            problem (checker, up_path, "only the last tier may be unbounded (null)");
          else if (up != NULL && last)
            problem (checker, up_path, "the last tier must be unbounded (null)");
          else if (up != NULL && read_int (checker, up, up_path, 1, PAYDAY_CENTS_MAX, &v))
            {
              if (v <= previous)
                problem (checker, up_path, "expected more than the previous tier's %"
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
        problem (checker, dp, "expected min_percent ≤ default_percent ≤ max_percent");
    }
  else
    {
      problem (checker, model_path, "unknown fee model \"%s\" (expected flat, sliding or "
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
              problem (checker, p, "unknown withdrawal method");
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
      g_autofree char *p = g_strdup_printf ("%s.%s", path, name);
      const Field *field = NULL;
      gint64 v;

      for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
        if (g_str_equal (fields[i].group, group_name) && g_str_equal (fields[i].name, name))
          field = &fields[i];

      if (field != NULL)
        {
          gboolean b;

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
          problem (checker, path, "unknown member \"%s\"", name);
        }
    }

  if (g_str_equal (group_name, "withdrawal"))
    parse_withdrawal_extras (checker, group, path, edition);
}

/* After the first edition every rule must have a value. */
static void
check_complete (Checker             *checker,
                const PaydayEdition *edition)
{
  if ((int) edition->fee_model == UNSET)
    problem (checker, "editions[0].fee", "missing (the first edition gives every rule)");

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (field_get (edition, &fields[i]) == UNSET)
      {
        g_autofree char *p = g_strdup_printf ("editions[0].%s.%s", fields[i].group, fields[i].name);
        problem (checker, p, "missing (the first edition gives every rule)");
      }

  if (edition->connects_bundles == NULL)
    problem (checker, "editions[0].connects.bundles", "missing (the first edition gives every rule)");

  for (guint m = 0; m < PAYDAY_N_METHODS; m++)
    if (edition->withdrawal_methods[m].fee_cents == UNSET ||
        edition->withdrawal_methods[m].arrival_business_days == UNSET)
      {
        g_autofree char *p = g_strdup_printf ("editions[0].withdrawal.methods.%s", method_names[m]);
        problem (checker, p, "missing fee_cents or arrival_business_days");
      }

  if (edition->withdrawal_threshold_us_cents == UNSET)
    problem (checker, "editions[0].withdrawal.threshold_cents.us", "missing");
  if (edition->withdrawal_threshold_non_us_cents == UNSET)
    problem (checker, "editions[0].withdrawal.threshold_cents.non-us", "missing");
  if (edition->badges == NULL)
    problem (checker, "editions[0].badges", "missing (the first edition gives every rule)");
}

static PaydayEdition *
parse_edition (Checker             *checker,
               JsonNode            *node,
               guint                index,
               const PaydayEdition *prev)
{
  static const char * const known[] = {
    "effective_from", "title", "sources", "notes", "fee", "hourly", "fixed", "bonus",
    "connects", "withdrawal", "badges", NULL,
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
    problem (checker, from_path, "expected a date YYYY-MM-DD, got \"%s\"", text);

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

  if (prev == NULL)
    check_complete (checker, edition);

  if (edition->connects_proposal_cost_min != UNSET &&
      edition->connects_proposal_cost_max != UNSET &&
      edition->connects_proposal_cost_min > edition->connects_proposal_cost_max)
    {
      g_autofree char *p = g_strdup_printf ("%s.connects.proposal_cost_min", path);
      problem (checker, p, "more than proposal_cost_max (%d)", edition->connects_proposal_cost_max);
    }

  return edition;
}

/* ---------------------------------------------------------------------------------------- */

static void
rules_free (PaydayRules *rules)
{
  g_free (rules->id);
  g_free (rules->name);
  g_clear_pointer (&rules->editions, g_ptr_array_unref);
  g_free (rules);
}

/**
 * payday_rules_ref:
 * @rules: a rule set
 *
 * Returns: (transfer full): @rules
 */
PaydayRules *
payday_rules_ref (PaydayRules *rules)
{
  g_return_val_if_fail (rules != NULL, NULL);

  g_atomic_ref_count_inc (&rules->ref_count);

  return rules;
}

/**
 * payday_rules_unref:
 * @rules: (transfer full): a rule set
 */
void
payday_rules_unref (PaydayRules *rules)
{
  g_return_if_fail (rules != NULL);

  if (g_atomic_ref_count_dec (&rules->ref_count))
    rules_free (rules);
}

static gboolean
report_problems (Checker  *checker,
                 GError  **error)
{
  g_autoptr(GString) message = NULL;

  if (checker->problems->len == 0)
    return TRUE;

  message = g_string_new (NULL);
  for (guint i = 0; i < checker->problems->len; i++)
    {
      if (i > 0)
        g_string_append_c (message, '\n');
      g_string_append (message, g_ptr_array_index (checker->problems, i));
    }

  g_set_error_literal (error, PAYDAY_ERROR, PAYDAY_ERROR_INVALID, message->str);
  return FALSE;
}

/**
 * payday_rules_load_from_data:
 * @data: a rule file's text (UTF-8 JSON)
 * @length: its length, or -1 when NUL-terminated
 * @user_set: %TRUE for a file from the user's rules folder
 * @error: every problem found, one `PATH: message` line each
 *
 * Parses and checks a rule set and resolves its editions (each edition = the previous
 * resolved edition plus what it lists; `hourly`, `fixed`, `bonus`, `connects` and
 * `withdrawal` merge member by member, `fee` and `badges` replace wholesale).
 *
 * Built-in and user sets are held to the same rules: an unknown member, criterion kind or
 * profile flag refuses the set, so a badge is never judged by a rule Payday cannot read.
 * @user_set only changes the wording of the error.
 *
 * Returns: (transfer full) (nullable): the rule set, or %NULL with @error set
 */
PaydayRules *
payday_rules_load_from_data (const char  *data,
                             gssize       length,
                             gboolean     user_set,
                             GError     **error)
{
  static const char * const known[] = { "format", "version", "id", "name", "editions", NULL };
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  GPtrArray *editions;
  Checker checker = { problems };
  PaydayRules *rules;
  JsonObject *root;
  JsonArray *array;
  JsonNode *node;
  const char *text;
  gint64 version = 0;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (length < 0)
    length = (gssize) strlen (data);

  if (length > MAX_RULES_BYTES)
    {
      g_set_error (error, PAYDAY_ERROR, PAYDAY_ERROR_TOO_LARGE,
                   "%s rule set is larger than %d bytes", user_set ? "The" : "The built-in",
                   MAX_RULES_BYTES);
      return NULL;
    }

  if (!json_parser_load_from_data (parser, data, length, &local_error))
    {
      g_set_error (error, PAYDAY_ERROR, PAYDAY_ERROR_SYNTAX, "%s", local_error->message);
      return NULL;
    }

  root = read_object (&checker, json_parser_get_root (parser), "$");
  if (root == NULL)
    {
      report_problems (&checker, error);
      return NULL;
    }

  text = read_string (&checker, json_object_get_member (root, "format"), "format", TRUE);
  if (text != NULL && !g_str_equal (text, "payday-rules"))
    problem (&checker, "format", "expected \"payday-rules\", got \"%s\"", text);

  node = json_object_get_member (root, "version");
  if (read_int (&checker, node, "version", 1, G_MAXINT32, &version) && version > 1)
    {
      g_set_error (error, PAYDAY_ERROR, PAYDAY_ERROR_VERSION,
                   "version: this %s rule set has format version %" G_GINT64_FORMAT
                   ", written by a newer Payday; this one reads version 1",
                   user_set ? "user" : "built-in", version);
      return NULL;
    }

  check_known_members (&checker, root, "$", known);

  rules = g_new0 (PaydayRules, 1);
  g_atomic_ref_count_init (&rules->ref_count);
  rules->id = g_strdup (read_string (&checker, json_object_get_member (root, "id"), "id", TRUE));
  rules->name = g_strdup (read_string (&checker, json_object_get_member (root, "name"), "name",
                                       TRUE));
  rules->editions = editions = g_ptr_array_new_with_free_func ((GDestroyNotify) edition_free);

  array = read_array (&checker, json_object_get_member (root, "editions"), "editions");
  if (array != NULL && json_array_get_length (array) == 0)
    problem (&checker, "editions", "expected at least one edition");
  if (array != NULL && json_array_get_length (array) > MAX_EDITIONS)
    problem (&checker, "editions", "more than %d editions", MAX_EDITIONS);

  for (guint i = 0; array != NULL && i < MIN (json_array_get_length (array), MAX_EDITIONS); i++)
    {
      const PaydayEdition *prev = editions->len ? g_ptr_array_index (editions, editions->len - 1)
                                                : NULL;
      PaydayEdition *edition;

      /* An edition that is not even an object cannot be inherited from; the next ones
       * inherit from the last good one so their own problems still show. */
      edition = parse_edition (&checker, json_array_get_element (array, i), i, prev);
      if (edition == NULL)
        continue;

      if (prev != NULL && payday_date_is_set (edition->effective_from) &&
          payday_date_is_set (prev->effective_from) &&
          edition->effective_from <= prev->effective_from)
        {
          char a[PAYDAY_DATE_BUF], b[PAYDAY_DATE_BUF];
          g_autofree char *p = g_strdup_printf ("editions[%u].effective_from", i);

          problem (&checker, p, "%s is not after the previous edition's %s (editions must be in "
                   "ascending order)", payday_date_format (edition->effective_from, a),
                   payday_date_format (prev->effective_from, b));
        }

      g_ptr_array_add (editions, edition);
    }

  if (!report_problems (&checker, error))
    {
      payday_rules_unref (rules);
      return NULL;
    }

  return rules;
}

static gboolean
id_is_safe (const char *id)
{
  if (id == NULL || *id == '\0' || strlen (id) > 100)
    return FALSE;

  for (const char *p = id; *p; p++)
    if (!g_ascii_isalnum (*p) && *p != '_' && *p != '-' && *p != '.')
      return FALSE;

  return id[0] != '.';
}

/**
 * payday_rules_load_builtin:
 * @id: a rule set id such as "upwork"
 * @error: %PAYDAY_ERROR_NOT_FOUND when Payday has no such built-in set
 *
 * Returns: (transfer full) (nullable): the rule set compiled into Payday
 */
PaydayRules *
payday_rules_load_builtin (const char  *id,
                           GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *path = NULL;
  PaydayRules *rules;
  gsize size;
  const char *data;

  g_return_val_if_fail (id != NULL, NULL);

  if (!id_is_safe (id))
    {
      g_set_error (error, PAYDAY_ERROR, PAYDAY_ERROR_NOT_FOUND, "No rule set \"%s\"", id);
      return NULL;
    }

  path = g_strconcat (RESOURCE_RULES, id, ".json", NULL);
  bytes = g_resource_lookup_data (payday_core_get_resource (), path,
                                  G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  if (bytes == NULL)
    {
      g_set_error (error, PAYDAY_ERROR, PAYDAY_ERROR_NOT_FOUND, "No built-in rule set \"%s\"", id);
      return NULL;
    }

  data = g_bytes_get_data (bytes, &size);
  rules = payday_rules_load_from_data (data, (gssize) size, FALSE, error);
  if (rules == NULL)
    g_prefix_error (error, "%s: ", path);

  return rules;
}

/* Puts "FILE: " before every line, so each problem names its file. */
static void
prefix_lines (GError     **error,
              const char  *file)
{
  g_auto(GStrv) lines = NULL;
  g_autoptr(GString) message = g_string_new (NULL);

  if (error == NULL || *error == NULL)
    return;

  lines = g_strsplit ((*error)->message, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    g_string_append_printf (message, "%s%s: %s", i ? "\n" : "", file, lines[i]);

  g_free ((*error)->message);
  (*error)->message = g_string_free (g_steal_pointer (&message), FALSE);
}

static PaydayRules *
load_user_file (const char  *file,
                GError     **error)
{
  g_autofree char *contents = NULL;
  gsize length;
  PaydayRules *rules;

  if (!g_file_get_contents (file, &contents, &length, error))
    return NULL;

  rules = payday_rules_load_from_data (contents, (gssize) length, TRUE, error);
  if (rules == NULL)
    prefix_lines (error, file);

  return rules;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

/* The "id" of a JSON file, without checking anything else; NULL when unreadable. */
static char *
peek_id (const char *file)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  JsonNode *root;

  if (!json_parser_load_from_file (parser, file, NULL))
    return NULL;

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return NULL;

  return g_strdup (json_object_get_string_member_with_default (json_node_get_object (root),
                                                               "id", NULL));
}

/**
 * payday_rules_lookup:
 * @id: a rule set id
 * @error: the user file's problems, or %PAYDAY_ERROR_NOT_FOUND
 *
 * Finds a rule set by id: a user's `$XDG_DATA_HOME/payday/rules/ID.json`, else any other
 * `*.json` in that folder whose `id` is @id (files in name order), else the built-in set.
 * A user's set overrides the built-in one of the same id; when that user file is broken
 * the error is returned rather than silently falling back to the built-in rules.
 *
 * Returns: (transfer full) (nullable): the rule set
 */
PaydayRules *
payday_rules_lookup (const char  *id,
                     GError     **error)
{
  g_autofree char *folder = NULL;
  g_autofree char *named = NULL;
  g_autofree char *file_name = NULL;
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) names = NULL;
  const char *name;

  g_return_val_if_fail (id != NULL, NULL);

  if (!id_is_safe (id))
    {
      g_set_error (error, PAYDAY_ERROR, PAYDAY_ERROR_NOT_FOUND, "No rule set \"%s\"", id);
      return NULL;
    }

  folder = g_build_filename (g_get_user_data_dir (), "payday", "rules", NULL);
  file_name = g_strconcat (id, ".json", NULL);
  named = g_build_filename (folder, file_name, NULL);

  if (g_file_test (named, G_FILE_TEST_IS_REGULAR))
    {
      PaydayRules *rules = load_user_file (named, error);

      /* ID.json must hold the set it is named after, or the user would get another
       * platform's rules under this id without noticing. */
      if (rules != NULL && g_strcmp0 (rules->id, id) != 0)
        {
          g_set_error (error, PAYDAY_ERROR, PAYDAY_ERROR_INVALID,
                       "%s: id: \"%s\" does not match the file name (expected \"%s\")",
                       named, rules->id, id);
          g_clear_pointer (&rules, payday_rules_unref);
        }

      return rules;
    }

  dir = g_dir_open (folder, 0, NULL);
  names = g_ptr_array_new_with_free_func (g_free);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".json"))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (folder, g_ptr_array_index (names, i), NULL);
      g_autofree char *file_id = peek_id (path);

      if (g_strcmp0 (file_id, id) == 0)
        return load_user_file (path, error);
    }

  return payday_rules_load_builtin (id, error);
}

/**
 * payday_rules_edition_at:
 * @rules: a rule set
 * @date: a day
 *
 * Returns: (transfer none): the last edition whose effective_from ≤ @date; the first
 *   edition when @date is before them all
 */
const PaydayEdition *
payday_rules_edition_at (const PaydayRules *rules,
                         PaydayDate         date)
{
  guint lo = 0, hi;

  g_return_val_if_fail (rules != NULL && rules->editions->len > 0, NULL);

  /* Binary search for the first edition starting after @date. */
  hi = rules->editions->len;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      const PaydayEdition *e = g_ptr_array_index (rules->editions, mid);

      if (e->effective_from <= date)
        lo = mid + 1;
      else
        hi = mid;
    }

  return g_ptr_array_index (rules->editions, lo > 0 ? lo - 1 : 0);
}

/**
 * payday_rules_find_edition:
 * @rules: a rule set
 * @effective_from: an edition's first day
 *
 * Returns: (transfer none) (nullable): the edition starting exactly on @effective_from
 */
const PaydayEdition *
payday_rules_find_edition (const PaydayRules *rules,
                           PaydayDate         effective_from)
{
  g_return_val_if_fail (rules != NULL, NULL);

  for (guint i = 0; i < rules->editions->len; i++)
    {
      const PaydayEdition *e = g_ptr_array_index (rules->editions, i);

      if (e->effective_from == effective_from)
        return e;
    }

  return NULL;
}

/**
 * payday_rules_edition_for:
 * @rules: a rule set
 * @plan: (nullable): the plan, for its `rules_edition` pin
 * @date: the day an event happens
 *
 * When the plan pins an edition, that edition judges every date. A pin that is not an
 * edition's exact first day means "the rules in force on that day".
 *
 * Returns: (transfer none): the edition that judges an event on @date
 */
const PaydayEdition *
payday_rules_edition_for (const PaydayRules *rules,
                          const PaydayPlan  *plan,
                          PaydayDate         date)
{
  g_return_val_if_fail (rules != NULL, NULL);

  if (plan != NULL && payday_date_is_set (plan->rules_edition))
    return payday_rules_edition_at (rules, plan->rules_edition);

  return payday_rules_edition_at (rules, date);
}
