/* payday-profile-dialog.c — edit the freelancer profile that badges are judged on
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "payday-hold-item.h"
#include "payday-hold-row.h"
#include "payday-jss-item.h"
#include "payday-jss-row.h"
#include "payday-profile-dialog-private.h"
#include "payday-profile-edit.h"
#include "payday-ui-util.h"

/* Every field applies as soon as it holds a valid value (GNOME preferences have no Apply
 * button): a date that does not parse, or a hold that ends before it starts, only marks
 * its field with the "error" style and never reaches the plan. An empty optional date
 * means "not set". The dialog shows the document's profile again when the document
 * changes for another reason (another plan opened, an undo), but not after its own edits,
 * so typing keeps focus; the score and hold lists are models of the profile's arrays,
 * replaced when those change. */

struct _PaydayProfileDialog
{
  AdwPreferencesWindow  parent_instance;

  PaydayDocument       *document;
  PaydayPlan           *plan;         /* not a ref: only to notice another plan */

  GListStore           *jss;          /* PaydayJssItem */
  GListStore           *holds;        /* PaydayHoldItem */
  GtkStringList        *categories;

  AdwPreferencesPage   *page;
  AdwEntryRow          *joined_row;
  AdwEntryRow          *rising_talent_row;
  AdwEntryRow          *top_rated_row;
  AdwEntryRow          *category_row;
  GtkMenuButton        *category_button;
  GtkListBox           *category_list;
  GtkSpinButton        *violations_spin;
  GtkSwitch            *agency_switch;
  GtkSwitch            *profile_complete_switch;
  GtkSwitch            *availability_current_switch;
  GtkSwitch            *readiness_test_passed_switch;
  GtkSwitch            *social_linked_switch;
  GtkSwitch            *identity_verified_switch;
  GtkSwitch            *expert_vetted_switch;
  GtkListBox           *jss_list;
  GtkListBox           *holds_list;

  GPtrArray            *pending;       /* Pending: text waiting to be applied */
  guint                 applying;      /* our own edits are running */
  guint                 showing;       /* the fields are being set from the profile */
  guint                 rebuild_source;
};

typedef void (*ApplyFunc) (PaydayProfileDialog *self,
                           GtkWidget           *widget);

G_DEFINE_FINAL_TYPE (PaydayProfileDialog, payday_profile_dialog, ADW_TYPE_PREFERENCES_WINDOW)

enum {
  PROP_0,
  PROP_DOCUMENT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void payday_profile_dialog_show_profile (PaydayProfileDialog *self);

/* Which template switch edits which flag, and which entry which date. */
static const gsize flag_switches[PAYDAY_PROFILE_N_FLAGS] = {
  [PAYDAY_PROFILE_AGENCY] = G_STRUCT_OFFSET (PaydayProfileDialog, agency_switch),
  [PAYDAY_PROFILE_PROFILE_COMPLETE] = G_STRUCT_OFFSET (PaydayProfileDialog, profile_complete_switch),
  [PAYDAY_PROFILE_AVAILABILITY_CURRENT] = G_STRUCT_OFFSET (PaydayProfileDialog, availability_current_switch),
  [PAYDAY_PROFILE_READINESS_TEST_PASSED] = G_STRUCT_OFFSET (PaydayProfileDialog, readiness_test_passed_switch),
  [PAYDAY_PROFILE_SOCIAL_LINKED] = G_STRUCT_OFFSET (PaydayProfileDialog, social_linked_switch),
  [PAYDAY_PROFILE_IDENTITY_VERIFIED] = G_STRUCT_OFFSET (PaydayProfileDialog, identity_verified_switch),
  [PAYDAY_PROFILE_EXPERT_VETTED] = G_STRUCT_OFFSET (PaydayProfileDialog, expert_vetted_switch),
};

static const gsize date_rows[PAYDAY_PROFILE_N_DATES] = {
  [PAYDAY_PROFILE_JOINED] = G_STRUCT_OFFSET (PaydayProfileDialog, joined_row),
  [PAYDAY_PROFILE_RISING_TALENT_SINCE] = G_STRUCT_OFFSET (PaydayProfileDialog, rising_talent_row),
  [PAYDAY_PROFILE_TOP_RATED_SINCE] = G_STRUCT_OFFSET (PaydayProfileDialog, top_rated_row),
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
gboolean
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

void
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
  if (self->showing > 0)
    return;

  for (guint flag = 0; flag < PAYDAY_PROFILE_N_FLAGS; flag++)
    if (G_STRUCT_MEMBER (GtkSwitch *, self, flag_switches[flag]) == sw)
      {
        begin_apply (self);
        payday_profile_edit_flag (self->document, flag, gtk_switch_get_active (sw));
        end_apply (self);
      }
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
  PaydayDate date;

  if (!payday_profile_dialog_parse_date_field (widget, TRUE, &date))
    return;
  for (guint which = 0; which < PAYDAY_PROFILE_N_DATES; which++)
    if (G_STRUCT_MEMBER (GtkWidget *, self, date_rows[which]) == widget)
      payday_profile_edit_date (self->document, which, date);
}

static void
date_changed_cb (GtkEditable         *editable,
                 PaydayProfileDialog *self)
{
  PaydayDate date;

  if (self->showing > 0)
    return;

  /* Every profile date is optional in the file: empty means "not set". */
  if (payday_profile_dialog_parse_date_field (GTK_WIDGET (editable), TRUE, &date))
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
  if (self->showing == 0)
    defer_apply (self, GTK_WIDGET (editable), category_apply);
}

static void
category_chosen_cb (GtkListBox          *list,
                    GtkListBoxRow       *row,
                    PaydayProfileDialog *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->category_row),
                         gtk_string_list_get_string (self->categories,
                                                     gtk_list_box_row_get_index (row)));
  gtk_menu_button_popdown (self->category_button);
}

