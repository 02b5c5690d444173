/* payday-export.c — write a plan's schedule and summary to a file chosen by its extension
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include <string.h>

#include "payday-badges.h"
#include "payday-export-actuals.h"
#include "payday-export-csv.h"
#include "payday-export-ics.h"
#include "payday-export-ledger.h"
#include "payday-export-json.h"
#include "payday-export-withdrawals.h"
#include "payday-export.h"
#include "payday-simulator-chart.h"
#include "payday-ledger.h"
#include "payday-report-badges.h"
#include "payday-report-pdf.h"

typedef char *(*ExportFunc) (const PaydayExportJob *job,
                             gsize                 *length,
                             GError               **error);

/* Formats whose text can be long write it into the file as they make it. They fail only
 * when @writer does. */
typedef gboolean (*ExportStreamFunc) (const PaydayExportJob *job,
                                      PaydayExportWriter    *writer,
                                      GError               **error);

/* A 100,000-item schedule makes 12 MB of text: it goes into the file a few rows at a time
 * and is never held whole. */
static gboolean
export_schedule_csv (const PaydayExportJob *job,
                     PaydayExportWriter    *writer,
                     GError               **error)
{
  return payday_export_csv_schedule_write (job->schedule,
                                           job->currency != NULL ? job->rate : NULL,
                                           writer, error);
}

/* The Monte Carlo run of the simulation exports: the plan's settings with --runs and
 * --seed applied to a copy (the plan is left as loaded), on every processor — the result
 * does not depend on the thread count. */
static PaydaySimResult *
run_simulation (const PaydayExportJob *job,
                GError               **error)
{
  PaydaySimulation settings;
  PaydaySimResult *result;

  g_assert (job->plan != NULL);

  settings = job->plan->simulation;
  if (job->runs != PAYDAY_NONE)
    settings.runs = job->runs;
  if (settings.runs <= 0)
    settings.runs = 1000;
  if (job->seed_set)
    settings.seed = job->seed;

  result = payday_simulation_run (job->schedule, &settings, (int) g_get_num_processors (),
                                  NULL, NULL, NULL);
  if (result == NULL)
    g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                         "the simulation was cancelled");
  return result;
}

static char *
export_simulation_json (const PaydayExportJob *job,
                        gsize                 *length,
                        GError               **error)
{
  g_autoptr(PaydaySimResult) result = run_simulation (job, error);

  if (result == NULL)
    return NULL;
  return payday_sim_result_to_json (result, length);
}

static char *
export_chart (const PaydayExportJob *job,
              gboolean               svg,
              gsize                 *length,
              GError               **error)
{
  g_autoptr(PaydaySimResult) result = run_simulation (job, error);

  if (result == NULL)
    return NULL;
  return payday_simulator_chart_render (job->schedule, result, svg, length, error);
}

static char *
export_chart_svg (const PaydayExportJob *job,
                  gsize                 *length,
                  GError               **error)
{
  return export_chart (job, TRUE, length, error);
}

static char *
export_chart_png (const PaydayExportJob *job,
                  gsize                 *length,
                  GError               **error)
{
  return export_chart (job, FALSE, length, error);
}

/* The payment events, then the withdrawals' bank arrivals. */
static char *
export_calendar (const PaydayExportJob *job,
                 gsize                 *length,
                 GError               **error)
{
  g_autoptr(PaydayPayouts) payouts = payday_payouts_compute (job->schedule);

  return payday_ics_from_plan (job->schedule, payouts,
                               job->currency != NULL ? job->rate : NULL, length);
}

static char *
export_withdrawals_csv (const PaydayExportJob *job,
                        gsize                 *length,
                        GError               **error)
{
  g_autoptr(PaydayPayouts) payouts = payday_payouts_compute (job->schedule);

  return payday_export_csv_withdrawals (payouts, job->currency != NULL ? job->rate : NULL,
                                        length);
}

static char *
export_actuals_csv (const PaydayExportJob *job,
                    gsize                 *length,
                    GError               **error)
{
  return payday_export_csv_actuals (job->plan, length);
}

static char *
export_reconcile_csv (const PaydayExportJob *job,
                      gsize                 *length,
                      GError               **error)
{
  return payday_export_csv_reconcile (job->schedule, length);
}

static char *
export_ledger_csv (const PaydayExportJob *job,
                   gsize                 *length,
                   GError               **error)
{
  g_autoptr(PaydayLedger) ledger = payday_ledger_compute (job->plan, job->rules, job->today);

  return payday_ledger_to_csv (ledger, length);
}

/* The PDF is drawn by cairo into memory and replaced atomically by its own writer, so it
 * takes the path rather than returning bytes. */
typedef gboolean (*ExportFileFunc) (const PaydayExportJob *job,
                                    const char            *path,
                                    GError               **error);

static gboolean
export_report_pdf (const PaydayExportJob *job,
                   const char            *path,
                   GError               **error)
{
  g_auto(PaydayReportOwned) owned = { 0 };
  PaydayReportInput in = { 0 };

  payday_report_input_fill (job, &in, &owned);

  return payday_report_write_pdf (&in, path, error);
}

