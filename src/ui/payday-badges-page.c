/* payday-badges-page.c — the badges as cards, bound to the document's badge model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "payday-badge-card.h"
#include "payday-badges-page.h"
#include "payday-ui-util.h"

struct _PaydayBadgesPage
{
  GtkWidget       parent_instance;

  PaydayDocument *document;

  GtkStack       *stack;
  GtkLabel       *as_of_label;
  GtkLabel       *edition_label;
  GtkListBox     *cards;

  /* The cards are bound to the document's badges once the page is first shown: opening a
   * big plan does not build cards nobody sees. From then on the bound cards follow the
   * model's notifications. */
  GListModel     *bound;
};

G_DEFINE_FINAL_TYPE (PaydayBadgesPage, payday_badges_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DOCUMENT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* The cards follow the document's badge model by themselves; on "changed" only the date
 * and the rule edition above them are read. */
static void
payday_badges_page_update (PaydayBadgesPage *self)
{
  const PaydayBadgeReport *report = NULL;

  g_assert (PAYDAY_IS_BADGES_PAGE (self));

  if (self->document != NULL)
    report = payday_document_get_badges (self->document);

  if (report == NULL || report->badges->len == 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  {
    g_autofree char *today = payday_date_format_long (report->today);
    g_autofree char *as_of = g_strdup_printf (_("As of %s"), today);
    const PaydayEdition *edition = payday_rules_find_edition (payday_document_get_rules (self->document),
                                                              report->edition);
    g_autofree char *from = payday_ui_format_date_with_year (report->edition);
    g_autofree char *rules = NULL;

    if (edition != NULL && edition->title != NULL)
      /* Translators: the rules edition, e.g. "Rules: Variable fee, in force since Thu, May 1, 2025" */
      rules = g_strdup_printf (_("Rules: %s, in force since %s"), edition->title, from);
    else
      rules = g_strdup_printf (_("Rules in force since %s"), from);

    gtk_label_set_label (self->as_of_label, as_of);
    gtk_label_set_label (self->edition_label, rules);
  }

  gtk_stack_set_visible_child_name (self->stack, "badges");
}

static GtkWidget *
create_card_row (gpointer item,
                 gpointer user_data)
{
  GtkWidget *row = gtk_list_box_row_new ();

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), payday_badge_card_new (item));

  return row;
}

static void
payday_badges_page_bind (PaydayBadgesPage *self)
{
  GListModel *model = NULL;

  if (self->document != NULL && gtk_widget_get_mapped (GTK_WIDGET (self)))
    model = payday_document_get_badge_items (self->document);
  else if (self->document != NULL && self->bound == payday_document_get_badge_items (self->document))
    return;

  if (model == self->bound)
    return;

  self->bound = model;
  gtk_list_box_bind_model (self->cards, model, model ? create_card_row : NULL, self, NULL);
}

static void
payday_badges_page_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (payday_badges_page_parent_class)->map (widget);

  payday_badges_page_bind (PAYDAY_BADGES_PAGE (widget));
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

  widget_class->map = payday_badges_page_map;

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
  payday_badges_page_bind (self);

  if (document != NULL)
    g_signal_connect_object (document,
                             "changed",
                             G_CALLBACK (payday_badges_page_update),
                             self,
                             G_CONNECT_SWAPPED);

  payday_badges_page_update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DOCUMENT]);
}
