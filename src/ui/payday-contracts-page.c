/* payday-contracts-page.c — the contracts list and the editor of the selected contract
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "payday-client-object.h"
#include "payday-contract-object.h"
#include "payday-contracts-page-private.h"
#include "payday-date-entry.h"
#include "payday-fixed-editor.h"
#include "payday-hourly-editor.h"
#include "payday-ui-util.h"

/* The page never keeps plan data: the list binds the document's contracts model, the
 * client list and the editors follow the document on "changed", and every change goes
 * through the document as a command, so Undo covers it and every page updates. The
 * selection is a contract id. */

G_DEFINE_FINAL_TYPE (PaydayContractsPage, payday_contracts_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DOCUMENT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

void
payday_contracts_page_toast (PaydayContractsPage *self,
                             const char          *title)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (title));
}

const PaydayContract *
payday_contracts_page_selected_contract (PaydayContractsPage *self)
{
  return payday_editor_find_contract (self->document, self->selected_id, NULL);
}

static void
update_actions (PaydayContractsPage *self)
{
  const PaydayContract *c = payday_contracts_page_selected_contract (self);
  PaydayDate today = self->document ? payday_document_get_today (self->document) : 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "contracts.duplicate", c != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "contracts.delete", c != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "contracts.end",
                                 c != NULL && !(payday_date_is_set (c->end) && c->end <= today));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "contracts.add-hourly", self->document != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "contracts.add-fixed", self->document != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "contracts.clients", self->document != NULL);
}

/* Fills the editor pane from the selected contract, or shows "No Contract Selected". */
static void
update_editor (PaydayContractsPage *self)
{
  PaydayPlan *plan = self->document ? payday_document_get_plan (self->document) : NULL;
  const PaydayContract *c = payday_contracts_page_selected_contract (self);
  gint client_index;

  if (c == NULL)
    {
      gtk_stack_set_visible_child_name (self->editor_stack, "none");
      gtk_label_set_label (self->editor_title, "");
      payday_hourly_editor_set_contract (self->hourly_editor, NULL, NULL);
      payday_fixed_editor_set_contract (self->fixed_editor, NULL, NULL);
      return;
    }

  self->updating = TRUE;

  gtk_stack_set_visible_child_name (self->editor_stack, "editor");
  gtk_label_set_label (self->editor_title, c->title ? c->title : "");
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->title_row)), c->title ? c->title : "") != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->title_row), c->title ? c->title : "");

  /* The combo binds the document's clients model, in plan order. */
  client_index = payday_plan_find_client_index (plan, c->client);
  adw_combo_row_set_selected (self->client_row, client_index >= 0 ? (guint) client_index
                                                                  : GTK_INVALID_LIST_POSITION);

  payday_date_entry_set_date (self->start_entry, c->start);
  payday_date_entry_set_date (self->end_entry, c->end);

  gtk_widget_set_visible (GTK_WIDGET (self->hourly_editor), c->type == PAYDAY_CONTRACT_HOURLY);
  gtk_widget_set_visible (GTK_WIDGET (self->fixed_editor), c->type == PAYDAY_CONTRACT_FIXED);
  payday_hourly_editor_set_contract (self->hourly_editor, self->document,
                                     c->type == PAYDAY_CONTRACT_HOURLY ? c->id : NULL);
  payday_fixed_editor_set_contract (self->fixed_editor, self->document,
                                    c->type == PAYDAY_CONTRACT_FIXED ? c->id : NULL);

  self->updating = FALSE;
}

static void
update_list_stack (PaydayContractsPage *self)
{
  GListModel *contracts = gtk_filter_list_model_get_model (self->filtered);
  guint n_all = contracts != NULL ? g_list_model_get_n_items (contracts) : 0;
  guint n_shown = g_list_model_get_n_items (G_LIST_MODEL (self->selection));

  gtk_stack_set_visible_child_name (self->list_stack,
                                    n_all == 0 ? "empty" : n_shown == 0 ? "no-match" : "list");
}

