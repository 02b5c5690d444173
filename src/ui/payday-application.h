/* payday-application.h — the Payday GtkApplication: windows, startup, app actions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "payday-rates-service.h"

G_BEGIN_DECLS

#define PAYDAY_TYPE_APPLICATION (payday_application_get_type ())

G_DECLARE_FINAL_TYPE (PaydayApplication, payday_application, PAYDAY, APPLICATION, AdwApplication)

PaydayApplication *payday_application_new          (void);
GtkWindow         *payday_application_open_new     (PaydayApplication *self);
GtkWindow         *payday_application_offer_recovery (PaydayApplication *self,
                                                      GtkWindow         *parent);
PaydayRatesService *payday_application_get_rates_service (PaydayApplication *self);
int                payday_application_run          (int                argc,
                                                    char             **argv);

G_END_DECLS