static GtkWidget *
category_label_new (gpointer item,
                    gpointer user_data)
{
  GtkWidget *label = gtk_label_new (gtk_string_object_get_string (item));

  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_bottom (label, 6);
  gtk_widget_set_margin_start (label, 6);
  gtk_widget_set_margin_end (label, 6);

  return label;
}

static void
violations_changed_cb (GtkSpinButton       *spin,
                       PaydayProfileDialog *self)
{
  if (self->showing > 0)
    return;

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
  payday_profile_dialog_show_profile (self);

  return G_SOURCE_REMOVE;
}

/* The lists are replaced from an idle: the widget whose signal asked for it is still
 * running. */
static void
queue_rebuild (PaydayProfileDialog *self)
{
  if (self->rebuild_source == 0)
    self->rebuild_source = g_idle_add (rebuild_cb, self);
}

/* ---------------------------------------------------------------------------------------- */
/* The score and hold lists */

static void
jss_apply (PaydayProfileDialog *self,
           GtkWidget           *row)
{
  guint index = payday_jss_row_get_index (PAYDAY_JSS_ROW (row));
  PaydayDate date;
  guint new_index;
  int score;

  if (!payday_jss_row_parse (PAYDAY_JSS_ROW (row), &date, &score))
    return;

  new_index = payday_profile_edit_jss_set (self->document, index, date, score);

  /* The history is kept in date order: show the new order. */
  if (new_index != G_MAXUINT && new_index != index)
    queue_rebuild (self);
}

static void
jss_edited_cb (PaydayJssRow        *row,
               PaydayProfileDialog *self)
{
  PaydayDate date;
  int score;

  if (payday_jss_row_parse (row, &date, &score))
    defer_apply (self, GTK_WIDGET (row), jss_apply);
  else
    cancel_apply (self, GTK_WIDGET (row));
}

static GtkWidget *
create_jss_row (gpointer item,
                gpointer user_data)
{
  GtkWidget *row = payday_jss_row_new (item);

  g_signal_connect_object (row, "edited", G_CALLBACK (jss_edited_cb), user_data, 0);
  return row;
}

static void
jss_add_cb (PaydayProfileDialog *self)
{
  GArray *jss = payday_document_get_plan (self->document)->profile.jss;
  /* A new score starts at today's date and the latest score, the usual next entry. */
  int score = jss->len > 0 ? g_array_index (jss, PaydayJss, jss->len - 1).score : 100;

  begin_apply (self);
  payday_profile_edit_jss_add (self->document, payday_document_get_today (self->document), score);
  end_apply (self);
  queue_rebuild (self);
}

static void
hold_apply (PaydayProfileDialog *self,
            GtkWidget           *row)
{
  PaydayDate start, end;

  if (payday_hold_row_parse (PAYDAY_HOLD_ROW (row), &start, &end))
    payday_profile_edit_hold_set (self->document, payday_hold_row_get_index (PAYDAY_HOLD_ROW (row)),
                                  start, end);
}

