/* payday-autosave.h — keeps a recovery copy of an unsaved document and watches its file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "payday-document.h"
#include "payday-recovery.h"

G_BEGIN_DECLS

/* The longest an edit waits before its recovery copy is started. */
#define PAYDAY_AUTOSAVE_DELAY_MS 1000

#define PAYDAY_TYPE_AUTOSAVE (payday_autosave_get_type ())

G_DECLARE_FINAL_TYPE (PaydayAutosave, payday_autosave, PAYDAY, AUTOSAVE, GObject)

PaydayAutosave *payday_autosave_new               (PaydayDocument  *document,
                                                   GFile           *folder);
PaydayDocument *payday_autosave_get_document      (PaydayAutosave  *self);
GFile          *payday_autosave_get_folder        (PaydayAutosave  *self);
GFile          *payday_autosave_get_recovery_file (PaydayAutosave  *self);
gboolean        payday_autosave_get_pending       (PaydayAutosave  *self);
void            payday_autosave_discard           (PaydayAutosave  *self);
gboolean        payday_autosave_restore           (PaydayAutosave  *self,
                                                   PaydayRecovery  *recovery,
                                                   GError         **error);
void            payday_autosave_note_disk_state   (PaydayAutosave  *self);
const char     *payday_autosave_get_disk_stamp    (PaydayAutosave  *self);
gboolean        payday_autosave_changed_on_disk   (PaydayAutosave  *self);

G_END_DECLS
