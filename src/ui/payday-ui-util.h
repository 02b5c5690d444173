/* payday-ui-util.h — small formatting helpers shared by the pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "payday-rates.h"
#include "payday-schedule.h"

G_BEGIN_DECLS

/* PaydayRate as a boxed type, for properties that carry the current rate. */
#define PAYDAY_TYPE_UI_RATE (payday_ui_rate_get_type ())
GType       payday_ui_rate_get_type    (void) G_GNUC_CONST;
PaydayRate *payday_ui_rate_copy        (const PaydayRate *rate);
void        payday_ui_rate_free        (PaydayRate       *rate);
gboolean    payday_ui_rate_equal       (const PaydayRate *a,
                                        const PaydayRate *b);
gboolean    payday_ui_rate_set         (PaydayRate      **slot,
                                        const PaydayRate *rate);

char       *payday_ui_format_date      (PaydayDate   date,
                                        PaydayDate   today);
char       *payday_ui_format_date_with_year (PaydayDate date);
GtkWidget  *payday_ui_status_pill_new  (PaydayStatus status);
void        payday_ui_report_error     (GtkWidget   *widget,
                                        GError      *error);
GtkWidget  *payday_ui_figure_new       (const char   *name,
                                        const char   *caption,
                                        GtkLabel    **value_out,
                                        GtkLabel    **detail_out);
void        payday_ui_clear_list_box   (GtkListBox   *list);
GtkWidget  *payday_ui_placeholder_new  (const char   *text);
void        payday_ui_label_by_row     (GtkWidget    *field);
char       *payday_ui_format_money     (PaydayCents       cents);
char       *payday_ui_format_count     (gint64           n);
char       *payday_ui_format_local_money (const PaydayRate *rate,
                                          PaydayCents       cents);
char       *payday_ui_format_local     (const PaydayRate *rate,
                                        PaydayCents       cents);
char       *payday_ui_format_rate      (const PaydayRate *rate);
GtkWidget  *payday_ui_local_label_new  (void);
void        payday_ui_local_label_set  (GtkWidget        *label,
                                        const PaydayRate *rate,
                                        PaydayCents       cents);
const char * const *payday_ui_common_currencies (void);
char       *payday_ui_edition_label    (const PaydayEdition *edition);
PaydayDate  payday_ui_preferred_edition (const PaydayRules  *rules);

char       *payday_ui_expr_money       (gpointer          this,
                                        gint64            cents);
gboolean    payday_ui_expr_is_set      (gpointer          this,
                                        gconstpointer     value);
char       *payday_ui_expr_local_money (gpointer          this,
                                        const PaydayRate *rate,
                                        gint64            cents);

void        payday_ui_watch_object     (gpointer          widget,
                                        gpointer          slot,
                                        const GValue     *value,
                                        GCallback         update);

typedef void (*PaydayUiUpdateFunc) (GtkWidget *widget);

/* An update a page puts off while it is hidden; the page embeds it in its instance struct. */
typedef struct
{
  PaydayUiUpdateFunc update;
  gulong             map_handler;       /* connected while an update waits */
} PaydayUiDeferred;

void        payday_ui_deferred_init    (PaydayUiDeferred  *deferred,
                                        PaydayUiUpdateFunc update);
gboolean    payday_ui_deferred_queue   (PaydayUiDeferred  *deferred,
                                        GtkWidget         *widget);
void        payday_ui_deferred_clear   (PaydayUiDeferred  *deferred,
                                        GtkWidget         *widget);

G_END_DECLS
