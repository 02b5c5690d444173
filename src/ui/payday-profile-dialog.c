/* payday-profile-dialog.c — edit the freelancer profile that badges are judged on
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "payday-profile-dialog-private.h"
#include "payday-profile-edit.h"

/* Every field applies as soon as it holds a valid value (GNOME preferences have no Apply
 * button): a date that does not parse, or a hold that ends before it starts, only marks
 * its field with the "error" style and never reaches the plan. An empty optional date
 * means "not set". The dialog rebuilds itself when the document changes for another
 * reason (another plan opened, an undo), but not for its own edits, so typing keeps focus. */

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

G_GNUC_INTERNAL void
payday_profile_dialog_begin_apply (PaydayProfileDialog *self)
{
  self->applying++;
}

G_GNUC_INTERNAL void
payday_profile_dialog_end_apply (PaydayProfileDialog *self)
{
  g_assert (self->applying > 0);
  self->applying--;
}

/* Parses an optional date: "" is PAYDAY_DATE_NONE; returns FALSE for anything else that
 * is not YYYY-MM-DD, and styles @widget accordingly. */
G_GNUC_INTERNAL gboolean
payday_profile_dialog_parse_date_field (GtkWidget  *widget,
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

G_GNUC_INTERNAL void
payday_profile_dialog_set_date_text (GtkWidget  *widget,
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

  payday_profile_dialog_begin_apply (self);
  payday_profile_edit_flag (self->document, flag, gtk_switch_get_active (sw));
  payday_profile_dialog_end_apply (self);
}

/* Text applies once the user pauses typing: setting an entry's text passes through ""
 * (and half-typed dates), which must not reach the plan on the way. A field that does not
 * parse cancels its pending apply; closing the dialog applies what is pending. */
#define APPLY_DELAY_MS 300

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
      payday_profile_dialog_begin_apply (self);
      pending->func (self, pending->widget);
      payday_profile_dialog_end_apply (self);
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

G_GNUC_INTERNAL void
payday_profile_dialog_cancel_apply (PaydayProfileDialog *self,
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

G_GNUC_INTERNAL void
payday_profile_dialog_defer_apply (PaydayProfileDialog *self,
                                   GtkWidget           *widget,
                                   ApplyFunc            func)
{
  Pending *pending;

  payday_profile_dialog_cancel_apply (self, widget);

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

  if (payday_profile_dialog_parse_date_field (widget, TRUE, &date))
    payday_profile_edit_date (self->document, which, date);
}

static void
date_changed_cb (GtkEditable         *editable,
                 PaydayProfileDialog *self)
{
  PaydayDate date;

  /* Every profile date is optional in the file: empty means "not set". */
  if (payday_profile_dialog_parse_date_field (GTK_WIDGET (editable), TRUE, &date))
    payday_profile_dialog_defer_apply (self, GTK_WIDGET (editable), date_apply);
  else
    payday_profile_dialog_cancel_apply (self, GTK_WIDGET (editable));
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
  payday_profile_dialog_defer_apply (self, GTK_WIDGET (editable), category_apply);
}

static void
violations_changed_cb (GtkSpinButton       *spin,
                       PaydayProfileDialog *self)
{
  payday_profile_dialog_begin_apply (self);
  payday_profile_edit_violations (self->document, gtk_spin_button_get_value_as_int (spin));
  payday_profile_dialog_end_apply (self);
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
G_GNUC_INTERNAL void
payday_profile_dialog_queue_rebuild (PaydayProfileDialog *self)
{
  if (self->rebuild_source == 0)
    self->rebuild_source = g_idle_add (rebuild_cb, self);
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
  payday_profile_dialog_set_date_text (row, value);
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
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Categories in the Rules"),
                                  -1);
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
  /* A screen reader reads the row's title as the spin button's name. */
  gtk_accessible_update_relation (GTK_ACCESSIBLE (spin),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, row, NULL,
                                  -1);

  return row;
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
  button = payday_profile_dialog_add_button_new ("jss-add", _("Add a Score"));
  g_signal_connect_object (button, "clicked", G_CALLBACK (payday_profile_dialog_jss_add_cb), self, 0);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), button);
  self->jss_list = GTK_LIST_BOX (payday_profile_dialog_boxed_list_new ("jss-list", _("No Job Success Score yet")));
  for (guint i = 0; i < profile->jss->len; i++)
    gtk_list_box_append (self->jss_list,
                         payday_profile_dialog_jss_row_new (self, i, &g_array_index (profile->jss, PaydayJss, i)));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->jss_list));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));

  group = group_new (_("Account Holds"), _("Days the account was on hold, first and last day"));
  button = payday_profile_dialog_add_button_new ("hold-add", _("Add a Hold"));
  g_signal_connect_object (button, "clicked", G_CALLBACK (payday_profile_dialog_hold_add_cb), self, 0);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), button);
  self->holds_list = GTK_LIST_BOX (payday_profile_dialog_boxed_list_new ("holds-list", _("No account holds")));
  for (guint i = 0; i < profile->account_holds->len; i++)
    gtk_list_box_append (self->holds_list,
                         payday_profile_dialog_hold_row_new (self, i, &g_array_index (profile->account_holds, PaydayHold, i)));
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
profile_undo_activate (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  PaydayProfileDialog *self = PAYDAY_PROFILE_DIALOG (widget);

  if (self->document == NULL)
    return;
  if (g_str_equal (action_name, "profile.undo"))
    payday_document_undo (self->document);
  else
    payday_document_redo (self->document);
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

  /* The dialog is a window of its own: Ctrl+Z and Ctrl+Shift+Z undo and redo the
   * document's commands here too (an entry with its own text undo handles them first). */
  gtk_widget_class_install_action (widget_class, "profile.undo", NULL, profile_undo_activate);
  gtk_widget_class_install_action (widget_class, "profile.redo", NULL, profile_undo_activate);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "profile.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "profile.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "profile.redo", NULL);
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
