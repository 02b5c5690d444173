/* payday-ledger-entry-row.c — one row of the Connects ledger in the Connects page's list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "payday-ledger-entry-row.h"
#include "payday-ui-util.h"

/* The children's texts are bound to the entry's properties in the template. The row's own
 * title, subtitle and style classes follow the entry's notifications here: GTK 4.8 has no
 * binding for style classes, and expression bindings whose target is the template object
 * itself fail when it is disposed. Activating the row of a transaction runs the page's
 * "connects.edit-transaction" with its id. */
struct _PaydayLedgerEntryRow
{
  AdwActionRow       parent_instance;

  PaydayLedgerEntry *entry;

  GtkLabel          *amount;
  GtkLabel          *balance;
};

G_DEFINE_FINAL_TYPE (PaydayLedgerEntryRow, payday_ledger_entry_row, ADW_TYPE_ACTION_ROW)

enum {
  PROP_0,
  PROP_ENTRY,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* The kind, and what the row is about (the proposal's title, the transaction's note). */
static char *
title_text (PaydayLedgerKind  kind,
            const char       *what)
{
  g_autofree char *title = what != NULL ? g_strdup_printf ("%s · %s", payday_ledger_kind_title (kind), what)
                                        : g_strdup (payday_ledger_kind_title (kind));

  return g_markup_escape_text (title, -1);
}

static char *
subtitle_text (PaydayLedgerEntry *entry)
{
  PaydayDate date = payday_ledger_entry_get_date (entry);
  PaydayDate today = payday_ledger_entry_get_today (entry);
  PaydayDate lot_expires = payday_ledger_entry_get_lot_expires (entry);
  PaydayLedgerKind kind = payday_ledger_entry_get_kind (entry);
  const char *ref = payday_ledger_entry_get_ref (entry);
  g_autofree char *day = payday_ui_format_date (date, today);
  g_autoptr(GString) subtitle = g_string_new (day);

  if (kind == PAYDAY_LEDGER_REFILL && ref != NULL)
    g_string_append_printf (subtitle, " · %s", g_str_equal (ref, "plus") ? _("Freelancer Plus") : _("Basic"));
  else if (ref != NULL && kind != PAYDAY_LEDGER_EXPIRE)
    g_string_append_printf (subtitle, " · %s", ref);
  else if (ref != NULL)
    g_string_append_printf (subtitle, " · %s %s", _("lot of"), ref);

  if (payday_date_is_set (lot_expires))
    {
      /* Relative to the row's own date, so a lot bought in December shows the next
       * year's expiry with its year. */
      g_autofree char *expires = payday_ui_format_date (lot_expires, date);

      g_string_append_printf (subtitle, " · %s %s",
                              lot_expires <= today ? _("expired") : _("expires"), expires);
    }

  return g_markup_escape_text (subtitle->str, -1);
}

static char *
amount_text (gpointer unused,
             gint64   amount)
{
  return g_strdup_printf ("%+" G_GINT64_FORMAT, amount);
}

static char *
balance_text (gpointer unused,
              gint64   balance)
{
  g_autofree char *number = payday_ui_format_count (balance);

  /* Translators: the Connects balance after a ledger event, e.g. "balance 42" */
  return g_strdup_printf (_("balance %s"), number);
}

static void
activated_cb (PaydayLedgerEntryRow *self)
{
  const char *id = self->entry != NULL ? payday_ledger_entry_get_transaction_id (self->entry) : NULL;

  if (id != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "connects.edit-transaction", "s", id);
}

static void
set_class (GtkWidget  *widget,
           const char *name,
           gboolean    on)
{
  if (on)
    gtk_widget_add_css_class (widget, name);
  else
    gtk_widget_remove_css_class (widget, name);
}

static void
update_row (PaydayLedgerEntryRow *self)
{
  const char *transaction_id = payday_ledger_entry_get_transaction_id (self->entry);
  gint64 amount = payday_ledger_entry_get_amount (self->entry);
  g_autofree char *title = title_text (payday_ledger_entry_get_kind (self->entry),
                                       payday_ledger_entry_get_what (self->entry));
  g_autofree char *subtitle = subtitle_text (self->entry);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle);
  /* Only purchases, grants and adjustments are edited here; the rest follows from them. */
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self), transaction_id != NULL);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self),
                               transaction_id != NULL ? _("Edit this transaction") : NULL);

  set_class (GTK_WIDGET (self->amount), "connects-out", amount < 0);
  set_class (GTK_WIDGET (self->amount), "connects-in", amount >= 0);
  set_class (GTK_WIDGET (self->balance), "error", payday_ledger_entry_get_balance (self->entry) < 0);
  /* Lots that run out soon: the ones to spend first. */
  set_class (GTK_WIDGET (self), "expiring-row", payday_ledger_entry_get_expiring (self->entry));
}

