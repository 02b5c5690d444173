/* payday-autosave.c — keeps a recovery copy of an unsaved document and watches its file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "payday-autosave.h"

/* PaydayAutosave only listens to its document: an edit (a "changed" with the document
 * dirty) starts a timer; when it fires, the plan is copied on the main thread (about 80 ms
 * for the 20 MB benchmark plan; serialising it takes about 430 ms, so that and the writing
 * happen in a thread) and written to FOLDER/ID.payday with a description in FOLDER/ID.json.
 * ID is the SHA-256 of the file's URI, or "untitled-UUID" for a plan without a file. A save
 * that leaves the document clean, opening another plan and closing the window
 * (payday_autosave_discard()) remove the copy; a crash leaves it for the next start.
 *
 * It also remembers how the document's file looked on disk when it was opened or saved
 * (its etag, inode and size), so a save can warn when another program replaced it. */
struct _PaydayAutosave
{
  GObject         parent_instance;

  PaydayDocument *document;
  GFile          *folder;
  char           *untitled_id;
  char           *written_id;
  guint           timeout_id;
  guint           generation;
  guint           writing : 1;
  guint           pending : 1;
  guint           edited_while_writing : 1;
  guint           restoring : 1;
  guint           failing : 1;

  GFile          *stamp_file;
  char           *disk_stamp;
};

typedef struct
{
  GFile      *folder;
  char       *id;
  PaydayPlan *plan;
  char       *original;
  char       *disk_stamp;
  guint       generation;
} WriteData;

G_DEFINE_FINAL_TYPE (PaydayAutosave, payday_autosave, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_FOLDER,
  PROP_PENDING,
  N_PROPS
};

enum {
  WRITTEN,
  FAILED,
  N_SIGNALS
};

static GParamSpec *properties [N_PROPS];
static guint signals [N_SIGNALS];

static void payday_autosave_schedule (PaydayAutosave *self,
                                      guint           delay_ms);

static void
write_data_free (WriteData *data)
{
  g_clear_object (&data->folder);
  g_free (data->id);
  g_clear_pointer (&data->plan, payday_plan_unref);
  g_free (data->original);
  g_free (data->disk_stamp);
  g_free (data);
}

static char *
payday_autosave_dup_id (PaydayAutosave *self)
{
  GFile *file = payday_document_get_file (self->document);
  g_autofree char *uri = NULL;

  if (file == NULL)
    return g_strdup (self->untitled_id);

  uri = g_file_get_uri (file);

  return g_compute_checksum_for_string (G_CHECKSUM_SHA256, uri, -1);
}

static void
delete_recovery (GFile      *folder,
                 const char *id)
{
  g_autofree char *plan_name = g_strconcat (id, ".payday", NULL);
  g_autofree char *info_name = g_strconcat (id, ".json", NULL);
  g_autoptr(GFile) plan_file = g_file_get_child (folder, plan_name);
  g_autoptr(GFile) info_file = g_file_get_child (folder, info_name);

  g_file_delete (plan_file, NULL, NULL);
  g_file_delete (info_file, NULL, NULL);
}

static void
payday_autosave_set_pending (PaydayAutosave *self,
                             gboolean        pending)
{
  pending = !!pending;
  if (self->pending != pending)
    {
      self->pending = pending;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PENDING]);
    }
}

static char *
info_to_data (WriteData  *data,
              gsize      *length)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *saved_at = g_date_time_format_iso8601 (now);
  g_autofree char *summary = payday_recovery_describe_plan (data->plan);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, "payday-recovery");
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, 1);
  json_builder_set_member_name (builder, "name");
  json_builder_add_string_value (builder, data->plan->name ? data->plan->name : "");
  json_builder_set_member_name (builder, "original");
  if (data->original != NULL)
    json_builder_add_string_value (builder, data->original);
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "saved_at");
  json_builder_add_string_value (builder, saved_at);
  json_builder_set_member_name (builder, "summary");
  json_builder_add_string_value (builder, summary);
  json_builder_set_member_name (builder, "contracts");
  json_builder_add_int_value (builder, data->plan->contracts->len);
  json_builder_set_member_name (builder, "proposals");
  json_builder_add_int_value (builder, data->plan->proposals->len);
  json_builder_set_member_name (builder, "disk_stamp");
  if (data->disk_stamp != NULL)
    json_builder_add_string_value (builder, data->disk_stamp);
  else
    json_builder_add_null_value (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);

  return json_generator_to_data (generator, length);
}

