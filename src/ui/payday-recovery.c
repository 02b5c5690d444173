/* payday-recovery.c — recovery copies of unsaved plans, as autosave leaves them after a crash
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "payday-recovery.h"

/* A recovery is two files in the recovery folder: ID.payday, the plan as it was when
 * autosave last ran, and ID.json, what the restore offer shows about it (see
 * payday-autosave.c for how they are written). */
struct _PaydayRecovery
{
  gatomicrefcount  ref_count;
  char            *id;
  GFile           *file;
  GFile           *info_file;
  char            *name;
  GFile           *original;
  GDateTime       *saved_at;
  char            *summary;
  char            *disk_stamp;
};

G_DEFINE_BOXED_TYPE (PaydayRecovery, payday_recovery, payday_recovery_ref, payday_recovery_unref)

/**
 * payday_recovery_default_folder:
 *
 * Returns: (transfer full): `$XDG_STATE_HOME/payday/recovery`
 */
GFile *
payday_recovery_default_folder (void)
{
  g_autofree char *path = g_build_filename (g_get_user_state_dir (), "payday", "recovery", NULL);

  return g_file_new_for_path (path);
}

PaydayRecovery *
payday_recovery_ref (PaydayRecovery *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);

  return self;
}

void
payday_recovery_unref (PaydayRecovery *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_free (self->id);
  g_clear_object (&self->file);
  g_clear_object (&self->info_file);
  g_free (self->name);
  g_clear_object (&self->original);
  g_clear_pointer (&self->saved_at, g_date_time_unref);
  g_free (self->summary);
  g_free (self->disk_stamp);
  g_free (self);
}

static void
set_str (char       **field,
         const char  *value)
{
  g_free (*field);
  *field = g_strdup (value);
}

static const char *
get_string (JsonObject *obj,
            const char *member)
{
  JsonNode *node = json_object_get_member (obj, member);

  if (node != NULL && JSON_NODE_HOLDS_VALUE (node) &&
      json_node_get_value_type (node) == G_TYPE_STRING)
    return json_node_get_string (node);

  return NULL;
}

static void
read_info (PaydayRecovery *self)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *path = g_file_get_path (self->info_file);
  JsonNode *root;
  JsonObject *obj;
  const char *value;

  /* A missing or damaged description only costs the details: the plan itself is what
   * matters, so the recovery is still offered. */
  if (path == NULL || !json_parser_load_from_file (parser, path, NULL))
    return;

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return;
  obj = json_node_get_object (root);

  if ((value = get_string (obj, "name")) && value[0] != '\0')
    set_str (&self->name, value);
  if ((value = get_string (obj, "original")))
    self->original = g_file_new_for_uri (value);
  if ((value = get_string (obj, "saved_at")))
    {
      g_autoptr(GDateTime) when = g_date_time_new_from_iso8601 (value, NULL);

      if (when != NULL)
        {
          g_clear_pointer (&self->saved_at, g_date_time_unref);
          self->saved_at = g_steal_pointer (&when);
        }
    }
  if ((value = get_string (obj, "summary")))
    set_str (&self->summary, value);
  if ((value = get_string (obj, "disk_stamp")))
    set_str (&self->disk_stamp, value);
}

