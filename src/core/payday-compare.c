/* payday-compare.c — the same job as hourly or fixed-price: time to cash, risk, fees, verdict
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "payday-compare.h"

/* The model. One job, two contracts, each alone in its own synthetic plan:
 *
 * - The job starts on the Monday of the input's start date (Upwork bills hourly work by
 *   Monday–Sunday weeks; starting both options on the same Monday keeps them comparable)
 *   and lasts `weeks` weeks, for both options.
 * - Hourly: one contract with planned hours every week (projected weeks of the schedule
 *   engine), capped by the weekly limit as Upwork caps billing. Hours are taken as tracked
 *   in the desktop app: manual hours and hours over the limit have no payment protection,
 *   and the comparison does not model that risk (the note says so).
 * - Fixed price: `milestones` equal milestones (the cents that do not divide go to the last
 *   one), the job's days cut into as many equal work periods; each milestone is submitted
 *   on the last day of its period. Funded up front = each milestone is funded on the first
 *   day of its period (the client funds before work on it starts); not funded = never
 *   funded, so escrow does not protect it.
 * - Both are judged by the chosen edition (the plan's rules_edition) or by each date's own;
 *   the client is new (sliding tiers start at 0) and payment-verified. Top Rated: the
 *   freelancer holds the badge from before the start.
 * - The plan's "today" is the job's first day: everything is in the future, so the
 *   simulation draws the client's behaviour (early approval, paying less, disputes) for
 *   every item. The proposal pipeline is switched off: it adds money unrelated to the job.
 *   Both simulations run over the same days: from the start to a week after the later last
 *   payment of the two.
 * - Days to cash: the simulation's days_to_cash of the contract (available_on − the end of
 *   the work, over items and runs, nearest rank), median and P90.
 * - Waiting at peak: on each day, the net of the items whose work is done (period_end on or
 *   before that day) and whose money is not available yet (available_on after it), from
 *   the deterministic schedule; the largest day.
 * - Unprotected: the net of never-funded milestones.
 * - Totals (gross, fee, net) are the deterministic schedule's. */

#define DEFAULT_RATE_CENTS   5000
#define DEFAULT_HOURS        2000
#define DEFAULT_WEEKS        8
#define DEFAULT_MILESTONES   4
#define TAIL_DAYS            7

/**
 * payday_compare_input_init:
 * @input: (out caller-allocates): the input to fill
 * @rules: (transfer none): the rules to judge both options by
 *
 * Fills @input with a plain job: 8 weeks from next Monday (of the real date), 20 h a week
 * at $50.00 without a weekly limit, or the same $8,000.00 in 4 funded milestones; each
 * date's own edition; the default client behaviour (payday_simulation_init()).
 */
void
payday_compare_input_init (PaydayCompareInput *input,
                           PaydayRules        *rules)
{
  g_return_if_fail (input != NULL);

  memset (input, 0, sizeof *input);
  input->hourly.hours_per_week = DEFAULT_HOURS;
  input->hourly.rate_cents = DEFAULT_RATE_CENTS;
  input->hourly.weekly_limit_hours = PAYDAY_NONE;
  input->weeks = DEFAULT_WEEKS;
  input->fixed.total_cents = DEFAULT_RATE_CENTS * DEFAULT_HOURS / 100 * DEFAULT_WEEKS;
  input->fixed.milestones = DEFAULT_MILESTONES;
  input->fixed.funded = TRUE;
  input->start = payday_date_monday_of (payday_date_today_utc ()) + 7;
  input->rules = rules;
  input->edition = PAYDAY_DATE_NONE;
  payday_simulation_init (&input->behaviour);
}

/* The average hours of a contract's week: its planned hours, else the mean of its logged
 * weeks (rounded half up), else PAYDAY_NONE. */
static gint64
average_hours (const PaydayContract *contract)
{
  gint64 sum = 0;
  guint n = 0;

  if (contract->planned_hours_per_week != PAYDAY_NONE && contract->planned_hours_per_week > 0)
    return contract->planned_hours_per_week;

  for (guint i = 0; i < contract->weeks->len; i++)
    {
      const PaydayWeek *week = &g_array_index (contract->weeks, PaydayWeek, i);

      if (week->hours > 0)
        {
          sum += week->hours;
          n++;
        }
    }

  return n > 0 ? payday_div_round_half_up (sum, n) : PAYDAY_NONE;
}

