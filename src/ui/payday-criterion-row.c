/* payday-criterion-row.c — one criterion of a badge card: its value against its threshold
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "payday-criterion-row.h"
#include "payday-ui-util.h"

struct _PaydayCriterionRow
{
  AdwActionRow         parent_instance;

  PaydayCriterionItem *item;

  GtkLabel            *value_label;
  GtkLevelBar         *progress;
  GtkImage            *met_icon;
};

G_DEFINE_FINAL_TYPE (PaydayCriterionRow, payday_criterion_row, ADW_TYPE_ACTION_ROW)

enum {
  PROP_0,
  PROP_ITEM,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/**
 * payday_badges_format_criterion:
 *
 * Formats where a criterion stands in the unit of its kind: money for earnings and
 * large contracts, days for ages, a percent for the JSS, weeks for eligible weeks.
 *
 * Returns: (transfer full): e.g. "$14,387.50 / $30,000.00"
 */
char *
payday_badges_format_criterion (const PaydayBadgeCriterion *c)
{
  g_return_val_if_fail (c != NULL, NULL);

  switch (c->kind)
    {
    case PAYDAY_CRITERION_PROFILE_FLAG:
    case PAYDAY_CRITERION_INVITE_ONLY:
      return g_strdup (c->value >= 1 ? _("Yes") : _("No"));

    case PAYDAY_CRITERION_JSS_ABSENT:
      return g_strdup (c->value > 0 ? _("Has a JSS") : _("No JSS yet"));

    case PAYDAY_CRITERION_JSS_MIN:
      /* The engine reports 0 when there is no score yet; a real JSS of 0% does not occur. */
      if (c->value <= 0)
        /* Translators: no Job Success Score yet, against the minimum, e.g. "— / 90%" */
        return g_strdup_printf (_("— / %d%%"), (int) c->threshold);
      /* Translators: a Job Success Score against the minimum, e.g. "97% / 90%" */
      return g_strdup_printf (_("%d%% / %d%%"), (int) c->value, (int) c->threshold);

    case PAYDAY_CRITERION_JSS_WEEKS:
      /* Translators: eligible weeks against the weeks needed, e.g. "14 / 13 weeks" */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d / %d week", "%d / %d weeks",
                                           (gulong) c->threshold),
                              (int) c->value, (int) c->threshold);

    case PAYDAY_CRITERION_EARNINGS_WINDOW:
    case PAYDAY_CRITERION_LARGE_CONTRACT:
      {
        g_autofree char *value = payday_ui_format_money (c->value);
        g_autofree char *threshold = payday_ui_format_money (c->threshold);

        return g_strdup_printf ("%s / %s", value, threshold);
      }

    case PAYDAY_CRITERION_ACCOUNT_AGE_DAYS:
    case PAYDAY_CRITERION_FIRST_CONTRACT_AGE_DAYS:
      /* Translators: an age against the age needed, e.g. "100 / 90 days" */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d / %d day", "%d / %d days",
                                           (gulong) ABS (c->threshold)),
                              (int) c->value, (int) c->threshold);

    case PAYDAY_CRITERION_ACTIVE_DAYS:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d activity", "%d activities",
                                           (gulong) ABS (c->value)),
                              (int) c->value);

    case PAYDAY_CRITERION_NO_HOLD_DAYS:
      if (c->value == 0)
        return g_strdup (_("No holds"));
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day on hold", "%d days on hold",
                                           (gulong) ABS (c->value)),
                              (int) c->value);

    case PAYDAY_CRITERION_MAX_VIOLATIONS:
      /* Translators: violations against the most allowed, e.g. "1 / at most 0" */
      return g_strdup_printf (_("%d / at most %d"), (int) c->value, (int) c->threshold);

    default:
      g_return_val_if_reached (g_strdup (""));
    }
}

static char *
criterion_value_text (PaydayCriterionRow *self,
                      int                 kind,
                      gint64              value,
                      gint64              threshold)
{
  PaydayBadgeCriterion c = { .kind = kind, .value = value, .threshold = threshold };

  return payday_badges_format_criterion (&c);
}

/* The engine's detail, unless it only repeats the value ("Yes"), then when the plan alone
 * meets the criterion. */
