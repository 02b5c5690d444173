/* ui-test-util.h — what every UI test needs: a sample window, the main loop, screenshots
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "payday-date.h"
#include "payday-document.h"
#include "payday-window.h"

G_BEGIN_DECLS

/* The day every UI test's sample plan is judged at. */
#define PAYDAY_TEST_TODAY (payday_date_from_ymd (2026, 3, 4))

PaydayWindow *payday_test_sample_window (GtkApplication *app,
                                         const char     *page,
                                         int             width,
                                         int             height);

void payday_test_save_screenshot    (GtkWidget  *widget,
                                     const char *name);
void payday_test_save_screenshot_to (GtkWidget  *widget,
                                     const char *path);

void       payday_test_iterate_for   (guint       ms);
gboolean   payday_test_iterate_until (gboolean  (*done) (gpointer),
                                      gpointer    data);
gboolean   payday_test_is_mapped     (gpointer    widget);
GtkWidget *payday_test_find_type     (GtkWidget  *widget,
                                      GType       type);
GtkWidget *payday_test_find_dialog   (GtkWindow  *parent,
                                      GType       type);
GtkWidget *payday_test_find_named    (GtkWidget  *widget,
                                      const char *name);

const char *payday_test_label_text (GtkWidget  *root,
                                    const char *name);
guint       payday_test_count_rows (GtkWidget  *root,
                                    const char *name);

void        payday_test_set_part   (PaydayDocument *document,
                                    PaydayPlanPart  part,
                                    gpointer        value);
void        payday_test_rename_plan (PaydayDocument *document,
                                     const char     *name);

G_END_DECLS
