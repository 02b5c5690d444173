/* payday-ledger.c — the Connects ledger: lots, spends, refunds, refills and expiry up to today
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "payday-connects-private.h"
#include "payday-ledger.h"

/* Events of one day run in this order (docs/ledger.md, "Order within one day"). The opening
 * lot comes first on its day; nothing can expire before it. Expiries are not events: they are
 * flushed before the first event of each later day. */
typedef enum {
  PHASE_OPENING,
  PHASE_REFILL,
  PHASE_TRANSACTION,
  PHASE_PROPOSAL,
} Phase;

typedef enum {
  STEP_SPEND,
  STEP_BOOST,
  STEP_REFUND,
} Step;

typedef struct
{
  PaydayDate        date;
  Phase             phase;
  int               index;    /* file index of the transaction or proposal, 0 otherwise */
  Step              step;
  PaydayLedgerKind  kind;
  gint64            amount;   /* signed */
  const char       *ref;      /* borrowed */
} Event;

typedef struct
{
  PaydayDate        date;
  PaydayLedgerKind  kind;
  gint64            rest;     /* unspent part */
  PaydayDate        expires;  /* PAYDAY_DATE_NONE = never */
  gboolean          expired;
} Lot;

typedef struct
{
  const PaydayPlan  *plan;
  const PaydayRules *rules;
  PaydayLedger      *ledger;
  GArray            *lots;       /* Lot, in the order they arrived (= oldest first) */
  guint              first_live; /* lots before it have rest 0 */
  gint64             deficit;    /* Connects spent beyond the balance, repaid by the next lots */
  gint64             balance;
} State;

static void
row_clear (PaydayLedgerRow *row)
{
  g_clear_pointer (&row->ref, g_free);
}

/**
 * payday_ledger_kind_to_string:
 * @kind: a #PaydayLedgerKind
 *
 * Returns: the `kind` column of `.ledger.csv`: "opening", "refill", … "expire"
 */
const char *
payday_ledger_kind_to_string (PaydayLedgerKind kind)
{
  switch (kind)
    {
    case PAYDAY_LEDGER_OPENING:  return "opening";
    case PAYDAY_LEDGER_REFILL:   return "refill";
    case PAYDAY_LEDGER_PURCHASE: return "purchase";
    case PAYDAY_LEDGER_GRANT:    return "grant";
    case PAYDAY_LEDGER_ADJUST:   return "adjust";
    case PAYDAY_LEDGER_REFUND:   return "refund";
    case PAYDAY_LEDGER_SPEND:    return "spend";
    case PAYDAY_LEDGER_BOOST:    return "boost";
    case PAYDAY_LEDGER_EXPIRE:   return "expire";
    default:                     return "";
    }
}

/**
 * payday_ledger_free:
 * @ledger: (nullable): a ledger from payday_ledger_compute()
 *
 * Frees the ledger, its rows and warnings.
 */
void
payday_ledger_free (PaydayLedger *ledger)
{
  if (ledger == NULL)
    return;

  g_clear_pointer (&ledger->rows, g_array_unref);
  g_clear_pointer (&ledger->warnings, g_array_unref);
  g_free (ledger);
}

static void
append_row (State            *state,
            PaydayDate        date,
            PaydayLedgerKind  kind,
            gint64            amount,
            PaydayDate        lot_expires,
            char             *ref,
            int               source_index)
{
  PaydayLedgerRow row = {
    .date = date,
    .kind = kind,
    .amount = amount,
    .balance = state->balance,
    .lot_expires = lot_expires,
    .ref = ref,
    .source_index = source_index,
  };

  g_array_append_val (state->ledger->rows, row);
}

/* The unspent rest of every lot whose expiry day is ≤ @until leaves, one `expire` row per lot,
 * in the order of expiry day and then of the lots' age. */
