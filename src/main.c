/* main.c — Payday's entry point: i18n, then the application
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>

#include <glib/gi18n.h>

#include "payday-application.h"

int
main (int   argc,
      char *argv[])
{
  const char *localedir = g_getenv ("PAYDAY_LOCALEDIR");

  setlocale (LC_ALL, "");
  /* PAYDAY_LOCALEDIR: the build tree's catalogs (_build/po), set by `meson devenv` and the
   * tests, so an uninstalled Payday speaks the user's language too. */
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL && *localedir != '\0' ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* The application runs the headless options without a display (docs/command-line.md). */
  return payday_application_run (argc, argv);
}
