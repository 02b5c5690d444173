/* payday-schedule.c — dated payment items from a plan (docs/schedule.md)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "payday-schedule-private.h"

static const PaydayEdition *
edition_on (const PaydayScheduleBuilder *builder,
            PaydayDate                   date)
{
  return payday_rules_edition_for (builder->rules, builder->plan, date);
}

/* The name a note gives a contract: its title, or its id when it has none. */
static const char *
contract_name (const PaydayContract *contract)
{
  return contract->title && *contract->title ? contract->title : contract->id;
}

static void
item_init (PaydayItem           *item,
           PaydayItemKind        kind,
           guint                 contract_index,
           const PaydayContract *contract,
           gint                  source_index)
{
  memset (item, 0, sizeof *item);
  item->kind = kind;
  item->contract_index = contract_index;
  item->source_index = source_index;
  item->contract_id = contract->id;
  item->client_id = contract->client;
  item->minutes = PAYDAY_NONE;
  item->charged_on = PAYDAY_DATE_NONE;
  item->period_start = PAYDAY_DATE_NONE;
  item->period_end = PAYDAY_DATE_NONE;
}

/* One hourly work week starting on Monday @monday. The edition that judges the week is
 * the one in effect on its charged_on (the Monday after): that is the day the client is
 * billed and the review starts, and a rule change that takes effect mid-week applies
 * from the first billing after it. */
static void
add_week (PaydayScheduleBuilder *builder,
          guint                  contract_index,
          const PaydayContract  *contract,
          gint                   source_index,
          PaydayDate             monday,
          gint64                 hours,
          gint64                 disputed_hours,
          PaydayDisputeOutcome   outcome,
          PaydayCents            billed,
          gboolean               projected)
{
  const PaydayProfile *profile = &builder->plan->profile;
  const PaydayEdition *edition;
  PaydayItem item;
  gint64 minutes = payday_hours_to_minutes (hours);
  gint64 capped = minutes;
  gint64 unpaid = 0;
  gint64 paid;

  if (contract->weekly_limit_hours != PAYDAY_NONE)
    capped = MIN (capped, payday_hours_to_minutes (contract->weekly_limit_hours));

  if (outcome != PAYDAY_DISPUTE_PAID && disputed_hours > 0)
    unpaid = payday_hours_to_minutes (disputed_hours);

  paid = MAX (0, capped - unpaid);
  if (paid == 0 && billed <= 0)
    {
      if (unpaid > 0)
        {
          char buf[PAYDAY_DATE_BUF];
          char *note;

          if (outcome == PAYDAY_DISPUTE_PENDING)
            /* Translators: the Monday of the week (YYYY-MM-DD), then the contract's title */
            note = g_strdup_printf (_("The week of %s on contract “%s” is disputed in full "
                                      "(pending): no payment is scheduled."),
                                    payday_date_format (monday, buf), contract_name (contract));
          else
            /* Translators: the Monday of the week (YYYY-MM-DD), then the contract's title */
            note = g_strdup_printf (_("The week of %s on contract “%s” is disputed in full "
                                      "(refunded): no payment is scheduled."),
                                    payday_date_format (monday, buf), contract_name (contract));
          g_ptr_array_add (builder->notes, note);
        }
      return;
    }

  item_init (&item, PAYDAY_ITEM_HOURLY_WEEK, contract_index, contract, source_index);
  item.projected = projected;
  item.period_start = monday;
  item.period_end = monday + 6;
  item.minutes = paid;
  item.over_limit_minutes = minutes - capped;
  item.unpaid_minutes = unpaid;
  /* an imported week is what Upwork billed, to the cent (docs/import.md); its hours still
   * count for limits and badges */
  if (billed != PAYDAY_NONE)
    item.gross_cents = billed;
  else
    item.gross_cents = payday_div_round_half_up (contract->rate_cents * paid, 60);
  item.charged_on = monday + 7;

  edition = edition_on (builder, item.charged_on);
  item.edition = edition;
  item.released_on = item.charged_on + edition->hourly_review_days - 1;

  if (edition->hourly_top_rated_skips_security &&
      payday_date_is_set (profile->top_rated_since) &&
      profile->top_rated_since <= item.released_on)
    {
      item.available_on = item.released_on;
      item.top_rated_fast = TRUE;
    }
  else
    {
      item.available_on = item.released_on + edition->hourly_security_days;
    }

  g_array_append_val (builder->items, item);
}

