/* payday-connects-page.c — the Connects ledger: balance, what expires, purchases and membership
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "payday-chart-view.h"
#include "payday-connects-page.h"
#include "payday-ledger-entry-row.h"
#include "payday-membership-dialog.h"
#include "payday-membership-row.h"
#include "payday-opening-dialog.h"
#include "payday-transaction-dialog.h"
#include "payday-ui-util.h"

struct _PaydayConnectsPage
{
  GtkWidget        parent_instance;

  PaydayDocument  *document;
  PaydayChart     *chart;

  GtkFlowBox      *figures;
  GtkLabel        *balance_value;
  GtkLabel        *balance_detail;
  GtkLabel        *expiring_value;
  GtkLabel        *expiring_detail;
  GtkWidget       *expiring_card;
  GtkLabel        *spent_value;
  GtkLabel        *spent_detail;
  GtkLabel        *cost_value;
  GtkLabel        *cost_detail;
  GtkLabel        *warnings_label;
  PaydayChartView *chart_view;
  GtkWidget       *balance_group;
  AdwPreferencesGroup *ledger_group;
  GtkListBox      *ledger_list;
  GtkListBox      *membership_list;
  AdwActionRow    *opening_row;
  GListStore      *membership_parts;    /* GListModel: the opening row's, then the periods */

  PaydayUiDeferred deferred;            /* the update put off while the page is hidden */

  guint            lists_bound : 1;
};

G_DEFINE_FINAL_TYPE (PaydayConnectsPage, payday_connects_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DOCUMENT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static GtkWidget *
create_ledger_row (gpointer item,
                   gpointer user_data)
{
  return payday_ledger_entry_row_new (item);
}

/* The opening balance's row is an item of its own: the template's row, shown as itself. */
static GtkWidget *
create_membership_row (gpointer item,
                       gpointer user_data)
{
  if (GTK_IS_WIDGET (item))
    return g_object_ref (item);

  return payday_membership_row_new (item);
}

/* A list box shows one model, and the membership list shows the opening balance above the
 * periods of the document's model: the two are flattened into one. */
static void
bind_membership (PaydayConnectsPage *self,
                 GListModel         *periods)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->membership_parts));
  g_autoptr(GtkFlattenListModel) rows = NULL;

  g_list_store_splice (self->membership_parts, 1, n - 1, (gpointer *) &periods, periods ? 1 : 0);
  if (periods != NULL)
    rows = gtk_flatten_list_model_new (g_object_ref (G_LIST_MODEL (self->membership_parts)));
  gtk_list_box_bind_model (self->membership_list, G_LIST_MODEL (rows),
                           rows ? create_membership_row : NULL, NULL, NULL);
}

static void
present (PaydayConnectsPage *self,
         GtkWidget          *dialog)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
has_plan (PaydayConnectsPage *self)
{
  return self->document != NULL && payday_document_get_plan (self->document) != NULL;
}

static void
add_transaction_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  PaydayConnectsPage *self = PAYDAY_CONNECTS_PAGE (widget);

  if (has_plan (self))
    present (self, payday_transaction_dialog_new (NULL, self->document, NULL));
}

/* From a ledger row: the transaction's id. */
static void
edit_transaction_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *param)
{
  PaydayConnectsPage *self = PAYDAY_CONNECTS_PAGE (widget);

  if (has_plan (self))
    present (self, payday_transaction_dialog_new (NULL, self->document,
                                                  g_variant_get_string (param, NULL)));
}

static void
add_membership_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  PaydayConnectsPage *self = PAYDAY_CONNECTS_PAGE (widget);

  if (has_plan (self))
    present (self, payday_membership_dialog_new (NULL, self->document, -1));
}

/* From a membership row: the period's place in the plan's list. */
static void
edit_membership_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  PaydayConnectsPage *self = PAYDAY_CONNECTS_PAGE (widget);

  if (has_plan (self))
    present (self, payday_membership_dialog_new (NULL, self->document,
                                                 (int) g_variant_get_uint32 (param)));
}

static void
opening_row_activated_cb (PaydayConnectsPage *self)
{
  if (has_plan (self))
    present (self, payday_opening_dialog_new (NULL, self->document));
}

/* ---- Update ----------------------------------------------------------------------- */