static void
expire_until (State      *state,
              PaydayDate  until)
{
  for (;;)
    {
      Lot *next = NULL;
      char buf[PAYDAY_DATE_BUF];

      for (guint i = state->first_live; i < state->lots->len; i++)
        {
          Lot *lot = &g_array_index (state->lots, Lot, i);

          if (lot->expired || lot->rest == 0 || !payday_date_is_set (lot->expires)
              || lot->expires > until)
            continue;
          if (next == NULL || lot->expires < next->expires)
            next = lot;
        }

      if (next == NULL)
        return;

      state->balance -= next->rest;
      append_row (state, next->expires, PAYDAY_LEDGER_EXPIRE, -next->rest, PAYDAY_DATE_NONE,
                  g_strdup_printf ("%s %s", payday_date_format (next->date, buf),
                                   payday_ledger_kind_to_string (next->kind)),
                  -1);
      next->rest = 0;
      next->expired = TRUE;

      /* Keep first_live past the lots that are used up, expired ones included: a plan with
       * refills and no spends (its `today` centuries ahead) would otherwise rescan every
       * expired lot at every event, quadratic in months (found by fuzz-roundtrip). */
      while (state->first_live < state->lots->len
             && g_array_index (state->lots, Lot, state->first_live).rest == 0)
        state->first_live++;
    }
}

static PaydayDate
lot_expiry (State      *state,
            PaydayDate  date)
{
  const PaydayEdition *edition = payday_rules_edition_for (state->rules, state->plan, date);

  /* An edition without expiry (expiry_days ≤ 0, as before 2019) issues lots that never expire. */
  if (edition == NULL || edition->connects_expiry_days <= 0)
    return PAYDAY_DATE_NONE;

  return date + edition->connects_expiry_days;
}

static void
add_lot (State            *state,
         PaydayDate        date,
         PaydayLedgerKind  kind,
         gint64            amount,
         char             *ref,
         int               source_index)
{
  Lot lot = { date, kind, amount, lot_expiry (state, date), FALSE };
  gint64 repay = MIN (state->deficit, amount);

  g_assert (amount > 0);

  /* A deficit is repaid first; the lot keeps only what is left over. */
  state->deficit -= repay;
  lot.rest = amount - repay;
  g_array_append_val (state->lots, lot);

  state->balance += amount;
  append_row (state, date, kind, amount, lot.expires, ref, source_index);
}

static void
take (State            *state,
      PaydayDate        date,
      PaydayLedgerKind  kind,
      gint64            amount,
      char             *ref,
      int               source_index)
{
  gint64 need = amount;

  g_assert (amount > 0);

  /* Oldest lot first. */
  while (need > 0 && state->first_live < state->lots->len)
    {
      Lot *lot = &g_array_index (state->lots, Lot, state->first_live);
      gint64 part = MIN (lot->rest, need);

      lot->rest -= part;
      need -= part;
      if (lot->rest == 0)
        state->first_live++;
    }
  state->deficit += need;

  state->balance -= amount;
  append_row (state, date, kind, -amount, PAYDAY_DATE_NONE, ref, source_index);
}

static gboolean
plus_on (const PaydayPlan *plan,
         PaydayDate        date)
{
  const GArray *ms = plan->connects.membership;

  /* A membership entry covers from ≤ date ≤ to (both days included; to null = ongoing). */
  for (guint i = 0; ms != NULL && i < ms->len; i++)
    {
      const PaydayMembership *m = &g_array_index (ms, PaydayMembership, i);

      if (m->plan == PAYDAY_MEMBERSHIP_PLUS
          && payday_date_is_set (m->from) && m->from <= date
          && (!payday_date_is_set (m->to) || date <= m->to))
        return TRUE;
    }

  return FALSE;
}

static int
compare_events (gconstpointer a,
                gconstpointer b)
{
  const Event *x = a;
  const Event *y = b;

  if (x->date != y->date)
    return x->date < y->date ? -1 : 1;
  if (x->phase != y->phase)
    return x->phase < y->phase ? -1 : 1;
  if (x->index != y->index)
    return x->index < y->index ? -1 : 1;
  if (x->step != y->step)
    return x->step < y->step ? -1 : 1;
  return 0;
}

