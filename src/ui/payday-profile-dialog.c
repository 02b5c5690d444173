/* payday-profile-dialog.c — edit the freelancer profile that badges are judged on
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "payday-profile-dialog.h"
#include "payday-profile-edit.h"

/* Every field applies as soon as it holds a valid value (GNOME preferences have no Apply
 * button): a date that does not parse, or a hold that ends before it starts, only marks
 * its field with the "error" style and never reaches the plan. An empty optional date
 * means "not set". The dialog rebuilds itself when the document changes for another
 * reason (another plan opened, an undo), but not for its own edits, so typing keeps focus. */

struct _PaydayProfileDialog
{
  AdwPreferencesWindow  parent_instance;

  PaydayDocument       *document;
  PaydayPlan           *plan;         /* not a ref: only to notice another plan */
  AdwPreferencesPage   *page;
  GtkListBox           *jss_list;
  GtkListBox           *holds_list;

  GPtrArray            *pending;       /* Pending: text waiting to be applied */
  guint                 applying;
  guint                 rebuild_source;
};

G_DEFINE_FINAL_TYPE (PaydayProfileDialog, payday_profile_dialog, ADW_TYPE_PREFERENCES_WINDOW)

enum {
  PROP_0,
  PROP_DOCUMENT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void payday_profile_dialog_populate (PaydayProfileDialog *self);

static const struct {
  PaydayProfileFlag  flag;
  const char        *title;
  const char        *subtitle;
} flag_rows[] = {
  { PAYDAY_PROFILE_PROFILE_COMPLETE, N_("Profile Complete"), N_("Every section of the profile is filled in") },
  { PAYDAY_PROFILE_AVAILABILITY_CURRENT, N_("Availability Up to Date"), N_("The availability badge is current") },
  { PAYDAY_PROFILE_READINESS_TEST_PASSED, N_("Readiness Test Passed"), N_("Asked for by older Rising Talent rules") },
  { PAYDAY_PROFILE_SOCIAL_LINKED, N_("Social Accounts Linked"), N_("Asked for by older Rising Talent rules") },
  { PAYDAY_PROFILE_IDENTITY_VERIFIED, N_("Identity Verified"), N_("ID verification completed") },
  { PAYDAY_PROFILE_EXPERT_VETTED, N_("Expert-Vetted"), N_("Invited into the Expert-Vetted talent pool") },
};

/* ---------------------------------------------------------------------------------------- */
/* Applying edits: each handler parses its widget and calls one payday_profile_edit_*(). */

static void
begin_apply (PaydayProfileDialog *self)
{
  self->applying++;
}

static void
end_apply (PaydayProfileDialog *self)
{
  g_assert (self->applying > 0);
  self->applying--;
}

/* Parses an optional date: "" is PAYDAY_DATE_NONE; returns FALSE for anything else that
 * is not YYYY-MM-DD, and styles @widget accordingly. */
static gboolean
parse_date_field (GtkWidget  *widget,
                  gboolean    optional,
                  PaydayDate *date)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (widget))));
  gboolean ok;

  if (text[0] == '\0')
    {
      *date = PAYDAY_DATE_NONE;
      ok = optional;
    }
  else
    {
      ok = payday_date_parse (text, date);
    }

  if (ok)
    gtk_widget_remove_css_class (widget, "error");
  else
    gtk_widget_add_css_class (widget, "error");

  return ok;
}

static void
set_date_text (GtkWidget  *widget,
               PaydayDate  date)
{
  char buf[PAYDAY_DATE_BUF];

  gtk_editable_set_text (GTK_EDITABLE (widget),
                         payday_date_is_set (date) ? payday_date_format (date, buf) : "");
}

static void
flag_changed_cb (GtkSwitch           *sw,
                 GParamSpec          *pspec,
                 PaydayProfileDialog *self)
{
  PaydayProfileFlag flag = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (sw), "flag"));

  begin_apply (self);
  payday_profile_edit_flag (self->document, flag, gtk_switch_get_active (sw));
  end_apply (self);
}

