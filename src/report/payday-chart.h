/* payday-chart.h — a date/money chart model drawn with cairo for screen and files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib-object.h>

#include "payday-schedule.h"
#include "payday-withdrawals.h"

G_BEGIN_DECLS

#define PAYDAY_TYPE_CHART (payday_chart_get_type ())

G_DECLARE_FINAL_TYPE (PaydayChart, payday_chart, PAYDAY, CHART, GObject)

typedef struct
{
  double red, green, blue, alpha;
} PaydayChartColor;

#define PAYDAY_CHART_N_SERIES_COLORS 6

/* Colours of one theme. payday_chart_palette_init() fills the Adwaita light or dark set;
 * callers may change any member afterwards. A background with alpha 0 draws nothing
 * (the widget lets its CSS background show through). */
typedef struct
{
  PaydayChartColor background;
  PaydayChartColor foreground;
  PaydayChartColor dim;                 /* axis labels, lane labels */
  PaydayChartColor grid;
  PaydayChartColor accent;              /* hover highlight */
  PaydayChartColor today;               /* the "today" marker */
  PaydayChartColor work;                /* timeline phases */
  PaydayChartColor review;
  PaydayChartColor hold;
  PaydayChartColor available;
  PaydayChartColor danger;              /* disputed hours */
  PaydayChartColor bank;                /* withdrawals on their way to the bank */
  PaydayChartColor series[PAYDAY_CHART_N_SERIES_COLORS];
} PaydayChartPalette;

typedef enum {
  PAYDAY_CHART_SERIES_LINE,
  PAYDAY_CHART_SERIES_STEP,             /* the value holds until the next point */
} PaydayChartSeriesStyle;

typedef enum {
  PAYDAY_CHART_PHASE_WORK,
  PAYDAY_CHART_PHASE_REVIEW,
  PAYDAY_CHART_PHASE_HOLD,
  PAYDAY_CHART_N_PHASES
} PaydayChartPhase;

typedef enum {
  PAYDAY_CHART_SPAN_UNFUNDED       = 1 << 0, /* milestone never funded: outlined and hatched */
  PAYDAY_CHART_SPAN_DISPUTED       = 1 << 1, /* disputed hours: a red mark */
  PAYDAY_CHART_SPAN_PROJECTED      = 1 << 2, /* the plan's future: drawn lighter */
  PAYDAY_CHART_SPAN_EARLY_APPROVAL = 1 << 3, /* review ended before the 14-day window */
  PAYDAY_CHART_SPAN_WITHDRAWAL     = 1 << 4, /* a withdrawal: its transfer in the hold phase,
                                              * available_on the day it is in the bank */
} PaydayChartSpanFlags;

/* One payment item on a timeline lane. Phases cover the days [start, end) — end is
 * exclusive, so a phase of one day D is [D, D + 1). A phase with start == PAYDAY_DATE_NONE
 * or end <= start is absent. */
typedef struct
{
  guint                lane;
  PaydayDate           start[PAYDAY_CHART_N_PHASES];
  PaydayDate           end[PAYDAY_CHART_N_PHASES];
  PaydayDate           available_on;                 /* the marker; NONE = no marker */
  PaydayChartSpanFlags flags;
  guint                item;                         /* the caller's index, opaque */
} PaydayChartSpan;

typedef enum {
  PAYDAY_CHART_HIT_NONE,
  PAYDAY_CHART_HIT_POINT,
  PAYDAY_CHART_HIT_SPAN,
} PaydayChartHitKind;

typedef struct
{
  PaydayChartHitKind kind;
  guint              series;            /* POINT: the series */
  gsize              index;             /* POINT: the point; SPAN: the span in the layer */
  guint              item;              /* SPAN: PaydayChartSpan.item */
  guint              lane;              /* SPAN */
  PaydayChartPhase   phase;             /* SPAN: the phase under the pointer */
  double             x;                 /* POINT: the day; SPAN: the day under the pointer */
  double             y;                 /* POINT: the value (cents) */
  double             px, py;            /* where to anchor a tooltip, in pixels */
} PaydayChartHit;

