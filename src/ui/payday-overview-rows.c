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