/**
 * payday_compare_input_from_plan:
 * @input: (out caller-allocates): the input to fill
 * @plan: the freelancer's plan
 * @rules: (transfer none): the plan's rules
 * @today: the day the plan is judged at
 *
 * The defaults of payday_compare_input_init(), then from @plan: the rate, weekly limit and
 * average weekly hours of its first hourly contract that has a rate, the fixed price those
 * hours would bill over the job (so both columns start as the same job), the plan's
 * pinned edition, its simulation settings as the client's behaviour, its Top Rated badge
 * (held on @today), and the Monday after @today as the start.
 */
void
payday_compare_input_from_plan (PaydayCompareInput *input,
                                const PaydayPlan   *plan,
                                PaydayRules        *rules,
                                PaydayDate          today)
{
  const PaydayProfile *profile;
  gint64 billed;

  g_return_if_fail (input != NULL);
  g_return_if_fail (plan != NULL);

  payday_compare_input_init (input, rules);
  profile = &plan->profile;

  for (guint i = 0; i < plan->contracts->len; i++)
    {
      const PaydayContract *contract = &g_array_index (plan->contracts, PaydayContract, i);
      gint64 hours;

      if (contract->type != PAYDAY_CONTRACT_HOURLY || contract->rate_cents <= 0)
        continue;

      input->hourly.rate_cents = contract->rate_cents;
      input->hourly.weekly_limit_hours = contract->weekly_limit_hours;
      hours = average_hours (contract);
      if (hours != PAYDAY_NONE)
        input->hourly.hours_per_week = hours;
      break;
    }

  billed = input->hourly.hours_per_week;
  if (input->hourly.weekly_limit_hours != PAYDAY_NONE)
    billed = MIN (billed, input->hourly.weekly_limit_hours);
  input->fixed.total_cents = payday_div_round_half_up (input->hourly.rate_cents * billed, 100)
                             * input->weeks;

  if (payday_date_is_set (today))
    input->start = payday_date_monday_of (today) + 7;
  input->edition = plan->rules_edition;
  input->behaviour = plan->simulation;
  input->behaviour.extra = NULL;
  input->top_rated = payday_date_is_set (profile->top_rated_since) &&
                     payday_date_is_set (today) && profile->top_rated_since <= today;
}

static PaydayDate
job_start (const PaydayCompareInput *input)
{
  return payday_date_monday_of (input->start);
}

static guint
job_weeks (const PaydayCompareInput *input)
{
  return MAX (input->weeks, 1);
}

/**
 * payday_compare_build_plan:
 * @input: the job
 * @type: which option
 *
 * Returns: (transfer full): a plan with one client and one contract, @type's form of the
 *   job (see the model at the top of payday-compare.c); its today is the job's first day
 */
PaydayPlan *
payday_compare_build_plan (const PaydayCompareInput *input,
                           PaydayContractType        type)
{
  PaydayPlan *plan;
  PaydayContract contract;
  PaydayClient client = { 0, };
  PaydayDate start;
  gint64 days;

  g_return_val_if_fail (input != NULL, NULL);
  g_return_val_if_fail (input->rules != NULL, NULL);

  start = job_start (input);
  days = 7 * (gint64) job_weeks (input);

  plan = payday_plan_new ();
  g_free (plan->name);
  plan->name = g_strdup (type == PAYDAY_CONTRACT_HOURLY ? "Hourly" : "Fixed price");
  plan->today = start;
  g_free (plan->rules);
  plan->rules = g_strdup (input->rules->id);
  plan->rules_edition = input->edition;
  plan->simulation = input->behaviour;
  plan->simulation.extra = NULL;
  if (input->top_rated)
    plan->profile.top_rated_since = start - 1;

  client.id = g_strdup ("client");
  client.name = g_strdup ("The client");
  client.payment_verified = TRUE;
  g_array_append_val (plan->clients, client);

  payday_contract_init (&contract, type);
  contract.client = g_strdup ("client");
  contract.start = start;
  contract.end = start + days - 1;

  if (type == PAYDAY_CONTRACT_HOURLY)
    {
      contract.id = g_strdup ("hourly");
      contract.title = g_strdup ("Hourly");
      contract.rate_cents = MAX (input->hourly.rate_cents, 0);
      contract.weekly_limit_hours = input->hourly.weekly_limit_hours;
      contract.planned_hours_per_week = MAX (input->hourly.hours_per_week, 0);
    }
  else
    {
      guint n = MAX (input->fixed.milestones, 1);
      PaydayCents total = MAX (input->fixed.total_cents, 0);
      PaydayCents each = total / n;

      contract.id = g_strdup ("fixed");
      contract.title = g_strdup ("Fixed price");
      for (guint i = 0; i < n; i++)
        {
          PaydayMilestone m = { 0, };
          PaydayDate from = start + (PaydayDate) ((gint64) i * days / n);
          PaydayDate to = start + (PaydayDate) ((gint64) (i + 1) * days / n) - 1;

          m.id = g_strdup_printf ("m%u", i + 1);
          m.title = g_strdup_printf ("Milestone %u", i + 1);
          m.amount_cents = i + 1 < n ? each : total - each * (n - 1);
          m.funded = input->fixed.funded ? from : PAYDAY_DATE_NONE;
          m.due = MAX (to, from);
          m.submitted = PAYDAY_DATE_NONE;
          m.approved = PAYDAY_DATE_NONE;
          m.paid_cents = PAYDAY_NONE;
          m.status = PAYDAY_MILESTONE_ACTIVE;
          g_array_append_val (contract.milestones, m);
        }
    }

  g_array_append_val (plan->contracts, contract);
  return plan;
}