static void
write_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  WriteData *data = task_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *folder_path = g_file_get_path (data->folder);
  g_autofree char *plan_name = g_strconcat (data->id, ".payday", NULL);
  g_autofree char *info_name = g_strconcat (data->id, ".json", NULL);
  g_autofree char *plan_path = NULL;
  g_autofree char *info_path = NULL;
  g_autofree char *text = NULL;
  g_autofree char *info = NULL;
  gsize length = 0;
  gsize info_length = 0;

  if (folder_path == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                               _("The recovery folder is not a local folder"));
      return;
    }

  if (g_mkdir_with_parents (folder_path, 0700) != 0)
    {
      int saved_errno = errno;

      g_task_return_new_error (task, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                               _("Could not create “%s”: %s"),
                               folder_path, g_strerror (saved_errno));
      return;
    }

  plan_path = g_build_filename (folder_path, plan_name, NULL);
  info_path = g_build_filename (folder_path, info_name, NULL);
  text = payday_plan_to_data (data->plan, &length);
  info = info_to_data (data, &info_length);

  /* Each file is replaced whole (temporary file, then rename), so a crash while writing
   * leaves the previous copy. The plan goes first: a copy without its description is
   * still offered, a description without its plan is not. */
  if (!g_file_set_contents_full (plan_path, text, length,
                                 G_FILE_SET_CONTENTS_CONSISTENT, 0600, &error) ||
      !g_file_set_contents_full (info_path, info, info_length,
                                 G_FILE_SET_CONTENTS_CONSISTENT, 0600, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

static void
write_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  PaydayAutosave *self = (PaydayAutosave *)object;
  WriteData *data = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  self->writing = FALSE;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_debug ("Could not write the recovery copy: %s", error->message);
      /* Once per run of failures, so a full disk does not raise a message every second. */
      if (!self->failing)
        {
          self->failing = TRUE;
          g_signal_emit (self, signals [FAILED], 0, error);
        }
    }
  else if (data->generation != self->generation)
    {
      /* Saved or closed while this copy was being written: it is not wanted any more. */
      delete_recovery (data->folder, data->id);
    }
  else
    {
      self->failing = FALSE;
      if (self->written_id != NULL && g_strcmp0 (self->written_id, data->id) != 0)
        delete_recovery (self->folder, self->written_id);
      g_free (self->written_id);
      self->written_id = g_strdup (data->id);
      g_signal_emit (self, signals [WRITTEN], 0);
    }

  /* An edit made during the write gets its own copy soon after. */
  if (self->edited_while_writing && payday_document_get_dirty (self->document))
    payday_autosave_schedule (self, PAYDAY_AUTOSAVE_DELAY_MS / 2);
  else
    payday_autosave_set_pending (self, FALSE);
}

static gboolean
payday_autosave_timeout (gpointer user_data)
{
  PaydayAutosave *self = user_data;
  PaydayPlan *plan = payday_document_get_plan (self->document);
  g_autoptr(GTask) task = NULL;
  GFile *file;
  WriteData *data;

  self->timeout_id = 0;

  if (plan == NULL || !payday_document_get_dirty (self->document))
    {
      payday_autosave_set_pending (self, FALSE);
      return G_SOURCE_REMOVE;
    }

  data = g_new0 (WriteData, 1);
  data->folder = g_object_ref (self->folder);
  data->id = payday_autosave_dup_id (self);
  /* A copy: the plan may be edited in place on the main thread while the thread reads. */
  data->plan = payday_plan_copy (plan);
  if ((file = payday_document_get_file (self->document)))
    data->original = g_file_get_uri (file);
  if (self->stamp_file != NULL && file != NULL && g_file_equal (self->stamp_file, file))
    data->disk_stamp = g_strdup (self->disk_stamp);
  data->generation = self->generation;

  /* Still pending until the copy is written; edits from now on need another copy. */
  self->writing = TRUE;
  self->edited_while_writing = FALSE;

  task = g_task_new (self, NULL, write_cb, NULL);
  g_task_set_source_tag (task, payday_autosave_timeout);
  g_task_set_task_data (task, data, (GDestroyNotify) write_data_free);
  g_task_run_in_thread (task, write_thread);

  return G_SOURCE_REMOVE;
}

