/* payday-money-entry.c — an entry for dollars and cents, or hours with two decimals
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "payday-money-entry.h"
#include "payday-plan.h"

#define MAX_HOURS 16800                 /* 168 hours a week, in hundredths */

/* Money is cents and hours are hundredths of an hour: both a whole number of hundredths,
 * typed with at most two decimals. "value-changed" is emitted only when the user commits
 * a valid value that differs from the current one (PaydayCheckedEntry). */
struct _PaydayMoneyEntry
{
  PaydayCheckedEntry  parent_instance;

  gint64              value;            /* PAYDAY_NONE = empty */
  guint               hours : 1;
};

G_DEFINE_FINAL_TYPE (PaydayMoneyEntry, payday_money_entry, PAYDAY_TYPE_CHECKED_ENTRY)

enum {
  PROP_0,
  PROP_VALUE,
  PROP_HOURS,
  N_PROPS
};

enum {
  VALUE_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties [N_PROPS];
static guint signals [N_SIGNALS];

/**
 * payday_parse_hundredths:
 * @text: what the user typed: "1,234.5", "$12", "7.25"
 * @money: accept a leading "$" and thousands separators
 * @maximum: the largest value accepted
 * @value: (out): the value in hundredths
 *
 * Parses a non-negative decimal with at most two decimals, exactly (no floating point).
 *
 * Returns: %TRUE when @text is such a number no larger than @maximum
 */
gboolean
payday_parse_hundredths (const char *text,
                         gboolean    money,
                         gint64      maximum,
                         gint64     *value)
{
  gint64 whole = 0, frac = 0;
  int n_digits = 0, n_decimals = 0;
  const char *p = text;

  while (g_ascii_isspace (*p))
    p++;
  if (money && *p == '$')
    p++;

  for (; *p != '\0' && *p != '.'; p++)
    {
      if (money && *p == ',' && n_digits > 0)
        continue;
      if (!g_ascii_isdigit (*p))
        break;
      if (whole > maximum / 10 + 1)
        return FALSE;
      whole = whole * 10 + (*p - '0');
      n_digits++;
    }

  if (*p == '.')
    {
      for (p++; g_ascii_isdigit (*p); p++)
        {
          if (++n_decimals > 2)
            return FALSE;
          frac = frac * 10 + (*p - '0');
        }
    }

  while (g_ascii_isspace (*p))
    p++;

  if (*p != '\0' || (n_digits == 0 && n_decimals == 0))
    return FALSE;

  if (n_decimals == 1)
    frac *= 10;
  if (whole > maximum / 100 + 1 || whole * 100 + frac > maximum)
    return FALSE;

  *value = whole * 100 + frac;
  return TRUE;
}

static void
payday_money_entry_show (PaydayMoneyEntry *self)
{
  g_autofree char *text = NULL;

  if (self->value == PAYDAY_NONE)
    text = g_strdup ("");
  else if (self->hours)
    text = g_strdup_printf ("%" G_GINT64_FORMAT ".%02d",
                            self->value / 100, (int) (self->value % 100));
  else
    text = payday_money_format_plain (self->value);

  payday_checked_entry_show_text (PAYDAY_CHECKED_ENTRY (self), text);
}

static const char *
payday_money_entry_get_hint (PaydayCheckedEntry *entry)
{
  return PAYDAY_MONEY_ENTRY (entry)->hours
         ? _("Hours from 0 to 168, with at most two decimals")
         : _("An amount in dollars, with at most two decimals for the cents");
}

/* Checks the text; a valid new value becomes the value and is announced. */
static void
payday_money_entry_commit (PaydayCheckedEntry *entry)
{
  PaydayMoneyEntry *self = PAYDAY_MONEY_ENTRY (entry);
  const char *text = gtk_editable_get_text (GTK_EDITABLE (payday_checked_entry_get_entry (entry)));
  gint64 value = PAYDAY_NONE;

  if (payday_checked_entry_is_blank (entry)
      ? !payday_checked_entry_get_allow_none (entry)
      : !payday_parse_hundredths (text, !self->hours,
                                  self->hours ? MAX_HOURS : PAYDAY_CENTS_MAX, &value))
    {
      payday_checked_entry_set_valid (entry, FALSE);
      return;
    }

  payday_checked_entry_set_valid (entry, TRUE);
  if (value != self->value)
    {
      self->value = value;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_VALUE]);
      g_signal_emit (self, signals [VALUE_CHANGED], 0);
    }
  /* Shows the value the way it is kept ("12.5" → "12.50"). */
  if (gtk_widget_get_root (GTK_WIDGET (self)) != NULL)
    payday_money_entry_show (self);
}

