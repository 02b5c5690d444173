/* payday-withdrawals.c — from Available to the bank: withdrawals, their fees and arrival
 *
 * The projection of docs/withdrawals.md on plain arrays. Money leaves Upwork oldest first:
 * the schedule's items, in their order (available_on, then the CSV order), lie end to end
 * on one line of cumulative net cents, and everything ever withdrawn covers the start of
 * that line. So the oldest money still waiting is the item under the withdrawn total, a
 * deficit is the withdrawn total running past the money available, and later money repays
 * it first without any bookkeeping of its own.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include <gio/gio.h>

#include "payday-withdrawals.h"

#define DAYS_AFTER_LAST_MONEY 60
#define NEXT_12_MONTHS 365

static const char * const method_names[PAYDAY_N_METHODS] = {
  "ach_us", "direct_local", "wire", "paypal", "payoneer", "instant_pay",
};

static const char * const schedule_names[] = {
  "manual", "weekly", "twice_monthly", "monthly", "quarterly",
};

enum { MONDAY = 1, WEDNESDAY = 3, SATURDAY = 6, SUNDAY = 7 };

/* One part of a projected withdrawal: @cents of an item whose work ended @days before the
 * money reached the bank. */
typedef struct
{
  int         days;
  PaydayCents cents;
} Portion;

/* What a projection reads from the plan: a copy of it lets the comparison run in a thread
 * while the plan is edited. The schedule's items and rules never change once computed. */
typedef struct
{
  PaydayWithdrawalMethod   method;
  PaydayWithdrawalSchedule schedule;
  PaydayCents              reserve_cents;
  PaydayRegion             region;
  PaydayDate               rules_edition;
  const GArray            *history;        /* PaydayWithdrawal */
} Settings;

typedef struct
{
  const PaydaySchedule *schedule;
  const Settings       *settings;
  const GArray         *items;

  guint        n_available;   /* items with available_on ≤ the day being judged */
  PaydayCents  credited;      /* their net */
  PaydayCents  withdrawn;     /* every withdrawal so far */
  guint        oldest;        /* the item under `withdrawn` on the line of money */
  PaydayCents  oldest_start;  /* where that item starts on the line */
} Projector;

static const PaydayItem *
item_at (const Projector *p,
         guint            i)
{
  return &g_array_index (p->items, PaydayItem, i);
}

static void
advance_to (Projector  *p,
            PaydayDate  day)
{
  while (p->n_available < p->items->len && item_at (p, p->n_available)->available_on <= day)
    p->credited += item_at (p, p->n_available++)->net_cents;
}

/* Moves `oldest` past the items that earlier withdrawals used up. */
static void
skip_withdrawn (Projector *p)
{
  while (p->oldest < p->n_available &&
         p->oldest_start + item_at (p, p->oldest)->net_cents <= p->withdrawn)
    p->oldest_start += item_at (p, p->oldest++)->net_cents;
}

/* The available_on of the oldest money still waiting; PAYDAY_DATE_NONE when none is. */
static PaydayDate
oldest_waiting (Projector *p)
{
  skip_withdrawn (p);
  if (p->oldest < p->n_available && p->credited > p->withdrawn)
    return item_at (p, p->oldest)->available_on;
  return PAYDAY_DATE_NONE;
}

/* The parts of the items a withdrawal of @amount starting at the withdrawn total takes, with
 * the days from the end of their work to @arrives_on. */
static void
collect_portions (Projector   *p,
                  PaydayCents  amount,
                  PaydayDate   arrives_on,
                  GArray      *portions)
{
  PaydayCents from = p->withdrawn;
  PaydayCents to = p->withdrawn + amount;
  PaydayCents start;
  guint i;

  skip_withdrawn (p);
  start = p->oldest_start;
  for (i = p->oldest; i < p->n_available && start < to; i++)
    {
      const PaydayItem *item = item_at (p, i);
      PaydayCents end = start + item->net_cents;
      PaydayCents cents = MIN (end, to) - MAX (start, from);

      if (cents > 0 && payday_date_is_set (item->period_end))
        {
          Portion portion = { MAX (0, arrives_on - item->period_end), cents };

          g_array_append_val (portions, portion);
        }
      start = end;
    }
}