/* The Mondays a contract's planned hours are projected on (spec: later than the last
 * logged week, not before today's week or the contract's start week, up to its end or
 * 26 weeks past today's Monday). *first > *last when there are none. */
static void
projection_range (const PaydayContract *contract,
                  PaydayDate            today,
                  PaydayDate           *first,
                  PaydayDate           *last)
{
  PaydayDate today_monday = payday_date_monday_of (today);
  PaydayDate m = today_monday;

  for (guint i = 0; i < contract->weeks->len; i++)
    {
      const PaydayWeek *week = &g_array_index (contract->weeks, PaydayWeek, i);

      if (payday_date_is_set (week->week_start))
        m = MAX (m, payday_date_monday_of (week->week_start) + 7);
    }

  if (payday_date_is_set (contract->start))
    m = MAX (m, payday_date_monday_of (contract->start));

  *first = m;
  *last = payday_date_is_set (contract->end) ? contract->end
                                             : today_monday + 7 * PAYDAY_SCHEDULE_PROJECTION_WEEKS;
}

static void
add_hourly (PaydayScheduleBuilder *builder,
            guint                  contract_index,
            const PaydayContract  *contract)
{
  PaydayDate first, last;

  for (guint i = 0; i < contract->weeks->len; i++)
    {
      const PaydayWeek *week = &g_array_index (contract->weeks, PaydayWeek, i);

      if (!payday_date_is_set (week->week_start))
        continue;

      add_week (builder, contract_index, contract, (gint) i, week->week_start, week->hours,
                week->disputed_hours, week->dispute_outcome,
                week->has_billed ? week->billed_cents : PAYDAY_NONE, FALSE);
    }

  if (contract->planned_hours_per_week == PAYDAY_NONE)
    return;

  /* Every projected Monday is ≥ the Monday of today's week, so today ≤ its Sunday and a
   * projected week is always in progress: its status still comes from the same rule. */
  projection_range (contract, builder->today, &first, &last);
  for (PaydayDate m = first; m <= last; m += 7)
    add_week (builder, contract_index, contract, -1, m, contract->planned_hours_per_week,
              0, PAYDAY_DISPUTE_PAID, PAYDAY_NONE, TRUE);
}

/* A milestone note is a whole sentence per case, so translators never put one back
 * together from parts. Each names the milestone and the contract by title, or by id
 * when there is none. */
static void
add_note_for_milestone (PaydayScheduleBuilder *builder,
                        const PaydayContract  *contract,
                        const PaydayMilestone *milestone,
                        gboolean               disputed)
{
  const char *name = milestone->title && *milestone->title ? milestone->title : milestone->id;
  char *note;

  if (disputed)
    /* Translators: the milestone's title, then the contract's */
    note = g_strdup_printf (_("Milestone “%s” of contract “%s” is disputed: it is not "
                              "scheduled until the dispute ends."),
                            name, contract_name (contract));
  else
    /* Translators: the milestone's title, then the contract's */
    note = g_strdup_printf (_("Milestone “%s” of contract “%s” was never funded: escrow "
                              "does not protect it."),
                            name, contract_name (contract));
  g_ptr_array_add (builder->notes, note);
}