static void
update_chart (PaydayConnectsPage  *self,
              const PaydayLedger  *ledger)
{
  g_autofree double *x = NULL;
  g_autofree double *y = NULL;
  gsize n = 0;

  payday_chart_clear (self->chart);
  payday_chart_set_today (self->chart, ledger != NULL ? ledger->today : PAYDAY_DATE_NONE);

  if (ledger == NULL || ledger->rows->len == 0)
    {
      payday_chart_view_set_chart (self->chart_view, self->chart);
      return;
    }

  /* One point per day: the balance at the end of that day. */
  x = g_new (double, ledger->rows->len + 1);
  y = g_new (double, ledger->rows->len + 1);
  for (guint i = 0; i < ledger->rows->len; i++)
    {
      const PaydayLedgerRow *r = &g_array_index (ledger->rows, PaydayLedgerRow, i);

      if (n > 0 && x[n - 1] == r->date)
        n--;
      x[n] = r->date;
      y[n] = r->balance;
      n++;
    }
  /* Hold the last balance through today. */
  if (x[n - 1] < ledger->today)
    {
      x[n] = ledger->today;
      y[n] = ledger->balance;
      n++;
    }

  payday_chart_add_series (self->chart, _("Balance"), PAYDAY_CHART_SERIES_STEP, x, y, n);
  payday_chart_set_range (self->chart,
                          g_array_index (ledger->rows, PaydayLedgerRow, 0).date,
                          ledger->today + 14);
  payday_chart_view_set_chart (self->chart_view, self->chart);
}

/* The periods' rows follow the document's model; the opening row is the page's. */
static void
update_opening (PaydayConnectsPage *self,
                PaydayPlan         *plan,
                PaydayDate          today)
{
  g_autofree char *subtitle = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->opening_row), plan != NULL);
  if (plan == NULL)
    return;

  if (payday_date_is_set (plan->connects.opening_date))
    {
      g_autofree char *day = payday_ui_format_date (plan->connects.opening_date, today);

      /* Translators: "84 Connects on Wed, Oct 1, 2025" */
      subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d Connect on %s",
                                               "%d Connects on %s",
                                               plan->connects.opening_balance),
                                  plan->connects.opening_balance, day);
    }
  else
    {
      subtitle = g_strdup (_("Not set: the ledger starts with your first proposal or purchase"));
    }
  adw_action_row_set_subtitle (self->opening_row, subtitle);
}