static PaydayDate
last_available (const PaydaySchedule *schedule)
{
  PaydayDate last = PAYDAY_DATE_NONE;

  for (guint i = 0; i < schedule->items->len; i++)
    {
      const PaydayItem *item = &g_array_index (schedule->items, PaydayItem, i);

      if (!payday_date_is_set (last) || item->available_on > last)
        last = item->available_on;
    }
  return last;
}

/* Totals, waiting at peak and unprotected money, from the deterministic schedule. */
static void
option_figures (PaydayCompareOption *option,
                PaydayDate           from,
                guint                n_days)
{
  const GArray *items = option->schedule->items;
  g_autofree PaydayCents *delta = g_new0 (PaydayCents, n_days + 1);
  PaydayCents waiting = 0;

  option->waiting_peak_on = PAYDAY_DATE_NONE;
  option->last_payment = last_available (option->schedule);

  for (guint i = 0; i < items->len; i++)
    {
      const PaydayItem *item = &g_array_index (items, PaydayItem, i);
      gint64 a, b;

      option->gross_cents += item->gross_cents;
      option->fee_cents += item->fee_cents;
      option->net_cents += item->net_cents;
      if (item->unfunded)
        option->unprotected_cents += item->net_cents;

      /* waiting on the days [period_end, available_on) */
      a = CLAMP ((gint64) item->period_end - from, 0, (gint64) n_days);
      b = CLAMP ((gint64) item->available_on - from, 0, (gint64) n_days);
      if (a < b)
        {
          delta[a] += item->net_cents;
          delta[b] -= item->net_cents;
        }
    }

  for (guint d = 0; d < n_days; d++)
    {
      waiting += delta[d];
      if (waiting > option->waiting_peak_cents)
        {
          option->waiting_peak_cents = waiting;
          option->waiting_peak_on = from + (PaydayDate) d;
        }
    }
}

static void
option_clear (PaydayCompareOption *option)
{
  g_clear_pointer (&option->schedule, payday_schedule_unref);
  g_clear_pointer (&option->scheduled, g_free);
  g_clear_pointer (&option->p10, g_free);
  g_clear_pointer (&option->p50, g_free);
  g_clear_pointer (&option->p90, g_free);
}

static char *
days_text (gint32 days)
{
  return g_strdup_printf (ngettext ("%d day", "%d days", days), days);
}

/**
 * payday_compare_result_describe:
 * @r: a result of payday_compare_run()
 * @format_money: (nullable): writes an amount as the reader's pages do
 *   (payday_ui_format_money() in the window: "1.234,56 $" in German); %NULL for
 *   payday_money_format()
 *
 * The verdict: which option pays sooner, more, and with less waiting, in plain language
 * from the figures of @r. Every clause is one translatable sentence part with the option
 * named in it, so a translation can reorder its words; the amounts in it are written by
 * @format_money, so they read like every other figure on the page.
 *
 * Returns: (transfer full): the verdict
 */
