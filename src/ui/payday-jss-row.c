/* payday-jss-row.c — one Job Success Score in the profile dialog: its date and score
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "payday-profile-dialog-private.h"
#include "payday-jss-row.h"

struct _PaydayJssRow
{
  GtkListBoxRow  parent_instance;

  PaydayJssItem *item;

  GtkEntry      *date_entry;
  GtkSpinButton *score_spin;
  GtkButton     *remove_button;
};

G_DEFINE_FINAL_TYPE (PaydayJssRow, payday_jss_row, GTK_TYPE_LIST_BOX_ROW)

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
payday_jss_row_changed (PaydayJssRow *self)
{
  g_signal_emit (self, signals [EDITED], 0);
}

static void
payday_jss_row_constructed (GObject *object)
{
  PaydayJssRow *self = (PaydayJssRow *)object;

  G_OBJECT_CLASS (payday_jss_row_parent_class)->constructed (object);

  payday_profile_dialog_set_date_text (GTK_WIDGET (self->date_entry), payday_jss_item_get_date (self->item));
  gtk_spin_button_set_value (self->score_spin, payday_jss_item_get_score (self->item));
  /* Removing goes by position in the profile, as the item knows it. */
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->remove_button), "u",
                                    payday_jss_item_get_index (self->item));
}

static void
payday_jss_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), PAYDAY_TYPE_JSS_ROW);

  G_OBJECT_CLASS (payday_jss_row_parent_class)->dispose (object);
}

static void
payday_jss_row_finalize (GObject *object)
{
  PaydayJssRow *self = (PaydayJssRow *)object;

  g_clear_object (&self->item);

  G_OBJECT_CLASS (payday_jss_row_parent_class)->finalize (object);
}

static void
payday_jss_row_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  PaydayJssRow *self = PAYDAY_JSS_ROW (object);

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
payday_jss_row_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  PaydayJssRow *self = PAYDAY_JSS_ROW (object);

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
payday_jss_row_class_init (PaydayJssRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = payday_jss_row_constructed;
  object_class->dispose = payday_jss_row_dispose;
  object_class->finalize = payday_jss_row_finalize;
  object_class->get_property = payday_jss_row_get_property;
  object_class->set_property = payday_jss_row_set_property;

  properties [PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL,
                         PAYDAY_TYPE_JSS_ITEM,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PaydayJssRow::edited:
   *
   * A field of the row changed (by the user: the row sets its fields only when made).
   */
  signals [EDITED] =
    g_signal_new ("edited",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/payday/Payday/ui/payday-jss-row.ui");
  gtk_widget_class_bind_template_child (widget_class, PaydayJssRow, date_entry);
  gtk_widget_class_bind_template_child (widget_class, PaydayJssRow, score_spin);
  gtk_widget_class_bind_template_child (widget_class, PaydayJssRow, remove_button);
  gtk_widget_class_bind_template_callback (widget_class, payday_jss_row_changed);
}

static void
payday_jss_row_init (PaydayJssRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
payday_jss_row_new (PaydayJssItem *item)
{
  g_return_val_if_fail (PAYDAY_IS_JSS_ITEM (item), NULL);

  return g_object_new (PAYDAY_TYPE_JSS_ROW, "item", item, NULL);
}

/**
 * payday_jss_row_get_index:
 *
 * Returns: the position in the profile of what the row shows
 */
guint
payday_jss_row_get_index (PaydayJssRow *self)
{
  g_return_val_if_fail (PAYDAY_IS_JSS_ROW (self), 0);

  return payday_jss_item_get_index (self->item);
}

/**
 * payday_jss_row_parse:
 *
 * Returns: whether the row holds a score; a date that does not parse is marked
 */
gboolean
payday_jss_row_parse (PaydayJssRow *self,
                      PaydayDate   *date,
                      int          *score)
{
  g_return_val_if_fail (PAYDAY_IS_JSS_ROW (self), FALSE);

  *score = gtk_spin_button_get_value_as_int (self->score_spin);
  return payday_profile_dialog_parse_date_field (GTK_WIDGET (self->date_entry), FALSE, date);
}
