/* payday-import-apply.c — merge an import into a plan: preview, matches, all-or-nothing apply
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "payday-error.h"
#include "payday-import-private.h"
#include "payday-money.h"
#include "payday-plan-read-private.h"

/* The mapping of docs/import.md. Every merge runs on a copy of the plan; only when it all
 * worked is the copy's result moved into the plan (or recorded on an edit), so a failed
 * import leaves the plan exactly as it was. A preview is the same merge on a copy that is
 * then dropped, so its counts are what applying will do. */

/* A fixed-price payment within this many days of an approved milestone of the same amount
 * is that milestone, typed by hand before the import. */
#define SAME_MILESTONE_DAYS 14

struct _PaydayImportPreview
{
  const PaydayImport *import;
  PaydayPlan         *plan;
  GArray             *contracts;         /* PaydayImportContract, one per file contract */
  PaydayImportCounts  counts;
  GError             *error;             /* why applying would fail, or NULL */
};

/* One week touched by the import. */
typedef struct
{
  guint       contract;                  /* index into the work plan's contracts */
  PaydayDate  monday;
  gint64      base_hours;                /* hundredths already in the plan */
  PaydayCents base_billed;
  gint64      hours_e5;                  /* the imported rows' exact sum */
  PaydayCents billed;
  guint       last_row;
} WeekSum;

typedef struct
{
  const PaydayImport  *import;
  PaydayPlan          *work;
  PaydayImportCounts   counts;
  guint                n_old_contracts;
  guint                n_old_clients;
  gboolean            *changed;          /* per old contract */
  gboolean             withdrawals_changed;
  gint                *plan_index;       /* per file contract: work contract index, -1 = none yet */
  char               **matches;          /* per file contract: a plan id, NULL = create */
  GHashTable          *refs;             /* every ref in the work plan's actuals */
  GHashTable          *weeks;            /* "contract:monday" → WeekSum */
  GHashTable          *by_client;        /* casefolded client name → GArray of guint indices */
  GPtrArray           *titles;           /* per contract: its casefolded title, or NULL */
  guint                n_old_actuals;
  GPtrArray           *descriptions;     /* per old actual: casefolded description, or NULL */
  gboolean             relinked;         /* old actuals linked to a new contract */
} Merge;

gboolean
payday_import_contract_fits (const PaydayImportFileContract *file,
                             const PaydayContract           *contract)
{
  /* hourly weeks need an hourly contract; a fixed-price payment fits both kinds (in an
   * hourly contract it is a bonus) */
  return !file->has_hourly || contract->type == PAYDAY_CONTRACT_HOURLY;
}

static gboolean
same_text (const char *a,
           const char *b)
{
  g_autofree char *fa = NULL;
  g_autofree char *fb = NULL;

  if (a == NULL || b == NULL)
    return FALSE;
  fa = g_utf8_casefold (a, -1);
  fb = g_utf8_casefold (b, -1);
  return strcmp (fa, fb) == 0;
}

/* The default match: the contract with the same Upwork id, else with the same title,
 * among those it fits; NULL = create one. */
static const char *
default_match (const PaydayImportFileContract *file,
               const PaydayPlan               *plan)
{
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < plan->contracts->len; i++)
      {
        const PaydayContract *c = &g_array_index (plan->contracts, PaydayContract, i);

        if (!payday_import_contract_fits (file, c))
          continue;
        if (pass == 0 ? (file->upwork_id != NULL && g_strcmp0 (c->upwork_id, file->upwork_id) == 0)
                      : same_text (c->title, file->title))
          return c->id;
      }

  return NULL;
}

static void
week_key (char       *buf,
          gsize       size,
          guint       contract,
          PaydayDate  monday)
{
  g_snprintf (buf, size, "%u:%d", contract, monday);
}

/* The client name the plan's transactions give most often (the first of equals) to rows
 * whose description holds @title; NULL when none does. */
