/* payday-chart-view.c — a widget showing a PaydayChart, with hover, zoom and pan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include <adwaita.h>
#include <glib/gi18n-lib.h>

#include "payday-chart-view.h"

/* The widget only adapts input and theme: the drawing is payday_chart_draw(), the same
 * code the PDF, SVG and PNG exports run, so the report shows exactly what the screen shows. */

#define ZOOM_STEP 1.5

struct _PaydayChartView
{
  GtkWidget    parent_instance;

  PaydayChart *chart;
  gulong       changed_id;

  double       pointer_x;
  double       drag_last_x;
  double       zoom_last_scale;
};

G_DEFINE_FINAL_TYPE (PaydayChartView, payday_chart_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CHART,
  N_PROPS
};

enum {
  DESCRIBE_ITEM,
  N_SIGNALS
};

static GParamSpec *properties [N_PROPS];
static guint signals [N_SIGNALS];

static void
update_actions (PaydayChartView *self)
{
  PaydayDate from, to;
  double vf, vt;
  gboolean full, deepest;

  payday_chart_get_range (self->chart, &from, &to);
  payday_chart_get_visible (self->chart, &vf, &vt);
  full = vf <= from && vt >= (double) to + 1;
  deepest = vt - vf <= 3.0 + 1e-9;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "chart.zoom-in", !deepest);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "chart.zoom-out", !full);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "chart.reset", !full);
}

static void
update_accessible (PaydayChartView *self)
{
  g_autofree char *description = payday_chart_describe (self->chart);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Chart"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

static void
chart_changed_cb (PaydayChartView *self,
                  PaydayChart     *chart)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
  update_actions (self);
  update_accessible (self);
}

static void
update_palette (PaydayChartView *self)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  PaydayChartPalette palette;

  payday_chart_palette_init (&palette, adw_style_manager_get_dark (manager));
  payday_chart_set_palette (self->chart, &palette);
}

static void
update_font (PaydayChartView *self)
{
  PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (self));
  PangoFontDescription *desc = pango_font_description_copy (
      pango_context_get_font_description (context));
  g_autofree char *font = NULL;
  int size = pango_font_description_get_size (desc);

  /* axis text a little smaller than body text, as charts in GNOME apps do */
  if (size > 0)
    {
      if (pango_font_description_get_size_is_absolute (desc))
        pango_font_description_set_absolute_size (desc, size * 0.9);
      else
        pango_font_description_set_size (desc, (int) (size * 0.9));
    }
  font = pango_font_description_to_string (desc);
  pango_font_description_free (desc);
  payday_chart_set_font (self->chart, font);
}

/**
 * payday_chart_view_set_chart:
 * @chart: the chart to show; the view sets its palette and font
 */
void
payday_chart_view_set_chart (PaydayChartView *self,
                             PaydayChart     *chart)
{
  g_return_if_fail (PAYDAY_IS_CHART_VIEW (self));
  g_return_if_fail (PAYDAY_IS_CHART (chart));

  if (self->chart == chart)
    return;

  if (self->chart != NULL)
    g_clear_signal_handler (&self->changed_id, self->chart);
  g_set_object (&self->chart, chart);
  self->changed_id = g_signal_connect_object (chart, "changed",
                                              G_CALLBACK (chart_changed_cb), self,
                                              G_CONNECT_SWAPPED);
  update_palette (self);
  update_font (self);
  chart_changed_cb (self, chart);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CHART]);
}

PaydayChart *
payday_chart_view_get_chart (PaydayChartView *self)
{
  g_return_val_if_fail (PAYDAY_IS_CHART_VIEW (self), NULL);

  return self->chart;
}

/**
 * payday_chart_view_describe_at:
 * @x: widget x
 * @y: widget y
 *
 * The hover text at a point: what #PaydayChartView::describe-item returns for the item
 * there, or the chart's own description of it.
 *
 * Returns: (transfer full) (nullable): the text, %NULL over nothing
 */
char *
payday_chart_view_describe_at (PaydayChartView *self,
                               double           x,
                               double           y)
{
  PaydayChartHit hit;
  char *text = NULL;

  g_return_val_if_fail (PAYDAY_IS_CHART_VIEW (self), NULL);

  if (!payday_chart_hit_test (self->chart, x, y, &hit))
    return NULL;

  if (hit.kind == PAYDAY_CHART_HIT_SPAN)
    g_signal_emit (self, signals [DESCRIBE_ITEM], 0, -1, hit.item, &text);
  else
    g_signal_emit (self, signals [DESCRIBE_ITEM], 0, (int) hit.series, (guint) hit.index, &text);

  if (text == NULL)
    text = payday_chart_describe_hit (self->chart, &hit);

  return text;
}