/* Text applies once the user pauses typing: setting an entry's text passes through ""
 * (and half-typed dates), which must not reach the plan on the way. A field that does not
 * parse cancels its pending apply; closing the dialog applies what is pending. */
#define APPLY_DELAY_MS 300

typedef void (*ApplyFunc) (PaydayProfileDialog *self,
                           GtkWidget           *widget);

typedef struct
{
  PaydayProfileDialog *self;
  GtkWidget           *widget;
  ApplyFunc            func;
  guint                source;
} Pending;

static void
pending_free (gpointer data)
{
  Pending *pending = data;

  g_clear_handle_id (&pending->source, g_source_remove);
  g_clear_object (&pending->widget);
  g_free (pending);
}

static void
pending_run (Pending *pending)
{
  PaydayProfileDialog *self = pending->self;

  /* A list rebuilt meanwhile took the widget out of the dialog. */
  if (gtk_widget_get_root (pending->widget) == GTK_ROOT (self))
    {
      begin_apply (self);
      pending->func (self, pending->widget);
      end_apply (self);
    }
}

static gboolean
pending_timeout_cb (gpointer data)
{
  Pending *pending = data;
  PaydayProfileDialog *self = pending->self;

  pending->source = 0;
  g_ptr_array_remove (self->pending, pending);   /* frees at the end of this function */

  return G_SOURCE_REMOVE;
}

static void
cancel_apply (PaydayProfileDialog *self,
              GtkWidget           *widget)
{
  for (guint i = 0; i < self->pending->len; i++)
    {
      Pending *pending = g_ptr_array_index (self->pending, i);

      if (pending->widget == widget)
        {
          g_ptr_array_remove_index (self->pending, i);
          return;
        }
    }
}

static gboolean
pending_fire_cb (gpointer data)
{
  Pending *pending = data;

  pending_run (pending);

  return pending_timeout_cb (data);
}

static void
defer_apply (PaydayProfileDialog *self,
             GtkWidget           *widget,
             ApplyFunc            func)
{
  Pending *pending;

  cancel_apply (self, widget);

  pending = g_new0 (Pending, 1);
  pending->self = self;
  pending->widget = g_object_ref (widget);
  pending->func = func;
  pending->source = g_timeout_add (APPLY_DELAY_MS, pending_fire_cb, pending);
  g_ptr_array_add (self->pending, pending);
}

static void
flush_pending (PaydayProfileDialog *self)
{
  while (self->pending->len > 0)
    {
      Pending *pending = g_ptr_array_steal_index (self->pending, 0);

      pending_run (pending);
      pending_free (pending);
    }
}

static void
date_apply (PaydayProfileDialog *self,
            GtkWidget           *widget)
{
  PaydayProfileDate which = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (widget), "date"));
  PaydayDate date;

  if (parse_date_field (widget, TRUE, &date))
    payday_profile_edit_date (self->document, which, date);
}

static void
date_changed_cb (GtkEditable         *editable,
                 PaydayProfileDialog *self)
{
  PaydayDate date;

  /* Every profile date is optional in the file: empty means "not set". */
  if (parse_date_field (GTK_WIDGET (editable), TRUE, &date))
    defer_apply (self, GTK_WIDGET (editable), date_apply);
  else
    cancel_apply (self, GTK_WIDGET (editable));
}

static void
category_apply (PaydayProfileDialog *self,
                GtkWidget           *widget)
{
  payday_profile_edit_category (self->document, gtk_editable_get_text (GTK_EDITABLE (widget)));
}

static void
category_changed_cb (GtkEditable         *editable,
                     PaydayProfileDialog *self)
{
  defer_apply (self, GTK_WIDGET (editable), category_apply);
}

