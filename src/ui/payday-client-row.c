/* payday-client-row.c — one client of the Clients dialog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "payday-client-row.h"
#include "payday-money-entry.h"
#include "payday-ui-util.h"

/* Lifetime billings before the plan move a contract's sliding-fee tier; every change is
 * a command on the client, by its id, so the Overview and the payments follow at once. */
struct _PaydayClientRow
{
  AdwExpanderRow      parent_instance;

  PaydayDocument     *document;
  PaydayClientObject *client;

  AdwEntryRow        *name;
  GtkSwitch          *verified;
  PaydayMoneyEntry   *billed;
};

G_DEFINE_FINAL_TYPE (PaydayClientRow, payday_client_row, ADW_TYPE_EXPANDER_ROW)

enum {
  PROP_0,
  PROP_CLIENT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

typedef enum { FIELD_NAME, FIELD_VERIFIED, FIELD_BILLED } Field;

static void
change_client (PaydayClientRow *self,
               Field            field)
{
  g_autoptr(PaydayCommand) command = NULL;
  const PaydayClient *client;
  PaydayPlan *plan;
  PaydayClient copy;
  const char *label;

  if (self->document == NULL || (plan = payday_document_get_plan (self->document)) == NULL ||
      !(client = payday_plan_find_client (plan, payday_client_object_get_id (self->client))))
    return;

  payday_client_copy_into (&copy, client);
  if (field == FIELD_NAME)
    {
      g_free (copy.name);
      copy.name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name))));
      label = _("Rename Client");
    }
  else if (field == FIELD_VERIFIED)
    {
      copy.payment_verified = gtk_switch_get_active (self->verified);
      label = _("Change Payment Verification");
    }
  else
    {
      copy.billed_before_cents = payday_money_entry_get_value (self->billed);
      label = _("Change Earlier Billings");
    }

  if (g_strcmp0 (copy.name, client->name) != 0 ||
      !copy.payment_verified != !client->payment_verified ||
      copy.billed_before_cents != client->billed_before_cents)
    {
      command = payday_command_new (label);
      payday_command_replace_client (command, copy.id, &copy);
      payday_document_run (self->document, command, NULL);
    }
  payday_client_clear (&copy);
}

static void
on_name_apply (PaydayClientRow *self)
{
  change_client (self, FIELD_NAME);
}

static void
on_verified_changed (PaydayClientRow *self)
{
  change_client (self, FIELD_VERIFIED);
}

static void
on_billed_changed (PaydayClientRow *self)
{
  change_client (self, FIELD_BILLED);
}

static void
on_delete_clicked (PaydayClientRow *self)
{
  g_autoptr(PaydayCommand) command = payday_command_new (_("Delete Client"));

  if (self->document == NULL)
    return;

  /* Refused while a contract or a proposal names the client (the button is off then). */
  payday_command_remove_client (command, payday_client_object_get_id (self->client));
  payday_document_run (self->document, command, NULL);
}

static gboolean
can_delete (gpointer this,
            gboolean in_use)
{
  return !in_use;
}

static char *
delete_tooltip (gpointer this,
                gboolean in_use)
{
  return in_use ? g_strdup (_("A contract or a proposal refers to this client")) : NULL;
}

/* The row's own title and subtitle follow the client from here: GTK 4.8 cannot take
 * apart a .ui binding whose target is the template object itself. */
static void
update_header (PaydayClientRow *self)
{
  g_autofree char *name = NULL;
  g_autofree char *billed = NULL;
  g_autofree char *subtitle = NULL;
  gboolean verified;
  gint64 billed_before;

  g_object_get (self->client, "name", &name, "payment-verified", &verified,
                "billed-before", &billed_before, NULL);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self),
                                 name[0] != '\0' ? name : payday_client_object_get_id (self->client));
  billed = payday_ui_format_money (billed_before);
  subtitle = g_strdup_printf (_("%s · %s billed before"),
                              verified ? _("Payment verified") : _("Payment not verified"), billed);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), subtitle);
}

static void
payday_client_row_dispose (GObject *object)
{
  PaydayClientRow *self = (PaydayClientRow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), PAYDAY_TYPE_CLIENT_ROW);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (payday_client_row_parent_class)->dispose (object);
}

/* The client goes last: the .ui's bindings on the row watch it until the row's weak
 * references are dropped, after dispose. */
static void
payday_client_row_finalize (GObject *object)
{
  g_clear_object (&PAYDAY_CLIENT_ROW (object)->client);

  G_OBJECT_CLASS (payday_client_row_parent_class)->finalize (object);
}

static void
payday_client_row_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  PaydayClientRow *self = PAYDAY_CLIENT_ROW (object);

  switch (prop_id)
    {
    case PROP_CLIENT:
      g_value_set_object (value, self->client);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
payday_client_row_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  PaydayClientRow *self = PAYDAY_CLIENT_ROW (object);

  switch (prop_id)
    {
    case PROP_CLIENT:
      g_return_if_fail (self->client == NULL);
      self->client = g_value_dup_object (value);
      g_signal_connect_object (self->client, "notify", G_CALLBACK (update_header), self,
                               G_CONNECT_SWAPPED);
      update_header (self);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
payday_client_row_class_init (PaydayClientRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = payday_client_row_dispose;
  object_class->finalize = payday_client_row_finalize;
  object_class->get_property = payday_client_row_get_property;
  object_class->set_property = payday_client_row_set_property;

  properties [PROP_CLIENT] =
    g_param_spec_object ("client", NULL, NULL,
                         PAYDAY_TYPE_CLIENT_OBJECT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (PAYDAY_TYPE_MONEY_ENTRY);
  g_type_ensure (PAYDAY_TYPE_CLIENT_OBJECT);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/payday/Payday/ui/payday-client-row.ui");
  gtk_widget_class_bind_template_child (widget_class, PaydayClientRow, name);
  gtk_widget_class_bind_template_child (widget_class, PaydayClientRow, verified);
  gtk_widget_class_bind_template_child (widget_class, PaydayClientRow, billed);
  gtk_widget_class_bind_template_callback (widget_class, on_name_apply);
  gtk_widget_class_bind_template_callback (widget_class, on_verified_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_billed_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_delete_clicked);
  gtk_widget_class_bind_template_callback (widget_class, can_delete);
  gtk_widget_class_bind_template_callback (widget_class, delete_tooltip);
}

static void
payday_client_row_init (PaydayClientRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * payday_client_row_new:
 *
 * Returns: (transfer floating): a row showing @client and editing it in @document
 */
GtkWidget *
payday_client_row_new (PaydayDocument     *document,
                       PaydayClientObject *client)
{
  PaydayClientRow *self = g_object_new (PAYDAY_TYPE_CLIENT_ROW, "client", client, NULL);

  /* After the bindings' first values, so those make no commands. */
  self->document = g_object_ref (document);
  return GTK_WIDGET (self);
}
