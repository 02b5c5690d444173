/* payday-membership-row.c — one period of Basic or Freelancer Plus in the Connects page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "payday-membership-row.h"
#include "payday-ui-util.h"

/* The "Current" pill is bound to the period's property in the template. The row's own
 * title, subtitle and icon follow the period's notifications here: expression bindings
 * whose target is the template object itself fail when it is disposed. Activating the row
 * runs the page's "connects.edit-membership" with the period's place in the plan's list
 * (periods have no id; the document's model keeps an object per place). */
struct _PaydayMembershipRow
{
  AdwActionRow            parent_instance;

  PaydayMembershipObject *period;
};

G_DEFINE_FINAL_TYPE (PaydayMembershipRow, payday_membership_row, ADW_TYPE_ACTION_ROW)

enum {
  PROP_0,
  PROP_PERIOD,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
activated_cb (PaydayMembershipRow *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "connects.edit-membership", "u",
                              payday_membership_object_get_index (self->period));
}

static void
update_row (PaydayMembershipRow *self)
{
  PaydayDate today = payday_membership_object_get_today (self->period);
  PaydayDate to = payday_membership_object_get_to (self->period);
  g_autofree char *from = payday_ui_format_date (payday_membership_object_get_from (self->period), today);
  g_autofree char *until = payday_date_is_set (to) ? payday_ui_format_date (to, today) : NULL;
  g_autofree char *subtitle = until ? g_strdup_printf (_("%s – %s"), from, until)
                                    : g_strdup_printf (_("Since %s"), from);
  gboolean plus = payday_membership_object_get_plan (self->period) == PAYDAY_MEMBERSHIP_PLUS;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), plus ? _("Freelancer Plus") : _("Basic"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle);
  adw_action_row_set_icon_name (ADW_ACTION_ROW (self), plus ? "starred-symbolic" : "non-starred-symbolic");
}

static void
payday_membership_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), PAYDAY_TYPE_MEMBERSHIP_ROW);

  G_OBJECT_CLASS (payday_membership_row_parent_class)->dispose (object);
}

/* The period outlives the template's binding of the pill, which GTK 4.8 removes while the
 * widgets are disposed: released earlier, its last reference would drop under it. */
static void
payday_membership_row_finalize (GObject *object)
{
  PaydayMembershipRow *self = (PaydayMembershipRow *)object;

  g_clear_object (&self->period);

  G_OBJECT_CLASS (payday_membership_row_parent_class)->finalize (object);
}

static void
payday_membership_row_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  PaydayMembershipRow *self = PAYDAY_MEMBERSHIP_ROW (object);

  switch (prop_id)
    {
    case PROP_PERIOD:
      g_value_set_object (value, payday_membership_row_get_period (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
payday_membership_row_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  PaydayMembershipRow *self = PAYDAY_MEMBERSHIP_ROW (object);

  switch (prop_id)
    {
    case PROP_PERIOD:
      /* Construct-only: a row shows one place of the list for its life. */
      payday_ui_watch_object (self, &self->period, value, G_CALLBACK (update_row));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
payday_membership_row_constructed (GObject *object)
{
  PaydayMembershipRow *self = (PaydayMembershipRow *)object;

  G_OBJECT_CLASS (payday_membership_row_parent_class)->constructed (object);

  /* The template's bindings were made before the period was set. */
  g_object_notify_by_pspec (object, properties [PROP_PERIOD]);
  update_row (self);
}

static void
payday_membership_row_class_init (PaydayMembershipRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = payday_membership_row_dispose;
  object_class->finalize = payday_membership_row_finalize;
  object_class->constructed = payday_membership_row_constructed;
  object_class->get_property = payday_membership_row_get_property;
  object_class->set_property = payday_membership_row_set_property;

  properties [PROP_PERIOD] =
    g_param_spec_object ("period", NULL, NULL,
                         PAYDAY_TYPE_MEMBERSHIP_OBJECT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/payday/Payday/ui/payday-membership-row.ui");
  gtk_widget_class_bind_template_callback (widget_class, activated_cb);
}

static void
payday_membership_row_init (PaydayMembershipRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
payday_membership_row_new (PaydayMembershipObject *period)
{
  g_return_val_if_fail (PAYDAY_IS_MEMBERSHIP_OBJECT (period), NULL);

  return g_object_new (PAYDAY_TYPE_MEMBERSHIP_ROW, "period", period, NULL);
}

PaydayMembershipObject *
payday_membership_row_get_period (PaydayMembershipRow *self)
{
  g_return_val_if_fail (PAYDAY_IS_MEMBERSHIP_ROW (self), NULL);

  return self->period;
}