static void
violations_changed_cb (GtkSpinButton       *spin,
                       PaydayProfileDialog *self)
{
  begin_apply (self);
  payday_profile_edit_violations (self->document, gtk_spin_button_get_value_as_int (spin));
  end_apply (self);
}

static gboolean
rebuild_cb (gpointer data)
{
  PaydayProfileDialog *self = data;

  self->rebuild_source = 0;
  /* Text typed elsewhere in the meantime is applied, not dropped with its row. */
  flush_pending (self);
  payday_profile_dialog_populate (self);

  return G_SOURCE_REMOVE;
}

/* Lists are rebuilt from an idle: the widget whose signal asked for it is still running. */
static void
queue_rebuild (PaydayProfileDialog *self)
{
  if (self->rebuild_source == 0)
    self->rebuild_source = g_idle_add (rebuild_cb, self);
}

static void
jss_apply (PaydayProfileDialog *self,
           GtkWidget           *row)
{
  GtkWidget *entry = g_object_get_data (G_OBJECT (row), "date-entry");
  GtkWidget *spin = g_object_get_data (G_OBJECT (row), "score-spin");
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "index"));
  PaydayDate date;
  guint new_index;

  if (!parse_date_field (entry, FALSE, &date))
    return;

  new_index = payday_profile_edit_jss_set (self->document, index, date,
                                           gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (spin)));

  /* The history is kept in date order: show the new order. */
  if (new_index != G_MAXUINT && new_index != index)
    queue_rebuild (self);
}

static void
jss_changed_cb (GtkWidget           *widget,
                PaydayProfileDialog *self)
{
  GtkWidget *row = gtk_widget_get_ancestor (widget, GTK_TYPE_LIST_BOX_ROW);
  GtkWidget *entry = g_object_get_data (G_OBJECT (row), "date-entry");
  PaydayDate date;

  if (parse_date_field (entry, FALSE, &date))
    defer_apply (self, row, jss_apply);
  else
    cancel_apply (self, row);
}

static void
jss_remove_cb (GtkButton           *button,
               PaydayProfileDialog *self)
{
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (button), GTK_TYPE_LIST_BOX_ROW);
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "index"));

  begin_apply (self);
  payday_profile_edit_jss_remove (self->document, index);
  end_apply (self);
  queue_rebuild (self);
}

static void
jss_add_cb (GtkButton           *button,
            PaydayProfileDialog *self)
{
  PaydayPlan *plan = payday_document_get_plan (self->document);
  GArray *jss = plan->profile.jss;
  /* A new score starts at today's date and the latest score, the usual next entry. */
  int score = jss->len > 0 ? g_array_index (jss, PaydayJss, jss->len - 1).score : 100;

  begin_apply (self);
  payday_profile_edit_jss_add (self->document, payday_document_get_today (self->document), score);
  end_apply (self);
  queue_rebuild (self);
}

/* Returns whether the row's dates make a hold; marks the fields that do not. */
static gboolean
hold_parse (GtkWidget  *row,
            PaydayDate *start,
            PaydayDate *end)
{
  GtkWidget *start_entry = g_object_get_data (G_OBJECT (row), "start-entry");
  GtkWidget *end_entry = g_object_get_data (G_OBJECT (row), "end-entry");
  gboolean start_ok = parse_date_field (start_entry, FALSE, start);
  gboolean end_ok = parse_date_field (end_entry, TRUE, end);

  if (start_ok && end_ok && payday_date_is_set (*end) && *end < *start)
    {
      gtk_widget_add_css_class (end_entry, "error");
      end_ok = FALSE;
    }

  return start_ok && end_ok;
}

static void
hold_apply (PaydayProfileDialog *self,
            GtkWidget           *row)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "index"));
  PaydayDate start, end;

  if (hold_parse (row, &start, &end))
    payday_profile_edit_hold_set (self->document, index, start, end);
}