static void
payday_autosave_schedule (PaydayAutosave *self,
                          guint           delay_ms)
{
  payday_autosave_set_pending (self, TRUE);

  /* A fixed delay from the first unsaved edit, not restarted by each edit: a steady stream
   * of edits still gets a copy every second. */
  if (self->writing)
    self->edited_while_writing = TRUE;
  else if (self->timeout_id == 0)
    self->timeout_id = g_timeout_add (delay_ms, payday_autosave_timeout, self);
}

/* Whether the document's file on disk now holds what the document holds because it was
 * just opened, installed or saved under a new name — not because undo or redo reached the
 * position of the last save: that leaves the disk stamp as it was, so a Save still warns
 * when another program changed the file meanwhile. (A save to the same file is noted by
 * whoever saved: the window's Save and the close dialog's Save.) */
static gboolean
payday_autosave_disk_matches (PaydayAutosave *self)
{
  GFile *file = payday_document_get_file (self->document);

  if (!payday_document_can_undo (self->document) && !payday_document_can_redo (self->document))
    return TRUE;

  return file == NULL || self->stamp_file == NULL || !g_file_equal (file, self->stamp_file);
}

/* On "changed", notify::dirty and notify::file */
static void
payday_autosave_document_changed (PaydayAutosave *self)
{
  if (self->restoring)
    return;

  if (payday_document_get_dirty (self->document))
    {
      payday_autosave_schedule (self, PAYDAY_AUTOSAVE_DELAY_MS);
    }
  else
    {
      /* Saved, undone to the saved position, or another plan opened in the window: the
       * unsaved changes are gone, and with them the reason for a recovery copy. */
      payday_autosave_discard (self);
      if (payday_autosave_disk_matches (self))
        payday_autosave_note_disk_state (self);
    }
}

static void
payday_autosave_dispose (GObject *object)
{
  PaydayAutosave *self = (PaydayAutosave *)object;

  /* Going away is not a reason to remove the copy: only payday_autosave_discard() is. */
  g_clear_handle_id (&self->timeout_id, g_source_remove);

  G_OBJECT_CLASS (payday_autosave_parent_class)->dispose (object);
}

static void
payday_autosave_finalize (GObject *object)
{
  PaydayAutosave *self = (PaydayAutosave *)object;

  g_clear_object (&self->document);
  g_clear_object (&self->folder);
  g_clear_object (&self->stamp_file);
  g_clear_pointer (&self->untitled_id, g_free);
  g_clear_pointer (&self->written_id, g_free);
  g_clear_pointer (&self->disk_stamp, g_free);

  G_OBJECT_CLASS (payday_autosave_parent_class)->finalize (object);
}

