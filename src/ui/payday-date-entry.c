/* payday-date-entry.c — a date typed as YYYY-MM-DD or picked from a calendar popover
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "payday-date-entry.h"

/* "date-changed" is emitted only when the user commits a valid new date: Enter, leaving
 * the field, a day picked in the calendar, or "No Date" (PaydayCheckedEntry). */
struct _PaydayDateEntry
{
  PaydayCheckedEntry  parent_instance;

  GtkMenuButton      *button;
  GtkCalendar        *calendar;
  GtkWidget          *none_button;
  PaydayDate          date;
};

G_DEFINE_FINAL_TYPE (PaydayDateEntry, payday_date_entry, PAYDAY_TYPE_CHECKED_ENTRY)

enum {
  PROP_0,
  PROP_DATE,
  N_PROPS
};

enum {
  DATE_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties [N_PROPS];
static guint signals [N_SIGNALS];

static void
payday_date_entry_show (PaydayDateEntry *self)
{
  char buf[PAYDAY_DATE_BUF] = "";

  if (payday_date_is_set (self->date))
    payday_date_format (self->date, buf);

  payday_checked_entry_show_text (PAYDAY_CHECKED_ENTRY (self), buf);
}

static void
payday_date_entry_accept (PaydayDateEntry *self,
                          PaydayDate       date)
{
  payday_checked_entry_set_valid (PAYDAY_CHECKED_ENTRY (self), TRUE);
  if (date != self->date)
    {
      self->date = date;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DATE]);
      g_signal_emit (self, signals [DATE_CHANGED], 0);
    }
  payday_date_entry_show (self);
}

static void
payday_date_entry_commit (PaydayCheckedEntry *entry)
{
  PaydayDateEntry *self = PAYDAY_DATE_ENTRY (entry);
  GtkEditable *editable = GTK_EDITABLE (payday_checked_entry_get_entry (entry));
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (editable)));
  PaydayDate date;

  if (text[0] == '\0' && payday_checked_entry_get_allow_none (entry))
    payday_date_entry_accept (self, PAYDAY_DATE_NONE);
  else if (payday_date_parse (text, &date))
    payday_date_entry_accept (self, date);
  else
    payday_checked_entry_set_valid (entry, FALSE);
}

static const char *
payday_date_entry_get_hint (PaydayCheckedEntry *entry)
{
  return payday_checked_entry_get_allow_none (entry)
         ? _("A date as YYYY-MM-DD, or empty for none")
         : _("A date as YYYY-MM-DD");
}

static void
on_day_selected (PaydayDateEntry *self)
{
  g_autoptr(GDateTime) dt = gtk_calendar_get_date (self->calendar);
  PaydayDate date = payday_date_from_ymd (g_date_time_get_year (dt),
                                          g_date_time_get_month (dt),
                                          g_date_time_get_day_of_month (dt));

  payday_date_entry_accept (self, date);
  gtk_popover_popdown (gtk_menu_button_get_popover (self->button));
}

static void
on_none_clicked (PaydayDateEntry *self)
{
  payday_date_entry_accept (self, PAYDAY_DATE_NONE);
  gtk_popover_popdown (gtk_menu_button_get_popover (self->button));
}

static void
on_allow_none_changed (PaydayDateEntry *self)
{
  gtk_widget_set_visible (self->none_button,
                          payday_checked_entry_get_allow_none (PAYDAY_CHECKED_ENTRY (self)));
}

/* The calendar opens on the date shown, or on today's month when there is none. */
static void
on_popover_show (PaydayDateEntry *self)
{
  PaydayDate date = payday_date_is_set (self->date) ? self->date : payday_date_today_utc ();
  g_autoptr(GDateTime) dt = payday_date_to_date_time (date);

  g_signal_handlers_block_by_func (self->calendar, on_day_selected, self);
  gtk_calendar_select_day (self->calendar, dt);
  g_signal_handlers_unblock_by_func (self->calendar, on_day_selected, self);
}

