/* payday-badges-page.c — each badge as a card: its criteria, JSS weeks, projection and next step
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "payday-badges-page-private.h"
#include "payday-ui-util.h"

/* Choices where the design is silent:
 * - The JSS history is drawn by a small cairo sparkline of its own rather than PaydayChart,
 *   whose value axis is money; it shows every JSS on record up to today, stepped (a score
 *   holds until the next one), with the badge's minimum as a dashed line.
 * - The next step is the first row of a card, tinted, because it is what the user acts on;
 *   an eligible badge's card shows it too (the engine's sentence says how to keep it). */

struct _PaydayBadgesPage
{
  GtkWidget       parent_instance;

  PaydayDocument *document;

  GtkStack       *stack;
  GtkLabel       *as_of_label;
  GtkLabel       *edition_label;
  GtkBox         *cards;
};

G_DEFINE_FINAL_TYPE (PaydayBadgesPage, payday_badges_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DOCUMENT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
payday_badges_page_update (PaydayBadgesPage *self)
{
  const PaydayBadgeReport *report = NULL;
  PaydayPlan *plan = NULL;
  GtkWidget *child;

  /* Hidden behind another page: rebuild once when shown, not on every edit. */
  if (payday_ui_defer_until_mapped (GTK_WIDGET (self), (PaydayUiUpdateFunc) payday_badges_page_update))
    return;

  g_assert (PAYDAY_IS_BADGES_PAGE (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->cards))))
    gtk_box_remove (self->cards, child);

  if (self->document != NULL)
    {
      report = payday_document_get_badges (self->document);
      plan = payday_document_get_plan (self->document);
    }

  if (report == NULL || plan == NULL || report->badges->len == 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  {
    g_autofree char *today = payday_date_format_long (report->today);
    g_autofree char *as_of = g_strdup_printf (_("As of %s"), today);
    const PaydayEdition *edition = payday_rules_find_edition (payday_document_get_rules (self->document),
                                                              report->edition);
    g_autofree char *from = payday_badges_page_format_date_with_year (report->edition);
    g_autofree char *rules = NULL;

    if (edition != NULL && edition->title != NULL)
      /* Translators: the rules edition, e.g. "Rules: Variable fee, in force since Thu, May 1, 2025" */
      rules = g_strdup_printf (_("Rules: %s, in force since %s"), edition->title, from);
    else
      rules = g_strdup_printf (_("Rules in force since %s"), from);

    gtk_label_set_label (self->as_of_label, as_of);
    gtk_label_set_label (self->edition_label, rules);
  }

  for (guint i = 0; i < report->badges->len; i++)
    {
      const PaydayBadge *badge = &g_array_index (report->badges, PaydayBadge, i);

      gtk_box_append (self->cards, payday_badges_page_card_new (report, badge, &plan->profile));
    }

  gtk_stack_set_visible_child_name (self->stack, "badges");
}

static void
payday_badges_page_dispose (GObject *object)
{
  PaydayBadgesPage *self = (PaydayBadgesPage *)object;
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), PAYDAY_TYPE_BADGES_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (payday_badges_page_parent_class)->dispose (object);
}

static void
payday_badges_page_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  PaydayBadgesPage *self = PAYDAY_BADGES_PAGE (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, payday_badges_page_get_document (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
payday_badges_page_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  PaydayBadgesPage *self = PAYDAY_BADGES_PAGE (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      payday_badges_page_set_document (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
payday_badges_page_class_init (PaydayBadgesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = payday_badges_page_dispose;
  object_class->get_property = payday_badges_page_get_property;
  object_class->set_property = payday_badges_page_set_property;

  properties [PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL,
                         PAYDAY_TYPE_DOCUMENT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/payday/Payday/ui/payday-badges-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PaydayBadgesPage, stack);
  gtk_widget_class_bind_template_child (widget_class, PaydayBadgesPage, as_of_label);
  gtk_widget_class_bind_template_child (widget_class, PaydayBadgesPage, edition_label);
  gtk_widget_class_bind_template_child (widget_class, PaydayBadgesPage, cards);
}

static void
payday_badges_page_init (PaydayBadgesPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  payday_badges_page_update (self);
}

GtkWidget *
payday_badges_page_new (PaydayDocument *document)
{
  g_return_val_if_fail (!document || PAYDAY_IS_DOCUMENT (document), NULL);

  return g_object_new (PAYDAY_TYPE_BADGES_PAGE,
                       "document", document,
                       NULL);
}

PaydayDocument *
payday_badges_page_get_document (PaydayBadgesPage *self)
{
  g_return_val_if_fail (PAYDAY_IS_BADGES_PAGE (self), NULL);

  return self->document;
}

void
payday_badges_page_set_document (PaydayBadgesPage *self,
                                 PaydayDocument   *document)
{
  g_return_if_fail (PAYDAY_IS_BADGES_PAGE (self));
  g_return_if_fail (!document || PAYDAY_IS_DOCUMENT (document));

  if (self->document == document)
    return;

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_func (self->document,
                                          G_CALLBACK (payday_badges_page_update),
                                          self);

  g_set_object (&self->document, document);

  if (document != NULL)
    g_signal_connect_object (document,
                             "changed",
                             G_CALLBACK (payday_badges_page_update),
                             self,
                             G_CONNECT_SWAPPED);

  payday_badges_page_update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DOCUMENT]);
}