char *
payday_compare_result_describe (const PaydayCompareResult *r,
                                PaydayMoneyFormatFunc      format_money)
{
  const PaydayCompareOption *h = &r->hourly;
  const PaydayCompareOption *f = &r->fixed;
  GString *s;

  g_return_val_if_fail (r != NULL, NULL);

  if (format_money == NULL)
    format_money = payday_money_format;

  s = g_string_new (NULL);

  /* Speed. */
  if (h->paid && f->paid)
    {
      const PaydayCompareOption *fast = h->days_median <= f->days_median ? h : f;
      const PaydayCompareOption *slow = fast == h ? f : h;
      g_autofree char *gap = days_text (slow->days_median - fast->days_median);
      g_autofree char *same = days_text (h->days_median);

      if (fast->days_median == slow->days_median)
        g_string_append_printf (s, _("Both pay %s after the work (median)."), same);
      else if (fast == h && f->unprotected_cents > 0)
        g_string_append_printf (s, _("Hourly pays %s sooner (median %d vs %d days from work to "
                                     "cash) and keeps no money at risk."),
                                gap, h->days_median, f->days_median);
      else if (fast == h)
        g_string_append_printf (s, _("Hourly pays %s sooner (median %d vs %d days from work to "
                                     "cash)."), gap, h->days_median, f->days_median);
      else
        g_string_append_printf (s, _("Fixed-price pays %s sooner (median %d vs %d days from "
                                     "work to cash)."), gap, f->days_median, h->days_median);
    }
  else if (h->paid || f->paid)
    {
      g_autofree char *days = days_text ((h->paid ? h : f)->days_median);

      g_string_append_printf (s, h->paid ? _("Only hourly schedules a payment: %s from work "
                                             "to cash (median).")
                                         : _("Only fixed-price schedules a payment: %s from "
                                             "work to cash (median)."), days);
    }
  else
    {
      g_string_append (s, _("Neither option schedules a payment: enter hours and a rate, or a "
                            "price."));
      return g_string_free (s, FALSE);
    }
  g_string_append_c (s, ' ');

  /* Money. */
  if (h->net_cents == f->net_cents)
    {
      g_autofree char *net = format_money (h->net_cents);

      g_string_append_printf (s, _("Both pay %s net"), net);
    }
  else
    {
      const PaydayCompareOption *more = h->net_cents > f->net_cents ? h : f;
      const PaydayCompareOption *less = more == h ? f : h;
      g_autofree char *diff = format_money (more->net_cents - less->net_cents);
      PaydayCents gross_gap = more->gross_cents - less->gross_cents;
      PaydayCents fee_gap = more->fee_cents - less->fee_cents;
      g_autofree char *gross = format_money (ABS (gross_gap));
      g_autofree char *fee = format_money (ABS (fee_gap));

      g_string_append_printf (s, more == h ? _("Hourly pays %s more net because ")
                                           : _("Fixed-price pays %s more net because "), diff);
      if (gross_gap > 0 && fee_gap > 0)
        g_string_append_printf (s, _("it bills %s more (its fee is %s higher)"), gross, fee);
      else if (gross_gap > 0 && fee_gap < 0)
        g_string_append_printf (s, _("it bills %s more and its fee is %s lower"), gross, fee);
      else if (gross_gap > 0)
        g_string_append_printf (s, _("it bills %s more"), gross);
      else
        g_string_append_printf (s, _("its fee is %s lower"), fee);
    }

  if (f->unprotected_cents > 0)
    {
      g_autofree char *risk = format_money (f->unprotected_cents);

      g_string_append_printf (s, _("; fixed-price leaves %s unprotected: its milestones are "
                                   "never funded, so escrow does not hold the money"), risk);
    }
  g_string_append (s, ".");

  /* Waiting. */
  if (h->waiting_peak_cents != f->waiting_peak_cents)
    {
      g_autofree char *hw = format_money (h->waiting_peak_cents);
      g_autofree char *fw = format_money (f->waiting_peak_cents);

      g_string_append_c (s, ' ');
      g_string_append_printf (s, _("At the peak, %s of done work waits for its money with "
                                   "hourly and %s with fixed-price."), hw, fw);
    }

  return g_string_free (s, FALSE);
}

