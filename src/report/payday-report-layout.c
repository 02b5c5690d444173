/* payday-report-layout.c — paper, text, pages and tables for the PDF statement
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <langinfo.h>
#include <locale.h>
#include <string.h>

#include "payday-report-layout-private.h"

/* ------------------------------------------------------------------------------------------ */
/* paper */

static gboolean
locale_uses_letter (const char *name)
{
  /* The countries that use US Letter (CLDR's paper size data). */
  static const char * const letter[] = {
    "_US", "_CA", "_MX", "_PH", "_CL", "_CO", "_VE", "_CR", "_GT", "_PR", "_SV", "_PA",
    "_DO", "_NI", "_BZ",
  };

  if (name == NULL)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (letter); i++)
    {
      const char *at = strstr (name, letter[i]);

      if (at != NULL && !g_ascii_isalnum (at[3]))
        return TRUE;
    }

  return FALSE;
}

/**
 * payday_report_default_paper:
 *
 * The paper of the user's locale: glibc's LC_PAPER data when the program has set a locale
 * for it, else a guess from the locale's name (Letter for the Americas that use it, such as
 * en_US, en_CA, es_MX, fr_CA; A4 everywhere else).
 *
 * Returns: %PAYDAY_PAPER_A4 or %PAYDAY_PAPER_LETTER
 */
PaydayPaper
payday_report_default_paper (void)
{
  const char *current = setlocale (LC_PAPER, NULL);
  const char *name;

#ifdef _NL_PAPER_WIDTH
  if (current != NULL && strcmp (current, "C") != 0 && strcmp (current, "POSIX") != 0)
    {
      /* glibc returns the width in millimetres in the pointer itself (GTK reads it so). */
      union { char *string; guint word; } width;

      width.string = nl_langinfo (_NL_PAPER_WIDTH);
      if (width.word == 216)
        return PAYDAY_PAPER_LETTER;
      if (width.word == 210)
        return PAYDAY_PAPER_A4;
    }
#endif

  /* No locale data (or the C locale, which says nothing about the user): the name. */
  if ((name = g_getenv ("LC_ALL")) == NULL || *name == '\0')
    if ((name = g_getenv ("LC_PAPER")) == NULL || *name == '\0')
      name = g_getenv ("LANG");
  if ((name == NULL || *name == '\0') && current != NULL)
    name = current;

  return locale_uses_letter (name) ? PAYDAY_PAPER_LETTER : PAYDAY_PAPER_A4;
}

/**
 * payday_report_paper_size:
 * @paper: a paper, or %PAYDAY_PAPER_AUTO for the locale's
 * @width: (out): points
 * @height: (out): points
 */
void
payday_report_paper_size (PaydayPaper  paper,
                          double      *width,
                          double      *height)
{
  if (paper == PAYDAY_PAPER_AUTO)
    paper = payday_report_default_paper ();

  if (paper == PAYDAY_PAPER_LETTER)
    {
      *width = 612.0;
      *height = 792.0;
    }
  else
    {
      *width = 595.276;  /* 210 × 297 mm */
      *height = 841.89;
    }
}

/* ------------------------------------------------------------------------------------------ */
/* text */

static PangoLayout *
pdf_make_layout (Renderer       *r,
             double          size,
             gboolean        bold,
             const char     *markup,
             double          width,
             PangoAlignment  align,
             gboolean        wrap)
{
  PangoLayout *layout = pango_cairo_create_layout (r->cr);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (FONT_FAMILY);
  cairo_font_options_t *options = cairo_font_options_create ();

  /* Unhinted metrics: the counting pass and the drawing pass lay out identically, and the
   * PDF scales cleanly. */
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (pango_layout_get_context (layout), options);
  /* Font sizes are in points and cairo's unit here is the point: 72 per inch, not the
   * screen's 96. */
  pango_cairo_context_set_resolution (pango_layout_get_context (layout), 72);
  pango_layout_context_changed (layout);
  cairo_font_options_destroy (options);

  pango_font_description_set_size (font, (int) (size * PANGO_SCALE));
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_markup (layout, markup, -1);
  pango_layout_set_alignment (layout, align);

  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      if (wrap)
        pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
      else
        pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }

  return layout;
}

/* Draws @markup with its top-left at (@x, @y) and returns its height. */
double
pdf_draw_markup (Renderer       *r,
             double          x,
             double          y,
             double          width,
             double          size,
             gboolean        bold,
             const Rgb      *color,
             PangoAlignment  align,
             gboolean        wrap,
             const char     *markup)
{
  g_autoptr(PangoLayout) layout = pdf_make_layout (r, size, bold, markup, width, align, wrap);
  int w, h;

  pango_layout_get_size (layout, &w, &h);
  cairo_set_source_rgb (r->cr, color->r, color->g, color->b);
  cairo_move_to (r->cr, x, y);
  pango_cairo_show_layout (r->cr, layout);

  return (double) h / PANGO_SCALE;
}