/* Puts the list's selection on the selected id, if it is shown. */
static void
sync_selection (PaydayContractsPage *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->selection));
  guint position = GTK_INVALID_LIST_POSITION;

  for (guint i = 0; self->selected_id != NULL && i < n; i++)
    {
      g_autoptr(PaydayContractObject) contract = g_list_model_get_item (G_LIST_MODEL (self->selection), i);

      if (g_strcmp0 (payday_contract_object_get_id (contract), self->selected_id) == 0)
        {
          position = i;
          break;
        }
    }

  self->updating = TRUE;
  gtk_single_selection_set_selected (self->selection, position);
  self->updating = FALSE;
}

/* Plans up to this many contracts filter and sort in one go, so the list is complete as
 * soon as the page updates; longer ones in steps between frames, so re-sorting thousands
 * of contracts does not stall the window (they show unsorted for a moment meanwhile). */
#define INCREMENTAL_ROWS 1000

static void
set_incremental (PaydayContractsPage *self,
                 guint                n_rows)
{
  gboolean incremental = n_rows > INCREMENTAL_ROWS;

  gtk_filter_list_model_set_incremental (self->filtered, incremental);
  gtk_sort_list_model_set_incremental (self->sorted, incremental);
}

static void
on_pending (PaydayContractsPage *self)
{
  if (gtk_filter_list_model_get_pending (self->filtered) == 0 &&
      gtk_sort_list_model_get_pending (self->sorted) == 0)
    {
      sync_selection (self);
      update_list_stack (self);
    }
}

static void
payday_contracts_page_update (PaydayContractsPage *self)
{
  GtkSorter *sorter = gtk_column_view_get_sorter (self->column_view);

  if (self->document == NULL)
    return;

  set_incremental (self, g_list_model_get_n_items (payday_document_get_contracts (self->document)));

  /* Imported contracts carry their Upwork id; a plan typed by hand has none to show. */
  {
    GListModel *contracts = payday_document_get_contracts (self->document);
    guint n = g_list_model_get_n_items (contracts);
    gboolean any_upwork = FALSE;

    for (guint i = 0; i < n && !any_upwork; i++)
      {
        g_autoptr(PaydayContractObject) contract = g_list_model_get_item (contracts, i);

        any_upwork = payday_contract_object_get_upwork_id (contract) != NULL;
      }
    gtk_column_view_column_set_visible (self->column_upwork, any_upwork);
  }

  /* A contract that is gone (deleted, or undone) leaves nothing selected. */
  if (payday_contracts_page_selected_contract (self) == NULL)
    g_clear_pointer (&self->selected_id, g_free);

  /* The sort and the filter see contracts come and go, but not their properties change:
   * when a column sorts or a search filters, the contracts are looked at again. */
  if (gtk_string_filter_get_search (self->filter) != NULL)
    gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  if (sorter != NULL && gtk_sorter_get_order (sorter) != GTK_SORTER_ORDER_NONE)
    gtk_sorter_changed (sorter, GTK_SORTER_CHANGE_DIFFERENT);

  sync_selection (self);
  update_list_stack (self);
  update_editor (self);
  update_actions (self);
}

static void
set_selected_id (PaydayContractsPage *self,
                 const char          *id)
{
  if (g_strcmp0 (self->selected_id, id) == 0)
    return;

  g_free (self->selected_id);
  self->selected_id = g_strdup (id);
  update_editor (self);
  update_actions (self);
}

static void
on_selection_changed (PaydayContractsPage *self)
{
  PaydayContractObject *contract;

  if (self->updating)
    return;

  contract = gtk_single_selection_get_selected_item (self->selection);
  set_selected_id (self, contract ? payday_contract_object_get_id (contract) : NULL);
  if (contract != NULL)
    adw_leaflet_set_visible_child (self->leaflet, self->editor_pane);
}

static void
on_search_changed (PaydayContractsPage *self)
{
  gtk_string_filter_set_search (self->filter, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  sync_selection (self);
  update_list_stack (self);
}

static void
on_folded (PaydayContractsPage *self)
{
  gtk_widget_set_visible (self->back_bar, adw_leaflet_get_folded (self->leaflet));
}

/* Common fields ------------------------------------------------------------------- */

static void
mutate_title (PaydayContract *c,
              gpointer        data)
{
  g_free (c->title);
  c->title = g_strdup (data);
}

static void
on_title_apply (PaydayContractsPage *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_row))));
  const PaydayContract *c = payday_contracts_page_selected_contract (self);

  if (c == NULL || g_strcmp0 (c->title, text) == 0)
    return;
  payday_editor_change_contract (self->document, c->id, _("Rename Contract"), mutate_title, text, NULL);
}

