/* model-watch.h — what a list model of row objects emitted during an edit
 *
 * The model tests check that an edit through the document emits items-changed only for
 * what came or went, and notifies only the properties that changed: a watch records both.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct
{
  guint      n_items_changed;
  guint      last_removed;
  guint      last_added;
  GPtrArray *notified;          /* "KEY:property", KEY the object's "key" or "id" */
  GPtrArray *watched;           /* the models and objects connected to */
} PaydayTestWatch;

void     payday_test_watch_model (PaydayTestWatch *watch,
                                  GListModel      *model);
gboolean payday_test_watch_saw   (PaydayTestWatch *watch,
                                  const char      *what);
void     payday_test_watch_reset (PaydayTestWatch *watch);
void     payday_test_watch_clear (PaydayTestWatch *watch);

G_END_DECLS
