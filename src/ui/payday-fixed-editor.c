/* payday-fixed-editor.c — a fixed-price contract's milestones and bonuses
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "payday-date-entry.h"
#include "payday-fixed-editor.h"
#include "payday-money-entry.h"
#include "payday-editor-util.h"
#include "payday-ui-util.h"

/* Fields of a milestone, in the order of its rows. */
enum {
  M_TITLE, M_AMOUNT, M_FUNDED, M_DUE, M_SUBMITTED, M_APPROVED, M_PAID, M_STATUS, M_N_FIELDS,
  M_DELETE = M_N_FIELDS,
  B_DATE, B_AMOUNT, B_DELETE,
};

static const char *field_names[] = {
  "title", "amount", "funded", "due", "submitted", "approved", "paid", "status",
};

/* A milestone's expander row and its fields, reused while the count stays the same. */
typedef struct
{
  AdwExpanderRow *row;
  GtkWidget      *fields[M_N_FIELDS];
  GtkWidget      *pill_box;
  GtkWidget      *unprotected;
} MilestoneRow;

typedef struct
{
  AdwActionRow     *row;
  PaydayDateEntry  *date;
  PaydayMoneyEntry *amount;
} BonusRow;

struct _PaydayFixedEditor
{
  GtkWidget       parent_instance;

  PaydayDocument *document;
  char           *contract_id;
  GPtrArray      *milestones;           /* MilestoneRow */
  GPtrArray      *bonuses;              /* BonusRow */
  guint           updating : 1;

  GtkWidget      *box;
  GtkListBox     *milestone_list;
  GtkListBox     *bonus_list;
};

G_DEFINE_FINAL_TYPE (PaydayFixedEditor, payday_fixed_editor, GTK_TYPE_WIDGET)

typedef struct
{
  guint       index;
  int         field;
  gint64      value;
  const char *text;
} Change;

static const PaydayContract *
current (PaydayFixedEditor *self,
         gint              *index)
{
  return payday_editor_find_contract (self->document, self->contract_id, index);
}

/* Makes one command of @change; a refused result marks @source and says why. */
static void
edit (PaydayFixedEditor    *self,
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
mutate (PaydayContract *c,
        gpointer        data)
{
  const Change *ch = data;
  PaydayMilestone *m = ch->field < M_N_FIELDS
                       ? &g_array_index (c->milestones, PaydayMilestone, ch->index) : NULL;
  PaydayBonus *b = ch->field > M_DELETE && ch->field != B_DELETE
                   ? &g_array_index (c->bonuses, PaydayBonus, ch->index) : NULL;

  switch (ch->field)
    {
    case M_TITLE: g_free (m->title); m->title = g_strdup (ch->text); break;
    case M_AMOUNT: m->amount_cents = ch->value; break;
    case M_FUNDED: m->funded = ch->value; break;
    case M_DUE: m->due = ch->value; break;
    case M_SUBMITTED: m->submitted = ch->value; break;
    case M_APPROVED:
      /* Approval ends the review, so an approved milestone was submitted: "Mark approved
       * today" on one that was not also marks it submitted today. */
      m->approved = ch->value;
      if (payday_date_is_set (ch->value) && !payday_date_is_set (m->submitted))
        m->submitted = ch->value;
      break;
    case M_PAID: m->paid_cents = ch->value; break;
    case M_STATUS: m->status = ch->value; break;
    case M_DELETE: g_array_remove_index (c->milestones, ch->index); break;
    case B_DATE: b->date = ch->value; break;
    case B_AMOUNT: b->amount_cents = ch->value; break;
    case B_DELETE: g_array_remove_index (c->bonuses, ch->index); break;
    default: g_assert_not_reached ();
    }
}

static const char *labels[] = {
  N_("Rename Milestone"), N_("Change Milestone Amount"), N_("Change Funded Date"),
  N_("Change Due Date"), N_("Change Submitted Date"), N_("Change Approved Date"),
  N_("Change Paid Amount"), N_("Change Milestone Status"), N_("Delete Milestone"),
  N_("Change Bonus Date"), N_("Change Bonus Amount"), N_("Delete Bonus"),
};

static void
on_field (PaydayFixedEditor *self,
          GObject           *source)
{
  Change ch = { 0, };

  if (self->updating || current (self, NULL) == NULL)
    return;

  ch.index = GPOINTER_TO_UINT (g_object_get_data (source, "index"));
  ch.field = GPOINTER_TO_INT (g_object_get_data (source, "field"));
  if (PAYDAY_IS_MONEY_ENTRY (source))
    ch.value = payday_money_entry_get_value (PAYDAY_MONEY_ENTRY (source));
  else if (PAYDAY_IS_DATE_ENTRY (source))
    ch.value = payday_date_entry_get_date (PAYDAY_DATE_ENTRY (source));
  else if (ADW_IS_COMBO_ROW (source))
    ch.value = adw_combo_row_get_selected (ADW_COMBO_ROW (source));
  else if (ADW_IS_ENTRY_ROW (source))
    ch.text = gtk_editable_get_text (GTK_EDITABLE (source));

  edit (self, source, _(labels[ch.field]), mutate, &ch);
}

static void
tag (gpointer widget,
     guint    index,
     int      field)
{
  g_object_set_data (G_OBJECT (widget), "index", GUINT_TO_POINTER (index));
  g_object_set_data (G_OBJECT (widget), "field", GINT_TO_POINTER (field));
}

static GtkWidget *
suffix_row_new (const char *title,
                GtkWidget  *suffix)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), suffix);
  return row;
}