static int
compare_portions (gconstpointer a,
                  gconstpointer b)
{
  const Portion *pa = a, *pb = b;

  return (pa->days > pb->days) - (pa->days < pb->days);
}

/* Above this many distinct days the median sorts the portions instead of counting them. */
#define MEDIAN_COUNTING_DAYS 4096

/* The day by which half of the money had reached the bank: the median weighted by cents.
 * Days to the bank span a few hundred values, so the cents are counted per day rather than
 * the portions sorted: the comparison runs this 24 times on 100,000 items. */
static int
weighted_median (GArray *portions)
{
  g_autofree PaydayCents *per_day = NULL;
  PaydayCents total = 0, sum = 0;
  int lo = G_MAXINT, hi = 0;

  if (portions->len == 0)
    return -1;

  for (guint i = 0; i < portions->len; i++)
    {
      const Portion *portion = &g_array_index (portions, Portion, i);

      total += portion->cents;
      lo = MIN (lo, portion->days);
      hi = MAX (hi, portion->days);
    }

  if (hi - lo < MEDIAN_COUNTING_DAYS)
    {
      per_day = g_new0 (PaydayCents, hi - lo + 1);
      for (guint i = 0; i < portions->len; i++)
        {
          const Portion *portion = &g_array_index (portions, Portion, i);

          per_day[portion->days - lo] += portion->cents;
        }
      for (int d = 0; d <= hi - lo; d++)
        if (2 * (sum += per_day[d]) >= total)
          return lo + d;
      return hi;
    }

  g_array_sort (portions, compare_portions);
  for (guint i = 0; i < portions->len; i++)
    {
      const Portion *portion = &g_array_index (portions, Portion, i);

      sum += portion->cents;
      if (2 * sum >= total)
        return portion->days;
    }

  return hi;
}

/* payday_rules_edition_for() without the plan: the pinned edition, or the day's own. */
static const PaydayEdition *
edition_on (const Projector *p,
            PaydayDate       day)
{
  PaydayDate pin = p->settings->rules_edition;

  return payday_rules_edition_at (p->schedule->rules, payday_date_is_set (pin) ? pin : day);
}

static void
fill_fee_and_arrival (const Projector *p,
                      PaydayPayout    *row)
{
  const PaydayEdition *edition = edition_on (p, row->date);
  const PaydayMethodRule *rule = &edition->withdrawal_methods[p->settings->method];

  row->fee_cents = rule->fee_cents;
  row->received_cents = MAX (0, row->amount_cents - rule->fee_cents);
  row->arrives_on = payday_business_days_after (row->date, rule->arrival_business_days);
}

static void
add_history_row (Projector              *p,
                 PaydayPayouts          *payouts,
                 const PaydayWithdrawal *withdrawal,
                 int                     index)
{
  PaydayPayout row = { 0 };
  PaydayCents available;

  advance_to (p, withdrawal->date);
  available = p->credited - p->withdrawn;

  row.date = withdrawal->date;
  row.kind = PAYDAY_PAYOUT_HISTORY;
  row.amount_cents = withdrawal->amount_cents;
  row.source_index = index;
  fill_fee_and_arrival (p, &row);

  p->withdrawn += withdrawal->amount_cents;
  row.balance_cents = p->credited - p->withdrawn;
  g_array_append_val (payouts->rows, row);

  if (row.balance_cents < 0 && withdrawal->amount_cents > 0)
    {
      char date[PAYDAY_DATE_BUF];
      g_autofree char *amount = payday_money_format (withdrawal->amount_cents);
      g_autofree char *had = payday_money_format (MAX (0, available));
      g_autofree char *owed = payday_money_format (-row.balance_cents);

      g_ptr_array_add (payouts->warnings,
                       /* Translators: a date (YYYY-MM-DD), then three amounts such as $1,200.00 */
                       g_strdup_printf (_("The withdrawal of %s (%s) is more than the %s then "
                                          "available: later money repays the %s first."),
                                        payday_date_format (withdrawal->date, date), amount,
                                        had, owed));
      g_array_append_val (payouts->warning_rows, index);
    }
}