/* The chart section's height in points: the export's 3:2 shape at a typical content width
 * (A4 and Letter are both about 500 points wide inside the margins), so lanes and curves
 * keep the proportions they have in the window and the PNG export. */
#define REPORT_CHART_HEIGHT 340.0

/* The chart lays its legend out on one line and drops the entries that do not fit; the
 * page is narrower than a window, so it is drawn on a wider box scaled down to the page —
 * every legend entry stays, at text about 7 points high (vector text, sharp in print). */
#define REPORT_CHART_MIN_WIDTH 820.0

static void
draw_report_chart (cairo_t  *cr,
                   double    width,
                   double    height,
                   gpointer  data)
{
  double scale = width < REPORT_CHART_MIN_WIDTH ? width / REPORT_CHART_MIN_WIDTH : 1.0;

  cairo_save (cr);
  cairo_scale (cr, scale, scale);
  payday_chart_draw (PAYDAY_CHART (data), cr, (int) (width / scale), (int) (height / scale));
  cairo_restore (cr);
}

/* The simulator chart of the window, built from the plan's simulation settings (its runs
 * and seed, so the page is the same on every print), in the light palette: paper has no
 * dark theme. NULL when the schedule has no day to draw or the run fails. */
static PaydayChart *
report_chart (const PaydayExportJob *job)
{
  g_autoptr(PaydaySimResult) result = NULL;
  g_autoptr(PaydayChart) chart = NULL;
  PaydayChartPalette palette;

  if (job->plan == NULL)
    return NULL;
  result = run_simulation (job, NULL);
  if (result == NULL || result->n_days == 0)
    return NULL;

  chart = payday_chart_new ();
  payday_chart_palette_init (&palette, FALSE);
  payday_chart_set_palette (chart, &palette);
  payday_simulator_chart_build (chart, job->schedule, result);
  return g_steal_pointer (&chart);
}

/**
 * payday_report_input_fill:
 * @job: the plan, its rules and computed schedule
 * @in: (out caller-allocates): the report's input, filled
 * @owned: (out caller-allocates): what @in points to; free with payday_report_owned_clear()
 *
 * Fills the PDF report's input from @job: its schedule, the withdrawals, the Connects ledger, the badges
 * section and the chart section (the simulator's timeline lanes over the cumulative cash,
 * drawn by the window's chart code from a simulation with the plan's settings), on the
 * paper of the locale. The command line's PDF export and the window's
 * printing both go through here, so they cannot report different things.
 */
void
payday_report_input_fill (const PaydayExportJob *job,
                          PaydayReportInput     *in,
                          PaydayReportOwned     *owned)
{
  g_return_if_fail (job != NULL && job->schedule != NULL);
  g_return_if_fail (in != NULL);
  g_return_if_fail (owned != NULL);

  memset (in, 0, sizeof *in);
  memset (owned, 0, sizeof *owned);

  owned->ledger = payday_ledger_compute (job->plan, job->rules, job->today);
  owned->badges = payday_badges_evaluate (job->plan, job->rules, job->schedule, job->today);
  owned->payouts = payday_payouts_compute (job->schedule);

  in->schedule = job->schedule;
  in->ledger = owned->ledger;
  in->payouts = owned->payouts;
  in->rate = job->currency != NULL ? job->rate : NULL;
  in->paper = PAYDAY_PAPER_AUTO;
  in->badges.title = _("Badges");
  in->badges.height = payday_report_badges_height (owned->badges);
  in->badges.draw = payday_report_badges_draw;
  in->badges.data = owned->badges;

  owned->chart = report_chart (job);
  if (owned->chart != NULL)
    {
      in->chart.title = _("Timeline and cash");
      in->chart.height = REPORT_CHART_HEIGHT;
      in->chart.draw = draw_report_chart;
      in->chart.data = owned->chart;
    }
}

/**
 * payday_report_owned_clear:
 * @owned: what payday_report_input_fill() computed
 *
 * Frees it; @owned may be cleared twice.
 */
void
payday_report_owned_clear (PaydayReportOwned *owned)
{
  g_return_if_fail (owned != NULL);

  g_clear_pointer (&owned->ledger, payday_ledger_free);
  g_clear_pointer (&owned->badges, payday_badge_report_free);
  g_clear_pointer (&owned->payouts, payday_payouts_free);
  g_clear_object (&owned->chart);
}

/* Every extension of docs/exports.md. Those without a writer yet are listed so that
 * "x.ledger.csv" is never taken for the schedule's ".csv": the longest matching suffix
 * wins, whatever the order here. */