static char *
client_from_actuals (Merge      *m,
                     const char *title)
{
  g_autoptr(GHashTable) counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *folded = g_utf8_casefold (title, -1);
  const char *best = NULL;
  guint best_count = 0;

  if (*folded == '\0')
    return NULL;

  if (m->descriptions == NULL)
    {
      m->descriptions = g_ptr_array_new_full (m->n_old_actuals, g_free);
      for (guint i = 0; i < m->n_old_actuals; i++)
        {
          const PaydayActual *a = &g_array_index (m->work->actuals, PaydayActual, i);

          g_ptr_array_add (m->descriptions,
                           a->source == PAYDAY_ACTUAL_FROM_TRANSACTIONS && a->client_name &&
                           a->description ? g_utf8_casefold (a->description, -1) : NULL);
        }
    }

  for (guint i = 0; i < m->n_old_actuals; i++)
    {
      const char *description = g_ptr_array_index (m->descriptions, i);
      const PaydayActual *a = &g_array_index (m->work->actuals, PaydayActual, i);
      g_autofree char *key = NULL;
      guint n;

      if (description == NULL || strstr (description, folded) == NULL)
        continue;
      key = g_utf8_casefold (a->client_name, -1);
      n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, key)) + 1;
      g_hash_table_replace (counts, g_steal_pointer (&key), GUINT_TO_POINTER (n));
      if (n > best_count)
        {
          best = a->client_name;
          best_count = n;
        }
    }

  return g_strdup (best);
}

/* The work contract a weekly-summary row goes to; made on the first row that needs it. */
static PaydayContract *
contract_for (Merge *m,
              guint  file_index)
{
  const PaydayImportFileContract *file =
    &g_array_index (m->import->contracts, PaydayImportFileContract, file_index);
  g_autofree char *name = NULL;
  const char *client_id = NULL;
  PaydayContract contract;
  PaydayClient client = { 0 };

  if (m->plan_index[file_index] >= 0)
    {
      guint index = (guint) m->plan_index[file_index];

      PaydayContract *c = &g_array_index (m->work->contracts, PaydayContract, index);

      if (index < m->n_old_contracts)
        m->changed[index] = TRUE;
      /* matched by title or by the user: it learns its Upwork id for the next import */
      if (c->upwork_id == NULL)
        c->upwork_id = g_strdup (file->upwork_id);
      return c;
    }

  /* Weekly summaries name no client. The client is the one the plan's transactions name
   * for this title, when there is one; else the new contract gets a client of its own,
   * named after it, so the sliding fee counts its billings apart. */
  name = client_from_actuals (m, file->title);
  for (guint i = 0; name != NULL && i < m->work->clients->len && client_id == NULL; i++)
    if (same_text (g_array_index (m->work->clients, PaydayClient, i).name, name))
      client_id = g_array_index (m->work->clients, PaydayClient, i).id;
  if (client_id == NULL)
    {
      client.id = payday_plan_new_client_id (m->work);
      client.name = name ? g_steal_pointer (&name) : g_strdup (file->title);
      g_array_append_val (m->work->clients, client);
      client_id = client.id;
    }

  payday_contract_init (&contract, file->has_hourly ? PAYDAY_CONTRACT_HOURLY
                                                    : PAYDAY_CONTRACT_FIXED);
  contract.id = payday_plan_new_contract_id (m->work);
  contract.title = g_strdup (file->title);
  contract.upwork_id = g_strdup (file->upwork_id);
  contract.client = g_strdup (client_id);
  contract.start = file->first_date;
  g_array_append_val (m->work->contracts, contract);

  m->plan_index[file_index] = (gint) m->work->contracts->len - 1;
  m->counts.contracts_created++;
  return &g_array_index (m->work->contracts, PaydayContract, m->work->contracts->len - 1);
}

static void
add_week_row (Merge                    *m,
              PaydayContract           *c,
              const PaydayImportRecord *record)
{
  guint index = (guint) m->plan_index[record->contract];
  PaydayDate monday = payday_date_monday_of (record->date);
  char key[64];
  WeekSum *sum;

  week_key (key, sizeof key, index, monday);
  sum = g_hash_table_lookup (m->weeks, key);
  if (sum == NULL)
    {
      sum = g_new0 (WeekSum, 1);
      sum->contract = index;
      sum->monday = monday;
      for (guint i = 0; i < c->weeks->len; i++)
        {
          const PaydayWeek *w = &g_array_index (c->weeks, PaydayWeek, i);

          /* a week typed by hand is replaced by what Upwork billed; an imported one grows */
          if (w->week_start == monday && w->has_billed)
            {
              sum->base_hours = w->hours;
              sum->base_billed = w->billed_cents;
            }
        }
      g_hash_table_insert (m->weeks, g_strdup (key), sum);
    }

  sum->hours_e5 += record->hours_e5;
  sum->billed += record->amount_cents;
  sum->last_row = record->row;
}