void         payday_chart_palette_init        (PaydayChartPalette       *palette,
                                               gboolean                  dark);

PaydayChart *payday_chart_new                 (void);
void         payday_chart_set_palette         (PaydayChart              *self,
                                               const PaydayChartPalette *palette);
const PaydayChartPalette *
             payday_chart_get_palette         (PaydayChart              *self);
void         payday_chart_set_font            (PaydayChart              *self,
                                               const char               *font);
void         payday_chart_set_title           (PaydayChart              *self,
                                               const char               *title);
void         payday_chart_set_value_unit      (PaydayChart              *self,
                                               const char               *unit);
void         payday_chart_set_range           (PaydayChart              *self,
                                               PaydayDate                from,
                                               PaydayDate                to);
void         payday_chart_get_range           (PaydayChart              *self,
                                               PaydayDate               *from,
                                               PaydayDate               *to);
void         payday_chart_get_visible         (PaydayChart              *self,
                                               double                   *from,
                                               double                   *to);
void         payday_chart_set_visible         (PaydayChart              *self,
                                               double                    from,
                                               double                    to);
void         payday_chart_set_today           (PaydayChart              *self,
                                               PaydayDate                today);

void         payday_chart_clear               (PaydayChart              *self);
guint        payday_chart_add_series          (PaydayChart              *self,
                                               const char               *label,
                                               PaydayChartSeriesStyle    style,
                                               const double             *x,
                                               const double             *y,
                                               gsize                     n_points);
void         payday_chart_series_set_band     (PaydayChart              *self,
                                               guint                     series,
                                               const char               *label,
                                               const double             *low,
                                               const double             *high);
guint        payday_chart_get_n_series        (PaydayChart              *self);
guint        payday_chart_add_lane            (PaydayChart              *self,
                                               const char               *label);
void         payday_chart_set_spans           (PaydayChart              *self,
                                               const PaydayChartSpan    *spans,
                                               gsize                     n_spans);
guint        payday_chart_get_n_lanes         (PaydayChart              *self);
const PaydayChartSpan *
             payday_chart_get_spans           (PaydayChart              *self,
                                               gsize                    *n_spans);
void         payday_chart_timeline_from_schedule (PaydayChart          *self,
                                               const PaydaySchedule     *schedule);
void         payday_chart_timeline_add_payouts (PaydayChart             *self,
                                               const PaydayPayouts      *payouts,
                                               guint                     first_item);
void         payday_chart_span_from_item      (const PaydayItem         *item,
                                               guint                     item_index,
                                               PaydayChartSpan          *span);

void         payday_chart_draw                (PaydayChart              *self,
                                               cairo_t                  *cr,
                                               int                       width,
                                               int                       height);
gboolean     payday_chart_hit_test            (PaydayChart              *self,
                                               double                    x,
                                               double                    y,
                                               PaydayChartHit           *hit);
void         payday_chart_set_hover           (PaydayChart              *self,
                                               const PaydayChartHit     *hit);
char        *payday_chart_describe_hit        (PaydayChart              *self,
                                               const PaydayChartHit     *hit);
double       payday_chart_date_to_x           (PaydayChart              *self,
                                               double                    day);
double       payday_chart_x_to_date           (PaydayChart              *self,
                                               double                    x);
void         payday_chart_zoom                (PaydayChart              *self,
                                               double                    factor,
                                               double                    anchor_x);
void         payday_chart_pan                 (PaydayChart              *self,
                                               double                    dx_pixels);
void         payday_chart_reset_view          (PaydayChart              *self);

gboolean     payday_chart_write_svg           (PaydayChart              *self,
                                               const char               *path,
                                               int                       width,
                                               int                       height,
                                               GError                  **error);
gboolean     payday_chart_write_png           (PaydayChart              *self,
                                               const char               *path,
                                               int                       width,
                                               int                       height,
                                               GError                  **error);
char        *payday_chart_describe            (PaydayChart              *self);

G_END_DECLS
