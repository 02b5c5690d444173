/* payday-client-object.h — one client of the plan as a row object of the document's
 * clients model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "payday-plan.h"

G_BEGIN_DECLS

#define PAYDAY_TYPE_CLIENT_OBJECT (payday_client_object_get_type ())

G_DECLARE_FINAL_TYPE (PaydayClientObject, payday_client_object, PAYDAY, CLIENT_OBJECT, GObject)

PaydayClientObject *payday_client_object_new      (const char         *id);
void                payday_client_object_update   (PaydayClientObject *self,
                                                   const PaydayClient *client,
                                                   gboolean            in_use);
const char         *payday_client_object_get_id   (PaydayClientObject *self);
const char         *payday_client_object_get_name (PaydayClientObject *self);

G_END_DECLS
