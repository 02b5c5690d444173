/* payday-rules-check.c — typed readers of rule-file JSON members and the strict badge checker
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdarg.h>

#include "payday-rules-private.h"

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
gboolean
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
      payday_read_problem (checker, path, "expected an integer %" G_GINT64_FORMAT "–%" G_GINT64_FORMAT
                           ", got %s", min, max, node_type_name (node));
      return FALSE;
    }

  v = json_node_get_int (node);
  if (v < min || v > max)
    {
      payday_read_problem (checker, path, "expected an integer %" G_GINT64_FORMAT "–%" G_GINT64_FORMAT
                           ", got %" G_GINT64_FORMAT, min, max, v);
      return FALSE;
    }

  *out = v;
  return TRUE;
}

/* A percent 0–100 with at most two decimals, as basis points. */
gboolean
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
      payday_read_problem (checker, path, "expected a number 0–100 with at most two decimals");
      return FALSE;
    }

  *out_bp = (gint32) bp;
  return TRUE;
}

gboolean
read_bool (Checker    *checker,
           JsonNode   *node,
           const char *path,
           gboolean   *out)
{
  if (!node_is_type (node, G_TYPE_BOOLEAN))
    {
      payday_read_problem (checker, path, "expected true or false, got %s", node_type_name (node));
      return FALSE;
    }

  *out = json_node_get_boolean (node);
  return TRUE;
}

const char *
read_string (Checker    *checker,
             JsonNode   *node,
             const char *path,
             gboolean    non_empty)
{
  const char *s;

  if (!node_is_type (node, G_TYPE_STRING))
    {
      payday_read_problem (checker, path, "expected a string, got %s", node_type_name (node));
      return NULL;
    }

  s = json_node_get_string (node);
  if (non_empty && *s == '\0')
    {
      payday_read_problem (checker, path, "expected a non-empty string");
      return NULL;
    }

  return s;
}

JsonObject *
read_object (Checker    *checker,
             JsonNode   *node,
             const char *path)
{
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      payday_read_problem (checker, path, "expected an object, got %s", node_type_name (node));
      return NULL;
    }

  return json_node_get_object (node);
}

JsonArray *
read_array (Checker    *checker,
            JsonNode   *node,
            const char *path)
{
  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    {
      payday_read_problem (checker, path, "expected an array, got %s", node_type_name (node));
      return NULL;
    }

  return json_node_get_array (node);
}

/* null and absent mean the same thing in a rule file: "inherit" (the one exception, a limit
 * that null lifts, reads the member itself: see FIELD_LIMIT in payday-rules-edition.c). */
JsonNode *
member (JsonObject *object,
        const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  return node == NULL || JSON_NODE_HOLDS_NULL (node) ? NULL : node;
}

void
check_known_members (Checker            *checker,
                     JsonObject         *object,
                     const char         *path,
                     const char * const *known)
{
  g_autoptr(GList) names = json_object_get_members (object);

  for (const GList *l = names; l != NULL; l = l->next)
    {
      if (!g_strv_contains (known, l->data))
        payday_read_problem (checker, path, "unknown member \"%s\"", (const char *) l->data);
    }
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

/* The profile booleans a criterion may name (docs/plan-format.md, profile). */
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
    payday_read_problem (checker, id_path, "duplicate criterion id \"%s\"", id);

  kind_name = read_string (checker, json_object_get_member (object, "kind"), kind_path, TRUE);
  if (kind_name == NULL)
    return;

  for (guint i = 0; i < G_N_ELEMENTS (criterion_kinds); i++)
    if (g_str_equal (criterion_kinds[i].kind, kind_name))
      kind = &criterion_kinds[i];

  /* Never silently true: a criterion Payday cannot judge refuses the whole set. */
  if (kind == NULL)
    {
      payday_read_problem (checker, kind_path, "unknown criterion kind \"%s\"", kind_name);
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
          payday_read_problem (checker, param_path, "missing (required by kind \"%s\")", kind_name);
          continue;
        }

      switch (param->type)
        {
        case P_FLAG:
          {
            const char *flag = read_string (checker, value, param_path, TRUE);

            if (flag != NULL && !g_strv_contains (profile_flags, flag))
              payday_read_problem (checker, param_path, "unknown profile flag \"%s\"", flag);
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
    payday_read_problem (checker, path, "need (%" G_GINT64_FORMAT ") must be between 1 and of (%"
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

void
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
        payday_read_problem (checker, p, "duplicate badge id \"%s\"", id);
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
                payday_read_problem (checker, rp, "a badge cannot require itself");
              else if (!g_hash_table_contains (ids, required))
                payday_read_problem (checker, rp, "no badge \"%s\" in this edition", required);
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
