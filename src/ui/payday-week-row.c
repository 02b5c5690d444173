/* payday-week-row.c — one week of the hourly editor's timesheet
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "payday-editor-util.h"
#include "payday-ui-util.h"
#include "payday-week-row.h"

/* The row shows a PaydayWeekObject of the editor's timesheet model through bindings in
 * its .ui; what the user changes becomes a command on the week, addressed by the
 * contract's id and the week's start. The document then updates the object in place, so
 * the row (and the field being edited) stays. */
struct _PaydayWeekRow
{
  AdwExpanderRow    parent_instance;

  PaydayDocument   *document;
  char             *contract_id;
  PaydayWeekObject *week;

  PaydayMoneyEntry *hours;
  PaydayMoneyEntry *manual;
  PaydayMoneyEntry *disputed;
  AdwComboRow      *outcome;
};

G_DEFINE_FINAL_TYPE (PaydayWeekRow, payday_week_row, ADW_TYPE_EXPANDER_ROW)

enum {
  PROP_0,
  PROP_WEEK,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

typedef enum { FIELD_HOURS, FIELD_MANUAL, FIELD_DISPUTED, FIELD_OUTCOME } Field;

/* Sets @field of the week to @value as one command; a refusal marks @source. */
static void
change_week (PaydayWeekRow *self,
             gpointer       source,
             Field          field,
             gint64         value)
{
  static const char *labels[] = { N_("Edit Hours"), N_("Edit Manual Hours"),
                                  N_("Edit Disputed Hours"), N_("Change Dispute Outcome") };
  g_autoptr(PaydayCommand) command = NULL;
  const PaydayContract *c;
  PaydayDate week_start;
  PaydayWeek week;
  gint64 *slot;
  guint i;
  GError *error = NULL;

  if (self->document == NULL || self->week == NULL ||
      !(c = payday_document_find_contract (self->document, self->contract_id)))
    return;

  week_start = payday_week_object_get_week_start (self->week);
  for (i = 0; i < c->weeks->len; i++)
    if (g_array_index (c->weeks, PaydayWeek, i).week_start == week_start)
      break;
  if (i == c->weeks->len)
    return;

  /* The week as the plan has it (with the members Payday does not know), one field new. */
  week = g_array_index (c->weeks, PaydayWeek, i);
  if (field == FIELD_OUTCOME)
    {
      if (week.dispute_outcome == (PaydayDisputeOutcome) value)
        return;
      week.dispute_outcome = value;
    }
  else
    {
      slot = field == FIELD_HOURS ? &week.hours
           : field == FIELD_MANUAL ? &week.manual_hours : &week.disputed_hours;
      if (*slot == value)
        return;
      *slot = value;
    }

  /* Manual and disputed hours are parts of the week's hours: the document refuses more. */
  command = payday_command_new (_(labels[field]));
  payday_command_set_week (command, self->contract_id, &week);
  if (!payday_document_run (self->document, command, &error))
    payday_editor_show_refusal (GTK_WIDGET (self), source, error);
}

static void
on_hours_changed (PaydayWeekRow *self)
{
  change_week (self, self->hours, FIELD_HOURS, payday_money_entry_get_value (self->hours));
}

static void
on_manual_changed (PaydayWeekRow *self)
{
  change_week (self, self->manual, FIELD_MANUAL, payday_money_entry_get_value (self->manual));
}

static void
on_disputed_changed (PaydayWeekRow *self)
{
  change_week (self, self->disputed, FIELD_DISPUTED, payday_money_entry_get_value (self->disputed));
}

static void
on_outcome_changed (PaydayWeekRow *self)
{
  change_week (self, self->outcome, FIELD_OUTCOME, adw_combo_row_get_selected (self->outcome));
}

static void
on_delete_clicked (PaydayWeekRow *self,
                   GtkButton     *button)
{
  g_autoptr(PaydayCommand) command = payday_command_new (_("Delete Week"));
  GError *error = NULL;

  if (self->document == NULL || self->week == NULL)
    return;

  payday_command_remove_week (command, self->contract_id,
                              payday_week_object_get_week_start (self->week));
  if (!payday_document_run (self->document, command, &error))
    payday_editor_show_refusal (GTK_WIDGET (self), button, error);
}

/* The .ui's closures ------------------------------------------------------------------ */

static char *
week_title (gpointer   this,
            PaydayDate week_start,
            PaydayDate today)
{
  g_autofree char *start = payday_ui_format_date (week_start, today);

  return g_strdup_printf (_("Week of %s"), start);
}

static char *
week_subtitle (gpointer   this,
               gboolean   pays,
               gint64     net_cents,
               PaydayDate available_on,
               int        status,
               PaydayDate today)
{
  g_autofree char *net = NULL;
  g_autofree char *when = NULL;

  if (!pays)
    return g_strdup (_("Pays nothing"));

  net = payday_ui_format_money (net_cents);
  when = payday_ui_format_date (available_on, today);
  return g_strdup_printf (_("%s net · available %s · %s"), net, when,
                          payday_status_get_title (status));
}

static char *
over_text (gpointer this,
           gint64   minutes)
{
  g_autofree char *hours = g_strdup_printf ("%" G_GINT64_FORMAT ":%02d", minutes / 60, (int) (minutes % 60));

  /* Translators: %s is hours and minutes, "4:30" */
  return g_strdup_printf (_("%s h over the limit"), hours);
}

static gboolean
over_visible (gpointer this,
              gint64   minutes)
{
  return minutes > 0;
}

/* The row's own title and subtitle follow the week from here: GTK 4.8 cannot take apart
 * a .ui binding whose target is the template object itself. */
static void
update_header (PaydayWeekRow *self)
{
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  PaydayDate week_start, available_on, today;
  gboolean pays;
  gint64 net;
  int status;

  g_object_get (self->week, "week-start", &week_start, "today", &today, "pays", &pays,
                "net", &net, "available-on", &available_on, "status", &status, NULL);
  title = week_title (self, week_start, today);
  subtitle = week_subtitle (self, pays, net, available_on, status, today);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), title);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), subtitle);
}