static void
add_milestones (PaydayScheduleBuilder *builder,
                guint                  contract_index,
                const PaydayContract  *contract)
{
  for (guint i = 0; i < contract->milestones->len; i++)
    {
      const PaydayMilestone *milestone = &g_array_index (contract->milestones, PaydayMilestone, i);
      const PaydayEdition *edition;
      PaydayDate submitted = milestone->submitted;
      gboolean projected = FALSE;
      PaydayItem item;

      if (milestone->status == PAYDAY_MILESTONE_CANCELLED)
        continue;

      if (milestone->status == PAYDAY_MILESTONE_DISPUTED)
        {
          add_note_for_milestone (builder, contract, milestone, TRUE);
          continue;
        }

      /* A milestone that is not submitted yet but has a due date is projected as
       * submitted on the later of its due date and today, and never approved early. */
      if (!payday_date_is_set (submitted))
        {
          if (!payday_date_is_set (milestone->due))
            continue;
          submitted = MAX (milestone->due, builder->today);
          projected = TRUE;
        }

      item_init (&item, PAYDAY_ITEM_MILESTONE, contract_index, contract, (gint) i);
      item.ref_id = milestone->id;
      item.projected = projected;
      item.gross_cents = milestone->paid_cents != PAYDAY_NONE ? milestone->paid_cents
                                                              : milestone->amount_cents;
      item.period_start = milestone->funded;
      item.period_end = submitted;
      item.charged_on = milestone->funded;
      item.unfunded = !payday_date_is_set (milestone->funded);

      /* Funded: the edition on the funding day judges the whole item. Never funded: the
       * 14-day review is the one in force on submission (there is no other date before
       * release), and fee and hold come from the edition on released_on, as the spec
       * says for the fee. */
      edition = edition_on (builder, item.unfunded ? submitted : item.charged_on);

      if (!projected && payday_date_is_set (milestone->approved))
        {
          item.released_on = milestone->approved;
        }
      else
        {
          item.released_on = submitted + edition->fixed_review_days;
          item.auto_released = TRUE;
        }

      if (item.unfunded)
        {
          edition = edition_on (builder, item.released_on);
          add_note_for_milestone (builder, contract, milestone, FALSE);
        }

      item.edition = edition;
      item.available_on = item.released_on + edition->fixed_security_days;

      g_array_append_val (builder->items, item);
    }
}

static void
add_bonuses (PaydayScheduleBuilder *builder,
             guint                  contract_index,
             const PaydayContract  *contract)
{
  for (guint i = 0; i < contract->bonuses->len; i++)
    {
      const PaydayBonus *bonus = &g_array_index (contract->bonuses, PaydayBonus, i);
      PaydayItem item;

      if (!payday_date_is_set (bonus->date))
        continue;

      item_init (&item, PAYDAY_ITEM_BONUS, contract_index, contract, (gint) i);
      item.ref_id = bonus->id;
      item.gross_cents = bonus->amount_cents;
      item.period_start = item.period_end = bonus->date;
      item.charged_on = item.released_on = bonus->date;
      item.edition = edition_on (builder, bonus->date);
      item.available_on = bonus->date + item.edition->bonus_security_days;

      g_array_append_val (builder->items, item);
    }
}

/* ---------------------------------------------------------------------------------------- */
/* Ordering */

static int
compare_item_ids (const PaydayItem *a,
                  const PaydayItem *b)
{
  char abuf[PAYDAY_DATE_BUF], bbuf[PAYDAY_DATE_BUF];

  return strcmp (payday_item_format_id (a, abuf), payday_item_format_id (b, bbuf));
}

static int
compare_ints (gint64 a,
              gint64 b)
{
  return a < b ? -1 : a > b;
}

/* The last resort keeps the order total, so the result never depends on qsort. */
static int
compare_tail (const PaydayItem *a,
              const PaydayItem *b)
{
  int r;

  if ((r = strcmp (a->contract_id ? a->contract_id : "", b->contract_id ? b->contract_id : "")))
    return r;
  if ((r = compare_item_ids (a, b)))
    return r;
  if ((r = compare_ints (a->kind, b->kind)))
    return r;
  if ((r = compare_ints (a->contract_index, b->contract_index)))
    return r;
  if ((r = compare_ints (a->projected, b->projected)))
    return r;
  if ((r = compare_ints (a->period_start, b->period_start)))
    return r;
  return compare_ints (a->source_index, b->source_index);
}

