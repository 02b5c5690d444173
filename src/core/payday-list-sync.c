/* payday-list-sync.c — bring a GListStore of row objects in line with freshly computed
 * results, keeping the objects whose key is unchanged
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "payday-list-sync.h"

/**
 * payday_list_sync:
 * @store: a #GListStore of row objects
 * @n_rows: how many rows the new results have
 * @funcs: how to read keys and make or update objects
 * @data: the new results, passed to @funcs
 *
 * Makes @store hold one object per new row, in the new order. An object whose key is still
 * there is kept and updated in place, so a view bound to it only sees the properties that
 * changed (through their notifications). The rows before the first and after the last
 * change of keys stay where they are; whatever lies between is replaced by one
 * items-changed. An edit that changes one contract's figures therefore emits no
 * items-changed at all, and one that adds a row emits a single one around it.
 */
void
payday_list_sync (GListStore                *store,
                  guint                      n_rows,
                  const PaydayListSyncFuncs *funcs,
                  gpointer                   data)
{
  g_autoptr(GHashTable) kept = NULL;
  g_autoptr(GPtrArray) middle = NULL;
  guint n_old;
  guint head = 0;
  guint tail = 0;

  g_return_if_fail (G_IS_LIST_STORE (store));
  g_return_if_fail (funcs != NULL);

  n_old = g_list_model_get_n_items (G_LIST_MODEL (store));

  /* The same keys at the start and at the end: update in place, no items-changed. */
  while (head < n_old && head < n_rows)
    {
      g_autoptr(GObject) object = g_list_model_get_item (G_LIST_MODEL (store), head);

      if (strcmp (funcs->object_key (object), funcs->new_key (data, head)) != 0)
        break;
      funcs->update (object, data, head);
      head++;
    }
  while (tail < n_old - head && tail < n_rows - head)
    {
      g_autoptr(GObject) object = g_list_model_get_item (G_LIST_MODEL (store), n_old - 1 - tail);

      if (strcmp (funcs->object_key (object), funcs->new_key (data, n_rows - 1 - tail)) != 0)
        break;
      funcs->update (object, data, n_rows - 1 - tail);
      tail++;
    }

  if (head + tail == n_old && head + tail == n_rows)
    return;

  /* Between them: reuse objects by key, create the others, and splice once. */
  kept = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);
  for (guint i = head; i < n_old - tail; i++)
    {
      GObject *object = g_list_model_get_item (G_LIST_MODEL (store), i);

      g_hash_table_replace (kept, (gpointer) funcs->object_key (object), object);
    }

  middle = g_ptr_array_new_full (n_rows - head - tail, g_object_unref);
  for (guint i = head; i < n_rows - tail; i++)
    {
      GObject *object = NULL;
      gpointer key = NULL;

      if (g_hash_table_steal_extended (kept, funcs->new_key (data, i), &key, (gpointer *) &object))
        funcs->update (object, data, i);
      else
        object = funcs->create (data, i);
      g_ptr_array_add (middle, object);
    }

  g_list_store_splice (store, head, n_old - head - tail, middle->pdata, middle->len);
}

/**
 * payday_list_sync_set_string:
 * @field: a row object's string member
 * @value: (nullable): the new value
 *
 * For the setters of row objects: stores a copy of @value when it differs.
 *
 * Returns: whether @field changed (the caller notifies its property)
 */
gboolean
payday_list_sync_set_string (char       **field,
                             const char  *value)
{
  g_return_val_if_fail (field != NULL, FALSE);

  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}
