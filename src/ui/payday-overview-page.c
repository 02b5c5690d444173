/* payday-overview-page.c — money by status, the next payments and the contracts at a glance
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "payday-bank-group.h"
#include "payday-overview-page.h"
#include "payday-payment-row.h"
#include "payday-reconcile-card.h"
#include "payday-ui-util.h"
#include "payday-waiting-row.h"

/* The rows the first frame builds, both lists together: a few more than a window of the
 * default size (1000 × 720) shows of them. The others are added once the page's first frame
 * is painted (in an idle after it: payday_overview_page_fill_rows), so that start-up does
 * not wait for rows below the fold; from then on both lists hold up to
 * PAYDAY_OVERVIEW_MAX_ROWS. */
#define FIRST_FRAME_ROWS 10

struct _PaydayOverviewPage
{
  GtkWidget       parent_instance;

  PaydayDocument *document;

  GtkStack       *empty_stack;
  GtkWidget      *empty_status;
  GtkLabel       *as_of_label;
  GtkLabel       *in_progress_amount;
  GtkLabel       *in_progress_count;
  GtkLabel       *in_review_amount;
  GtkLabel       *in_review_count;
  GtkLabel       *pending_amount;
  GtkLabel       *pending_count;
  GtkLabel       *available_amount;
  GtkLabel       *available_count;
  GtkLabel       *notes_label;
  AdwPreferencesGroup *next_group;
  GtkListBox     *next_list;
  GtkListBox     *contracts_list;
  GtkMenuButton  *rate_button;
  GtkLabel       *rate_label;

  /* The local currency (PaydayWindow sets it; NULL = dollars only) and the captions
   * under the four figures, created in init beside the amounts of the template. */
  PaydayRate     *local_rate;
  GtkWidget      *figure_local[PAYDAY_N_STATUSES];

  /* The first PAYDAY_OVERVIEW_MAX_ROWS of the document's contracts, which the contract
   * list is bound to; the label under it counts the others. */
  GtkSliceListModel *contracts_slice;
  GtkLabel       *contracts_more;

  /* The first PAYDAY_OVERVIEW_MAX_ROWS of the document's upcoming payments, which the
   * list is bound to; the label under it counts the others. */
  GtkSliceListModel *next_slice;
  GtkLabel       *next_more;

  /* Whether the slices have their full size (after the page's first frame), and the idle
   * that gives it to them. */
  gboolean        rows_filled;
  guint           fill_source;

  /* Pills and amounts line up in columns across rows. */
  GtkSizeGroup   *pill_group;
};

G_DEFINE_FINAL_TYPE (PaydayOverviewPage, payday_overview_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_LOCAL_RATE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
set_figure (GtkLabel    *amount,
            GtkLabel    *count_label,
            PaydayCents  cents,
            guint        count)
{
  g_autofree char *text = payday_ui_format_money (cents);
  g_autofree char *count_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                              "%u item", "%u items", count),
                                                 count);

  gtk_label_set_label (amount, text);
  gtk_label_set_label (count_label, count_text);
}


static GtkWidget *
create_payment_row (gpointer item,
                    gpointer user_data)
{
  PaydayOverviewPage *self = user_data;
  GtkWidget *row = payday_payment_row_new (item, self->pill_group);

  g_object_bind_property (self, "local-rate", row, "local-rate", G_BINDING_SYNC_CREATE);

  return row;
}

static GtkWidget *
create_waiting_row (gpointer item,
                    gpointer user_data)
{
  PaydayOverviewPage *self = user_data;
  GtkWidget *row = payday_waiting_row_new (item);

  g_object_bind_property (self, "local-rate", row, "local-rate", G_BINDING_SYNC_CREATE);

  return row;
}

static void
set_more (GtkLabel *label,
          char     *text)
{
  g_autofree char *owned = text;

  gtk_widget_set_visible (GTK_WIDGET (label), owned != NULL);
  gtk_label_set_label (label, owned ? owned : "");
}

/* The invitation to an empty plan is hidden, not only covered, while the plan has contracts:
 * a stack styles and measures the pages it does not show too, and this one's large icon (an
 * SVG: the first frame would wait for librsvg to load and draw it) and title would cost
 * start-up for nothing. Not while the stack still crossfades away from it. */
