/* payday-badges-page-cards.c — one badge's card: criteria, JSS weeks and sparkline, next step
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "payday-badges-page-private.h"
#include "payday-ui-util.h"

/* "Fri, Jun 26, 2026": a projection may be next year, so the year is always given. */
char *
payday_badges_page_format_date_with_year (PaydayDate date)
{
  g_autoptr(GDateTime) dt = payday_date_to_date_time (date);

  /* Translators: a short date with the year, see g_date_time_format() */
  return g_date_time_format (dt, _("%a, %b %-d, %Y"));
}

/**
 * payday_badges_format_criterion:
 *
 * Formats where a criterion stands in the unit of its kind: money for earnings and
 * large contracts, days for ages, a percent for the JSS, weeks for eligible weeks.
 *
 * Returns: (transfer full): e.g. "$14,387.50 / $30,000.00"
 */
char *
payday_badges_format_criterion (const PaydayBadgeCriterion *c)
{
  g_return_val_if_fail (c != NULL, NULL);

  switch (c->kind)
    {
    case PAYDAY_CRITERION_PROFILE_FLAG:
    case PAYDAY_CRITERION_INVITE_ONLY:
      return g_strdup (c->value >= 1 ? _("Yes") : _("No"));

    case PAYDAY_CRITERION_JSS_ABSENT:
      return g_strdup (c->value > 0 ? _("Has a JSS") : _("No JSS yet"));

    case PAYDAY_CRITERION_JSS_MIN:
      /* The engine reports 0 when there is no score yet; a real JSS of 0% does not occur. */
      if (c->value <= 0)
        /* Translators: no Job Success Score yet, against the minimum, e.g. "— / 90%" */
        return g_strdup_printf (_("— / %d%%"), (int) c->threshold);
      /* Translators: a Job Success Score against the minimum, e.g. "97% / 90%" */
      return g_strdup_printf (_("%d%% / %d%%"), (int) c->value, (int) c->threshold);

    case PAYDAY_CRITERION_JSS_WEEKS:
      /* Translators: eligible weeks against the weeks needed, e.g. "14 / 13 weeks" */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d / %d week", "%d / %d weeks",
                                           (gulong) c->threshold),
                              (int) c->value, (int) c->threshold);

    case PAYDAY_CRITERION_EARNINGS_WINDOW:
    case PAYDAY_CRITERION_LARGE_CONTRACT:
      {
        g_autofree char *value = payday_ui_format_money (c->value);
        g_autofree char *threshold = payday_ui_format_money (c->threshold);

        return g_strdup_printf ("%s / %s", value, threshold);
      }

    case PAYDAY_CRITERION_ACCOUNT_AGE_DAYS:
    case PAYDAY_CRITERION_FIRST_CONTRACT_AGE_DAYS:
      /* Translators: an age against the age needed, e.g. "100 / 90 days" */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d / %d day", "%d / %d days",
                                           (gulong) ABS (c->threshold)),
                              (int) c->value, (int) c->threshold);

    case PAYDAY_CRITERION_ACTIVE_DAYS:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d activity", "%d activities",
                                           (gulong) ABS (c->value)),
                              (int) c->value);

    case PAYDAY_CRITERION_NO_HOLD_DAYS:
      if (c->value == 0)
        return g_strdup (_("No holds"));
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day on hold", "%d days on hold",
                                           (gulong) ABS (c->value)),
                              (int) c->value);

    case PAYDAY_CRITERION_MAX_VIOLATIONS:
      /* Translators: violations against the most allowed, e.g. "1 / at most 0" */
      return g_strdup_printf (_("%d / at most %d"), (int) c->value, (int) c->threshold);

    default:
      g_return_val_if_reached (g_strdup (""));
    }
}

/* The kinds whose value moves toward its threshold get a progress bar. */
static gboolean
kind_has_progress (PaydayCriterionKind kind)
{
  return kind == PAYDAY_CRITERION_JSS_MIN ||
         kind == PAYDAY_CRITERION_JSS_WEEKS ||
         kind == PAYDAY_CRITERION_EARNINGS_WINDOW ||
         kind == PAYDAY_CRITERION_ACCOUNT_AGE_DAYS ||
         kind == PAYDAY_CRITERION_FIRST_CONTRACT_AGE_DAYS ||
         kind == PAYDAY_CRITERION_LARGE_CONTRACT;
}

