/* payday-edition-row.c — one rule edition in the Rule Editions dialog: figures, sources, notes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "payday-edition-row.h"
#include "payday-rule-row.h"
#include "payday-ui-util.h"
#include "payday-withdrawals.h"

struct _PaydayEditionRow
{
  AdwExpanderRow       parent_instance;

  PaydayRules         *rules;      /* keeps @edition alive */
  const PaydayEdition *edition;

  /* Template widgets */
  GtkLabel            *state_tag;
  GtkImage            *warning_icon;
  GtkListBoxRow       *notes_row;
  GtkLabel            *notes_label;
  AdwActionRow        *what_if_row;
  GtkButton           *what_if_button;
};

G_DEFINE_FINAL_TYPE (PaydayEditionRow, payday_edition_row, ADW_TYPE_EXPANDER_ROW)

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

/* Adds one figure, named after its first path (so tests and the inspector find it), tagged
 * when any of @paths (NULL-terminated) is unverified in this edition. */
static void
add_figure (PaydayEditionRow   *self,
            const char         *title,
            const char         *value,
            const char * const *paths)
{
  gboolean unverified = FALSE;
  GtkWidget *row;

  for (guint i = 0; paths[i] != NULL; i++)
    unverified |= payday_edition_is_unverified (self->edition, paths[i]);

  row = payday_rule_row_new_figure (title, value, unverified);
  gtk_widget_set_name (row, paths[0]);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self), row);
}

#define PATHS(...) ((const char * const []) { __VA_ARGS__, NULL })

static void
add_connects_figures (PaydayEditionRow *self)
{
  const PaydayEdition *e = self->edition;
  g_autofree char *price = payday_ui_format_money (e->connects_price_cents);
  g_autofree char *plus_price = payday_ui_format_money (e->connects_plus_price_cents);
  g_autofree char *cost = g_strdup_printf (_("%d–%d Connects"), e->connects_proposal_cost_min,
                                           e->connects_proposal_cost_max);
  g_autofree char *basic = g_strdup_printf (ngettext ("%d Connect", "%d Connects",
                                                      e->connects_monthly_free),
                                            e->connects_monthly_free);
  g_autofree char *plus = g_strdup_printf (_("%s a month, %d Connects"), plus_price,
                                           e->connects_plus_monthly);
  g_autofree char *limit = NULL;
  g_autofree char *grants = NULL;

  if (e->connects_rollover_limit == PAYDAY_NONE)
    limit = g_strdup (C_("rollover limit", "None"));
  else
    limit = g_strdup_printf (_("A refill stops at %d Connects"), e->connects_rollover_limit);

  if (e->connects_readiness_grant > 0)
    grants = g_strdup_printf (_("%d on sign-up, %d more for the Readiness Test"),
                              e->connects_signup_grant, e->connects_readiness_grant);
  else
    grants = g_strdup_printf (_("%d on sign-up"), e->connects_signup_grant);

  add_figure (self, _("Connect price"), price, PATHS ("connects.price_cents"));
  add_figure (self, _("Proposal cost"), cost,
              PATHS ("connects.proposal_cost_min", "connects.proposal_cost_max"));
  add_figure (self, _("Free Connects a month (Basic)"), basic, PATHS ("connects.monthly_free"));
  add_figure (self, _("Freelancer Plus"), plus,
              PATHS ("connects.plus_price_cents", "connects.plus_monthly"));
  add_figure (self, _("Rollover limit"), limit, PATHS ("connects.rollover_limit"));
  add_figure (self, _("Connects for new freelancers"), grants,
              PATHS ("connects.signup_grant", "connects.readiness_grant"));
}