static GtkWidget *
quick_button_new (const char *label,
                  const char *action,
                  guint       index)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), g_variant_new_uint32 (index));
  return button;
}

static MilestoneRow *
milestone_row_new (PaydayFixedEditor *self,
                   guint              index)
{
  static const char *titles[] = {
    NULL, N_("Amount"), N_("Funded"), N_("Due"), N_("Submitted"), N_("Approved"),
    N_("Paid amount"),
  };
  MilestoneRow *mr = g_new0 (MilestoneRow, 1);
  g_autoptr(GtkStringList) statuses = gtk_string_list_new ((const char *[]) {
    _("Active"), _("Cancelled"), _("Disputed"), NULL });
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *quick = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *quick_row = adw_preferences_row_new ();
  GtkWidget *del;

  mr->row = ADW_EXPANDER_ROW (adw_expander_row_new ());

  mr->unprotected = gtk_label_new (_("Unprotected"));
  gtk_widget_set_tooltip_text (mr->unprotected,
                               _("Not funded: no money is in escrow for this milestone, so the work is not protected"));
  gtk_widget_add_css_class (mr->unprotected, "warning");
  gtk_widget_add_css_class (mr->unprotected, "caption-heading");
  mr->pill_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_box_append (GTK_BOX (header), mr->unprotected);
  gtk_box_append (GTK_BOX (header), mr->pill_box);
  gtk_widget_set_valign (header, GTK_ALIGN_CENTER);
  adw_expander_row_add_action (mr->row, header);

  mr->fields[M_TITLE] = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (mr->fields[M_TITLE]), _("Title"));
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (mr->fields[M_TITLE]), TRUE);
  tag (mr->fields[M_TITLE], index, M_TITLE);
  g_signal_connect_swapped (mr->fields[M_TITLE], "apply", G_CALLBACK (on_field), self);
  adw_expander_row_add_row (mr->row, mr->fields[M_TITLE]);

  for (int f = M_AMOUNT; f <= M_PAID; f++)
    {
      GtkWidget *w;
      GtkWidget *row;

      if (f == M_AMOUNT || f == M_PAID)
        {
          w = payday_money_entry_new ();
          g_object_set (w, "allow-none", f == M_PAID, NULL);
          g_signal_connect_swapped (w, "value-changed", G_CALLBACK (on_field), self);
        }
      else
        {
          w = payday_date_entry_new (TRUE);
          g_signal_connect_swapped (w, "date-changed", G_CALLBACK (on_field), self);
        }
      tag (w, index, f);
      mr->fields[f] = w;
      row = suffix_row_new (_(titles[f]), w);
      if (f == M_PAID)
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                     _("What the client paid on approval; empty for the full amount"));
      adw_expander_row_add_row (mr->row, row);
    }

  mr->fields[M_STATUS] = adw_combo_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (mr->fields[M_STATUS]), _("Status"));
  adw_combo_row_set_model (ADW_COMBO_ROW (mr->fields[M_STATUS]), G_LIST_MODEL (statuses));
  tag (mr->fields[M_STATUS], index, M_STATUS);
  g_signal_connect_swapped (mr->fields[M_STATUS], "notify::selected", G_CALLBACK (on_field), self);
  adw_expander_row_add_row (mr->row, mr->fields[M_STATUS]);

  gtk_widget_set_margin_top (quick, 8);
  gtk_widget_set_margin_bottom (quick, 8);
  gtk_widget_set_margin_start (quick, 12);
  gtk_widget_set_margin_end (quick, 12);
  gtk_box_append (GTK_BOX (quick), quick_button_new (_("Mark _Funded Today"), "fixed.mark-funded", index));
  gtk_box_append (GTK_BOX (quick), quick_button_new (_("Mark _Submitted Today"), "fixed.mark-submitted", index));
  gtk_box_append (GTK_BOX (quick), quick_button_new (_("Mark _Approved Today"), "fixed.mark-approved", index));
  del = quick_button_new (NULL, "fixed.delete-milestone", index);
  gtk_button_set_icon_name (GTK_BUTTON (del), "user-trash-symbolic");
  gtk_widget_set_tooltip_text (del, _("Delete Milestone"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (del), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Delete Milestone"), -1);
  gtk_widget_set_hexpand (del, TRUE);
  gtk_widget_set_halign (del, GTK_ALIGN_END);
  gtk_widget_add_css_class (del, "flat");
  gtk_box_append (GTK_BOX (quick), del);
  gtk_widget_add_css_class (quick, "quick-actions");
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (quick_row), FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (quick_row), quick);
  adw_expander_row_add_row (mr->row, quick_row);

  return mr;
}