/* One schedule day after today (docs/withdrawals.md, "Projection"). */
static void
judge_schedule_day (Projector     *p,
                    PaydayPayouts *payouts,
                    PaydayDate     day,
                    GArray        *portions)
{
  const Settings *settings = p->settings;
  const PaydayEdition *edition = edition_on (p, day);
  PaydayCents threshold = settings->region == PAYDAY_REGION_US
                          ? edition->withdrawal_threshold_us_cents
                          : edition->withdrawal_threshold_non_us_cents;
  PaydayCents before, amount;
  PaydayDate oldest;
  gboolean forced;
  PaydayPayout row = { 0 };

  advance_to (p, day - 1);
  before = p->credited - p->withdrawn;
  advance_to (p, day);

  amount = p->credited - p->withdrawn - settings->reserve_cents;
  if (amount <= 0)
    return;

  oldest = oldest_waiting (p);
  forced = payday_date_is_set (oldest) && oldest <= day - edition->withdrawal_force_after_days;
  if (amount < threshold && !forced)
    return;

  /* Upwork's own exception: these two schedules skip a day on which the whole balance
   * only became available that same day. */
  if ((settings->schedule == PAYDAY_SCHEDULE_MONTHLY ||
       settings->schedule == PAYDAY_SCHEDULE_TWICE_MONTHLY) && before <= 0)
    return;

  row.date = day;
  row.kind = PAYDAY_PAYOUT_PROJECTED;
  row.amount_cents = amount;
  row.forced = amount < threshold;
  row.source_index = -1;
  fill_fee_and_arrival (p, &row);

  if (day <= p->schedule->today + NEXT_12_MONTHS)
    {
      payouts->fees_next_12m_cents += row.fee_cents;
      payouts->received_next_12m_cents += row.received_cents;
      if (portions != NULL)
        collect_portions (p, amount, row.arrives_on, portions);
    }

  p->withdrawn += amount;
  row.balance_cents = p->credited - p->withdrawn;

  if (payouts->next < 0)
    payouts->next = (int) payouts->rows->len;
  payouts->projected_count++;
  g_array_append_val (payouts->rows, row);
}

static int
compare_history (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  const GArray *history = user_data;
  guint ia = *(const guint *) a, ib = *(const guint *) b;
  PaydayDate da = g_array_index (history, PaydayWithdrawal, ia).date;
  PaydayDate db = g_array_index (history, PaydayWithdrawal, ib).date;

  if (da != db)
    return da < db ? -1 : 1;
  return (ia > ib) - (ia < ib);
}

/* The projection of docs/withdrawals.md with @settings in place of the plan's own; the
 * median days to the bank only when @with_median (the comparison), as it is the costly part. */
