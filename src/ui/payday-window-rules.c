/* payday-window-rules.c — the Rule Editions dialog: the rule set's editions as a timeline
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "payday-ui-util.h"
#include "payday-window-private.h"

static char *
percent_text (gint32 bp)
{
  if (bp % 100 == 0)
    return g_strdup_printf ("%d%%", bp / 100);
  return g_strdup_printf ("%d.%02d%%", bp / 100, bp % 100);
}

static char *
fee_text (const PaydayEdition *edition)
{
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autofree char *c = NULL;

  switch (edition->fee_model)
    {
    case PAYDAY_FEE_FLAT:
      a = percent_text (edition->fee_percent_bp);
      return g_strdup_printf (_("%s of every payment"), a);

    case PAYDAY_FEE_SLIDING:
      {
        GString *s = g_string_new (NULL);

        for (guint i = 0; edition->fee_tiers != NULL && i < edition->fee_tiers->len; i++)
          {
            const PaydayFeeTier *tier = &g_array_index (edition->fee_tiers, PaydayFeeTier, i);
            g_autofree char *pct = percent_text (tier->percent_bp);

            if (s->len > 0)
              g_string_append (s, ", ");
            if (tier->up_to_cents == PAYDAY_NONE)
              g_string_append_printf (s, _("%s above"), pct);
            else
              {
                g_autofree char *up_to = payday_ui_format_money (tier->up_to_cents);

                g_string_append_printf (s, _("%s up to %s"), pct, up_to);
              }
          }
        g_string_prepend (s, _("Sliding, per client: "));
        return g_string_free (s, FALSE);
      }

    case PAYDAY_FEE_PER_CONTRACT:
      a = percent_text (edition->fee_default_bp);
      b = percent_text (edition->fee_min_bp);
      c = percent_text (edition->fee_max_bp);
      return g_strdup_printf (_("Per contract: %s by default, %s to %s"), a, b, c);

    default:
      g_assert_not_reached ();
    }
}

/* A source reads "ADDRESS (what it says)" or is prose ("Upwork help, 2024"). Its first
 * word is a link when it looks like one: a URL, or a bare domain such as
 * "support.upwork.com/…". Returns the URI, and in @rest what follows the address. */
static char *
source_uri (const char  *source,
            char       **rest)
{
  const char *space = strchr (source, ' ');
  g_autofree char *token = space ? g_strndup (source, space - source) : g_strdup (source);
  char *uri = NULL;

  if (g_str_has_prefix (token, "https://") || g_str_has_prefix (token, "http://"))
    uri = g_strdup (token);
  else if (strchr (token, '.') != NULL && g_ascii_isalnum (token[0]) &&
           !g_str_has_suffix (token, ".") && strchr (token, ',') == NULL)
    uri = g_strconcat ("https://", token, NULL);

  *rest = NULL;
  if (uri != NULL && space != NULL)
    {
      *rest = g_strstrip (g_strdup (space));
      /* "(service fee: flat 10%)" reads better without its parentheses. */
      if ((*rest)[0] == '(' && g_str_has_suffix (*rest, ")"))
        {
          memmove (*rest, *rest + 1, strlen (*rest));
          (*rest)[strlen (*rest) - 1] = '\0';
        }
    }

  return uri;
}

/* Notes as markup, every "unverified" in bold in the warning colour. */
static char *
notes_markup (const char *notes)
{
  GString *s = g_string_new (NULL);
  const char *p = notes;
  const char *needle = "unverified";
  gsize n = strlen (needle);

  while (*p != '\0')
    {
      if (g_ascii_strncasecmp (p, needle, n) == 0)
        {
          g_autofree char *word = g_markup_escape_text (p, (gssize) n);

          g_string_append_printf (s, "<span weight=\"bold\" foreground=\"#c64600\">%s</span>", word);
          p += n;
        }
      else
        {
          const char *next = g_utf8_next_char (p);
          g_autofree char *ch = g_markup_escape_text (p, next - p);

          g_string_append (s, ch);
          p = next;
        }
    }

  return g_string_free (s, FALSE);
}

static gboolean
mentions_unverified (const char *text)
{
  g_autofree char *lower = text ? g_ascii_strdown (text, -1) : NULL;

  return lower != NULL && strstr (lower, "unverified") != NULL;
}

static void
add_figure (AdwExpanderRow *expander,
            const char     *title,
            const char     *value)
{
  GtkWidget *row = adw_action_row_new ();

  /* Title above, figure below: long fee schedules read as a line, not a column. */
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), value);
  gtk_widget_add_css_class (row, "property");
  gtk_widget_add_css_class (row, "numeric");
  adw_expander_row_add_row (expander, row);
}

