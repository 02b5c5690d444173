/* payday-form.h — a small edit dialog: a boxed list of labelled fields and Cancel/Delete/Save
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "payday-date.h"

G_BEGIN_DECLS

/* Responses: "cancel", "delete" (only when asked for) and "save" (the default). Every field
 * widget gets the name given, so code and tests find it with payday_form_get_field(). Save
 * is disabled while a date field does not hold a valid date. */
AdwMessageDialog *payday_form_new             (GtkWidget        *parent,
                                               const char       *heading,
                                               const char       *save_label,
                                               gboolean          can_delete);
GtkEntry         *payday_form_add_entry       (AdwMessageDialog *form,
                                               const char       *name,
                                               const char       *title,
                                               const char       *text);
GtkEntry         *payday_form_add_date        (AdwMessageDialog *form,
                                               const char       *name,
                                               const char       *title,
                                               PaydayDate        date,
                                               gboolean          optional);
GtkSpinButton    *payday_form_add_spin        (AdwMessageDialog *form,
                                               const char       *name,
                                               const char       *title,
                                               double            min,
                                               double            max,
                                               double            step,
                                               guint             digits,
                                               double            value);
GtkDropDown      *payday_form_add_choice      (AdwMessageDialog *form,
                                               const char       *name,
                                               const char       *title,
                                               const char *const *labels,
                                               guint             selected);
GtkSwitch        *payday_form_add_switch      (AdwMessageDialog *form,
                                               const char       *name,
                                               const char       *title,
                                               gboolean          active);
GtkWidget        *payday_form_get_field       (AdwMessageDialog *form,
                                               const char       *name);
PaydayDate        payday_form_get_date        (AdwMessageDialog *form,
                                               const char       *name);

/* For edit dialogs written as templates: the same responses and date checks. */
void              payday_form_add_responses   (AdwMessageDialog *form,
                                               gboolean          can_delete,
                                               const char       *save_label);
gboolean          payday_form_check_date      (GtkEntry         *entry,
                                               gboolean          optional,
                                               PaydayDate       *date);

G_END_DECLS
