/* payday-overview-rows.c — the rows of the Overview page's lists and what each one shows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "payday-overview-page-private.h"
#include "payday-ui-util.h"

G_GNUC_INTERNAL GtkWidget *
payday_overview_placeholder_new (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_add_css_class (label, "list-placeholder");
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);

  return label;
}

/* A small calendar leaf: month above day, so the list reads like a calendar. */
static GtkWidget *
date_leaf_new (PaydayDate date)
{
  static const char *months[] = {
    N_("Jan"), N_("Feb"), N_("Mar"), N_("Apr"), N_("May"), N_("Jun"),
    N_("Jul"), N_("Aug"), N_("Sep"), N_("Oct"), N_("Nov"), N_("Dec"),
  };
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *month;
  GtkWidget *day;
  g_autofree char *day_text = NULL;
  int y, m, d;

  payday_date_get_ymd (date, &y, &m, &d);
  day_text = g_strdup_printf ("%d", d);

  month = gtk_label_new (_(months[m - 1]));
  day = gtk_label_new (day_text);
  gtk_widget_add_css_class (month, "date-leaf-month");
  gtk_widget_add_css_class (day, "date-leaf-day");
  gtk_box_append (GTK_BOX (box), month);
  gtk_box_append (GTK_BOX (box), day);
  gtk_widget_add_css_class (box, "date-leaf");
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);

  return box;
}

static char *
item_description (const PaydayItem *item,
                  const PaydayPlan *plan,
                  PaydayDate        today)
{
  g_autofree char *start = NULL;

  switch (item->kind)
    {
    case PAYDAY_ITEM_HOURLY_WEEK:
      start = payday_ui_format_date (item->period_start, today);
      return item->projected ? g_strdup_printf (_("Planned week of %s"), start)
                             : g_strdup_printf (_("Week of %s"), start);

    case PAYDAY_ITEM_MILESTONE:
      {
        const PaydayContract *contract = &g_array_index (plan->contracts, PaydayContract,
                                                         item->contract_index);
        const PaydayMilestone *milestone = NULL;

        if (item->source_index >= 0 && contract->milestones != NULL &&
            (guint) item->source_index < contract->milestones->len)
          milestone = &g_array_index (contract->milestones, PaydayMilestone, item->source_index);

        if (milestone != NULL && milestone->title != NULL && milestone->title[0] != '\0')
          return g_strdup_printf (_("Milestone: %s"), milestone->title);
        return g_strdup (_("Milestone"));
      }

    case PAYDAY_ITEM_BONUS:
      return g_strdup (_("Bonus"));

    default:
      g_assert_not_reached ();
    }
}

/* The amount of a row, with its local amount under it when there is a rate. */
static GtkWidget *
row_amount_new (PaydayCents       cents,
                const PaydayRate *rate)
{
  g_autofree char *net = payday_ui_format_money (cents);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *amount = gtk_label_new (net);

  gtk_widget_add_css_class (amount, "tabular");
  gtk_widget_add_css_class (amount, "row-amount");
  gtk_label_set_xalign (GTK_LABEL (amount), 1.0f);
  gtk_box_append (GTK_BOX (box), amount);
  if (rate != NULL)
    {
      GtkWidget *local = payday_ui_local_label_new ();

      gtk_label_set_xalign (GTK_LABEL (local), 1.0f);
      payday_ui_local_label_set (local, rate, cents);
      gtk_box_append (GTK_BOX (box), local);
    }
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);

  return box;
}

G_GNUC_INTERNAL GtkWidget *
payday_overview_next_row_new (const PaydayItem *item,
                              const PaydayPlan *plan,
                              PaydayDate        today,
                              GtkSizeGroup     *pill_group,
                              const PaydayRate *rate)
{
  const PaydayContract *contract = &g_array_index (plan->contracts, PaydayContract,
                                                   item->contract_index);
  g_autofree char *title = g_markup_escape_text (contract->title ? contract->title : "", -1);
  g_autofree char *description = item_description (item, plan, today);
  g_autofree char *day = payday_ui_format_date (item->available_on, today);
  g_autofree char *subtitle_text = g_strdup_printf ("%s · %s", day, description);
  g_autofree char *subtitle = g_markup_escape_text (subtitle_text, -1);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *pill;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), date_leaf_new (item->available_on));

  adw_action_row_add_suffix (ADW_ACTION_ROW (row), row_amount_new (item->net_cents, rate));
  pill = payday_ui_status_pill_new (item->status);
  gtk_size_group_add_widget (pill_group, pill);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), pill);

  return row;
}

