/* payday-editor-util.h — what the contract editors (the Contracts page, the hourly and the
 * fixed-price editor) share: a contract looked up by id, a change made as one command, and
 * a refused change shown on the field that made it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "payday-document.h"

G_BEGIN_DECLS

/* Changes a copy of the contract: the fields one form control edits. */
typedef void (*PaydayContractChange) (PaydayContract *contract,
                                      gpointer        data);

const PaydayContract *payday_editor_find_contract   (PaydayDocument        *document,
                                                     const char            *id,
                                                     gint                  *index);
gboolean              payday_editor_change_contract (PaydayDocument        *document,
                                                     const char            *id,
                                                     const char            *label,
                                                     PaydayContractChange   change,
                                                     gpointer               data,
                                                     GError               **error);
void                  payday_editor_show_refusal    (GtkWidget             *editor,
                                                     gpointer               source,
                                                     GError                *error);

G_END_DECLS
