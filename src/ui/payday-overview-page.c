/* payday-overview-page.c — money by status, the next payments and the contracts at a glance
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "payday-bank-group.h"
#include "payday-overview-page-private.h"
#include "payday-ui-util.h"

struct _PaydayOverviewPage
{
  GtkWidget       parent_instance;

  PaydayDocument *document;

  GtkStack       *empty_stack;
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

  /* What each shown row was made from (GBytes), so an edit rebuilds only the rows whose
   * content changed: with 2,000 contracts every edit must refresh within 50 ms. */
  GPtrArray      *next_sigs;
  GPtrArray      *contract_sigs;

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


/* Makes row @i of @list the one @sig describes: kept when it already is, otherwise built
 * by the caller (only then: @row is NULL when the row is kept). Takes @sig. */
static gboolean
row_is_current (GPtrArray *sigs,
                guint      i,
                GBytes    *sig)
{
  return i < sigs->len && g_bytes_equal (g_ptr_array_index (sigs, i), sig);
}

static void
put_row (GtkListBox *list,
         GPtrArray  *sigs,
         guint       i,
         GBytes     *sig,
         GtkWidget  *row)
{
  GtkListBoxRow *old = gtk_list_box_get_row_at_index (list, i);

  if (old != NULL && i < sigs->len)
    {
      gtk_list_box_remove (list, GTK_WIDGET (old));
      g_bytes_unref (g_ptr_array_index (sigs, i));
      g_ptr_array_index (sigs, i) = sig;
    }
  else
    {
      g_assert (i == sigs->len);
      g_ptr_array_add (sigs, sig);
    }
  gtk_list_box_insert (list, row, i);
}

/* Drops the rows from @n on. */
static void
truncate_rows (GtkListBox *list,
               GPtrArray  *sigs,
               guint       n)
{
  GtkListBoxRow *row;

  while ((row = gtk_list_box_get_row_at_index (list, n)))
    gtk_list_box_remove (list, GTK_WIDGET (row));
  if (sigs->len > n)
    g_ptr_array_set_size (sigs, n);
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
  GArray *facts = NULL;
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
      facts = payday_document_get_contract_facts (self->document);
    }

  if (plan != NULL)
    n_contracts = plan->contracts->len;

  /* An empty plan (a new one, or one with only proposals and Connects) invites its first
   * contract; the figures would all be $0.00. */
  gtk_stack_set_visible_child_name (self->empty_stack, n_contracts > 0 ? "plan" : "empty");

  if (schedule != NULL)
    {
      for (guint i = 0; i < schedule->items->len; i++)
        {
          const PaydayItem *item = &g_array_index (schedule->items, PaydayItem, i);

          counts[item->status]++;

          /* Items are sorted by available_on. The list shows the first ones; a big plan
           * (thousands of payments) would make every edit rebuild thousands of rows. */
          if (item->available_on > today &&
              item->available_on <= today + PAYDAY_OVERVIEW_NEXT_DAYS)
            {
              if (n_next < PAYDAY_OVERVIEW_MAX_ROWS)
                {
                  GBytes *sig = payday_overview_next_row_signature (item, plan, today, self->local_rate);

                  if (row_is_current (self->next_sigs, n_next, sig))
                    g_bytes_unref (sig);
                  else
                    put_row (self->next_list, self->next_sigs, n_next, sig,
                             payday_overview_next_row_new (item, plan, today, self->pill_group, self->local_rate));
                }
              n_next++;
            }
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

  truncate_rows (self->next_list, self->next_sigs, MIN (n_next, PAYDAY_OVERVIEW_MAX_ROWS));
  if (n_next > PAYDAY_OVERVIEW_MAX_ROWS)
    put_row (self->next_list, self->next_sigs, PAYDAY_OVERVIEW_MAX_ROWS,
                         g_bytes_new ("more", 4),
                         payday_overview_more_row_new (g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                                                     "%u more payment in these days",
                                                                                     "%u more payments in these days",
                                                                                     n_next - PAYDAY_OVERVIEW_MAX_ROWS),
                                                                        n_next - PAYDAY_OVERVIEW_MAX_ROWS)));

  for (guint i = 0; i < MIN (n_contracts, PAYDAY_OVERVIEW_MAX_ROWS); i++)
    {
      const PaydayContract *contract = &g_array_index (plan->contracts, PaydayContract, i);
      /* "Waiting" is money that is not available yet, so the contract lines add up to the
       * In progress + In review + Pending figures above. */
      const PaydayContractFacts *f = &g_array_index (facts, PaydayContractFacts, i);
      GBytes *sig = payday_overview_contract_row_signature (contract, plan, f->next_date, f->waiting_net, today,
                                                            self->local_rate);

      if (row_is_current (self->contract_sigs, i, sig))
        g_bytes_unref (sig);
      else
        put_row (self->contracts_list, self->contract_sigs, i, sig,
                 payday_overview_contract_row_new (contract, plan, f->next_date, f->waiting_net, today,
                                                   self->local_rate));
    }
  truncate_rows (self->contracts_list, self->contract_sigs, MIN (n_contracts, PAYDAY_OVERVIEW_MAX_ROWS));
  if (n_contracts > PAYDAY_OVERVIEW_MAX_ROWS)
    put_row (self->contracts_list, self->contract_sigs, PAYDAY_OVERVIEW_MAX_ROWS,
                         g_bytes_new ("more", 4),
                         payday_overview_more_row_new (g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                                                     "%u more contract on the Contracts page",
                                                                                     "%u more contracts on the Contracts page",
                                                                                     n_contracts - PAYDAY_OVERVIEW_MAX_ROWS),
                                                                        n_contracts - PAYDAY_OVERVIEW_MAX_ROWS)));

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

static void
payday_overview_page_dispose (GObject *object)
{
  PaydayOverviewPage *self = (PaydayOverviewPage *)object;
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), PAYDAY_TYPE_OVERVIEW_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
  g_clear_object (&self->document);
  g_clear_object (&self->pill_group);
  g_clear_pointer (&self->next_sigs, g_ptr_array_unref);
  g_clear_pointer (&self->contract_sigs, g_ptr_array_unref);
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

  g_type_ensure (PAYDAY_TYPE_BANK_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/payday/Payday/ui/payday-overview-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PaydayOverviewPage, empty_stack);
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
  gtk_widget_class_bind_template_child (widget_class, PaydayOverviewPage, contracts_list);
  gtk_widget_class_bind_template_child (widget_class, PaydayOverviewPage, rate_button);
  gtk_widget_class_bind_template_child (widget_class, PaydayOverviewPage, rate_label);
}

static void
payday_overview_page_init (PaydayOverviewPage *self)
{
  g_autofree char *empty_next = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->next_sigs = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
  self->contract_sigs = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
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
  gtk_list_box_set_placeholder (self->next_list, payday_overview_placeholder_new (empty_next));
  gtk_list_box_set_placeholder (self->contracts_list,
                                payday_overview_placeholder_new (_("No contracts in this plan")));

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

  if (rate == NULL && self->local_rate == NULL)
    return;
  if (rate != NULL && self->local_rate != NULL &&
      strcmp (rate->currency, self->local_rate->currency) == 0 &&
      rate->rate == self->local_rate->rate && rate->date == self->local_rate->date &&
      g_strcmp0 (rate->source, self->local_rate->source) == 0)
    return;

  g_clear_pointer (&self->local_rate, payday_ui_rate_free);
  if (rate != NULL)
    self->local_rate = payday_ui_rate_copy (rate);

  payday_overview_page_update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_LOCAL_RATE]);
}