/* The schedule's order: available_on, contract id, item id, then the tail. */
int
payday_schedule_compare_final (gconstpointer pa,
                               gconstpointer pb)
{
  const PaydayItem *a = pa, *b = pb;
  int r;

  if ((r = compare_ints (a->available_on, b->available_on)))
    return r;

  return compare_tail (a, b);
}

/* The client an item bills: contracts without a client count as their own client. */
const char *
payday_schedule_billing_key (const PaydayItem *item,
                             gboolean         *own)
{
  *own = item->client_id == NULL;
  return item->client_id ? item->client_id : item->contract_id;
}

static PaydayDate
billing_date (const PaydayItem *item)
{
  return payday_date_is_set (item->charged_on) ? item->charged_on : item->released_on;
}

static int
compare_billing (gconstpointer pa,
                 gconstpointer pb)
{
  const PaydayItem *a = *(PaydayItem * const *) pa;
  const PaydayItem *b = *(PaydayItem * const *) pb;
  gboolean a_own, b_own;
  const char *ka = payday_schedule_billing_key (a, &a_own);
  const char *kb = payday_schedule_billing_key (b, &b_own);
  int r;

  if ((r = compare_ints (a_own, b_own)))
    return r;
  if ((r = g_strcmp0 (ka, kb)))
    return r;
  if ((r = compare_ints (billing_date (a), billing_date (b))))
    return r;

  return compare_tail (a, b);
}

/**
 * payday_schedule_sort_billing:
 * @items: pointers to items
 *
 * Sorts @items by client (contracts without one last, each its own client), then by the
 * day each is billed: the order in which lifetime billings with a client add up.
 */
void
payday_schedule_sort_billing (PaydayItem **items,
                              guint        n_items)
{
  qsort (items, n_items, sizeof (PaydayItem *), compare_billing);
}

/* ---------------------------------------------------------------------------------------- */
/* Fees */

/* The sliding fee of @gross billed after @before of lifetime billings with the client:
 * each part of the item is charged its tier's percent, one rounding at the end. */
static PaydayCents
sliding_fee (const GArray *tiers,
             PaydayCents   before,
             PaydayCents   gross)
{
  PaydayCents position = before;
  PaydayCents rest = gross;
  gint64 numerator = 0;            /* cents × basis points */

  for (guint i = 0; i < tiers->len && rest > 0; i++)
    {
      const PaydayFeeTier *tier = &g_array_index (tiers, PaydayFeeTier, i);
      PaydayCents part;

      if (tier->up_to_cents != PAYDAY_NONE && position >= tier->up_to_cents)
        continue;

      part = tier->up_to_cents == PAYDAY_NONE ? rest : MIN (rest, tier->up_to_cents - position);
      numerator += part * tier->percent_bp;
      position += part;
      rest -= part;
    }

  return payday_div_round_half_up (numerator, 10000);
}

/**
 * payday_schedule_assign_fees:
 * @sorted: items in the order of payday_schedule_sort_billing(): whole billing chains
 *
 * Sets fee and net of each item. Lifetime billings count every item of the client,
 * whatever fee model judged it, from the client's billed_before_cents on.
 */
void
payday_schedule_assign_fees (const PaydayPlan  *plan,
                             PaydayItem       **sorted,
                             guint              n_items)
{
  const char *current_key = NULL;
  gboolean current_own = FALSE;
  PaydayCents lifetime = 0;

  for (guint n = 0; n < n_items; n++)
    {
      PaydayItem *item = sorted[n];
      const PaydayContract *contract = &g_array_index (plan->contracts, PaydayContract,
                                                       item->contract_index);
      const PaydayEdition *edition = item->edition;
      gboolean own;
      const char *key = payday_schedule_billing_key (item, &own);

      if (current_key == NULL || own != current_own || g_strcmp0 (key, current_key) != 0)
        {
          const PaydayClient *client = own ? NULL : payday_plan_find_client (plan, key);

          current_key = key;
          current_own = own;
          lifetime = client != NULL && client->billed_before_cents > 0
                     ? client->billed_before_cents : 0;
        }

      /* A contract's own fee_percent overrides the edition in every model. */
      if (contract->fee_bp != PAYDAY_NONE)
        {
          item->fee_cents = payday_percent_of (item->gross_cents, contract->fee_bp);
        }
      else
        {
          switch (edition->fee_model)
            {
            case PAYDAY_FEE_FLAT:
              item->fee_cents = payday_percent_of (item->gross_cents, edition->fee_percent_bp);
              break;

            case PAYDAY_FEE_SLIDING:
              item->fee_cents = sliding_fee (edition->fee_tiers, lifetime, item->gross_cents);
              break;

            case PAYDAY_FEE_PER_CONTRACT:
              item->fee_cents = payday_percent_of (item->gross_cents, edition->fee_default_bp);
              break;

            default:
              g_assert_not_reached ();
            }
        }

      item->net_cents = item->gross_cents - item->fee_cents;
      lifetime += item->gross_cents;
    }
}

