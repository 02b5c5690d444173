/* payday-reconcile-card.c — the Overview's card on how the plan held up against what was
 * really paid, with its exceptions one click away
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "payday-reconcile-card.h"
#include "payday-reconcile-item.h"
#include "payday-exception-row.h"

struct _PaydayReconcileCard
{
  GtkWidget            parent_instance;

  PaydayDocument      *document;

  /* Template widgets and objects */
  GtkLabel            *summary_label;
  GtkLabel            *detail_label;
  GtkMenuButton       *exceptions_button;
  GtkPopover          *exceptions_popover;
  GtkListBox          *exceptions_list;
  GtkFilterListModel  *exceptions;
};

G_DEFINE_FINAL_TYPE (PaydayReconcileCard, payday_reconcile_card, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DOCUMENT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* Reconcile only compares transactions (a weekly summary describes work, not payments):
 * the card says nothing until the plan has some. */
static gboolean
has_transactions (const PaydayPlan *plan)
{
  for (guint i = 0; plan != NULL && i < plan->actuals->len; i++)
    if (g_array_index (plan->actuals, PaydayActual, i).source == PAYDAY_ACTUAL_FROM_TRANSACTIONS)
      return TRUE;
  return FALSE;
}

static void
payday_reconcile_card_update (PaydayReconcileCard *self)
{
  GListModel *rows;
  guint counts[PAYDAY_N_VERDICTS] = { 0 };
  guint n;
  g_autofree char *summary = NULL;
  g_autoptr(GString) detail = g_string_new (NULL);
  static const PaydayVerdict order[] = {
    PAYDAY_VERDICT_EARLY, PAYDAY_VERDICT_LATE, PAYDAY_VERDICT_AMOUNT_DIFFERS,
    PAYDAY_VERDICT_MISSING, PAYDAY_VERDICT_UNEXPECTED,
  };

  if (self->document == NULL || !has_transactions (payday_document_get_plan (self->document)))
    {
      gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
      return;
    }

  rows = payday_document_get_reconcile (self->document);
  n = g_list_model_get_n_items (rows);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PaydayReconcileItem) item = g_list_model_get_item (rows, i);

      counts[payday_reconcile_item_get_verdict (item)]++;
    }

  /* Every row is a payment: predicted, paid, or both. */
  summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "%u of %u payment as predicted",
                                          "%u of %u payments as predicted", n),
                             counts[PAYDAY_VERDICT_AS_PREDICTED], n);
  gtk_label_set_label (self->summary_label, summary);

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      guint c = counts[order[i]];
      g_autofree char *text = NULL;

      if (c == 0)
        continue;
      switch (order[i])
        {
        case PAYDAY_VERDICT_EARLY:
          text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u early", "%u early", c), c);
          break;
        case PAYDAY_VERDICT_LATE:
          text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u late", "%u late", c), c);
          break;
        case PAYDAY_VERDICT_AMOUNT_DIFFERS:
          text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u with another amount",
                                               "%u with another amount", c), c);
          break;
        case PAYDAY_VERDICT_MISSING:
          text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u not paid", "%u not paid", c),
                                  c);
          break;
        case PAYDAY_VERDICT_UNEXPECTED:
          text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u not predicted",
                                               "%u not predicted", c), c);
          break;
        case PAYDAY_VERDICT_AS_PREDICTED:
        case PAYDAY_N_VERDICTS:
        default:
          g_assert_not_reached ();
        }
      if (detail->len > 0)
        g_string_append (detail, " · ");
      g_string_append (detail, text);
    }
  if (n == 0)
    g_string_append (detail, _("No imported payment is linked to a contract yet."));
  gtk_label_set_label (self->detail_label, detail->str);

  gtk_widget_set_sensitive (GTK_WIDGET (self->exceptions_button),
                            n > counts[PAYDAY_VERDICT_AS_PREDICTED]);
  gtk_widget_set_visible (GTK_WIDGET (self), TRUE);
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  return payday_exception_row_new (item);
}

static void
payday_reconcile_card_dispose (GObject *object)
{
  PaydayReconcileCard *self = (PaydayReconcileCard *)object;
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), PAYDAY_TYPE_RECONCILE_CARD);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (payday_reconcile_card_parent_class)->dispose (object);
}

static void
payday_reconcile_card_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  PaydayReconcileCard *self = PAYDAY_RECONCILE_CARD (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, payday_reconcile_card_get_document (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
payday_reconcile_card_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  PaydayReconcileCard *self = PAYDAY_RECONCILE_CARD (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      payday_reconcile_card_set_document (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
payday_reconcile_card_class_init (PaydayReconcileCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = payday_reconcile_card_dispose;
  object_class->get_property = payday_reconcile_card_get_property;
  object_class->set_property = payday_reconcile_card_set_property;

  properties [PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, PAYDAY_TYPE_DOCUMENT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (PAYDAY_TYPE_RECONCILE_ITEM);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/payday/Payday/ui/payday-reconcile-card.ui");
  gtk_widget_class_bind_template_child (widget_class, PaydayReconcileCard, summary_label);
  gtk_widget_class_bind_template_child (widget_class, PaydayReconcileCard, detail_label);
  gtk_widget_class_bind_template_child (widget_class, PaydayReconcileCard, exceptions_button);
  gtk_widget_class_bind_template_child (widget_class, PaydayReconcileCard, exceptions_popover);
  gtk_widget_class_bind_template_child (widget_class, PaydayReconcileCard, exceptions_list);
  gtk_widget_class_bind_template_child (widget_class, PaydayReconcileCard, exceptions);
}

static void
payday_reconcile_card_init (PaydayReconcileCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_list_box_bind_model (self->exceptions_list, G_LIST_MODEL (self->exceptions),
                           create_row, NULL, NULL);
}

PaydayDocument *
payday_reconcile_card_get_document (PaydayReconcileCard *self)
{
  g_return_val_if_fail (PAYDAY_IS_RECONCILE_CARD (self), NULL);

  return self->document;
}

void
payday_reconcile_card_set_document (PaydayReconcileCard *self,
                                    PaydayDocument      *document)
{
  g_return_if_fail (PAYDAY_IS_RECONCILE_CARD (self));
  g_return_if_fail (!document || PAYDAY_IS_DOCUMENT (document));

  if (self->document == document)
    return;

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_func (self->document, payday_reconcile_card_update, self);
  g_set_object (&self->document, document);
  gtk_filter_list_model_set_model (self->exceptions, document != NULL
                                                    ? payday_document_get_reconcile (document)
                                                    : NULL);
  if (document != NULL)
    g_signal_connect_object (document, "changed",
                             G_CALLBACK (payday_reconcile_card_update), self, G_CONNECT_SWAPPED);

  payday_reconcile_card_update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DOCUMENT]);
}

/**
 * payday_reconcile_card_get_exceptions:
 *
 * Returns: (transfer none): the rows the exceptions list shows: every
 *   #PaydayReconcileItem of the document but those as predicted
 */
GListModel *
payday_reconcile_card_get_exceptions (PaydayReconcileCard *self)
{
  g_return_val_if_fail (PAYDAY_IS_RECONCILE_CARD (self), NULL);

  return G_LIST_MODEL (self->exceptions);
}
