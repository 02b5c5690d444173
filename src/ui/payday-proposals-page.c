/* payday-proposals-page.c — the proposal pipeline, its funnel and the Connects planner beside them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "payday-hire-contract-dialog.h"
#include "payday-proposal-dialog.h"
#include "payday-connects-planner.h"
#include "payday-proposal-row.h"
#include "payday-proposals-page.h"
#include "payday-ui-util.h"

/* The funnel table shows at most this many periods, newest first. */
#define FUNNEL_MAX_PERIODS 12

/* The figures of a period in the funnel table: its title, sent, viewed, interview, hired,
 * the win rate and the Connects spent. */
#define FUNNEL_N_FIGURES 7

/* One line of the funnel table, made once: a change sets its texts and its bar's widths. */
typedef struct
{
  GtkLabel  *figures[FUNNEL_N_FIGURES];
  GtkWidget *track;                     /* the bar's full width */
  GtkWidget *sent_bar;
  GtkWidget *hired_bar;                 /* inside sent_bar */
} FunnelLine;

struct _PaydayProposalsPage
{
  GtkWidget              parent_instance;

  PaydayDocument        *document;

  GtkFlowBox            *figures;
  GtkLabel              *win_value;
  GtkLabel              *win_detail;
  GtkLabel              *sent_value;
  GtkLabel              *sent_detail;
  GtkLabel              *connects_hire_value;
  GtkLabel              *connects_hire_detail;
  GtkLabel              *money_hire_value;
  GtkLabel              *money_hire_detail;
  GtkToggleButton       *month_toggle;
  GtkToggleButton       *quarter_toggle;
  GtkGrid               *funnel_grid;
  GtkLabel              *funnel_period_head;
  GtkWidget             *funnel_empty;
  FunnelLine             funnel_lines[FUNNEL_MAX_PERIODS];
  GtkListBox            *pipeline_list;
  PaydayConnectsPlanner *planner;

  GtkSizeGroup          *pill_group;

  PaydayUiDeferred       deferred;      /* the update put off while the page is hidden */

  guint                  pipeline_bound : 1;
};

G_DEFINE_FINAL_TYPE (PaydayProposalsPage, payday_proposals_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DOCUMENT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];


static gboolean
payday_proposals_have_plan (PaydayProposalsPage *self)
{
  return self->document != NULL && payday_document_get_plan (self->document) != NULL;
}

static char *
format_rate (gint32 bp)
{
  if (bp == PAYDAY_NONE)
    return g_strdup ("—");
  /* Basis points to a percent with one decimal, rounded half up. */
  return g_strdup_printf ("%d.%d %%", (bp + 5) / 100, ((bp + 5) / 10) % 10);
}

/* ---- Dialogs ------------------------------------------------------------------------ */

static void
present (PaydayProposalsPage *self,
         GtkWidget           *dialog)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (dialog == NULL)
    return;
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  PaydayProposalsPage *self = PAYDAY_PROPOSALS_PAGE (widget);

  if (payday_proposals_have_plan (self))
    present (self, payday_proposal_dialog_new (NULL, self->document, NULL));
}

/* From a pipeline row: the proposal's id. */
static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  PaydayProposalsPage *self = PAYDAY_PROPOSALS_PAGE (widget);
  const char *id = g_variant_get_string (param, NULL);

  if (payday_proposals_have_plan (self) &&
      payday_plan_find_proposal_index (payday_document_get_plan (self->document), id) >= 0)
    present (self, payday_proposal_dialog_new (NULL, self->document, id));
}

/* From a hired proposal's row: the proposal's id. */
static void
create_contract_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  PaydayProposalsPage *self = PAYDAY_PROPOSALS_PAGE (widget);

  if (payday_proposals_have_plan (self))
    present (self, payday_hire_contract_dialog_new (NULL, self->document,
                                                    g_variant_get_string (param, NULL)));
}

/* ---- Funnel ------------------------------------------------------------------------ */

/* The full width of a bar: the period with the most proposals sent. */
#define FUNNEL_BAR_WIDTH 120

static char *
period_title (const PaydayFunnel *f,
              gboolean            quarters)
{
  g_autoptr(GDateTime) dt = NULL;
  int y, m, d;

  payday_date_get_ymd (f->start, &y, &m, &d);
  if (quarters)
    /* Translators: a calendar quarter, e.g. "Q1 2026" */
    return g_strdup_printf (_("Q%d %d"), (m - 1) / 3 + 1, y);

  dt = g_date_time_new_utc (y, m, 1, 0, 0, 0);
  /* Translators: a month in the funnel table, see g_date_time_format() */
  return g_date_time_format (dt, _("%b %Y"));
}

