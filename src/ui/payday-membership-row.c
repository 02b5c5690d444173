/* payday-membership-row.c — one period of Basic or Freelancer Plus in the Connects page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "payday-membership-row.h"
#include "payday-ui-util.h"

/* Periods have no id in the plan format: the row knows its period's place in the plan's
 * list, and activating it runs the page's "connects.edit-membership" with it. */
struct _PaydayMembershipRow
{
  AdwActionRow  parent_instance;

  guint         index;

  GtkWidget    *current;
};

G_DEFINE_FINAL_TYPE (PaydayMembershipRow, payday_membership_row, ADW_TYPE_ACTION_ROW)

static void
activated_cb (PaydayMembershipRow *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "connects.edit-membership", "u", self->index);
}

static void
payday_membership_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), PAYDAY_TYPE_MEMBERSHIP_ROW);

  G_OBJECT_CLASS (payday_membership_row_parent_class)->dispose (object);
}

static void
payday_membership_row_class_init (PaydayMembershipRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = payday_membership_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/payday/Payday/ui/payday-membership-row.ui");
  gtk_widget_class_bind_template_child (widget_class, PaydayMembershipRow, current);
  gtk_widget_class_bind_template_callback (widget_class, activated_cb);
}

static void
payday_membership_row_init (PaydayMembershipRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * payday_membership_row_new:
 * @index: the period's place in the plan's membership list
 * @today: the day that makes a period current
 */
GtkWidget *
payday_membership_row_new (guint                   index,
                           const PaydayMembership *membership,
                           PaydayDate              today)
{
  PaydayMembershipRow *self = g_object_new (PAYDAY_TYPE_MEMBERSHIP_ROW, NULL);
  g_autofree char *from = payday_ui_format_date (membership->from, today);
  g_autofree char *to = payday_date_is_set (membership->to) ? payday_ui_format_date (membership->to, today) : NULL;
  g_autofree char *subtitle = to ? g_strdup_printf (_("%s – %s"), from, to)
                                 : g_strdup_printf (_("Since %s"), from);
  gboolean plus = membership->plan == PAYDAY_MEMBERSHIP_PLUS;

  self->index = index;
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), plus ? _("Freelancer Plus") : _("Basic"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle);
  adw_action_row_set_icon_name (ADW_ACTION_ROW (self), plus ? "starred-symbolic" : "non-starred-symbolic");
  gtk_widget_set_visible (self->current,
                          membership->from <= today &&
                          (!payday_date_is_set (membership->to) || membership->to >= today));

  return GTK_WIDGET (self);
}