static void
hide_empty_status_cb (PaydayOverviewPage *self)
{
  if (gtk_stack_get_visible_child (self->empty_stack) != self->empty_status &&
      !gtk_stack_get_transition_running (self->empty_stack))
    gtk_widget_set_visible (self->empty_status, FALSE);
}

static void
payday_overview_page_update (PaydayOverviewPage *self)
{
  static const PaydaySummary empty = { .next_payment_date = PAYDAY_DATE_NONE };
  const PaydaySummary *summary = &empty;
  PaydaySchedule *schedule = NULL;
  PaydayPlan *plan = NULL;
  guint counts[PAYDAY_N_STATUSES] = { 0 };
  PaydayDate today = payday_date_today_utc ();
  g_autofree char *today_text = NULL;
  g_autofree char *as_of = NULL;
  g_autofree char *next_description = NULL;
  guint n_contracts = 0;
  guint n_next = 0;

  g_assert (PAYDAY_IS_OVERVIEW_PAGE (self));

  if (self->document != NULL)
    {
      summary = payday_document_get_summary (self->document);
      schedule = payday_document_get_schedule (self->document);
      plan = payday_document_get_plan (self->document);
      today = payday_document_get_today (self->document);
      n_next = g_list_model_get_n_items (payday_document_get_payments (self->document));
    }

  if (plan != NULL)
    n_contracts = plan->contracts->len;

  /* An empty plan (a new one, or one with only proposals and Connects) invites its first
   * contract; the figures would all be $0.00. */
  if (n_contracts == 0)
    gtk_widget_set_visible (self->empty_status, TRUE);
  gtk_stack_set_visible_child_name (self->empty_stack, n_contracts > 0 ? "plan" : "empty");
  hide_empty_status_cb (self);

  if (schedule != NULL)
    {
      for (guint i = 0; i < schedule->items->len; i++)
        {
          const PaydayItem *item = &g_array_index (schedule->items, PaydayItem, i);

          counts[item->status]++;
        }
    }

  set_figure (self->in_progress_amount, self->in_progress_count,
              summary->totals[PAYDAY_STATUS_IN_PROGRESS], counts[PAYDAY_STATUS_IN_PROGRESS]);
  set_figure (self->in_review_amount, self->in_review_count,
              summary->totals[PAYDAY_STATUS_IN_REVIEW], counts[PAYDAY_STATUS_IN_REVIEW]);
  set_figure (self->pending_amount, self->pending_count,
              summary->totals[PAYDAY_STATUS_PENDING], counts[PAYDAY_STATUS_PENDING]);
  set_figure (self->available_amount, self->available_count,
              summary->totals[PAYDAY_STATUS_AVAILABLE], counts[PAYDAY_STATUS_AVAILABLE]);

  for (guint i = 0; i < PAYDAY_N_STATUSES; i++)
    payday_ui_local_label_set (self->figure_local[i], self->local_rate, summary->totals[i]);

  /* The rate's day and source, one click away on the "As of" line. */
  gtk_widget_set_visible (GTK_WIDGET (self->rate_button), self->local_rate != NULL);
  if (self->local_rate != NULL)
    {
      g_autofree char *rate_text = payday_ui_format_rate (self->local_rate);
      g_autofree char *button_text = NULL;

      /* Translators: the button that shows the exchange rate, e.g. "≈ INR" */
      button_text = g_strdup_printf (_("≈ %s"), self->local_rate->currency);
      gtk_menu_button_set_label (self->rate_button, button_text);
      gtk_label_set_label (self->rate_label, rate_text);
    }

  today_text = payday_date_format_long (today);
  /* Translators: the date the plan is judged at, e.g. "As of Wednesday, March 4, 2026" */
  as_of = g_strdup_printf (_("As of %s"), today_text);
  gtk_label_set_label (self->as_of_label, as_of);

  if (payday_date_is_set (summary->next_payment_date))
    {
      g_autofree char *day = payday_ui_format_date (summary->next_payment_date, today);
      g_autofree char *net = payday_ui_format_money (summary->next_payment_net_cents);

      /* Translators: e.g. "Next: $1,234.56 on Wed, Mar 11 · within 60 days" */
      next_description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                       "Next: %s on %s · %u payment within %d days",
                                                       "Next: %s on %s · %u payments within %d days",
                                                       n_next),
                                          net, day, n_next, PAYDAY_OVERVIEW_NEXT_DAYS);
    }
  adw_preferences_group_set_description (self->next_group, next_description);

  set_more (self->next_more,
            n_next <= PAYDAY_OVERVIEW_MAX_ROWS ? NULL :
            g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "%u more payment in these days",
                                          "%u more payments in these days",
                                          n_next - PAYDAY_OVERVIEW_MAX_ROWS),
                             n_next - PAYDAY_OVERVIEW_MAX_ROWS));

  set_more (self->contracts_more,
            n_contracts <= PAYDAY_OVERVIEW_MAX_ROWS ? NULL :
            g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "%u more contract on the Contracts page",
                                          "%u more contracts on the Contracts page",
                                          n_contracts - PAYDAY_OVERVIEW_MAX_ROWS),
                             n_contracts - PAYDAY_OVERVIEW_MAX_ROWS));

  if (schedule != NULL && schedule->notes != NULL && schedule->notes->len > 0)
    {
      g_autoptr(GString) text = g_string_new (NULL);

      for (guint i = 0; i < MIN (schedule->notes->len, PAYDAY_OVERVIEW_MAX_NOTES); i++)
        {
          if (i > 0)
            g_string_append_c (text, '\n');
          g_string_append_printf (text, "⚠ %s", (const char *) g_ptr_array_index (schedule->notes, i));
        }
      if (schedule->notes->len > PAYDAY_OVERVIEW_MAX_NOTES)
        {
          guint more = schedule->notes->len - PAYDAY_OVERVIEW_MAX_NOTES;

          g_string_append_c (text, '\n');
          g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "… and %u more note",
                                                     "… and %u more notes", more), more);
        }
      gtk_label_set_label (self->notes_label, text->str);
      gtk_widget_set_visible (GTK_WIDGET (self->notes_label), TRUE);
    }
  else
    {
      gtk_label_set_label (self->notes_label, "");
      gtk_widget_set_visible (GTK_WIDGET (self->notes_label), FALSE);
    }
}