static void
push_event (GArray           *events,
            PaydayDate        date,
            Phase             phase,
            int               index,
            Step              step,
            PaydayLedgerKind  kind,
            gint64            amount,
            const char       *ref)
{
  Event e = { date, phase, index, step, kind, amount, ref };

  g_array_append_val (events, e);
}

/* The monthly refills in (start, today].
 *
 * Reading of "on the profile.joined day of each month after opening_date (a day 29–31
 * refills on the 1st of the next month)": a joined day of 1–28 refills on that day of every
 * month; a joined day of 29, 30 or 31 refills on the 1st of every month — the cycle that
 * would start on the 29th–31st of month M renews on the 1st of M + 1, in every month, not
 * only in months that lack the day (that is how Upwork moves such billing cycles, and it keeps
 * exactly one refill per calendar month). "After opening_date" means strictly after it: the
 * opening balance already includes a refill on that day. Without a joined date the opening
 * date's day of month is used. */
static void
push_refills (State      *state,
              GArray     *events,
              PaydayDate  start,
              PaydayDate  today)
{
  PaydayDate anchor = payday_date_is_set (state->plan->profile.joined)
                      ? state->plan->profile.joined : start;
  int y, m, d, day;

  payday_date_get_ymd (anchor, NULL, NULL, &day);
  payday_date_get_ymd (start, &y, &m, &d);

  for (;;)
    {
      PaydayDate r = payday_date_from_ymd (y, m, day >= 29 ? 1 : day);

      if (r > today)
        break;

      if (r > start)
        {
          const PaydayEdition *edition = payday_rules_edition_for (state->rules, state->plan, r);
          gboolean plus = plus_on (state->plan, r);
          int amount = 0;

          if (edition != NULL)
            amount = plus ? edition->connects_plus_monthly : edition->connects_monthly_free;
          if (amount > 0)
            push_event (events, r, PHASE_REFILL, 0, STEP_SPEND, PAYDAY_LEDGER_REFILL, amount,
                        plus ? "plus" : "basic");
        }

      if (++m > 12)
        {
          m = 1;
          y++;
        }
    }
}

static PaydayLedgerKind
transaction_kind (PaydayTransactionType type)
{
  switch (type)
    {
    case PAYDAY_TX_PURCHASE: return PAYDAY_LEDGER_PURCHASE;
    case PAYDAY_TX_GRANT:    return PAYDAY_LEDGER_GRANT;
    case PAYDAY_TX_ADJUST:   return PAYDAY_LEDGER_ADJUST;
    default:                 return PAYDAY_LEDGER_ADJUST;
    }
}

/* Where the ledger starts: the opening date; a plan without one starts at profile.joined (an
 * account holds nothing before it exists), or else at its earliest transaction or proposal. */
static PaydayDate
ledger_start (const PaydayPlan *plan)
{
  PaydayDate start = PAYDAY_DATE_NONE;

  if (payday_date_is_set (plan->connects.opening_date))
    return plan->connects.opening_date;
  if (payday_date_is_set (plan->profile.joined))
    return plan->profile.joined;

  for (guint i = 0; plan->connects.transactions != NULL && i < plan->connects.transactions->len; i++)
    {
      const PaydayTransaction *tx = &g_array_index (plan->connects.transactions,
                                                    PaydayTransaction, i);

      if (payday_date_is_set (tx->date) && (!payday_date_is_set (start) || tx->date < start))
        start = tx->date;
    }
  for (guint i = 0; plan->proposals != NULL && i < plan->proposals->len; i++)
    {
      const PaydayProposal *p = &g_array_index (plan->proposals, PaydayProposal, i);

      if (payday_date_is_set (p->date) && (!payday_date_is_set (start) || p->date < start))
        start = p->date;
    }

  return start;
}

