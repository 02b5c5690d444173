/* payday-badge-card.c — one badge as a card: its criteria, JSS weeks and history, next step
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "payday-badge-card.h"
#include "payday-criterion-row.h"
#include "payday-ui-util.h"

/* Choices where the design is silent:
 * - The JSS history is drawn by a small cairo sparkline of its own rather than PaydayChart,
 *   whose value axis is money; it shows every JSS on record up to today, stepped (a score
 *   holds until the next one), with the badge's minimum as a dashed line.
 * - The next step is the card's first row, tinted, because it is what the user acts on;
 *   the weeks strip and the JSS history follow the criteria, with the benefits. */

struct _PaydayBadgeCard
{
  AdwPreferencesGroup  parent_instance;

  PaydayBadgeItem     *badge;

  GtkLabel            *pill;
  AdwActionRow        *next_step_row;
  GtkListBox          *criteria_list;
  GtkListBoxRow       *jss_row;
  GtkListBoxRow       *benefits_row;
  GtkWidget           *weeks_box;
  GtkLabel            *weeks_title;
  GtkBox              *strip;
  GtkLabel            *weeks_from;
  GtkLabel            *weeks_to;
  GtkWidget           *history_box;
  GtkWidget           *history_title;
  GtkDrawingArea      *sparkline;
  GtkLabel            *history_from;
};

G_DEFINE_FINAL_TYPE (PaydayBadgeCard, payday_badge_card, ADW_TYPE_PREFERENCES_GROUP)

enum {
  PROP_0,
  PROP_BADGE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static char *
card_description (PaydayBadgeCard    *self,
                  gboolean            eligible,
                  int                 projected_on,
                  const char * const *requires)
{
  GString *text = g_string_new (NULL);

  if (eligible)
    g_string_append (text, _("Eligible now ✓"));
  else if (payday_date_is_set (projected_on))
    {
      g_autofree char *day = payday_ui_format_date_with_year (projected_on);

      /* Translators: when the plan makes the badge reachable, e.g. "Projected: Fri, Jun 26, 2026" */
      g_string_append_printf (text, _("Projected: %s"), day);
    }
  else
    g_string_append (text, _("Not within a year"));

  for (guint i = 0; requires != NULL && requires[i] != NULL; i++)
    {
      g_string_append (text, " · ");
      /* Translators: a badge that needs another badge first, e.g. "Requires Top Rated" */
      g_string_append_printf (text, _("Requires %s"), requires[i]);
    }

  return g_string_free (text, FALSE);
}

static char *
card_pill_text (PaydayBadgeCard *self,
                guint            n_met,
                guint            n_criteria)
{
  /* Translators: criteria met, e.g. "7 of 8 met" */
  return g_strdup_printf (_("%u of %u met"), n_met, n_criteria);
}

static char *
card_next_step_icon (PaydayBadgeCard *self,
                     gboolean         eligible)
{
  return g_strdup (eligible ? "emblem-ok-symbolic" : "find-location-symbolic");
}

static char *
card_next_step_tooltip (PaydayBadgeCard *self,
                        gboolean         eligible)
{
  return g_strdup (eligible ? _("Status") : _("Next step"));
}

static char *
card_benefits_text (PaydayBadgeCard    *self,
                    const char * const *benefits)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; benefits != NULL && benefits[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append_c (text, '\n');
      g_string_append_printf (text, "•  %s", benefits[i]);
    }

  return g_string_free (text, FALSE);
}

static gboolean
card_has_benefits (PaydayBadgeCard    *self,
                   const char * const *benefits)
{
  return benefits != NULL && benefits[0] != NULL;
}

static gboolean
card_has_details (PaydayBadgeCard    *self,
                  gboolean            has_jss,
                  const char * const *benefits)
{
  return has_jss || card_has_benefits (self, benefits);
}