/* ---------------------------------------------------------------------------------------- */

/* Upwork's words at the end of @today, first match wins. */
PaydayStatus
payday_schedule_item_status (const PaydayItem *item,
                             PaydayDate        today)
{
  gboolean working;

  switch (item->kind)
    {
    case PAYDAY_ITEM_HOURLY_WEEK:
      working = today <= item->period_end;           /* the week's Sunday */
      break;
    case PAYDAY_ITEM_MILESTONE:
      working = today < item->period_end;            /* submitted (or projected submission) */
      break;
    case PAYDAY_ITEM_BONUS:
      working = today < item->period_start;          /* the bonus date */
      break;
    default:
      g_assert_not_reached ();
    }

  if (working)
    return PAYDAY_STATUS_IN_PROGRESS;
  if (today < item->released_on)
    return PAYDAY_STATUS_IN_REVIEW;
  if (today < item->available_on)
    return PAYDAY_STATUS_PENDING;
  return PAYDAY_STATUS_AVAILABLE;
}

guint
payday_schedule_count_items (const PaydayPlan *plan,
                             PaydayDate        today)
{
  guint n = 0;

  for (guint c = 0; c < plan->contracts->len; c++)
    {
      const PaydayContract *contract = &g_array_index (plan->contracts, PaydayContract, c);

      n += contract->weeks->len + contract->milestones->len + contract->bonuses->len;
      if (contract->type == PAYDAY_CONTRACT_HOURLY &&
          contract->planned_hours_per_week != PAYDAY_NONE)
        {
          PaydayDate first, last;

          projection_range (contract, today, &first, &last);
          if (first <= last)
            n += (guint) ((last - first) / 7 + 1);
        }
    }

  return n;
}

/**
 * payday_schedule_build_contract:
 * @contract_index: a contract of the builder's plan
 *
 * Appends the contract's items (dates, gross and edition; fee, net and status are left
 * for later, since fees depend on the client's other items) and its notes.
 */
void
payday_schedule_build_contract (PaydayScheduleBuilder *builder,
                                guint                  contract_index)
{
  const PaydayContract *contract = &g_array_index (builder->plan->contracts, PaydayContract,
                                                   contract_index);

  if (contract->type == PAYDAY_CONTRACT_HOURLY)
    add_hourly (builder, contract_index, contract);
  else
    add_milestones (builder, contract_index, contract);
  add_bonuses (builder, contract_index, contract);
}

/**
 * payday_schedule_compute:
 * @plan: the plan
 * @rules: its rule set
 * @today: the day the plan is judged at (statuses are at the end of that day)
 *
 * Turns @plan into dated payment items as docs/schedule.md describes: logged
 * and projected hourly weeks, milestones and bonuses, with fees, the three dates and a
 * status each, sorted by available_on, contract id, item id.
 *
 * Returns: (transfer full): the schedule, which keeps references to @plan and @rules
 */