static void
payday_date_entry_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  PaydayDateEntry *self = PAYDAY_DATE_ENTRY (object);

  switch (prop_id)
    {
    case PROP_DATE:
      g_value_set_int (value, payday_date_entry_get_date (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
payday_date_entry_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  PaydayDateEntry *self = PAYDAY_DATE_ENTRY (object);

  switch (prop_id)
    {
    case PROP_DATE:
      payday_date_entry_set_date (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
payday_date_entry_class_init (PaydayDateEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  PaydayCheckedEntryClass *entry_class = PAYDAY_CHECKED_ENTRY_CLASS (klass);

  object_class->get_property = payday_date_entry_get_property;
  object_class->set_property = payday_date_entry_set_property;

  entry_class->commit = payday_date_entry_commit;
  entry_class->get_hint = payday_date_entry_get_hint;

  /**
   * PaydayDateEntry:date:
   *
   * The date shown, a #PaydayDate day number (%PAYDAY_DATE_NONE when empty), so a template
   * can bind it. Setting it never emits "date-changed".
   */
  properties [PROP_DATE] =
    g_param_spec_int ("date", NULL, NULL, G_MININT32, G_MAXINT32, PAYDAY_DATE_NONE,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PaydayDateEntry::date-changed:
   *
   * The user committed a valid new date (never emitted by set_date()).
   */
  signals [DATE_CHANGED] =
    g_signal_new ("date-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
payday_date_entry_init (PaydayDateEntry *self)
{
  GtkEntry *entry = payday_checked_entry_get_entry (PAYDAY_CHECKED_ENTRY (self));
  GtkWidget *popover_box;
  GtkWidget *popover;
  GtkWidget *box;

  self->date = PAYDAY_DATE_NONE;

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_widget_add_css_class (box, "linked");
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);

  gtk_editable_set_width_chars (GTK_EDITABLE (entry), 10);
  gtk_editable_set_max_width_chars (GTK_EDITABLE (entry), 10);
  gtk_entry_set_placeholder_text (entry, _("YYYY-MM-DD"));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (entry));

  self->calendar = GTK_CALENDAR (gtk_calendar_new ());
  popover_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_box_append (GTK_BOX (popover_box), GTK_WIDGET (self->calendar));
  self->none_button = gtk_button_new_with_mnemonic (_("_No Date"));
  gtk_widget_set_visible (self->none_button, FALSE);
  gtk_box_append (GTK_BOX (popover_box), self->none_button);
  popover = gtk_popover_new ();
  gtk_popover_set_child (GTK_POPOVER (popover), popover_box);

  self->button = GTK_MENU_BUTTON (gtk_menu_button_new ());
  gtk_menu_button_set_icon_name (self->button, "x-office-calendar-symbolic");
  gtk_menu_button_set_popover (self->button, popover);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->button), _("Pick a Date"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Pick a Date"),
                                  -1);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->button));

  payday_checked_entry_set_child (PAYDAY_CHECKED_ENTRY (self), box);

  g_signal_connect_swapped (self->calendar, "day-selected", G_CALLBACK (on_day_selected), self);
  g_signal_connect_swapped (self->none_button, "clicked", G_CALLBACK (on_none_clicked), self);
  g_signal_connect_swapped (popover, "show", G_CALLBACK (on_popover_show), self);
  g_signal_connect (self, "notify::allow-none", G_CALLBACK (on_allow_none_changed), NULL);
}

/**
 * payday_date_entry_new:
 * @allow_none: whether an empty field (no date) is a valid value
 */
GtkWidget *
payday_date_entry_new (gboolean allow_none)
{
  return g_object_new (PAYDAY_TYPE_DATE_ENTRY, "allow-none", allow_none, NULL);
}

PaydayDate
payday_date_entry_get_date (PaydayDateEntry *self)
{
  g_return_val_if_fail (PAYDAY_IS_DATE_ENTRY (self), PAYDAY_DATE_NONE);

  return self->date;
}

/**
 * payday_date_entry_set_date:
 *
 * Shows @date (does not emit "date-changed"); text being typed is replaced only when the
 * date differs.
 */
void
payday_date_entry_set_date (PaydayDateEntry *self,
                            PaydayDate       date)
{
  g_return_if_fail (PAYDAY_IS_DATE_ENTRY (self));

  if (date == self->date && payday_checked_entry_get_valid (PAYDAY_CHECKED_ENTRY (self)))
    return;

  if (date != self->date)
    {
      self->date = date;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DATE]);
    }
  payday_checked_entry_set_valid (PAYDAY_CHECKED_ENTRY (self), TRUE);
  payday_date_entry_show (self);
}

/**
 * payday_date_entry_set_error:
 * @message: why the date is refused (it breaks a rule only the caller knows)
 */
void
payday_date_entry_set_error (PaydayDateEntry *self,
                             const char      *message)
{
  g_return_if_fail (PAYDAY_IS_DATE_ENTRY (self));

  payday_checked_entry_set_error (PAYDAY_CHECKED_ENTRY (self), message);
}

gboolean
payday_date_entry_get_valid (PaydayDateEntry *self)
{
  g_return_val_if_fail (PAYDAY_IS_DATE_ENTRY (self), FALSE);

  return payday_checked_entry_get_valid (PAYDAY_CHECKED_ENTRY (self));
}

/**
 * payday_date_entry_set_text:
 *
 * Types @text and commits it, as a user would.
 */
void
payday_date_entry_set_text (PaydayDateEntry *self,
                            const char      *text)
{
  g_return_if_fail (PAYDAY_IS_DATE_ENTRY (self));

  payday_checked_entry_set_text (PAYDAY_CHECKED_ENTRY (self), text);
}