double
pdf_measure_markup (Renderer   *r,
                double      width,
                double      size,
                gboolean    bold,
                gboolean    wrap,
                const char *markup)
{
  g_autoptr(PangoLayout) layout = pdf_make_layout (r, size, bold, markup, width, PANGO_ALIGN_LEFT, wrap);
  int w, h;

  pango_layout_get_size (layout, &w, &h);
  return (double) h / PANGO_SCALE;
}

char *
pdf_escape (const char *text)
{
  return g_markup_escape_text (text ? text : "", -1);
}

/* Money in tabular figures, so columns of amounts line up digit by digit. */
char *
pdf_money_markup (PaydayCents cents)
{
  g_autofree char *text = payday_money_format (cents);

  return g_strdup_printf ("<span font_features=\"tnum\">%s</span>", text);
}


/* ------------------------------------------------------------------------------------------ */
/* pages */

static void
pdf_draw_footer (Renderer *r)
{
  double y = r->page_h - MARGIN_BOTTOM + FOOTER_GAP;
  g_autofree char *page = NULL;

  cairo_set_source_rgb (r->cr, rule.r, rule.g, rule.b);
  cairo_set_line_width (r->cr, 0.6);
  cairo_move_to (r->cr, r->left, y - 6);
  cairo_line_to (r->cr, r->left + r->width, y - 6);
  cairo_stroke (r->cr);

  /* While counting, the total is not known yet; the footer's height does not depend on it. */
  page = g_strdup_printf ("Page %d of %d", r->page, r->n_pages > 0 ? r->n_pages : r->page);
  pdf_draw_markup (r, r->left, y, r->width * 0.75, 8, FALSE, &grey, PANGO_ALIGN_LEFT, FALSE,
               r->footer);
  pdf_draw_markup (r, r->left, y, r->width, 8, FALSE, &grey, PANGO_ALIGN_RIGHT, FALSE, page);
}

void
pdf_begin_page (Renderer *r)
{
  r->page++;
  r->y = MARGIN_TOP;

  if (r->only_page > 0)
    r->cr = r->page == r->only_page ? r->target : r->scratch;

  if (r->page > 1)
    {
      g_autofree char *name = pdf_escape (r->plan->name ? r->plan->name : "Payday");
      double h;

      h = pdf_draw_markup (r, r->left, r->y, r->width * 0.7, 8, FALSE, &grey, PANGO_ALIGN_LEFT,
                       FALSE, name);
      pdf_draw_markup (r, r->left, r->y, r->width, 8, TRUE, &accent, PANGO_ALIGN_RIGHT, FALSE,
                   "PAYDAY STATEMENT");
      r->y += h + 14;
    }
}

void
pdf_end_page (Renderer *r)
{
  pdf_draw_footer (r);
  if (r->only_page == 0)
    cairo_show_page (r->cr);
}

void
pdf_new_page (Renderer *r)
{
  pdf_end_page (r);
  pdf_begin_page (r);
}

void
pdf_ensure_space (Renderer *r,
              double    height)
{
  if (r->y + height > r->bottom)
    pdf_new_page (r);
}

void
pdf_heading (Renderer   *r,
         const char *text,
         double      keep_with)
{
  g_autofree char *markup = pdf_escape (text);
  double h = pdf_measure_markup (r, r->width, 15, TRUE, TRUE, markup);

  /* A heading never ends a page: it stays with the first lines of what it introduces. */
  pdf_ensure_space (r, h + 10 + keep_with);
  r->y += pdf_draw_markup (r, r->left, r->y, r->width, 15, TRUE, &ink, PANGO_ALIGN_LEFT, TRUE,
                       markup);
  r->y += 6;
}

void
pdf_paragraph (Renderer   *r,
           const char *markup,
           double      size,
           const Rgb  *color)
{
  double h = pdf_measure_markup (r, r->width, size, FALSE, TRUE, markup);

  pdf_ensure_space (r, h);
  r->y += pdf_draw_markup (r, r->left, r->y, r->width, size, FALSE, color, PANGO_ALIGN_LEFT, TRUE,
                       markup);
}

/* ------------------------------------------------------------------------------------------ */
/* tables */

void
pdf_table_init (Renderer     *r,
            Table        *t,
            const char   *caption,
            const Column *columns,
            guint         n_columns,
            double        font_size)
{
  double fixed = 0, shares = 0;

  g_assert (n_columns <= G_N_ELEMENTS (t->widths));

  t->caption = caption;
  t->columns = columns;
  t->n_columns = n_columns;
  t->font_size = font_size;
  t->n_rows = 0;

  for (guint i = 0; i < n_columns; i++)
    {
      if (columns[i].width > 0)
        fixed += columns[i].width;
      else
        shares += -columns[i].width;
    }

  for (guint i = 0; i < n_columns; i++)
    {
      if (columns[i].width > 0)
        t->widths[i] = columns[i].width;
      else
        t->widths[i] = MAX (20.0, (r->width - fixed) * -columns[i].width / shares);
    }
}

double
pdf_table_header_height (Renderer *r,
                     Table    *t)
{
  return pdf_measure_markup (r, 0, t->font_size, TRUE, FALSE, "Ag") + 2 * CELL_PAD_Y + 2;
}

