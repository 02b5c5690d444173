/* payday-report-layout-private.h — the page, text and table primitives of the PDF statement
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <pango/pangocairo.h>

#include "payday-report-pdf.h"

G_BEGIN_DECLS

/* Points (1/72 in). */
#define MARGIN_X      42.0
#define MARGIN_TOP    48.0
#define MARGIN_BOTTOM 62.0
#define FOOTER_GAP    22.0
#define CELL_PAD_X     4.0
#define CELL_PAD_Y     3.5

#define FONT_FAMILY "Cantarell, Sans"

typedef struct { double r, g, b; } Rgb;

/* GNOME's palette: dark text, grey secondary text, a blue accent, light greys for rules. */
static const Rgb ink = { 0x24 / 255., 0x1f / 255., 0x31 / 255. };
static const Rgb grey = { 0x5e / 255., 0x5c / 255., 0x64 / 255. };
static const Rgb accent = { 0x1c / 255., 0x71 / 255., 0xd8 / 255. };
static const Rgb zebra = { 0xf6 / 255., 0xf5 / 255., 0xf4 / 255. };
static const Rgb rule = { 0xde / 255., 0xdd / 255., 0xda / 255. };
static const Rgb card = { 0xf0 / 255., 0xf4 / 255., 0xfb / 255. };

typedef struct
{
  const PaydayReportInput *in;
  const PaydayPlan        *plan;
  cairo_t                 *cr;
  double                   page_w;
  double                   page_h;
  double                   left;
  double                   width;          /* content width */
  double                   bottom;         /* last y content may reach */
  double                   y;
  int                      page;           /* 1-based, the page being drawn */
  int                      n_pages;        /* 0 while counting */
  char                    *footer;         /* markup */
  /* Drawing one page onto someone else's cairo (printing): every page is laid out, but
   * only page @only_page goes to @target; the others go to @scratch. 0 = every page on
   * @cr's own surface, each ended by cairo_show_page(). */
  int                      only_page;
  cairo_t                 *target;
  cairo_t                 *scratch;
} Renderer;

typedef struct
{
  const char     *title;
  double          width;                   /* points; ≤ 0: a share (−width) of what is left */
  PangoAlignment  align;
} Column;

typedef struct
{
  const char   *caption;                   /* repeated as "… (continued)" on a new page */
  const Column *columns;
  guint         n_columns;
  double        widths[12];
  double        font_size;
  guint         n_rows;
} Table;

typedef struct
{
  const char *label;
  char       *value;                       /* markup, owned (freed by pdf_figures_row) */
  char       *detail;                      /* markup, owned, may be NULL */
  const char *color;                       /* of the value */
} Figure;

G_GNUC_INTERNAL double pdf_draw_markup         (Renderer           *r,
                                               double              x,
                                               double              y,
                                               double              width,
                                               double              size,
                                               gboolean            bold,
                                               const Rgb          *color,
                                               PangoAlignment      align,
                                               gboolean            wrap,
                                               const char         *markup);
G_GNUC_INTERNAL double pdf_measure_markup      (Renderer           *r,
                                               double              width,
                                               double              size,
                                               gboolean            bold,
                                               gboolean            wrap,
                                               const char         *markup);
G_GNUC_INTERNAL char  *pdf_escape              (const char         *text);
G_GNUC_INTERNAL char  *pdf_money_markup        (PaydayCents         cents);

G_GNUC_INTERNAL void   pdf_begin_page          (Renderer           *r);
G_GNUC_INTERNAL void   pdf_end_page            (Renderer           *r);
G_GNUC_INTERNAL void   pdf_new_page            (Renderer           *r);
G_GNUC_INTERNAL void   pdf_ensure_space        (Renderer           *r,
                                               double              height);
G_GNUC_INTERNAL void   pdf_heading             (Renderer           *r,
                                               const char         *text,
                                               double              keep_with);
G_GNUC_INTERNAL void   pdf_paragraph           (Renderer           *r,
                                               const char         *markup,
                                               double              size,
                                               const Rgb          *color);

G_GNUC_INTERNAL void   pdf_table_init          (Renderer           *r,
                                               Table              *t,
                                               const char         *caption,
                                               const Column       *columns,
                                               guint               n_columns,
                                               double              font_size);
G_GNUC_INTERNAL double pdf_table_header_height (Renderer           *r,
                                               Table              *t);
G_GNUC_INTERNAL void   pdf_table_begin         (Renderer           *r,
                                               Table              *t);
G_GNUC_INTERNAL void   pdf_table_row           (Renderer           *r,
                                               Table              *t,
                                               const char * const *cells,
                                               gboolean            wrap,
                                               gboolean            bold);
G_GNUC_INTERNAL void   pdf_table_end           (Renderer           *r);
G_GNUC_INTERNAL void   pdf_figures_row         (Renderer           *r,
                                               Figure             *figures,
                                               guint               n);

G_END_DECLS