static void
hold_edited_cb (PaydayHoldRow       *row,
                PaydayProfileDialog *self)
{
  PaydayDate start, end;

  if (payday_hold_row_parse (row, &start, &end))
    defer_apply (self, GTK_WIDGET (row), hold_apply);
  else
    cancel_apply (self, GTK_WIDGET (row));
}

static GtkWidget *
create_hold_row (gpointer item,
                 gpointer user_data)
{
  GtkWidget *row = payday_hold_row_new (item);

  g_signal_connect_object (row, "edited", G_CALLBACK (hold_edited_cb), user_data, 0);
  return row;
}

static void
hold_add_cb (PaydayProfileDialog *self)
{
  begin_apply (self);
  payday_profile_edit_hold_add (self->document, payday_document_get_today (self->document),
                                PAYDAY_DATE_NONE);
  end_apply (self);
  queue_rebuild (self);
}

/* profile.remove-jss and profile.remove-hold, with the position in the profile. */
static void
profile_remove_activate (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *param)
{
  PaydayProfileDialog *self = PAYDAY_PROFILE_DIALOG (widget);

  begin_apply (self);
  if (g_str_equal (action_name, "profile.remove-jss"))
    payday_profile_edit_jss_remove (self->document, g_variant_get_uint32 (param));
  else
    payday_profile_edit_hold_remove (self->document, g_variant_get_uint32 (param));
  end_apply (self);
  queue_rebuild (self);
}

/* ---------------------------------------------------------------------------------------- */
/* Showing the profile */

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

static void
show_lists (PaydayProfileDialog *self,
            const PaydayProfile *profile)
{
  g_autoptr(GPtrArray) jss = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) holds = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; profile != NULL && i < profile->jss->len; i++)
    {
      const PaydayJss *score = &g_array_index (profile->jss, PaydayJss, i);

      g_ptr_array_add (jss, payday_jss_item_new (i, score->date, score->score));
    }
  for (guint i = 0; profile != NULL && i < profile->account_holds->len; i++)
    {
      const PaydayHold *hold = &g_array_index (profile->account_holds, PaydayHold, i);

      g_ptr_array_add (holds, payday_hold_item_new (i, hold->start, hold->end));
    }

  /* Items carry their position in the profile, so every row is new. */
  g_list_store_splice (self->jss, 0, g_list_model_get_n_items (G_LIST_MODEL (self->jss)),
                       jss->pdata, jss->len);
  g_list_store_splice (self->holds, 0, g_list_model_get_n_items (G_LIST_MODEL (self->holds)),
                       holds->pdata, holds->len);
}

static void
payday_profile_dialog_show_profile (PaydayProfileDialog *self)
{
  PaydayPlan *plan = payday_document_get_plan (self->document);
  const PaydayProfile *profile = plan != NULL ? &plan->profile : NULL;
  g_auto(GStrv) categories = NULL;

  g_clear_handle_id (&self->rebuild_source, g_source_remove);
  g_ptr_array_set_size (self->pending, 0);
  self->plan = plan;

  gtk_widget_set_sensitive (GTK_WIDGET (self->page), profile != NULL && !payday_document_get_busy (self->document));
  show_lists (self, profile);
  if (profile == NULL)
    return;

  self->showing++;
  for (guint which = 0; which < PAYDAY_PROFILE_N_DATES; which++)
    payday_profile_dialog_set_date_text (G_STRUCT_MEMBER (GtkWidget *, self, date_rows[which]),
                                         payday_profile_get_date (profile, which));
  for (guint flag = 0; flag < PAYDAY_PROFILE_N_FLAGS; flag++)
    gtk_switch_set_active (G_STRUCT_MEMBER (GtkSwitch *, self, flag_switches[flag]),
                           payday_profile_get_flag (profile, flag));
  gtk_editable_set_text (GTK_EDITABLE (self->category_row), profile->category ? profile->category : "");
  gtk_spin_button_set_value (self->violations_spin, profile->tos_violations);
  self->showing--;

  categories = payday_profile_dialog_categories (self->document);
  gtk_string_list_splice (self->categories, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->categories)),
                          (const char * const *) categories);
  gtk_widget_set_sensitive (GTK_WIDGET (self->category_button), categories[0] != NULL);
}

static void
document_changed_cb (PaydayProfileDialog *self)
{
  /* Our own edits leave the fields as the user typed them. */
  if (self->applying > 0 && payday_document_get_plan (self->document) == self->plan)
    return;

  payday_profile_dialog_show_profile (self);
}