static void
mutate_client (PaydayContract *c,
               gpointer        data)
{
  g_free (c->client);
  c->client = g_strdup (data);
}

static void
on_client_selected (PaydayContractsPage *self)
{
  PaydayPlan *plan;
  const PaydayContract *c = payday_contracts_page_selected_contract (self);
  guint i = adw_combo_row_get_selected (self->client_row);
  const char *id;

  if (self->updating || c == NULL)
    return;
  plan = payday_document_get_plan (self->document);
  if (i >= plan->clients->len)
    return;
  id = g_array_index (plan->clients, PaydayClient, i).id;
  if (g_strcmp0 (id, c->client) != 0)
    payday_editor_change_contract (self->document, c->id, _("Change Client"), mutate_client,
                                   (gpointer) id, NULL);
}

typedef struct
{
  PaydayDate start;
  PaydayDate end;
} Period;

static void
mutate_period (PaydayContract *c,
               gpointer        data)
{
  const Period *p = data;

  c->start = p->start;
  c->end = p->end;
}

static void
on_period_changed (PaydayContractsPage *self)
{
  const PaydayContract *c = payday_contracts_page_selected_contract (self);
  g_autoptr(GError) error = NULL;
  Period p;

  if (self->updating || c == NULL)
    return;

  p.start = payday_date_entry_get_date (self->start_entry);
  p.end = payday_date_entry_get_date (self->end_entry);
  if (p.start == c->start && p.end == c->end)
    return;

  /* An end before the start, or logged weeks outside the new dates, are refused: the
   * field that changed is marked and the plan keeps its dates. */
  if (!payday_editor_change_contract (self->document, c->id, _("Change Dates"), mutate_period,
                                      &p, &error))
    {
      payday_date_entry_set_error (p.start != c->start ? self->start_entry : self->end_entry,
                                   error->message);
      payday_contracts_page_toast (self, error->message);
    }
}

/* The list's cells, sort keys and search text, from the contract objects' raw values
 * (closures in the .ui; @this is the list item or the contract, unused). --------------- */

static char *
search_text (gpointer    this,
             const char *title,
             const char *client_name,
             const char *id,
             const char *upwork_id)
{
  return g_strdup_printf ("%s %s %s %s", title, client_name, id, upwork_id != NULL ? upwork_id : "");
}

static char *
contract_type_text (gpointer           this,
                    PaydayContractType type)
{
  return g_strdup (type == PAYDAY_CONTRACT_HOURLY ? _("Hourly") : _("Fixed"));
}

static char *
amount_text (gpointer           this,
             PaydayContractType type,
             gint64             amount)
{
  g_autofree char *money = payday_ui_format_money (amount);

  return type == PAYDAY_CONTRACT_HOURLY ? g_strdup_printf (_("%s/h"), money)
                                        : g_steal_pointer (&money);
}

static char *
week_hours_text (gpointer           this,
                 PaydayContractType type,
                 gint64             hundredths)
{
  if (type != PAYDAY_CONTRACT_HOURLY)
    return g_strdup ("—");
  return g_strdup_printf ("%" G_GINT64_FORMAT ".%02d h", hundredths / 100, (int) (hundredths % 100));
}

static char *
next_date_text (gpointer   this,
                PaydayDate next_date,
                PaydayDate today)
{
  return payday_ui_format_date (next_date, today);
}

static char *
next_net_text (gpointer   this,
               PaydayDate next_date,
               gint64     next_net)
{
  return payday_date_is_set (next_date) ? payday_ui_format_money (next_net) : g_strdup ("");
}

/* Contracts with no payment ahead sort after the others. */
static gint64
next_date_sort_key (gpointer   this,
                    PaydayDate next_date)
{
  return payday_date_is_set (next_date) ? next_date : G_MAXINT64;
}

