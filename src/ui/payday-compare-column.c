/* payday-compare-column.c — one option of the Compare page: its inputs, figures and results
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "payday-compare-column.h"
#include "payday-ui-util.h"

/* The page's .ui gives each column its option's input rows as children of type "input";
 * they go to the column's group, above the option's figures and results. The widgets
 * are named after the column's prefix ("compare-hourly-net" …) for tests and tools. */
struct _PaydayCompareColumn
{
  GtkWidget            parent_instance;

  char                *prefix;

  AdwPreferencesGroup *group;
  GtkFlowBox          *figures;
  GtkWidget           *days_card;
  GtkLabel            *days;
  GtkLabel            *days_detail;
  GtkWidget           *net_card;
  GtkLabel            *net;
  GtkLabel            *net_detail;
  AdwActionRow        *waiting_row;
  GtkLabel            *waiting;
  GtkLabel            *unprotected;
  AdwActionRow        *fee_row;
  GtkLabel            *fee;
};

static void payday_compare_column_buildable_init (GtkBuildableIface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (PaydayCompareColumn, payday_compare_column, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_BUILDABLE,
                                                      payday_compare_column_buildable_init))

static GtkBuildableIface *parent_buildable_iface;

enum {
  PROP_0,
  PROP_PREFIX,
  PROP_TITLE,
  PROP_DESCRIPTION,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
payday_compare_column_add_child (GtkBuildable *buildable,
                                 GtkBuilder   *builder,
                                 GObject      *child,
                                 const char   *type)
{
  PaydayCompareColumn *self = PAYDAY_COMPARE_COLUMN (buildable);

  if (g_strcmp0 (type, "input") == 0)
    adw_preferences_group_add (self->group, GTK_WIDGET (child));
  else
    parent_buildable_iface->add_child (buildable, builder, child, type);
}

static void
payday_compare_column_buildable_init (GtkBuildableIface *iface)
{
  parent_buildable_iface = g_type_interface_peek_parent (iface);
  iface->add_child = payday_compare_column_add_child;
}

static char *
named (PaydayCompareColumn *self,
       const char          *what)
{
  return g_strconcat (self->prefix != NULL ? self->prefix : "compare", "-", what, NULL);
}

static void
payday_compare_column_constructed (GObject *object)
{
  PaydayCompareColumn *self = (PaydayCompareColumn *)object;
  g_autofree char *days_name = named (self, "days");
  g_autofree char *net_name = named (self, "net");
  g_autofree char *waiting_name = named (self, "waiting");
  g_autofree char *unprotected_name = named (self, "unprotected");
  g_autofree char *fee_name = named (self, "fee");

  G_OBJECT_CLASS (payday_compare_column_parent_class)->constructed (object);

  /* The figure cards are the pages' shared figure (payday_ui_figure_new()), named here
   * because their names follow the prefix. */
  self->days_card = payday_ui_figure_new (days_name, _("Days to cash"), &self->days, &self->days_detail);
  self->net_card = payday_ui_figure_new (net_name, _("You keep"), &self->net, &self->net_detail);
  gtk_flow_box_append (self->figures, self->days_card);
  gtk_flow_box_append (self->figures, self->net_card);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->figures));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gtk_widget_set_focusable (child, FALSE);

  gtk_widget_set_name (GTK_WIDGET (self->waiting), waiting_name);
  gtk_widget_set_name (GTK_WIDGET (self->unprotected), unprotected_name);
  gtk_widget_set_name (GTK_WIDGET (self->fee), fee_name);
}

static void
payday_compare_column_dispose (GObject *object)
{
  PaydayCompareColumn *self = (PaydayCompareColumn *)object;
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), PAYDAY_TYPE_COMPARE_COLUMN);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
  g_clear_pointer (&self->prefix, g_free);

  G_OBJECT_CLASS (payday_compare_column_parent_class)->dispose (object);
}

