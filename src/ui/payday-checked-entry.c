/* payday-checked-entry.c — the base of the entries whose text is checked when committed
 *
 * The date and money entries share how a typed value behaves: it is committed by Enter or
 * by leaving the field, checked by the subclass's commit(), and refused text is marked with
 * the "error" style and a tooltip saying what is expected, never leaving the widget; typing
 * again clears the mark. In a row, the entry is named by the row's title. An entry may
 * accept an empty field ("allow-none") as "no value".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "payday-checked-entry.h"
#include "payday-ui-util.h"

typedef struct
{
  GtkWidget *child;                     /* the entry, or a box holding it */
  GtkEntry  *entry;
  guint      allow_none : 1;
  guint      valid : 1;
  guint      updating : 1;
} PaydayCheckedEntryPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (PaydayCheckedEntry, payday_checked_entry, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ALLOW_NONE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
payday_checked_entry_commit (PaydayCheckedEntry *self)
{
  PAYDAY_CHECKED_ENTRY_GET_CLASS (self)->commit (self);
}

static void
on_changed (PaydayCheckedEntry *self)
{
  PaydayCheckedEntryPrivate *priv = payday_checked_entry_get_instance_private (self);

  /* While typing, only clear a previous error mark. */
  if (!priv->updating && !priv->valid)
    payday_checked_entry_set_valid (self, TRUE);
}

static void
payday_checked_entry_dispose (GObject *object)
{
  PaydayCheckedEntry *self = (PaydayCheckedEntry *)object;
  PaydayCheckedEntryPrivate *priv = payday_checked_entry_get_instance_private (self);

  g_clear_pointer (&priv->child, gtk_widget_unparent);

  G_OBJECT_CLASS (payday_checked_entry_parent_class)->dispose (object);
}

static void
payday_checked_entry_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  PaydayCheckedEntry *self = PAYDAY_CHECKED_ENTRY (object);

  switch (prop_id)
    {
    case PROP_ALLOW_NONE:
      g_value_set_boolean (value, payday_checked_entry_get_allow_none (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
payday_checked_entry_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  PaydayCheckedEntry *self = PAYDAY_CHECKED_ENTRY (object);
  PaydayCheckedEntryPrivate *priv = payday_checked_entry_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_ALLOW_NONE:
      if (priv->allow_none != g_value_get_boolean (value))
        {
          priv->allow_none = g_value_get_boolean (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
payday_checked_entry_root (GtkWidget *widget)
{
  PaydayCheckedEntry *self = (PaydayCheckedEntry *)widget;
  PaydayCheckedEntryPrivate *priv = payday_checked_entry_get_instance_private (self);

  GTK_WIDGET_CLASS (payday_checked_entry_parent_class)->root (widget);

  payday_ui_label_by_row (GTK_WIDGET (priv->entry));
}

static void
payday_checked_entry_class_init (PaydayCheckedEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = payday_checked_entry_dispose;
  object_class->get_property = payday_checked_entry_get_property;
  object_class->set_property = payday_checked_entry_set_property;

  widget_class->root = payday_checked_entry_root;

  properties [PROP_ALLOW_NONE] =
    g_param_spec_boolean ("allow-none", NULL, NULL, FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
payday_checked_entry_init (PaydayCheckedEntry *self)
{
  PaydayCheckedEntryPrivate *priv = payday_checked_entry_get_instance_private (self);
  GtkEventController *focus = gtk_event_controller_focus_new ();

  priv->valid = TRUE;
  priv->entry = GTK_ENTRY (gtk_entry_new ());
  gtk_widget_add_css_class (GTK_WIDGET (priv->entry), "tabular");

  g_signal_connect_swapped (priv->entry, "activate",
                            G_CALLBACK (payday_checked_entry_commit), self);
  g_signal_connect_swapped (priv->entry, "changed", G_CALLBACK (on_changed), self);
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (payday_checked_entry_commit), self);
  gtk_widget_add_controller (GTK_WIDGET (priv->entry), focus);
}

/**
 * payday_checked_entry_get_entry:
 *
 * Returns: (transfer none): the text field
 */
GtkEntry *
payday_checked_entry_get_entry (PaydayCheckedEntry *self)
{
  PaydayCheckedEntryPrivate *priv = payday_checked_entry_get_instance_private (self);

  g_return_val_if_fail (PAYDAY_IS_CHECKED_ENTRY (self), NULL);

  return priv->entry;
}

/**
 * payday_checked_entry_set_child:
 * @child: the entry of payday_checked_entry_get_entry(), or a box holding it
 *
 * Called once by the subclass's init: the widget's only child.
 */
void
payday_checked_entry_set_child (PaydayCheckedEntry *self,
                                GtkWidget          *child)
{
  PaydayCheckedEntryPrivate *priv = payday_checked_entry_get_instance_private (self);

  g_return_if_fail (PAYDAY_IS_CHECKED_ENTRY (self));
  g_return_if_fail (priv->child == NULL);

  priv->child = child;
  gtk_widget_set_parent (child, GTK_WIDGET (self));
}

gboolean
payday_checked_entry_get_allow_none (PaydayCheckedEntry *self)
{
  PaydayCheckedEntryPrivate *priv = payday_checked_entry_get_instance_private (self);

  g_return_val_if_fail (PAYDAY_IS_CHECKED_ENTRY (self), FALSE);

  return priv->allow_none;
}

gboolean
payday_checked_entry_get_valid (PaydayCheckedEntry *self)
{
  PaydayCheckedEntryPrivate *priv = payday_checked_entry_get_instance_private (self);

  g_return_val_if_fail (PAYDAY_IS_CHECKED_ENTRY (self), FALSE);

  return priv->valid;
}

/**
 * payday_checked_entry_set_valid:
 *
 * Marks the text as accepted, or as refused with the subclass's hint as tooltip.
 */
void
payday_checked_entry_set_valid (PaydayCheckedEntry *self,
                                gboolean            valid)
{
  PaydayCheckedEntryPrivate *priv = payday_checked_entry_get_instance_private (self);

  g_return_if_fail (PAYDAY_IS_CHECKED_ENTRY (self));

  priv->valid = !!valid;
  if (valid)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (priv->entry), "error");
      gtk_widget_set_tooltip_text (GTK_WIDGET (priv->entry), NULL);
    }
  else
    {
      gtk_widget_add_css_class (GTK_WIDGET (priv->entry), "error");
      gtk_widget_set_tooltip_text (GTK_WIDGET (priv->entry),
                                   PAYDAY_CHECKED_ENTRY_GET_CLASS (self)->get_hint (self));
    }
}

/**
 * payday_checked_entry_set_error:
 * @message: why the text is refused (it breaks a rule only the caller knows)
 *
 * Marks the field as invalid with @message as its tooltip; the value stays what it was.
 */
void
payday_checked_entry_set_error (PaydayCheckedEntry *self,
                                const char         *message)
{
  PaydayCheckedEntryPrivate *priv = payday_checked_entry_get_instance_private (self);

  g_return_if_fail (PAYDAY_IS_CHECKED_ENTRY (self));

  payday_checked_entry_set_valid (self, FALSE);
  gtk_widget_set_tooltip_text (GTK_WIDGET (priv->entry), message);
}

/**
 * payday_checked_entry_show_text:
 *
 * Shows @text, the value as it is kept, without taking it for typing.
 */
void
payday_checked_entry_show_text (PaydayCheckedEntry *self,
                                const char         *text)
{
  PaydayCheckedEntryPrivate *priv = payday_checked_entry_get_instance_private (self);

  g_return_if_fail (PAYDAY_IS_CHECKED_ENTRY (self));

  priv->updating = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (priv->entry), text);
  priv->updating = FALSE;
}

/**
 * payday_checked_entry_set_text:
 *
 * Types @text and commits it, as a user would (for tests and keyboard-free use).
 */
void
payday_checked_entry_set_text (PaydayCheckedEntry *self,
                               const char         *text)
{
  PaydayCheckedEntryPrivate *priv = payday_checked_entry_get_instance_private (self);

  g_return_if_fail (PAYDAY_IS_CHECKED_ENTRY (self));

  gtk_editable_set_text (GTK_EDITABLE (priv->entry), text);
  payday_checked_entry_commit (self);
}

/**
 * payday_checked_entry_is_blank:
 *
 * Returns: whether the text typed is empty or only spaces
 */
gboolean
payday_checked_entry_is_blank (PaydayCheckedEntry *self)
{
  PaydayCheckedEntryPrivate *priv = payday_checked_entry_get_instance_private (self);

  g_return_val_if_fail (PAYDAY_IS_CHECKED_ENTRY (self), TRUE);

  for (const char *p = gtk_editable_get_text (GTK_EDITABLE (priv->entry)); *p; p++)
    if (!g_ascii_isspace (*p))
      return FALSE;

  return TRUE;
}