static PaydayPayouts *
project (const PaydaySchedule *schedule,
         const Settings       *settings,
         gboolean              with_median)
{
  const GArray *history = settings->history;
  g_autoptr(GArray) order = NULL;
  g_autoptr(GArray) portions = NULL;
  PaydayPayouts *payouts;
  Projector p = { 0 };
  PaydayDate day = PAYDAY_DATE_NONE;
  PaydayDate last = PAYDAY_DATE_NONE;
  guint h = 0;

  payouts = g_new0 (PaydayPayouts, 1);
  payouts->today = schedule->today;
  payouts->method = settings->method;
  payouts->schedule = settings->schedule;
  payouts->rows = g_array_sized_new (FALSE, FALSE, sizeof (PaydayPayout), history->len + 16);
  payouts->next = -1;
  payouts->median_days_to_bank = -1;
  payouts->warnings = g_ptr_array_new_with_free_func (g_free);
  payouts->warning_rows = g_array_new (FALSE, FALSE, sizeof (int));

  p.schedule = schedule;
  p.settings = settings;
  p.items = schedule->items;

  order = g_array_sized_new (FALSE, FALSE, sizeof (guint), history->len);
  for (guint i = 0; i < history->len; i++)
    if (payday_date_is_set (g_array_index (history, PaydayWithdrawal, i).date))
      g_array_append_val (order, i);
  g_array_sort_with_data (order, compare_history, (gpointer) history);

  if (schedule->items->len > 0)
    {
      last = g_array_index (schedule->items, PaydayItem, schedule->items->len - 1).available_on
             + DAYS_AFTER_LAST_MONEY;
      day = payday_withdrawal_schedule_next (settings->schedule, schedule->today);
    }

  if (with_median)
    portions = g_array_new (FALSE, FALSE, sizeof (Portion));

  for (;;)
    {
      gboolean have_day = payday_date_is_set (day) && day <= last;

      /* History comes before a projection of the same day. */
      if (h < order->len)
        {
          guint index = g_array_index (order, guint, h);
          const PaydayWithdrawal *w = &g_array_index (history, PaydayWithdrawal, index);

          if (!have_day || w->date <= day)
            {
              add_history_row (&p, payouts, w, (int) index);
              h++;
              continue;
            }
        }

      if (!have_day)
        break;

      judge_schedule_day (&p, payouts, day, portions);
      day = payday_withdrawal_schedule_next (settings->schedule, day);
    }

  if (portions != NULL)
    payouts->median_days_to_bank = weighted_median (portions);

  return payouts;
}

static void
settings_from_plan (Settings         *settings,
                    const PaydayPlan *plan)
{
  settings->method = plan->withdrawals.method;
  settings->schedule = plan->withdrawals.schedule;
  settings->reserve_cents = plan->withdrawals.reserve_cents;
  settings->region = plan->region;
  settings->rules_edition = plan->rules_edition;
  settings->history = plan->withdrawals.history;
}

/**
 * payday_payouts_compute_with:
 * @schedule: a computed schedule; its plan gives the region, reserve and history
 * @method: the withdrawal method to judge
 * @kind: the withdrawal schedule to judge
 *
 * The plan's withdrawals as docs/withdrawals.md describes them, with @method and @kind in
 * place of the plan's own: its history rows (in file order within a day) with the fee and
 * arrival of @method, then a withdrawal on each schedule day after today up to 60 days after
 * the last money becomes available — when the money above the reserve reaches the region's
 * threshold, or some of it has waited `force_after_days` — each with the fee and arrival of
 * the edition in force that day, and the median days from the end of the work to the bank.
 *
 * Returns: (transfer full): the withdrawals
 */
PaydayPayouts *
payday_payouts_compute_with (const PaydaySchedule     *schedule,
                             PaydayWithdrawalMethod    method,
                             PaydayWithdrawalSchedule  kind)
{
  Settings settings;

  g_return_val_if_fail (schedule != NULL, NULL);
  g_return_val_if_fail (method < PAYDAY_N_METHODS, NULL);
  g_return_val_if_fail (kind <= PAYDAY_SCHEDULE_QUARTERLY, NULL);

  settings_from_plan (&settings, schedule->plan);
  settings.method = method;
  settings.schedule = kind;

  return project (schedule, &settings, TRUE);
}

/**
 * payday_payouts_compute:
 * @schedule: a computed schedule
 *
 * The withdrawals of payday_payouts_compute_with() with the plan's own method and schedule,
 * without the median days to the bank (-1): the exports and the document need none.
 *
 * Returns: (transfer full): the withdrawals
 */
PaydayPayouts *
payday_payouts_compute (const PaydaySchedule *schedule)
{
  Settings settings;

  g_return_val_if_fail (schedule != NULL, NULL);

  settings_from_plan (&settings, schedule->plan);
  return project (schedule, &settings, FALSE);
}