static char *
criterion_subtitle (PaydayCriterionRow *self,
                    const char         *detail,
                    int                 kind,
                    gint64              value,
                    gint64              threshold,
                    gboolean            met,
                    int                 met_on,
                    int                 today)
{
  g_autofree char *value_text = criterion_value_text (self, kind, value, threshold);
  GString *subtitle = g_string_new (NULL);

  if (detail != NULL && detail[0] != '\0' && g_ascii_strcasecmp (detail, value_text) != 0)
    g_string_append (subtitle, detail);
  if (!met && payday_date_is_set (met_on) && met_on > today)
    {
      g_autofree char *day = payday_ui_format_date (met_on, today);

      if (subtitle->len > 0)
        g_string_append (subtitle, " · ");
      /* Translators: when the plan alone meets this criterion, e.g. "met on Fri, Jun 26" */
      g_string_append_printf (subtitle, _("met on %s"), day);
    }

  return g_string_free (subtitle, FALSE);
}

/* The kinds whose value moves toward its threshold get a progress bar. */
static gboolean
criterion_has_progress (PaydayCriterionRow *self,
                        int                 kind,
                        gint64              threshold)
{
  return threshold > 0 &&
         (kind == PAYDAY_CRITERION_JSS_MIN ||
          kind == PAYDAY_CRITERION_JSS_WEEKS ||
          kind == PAYDAY_CRITERION_EARNINGS_WINDOW ||
          kind == PAYDAY_CRITERION_ACCOUNT_AGE_DAYS ||
          kind == PAYDAY_CRITERION_FIRST_CONTRACT_AGE_DAYS ||
          kind == PAYDAY_CRITERION_LARGE_CONTRACT);
}

static double
criterion_fraction (PaydayCriterionRow *self,
                    gint64              value,
                    gint64              threshold)
{
  if (threshold <= 0)
    return 0.0;
  return CLAMP ((double) value / (double) threshold, 0.0, 1.0);
}

static char *
criterion_icon_name (PaydayCriterionRow *self,
                     gboolean            met)
{
  return g_strdup (met ? "emblem-ok-symbolic" : "window-close-symbolic");
}

static char *
criterion_icon_tooltip (PaydayCriterionRow *self,
                        gboolean            met)
{
  return g_strdup (met ? _("Met") : _("Not met"));
}

/* What the template cannot bind: the row's own title and subtitle (GTK 4.8 keeps a
 * binding on the template object until after the row's parts are gone, and would set them
 * on a disposed row), and style classes, which a binding would replace wholesale. */
static void
payday_criterion_row_sync (PaydayCriterionRow *self)
{
  gboolean met = self->item != NULL && payday_criterion_item_get_met (self->item);

  if (self->item != NULL)
    {
      PaydayCriterionItem *item = self->item;
      g_autofree char *subtitle = criterion_subtitle (self,
                                                      payday_criterion_item_get_detail (item),
                                                      payday_criterion_item_get_kind (item),
                                                      payday_criterion_item_get_value (item),
                                                      payday_criterion_item_get_threshold (item),
                                                      met,
                                                      payday_criterion_item_get_met_on (item),
                                                      payday_criterion_item_get_today (item));

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), payday_criterion_item_get_label (item));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle);
    }

  if (met)
    gtk_widget_add_css_class (GTK_WIDGET (self->progress), "criterion-met");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->progress), "criterion-met");
  gtk_widget_remove_css_class (GTK_WIDGET (self->met_icon), met ? "criterion-unmet-icon" : "criterion-met-icon");
  gtk_widget_add_css_class (GTK_WIDGET (self->met_icon), met ? "criterion-met-icon" : "criterion-unmet-icon");
}

static void
payday_criterion_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), PAYDAY_TYPE_CRITERION_ROW);

  G_OBJECT_CLASS (payday_criterion_row_parent_class)->dispose (object);
}

/* The item outlives the bindings of the template, which GTK 4.8 removes while the
 * widgets are disposed: released earlier, its last reference would drop under them. */
static void
payday_criterion_row_finalize (GObject *object)
{
  PaydayCriterionRow *self = (PaydayCriterionRow *)object;

  g_clear_object (&self->item);

  G_OBJECT_CLASS (payday_criterion_row_parent_class)->finalize (object);
}

