/* bench-json-parse.c — the floor of the big-plan command line: json-glib alone parsing a file
 *
 * usage: bench-json-parse FILE
 *
 * Reads FILE and builds json-glib's tree of it, as Payday's loader does first, then exits
 * without freeing the tree (the process is about to drop it). bench-load-schedule times
 * this as a whole process beside `payday --export` and `payday --check` on the same plan.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <json-glib/json-glib.h>

int
main (int    argc,
      char **argv)
{
  JsonParser *parser;
  GError *error = NULL;

  if (argc != 2)
    {
      g_printerr ("usage: %s FILE\n", argv[0]);
      return 2;
    }

  parser = json_parser_new ();
  if (!json_parser_load_from_file (parser, argv[1], &error))
    {
      g_printerr ("%s: %s\n", argv[1], error->message);
      return 1;
    }

  return json_parser_get_root (parser) != NULL ? 0 : 1;
}
