/* payday-client-object.c — one client of the plan as a row object of the document's
 * clients model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "payday-client-object.h"
#include "payday-notify-private.h"

struct _PaydayClientObject
{
  GObject      parent_instance;

  char        *id;
  char        *name;
  gboolean     payment_verified;
  gint64       billed_before;
  gboolean     in_use;
};

G_DEFINE_FINAL_TYPE (PaydayClientObject, payday_client_object, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_PAYMENT_VERIFIED,
  PROP_BILLED_BEFORE,
  PROP_IN_USE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
payday_client_object_finalize (GObject *object)
{
  PaydayClientObject *self = (PaydayClientObject *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);

  G_OBJECT_CLASS (payday_client_object_parent_class)->finalize (object);
}

static void
payday_client_object_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  PaydayClientObject *self = PAYDAY_CLIENT_OBJECT (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_string (value, self->id); break;
    case PROP_NAME: g_value_set_string (value, self->name); break;
    case PROP_PAYMENT_VERIFIED: g_value_set_boolean (value, self->payment_verified); break;
    case PROP_BILLED_BEFORE: g_value_set_int64 (value, self->billed_before); break;
    case PROP_IN_USE: g_value_set_boolean (value, self->in_use); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
payday_client_object_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  PaydayClientObject *self = PAYDAY_CLIENT_OBJECT (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
payday_client_object_class_init (PaydayClientObjectClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = payday_client_object_finalize;
  object_class->get_property = payday_client_object_get_property;
  object_class->set_property = payday_client_object_set_property;

  properties [PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  /* The name as the plan has it ("" when it has none). */
  properties [PROP_NAME] = g_param_spec_string ("name", NULL, NULL, "", PAYDAY_ROW_READ_FLAGS);
  properties [PROP_PAYMENT_VERIFIED] =
    g_param_spec_boolean ("payment-verified", NULL, NULL, FALSE, PAYDAY_ROW_READ_FLAGS);
  /* Cents billed to the client before the plan. */
  properties [PROP_BILLED_BEFORE] = payday_row_int64_pspec ("billed-before");
  /* Whether a contract or a proposal names the client (it cannot be removed then). */
  properties [PROP_IN_USE] =
    g_param_spec_boolean ("in-use", NULL, NULL, FALSE, PAYDAY_ROW_READ_FLAGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
payday_client_object_init (PaydayClientObject *self)
{
  self->name = g_strdup ("");
}

PaydayClientObject *
payday_client_object_new (const char *id)
{
  return g_object_new (PAYDAY_TYPE_CLIENT_OBJECT, "id", id, NULL);
}

/**
 * payday_client_object_update:
 * @client: the client with the object's id
 * @in_use: whether a contract or a proposal names it
 *
 * Sets every property; only those whose value changed notify.
 */
void
payday_client_object_update (PaydayClientObject *self,
                             const PaydayClient *client,
                             gboolean            in_use)
{
  g_return_if_fail (PAYDAY_IS_CLIENT_OBJECT (self));

  payday_notify_string (self, &self->name, client->name ? client->name : "", properties [PROP_NAME]);
  payday_notify_int (self, &self->payment_verified, !!client->payment_verified,
                     properties [PROP_PAYMENT_VERIFIED]);
  payday_notify_int64 (self, &self->billed_before, client->billed_before_cents,
                       properties [PROP_BILLED_BEFORE]);
  payday_notify_int (self, &self->in_use, !!in_use, properties [PROP_IN_USE]);
}

const char *
payday_client_object_get_id (PaydayClientObject *self)
{
  g_return_val_if_fail (PAYDAY_IS_CLIENT_OBJECT (self), NULL);

  return self->id;
}

const char *
payday_client_object_get_name (PaydayClientObject *self)
{
  g_return_val_if_fail (PAYDAY_IS_CLIENT_OBJECT (self), NULL);

  return self->name;
}