static void
add_milestone_row (PaydayContract           *c,
                   const PaydayImportRecord *record,
                   Merge                    *m)
{
  PaydayMilestone milestone = { 0 };

  for (guint i = 0; i < c->milestones->len; i++)
    {
      const PaydayMilestone *other = &g_array_index (c->milestones, PaydayMilestone, i);

      if (other->amount_cents == record->amount_cents && payday_date_is_set (other->approved) &&
          ABS (other->approved - record->date) <= SAME_MILESTONE_DAYS)
        return;
    }

  milestone.id = payday_contract_new_milestone_id (c);
  milestone.amount_cents = record->amount_cents;
  milestone.funded = milestone.submitted = milestone.approved = record->date;
  milestone.due = PAYDAY_DATE_NONE;
  milestone.paid_cents = PAYDAY_NONE;
  milestone.status = PAYDAY_MILESTONE_ACTIVE;
  g_array_append_val (c->milestones, milestone);
  m->counts.milestones++;
}

static void
add_bonus_row (PaydayContract           *c,
               const PaydayImportRecord *record,
               Merge                    *m)
{
  PaydayBonus bonus = { 0 };

  bonus.id = payday_contract_new_bonus_id (c);
  bonus.date = record->date;
  bonus.amount_cents = record->amount_cents;
  g_array_append_val (c->bonuses, bonus);
  m->counts.bonuses++;
}

/* Transactions link through the client: its client's only contract, or the one contract of
 * that client whose title is in the description. The plan's clients and titles are
 * casefolded once per merge (transactions add no contract). */
static void
index_clients (Merge *m)
{
  const PaydayPlan *plan = m->work;

  g_clear_pointer (&m->by_client, g_hash_table_unref);
  g_clear_pointer (&m->titles, g_ptr_array_unref);
  m->by_client = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                        (GDestroyNotify) g_array_unref);
  m->titles = g_ptr_array_new_full (plan->contracts->len, g_free);
  for (guint i = 0; i < plan->contracts->len; i++)
    {
      const PaydayContract *c = &g_array_index (plan->contracts, PaydayContract, i);
      const PaydayClient *client = payday_plan_find_client (plan, c->client);
      GArray *list;
      char *name;

      g_ptr_array_add (m->titles, c->title != NULL && *c->title != '\0'
                                  ? g_utf8_casefold (c->title, -1) : NULL);
      if (client == NULL || client->name == NULL)
        continue;
      name = g_utf8_casefold (client->name, -1);
      list = g_hash_table_lookup (m->by_client, name);
      if (list == NULL)
        {
          list = g_array_new (FALSE, FALSE, sizeof (guint));
          g_hash_table_insert (m->by_client, name, list);
        }
      else
        g_free (name);
      g_array_append_val (list, i);
    }
}

static const char *
link_transaction (Merge      *m,
                  const char *client_name,
                  const char *row_description)
{
  g_autofree char *client = NULL;
  g_autofree char *description = NULL;
  const char *titled = NULL;
  guint n_titled = 0;
  GArray *list;

  if (client_name == NULL)
    return NULL;
  client = g_utf8_casefold (client_name, -1);
  list = g_hash_table_lookup (m->by_client, client);
  if (list == NULL)
    return NULL;
  if (list->len == 1)
    return g_array_index (m->work->contracts, PaydayContract, g_array_index (list, guint, 0)).id;
  if (row_description == NULL)
    return NULL;

  description = g_utf8_casefold (row_description, -1);
  for (guint i = 0; i < list->len; i++)
    {
      guint index = g_array_index (list, guint, i);
      const char *title = g_ptr_array_index (m->titles, index);

      if (title != NULL && strstr (description, title) != NULL)
        {
          n_titled++;
          titled = g_array_index (m->work->contracts, PaydayContract, index).id;
        }
    }

  return n_titled == 1 ? titled : NULL;
}

static void
add_withdrawal (Merge                    *m,
                const PaydayImportRecord *record)
{
  GArray *history = m->work->withdrawals.history;
  PaydayWithdrawal w = { record->date, ABS (record->amount_cents), NULL };

  for (guint i = 0; i < history->len; i++)
    {
      const PaydayWithdrawal *other = &g_array_index (history, PaydayWithdrawal, i);

      if (other->date == w.date && other->amount_cents == w.amount_cents)
        return;
    }

  g_array_append_val (history, w);
  m->withdrawals_changed = TRUE;
}

