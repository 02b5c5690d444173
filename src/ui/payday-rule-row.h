/* payday-rule-row.h — one figure or source of a rule edition, with its "Unverified" tag
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define PAYDAY_TYPE_RULE_ROW (payday_rule_row_get_type ())

G_DECLARE_FINAL_TYPE (PaydayRuleRow, payday_rule_row, PAYDAY, RULE_ROW, AdwActionRow)

GtkWidget  *payday_rule_row_new_figure     (const char    *title,
                                            const char    *value,
                                            gboolean       unverified);
GtkWidget  *payday_rule_row_new_source     (const char    *source);
gboolean    payday_rule_row_get_unverified (PaydayRuleRow *self);
void        payday_rule_row_set_unverified (PaydayRuleRow *self,
                                            gboolean       unverified);
const char *payday_rule_row_get_uri        (PaydayRuleRow *self);
void        payday_rule_row_set_uri        (PaydayRuleRow *self,
                                            const char    *uri);

G_END_DECLS
