/* payday-hourly-editor.c — an hourly contract's terms and weekly timesheet
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "payday-hourly-editor.h"
#include "payday-editor-util.h"
#include "payday-ui-util.h"

/* One week of the timesheet: an expander row with the hours in its header and the parts
 * of the hours inside. Rows are reused while the number of weeks stays the same, so an
 * update after an edit never takes the focus from the field being edited. */
typedef struct
{
  AdwExpanderRow   *row;
  PaydayMoneyEntry *hours;
  PaydayMoneyEntry *manual;
  PaydayMoneyEntry *disputed;
  AdwComboRow      *outcome;
  GtkWidget        *over;

  /* What the row shows was made from: unchanged weeks are not formatted again. */
  gboolean          filled;
  PaydayWeek        shown_week;
  PaydayItem        shown_item;
  PaydayDate        shown_today;
} WeekRow;

struct _PaydayHourlyEditor
{
  GtkWidget         parent_instance;

  PaydayDocument   *document;
  char             *contract_id;
  GPtrArray        *weeks;                /* WeekRow */
  guint             updating : 1;

  GtkWidget        *box;
  PaydayMoneyEntry *rate_entry;
  PaydayMoneyEntry *limit_entry;
  PaydayMoneyEntry *planned_entry;
  GtkListBox       *weeks_list;
};

G_DEFINE_FINAL_TYPE (PaydayHourlyEditor, payday_hourly_editor, GTK_TYPE_WIDGET)

enum { FIELD_HOURS, FIELD_MANUAL, FIELD_DISPUTED, FIELD_OUTCOME, FIELD_DELETE };
enum { TERM_RATE, TERM_LIMIT, TERM_PLANNED };

typedef struct
{
  guint  week;
  int    field;
  gint64 value;
} WeekChange;

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
mutate_week (PaydayContract *c,
             gpointer        data)
{
  const WeekChange *ch = data;
  PaydayWeek *w = &g_array_index (c->weeks, PaydayWeek, ch->week);

  switch (ch->field)
    {
    case FIELD_HOURS: w->hours = ch->value; break;
    case FIELD_MANUAL: w->manual_hours = ch->value; break;
    case FIELD_DISPUTED: w->disputed_hours = ch->value; break;
    case FIELD_OUTCOME: w->dispute_outcome = ch->value; break;
    case FIELD_DELETE: g_array_remove_index (c->weeks, ch->week); break;
    default: g_assert_not_reached ();
    }
}

static void
on_week_value (PaydayHourlyEditor *self,
               GObject            *source)
{
  const PaydayContract *c = current (self, NULL);
  WeekChange ch;
  static const char *labels[] = { N_("Edit Hours"), N_("Edit Manual Hours"),
                                  N_("Edit Disputed Hours"), N_("Change Dispute Outcome") };

  if (self->updating || c == NULL)
    return;

  ch.week = GPOINTER_TO_UINT (g_object_get_data (source, "week"));
  ch.field = GPOINTER_TO_INT (g_object_get_data (source, "field"));
  if (ch.week >= c->weeks->len)
    return;

  if (ch.field == FIELD_OUTCOME)
    ch.value = adw_combo_row_get_selected (ADW_COMBO_ROW (source));
  else
    ch.value = payday_money_entry_get_value (PAYDAY_MONEY_ENTRY (source));

  /* Manual and disputed hours are parts of the week's hours: the document refuses more. */
  edit (self, source, _(labels[ch.field]), mutate_week, &ch);
}

static void
on_delete_week (PaydayHourlyEditor *self,
                GtkButton          *button)
{
  const PaydayContract *c = current (self, NULL);
  WeekChange ch = { GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "week")), FIELD_DELETE, 0 };

  if (c != NULL && ch.week < c->weeks->len)
    edit (self, button, _("Delete Week"), mutate_week, &ch);
}