static GtkWidget *
edition_row (const PaydayEdition *edition,
             gboolean             in_force,
             gboolean             pinned)
{
  GtkWidget *expander = adw_expander_row_new ();
  AdwExpanderRow *e = ADW_EXPANDER_ROW (expander);
  g_autofree char *date = payday_date_to_string (edition->effective_from);
  g_autofree char *title = g_markup_escape_text (edition->title ? edition->title : date, -1);
  g_autofree char *subtitle = g_strdup_printf (_("From %s"), date);
  g_autofree char *name = g_strconcat ("edition-", date, NULL);
  g_autofree char *fee = fee_text (edition);
  g_autofree char *price = payday_ui_format_money (edition->connects_price_cents);
  g_autofree char *plus_price = payday_ui_format_money (edition->connects_plus_price_cents);
  g_autofree char *hourly = NULL;
  g_autofree char *fixed = NULL;
  g_autofree char *plus = NULL;
  GtkWidget *button;
  GtkWidget *row;

  gtk_widget_set_name (expander, name);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), title);
  adw_expander_row_set_show_enable_switch (e, FALSE);
  adw_expander_row_set_subtitle (e, subtitle);

  if (in_force || pinned)
    {
      GtkWidget *tag = gtk_label_new (pinned ? _("Shown") : _("In Force"));

      gtk_widget_add_css_class (tag, pinned ? "accent" : "success");
      gtk_widget_add_css_class (tag, "caption-heading");
      gtk_widget_set_valign (tag, GTK_ALIGN_CENTER);
      adw_expander_row_add_action (e, tag);
    }
  if (mentions_unverified (edition->notes))
    {
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

      gtk_widget_add_css_class (icon, "warning");
      gtk_widget_set_tooltip_text (icon, _("Some figures are unverified"));
      adw_expander_row_add_action (e, icon);
    }

  add_figure (e, _("Service fee"), fee);
  hourly = g_strdup_printf (_("%d days review, %d days security"),
                            edition->hourly_review_days, edition->hourly_security_days);
  add_figure (e, _("Hourly payments"), hourly);
  fixed = g_strdup_printf (_("%d days review, %d days security"),
                           edition->fixed_review_days, edition->fixed_security_days);
  add_figure (e, _("Fixed-price payments"), fixed);
  add_figure (e, _("Connect price"), price);
  plus = g_strdup_printf (_("%s a month, %d Connects"), plus_price, edition->connects_plus_monthly);
  add_figure (e, _("Freelancer Plus"), plus);

  for (guint i = 0; edition->sources != NULL && edition->sources[i] != NULL; i++)
    {
      g_autofree char *rest = NULL;
      g_autofree char *uri = source_uri (edition->sources[i], &rest);

      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      if (uri != NULL)
        {
          const char *shown = strstr (uri, "://") + 3;
          GtkWidget *link = gtk_link_button_new_with_label (uri, shown);
          GtkWidget *label = gtk_button_get_child (GTK_BUTTON (link));

          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                         rest && rest[0] ? rest : _("Source"));
          gtk_widget_set_valign (link, GTK_ALIGN_CENTER);
          gtk_widget_set_tooltip_text (link, uri);
          if (GTK_IS_LABEL (label))
            {
              gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_MIDDLE);
              gtk_label_set_max_width_chars (GTK_LABEL (label), 28);
            }
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), link);
        }
      else
        {
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Source"));
          adw_action_row_set_subtitle (ADW_ACTION_ROW (row), edition->sources[i]);
        }
      adw_expander_row_add_row (e, row);
    }

  if (edition->notes != NULL && edition->notes[0] != '\0')
    {
      g_autofree char *markup = notes_markup (edition->notes);
      GtkWidget *label = gtk_label_new (NULL);

      gtk_label_set_markup (GTK_LABEL (label), markup);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
      gtk_label_set_selectable (GTK_LABEL (label), TRUE);
      gtk_widget_set_margin_top (label, 12);
      gtk_widget_set_margin_bottom (label, 12);
      gtk_widget_set_margin_start (label, 12);
      gtk_widget_set_margin_end (label, 12);
      row = gtk_list_box_row_new ();
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
      adw_expander_row_add_row (e, row);
    }

  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("What If"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                               _("Compute every date of the plan under this edition"));
  button = gtk_button_new_with_mnemonic (_("_See the Plan Under This Edition"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_sensitive (button, !pinned);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "rules.pin");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", date);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  adw_expander_row_add_row (e, row);

  return expander;
}

typedef struct
{
  PaydayWindow         *window;      /* weak: the dialog is the window's transient child */
  AdwPreferencesPage   *page;
  AdwPreferencesGroup  *group;
} RulesDialog;

