/* payday-notify-private.h — the setters of the row objects: store a value and notify its
 * property only when it changed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

static inline void
payday_notify_int64 (gpointer    object,
                     gint64     *slot,
                     gint64      value,
                     GParamSpec *pspec)
{
  if (*slot != value)
    {
      *slot = value;
      g_object_notify_by_pspec (object, pspec);
    }
}

static inline void
payday_notify_int (gpointer    object,
                   gint       *slot,
                   gint        value,
                   GParamSpec *pspec)
{
  if (*slot != value)
    {
      *slot = value;
      g_object_notify_by_pspec (object, pspec);
    }
}

static inline void
payday_notify_string (gpointer     object,
                      char       **slot,
                      const char  *value,
                      GParamSpec  *pspec)
{
  if (g_strcmp0 (*slot, value) != 0)
    {
      g_free (*slot);
      *slot = g_strdup (value);
      g_object_notify_by_pspec (object, pspec);
    }
}

G_END_DECLS
