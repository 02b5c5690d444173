/* payday-hold-item.c — one account hold of the profile, as an item of the profile dialog's list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "payday-hold-item.h"

/* A value: the dialog makes new items when the profile changes, so nothing notifies. */
struct _PaydayHoldItem
{
  GObject    parent_instance;

  guint      index;                     /* its position in the profile's array */
  PaydayDate start;
  PaydayDate end;
};

G_DEFINE_FINAL_TYPE (PaydayHoldItem, payday_hold_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_INDEX,
  PROP_START,
  PROP_END,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
payday_hold_item_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  PaydayHoldItem *self = PAYDAY_HOLD_ITEM (object);

  switch (prop_id)
    {
    case PROP_INDEX:
      g_value_set_uint (value, self->index);
      break;

    case PROP_START:
      g_value_set_int (value, self->start);
      break;

    case PROP_END:
      g_value_set_int (value, self->end);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
payday_hold_item_class_init (PaydayHoldItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->get_property = payday_hold_item_get_property;

  properties [PROP_INDEX] = g_param_spec_uint ("index", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties [PROP_START] = g_param_spec_int ("start", NULL, NULL, G_MININT32, G_MAXINT32, PAYDAY_DATE_NONE, flags);
  properties [PROP_END] = g_param_spec_int ("end", NULL, NULL, G_MININT32, G_MAXINT32, PAYDAY_DATE_NONE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
payday_hold_item_init (PaydayHoldItem *self)
{
}

PaydayHoldItem *
payday_hold_item_new (guint      index,
                      PaydayDate start,
                      PaydayDate end)
{
  PaydayHoldItem *self = g_object_new (PAYDAY_TYPE_HOLD_ITEM, NULL);

  self->index = index;
  self->start = start;
  self->end = end;

  return self;
}

guint
payday_hold_item_get_index (PaydayHoldItem *self)
{
  g_return_val_if_fail (PAYDAY_IS_HOLD_ITEM (self), 0);

  return self->index;
}

PaydayDate
payday_hold_item_get_start (PaydayHoldItem *self)
{
  g_return_val_if_fail (PAYDAY_IS_HOLD_ITEM (self), 0);

  return self->start;
}

PaydayDate
payday_hold_item_get_end (PaydayHoldItem *self)
{
  g_return_val_if_fail (PAYDAY_IS_HOLD_ITEM (self), 0);

  return self->end;
}
