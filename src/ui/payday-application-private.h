/* payday-application-private.h — internals shared by the application's files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "payday-application.h"

G_BEGIN_DECLS

void _payday_application_add_actions (PaydayApplication *self);

G_END_DECLS