static void
pdf_table_header (Renderer *r,
              Table    *t)
{
  double x = r->left;
  double h = pdf_table_header_height (r, t);

  cairo_set_source_rgb (r->cr, ink.r, ink.g, ink.b);
  cairo_rectangle (r->cr, r->left, r->y, r->width, h);
  cairo_fill (r->cr);

  for (guint i = 0; i < t->n_columns; i++)
    {
      static const Rgb white = { 1, 1, 1 };
      g_autofree char *title = pdf_escape (t->columns[i].title);

      pdf_draw_markup (r, x + CELL_PAD_X, r->y + CELL_PAD_Y + 1, t->widths[i] - 2 * CELL_PAD_X,
                   t->font_size, TRUE, &white, t->columns[i].align, FALSE, title);
      x += t->widths[i];
    }

  r->y += h;
}

/* Starts the table: the header row, kept on one page with the first row. */
void
pdf_table_begin (Renderer *r,
             Table    *t)
{
  double row = pdf_measure_markup (r, 0, t->font_size, FALSE, FALSE, "Ag") + 2 * CELL_PAD_Y;

  pdf_ensure_space (r, pdf_table_header_height (r, t) + row);
  pdf_table_header (r, t);
}

/* @cells: markup per column. @wrap: wrap (TRUE) or ellipsize (FALSE) the cells. */
void
pdf_table_row (Renderer           *r,
           Table              *t,
           const char * const *cells,
           gboolean            wrap,
           gboolean            bold)
{
  double h = 0, x = r->left;

  for (guint i = 0; i < t->n_columns; i++)
    h = MAX (h, pdf_measure_markup (r, t->widths[i] - 2 * CELL_PAD_X, t->font_size, bold, wrap,
                                cells[i]));
  h += 2 * CELL_PAD_Y;

  if (r->y + h > r->bottom)
    {
      g_autofree char *caption = g_strdup_printf ("%s (continued)", t->caption);
      g_autofree char *markup = pdf_escape (caption);

      pdf_new_page (r);
      r->y += pdf_draw_markup (r, r->left, r->y, r->width, 9.5, TRUE, &grey, PANGO_ALIGN_LEFT, FALSE,
                           markup);
      r->y += 4;
      pdf_table_header (r, t);
    }

  if (t->n_rows % 2 == 1)
    {
      cairo_set_source_rgb (r->cr, zebra.r, zebra.g, zebra.b);
      cairo_rectangle (r->cr, r->left, r->y, r->width, h);
      cairo_fill (r->cr);
    }

  for (guint i = 0; i < t->n_columns; i++)
    {
      pdf_draw_markup (r, x + CELL_PAD_X, r->y + CELL_PAD_Y, t->widths[i] - 2 * CELL_PAD_X,
                   t->font_size, bold, &ink, t->columns[i].align, wrap, cells[i]);
      x += t->widths[i];
    }

  r->y += h;
  t->n_rows++;
}

void
pdf_table_end (Renderer *r)
{
  pdf_ensure_space (r, 1);
  cairo_set_source_rgb (r->cr, ink.r, ink.g, ink.b);
  cairo_set_line_width (r->cr, 0.8);
  cairo_move_to (r->cr, r->left, r->y + 0.4);
  cairo_line_to (r->cr, r->left + r->width, r->y + 0.4);
  cairo_stroke (r->cr);
  r->y += 16;
}

void
pdf_figures_row (Renderer *r,
             Figure   *figures,
             guint     n)
{
  const double gap = 8;
  double w = (r->width - gap * (n - 1)) / n;
  double h = 62;

  pdf_ensure_space (r, h);

  for (guint i = 0; i < n; i++)
    {
      double x = r->left + i * (w + gap);
      g_autofree char *label = pdf_escape (figures[i].label);
      g_autofree char *value = g_strdup_printf ("<span foreground=\"%s\">%s</span>",
                                                figures[i].color, figures[i].value);
      double y = r->y + 8;

      cairo_set_source_rgb (r->cr, card.r, card.g, card.b);
      cairo_rectangle (r->cr, x, r->y, w, h);
      cairo_fill (r->cr);
      cairo_set_source_rgb (r->cr, accent.r, accent.g, accent.b);
      cairo_rectangle (r->cr, x, r->y, 2.5, h);
      cairo_fill (r->cr);

      y += pdf_draw_markup (r, x + 10, y, w - 16, 9, FALSE, &grey, PANGO_ALIGN_LEFT, FALSE, label);
      y += pdf_draw_markup (r, x + 10, y + 1, w - 16, 17, TRUE, &ink, PANGO_ALIGN_LEFT, FALSE, value);
      if (figures[i].detail != NULL)
        pdf_draw_markup (r, x + 10, y + 2, w - 16, 8, FALSE, &grey, PANGO_ALIGN_LEFT, FALSE,
                     figures[i].detail);

      g_free (figures[i].value);
      g_free (figures[i].detail);
    }

  r->y += h + 12;
}