static void
milestone_row_fill (MilestoneRow          *mr,
                    const PaydayMilestone *m,
                    const PaydayItem      *item,
                    PaydayDate             today)
{
  g_autofree char *amount = payday_ui_format_money (m->amount_cents);
  g_autofree char *subtitle = NULL;
  GtkWidget *child;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (mr->row),
                                 m->title && m->title[0] ? m->title : _("Untitled milestone"));

  if (m->status == PAYDAY_MILESTONE_CANCELLED)
    subtitle = g_strdup_printf (_("%s · cancelled"), amount);
  else if (item != NULL && payday_date_is_set (item->released_on))
    {
      g_autofree char *released = payday_ui_format_date (item->released_on, today);
      g_autofree char *available = payday_ui_format_date (item->available_on, today);

      subtitle = g_strdup_printf (_("%s · released %s · available %s"), amount, released, available);
    }
  else
    subtitle = g_strdup_printf (_("%s · not released yet"), amount);
  adw_expander_row_set_subtitle (mr->row, subtitle);

  gtk_widget_set_visible (mr->unprotected,
                          !payday_date_is_set (m->funded) && m->status != PAYDAY_MILESTONE_CANCELLED);
  while ((child = gtk_widget_get_first_child (mr->pill_box)))
    gtk_box_remove (GTK_BOX (mr->pill_box), child);
  if (item != NULL)
    gtk_box_append (GTK_BOX (mr->pill_box), payday_ui_status_pill_new (item->status));

  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (mr->fields[M_TITLE])), m->title ? m->title : "") != 0)
    gtk_editable_set_text (GTK_EDITABLE (mr->fields[M_TITLE]), m->title ? m->title : "");
  payday_money_entry_set_value (PAYDAY_MONEY_ENTRY (mr->fields[M_AMOUNT]), m->amount_cents);
  payday_date_entry_set_date (PAYDAY_DATE_ENTRY (mr->fields[M_FUNDED]), m->funded);
  payday_date_entry_set_date (PAYDAY_DATE_ENTRY (mr->fields[M_DUE]), m->due);
  payday_date_entry_set_date (PAYDAY_DATE_ENTRY (mr->fields[M_SUBMITTED]), m->submitted);
  payday_date_entry_set_date (PAYDAY_DATE_ENTRY (mr->fields[M_APPROVED]), m->approved);
  payday_money_entry_set_value (PAYDAY_MONEY_ENTRY (mr->fields[M_PAID]), m->paid_cents);
  adw_combo_row_set_selected (ADW_COMBO_ROW (mr->fields[M_STATUS]), m->status);
}

