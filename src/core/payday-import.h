/* payday-import.h — Upwork's CSV exports read, previewed and merged into a plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "payday-command.h"
#include "payday-plan.h"

G_BEGIN_DECLS

/* The layouts Payday recognises by their header (docs/import.md). */
typedef enum
{
  PAYDAY_IMPORT_TRANSACTIONS,           /* Transaction history / transaction report: money */
  PAYDAY_IMPORT_WEEKLY_SUMMARY,         /* Reports → Weekly Summary: work */
} PaydayImportFormat;

/* A problem with one row: the row is left out, the rest is imported. */
typedef struct
{
  guint  row;                           /* as a spreadsheet numbers it: the header is row 1 */
  char  *message;
} PaydayImportProblem;

/* What applying an import did (or, in a preview, will do). */
typedef struct
{
  guint rows;                           /* every data row of the file */
  guint contracts_created;
  guint weeks;                          /* weeks created or changed */
  guint milestones;
  guint bonuses;
  guint actuals;                        /* actuals added */
  guint duplicates;                     /* rows whose ref the plan already has: skipped */
  guint not_understood;                 /* rows with a problem, and rows of an unknown type */
} PaydayImportCounts;

/* A contract a weekly summary names, and the plan contract it goes to. */
typedef struct
{
  char        *upwork_id;               /* NULL when the file gives none */
  char        *title;
  guint        n_rows;
  PaydayCents  amount_cents;            /* the file's gross for it */
  char        *match;                   /* a plan contract id; NULL = create a contract */
} PaydayImportContract;

typedef struct _PaydayImport        PaydayImport;
typedef struct _PaydayImportPreview PaydayImportPreview;

PaydayImport              *payday_import_read_file            (GFile                *file,
                                                               GCancellable         *cancellable,
                                                               GError              **error);
PaydayImport              *payday_import_read_stream          (const char           *name,
                                                               GInputStream         *stream,
                                                               GCancellable         *cancellable,
                                                               GError              **error);
PaydayImport              *payday_import_read_data            (const char           *name,
                                                               const char           *data,
                                                               gsize                 length,
                                                               GError              **error);
void                       payday_import_free                 (PaydayImport         *import);
const char                *payday_import_get_name             (const PaydayImport   *import);
PaydayImportFormat         payday_import_get_format           (const PaydayImport   *import);
const char                *payday_import_format_to_string     (PaydayImportFormat    format);
guint                      payday_import_get_n_rows           (const PaydayImport   *import);
guint                      payday_import_get_n_problems       (const PaydayImport   *import);
const PaydayImportProblem *payday_import_get_problem          (const PaydayImport   *import,
                                                               guint                 index);

PaydayImportPreview       *payday_import_preview_new          (const PaydayImport   *import,
                                                               const PaydayPlan     *plan);
void                       payday_import_preview_free         (PaydayImportPreview  *preview);
guint                      payday_import_preview_get_n_contracts
                                                              (const PaydayImportPreview *preview);
const PaydayImportContract *payday_import_preview_get_contract (const PaydayImportPreview *preview,
                                                               guint                 index);
gboolean                   payday_import_preview_set_match    (PaydayImportPreview  *preview,
                                                               guint                 index,
                                                               const char           *contract_id,
                                                               GError              **error);
const PaydayImportCounts  *payday_import_preview_get_counts   (const PaydayImportPreview *preview);
const GError              *payday_import_preview_get_error    (const PaydayImportPreview *preview);

gboolean                   payday_import_apply                (const PaydayImport   *import,
                                                               const PaydayImportPreview *preview,
                                                               PaydayPlan           *plan,
                                                               PaydayImportCounts   *counts,
                                                               GError              **error);
PaydayCommand             *payday_import_to_command           (const PaydayImport   *import,
                                                               const PaydayImportPreview *preview,
                                                               const PaydayPlan     *plan,
                                                               PaydayImportCounts   *counts,
                                                               GError              **error);
char                      *payday_import_counts_format        (const PaydayImportCounts *counts);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PaydayImport, payday_import_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PaydayImportPreview, payday_import_preview_free)

G_END_DECLS
