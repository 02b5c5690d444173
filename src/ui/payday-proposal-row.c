/* payday-proposal-row.c — one proposal in the Proposals page's pipeline
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "payday-proposal-row.h"
#include "payday-ui-util.h"

/* The row follows its proposal object's notifications: texts, the status pill and its
 * style class, and the "Create Contract…" button of a hire without a contract. Activating
 * the row runs the page's "proposals.edit" with the proposal's id. */
struct _PaydayProposalRow
{
  AdwActionRow          parent_instance;

  PaydayProposalObject *proposal;
  char                 *pill_class;

  GtkWidget            *create_contract;
  GtkWidget            *linked;
  GtkLabel             *pill;
};

G_DEFINE_FINAL_TYPE (PaydayProposalRow, payday_proposal_row, ADW_TYPE_ACTION_ROW)

static const char *const status_labels[] = {
  N_("Sent"), N_("Viewed"), N_("Interview"), N_("Hired"),
  N_("Declined"), N_("Withdrawn"), N_("Job cancelled"),
};

/* The status as the pipeline and the edit dialog name it. */
const char *
payday_proposal_status_label (PaydayProposalStatus status)
{
  g_return_val_if_fail (status < G_N_ELEMENTS (status_labels), NULL);

  return _(status_labels[status]);
}

static void
update_row (PaydayProposalRow *self)
{
  PaydayProposalObject *p = self->proposal;
  PaydayProposalStatus status = payday_proposal_object_get_status (p);
  PaydayDate today = payday_proposal_object_get_today (p);
  PaydayDate status_date = payday_proposal_object_get_status_date (p);
  const char *title = payday_proposal_object_get_title (p);
  const char *client = payday_proposal_object_get_client_name (p);
  const char *contract = payday_proposal_object_get_contract_id (p);
  int connects = payday_proposal_object_get_connects (p);
  int boost = payday_proposal_object_get_boost (p);
  g_autofree char *title_markup = g_markup_escape_text (title && title[0] ? title : _("Untitled proposal"), -1);
  g_autofree char *day = payday_ui_format_date (payday_proposal_object_get_date (p), today);
  g_autoptr(GString) subtitle = g_string_new (day);
  g_autofree char *subtitle_markup = NULL;

  if (client != NULL)
    g_string_append_printf (subtitle, " · %s", client);
  if (payday_proposal_object_get_invited (p))
    g_string_append_printf (subtitle, " · %s", _("invited, no Connects"));
  else
    g_string_append_printf (subtitle, g_dngettext (GETTEXT_PACKAGE, " · %d Connect", " · %d Connects", connects),
                            connects);
  if (boost > 0)
    g_string_append_printf (subtitle, _(" + %d boost"), boost);
  if (payday_date_is_set (status_date) && status != PAYDAY_PROPOSAL_SENT)
    {
      g_autofree char *since = payday_ui_format_date (status_date, today);
      g_autofree char *lower = g_utf8_strdown (payday_proposal_status_label (status), -1);

      g_string_append_printf (subtitle, _(" · %s since %s"), lower, since);
    }
  subtitle_markup = g_markup_escape_text (subtitle->str, -1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), title_markup);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle_markup);

  gtk_widget_set_visible (self->create_contract, status == PAYDAY_PROPOSAL_HIRED && contract == NULL);
  gtk_widget_set_visible (self->linked, contract != NULL);
  gtk_widget_set_tooltip_text (self->linked, payday_proposal_object_get_contract_title (p));

  gtk_label_set_label (self->pill, payday_proposal_status_label (status));
  if (self->pill_class != NULL)
    gtk_widget_remove_css_class (GTK_WIDGET (self->pill), self->pill_class);
  g_free (self->pill_class);
  self->pill_class = g_strdup_printf ("proposal-%s", payday_proposal_status_to_string (status));
  gtk_widget_add_css_class (GTK_WIDGET (self->pill), self->pill_class);
}

static void
payday_proposal_row_dispose (GObject *object)
{
  PaydayProposalRow *self = (PaydayProposalRow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), PAYDAY_TYPE_PROPOSAL_ROW);
  g_clear_object (&self->proposal);
  g_clear_pointer (&self->pill_class, g_free);

  G_OBJECT_CLASS (payday_proposal_row_parent_class)->dispose (object);
}

static void
payday_proposal_row_class_init (PaydayProposalRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = payday_proposal_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/payday/Payday/ui/payday-proposal-row.ui");
  gtk_widget_class_bind_template_child (widget_class, PaydayProposalRow, create_contract);
  gtk_widget_class_bind_template_child (widget_class, PaydayProposalRow, linked);
  gtk_widget_class_bind_template_child (widget_class, PaydayProposalRow, pill);
}

static void
payday_proposal_row_init (PaydayProposalRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
payday_proposal_row_new (PaydayProposalObject *proposal)
{
  PaydayProposalRow *self;
  const char *id;

  g_return_val_if_fail (PAYDAY_IS_PROPOSAL_OBJECT (proposal), NULL);

  self = g_object_new (PAYDAY_TYPE_PROPOSAL_ROW, NULL);
  self->proposal = g_object_ref (proposal);
  /* The id is the object's key: it never changes. */
  id = payday_proposal_object_get_id (proposal);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self), "s", id);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->create_contract), "s", id);
  g_signal_connect_object (proposal, "notify", G_CALLBACK (update_row), self, G_CONNECT_SWAPPED);
  update_row (self);

  return GTK_WIDGET (self);
}

GtkWidget *
payday_proposal_row_get_pill (PaydayProposalRow *self)
{
  g_return_val_if_fail (PAYDAY_IS_PROPOSAL_ROW (self), NULL);

  return GTK_WIDGET (self->pill);
}