PaydaySchedule *
payday_schedule_compute (PaydayPlan  *plan,
                         PaydayRules *rules,
                         PaydayDate   today)
{
  PaydaySchedule *schedule;
  PaydayScheduleBuilder builder;
  g_autofree PaydayItem **order = NULL;
  guint n_notes = 0;

  g_return_val_if_fail (plan != NULL, NULL);
  g_return_val_if_fail (rules != NULL && rules->editions->len > 0, NULL);
  g_return_val_if_fail (payday_date_is_set (today), NULL);

  schedule = g_new0 (PaydaySchedule, 1);
  g_atomic_ref_count_init (&schedule->ref_count);
  schedule->plan = payday_plan_ref (plan);
  schedule->rules = payday_rules_ref (rules);
  schedule->today = today;
  schedule->items = g_array_sized_new (FALSE, FALSE, sizeof (PaydayItem),
                                       payday_schedule_count_items (plan, today));
  schedule->notes = g_ptr_array_new_with_free_func (g_free);
  schedule->index = payday_schedule_index_new (plan, today);

  builder = (PaydayScheduleBuilder) { plan, rules, today, schedule->items, schedule->notes };
  for (guint c = 0; c < plan->contracts->len; c++)
    {
      PaydayScheduleContract *record = &g_array_index (schedule->index->contracts,
                                                       PaydayScheduleContract, c);

      payday_schedule_build_contract (&builder, c);
      record->n_notes = schedule->notes->len - n_notes;
      n_notes = schedule->notes->len;
    }

  order = g_new (PaydayItem *, MAX (schedule->items->len, 1));
  for (guint i = 0; i < schedule->items->len; i++)
    order[i] = &g_array_index (schedule->items, PaydayItem, i);
  payday_schedule_sort_billing (order, schedule->items->len);
  payday_schedule_assign_fees (plan, order, schedule->items->len);

  for (guint i = 0; i < schedule->items->len; i++)
    {
      PaydayItem *item = &g_array_index (schedule->items, PaydayItem, i);

      item->status = payday_schedule_item_status (item, today);
    }

  g_array_sort (schedule->items, payday_schedule_compare_final);
  payday_schedule_index_fill (schedule->index, schedule->items);

  return schedule;
}

/**
 * payday_schedule_ref:
 *
 * Returns: (transfer full): @schedule
 */
PaydaySchedule *
payday_schedule_ref (PaydaySchedule *schedule)
{
  g_return_val_if_fail (schedule != NULL, NULL);

  g_atomic_ref_count_inc (&schedule->ref_count);

  return schedule;
}

/**
 * payday_schedule_unref:
 * @schedule: (transfer full): a schedule
 */
void
payday_schedule_unref (PaydaySchedule *schedule)
{
  g_return_if_fail (schedule != NULL);

  if (!g_atomic_ref_count_dec (&schedule->ref_count))
    return;

  g_array_unref (schedule->items);
  g_ptr_array_unref (schedule->notes);
  g_clear_pointer (&schedule->index, payday_schedule_index_free);
  payday_rules_unref (schedule->rules);
  payday_plan_unref (schedule->plan);
  g_free (schedule);
}

/**
 * payday_item_format_id:
 * @item: a payment item
 * @buf: room for a date
 *
 * Returns: (transfer none): the CSV's item_id: the week's Monday written into @buf for an
 *   hourly week, else the milestone's or bonus's own id (borrowed from the plan)
 */
char *
payday_item_format_id (const PaydayItem *item,
                       char              buf[PAYDAY_DATE_BUF])
{
  g_return_val_if_fail (item != NULL, NULL);

  if (item->kind == PAYDAY_ITEM_HOURLY_WEEK || item->ref_id == NULL)
    return payday_date_format (item->kind == PAYDAY_ITEM_HOURLY_WEEK ? item->period_start
                                                                     : PAYDAY_DATE_NONE, buf);

  return (char *) item->ref_id;
}

/**
 * payday_item_kind_to_string:
 *
 * Returns: "hourly_week", "milestone" or "bonus"
 */
const char *
payday_item_kind_to_string (PaydayItemKind kind)
{
  switch (kind)
    {
    case PAYDAY_ITEM_HOURLY_WEEK:
      return "hourly_week";
    case PAYDAY_ITEM_MILESTONE:
      return "milestone";
    case PAYDAY_ITEM_BONUS:
      return "bonus";
    default:
      g_return_val_if_reached ("hourly_week");
    }
}