static char *
build_note (const PaydayCompareInput *input)
{
  GString *s = g_string_new (_("Hourly payment protection needs tracked hours within the "
                               "weekly limit; manual hours are not modelled."));

  if (input->hourly.weekly_limit_hours != PAYDAY_NONE &&
      input->hourly.hours_per_week > input->hourly.weekly_limit_hours)
    {
      gint64 over = input->hourly.hours_per_week - input->hourly.weekly_limit_hours;
      g_autofree char *hours = g_strdup_printf ("%" G_GINT64_FORMAT ".%02d", over / 100,
                                                (int) (over % 100));

      g_string_append_c (s, ' ');
      g_string_append_printf (s, _("%s h a week above the limit are not billed."), hours);
    }
  return g_string_free (s, FALSE);
}

/**
 * payday_compare_run:
 * @input: the job
 * @n_threads: the simulation's threads (the result does not depend on it)
 * @cancellable: (nullable): cancels the simulations
 *
 * Builds both plans, schedules them and runs the Monte Carlo simulation on each with the
 * input's behaviour and seed, then sums up each option (payday_compare_result_describe()
 * puts the result in words).
 *
 * Returns: (transfer full) (nullable): the comparison, or %NULL when cancelled
 */
PaydayCompareResult *
payday_compare_run (const PaydayCompareInput *input,
                    int                       n_threads,
                    GCancellable             *cancellable)
{
  g_autoptr(PaydayCompareResult) result = NULL;
  PaydayCompareOption *options[2];
  PaydaySimulation settings;
  PaydayDate last = PAYDAY_DATE_NONE;

  g_return_val_if_fail (input != NULL, NULL);
  g_return_val_if_fail (input->rules != NULL, NULL);

  result = g_new0 (PaydayCompareResult, 1);
  result->from = job_start (input);
  options[0] = &result->hourly;
  options[1] = &result->fixed;
  result->hourly.type = PAYDAY_CONTRACT_HOURLY;
  result->fixed.type = PAYDAY_CONTRACT_FIXED;

  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(PaydayPlan) plan = payday_compare_build_plan (input, options[i]->type);
      PaydayDate l;

      options[i]->schedule = payday_schedule_compute (plan, input->rules, plan->today);
      l = last_available (options[i]->schedule);
      if (payday_date_is_set (l) && (!payday_date_is_set (last) || l > last))
        last = l;
    }

  if (!payday_date_is_set (last) || last < result->from)
    last = result->from;
  result->to = last + TAIL_DAYS;
  result->n_days = (guint) (result->to - result->from + 1);

  settings = input->behaviour;
  settings.extra = NULL;
  settings.proposal_rate_per_week = 0;
  settings.horizon_days = (int) (result->to - result->from);
  if (settings.runs <= 0)
    settings.runs = 1000;

  for (guint i = 0; i < 2; i++)
    {
      PaydayCompareOption *option = options[i];
      g_autoptr(PaydaySimResult) sim = NULL;

      sim = payday_simulation_run (option->schedule, &settings, MAX (n_threads, 1),
                                   cancellable, NULL, NULL);
      if (sim == NULL)
        return NULL;
      g_assert (sim->n_days == result->n_days);

      option->scheduled = g_steal_pointer (&sim->scheduled);
      option->p10 = g_steal_pointer (&sim->p10);
      option->p50 = g_steal_pointer (&sim->p50);
      option->p90 = g_steal_pointer (&sim->p90);

      option_figures (option, result->from, result->n_days);

      /* An option whose items are all $0.00 pays nothing, however it is scheduled. */
      option->paid = sim->contracts->len > 0 && option->gross_cents > 0;
      option->days_median = PAYDAY_NONE;
      option->days_p90 = PAYDAY_NONE;
      if (option->paid)
        {
          const PaydaySimContract *c = &g_array_index (sim->contracts, PaydaySimContract, 0);

          option->days_median = c->p50;
          option->days_p90 = c->p90;
        }
    }

  result->note = build_note (input);

  return g_steal_pointer (&result);
}

/**
 * payday_compare_result_free:
 * @result: (nullable): a comparison
 */
void
payday_compare_result_free (PaydayCompareResult *result)
{
  if (result == NULL)
    return;

  option_clear (&result->hourly);
  option_clear (&result->fixed);
  g_free (result->note);
  g_free (result);
}
