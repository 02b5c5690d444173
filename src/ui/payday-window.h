/* payday-window.h — the main window: header bar, pages, file actions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "payday-autosave.h"
#include "payday-document.h"

G_BEGIN_DECLS

#define PAYDAY_TYPE_WINDOW (payday_window_get_type ())

G_DECLARE_FINAL_TYPE (PaydayWindow, payday_window, PAYDAY, WINDOW, AdwApplicationWindow)

PaydayWindow   *payday_window_new              (GtkApplication       *application,
                                                PaydayDocument       *document);
PaydayDocument *payday_window_get_document     (PaydayWindow         *self);
void            payday_window_open_file        (PaydayWindow         *self,
                                                GFile                *file);
void            payday_window_open_file_async  (PaydayWindow         *self,
                                                GFile                *file,
                                                GCancellable         *cancellable,
                                                GAsyncReadyCallback   callback,
                                                gpointer              user_data);
gboolean        payday_window_open_file_finish (PaydayWindow         *self,
                                                GAsyncResult         *result,
                                                GError              **error);
GtkWindow      *payday_window_show_load_error  (PaydayWindow         *self,
                                                GFile                *file,
                                                const GError         *error);
PaydayAutosave *payday_window_get_autosave     (PaydayWindow         *self);
GtkShortcutsWindow *payday_window_get_shortcuts_window (PaydayWindow     *self);
GtkWindow      *payday_window_import_files     (PaydayWindow         *self,
                                                GListModel           *files);
GtkWidget      *payday_window_ensure_page      (PaydayWindow         *self,
                                                const char           *name);
void            payday_window_export_to_path_async   (PaydayWindow         *self,
                                                      const char           *path,
                                                      GCancellable         *cancellable,
                                                      GAsyncReadyCallback   callback,
                                                      gpointer              user_data);
gboolean        payday_window_export_to_path_finish  (PaydayWindow         *self,
                                                      GAsyncResult         *result,
                                                      GError              **error);
GtkWindow      *payday_window_export_dialog_new      (PaydayWindow         *self);
GtkPrintOperation *payday_window_create_print_operation (PaydayWindow      *self);
GtkWindow      *payday_window_rules_dialog_new       (PaydayWindow         *self);

G_END_DECLS