static void
add_withdrawal_figures (PaydayEditionRow *self)
{
  for (guint m = 0; m < PAYDAY_N_METHODS; m++)
    {
      const PaydayMethodRule *rule = &self->edition->withdrawal_methods[m];
      g_autofree char *path = g_strconcat ("withdrawal.methods.",
                                           payday_withdrawal_method_to_string (m), NULL);
      g_autofree char *fee = rule->fee_cents > 0 ? payday_ui_format_money (rule->fee_cents)
                                                 : g_strdup (_("free"));
      g_autofree char *value = NULL;

      if (rule->arrival_business_days == 0)
        value = g_strdup_printf (_("%s, the same day"), fee);
      else
        value = g_strdup_printf (ngettext ("%s, up to %d business day",
                                           "%s, up to %d business days",
                                           rule->arrival_business_days),
                                 fee, rule->arrival_business_days);
      add_figure (self, payday_withdrawal_method_label (m), value, PATHS (path));
    }
}

/* Top Rated Plus's large contract, one figure per category, from the edition's badges. */
static void
add_large_contract_figures (PaydayEditionRow *self)
{
  JsonArray *badges;

  if (self->edition->badges == NULL || !JSON_NODE_HOLDS_ARRAY (self->edition->badges))
    return;

  badges = json_node_get_array (self->edition->badges);
  for (guint i = 0; i < json_array_get_length (badges); i++)
    {
      JsonObject *badge = json_array_get_object_element (badges, i);
      const char *badge_id = json_object_get_string_member_with_default (badge, "id", "");
      JsonArray *criteria = json_object_get_array_member (badge, "criteria");

      for (guint j = 0; criteria != NULL && j < json_array_get_length (criteria); j++)
        {
          JsonObject *c = json_array_get_object_element (criteria, j);
          const char *kind = json_object_get_string_member_with_default (c, "kind", "");
          g_autofree char *base = NULL;
          g_autofree char *path = NULL;
          g_autofree char *money = NULL;
          g_autoptr(GList) names = NULL;
          JsonObject *thresholds;

          if (!g_str_equal (kind, "large_contract"))
            continue;

          base = g_strdup_printf ("badges.%s.criteria.%s", badge_id,
                                  json_object_get_string_member_with_default (c, "id", ""));
          thresholds = json_object_get_object_member (c, "thresholds");
          names = thresholds ? json_object_get_members (thresholds) : NULL;
          for (const GList *l = names; l != NULL; l = l->next)
            {
              g_autofree char *title = g_strdup_printf (_("Large contract: %s"),
                                                        (const char *) l->data);
              g_autofree char *p = g_strconcat (base, ".thresholds.", l->data, NULL);
              g_autofree char *value = payday_ui_format_money (
                json_object_get_int_member (thresholds, l->data));

              add_figure (self, title, value, PATHS (p));
            }

          path = g_strconcat (base, ".default_cents", NULL);
          money = payday_ui_format_money (json_object_get_int_member_with_default (c, "default_cents", 0));
          add_figure (self, _("Large contract: any other category"), money, PATHS (path));
        }
    }
}

static void
payday_edition_row_dispose (GObject *object)
{
  PaydayEditionRow *self = (PaydayEditionRow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), PAYDAY_TYPE_EDITION_ROW);

  G_OBJECT_CLASS (payday_edition_row_parent_class)->dispose (object);
}

static void
payday_edition_row_finalize (GObject *object)
{
  PaydayEditionRow *self = (PaydayEditionRow *)object;

  g_clear_pointer (&self->rules, payday_rules_unref);

  G_OBJECT_CLASS (payday_edition_row_parent_class)->finalize (object);
}

static void
payday_edition_row_class_init (PaydayEditionRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = payday_edition_row_dispose;
  object_class->finalize = payday_edition_row_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/payday/Payday/ui/payday-edition-row.ui");
  gtk_widget_class_bind_template_child (widget_class, PaydayEditionRow, state_tag);
  gtk_widget_class_bind_template_child (widget_class, PaydayEditionRow, warning_icon);
  gtk_widget_class_bind_template_child (widget_class, PaydayEditionRow, notes_row);
  gtk_widget_class_bind_template_child (widget_class, PaydayEditionRow, notes_label);
  gtk_widget_class_bind_template_child (widget_class, PaydayEditionRow, what_if_row);
  gtk_widget_class_bind_template_child (widget_class, PaydayEditionRow, what_if_button);
}

