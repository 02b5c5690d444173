/* payday-import-match.c — a contract an imported file names and the plan contract it
 * goes to, as a row object of an import preview's model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "payday-import-match.h"
#include "payday-list-sync.h"
#include "payday-notify-private.h"

/* Raw values, as the preview has them; the import dialog formats them. */
struct _PaydayImportMatch
{
  GObject      parent_instance;

  guint        index;                       /* the file contract's index in the preview */
  char        *key;
  char        *title;
  char        *upwork_id;
  guint        n_rows;
  PaydayCents  amount;
  char        *match;                       /* a plan contract id; NULL = create one */
};

G_DEFINE_FINAL_TYPE (PaydayImportMatch, payday_import_match, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_INDEX,
  PROP_TITLE,
  PROP_UPWORK_ID,
  PROP_N_ROWS,
  PROP_AMOUNT,
  PROP_MATCH,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
payday_import_match_finalize (GObject *object)
{
  PaydayImportMatch *self = (PaydayImportMatch *)object;

  g_clear_pointer (&self->key, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->upwork_id, g_free);
  g_clear_pointer (&self->match, g_free);

  G_OBJECT_CLASS (payday_import_match_parent_class)->finalize (object);
}

static void
payday_import_match_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  PaydayImportMatch *self = PAYDAY_IMPORT_MATCH (object);

  switch (prop_id)
    {
    case PROP_INDEX:
      g_value_set_uint (value, payday_import_match_get_index (self));
      break;

    case PROP_TITLE:
      g_value_set_string (value, payday_import_match_get_title (self));
      break;

    case PROP_UPWORK_ID:
      g_value_set_string (value, payday_import_match_get_upwork_id (self));
      break;

    case PROP_N_ROWS:
      g_value_set_uint (value, payday_import_match_get_n_rows (self));
      break;

    case PROP_AMOUNT:
      g_value_set_int64 (value, payday_import_match_get_amount (self));
      break;

    case PROP_MATCH:
      g_value_set_string (value, payday_import_match_get_match (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
payday_import_match_class_init (PaydayImportMatchClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = payday_import_match_finalize;
  object_class->get_property = payday_import_match_get_property;

  properties [PROP_INDEX] =
    g_param_spec_uint ("index", NULL, NULL, 0, G_MAXUINT, 0, PAYDAY_ROW_READ_FLAGS);
  properties [PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, PAYDAY_ROW_READ_FLAGS);
  properties [PROP_UPWORK_ID] =
    g_param_spec_string ("upwork-id", NULL, NULL, NULL, PAYDAY_ROW_READ_FLAGS);
  properties [PROP_N_ROWS] =
    g_param_spec_uint ("n-rows", NULL, NULL, 0, G_MAXUINT, 0, PAYDAY_ROW_READ_FLAGS);
  /* The file's gross for the contract, in cents. */
  properties [PROP_AMOUNT] = payday_row_int64_pspec ("amount");
  /* The plan contract the rows go to; NULL = a new contract is made. */
  properties [PROP_MATCH] = g_param_spec_string ("match", NULL, NULL, NULL, PAYDAY_ROW_READ_FLAGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
payday_import_match_init (PaydayImportMatch *self)
{
}

guint
payday_import_match_get_index (PaydayImportMatch *self)
{
  g_return_val_if_fail (PAYDAY_IS_IMPORT_MATCH (self), 0);
  return self->index;
}

const char *
payday_import_match_get_title (PaydayImportMatch *self)
{
  g_return_val_if_fail (PAYDAY_IS_IMPORT_MATCH (self), NULL);
  return self->title;
}

const char *
payday_import_match_get_upwork_id (PaydayImportMatch *self)
{
  g_return_val_if_fail (PAYDAY_IS_IMPORT_MATCH (self), NULL);
  return self->upwork_id;
}

guint
payday_import_match_get_n_rows (PaydayImportMatch *self)
{
  g_return_val_if_fail (PAYDAY_IS_IMPORT_MATCH (self), 0);
  return self->n_rows;
}

PaydayCents
payday_import_match_get_amount (PaydayImportMatch *self)
{
  g_return_val_if_fail (PAYDAY_IS_IMPORT_MATCH (self), 0);
  return self->amount;
}

const char *
payday_import_match_get_match (PaydayImportMatch *self)
{
  g_return_val_if_fail (PAYDAY_IS_IMPORT_MATCH (self), NULL);
  return self->match;
}

/* The sync: a file contract's key is its index in the preview, which a preview of the
 * same file keeps. */

typedef struct
{
  const PaydayImportPreview *preview;
  GPtrArray                 *keys;
} Rows;

static const char *
match_new_key (gpointer data,
               guint    position)
{
  Rows *rows = data;

  return g_ptr_array_index (rows->keys, position);
}

static const char *
match_object_key (gpointer object)
{
  return PAYDAY_IMPORT_MATCH (object)->key;
}

static void
match_update (gpointer object,
              gpointer data,
              guint    position)
{
  PaydayImportMatch *self = object;
  Rows *rows = data;
  const PaydayImportContract *c = payday_import_preview_get_contract (rows->preview, position);

  g_object_freeze_notify (object);
  payday_notify_string (self, &self->title, c->title, properties [PROP_TITLE]);
  payday_notify_string (self, &self->upwork_id, c->upwork_id, properties [PROP_UPWORK_ID]);
  payday_notify_string (self, &self->match, c->match, properties [PROP_MATCH]);
  payday_notify_int (self, (gint *) &self->n_rows, (gint) c->n_rows, properties [PROP_N_ROWS]);
  payday_notify_int64 (self, &self->amount, c->amount_cents, properties [PROP_AMOUNT]);
  g_object_thaw_notify (object);
}

static gpointer
match_create (gpointer data,
              guint    position)
{
  PaydayImportMatch *self = g_object_new (PAYDAY_TYPE_IMPORT_MATCH, NULL);

  self->index = position;
  self->key = g_strdup (match_new_key (data, position));
  match_update (self, data, position);
  return self;
}

/**
 * payday_import_matches_sync:
 * @store: a #GListStore of #PaydayImportMatch
 * @preview: (nullable): the preview whose contracts @store shows; %NULL empties it
 *
 * Brings @store in line with @preview's contracts and their current matches: a changed
 * match notifies "match" on its object and nothing else.
 */
void
payday_import_matches_sync (GListStore                *store,
                            const PaydayImportPreview *preview)
{
  static const PaydayListSyncFuncs funcs = {
    match_new_key, match_object_key, match_create, match_update,
  };
  g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func (g_free);
  Rows rows = { preview, keys };
  guint n = preview != NULL ? payday_import_preview_get_n_contracts (preview) : 0;

  g_return_if_fail (G_IS_LIST_STORE (store));

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (keys, g_strdup_printf ("%u", i));
  payday_list_sync (store, n, &funcs, &rows);
}