static PaydayRecovery *
payday_recovery_new_from_file (GFile     *folder,
                               GFileInfo *info)
{
  PaydayRecovery *self;
  const char *name = g_file_info_get_name (info);
  g_autofree char *info_name = NULL;

  self = g_new0 (PaydayRecovery, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->id = g_strndup (name, strlen (name) - strlen (".payday"));
  self->file = g_file_get_child (folder, name);
  info_name = g_strconcat (self->id, ".json", NULL);
  self->info_file = g_file_get_child (folder, info_name);
  self->name = g_strdup (_("Untitled Plan"));
  self->saved_at = g_file_info_get_modification_date_time (info);
  if (self->saved_at == NULL)
    self->saved_at = g_date_time_new_now_utc ();

  read_info (self);

  return self;
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  const PaydayRecovery *ra = *(PaydayRecovery * const *) a;
  const PaydayRecovery *rb = *(PaydayRecovery * const *) b;

  return g_date_time_compare (rb->saved_at, ra->saved_at);
}

/**
 * payday_recovery_list:
 * @folder: (nullable): the recovery folder; %NULL for payday_recovery_default_folder()
 *
 * Returns: (transfer full) (element-type PaydayRecovery): the recoveries in @folder, newest
 *   first; empty when there are none or the folder cannot be read
 */
GPtrArray *
payday_recovery_list (GFile *folder)
{
  g_autoptr(GFile) default_folder = NULL;
  g_autoptr(GFileEnumerator) enumerator = NULL;
  GPtrArray *list = g_ptr_array_new_with_free_func ((GDestroyNotify) payday_recovery_unref);

  g_return_val_if_fail (!folder || G_IS_FILE (folder), list);

  if (folder == NULL)
    folder = default_folder = payday_recovery_default_folder ();

  enumerator = g_file_enumerate_children (folder,
                                          G_FILE_ATTRIBUTE_STANDARD_NAME ","
                                          G_FILE_ATTRIBUTE_STANDARD_TYPE ","
                                          G_FILE_ATTRIBUTE_TIME_MODIFIED ","
                                          G_FILE_ATTRIBUTE_TIME_MODIFIED_USEC,
                                          G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS,
                                          NULL, NULL);
  if (enumerator == NULL)
    return list;

  for (;;)
    {
      GFileInfo *info = NULL;

      if (!g_file_enumerator_iterate (enumerator, &info, NULL, NULL, NULL) || info == NULL)
        break;

      /* Only finished copies: g_file_set_contents() writes NAME.payday.XXXXXX first. */
      if (g_file_info_get_file_type (info) == G_FILE_TYPE_REGULAR &&
          g_str_has_suffix (g_file_info_get_name (info), ".payday") &&
          g_file_info_get_name (info)[0] != '.')
        g_ptr_array_add (list, payday_recovery_new_from_file (folder, info));
    }

  g_ptr_array_sort (list, compare_newest_first);

  return list;
}

/* The file name autosave gives the copy: see payday-autosave.c */
const char *
payday_recovery_get_id (PaydayRecovery *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->id;
}

/* The plan's name, or "Untitled Plan" */
const char *
payday_recovery_get_name (PaydayRecovery *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->name;
}

/**
 * payday_recovery_get_original:
 *
 * Returns: (transfer none) (nullable): the file the plan was open from; %NULL for a plan
 *   that was never saved
 */
GFile *
payday_recovery_get_original (PaydayRecovery *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->original;
}

GDateTime *
payday_recovery_get_saved_at (PaydayRecovery *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->saved_at;
}

/* What the plan holds, e.g. "3 contracts, 41 weeks, 12 proposals"; NULL when unknown */
const char *
payday_recovery_get_summary (PaydayRecovery *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->summary;
}

/* How the original file looked on disk when the plan was opened or last saved (see
 * payday_autosave_get_disk_stamp()); NULL when unknown */
const char *
payday_recovery_get_disk_stamp (PaydayRecovery *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->disk_stamp;
}

/**
 * payday_recovery_get_file:
 *
 * Returns: (transfer none): the recovery copy of the plan
 */
GFile *
payday_recovery_get_file (PaydayRecovery *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->file;
}

/**
 * payday_recovery_load:
 *
 * Reads the recovered plan with the same checks as any plan file.
 *
 * Returns: (transfer full): the plan, or %NULL with @error set
 */
PaydayPlan *
payday_recovery_load (PaydayRecovery  *self,
                      GError         **error)
{
  g_return_val_if_fail (self != NULL, NULL);

  return payday_plan_load_from_file (self->file, NULL, error);
}

/* Removes both files of the recovery; missing files are not an error. */
void
payday_recovery_discard (PaydayRecovery *self)
{
  g_return_if_fail (self != NULL);

  g_file_delete (self->file, NULL, NULL);
  g_file_delete (self->info_file, NULL, NULL);
}

/**
 * payday_recovery_describe_plan:
 *
 * Returns: (transfer full): what @plan holds, for the restore offer: "3 contracts,
 *   41 weeks, 12 proposals"; "No contracts" for an empty plan
 */
char *
payday_recovery_describe_plan (const PaydayPlan *plan)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint n_weeks = 0;
  guint n_milestones = 0;

  g_return_val_if_fail (plan != NULL, NULL);

  for (guint i = 0; i < plan->contracts->len; i++)
    {
      const PaydayContract *c = &g_array_index (plan->contracts, PaydayContract, i);

      n_weeks += c->weeks != NULL ? c->weeks->len : 0;
      n_milestones += c->milestones != NULL ? c->milestones->len : 0;
    }

  if (plan->contracts->len == 0)
    g_string_append (text, _("No contracts"));
  else
    g_string_append_printf (text,
                            g_dngettext (GETTEXT_PACKAGE, "%u contract", "%u contracts",
                                         plan->contracts->len),
                            plan->contracts->len);

  if (n_weeks > 0)
    g_string_append_printf (text,
                            g_dngettext (GETTEXT_PACKAGE, ", %u week", ", %u weeks", n_weeks),
                            n_weeks);
  if (n_milestones > 0)
    g_string_append_printf (text,
                            g_dngettext (GETTEXT_PACKAGE, ", %u milestone", ", %u milestones",
                                         n_milestones),
                            n_milestones);
  if (plan->proposals->len > 0)
    g_string_append_printf (text,
                            g_dngettext (GETTEXT_PACKAGE, ", %u proposal", ", %u proposals",
                                         plan->proposals->len),
                            plan->proposals->len);

  return g_string_free (g_steal_pointer (&text), FALSE);
}
