/* payday-hold-row.c — one account hold in the profile dialog: its first and last day
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "payday-profile-dialog-private.h"
#include "payday-hold-row.h"

struct _PaydayHoldRow
{
  GtkListBoxRow  parent_instance;

  PaydayHoldItem *item;

  GtkEntry      *start_entry;
  GtkEntry      *end_entry;
  GtkButton     *remove_button;
};

G_DEFINE_FINAL_TYPE (PaydayHoldRow, payday_hold_row, GTK_TYPE_LIST_BOX_ROW)

enum {
  PROP_0,
  PROP_ITEM,
  N_PROPS
};

enum {
  EDITED,
  N_SIGNALS
};

static GParamSpec *properties [N_PROPS];
static guint signals [N_SIGNALS];

/* Any field changed: the dialog parses the row and applies it once the user pauses. */
static void
payday_hold_row_changed (PaydayHoldRow *self)
{
  g_signal_emit (self, signals [EDITED], 0);
}

static void
payday_hold_row_constructed (GObject *object)
{
  PaydayHoldRow *self = (PaydayHoldRow *)object;

  G_OBJECT_CLASS (payday_hold_row_parent_class)->constructed (object);

  payday_profile_dialog_set_date_text (GTK_WIDGET (self->start_entry), payday_hold_item_get_start (self->item));
  payday_profile_dialog_set_date_text (GTK_WIDGET (self->end_entry), payday_hold_item_get_end (self->item));
  /* Removing goes by position in the profile, as the item knows it. */
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->remove_button), "u",
                                    payday_hold_item_get_index (self->item));
}

static void
payday_hold_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), PAYDAY_TYPE_HOLD_ROW);

  G_OBJECT_CLASS (payday_hold_row_parent_class)->dispose (object);
}

static void
payday_hold_row_finalize (GObject *object)
{
  PaydayHoldRow *self = (PaydayHoldRow *)object;

  g_clear_object (&self->item);

  G_OBJECT_CLASS (payday_hold_row_parent_class)->finalize (object);
}

static void
payday_hold_row_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  PaydayHoldRow *self = PAYDAY_HOLD_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      g_value_set_object (value, self->item);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
payday_hold_row_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  PaydayHoldRow *self = PAYDAY_HOLD_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      self->item = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
payday_hold_row_class_init (PaydayHoldRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = payday_hold_row_constructed;
  object_class->dispose = payday_hold_row_dispose;
  object_class->finalize = payday_hold_row_finalize;
  object_class->get_property = payday_hold_row_get_property;
  object_class->set_property = payday_hold_row_set_property;

  properties [PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL,
                         PAYDAY_TYPE_HOLD_ITEM,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PaydayHoldRow::edited:
   *
   * A field of the row changed (by the user: the row sets its fields only when made).
   */
  signals [EDITED] =
    g_signal_new ("edited",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/payday/Payday/ui/payday-hold-row.ui");
  gtk_widget_class_bind_template_child (widget_class, PaydayHoldRow, start_entry);
  gtk_widget_class_bind_template_child (widget_class, PaydayHoldRow, end_entry);
  gtk_widget_class_bind_template_child (widget_class, PaydayHoldRow, remove_button);
  gtk_widget_class_bind_template_callback (widget_class, payday_hold_row_changed);
}

static void
payday_hold_row_init (PaydayHoldRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
payday_hold_row_new (PaydayHoldItem *item)
{
  g_return_val_if_fail (PAYDAY_IS_HOLD_ITEM (item), NULL);

  return g_object_new (PAYDAY_TYPE_HOLD_ROW, "item", item, NULL);
}

/**
 * payday_hold_row_get_index:
 *
 * Returns: the position in the profile of what the row shows
 */
guint
payday_hold_row_get_index (PaydayHoldRow *self)
{
  g_return_val_if_fail (PAYDAY_IS_HOLD_ROW (self), 0);

  return payday_hold_item_get_index (self->item);
}

/**
 * payday_hold_row_parse:
 *
 * Returns: whether the row's dates make a hold; marks the fields that do not (an end
 *   before the start marks the end)
 */
gboolean
payday_hold_row_parse (PaydayHoldRow *self,
                       PaydayDate    *start,
                       PaydayDate    *end)
{
  gboolean start_ok;
  gboolean end_ok;

  g_return_val_if_fail (PAYDAY_IS_HOLD_ROW (self), FALSE);

  start_ok = payday_profile_dialog_parse_date_field (GTK_WIDGET (self->start_entry), FALSE, start);
  end_ok = payday_profile_dialog_parse_date_field (GTK_WIDGET (self->end_entry), TRUE, end);
  if (start_ok && end_ok && payday_date_is_set (*end) && *end < *start)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->end_entry), "error");
      end_ok = FALSE;
    }

  return start_ok && end_ok;
}
