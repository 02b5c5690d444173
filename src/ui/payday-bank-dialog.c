/* payday-bank-dialog.c — the plan's withdrawal settings, past withdrawals and the comparison
 *
 * Every change is an action of the dialog (bank.*) that makes one undoable edit of the
 * plan's withdrawals; the dialog shows the document as it is after each change, undo and
 * redo included. The comparison of every method and schedule runs in a thread.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "payday-bank-choice-row.h"
#include "payday-bank-dialog.h"
#include "payday-bank-edit.h"
#include "payday-bank-history-row.h"
#include "payday-money-entry.h"
#include "payday-payout-choice.h"
#include "payday-payout-row.h"
#include "payday-ui-util.h"

struct _PaydayBankDialog
{
  AdwWindow          parent_instance;

  PaydayDocument    *document;
  GListStore        *choices;          /* PaydayPayoutChoice */
  GCancellable      *comparing;        /* the comparison running, NULL when none */

  AdwComboRow       *method_row;
  AdwComboRow       *schedule_row;
  PaydayMoneyEntry  *reserve_entry;
  AdwActionRow      *rule_row;
  GtkListBox        *history_list;
  GtkFilterListModel *history_model;
  GtkListBox        *choice_list;
  GtkSpinner        *compare_spinner;

  guint              syncing : 1;      /* the widgets are being set from the document */
};

G_DEFINE_FINAL_TYPE (PaydayBankDialog, payday_bank_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_COMPARING,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* A closure of the template: the first argument is the expression's "this", unused. */
static char *
schedule_days_text (gpointer unused,
                    guint    selected)
{
  switch (selected)
    {
    case PAYDAY_SCHEDULE_MANUAL:
      return g_strdup (_("Only when you withdraw yourself"));
    case PAYDAY_SCHEDULE_WEEKLY:
      return g_strdup (_("Every Wednesday"));
    case PAYDAY_SCHEDULE_TWICE_MONTHLY:
      return g_strdup (_("The first and third Wednesday of each month"));
    case PAYDAY_SCHEDULE_MONTHLY:
      return g_strdup (_("The last Wednesday of each month"));
    case PAYDAY_SCHEDULE_QUARTERLY:
      return g_strdup (_("The last Monday of March, June, September and December"));
    default:
      return g_strdup ("");
    }
}

static PaydayPlan *
plan_of (PaydayBankDialog *self)
{
  return self->document != NULL ? payday_document_get_plan (self->document) : NULL;
}

/* The method's fee and arrival in the edition in force today, and the region's threshold. */
static void
update_rule_row (PaydayBankDialog *self,
                 const PaydayPlan *plan)
{
  PaydayRules *rules = payday_document_get_rules (self->document);
  const PaydayEdition *edition;
  const PaydayMethodRule *method;
  g_autofree char *fee = NULL;
  g_autofree char *threshold = NULL;
  g_autofree char *arrival = NULL;
  g_autofree char *text = NULL;
  PaydayCents threshold_cents;

  if (rules == NULL)
    return;

  edition = payday_rules_edition_for (rules, plan, payday_document_get_today (self->document));
  method = &edition->withdrawal_methods[plan->withdrawals.method];
  threshold_cents = plan->region == PAYDAY_REGION_US ? edition->withdrawal_threshold_us_cents
                                                     : edition->withdrawal_threshold_non_us_cents;
  fee = payday_ui_format_money (method->fee_cents);
  threshold = payday_ui_format_money (threshold_cents);
  if (method->arrival_business_days == 0)
    arrival = g_strdup (_("in your bank the same day"));
  else
    arrival = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "in your bank %d business day later",
                                            "in your bank %d business days later",
                                            method->arrival_business_days),
                               method->arrival_business_days);

  text = g_strdup_printf (plan->region == PAYDAY_REGION_US
                          /* Translators: the fee, "in your bank 3 business days later", the threshold */
                          ? _("%s a transfer, %s; paid once your balance reaches %s (US), or once money has waited %d days")
                          /* Translators: the fee, "in your bank 3 business days later", the threshold */
                          : _("%s a transfer, %s; paid once your balance reaches %s (outside the US), or once money has waited %d days"),
                          fee, arrival, threshold, edition->withdrawal_force_after_days);
  adw_action_row_set_subtitle (self->rule_row, text);
}

