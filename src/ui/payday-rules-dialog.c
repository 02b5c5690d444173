/* payday-rules-dialog.c — the Rule Editions dialog: the rule set's editions as a timeline
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "payday-edition-row.h"
#include "payday-rules-dialog.h"

struct _PaydayRulesDialog
{
  AdwPreferencesWindow  parent_instance;

  PaydayDocument       *document;

  /* Template widgets */
  AdwPreferencesGroup  *group;
  GtkButton            *unpin_button;
  GtkListBox           *list_box;
  GtkStringList        *editions;    /* first days as YYYY-MM-DD, newest first */
};

G_DEFINE_FINAL_TYPE (PaydayRulesDialog, payday_rules_dialog, ADW_TYPE_PREFERENCES_WINDOW)

enum {
  PROP_0,
  PROP_DOCUMENT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static GtkWidget *
payday_rules_dialog_create_row (gpointer item,
                                gpointer user_data)
{
  PaydayRulesDialog *self = user_data;
  PaydayRules *rules = payday_document_get_rules (self->document);
  PaydayPlan *plan = payday_document_get_plan (self->document);
  PaydayDate today = payday_document_get_today (self->document);
  gboolean pinned = payday_date_is_set (plan->rules_edition);
  PaydayDate date = PAYDAY_DATE_NONE;
  const PaydayEdition *edition;

  if (!payday_date_parse (gtk_string_object_get_string (item), &date))
    g_assert_not_reached ();
  edition = payday_rules_find_edition (rules, date);
  g_assert (edition != NULL);

  return payday_edition_row_new (rules, edition,
                                 !pinned && edition == payday_rules_edition_at (rules, today),
                                 pinned && edition == payday_rules_edition_for (rules, plan, today));
}

/* The document changed (a pin, today, the rule set): the rows are made again, since which
 * edition is in force or shown may have changed with it. */
static void
payday_rules_dialog_rebuild (PaydayRulesDialog *self)
{
  PaydayRules *rules = payday_document_get_rules (self->document);
  PaydayPlan *plan = payday_document_get_plan (self->document);
  gboolean pinned = payday_date_is_set (plan->rules_edition);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) dates = NULL;
  g_autofree char *description = NULL;

  adw_preferences_group_set_title (self->group, rules->name ? rules->name : rules->id);
  if (pinned)
    {
      g_autofree char *date = payday_date_to_string (plan->rules_edition);

      description = g_strdup_printf (_("The plan is shown under the edition of %s for every date."),
                                     date);
    }
  else
    description = g_strdup (_("Each date of the plan follows the edition in force on that date."));
  adw_preferences_group_set_description (self->group, description);
  gtk_widget_set_visible (GTK_WIDGET (self->unpin_button), pinned);

  /* Newest first: the edition that matters now is near the top, history below it. */
  for (guint i = rules->editions->len; i > 0; i--)
    {
      const PaydayEdition *edition = g_ptr_array_index (rules->editions, i - 1);
      char buf[PAYDAY_DATE_BUF];

      g_strv_builder_add (builder, payday_date_format (edition->effective_from, buf));
    }
  dates = g_strv_builder_end (builder);
  gtk_string_list_splice (self->editions, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->editions)),
                          (const char * const *) dates);
}

static void
payday_rules_dialog_pin (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *param)
{
  PaydayRulesDialog *self = PAYDAY_RULES_DIALOG (widget);
  PaydayPlan *plan = payday_document_get_plan (self->document);
  const char *text = g_variant_get_string (param, NULL);
  PaydayDate date = PAYDAY_DATE_NONE;
  g_autoptr(PaydayCommand) command = NULL;
  PaydayPlanHeader *header;

  if (text[0] != '\0' && !payday_date_parse (text, &date))
    return;
  if (payday_date_is_set (date) &&
      payday_rules_find_edition (payday_document_get_rules (self->document), date) == NULL)
    return;
  if (date == plan->rules_edition)
    return;

  /* A what-if pin is part of the plan (its rules_edition): an undoable command. */
  command = payday_command_new (payday_date_is_set (date) ? _("Pin Rule Edition")
                                                          : _("Unpin Rule Edition"));
  header = payday_document_dup_part (self->document, PAYDAY_PLAN_PART_HEADER);
  header->rules_edition = date;
  payday_command_take_part (command, PAYDAY_PLAN_PART_HEADER, header);
  payday_document_run (self->document, command, NULL);
}

static void
payday_rules_dialog_constructed (GObject *object)
{
  PaydayRulesDialog *self = (PaydayRulesDialog *)object;

  G_OBJECT_CLASS (payday_rules_dialog_parent_class)->constructed (object);

  g_assert (PAYDAY_IS_DOCUMENT (self->document));

  gtk_list_box_bind_model (self->list_box, G_LIST_MODEL (self->editions),
                           payday_rules_dialog_create_row, self, NULL);
  g_signal_connect_object (self->document, "changed",
                           G_CALLBACK (payday_rules_dialog_rebuild), self, G_CONNECT_SWAPPED);
  payday_rules_dialog_rebuild (self);
}

static void
payday_rules_dialog_dispose (GObject *object)
{
  PaydayRulesDialog *self = (PaydayRulesDialog *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), PAYDAY_TYPE_RULES_DIALOG);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (payday_rules_dialog_parent_class)->dispose (object);
}

static void
payday_rules_dialog_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  PaydayRulesDialog *self = PAYDAY_RULES_DIALOG (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, payday_rules_dialog_get_document (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
payday_rules_dialog_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  PaydayRulesDialog *self = PAYDAY_RULES_DIALOG (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      self->document = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
payday_rules_dialog_class_init (PaydayRulesDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = payday_rules_dialog_constructed;
  object_class->dispose = payday_rules_dialog_dispose;
  object_class->get_property = payday_rules_dialog_get_property;
  object_class->set_property = payday_rules_dialog_set_property;

  /**
   * PaydayRulesDialog:document:
   *
   * The open document whose rule set is shown and whose plan a pin changes.
   */
  properties [PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, PAYDAY_TYPE_DOCUMENT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/payday/Payday/ui/payday-rules-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PaydayRulesDialog, group);
  gtk_widget_class_bind_template_child (widget_class, PaydayRulesDialog, unpin_button);
  gtk_widget_class_bind_template_child (widget_class, PaydayRulesDialog, list_box);
  gtk_widget_class_bind_template_child (widget_class, PaydayRulesDialog, editions);

  /* "rules.pin" with an edition's first day shows the plan under it; "" shows each date
   * under its own edition again. */
  gtk_widget_class_install_action (widget_class, "rules.pin", "s", payday_rules_dialog_pin);
}

static void
payday_rules_dialog_init (PaydayRulesDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * payday_rules_dialog_new:
 * @parent: the document's window
 * @document: the open document
 *
 * The editions of the plan's rule set, newest first, each with its figures (unverified ones
 * tagged), sources and notes, and a button to see the whole plan under that edition.
 *
 * Returns: (transfer none): the dialog, transient for @parent and modal, not yet shown
 */
GtkWidget *
payday_rules_dialog_new (GtkWindow      *parent,
                         PaydayDocument *document)
{
  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (PAYDAY_IS_DOCUMENT (document), NULL);

  return g_object_new (PAYDAY_TYPE_RULES_DIALOG,
                       "transient-for", parent,
                       "document", document,
                       NULL);
}

PaydayDocument *
payday_rules_dialog_get_document (PaydayRulesDialog *self)
{
  g_return_val_if_fail (PAYDAY_IS_RULES_DIALOG (self), NULL);

  return self->document;
}