/* Before the first frame the lists share FIRST_FRAME_ROWS: the contracts list, further down,
 * gets what the payments leave, but at least one row, so that it never shows its "No
 * contracts" placeholder for a frame. */
static void
payday_overview_page_size_slices (PaydayOverviewPage *self)
{
  guint next_rows = PAYDAY_OVERVIEW_MAX_ROWS;
  guint contract_rows = PAYDAY_OVERVIEW_MAX_ROWS;

  if (!self->rows_filled)
    {
      guint n_next = 0;

      if (self->document != NULL)
        n_next = g_list_model_get_n_items (payday_document_get_payments (self->document));
      next_rows = FIRST_FRAME_ROWS;
      contract_rows = MAX (1, FIRST_FRAME_ROWS - MIN (n_next, FIRST_FRAME_ROWS));
    }

  gtk_slice_list_model_set_size (self->next_slice, next_rows);
  gtk_slice_list_model_set_size (self->contracts_slice, contract_rows);
}

static gboolean
payday_overview_page_fill_rows (gpointer data)
{
  PaydayOverviewPage *self = data;

  self->fill_source = 0;
  self->rows_filled = TRUE;
  payday_overview_page_size_slices (self);

  return G_SOURCE_REMOVE;
}

static void
payday_overview_page_first_paint (PaydayOverviewPage *self,
                                  GdkFrameClock      *clock)
{
  g_signal_handlers_disconnect_by_func (clock, payday_overview_page_first_paint, self);
  if (self->fill_source == 0)
    self->fill_source = g_idle_add (payday_overview_page_fill_rows, self);
}

static void
payday_overview_page_map (GtkWidget *widget)
{
  PaydayOverviewPage *self = PAYDAY_OVERVIEW_PAGE (widget);

  GTK_WIDGET_CLASS (payday_overview_page_parent_class)->map (widget);

  if (!self->rows_filled)
    g_signal_connect_object (gtk_widget_get_frame_clock (widget), "after-paint",
                             G_CALLBACK (payday_overview_page_first_paint), self,
                             G_CONNECT_SWAPPED);
}