static void
set_style_class (GtkWidget          *widget,
                 const char * const *classes,
                 const char         *wanted)
{
  for (guint i = 0; classes[i] != NULL; i++)
    if (g_strcmp0 (classes[i], wanted) != 0)
      gtk_widget_remove_css_class (widget, classes[i]);
  if (wanted != NULL)
    gtk_widget_add_css_class (widget, wanted);
}

/* What the template cannot bind: the card's own title and description (GTK 4.8 keeps a
 * binding on the template object until after the card's parts are gone), and style
 * classes, which a binding would replace wholesale. */
static void
payday_badge_card_sync_status (PaydayBadgeCard *self)
{
  static const char *pill_classes[] = { "eligible", "projected", "unreachable", NULL };
  static const char *row_classes[] = { "eligible", "pending", NULL };
  gboolean eligible = FALSE;
  PaydayDate projected_on = PAYDAY_DATE_NONE;

  if (self->badge != NULL)
    {
      eligible = payday_badge_item_get_eligible (self->badge);
      projected_on = payday_badge_item_get_projected_on (self->badge);
    }

  if (self->badge != NULL)
    {
      g_autofree char *description = card_description (self, eligible, projected_on,
                                                       payday_badge_item_get_requires (self->badge));

      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), payday_badge_item_get_name (self->badge));
      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self), description);
    }

  set_style_class (GTK_WIDGET (self->pill), pill_classes,
                   eligible ? "eligible" : payday_date_is_set (projected_on) ? "projected" : "unreachable");
  set_style_class (GTK_WIDGET (self->next_step_row), row_classes, eligible ? "eligible" : "pending");
}

/* The eligible-weeks strip: one cell per Saturday, filled when that week counts. */
static void
payday_badge_card_sync_weeks (PaydayBadgeCard *self)
{
  GArray *weeks = self->badge ? payday_badge_item_get_jss_weeks (self->badge) : NULL;
  PaydayDate today = self->badge ? payday_badge_item_get_today (self->badge) : PAYDAY_DATE_NONE;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->strip))))
    gtk_box_remove (self->strip, child);

  gtk_widget_set_visible (self->weeks_box, weeks != NULL && weeks->len > 0);
  gtk_widget_set_margin_top (self->history_title, weeks != NULL && weeks->len > 0 ? 10 : 0);
  if (weeks == NULL || weeks->len == 0)
    return;

  {
    g_autofree char *name = g_strdup_printf ("strip-%s-%s", payday_badge_item_get_id (self->badge),
                                             payday_badge_item_get_jss_weeks_id (self->badge));
    g_autofree char *title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                           "Eligible Weeks (last %u Saturday)",
                                                           "Eligible Weeks (last %u Saturdays)",
                                                           weeks->len),
                                              weeks->len);
    g_autofree char *from = payday_ui_format_date (g_array_index (weeks, PaydayBadgeWeek, 0).saturday, today);
    g_autofree char *to = payday_ui_format_date (g_array_index (weeks, PaydayBadgeWeek, weeks->len - 1).saturday,
                                                 today);

    gtk_widget_set_name (GTK_WIDGET (self->strip), name);
    gtk_label_set_label (self->weeks_title, title);
    gtk_label_set_label (self->weeks_from, from);
    gtk_label_set_label (self->weeks_to, to);
  }

  for (guint i = 0; i < weeks->len; i++)
    {
      const PaydayBadgeWeek *week = &g_array_index (weeks, PaydayBadgeWeek, i);
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
      gtk_box_append (self->strip, cell);
    }
}

static void
payday_badge_card_sync_history (PaydayBadgeCard *self)
{
  GArray *history = self->badge ? payday_badge_item_get_jss_history (self->badge) : NULL;

  gtk_widget_set_visible (self->history_box, history != NULL && history->len > 0);
  if (history != NULL && history->len > 0)
    {
      g_autofree char *from = payday_ui_format_date_with_year (g_array_index (history, PaydayJss, 0).date);

      gtk_label_set_label (self->history_from, from);
    }
  gtk_widget_queue_draw (GTK_WIDGET (self->sparkline));
}

