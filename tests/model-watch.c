/* model-watch.c — what a list model of row objects emitted during an edit
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "model-watch.h"

static void
on_items_changed (GListModel      *model,
                  guint            position,
                  guint            removed,
                  guint            added,
                  PaydayTestWatch *watch)
{
  watch->n_items_changed++;
  watch->last_removed = removed;
  watch->last_added = added;
}

static void
on_notify (GObject         *object,
           GParamSpec      *pspec,
           PaydayTestWatch *watch)
{
  /* Payments are keyed by "key" (contract and item), the other rows by "id". */
  const char *key_name = g_object_class_find_property (G_OBJECT_GET_CLASS (object), "key") ? "key" : "id";
  g_autofree char *key = NULL;

  g_object_get (object, key_name, &key, NULL);
  g_ptr_array_add (watch->notified, g_strdup_printf ("%s:%s", key, pspec->name));
}

/**
 * payday_test_watch_model:
 *
 * Records @model's items-changed and the property notifications of the objects it holds
 * now; call it again for nested models (a badge's criteria).
 */
void
payday_test_watch_model (PaydayTestWatch *watch,
                         GListModel      *model)
{
  if (watch->notified == NULL)
    watch->notified = g_ptr_array_new_with_free_func (g_free);
  if (watch->watched == NULL)
    watch->watched = g_ptr_array_new_with_free_func (g_object_unref);

  g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed), watch);
  g_ptr_array_add (watch->watched, g_object_ref (model));
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      GObject *object = g_list_model_get_item (model, i);

      g_signal_connect (object, "notify", G_CALLBACK (on_notify), watch);
      g_ptr_array_add (watch->watched, object);
    }
}

gboolean
payday_test_watch_saw (PaydayTestWatch *watch,
                       const char      *what)
{
  return g_ptr_array_find_with_equal_func (watch->notified, what, g_str_equal, NULL);
}

/* Forgets what was recorded; the watch goes on. */
void
payday_test_watch_reset (PaydayTestWatch *watch)
{
  watch->n_items_changed = watch->last_removed = watch->last_added = 0;
  g_ptr_array_set_size (watch->notified, 0);
}

/* Disconnects from everything watched and frees the records. */
void
payday_test_watch_clear (PaydayTestWatch *watch)
{
  for (guint i = 0; watch->watched != NULL && i < watch->watched->len; i++)
    g_signal_handlers_disconnect_by_data (g_ptr_array_index (watch->watched, i), watch);
  g_clear_pointer (&watch->watched, g_ptr_array_unref);
  g_clear_pointer (&watch->notified, g_ptr_array_unref);
}
