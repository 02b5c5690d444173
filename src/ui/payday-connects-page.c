/* payday-connects-page.c — the Connects ledger: balance, what expires, purchases and membership
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "payday-chart-view.h"
#include "payday-connects-edit.h"
#include "payday-connects-page-private.h"
#include "payday-form.h"
#include "payday-ui-util.h"

/* One ledger row as a list item. The rows are copied out of the document's ledger when it
 * changes, so the list never points into a ledger that was freed by a recompute. */
#define PAYDAY_TYPE_LEDGER_ITEM (payday_ledger_item_get_type ())
G_DECLARE_FINAL_TYPE (PaydayLedgerItem, payday_ledger_item, PAYDAY, LEDGER_ITEM, GObject)

struct _PaydayLedgerItem
{
  GObject          parent_instance;
  PaydayLedgerRow  row;
};

G_DEFINE_FINAL_TYPE (PaydayLedgerItem, payday_ledger_item, G_TYPE_OBJECT)

static void
payday_ledger_item_finalize (GObject *object)
{
  g_free (PAYDAY_LEDGER_ITEM (object)->row.ref);
  G_OBJECT_CLASS (payday_ledger_item_parent_class)->finalize (object);
}

static void
payday_ledger_item_class_init (PaydayLedgerItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = payday_ledger_item_finalize;
}

static void
payday_ledger_item_init (PaydayLedgerItem *self)
{
}

static PaydayLedgerItem *
payday_ledger_item_new (const PaydayLedgerRow *row)
{
  PaydayLedgerItem *self = g_object_new (PAYDAY_TYPE_LEDGER_ITEM, NULL);

  self->row = *row;
  self->row.ref = g_strdup (row->ref);

  return self;
}