static void
sparkline_draw (GtkDrawingArea *area,
                cairo_t        *cr,
                int             width,
                int             height,
                gpointer        user_data)
{
  PaydayBadgeCard *self = user_data;
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (area));
  GArray *points;
  int threshold;
  PaydayDate today;
  GdkRGBA fg, accent;
  const double left = 4, right = 40, top = 8, bottom = 8;
  double plot_w = MAX (1.0, width - left - right);
  double plot_h = MAX (1.0, height - top - bottom);
  double x0, x1, y_low = 100, y_high = 100;
  PangoLayout *layout;
  g_autofree char *last_text = NULL;
  double last_y = 0;

  if (self->badge == NULL)
    return;

  points = payday_badge_item_get_jss_history (self->badge);
  threshold = payday_badge_item_get_jss_min (self->badge);
  today = payday_badge_item_get_today (self->badge);
  if (points->len == 0)
    return;

  gtk_style_context_get_color (context, &fg);
  if (!gtk_style_context_lookup_color (context, "accent_color", &accent))
    accent = fg;

  x0 = g_array_index (points, PaydayJss, 0).date;
  x1 = MAX ((double) today, x0 + 1);

  for (guint i = 0; i < points->len; i++)
    y_low = MIN (y_low, g_array_index (points, PaydayJss, i).score);
  if (threshold != PAYDAY_NONE)
    y_low = MIN (y_low, threshold);
  y_low = MAX (0.0, floor ((y_low - 5) / 10.0) * 10.0);
  if (y_high - y_low < 10)
    y_low = y_high - 10;

#define PX(day)   (left + ((day) - x0) / (x1 - x0) * plot_w)
#define PY(score) (top + (y_high - (score)) / (y_high - y_low) * plot_h)

  layout = gtk_widget_create_pango_layout (GTK_WIDGET (area), NULL);

  /* The badge's minimum, dashed and labelled at the right. */
  if (threshold != PAYDAY_NONE)
    {
      g_autofree char *text = g_strdup_printf ("%d%%", threshold);
      int tw, th;
      double dashes[] = { 4.0, 3.0 };

      cairo_save (cr);
      cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.45);
      cairo_set_line_width (cr, 1.0);
      cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
      cairo_move_to (cr, left, round (PY (threshold)) + 0.5);
      cairo_line_to (cr, left + plot_w, round (PY (threshold)) + 0.5);
      cairo_stroke (cr);
      cairo_restore (cr);

      pango_layout_set_text (layout, text, -1);
      pango_layout_get_pixel_size (layout, &tw, &th);
      cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.55);
      cairo_move_to (cr, width - tw, PY (threshold) - th / 2.0);
      pango_cairo_show_layout (cr, layout);
    }

  /* The area under the steps, then the steps: a score holds until the next one. */
  cairo_new_path (cr);
  for (guint i = 0; i < points->len; i++)
    {
      const PaydayJss *p = &g_array_index (points, PaydayJss, i);
      double x = PX (MIN ((double) p->date, x1));
      double y = PY (p->score);

      if (i == 0)
        cairo_move_to (cr, x, y);
      else
        {
          cairo_line_to (cr, x, last_y);
          cairo_line_to (cr, x, y);
        }
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

  for (guint i = 0; i < points->len; i++)
    {
      const PaydayJss *p = &g_array_index (points, PaydayJss, i);

      cairo_arc (cr, PX (MIN ((double) p->date, x1)), PY (p->score), 3.0, 0, 2 * G_PI);
      cairo_set_source_rgba (cr, accent.red, accent.green, accent.blue, 1.0);
      cairo_fill (cr);
    }

  /* The latest score, next to the line's end. */
  {
    const PaydayJss *last = &g_array_index (points, PaydayJss, points->len - 1);
    int tw, th;

    last_text = g_strdup_printf ("%d%%", last->score);
    pango_layout_set_text (layout, last_text, -1);
    pango_layout_get_pixel_size (layout, &tw, &th);
    cairo_set_source_rgba (cr, accent.red, accent.green, accent.blue, 1.0);
    cairo_move_to (cr, width - tw, CLAMP (last_y - th - 2, 0, height - th));
    if (threshold == PAYDAY_NONE || fabs (PY (threshold) - last_y) > th)
      cairo_move_to (cr, width - tw, CLAMP (last_y - th / 2.0, 0, height - th));
    pango_cairo_show_layout (cr, layout);
  }

#undef PX
#undef PY

  g_object_unref (layout);
}