/* The client combo's rows: the name, or the id of a client without one. */
static char *
client_title (gpointer    this,
              const char *name,
              const char *id)
{
  return g_strdup (name != NULL && name[0] != '\0' ? name : id);
}

static char *
state_text (gpointer            this,
            PaydayContractState state)
{
  return g_strdup (payday_contract_state_get_title (state));
}

/* GObject ------------------------------------------------------------------------- */

static void
payday_contracts_page_dispose (GObject *object)
{
  PaydayContractsPage *self = (PaydayContractsPage *)object;

  payday_contracts_page_set_document (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), PAYDAY_TYPE_CONTRACTS_PAGE);
  g_clear_pointer (&self->selected_id, g_free);

  G_OBJECT_CLASS (payday_contracts_page_parent_class)->dispose (object);
}

static void
payday_contracts_page_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  PaydayContractsPage *self = PAYDAY_CONTRACTS_PAGE (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
payday_contracts_page_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  PaydayContractsPage *self = PAYDAY_CONTRACTS_PAGE (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      payday_contracts_page_set_document (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
payday_contracts_page_class_init (PaydayContractsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = payday_contracts_page_dispose;
  object_class->get_property = payday_contracts_page_get_property;
  object_class->set_property = payday_contracts_page_set_property;

  properties [PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL,
                         PAYDAY_TYPE_DOCUMENT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (PAYDAY_TYPE_CONTRACT_OBJECT);
  g_type_ensure (PAYDAY_TYPE_CLIENT_OBJECT);
  g_type_ensure (PAYDAY_TYPE_DATE_ENTRY);
  g_type_ensure (PAYDAY_TYPE_HOURLY_EDITOR);
  g_type_ensure (PAYDAY_TYPE_FIXED_EDITOR);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/payday/Payday/ui/payday-contracts-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PaydayContractsPage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, PaydayContractsPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, PaydayContractsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, PaydayContractsPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, PaydayContractsPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, PaydayContractsPage, column_upwork);
  gtk_widget_class_bind_template_child (widget_class, PaydayContractsPage, editor_pane);
  gtk_widget_class_bind_template_child (widget_class, PaydayContractsPage, back_bar);
  gtk_widget_class_bind_template_child (widget_class, PaydayContractsPage, editor_title);
  gtk_widget_class_bind_template_child (widget_class, PaydayContractsPage, editor_stack);
  gtk_widget_class_bind_template_child (widget_class, PaydayContractsPage, title_row);
  gtk_widget_class_bind_template_child (widget_class, PaydayContractsPage, client_row);
  gtk_widget_class_bind_template_child (widget_class, PaydayContractsPage, start_entry);
  gtk_widget_class_bind_template_child (widget_class, PaydayContractsPage, end_entry);
  gtk_widget_class_bind_template_child (widget_class, PaydayContractsPage, hourly_editor);
  gtk_widget_class_bind_template_child (widget_class, PaydayContractsPage, fixed_editor);
  gtk_widget_class_bind_template_child (widget_class, PaydayContractsPage, selection);
  gtk_widget_class_bind_template_child (widget_class, PaydayContractsPage, sorted);
  gtk_widget_class_bind_template_child (widget_class, PaydayContractsPage, filtered);
  gtk_widget_class_bind_template_child (widget_class, PaydayContractsPage, filter);
  gtk_widget_class_bind_template_callback (widget_class, on_selection_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_pending);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_folded);
  gtk_widget_class_bind_template_callback (widget_class, on_title_apply);
  gtk_widget_class_bind_template_callback (widget_class, on_client_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_period_changed);
  gtk_widget_class_bind_template_callback (widget_class, search_text);
  gtk_widget_class_bind_template_callback (widget_class, contract_type_text);
  gtk_widget_class_bind_template_callback (widget_class, amount_text);
  gtk_widget_class_bind_template_callback (widget_class, week_hours_text);
  gtk_widget_class_bind_template_callback (widget_class, next_date_text);
  gtk_widget_class_bind_template_callback (widget_class, next_net_text);
  gtk_widget_class_bind_template_callback (widget_class, next_date_sort_key);
  gtk_widget_class_bind_template_callback (widget_class, state_text);
  gtk_widget_class_bind_template_callback (widget_class, client_title);

  payday_contracts_page_install_actions (widget_class);
}

static void
payday_contracts_page_init (PaydayContractsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* The column the user sorts by. */
  gtk_sort_list_model_set_sorter (self->sorted, gtk_column_view_get_sorter (self->column_view));

  on_folded (self);
  update_list_stack (self);
  update_editor (self);
  update_actions (self);
}

PaydayDocument *
payday_contracts_page_get_document (PaydayContractsPage *self)
{
  g_return_val_if_fail (PAYDAY_IS_CONTRACTS_PAGE (self), NULL);

  return self->document;
}

void
payday_contracts_page_set_document (PaydayContractsPage *self,
                                    PaydayDocument      *document)
{
  g_return_if_fail (PAYDAY_IS_CONTRACTS_PAGE (self));
  g_return_if_fail (!document || PAYDAY_IS_DOCUMENT (document));

  if (self->document == document)
    return;

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_func (self->document,
                                          G_CALLBACK (payday_contracts_page_update),
                                          self);

  g_set_object (&self->document, document);
  g_clear_pointer (&self->selected_id, g_free);
  if (self->filtered != NULL)
    {
      self->updating = TRUE;
      gtk_filter_list_model_set_model (self->filtered,
                                       document ? payday_document_get_contracts (document) : NULL);
      adw_combo_row_set_model (self->client_row,
                               document ? payday_document_get_clients (document) : NULL);
      self->updating = FALSE;
    }

  if (document != NULL)
    {
      g_signal_connect_object (document, "changed",
                               G_CALLBACK (payday_contracts_page_update),
                               self, G_CONNECT_SWAPPED);
      payday_contracts_page_update (self);
    }
  else if (self->filtered != NULL)
    {
      update_list_stack (self);
      update_editor (self);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DOCUMENT]);
}

/**
 * payday_contracts_page_get_selected:
 *
 * Returns: (nullable): the id of the contract the editor shows
 */
const char *
payday_contracts_page_get_selected (PaydayContractsPage *self)
{
  g_return_val_if_fail (PAYDAY_IS_CONTRACTS_PAGE (self), NULL);

  return self->selected_id;
}

/**
 * payday_contracts_page_select:
 * @id: (nullable): a contract id, %NULL for none
 *
 * Returns: whether the contract exists and is now selected
 */
gboolean
payday_contracts_page_select (PaydayContractsPage *self,
                              const char          *id)
{
  PaydayPlan *plan;

  g_return_val_if_fail (PAYDAY_IS_CONTRACTS_PAGE (self), FALSE);

  plan = self->document ? payday_document_get_plan (self->document) : NULL;
  if (id != NULL && (plan == NULL || payday_plan_find_contract_index (plan, id) < 0))
    return FALSE;

  set_selected_id (self, id);
  sync_selection (self);
  if (id != NULL)
    adw_leaflet_set_visible_child (self->leaflet, self->editor_pane);
  return TRUE;
}

/**
 * payday_contracts_page_get_editor:
 *
 * Returns: (transfer none): the hourly or the fixed-price editor
 */
GtkWidget *
payday_contracts_page_get_editor (PaydayContractsPage *self,
                                  PaydayContractType   type)
{
  g_return_val_if_fail (PAYDAY_IS_CONTRACTS_PAGE (self), NULL);

  return type == PAYDAY_CONTRACT_HOURLY ? GTK_WIDGET (self->hourly_editor)
                                        : GTK_WIDGET (self->fixed_editor);
}

/**
 * payday_contracts_page_get_n_shown:
 *
 * Returns: how many contracts the list shows (after the search filter)
 */
guint
payday_contracts_page_get_n_shown (PaydayContractsPage *self)
{
  g_return_val_if_fail (PAYDAY_IS_CONTRACTS_PAGE (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->selection));
}

void
payday_contracts_page_set_search (PaydayContractsPage *self,
                                  const char          *text)
{
  g_return_if_fail (PAYDAY_IS_CONTRACTS_PAGE (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
  /* "search-changed" is delayed while typing; apply at once. */
  on_search_changed (self);
}
