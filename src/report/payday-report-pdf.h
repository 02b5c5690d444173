/* payday-report-pdf.h — the full report as a PDF: summary, schedule, Connects, badges, charts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "payday-ledger.h"
#include "payday-rates.h"
#include "payday-schedule.h"
#include "payday-withdrawals.h"

G_BEGIN_DECLS

typedef enum {
  PAYDAY_PAPER_AUTO,      /* from the locale: payday_report_default_paper () */
  PAYDAY_PAPER_A4,
  PAYDAY_PAPER_LETTER,
} PaydayPaper;

/* Draws into the box (0, 0)–(@width, @height) of @cr, in points. The same callback the
 * window uses for its cairo drawing, so the report shows what the screen shows. */
typedef void (*PaydayReportDrawFunc) (cairo_t  *cr,
                                      double    width,
                                      double    height,
                                      gpointer  data);

/* An optional section drawn by someone else (the badges block, a chart). With @draw NULL
 * the section is left out entirely: no heading, no empty box. */
typedef struct
{
  const char           *title;   /* the heading above the drawing, e.g. "Badges" */
  double                height;  /* points the drawing needs at the page's content width;
                                  * 0 or more than a page = the whole content area of a page */
  PaydayReportDrawFunc  draw;
  gpointer              data;
} PaydayReportSection;

typedef struct
{
  PaydaySchedule      *schedule;  /* required: the plan, the rules and the "as of" day */
  const PaydayLedger  *ledger;    /* NULL = no Connects figures or ledger table */
  const PaydayPayouts *payouts;   /* NULL = no "In your bank" section */
  PaydayPaper          paper;
  PaydayReportSection  badges;    /* drawn after the Connects ledger */
  PaydayReportSection  chart;     /* drawn last */
  const PaydayRate    *rate;      /* --currency: local figures under the totals; NULL = none */
} PaydayReportInput;

PaydayPaper payday_report_default_paper (void);
void        payday_report_paper_size    (PaydayPaper              paper,
                                         double                  *width,
                                         double                  *height);
int         payday_report_count_pages   (const PaydayReportInput *in);
int         payday_report_count_pages_for_size (const PaydayReportInput *in,
                                                double                   width,
                                                double                   height);
void        payday_report_draw_page     (const PaydayReportInput *in,
                                         cairo_t                 *cr,
                                         double                   width,
                                         double                   height,
                                         int                      page_index,
                                         int                      n_pages);
gboolean    payday_report_write_pdf     (const PaydayReportInput *in,
                                         const char              *path,
                                         GError                 **error);

G_END_DECLS
