/* payday-checked-entry.h — the base of the entries whose text is checked when committed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define PAYDAY_TYPE_CHECKED_ENTRY (payday_checked_entry_get_type ())

G_DECLARE_DERIVABLE_TYPE (PaydayCheckedEntry, payday_checked_entry, PAYDAY, CHECKED_ENTRY, GtkWidget)

struct _PaydayCheckedEntryClass
{
  GtkWidgetClass parent_class;

  /* Checks the text typed; accepts it or marks the field invalid. */
  void         (*commit)   (PaydayCheckedEntry *self);
  /* The tooltip of a field whose text was refused: what it expects. */
  const char  *(*get_hint) (PaydayCheckedEntry *self);
};

GtkEntry *payday_checked_entry_get_entry      (PaydayCheckedEntry *self);
void      payday_checked_entry_set_child      (PaydayCheckedEntry *self,
                                               GtkWidget          *child);
gboolean  payday_checked_entry_get_allow_none (PaydayCheckedEntry *self);
gboolean  payday_checked_entry_get_valid      (PaydayCheckedEntry *self);
void      payday_checked_entry_set_valid      (PaydayCheckedEntry *self,
                                               gboolean            valid);
void      payday_checked_entry_set_error      (PaydayCheckedEntry *self,
                                               const char         *message);
void      payday_checked_entry_show_text      (PaydayCheckedEntry *self,
                                               const char         *text);
void      payday_checked_entry_set_text       (PaydayCheckedEntry *self,
                                               const char         *text);
gboolean  payday_checked_entry_is_blank       (PaydayCheckedEntry *self);

G_END_DECLS
