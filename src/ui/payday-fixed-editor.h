/* payday-fixed-editor.h — a fixed-price contract's milestones and bonuses
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "payday-document.h"

G_BEGIN_DECLS

#define PAYDAY_TYPE_FIXED_EDITOR (payday_fixed_editor_get_type ())

G_DECLARE_FINAL_TYPE (PaydayFixedEditor, payday_fixed_editor, PAYDAY, FIXED_EDITOR, GtkWidget)

void       payday_fixed_editor_set_contract    (PaydayFixedEditor *self,
                                                PaydayDocument    *document,
                                                const char        *id);
guint      payday_fixed_editor_get_n_milestones (PaydayFixedEditor *self);
GtkWidget *payday_fixed_editor_get_field       (PaydayFixedEditor *self,
                                                guint              milestone,
                                                const char        *field);
const char *payday_fixed_editor_get_milestone_subtitle (PaydayFixedEditor *self,
                                                guint              milestone);

G_END_DECLS