static void
payday_overview_page_unmap (GtkWidget *widget)
{
  PaydayOverviewPage *self = PAYDAY_OVERVIEW_PAGE (widget);

  if (!self->rows_filled)
    g_signal_handlers_disconnect_by_func (gtk_widget_get_frame_clock (widget),
                                          payday_overview_page_first_paint, self);

  GTK_WIDGET_CLASS (payday_overview_page_parent_class)->unmap (widget);
}

static void
payday_overview_page_dispose (GObject *object)
{
  PaydayOverviewPage *self = (PaydayOverviewPage *)object;
  GtkWidget *child;

  g_clear_handle_id (&self->fill_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), PAYDAY_TYPE_OVERVIEW_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
  g_clear_object (&self->document);
  g_clear_object (&self->pill_group);
  g_clear_object (&self->next_slice);
  g_clear_object (&self->contracts_slice);
  g_clear_pointer (&self->local_rate, payday_ui_rate_free);

  G_OBJECT_CLASS (payday_overview_page_parent_class)->dispose (object);
}

static void
payday_overview_page_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  PaydayOverviewPage *self = PAYDAY_OVERVIEW_PAGE (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, payday_overview_page_get_document (self));
      break;

    case PROP_LOCAL_RATE:
      g_value_set_boxed (value, self->local_rate);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
