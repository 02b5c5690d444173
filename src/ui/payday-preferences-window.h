/* payday-preferences-window.h — local currency, manual rate and style preferences
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "payday-rates-service.h"

G_BEGIN_DECLS

#define PAYDAY_TYPE_PREFERENCES_WINDOW (payday_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (PaydayPreferencesWindow, payday_preferences_window, PAYDAY, PREFERENCES_WINDOW, AdwPreferencesWindow)

GtkWidget *payday_preferences_window_new (GtkWindow          *parent,
                                          PaydayRatesService *service);

G_END_DECLS