static void
payday_chart_view_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  PaydayChartView *self = PAYDAY_CHART_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  cairo_t *cr;

  if (width <= 0 || height <= 0)
    return;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  payday_chart_draw (self->chart, cr, width, height);
  cairo_destroy (cr);
}

static void
payday_chart_view_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 240;
      *natural = 720;
    }
  else
    {
      *minimum = 180;
      *natural = 420;
    }
}

static gboolean
payday_chart_view_query_tooltip (GtkWidget  *widget,
                                 int         x,
                                 int         y,
                                 gboolean    keyboard,
                                 GtkTooltip *tooltip)
{
  PaydayChartView *self = PAYDAY_CHART_VIEW (widget);
  g_autofree char *text = NULL;
  PaydayChartHit hit;

  if (keyboard || !payday_chart_hit_test (self->chart, x, y, &hit))
    return FALSE;

  text = payday_chart_view_describe_at (self, x, y);
  if (text == NULL)
    return FALSE;

  gtk_tooltip_set_text (tooltip, text);
  gtk_tooltip_set_tip_area (tooltip, &(GdkRectangle) { (int) hit.px - 4, (int) hit.py - 4, 8, 8 });

  return TRUE;
}

static void
motion_cb (PaydayChartView          *self,
           double                    x,
           double                    y,
           GtkEventControllerMotion *motion)
{
  PaydayChartHit hit;

  self->pointer_x = x;
  if (payday_chart_hit_test (self->chart, x, y, &hit))
    payday_chart_set_hover (self->chart, &hit);
  else
    payday_chart_set_hover (self->chart, NULL);
}

static void
leave_cb (PaydayChartView          *self,
          GtkEventControllerMotion *motion)
{
  payday_chart_set_hover (self->chart, NULL);
}

static gboolean
scroll_cb (PaydayChartView          *self,
           double                    dx,
           double                    dy,
           GtkEventControllerScroll *scroll)
{
  GdkModifierType state;

  state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (scroll));

  if (state & GDK_CONTROL_MASK)
    {
      payday_chart_zoom (self->chart, pow (1.25, -dy), self->pointer_x);
      return TRUE;
    }

  /* horizontal scrolling (touchpads, shift+wheel) pans; plain vertical scrolling belongs
   * to the page around the chart */
  if (dx != 0)
    {
      payday_chart_pan (self->chart, -dx * 24);
      return TRUE;
    }

  return FALSE;
}

static void
zoom_begin_cb (PaydayChartView  *self,
               GdkEventSequence *sequence,
               GtkGestureZoom   *gesture)
{
  self->zoom_last_scale = 1.0;
}

static void
zoom_scale_changed_cb (PaydayChartView *self,
                       double           scale,
                       GtkGestureZoom  *gesture)
{
  double cx, cy;

  if (scale <= 0 || self->zoom_last_scale <= 0)
    return;

  if (!gtk_gesture_get_bounding_box_center (GTK_GESTURE (gesture), &cx, &cy))
    cx = gtk_widget_get_width (GTK_WIDGET (self)) / 2.0;

  payday_chart_zoom (self->chart, scale / self->zoom_last_scale, cx);
  self->zoom_last_scale = scale;
}

static void
drag_begin_cb (PaydayChartView *self,
               double           x,
               double           y,
               GtkGestureDrag  *drag)
{
  self->drag_last_x = 0;
}

static void
drag_update_cb (PaydayChartView *self,
                double           offset_x,
                double           offset_y,
                GtkGestureDrag  *drag)
{
  payday_chart_pan (self->chart, offset_x - self->drag_last_x);
  self->drag_last_x = offset_x;
}

static void
zoom_in_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  PaydayChartView *self = PAYDAY_CHART_VIEW (widget);

  payday_chart_zoom (self->chart, ZOOM_STEP, gtk_widget_get_width (widget) / 2.0);
}

static void
zoom_out_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  PaydayChartView *self = PAYDAY_CHART_VIEW (widget);

  payday_chart_zoom (self->chart, 1.0 / ZOOM_STEP, gtk_widget_get_width (widget) / 2.0);
}