void
payday_payouts_free (PaydayPayouts *payouts)
{
  if (payouts == NULL)
    return;

  g_array_unref (payouts->rows);
  g_ptr_array_unref (payouts->warnings);
  g_array_unref (payouts->warning_rows);
  g_free (payouts);
}

/**
 * payday_payouts_get_next:
 *
 * Returns: (nullable) (transfer none): the first projected withdrawal, or %NULL
 */
const PaydayPayout *
payday_payouts_get_next (const PaydayPayouts *payouts)
{
  g_return_val_if_fail (payouts != NULL, NULL);

  if (payouts->next < 0)
    return NULL;
  return &g_array_index (payouts->rows, PaydayPayout, payouts->next);
}

static GArray *
compare (const PaydaySchedule *schedule,
         const Settings       *own,
         GCancellable         *cancellable)
{
  static const PaydayWithdrawalSchedule kinds[] = {
    PAYDAY_SCHEDULE_WEEKLY, PAYDAY_SCHEDULE_TWICE_MONTHLY,
    PAYDAY_SCHEDULE_MONTHLY, PAYDAY_SCHEDULE_QUARTERLY,
  };
  GArray *options = g_array_sized_new (FALSE, FALSE, sizeof (PaydayPayoutOption),
                                       PAYDAY_N_METHODS * G_N_ELEMENTS (kinds));

  for (guint m = 0; m < PAYDAY_N_METHODS; m++)
    for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
      {
        g_autoptr(PaydayPayouts) payouts = NULL;
        PaydayPayoutOption option = { 0 };
        Settings settings = *own;

        if (g_cancellable_is_cancelled (cancellable))
          return options;

        settings.method = m;
        settings.schedule = kinds[k];
        payouts = project (schedule, &settings, TRUE);

        option.method = m;
        option.schedule = kinds[k];
        option.fees_cents = payouts->fees_next_12m_cents;
        option.median_days_to_bank = payouts->median_days_to_bank;
        option.current = own->method == m && own->schedule == kinds[k];
        for (guint i = 0; i < payouts->rows->len; i++)
          {
            const PaydayPayout *row = &g_array_index (payouts->rows, PaydayPayout, i);

            if (row->kind == PAYDAY_PAYOUT_PROJECTED &&
                row->date <= schedule->today + NEXT_12_MONTHS)
              option.count++;
          }
        g_array_append_val (options, option);
      }

  return options;
}

/**
 * payday_payouts_compare:
 * @schedule: a computed schedule
 *
 * Every method with every automatic schedule (weekly, twice a month, monthly, quarterly),
 * each judged over the next 12 months as payday_payouts_compute_with() projects it: how
 * many withdrawals, their fees, and the median days from the end of the work to the bank.
 * `manual` is left out: it never withdraws anything on its own.
 *
 * Returns: (transfer full) (element-type PaydayPayoutOption): methods in their order, each
 *   with its schedules from the most to the least frequent
 */
GArray *
payday_payouts_compare (const PaydaySchedule *schedule)
{
  Settings own;

  g_return_val_if_fail (schedule != NULL, NULL);

  settings_from_plan (&own, schedule->plan);
  return compare (schedule, &own, NULL);
}

typedef struct
{
  PaydaySchedule *schedule;
  Settings        settings;
  GArray         *history;
} CompareTask;

static void
compare_task_free (CompareTask *task)
{
  payday_schedule_unref (task->schedule);
  g_array_unref (task->history);
  g_free (task);
}

static void
compare_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  CompareTask *data = task_data;
  GArray *options = compare (data->schedule, &data->settings, cancellable);

  if (g_task_return_error_if_cancelled (task))
    g_array_unref (options);
  else
    g_task_return_pointer (task, options, (GDestroyNotify) g_array_unref);
}