/**
 * payday_status_to_string:
 *
 * Returns: "in_progress", "in_review", "pending" or "available"
 */
const char *
payday_status_to_string (PaydayStatus status)
{
  switch (status)
    {
    case PAYDAY_STATUS_IN_PROGRESS:
      return "in_progress";
    case PAYDAY_STATUS_IN_REVIEW:
      return "in_review";
    case PAYDAY_STATUS_PENDING:
      return "pending";
    case PAYDAY_STATUS_AVAILABLE:
      return "available";
    case PAYDAY_N_STATUSES:
    default:
      g_return_val_if_reached ("in_progress");
    }
}

/**
 * payday_status_get_title:
 *
 * The status in Upwork's words, as the window, the report and the chart show it.
 *
 * Returns: "In progress", "In review", "Pending" or "Available", translated
 */
const char *
payday_status_get_title (PaydayStatus status)
{
  switch (status)
    {
    case PAYDAY_STATUS_IN_PROGRESS:
      return _("In progress");
    case PAYDAY_STATUS_IN_REVIEW:
      return _("In review");
    case PAYDAY_STATUS_PENDING:
      return _("Pending");
    case PAYDAY_STATUS_AVAILABLE:
      return _("Available");
    case PAYDAY_N_STATUSES:
    default:
      g_return_val_if_reached ("");
    }
}

/**
 * payday_summary_compute:
 * @schedule: a schedule
 * @summary: (out caller-allocates): the totals
 *
 * Net cents per status; withdrawn = the plan's withdrawal history up to today; balance =
 * available − withdrawn; the next payment is the first available_on after today and the
 * net of every item that becomes available that day.
 */
void
payday_summary_compute (const PaydaySchedule *schedule,
                        PaydaySummary        *summary)
{
  const GArray *items;
  const GArray *history;

  g_return_if_fail (schedule != NULL);
  g_return_if_fail (summary != NULL);

  memset (summary, 0, sizeof *summary);
  summary->next_payment_date = PAYDAY_DATE_NONE;
  items = schedule->items;

  if (schedule->index != NULL)
    {
      /* The totals are kept up to date by compute and update, and the items are sorted
       * by available_on: the next payment day is the first after today. */
      guint lo = 0, hi = items->len;

      memcpy (summary->totals, schedule->index->totals, sizeof summary->totals);

      while (lo < hi)
        {
          guint mid = lo + (hi - lo) / 2;

          if (g_array_index (items, PaydayItem, mid).available_on <= schedule->today)
            lo = mid + 1;
          else
            hi = mid;
        }

      if (lo < items->len)
        summary->next_payment_date = g_array_index (items, PaydayItem, lo).available_on;
      for (guint i = lo; i < items->len; i++)
        {
          const PaydayItem *item = &g_array_index (items, PaydayItem, i);

          if (item->available_on != summary->next_payment_date)
            break;
          summary->next_payment_net_cents += item->net_cents;
        }
    }
  else
    {
      for (guint i = 0; i < items->len; i++)
        {
          const PaydayItem *item = &g_array_index (items, PaydayItem, i);

          summary->totals[item->status] += item->net_cents;

          if (item->available_on > schedule->today)
            {
              if (!payday_date_is_set (summary->next_payment_date))
                summary->next_payment_date = item->available_on;
              if (item->available_on == summary->next_payment_date)
                summary->next_payment_net_cents += item->net_cents;
            }
        }
    }

  history = schedule->plan->withdrawals.history;
  for (guint i = 0; i < history->len; i++)
    {
      const PaydayWithdrawal *w = &g_array_index (history, PaydayWithdrawal, i);

      if (payday_date_is_set (w->date) && w->date <= schedule->today)
        summary->withdrawn_cents += w->amount_cents;
    }

  summary->balance_cents = summary->totals[PAYDAY_STATUS_AVAILABLE] - summary->withdrawn_cents;
}