static void
warning_clear (PaydayLedgerWarning *warning)
{
  g_clear_pointer (&warning->text, g_free);
}

static void
warn_overdraw (State                   *state,
               PaydayLedgerWarningKind  kind,
               int                      index,
               const char              *id,
               PaydayDate               date,
               gint64                   amount)
{
  gboolean proposal = kind == PAYDAY_LEDGER_WARNING_PROPOSAL;
  PaydayLedgerWarning warning = { kind, date, NULL };
  char buf[PAYDAY_DATE_BUF];

  warning.text = g_strdup_printf ("%s[%d] (%s) on %s %s %" G_GINT64_FORMAT
                                  " Connects with a balance of %" G_GINT64_FORMAT,
                                  proposal ? "proposals" : "connects.transactions",
                                  index, id ? id : "", payday_date_format (date, buf),
                                  proposal ? "spent" : "took", amount, state->balance);
  g_array_append_val (state->ledger->warnings, warning);
}

/* A refill never lifts the balance above the rollover limit of the edition in force that day:
 * it adds min(amount, max(0, limit − balance)), judged after the day's expiries; nothing else
 * is capped, so purchases, grants and refunds may stand above the limit (docs/ledger.md). A
 * deficit (negative balance) leaves more room than the limit itself. */
static gint64
refill_amount (State       *state,
               const Event *e)
{
  const PaydayEdition *edition = payday_rules_edition_for (state->rules, state->plan, e->date);

  if (edition == NULL || edition->connects_rollover_limit < 0)
    return e->amount;

  return MIN (e->amount, MAX (0, edition->connects_rollover_limit - state->balance));
}

static void
run_event (State       *state,
           const Event *e)
{
  const PaydayPlan *plan = state->plan;
  char *ref = g_strdup (e->ref);

  switch (e->phase)
    {
    case PHASE_OPENING:
      if (e->amount > 0)
        {
          add_lot (state, e->date, e->kind, e->amount, ref, -1);
        }
      else
        {
          /* A negative opening balance is a deficit carried in. */
          state->deficit += -e->amount;
          state->balance += e->amount;
          append_row (state, e->date, e->kind, e->amount, PAYDAY_DATE_NONE, ref, -1);
        }
      break;

    case PHASE_REFILL:
      {
        gint64 amount = refill_amount (state, e);

        if (amount > 0)
          add_lot (state, e->date, e->kind, amount, ref, -1);
        else
          g_free (ref);
      }
      break;

    case PHASE_TRANSACTION:
      if (e->amount > 0)
        {
          add_lot (state, e->date, e->kind, e->amount, ref, e->index);
        }
      else
        {
          if (-e->amount > state->balance)
            warn_overdraw (state, PAYDAY_LEDGER_WARNING_ADJUST, e->index, e->ref, e->date,
                           -e->amount);
          take (state, e->date, e->kind, -e->amount, ref, e->index);
        }
      break;

    case PHASE_PROPOSAL:
      {
        const PaydayProposal *p = &g_array_index (plan->proposals, PaydayProposal, e->index);
        gint64 spend = payday_connects_proposal_spend (p);
        gint64 boost = payday_connects_proposal_boost (p);

        /* One warning per proposal, for what it takes that day (its Connects and charged
         * boost together), against the balance before it. */
        if (e->step == STEP_SPEND && spend + boost > state->balance)
          warn_overdraw (state, PAYDAY_LEDGER_WARNING_PROPOSAL, e->index, p->id, e->date,
                         spend + boost);
        else if (e->step == STEP_BOOST && spend == 0 && boost > state->balance)
          warn_overdraw (state, PAYDAY_LEDGER_WARNING_PROPOSAL, e->index, p->id, e->date, boost);

        if (e->step == STEP_REFUND)
          add_lot (state, e->date, e->kind, e->amount, ref, e->index);
        else
          take (state, e->date, e->kind, -e->amount, ref, e->index);
      }
      break;

    default:
      g_assert_not_reached ();
    }
}