static GtkWidget *
create_criterion_row (gpointer item,
                      gpointer user_data)
{
  PaydayBadgeCard *self = user_data;

  return payday_criterion_row_new (item, payday_badge_item_get_id (self->badge));
}

static void
payday_badge_card_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), PAYDAY_TYPE_BADGE_CARD);

  G_OBJECT_CLASS (payday_badge_card_parent_class)->dispose (object);
}

/* The badge outlives the bindings of the template, which GTK 4.8 removes while the
 * widgets are disposed: released earlier, its last reference would drop under them. */
static void
payday_badge_card_finalize (GObject *object)
{
  PaydayBadgeCard *self = (PaydayBadgeCard *)object;

  g_clear_object (&self->badge);

  G_OBJECT_CLASS (payday_badge_card_parent_class)->finalize (object);
}

static void
payday_badge_card_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  PaydayBadgeCard *self = PAYDAY_BADGE_CARD (object);

  switch (prop_id)
    {
    case PROP_BADGE:
      g_value_set_object (value, payday_badge_card_get_badge (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
payday_badge_card_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  PaydayBadgeCard *self = PAYDAY_BADGE_CARD (object);

  switch (prop_id)
    {
    case PROP_BADGE:
      payday_badge_card_set_badge (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
payday_badge_card_class_init (PaydayBadgeCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = payday_badge_card_dispose;
  object_class->finalize = payday_badge_card_finalize;
  object_class->get_property = payday_badge_card_get_property;
  object_class->set_property = payday_badge_card_set_property;

  properties [PROP_BADGE] =
    g_param_spec_object ("badge", NULL, NULL,
                         PAYDAY_TYPE_BADGE_ITEM,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (PAYDAY_TYPE_BADGE_ITEM);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/payday/Payday/ui/payday-badge-card.ui");
  gtk_widget_class_bind_template_child (widget_class, PaydayBadgeCard, pill);
  gtk_widget_class_bind_template_child (widget_class, PaydayBadgeCard, next_step_row);
  gtk_widget_class_bind_template_child (widget_class, PaydayBadgeCard, criteria_list);
  gtk_widget_class_bind_template_child (widget_class, PaydayBadgeCard, jss_row);
  gtk_widget_class_bind_template_child (widget_class, PaydayBadgeCard, benefits_row);
  gtk_widget_class_bind_template_child (widget_class, PaydayBadgeCard, weeks_box);
  gtk_widget_class_bind_template_child (widget_class, PaydayBadgeCard, weeks_title);
  gtk_widget_class_bind_template_child (widget_class, PaydayBadgeCard, strip);
  gtk_widget_class_bind_template_child (widget_class, PaydayBadgeCard, weeks_from);
  gtk_widget_class_bind_template_child (widget_class, PaydayBadgeCard, weeks_to);
  gtk_widget_class_bind_template_child (widget_class, PaydayBadgeCard, history_box);
  gtk_widget_class_bind_template_child (widget_class, PaydayBadgeCard, history_title);
  gtk_widget_class_bind_template_child (widget_class, PaydayBadgeCard, sparkline);
  gtk_widget_class_bind_template_child (widget_class, PaydayBadgeCard, history_from);
  gtk_widget_class_bind_template_callback (widget_class, card_pill_text);
  gtk_widget_class_bind_template_callback (widget_class, card_next_step_icon);
  gtk_widget_class_bind_template_callback (widget_class, card_next_step_tooltip);
  gtk_widget_class_bind_template_callback (widget_class, card_benefits_text);
  gtk_widget_class_bind_template_callback (widget_class, card_has_benefits);
  gtk_widget_class_bind_template_callback (widget_class, card_has_details);
}

static void
payday_badge_card_init (PaydayBadgeCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_drawing_area_set_draw_func (self->sparkline, sparkline_draw, self, NULL);
}

GtkWidget *
payday_badge_card_new (PaydayBadgeItem *badge)
{
  g_return_val_if_fail (PAYDAY_IS_BADGE_ITEM (badge), NULL);

  return g_object_new (PAYDAY_TYPE_BADGE_CARD,
                       "badge", badge,
                       NULL);
}

PaydayBadgeItem *
payday_badge_card_get_badge (PaydayBadgeCard *self)
{
  g_return_val_if_fail (PAYDAY_IS_BADGE_CARD (self), NULL);

  return self->badge;
}

/* The card and its parts are named after the badge ("badge-ID", "next-step-ID",
 * "criteria-ID", "jss-ID", "benefits-ID") for tests and style. */
static void
set_names (PaydayBadgeCard *self)
{
  const char *id = self->badge ? payday_badge_item_get_id (self->badge) : "";
  struct { GtkWidget *widget; const char *prefix; } parts[] = {
    { GTK_WIDGET (self), "badge" },
    { GTK_WIDGET (self->next_step_row), "next-step" },
    { GTK_WIDGET (self->criteria_list), "criteria" },
    { GTK_WIDGET (self->jss_row), "jss" },
    { GTK_WIDGET (self->benefits_row), "benefits" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      g_autofree char *name = g_strdup_printf ("%s-%s", parts[i].prefix, id);

      gtk_widget_set_name (parts[i].widget, name);
    }
}

void
payday_badge_card_set_badge (PaydayBadgeCard *self,
                             PaydayBadgeItem *badge)
{
  g_return_if_fail (PAYDAY_IS_BADGE_CARD (self));
  g_return_if_fail (!badge || PAYDAY_IS_BADGE_ITEM (badge));

  if (self->badge == badge)
    return;

  if (self->badge != NULL)
    g_signal_handlers_disconnect_by_data (self->badge, self);
  g_set_object (&self->badge, badge);

  if (badge != NULL)
    {
      g_signal_connect_object (badge, "notify::name",
                               G_CALLBACK (payday_badge_card_sync_status), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (badge, "notify::requires",
                               G_CALLBACK (payday_badge_card_sync_status), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (badge, "notify::eligible",
                               G_CALLBACK (payday_badge_card_sync_status), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (badge, "notify::projected-on",
                               G_CALLBACK (payday_badge_card_sync_status), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (badge, "notify::jss-weeks",
                               G_CALLBACK (payday_badge_card_sync_weeks), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (badge, "notify::today",
                               G_CALLBACK (payday_badge_card_sync_weeks), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (badge, "notify::jss-history",
                               G_CALLBACK (payday_badge_card_sync_history), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (badge, "notify::jss-min",
                               G_CALLBACK (payday_badge_card_sync_history), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (badge, "notify::today",
                               G_CALLBACK (payday_badge_card_sync_history), self, G_CONNECT_SWAPPED);
    }

  set_names (self);
  gtk_list_box_bind_model (self->criteria_list,
                           badge ? payday_badge_item_get_criteria (badge) : NULL,
                           badge ? create_criterion_row : NULL, self, NULL);
  payday_badge_card_sync_status (self);
  payday_badge_card_sync_weeks (self);
  payday_badge_card_sync_history (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_BADGE]);
}