static void
hold_changed_cb (GtkWidget           *widget,
                 PaydayProfileDialog *self)
{
  GtkWidget *row = gtk_widget_get_ancestor (widget, GTK_TYPE_LIST_BOX_ROW);
  PaydayDate start, end;

  if (hold_parse (row, &start, &end))
    defer_apply (self, row, hold_apply);
  else
    cancel_apply (self, row);
}

static void
hold_remove_cb (GtkButton           *button,
                PaydayProfileDialog *self)
{
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (button), GTK_TYPE_LIST_BOX_ROW);
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "index"));

  begin_apply (self);
  payday_profile_edit_hold_remove (self->document, index);
  end_apply (self);
  queue_rebuild (self);
}

static void
hold_add_cb (GtkButton           *button,
             PaydayProfileDialog *self)
{
  begin_apply (self);
  payday_profile_edit_hold_add (self->document, payday_document_get_today (self->document),
                                PAYDAY_DATE_NONE);
  end_apply (self);
  queue_rebuild (self);
}

/* ---------------------------------------------------------------------------------------- */
/* Building the page */

static gint
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_utf8_collate (*(const char * const *) a, *(const char * const *) b);
}

/**
 * payday_profile_dialog_categories:
 *
 * The categories the rules in force list large-contract thresholds for (Top Rated Plus),
 * sorted, so the category field can offer them.
 *
 * Returns: (transfer full): a NULL-terminated list, possibly empty
 */
char **
payday_profile_dialog_categories (PaydayDocument *document)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  PaydayRules *rules = payday_document_get_rules (document);
  PaydayPlan *plan = payday_document_get_plan (document);
  const PaydayEdition *edition;
  JsonArray *badges;

  if (rules != NULL && plan != NULL &&
      (edition = payday_rules_edition_for (rules, plan, payday_document_get_today (document))) &&
      edition->badges != NULL && JSON_NODE_HOLDS_ARRAY (edition->badges))
    {
      badges = json_node_get_array (edition->badges);

      for (guint i = 0; i < json_array_get_length (badges); i++)
        {
          JsonNode *badge = json_array_get_element (badges, i);
          JsonArray *criteria;

          if (!JSON_NODE_HOLDS_OBJECT (badge) ||
              !json_object_has_member (json_node_get_object (badge), "criteria"))
            continue;
          criteria = json_object_get_array_member (json_node_get_object (badge), "criteria");

          for (guint j = 0; criteria != NULL && j < json_array_get_length (criteria); j++)
            {
              JsonNode *node = json_array_get_element (criteria, j);
              JsonObject *criterion;
              JsonNode *thresholds;
              g_autoptr(GList) members = NULL;

              if (!JSON_NODE_HOLDS_OBJECT (node))
                continue;
              criterion = json_node_get_object (node);
              if (g_strcmp0 (json_object_get_string_member_with_default (criterion, "kind", ""),
                             "large_contract") != 0 ||
                  !(thresholds = json_object_get_member (criterion, "thresholds")) ||
                  !JSON_NODE_HOLDS_OBJECT (thresholds))
                continue;

              members = json_object_get_members (json_node_get_object (thresholds));
              for (const GList *l = members; l != NULL; l = l->next)
                if (!g_ptr_array_find_with_equal_func (names, l->data, g_str_equal, NULL))
                  g_ptr_array_add (names, g_strdup (l->data));
            }
        }
    }

  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);

  return (char **) g_ptr_array_free (g_steal_pointer (&names), FALSE);
}

static GtkWidget *
group_new (const char *title,
           const char *description)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  if (description != NULL)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);

  return group;
}

static GtkWidget *
date_row_new (PaydayProfileDialog *self,
              const char          *name,
              const char          *title,
              PaydayProfileDate    which,
              PaydayDate           value)
{
  GtkWidget *row = adw_entry_row_new ();

  gtk_widget_set_name (row, name);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  set_date_text (row, value);
  gtk_widget_add_css_class (row, "tabular");
  g_object_set_data (G_OBJECT (row), "date", GUINT_TO_POINTER (which));
  g_signal_connect_object (row, "changed", G_CALLBACK (date_changed_cb), self, 0);

  return row;
}

