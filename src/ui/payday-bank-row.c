/* payday-bank-row.c — one withdrawal in a list: what reaches the bank, when, and its fee
 *
 * The row's texts are expressions over its #PaydayPayoutRow in the template, so a row
 * follows its withdrawal when an edit changes it, without being rebuilt.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "payday-bank-row.h"
#include "payday-ui-util.h"

struct _PaydayBankRow
{
  GtkListBoxRow    parent_instance;
  PaydayPayoutRow *payout;
};

G_DEFINE_FINAL_TYPE (PaydayBankRow, payday_bank_row, GTK_TYPE_LIST_BOX_ROW)

enum {
  PROP_0,
  PROP_PAYOUT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/**
 * payday_bank_format_day:
 *
 * Returns: (transfer full): "Wed, Dec 16, 2026": withdrawals run over a year's end, so the
 *   year is always there
 */
char *
payday_bank_format_day (PaydayDate date)
{
  g_autoptr(GDateTime) dt = NULL;
  int y, m, d;

  if (!payday_date_is_set (date))
    return g_strdup ("—");

  payday_date_get_ymd (date, &y, &m, &d);
  dt = g_date_time_new_utc (y, m, d, 0, 0, 0);
  /* Translators: a short date, see g_date_time_format() */
  return g_date_time_format (dt, _("%a, %b %-d, %Y"));
}

/* Closures of the template: the first argument is the expression's "this", unused. */
static char *
title_text (gpointer   unused,
            gint64     received,
            PaydayDate arrives_on)
{
  g_autofree char *money = payday_ui_format_money (received);
  g_autofree char *day = payday_bank_format_day (arrives_on);

  /* Translators: money that reaches the bank account, then the day it does */
  return g_strdup_printf (_("%s in your bank on %s"), money, day);
}

static char *
subtitle_text (gpointer   unused,
               PaydayDate date,
               gint64     amount,
               gint64     fee,
               gboolean   projected,
               gboolean   forced)
{
  g_autofree char *day = payday_bank_format_day (date);
  g_autofree char *amount_text = payday_ui_format_money (amount);
  g_autofree char *fee_text = payday_ui_format_money (fee);

  if (!projected)
    /* Translators: a past withdrawal: its day, the amount, the transfer fee */
    return g_strdup_printf (_("Withdrawn on %s: %s, fee %s"), day, amount_text, fee_text);
  if (forced)
    /* Translators: the day, the amount, the fee; paid below the threshold because some of the
     * money waited 180 days */
    return g_strdup_printf (_("Leaves Upwork on %s: %s, fee %s — held 180 days, paid under the threshold"),
                            day, amount_text, fee_text);
  /* Translators: a projected withdrawal: its day, the amount, the transfer fee */
  return g_strdup_printf (_("Leaves Upwork on %s: %s, fee %s"), day, amount_text, fee_text);
}

static void
payday_bank_row_dispose (GObject *object)
{
  PaydayBankRow *self = PAYDAY_BANK_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PAYDAY_TYPE_BANK_ROW);
  g_clear_object (&self->payout);

  G_OBJECT_CLASS (payday_bank_row_parent_class)->dispose (object);
}

static void
payday_bank_row_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  PaydayBankRow *self = PAYDAY_BANK_ROW (object);

  switch (prop_id)
    {
    case PROP_PAYOUT:
      g_value_set_object (value, payday_bank_row_get_payout (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
payday_bank_row_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  PaydayBankRow *self = PAYDAY_BANK_ROW (object);

  switch (prop_id)
    {
    case PROP_PAYOUT:
      payday_bank_row_set_payout (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
payday_bank_row_class_init (PaydayBankRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = payday_bank_row_dispose;
  object_class->get_property = payday_bank_row_get_property;
  object_class->set_property = payday_bank_row_set_property;

  properties [PROP_PAYOUT] =
    g_param_spec_object ("payout", NULL, NULL,
                         PAYDAY_TYPE_PAYOUT_ROW,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (PAYDAY_TYPE_PAYOUT_ROW);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/payday/Payday/ui/payday-bank-row.ui");
  gtk_widget_class_bind_template_callback (widget_class, title_text);
  gtk_widget_class_bind_template_callback (widget_class, subtitle_text);
}

static void
payday_bank_row_init (PaydayBankRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
payday_bank_row_new (PaydayPayoutRow *payout)
{
  return g_object_new (PAYDAY_TYPE_BANK_ROW, "payout", payout, NULL);
}

/**
 * payday_bank_row_get_payout:
 *
 * Returns: (transfer none) (nullable): the withdrawal the row shows
 */
PaydayPayoutRow *
payday_bank_row_get_payout (PaydayBankRow *self)
{
  g_return_val_if_fail (PAYDAY_IS_BANK_ROW (self), NULL);

  return self->payout;
}

void
payday_bank_row_set_payout (PaydayBankRow   *self,
                            PaydayPayoutRow *payout)
{
  g_return_if_fail (PAYDAY_IS_BANK_ROW (self));
  g_return_if_fail (!payout || PAYDAY_IS_PAYOUT_ROW (payout));

  if (g_set_object (&self->payout, payout))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PAYOUT]);
}