static void
payday_ledger_entry_row_dispose (GObject *object)
{
  PaydayLedgerEntryRow *self = (PaydayLedgerEntryRow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), PAYDAY_TYPE_LEDGER_ENTRY_ROW);
  g_clear_object (&self->entry);

  G_OBJECT_CLASS (payday_ledger_entry_row_parent_class)->dispose (object);
}

static void
payday_ledger_entry_row_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  PaydayLedgerEntryRow *self = PAYDAY_LEDGER_ENTRY_ROW (object);

  switch (prop_id)
    {
    case PROP_ENTRY:
      g_value_set_object (value, self->entry);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
payday_ledger_entry_row_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  PaydayLedgerEntryRow *self = PAYDAY_LEDGER_ENTRY_ROW (object);

  switch (prop_id)
    {
    case PROP_ENTRY:
      /* Construct-only: a row shows one entry for its life. */
      self->entry = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
payday_ledger_entry_row_constructed (GObject *object)
{
  PaydayLedgerEntryRow *self = (PaydayLedgerEntryRow *)object;

  G_OBJECT_CLASS (payday_ledger_entry_row_parent_class)->constructed (object);

  /* The template's bindings were made before the entry was set. */
  g_object_notify_by_pspec (object, properties [PROP_ENTRY]);

  /* Its key (date, kind, ref) never changes; the rest may. */
  g_signal_connect_object (self->entry, "notify", G_CALLBACK (update_row), self, G_CONNECT_SWAPPED);
  update_row (self);
}

static void
payday_ledger_entry_row_class_init (PaydayLedgerEntryRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = payday_ledger_entry_row_dispose;
  object_class->constructed = payday_ledger_entry_row_constructed;
  object_class->get_property = payday_ledger_entry_row_get_property;
  object_class->set_property = payday_ledger_entry_row_set_property;

  properties [PROP_ENTRY] =
    g_param_spec_object ("entry", NULL, NULL,
                         PAYDAY_TYPE_LEDGER_ENTRY,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/payday/Payday/ui/payday-ledger-entry-row.ui");
  gtk_widget_class_bind_template_child (widget_class, PaydayLedgerEntryRow, amount);
  gtk_widget_class_bind_template_child (widget_class, PaydayLedgerEntryRow, balance);
  gtk_widget_class_bind_template_callback (widget_class, amount_text);
  gtk_widget_class_bind_template_callback (widget_class, balance_text);
  gtk_widget_class_bind_template_callback (widget_class, activated_cb);
}

static void
payday_ledger_entry_row_init (PaydayLedgerEntryRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
payday_ledger_entry_row_new (PaydayLedgerEntry *entry)
{
  g_return_val_if_fail (PAYDAY_IS_LEDGER_ENTRY (entry), NULL);

  return g_object_new (PAYDAY_TYPE_LEDGER_ENTRY_ROW, "entry", entry, NULL);
}

PaydayLedgerEntry *
payday_ledger_entry_row_get_entry (PaydayLedgerEntryRow *self)
{
  g_return_val_if_fail (PAYDAY_IS_LEDGER_ENTRY_ROW (self), NULL);

  return self->entry;
}