static PaydayMoneyEntry *
hours_entry_new (PaydayHourlyEditor *self,
                 guint               week,
                 int                 field)
{
  PaydayMoneyEntry *entry = PAYDAY_MONEY_ENTRY (payday_hours_entry_new ());

  g_object_set_data (G_OBJECT (entry), "week", GUINT_TO_POINTER (week));
  g_object_set_data (G_OBJECT (entry), "field", GINT_TO_POINTER (field));
  g_signal_connect_swapped (entry, "value-changed", G_CALLBACK (on_week_value), self);
  return entry;
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

static WeekRow *
week_row_new (PaydayHourlyEditor *self,
              guint               week)
{
  WeekRow *wr = g_new0 (WeekRow, 1);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *del_row, *del;
  g_autoptr(GtkStringList) outcomes = gtk_string_list_new ((const char *[]) {
    _("Pending"), _("Paid"), _("Refunded"), NULL });

  wr->row = ADW_EXPANDER_ROW (adw_expander_row_new ());
  wr->hours = hours_entry_new (self, week, FIELD_HOURS);
  wr->manual = hours_entry_new (self, week, FIELD_MANUAL);
  wr->disputed = hours_entry_new (self, week, FIELD_DISPUTED);

  wr->over = gtk_label_new (NULL);
  gtk_widget_add_css_class (wr->over, "warning");
  gtk_widget_add_css_class (wr->over, "caption");
  gtk_widget_set_valign (wr->over, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (header), wr->over);
  gtk_box_append (GTK_BOX (header), GTK_WIDGET (wr->hours));
  gtk_widget_set_valign (header, GTK_ALIGN_CENTER);
  adw_expander_row_add_action (wr->row, header);

  adw_expander_row_add_row (wr->row, suffix_row_new (_("Manual hours"), GTK_WIDGET (wr->manual)));
  adw_expander_row_add_row (wr->row, suffix_row_new (_("Disputed hours"), GTK_WIDGET (wr->disputed)));

  wr->outcome = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (wr->outcome), _("Dispute outcome"));
  adw_combo_row_set_model (wr->outcome, G_LIST_MODEL (outcomes));
  g_object_set_data (G_OBJECT (wr->outcome), "week", GUINT_TO_POINTER (week));
  g_object_set_data (G_OBJECT (wr->outcome), "field", GINT_TO_POINTER (FIELD_OUTCOME));
  g_signal_connect_swapped (wr->outcome, "notify::selected", G_CALLBACK (on_week_value), self);
  adw_expander_row_add_row (wr->row, GTK_WIDGET (wr->outcome));

  del = gtk_button_new_with_mnemonic (_("_Delete Week"));
  gtk_widget_set_valign (del, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (del, "destructive-action");
  g_object_set_data (G_OBJECT (del), "week", GUINT_TO_POINTER (week));
  g_signal_connect_swapped (del, "clicked", G_CALLBACK (on_delete_week), self);
  del_row = suffix_row_new (_("Remove this week from the timesheet"), del);
  adw_expander_row_add_row (wr->row, del_row);

  return wr;
}

static void
week_row_fill (PaydayHourlyEditor   *self,
               WeekRow              *wr,
               const PaydayWeek     *w,
               const PaydayItem     *item,
               PaydayDate            today)
{
  g_autofree char *title = NULL;
  g_autofree char *start = NULL;
  g_autofree char *subtitle = NULL;
  PaydayItem plain = { 0, };

  if (item != NULL)
    {
      plain = *item;
      plain.contract_id = plain.client_id = plain.ref_id = NULL;
      plain.edition = NULL;
    }
  else
    {
      plain.kind = G_MAXINT;
    }
  if (wr->filled && wr->shown_today == today &&
      wr->shown_week.week_start == w->week_start && wr->shown_week.hours == w->hours &&
      wr->shown_week.manual_hours == w->manual_hours &&
      wr->shown_week.disputed_hours == w->disputed_hours &&
      wr->shown_week.dispute_outcome == w->dispute_outcome &&
      memcmp (&wr->shown_item, &plain, sizeof plain) == 0)
    return;
  wr->filled = TRUE;
  wr->shown_week = *w;
  wr->shown_week.extra = NULL;
  wr->shown_item = plain;
  wr->shown_today = today;

  start = payday_ui_format_date (w->week_start, today);
  title = g_strdup_printf (_("Week of %s"), start);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (wr->row), title);

  if (item != NULL)
    {
      g_autofree char *net = payday_ui_format_money (item->net_cents);
      g_autofree char *when = payday_ui_format_date (item->available_on, today);

      subtitle = g_strdup_printf (_("%s net · available %s · %s"), net, when,
                                  payday_status_get_title (item->status));
    }
  else
    {
      subtitle = g_strdup (_("Pays nothing"));
    }
  adw_expander_row_set_subtitle (wr->row, subtitle);

  if (item != NULL && item->over_limit_minutes > 0)
    {
      g_autofree char *hours = g_strdup_printf ("%" G_GINT64_FORMAT ":%02d",
                                                item->over_limit_minutes / 60,
                                                (int) (item->over_limit_minutes % 60));
      /* Translators: %s is hours and minutes, "4:30" */
      g_autofree char *over = g_strdup_printf (_("%s h over the limit"), hours);

      gtk_label_set_label (GTK_LABEL (wr->over), over);
      gtk_widget_set_tooltip_text (wr->over, _("Hours above the weekly limit are not billed"));
      gtk_widget_set_visible (wr->over, TRUE);
    }
  else
    {
      gtk_widget_set_visible (wr->over, FALSE);
    }

  payday_money_entry_set_value (wr->hours, w->hours);
  payday_money_entry_set_value (wr->manual, w->manual_hours);
  payday_money_entry_set_value (wr->disputed, w->disputed_hours);
  adw_combo_row_set_selected (wr->outcome, w->dispute_outcome);
}