static gboolean
merge_record (Merge                     *m,
              const PaydayImportRecord  *record,
              GError                   **error)
{
  gboolean weekly = m->import->format == PAYDAY_IMPORT_WEEKLY_SUMMARY;
  PaydayActual actual = { 0 };

  /* a row the plan already has changes nothing anywhere */
  if (g_hash_table_contains (m->refs, record->ref))
    {
      m->counts.duplicates++;
      return TRUE;
    }

  if (!record->understood)
    m->counts.not_understood++;

  if (weekly)
    {
      PaydayContract *c = contract_for (m, record->contract);

      if (record->kind == PAYDAY_ACTUAL_HOURLY && c->type != PAYDAY_CONTRACT_HOURLY)
        {
          g_set_error (error, PAYDAY_ERROR, PAYDAY_ERROR_INVALID,
                       "%s: row %u: hourly work for the fixed-price contract “%s”",
                       m->import->name, record->row, c->id);
          return FALSE;
        }

      if (record->kind == PAYDAY_ACTUAL_HOURLY)
        add_week_row (m, c, record);
      else if (record->kind == PAYDAY_ACTUAL_FIXED && c->type == PAYDAY_CONTRACT_FIXED)
        add_milestone_row (c, record, m);
      else if (record->kind == PAYDAY_ACTUAL_FIXED || record->kind == PAYDAY_ACTUAL_BONUS)
        add_bonus_row (c, record, m);       /* a fixed-price payment of an hourly contract */

      /* the contract now covers the row's day */
      if (!payday_date_is_set (c->start) || c->start > record->date)
        c->start = record->date;
      if (payday_date_is_set (c->end) && c->end < record->date)
        c->end = record->date;

      actual.contract = g_strdup (c->id);
    }
  else
    {
      actual.contract = g_strdup (link_transaction (m, record->client_name,
                                                    record->description));
      if (record->kind == PAYDAY_ACTUAL_WITHDRAWAL)
        add_withdrawal (m, record);
    }

  actual.ref = g_strdup (record->ref);
  actual.date = record->date;
  actual.kind = record->kind;
  actual.amount_cents = record->amount_cents;
  actual.client_name = g_strdup (record->client_name);
  actual.description = g_strdup (record->description);
  actual.source = weekly ? PAYDAY_ACTUAL_FROM_WEEKLY_SUMMARY : PAYDAY_ACTUAL_FROM_TRANSACTIONS;
  g_array_append_val (m->work->actuals, actual);
  g_hash_table_add (m->refs, g_array_index (m->work->actuals, PaydayActual,
                                            m->work->actuals->len - 1).ref);
  m->counts.actuals++;
  return TRUE;
}

static int
compare_weeks (gconstpointer a,
               gconstpointer b)
{
  const PaydayWeek *wa = a, *wb = b;

  return (wa->week_start > wb->week_start) - (wa->week_start < wb->week_start);
}

/* The summed weeks into their contracts: hours rounded half up to hundredths once, the
 * billed cents exact; then each contract's rate from its latest billed week. */