G_DEFINE_FINAL_TYPE (PaydayConnectsPage, payday_connects_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DOCUMENT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static const char *
kind_title (PaydayLedgerKind kind)
{
  switch (kind)
    {
    case PAYDAY_LEDGER_OPENING:  return _("Opening balance");
    case PAYDAY_LEDGER_REFILL:   return _("Monthly refill");
    case PAYDAY_LEDGER_PURCHASE: return _("Purchase");
    case PAYDAY_LEDGER_GRANT:    return _("Grant");
    case PAYDAY_LEDGER_ADJUST:   return _("Adjustment");
    case PAYDAY_LEDGER_REFUND:   return _("Refund");
    case PAYDAY_LEDGER_SPEND:    return _("Proposal");
    case PAYDAY_LEDGER_BOOST:    return _("Boost");
    case PAYDAY_LEDGER_EXPIRE:   return _("Expired");
    default:                     g_assert_not_reached ();
    }
}

static gboolean
is_transaction (const PaydayLedgerRow *row)
{
  return (row->kind == PAYDAY_LEDGER_PURCHASE ||
          row->kind == PAYDAY_LEDGER_GRANT ||
          row->kind == PAYDAY_LEDGER_ADJUST) && row->source_index >= 0;
}

static void
ledger_row_activated_cb (AdwActionRow       *row,
                         PaydayConnectsPage *self)
{
  payday_connects_page_edit_transaction (self, g_object_get_data (G_OBJECT (row), "tx-id"));
}

static GtkWidget *
create_ledger_row (gpointer item,
                   gpointer user_data)
{
  PaydayConnectsPage *self = user_data;
  const PaydayLedgerRow *r = &PAYDAY_LEDGER_ITEM (item)->row;
  PaydayPlan *plan = payday_document_get_plan (self->document);
  PaydayDate today = payday_document_get_today (self->document);
  g_autofree char *day = payday_ui_format_date (r->date, today);
  g_autofree char *amount_text = g_strdup_printf ("%+" G_GINT64_FORMAT, r->amount);
  g_autofree char *balance_number = payday_ui_format_count (r->balance);
  /* Translators: the Connects balance after a ledger event, e.g. "balance 42" */
  g_autofree char *balance_text = g_strdup_printf (_("balance %s"), balance_number);
  g_autoptr(GString) subtitle = g_string_new (day);
  g_autofree char *title = NULL;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *amount = gtk_label_new (amount_text);
  GtkWidget *balance = gtk_label_new (balance_text);
  const char *what = NULL;

  /* What the row is about: the proposal's title, the transaction's note. */
  if ((r->kind == PAYDAY_LEDGER_SPEND || r->kind == PAYDAY_LEDGER_BOOST ||
       r->kind == PAYDAY_LEDGER_REFUND) && r->source_index >= 0 &&
      (guint) r->source_index < plan->proposals->len)
    what = g_array_index (plan->proposals, PaydayProposal, r->source_index).title;
  else if (is_transaction (r) && (guint) r->source_index < plan->connects.transactions->len)
    what = g_array_index (plan->connects.transactions, PaydayTransaction, r->source_index).note;

  if (what != NULL && what[0] != '\0')
    title = g_strdup_printf ("%s · %s", kind_title (r->kind), what);
  else
    title = g_strdup (kind_title (r->kind));

  if (r->kind == PAYDAY_LEDGER_REFILL && r->ref != NULL)
    g_string_append_printf (subtitle, " · %s", g_str_equal (r->ref, "plus") ? _("Freelancer Plus") : _("Basic"));
  else if (r->ref != NULL && r->kind != PAYDAY_LEDGER_EXPIRE)
    g_string_append_printf (subtitle, " · %s", r->ref);
  else if (r->ref != NULL)
    g_string_append_printf (subtitle, " · %s %s", _("lot of"), r->ref);

  if (payday_date_is_set (r->lot_expires))
    {
      /* Relative to the row's own date, so a lot bought in December shows the next
       * year's expiry with its year. */
      g_autofree char *expires = payday_ui_format_date (r->lot_expires, r->date);

      g_string_append_printf (subtitle, " · %s %s",
                              r->lot_expires <= today ? _("expired") : _("expires"), expires);

      /* Lots that run out within 30 days: the ones to spend first. */
      if (r->lot_expires > today && r->lot_expires <= today + PAYDAY_CONNECTS_EXPIRING_DAYS)
        {
          GtkWidget *pill = gtk_label_new (_("Expires soon"));

          gtk_widget_add_css_class (pill, "status-pill");
          gtk_widget_add_css_class (pill, "expiring");
          gtk_widget_set_valign (pill, GTK_ALIGN_CENTER);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), pill);
          gtk_widget_add_css_class (row, "expiring-row");
        }
    }

  {
    g_autofree char *escaped_title = g_markup_escape_text (title, -1);
    g_autofree char *escaped_subtitle = g_markup_escape_text (subtitle->str, -1);

    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped_title);
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped_subtitle);
  }

  gtk_widget_add_css_class (amount, "tabular");
  gtk_widget_add_css_class (amount, "row-amount");
  gtk_widget_add_css_class (amount, r->amount < 0 ? "connects-out" : "connects-in");
  gtk_label_set_xalign (GTK_LABEL (amount), 1.0f);
  gtk_widget_add_css_class (balance, "tabular");
  gtk_widget_add_css_class (balance, "dim-label");
  gtk_widget_add_css_class (balance, "caption");
  gtk_label_set_xalign (GTK_LABEL (balance), 1.0f);
  if (r->balance < 0)
    gtk_widget_add_css_class (balance, "error");
  gtk_box_append (GTK_BOX (box), amount);
  gtk_box_append (GTK_BOX (box), balance);
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_widget_set_size_request (box, 88, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), box);

  if (is_transaction (r))
    {
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_widget_set_tooltip_text (row, _("Edit this transaction"));
      /* A transaction's row names it by its id (the ledger's ref). */
      g_object_set_data_full (G_OBJECT (row), "tx-id", g_strdup (r->ref), g_free);
      g_signal_connect_object (row, "activated", G_CALLBACK (ledger_row_activated_cb), self, 0);
    }

  return row;
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

