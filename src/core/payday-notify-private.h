/* payday-notify-private.h — the setters of the row objects: store a value and notify its
 * property only when it changed
 *
 * A %NULL pspec stores the value without notifying: an object that is still being built
 * has nobody watching it, and thousands are made at once when a big plan opens.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "payday-list-sync.h"

G_BEGIN_DECLS

/* Any scalar member (numbers, enums, booleans, days): compare, store, notify. */
#define payday_notify_set(object, slot, value, pspec)                               \
  G_STMT_START {                                                                    \
    GParamSpec *payday_notify_pspec_ = (pspec);                                     \
    if (*(slot) != (value))                                                         \
      {                                                                             \
        *(slot) = (value);                                                          \
        if (payday_notify_pspec_ != NULL)                                           \
          g_object_notify_by_pspec (G_OBJECT (object), payday_notify_pspec_);       \
      }                                                                             \
  } G_STMT_END

static inline void
payday_notify_int64 (gpointer    object,
                     gint64     *slot,
                     gint64      value,
                     GParamSpec *pspec)
{
  payday_notify_set (object, slot, value, pspec);
}

static inline void
payday_notify_int (gpointer    object,
                   gint       *slot,
                   gint        value,
                   GParamSpec *pspec)
{
  payday_notify_set (object, slot, value, pspec);
}

static inline void
payday_notify_string (gpointer     object,
                      char       **slot,
                      const char  *value,
                      GParamSpec  *pspec)
{
  if (payday_list_sync_set_string (slot, value) && pspec != NULL)
    g_object_notify_by_pspec (object, pspec);
}

G_END_DECLS
