/* payday-error.h — the PAYDAY_ERROR domain
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define PAYDAY_ERROR (payday_error_quark ())

typedef enum
{
  PAYDAY_ERROR_SYNTAX,        /* not JSON: line:column in the message */
  PAYDAY_ERROR_INVALID,       /* JSON, but not a valid plan/rule set: one line per problem */
  PAYDAY_ERROR_VERSION,       /* written by a newer Payday */
  PAYDAY_ERROR_TOO_LARGE,     /* over the size or nesting bounds */
  PAYDAY_ERROR_NOT_FOUND,     /* a rule set, edition or currency that does not exist */
  PAYDAY_ERROR_FAILED,
} PaydayErrorCode;

GQuark payday_error_quark (void);

G_END_DECLS
