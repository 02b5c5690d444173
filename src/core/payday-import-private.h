/* payday-import-private.h — what the reading and the merging of an import share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "payday-csv.h"
#include "payday-import.h"

G_BEGIN_DECLS

/* A file of ten years of weekly history is about 3 MB; these leave room and still refuse
 * what no export can be. */
#define PAYDAY_IMPORT_MAX_BYTES     (64 * 1024 * 1024)
#define PAYDAY_IMPORT_MAX_ROW_BYTES (64 * 1024)
#define PAYDAY_IMPORT_MAX_ROWS      500000

/* One understood row of the file, normalised. */
typedef struct
{
  guint             row;
  PaydayDate        date;
  PaydayActualKind  kind;
  gboolean          understood;         /* FALSE: a type Payday does not know (kind other) */
  PaydayCents       amount_cents;       /* signed */
  char             *ref;
  char             *client_name;        /* NULL = none */
  char             *description;        /* NULL = none */
  /* weekly summary only */
  guint             contract;           /* index into PaydayImport.contracts */
  gint64            hours_e5;           /* hours × 100,000 */
} PaydayImportRecord;

/* A contract named by a weekly summary. */
typedef struct
{
  char        *upwork_id;
  char        *title;
  guint        n_rows;
  PaydayCents  amount_cents;
  PaydayDate   first_date;
  gboolean     has_hourly;              /* it has hourly rows: only an hourly contract fits */
} PaydayImportFileContract;

struct _PaydayImport
{
  char               *name;
  PaydayImportFormat  format;
  guint               n_rows;
  GArray             *problems;         /* PaydayImportProblem */
  GArray             *records;          /* PaydayImportRecord */
  GArray             *contracts;        /* PaydayImportFileContract */
};

PaydayImport *payday_import_read_data_with_limits (const char            *name,
                                                   const char            *data,
                                                   gsize                  length,
                                                   const PaydayCsvLimits *limits,
                                                   GError               **error);

gboolean      payday_import_contract_fits         (const PaydayImportFileContract *file,
                                                   const PaydayContract           *contract);

G_END_DECLS
