/* payday-waiting-row.c — one contract on the Overview: the money it still has waiting and
 * its next payment
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "payday-ui-util.h"
#include "payday-waiting-row.h"

/* "Waiting" is money that is not available yet, so the contract lines add up to the
 * In progress + In review + Pending figures above them. */
struct _PaydayWaitingRow
{
  AdwActionRow          parent_instance;

  PaydayContractObject *item;
  PaydayRate           *local_rate;
};

G_DEFINE_FINAL_TYPE (PaydayWaitingRow, payday_waiting_row, ADW_TYPE_ACTION_ROW)

enum {
  PROP_0,
  PROP_ITEM,
  PROP_LOCAL_RATE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static char *
waiting_next_payment (PaydayWaitingRow *self,
                      int               next_date,
                      int               today)
{
  g_autofree char *day = NULL;

  if (!payday_date_is_set (next_date))
    return g_strdup (_("no payment due"));

  day = payday_ui_format_date (next_date, today);
  return g_strdup_printf (_("next payment %s"), day);
}

/* What the template cannot bind: the row's own title, subtitle and icon (GTK 4.8 keeps a
 * binding on the template object until after the row's parts are gone). */
static void
payday_waiting_row_sync (PaydayWaitingRow *self)
{
  PaydayContractObject *item = self->item;
  const char *client = payday_contract_object_get_client_name (item);
  g_autofree char *type = NULL;
  g_autofree char *subtitle = NULL;

  if (client == NULL || client[0] == '\0')
    client = payday_contract_object_get_client_id (item);
  if (client == NULL)
    client = _("No client");

  if (payday_contract_object_get_contract_type (item) == PAYDAY_CONTRACT_HOURLY)
    {
      g_autofree char *rate = payday_ui_format_money (payday_contract_object_get_amount (item));

      /* Translators: an hourly contract and its rate, e.g. "Hourly, $25.00/h" */
      type = g_strdup_printf (_("Hourly, %s/h"), rate);
    }
  else
    {
      type = g_strdup (_("Fixed price"));
    }
  subtitle = g_strdup_printf ("%s · %s", client, type);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), payday_contract_object_get_title (item));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle);
  adw_action_row_set_icon_name (ADW_ACTION_ROW (self),
                                payday_contract_object_get_contract_type (item) == PAYDAY_CONTRACT_HOURLY
                                  ? "preferences-system-time-symbolic"
                                  : "emblem-documents-symbolic");
}

static void
payday_waiting_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), PAYDAY_TYPE_WAITING_ROW);

  G_OBJECT_CLASS (payday_waiting_row_parent_class)->dispose (object);
}

/* The item outlives the bindings of the template, which GTK 4.8 removes while the
 * widgets are disposed: released earlier, its last reference would drop under them. */
static void
payday_waiting_row_finalize (GObject *object)
{
  PaydayWaitingRow *self = (PaydayWaitingRow *)object;

  g_clear_object (&self->item);
  g_clear_pointer (&self->local_rate, payday_ui_rate_free);

  G_OBJECT_CLASS (payday_waiting_row_parent_class)->finalize (object);
}

static void
payday_waiting_row_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  PaydayWaitingRow *self = PAYDAY_WAITING_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      g_value_set_object (value, self->item);
      break;

    case PROP_LOCAL_RATE:
      g_value_set_boxed (value, self->local_rate);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
payday_waiting_row_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  PaydayWaitingRow *self = PAYDAY_WAITING_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      /* Construct-only: a row shows one contract for its life. */
      self->item = g_value_dup_object (value);
      g_signal_connect_object (self->item, "notify", G_CALLBACK (payday_waiting_row_sync),
                               self, G_CONNECT_SWAPPED);
      break;

    case PROP_LOCAL_RATE:
      if (!payday_ui_rate_equal (self->local_rate, g_value_get_boxed (value)))
        {
          g_clear_pointer (&self->local_rate, payday_ui_rate_free);
          if (g_value_get_boxed (value) != NULL)
            self->local_rate = payday_ui_rate_copy (g_value_get_boxed (value));
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
payday_waiting_row_constructed (GObject *object)
{
  G_OBJECT_CLASS (payday_waiting_row_parent_class)->constructed (object);

  payday_waiting_row_sync (PAYDAY_WAITING_ROW (object));
}

static void
payday_waiting_row_class_init (PaydayWaitingRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = payday_waiting_row_constructed;
  object_class->dispose = payday_waiting_row_dispose;
  object_class->finalize = payday_waiting_row_finalize;
  object_class->get_property = payday_waiting_row_get_property;
  object_class->set_property = payday_waiting_row_set_property;

  properties [PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL,
                         PAYDAY_TYPE_CONTRACT_OBJECT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * PaydayWaitingRow:local-rate:
   *
   * The USD→local rate whose amount is shown under the dollars, or %NULL.
   */
  properties [PROP_LOCAL_RATE] =
    g_param_spec_boxed ("local-rate", NULL, NULL,
                        PAYDAY_TYPE_UI_RATE,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (PAYDAY_TYPE_CONTRACT_OBJECT);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/payday/Payday/ui/payday-waiting-row.ui");
  gtk_widget_class_bind_template_callback_full (widget_class, "waiting_money", G_CALLBACK (payday_ui_expr_money));
  gtk_widget_class_bind_template_callback_full (widget_class, "waiting_has_rate", G_CALLBACK (payday_ui_expr_is_set));
  gtk_widget_class_bind_template_callback_full (widget_class, "waiting_local_money",
                                                G_CALLBACK (payday_ui_expr_local_money));
  gtk_widget_class_bind_template_callback (widget_class, waiting_next_payment);
}

static void
payday_waiting_row_init (PaydayWaitingRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
payday_waiting_row_new (PaydayContractObject *item)
{
  g_return_val_if_fail (PAYDAY_IS_CONTRACT_OBJECT (item), NULL);

  return g_object_new (PAYDAY_TYPE_WAITING_ROW, "item", item, NULL);
}