static BonusRow *
bonus_row_new (PaydayFixedEditor *self,
               guint              index)
{
  BonusRow *br = g_new0 (BonusRow, 1);
  GtkWidget *del = quick_button_new (NULL, "fixed.delete-bonus", index);

  br->row = ADW_ACTION_ROW (adw_action_row_new ());
  br->date = PAYDAY_DATE_ENTRY (payday_date_entry_new (FALSE));
  br->amount = PAYDAY_MONEY_ENTRY (payday_money_entry_new ());
  tag (br->date, index, B_DATE);
  tag (br->amount, index, B_AMOUNT);
  g_signal_connect_swapped (br->date, "date-changed", G_CALLBACK (on_field), self);
  g_signal_connect_swapped (br->amount, "value-changed", G_CALLBACK (on_field), self);
  gtk_button_set_icon_name (GTK_BUTTON (del), "user-trash-symbolic");
  gtk_widget_set_tooltip_text (del, _("Delete Bonus"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (del), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Delete Bonus"), -1);
  gtk_widget_set_valign (del, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (del, "flat");
  adw_action_row_add_suffix (br->row, GTK_WIDGET (br->date));
  adw_action_row_add_suffix (br->row, GTK_WIDGET (br->amount));
  adw_action_row_add_suffix (br->row, del);

  return br;
}

static void
clear_list (GtkListBox *list,
            GPtrArray  *rows)
{
  GtkListBoxRow *row;

  while ((row = gtk_list_box_get_row_at_index (list, 0)))
    gtk_list_box_remove (list, GTK_WIDGET (row));
  g_ptr_array_set_size (rows, 0);
}

static void
payday_fixed_editor_update (PaydayFixedEditor *self)
{
  const PaydayContract *c;
  PaydaySchedule *schedule;
  PaydayDate today;
  g_autofree const PaydayItem **m_items = NULL;
  g_autofree const PaydayItem **b_items = NULL;
  gint index;

  if (!(c = current (self, &index)) || c->type != PAYDAY_CONTRACT_FIXED)
    return;

  self->updating = TRUE;
  schedule = payday_document_get_schedule (self->document);
  today = payday_document_get_today (self->document);

  m_items = g_new0 (const PaydayItem *, c->milestones->len + 1);
  b_items = g_new0 (const PaydayItem *, c->bonuses->len + 1);
  for (guint i = 0; schedule != NULL && i < schedule->items->len; i++)
    {
      const PaydayItem *item = &g_array_index (schedule->items, PaydayItem, i);

      if (item->contract_index != (guint) index || item->source_index < 0)
        continue;
      if (item->kind == PAYDAY_ITEM_MILESTONE && (guint) item->source_index < c->milestones->len)
        m_items[item->source_index] = item;
      else if (item->kind == PAYDAY_ITEM_BONUS && (guint) item->source_index < c->bonuses->len)
        b_items[item->source_index] = item;
    }

  if (self->milestones->len != c->milestones->len)
    {
      clear_list (self->milestone_list, self->milestones);
      for (guint i = 0; i < c->milestones->len; i++)
        {
          MilestoneRow *mr = milestone_row_new (self, i);

          g_ptr_array_add (self->milestones, mr);
          gtk_list_box_append (self->milestone_list, GTK_WIDGET (mr->row));
        }
    }
  for (guint i = 0; i < c->milestones->len; i++)
    milestone_row_fill (g_ptr_array_index (self->milestones, i),
                        &g_array_index (c->milestones, PaydayMilestone, i), m_items[i], today);

  if (self->bonuses->len != c->bonuses->len)
    {
      clear_list (self->bonus_list, self->bonuses);
      for (guint i = 0; i < c->bonuses->len; i++)
        {
          BonusRow *br = bonus_row_new (self, i);

          g_ptr_array_add (self->bonuses, br);
          gtk_list_box_append (self->bonus_list, GTK_WIDGET (br->row));
        }
    }
  for (guint i = 0; i < c->bonuses->len; i++)
    {
      BonusRow *br = g_ptr_array_index (self->bonuses, i);
      const PaydayBonus *b = &g_array_index (c->bonuses, PaydayBonus, i);
      const PaydayItem *item = b_items[i];
      g_autofree char *subtitle = NULL;

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (br->row), _("Bonus"));
      if (item != NULL)
        {
          g_autofree char *net = payday_ui_format_money (item->net_cents);
          g_autofree char *available = payday_ui_format_date (item->available_on, today);

          subtitle = g_strdup_printf (_("%s net · available %s"), net, available);
        }
      adw_action_row_set_subtitle (br->row, subtitle ? subtitle : "");
      payday_date_entry_set_date (br->date, b->date);
      payday_money_entry_set_value (br->amount, b->amount_cents);
    }

  self->updating = FALSE;
}

static void
mutate_add_milestone (PaydayContract *c,
                      gpointer        data)
{
  PaydayMilestone m = { 0, };

  m.id = payday_contract_new_milestone_id (c);
  m.title = g_strdup_printf (_("Milestone %u"), c->milestones->len + 1);
  m.funded = m.due = m.submitted = m.approved = PAYDAY_DATE_NONE;
  m.paid_cents = PAYDAY_NONE;
  m.status = PAYDAY_MILESTONE_ACTIVE;
  g_array_append_val (c->milestones, m);
}

static void
mutate_add_bonus (PaydayContract *c,
                  gpointer        data)
{
  PaydayBonus b = { 0, };

  b.id = payday_contract_new_bonus_id (c);
  b.date = GPOINTER_TO_INT (data);
  g_array_append_val (c->bonuses, b);
}

static void
action_add (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  PaydayFixedEditor *self = PAYDAY_FIXED_EDITOR (widget);

  if (current (self, NULL) == NULL)
    return;
  if (g_str_equal (action_name, "fixed.add-milestone"))
    edit (self, NULL, _("Add Milestone"), mutate_add_milestone, NULL);
  else
    edit (self, NULL, _("Add Bonus"), mutate_add_bonus,
          GINT_TO_POINTER (payday_document_get_today (self->document)));
}

/* "Mark … today", "Delete …": the target is the milestone's or bonus's index. */
static void
action_indexed (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  PaydayFixedEditor *self = PAYDAY_FIXED_EDITOR (widget);
  const PaydayContract *c = current (self, NULL);
  Change ch = { g_variant_get_uint32 (param), 0, payday_document_get_today (self->document), NULL };
  static const char *quick_labels[] = { N_("Mark Funded"), N_("Mark Submitted"), N_("Mark Approved") };

  if (c == NULL)
    return;

  if (g_str_equal (action_name, "fixed.delete-bonus"))
    {
      if (ch.index < c->bonuses->len)
        {
          ch.field = B_DELETE;
          edit (self, NULL, _(labels[B_DELETE]), mutate, &ch);
        }
      return;
    }
  if (ch.index >= c->milestones->len)
    return;

  if (g_str_equal (action_name, "fixed.delete-milestone"))
    {
      ch.field = M_DELETE;
      edit (self, NULL, _(labels[M_DELETE]), mutate, &ch);
      return;
    }

  ch.field = g_str_equal (action_name, "fixed.mark-funded") ? M_FUNDED
           : g_str_equal (action_name, "fixed.mark-submitted") ? M_SUBMITTED : M_APPROVED;
  edit (self, NULL, _(quick_labels[ch.field == M_FUNDED ? 0 : ch.field == M_SUBMITTED ? 1 : 2]),
        mutate, &ch);
}

static void
payday_fixed_editor_dispose (GObject *object)
{
  PaydayFixedEditor *self = (PaydayFixedEditor *)object;

  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_pointer (&self->milestones, g_ptr_array_unref);
  g_clear_pointer (&self->bonuses, g_ptr_array_unref);
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

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_install_action (widget_class, "fixed.add-milestone", NULL, action_add);
  gtk_widget_class_install_action (widget_class, "fixed.add-bonus", NULL, action_add);
  gtk_widget_class_install_action (widget_class, "fixed.mark-funded", "u", action_indexed);
  gtk_widget_class_install_action (widget_class, "fixed.mark-submitted", "u", action_indexed);
  gtk_widget_class_install_action (widget_class, "fixed.mark-approved", "u", action_indexed);
  gtk_widget_class_install_action (widget_class, "fixed.delete-milestone", "u", action_indexed);
  gtk_widget_class_install_action (widget_class, "fixed.delete-bonus", "u", action_indexed);
}

static GtkListBox *
group_new (PaydayFixedEditor *self,
           const char        *title,
           const char        *description,
           const char        *add_label,
           const char        *add_action,
           const char        *empty)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *add = gtk_button_new ();
  GtkWidget *content = adw_button_content_new ();
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *placeholder = gtk_label_new (empty);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (content), "list-add-symbolic");
  adw_button_content_set_label (ADW_BUTTON_CONTENT (content), add_label);
  adw_button_content_set_use_underline (ADW_BUTTON_CONTENT (content), TRUE);
  gtk_button_set_child (GTK_BUTTON (add), content);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (add), add_action);
  gtk_widget_add_css_class (add, "flat");
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), add);

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_widget_set_margin_top (placeholder, 12);
  gtk_widget_set_margin_bottom (placeholder, 12);
  gtk_list_box_set_placeholder (GTK_LIST_BOX (list), placeholder);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), list);
  gtk_box_append (GTK_BOX (self->box), group);

  return GTK_LIST_BOX (list);
}

