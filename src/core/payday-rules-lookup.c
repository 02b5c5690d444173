/* payday-rules-lookup.c — find a rule set by id: user folder first, then built-in resources
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "payday-core-resources.h"
#include "payday-rules-private.h"

#define RESOURCE_RULES "/io/github/payday/Payday/rules/"

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