static void
payday_compare_column_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  PaydayCompareColumn *self = PAYDAY_COMPARE_COLUMN (object);

  switch (prop_id)
    {
    case PROP_PREFIX:
      g_value_set_string (value, self->prefix);
      break;

    case PROP_TITLE:
      g_value_set_string (value, adw_preferences_group_get_title (self->group));
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, adw_preferences_group_get_description (self->group));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
payday_compare_column_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  PaydayCompareColumn *self = PAYDAY_COMPARE_COLUMN (object);

  switch (prop_id)
    {
    case PROP_PREFIX:
      self->prefix = g_value_dup_string (value);
      break;

    case PROP_TITLE:
      adw_preferences_group_set_title (self->group, g_value_get_string (value));
      break;

    case PROP_DESCRIPTION:
      adw_preferences_group_set_description (self->group, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
payday_compare_column_class_init (PaydayCompareColumnClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = payday_compare_column_constructed;
  object_class->dispose = payday_compare_column_dispose;
  object_class->get_property = payday_compare_column_get_property;
  object_class->set_property = payday_compare_column_set_property;

  /* The start of the widgets' names, e.g. "compare-hourly". */
  properties [PROP_PREFIX] =
    g_param_spec_string ("prefix", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties [PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS));
  properties [PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/payday/Payday/ui/payday-compare-column.ui");
  gtk_widget_class_bind_template_child (widget_class, PaydayCompareColumn, group);
  gtk_widget_class_bind_template_child (widget_class, PaydayCompareColumn, figures);
  gtk_widget_class_bind_template_child (widget_class, PaydayCompareColumn, waiting_row);
  gtk_widget_class_bind_template_child (widget_class, PaydayCompareColumn, waiting);
  gtk_widget_class_bind_template_child (widget_class, PaydayCompareColumn, unprotected);
  gtk_widget_class_bind_template_child (widget_class, PaydayCompareColumn, fee_row);
  gtk_widget_class_bind_template_child (widget_class, PaydayCompareColumn, fee);
}

static void
payday_compare_column_init (PaydayCompareColumn *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

static char *
days_text (gint32 days)
{
  if (days == PAYDAY_NONE)
    return g_strdup ("—");
  return g_strdup_printf (ngettext ("%d day", "%d days", days), days);
}

/**
 * payday_compare_column_show:
 * @option: the result of this column's option
 * @other: the other option's, to mark the better figures
 * @from: the first day of the comparison, that dates are written relative to
 */
void
payday_compare_column_show (PaydayCompareColumn       *self,
                            const PaydayCompareOption *option,
                            const PaydayCompareOption *other,
                            PaydayDate                 from)
{
  g_autofree char *days = days_text (option->days_median);
  g_autofree char *p90 = days_text (option->days_p90);
  g_autofree char *days_detail = NULL;
  g_autofree char *net = payday_ui_format_money (option->net_cents);
  g_autofree char *gross = payday_ui_format_money (option->gross_cents);
  g_autofree char *net_detail = NULL;
  g_autofree char *waiting = payday_ui_format_money (option->waiting_peak_cents);
  g_autofree char *unprotected = payday_ui_format_money (option->unprotected_cents);
  g_autofree char *fee = payday_ui_format_money (option->fee_cents);
  g_autofree char *fee_detail = NULL;
  g_autofree char *waiting_detail = NULL;
  gboolean faster, richer;

  gtk_label_set_label (self->days, days);
  /* Translators: under the median days to cash */
  days_detail = option->paid ? g_strdup_printf (_("median · P90 %s"), p90)
                             : g_strdup (_("no payment"));
  gtk_label_set_label (self->days_detail, days_detail);

  gtk_label_set_label (self->net, net);
  /* Translators: under the net: the gross it comes from */
  net_detail = g_strdup_printf (_("of %s billed"), gross);
  gtk_label_set_label (self->net_detail, net_detail);

  gtk_label_set_label (self->waiting, waiting);
  if (payday_date_is_set (option->waiting_peak_on))
    {
      g_autofree char *on = payday_ui_format_date (option->waiting_peak_on, from);

      /* Translators: when the most money waits for review or the security hold */
      waiting_detail = g_strdup_printf (_("Done, not yet available; most on %s"), on);
    }
  else
    waiting_detail = g_strdup (_("Done, not yet available"));
  adw_action_row_set_subtitle (self->waiting_row, waiting_detail);

  gtk_label_set_label (self->unprotected, unprotected);
  if (option->unprotected_cents > 0)
    gtk_widget_add_css_class (GTK_WIDGET (self->unprotected), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->unprotected), "error");

  gtk_label_set_label (self->fee, fee);
  if (option->gross_cents > 0)
    {
      double percent = 100.0 * (double) option->fee_cents / (double) option->gross_cents;

      /* Translators: the fee as a share of what the option bills */
      fee_detail = g_strdup_printf (_("%.1f%% of the gross"), percent);
    }
  adw_action_row_set_subtitle (self->fee_row, fee_detail != NULL ? fee_detail : "");

  /* The better figure of the two is marked. */
  faster = option->paid && (!other->paid || option->days_median < other->days_median);
  richer = option->net_cents > other->net_cents;
  if (faster)
    gtk_widget_add_css_class (self->days_card, "compare-better");
  else
    gtk_widget_remove_css_class (self->days_card, "compare-better");
  if (richer)
    gtk_widget_add_css_class (self->net_card, "compare-better");
  else
    gtk_widget_remove_css_class (self->net_card, "compare-better");
}