static gboolean
finish_weeks (Merge   *m,
              GError **error)
{
  g_autoptr(GHashTable) touched = g_hash_table_new (NULL, NULL);
  GHashTableIter iter;
  WeekSum *sum;

  g_hash_table_iter_init (&iter, m->weeks);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &sum))
    {
      PaydayContract *c = &g_array_index (m->work->contracts, PaydayContract, sum->contract);
      gint64 hours = sum->base_hours + payday_div_round_half_up (sum->hours_e5, 1000);
      PaydayWeek *week = NULL;

      if (hours > PAYDAY_WEEK_HOURS_MAX || sum->base_billed + sum->billed > PAYDAY_CENTS_MAX)
        {
          char date[PAYDAY_DATE_BUF];

          g_set_error (error, PAYDAY_ERROR, PAYDAY_ERROR_INVALID,
                       "%s: row %u: the week of %s of “%s” would hold more than 168 hours or "
                       "$100,000,000,000", m->import->name, sum->last_row,
                       payday_date_format (sum->monday, date), c->title ? c->title : c->id);
          return FALSE;
        }

      for (guint i = 0; i < c->weeks->len && week == NULL; i++)
        if (g_array_index (c->weeks, PaydayWeek, i).week_start == sum->monday)
          week = &g_array_index (c->weeks, PaydayWeek, i);
      if (week == NULL)
        {
          PaydayWeek fresh = { 0 };

          fresh.week_start = sum->monday;
          fresh.dispute_outcome = PAYDAY_DISPUTE_PENDING;
          g_array_append_val (c->weeks, fresh);
          week = &g_array_index (c->weeks, PaydayWeek, c->weeks->len - 1);
        }

      week->hours = hours;
      week->manual_hours = MIN (week->manual_hours, hours);
      week->disputed_hours = MIN (week->disputed_hours, hours);
      week->billed_cents = sum->base_billed + sum->billed;
      week->has_billed = TRUE;
      m->counts.weeks++;
      g_hash_table_add (touched, GUINT_TO_POINTER (sum->contract + 1));
    }

  g_hash_table_iter_init (&iter, touched);
  while (g_hash_table_iter_next (&iter, (gpointer *) &sum, NULL))
    {
      PaydayContract *c = &g_array_index (m->work->contracts, PaydayContract,
                                          GPOINTER_TO_UINT (sum) - 1);

      g_array_sort (c->weeks, compare_weeks);
      for (guint i = c->weeks->len; i > 0; i--)
        {
          const PaydayWeek *w = &g_array_index (c->weeks, PaydayWeek, i - 1);

          if (w->has_billed && w->hours > 0)
            {
              /* billed ÷ hours, to the cent: hours are hundredths */
              c->rate_cents = payday_div_round_half_up (w->billed_cents * 100, w->hours);
              break;
            }
        }
    }

  return TRUE;
}

/* The plan's unlinked transactions that the rule of link_transaction() now links to a
 * contract this import made (its client came from them): linked. Only new contracts, so
 * an import of nothing but duplicates still changes nothing. */
static void
relink (Merge *m)
{
  index_clients (m);
  for (guint i = 0; i < m->n_old_actuals; i++)
    {
      PaydayActual *a = &g_array_index (m->work->actuals, PaydayActual, i);
      const char *id;

      if (a->source != PAYDAY_ACTUAL_FROM_TRANSACTIONS || a->contract != NULL)
        continue;
      id = link_transaction (m, a->client_name, a->description);
      if (id != NULL && payday_plan_find_contract_index (m->work, id) >= (gint) m->n_old_contracts)
        {
          a->contract = g_strdup (id);
          m->relinked = TRUE;
        }
    }
}

static void
merge_clear (Merge *m)
{
  g_clear_pointer (&m->changed, g_free);
  g_clear_pointer (&m->plan_index, g_free);
  g_clear_pointer (&m->refs, g_hash_table_unref);
  g_clear_pointer (&m->weeks, g_hash_table_unref);
  g_clear_pointer (&m->by_client, g_hash_table_unref);
  g_clear_pointer (&m->titles, g_ptr_array_unref);
  g_clear_pointer (&m->descriptions, g_ptr_array_unref);
  g_clear_pointer (&m->work, payday_plan_unref);
}

/* Runs the whole mapping on a copy of @plan (m->work); @matches has one entry per file
 * contract. */
static gboolean
merge (Merge               *m,
       const PaydayImport  *import,
       const PaydayPlan    *plan,
       char * const        *matches,
       GError             **error)
{
  memset (m, 0, sizeof *m);
  m->import = import;
  m->work = payday_plan_copy (plan);
  m->n_old_contracts = plan->contracts->len;
  m->n_old_clients = plan->clients->len;
  m->changed = g_new0 (gboolean, MAX (plan->contracts->len, 1));
  m->plan_index = g_new (gint, MAX (import->contracts->len, 1));
  m->refs = g_hash_table_new (g_str_hash, g_str_equal);
  m->weeks = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  m->counts.rows = import->n_rows;
  m->counts.not_understood = import->problems->len;
  m->n_old_actuals = plan->actuals->len;

  for (guint i = 0; i < m->work->actuals->len; i++)
    g_hash_table_add (m->refs, g_array_index (m->work->actuals, PaydayActual, i).ref);

  for (guint i = 0; i < import->contracts->len; i++)
    {
      const PaydayImportFileContract *file =
        &g_array_index (import->contracts, PaydayImportFileContract, i);
      gint index = matches[i] ? payday_plan_find_contract_index (plan, matches[i]) : -1;

      if (matches[i] != NULL && index < 0)
        {
          g_set_error (error, PAYDAY_ERROR, PAYDAY_ERROR_NOT_FOUND,
                       "%s: the plan has no contract “%s” for “%s”", import->name, matches[i],
                       file->title);
          return FALSE;
        }
      if (index >= 0 &&
          !payday_import_contract_fits (file, &g_array_index (plan->contracts, PaydayContract,
                                                              index)))
        {
          g_set_error (error, PAYDAY_ERROR, PAYDAY_ERROR_INVALID,
                       "%s: “%s” has hourly weeks; the fixed-price contract “%s” cannot take "
                       "them", import->name, file->title, matches[i]);
          return FALSE;
        }
      m->plan_index[i] = index;
    }

  if (import->format == PAYDAY_IMPORT_TRANSACTIONS)
    index_clients (m);

  for (guint i = 0; i < import->records->len; i++)
    if (!merge_record (m, &g_array_index (import->records, PaydayImportRecord, i), error))
      return FALSE;

  if (!finish_weeks (m, error))
    return FALSE;
  if (m->counts.contracts_created > 0)
    relink (m);
  return TRUE;
}

