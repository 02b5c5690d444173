/* payday-window-private.h — what the window's other source files share with it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "payday-autosave.h"
#include "payday-overview-page.h"
#include "payday-window.h"

G_BEGIN_DECLS

#define PAYDAY_MIME_TYPE "application/x-payday+json"

struct _PaydayWindow
{
  AdwApplicationWindow  parent_instance;

  PaydayDocument       *document;
  PaydayAutosave       *autosave;
  GCancellable         *open_cancellable;
  AdwToast             *open_toast;
  char                 *open_name;
  guint                 open_toast_id;
  GSettings            *settings;
  GtkRecentManager     *recent_manager;
  GtkNativeDialog      *chooser;
  GtkNativeDialog      *import_chooser;
  GtkDropTarget        *drop_target;      /* CSV files dropped on the window are imported */
  GCancellable         *rate_cancellable;   /* the running rate lookup */
  PaydayOverviewPage   *overview_page;      /* built with the window: it is shown first */
  gboolean              close_confirmed;    /* Save or Discard was chosen: the next close goes through */

  /* Template widgets */
  AdwViewSwitcherTitle *switcher_title;
  AdwViewSwitcherBar   *switcher_bar;
  AdwViewStack         *stack;
  AdwToastOverlay      *toast_overlay;
  GtkSpinner           *spinner;
  GMenu                *recent_section;
};

/* What to do once the user agreed to leave the open plan (saved it or discarded it). */
typedef void (*PaydayWindowProceed) (PaydayWindow *self,
                                     gpointer      data);

void     payday_window_edit_class_init     (GtkWidgetClass      *widget_class);
void     payday_window_edit_attach         (PaydayWindow        *self);
void     payday_window_confirm_discard     (PaydayWindow        *self,
                                            PaydayWindowProceed  proceed,
                                            gpointer             data,
                                            GDestroyNotify       data_free);
gboolean payday_window_edit_close_request  (PaydayWindow        *self);
void     payday_window_save_checked        (PaydayWindow        *self,
                                            GFile               *file,
                                            PaydayWindowProceed  proceed,
                                            gpointer             data,
                                            GDestroyNotify       data_free);
void     payday_window_note_saved          (PaydayWindow        *self);
GtkFileChooserNative *
         payday_window_plan_chooser_new    (PaydayWindow         *self,
                                            GtkFileChooserAction  action);

void       payday_window_add_toast         (PaydayWindow   *self,
                                            AdwToast       *toast);
GtkWindow *payday_window_show_error        (PaydayWindow   *self,
                                            const char     *heading,
                                            const char     *body,
                                            const char     *details);
void       payday_window_export_class_init (GtkWidgetClass *widget_class);
void       payday_window_export_ask_where  (PaydayWindow   *self,
                                            const char     *suffix,
                                            const char     *title);
void       payday_window_rules_class_init  (GtkWidgetClass *widget_class);
void       payday_window_import_class_init (GtkWidgetClass *widget_class);
void       payday_window_import_attach     (PaydayWindow   *self);

G_GNUC_INTERNAL
void       payday_window_actions_class_init (GtkWidgetClass *widget_class);

G_END_DECLS