static GtkWidget *
criterion_row_new (const PaydayBadge          *badge,
                   const PaydayBadgeCriterion *c,
                   PaydayDate                  today)
{
  g_autofree char *name = g_strdup_printf ("criterion-%s-%s", badge->id, c->id);
  g_autofree char *value_name = g_strdup_printf ("value-%s-%s", badge->id, c->id);
  g_autofree char *value_text = payday_badges_format_criterion (c);
  g_autofree char *title = g_markup_escape_text (c->label ? c->label : c->id, -1);
  g_autoptr(GString) subtitle = g_string_new (NULL);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *value = gtk_label_new (value_text);
  GtkWidget *icon;

  gtk_widget_set_name (row, name);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);

  /* The engine's detail, unless it only repeats the value ("Yes"). */
  if (c->detail != NULL && c->detail[0] != '\0' && g_ascii_strcasecmp (c->detail, value_text) != 0)
    g_string_append (subtitle, c->detail);
  if (!c->met && payday_date_is_set (c->met_on) && c->met_on > today)
    {
      g_autofree char *day = payday_ui_format_date (c->met_on, today);

      if (subtitle->len > 0)
        g_string_append (subtitle, " · ");
      /* Translators: when the plan alone meets this criterion, e.g. "met on Fri, Jun 26" */
      g_string_append_printf (subtitle, _("met on %s"), day);
    }
  if (subtitle->len > 0)
    {
      g_autofree char *escaped = g_markup_escape_text (subtitle->str, -1);

      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
    }

  gtk_widget_set_name (value, value_name);
  gtk_label_set_xalign (GTK_LABEL (value), 1.0f);
  gtk_widget_add_css_class (value, "tabular");
  gtk_widget_add_css_class (value, "criterion-value");
  gtk_box_append (GTK_BOX (box), value);

  if (kind_has_progress (c->kind) && c->threshold > 0)
    {
      GtkWidget *bar = gtk_level_bar_new_for_interval (0.0, 1.0);
      double fraction = CLAMP ((double) c->value / (double) c->threshold, 0.0, 1.0);

      gtk_level_bar_set_value (GTK_LEVEL_BAR (bar), fraction);
      /* One colour while short of the mark, the success colour when met. */
      gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_LOW);
      gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_HIGH);
      gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_FULL);
      if (c->met)
        gtk_widget_add_css_class (bar, "criterion-met");
      gtk_widget_add_css_class (bar, "criterion-progress");
      /* Every bar has the same length, right-aligned under its value, so bars line up
       * down a card without forcing every value column to the widest one. */
      gtk_widget_set_halign (bar, GTK_ALIGN_END);
      gtk_box_append (GTK_BOX (box), bar);
    }

  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), box);

  icon = gtk_image_new_from_icon_name (c->met ? "emblem-ok-symbolic" : "window-close-symbolic");
  gtk_widget_add_css_class (icon, c->met ? "criterion-met-icon" : "criterion-unmet-icon");
  gtk_widget_set_tooltip_text (icon, c->met ? _("Met") : _("Not met"));
  gtk_widget_set_valign (icon, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), icon);

  return row;
}

/* The eligible-weeks strip: one cell per Saturday, filled when that week counts. */
static GtkWidget *
strip_new (const PaydayBadge          *badge,
           const PaydayBadgeCriterion *c,
           PaydayDate                  today)
{
  g_autofree char *name = g_strdup_printf ("strip-%s-%s", badge->id, c->id);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 3);

  gtk_widget_set_name (box, name);
  gtk_box_set_homogeneous (GTK_BOX (box), TRUE);
  gtk_widget_add_css_class (box, "jss-strip");

  for (guint i = 0; c->weeks != NULL && i < c->weeks->len; i++)
    {
      const PaydayBadgeWeek *week = &g_array_index (c->weeks, PaydayBadgeWeek, i);
      g_autofree char *day = payday_ui_format_date (week->saturday, today);
      g_autofree char *tooltip = NULL;
      GtkWidget *cell = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

      if (week->score != PAYDAY_NONE)
        /* Translators: a week of the strip, e.g. "Sat, Feb 28 · JSS 97% · counts" */
        tooltip = g_strdup_printf (_("%s · JSS %d%% · %s"), day, week->score,
                                   week->eligible ? _("counts") : _("does not count"));
      else
        tooltip = g_strdup_printf (_("%s · no JSS · %s"), day,
                                   week->eligible ? _("counts (Rising Talent)") : _("does not count"));

      gtk_widget_set_tooltip_text (cell, tooltip);
      gtk_widget_add_css_class (cell, "jss-week");
      gtk_widget_add_css_class (cell, week->eligible ? "eligible" : "ineligible");
      gtk_widget_set_hexpand (cell, TRUE);
      gtk_box_append (GTK_BOX (box), cell);
    }

  return box;
}