static void
reset_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  payday_chart_reset_view (PAYDAY_CHART_VIEW (widget)->chart);
}

static gboolean
first_string_wins (GSignalInvocationHint *hint,
                   GValue                *return_accu,
                   const GValue          *handler_return,
                   gpointer               data)
{
  const char *text = g_value_get_string (handler_return);

  g_value_set_string (return_accu, text);

  return text == NULL;
}

static void
payday_chart_view_css_changed (GtkWidget         *widget,
                               GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (payday_chart_view_parent_class)->css_changed (widget, change);

  update_font (PAYDAY_CHART_VIEW (widget));
}

static void
payday_chart_view_dispose (GObject *object)
{
  PaydayChartView *self = (PaydayChartView *) object;

  if (self->chart != NULL)
    g_clear_signal_handler (&self->changed_id, self->chart);
  g_clear_object (&self->chart);

  G_OBJECT_CLASS (payday_chart_view_parent_class)->dispose (object);
}

static void
payday_chart_view_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  PaydayChartView *self = PAYDAY_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_CHART:
      g_value_set_object (value, payday_chart_view_get_chart (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
payday_chart_view_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  PaydayChartView *self = PAYDAY_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_CHART:
      if (g_value_get_object (value) != NULL)
        payday_chart_view_set_chart (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
payday_chart_view_class_init (PaydayChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = payday_chart_view_dispose;
  object_class->get_property = payday_chart_view_get_property;
  object_class->set_property = payday_chart_view_set_property;

  widget_class->snapshot = payday_chart_view_snapshot;
  widget_class->measure = payday_chart_view_measure;
  widget_class->query_tooltip = payday_chart_view_query_tooltip;
  widget_class->css_changed = payday_chart_view_css_changed;

  properties [PROP_CHART] =
    g_param_spec_object ("chart", NULL, NULL,
                         PAYDAY_TYPE_CHART,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PaydayChartView::describe-item:
   * @series: the series of a hovered point, or -1 for a timeline item
   * @index: the point's index in its series, or the span's #PaydayChartSpan.item
   *
   * Asks the page for the hover text; the first handler returning a string wins. With no
   * answer the chart's own text is shown (date and value, or the item's phases).
   *
   * Returns: (transfer full) (nullable): the text
   */
  signals [DESCRIBE_ITEM] =
    g_signal_new ("describe-item",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  first_string_wins, NULL,
                  NULL,
                  G_TYPE_STRING, 2, G_TYPE_INT, G_TYPE_UINT);

  gtk_widget_class_install_action (widget_class, "chart.zoom-in", NULL, zoom_in_action);
  gtk_widget_class_install_action (widget_class, "chart.zoom-out", NULL, zoom_out_action);
  gtk_widget_class_install_action (widget_class, "chart.reset", NULL, reset_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK,
                                       "chart.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK,
                                       "chart.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, GDK_CONTROL_MASK,
                                       "chart.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK,
                                       "chart.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK,
                                       "chart.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK,
                                       "chart.reset", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_0, GDK_CONTROL_MASK,
                                       "chart.reset", NULL);

  gtk_widget_class_set_css_name (widget_class, "paydaychart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
payday_chart_view_init (PaydayChartView *self)
{
  GtkEventController *controller;
  GtkGesture *gesture;
  g_autoptr(PaydayChart) chart = payday_chart_new ();

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);

  controller = gtk_event_controller_motion_new ();
  g_signal_connect_swapped (controller, "motion", G_CALLBACK (motion_cb), self);
  g_signal_connect_swapped (controller, "leave", G_CALLBACK (leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  g_signal_connect_swapped (controller, "scroll", G_CALLBACK (scroll_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  gesture = gtk_gesture_zoom_new ();
  g_signal_connect_swapped (gesture, "begin", G_CALLBACK (zoom_begin_cb), self);
  g_signal_connect_swapped (gesture, "scale-changed", G_CALLBACK (zoom_scale_changed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));

  gesture = gtk_gesture_drag_new ();
  g_signal_connect_swapped (gesture, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  g_signal_connect_swapped (gesture, "drag-update", G_CALLBACK (drag_update_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));

  payday_chart_view_set_chart (self, chart);

  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (update_palette), self, G_CONNECT_SWAPPED);
}

GtkWidget *
payday_chart_view_new (void)
{
  return g_object_new (PAYDAY_TYPE_CHART_VIEW, NULL);
}