static void
compare_done_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(PaydayBankDialog) self = user_data;
  g_autoptr(GArray) options = payday_payouts_compare_finish (result, NULL);
  g_autoptr(GPtrArray) choices = NULL;

  /* A newer comparison replaced this one, or the dialog closed. */
  if (options == NULL)
    return;

  g_clear_object (&self->comparing);
  gtk_spinner_stop (self->compare_spinner);

  choices = g_ptr_array_new_full (options->len, g_object_unref);
  for (guint i = 0; i < options->len; i++)
    g_ptr_array_add (choices,
                     payday_payout_choice_new (&g_array_index (options, PaydayPayoutOption, i)));
  g_list_store_splice (self->choices, 0, g_list_model_get_n_items (G_LIST_MODEL (self->choices)),
                       choices->pdata, choices->len);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_COMPARING]);
}

static void
start_comparison (PaydayBankDialog *self)
{
  PaydaySchedule *schedule = payday_document_get_schedule (self->document);

  if (self->comparing != NULL)
    g_cancellable_cancel (self->comparing);
  g_clear_object (&self->comparing);

  if (schedule == NULL)
    return;

  self->comparing = g_cancellable_new ();
  gtk_spinner_start (self->compare_spinner);
  payday_payouts_compare_async (schedule, self->comparing, compare_done_cb, g_object_ref (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_COMPARING]);
}

static void
payday_bank_dialog_update (PaydayBankDialog *self)
{
  PaydayPlan *plan = plan_of (self);

  if (plan == NULL)
    return;

  self->syncing = TRUE;
  adw_combo_row_set_selected (self->method_row, plan->withdrawals.method);
  adw_combo_row_set_selected (self->schedule_row, plan->withdrawals.schedule);
  payday_money_entry_set_value (self->reserve_entry, plan->withdrawals.reserve_cents);
  update_rule_row (self, plan);
  self->syncing = FALSE;

  start_comparison (self);
}

static void
method_selected_cb (PaydayBankDialog *self)
{
  if (!self->syncing)
    gtk_widget_activate_action (GTK_WIDGET (self), "bank.set-method", "u",
                                (guint32) adw_combo_row_get_selected (self->method_row));
}

static void
schedule_selected_cb (PaydayBankDialog *self)
{
  if (!self->syncing)
    gtk_widget_activate_action (GTK_WIDGET (self), "bank.set-schedule", "u",
                                (guint32) adw_combo_row_get_selected (self->schedule_row));
}

static void
reserve_changed_cb (PaydayBankDialog *self)
{
  if (!self->syncing)
    gtk_widget_activate_action (GTK_WIDGET (self), "bank.set-reserve", "x",
                                (gint64) MAX (0, payday_money_entry_get_value (self->reserve_entry)));
}

static void
choice_activated_cb (PaydayBankDialog *self,
                     GtkListBoxRow    *row)
{
  PaydayPayoutChoice *choice = payday_bank_choice_row_get_choice (PAYDAY_BANK_CHOICE_ROW (row));

  gtk_widget_activate_action (GTK_WIDGET (self), "bank.choose", "(uu)",
                              (guint32) payday_payout_choice_get_method (choice),
                              (guint32) payday_payout_choice_get_schedule (choice));
}

/* ------------------------------------------------------------------------------------------ */
/* actions */

static void
set_method_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  PaydayBankDialog *self = PAYDAY_BANK_DIALOG (widget);
  guint32 method = g_variant_get_uint32 (parameter);

  if (method < PAYDAY_N_METHODS)
    payday_bank_edit_set_method (self->document, method);
}

static void
set_schedule_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  PaydayBankDialog *self = PAYDAY_BANK_DIALOG (widget);
  guint32 schedule = g_variant_get_uint32 (parameter);

  if (schedule <= PAYDAY_SCHEDULE_QUARTERLY)
    payday_bank_edit_set_schedule (self->document, schedule);
}

static void
set_reserve_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  PaydayBankDialog *self = PAYDAY_BANK_DIALOG (widget);

  payday_bank_edit_set_reserve (self->document, g_variant_get_int64 (parameter));
}