/**
 * payday_payouts_compare_async:
 * @schedule: a computed schedule
 * @cancellable: (nullable): cancels the comparison
 * @callback: called on the caller's main context with the result
 *
 * payday_payouts_compare() in a thread: on a plan of 2,000 contracts the 24 projections take
 * a quarter of a second. The plan's withdrawal settings and history are copied now, so the
 * plan may be edited meanwhile.
 */
void
payday_payouts_compare_async (PaydaySchedule      *schedule,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  const GArray *history;
  CompareTask *data;

  g_return_if_fail (schedule != NULL);

  history = schedule->plan->withdrawals.history;
  data = g_new0 (CompareTask, 1);
  data->schedule = payday_schedule_ref (schedule);
  settings_from_plan (&data->settings, schedule->plan);
  /* Dates and amounts only: the members Payday does not know stay with the plan. */
  data->history = g_array_sized_new (FALSE, FALSE, sizeof (PaydayWithdrawal), history->len);
  for (guint i = 0; i < history->len; i++)
    {
      PaydayWithdrawal w = g_array_index (history, PaydayWithdrawal, i);

      w.extra = NULL;
      g_array_append_val (data->history, w);
    }
  data->settings.history = data->history;

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, payday_payouts_compare_async);
  g_task_set_task_data (task, data, (GDestroyNotify) compare_task_free);
  g_task_run_in_thread (task, compare_thread);
}

/**
 * payday_payouts_compare_finish:
 *
 * Returns: (transfer full) (element-type PaydayPayoutOption): the options of
 *   payday_payouts_compare(), or %NULL when cancelled
 */
