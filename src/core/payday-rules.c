/* payday-rules.c — load, check and resolve a platform's dated rule editions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "payday-rules-private.h"

#define MAX_RULES_BYTES (4 * 1024 * 1024)
#define MAX_EDITIONS 1000

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
 * `withdrawal` merge member by member, `fee` and `badges` replace wholesale). A member set
 * to null inherits, except `connects.rollover_limit`, where null means "no limit". An
 * edition's `unverified` paths must name members it gives; the marks are inherited with
 * their figures until an edition gives the figure again (docs/rules-format.md).
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
    payday_read_problem (&checker, "format", "expected \"payday-rules\", got \"%s\"", text);

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
    payday_read_problem (&checker, "editions", "expected at least one edition");
  if (array != NULL && json_array_get_length (array) > MAX_EDITIONS)
    payday_read_problem (&checker, "editions", "more than %d editions", MAX_EDITIONS);

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

          payday_read_problem (&checker, p, "%s is not after the previous edition's %s (editions must be in "
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

/* Whether @a is @b or lies under it, segment by segment ("fee" covers "fee.max_percent",
 * not "feed"). */
static gboolean
path_within (const char *a,
             const char *b)
{
  gsize n = strlen (b);

  return strncmp (a, b, n) == 0 && (a[n] == '\0' || a[n] == '.');
}

/**
 * payday_edition_is_unverified:
 * @edition: a resolved edition
 * @path: a figure's path, such as "connects.rollover_limit", "fee" or
 *   "badges.top_rated_plus.criteria.large_contract.thresholds.Writing"
 *
 * A figure is unverified when a path in the edition's `unverified` list (its own, or
 * inherited with a figure it did not give again) is @path, lies under it, or contains it:
 * "fee" is unverified when "fee.max_percent" is, and "fee.max_percent" when "fee" is.
 *
 * Returns: %TRUE when no source confirms the figure at @path
 */
gboolean
payday_edition_is_unverified (const PaydayEdition *edition,
                              const char          *path)
{
  g_return_val_if_fail (edition != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  for (guint i = 0; edition->unverified != NULL && edition->unverified[i] != NULL; i++)
    if (path_within (edition->unverified[i], path) || path_within (path, edition->unverified[i]))
      return TRUE;

  return FALSE;
}