/* A new past withdrawal is dated today for the balance above the reserve: what "Get paid
 * now" would have taken. The user corrects both in the row. */
static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  PaydayBankDialog *self = PAYDAY_BANK_DIALOG (widget);
  PaydayPlan *plan = plan_of (self);
  const PaydaySummary *summary;

  if (plan == NULL)
    return;

  summary = payday_document_get_summary (self->document);
  payday_bank_edit_add (self->document, payday_document_get_today (self->document),
                        MAX (0, summary->balance_cents - plan->withdrawals.reserve_cents));
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PaydayBankDialog *self = PAYDAY_BANK_DIALOG (widget);
  guint32 index;
  gint32 date;
  gint64 amount;

  g_variant_get (parameter, "(uix)", &index, &date, &amount);
  payday_bank_edit_set (self->document, index, date, amount);
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PaydayBankDialog *self = PAYDAY_BANK_DIALOG (widget);

  payday_bank_edit_remove (self->document, g_variant_get_uint32 (parameter));
}

static void
choose_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PaydayBankDialog *self = PAYDAY_BANK_DIALOG (widget);
  guint32 method, schedule;

  g_variant_get (parameter, "(uu)", &method, &schedule);
  if (method < PAYDAY_N_METHODS && schedule <= PAYDAY_SCHEDULE_QUARTERLY)
    payday_bank_edit_choose (self->document, method, schedule);
}

/* ------------------------------------------------------------------------------------------ */

static GtkWidget *
create_history_row (gpointer item,
                    gpointer user_data)
{
  return payday_bank_history_row_new (PAYDAY_PAYOUT_ROW (item));
}

static GtkWidget *
create_choice_row (gpointer item,
                   gpointer user_data)
{
  return payday_bank_choice_row_new (PAYDAY_PAYOUT_CHOICE (item));
}

static void
payday_bank_dialog_dispose (GObject *object)
{
  PaydayBankDialog *self = PAYDAY_BANK_DIALOG (object);

  if (self->comparing != NULL)
    g_cancellable_cancel (self->comparing);
  g_clear_object (&self->comparing);
  gtk_widget_dispose_template (GTK_WIDGET (self), PAYDAY_TYPE_BANK_DIALOG);
  g_clear_object (&self->document);
  g_clear_object (&self->choices);

  G_OBJECT_CLASS (payday_bank_dialog_parent_class)->dispose (object);
}

static void
payday_bank_dialog_constructed (GObject *object)
{
  PaydayBankDialog *self = PAYDAY_BANK_DIALOG (object);

  G_OBJECT_CLASS (payday_bank_dialog_parent_class)->constructed (object);

  if (self->document != NULL)
    g_signal_connect_object (self->document, "changed", G_CALLBACK (payday_bank_dialog_update),
                             self, G_CONNECT_SWAPPED);
  payday_bank_dialog_update (self);
}