GArray *
payday_payouts_compare_finish (GAsyncResult  *result,
                               GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * payday_business_days_after:
 * @date: the day money leaves Upwork
 * @days: business days to add (Monday to Friday; no holidays)
 *
 * 0 is @date itself, whatever the day. Otherwise a Saturday or Sunday counts from the next
 * Monday: Saturday + 3 is Thursday, Wednesday + 3 is Monday.
 *
 * Returns: the day @days business days after @date
 */
PaydayDate
payday_business_days_after (PaydayDate date,
                            int        days)
{
  int weekday;

  g_return_val_if_fail (payday_date_is_set (date), PAYDAY_DATE_NONE);

  if (days <= 0)
    return date;

  weekday = payday_date_weekday (date);
  if (weekday == SATURDAY)
    date += 2;
  else if (weekday == SUNDAY)
    date += 1;

  date += days / 5 * 7;
  days %= 5;
  weekday = payday_date_weekday (date);

  return date + days + (weekday + days > 5 ? 2 : 0);
}

/* The last @weekday of the month of @year-@month. */
static PaydayDate
last_weekday_of_month (int year,
                       int month,
                       int weekday)
{
  PaydayDate last = payday_date_from_ymd (year, month, payday_date_days_in_month (year, month));

  return last - (payday_date_weekday (last) - weekday + 7) % 7;
}

static PaydayDate
first_weekday_of_month (int year,
                        int month,
                        int weekday)
{
  PaydayDate first = payday_date_from_ymd (year, month, 1);

  return first + (weekday - payday_date_weekday (first) + 7) % 7;
}

/**
 * payday_withdrawal_schedule_next:
 * @kind: a withdrawal schedule
 * @after: a day
 *
 * Upwork's schedule days: every Wednesday (weekly); the first and third Wednesday of each
 * month (twice a month); the last Wednesday of each month (monthly); the last Monday of
 * March, June, September and December (quarterly). `manual` has none.
 *
 * Returns: the first schedule day after @after, or %PAYDAY_DATE_NONE
 */
PaydayDate
payday_withdrawal_schedule_next (PaydayWithdrawalSchedule kind,
                                 PaydayDate               after)
{
  int year, month, day;

  g_return_val_if_fail (payday_date_is_set (after), PAYDAY_DATE_NONE);

  if (kind == PAYDAY_SCHEDULE_MANUAL)
    return PAYDAY_DATE_NONE;

  if (kind == PAYDAY_SCHEDULE_WEEKLY)
    return after + 1 + (WEDNESDAY - payday_date_weekday (after + 1) + 7) % 7;

  payday_date_get_ymd (after, &year, &month, &day);
  for (;;)
    {
      PaydayDate candidate = PAYDAY_DATE_NONE;

      switch (kind)
        {
        case PAYDAY_SCHEDULE_TWICE_MONTHLY:
          candidate = first_weekday_of_month (year, month, WEDNESDAY);
          if (candidate <= after)
            candidate += 14;
          break;

        case PAYDAY_SCHEDULE_MONTHLY:
          candidate = last_weekday_of_month (year, month, WEDNESDAY);
          break;

        case PAYDAY_SCHEDULE_QUARTERLY:
          if (month % 3 == 0)
            candidate = last_weekday_of_month (year, month, MONDAY);
          break;

        case PAYDAY_SCHEDULE_MANUAL:
        case PAYDAY_SCHEDULE_WEEKLY:
        default:
          g_return_val_if_reached (PAYDAY_DATE_NONE);
        }

      if (payday_date_is_set (candidate) && candidate > after)
        return candidate;

      if (++month > 12)
        {
          month = 1;
          year++;
        }
    }
}

/**
 * payday_payout_kind_to_string:
 *
 * Returns: "history" or "projected"
 */
const char *
payday_payout_kind_to_string (PaydayPayoutKind kind)
{
  return kind == PAYDAY_PAYOUT_HISTORY ? "history" : "projected";
}

/**
 * payday_withdrawal_method_to_string:
 *
 * Returns: the method's name in plan and rule files: "ach_us", "direct_local", "wire",
 *   "paypal", "payoneer" or "instant_pay"
 */
const char *
payday_withdrawal_method_to_string (PaydayWithdrawalMethod method)
{
  g_return_val_if_fail (method < PAYDAY_N_METHODS, "direct_local");

  return method_names[method];
}

/**
 * payday_withdrawal_schedule_to_string:
 *
 * Returns: the schedule's name in plan files: "manual", "weekly", "twice_monthly",
 *   "monthly" or "quarterly"
 */
const char *
payday_withdrawal_schedule_to_string (PaydayWithdrawalSchedule kind)
{
  g_return_val_if_fail (kind < G_N_ELEMENTS (schedule_names), "manual");

  return schedule_names[kind];
}

/**
 * payday_withdrawal_method_label:
 *
 * Returns: the method's name for people, translated: "Direct to local bank"
 */
const char *
payday_withdrawal_method_label (PaydayWithdrawalMethod method)
{
  switch (method)
    {
    case PAYDAY_METHOD_ACH_US:
      return _("US bank (ACH)");
    case PAYDAY_METHOD_DIRECT_LOCAL:
      return _("Direct to local bank");
    case PAYDAY_METHOD_WIRE:
      return _("US-dollar wire");
    case PAYDAY_METHOD_PAYPAL:
      return _("PayPal");
    case PAYDAY_METHOD_PAYONEER:
      return _("Payoneer");
    case PAYDAY_METHOD_INSTANT_PAY:
      return _("Instant Pay");
    case PAYDAY_N_METHODS:
    default:
      g_return_val_if_reached ("");
    }
}

/**
 * payday_withdrawal_schedule_label:
 *
 * Returns: the schedule's name for people, translated: "Twice a month"
 */
const char *
payday_withdrawal_schedule_label (PaydayWithdrawalSchedule kind)
{
  switch (kind)
    {
    case PAYDAY_SCHEDULE_MANUAL:
      return _("Manual");
    case PAYDAY_SCHEDULE_WEEKLY:
      return _("Weekly");
    case PAYDAY_SCHEDULE_TWICE_MONTHLY:
      return _("Twice a month");
    case PAYDAY_SCHEDULE_MONTHLY:
      return _("Monthly");
    case PAYDAY_SCHEDULE_QUARTERLY:
      return _("Quarterly");
    default:
      g_return_val_if_reached ("");
    }
}