static const struct
{
  const char *suffix;
  const char *content;
  ExportFunc  func;
  ExportFileFunc write;
  ExportStreamFunc stream;
} formats[] = {
  { ".csv", "payment schedule", NULL, NULL, export_schedule_csv },
  { ".json", "summary", payday_export_json_summary },
  { ".ledger.csv", "Connects ledger", export_ledger_csv },
  { ".sim.json", "simulation", export_simulation_json },
  { ".ics", "calendar", export_calendar },
  { ".pdf", "report", NULL, export_report_pdf },
  { ".svg", "simulator chart", export_chart_svg },
  { ".png", "simulator chart", export_chart_png },
  { ".withdrawals.csv", "withdrawals", export_withdrawals_csv },
  { ".actuals.csv", "imported actuals", export_actuals_csv },
  { ".reconcile.csv", "predictions against actuals", export_reconcile_csv },
};

static gboolean
format_has_writer (guint format)
{
  return formats[format].func != NULL || formats[format].write != NULL ||
         formats[format].stream != NULL;
}

static int
find_format (const char *path)
{
  g_autofree char *base = g_path_get_basename (path);
  gsize base_len = strlen (base);
  gsize best_len = 0;
  int best = -1;

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      gsize len = strlen (formats[i].suffix);

      /* The name must have something before the extension: ".csv" alone is no CSV file.
       * Extensions match without regard to ASCII case ("PLAN.CSV"). */
      if (base_len > len && len > best_len &&
          g_ascii_strcasecmp (base + base_len - len, formats[i].suffix) == 0)
        {
          best = (int) i;
          best_len = len;
        }
    }

  return best;
}

/**
 * payday_export_job_init:
 * @job: a job to fill with the defaults
 *
 * Clears @job: no plan yet, today unset, the plan's simulation settings, no currency.
 */
void
payday_export_job_init (PaydayExportJob *job)
{
  g_return_if_fail (job != NULL);

  memset (job, 0, sizeof *job);
  job->today = PAYDAY_DATE_NONE;
  job->runs = PAYDAY_NONE;
}

/**
 * payday_export_describe_formats:
 *
 * Returns: (transfer full): the extensions this build can write, as
 *   ".csv (payment schedule), .json (summary)"
 */
char *
payday_export_describe_formats (void)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      if (!format_has_writer (i))
        continue;
      if (s->len > 0)
        g_string_append (s, ", ");
      g_string_append_printf (s, "%s (%s)", formats[i].suffix, formats[i].content);
    }

  return g_string_free (s, FALSE);
}

/**
 * payday_export_is_supported:
 * @path: an output file name
 *
 * Returns: whether this build can write @path's format
 */
gboolean
payday_export_is_supported (const char *path)
{
  int format;

  g_return_val_if_fail (path != NULL, FALSE);

  format = find_format (path);
  return format >= 0 && format_has_writer ((guint) format);
}

/**
 * payday_export_to_file:
 * @job: the plan, its rules and computed schedule, and the export settings
 * @path: the output file; its extension picks the format
 * @error: where a failure is reported
 *
 * Writes @path atomically. The error messages do not repeat @path: the caller prints
 * `PATH: message`.
 *
 * Returns: %TRUE when @path was written
 */
gboolean
payday_export_to_file (const PaydayExportJob *job,
                       const char            *path,
                       GError               **error)
{
  g_autoptr(PaydayExportWriter) writer = NULL;
  g_autofree char *data = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize length = 0;
  int format;

  g_return_val_if_fail (job != NULL, FALSE);
  g_return_val_if_fail (job->schedule != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  format = find_format (path);
  if (format < 0 || !format_has_writer ((guint) format))
    {
      g_autofree char *supported = payday_export_describe_formats ();

      if (format < 0)
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                     "unknown export format; supported: %s", supported);
      else
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                     "the %s export (%s) is not available in this version; supported: %s",
                     formats[format].suffix, formats[format].content, supported);
      return FALSE;
    }

  /* Local-currency figures go into every export: without the rate they come from, the
   * export fails rather than silently omit them. */
  if (job->currency != NULL &&
      (job->rate == NULL || g_ascii_strcasecmp (job->rate->currency, job->currency) != 0))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   "no exchange rate for %s was given for the local-currency figures",
                   job->currency);
      return FALSE;
    }

  if (formats[format].write != NULL)
    return formats[format].write (job, path, error);

  /* The text is made before the file is opened, so a format that fails leaves nothing
   * behind; a streamed format makes it into the open file. */
  if (formats[format].func != NULL)
    {
      data = formats[format].func (job, &length, &local_error);
      if (data == NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
    }

  writer = payday_export_writer_open (path, &local_error);
  if (writer != NULL)
    {
      gboolean written;

      if (formats[format].stream != NULL)
        written = formats[format].stream (job, writer, &local_error);
      else
        written = payday_export_writer_write (writer, data, length, &local_error);

      /* A writer that failed is aborted by g_autoptr: the target is left as it was. */
      if (written && payday_export_writer_commit (g_steal_pointer (&writer), &local_error))
        return TRUE;
    }

  g_set_error (error, local_error->domain, local_error->code,
               "could not write the file: %s", local_error->message);
  return FALSE;
}
