/* payday-payment-row.c — one upcoming payment on the Overview: its day, contract, net, status
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "payday-payment-row.h"
#include "payday-ui-util.h"

struct _PaydayPaymentRow
{
  AdwActionRow       parent_instance;

  PaydayPaymentItem *item;
  PaydayRate        *local_rate;

  GtkLabel          *pill;
};

G_DEFINE_FINAL_TYPE (PaydayPaymentRow, payday_payment_row, ADW_TYPE_ACTION_ROW)

enum {
  PROP_0,
  PROP_ITEM,
  PROP_LOCAL_RATE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static char *
payment_leaf_month (PaydayPaymentRow *self,
                    int               date)
{
  static const char *months[] = {
    N_("Jan"), N_("Feb"), N_("Mar"), N_("Apr"), N_("May"), N_("Jun"),
    N_("Jul"), N_("Aug"), N_("Sep"), N_("Oct"), N_("Nov"), N_("Dec"),
  };
  int y, m, d;

  if (!payday_date_is_set (date))
    return g_strdup ("");
  payday_date_get_ymd (date, &y, &m, &d);
  return g_strdup (_(months[m - 1]));
}

static char *
payment_leaf_day (PaydayPaymentRow *self,
                  int               date)
{
  int y, m, d;

  if (!payday_date_is_set (date))
    return g_strdup ("");
  payday_date_get_ymd (date, &y, &m, &d);
  return g_strdup_printf ("%d", d);
}

static char *
payment_status_title (PaydayPaymentRow *self,
                      int               status)
{
  return g_strdup (payday_status_get_title (status));
}

static char *
payment_description (PaydayPaymentItem *item)
{
  PaydayDate today = payday_payment_item_get_today (item);
  g_autofree char *start = NULL;

  switch (payday_payment_item_get_kind (item))
    {
    case PAYDAY_ITEM_HOURLY_WEEK:
      start = payday_ui_format_date (payday_payment_item_get_period_start (item), today);
      return payday_payment_item_get_projected (item) ? g_strdup_printf (_("Planned week of %s"), start)
                                                      : g_strdup_printf (_("Week of %s"), start);

    case PAYDAY_ITEM_MILESTONE:
      if (payday_payment_item_get_title (item) != NULL)
        return g_strdup_printf (_("Milestone: %s"), payday_payment_item_get_title (item));
      return g_strdup (_("Milestone"));

    case PAYDAY_ITEM_BONUS:
      return g_strdup (_("Bonus"));

    default:
      g_return_val_if_reached (g_strdup (""));
    }
}

/* What the template cannot bind: the row's own title and subtitle (GTK 4.8 keeps a
 * binding on the template object until after the row's parts are gone, and would set them
 * on a disposed row), and the pill's status class, which a binding would replace with the
 * label's other classes. */
static void
payday_payment_row_sync (PaydayPaymentRow *self)
{
  static const char *css[] = { "in-progress", "in-review", "pending", "available" };
  g_autofree char *day = NULL;
  g_autofree char *description = NULL;
  g_autofree char *subtitle = NULL;
  PaydayStatus status;

  if (self->item == NULL)
    return;

  day = payday_ui_format_date (payday_payment_item_get_available_on (self->item),
                               payday_payment_item_get_today (self->item));
  description = payment_description (self->item);
  subtitle = g_strdup_printf ("%s · %s", day, description);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), payday_payment_item_get_contract_title (self->item));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle);

  status = payday_payment_item_get_status (self->item);
  for (guint i = 0; i < G_N_ELEMENTS (css); i++)
    if (i != status)
      gtk_widget_remove_css_class (GTK_WIDGET (self->pill), css[i]);
  if (status < G_N_ELEMENTS (css))
    gtk_widget_add_css_class (GTK_WIDGET (self->pill), css[status]);
}