static void
update_membership (PaydayConnectsPage *self,
                   PaydayPlan         *plan,
                   PaydayDate          today)
{
  payday_ui_clear_list_box (self->membership_list);

  if (plan != NULL)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *edit = gtk_image_new_from_icon_name ("document-edit-symbolic");
      g_autofree char *subtitle = NULL;

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

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Opening balance"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_set_icon_name (ADW_ACTION_ROW (row), "find-location-symbolic");
      gtk_widget_add_css_class (edit, "dim-label");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), edit);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_widget_set_name (row, "connects-opening");
      g_signal_connect_object (row, "activated", G_CALLBACK (payday_connects_page_opening_row_activated_cb), self, 0);
      gtk_list_box_append (self->membership_list, row);
    }

  for (guint i = 0; plan != NULL && i < plan->connects.membership->len; i++)
    {
      const PaydayMembership *m = &g_array_index (plan->connects.membership, PaydayMembership, i);
      g_autofree char *from = payday_ui_format_date (m->from, today);
      g_autofree char *to = payday_date_is_set (m->to) ? payday_ui_format_date (m->to, today) : NULL;
      g_autofree char *subtitle = to ? g_strdup_printf (_("%s – %s"), from, to)
                                     : g_strdup_printf (_("Since %s"), from);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *arrow = gtk_image_new_from_icon_name ("document-edit-symbolic");
      gboolean current = m->from <= today && (!payday_date_is_set (m->to) || m->to >= today);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(payday_connects_page_plan_labels[m->plan]));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_set_icon_name (ADW_ACTION_ROW (row),
                                    m->plan == PAYDAY_MEMBERSHIP_PLUS ? "starred-symbolic"
                                                                      : "non-starred-symbolic");
      if (current)
        {
          GtkWidget *pill = gtk_label_new (_("Current"));

          gtk_widget_add_css_class (pill, "status-pill");
          gtk_widget_add_css_class (pill, "available");
          gtk_widget_set_valign (pill, GTK_ALIGN_CENTER);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), pill);
        }
      gtk_widget_add_css_class (arrow, "dim-label");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data (G_OBJECT (row), "membership-index", GINT_TO_POINTER (i));
      g_signal_connect_object (row, "activated", G_CALLBACK (payday_connects_page_membership_row_activated_cb), self, 0);
      gtk_list_box_append (self->membership_list, row);
    }
}

static void
payday_connects_page_update (PaydayConnectsPage *self)
{
  const PaydayLedger *ledger = NULL;
  PaydayPlan *plan = NULL;
  PaydayDate today = payday_date_today_utc ();
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *text = NULL;
  g_autofree char *detail = NULL;

  /* Hidden behind another page: rebuild once when shown, not on every edit. */
  if (payday_ui_defer_until_mapped (GTK_WIDGET (self), (PaydayUiUpdateFunc) payday_connects_page_update))
    return;

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

  /* The ledger, newest first like a bank statement. */
  for (guint i = 0; ledger != NULL && i < ledger->rows->len; i++)
    g_ptr_array_add (items, payday_ledger_item_new (&g_array_index (ledger->rows, PaydayLedgerRow,
                                                                    ledger->rows->len - 1 - i)));
  g_list_store_splice (self->ledger_model, 0,
                       g_list_model_get_n_items (G_LIST_MODEL (self->ledger_model)),
                       items->pdata, items->len);
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

  update_membership (self, plan, today);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "connects.add-transaction", plan != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "connects.add-membership", plan != NULL);
}

static void
payday_connects_page_dispose (GObject *object)
{
  PaydayConnectsPage *self = (PaydayConnectsPage *)object;
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), PAYDAY_TYPE_CONNECTS_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
  g_clear_object (&self->document);
  g_clear_object (&self->ledger_model);
  g_clear_object (&self->chart);

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

  gtk_widget_class_install_action (widget_class, "connects.add-transaction", NULL, payday_connects_page_add_transaction_action);
  gtk_widget_class_install_action (widget_class, "connects.add-membership", NULL, payday_connects_page_add_membership_action);
}

static void
payday_connects_page_init (PaydayConnectsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

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

  self->ledger_model = g_list_store_new (PAYDAY_TYPE_LEDGER_ITEM);
  gtk_list_box_bind_model (self->ledger_list, G_LIST_MODEL (self->ledger_model),
                           create_ledger_row, self, NULL);
  gtk_list_box_set_placeholder (self->ledger_list,
                                payday_ui_placeholder_new (_("No Connects yet: add a purchase or an opening balance")));
  gtk_list_box_set_placeholder (self->membership_list,
                                payday_ui_placeholder_new (_("No membership periods: Basic is assumed")));

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

  payday_connects_page_update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DOCUMENT]);
}