/* One match per file contract, as a GPtrArray of char * (NULL = create): matches may be
 * NULL anywhere, so no NULL-terminated vector can hold them. */
static GPtrArray *
matches_new (const PaydayImport        *import,
             const PaydayImportPreview *preview,
             const PaydayPlan          *plan)
{
  GPtrArray *matches = g_ptr_array_new_full (import->contracts->len, g_free);

  for (guint i = 0; i < import->contracts->len; i++)
    {
      const char *match;

      if (preview != NULL)
        match = g_array_index (preview->contracts, PaydayImportContract, i).match;
      else
        match = default_match (&g_array_index (import->contracts, PaydayImportFileContract, i),
                               plan);
      g_ptr_array_add (matches, g_strdup (match));
    }

  return matches;
}

/* Moves the merged result from m->work into @plan. */
static void
commit (Merge      *m,
        PaydayPlan *plan)
{
  PaydayPlan *work = m->work;
  PaydayWithdrawals w;
  GArray *tmp;

#define SWAP(field) (tmp = plan->field, plan->field = work->field, work->field = tmp)
  SWAP (clients);
  SWAP (contracts);
  SWAP (actuals);
#undef SWAP
  w = plan->withdrawals;
  plan->withdrawals = work->withdrawals;
  work->withdrawals = w;
}

/* The merged result as the operations of a command: new clients and contracts added,
 * matched contracts replaced, the withdrawals and the actuals set as whole parts. */
static PaydayCommand *
to_command (Merge *m)
{
  PaydayPlan *work = m->work;
  PaydayCommand *command = payday_command_new (_("Import"));

  for (guint i = m->n_old_clients; i < work->clients->len; i++)
    payday_command_add_client (command, &g_array_index (work->clients, PaydayClient, i));
  for (guint i = 0; i < m->n_old_contracts; i++)
    if (m->changed[i])
      {
        const PaydayContract *c = &g_array_index (work->contracts, PaydayContract, i);

        payday_command_replace_contract (command, c->id, c);
      }
  for (guint i = m->n_old_contracts; i < work->contracts->len; i++)
    payday_command_add_contract (command, &g_array_index (work->contracts, PaydayContract, i),
                                 NULL);
  if (m->withdrawals_changed)
    payday_command_set_part (command, PAYDAY_PLAN_PART_WITHDRAWALS, &work->withdrawals);
  if (m->counts.actuals > 0 || m->relinked)
    payday_command_set_part (command, PAYDAY_PLAN_PART_ACTUALS, work->actuals);

  return command;
}

/**
 * payday_import_apply:
 * @import: a read file
 * @preview: (nullable): a preview of @import against @plan, whose contract matches are
 *   used; %NULL for the default matches (Upwork id, then title, else a new contract)
 * @plan: the plan to change
 * @counts: (out caller-allocates) (optional): what the import did
 * @error: return location for a #GError
 *
 * Merges @import into @plan as docs/import.md says: a weekly summary makes contracts,
 * weeks (with the billed cents), milestones and bonuses, and every row becomes an actual;
 * a transaction history adds actuals only (and withdrawals to the withdrawal history). A
 * row whose ref the plan already has is skipped and changes nothing. All or nothing: on
 * failure @plan is left exactly as it was. The window goes through
 * payday_import_to_command() instead, so the import is one undoable step.
 *
 * Returns: %TRUE on success; %FALSE with @error set when a match names a contract the plan
 *   no longer has or one that cannot take the rows, or a week would exceed the plan's
 *   bounds
 */
