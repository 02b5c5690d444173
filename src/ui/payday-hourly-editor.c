/* payday-hourly-editor.c — an hourly contract's terms and weekly timesheet
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "payday-hourly-editor.h"
#include "payday-editor-util.h"
#include "payday-week-row.h"

/* The timesheet is a model of PaydayWeekObject bound to the list box: after an edit the
 * weeks are updated in place (payday_week_objects_sync()), so the row whose field is being
 * edited keeps its focus, and only a week added or deleted adds or removes a row. */
struct _PaydayHourlyEditor
{
  GtkWidget         parent_instance;

  PaydayDocument   *document;
  char             *contract_id;
  GListStore       *weeks;                /* PaydayWeekObject */
  guint             updating : 1;

  GtkWidget        *box;
  PaydayMoneyEntry *rate_entry;
  PaydayMoneyEntry *limit_entry;
  PaydayMoneyEntry *planned_entry;
  GtkListBox       *weeks_list;
};

G_DEFINE_FINAL_TYPE (PaydayHourlyEditor, payday_hourly_editor, GTK_TYPE_WIDGET)

static const PaydayContract *
current (PaydayHourlyEditor *self,
         gint               *index)
{
  return payday_editor_find_contract (self->document, self->contract_id, index);
}

/* Makes one command of @change; a refused result marks @source and says why. */
static void
edit (PaydayHourlyEditor   *self,
      gpointer              source,
      const char           *label,
      PaydayContractChange  change,
      gpointer              data)
{
  GError *error = NULL;

  if (!payday_editor_change_contract (self->document, self->contract_id, label, change, data, &error))
    payday_editor_show_refusal (GTK_WIDGET (self), source, error);
}

static void
payday_hourly_editor_update (PaydayHourlyEditor *self)
{
  const PaydayContract *c;
  gint index = 0;

  if ((c = current (self, &index)) != NULL && c->type != PAYDAY_CONTRACT_HOURLY)
    c = NULL;

  self->updating = TRUE;
  if (c != NULL)
    {
      payday_money_entry_set_value (self->rate_entry, c->rate_cents);
      payday_money_entry_set_value (self->limit_entry, c->weekly_limit_hours);
      payday_money_entry_set_value (self->planned_entry, c->planned_hours_per_week);
    }
  payday_week_objects_sync (self->weeks, c, index,
                            self->document ? payday_document_get_schedule (self->document) : NULL);
  self->updating = FALSE;
}

/* Terms ------------------------------------------------------------------------------ */

static void
mutate_rate (PaydayContract *c,
             gpointer        data)
{
  c->rate_cents = *(gint64 *) data;
}

static void
mutate_limit (PaydayContract *c,
              gpointer        data)
{
  c->weekly_limit_hours = *(gint64 *) data;
}

static void
mutate_planned (PaydayContract *c,
                gpointer        data)
{
  c->planned_hours_per_week = *(gint64 *) data;
}

static void
change_term (PaydayHourlyEditor   *self,
             PaydayMoneyEntry     *entry,
             const char           *label,
             PaydayContractChange  change)
{
  gint64 value = payday_money_entry_get_value (entry);

  if (!self->updating && current (self, NULL) != NULL)
    edit (self, entry, label, change, &value);
}

static void
on_rate_changed (PaydayHourlyEditor *self)
{
  change_term (self, self->rate_entry, _("Change Rate"), mutate_rate);
}

static void
on_limit_changed (PaydayHourlyEditor *self)
{
  change_term (self, self->limit_entry, _("Change Weekly Limit"), mutate_limit);
}

static void
on_planned_changed (PaydayHourlyEditor *self)
{
  change_term (self, self->planned_entry, _("Change Planned Hours"), mutate_planned);
}

/* Weeks ------------------------------------------------------------------------------ */

static GtkWidget *
create_week_row (gpointer item,
                 gpointer user_data)
{
  PaydayHourlyEditor *self = user_data;

  return payday_week_row_new (self->document, self->contract_id, item);
}