static void
payday_fixed_editor_init (PaydayFixedEditor *self)
{
  self->milestones = g_ptr_array_new_with_free_func (g_free);
  self->bonuses = g_ptr_array_new_with_free_func (g_free);

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  self->milestone_list = group_new (self, _("Milestones"),
                                    _("Funded money waits in escrow; after submission the client has 14 days to review, then the security hold"),
                                    _("Add _Milestone"), "fixed.add-milestone",
                                    _("No milestones yet"));
  self->bonus_list = group_new (self, _("Bonuses"), NULL, _("Add _Bonus"), "fixed.add-bonus",
                                _("No bonuses"));
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

  g_set_object (&self->document, document);
  if (g_strcmp0 (self->contract_id, id) != 0)
    {
      g_free (self->contract_id);
      self->contract_id = g_strdup (id);
      clear_list (self->milestone_list, self->milestones);
      clear_list (self->bonus_list, self->bonuses);
    }
  payday_fixed_editor_update (self);
}

guint
payday_fixed_editor_get_n_milestones (PaydayFixedEditor *self)
{
  g_return_val_if_fail (PAYDAY_IS_FIXED_EDITOR (self), 0);

  return self->milestones->len;
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
  MilestoneRow *mr;

  g_return_val_if_fail (PAYDAY_IS_FIXED_EDITOR (self), NULL);

  if (milestone >= self->milestones->len)
    return NULL;
  mr = g_ptr_array_index (self->milestones, milestone);
  for (guint f = 0; f < M_N_FIELDS; f++)
    if (g_str_equal (field, field_names[f]))
      return mr->fields[f];
  return NULL;
}

const char *
payday_fixed_editor_get_milestone_subtitle (PaydayFixedEditor *self,
                                            guint              milestone)
{
  g_return_val_if_fail (PAYDAY_IS_FIXED_EDITOR (self), NULL);

  if (milestone >= self->milestones->len)
    return NULL;
  return adw_expander_row_get_subtitle (((MilestoneRow *) g_ptr_array_index (self->milestones, milestone))->row);
}
