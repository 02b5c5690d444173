/* payday-cli-private.h — what the command line's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "payday-cli.h"

G_BEGIN_DECLS

void payday_cli_print_problems   (const char             *label,
                                  const char             *message);
void payday_cli_print_load_error (const char             *label,
                                  const GError           *error);
int  payday_cli_run_import       (const PaydayCliOptions *options);

G_END_DECLS