static void
action_add_week (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  PaydayHourlyEditor *self = PAYDAY_HOURLY_EDITOR (widget);
  const PaydayContract *c = current (self, NULL);
  g_autoptr(PaydayCommand) command = NULL;
  PaydayWeek week = { 0, };
  GError *error = NULL;

  if (c == NULL)
    return;

  week.week_start = payday_contract_next_week_start (c, payday_document_get_today (self->document));
  week.dispute_outcome = PAYDAY_DISPUTE_PENDING;
  command = payday_command_new (_("Add Week"));
  payday_command_set_week (command, c->id, &week);
  if (!payday_document_run (self->document, command, &error))
    payday_editor_show_refusal (GTK_WIDGET (self), NULL, error);
}

/* GObject ---------------------------------------------------------------------------- */

static void
payday_hourly_editor_dispose (GObject *object)
{
  PaydayHourlyEditor *self = (PaydayHourlyEditor *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), PAYDAY_TYPE_HOURLY_EDITOR);
  g_clear_object (&self->weeks);
  g_clear_pointer (&self->contract_id, g_free);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (payday_hourly_editor_parent_class)->dispose (object);
}

static void
payday_hourly_editor_class_init (PaydayHourlyEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = payday_hourly_editor_dispose;

  g_type_ensure (PAYDAY_TYPE_MONEY_ENTRY);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/payday/Payday/ui/payday-hourly-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, PaydayHourlyEditor, box);
  gtk_widget_class_bind_template_child (widget_class, PaydayHourlyEditor, rate_entry);
  gtk_widget_class_bind_template_child (widget_class, PaydayHourlyEditor, limit_entry);
  gtk_widget_class_bind_template_child (widget_class, PaydayHourlyEditor, planned_entry);
  gtk_widget_class_bind_template_child (widget_class, PaydayHourlyEditor, weeks_list);
  gtk_widget_class_bind_template_callback (widget_class, on_rate_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_limit_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_planned_changed);

  gtk_widget_class_install_action (widget_class, "hourly.add-week", NULL, action_add_week);
}

static void
payday_hourly_editor_init (PaydayHourlyEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->weeks = g_list_store_new (PAYDAY_TYPE_WEEK_OBJECT);
  gtk_list_box_bind_model (self->weeks_list, G_LIST_MODEL (self->weeks), create_week_row, self, NULL);
}

/**
 * payday_hourly_editor_set_contract:
 * @id: (nullable): an hourly contract's id
 *
 * Shows the contract @id of @document, or nothing; called again after every change.
 */
void
payday_hourly_editor_set_contract (PaydayHourlyEditor *self,
                                   PaydayDocument     *document,
                                   const char         *id)
{
  g_return_if_fail (PAYDAY_IS_HOURLY_EDITOR (self));

  if (g_strcmp0 (self->contract_id, id) != 0 || self->document != document)
    {
      /* Another contract: fresh rows (made for it), collapsed. */
      g_list_store_remove_all (self->weeks);
      g_set_object (&self->document, document);
      g_free (self->contract_id);
      self->contract_id = g_strdup (id);
    }
  payday_hourly_editor_update (self);
}

PaydayMoneyEntry *
payday_hourly_editor_get_rate_entry (PaydayHourlyEditor *self)
{
  g_return_val_if_fail (PAYDAY_IS_HOURLY_EDITOR (self), NULL);

  return self->rate_entry;
}

/**
 * payday_hourly_editor_get_hours_entry:
 * @field: "hours", "manual" or "disputed"
 *
 * Returns: (transfer none) (nullable): the field of the @week-th logged week
 */
PaydayMoneyEntry *
payday_hourly_editor_get_hours_entry (PaydayHourlyEditor *self,
                                      guint               week,
                                      const char         *field)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (PAYDAY_IS_HOURLY_EDITOR (self), NULL);

  if (!(row = gtk_list_box_get_row_at_index (self->weeks_list, week)))
    return NULL;
  return payday_week_row_get_entry (PAYDAY_WEEK_ROW (row), field);
}

guint
payday_hourly_editor_get_n_weeks (PaydayHourlyEditor *self)
{
  g_return_val_if_fail (PAYDAY_IS_HOURLY_EDITOR (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->weeks));
}