gboolean
payday_import_apply (const PaydayImport         *import,
                     const PaydayImportPreview  *preview,
                     PaydayPlan                 *plan,
                     PaydayImportCounts         *counts,
                     GError                    **error)
{
  g_autoptr(GPtrArray) matches = NULL;
  Merge m;
  gboolean ok;

  g_return_val_if_fail (import != NULL && plan != NULL, FALSE);
  g_return_val_if_fail (preview == NULL || preview->import == import, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  matches = matches_new (import, preview, plan);
  ok = merge (&m, import, plan, (char * const *) matches->pdata, error);
  if (ok)
    {
      commit (&m, plan);
      if (counts)
        *counts = m.counts;
    }
  merge_clear (&m);

  return ok;
}

/**
 * payday_import_to_command:
 * @import: a read file
 * @preview: (nullable): as for payday_import_apply()
 * @plan: the plan the command is for (not changed)
 * @counts: (out caller-allocates) (optional): what running the command will do
 * @error: return location for a #GError
 *
 * The import as one command (labelled “Import”): the clients and contracts it makes are
 * added, the contracts it matched replaced, the withdrawals and the actuals set as whole
 * parts. Run by the document (payday_document_run()), it is one step of the undo history.
 *
 * Returns: (transfer full) (nullable): the command, or %NULL with @error set as
 *   payday_import_apply() would fail
 */
PaydayCommand *
payday_import_to_command (const PaydayImport         *import,
                          const PaydayImportPreview  *preview,
                          const PaydayPlan           *plan,
                          PaydayImportCounts         *counts,
                          GError                    **error)
{
  g_autoptr(GPtrArray) matches = NULL;
  PaydayCommand *command = NULL;
  Merge m;

  g_return_val_if_fail (import != NULL && plan != NULL, NULL);
  g_return_val_if_fail (preview == NULL || preview->import == import, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  matches = matches_new (import, preview, plan);
  if (merge (&m, import, plan, (char * const *) matches->pdata, error))
    {
      command = to_command (&m);
      if (counts)
        *counts = m.counts;
    }
  merge_clear (&m);

  return command;
}

static void
import_contract_clear (PaydayImportContract *contract)
{
  g_clear_pointer (&contract->upwork_id, g_free);
  g_clear_pointer (&contract->title, g_free);
  g_clear_pointer (&contract->match, g_free);
}

/* The counts of applying with the current matches, from a merge that is then dropped; or
 * why it would fail. */
static void
preview_count (PaydayImportPreview *preview)
{
  g_autoptr(GPtrArray) matches = matches_new (preview->import, preview, preview->plan);
  Merge m;

  memset (&preview->counts, 0, sizeof preview->counts);
  g_clear_error (&preview->error);
  if (merge (&m, preview->import, preview->plan, (char * const *) matches->pdata,
             &preview->error))
    preview->counts = m.counts;
  else
    preview->counts.rows = preview->import->n_rows;
  merge_clear (&m);
}

/**
 * payday_import_preview_new:
 * @import: a read file; it must outlive the preview
 * @plan: the plan it would go into (a reference is kept; the plan is not changed)
 *
 * What applying @import to @plan would do, before anything changes: the contracts the
 * file names with the plan contract each would go to (changeable with
 * payday_import_preview_set_match()), and the counts of the summary line (contracts to
 * create, weeks, milestones, bonuses, actuals, duplicates, rows not understood).
 *
 * Returns: (transfer full): the preview
 */
PaydayImportPreview *
payday_import_preview_new (const PaydayImport *import,
                           const PaydayPlan   *plan)
{
  PaydayImportPreview *preview;

  g_return_val_if_fail (import != NULL && plan != NULL, NULL);

  preview = g_new0 (PaydayImportPreview, 1);
  preview->import = import;
  preview->plan = payday_plan_ref ((PaydayPlan *) plan);
  preview->contracts = g_array_new (FALSE, TRUE, sizeof (PaydayImportContract));
  g_array_set_clear_func (preview->contracts, (GDestroyNotify) import_contract_clear);

  for (guint i = 0; i < import->contracts->len; i++)
    {
      const PaydayImportFileContract *file =
        &g_array_index (import->contracts, PaydayImportFileContract, i);
      PaydayImportContract c = {
        g_strdup (file->upwork_id), g_strdup (file->title), file->n_rows, file->amount_cents,
        g_strdup (default_match (file, plan))
      };

      g_array_append_val (preview->contracts, c);
    }

  preview_count (preview);
  return preview;
}

void
payday_import_preview_free (PaydayImportPreview *preview)
{
  if (preview == NULL)
    return;

  g_array_unref (preview->contracts);
  payday_plan_unref (preview->plan);
  g_clear_error (&preview->error);
  g_free (preview);
}

/**
 * payday_import_preview_get_n_contracts:
 *
 * Returns: how many contracts the file names (0 for a transaction history, which creates
 *   none)
 */
guint
payday_import_preview_get_n_contracts (const PaydayImportPreview *preview)
{
  g_return_val_if_fail (preview != NULL, 0);

  return preview->contracts->len;
}

/**
 * payday_import_preview_get_contract:
 * @index: from 0 to payday_import_preview_get_n_contracts() − 1
 *
 * Returns: (transfer none): the file's contract and its current match
 */
const PaydayImportContract *
payday_import_preview_get_contract (const PaydayImportPreview *preview,
                                    guint                      index)
{
  g_return_val_if_fail (preview != NULL, NULL);
  g_return_val_if_fail (index < preview->contracts->len, NULL);

  return &g_array_index (preview->contracts, PaydayImportContract, index);
}

/**
 * payday_import_preview_set_match:
 * @index: the file contract
 * @contract_id: (nullable): the plan contract its rows go to; %NULL to create a new one
 * @error: return location for a #GError
 *
 * Changes one match and counts again.
 *
 * Returns: %FALSE with @error set (and nothing changed) when the plan has no such
 *   contract, or it is fixed-price and the file has hourly weeks for it
 */
gboolean
payday_import_preview_set_match (PaydayImportPreview  *preview,
                                 guint                 index,
                                 const char           *contract_id,
                                 GError              **error)
{
  PaydayImportContract *c;
  const PaydayContract *target = NULL;

  g_return_val_if_fail (preview != NULL, FALSE);
  g_return_val_if_fail (index < preview->contracts->len, FALSE);

  c = &g_array_index (preview->contracts, PaydayImportContract, index);
  if (contract_id != NULL)
    {
      target = payday_plan_find_contract (preview->plan, contract_id);
      if (target == NULL)
        {
          g_set_error (error, PAYDAY_ERROR, PAYDAY_ERROR_NOT_FOUND,
                       "the plan has no contract “%s”", contract_id);
          return FALSE;
        }
      if (!payday_import_contract_fits (&g_array_index (preview->import->contracts,
                                                        PaydayImportFileContract, index),
                                        target))
        {
          g_set_error (error, PAYDAY_ERROR, PAYDAY_ERROR_INVALID,
                       "“%s” has hourly weeks; the fixed-price contract “%s” cannot take them",
                       c->title, contract_id);
          return FALSE;
        }
    }

  g_free (c->match);
  c->match = g_strdup (contract_id);
  preview_count (preview);
  return TRUE;
}

/**
 * payday_import_preview_get_counts:
 *
 * Returns: (transfer none): what applying with the current matches will do
 */
const PaydayImportCounts *
payday_import_preview_get_counts (const PaydayImportPreview *preview)
{
  g_return_val_if_fail (preview != NULL, NULL);

  return &preview->counts;
}

/**
 * payday_import_preview_get_error:
 *
 * Returns: (transfer none) (nullable): why applying with the current matches would fail
 *   (the counts are then empty but for the rows), or %NULL when it would work
 */
const GError *
payday_import_preview_get_error (const PaydayImportPreview *preview)
{
  g_return_val_if_fail (preview != NULL, NULL);

  return preview->error;
}

/**
 * payday_import_counts_format:
 *
 * The counts as the command line prints them after the file's name:
 * `R rows: C contracts created, W weeks, M milestones, B bonuses, A actuals; D duplicates
 * skipped; U not understood`.
 *
 * Returns: (transfer full): the text
 */
char *
payday_import_counts_format (const PaydayImportCounts *counts)
{
  g_return_val_if_fail (counts != NULL, NULL);

  return g_strdup_printf ("%u rows: %u contracts created, %u weeks, %u milestones, "
                          "%u bonuses, %u actuals; %u duplicates skipped; %u not understood",
                          counts->rows, counts->contracts_created, counts->weeks,
                          counts->milestones, counts->bonuses, counts->actuals,
                          counts->duplicates, counts->not_understood);
}
