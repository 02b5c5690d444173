/* payday-recovery.h — recovery copies of unsaved plans, as autosave leaves them after a crash
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "payday-plan.h"

G_BEGIN_DECLS

#define PAYDAY_TYPE_RECOVERY (payday_recovery_get_type ())

typedef struct _PaydayRecovery PaydayRecovery;

GType           payday_recovery_get_type         (void) G_GNUC_CONST;
GFile          *payday_recovery_default_folder   (void);
GPtrArray      *payday_recovery_list             (GFile          *folder);
PaydayRecovery *payday_recovery_ref              (PaydayRecovery *self);
void            payday_recovery_unref            (PaydayRecovery *self);
const char     *payday_recovery_get_id           (PaydayRecovery *self);
const char     *payday_recovery_get_name         (PaydayRecovery *self);
GFile          *payday_recovery_get_original     (PaydayRecovery *self);
GDateTime      *payday_recovery_get_saved_at     (PaydayRecovery *self);
const char     *payday_recovery_get_summary      (PaydayRecovery *self);
const char     *payday_recovery_get_disk_stamp   (PaydayRecovery *self);
GFile          *payday_recovery_get_file         (PaydayRecovery *self);
PaydayPlan     *payday_recovery_load             (PaydayRecovery *self,
                                                  GError        **error);
void            payday_recovery_discard          (PaydayRecovery *self);
char           *payday_recovery_describe_plan    (const PaydayPlan *plan);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PaydayRecovery, payday_recovery_unref)

G_END_DECLS
