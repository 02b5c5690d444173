/* payday-fixed-editor.c — a fixed-price contract's milestones and bonuses
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "payday-bonus-row.h"
#include "payday-editor-util.h"
#include "payday-fixed-editor.h"
#include "payday-milestone-row.h"

/* The milestones and bonuses are models of row objects bound to the list boxes: after an
 * edit they are updated in place (payday_milestone_objects_sync(),
 * payday_bonus_objects_sync()), so only a milestone or bonus added or deleted adds or
 * removes a row. Each row makes its own commands. */
struct _PaydayFixedEditor
{
  GtkWidget       parent_instance;

  PaydayDocument *document;
  char           *contract_id;
  GListStore     *milestones;           /* PaydayMilestoneObject */
  GListStore     *bonuses;              /* PaydayBonusObject */

  GtkWidget      *box;
  GtkListBox     *milestone_list;
  GtkListBox     *bonus_list;
};

G_DEFINE_FINAL_TYPE (PaydayFixedEditor, payday_fixed_editor, GTK_TYPE_WIDGET)

static void
payday_fixed_editor_update (PaydayFixedEditor *self)
{
  const PaydayContract *c;
  PaydaySchedule *schedule = self->document ? payday_document_get_schedule (self->document) : NULL;
  gint index = 0;

  if ((c = payday_editor_find_contract (self->document, self->contract_id, &index)) != NULL &&
      c->type != PAYDAY_CONTRACT_FIXED)
    c = NULL;

  payday_milestone_objects_sync (self->milestones, c, index, schedule);
  payday_bonus_objects_sync (self->bonuses, c, index, schedule);
}

static GtkWidget *
create_milestone_row (gpointer item,
                      gpointer user_data)
{
  PaydayFixedEditor *self = user_data;

  return payday_milestone_row_new (self->document, self->contract_id, item);
}

static GtkWidget *
create_bonus_row (gpointer item,
                  gpointer user_data)
{
  PaydayFixedEditor *self = user_data;

  return payday_bonus_row_new (self->document, self->contract_id, item);
}

static void
action_add (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  PaydayFixedEditor *self = PAYDAY_FIXED_EDITOR (widget);
  const PaydayContract *c = payday_editor_find_contract (self->document, self->contract_id, NULL);
  g_autoptr(PaydayCommand) command = NULL;
  g_autofree char *id = NULL;
  g_autofree char *title = NULL;
  GError *error = NULL;

  if (c == NULL)
    return;

  if (g_str_equal (action_name, "fixed.add-milestone"))
    {
      PaydayMilestone m = { 0, };

      m.id = id = payday_contract_new_milestone_id (c);
      m.title = title = g_strdup_printf (_("Milestone %u"), c->milestones->len + 1);
      m.funded = m.due = m.submitted = m.approved = PAYDAY_DATE_NONE;
      m.paid_cents = PAYDAY_NONE;
      m.status = PAYDAY_MILESTONE_ACTIVE;
      command = payday_command_new (_("Add Milestone"));
      payday_command_add_milestone (command, c->id, &m);
    }
  else
    {
      PaydayBonus b = { 0, };

      b.id = id = payday_contract_new_bonus_id (c);
      b.date = payday_document_get_today (self->document);
      command = payday_command_new (_("Add Bonus"));
      payday_command_add_bonus (command, c->id, &b);
    }

  if (!payday_document_run (self->document, command, &error))
    payday_editor_show_refusal (GTK_WIDGET (self), NULL, error);
}

static void
payday_fixed_editor_dispose (GObject *object)
{
  PaydayFixedEditor *self = (PaydayFixedEditor *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), PAYDAY_TYPE_FIXED_EDITOR);
  g_clear_object (&self->milestones);
  g_clear_object (&self->bonuses);
  g_clear_pointer (&self->contract_id, g_free);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (payday_fixed_editor_parent_class)->dispose (object);
}

static void
payday_fixed_editor_class_init (PaydayFixedEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = payday_fixed_editor_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/payday/Payday/ui/payday-fixed-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, PaydayFixedEditor, box);
  gtk_widget_class_bind_template_child (widget_class, PaydayFixedEditor, milestone_list);
  gtk_widget_class_bind_template_child (widget_class, PaydayFixedEditor, bonus_list);

  gtk_widget_class_install_action (widget_class, "fixed.add-milestone", NULL, action_add);
  gtk_widget_class_install_action (widget_class, "fixed.add-bonus", NULL, action_add);
}

static void
payday_fixed_editor_init (PaydayFixedEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->milestones = g_list_store_new (PAYDAY_TYPE_MILESTONE_OBJECT);
  self->bonuses = g_list_store_new (PAYDAY_TYPE_BONUS_OBJECT);
  gtk_list_box_bind_model (self->milestone_list, G_LIST_MODEL (self->milestones),
                           create_milestone_row, self, NULL);
  gtk_list_box_bind_model (self->bonus_list, G_LIST_MODEL (self->bonuses),
                           create_bonus_row, self, NULL);
}

/**
 * payday_fixed_editor_set_contract:
 * @id: (nullable): a fixed-price contract's id
 *
 * Shows the contract @id of @document, or nothing; called again after every change.
 */
void
payday_fixed_editor_set_contract (PaydayFixedEditor *self,
                                  PaydayDocument    *document,
                                  const char        *id)
{
  g_return_if_fail (PAYDAY_IS_FIXED_EDITOR (self));

  if (g_strcmp0 (self->contract_id, id) != 0 || self->document != document)
    {
      /* Another contract: fresh rows (made for it), collapsed. */
      g_list_store_remove_all (self->milestones);
      g_list_store_remove_all (self->bonuses);
      g_set_object (&self->document, document);
      g_free (self->contract_id);
      self->contract_id = g_strdup (id);
    }
  payday_fixed_editor_update (self);
}

guint
payday_fixed_editor_get_n_milestones (PaydayFixedEditor *self)
{
  g_return_val_if_fail (PAYDAY_IS_FIXED_EDITOR (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->milestones));
}

/**
 * payday_fixed_editor_get_field:
 * @field: "title", "amount", "funded", "due", "submitted", "approved", "paid" or "status"
 *
 * Returns: (transfer none) (nullable): the widget editing that field of a milestone
 */
GtkWidget *
payday_fixed_editor_get_field (PaydayFixedEditor *self,
                               guint              milestone,
                               const char        *field)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (PAYDAY_IS_FIXED_EDITOR (self), NULL);

  if (!(row = gtk_list_box_get_row_at_index (self->milestone_list, milestone)))
    return NULL;
  return payday_milestone_row_get_field (PAYDAY_MILESTONE_ROW (row), field);
}

const char *
payday_fixed_editor_get_milestone_subtitle (PaydayFixedEditor *self,
                                            guint              milestone)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (PAYDAY_IS_FIXED_EDITOR (self), NULL);

  if (!(row = gtk_list_box_get_row_at_index (self->milestone_list, milestone)))
    return NULL;
  return adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row));
}