static void
payday_payment_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), PAYDAY_TYPE_PAYMENT_ROW);

  G_OBJECT_CLASS (payday_payment_row_parent_class)->dispose (object);
}

/* The item outlives the bindings of the template, which GTK 4.8 removes while the
 * widgets are disposed: released earlier, its last reference would drop under them. */
static void
payday_payment_row_finalize (GObject *object)
{
  PaydayPaymentRow *self = (PaydayPaymentRow *)object;

  g_clear_object (&self->item);
  g_clear_pointer (&self->local_rate, payday_ui_rate_free);

  G_OBJECT_CLASS (payday_payment_row_parent_class)->finalize (object);
}

static void
payday_payment_row_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  PaydayPaymentRow *self = PAYDAY_PAYMENT_ROW (object);

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
payday_payment_row_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  PaydayPaymentRow *self = PAYDAY_PAYMENT_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      /* Construct-only: a row shows one payment for its life. */
      self->item = g_value_dup_object (value);
      if (self->item != NULL)
        g_signal_connect_object (self->item, "notify", G_CALLBACK (payday_payment_row_sync),
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
payday_payment_row_constructed (GObject *object)
{
  G_OBJECT_CLASS (payday_payment_row_parent_class)->constructed (object);

  payday_payment_row_sync (PAYDAY_PAYMENT_ROW (object));
}

static void
payday_payment_row_class_init (PaydayPaymentRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = payday_payment_row_constructed;
  object_class->dispose = payday_payment_row_dispose;
  object_class->finalize = payday_payment_row_finalize;
  object_class->get_property = payday_payment_row_get_property;
  object_class->set_property = payday_payment_row_set_property;

  properties [PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL,
                         PAYDAY_TYPE_PAYMENT_ITEM,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * PaydayPaymentRow:local-rate:
   *
   * The USD→local rate whose amount is shown under the dollars, or %NULL.
   */
  properties [PROP_LOCAL_RATE] =
    g_param_spec_boxed ("local-rate", NULL, NULL,
                        PAYDAY_TYPE_UI_RATE,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (PAYDAY_TYPE_PAYMENT_ITEM);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/payday/Payday/ui/payday-payment-row.ui");
  gtk_widget_class_bind_template_child (widget_class, PaydayPaymentRow, pill);
  gtk_widget_class_bind_template_callback (widget_class, payment_leaf_month);
  gtk_widget_class_bind_template_callback (widget_class, payment_leaf_day);
  gtk_widget_class_bind_template_callback_full (widget_class, "payment_money", G_CALLBACK (payday_ui_expr_money));
  gtk_widget_class_bind_template_callback_full (widget_class, "payment_has_rate", G_CALLBACK (payday_ui_expr_is_set));
  gtk_widget_class_bind_template_callback_full (widget_class, "payment_local_money",
                                                G_CALLBACK (payday_ui_expr_local_money));
  gtk_widget_class_bind_template_callback (widget_class, payment_status_title);
}

static void
payday_payment_row_init (PaydayPaymentRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * payday_payment_row_new:
 * @pill_group: the size group that lines the status pills up in a column
 */
GtkWidget *
payday_payment_row_new (PaydayPaymentItem *item,
                        GtkSizeGroup      *pill_group)
{
  PaydayPaymentRow *self;

  g_return_val_if_fail (PAYDAY_IS_PAYMENT_ITEM (item), NULL);
  g_return_val_if_fail (GTK_IS_SIZE_GROUP (pill_group), NULL);

  self = g_object_new (PAYDAY_TYPE_PAYMENT_ROW, "item", item, NULL);
  gtk_size_group_add_widget (pill_group, GTK_WIDGET (self->pill));

  return GTK_WIDGET (self);
}

PaydayPaymentItem *
payday_payment_row_get_item (PaydayPaymentRow *self)
{
  g_return_val_if_fail (PAYDAY_IS_PAYMENT_ROW (self), NULL);

  return self->item;
}
