/* payday-profile-dialog-private.h — what the profile dialog's source files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "payday-profile-dialog.h"

G_BEGIN_DECLS

struct _PaydayProfileDialog
{
  AdwPreferencesWindow  parent_instance;

  PaydayDocument       *document;
  PaydayPlan           *plan;         /* not a ref: only to notice another plan */
  AdwPreferencesPage   *page;
  GtkListBox           *jss_list;
  GtkListBox           *holds_list;

  GPtrArray            *pending;       /* Pending: text waiting to be applied */
  guint                 applying;
  guint                 rebuild_source;
};

typedef void (*ApplyFunc) (PaydayProfileDialog *self,
                           GtkWidget           *widget);

/* payday-profile-dialog.c */
G_GNUC_INTERNAL void       payday_profile_dialog_begin_apply      (PaydayProfileDialog *self);
G_GNUC_INTERNAL void       payday_profile_dialog_end_apply        (PaydayProfileDialog *self);
G_GNUC_INTERNAL gboolean   payday_profile_dialog_parse_date_field (GtkWidget           *widget,
                                                                   gboolean             optional,
                                                                   PaydayDate          *date);
G_GNUC_INTERNAL void       payday_profile_dialog_set_date_text    (GtkWidget           *widget,
                                                                   PaydayDate           date);
G_GNUC_INTERNAL void       payday_profile_dialog_cancel_apply     (PaydayProfileDialog *self,
                                                                   GtkWidget           *widget);
G_GNUC_INTERNAL void       payday_profile_dialog_defer_apply      (PaydayProfileDialog *self,
                                                                   GtkWidget           *widget,
                                                                   ApplyFunc            func);
G_GNUC_INTERNAL void       payday_profile_dialog_queue_rebuild    (PaydayProfileDialog *self);

/* payday-profile-dialog-lists.c */
G_GNUC_INTERNAL void       payday_profile_dialog_jss_add_cb       (GtkButton           *button,
                                                                   PaydayProfileDialog *self);
G_GNUC_INTERNAL void       payday_profile_dialog_hold_add_cb      (GtkButton           *button,
                                                                   PaydayProfileDialog *self);
G_GNUC_INTERNAL GtkWidget *payday_profile_dialog_jss_row_new      (PaydayProfileDialog *self,
                                                                   guint                index,
                                                                   const PaydayJss     *jss);
G_GNUC_INTERNAL GtkWidget *payday_profile_dialog_hold_row_new     (PaydayProfileDialog *self,
                                                                   guint                index,
                                                                   const PaydayHold    *hold);
G_GNUC_INTERNAL GtkWidget *payday_profile_dialog_add_button_new   (const char          *name,
                                                                   const char          *tooltip);
G_GNUC_INTERNAL GtkWidget *payday_profile_dialog_boxed_list_new   (const char          *name,
                                                                   const char          *placeholder);

G_END_DECLS
