/* payday-bank-choice-row.c — one method and schedule of the comparison
 *
 * Activating the row (the dialog's list) makes its method and schedule the plan's own.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "payday-bank-choice-row.h"
#include "payday-ui-util.h"

struct _PaydayBankChoiceRow
{
  GtkListBoxRow       parent_instance;
  PaydayPayoutChoice *choice;
};

G_DEFINE_FINAL_TYPE (PaydayBankChoiceRow, payday_bank_choice_row, GTK_TYPE_LIST_BOX_ROW)

enum {
  PROP_0,
  PROP_CHOICE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* A closure of the template: the first argument is the expression's "this", unused. */
static char *
figures_text (gpointer unused,
              guint    count,
              gint64   fees,
              int      median_days)
{
  g_autofree char *fees_text = payday_ui_format_money (fees);
  g_autofree char *withdrawals = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                               "%u withdrawal", "%u withdrawals",
                                                               count),
                                                  count);

  if (median_days < 0)
    /* Translators: "12 withdrawals", then the fees of a year */
    return g_strdup_printf (_("%s, %s in fees a year; nothing reaches the bank"), withdrawals,
                            fees_text);

  /* Translators: "12 withdrawals", the fees of a year, then days */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%s, %s in fees a year; in the bank %d day after the work (median)",
                                       "%s, %s in fees a year; in the bank %d days after the work (median)",
                                       median_days),
                          withdrawals, fees_text, median_days);
}

static void
payday_bank_choice_row_dispose (GObject *object)
{
  PaydayBankChoiceRow *self = PAYDAY_BANK_CHOICE_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PAYDAY_TYPE_BANK_CHOICE_ROW);
  g_clear_object (&self->choice);

  G_OBJECT_CLASS (payday_bank_choice_row_parent_class)->dispose (object);
}

static void
payday_bank_choice_row_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  PaydayBankChoiceRow *self = PAYDAY_BANK_CHOICE_ROW (object);

  switch (prop_id)
    {
    case PROP_CHOICE:
      g_value_set_object (value, payday_bank_choice_row_get_choice (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
payday_bank_choice_row_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  PaydayBankChoiceRow *self = PAYDAY_BANK_CHOICE_ROW (object);

  switch (prop_id)
    {
    case PROP_CHOICE:
      /* Construct-only: a row shows one choice; the comparison makes new rows. */
      self->choice = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
payday_bank_choice_row_class_init (PaydayBankChoiceRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = payday_bank_choice_row_dispose;
  object_class->get_property = payday_bank_choice_row_get_property;
  object_class->set_property = payday_bank_choice_row_set_property;

  properties [PROP_CHOICE] =
    g_param_spec_object ("choice", NULL, NULL,
                         PAYDAY_TYPE_PAYOUT_CHOICE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (PAYDAY_TYPE_PAYOUT_CHOICE);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/payday/Payday/ui/payday-bank-choice-row.ui");
  gtk_widget_class_bind_template_callback (widget_class, figures_text);
}

static void
payday_bank_choice_row_init (PaydayBankChoiceRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
payday_bank_choice_row_new (PaydayPayoutChoice *choice)
{
  return g_object_new (PAYDAY_TYPE_BANK_CHOICE_ROW, "choice", choice, NULL);
}

/**
 * payday_bank_choice_row_get_choice:
 *
 * Returns: (transfer none): the method and schedule the row shows
 */
PaydayPayoutChoice *
payday_bank_choice_row_get_choice (PaydayBankChoiceRow *self)
{
  g_return_val_if_fail (PAYDAY_IS_BANK_CHOICE_ROW (self), NULL);

  return self->choice;
}
