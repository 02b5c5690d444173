/* payday-cli-import.c — `payday --import=FILE.csv … --output=OUT.payday [PLAN]`
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>

#include "payday-cli-private.h"
#include "payday-error.h"
#include "payday-export.h"
#include "payday-import.h"
#include "payday-plan.h"

/* The import's messages already start with `FILE: `: printed as they are, one a line. */
static void
print_lines (const char *message)
{
  g_auto(GStrv) lines = g_strsplit (message, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    if (lines[i][0] != 0)
      g_printerr ("%s\n", lines[i]);
}

/* Reads one file and merges it into @plan; prints its problems (stderr) and its summary
 * line (stdout). A refused file prints `FILE: message` and changes nothing. */
static gboolean
import_one (const char *path,
            PaydayPlan *plan)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(PaydayImport) import = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *line = NULL;
  PaydayImportCounts counts;

  stream = g_file_read (file, NULL, &error);
  if (stream == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY))
        g_printerr ("%s: is a folder, not a CSV file\n", path);
      else
        payday_cli_print_load_error (path, error);
      return FALSE;
    }

  import = payday_import_read_stream (path, G_INPUT_STREAM (stream), NULL, &error);
  if (import == NULL)
    {
      print_lines (error->message);
      return FALSE;
    }

  for (guint i = 0; i < payday_import_get_n_problems (import); i++)
    {
      const PaydayImportProblem *problem = payday_import_get_problem (import, i);

      g_printerr ("%s: row %u: %s\n", path, problem->row, problem->message);
    }

  if (!payday_import_apply (import, NULL, plan, &counts, &error))
    {
      print_lines (error->message);
      return FALSE;
    }

  line = payday_import_counts_format (&counts);
  g_print ("%s: %s\n", path, line);
  return TRUE;
}

/**
 * payday_cli_run_import:
 * @options: parsed options with imports and an output
 *
 * Starts from PLAN (or an empty plan), imports each file in order, and writes OUT
 * atomically — only when every file was read: a refused file leaves OUT unwritten. PLAN
 * is written only when it is OUT, and then with its `~` backup.
 *
 * Returns: the exit status
 */
int
payday_cli_run_import (const PaydayCliOptions *options)
{
  g_autoptr(PaydayPlan) plan = NULL;
  g_autoptr(PaydayPlan) check = NULL;
  g_autoptr(GFile) out = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  guint n_files = options->files != NULL ? g_strv_length (options->files) : 0;
  gboolean ok = TRUE;
  gsize length;

  if (options->output == NULL)
    {
      g_printerr ("payday: --import needs --output=OUT.payday\n");
      return 1;
    }
  if (n_files > 1 || options->sample || options->exports != NULL || options->check != NULL)
    {
      g_printerr ("payday: --import takes at most one PLAN, and no --export, --check or "
                  "--sample\n");
      return 1;
    }

  if (n_files == 1)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (options->files[0]);

      plan = payday_plan_load_from_file (file, NULL, &error);
      if (plan == NULL)
        {
          payday_cli_print_load_error (options->files[0], error);
          return 1;
        }
    }
  else
    plan = payday_plan_new ();

  for (guint i = 0; options->imports[i] != NULL; i++)
    ok &= import_one (options->imports[i], plan);

  if (!ok)
    return 1;

  /* what is written must load: the merge keeps every bound, this proves it */
  data = payday_plan_to_data (plan, &length);
  check = payday_plan_load_from_data (data, (gssize) length, &error);
  if (check == NULL)
    {
      payday_cli_print_problems (options->output, error->message);
      return 1;
    }

  out = g_file_new_for_commandline_arg (options->output);
  if (n_files == 1)
    {
      g_autoptr(GFile) in = g_file_new_for_commandline_arg (options->files[0]);

      if (g_file_equal (in, out))
        {
          if (!payday_plan_save_to_file (plan, out, NULL, &error))
            {
              payday_cli_print_problems (options->output, error->message);
              return 1;
            }
          return 0;
        }
    }

  {
    g_autofree char *path = g_file_get_path (out);

    if (path == NULL ||
        !payday_export_write_atomically (path, data, length, &error))
      {
        payday_cli_print_problems (options->output,
                                   error ? error->message : "not a local file");
        return 1;
      }
  }

  return 0;
}