static void
compute_summary (State      *state,
                 PaydayDate  today)
{
  PaydayLedger *ledger = state->ledger;
  const PaydayPlan *plan = state->plan;
  const PaydayEdition *edition = payday_rules_edition_for (state->rules, plan, today);

  ledger->balance = state->balance;

  for (guint i = 0; i < state->lots->len; i++)
    {
      const Lot *lot = &g_array_index (state->lots, Lot, i);

      if (!lot->expired && payday_date_is_set (lot->expires)
          && lot->expires > today && lot->expires <= today + 30)
        ledger->expiring_30d += lot->rest;
    }

  /* spent_12m and hires_12m come from the proposals themselves, not from the ledger rows, so
   * proposals sent before the opening date (whose spends the opening balance already
   * includes) still count towards the cost per hire. Each amount is judged at its own date:
   * the spend and boost at the proposal's date, the refund at its refund date; a hire at the
   * proposal's date. */
  for (guint i = 0; plan->proposals != NULL && i < plan->proposals->len; i++)
    {
      const PaydayProposal *p = &g_array_index (plan->proposals, PaydayProposal, i);
      PaydayDate refund_on = payday_connects_refund_date (p);

      if (p->date > today - 365 && p->date <= today)
        {
          ledger->spent_12m += payday_connects_proposal_spend (p);
          ledger->spent_12m += payday_connects_proposal_boost (p);
          if (p->status == PAYDAY_PROPOSAL_HIRED)
            ledger->hires_12m++;
        }
      if (refund_on > today - 365 && refund_on <= today)
        ledger->spent_12m -= payday_connects_proposal_refund (p);
    }

  ledger->price_cents = edition != NULL ? edition->connects_price_cents : 0;
  if (ledger->hires_12m > 0)
    ledger->cost_per_hire_cents = payday_div_round_half_up (ledger->spent_12m * ledger->price_cents,
                                                            ledger->hires_12m);
  else
    ledger->cost_per_hire_cents = PAYDAY_NONE;
}

/**
 * payday_ledger_compute:
 * @plan: a plan
 * @rules: the plan's rule set (at least one edition)
 * @today: the day the ledger is judged at, usually payday_plan_get_today()
 *
 * Derives the Connects ledger from the opening balance, the monthly refills, the
 * transactions and the proposals, up to and including @today, with the semantics of
 * docs/ledger.md: every inflow is a lot expiring expiry_days after its
 * date, outflows take from the oldest lot first, an overdraw leaves a deficit the next lots
 * repay, a lot's unspent rest leaves as one `expire` row on its expiry day, and a monthly
 * refill stops at the edition's rollover limit (no row when nothing is left to add).
 * Events before the opening date are part of the opening balance and have no row (a refund
 * dated after it does); events after @today are not included.
 *
 * Returns: (transfer full): the ledger; free with payday_ledger_free()
 */
