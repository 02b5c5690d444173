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

#include "payday-date.h"
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

/* The row objects' properties are read-only to views and notify explicitly. */
#define PAYDAY_ROW_READ_FLAGS (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

/* A day (PaydayDate), PAYDAY_DATE_NONE until set. */
static inline GParamSpec *
payday_row_date_pspec (const char *name)
{
  return g_param_spec_int (name, NULL, NULL, G_MININT32, G_MAXINT32, PAYDAY_DATE_NONE,
                           PAYDAY_ROW_READ_FLAGS);
}

/* Cents, hundredths of an hour or a count. */
static inline GParamSpec *
payday_row_int64_pspec (const char *name)
{
  return g_param_spec_int64 (name, NULL, NULL, G_MININT64, G_MAXINT64, 0, PAYDAY_ROW_READ_FLAGS);
}

static inline GParamSpec *
payday_row_int_pspec (const char *name)
{
  return g_param_spec_int (name, NULL, NULL, G_MININT32, G_MAXINT32, 0, PAYDAY_ROW_READ_FLAGS);
}

G_END_DECLS