static void
rules_dialog_rebuild (GtkWindow *dialog)
{
  RulesDialog *d = g_object_get_data (G_OBJECT (dialog), "rules-dialog");
  PaydayDocument *document = payday_window_get_document (d->window);
  PaydayRules *rules = payday_document_get_rules (document);
  PaydayPlan *plan = payday_document_get_plan (document);
  gboolean pinned = payday_date_is_set (plan->rules_edition);
  const PaydayEdition *current = payday_rules_edition_at (rules, payday_document_get_today (document));
  const PaydayEdition *shown = payday_rules_edition_for (rules, plan, payday_document_get_today (document));
  g_autofree char *description = NULL;
  GtkWidget *unpin;

  if (d->group != NULL)
    adw_preferences_page_remove (d->page, d->group);

  d->group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (d->group, rules->name ? rules->name : rules->id);
  if (pinned)
    {
      g_autofree char *date = payday_date_to_string (plan->rules_edition);

      description = g_strdup_printf (_("The plan is shown under the edition of %s for every date."), date);
    }
  else
    description = g_strdup (_("Each date of the plan follows the edition in force on that date."));
  adw_preferences_group_set_description (d->group, description);

  unpin = gtk_button_new_with_mnemonic (_("_Each Date’s Own Edition"));
  gtk_widget_set_name (unpin, "unpin");
  gtk_widget_set_valign (unpin, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (unpin, "flat");
  gtk_widget_set_visible (unpin, pinned);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (unpin), "rules.pin");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (unpin), "s", "");
  adw_preferences_group_set_header_suffix (d->group, unpin);

  /* Newest first: the edition that matters now is near the top, history below it. */
  for (guint i = rules->editions->len; i > 0; i--)
    {
      const PaydayEdition *edition = g_ptr_array_index (rules->editions, i - 1);

      adw_preferences_group_add (d->group,
                                 edition_row (edition, !pinned && edition == current,
                                              pinned && edition == shown));
    }

  adw_preferences_page_add (d->page, d->group);
}

static void
rules_pin_activate (GSimpleAction *action,
                    GVariant      *param,
                    gpointer       user_data)
{
  GtkWindow *dialog = user_data;
  RulesDialog *d = g_object_get_data (G_OBJECT (dialog), "rules-dialog");
  PaydayDocument *document = payday_window_get_document (d->window);
  PaydayPlan *plan = payday_document_get_plan (document);
  const char *text = g_variant_get_string (param, NULL);
  PaydayDate date = PAYDAY_DATE_NONE;
  g_autoptr(PaydayCommand) command = NULL;
  PaydayPlanHeader *header;

  if (text[0] != '\0' && !payday_date_parse (text, &date))
    return;
  if (payday_date_is_set (date) &&
      payday_rules_find_edition (payday_document_get_rules (document), date) == NULL)
    return;
  if (date == plan->rules_edition)
    return;

  /* A what-if pin is part of the plan (spec: plan.rules_edition): an undoable command. */
  command = payday_command_new (payday_date_is_set (date) ? _("Pin Rule Edition")
                                                          : _("Unpin Rule Edition"));
  header = payday_document_dup_part (document, PAYDAY_PLAN_PART_HEADER);
  header->rules_edition = date;
  payday_command_take_part (command, PAYDAY_PLAN_PART_HEADER, header);
  payday_document_run (document, command, NULL);
}

/**
 * payday_window_rules_dialog_new:
 * @self: a window
 *
 * The editions of the plan's rule set, newest first, each with its key figures, sources
 * and notes, and a button to see the whole plan under that edition ("rules.pin" with the
 * edition's date; "" shows each date under its own edition again).
 *
 * Returns: (transfer none): the dialog, transient for @self, not yet shown
 */
GtkWindow *
payday_window_rules_dialog_new (PaydayWindow *self)
{
  GtkWidget *dialog = adw_preferences_window_new ();
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  g_autoptr(GSimpleAction) pin = g_simple_action_new ("pin", G_VARIANT_TYPE_STRING);
  RulesDialog *d = g_new0 (RulesDialog, 1);

  g_return_val_if_fail (PAYDAY_IS_WINDOW (self), NULL);

  d->window = self;
  d->page = ADW_PREFERENCES_PAGE (adw_preferences_page_new ());
  g_object_set_data_full (G_OBJECT (dialog), "rules-dialog", d, g_free);

  gtk_window_set_title (GTK_WINDOW (dialog), _("Rule Editions"));
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (self));
  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (dialog), 640, 720);
  adw_preferences_window_set_search_enabled (ADW_PREFERENCES_WINDOW (dialog), FALSE);
  gtk_widget_set_name (dialog, "rules-dialog");

  g_signal_connect (pin, "activate", G_CALLBACK (rules_pin_activate), dialog);
  g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (pin));
  gtk_widget_insert_action_group (dialog, "rules", G_ACTION_GROUP (group));

  adw_preferences_page_set_title (d->page, _("Editions"));
  adw_preferences_page_set_icon_name (d->page, "x-office-calendar-symbolic");
  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (dialog), d->page);
  rules_dialog_rebuild (GTK_WINDOW (dialog));

  g_signal_connect_object (payday_window_get_document (self), "changed",
                           G_CALLBACK (rules_dialog_rebuild), dialog, G_CONNECT_SWAPPED);

  return GTK_WINDOW (dialog);
}

static void
payday_window_action_rules (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *param)
{
  gtk_window_present (payday_window_rules_dialog_new (PAYDAY_WINDOW (widget)));
}

/* Called from payday_window_class_init(). */
void
payday_window_rules_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.rules", NULL, payday_window_action_rules);
}