typedef struct
{
  GArray *points;                       /* PaydayJss (dates and scores only) */
  int     threshold;                    /* PAYDAY_NONE = no line */
  PaydayDate today;
} Sparkline;

static void
sparkline_free (Sparkline *spark)
{
  g_clear_pointer (&spark->points, g_array_unref);
  g_free (spark);
}

static void
sparkline_draw (GtkDrawingArea *area,
                cairo_t        *cr,
                int             width,
                int             height,
                gpointer        user_data)
{
  Sparkline *spark = user_data;
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (area));
  GdkRGBA fg, accent;
  const double left = 4, right = 40, top = 8, bottom = 8;
  double plot_w = MAX (1.0, width - left - right);
  double plot_h = MAX (1.0, height - top - bottom);
  double x0, x1, y_low = 100, y_high = 100;
  PangoLayout *layout;
  g_autofree char *last_text = NULL;
  double last_x = 0, last_y = 0;

  gtk_style_context_get_color (context, &fg);
  if (!gtk_style_context_lookup_color (context, "accent_color", &accent))
    accent = fg;

  if (spark->points->len == 0)
    return;

  x0 = g_array_index (spark->points, PaydayJss, 0).date;
  x1 = MAX ((double) spark->today, x0 + 1);

  for (guint i = 0; i < spark->points->len; i++)
    y_low = MIN (y_low, g_array_index (spark->points, PaydayJss, i).score);
  if (spark->threshold != PAYDAY_NONE)
    y_low = MIN (y_low, spark->threshold);
  y_low = MAX (0.0, floor ((y_low - 5) / 10.0) * 10.0);
  if (y_high - y_low < 10)
    y_low = y_high - 10;