static void
week_row_free (WeekRow *wr)
{
  g_free (wr);
}

static void
payday_hourly_editor_update (PaydayHourlyEditor *self)
{
  const PaydayContract *c;
  PaydaySchedule *schedule;
  g_autofree const PaydayItem **items = NULL;
  PaydayDate today;
  gint index;

  if (!(c = current (self, &index)) || c->type != PAYDAY_CONTRACT_HOURLY)
    return;

  self->updating = TRUE;

  payday_money_entry_set_value (self->rate_entry, c->rate_cents);
  payday_money_entry_set_value (self->limit_entry, c->weekly_limit_hours);
  payday_money_entry_set_value (self->planned_entry, c->planned_hours_per_week);

  /* What each logged week pays and when, from the engine. */
  schedule = payday_document_get_schedule (self->document);
  today = payday_document_get_today (self->document);
  items = g_new0 (const PaydayItem *, c->weeks->len + 1);
  for (guint i = 0; schedule != NULL && i < schedule->items->len; i++)
    {
      const PaydayItem *item = &g_array_index (schedule->items, PaydayItem, i);

      if (item->kind == PAYDAY_ITEM_HOURLY_WEEK && item->contract_index == (guint) index &&
          item->source_index >= 0 && (guint) item->source_index < c->weeks->len)
        items[item->source_index] = item;
    }

  if (self->weeks->len != c->weeks->len)
    {
      GtkListBoxRow *row;

      while ((row = gtk_list_box_get_row_at_index (self->weeks_list, 0)))
        gtk_list_box_remove (self->weeks_list, GTK_WIDGET (row));
      g_ptr_array_set_size (self->weeks, 0);
      for (guint i = 0; i < c->weeks->len; i++)
        {
          WeekRow *wr = week_row_new (self, i);

          g_ptr_array_add (self->weeks, wr);
          gtk_list_box_append (self->weeks_list, GTK_WIDGET (wr->row));
        }
    }

  for (guint i = 0; i < c->weeks->len; i++)
    week_row_fill (self, g_ptr_array_index (self->weeks, i),
                   &g_array_index (c->weeks, PaydayWeek, i), items[i], today);

  self->updating = FALSE;
}

typedef struct
{
  int    term;
  gint64 value;
} TermChange;

static void
mutate_term (PaydayContract *c,
             gpointer        data)
{
  const TermChange *t = data;

  if (t->term == TERM_RATE)
    c->rate_cents = t->value;
  else if (t->term == TERM_LIMIT)
    c->weekly_limit_hours = t->value;
  else
    c->planned_hours_per_week = t->value;
}

static void
on_term_value (PaydayHourlyEditor *self,
               PaydayMoneyEntry   *entry)
{
  const PaydayContract *c = current (self, NULL);
  TermChange t;
  static const char *labels[] = { N_("Change Rate"), N_("Change Weekly Limit"),
                                  N_("Change Planned Hours") };

  if (self->updating || c == NULL)
    return;

  t.term = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (entry), "term"));
  t.value = payday_money_entry_get_value (entry);
  edit (self, entry, _(labels[t.term]), mutate_term, &t);
}

static void
mutate_add_week (PaydayContract *c,
                 gpointer        data)
{
  payday_contract_add_week (c, payday_contract_next_week_start (c, GPOINTER_TO_INT (data)));
}

static void
action_add_week (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  PaydayHourlyEditor *self = PAYDAY_HOURLY_EDITOR (widget);
  const PaydayContract *c = current (self, NULL);

  if (c != NULL)
    edit (self, NULL, _("Add Week"), mutate_add_week,
          GINT_TO_POINTER (payday_document_get_today (self->document)));
}

