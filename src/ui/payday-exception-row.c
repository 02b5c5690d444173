/* payday-exception-row.c — one exception of the reconcile: predicted, paid, the verdict,
 * and a link to its contract
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "payday-exception-row.h"
#include "payday-ui-util.h"

struct _PaydayExceptionRow
{
  AdwActionRow         parent_instance;

  PaydayReconcileItem *item;

  /* Template widgets */
  GtkButton           *contract_button;
};

G_DEFINE_FINAL_TYPE (PaydayExceptionRow, payday_exception_row, ADW_TYPE_ACTION_ROW)

enum {
  PROP_0,
  PROP_ITEM,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static const char *
verdict_title (PaydayVerdict verdict)
{
  switch (verdict)
    {
    case PAYDAY_VERDICT_AS_PREDICTED: return _("As predicted");
    case PAYDAY_VERDICT_EARLY: return _("Paid early");
    case PAYDAY_VERDICT_LATE: return _("Paid late");
    case PAYDAY_VERDICT_AMOUNT_DIFFERS: return _("Amount differs");
    case PAYDAY_VERDICT_MISSING: return _("Not paid");
    case PAYDAY_VERDICT_UNEXPECTED: return _("Not predicted");
    case PAYDAY_N_VERDICTS:
    default:
      g_return_val_if_reached ("");
    }
}

static char *
row_title (PaydayVerdict  verdict,
           const char    *contract_title)
{
  /* Translators: a reconcile exception, e.g. "Paid late · Logo redesign" */
  return g_strdup_printf (_("%s · %s"), verdict_title (verdict),
                          contract_title != NULL ? contract_title : "");
}

static char *
side_text (PaydayDate  on,
           PaydayCents cents)
{
  g_autofree char *money = NULL;
  g_autofree char *day = NULL;

  if (!payday_date_is_set (on))
    return NULL;
  money = payday_ui_format_money (cents);
  day = payday_date_format_long (on);
  /* Translators: an amount and its day, e.g. "$400.00 on Monday, March 2, 2026" */
  return g_strdup_printf (_("%s on %s"), money, day);
}

static char *
row_subtitle (PaydayDate  predicted_on,
              gint64      predicted_cents,
              PaydayDate  actual_on,
              gint64      actual_cents)
{
  g_autofree char *predicted = side_text (predicted_on, predicted_cents);
  g_autofree char *actual = side_text (actual_on, actual_cents);
  g_autofree char *predicted_line = NULL;
  g_autofree char *actual_line = NULL;

  /* Translators: the predicted side of a reconcile row */
  predicted_line = predicted != NULL ? g_strdup_printf (_("Predicted: %s"), predicted)
                                     : g_strdup (_("Predicted: nothing"));
  /* Translators: the paid side of a reconcile row */
  actual_line = actual != NULL ? g_strdup_printf (_("Paid: %s"), actual)
                               : g_strdup (_("Paid: nothing yet"));

  return g_strdup_printf ("%s\n%s", predicted_line, actual_line);
}

static void
payday_exception_row_dispose (GObject *object)
{
  PaydayExceptionRow *self = (PaydayExceptionRow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), PAYDAY_TYPE_EXCEPTION_ROW);

  G_OBJECT_CLASS (payday_exception_row_parent_class)->dispose (object);
}

static void
payday_exception_row_finalize (GObject *object)
{
  PaydayExceptionRow *self = (PaydayExceptionRow *)object;

  /* Here, not in dispose: the template's expressions watch it until GObject's own
   * dispose has run. */
  g_clear_object (&self->item);

  G_OBJECT_CLASS (payday_exception_row_parent_class)->finalize (object);
}

/* The row's own title and subtitle are set here rather than bound in the template: an
 * AdwActionRow's labels go away while its template is disposed, before the bindings. */
static void
payday_exception_row_sync (PaydayExceptionRow *self)
{
  PaydayReconcileItem *item = self->item;
  g_autofree char *title = row_title (payday_reconcile_item_get_verdict (item),
                                      payday_reconcile_item_get_contract_title (item));
  g_autofree char *subtitle = row_subtitle (payday_reconcile_item_get_predicted_on (item),
                                            payday_reconcile_item_get_predicted_cents (item),
                                            payday_reconcile_item_get_actual_on (item),
                                            payday_reconcile_item_get_actual_cents (item));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle);
}

static void
payday_exception_row_sync_target (PaydayExceptionRow *self)
{
  const char *id = payday_reconcile_item_get_contract_id (self->item);

  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->contract_button), "s",
                                    id != NULL ? id : "");
}

static void
payday_exception_row_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  PaydayExceptionRow *self = PAYDAY_EXCEPTION_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      g_value_set_object (value, self->item);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
payday_exception_row_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  PaydayExceptionRow *self = PAYDAY_EXCEPTION_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      self->item = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
payday_exception_row_class_init (PaydayExceptionRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = payday_exception_row_dispose;
  object_class->finalize = payday_exception_row_finalize;
  object_class->get_property = payday_exception_row_get_property;
  object_class->set_property = payday_exception_row_set_property;

  properties [PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL, PAYDAY_TYPE_RECONCILE_ITEM,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/payday/Payday/ui/payday-exception-row.ui");
  gtk_widget_class_bind_template_child (widget_class, PaydayExceptionRow, contract_button);
}

static void
payday_exception_row_init (PaydayExceptionRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
payday_exception_row_new (PaydayReconcileItem *item)
{
  PaydayExceptionRow *self;

  g_return_val_if_fail (PAYDAY_IS_RECONCILE_ITEM (item), NULL);

  self = g_object_new (PAYDAY_TYPE_EXCEPTION_ROW, "item", item, NULL);
  payday_exception_row_sync_target (self);
  payday_exception_row_sync (self);
  g_signal_connect_object (item, "notify", G_CALLBACK (payday_exception_row_sync), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (item, "notify::contract-id",
                           G_CALLBACK (payday_exception_row_sync_target), self, G_CONNECT_SWAPPED);

  return GTK_WIDGET (self);
}