#define PX(day)   (left + ((day) - x0) / (x1 - x0) * plot_w)
#define PY(score) (top + (y_high - (score)) / (y_high - y_low) * plot_h)

  layout = gtk_widget_create_pango_layout (GTK_WIDGET (area), NULL);

  /* The badge's minimum, dashed and labelled at the right. */
  if (spark->threshold != PAYDAY_NONE)
    {
      g_autofree char *text = g_strdup_printf ("%d%%", spark->threshold);
      int tw, th;
      double dashes[] = { 4.0, 3.0 };

      cairo_save (cr);
      cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.45);
      cairo_set_line_width (cr, 1.0);
      cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
      cairo_move_to (cr, left, round (PY (spark->threshold)) + 0.5);
      cairo_line_to (cr, left + plot_w, round (PY (spark->threshold)) + 0.5);
      cairo_stroke (cr);
      cairo_restore (cr);

      pango_layout_set_text (layout, text, -1);
      pango_layout_get_pixel_size (layout, &tw, &th);
      cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.55);
      cairo_move_to (cr, width - tw, PY (spark->threshold) - th / 2.0);
      pango_cairo_show_layout (cr, layout);
    }

  /* The area under the steps, then the steps: a score holds until the next one. */
  cairo_new_path (cr);
  for (guint i = 0; i < spark->points->len; i++)
    {
      const PaydayJss *p = &g_array_index (spark->points, PaydayJss, i);
      double x = PX (MIN ((double) p->date, x1));
      double y = PY (p->score);

      if (i == 0)
        cairo_move_to (cr, x, y);
      else
        {
          cairo_line_to (cr, x, last_y);
          cairo_line_to (cr, x, y);
        }
      last_x = x;
      last_y = y;
    }
  cairo_line_to (cr, PX (x1), last_y);

  cairo_save (cr);
  {
    cairo_path_t *path = cairo_copy_path (cr);

    cairo_line_to (cr, PX (x1), top + plot_h);
    cairo_line_to (cr, PX (x0), top + plot_h);
    cairo_close_path (cr);
    cairo_set_source_rgba (cr, accent.red, accent.green, accent.blue, 0.12);
    cairo_fill (cr);

    cairo_append_path (cr, path);
    cairo_path_destroy (path);
  }
  cairo_set_source_rgba (cr, accent.red, accent.green, accent.blue, 1.0);
  cairo_set_line_width (cr, 2.0);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_stroke (cr);
  cairo_restore (cr);

  for (guint i = 0; i < spark->points->len; i++)
    {
      const PaydayJss *p = &g_array_index (spark->points, PaydayJss, i);

      cairo_arc (cr, PX (MIN ((double) p->date, x1)), PY (p->score), 3.0, 0, 2 * G_PI);
      cairo_set_source_rgba (cr, accent.red, accent.green, accent.blue, 1.0);
      cairo_fill (cr);
    }

  /* The latest score, next to the line's end. */
  {
    const PaydayJss *last = &g_array_index (spark->points, PaydayJss, spark->points->len - 1);
    int tw, th;

    (void) last_x;
    last_text = g_strdup_printf ("%d%%", last->score);
    pango_layout_set_text (layout, last_text, -1);
    pango_layout_get_pixel_size (layout, &tw, &th);
    cairo_set_source_rgba (cr, accent.red, accent.green, accent.blue, 1.0);
    cairo_move_to (cr, width - tw, CLAMP (last_y - th - 2, 0, height - th));
    if (spark->threshold == PAYDAY_NONE || fabs (PY (spark->threshold) - last_y) > th)
      cairo_move_to (cr, width - tw, CLAMP (last_y - th / 2.0, 0, height - th));
    pango_cairo_show_layout (cr, layout);
  }

#undef PX
#undef PY

  g_object_unref (layout);
}

static GtkWidget *
sparkline_new (const PaydayProfile *profile,
               int                  threshold,
               PaydayDate           today)
{
  GtkWidget *area = gtk_drawing_area_new ();
  Sparkline *spark = g_new0 (Sparkline, 1);

  spark->points = g_array_new (FALSE, TRUE, sizeof (PaydayJss));
  spark->threshold = threshold;
  spark->today = today;

  for (guint i = 0; profile->jss != NULL && i < profile->jss->len; i++)
    {
      const PaydayJss *src = &g_array_index (profile->jss, PaydayJss, i);
      PaydayJss copy = { src->date, src->score, NULL };

      if (src->date <= today)
        g_array_append_val (spark->points, copy);
    }

  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (area), 88);
  gtk_widget_set_hexpand (area, TRUE);
  gtk_widget_add_css_class (area, "jss-sparkline");
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (area), sparkline_draw,
                                  spark, (GDestroyNotify) sparkline_free);

  return area;
}

static GtkWidget *
caption_new (const char *text,
             gboolean    heading)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, heading ? "caption-heading" : "caption");
  if (!heading)
    gtk_widget_add_css_class (label, "dim-label");

  return label;
}

/* The row under a badge's JSS criteria: the weeks strip (when the badge counts weeks)
 * and the JSS history. */