static void
funnel_line_set_visible (FunnelLine *line,
                         gboolean    visible)
{
  for (int column = 0; column < FUNNEL_N_FIGURES; column++)
    gtk_widget_set_visible (GTK_WIDGET (line->figures[column]), visible);
  gtk_widget_set_visible (line->track, visible);
}

/* Row @row of the table: the figures' labels (the title to the left, the numbers to the
 * right), then the bar; hidden until a period shows there. */
static void
funnel_line_init (FunnelLine *line,
                  GtkGrid    *grid,
                  int         row)
{
  for (int column = 0; column < FUNNEL_N_FIGURES; column++)
    {
      GtkWidget *label = gtk_label_new (NULL);

      gtk_label_set_xalign (GTK_LABEL (label), column == 0 ? 0.0f : 1.0f);
      gtk_widget_add_css_class (label, "tabular");
      gtk_grid_attach (grid, label, column, row, 1, 1);
      line->figures[column] = GTK_LABEL (label);
    }

  line->track = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  line->sent_bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  line->hired_bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_widget_set_size_request (line->track, FUNNEL_BAR_WIDTH, -1);
  gtk_widget_set_valign (line->track, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (line->sent_bar, "funnel-bar");
  gtk_widget_set_halign (line->sent_bar, GTK_ALIGN_START);
  gtk_widget_add_css_class (line->hired_bar, "funnel-bar");
  gtk_widget_add_css_class (line->hired_bar, "hired");
  gtk_box_append (GTK_BOX (line->sent_bar), line->hired_bar);
  gtk_box_append (GTK_BOX (line->track), line->sent_bar);
  gtk_grid_attach (grid, line->track, FUNNEL_N_FIGURES, row, 1, 1);

  funnel_line_set_visible (line, FALSE);
}

/* Shows @f on @line, or hides the line when @f is %NULL: a hidden line takes no room. */
static void
funnel_line_set (FunnelLine         *line,
                 const PaydayFunnel *f,
                 gboolean            quarters,
                 int                 max_sent)
{
  char *texts[FUNNEL_N_FIGURES];
  int sent_w, hired_w;

  funnel_line_set_visible (line, f != NULL);
  if (f == NULL)
    return;

  texts[0] = period_title (f, quarters);
  texts[1] = payday_ui_format_count (f->sent);
  texts[2] = payday_ui_format_count (f->viewed);
  texts[3] = payday_ui_format_count (f->interview);
  texts[4] = payday_ui_format_count (f->hired);
  texts[5] = format_rate (f->win_rate_bp);
  texts[6] = payday_ui_format_count (f->connects_spent);
  for (int column = 0; column < FUNNEL_N_FIGURES; column++)
    {
      gtk_label_set_label (line->figures[column], texts[column]);
      g_free (texts[column]);
    }

  /* The sent bar in proportion to the busiest period shown, the hired part to the sent. */
  sent_w = max_sent > 0 ? MAX (4, FUNNEL_BAR_WIDTH * f->sent / max_sent) : 0;
  hired_w = f->sent > 0 ? sent_w * f->hired / f->sent : 0;
  gtk_widget_set_size_request (line->sent_bar, sent_w, 8);
  gtk_widget_set_visible (line->sent_bar, sent_w > 0);
  gtk_widget_set_size_request (line->hired_bar, hired_w, 8);
  gtk_widget_set_visible (line->hired_bar, hired_w > 0);
}

static void
update_funnel (PaydayProposalsPage        *self,
               const PaydayProposalStats  *stats)
{
  gboolean quarters = gtk_toggle_button_get_active (self->quarter_toggle);
  const GArray *periods = NULL;
  int max_sent = 0;
  guint n;

  gtk_label_set_label (self->funnel_period_head, quarters ? _("Quarter") : _("Month"));

  if (stats != NULL)
    periods = quarters ? stats->quarters : stats->months;

  n = periods != NULL ? periods->len : 0;
  for (guint i = n > FUNNEL_MAX_PERIODS ? n - FUNNEL_MAX_PERIODS : 0; i < n; i++)
    max_sent = MAX (max_sent, g_array_index (periods, PaydayFunnel, i).sent);

  for (guint k = 0; k < FUNNEL_MAX_PERIODS; k++)
    funnel_line_set (&self->funnel_lines[k],
                     k < n ? &g_array_index (periods, PaydayFunnel, n - 1 - k) : NULL,
                     quarters, max_sent);

  gtk_widget_set_visible (self->funnel_empty, n == 0);
}

/* ---- Pipeline ---------------------------------------------------------------------- */

static GtkWidget *
create_proposal_row (gpointer item,
                     gpointer user_data)
{
  PaydayProposalsPage *self = user_data;
  GtkWidget *row = payday_proposal_row_new (item);

  /* The pills line up across the rows. */
  gtk_size_group_add_widget (self->pill_group, payday_proposal_row_get_pill (PAYDAY_PROPOSAL_ROW (row)));
  return row;
}

static void
payday_proposals_page_update (PaydayProposalsPage *self)
{
  const PaydayProposalStats *stats = NULL;
  PaydayPlan *plan = NULL;
  g_autofree char *text = NULL;
  g_autofree char *detail = NULL;

  /* Hidden behind another page: rebuild once when shown, not on every edit. */
  if (payday_ui_deferred_queue (&self->deferred, GTK_WIDGET (self)))
    return;

  /* The list binds the document's model the first time the page is shown, so a page
   * never opened builds no rows; once bound, its rows follow the model's changes. */
  if (!self->pipeline_bound && self->document != NULL)
    {
      gtk_list_box_bind_model (self->pipeline_list, payday_document_get_proposals (self->document),
                               create_proposal_row, self, NULL);
      self->pipeline_bound = TRUE;
    }

  if (payday_proposals_have_plan (self))
    {
      stats = payday_document_get_proposal_stats (self->document);
      plan = payday_document_get_plan (self->document);
    }

  /* Figures: the whole history up to today. */
  text = format_rate (stats ? stats->total.win_rate_bp : PAYDAY_NONE);
  gtk_label_set_label (self->win_value, text);
  g_clear_pointer (&text, g_free);
  detail = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d hire", "%d hires",
                                         stats ? stats->total.hired : 0),
                            stats ? stats->total.hired : 0);
  gtk_label_set_label (self->win_detail, detail);
  g_clear_pointer (&detail, g_free);

  text = payday_ui_format_count (stats ? stats->total.sent : 0);
  gtk_label_set_label (self->sent_value, text);
  g_clear_pointer (&text, g_free);
  detail = g_strdup_printf (_("%d invited · %d viewed · %d interviews"),
                            stats ? stats->total.invited : 0,
                            stats ? stats->total.viewed : 0,
                            stats ? stats->total.interview : 0);
  gtk_label_set_label (self->sent_detail, detail);
  g_clear_pointer (&detail, g_free);

  if (stats != NULL && stats->total.connects_per_hire != PAYDAY_NONE)
    text = payday_ui_format_count (stats->total.connects_per_hire);
  else
    text = g_strdup ("—");
  gtk_label_set_label (self->connects_hire_value, text);
  g_clear_pointer (&text, g_free);
  {
    g_autofree char *spent = payday_ui_format_count (stats ? stats->total.connects_spent : 0);

    /* Translators: %s is a number of Connects, e.g. "1,240" */
    detail = g_strdup_printf (_("%s Connects spent in all"), spent);
  }
  gtk_label_set_label (self->connects_hire_detail, detail);
  g_clear_pointer (&detail, g_free);

  if (stats != NULL && stats->total.money_per_hire_cents != PAYDAY_NONE)
    text = payday_ui_format_money (stats->total.money_per_hire_cents);
  else
    text = g_strdup ("—");
  gtk_label_set_label (self->money_hire_value, text);
  {
    g_autofree char *spent = payday_ui_format_money (stats ? stats->total.money_spent_cents : 0);

    detail = g_strdup_printf (_("%s of Connects in all"), spent);
  }
  gtk_label_set_label (self->money_hire_detail, detail);

  update_funnel (self, stats);

  /* The pipeline is the document's proposals model, bound to the list. */


  gtk_widget_action_set_enabled (GTK_WIDGET (self), "proposals.add", plan != NULL);
}