static GtkWidget *
switch_row_new (PaydayProfileDialog *self,
                PaydayProfileFlag    flag,
                const char          *title,
                const char          *subtitle,
                gboolean             value)
{
  g_autofree char *name = g_strdup_printf ("flag-%s", payday_profile_flag_name (flag));
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *sw = gtk_switch_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_name (sw, name);
  gtk_widget_set_valign (sw, GTK_ALIGN_CENTER);
  gtk_switch_set_active (GTK_SWITCH (sw), value);
  g_object_set_data (G_OBJECT (sw), "flag", GUINT_TO_POINTER (flag));
  g_signal_connect_object (sw, "notify::active", G_CALLBACK (flag_changed_cb), self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), sw);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), sw);

  return row;
}

static void
category_chosen_cb (GtkListBox    *list,
                    GtkListBoxRow *row,
                    GtkWidget     *entry)
{
  GtkWidget *popover = gtk_widget_get_ancestor (GTK_WIDGET (list), GTK_TYPE_POPOVER);

  gtk_editable_set_text (GTK_EDITABLE (entry),
                         gtk_label_get_label (GTK_LABEL (gtk_list_box_row_get_child (row))));
  if (popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (popover));
}

/* The category is free text, with the categories the rules know offered in a menu. */
static GtkWidget *
category_row_new (PaydayProfileDialog *self,
                  const char          *value)
{
  g_auto(GStrv) categories = payday_profile_dialog_categories (self->document);
  GtkWidget *row = adw_entry_row_new ();
  GtkWidget *button = gtk_menu_button_new ();
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *list = gtk_list_box_new ();

  gtk_widget_set_name (row, "profile-category");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Category"));
  gtk_editable_set_text (GTK_EDITABLE (row), value ? value : "");

  for (guint i = 0; categories[i] != NULL; i++)
    {
      GtkWidget *label = gtk_label_new (categories[i]);

      gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
      gtk_widget_set_margin_top (label, 6);
      gtk_widget_set_margin_bottom (label, 6);
      gtk_widget_set_margin_start (label, 6);
      gtk_widget_set_margin_end (label, 6);
      gtk_list_box_append (GTK_LIST_BOX (list), label);
    }
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "navigation-sidebar");
  g_signal_connect_object (list, "row-activated", G_CALLBACK (category_chosen_cb), row, 0);

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 360);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), list);
  gtk_popover_set_child (GTK_POPOVER (popover), scroller);

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "pan-down-symbolic");
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);
  gtk_widget_set_tooltip_text (button, _("Categories in the Rules"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_sensitive (button, categories[0] != NULL);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), button);

  g_signal_connect_object (row, "changed", G_CALLBACK (category_changed_cb), self, 0);

  return row;
}

static GtkWidget *
violations_row_new (PaydayProfileDialog *self,
                    int                  value)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (0, 99, 1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Terms of Service Violations"));
  gtk_widget_set_name (spin, "profile-violations");
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), value);
  gtk_widget_add_css_class (spin, "tabular");
  g_signal_connect_object (spin, "value-changed", G_CALLBACK (violations_changed_cb), self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);

  return row;
}

static GtkWidget *
date_entry_new (PaydayDate  value,
                const char *placeholder,
                const char *tooltip)
{
  GtkWidget *entry = gtk_entry_new ();

  set_date_text (entry, value);
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), placeholder);
  gtk_editable_set_width_chars (GTK_EDITABLE (entry), 11);
  gtk_editable_set_max_width_chars (GTK_EDITABLE (entry), 11);
  gtk_widget_set_tooltip_text (entry, tooltip);
  gtk_widget_set_valign (entry, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (entry, "tabular");

  return entry;
}

