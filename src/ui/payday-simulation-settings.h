/* payday-simulation-settings.h — the simulator's settings and their undoable edits
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "payday-document.h"

G_BEGIN_DECLS

/* How long a setting must rest before the document is told and the simulation re-runs. */
#define PAYDAY_SIMULATOR_DEBOUNCE_MS 150

#define PAYDAY_TYPE_SIMULATION_SETTINGS (payday_simulation_settings_get_type ())

G_DECLARE_FINAL_TYPE (PaydaySimulationSettings, payday_simulation_settings, PAYDAY, SIMULATION_SETTINGS, GtkBox)

PaydayDocument *payday_simulation_settings_get_document (PaydaySimulationSettings *self);
void            payday_simulation_settings_set_document (PaydaySimulationSettings *self,
                                                         PaydayDocument           *document);

G_END_DECLS