static GtkWidget *
jss_row_new (const PaydayBadge          *badge,
             const PaydayBadgeCriterion *weeks,
             int                         threshold,
             const PaydayProfile        *profile,
             PaydayDate                  today)
{
  g_autofree char *name = g_strdup_printf ("jss-%s", badge->id);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gboolean any_jss = FALSE;

  gtk_widget_set_name (row, name);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_add_css_class (box, "jss-box");

  if (weeks != NULL && weeks->weeks != NULL && weeks->weeks->len > 0)
    {
      const PaydayBadgeWeek *first = &g_array_index (weeks->weeks, PaydayBadgeWeek, 0);
      const PaydayBadgeWeek *last = &g_array_index (weeks->weeks, PaydayBadgeWeek, weeks->weeks->len - 1);
      g_autofree char *from = payday_ui_format_date (first->saturday, today);
      g_autofree char *to = payday_ui_format_date (last->saturday, today);
      g_autofree char *title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                             "Eligible Weeks (last %u Saturday)",
                                                             "Eligible Weeks (last %u Saturdays)",
                                                             weeks->weeks->len),
                                                weeks->weeks->len);
      GtkWidget *ends = gtk_center_box_new ();

      gtk_box_append (GTK_BOX (box), caption_new (title, TRUE));
      gtk_box_append (GTK_BOX (box), strip_new (badge, weeks, today));
      gtk_center_box_set_start_widget (GTK_CENTER_BOX (ends), caption_new (from, FALSE));
      gtk_center_box_set_end_widget (GTK_CENTER_BOX (ends), caption_new (to, FALSE));
      gtk_box_append (GTK_BOX (box), ends);
    }

  for (guint i = 0; profile->jss != NULL && i < profile->jss->len; i++)
    any_jss |= g_array_index (profile->jss, PaydayJss, i).date <= today;

  if (any_jss)
    {
      GtkWidget *heading = caption_new (_("Job Success Score History"), TRUE);
      GtkWidget *ends = gtk_center_box_new ();
      g_autofree char *from = NULL;

      if (weeks != NULL)
        gtk_widget_set_margin_top (heading, 10);

      for (guint i = 0; i < profile->jss->len; i++)
        if (g_array_index (profile->jss, PaydayJss, i).date <= today)
          {
            from = payday_badges_page_format_date_with_year (g_array_index (profile->jss, PaydayJss, i).date);
            break;
          }

      gtk_box_append (GTK_BOX (box), heading);
      gtk_box_append (GTK_BOX (box), sparkline_new (profile, threshold, today));
      gtk_center_box_set_start_widget (GTK_CENTER_BOX (ends), caption_new (from, FALSE));
      gtk_center_box_set_end_widget (GTK_CENTER_BOX (ends), caption_new (_("Today"), FALSE));
      gtk_box_append (GTK_BOX (box), ends);
    }
  else
    {
      gtk_box_append (GTK_BOX (box), caption_new (_("No Job Success Score yet"), FALSE));
    }

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  return row;
}

static GtkWidget *
next_step_row_new (const PaydayBadge *badge)
{
  g_autofree char *name = g_strdup_printf ("next-step-%s", badge->id);
  g_autofree char *title = g_markup_escape_text (badge->next_step, -1);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name (badge->eligible ? "emblem-ok-symbolic"
                                                                  : "find-location-symbolic");

  gtk_widget_set_name (row, name);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  gtk_widget_set_tooltip_text (row, badge->eligible ? _("Status") : _("Next step"));
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  gtk_widget_add_css_class (row, "badge-next-step");
  gtk_widget_add_css_class (row, badge->eligible ? "eligible" : "pending");

  return row;
}

static GtkWidget *
benefits_row_new (const PaydayBadge *badge)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *name = g_strdup_printf ("benefits-%s", badge->id);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *list;

  for (guint i = 0; badge->benefits[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append_c (text, '\n');
      g_string_append_printf (text, "•  %s", badge->benefits[i]);
    }

  gtk_widget_set_name (row, name);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_add_css_class (box, "benefits-box");
  gtk_box_append (GTK_BOX (box), caption_new (_("Benefits"), TRUE));
  list = gtk_label_new (text->str);
  gtk_label_set_xalign (GTK_LABEL (list), 0.0f);
  gtk_label_set_wrap (GTK_LABEL (list), TRUE);
  gtk_box_append (GTK_BOX (box), list);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  return row;
}

/* The header pill: how many of the badge's own criteria are met, coloured by where the
 * badge stands (eligible, projected within a year, out of reach). */
