/* payday-payout-choice.c — one withdrawal method and schedule of the comparison, for list views
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "payday-payout-choice.h"

struct _PaydayPayoutChoice
{
  GObject             parent_instance;
  PaydayPayoutOption  option;
  char               *title;
};

G_DEFINE_FINAL_TYPE (PaydayPayoutChoice, payday_payout_choice, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_METHOD,
  PROP_SCHEDULE,
  PROP_TITLE,
  PROP_COUNT,
  PROP_FEES,
  PROP_MEDIAN_DAYS,
  PROP_CURRENT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
payday_payout_choice_finalize (GObject *object)
{
  PaydayPayoutChoice *self = PAYDAY_PAYOUT_CHOICE (object);

  g_free (self->title);

  G_OBJECT_CLASS (payday_payout_choice_parent_class)->finalize (object);
}

static void
payday_payout_choice_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  PaydayPayoutChoice *self = PAYDAY_PAYOUT_CHOICE (object);

  switch (prop_id)
    {
    case PROP_METHOD:
      g_value_set_int (value, payday_payout_choice_get_method (self));
      break;

    case PROP_SCHEDULE:
      g_value_set_int (value, payday_payout_choice_get_schedule (self));
      break;

    case PROP_TITLE:
      g_value_set_string (value, payday_payout_choice_get_title (self));
      break;

    case PROP_COUNT:
      g_value_set_uint (value, payday_payout_choice_get_count (self));
      break;

    case PROP_FEES:
      g_value_set_int64 (value, payday_payout_choice_get_fees (self));
      break;

    case PROP_MEDIAN_DAYS:
      g_value_set_int (value, payday_payout_choice_get_median_days (self));
      break;

    case PROP_CURRENT:
      g_value_set_boolean (value, payday_payout_choice_get_current (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
payday_payout_choice_class_init (PaydayPayoutChoiceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = payday_payout_choice_finalize;
  object_class->get_property = payday_payout_choice_get_property;

  properties [PROP_METHOD] =
    g_param_spec_int ("method", NULL, NULL, 0, PAYDAY_N_METHODS - 1, 0, flags);
  properties [PROP_SCHEDULE] =
    g_param_spec_int ("schedule", NULL, NULL, 0, PAYDAY_SCHEDULE_QUARTERLY, 0, flags);
  /* "Payoneer, monthly": the method and schedule for people, translated. */
  properties [PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties [PROP_COUNT] =
    g_param_spec_uint ("count", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties [PROP_FEES] =
    g_param_spec_int64 ("fees", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  /* -1 when no money reaches the bank within the year. */
  properties [PROP_MEDIAN_DAYS] =
    g_param_spec_int ("median-days", NULL, NULL, -1, G_MAXINT, -1, flags);
  properties [PROP_CURRENT] =
    g_param_spec_boolean ("current", NULL, NULL, FALSE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
payday_payout_choice_init (PaydayPayoutChoice *self)
{
  self->option.median_days_to_bank = -1;
}

/**
 * payday_payout_choice_new:
 * @option: one method × schedule of payday_payouts_compare() (copied)
 *
 * Returns: (transfer full): the choice
 */
PaydayPayoutChoice *
payday_payout_choice_new (const PaydayPayoutOption *option)
{
  PaydayPayoutChoice *self = g_object_new (PAYDAY_TYPE_PAYOUT_CHOICE, NULL);

  g_return_val_if_fail (option != NULL, self);

  self->option = *option;
  /* Translators: a withdrawal method, then a schedule: "Payoneer, monthly" */
  self->title = g_strdup_printf (_("%s, %s"), payday_withdrawal_method_label (option->method),
                                 payday_withdrawal_schedule_label (option->schedule));
  return self;
}

PaydayWithdrawalMethod
payday_payout_choice_get_method (PaydayPayoutChoice *self)
{
  g_return_val_if_fail (PAYDAY_IS_PAYOUT_CHOICE (self), 0);

  return self->option.method;
}

PaydayWithdrawalSchedule
payday_payout_choice_get_schedule (PaydayPayoutChoice *self)
{
  g_return_val_if_fail (PAYDAY_IS_PAYOUT_CHOICE (self), 0);

  return self->option.schedule;
}

const char *
payday_payout_choice_get_title (PaydayPayoutChoice *self)
{
  g_return_val_if_fail (PAYDAY_IS_PAYOUT_CHOICE (self), NULL);

  return self->title;
}

guint
payday_payout_choice_get_count (PaydayPayoutChoice *self)
{
  g_return_val_if_fail (PAYDAY_IS_PAYOUT_CHOICE (self), 0);

  return self->option.count;
}

gint64
payday_payout_choice_get_fees (PaydayPayoutChoice *self)
{
  g_return_val_if_fail (PAYDAY_IS_PAYOUT_CHOICE (self), 0);

  return self->option.fees_cents;
}

int
payday_payout_choice_get_median_days (PaydayPayoutChoice *self)
{
  g_return_val_if_fail (PAYDAY_IS_PAYOUT_CHOICE (self), -1);

  return self->option.median_days_to_bank;
}

gboolean
payday_payout_choice_get_current (PaydayPayoutChoice *self)
{
  g_return_val_if_fail (PAYDAY_IS_PAYOUT_CHOICE (self), FALSE);

  return self->option.current;
}
