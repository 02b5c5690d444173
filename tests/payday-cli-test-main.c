/* payday-cli-test-main.c — a headless-only `payday` for the command-line tests
 *
 * The real `payday` binary (src/main.c) opens a window unless payday_cli_is_headless()
 * says otherwise; the tests only need the headless half.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>

#include "payday-cli.h"

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");

  return payday_cli_run (argc, argv);
}