static void
payday_money_entry_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  PaydayMoneyEntry *self = PAYDAY_MONEY_ENTRY (object);

  switch (prop_id)
    {
    case PROP_VALUE:
      g_value_set_int64 (value, self->value);
      break;

    case PROP_HOURS:
      g_value_set_boolean (value, self->hours);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
payday_money_entry_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  PaydayMoneyEntry *self = PAYDAY_MONEY_ENTRY (object);
  GtkEditable *editable = GTK_EDITABLE (payday_checked_entry_get_entry (PAYDAY_CHECKED_ENTRY (self)));

  switch (prop_id)
    {
    case PROP_VALUE:
      payday_money_entry_set_value (self, g_value_get_int64 (value));
      break;

    case PROP_HOURS:
      self->hours = g_value_get_boolean (value);
      gtk_editable_set_width_chars (editable, self->hours ? 6 : 10);
      payday_money_entry_show (self);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
payday_money_entry_class_init (PaydayMoneyEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  PaydayCheckedEntryClass *entry_class = PAYDAY_CHECKED_ENTRY_CLASS (klass);

  object_class->get_property = payday_money_entry_get_property;
  object_class->set_property = payday_money_entry_set_property;

  entry_class->commit = payday_money_entry_commit;
  entry_class->get_hint = payday_money_entry_get_hint;

  properties [PROP_VALUE] =
    g_param_spec_int64 ("value", NULL, NULL,
                        PAYDAY_NONE, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties [PROP_HOURS] =
    g_param_spec_boolean ("hours", NULL, NULL, FALSE,
                          (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PaydayMoneyEntry::value-changed:
   *
   * The user committed a valid new value (never emitted by set_value()).
   */
  signals [VALUE_CHANGED] =
    g_signal_new ("value-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
payday_money_entry_init (PaydayMoneyEntry *self)
{
  GtkEntry *entry = payday_checked_entry_get_entry (PAYDAY_CHECKED_ENTRY (self));

  gtk_widget_set_valign (GTK_WIDGET (entry), GTK_ALIGN_CENTER);
  gtk_entry_set_alignment (entry, 1.0);
  gtk_entry_set_input_purpose (entry, GTK_INPUT_PURPOSE_NUMBER);
  gtk_editable_set_width_chars (GTK_EDITABLE (entry), 10);
  payday_checked_entry_set_child (PAYDAY_CHECKED_ENTRY (self), GTK_WIDGET (entry));

  payday_money_entry_show (self);
}

GtkWidget *
payday_money_entry_new (void)
{
  return g_object_new (PAYDAY_TYPE_MONEY_ENTRY, NULL);
}

GtkWidget *
payday_hours_entry_new (void)
{
  return g_object_new (PAYDAY_TYPE_MONEY_ENTRY, "hours", TRUE, NULL);
}

gint64
payday_money_entry_get_value (PaydayMoneyEntry *self)
{
  g_return_val_if_fail (PAYDAY_IS_MONEY_ENTRY (self), 0);

  return self->value;
}

/**
 * payday_money_entry_set_value:
 * @value: hundredths, or %PAYDAY_NONE for an empty field
 *
 * Shows @value unless it is already shown; does not emit "value-changed". Text the user is
 * editing is replaced only when the value differs, so an update never disturbs typing.
 */
void
payday_money_entry_set_value (PaydayMoneyEntry *self,
                              gint64            value)
{
  g_return_if_fail (PAYDAY_IS_MONEY_ENTRY (self));

  if (value == self->value && payday_checked_entry_get_valid (PAYDAY_CHECKED_ENTRY (self)))
    return;

  self->value = value;
  payday_checked_entry_set_valid (PAYDAY_CHECKED_ENTRY (self), TRUE);
  payday_money_entry_show (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_VALUE]);
}

/**
 * payday_money_entry_set_error:
 * @message: why the text typed is refused
 *
 * Marks the field as invalid for a reason only the caller knows (manual hours above the
 * week's hours); the value stays what it was.
 */
void
payday_money_entry_set_error (PaydayMoneyEntry *self,
                              const char       *message)
{
  g_return_if_fail (PAYDAY_IS_MONEY_ENTRY (self));

  payday_checked_entry_set_error (PAYDAY_CHECKED_ENTRY (self), message);
}

gboolean
payday_money_entry_get_valid (PaydayMoneyEntry *self)
{
  g_return_val_if_fail (PAYDAY_IS_MONEY_ENTRY (self), FALSE);

  return payday_checked_entry_get_valid (PAYDAY_CHECKED_ENTRY (self));
}

/**
 * payday_money_entry_set_text:
 *
 * Types @text and commits it, as a user would (for tests and keyboard-free use).
 */
void
payday_money_entry_set_text (PaydayMoneyEntry *self,
                             const char       *text)
{
  g_return_if_fail (PAYDAY_IS_MONEY_ENTRY (self));

  payday_checked_entry_set_text (PAYDAY_CHECKED_ENTRY (self), text);
}