static void
payday_connects_page_update (PaydayConnectsPage *self)
{
  const PaydayLedger *ledger = NULL;
  PaydayPlan *plan = NULL;
  PaydayDate today = payday_date_today_utc ();
  g_autofree char *text = NULL;
  g_autofree char *detail = NULL;

  /* Hidden behind another page: rebuild once when shown, not on every edit. */
  if (payday_ui_deferred_queue (&self->deferred, GTK_WIDGET (self)))
    return;

  /* The lists bind the document's models the first time the page is shown, so a page
   * never opened builds no rows; once bound, their rows follow the models' changes. */
  if (!self->lists_bound && self->document != NULL)
    {
      gtk_list_box_bind_model (self->ledger_list, payday_document_get_ledger_entries (self->document),
                               create_ledger_row, NULL, NULL);
      bind_membership (self, payday_document_get_membership (self->document));
      self->lists_bound = TRUE;
    }

  if (self->document != NULL)
    {
      ledger = payday_document_get_ledger (self->document);
      plan = payday_document_get_plan (self->document);
      today = payday_document_get_today (self->document);
    }

  /* Figures */
  text = payday_ui_format_count (ledger ? ledger->balance : 0);
  gtk_label_set_label (self->balance_value, text);
  g_clear_pointer (&text, g_free);
  if (ledger != NULL && ledger->price_cents > 0 && ledger->balance > 0)
    {
      g_autofree char *worth = payday_ui_format_money (MAX (ledger->balance, 0) * ledger->price_cents);

      /* Translators: what the Connects balance would cost to buy, e.g. "worth $12.60" */
      detail = g_strdup_printf (_("Connects, worth %s"), worth);
    }
  gtk_label_set_label (self->balance_detail, detail ? detail : _("Connects"));
  g_clear_pointer (&detail, g_free);
  if (ledger != NULL && ledger->balance < 0)
    gtk_widget_add_css_class (GTK_WIDGET (self->balance_value), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->balance_value), "error");

  text = payday_ui_format_count (ledger ? ledger->expiring_30d : 0);
  gtk_label_set_label (self->expiring_value, text);
  g_clear_pointer (&text, g_free);
  gtk_label_set_label (self->expiring_detail,
                       ledger && ledger->expiring_30d > 0 ? _("Connects to spend within 30 days")
                                                          : _("Nothing expires within 30 days"));
  if (ledger != NULL && ledger->expiring_30d > 0)
    gtk_widget_add_css_class (self->expiring_card, "expiring");
  else
    gtk_widget_remove_css_class (self->expiring_card, "expiring");

  text = payday_ui_format_count (ledger ? ledger->spent_12m : 0);
  gtk_label_set_label (self->spent_value, text);
  g_clear_pointer (&text, g_free);
  if (ledger != NULL && ledger->price_cents > 0 && ledger->spent_12m > 0)
    {
      g_autofree char *money = payday_ui_format_money (ledger->spent_12m * ledger->price_cents);

      detail = g_strdup_printf (_("Connects in 12 months, about %s"), money);
    }
  gtk_label_set_label (self->spent_detail, detail ? detail : _("Connects in 12 months"));
  g_clear_pointer (&detail, g_free);

  if (ledger != NULL && ledger->cost_per_hire_cents != PAYDAY_NONE)
    {
      text = payday_ui_format_money (ledger->cost_per_hire_cents);
      detail = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d hire in 12 months",
                                             "%d hires in 12 months", ledger->hires_12m),
                                ledger->hires_12m);
    }
  else
    {
      text = g_strdup ("—");
      detail = g_strdup (_("No hire in 12 months"));
    }
  gtk_label_set_label (self->cost_value, text);
  gtk_label_set_label (self->cost_detail, detail);

  /* Warnings: proposals sent without enough Connects. */
  if (ledger != NULL && ledger->warnings->len > 0)
    {
      g_autoptr(GString) str = g_string_new (_("Sent without enough Connects:"));

      for (guint i = 0; i < ledger->warnings->len; i++)
        g_string_append_printf (str, "\n⚠ %s",
                                g_array_index (ledger->warnings, PaydayLedgerWarning, i).text);
      gtk_label_set_label (self->warnings_label, str->str);
      gtk_widget_set_visible (GTK_WIDGET (self->warnings_label), TRUE);
    }
  else
    {
      gtk_widget_set_visible (GTK_WIDGET (self->warnings_label), FALSE);
    }

  update_chart (self, ledger);
  /* An empty chart says nothing the ledger's placeholder does not. */
  gtk_widget_set_visible (self->balance_group, ledger != NULL && ledger->rows->len > 0);

  /* The ledger's rows are the document's model, bound to the list. */
  adw_preferences_group_set_description (self->ledger_group, NULL);
  if (ledger != NULL && ledger->rows->len > 0)
    {
      g_autofree char *description =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u event, newest first; click a purchase, grant or adjustment to edit it",
                                      "%u events, newest first; click a purchase, grant or adjustment to edit it",
                                      ledger->rows->len),
                         ledger->rows->len);

      adw_preferences_group_set_description (self->ledger_group, description);
    }

  update_opening (self, plan, today);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "connects.add-transaction", plan != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "connects.add-membership", plan != NULL);
}