static GtkWidget *
remove_button_new (const char *tooltip)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("user-trash-symbolic");

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "circular");

  return button;
}

static GtkWidget *
list_row_box_new (void)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);

  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 8);

  return box;
}

static GtkWidget *
jss_row_new (PaydayProfileDialog *self,
             guint                index,
             const PaydayJss     *jss)
{
  g_autofree char *name = g_strdup_printf ("jss-%u", index);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = list_row_box_new ();
  GtkWidget *label = gtk_label_new (_("Score on"));
  GtkWidget *entry = date_entry_new (jss->date, "YYYY-MM-DD", _("The date of the score"));
  GtkWidget *spin = gtk_spin_button_new_with_range (0, 100, 1);
  GtkWidget *percent = gtk_label_new ("%");
  GtkWidget *remove = remove_button_new (_("Remove Score"));

  gtk_widget_set_name (row, name);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  g_object_set_data (G_OBJECT (row), "index", GUINT_TO_POINTER (index));
  g_object_set_data (G_OBJECT (row), "date-entry", entry);
  g_object_set_data (G_OBJECT (row), "score-spin", spin);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), jss->score);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (spin, "tabular");
  gtk_widget_add_css_class (percent, "dim-label");

  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), entry);
  gtk_box_append (GTK_BOX (box), spin);
  gtk_box_append (GTK_BOX (box), percent);
  gtk_box_append (GTK_BOX (box), remove);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  g_signal_connect_object (entry, "changed", G_CALLBACK (jss_changed_cb), self, 0);
  g_signal_connect_object (spin, "value-changed", G_CALLBACK (jss_changed_cb), self, 0);
  g_signal_connect_object (remove, "clicked", G_CALLBACK (jss_remove_cb), self, 0);

  return row;
}

static GtkWidget *
hold_row_new (PaydayProfileDialog *self,
              guint                index,
              const PaydayHold    *hold)
{
  g_autofree char *name = g_strdup_printf ("hold-%u", index);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = list_row_box_new ();
  GtkWidget *label = gtk_label_new (_("Held from"));
  GtkWidget *start = date_entry_new (hold->start, "YYYY-MM-DD", _("The first day on hold"));
  GtkWidget *to = gtk_label_new (_("to"));
  GtkWidget *end = date_entry_new (hold->end, _("ongoing"), _("The last day on hold; empty while the hold lasts"));
  GtkWidget *remove = remove_button_new (_("Remove Hold"));

  gtk_widget_set_name (row, name);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  g_object_set_data (G_OBJECT (row), "index", GUINT_TO_POINTER (index));
  g_object_set_data (G_OBJECT (row), "start-entry", start);
  g_object_set_data (G_OBJECT (row), "end-entry", end);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_add_css_class (to, "dim-label");

  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), start);
  gtk_box_append (GTK_BOX (box), to);
  gtk_box_append (GTK_BOX (box), end);
  gtk_box_append (GTK_BOX (box), remove);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  g_signal_connect_object (start, "changed", G_CALLBACK (hold_changed_cb), self, 0);
  g_signal_connect_object (end, "changed", G_CALLBACK (hold_changed_cb), self, 0);
  g_signal_connect_object (remove, "clicked", G_CALLBACK (hold_remove_cb), self, 0);

  return row;
}

static GtkWidget *
add_button_new (const char *name,
                const char *tooltip)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *content = adw_button_content_new ();

  adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (content), "list-add-symbolic");
  adw_button_content_set_label (ADW_BUTTON_CONTENT (content), _("Add"));
  gtk_button_set_child (GTK_BUTTON (button), content);
  gtk_widget_set_name (button, name);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");

  return button;
}

static GtkWidget *
boxed_list_new (const char *name,
                const char *placeholder)
{
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *label = gtk_label_new (placeholder);

  gtk_widget_set_name (list, name);
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_add_css_class (label, "list-placeholder");
  gtk_list_box_set_placeholder (GTK_LIST_BOX (list), label);

  return list;
}

