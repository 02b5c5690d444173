/* payday-list-sync.h — bring a GListStore of row objects in line with freshly computed
 * results, keeping the objects whose key is unchanged
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* How payday_list_sync() sees the new results and the store's objects. Keys identify an
 * entity across recomputes (a contract id, "contract/item", a badge id); two rows of one
 * list never share a key. */
typedef struct
{
  /* The key of the new row at @position (borrowed from @data). */
  const char * (*new_key)    (gpointer     data,
                              guint        position);
  /* The key of an object already in the store. */
  const char * (*object_key) (gpointer     object);
  /* A new object for the row at @position (transfer full). */
  gpointer     (*create)     (gpointer     data,
                              guint        position);
  /* Sets the object's properties from the row at @position; the object's setters notify
   * only properties whose value changed. */
  void         (*update)     (gpointer     object,
                              gpointer     data,
                              guint        position);
} PaydayListSyncFuncs;

void payday_list_sync (GListStore                *store,
                       guint                      n_rows,
                       const PaydayListSyncFuncs *funcs,
                       gpointer                   data);

gboolean payday_list_sync_set_string (char       **field,
                                      const char  *value);

G_END_DECLS