static void
payday_autosave_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  PaydayAutosave *self = PAYDAY_AUTOSAVE (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, payday_autosave_get_document (self));
      break;

    case PROP_FOLDER:
      g_value_set_object (value, payday_autosave_get_folder (self));
      break;

    case PROP_PENDING:
      g_value_set_boolean (value, payday_autosave_get_pending (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
payday_autosave_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  PaydayAutosave *self = PAYDAY_AUTOSAVE (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      self->document = g_value_dup_object (value);
      break;

    case PROP_FOLDER:
      self->folder = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
payday_autosave_constructed (GObject *object)
{
  PaydayAutosave *self = (PaydayAutosave *)object;

  G_OBJECT_CLASS (payday_autosave_parent_class)->constructed (object);

  g_assert (PAYDAY_IS_DOCUMENT (self->document));

  if (self->folder == NULL)
    self->folder = payday_recovery_default_folder ();

  g_signal_connect_object (self->document, "changed",
                           G_CALLBACK (payday_autosave_document_changed),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->document, "notify::dirty",
                           G_CALLBACK (payday_autosave_document_changed),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->document, "notify::file",
                           G_CALLBACK (payday_autosave_document_changed),
                           self, G_CONNECT_SWAPPED);

  payday_autosave_note_disk_state (self);
  if (payday_document_get_dirty (self->document))
    payday_autosave_schedule (self, PAYDAY_AUTOSAVE_DELAY_MS);
}

static void
payday_autosave_class_init (PaydayAutosaveClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = payday_autosave_constructed;
  object_class->dispose = payday_autosave_dispose;
  object_class->finalize = payday_autosave_finalize;
  object_class->get_property = payday_autosave_get_property;
  object_class->set_property = payday_autosave_set_property;

  properties [PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL,
                         PAYDAY_TYPE_DOCUMENT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties [PROP_FOLDER] =
    g_param_spec_object ("folder", NULL, NULL,
                         G_TYPE_FILE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties [PROP_PENDING] =
    g_param_spec_boolean ("pending", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PaydayAutosave::written:
   *
   * A recovery copy of the current edits was written.
   */
  signals [WRITTEN] =
    g_signal_new ("written",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  /**
   * PaydayAutosave::failed:
   * @error: why
   *
   * A recovery copy could not be written; emitted once until a copy succeeds again.
   */
  signals [FAILED] =
    g_signal_new ("failed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_ERROR);
}

static void
payday_autosave_init (PaydayAutosave *self)
{
  g_autofree char *uuid = g_uuid_string_random ();

  self->untitled_id = g_strconcat ("untitled-", uuid, NULL);
}

/**
 * payday_autosave_new:
 * @document: the document to keep a recovery copy of
 * @folder: (nullable): where copies go; %NULL for payday_recovery_default_folder()
 *
 * Returns: (transfer full): a new autosave watching @document
 */
PaydayAutosave *
payday_autosave_new (PaydayDocument *document,
                     GFile          *folder)
{
  g_return_val_if_fail (PAYDAY_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (!folder || G_IS_FILE (folder), NULL);

  return g_object_new (PAYDAY_TYPE_AUTOSAVE,
                       "document", document,
                       "folder", folder,
                       NULL);
}

PaydayDocument *
payday_autosave_get_document (PaydayAutosave *self)
{
  g_return_val_if_fail (PAYDAY_IS_AUTOSAVE (self), NULL);

  return self->document;
}

GFile *
payday_autosave_get_folder (PaydayAutosave *self)
{
  g_return_val_if_fail (PAYDAY_IS_AUTOSAVE (self), NULL);

  return self->folder;
}

/**
 * payday_autosave_get_recovery_file:
 *
 * Returns: (transfer full): where the copy of the document's current edits goes (it may
 *   not exist yet)
 */
GFile *
payday_autosave_get_recovery_file (PaydayAutosave *self)
{
  g_autofree char *id = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (PAYDAY_IS_AUTOSAVE (self), NULL);

  id = payday_autosave_dup_id (self);
  name = g_strconcat (id, ".payday", NULL);

  return g_file_get_child (self->folder, name);
}

/* TRUE from an edit until its recovery copy is written */
gboolean
payday_autosave_get_pending (PaydayAutosave *self)
{
  g_return_val_if_fail (PAYDAY_IS_AUTOSAVE (self), FALSE);

  return self->pending;
}

/**
 * payday_autosave_discard:
 *
 * Removes the recovery copy, and one being written; called when the document was saved
 * or its window closed normally.
 */
void
payday_autosave_discard (PaydayAutosave *self)
{
  g_autofree char *id = NULL;

  g_return_if_fail (PAYDAY_IS_AUTOSAVE (self));

  self->generation++;
  self->edited_while_writing = FALSE;
  g_clear_handle_id (&self->timeout_id, g_source_remove);
  if (!self->writing)
    payday_autosave_set_pending (self, FALSE);

  id = payday_autosave_dup_id (self);
  delete_recovery (self->folder, id);
  if (self->written_id != NULL)
    delete_recovery (self->folder, self->written_id);
  g_clear_pointer (&self->written_id, g_free);
}

/**
 * payday_autosave_restore:
 * @recovery: a recovery from payday_recovery_list()
 *
 * Opens the recovered plan in the document, tied to the file it came from (so a save
 * writes it back there) and marked as unsaved. The recovery copy becomes this document's
 * own: it stays until the plan is saved or the window closed.
 *
 * Returns: %TRUE when the plan was restored; %FALSE with @error set leaves the document
 *   and the recovery as they were
 */
gboolean
payday_autosave_restore (PaydayAutosave  *self,
                         PaydayRecovery  *recovery,
                         GError         **error)
{
  g_autoptr(PaydayPlan) plan = NULL;
  GFile *original;
  gboolean ok;

  g_return_val_if_fail (PAYDAY_IS_AUTOSAVE (self), FALSE);
  g_return_val_if_fail (recovery != NULL, FALSE);

  if (!(plan = payday_recovery_load (recovery, error)))
    return FALSE;

  original = payday_recovery_get_original (recovery);

  self->restoring = TRUE;
  ok = payday_document_set_plan (self->document, plan, original, error);
  self->restoring = FALSE;

  if (!ok)
    return FALSE;

  /* The plan now in the window was made from the file as it was then: a save warns if
   * the file changed since, exactly as if the app had not stopped. */
  g_set_object (&self->stamp_file, original);
  g_free (self->disk_stamp);
  self->disk_stamp = g_strdup (payday_recovery_get_disk_stamp (recovery));

  if (original == NULL)
    {
      g_free (self->untitled_id);
      self->untitled_id = g_strdup (payday_recovery_get_id (recovery));
    }
  g_free (self->written_id);
  self->written_id = g_strdup (payday_recovery_get_id (recovery));

  payday_document_mark_unsaved (self->document);

  return TRUE;
}

static char *
query_disk_stamp (GFile *file)
{
  g_autoptr(GFileInfo) info = NULL;

  info = g_file_query_info (file,
                            G_FILE_ATTRIBUTE_ETAG_VALUE ","
                            G_FILE_ATTRIBUTE_UNIX_INODE ","
                            G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, NULL, NULL);
  if (info == NULL)
    return NULL;

  /* The etag is the modification time; the inode tells a file renamed over this one
   * even when it kept the time, the size a rewrite within the same tick. */
  return g_strdup_printf ("%s:%" G_GUINT64_FORMAT ":%" G_GOFFSET_FORMAT,
                          g_file_info_get_etag (info) ? g_file_info_get_etag (info) : "",
                          g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_UNIX_INODE),
                          g_file_info_get_size (info));
}

/**
 * payday_autosave_note_disk_state:
 *
 * Remembers how the document's file looks on disk now; called after it was opened or
 * saved. Happens by itself when the document becomes clean.
 */
void
payday_autosave_note_disk_state (PaydayAutosave *self)
{
  GFile *file;

  g_return_if_fail (PAYDAY_IS_AUTOSAVE (self));

  file = payday_document_get_file (self->document);

  g_set_object (&self->stamp_file, file);
  g_free (self->disk_stamp);
  self->disk_stamp = file != NULL ? query_disk_stamp (file) : NULL;
}

/* What payday_autosave_note_disk_state() saw; NULL when the file did not exist */
const char *
payday_autosave_get_disk_stamp (PaydayAutosave *self)
{
  g_return_val_if_fail (PAYDAY_IS_AUTOSAVE (self), NULL);

  return self->disk_stamp;
}

/**
 * payday_autosave_changed_on_disk:
 *
 * Whether another program changed or replaced the document's file since it was opened or
 * last saved. A file that was deleted does not count: saving loses nothing then.
 *
 * Returns: %TRUE when saving would overwrite changes made elsewhere
 */
gboolean
payday_autosave_changed_on_disk (PaydayAutosave *self)
{
  g_autofree char *now = NULL;
  GFile *file;

  g_return_val_if_fail (PAYDAY_IS_AUTOSAVE (self), FALSE);

  file = payday_document_get_file (self->document);
  if (file == NULL || self->stamp_file == NULL || !g_file_equal (file, self->stamp_file))
    return FALSE;

  if (!(now = query_disk_stamp (file)))
    return FALSE;

  return g_strcmp0 (now, self->disk_stamp) != 0;
}