static void
payday_profile_dialog_populate (PaydayProfileDialog *self)
{
  PaydayPlan *plan = payday_document_get_plan (self->document);
  const PaydayProfile *profile;
  GtkWidget *page;
  GtkWidget *group;
  GtkWidget *button;

  g_clear_handle_id (&self->rebuild_source, g_source_remove);
  g_ptr_array_set_size (self->pending, 0);

  if (self->page != NULL)
    {
      adw_preferences_window_remove (ADW_PREFERENCES_WINDOW (self), self->page);
      self->page = NULL;
    }

  self->plan = plan;
  if (plan == NULL)
    return;
  profile = &plan->profile;

  page = adw_preferences_page_new ();
  adw_preferences_page_set_title (ADW_PREFERENCES_PAGE (page), _("Profile"));
  adw_preferences_page_set_icon_name (ADW_PREFERENCES_PAGE (page), "avatar-default-symbolic");

  group = group_new (_("Account"), _("What the badge rules read from the freelancer profile"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             date_row_new (self, "profile-joined", _("Joined (YYYY-MM-DD)"),
                                           PAYDAY_PROFILE_JOINED, profile->joined));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             switch_row_new (self, PAYDAY_PROFILE_AGENCY, _("Agency"),
                                             _("Agency earnings thresholds apply"), profile->agency));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             category_row_new (self, profile->category));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             violations_row_new (self, profile->tos_violations));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));

  group = group_new (_("Profile"), NULL);
  for (guint i = 0; i < G_N_ELEMENTS (flag_rows); i++)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                               switch_row_new (self, flag_rows[i].flag, _(flag_rows[i].title),
                                               _(flag_rows[i].subtitle),
                                               payday_profile_get_flag (profile, flag_rows[i].flag)));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));

  group = group_new (_("Badges Held"), _("Leave empty for a badge never held"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             date_row_new (self, "profile-rising_talent_since",
                                           _("Rising Talent Since (YYYY-MM-DD)"),
                                           PAYDAY_PROFILE_RISING_TALENT_SINCE,
                                           profile->rising_talent_since));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             date_row_new (self, "profile-top_rated_since",
                                           _("Top Rated Since (YYYY-MM-DD)"),
                                           PAYDAY_PROFILE_TOP_RATED_SINCE,
                                           profile->top_rated_since));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));

  group = group_new (_("Job Success Score"), _("Each score from the date it was published"));
  button = add_button_new ("jss-add", _("Add a Score"));
  g_signal_connect_object (button, "clicked", G_CALLBACK (jss_add_cb), self, 0);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), button);
  self->jss_list = GTK_LIST_BOX (boxed_list_new ("jss-list", _("No Job Success Score yet")));
  for (guint i = 0; i < profile->jss->len; i++)
    gtk_list_box_append (self->jss_list,
                         jss_row_new (self, i, &g_array_index (profile->jss, PaydayJss, i)));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->jss_list));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));

  group = group_new (_("Account Holds"), _("Days the account was on hold, first and last day"));
  button = add_button_new ("hold-add", _("Add a Hold"));
  g_signal_connect_object (button, "clicked", G_CALLBACK (hold_add_cb), self, 0);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), button);
  self->holds_list = GTK_LIST_BOX (boxed_list_new ("holds-list", _("No account holds")));
  for (guint i = 0; i < profile->account_holds->len; i++)
    gtk_list_box_append (self->holds_list,
                         hold_row_new (self, i, &g_array_index (profile->account_holds, PaydayHold, i)));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->holds_list));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));

  self->page = ADW_PREFERENCES_PAGE (page);
  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (self), self->page);
}

