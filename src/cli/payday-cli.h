/* payday-cli.h — the command line: its options, and the headless --version, --check, --export
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "payday-date.h"

G_BEGIN_DECLS

/* The options of docs/command-line.md, as parsed; the table in payday-cli.c fills them. */
typedef struct
{
  gboolean    version;
  char       *check;          /* a plan file, or NULL */
  char      **exports;        /* output files, NULL-terminated, or NULL */
  gboolean    sample;
  PaydayDate  today;          /* PAYDAY_DATE_NONE = the plan's today */
  int         runs;           /* PAYDAY_NONE = the plan's simulation.runs */
  gint64      seed;
  gboolean    seed_set;
  char       *currency;       /* ISO 4217 code, upper case, or NULL */
  gboolean    offline;
  gboolean    refresh_rates;
  char      **files;          /* the plan files after the options, NULL-terminated */
  char      **imports;        /* Upwork CSV files to import, NULL-terminated, or NULL */
  char       *output;         /* where --import writes the plan, or NULL */
} PaydayCliOptions;

gboolean payday_cli_is_headless    (int               argc,
                                    char            **argv);
gboolean payday_cli_parse          (int               argc,
                                    char            **argv,
                                    PaydayCliOptions *options,
                                    GError          **error);
void     payday_cli_options_clear  (PaydayCliOptions *options);
int      payday_cli_run            (int               argc,
                                    char            **argv);
void     payday_cli_add_options    (GApplication     *application);
int      payday_cli_handle_options (GVariantDict     *dict,
                                    char           ***files);

G_END_DECLS