static void
payday_criterion_row_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  PaydayCriterionRow *self = PAYDAY_CRITERION_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      g_value_set_object (value, payday_criterion_row_get_item (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
payday_criterion_row_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  PaydayCriterionRow *self = PAYDAY_CRITERION_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      payday_criterion_row_set_item (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
payday_criterion_row_class_init (PaydayCriterionRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = payday_criterion_row_dispose;
  object_class->finalize = payday_criterion_row_finalize;
  object_class->get_property = payday_criterion_row_get_property;
  object_class->set_property = payday_criterion_row_set_property;

  properties [PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL,
                         PAYDAY_TYPE_CRITERION_ITEM,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (PAYDAY_TYPE_CRITERION_ITEM);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/payday/Payday/ui/payday-criterion-row.ui");
  gtk_widget_class_bind_template_child (widget_class, PaydayCriterionRow, value_label);
  gtk_widget_class_bind_template_child (widget_class, PaydayCriterionRow, progress);
  gtk_widget_class_bind_template_child (widget_class, PaydayCriterionRow, met_icon);
  gtk_widget_class_bind_template_callback (widget_class, criterion_value_text);
  gtk_widget_class_bind_template_callback (widget_class, criterion_subtitle);
  gtk_widget_class_bind_template_callback (widget_class, criterion_has_progress);
  gtk_widget_class_bind_template_callback (widget_class, criterion_fraction);
  gtk_widget_class_bind_template_callback (widget_class, criterion_icon_name);
  gtk_widget_class_bind_template_callback (widget_class, criterion_icon_tooltip);
}

static void
payday_criterion_row_init (PaydayCriterionRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* One colour while short of the mark, the success colour when met. */
  gtk_level_bar_remove_offset_value (self->progress, GTK_LEVEL_BAR_OFFSET_LOW);
  gtk_level_bar_remove_offset_value (self->progress, GTK_LEVEL_BAR_OFFSET_HIGH);
  gtk_level_bar_remove_offset_value (self->progress, GTK_LEVEL_BAR_OFFSET_FULL);
  payday_criterion_row_sync (self);
}

/**
 * payday_criterion_row_new:
 * @badge_id: the badge the criterion belongs to; the row and its value are named
 *   "criterion-BADGE-ID" and "value-BADGE-ID" for tests and style
 */
GtkWidget *
payday_criterion_row_new (PaydayCriterionItem *item,
                          const char          *badge_id)
{
  PaydayCriterionRow *self;
  g_autofree char *name = NULL;
  g_autofree char *value_name = NULL;

  g_return_val_if_fail (PAYDAY_IS_CRITERION_ITEM (item), NULL);
  g_return_val_if_fail (badge_id != NULL, NULL);

  self = g_object_new (PAYDAY_TYPE_CRITERION_ROW, "item", item, NULL);
  name = g_strdup_printf ("criterion-%s-%s", badge_id, payday_criterion_item_get_id (item));
  value_name = g_strdup_printf ("value-%s-%s", badge_id, payday_criterion_item_get_id (item));
  gtk_widget_set_name (GTK_WIDGET (self), name);
  gtk_widget_set_name (GTK_WIDGET (self->value_label), value_name);

  return GTK_WIDGET (self);
}

PaydayCriterionItem *
payday_criterion_row_get_item (PaydayCriterionRow *self)
{
  g_return_val_if_fail (PAYDAY_IS_CRITERION_ROW (self), NULL);

  return self->item;
}

void
payday_criterion_row_set_item (PaydayCriterionRow  *self,
                               PaydayCriterionItem *item)
{
  g_return_if_fail (PAYDAY_IS_CRITERION_ROW (self));
  g_return_if_fail (!item || PAYDAY_IS_CRITERION_ITEM (item));

  if (self->item == item)
    return;

  if (self->item != NULL)
    g_signal_handlers_disconnect_by_func (self->item, payday_criterion_row_sync, self);
  g_set_object (&self->item, item);
  if (item != NULL)
    g_signal_connect_object (item, "notify", G_CALLBACK (payday_criterion_row_sync),
                             self, G_CONNECT_SWAPPED);

  payday_criterion_row_sync (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ITEM]);
}
