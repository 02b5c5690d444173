/* payday-rules-dialog.h — the Rule Editions dialog: the rule set's editions as a timeline
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "payday-document.h"

G_BEGIN_DECLS

#define PAYDAY_TYPE_RULES_DIALOG (payday_rules_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PaydayRulesDialog, payday_rules_dialog, PAYDAY, RULES_DIALOG, AdwPreferencesWindow)

GtkWidget      *payday_rules_dialog_new          (GtkWindow         *parent,
                                                  PaydayDocument    *document);
PaydayDocument *payday_rules_dialog_get_document (PaydayRulesDialog *self);

G_END_DECLS