/* GObject ---------------------------------------------------------------------------- */

static void
payday_week_row_dispose (GObject *object)
{
  PaydayWeekRow *self = (PaydayWeekRow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), PAYDAY_TYPE_WEEK_ROW);
  g_clear_object (&self->document);
  g_clear_pointer (&self->contract_id, g_free);

  G_OBJECT_CLASS (payday_week_row_parent_class)->dispose (object);
}

/* The week goes last: the .ui's bindings on the row watch it until the row's weak
 * references are dropped, after dispose. */
static void
payday_week_row_finalize (GObject *object)
{
  PaydayWeekRow *self = (PaydayWeekRow *)object;

  g_clear_object (&self->week);

  G_OBJECT_CLASS (payday_week_row_parent_class)->finalize (object);
}

static void
payday_week_row_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  PaydayWeekRow *self = PAYDAY_WEEK_ROW (object);

  switch (prop_id)
    {
    case PROP_WEEK:
      g_value_set_object (value, self->week);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
payday_week_row_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  PaydayWeekRow *self = PAYDAY_WEEK_ROW (object);

  switch (prop_id)
    {
    case PROP_WEEK:
      g_return_if_fail (self->week == NULL);
      self->week = g_value_dup_object (value);
      g_signal_connect_object (self->week, "notify", G_CALLBACK (update_header), self,
                               G_CONNECT_SWAPPED);
      update_header (self);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
payday_week_row_class_init (PaydayWeekRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = payday_week_row_dispose;
  object_class->finalize = payday_week_row_finalize;
  object_class->get_property = payday_week_row_get_property;
  object_class->set_property = payday_week_row_set_property;

  properties [PROP_WEEK] =
    g_param_spec_object ("week", NULL, NULL,
                         PAYDAY_TYPE_WEEK_OBJECT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (PAYDAY_TYPE_MONEY_ENTRY);
  g_type_ensure (PAYDAY_TYPE_WEEK_OBJECT);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/payday/Payday/ui/payday-week-row.ui");
  gtk_widget_class_bind_template_child (widget_class, PaydayWeekRow, hours);
  gtk_widget_class_bind_template_child (widget_class, PaydayWeekRow, manual);
  gtk_widget_class_bind_template_child (widget_class, PaydayWeekRow, disputed);
  gtk_widget_class_bind_template_child (widget_class, PaydayWeekRow, outcome);
  gtk_widget_class_bind_template_callback (widget_class, on_hours_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_manual_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_disputed_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_outcome_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_delete_clicked);
  gtk_widget_class_bind_template_callback (widget_class, over_text);
  gtk_widget_class_bind_template_callback (widget_class, over_visible);
}

static void
payday_week_row_init (PaydayWeekRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * payday_week_row_new:
 * @contract_id: the hourly contract @week belongs to
 *
 * Returns: (transfer floating): a row showing @week and editing it in @document
 */
GtkWidget *
payday_week_row_new (PaydayDocument   *document,
                     const char       *contract_id,
                     PaydayWeekObject *week)
{
  PaydayWeekRow *self = g_object_new (PAYDAY_TYPE_WEEK_ROW, "week", week, NULL);

  /* After the bindings' first values, so those make no commands. */
  self->document = g_object_ref (document);
  self->contract_id = g_strdup (contract_id);
  return GTK_WIDGET (self);
}

/**
 * payday_week_row_get_entry:
 * @field: "hours", "manual" or "disputed"
 *
 * Returns: (transfer none): the entry of that field
 */
PaydayMoneyEntry *
payday_week_row_get_entry (PaydayWeekRow *self,
                           const char    *field)
{
  g_return_val_if_fail (PAYDAY_IS_WEEK_ROW (self), NULL);

  if (g_str_equal (field, "manual"))
    return self->manual;
  if (g_str_equal (field, "disputed"))
    return self->disputed;
  return self->hours;
}