G_GNUC_INTERNAL GtkWidget *
payday_overview_contract_row_new (const PaydayContract *contract,
                                  const PaydayPlan     *plan,
                                  PaydayDate            next_date,
                                  PaydayCents           waiting,
                                  PaydayDate            today,
                                  const PaydayRate     *local_rate)
{
  const PaydayClient *client = contract->client ? payday_plan_find_client (plan, contract->client) : NULL;
  const char *client_name = client && client->name && client->name[0] ? client->name
                          : contract->client ? contract->client : _("No client");
  g_autofree char *title = g_markup_escape_text (contract->title ? contract->title : "", -1);
  g_autofree char *type = NULL;
  g_autofree char *subtitle_text = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *net = payday_ui_format_money (waiting);
  g_autofree char *next = NULL;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *amount = gtk_label_new (net);
  GtkWidget *caption;

  if (contract->type == PAYDAY_CONTRACT_HOURLY)
    {
      g_autofree char *rate = payday_ui_format_money (contract->rate_cents);
      /* Translators: an hourly contract and its rate, e.g. "Hourly, $25.00/h" */
      type = g_strdup_printf (_("Hourly, %s/h"), rate);
    }
  else
    {
      type = g_strdup (_("Fixed price"));
    }

  subtitle_text = g_strdup_printf ("%s · %s", client_name, type);
  subtitle = g_markup_escape_text (subtitle_text, -1);

  if (payday_date_is_set (next_date))
    {
      g_autofree char *day = payday_ui_format_date (next_date, today);
      next = g_strdup_printf (_("next payment %s"), day);
    }
  else
    {
      next = g_strdup (_("no payment due"));
    }

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_icon_name (ADW_ACTION_ROW (row),
                                contract->type == PAYDAY_CONTRACT_HOURLY
                                  ? "preferences-system-time-symbolic"
                                  : "emblem-documents-symbolic");

  caption = gtk_label_new (next);
  gtk_widget_add_css_class (caption, "dim-label");
  gtk_widget_add_css_class (caption, "caption");
  gtk_label_set_xalign (GTK_LABEL (caption), 1.0f);
  gtk_widget_add_css_class (amount, "tabular");
  gtk_widget_add_css_class (amount, "row-amount");
  gtk_label_set_xalign (GTK_LABEL (amount), 1.0f);
  gtk_widget_set_tooltip_text (amount, _("Net not yet available"));
  gtk_box_append (GTK_BOX (box), amount);
  if (local_rate != NULL)
    {
      GtkWidget *local = payday_ui_local_label_new ();

      gtk_label_set_xalign (GTK_LABEL (local), 1.0f);
      payday_ui_local_label_set (local, local_rate, waiting);
      gtk_box_append (GTK_BOX (box), local);
    }
  gtk_box_append (GTK_BOX (box), caption);
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), box);

  return row;
}

static void
sig_append (GByteArray *sig,
            const char *text)
{
  g_byte_array_append (sig, (const guint8 *) (text ? text : ""), strlen (text ? text : "") + 1);
}

/* The local-currency figure is part of what a row shows. */
static void
sig_append_rate (GByteArray       *sig,
                 const PaydayRate *rate)
{
  PaydayRate none = { 0, };

  g_byte_array_append (sig, (const guint8 *) (rate ? rate : &none), sizeof none);
}

G_GNUC_INTERNAL GBytes *
payday_overview_next_row_signature (const PaydayItem *item,
                                    const PaydayPlan *plan,
                                    PaydayDate        today,
                                    const PaydayRate *rate)
{
  const PaydayContract *contract = &g_array_index (plan->contracts, PaydayContract, item->contract_index);
  GByteArray *sig = g_byte_array_new ();
  PaydayItem plain = *item;

  plain.contract_id = plain.client_id = plain.ref_id = NULL;
  plain.edition = NULL;
  g_byte_array_append (sig, (const guint8 *) &plain, sizeof plain);
  g_byte_array_append (sig, (const guint8 *) &today, sizeof today);
  sig_append (sig, contract->title);
  if (item->kind == PAYDAY_ITEM_MILESTONE && item->source_index >= 0 &&
      (guint) item->source_index < contract->milestones->len)
    sig_append (sig, g_array_index (contract->milestones, PaydayMilestone, item->source_index).title);
  sig_append (sig, item->ref_id);
  sig_append_rate (sig, rate);

  return g_byte_array_free_to_bytes (sig);
}

G_GNUC_INTERNAL GBytes *
payday_overview_contract_row_signature (const PaydayContract *contract,
                                        const PaydayPlan     *plan,
                                        PaydayDate            next_date,
                                        PaydayCents           waiting,
                                        PaydayDate            today,
                                        const PaydayRate     *rate)
{
  const PaydayClient *client = contract->client ? payday_plan_find_client (plan, contract->client) : NULL;
  GByteArray *sig = g_byte_array_new ();
  gint64 numbers[] = { contract->type, contract->rate_cents, next_date, waiting, today };

  g_byte_array_append (sig, (const guint8 *) numbers, sizeof numbers);
  sig_append (sig, contract->title);
  sig_append (sig, contract->client);
  sig_append (sig, client ? client->name : NULL);
  sig_append_rate (sig, rate);

  return g_byte_array_free_to_bytes (sig);
}

/* The last row of a list cut at PAYDAY_OVERVIEW_MAX_ROWS: how many are left out. */
G_GNUC_INTERNAL GtkWidget *
payday_overview_more_row_new (char *text)
{
  g_autofree char *owned = text;
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), owned);
  gtk_widget_add_css_class (row, "dim-label");
  gtk_widget_set_name (row, "more");
  return row;
}