static void
document_changed_cb (PaydayProfileDialog *self)
{
  /* Our own edits leave the fields as the user typed them. */
  if (self->applying > 0 && payday_document_get_plan (self->document) == self->plan)
    return;

  payday_profile_dialog_populate (self);
}

/* A save shares the plan with its thread: no edits while one runs. */
static void
document_busy_cb (PaydayProfileDialog *self)
{
  if (self->page != NULL)
    gtk_widget_set_sensitive (GTK_WIDGET (self->page), !payday_document_get_busy (self->document));
}

static void
payday_profile_dialog_constructed (GObject *object)
{
  PaydayProfileDialog *self = (PaydayProfileDialog *)object;

  G_OBJECT_CLASS (payday_profile_dialog_parent_class)->constructed (object);

  g_assert (PAYDAY_IS_DOCUMENT (self->document));

  g_signal_connect_object (self->document, "changed",
                           G_CALLBACK (document_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->document, "notify::busy",
                           G_CALLBACK (document_busy_cb), self, G_CONNECT_SWAPPED);

  payday_profile_dialog_populate (self);
  document_busy_cb (self);
}

static void
payday_profile_dialog_dispose (GObject *object)
{
  PaydayProfileDialog *self = (PaydayProfileDialog *)object;

  g_clear_handle_id (&self->rebuild_source, g_source_remove);
  if (self->pending != NULL)
    g_ptr_array_set_size (self->pending, 0);

  G_OBJECT_CLASS (payday_profile_dialog_parent_class)->dispose (object);
}

static void
payday_profile_dialog_finalize (GObject *object)
{
  PaydayProfileDialog *self = (PaydayProfileDialog *)object;

  g_clear_object (&self->document);
  g_clear_pointer (&self->pending, g_ptr_array_unref);

  G_OBJECT_CLASS (payday_profile_dialog_parent_class)->finalize (object);
}

static void
payday_profile_dialog_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  PaydayProfileDialog *self = PAYDAY_PROFILE_DIALOG (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
payday_profile_dialog_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  PaydayProfileDialog *self = PAYDAY_PROFILE_DIALOG (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      self->document = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static gboolean
payday_profile_dialog_close_request (GtkWindow *window)
{
  flush_pending (PAYDAY_PROFILE_DIALOG (window));

  return GTK_WINDOW_CLASS (payday_profile_dialog_parent_class)->close_request (window);
}

static void
payday_profile_dialog_class_init (PaydayProfileDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = payday_profile_dialog_constructed;
  object_class->dispose = payday_profile_dialog_dispose;
  object_class->finalize = payday_profile_dialog_finalize;
  object_class->get_property = payday_profile_dialog_get_property;
  object_class->set_property = payday_profile_dialog_set_property;

  GTK_WINDOW_CLASS (klass)->close_request = payday_profile_dialog_close_request;

  properties [PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL,
                         PAYDAY_TYPE_DOCUMENT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
payday_profile_dialog_init (PaydayProfileDialog *self)
{
  self->pending = g_ptr_array_new_with_free_func (pending_free);
  gtk_window_set_title (GTK_WINDOW (self), _("Profile"));
  gtk_window_set_default_size (GTK_WINDOW (self), 640, 760);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (self), TRUE);
  adw_preferences_window_set_search_enabled (ADW_PREFERENCES_WINDOW (self), FALSE);
}

/**
 * payday_profile_dialog_new:
 *
 * Returns: (transfer floating): a dialog editing @document's profile in place
 */
GtkWidget *
payday_profile_dialog_new (PaydayDocument *document)
{
  g_return_val_if_fail (PAYDAY_IS_DOCUMENT (document), NULL);

  return g_object_new (PAYDAY_TYPE_PROFILE_DIALOG,
                       "document", document,
                       NULL);
}

PaydayDocument *
payday_profile_dialog_get_document (PaydayProfileDialog *self)
{
  g_return_val_if_fail (PAYDAY_IS_PROFILE_DIALOG (self), NULL);

  return self->document;
}
