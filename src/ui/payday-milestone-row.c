/* payday-milestone-row.c — one milestone of the fixed-price editor
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "payday-date-entry.h"
#include "payday-editor-util.h"
#include "payday-milestone-row.h"
#include "payday-money-entry.h"
#include "payday-ui-util.h"

/* The row shows a PaydayMilestoneObject through bindings in its .ui; what the user
 * changes becomes a command on the milestone, addressed by the contract's id and the
 * milestone's. */
struct _PaydayMilestoneRow
{
  AdwExpanderRow         parent_instance;

  PaydayDocument        *document;
  char                  *contract_id;
  PaydayMilestoneObject *milestone;

  GtkWidget             *pill_box;
  GtkWidget             *title_row;
  GtkWidget             *amount;
  GtkWidget             *funded;
  GtkWidget             *due;
  GtkWidget             *submitted;
  GtkWidget             *approved;
  GtkWidget             *paid;
  GtkWidget             *status;
};

G_DEFINE_FINAL_TYPE (PaydayMilestoneRow, payday_milestone_row, ADW_TYPE_EXPANDER_ROW)

enum {
  PROP_0,
  PROP_MILESTONE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

typedef enum {
  M_TITLE, M_AMOUNT, M_FUNDED, M_DUE, M_SUBMITTED, M_APPROVED, M_PAID, M_STATUS,
} Field;

/* Sets @field of the milestone as one command labelled @label; a refusal marks @source. */
static void
change_milestone (PaydayMilestoneRow *self,
                  gpointer            source,
                  const char         *label,
                  Field               field,
                  gint64              value,
                  const char         *text)
{
  g_autoptr(PaydayCommand) command = NULL;
  const PaydayContract *c;
  const char *id;
  PaydayMilestone m;
  guint i;
  GError *error = NULL;

  if (self->document == NULL ||
      !(c = payday_document_find_contract (self->document, self->contract_id)))
    return;

  id = payday_milestone_object_get_id (self->milestone);
  for (i = 0; i < c->milestones->len; i++)
    if (g_strcmp0 (g_array_index (c->milestones, PaydayMilestone, i).id, id) == 0)
      break;
  if (i == c->milestones->len)
    return;

  /* The milestone as the plan has it (with the members Payday does not know), one field
   * new; the command copies it. */
  m = g_array_index (c->milestones, PaydayMilestone, i);
  switch (field)
    {
    case M_TITLE:
      if (g_strcmp0 (m.title, text) == 0)
        return;
      m.title = (char *) text;
      break;
    case M_AMOUNT: if (m.amount_cents == value) return; m.amount_cents = value; break;
    case M_FUNDED: if (m.funded == value) return; m.funded = value; break;
    case M_DUE: if (m.due == value) return; m.due = value; break;
    case M_SUBMITTED: if (m.submitted == value) return; m.submitted = value; break;
    case M_APPROVED:
      if (m.approved == value)
        return;
      /* Approval ends the review, so an approved milestone was submitted: "Mark approved
       * today" on one that was not also marks it submitted today. */
      m.approved = value;
      if (payday_date_is_set (value) && !payday_date_is_set (m.submitted))
        m.submitted = value;
      break;
    case M_PAID: if (m.paid_cents == value) return; m.paid_cents = value; break;
    case M_STATUS: if (m.status == (PaydayMilestoneStatus) value) return; m.status = value; break;
    default: g_assert_not_reached ();
    }

  command = payday_command_new (label);
  payday_command_replace_milestone (command, self->contract_id, &m);
  if (!payday_document_run (self->document, command, &error))
    payday_editor_show_refusal (GTK_WIDGET (self), source, error);
}

static void
on_title_apply (PaydayMilestoneRow *self)
{
  change_milestone (self, self->title_row, _("Rename Milestone"), M_TITLE, 0,
                    gtk_editable_get_text (GTK_EDITABLE (self->title_row)));
}

static void
on_money_changed (PaydayMilestoneRow *self,
                  GtkWidget          *entry,
                  const char         *label,
                  Field               field)
{
  change_milestone (self, entry, label, field,
                    payday_money_entry_get_value (PAYDAY_MONEY_ENTRY (entry)), NULL);
}

static void
on_amount_changed (PaydayMilestoneRow *self)
{
  on_money_changed (self, self->amount, _("Change Milestone Amount"), M_AMOUNT);
}

static void
on_paid_changed (PaydayMilestoneRow *self)
{
  on_money_changed (self, self->paid, _("Change Paid Amount"), M_PAID);
}

static void
on_date_changed (PaydayMilestoneRow *self,
                 GtkWidget          *entry,
                 const char         *label,
                 Field               field)
{
  change_milestone (self, entry, label, field,
                    payday_date_entry_get_date (PAYDAY_DATE_ENTRY (entry)), NULL);
}

static void
on_funded_changed (PaydayMilestoneRow *self)
{
  on_date_changed (self, self->funded, _("Change Funded Date"), M_FUNDED);
}

static void
on_due_changed (PaydayMilestoneRow *self)
{
  on_date_changed (self, self->due, _("Change Due Date"), M_DUE);
}

static void
on_submitted_changed (PaydayMilestoneRow *self)
{
  on_date_changed (self, self->submitted, _("Change Submitted Date"), M_SUBMITTED);
}

static void
on_approved_changed (PaydayMilestoneRow *self)
{
  on_date_changed (self, self->approved, _("Change Approved Date"), M_APPROVED);
}

static void
on_status_changed (PaydayMilestoneRow *self)
{
  change_milestone (self, self->status, _("Change Milestone Status"), M_STATUS,
                    adw_combo_row_get_selected (ADW_COMBO_ROW (self->status)), NULL);
}

/* "Mark … today" and "Delete" */
static void
action_mark (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  PaydayMilestoneRow *self = PAYDAY_MILESTONE_ROW (widget);
  PaydayDate today;

  if (self->document == NULL)
    return;

  today = payday_document_get_today (self->document);
  if (g_str_equal (action_name, "milestone.mark-funded"))
    change_milestone (self, NULL, _("Mark Funded"), M_FUNDED, today, NULL);
  else if (g_str_equal (action_name, "milestone.mark-submitted"))
    change_milestone (self, NULL, _("Mark Submitted"), M_SUBMITTED, today, NULL);
  else
    change_milestone (self, NULL, _("Mark Approved"), M_APPROVED, today, NULL);
}

static void
action_delete (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  PaydayMilestoneRow *self = PAYDAY_MILESTONE_ROW (widget);
  g_autoptr(PaydayCommand) command = payday_command_new (_("Delete Milestone"));
  GError *error = NULL;

  if (self->document == NULL)
    return;

  payday_command_remove_milestone (command, self->contract_id,
                                   payday_milestone_object_get_id (self->milestone));
  if (!payday_document_run (self->document, command, &error))
    payday_editor_show_refusal (GTK_WIDGET (self), NULL, error);
}

/* The .ui's closures ------------------------------------------------------------------ */

/* Not funded: no money in escrow protects the work. */
static gboolean
unprotected (gpointer   this,
             PaydayDate funded,
             guint      status)
{
  return !payday_date_is_set (funded) && status != PAYDAY_MILESTONE_CANCELLED;
}

/* The row's own title, subtitle and status pill follow the milestone from here: GTK 4.8
 * cannot take apart a .ui binding whose target is the template object itself. */
static void
update_header (PaydayMilestoneRow *self)
{
  g_autofree char *title = NULL;
  g_autofree char *amount_text = NULL;
  g_autofree char *subtitle = NULL;
  PaydayDate released_on, available_on, today;
  gboolean pays;
  gint64 amount;
  guint status;
  int item_status;
  GtkWidget *child;

  g_object_get (self->milestone, "title", &title, "amount", &amount, "status", &status,
                "pays", &pays, "released-on", &released_on, "available-on", &available_on,
                "item-status", &item_status, "today", &today, NULL);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self),
                                 title[0] != '\0' ? title : _("Untitled milestone"));

  amount_text = payday_ui_format_money (amount);
  if (status == PAYDAY_MILESTONE_CANCELLED)
    {
      subtitle = g_strdup_printf (_("%s · cancelled"), amount_text);
    }
  else if (pays && payday_date_is_set (released_on))
    {
      g_autofree char *released = payday_ui_format_date (released_on, today);
      g_autofree char *available = payday_ui_format_date (available_on, today);

      subtitle = g_strdup_printf (_("%s · released %s · available %s"), amount_text, released, available);
    }
  else
    {
      subtitle = g_strdup_printf (_("%s · not released yet"), amount_text);
    }
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), subtitle);

  while ((child = gtk_widget_get_first_child (self->pill_box)))
    gtk_box_remove (GTK_BOX (self->pill_box), child);
  if (pays)
    gtk_box_append (GTK_BOX (self->pill_box), payday_ui_status_pill_new (item_status));
}

