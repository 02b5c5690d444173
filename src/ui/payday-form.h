/* payday-form.h — what the small edit dialogs (templates on AdwMessageDialog) share: their
 * Cancel/Delete/Save responses and the check of a date typed as YYYY-MM-DD
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "payday-date.h"

G_BEGIN_DECLS

void              payday_form_add_responses   (AdwMessageDialog *form,
                                               gboolean          can_delete,
                                               const char       *save_label);
gboolean          payday_form_check_date      (GtkEntry         *entry,
                                               gboolean          optional,
                                               PaydayDate       *date);

G_END_DECLS