static void
payday_bank_dialog_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  PaydayBankDialog *self = PAYDAY_BANK_DIALOG (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, payday_bank_dialog_get_document (self));
      break;

    case PROP_COMPARING:
      g_value_set_boolean (value, payday_bank_dialog_get_comparing (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
payday_bank_dialog_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  PaydayBankDialog *self = PAYDAY_BANK_DIALOG (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      self->document = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
payday_bank_dialog_class_init (PaydayBankDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = payday_bank_dialog_dispose;
  object_class->constructed = payday_bank_dialog_constructed;
  object_class->get_property = payday_bank_dialog_get_property;
  object_class->set_property = payday_bank_dialog_set_property;

  properties [PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL,
                         PAYDAY_TYPE_DOCUMENT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /* Whether the comparison of every method and schedule is still running. */
  properties [PROP_COMPARING] =
    g_param_spec_boolean ("comparing", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "bank.set-method", "u", set_method_action);
  gtk_widget_class_install_action (widget_class, "bank.set-schedule", "u", set_schedule_action);
  gtk_widget_class_install_action (widget_class, "bank.set-reserve", "x", set_reserve_action);
  gtk_widget_class_install_action (widget_class, "bank.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "bank.edit", "(uix)", edit_action);
  gtk_widget_class_install_action (widget_class, "bank.remove", "u", remove_action);
  gtk_widget_class_install_action (widget_class, "bank.choose", "(uu)", choose_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  g_type_ensure (PAYDAY_TYPE_DOCUMENT);
  g_type_ensure (PAYDAY_TYPE_PAYOUT_ROW);
  g_type_ensure (PAYDAY_TYPE_MONEY_ENTRY);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/payday/Payday/ui/payday-bank-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PaydayBankDialog, method_row);
  gtk_widget_class_bind_template_child (widget_class, PaydayBankDialog, schedule_row);
  gtk_widget_class_bind_template_child (widget_class, PaydayBankDialog, reserve_entry);
  gtk_widget_class_bind_template_child (widget_class, PaydayBankDialog, rule_row);
  gtk_widget_class_bind_template_child (widget_class, PaydayBankDialog, history_list);
  gtk_widget_class_bind_template_child (widget_class, PaydayBankDialog, history_model);
  gtk_widget_class_bind_template_child (widget_class, PaydayBankDialog, choice_list);
  gtk_widget_class_bind_template_child (widget_class, PaydayBankDialog, compare_spinner);
  gtk_widget_class_bind_template_callback (widget_class, schedule_days_text);
  gtk_widget_class_bind_template_callback (widget_class, method_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, schedule_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, reserve_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, choice_activated_cb);
}

static void
payday_bank_dialog_init (PaydayBankDialog *self)
{
  g_autoptr(GtkStringList) methods = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) schedules = gtk_string_list_new (NULL);

  /* Set before the template so that filling the combos is not taken for the user's pick. */
  self->syncing = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));

  /* The combos list the enums in their order, so a position is a method or a schedule. */
  for (guint m = 0; m < PAYDAY_N_METHODS; m++)
    gtk_string_list_append (methods, payday_withdrawal_method_label (m));
  for (guint s = PAYDAY_SCHEDULE_MANUAL; s <= PAYDAY_SCHEDULE_QUARTERLY; s++)
    gtk_string_list_append (schedules, payday_withdrawal_schedule_label (s));
  adw_combo_row_set_model (self->method_row, G_LIST_MODEL (methods));
  adw_combo_row_set_model (self->schedule_row, G_LIST_MODEL (schedules));
  self->syncing = FALSE;

  self->choices = g_list_store_new (PAYDAY_TYPE_PAYOUT_CHOICE);
  gtk_list_box_bind_model (self->history_list, G_LIST_MODEL (self->history_model),
                           create_history_row, NULL, NULL);
  gtk_list_box_set_placeholder (self->history_list,
                                payday_ui_placeholder_new (_("No past withdrawals")));
  gtk_list_box_bind_model (self->choice_list, G_LIST_MODEL (self->choices),
                           create_choice_row, NULL, NULL);
}

/**
 * payday_bank_dialog_new:
 * @document: the open plan
 *
 * Returns: (transfer floating): the dialog, not yet shown
 */
PaydayBankDialog *
payday_bank_dialog_new (PaydayDocument *document)
{
  g_return_val_if_fail (PAYDAY_IS_DOCUMENT (document), NULL);

  return g_object_new (PAYDAY_TYPE_BANK_DIALOG, "document", document, NULL);
}

PaydayDocument *
payday_bank_dialog_get_document (PaydayBankDialog *self)
{
  g_return_val_if_fail (PAYDAY_IS_BANK_DIALOG (self), NULL);

  return self->document;
}

/**
 * payday_bank_dialog_get_choices:
 *
 * Returns: (transfer none): the comparison as a list of #PaydayPayoutChoice, empty until the
 *   first comparison is done
 */
GListModel *
payday_bank_dialog_get_choices (PaydayBankDialog *self)
{
  g_return_val_if_fail (PAYDAY_IS_BANK_DIALOG (self), NULL);

  return G_LIST_MODEL (self->choices);
}

gboolean
payday_bank_dialog_get_comparing (PaydayBankDialog *self)
{
  g_return_val_if_fail (PAYDAY_IS_BANK_DIALOG (self), FALSE);

  return self->comparing != NULL;
}