/* A save shares the plan with its thread: no edits while one runs. */
static void
document_busy_cb (PaydayProfileDialog *self)
{
  gtk_widget_set_sensitive (GTK_WIDGET (self->page),
                            self->plan != NULL && !payday_document_get_busy (self->document));
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

  payday_profile_dialog_show_profile (self);
}

static void
payday_profile_dialog_dispose (GObject *object)
{
  PaydayProfileDialog *self = (PaydayProfileDialog *)object;

  g_clear_handle_id (&self->rebuild_source, g_source_remove);
  if (self->pending != NULL)
    g_ptr_array_set_size (self->pending, 0);
  gtk_widget_dispose_template (GTK_WIDGET (self), PAYDAY_TYPE_PROFILE_DIALOG);

  G_OBJECT_CLASS (payday_profile_dialog_parent_class)->dispose (object);
}

static void
payday_profile_dialog_finalize (GObject *object)
{
  PaydayProfileDialog *self = (PaydayProfileDialog *)object;

  g_clear_object (&self->document);
  g_clear_object (&self->jss);
  g_clear_object (&self->holds);
  g_clear_object (&self->categories);
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

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/payday/Payday/ui/payday-profile-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PaydayProfileDialog, page);
  gtk_widget_class_bind_template_child (widget_class, PaydayProfileDialog, joined_row);
  gtk_widget_class_bind_template_child (widget_class, PaydayProfileDialog, rising_talent_row);
  gtk_widget_class_bind_template_child (widget_class, PaydayProfileDialog, top_rated_row);
  gtk_widget_class_bind_template_child (widget_class, PaydayProfileDialog, category_row);
  gtk_widget_class_bind_template_child (widget_class, PaydayProfileDialog, category_button);
  gtk_widget_class_bind_template_child (widget_class, PaydayProfileDialog, category_list);
  gtk_widget_class_bind_template_child (widget_class, PaydayProfileDialog, violations_spin);
  gtk_widget_class_bind_template_child (widget_class, PaydayProfileDialog, agency_switch);
  gtk_widget_class_bind_template_child (widget_class, PaydayProfileDialog, profile_complete_switch);
  gtk_widget_class_bind_template_child (widget_class, PaydayProfileDialog, availability_current_switch);
  gtk_widget_class_bind_template_child (widget_class, PaydayProfileDialog, readiness_test_passed_switch);
  gtk_widget_class_bind_template_child (widget_class, PaydayProfileDialog, social_linked_switch);
  gtk_widget_class_bind_template_child (widget_class, PaydayProfileDialog, identity_verified_switch);
  gtk_widget_class_bind_template_child (widget_class, PaydayProfileDialog, expert_vetted_switch);
  gtk_widget_class_bind_template_child (widget_class, PaydayProfileDialog, jss_list);
  gtk_widget_class_bind_template_child (widget_class, PaydayProfileDialog, holds_list);
  gtk_widget_class_bind_template_callback (widget_class, flag_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, date_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, category_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, category_chosen_cb);
  gtk_widget_class_bind_template_callback (widget_class, violations_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, jss_add_cb);
  gtk_widget_class_bind_template_callback (widget_class, hold_add_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  gtk_widget_class_install_action (widget_class, "profile.remove-jss", "u", profile_remove_activate);
  gtk_widget_class_install_action (widget_class, "profile.remove-hold", "u", profile_remove_activate);

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
  gtk_widget_init_template (GTK_WIDGET (self));

  self->pending = g_ptr_array_new_with_free_func (pending_free);
  self->jss = g_list_store_new (PAYDAY_TYPE_JSS_ITEM);
  self->holds = g_list_store_new (PAYDAY_TYPE_HOLD_ITEM);
  self->categories = gtk_string_list_new (NULL);

  gtk_list_box_bind_model (self->jss_list, G_LIST_MODEL (self->jss), create_jss_row, self, NULL);
  gtk_list_box_bind_model (self->holds_list, G_LIST_MODEL (self->holds), create_hold_row, self, NULL);
  gtk_list_box_bind_model (self->category_list, G_LIST_MODEL (self->categories),
                           category_label_new, NULL, NULL);
  gtk_list_box_set_placeholder (self->jss_list, payday_ui_placeholder_new (_("No Job Success Score yet")));
  gtk_list_box_set_placeholder (self->holds_list, payday_ui_placeholder_new (_("No account holds")));
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
