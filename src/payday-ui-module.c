/* payday-ui-module.c — the window's half of `payday`, loaded by main.c to open a window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "payday-application.h"
#include "payday-renderer.h"

int payday_ui_module_run (int    argc,
                          char **argv);

/* The module's one entry point: the application, with the command line main() was given. */
G_MODULE_EXPORT int
payday_ui_module_run (int    argc,
                      char **argv)
{
  payday_renderer_choose ();
  return payday_application_run (argc, argv);
}