static void
payday_edition_row_init (PaydayEditionRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * payday_edition_row_new:
 * @rules: the rule set @edition belongs to
 * @edition: the edition to show, with inheritance applied
 * @in_force: whether it is the edition in force today
 * @pinned: whether the plan is shown under it for every date
 *
 * The edition's title and first day, then its figures (each tagged "Unverified" when no
 * source confirms it), its sources, its notes and a button to see the plan under it.
 *
 * Returns: (transfer floating): the row
 */
GtkWidget *
payday_edition_row_new (PaydayRules         *rules,
                        const PaydayEdition *edition,
                        gboolean             in_force,
                        gboolean             pinned)
{
  PaydayEditionRow *self;
  AdwExpanderRow *e;
  g_autofree char *date = NULL;
  g_autofree char *name = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *fee = NULL;
  g_autofree char *hourly = NULL;
  g_autofree char *fixed = NULL;

  g_return_val_if_fail (rules != NULL, NULL);
  g_return_val_if_fail (edition != NULL, NULL);

  self = g_object_new (PAYDAY_TYPE_EDITION_ROW, NULL);
  e = ADW_EXPANDER_ROW (self);
  self->rules = payday_rules_ref (rules);
  self->edition = edition;

  date = payday_date_to_string (edition->effective_from);
  name = g_strconcat ("edition-", date, NULL);
  gtk_widget_set_name (GTK_WIDGET (self), name);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self),
                                 edition->title && edition->title[0] ? edition->title : date);
  if (payday_edition_is_unverified (edition, "effective_from"))
    subtitle = g_strdup_printf (_("From %s (date unverified)"), date);
  else
    subtitle = g_strdup_printf (_("From %s"), date);
  adw_expander_row_set_subtitle (e, subtitle);

  gtk_widget_set_visible (GTK_WIDGET (self->state_tag), in_force || pinned);
  gtk_label_set_label (self->state_tag, pinned ? _("Shown") : _("In Force"));
  gtk_widget_add_css_class (GTK_WIDGET (self->state_tag), pinned ? "accent" : "success");
  gtk_widget_set_visible (GTK_WIDGET (self->warning_icon),
                          edition->unverified != NULL && edition->unverified[0] != NULL);

  fee = fee_text (edition);
  add_figure (self, _("Service fee"), fee, PATHS ("fee"));
  hourly = g_strdup_printf (_("%d days review, %d days security"),
                            edition->hourly_review_days, edition->hourly_security_days);
  add_figure (self, _("Hourly payments"), hourly, PATHS ("hourly"));
  fixed = g_strdup_printf (_("%d days review, %d days security"),
                           edition->fixed_review_days, edition->fixed_security_days);
  add_figure (self, _("Fixed-price payments"), fixed, PATHS ("fixed"));
  add_connects_figures (self);
  add_withdrawal_figures (self);
  add_large_contract_figures (self);

  for (guint i = 0; edition->sources != NULL && edition->sources[i] != NULL; i++)
    adw_expander_row_add_row (e, payday_rule_row_new_source (edition->sources[i]));

  if (edition->notes != NULL && edition->notes[0] != '\0')
    {
      g_autofree char *markup = notes_markup (edition->notes);

      gtk_label_set_markup (self->notes_label, markup);
      adw_expander_row_add_row (e, GTK_WIDGET (self->notes_row));
    }

  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->what_if_button), "s", date);
  gtk_widget_set_sensitive (GTK_WIDGET (self->what_if_button), !pinned);
  adw_expander_row_add_row (e, GTK_WIDGET (self->what_if_row));

  return GTK_WIDGET (self);
}
