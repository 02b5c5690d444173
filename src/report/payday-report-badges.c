/* payday-report-badges.c — the badges block of the PDF report
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <pango/pangocairo.h>

#include "payday-report-badges.h"

/* Points: a badge's title line, then one line a criterion, then its next step. */
#define TITLE_H     20.0
#define ROW_H       14.0
#define GAP_H       12.0
#define FONT_FAMILY "Cantarell, Sans"

static int
badge_lines (const PaydayBadge *badge)
{
  return (int) badge->criteria->len + (badge->next_step != NULL ? 1 : 0);
}

/**
 * payday_report_badges_height:
 * @report: the evaluated badges
 *
 * Returns: the points payday_report_badges_draw() needs, so the report can keep the
 *   block on one page
 */
double
payday_report_badges_height (const PaydayBadgeReport *report)
{
  double h = 0;

  g_return_val_if_fail (report != NULL, 0);

  for (guint i = 0; i < report->badges->len; i++)
    h += TITLE_H + ROW_H * badge_lines (&g_array_index (report->badges, PaydayBadge, i)) + GAP_H;

  return h;
}

static void
show_text (cairo_t        *cr,
           PangoLayout    *layout,
           double          x,
           double          y,
           double          width,
           PangoAlignment  align,
           const char     *markup)
{
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_alignment (layout, align);
  pango_layout_set_markup (layout, markup, -1);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

static char *
status_markup (const PaydayBadge *badge)
{
  char buf[PAYDAY_DATE_BUF];

  if (badge->eligible)
    return g_strdup ("<span foreground='#26a269'><b>Eligible</b></span>");
  if (payday_date_is_set (badge->projected_on))
    return g_strdup_printf ("<span foreground='#1c71d8'>Projected on %s</span>",
                            payday_date_format (badge->projected_on, buf));
  return g_strdup ("<span foreground='#5e5c64'>Not projected within a year</span>");
}

/**
 * payday_report_badges_draw:
 * @report: (type PaydayBadgeReport): the evaluated badges
 *
 * Each badge: its name and standing, every criterion with where the plan stands (met ✓ or
 * not ✗), then the next step. A #PaydayReportDrawFunc.
 */
void
payday_report_badges_draw (cairo_t  *cr,
                           double    width,
                           double    height,
                           gpointer  data)
{
  const PaydayBadgeReport *report = data;
  g_autoptr(PangoLayout) layout = pango_cairo_create_layout (cr);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (FONT_FAMILY " 9");
  double y = 0;

  pango_layout_set_font_description (layout, font);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);

  for (guint i = 0; i < report->badges->len; i++)
    {
      const PaydayBadge *badge = &g_array_index (report->badges, PaydayBadge, i);
      g_autofree char *name = g_markup_printf_escaped ("<b><big>%s</big></b>", badge->name);
      g_autofree char *status = status_markup (badge);

      cairo_set_source_rgb (cr, 0x24 / 255., 0x1f / 255., 0x31 / 255.);
      show_text (cr, layout, 0, y, width * 0.6, PANGO_ALIGN_LEFT, name);
      show_text (cr, layout, width * 0.6, y + 2, width * 0.4, PANGO_ALIGN_RIGHT, status);
      y += TITLE_H;

      for (guint j = 0; j < badge->criteria->len; j++)
        {
          const PaydayBadgeCriterion *c = &g_array_index (badge->criteria, PaydayBadgeCriterion, j);
          g_autofree char *mark = g_strdup_printf ("<span foreground='%s'>%s</span>",
                                                   c->met ? "#26a269" : "#c01c28",
                                                   c->met ? "✓" : "✗");
          g_autofree char *label = g_markup_escape_text (c->label ? c->label : c->id, -1);
          g_autofree char *detail = g_markup_printf_escaped ("<span foreground='#5e5c64'>%s</span>",
                                                            c->detail ? c->detail : "");

          cairo_set_source_rgb (cr, 0x24 / 255., 0x1f / 255., 0x31 / 255.);
          show_text (cr, layout, 8, y, 14, PANGO_ALIGN_LEFT, mark);
          show_text (cr, layout, 24, y, width * 0.5 - 28, PANGO_ALIGN_LEFT, label);
          show_text (cr, layout, width * 0.5, y, width * 0.5, PANGO_ALIGN_RIGHT, detail);
          y += ROW_H;
        }

      if (badge->next_step != NULL)
        {
          g_autofree char *step = g_markup_printf_escaped ("<i>Next step: %s</i>", badge->next_step);

          cairo_set_source_rgb (cr, 0x1c / 255., 0x71 / 255., 0xd8 / 255.);
          show_text (cr, layout, 24, y, width - 24, PANGO_ALIGN_LEFT, step);
          y += ROW_H;
        }

      y += GAP_H;
    }
}