static GtkWidget *
status_pill_new (const PaydayBadge *badge)
{
  g_autofree char *text = NULL;
  g_autofree char *name = g_strdup_printf ("pill-%s", badge->id);
  guint met = 0;
  GtkWidget *pill;

  for (guint i = 0; i < badge->criteria->len; i++)
    met += g_array_index (badge->criteria, PaydayBadgeCriterion, i).met ? 1 : 0;

  /* Translators: criteria met, e.g. "7 of 8 met" */
  text = g_strdup_printf (_("%u of %u met"), met, badge->criteria->len);
  pill = gtk_label_new (text);
  gtk_widget_set_name (pill, name);
  gtk_widget_add_css_class (pill, "badge-pill");
  gtk_widget_add_css_class (pill, "tabular");
  gtk_widget_add_css_class (pill, badge->eligible ? "eligible"
                                  : payday_date_is_set (badge->projected_on) ? "projected"
                                  : "unreachable");
  gtk_widget_set_valign (pill, GTK_ALIGN_CENTER);

  return pill;
}

static char *
card_description (const PaydayBadgeReport *report,
                  const PaydayBadge       *badge)
{
  g_autoptr(GString) text = g_string_new (NULL);

  if (badge->eligible)
    g_string_append (text, _("Eligible now ✓"));
  else if (payday_date_is_set (badge->projected_on))
    {
      g_autofree char *day = payday_badges_page_format_date_with_year (badge->projected_on);

      /* Translators: when the plan makes the badge reachable, e.g. "Projected: Fri, Jun 26, 2026" */
      g_string_append_printf (text, _("Projected: %s"), day);
    }
  else
    g_string_append (text, _("Not within a year"));

  for (guint i = 0; badge->requires[i] != NULL; i++)
    {
      const PaydayBadge *required = payday_badge_report_find (report, badge->requires[i]);
      const char *required_name = required ? required->name : badge->requires[i];

      g_string_append (text, " · ");
      /* Translators: a badge that needs another badge first, e.g. "Requires Top Rated" */
      g_string_append_printf (text, _("Requires %s"), required_name);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static gboolean
kind_is_jss (PaydayCriterionKind kind)
{
  return kind == PAYDAY_CRITERION_JSS_MIN || kind == PAYDAY_CRITERION_JSS_WEEKS;
}

GtkWidget *
payday_badges_page_card_new (const PaydayBadgeReport *report,
                             const PaydayBadge       *badge,
                             const PaydayProfile     *profile)
{
  g_autofree char *name = g_strdup_printf ("badge-%s", badge->id);
  g_autofree char *list_name = g_strdup_printf ("criteria-%s", badge->id);
  g_autofree char *description = card_description (report, badge);
  g_autofree char *title = g_markup_escape_text (badge->name ? badge->name : badge->id, -1);
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *list = gtk_list_box_new ();
  const PaydayBadgeCriterion *weeks = NULL;
  int threshold = PAYDAY_NONE;
  guint last_jss = G_MAXUINT;

  gtk_widget_set_name (group, name);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group),
                                           status_pill_new (badge));
  gtk_widget_add_css_class (group, "badge-card");

  gtk_widget_set_name (list, list_name);
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");

  gtk_list_box_append (GTK_LIST_BOX (list), next_step_row_new (badge));

  for (guint i = 0; i < badge->criteria->len; i++)
    {
      const PaydayBadgeCriterion *c = &g_array_index (badge->criteria, PaydayBadgeCriterion, i);

      if (c->kind == PAYDAY_CRITERION_JSS_WEEKS && weeks == NULL)
        weeks = c;
      if (kind_is_jss (c->kind))
        last_jss = i;
      /* The line on the JSS chart is the badge's minimum score (a jss_weeks criterion
       * counts weeks; its score is not part of the row). */
      if (c->kind == PAYDAY_CRITERION_JSS_MIN)
        threshold = (int) c->threshold;
    }

  for (guint i = 0; i < badge->criteria->len; i++)
    {
      const PaydayBadgeCriterion *c = &g_array_index (badge->criteria, PaydayBadgeCriterion, i);

      gtk_list_box_append (GTK_LIST_BOX (list), criterion_row_new (badge, c, report->today));
      if (i == last_jss)
        gtk_list_box_append (GTK_LIST_BOX (list),
                             jss_row_new (badge, weeks, threshold, profile, report->today));
    }

  if (badge->benefits[0] != NULL)
    gtk_list_box_append (GTK_LIST_BOX (list), benefits_row_new (badge));

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), list);

  return group;
}