/* GObject ---------------------------------------------------------------------------- */

static void
payday_milestone_row_dispose (GObject *object)
{
  PaydayMilestoneRow *self = (PaydayMilestoneRow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), PAYDAY_TYPE_MILESTONE_ROW);
  g_clear_object (&self->document);
  g_clear_pointer (&self->contract_id, g_free);

  G_OBJECT_CLASS (payday_milestone_row_parent_class)->dispose (object);
}

/* The milestone goes last: the .ui's bindings on the row watch it until the row's weak
 * references are dropped, after dispose. */
static void
payday_milestone_row_finalize (GObject *object)
{
  g_clear_object (&PAYDAY_MILESTONE_ROW (object)->milestone);

  G_OBJECT_CLASS (payday_milestone_row_parent_class)->finalize (object);
}

static void
payday_milestone_row_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  PaydayMilestoneRow *self = PAYDAY_MILESTONE_ROW (object);

  switch (prop_id)
    {
    case PROP_MILESTONE:
      g_value_set_object (value, self->milestone);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
payday_milestone_row_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  PaydayMilestoneRow *self = PAYDAY_MILESTONE_ROW (object);

  switch (prop_id)
    {
    case PROP_MILESTONE:
      g_return_if_fail (self->milestone == NULL);
      self->milestone = g_value_dup_object (value);
      g_signal_connect_object (self->milestone, "notify", G_CALLBACK (update_header), self,
                               G_CONNECT_SWAPPED);
      update_header (self);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
payday_milestone_row_class_init (PaydayMilestoneRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = payday_milestone_row_dispose;
  object_class->finalize = payday_milestone_row_finalize;
  object_class->get_property = payday_milestone_row_get_property;
  object_class->set_property = payday_milestone_row_set_property;

  properties [PROP_MILESTONE] =
    g_param_spec_object ("milestone", NULL, NULL,
                         PAYDAY_TYPE_MILESTONE_OBJECT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (PAYDAY_TYPE_DATE_ENTRY);
  g_type_ensure (PAYDAY_TYPE_MONEY_ENTRY);
  g_type_ensure (PAYDAY_TYPE_MILESTONE_OBJECT);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/payday/Payday/ui/payday-milestone-row.ui");
  gtk_widget_class_bind_template_child (widget_class, PaydayMilestoneRow, pill_box);
  gtk_widget_class_bind_template_child (widget_class, PaydayMilestoneRow, title_row);
  gtk_widget_class_bind_template_child (widget_class, PaydayMilestoneRow, amount);
  gtk_widget_class_bind_template_child (widget_class, PaydayMilestoneRow, funded);
  gtk_widget_class_bind_template_child (widget_class, PaydayMilestoneRow, due);
  gtk_widget_class_bind_template_child (widget_class, PaydayMilestoneRow, submitted);
  gtk_widget_class_bind_template_child (widget_class, PaydayMilestoneRow, approved);
  gtk_widget_class_bind_template_child (widget_class, PaydayMilestoneRow, paid);
  gtk_widget_class_bind_template_child (widget_class, PaydayMilestoneRow, status);
  gtk_widget_class_bind_template_callback (widget_class, on_title_apply);
  gtk_widget_class_bind_template_callback (widget_class, on_amount_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_funded_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_due_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_submitted_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_approved_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_paid_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_status_changed);
  gtk_widget_class_bind_template_callback (widget_class, unprotected);

  gtk_widget_class_install_action (widget_class, "milestone.mark-funded", NULL, action_mark);
  gtk_widget_class_install_action (widget_class, "milestone.mark-submitted", NULL, action_mark);
  gtk_widget_class_install_action (widget_class, "milestone.mark-approved", NULL, action_mark);
  gtk_widget_class_install_action (widget_class, "milestone.delete", NULL, action_delete);
}

static void
payday_milestone_row_init (PaydayMilestoneRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * payday_milestone_row_new:
 * @contract_id: the fixed-price contract @milestone belongs to
 *
 * Returns: (transfer floating): a row showing @milestone and editing it in @document
 */
GtkWidget *
payday_milestone_row_new (PaydayDocument        *document,
                          const char            *contract_id,
                          PaydayMilestoneObject *milestone)
{
  PaydayMilestoneRow *self = g_object_new (PAYDAY_TYPE_MILESTONE_ROW, "milestone", milestone, NULL);

  /* After the bindings' first values, so those make no commands. */
  self->document = g_object_ref (document);
  self->contract_id = g_strdup (contract_id);
  return GTK_WIDGET (self);
}

/**
 * payday_milestone_row_get_field:
 * @field: "title", "amount", "funded", "due", "submitted", "approved", "paid" or "status"
 *
 * Returns: (transfer none) (nullable): the widget editing that field
 */
GtkWidget *
payday_milestone_row_get_field (PaydayMilestoneRow *self,
                                const char         *field)
{
  struct { const char *name; GtkWidget *widget; } fields[] = {
    { "title", self->title_row }, { "amount", self->amount }, { "funded", self->funded },
    { "due", self->due }, { "submitted", self->submitted }, { "approved", self->approved },
    { "paid", self->paid }, { "status", self->status },
  };

  g_return_val_if_fail (PAYDAY_IS_MILESTONE_ROW (self), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (g_str_equal (field, fields[i].name))
      return fields[i].widget;
  return NULL;
}