PaydayLedger *
payday_ledger_compute (const PaydayPlan  *plan,
                       const PaydayRules *rules,
                       PaydayDate         today)
{
  g_autoptr(GArray) events = NULL;
  g_autoptr(GArray) lots = NULL;
  PaydayLedger *ledger;
  PaydayDate start;
  State state = { 0 };

  g_return_val_if_fail (plan != NULL, NULL);
  g_return_val_if_fail (rules != NULL, NULL);
  g_return_val_if_fail (payday_date_is_set (today), NULL);

  ledger = g_new0 (PaydayLedger, 1);
  ledger->today = today;
  ledger->rows = g_array_new (FALSE, TRUE, sizeof (PaydayLedgerRow));
  g_array_set_clear_func (ledger->rows, (GDestroyNotify) row_clear);
  ledger->warnings = g_array_new (FALSE, TRUE, sizeof (PaydayLedgerWarning));
  g_array_set_clear_func (ledger->warnings, (GDestroyNotify) warning_clear);
  ledger->cost_per_hire_cents = PAYDAY_NONE;

  events = g_array_new (FALSE, TRUE, sizeof (Event));
  lots = g_array_new (FALSE, TRUE, sizeof (Lot));

  state.plan = plan;
  state.rules = rules;
  state.ledger = ledger;
  state.lots = lots;

  start = ledger_start (plan);

  if (payday_date_is_set (start) && start <= today)
    {
      const GArray *txs = plan->connects.transactions;

      if (payday_date_is_set (plan->connects.opening_date) && plan->connects.opening_balance != 0)
        push_event (events, start, PHASE_OPENING, 0, STEP_SPEND, PAYDAY_LEDGER_OPENING,
                    plan->connects.opening_balance, NULL);

      push_refills (&state, events, start, today);

      for (guint i = 0; txs != NULL && i < txs->len; i++)
        {
          const PaydayTransaction *tx = &g_array_index (txs, PaydayTransaction, i);

          if (tx->amount != 0 && tx->date >= start && tx->date <= today)
            push_event (events, tx->date, PHASE_TRANSACTION, i, STEP_SPEND,
                        transaction_kind (tx->type), tx->amount, tx->id);
        }

      for (guint i = 0; plan->proposals != NULL && i < plan->proposals->len; i++)
        {
          const PaydayProposal *p = &g_array_index (plan->proposals, PaydayProposal, i);
          int spend = payday_connects_proposal_spend (p);
          int boost = payday_connects_proposal_boost (p);
          int refund = payday_connects_proposal_refund (p);
          PaydayDate refund_on = payday_connects_refund_date (p);

          if (p->date >= start && p->date <= today)
            {
              if (spend > 0)
                push_event (events, p->date, PHASE_PROPOSAL, i, STEP_SPEND,
                            PAYDAY_LEDGER_SPEND, -spend, p->id);
              if (boost > 0)
                push_event (events, p->date, PHASE_PROPOSAL, i, STEP_BOOST,
                            PAYDAY_LEDGER_BOOST, -boost, p->id);
            }
          if (refund > 0 && refund_on >= start && refund_on <= today)
            push_event (events, refund_on, PHASE_PROPOSAL, i, STEP_REFUND,
                        PAYDAY_LEDGER_REFUND, refund, p->id);
        }

      /* g_array_sort is not stable, but the key (date, phase, index, step) is unique. */
      g_array_sort (events, compare_events);

      for (guint i = 0; i < events->len; i++)
        {
          const Event *e = &g_array_index (events, Event, i);

          expire_until (&state, e->date);
          run_event (&state, e);
        }
      expire_until (&state, today);
    }

  compute_summary (&state, today);

  return ledger;
}

/**
 * payday_ledger_update:
 * @ledger: (transfer full) (nullable): the ledger before the edit
 * @changes: what the edit touched
 *
 * The ledger after an edit. It reads the Connects part, the proposals, the profile's
 * joined day and the pinned edition, never contracts or clients: an edit of those keeps
 * @ledger as it is; any other computes it anew.
 *
 * Returns: (transfer full): the ledger after the edit
 */
PaydayLedger *
payday_ledger_update (PaydayLedger            *ledger,
                      const PaydayPlan        *plan,
                      const PaydayRules       *rules,
                      PaydayDate               today,
                      const PaydayPlanChanges *changes)
{
  const guint inputs = 1u << PAYDAY_PLAN_PART_CONNECTS | 1u << PAYDAY_PLAN_PART_PROFILE |
                       1u << PAYDAY_PLAN_PART_HEADER;

  g_return_val_if_fail (changes != NULL, NULL);

  if (ledger != NULL && ledger->today == today && !changes->everything &&
      changes->proposals->len == 0 && (changes->parts & inputs) == 0)
    return ledger;

  payday_ledger_free (ledger);
  return payday_ledger_compute (plan, rules, today);
}