static void
payday_connects_page_dispose (GObject *object)
{
  PaydayConnectsPage *self = (PaydayConnectsPage *)object;
  GtkWidget *child;

  payday_ui_deferred_clear (&self->deferred, GTK_WIDGET (self));
  gtk_widget_dispose_template (GTK_WIDGET (self), PAYDAY_TYPE_CONNECTS_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
  g_clear_object (&self->document);
  g_clear_object (&self->chart);
  g_clear_object (&self->membership_parts);

  G_OBJECT_CLASS (payday_connects_page_parent_class)->dispose (object);
}

static void
payday_connects_page_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  PaydayConnectsPage *self = PAYDAY_CONNECTS_PAGE (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, payday_connects_page_get_document (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
payday_connects_page_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  PaydayConnectsPage *self = PAYDAY_CONNECTS_PAGE (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      payday_connects_page_set_document (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
payday_connects_page_class_init (PaydayConnectsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = payday_connects_page_dispose;
  object_class->get_property = payday_connects_page_get_property;
  object_class->set_property = payday_connects_page_set_property;

  properties [PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL,
                         PAYDAY_TYPE_DOCUMENT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (PAYDAY_TYPE_CHART_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/payday/Payday/ui/payday-connects-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PaydayConnectsPage, figures);
  gtk_widget_class_bind_template_child (widget_class, PaydayConnectsPage, warnings_label);
  gtk_widget_class_bind_template_child (widget_class, PaydayConnectsPage, chart_view);
  gtk_widget_class_bind_template_child (widget_class, PaydayConnectsPage, balance_group);
  gtk_widget_class_bind_template_child (widget_class, PaydayConnectsPage, ledger_group);
  gtk_widget_class_bind_template_child (widget_class, PaydayConnectsPage, ledger_list);
  gtk_widget_class_bind_template_child (widget_class, PaydayConnectsPage, membership_list);
  gtk_widget_class_bind_template_child (widget_class, PaydayConnectsPage, opening_row);
  gtk_widget_class_bind_template_callback (widget_class, opening_row_activated_cb);

  gtk_widget_class_install_action (widget_class, "connects.add-transaction", NULL, add_transaction_action);
  gtk_widget_class_install_action (widget_class, "connects.edit-transaction", "s", edit_transaction_action);
  gtk_widget_class_install_action (widget_class, "connects.add-membership", NULL, add_membership_action);
  gtk_widget_class_install_action (widget_class, "connects.edit-membership", "u", edit_membership_action);
}

static void
payday_connects_page_init (PaydayConnectsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  payday_ui_deferred_init (&self->deferred, (PaydayUiUpdateFunc) payday_connects_page_update);

  gtk_flow_box_append (self->figures,
                       payday_ui_figure_new ("connects-balance", _("Balance"),
                                             &self->balance_value, &self->balance_detail));
  self->expiring_card = payday_ui_figure_new ("connects-expiring", _("Expiring soon"),
                                              &self->expiring_value, &self->expiring_detail);
  gtk_widget_add_css_class (self->expiring_card, "connects-expiring");
  gtk_flow_box_append (self->figures, self->expiring_card);
  gtk_flow_box_append (self->figures,
                       payday_ui_figure_new ("connects-spent", _("Spent"),
                                             &self->spent_value, &self->spent_detail));
  gtk_flow_box_append (self->figures,
                       payday_ui_figure_new ("connects-cost-per-hire", _("Cost per hire"),
                                             &self->cost_value, &self->cost_detail));
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->figures));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gtk_widget_set_focusable (child, FALSE);

  self->chart = payday_chart_new ();
  payday_chart_set_value_unit (self->chart, _("Connects"));

  gtk_list_box_set_placeholder (self->ledger_list,
                                payday_ui_placeholder_new (_("No Connects yet: add a purchase or an opening balance")));
  /* No placeholder in the membership list: the opening row is there whenever a plan is,
   * and a hidden placeholder after the last row would keep its bottom corners square.
   * The parts keep the opening row while the list is unbound. */
  {
    g_autoptr(GListStore) opening = g_list_store_new (ADW_TYPE_ACTION_ROW);

    g_list_store_append (opening, self->opening_row);
    self->membership_parts = g_list_store_new (G_TYPE_LIST_MODEL);
    g_list_store_append (self->membership_parts, opening);
  }

  payday_connects_page_update (self);
}

GtkWidget *
payday_connects_page_new (PaydayDocument *document)
{
  g_return_val_if_fail (!document || PAYDAY_IS_DOCUMENT (document), NULL);

  return g_object_new (PAYDAY_TYPE_CONNECTS_PAGE, "document", document, NULL);
}

PaydayDocument *
payday_connects_page_get_document (PaydayConnectsPage *self)
{
  g_return_val_if_fail (PAYDAY_IS_CONNECTS_PAGE (self), NULL);

  return self->document;
}

void
payday_connects_page_set_document (PaydayConnectsPage *self,
                                   PaydayDocument     *document)
{
  g_return_if_fail (PAYDAY_IS_CONNECTS_PAGE (self));
  g_return_if_fail (!document || PAYDAY_IS_DOCUMENT (document));

  if (self->document == document)
    return;

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_func (self->document,
                                          G_CALLBACK (payday_connects_page_update),
                                          self);

  g_set_object (&self->document, document);

  if (document != NULL)
    g_signal_connect_object (document, "changed",
                             G_CALLBACK (payday_connects_page_update),
                             self, G_CONNECT_SWAPPED);
  /* Bound again the next time the page is shown. */
  gtk_list_box_bind_model (self->ledger_list, NULL, NULL, NULL, NULL);
  bind_membership (self, NULL);
  self->lists_bound = FALSE;

  payday_connects_page_update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DOCUMENT]);
}