payday_overview_page_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  PaydayOverviewPage *self = PAYDAY_OVERVIEW_PAGE (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      payday_overview_page_set_document (self, g_value_get_object (value));
      break;

    case PROP_LOCAL_RATE:
      payday_overview_page_set_local_rate (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
payday_overview_page_class_init (PaydayOverviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = payday_overview_page_dispose;
  object_class->get_property = payday_overview_page_get_property;
  object_class->set_property = payday_overview_page_set_property;

  widget_class->map = payday_overview_page_map;
  widget_class->unmap = payday_overview_page_unmap;

  properties [PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL,
                         PAYDAY_TYPE_DOCUMENT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * PaydayOverviewPage:local-rate:
   *
   * The USD→local rate whose amounts are shown under the dollar ones, or %NULL.
   */
  properties [PROP_LOCAL_RATE] =
    g_param_spec_boxed ("local-rate", NULL, NULL,
                        PAYDAY_TYPE_UI_RATE,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (PAYDAY_TYPE_RECONCILE_CARD);
  g_type_ensure (PAYDAY_TYPE_BANK_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/payday/Payday/ui/payday-overview-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PaydayOverviewPage, empty_stack);
  gtk_widget_class_bind_template_child (widget_class, PaydayOverviewPage, empty_status);
  gtk_widget_class_bind_template_child (widget_class, PaydayOverviewPage, as_of_label);
  gtk_widget_class_bind_template_child (widget_class, PaydayOverviewPage, in_progress_amount);
  gtk_widget_class_bind_template_child (widget_class, PaydayOverviewPage, in_progress_count);
  gtk_widget_class_bind_template_child (widget_class, PaydayOverviewPage, in_review_amount);
  gtk_widget_class_bind_template_child (widget_class, PaydayOverviewPage, in_review_count);
  gtk_widget_class_bind_template_child (widget_class, PaydayOverviewPage, pending_amount);
  gtk_widget_class_bind_template_child (widget_class, PaydayOverviewPage, pending_count);
  gtk_widget_class_bind_template_child (widget_class, PaydayOverviewPage, available_amount);
  gtk_widget_class_bind_template_child (widget_class, PaydayOverviewPage, available_count);
  gtk_widget_class_bind_template_child (widget_class, PaydayOverviewPage, notes_label);
  gtk_widget_class_bind_template_child (widget_class, PaydayOverviewPage, next_group);
  gtk_widget_class_bind_template_child (widget_class, PaydayOverviewPage, next_list);
  gtk_widget_class_bind_template_child (widget_class, PaydayOverviewPage, next_more);
  gtk_widget_class_bind_template_child (widget_class, PaydayOverviewPage, contracts_more);
  gtk_widget_class_bind_template_child (widget_class, PaydayOverviewPage, contracts_list);
  gtk_widget_class_bind_template_child (widget_class, PaydayOverviewPage, rate_button);
  gtk_widget_class_bind_template_child (widget_class, PaydayOverviewPage, rate_label);
  gtk_widget_class_bind_template_callback (widget_class, hide_empty_status_cb);
}

static void
payday_overview_page_init (PaydayOverviewPage *self)
{
  g_autofree char *empty_next = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->next_slice = gtk_slice_list_model_new (NULL, 0, FIRST_FRAME_ROWS);
  gtk_list_box_bind_model (self->next_list, G_LIST_MODEL (self->next_slice),
                           create_payment_row, self, NULL);
  self->contracts_slice = gtk_slice_list_model_new (NULL, 0, FIRST_FRAME_ROWS);
  gtk_list_box_bind_model (self->contracts_list, G_LIST_MODEL (self->contracts_slice),
                           create_waiting_row, self, NULL);
  self->pill_group = gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL);

  {
    GtkLabel *amounts[PAYDAY_N_STATUSES] = {
      self->in_progress_amount, self->in_review_amount,
      self->pending_amount, self->available_amount,
    };
    static const char *names[PAYDAY_N_STATUSES] = {
      "local-in_progress", "local-in_review", "local-pending", "local-available",
    };

    for (guint i = 0; i < PAYDAY_N_STATUSES; i++)
      {
        GtkWidget *amount = GTK_WIDGET (amounts[i]);

        self->figure_local[i] = payday_ui_local_label_new ();
        gtk_widget_set_name (self->figure_local[i], names[i]);
        gtk_box_insert_child_after (GTK_BOX (gtk_widget_get_parent (amount)),
                                    self->figure_local[i], amount);
      }
  }

  empty_next = g_strdup_printf (_("No payments in the next %d days"), PAYDAY_OVERVIEW_NEXT_DAYS);
  gtk_list_box_set_placeholder (self->next_list, payday_ui_placeholder_new (empty_next));
  gtk_list_box_set_placeholder (self->contracts_list,
                                payday_ui_placeholder_new (_("No contracts in this plan")));

  payday_overview_page_update (self);
}

GtkWidget *
payday_overview_page_new (PaydayDocument *document)
{
  g_return_val_if_fail (!document || PAYDAY_IS_DOCUMENT (document), NULL);

  return g_object_new (PAYDAY_TYPE_OVERVIEW_PAGE,
                       "document", document,
                       NULL);
}

PaydayDocument *
payday_overview_page_get_document (PaydayOverviewPage *self)
{
  g_return_val_if_fail (PAYDAY_IS_OVERVIEW_PAGE (self), NULL);

  return self->document;
}

void
payday_overview_page_set_document (PaydayOverviewPage *self,
                                   PaydayDocument     *document)
{
  g_return_if_fail (PAYDAY_IS_OVERVIEW_PAGE (self));
  g_return_if_fail (!document || PAYDAY_IS_DOCUMENT (document));

  if (self->document == document)
    return;

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_func (self->document,
                                          G_CALLBACK (payday_overview_page_update),
                                          self);

  g_set_object (&self->document, document);
  payday_overview_page_size_slices (self);
  gtk_slice_list_model_set_model (self->next_slice,
                                  document ? payday_document_get_payments (document) : NULL);
  gtk_slice_list_model_set_model (self->contracts_slice,
                                  document ? payday_document_get_contracts (document) : NULL);

  if (document != NULL)
    g_signal_connect_object (document,
                             "changed",
                             G_CALLBACK (payday_overview_page_update),
                             self,
                             G_CONNECT_SWAPPED);

  payday_overview_page_update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DOCUMENT]);
}

/**
 * payday_overview_page_get_local_rate:
 *
 * Returns: (nullable) (transfer none): the rate of the local amounts, or %NULL
 */
const PaydayRate *
payday_overview_page_get_local_rate (PaydayOverviewPage *self)
{
  g_return_val_if_fail (PAYDAY_IS_OVERVIEW_PAGE (self), NULL);

  return self->local_rate;
}

/**
 * payday_overview_page_set_local_rate:
 * @rate: (nullable): the USD→local rate; %NULL shows dollars only
 *
 * Shows each money figure's local amount under it, and the rate on the "As of" line.
 */
void
payday_overview_page_set_local_rate (PaydayOverviewPage *self,
                                     const PaydayRate   *rate)
{
  g_return_if_fail (PAYDAY_IS_OVERVIEW_PAGE (self));

  if (!payday_ui_rate_set (&self->local_rate, rate))
    return;

  payday_overview_page_update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_LOCAL_RATE]);
}