static void
payday_hourly_editor_dispose (GObject *object)
{
  PaydayHourlyEditor *self = (PaydayHourlyEditor *)object;

  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_pointer (&self->weeks, g_ptr_array_unref);
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

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_install_action (widget_class, "hourly.add-week", NULL, action_add_week);
}

static PaydayMoneyEntry *
term_entry_new (PaydayHourlyEditor *self,
                GtkWidget          *group,
                int                 term,
                const char         *title,
                const char         *subtitle)
{
  PaydayMoneyEntry *entry = PAYDAY_MONEY_ENTRY (term == TERM_RATE ? payday_money_entry_new ()
                                                                  : payday_hours_entry_new ());
  GtkWidget *row = suffix_row_new (title, GTK_WIDGET (entry));

  if (term != TERM_RATE)
    g_object_set (entry, "allow-none", TRUE, NULL);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  g_object_set_data (G_OBJECT (entry), "term", GINT_TO_POINTER (term));
  g_signal_connect_swapped (entry, "value-changed", G_CALLBACK (on_term_value), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);

  return entry;
}

static void
payday_hourly_editor_init (PaydayHourlyEditor *self)
{
  GtkWidget *terms = adw_preferences_group_new ();
  GtkWidget *sheet = adw_preferences_group_new ();
  GtkWidget *add = gtk_button_new ();
  GtkWidget *add_content = adw_button_content_new ();

  self->weeks = g_ptr_array_new_with_free_func ((GDestroyNotify) week_row_free);

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (terms), _("Terms"));
  self->rate_entry = term_entry_new (self, terms, TERM_RATE, _("Hourly rate"), _("US dollars"));
  self->limit_entry = term_entry_new (self, terms, TERM_LIMIT, _("Weekly limit"),
                                      _("Hours the client pays at most; empty for no limit"));
  self->planned_entry = term_entry_new (self, terms, TERM_PLANNED, _("Planned hours per week"),
                                        _("Projects the weeks after the last logged one; empty for none"));
  gtk_box_append (GTK_BOX (self->box), terms);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (sheet), _("Timesheet"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (sheet),
                                         _("Hours logged each week, and what the week pays after the client's review and the security hold"));
  adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (add_content), "list-add-symbolic");
  adw_button_content_set_label (ADW_BUTTON_CONTENT (add_content), _("Add _Next Week"));
  adw_button_content_set_use_underline (ADW_BUTTON_CONTENT (add_content), TRUE);
  gtk_button_set_child (GTK_BUTTON (add), add_content);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (add), "hourly.add-week");
  gtk_widget_add_css_class (add, "flat");
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (sheet), add);

  self->weeks_list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->weeks_list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->weeks_list), "boxed-list");
  {
    GtkWidget *placeholder = gtk_label_new (_("No weeks logged yet"));

    gtk_widget_add_css_class (placeholder, "dim-label");
    gtk_widget_set_margin_top (placeholder, 12);
    gtk_widget_set_margin_bottom (placeholder, 12);
    gtk_list_box_set_placeholder (self->weeks_list, placeholder);
  }
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (sheet), GTK_WIDGET (self->weeks_list));
  gtk_box_append (GTK_BOX (self->box), sheet);
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

  g_set_object (&self->document, document);
  if (g_strcmp0 (self->contract_id, id) != 0)
    {
      g_free (self->contract_id);
      self->contract_id = g_strdup (id);
      /* Another contract: fresh rows, collapsed. */
      g_ptr_array_set_size (self->weeks, 0);
      {
        GtkListBoxRow *row;

        while ((row = gtk_list_box_get_row_at_index (self->weeks_list, 0)))
          gtk_list_box_remove (self->weeks_list, GTK_WIDGET (row));
      }
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
  WeekRow *wr;

  g_return_val_if_fail (PAYDAY_IS_HOURLY_EDITOR (self), NULL);

  if (week >= self->weeks->len)
    return NULL;
  wr = g_ptr_array_index (self->weeks, week);
  if (g_str_equal (field, "manual"))
    return wr->manual;
  if (g_str_equal (field, "disputed"))
    return wr->disputed;
  return wr->hours;
}

guint
payday_hourly_editor_get_n_weeks (PaydayHourlyEditor *self)
{
  g_return_val_if_fail (PAYDAY_IS_HOURLY_EDITOR (self), 0);

  return self->weeks->len;
}
