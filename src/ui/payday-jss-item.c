/* payday-jss-item.c — one Job Success Score of the profile, as an item of the profile dialog's list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "payday-jss-item.h"

/* A value: the dialog makes new items when the profile changes, so nothing notifies. */
struct _PaydayJssItem
{
  GObject    parent_instance;

  guint      index;                     /* its position in the profile's array */
  PaydayDate date;
  int        score;
};

G_DEFINE_FINAL_TYPE (PaydayJssItem, payday_jss_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_INDEX,
  PROP_DATE,
  PROP_SCORE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
payday_jss_item_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  PaydayJssItem *self = PAYDAY_JSS_ITEM (object);

  switch (prop_id)
    {
    case PROP_INDEX:
      g_value_set_uint (value, self->index);
      break;

    case PROP_DATE:
      g_value_set_int (value, self->date);
      break;

    case PROP_SCORE:
      g_value_set_int (value, self->score);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
payday_jss_item_class_init (PaydayJssItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->get_property = payday_jss_item_get_property;

  properties [PROP_INDEX] = g_param_spec_uint ("index", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties [PROP_DATE] = g_param_spec_int ("date", NULL, NULL, G_MININT32, G_MAXINT32, PAYDAY_DATE_NONE, flags);
  properties [PROP_SCORE] = g_param_spec_int ("score", NULL, NULL, G_MININT32, G_MAXINT32, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
payday_jss_item_init (PaydayJssItem *self)
{
}

PaydayJssItem *
payday_jss_item_new (guint      index,
                     PaydayDate date,
                     int        score)
{
  PaydayJssItem *self = g_object_new (PAYDAY_TYPE_JSS_ITEM, NULL);

  self->index = index;
  self->date = date;
  self->score = score;

  return self;
}

guint
payday_jss_item_get_index (PaydayJssItem *self)
{
  g_return_val_if_fail (PAYDAY_IS_JSS_ITEM (self), 0);

  return self->index;
}

PaydayDate
payday_jss_item_get_date (PaydayJssItem *self)
{
  g_return_val_if_fail (PAYDAY_IS_JSS_ITEM (self), 0);

  return self->date;
}

int
payday_jss_item_get_score (PaydayJssItem *self)
{
  g_return_val_if_fail (PAYDAY_IS_JSS_ITEM (self), 0);

  return self->score;
}
