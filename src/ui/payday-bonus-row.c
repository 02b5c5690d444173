/* payday-bonus-row.c — one bonus of the fixed-price editor
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "payday-bonus-row.h"
#include "payday-date-entry.h"
#include "payday-editor-util.h"
#include "payday-money-entry.h"
#include "payday-ui-util.h"

/* The row shows a PaydayBonusObject through bindings in its .ui; what the user changes
 * becomes a command on the bonus, addressed by the contract's id and the bonus'. */
struct _PaydayBonusRow
{
  AdwActionRow       parent_instance;

  PaydayDocument    *document;
  char              *contract_id;
  PaydayBonusObject *bonus;

  PaydayDateEntry   *date;
  PaydayMoneyEntry  *amount;
};

G_DEFINE_FINAL_TYPE (PaydayBonusRow, payday_bonus_row, ADW_TYPE_ACTION_ROW)

enum {
  PROP_0,
  PROP_BONUS,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* Sets the bonus' date (@is_date) or amount to @value as one command; a refusal marks
 * @source. */
static void
change_bonus (PaydayBonusRow *self,
              gpointer        source,
              gboolean        is_date,
              gint64          value)
{
  g_autoptr(PaydayCommand) command = NULL;
  const PaydayContract *c;
  const char *id;
  PaydayBonus b;
  guint i;
  GError *error = NULL;

  if (self->document == NULL ||
      !(c = payday_document_find_contract (self->document, self->contract_id)))
    return;

  id = payday_bonus_object_get_id (self->bonus);
  for (i = 0; i < c->bonuses->len; i++)
    if (g_strcmp0 (g_array_index (c->bonuses, PaydayBonus, i).id, id) == 0)
      break;
  if (i == c->bonuses->len)
    return;

  b = g_array_index (c->bonuses, PaydayBonus, i);
  if (is_date ? b.date == value : b.amount_cents == value)
    return;
  if (is_date)
    b.date = value;
  else
    b.amount_cents = value;

  command = payday_command_new (is_date ? _("Change Bonus Date") : _("Change Bonus Amount"));
  payday_command_replace_bonus (command, self->contract_id, &b);
  if (!payday_document_run (self->document, command, &error))
    payday_editor_show_refusal (GTK_WIDGET (self), source, error);
}

static void
on_date_changed (PaydayBonusRow *self)
{
  change_bonus (self, self->date, TRUE, payday_date_entry_get_date (self->date));
}

static void
on_amount_changed (PaydayBonusRow *self)
{
  change_bonus (self, self->amount, FALSE, payday_money_entry_get_value (self->amount));
}

static void
action_delete (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  PaydayBonusRow *self = PAYDAY_BONUS_ROW (widget);
  g_autoptr(PaydayCommand) command = payday_command_new (_("Delete Bonus"));
  GError *error = NULL;

  if (self->document == NULL)
    return;

  payday_command_remove_bonus (command, self->contract_id, payday_bonus_object_get_id (self->bonus));
  if (!payday_document_run (self->document, command, &error))
    payday_editor_show_refusal (GTK_WIDGET (self), NULL, error);
}

/* The row's own subtitle follows the bonus from here: GTK 4.8 cannot take apart a .ui
 * binding whose target is the template object itself. */
static void
update_subtitle (PaydayBonusRow *self)
{
  g_autofree char *subtitle = NULL;
  PaydayDate available_on, today;
  gboolean pays;
  gint64 net;

  g_object_get (self->bonus, "pays", &pays, "net", &net, "available-on", &available_on,
                "today", &today, NULL);
  if (pays)
    {
      g_autofree char *net_text = payday_ui_format_money (net);
      g_autofree char *available = payday_ui_format_date (available_on, today);

      subtitle = g_strdup_printf (_("%s net · available %s"), net_text, available);
    }
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle ? subtitle : "");
}

static void
payday_bonus_row_dispose (GObject *object)
{
  PaydayBonusRow *self = (PaydayBonusRow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), PAYDAY_TYPE_BONUS_ROW);
  g_clear_object (&self->document);
  g_clear_pointer (&self->contract_id, g_free);

  G_OBJECT_CLASS (payday_bonus_row_parent_class)->dispose (object);
}

/* The bonus goes last: the .ui's bindings on the row watch it until the row's weak
 * references are dropped, after dispose. */
static void
payday_bonus_row_finalize (GObject *object)
{
  g_clear_object (&PAYDAY_BONUS_ROW (object)->bonus);

  G_OBJECT_CLASS (payday_bonus_row_parent_class)->finalize (object);
}

static void
payday_bonus_row_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  PaydayBonusRow *self = PAYDAY_BONUS_ROW (object);

  switch (prop_id)
    {
    case PROP_BONUS:
      g_value_set_object (value, self->bonus);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
payday_bonus_row_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  PaydayBonusRow *self = PAYDAY_BONUS_ROW (object);

  switch (prop_id)
    {
    case PROP_BONUS:
      g_return_if_fail (self->bonus == NULL);
      self->bonus = g_value_dup_object (value);
      g_signal_connect_object (self->bonus, "notify", G_CALLBACK (update_subtitle), self,
                               G_CONNECT_SWAPPED);
      update_subtitle (self);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
payday_bonus_row_class_init (PaydayBonusRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = payday_bonus_row_dispose;
  object_class->finalize = payday_bonus_row_finalize;
  object_class->get_property = payday_bonus_row_get_property;
  object_class->set_property = payday_bonus_row_set_property;

  properties [PROP_BONUS] =
    g_param_spec_object ("bonus", NULL, NULL,
                         PAYDAY_TYPE_BONUS_OBJECT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (PAYDAY_TYPE_DATE_ENTRY);
  g_type_ensure (PAYDAY_TYPE_MONEY_ENTRY);
  g_type_ensure (PAYDAY_TYPE_BONUS_OBJECT);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/payday/Payday/ui/payday-bonus-row.ui");
  gtk_widget_class_bind_template_child (widget_class, PaydayBonusRow, date);
  gtk_widget_class_bind_template_child (widget_class, PaydayBonusRow, amount);
  gtk_widget_class_bind_template_callback (widget_class, on_date_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_amount_changed);

  gtk_widget_class_install_action (widget_class, "bonus.delete", NULL, action_delete);
}

static void
payday_bonus_row_init (PaydayBonusRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * payday_bonus_row_new:
 * @contract_id: the contract @bonus belongs to
 *
 * Returns: (transfer floating): a row showing @bonus and editing it in @document
 */
GtkWidget *
payday_bonus_row_new (PaydayDocument    *document,
                      const char        *contract_id,
                      PaydayBonusObject *bonus)
{
  PaydayBonusRow *self = g_object_new (PAYDAY_TYPE_BONUS_ROW, "bonus", bonus, NULL);

  /* After the bindings' first values, so those make no commands. */
  self->document = g_object_ref (document);
  self->contract_id = g_strdup (contract_id);
  return GTK_WIDGET (self);
}