static void
payday_proposals_page_dispose (GObject *object)
{
  PaydayProposalsPage *self = (PaydayProposalsPage *)object;
  GtkWidget *child;

  payday_ui_deferred_clear (&self->deferred, GTK_WIDGET (self));
  gtk_widget_dispose_template (GTK_WIDGET (self), PAYDAY_TYPE_PROPOSALS_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
  g_clear_object (&self->document);
  g_clear_object (&self->pill_group);

  G_OBJECT_CLASS (payday_proposals_page_parent_class)->dispose (object);
}

static void
payday_proposals_page_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  PaydayProposalsPage *self = PAYDAY_PROPOSALS_PAGE (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, payday_proposals_page_get_document (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
payday_proposals_page_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  PaydayProposalsPage *self = PAYDAY_PROPOSALS_PAGE (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      payday_proposals_page_set_document (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
payday_proposals_page_class_init (PaydayProposalsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = payday_proposals_page_dispose;
  object_class->get_property = payday_proposals_page_get_property;
  object_class->set_property = payday_proposals_page_set_property;

  properties [PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL,
                         PAYDAY_TYPE_DOCUMENT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (PAYDAY_TYPE_CONNECTS_PLANNER);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/payday/Payday/ui/payday-proposals-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PaydayProposalsPage, figures);
  gtk_widget_class_bind_template_child (widget_class, PaydayProposalsPage, month_toggle);
  gtk_widget_class_bind_template_child (widget_class, PaydayProposalsPage, quarter_toggle);
  gtk_widget_class_bind_template_child (widget_class, PaydayProposalsPage, funnel_grid);
  gtk_widget_class_bind_template_child (widget_class, PaydayProposalsPage, funnel_period_head);
  gtk_widget_class_bind_template_child (widget_class, PaydayProposalsPage, funnel_empty);
  gtk_widget_class_bind_template_child (widget_class, PaydayProposalsPage, pipeline_list);
  gtk_widget_class_bind_template_child (widget_class, PaydayProposalsPage, planner);

  gtk_widget_class_install_action (widget_class, "proposals.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "proposals.edit", "s", edit_action);
  gtk_widget_class_install_action (widget_class, "proposals.create-contract", "s", create_contract_action);
}

static void
payday_proposals_page_init (PaydayProposalsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  payday_ui_deferred_init (&self->deferred, (PaydayUiUpdateFunc) payday_proposals_page_update);

  self->pill_group = gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL);

  /* Below the heading (row 0): a line per period, made once. */
  for (guint k = 0; k < FUNNEL_MAX_PERIODS; k++)
    funnel_line_init (&self->funnel_lines[k], self->funnel_grid, (int) k + 1);

  gtk_flow_box_append (self->figures,
                       payday_ui_figure_new ("proposals-win-rate", _("Win rate"),
                                             &self->win_value, &self->win_detail));
  gtk_flow_box_append (self->figures,
                       payday_ui_figure_new ("proposals-sent", _("Proposals"),
                                             &self->sent_value, &self->sent_detail));
  gtk_flow_box_append (self->figures,
                       payday_ui_figure_new ("proposals-connects-per-hire", _("Connects per hire"),
                                             &self->connects_hire_value, &self->connects_hire_detail));
  gtk_flow_box_append (self->figures,
                       payday_ui_figure_new ("proposals-money-per-hire", _("Cost per hire"),
                                             &self->money_hire_value, &self->money_hire_detail));
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->figures));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gtk_widget_set_focusable (child, FALSE);

  g_signal_connect_object (self->quarter_toggle, "toggled",
                           G_CALLBACK (payday_proposals_page_update), self, G_CONNECT_SWAPPED);

  gtk_list_box_set_placeholder (self->pipeline_list,
                                payday_ui_placeholder_new (_("No proposals yet: add the ones you send to see what a hire costs")));

  payday_proposals_page_update (self);
}

GtkWidget *
payday_proposals_page_new (PaydayDocument *document)
{
  g_return_val_if_fail (!document || PAYDAY_IS_DOCUMENT (document), NULL);

  return g_object_new (PAYDAY_TYPE_PROPOSALS_PAGE, "document", document, NULL);
}

PaydayDocument *
payday_proposals_page_get_document (PaydayProposalsPage *self)
{
  g_return_val_if_fail (PAYDAY_IS_PROPOSALS_PAGE (self), NULL);

  return self->document;
}

void
payday_proposals_page_set_document (PaydayProposalsPage *self,
                                    PaydayDocument      *document)
{
  g_return_if_fail (PAYDAY_IS_PROPOSALS_PAGE (self));
  g_return_if_fail (!document || PAYDAY_IS_DOCUMENT (document));

  if (self->document == document)
    return;

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_func (self->document,
                                          G_CALLBACK (payday_proposals_page_update),
                                          self);

  g_set_object (&self->document, document);
  payday_connects_planner_set_document (self->planner, document);

  if (document != NULL)
    g_signal_connect_object (document, "changed",
                             G_CALLBACK (payday_proposals_page_update),
                             self, G_CONNECT_SWAPPED);
  /* Bound again the next time the page is shown. */
  gtk_list_box_bind_model (self->pipeline_list, NULL, NULL, NULL, NULL);
  self->pipeline_bound = FALSE;

  payday_proposals_page_update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DOCUMENT]);
}
