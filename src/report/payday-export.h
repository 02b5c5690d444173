/* payday-export.h — write a plan's schedule and summary to a file chosen by its extension
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "payday-badges.h"
#include "payday-chart.h"
#include "payday-export-writer.h"
#include "payday-ledger.h"
#include "payday-report-pdf.h"
#include "payday-rates.h"
#include "payday-schedule.h"

G_BEGIN_DECLS

/* Everything an export may need. The command line fills it once and hands it to
 * payday_export_to_file(); exports of later issues read the members they need. */
typedef struct
{
  PaydayPlan     *plan;
  PaydayRules    *rules;
  PaydaySchedule *schedule;        /* computed at @today */
  PaydayDate      today;           /* the day the plan is judged at */

  /* Settings for the simulation and local-currency exports (docs/command-line.md). */
  int             runs;            /* PAYDAY_NONE = the plan's simulation.runs */
  gint64          seed;            /* used when seed_set */
  gboolean        seed_set;
  const char     *currency;        /* ISO 4217 code, NULL = no local figures */
  gboolean        offline;
  gboolean        refresh_rates;
  /* The USD→currency rate the caller resolved (the command line asks the rates service);
   * required when @currency is set: exports add local figures from it. */
  const PaydayRate *rate;
} PaydayExportJob;

void        payday_export_job_init          (PaydayExportJob       *job);
gboolean    payday_export_to_file           (const PaydayExportJob *job,
                                             const char            *path,
                                             GError               **error);
gboolean    payday_export_is_supported      (const char            *path);
char       *payday_export_describe_formats  (void);

/* What payday_report_input_fill() computes for the report's input to point at. */
typedef struct
{
  PaydayLedger      *ledger;
  PaydayBadgeReport *badges;
  PaydayPayouts     *payouts;
  PaydayChart       *chart;        /* the simulator chart of the report's chart section */
} PaydayReportOwned;

void        payday_report_input_fill        (const PaydayExportJob *job,
                                             PaydayReportInput     *in,
                                             PaydayReportOwned     *owned);
void        payday_report_owned_clear       (PaydayReportOwned     *owned);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (PaydayReportOwned, payday_report_owned_clear)

G_END_DECLS
