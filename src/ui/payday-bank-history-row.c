/* payday-bank-history-row.c — one past withdrawal, editable: its day and amount
 *
 * The fields are bound to the row's #PaydayPayoutRow in the template; what the user commits
 * goes to the dialog's bank.edit and bank.remove actions, which make undoable edits.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "payday-bank-history-row.h"
#include "payday-bank-row.h"
#include "payday-date-entry.h"
#include "payday-money-entry.h"
#include "payday-ui-util.h"

struct _PaydayBankHistoryRow
{
  GtkListBoxRow     parent_instance;

  PaydayPayoutRow  *payout;

  PaydayDateEntry  *date_entry;
  PaydayMoneyEntry *amount_entry;
};

G_DEFINE_FINAL_TYPE (PaydayBankHistoryRow, payday_bank_history_row, GTK_TYPE_LIST_BOX_ROW)

enum {
  PROP_0,
  PROP_PAYOUT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* What the transfer cost and when it reached the bank; a deficit when the row took more
 * than the money then available. A closure of the template: the first argument is the
 * expression's "this", unused. */
static char *
outcome_text (gpointer   unused,
              gint64     fee,
              PaydayDate arrives_on,
              gint64     balance)
{
  g_autofree char *fee_text = payday_ui_format_money (fee);
  g_autofree char *day = payday_bank_format_day (arrives_on);

  if (balance < 0)
    {
      g_autofree char *owed = payday_ui_format_money (-balance);

      /* Translators: the fee, the day the money reached the bank, the amount short */
      return g_strdup_printf (_("Fee %s, in your bank on %s; %s more withdrawn than available so far"),
                              fee_text, day, owed);
    }

  /* Translators: the fee, then the day the money reached the bank */
  return g_strdup_printf (_("Fee %s, in your bank on %s"), fee_text, day);
}

static void
fields_changed_cb (PaydayBankHistoryRow *self)
{
  int index;

  if (self->payout == NULL || (index = payday_payout_row_get_history_index (self->payout)) < 0)
    return;

  gtk_widget_activate_action (GTK_WIDGET (self), "bank.edit", "(uix)", (guint32) index,
                              (gint32) payday_date_entry_get_date (self->date_entry),
                              (gint64) payday_money_entry_get_value (self->amount_entry));
}

static void
remove_clicked_cb (PaydayBankHistoryRow *self)
{
  int index;

  if (self->payout == NULL || (index = payday_payout_row_get_history_index (self->payout)) < 0)
    return;

  gtk_widget_activate_action (GTK_WIDGET (self), "bank.remove", "u", (guint32) index);
}

static void
payday_bank_history_row_dispose (GObject *object)
{
  PaydayBankHistoryRow *self = PAYDAY_BANK_HISTORY_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PAYDAY_TYPE_BANK_HISTORY_ROW);
  g_clear_object (&self->payout);

  G_OBJECT_CLASS (payday_bank_history_row_parent_class)->dispose (object);
}

static void
payday_bank_history_row_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  PaydayBankHistoryRow *self = PAYDAY_BANK_HISTORY_ROW (object);

  switch (prop_id)
    {
    case PROP_PAYOUT:
      g_value_set_object (value, payday_bank_history_row_get_payout (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
payday_bank_history_row_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  PaydayBankHistoryRow *self = PAYDAY_BANK_HISTORY_ROW (object);

  switch (prop_id)
    {
    case PROP_PAYOUT:
      payday_bank_history_row_set_payout (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
payday_bank_history_row_class_init (PaydayBankHistoryRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = payday_bank_history_row_dispose;
  object_class->get_property = payday_bank_history_row_get_property;
  object_class->set_property = payday_bank_history_row_set_property;

  properties [PROP_PAYOUT] =
    g_param_spec_object ("payout", NULL, NULL,
                         PAYDAY_TYPE_PAYOUT_ROW,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (PAYDAY_TYPE_PAYOUT_ROW);
  g_type_ensure (PAYDAY_TYPE_DATE_ENTRY);
  g_type_ensure (PAYDAY_TYPE_MONEY_ENTRY);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/payday/Payday/ui/payday-bank-history-row.ui");
  gtk_widget_class_bind_template_child (widget_class, PaydayBankHistoryRow, date_entry);
  gtk_widget_class_bind_template_child (widget_class, PaydayBankHistoryRow, amount_entry);
  gtk_widget_class_bind_template_callback (widget_class, outcome_text);
  gtk_widget_class_bind_template_callback (widget_class, fields_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, remove_clicked_cb);
}

static void
payday_bank_history_row_init (PaydayBankHistoryRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
payday_bank_history_row_new (PaydayPayoutRow *payout)
{
  return g_object_new (PAYDAY_TYPE_BANK_HISTORY_ROW, "payout", payout, NULL);
}

/**
 * payday_bank_history_row_get_payout:
 *
 * Returns: (transfer none) (nullable): the past withdrawal the row edits
 */
PaydayPayoutRow *
payday_bank_history_row_get_payout (PaydayBankHistoryRow *self)
{
  g_return_val_if_fail (PAYDAY_IS_BANK_HISTORY_ROW (self), NULL);

  return self->payout;
}

void
payday_bank_history_row_set_payout (PaydayBankHistoryRow *self,
                                    PaydayPayoutRow      *payout)
{
  g_return_if_fail (PAYDAY_IS_BANK_HISTORY_ROW (self));
  g_return_if_fail (!payout || PAYDAY_IS_PAYOUT_ROW (payout));

  if (g_set_object (&self->payout, payout))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PAYOUT]);
}
