/* payday-contract-row.c — one contract as the Contracts list shows it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "payday-contract-row.h"
#include "payday-ui-util.h"

/* Text for the cells and a number to sort each column by. Rows are derived from the
 * document on every change and never edited: the page edits the document. */
struct _PaydayContractRow
{
  GObject      parent_instance;

  char        *id;
  char        *title;
  char        *client;
  char        *kind;
  char        *amount;
  gint64       amount_sort;
  char        *hours;
  gint64       hours_sort;
  char        *next_date;
  gint64       next_date_sort;
  char        *next_net;
  gint64       next_net_sort;
  char        *status;
  char        *search;
  char        *upwork_id;

  /* What the formatted cells were made from: a row is formatted again only when these
   * change, so an edit of one contract costs little for the other 1,999. */
  gboolean     filled;
  int          type;
  PaydayDate   today;
};

G_DEFINE_FINAL_TYPE (PaydayContractRow, payday_contract_row, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_CLIENT,
  PROP_KIND,
  PROP_AMOUNT,
  PROP_AMOUNT_SORT,
  PROP_HOURS,
  PROP_HOURS_SORT,
  PROP_NEXT_DATE,
  PROP_NEXT_DATE_SORT,
  PROP_NEXT_NET,
  PROP_NEXT_NET_SORT,
  PROP_STATUS,
  PROP_SEARCH,
  PROP_UPWORK_ID,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* Cells changed during the running payday_contract_rows_update() (main thread only). */
static guint n_changed;

static char **
string_slot (PaydayContractRow *self,
             guint              prop_id)
{
  switch (prop_id)
    {
    case PROP_ID: return &self->id;
    case PROP_TITLE: return &self->title;
    case PROP_CLIENT: return &self->client;
    case PROP_KIND: return &self->kind;
    case PROP_AMOUNT: return &self->amount;
    case PROP_HOURS: return &self->hours;
    case PROP_NEXT_DATE: return &self->next_date;
    case PROP_NEXT_NET: return &self->next_net;
    case PROP_STATUS: return &self->status;
    case PROP_SEARCH: return &self->search;
    case PROP_UPWORK_ID: return &self->upwork_id;
    default: return NULL;
    }
}

static gint64 *
int_slot (PaydayContractRow *self,
          guint              prop_id)
{
  switch (prop_id)
    {
    case PROP_AMOUNT_SORT: return &self->amount_sort;
    case PROP_HOURS_SORT: return &self->hours_sort;
    case PROP_NEXT_DATE_SORT: return &self->next_date_sort;
    case PROP_NEXT_NET_SORT: return &self->next_net_sort;
    default: return NULL;
    }
}

/* Takes @value; notifies only when it differs, so bound cells redraw only what changed. */
static void
set_string (PaydayContractRow *self,
            guint              prop_id,
            char              *value)
{
  char **slot = string_slot (self, prop_id);

  if (g_strcmp0 (*slot, value) == 0)
    {
      g_free (value);
      return;
    }
  g_free (*slot);
  *slot = value;
  n_changed++;
  g_object_notify_by_pspec (G_OBJECT (self), properties [prop_id]);
}

static void
set_int (PaydayContractRow *self,
         guint              prop_id,
         gint64             value)
{
  gint64 *slot = int_slot (self, prop_id);

  if (*slot != value)
    {
      *slot = value;
      n_changed++;
      g_object_notify_by_pspec (G_OBJECT (self), properties [prop_id]);
    }
}

static void
payday_contract_row_finalize (GObject *object)
{
  PaydayContractRow *self = (PaydayContractRow *)object;

  for (guint i = PROP_ID; i < N_PROPS; i++)
    {
      char **slot = string_slot (self, i);

      if (slot != NULL)
        g_free (*slot);
    }

  G_OBJECT_CLASS (payday_contract_row_parent_class)->finalize (object);
}

static void
payday_contract_row_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  PaydayContractRow *self = PAYDAY_CONTRACT_ROW (object);
  char **s = string_slot (self, prop_id);
  gint64 *n = int_slot (self, prop_id);

  if (s != NULL)
    g_value_set_string (value, *s);
  else if (n != NULL)
    g_value_set_int64 (value, *n);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
payday_contract_row_class_init (PaydayContractRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  static const char *names[N_PROPS] = {
    NULL, "id", "title", "client", "kind", "amount", "amount-sort", "hours", "hours-sort",
    "next-date", "next-date-sort", "next-net", "next-net-sort", "status", "search",
    "upwork-id",
  };

  object_class->finalize = payday_contract_row_finalize;
  object_class->get_property = payday_contract_row_get_property;

  for (guint i = PROP_ID; i < N_PROPS; i++)
    {
      if (g_str_has_suffix (names[i], "-sort"))
        properties [i] = g_param_spec_int64 (names[i], NULL, NULL, G_MININT64, G_MAXINT64, 0,
                                             (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY |
                                              G_PARAM_STATIC_STRINGS));
      else
        properties [i] = g_param_spec_string (names[i], NULL, NULL, NULL,
                                              (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY |
                                               G_PARAM_STATIC_STRINGS));
    }

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
payday_contract_row_init (PaydayContractRow *self)
{
}

const char *
payday_contract_row_get_id (PaydayContractRow *self)
{
  g_return_val_if_fail (PAYDAY_IS_CONTRACT_ROW (self), NULL);

  return self->id;
}

static char *
format_hours (gint64 hundredths)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT ".%02d h", hundredths / 100, (int) (hundredths % 100));
}

static void
fill_row (PaydayContractRow         *self,
          GHashTable                *clients,
          const PaydayContract      *c,
          const PaydayContractFacts *facts,
          PaydayDate                 today)
{
  const PaydayClient *client = g_hash_table_lookup (clients, c->client);
  const char *client_name = client && client->name ? client->name : c->client;
  gboolean same_frame = self->filled && self->type == (int) c->type && self->today == today;
  gboolean renamed;
  gint64 hours = facts->week_hours;
  gint64 amount = facts->amount_cents;
  gint64 next_date = payday_date_is_set (facts->next_date) ? facts->next_date : G_MAXINT64;
  const char *status;

  renamed = g_strcmp0 (self->title, c->title ? c->title : "") != 0 ||
            g_strcmp0 (self->client, client_name) != 0 || g_strcmp0 (self->id, c->id) != 0 ||
            g_strcmp0 (self->upwork_id, c->upwork_id) != 0;
  if (renamed)
    {
      set_string (self, PROP_ID, g_strdup (c->id));
      set_string (self, PROP_TITLE, g_strdup (c->title ? c->title : ""));
      set_string (self, PROP_CLIENT, g_strdup (client_name));
      set_string (self, PROP_UPWORK_ID, g_strdup (c->upwork_id));
    }

  if (!same_frame)
    set_string (self, PROP_KIND, g_strdup (c->type == PAYDAY_CONTRACT_HOURLY ? _("Hourly") : _("Fixed")));

  if (!same_frame || amount != self->amount_sort)
    {
      g_autofree char *money = payday_ui_format_money (amount);

      set_string (self, PROP_AMOUNT, c->type == PAYDAY_CONTRACT_HOURLY
                                     ? g_strdup_printf (_("%s/h"), money)
                                     : g_steal_pointer (&money));
      set_int (self, PROP_AMOUNT_SORT, amount);
    }

  if (!same_frame || hours != self->hours_sort)
    {
      set_string (self, PROP_HOURS, c->type == PAYDAY_CONTRACT_HOURLY ? format_hours (hours)
                                                                      : g_strdup ("—"));
      set_int (self, PROP_HOURS_SORT, hours);
    }

  if (!same_frame || next_date != self->next_date_sort || facts->next_net != self->next_net_sort)
    {
      if (payday_date_is_set (facts->next_date))
        {
          set_string (self, PROP_NEXT_DATE, payday_ui_format_date (facts->next_date, today));
          set_string (self, PROP_NEXT_NET, payday_ui_format_money (facts->next_net));
        }
      else
        {
          set_string (self, PROP_NEXT_DATE, g_strdup ("—"));
          set_string (self, PROP_NEXT_NET, g_strdup (""));
        }
      set_int (self, PROP_NEXT_DATE_SORT, next_date);
      set_int (self, PROP_NEXT_NET_SORT, facts->next_net);
    }

  /* The contract's own state; money states are the Overview's. */
  switch (facts->state)
    {
    case PAYDAY_CONTRACT_ENDED: status = _("Ended"); break;
    case PAYDAY_CONTRACT_STARTS_LATER: status = _("Starts later"); break;
    case PAYDAY_CONTRACT_ACTIVE:
    default: status = _("Active"); break;
    }
  if (g_strcmp0 (self->status, status) != 0)
    set_string (self, PROP_STATUS, g_strdup (status));

  if (renamed)
    set_string (self, PROP_SEARCH, g_strdup_printf ("%s %s %s %s", self->title, self->client, c->id,
                                                    c->upwork_id != NULL ? c->upwork_id : ""));

  self->filled = TRUE;
  self->type = c->type;
  self->today = today;
}

struct _PaydayContractRowsJob
{
  GListStore     *store;
  PaydayDocument *document;
  GHashTable     *clients;
  PaydayDate      today;
  guint           n;          /* contracts in the plan */
  guint           pos;        /* the next contract to show */
  guint           kept;       /* store rows [0, kept) are final */
  gboolean        fresh;      /* past the rows that could be reused */
  gboolean        changed;
};

/**
 * payday_contract_rows_job_new:
 * @store: a store of #PaydayContractRow
 *
 * Starts making @store show the document's contracts in plan order, in steps
 * (payday_contract_rows_job_step()). Rows are reused where the contract at the same
 * position has the same id (the common case of an edit), so only the changed cells update
 * and the selection stays. The document's plan must not change while the job runs: free
 * the job and start another on its "changed".
 */
PaydayContractRowsJob *
payday_contract_rows_job_new (GListStore     *store,
                              PaydayDocument *document)
{
  PaydayContractRowsJob *job = g_new0 (PaydayContractRowsJob, 1);
  PaydayPlan *plan = payday_document_get_plan (document);

  job->store = g_object_ref (store);
  job->document = g_object_ref (document);
  job->clients = g_hash_table_new (g_str_hash, g_str_equal);
  job->today = payday_document_get_today (document);
  job->n = plan != NULL ? plan->contracts->len : 0;

  for (guint i = 0; plan != NULL && i < plan->clients->len; i++)
    {
      const PaydayClient *cl = &g_array_index (plan->clients, PaydayClient, i);

      g_hash_table_insert (job->clients, cl->id, (gpointer) cl);
    }

  return job;
}

/**
 * payday_contract_rows_job_step:
 * @max_rows: how many contracts to show in this step at most (G_MAXUINT: all)
 *
 * Returns: %TRUE when the store shows every contract: the job is done
 */
gboolean
payday_contract_rows_job_step (PaydayContractRowsJob *job,
                               guint                  max_rows)
{
  PaydayPlan *plan = payday_document_get_plan (job->document);
  /* Computed with the schedule; the plan does not change while the job runs. */
  GArray *facts = payday_document_get_contract_facts (job->document);
  g_autoptr(GPtrArray) fresh = NULL;
  guint n_old;

  n_changed = 0;

  while (!job->fresh && job->pos < job->n && max_rows > 0)
    {
      const PaydayContract *c = &g_array_index (plan->contracts, PaydayContract, job->pos);
      g_autoptr(PaydayContractRow) row = NULL;

      if (job->pos >= g_list_model_get_n_items (G_LIST_MODEL (job->store)))
        break;
      row = g_list_model_get_item (G_LIST_MODEL (job->store), job->pos);
      if (g_strcmp0 (row->id, c->id) != 0)
        break;
      fill_row (row, job->clients, c, &g_array_index (facts, PaydayContractFacts, job->pos), job->today);
      job->pos++;
      job->kept++;
      max_rows--;
    }
  job->changed |= n_changed > 0;
  if (!job->fresh && (job->pos == job->n || max_rows > 0))
    job->fresh = TRUE;

  if (!job->fresh)
    return FALSE;

  fresh = g_ptr_array_new_with_free_func (g_object_unref);
  for (; job->pos < job->n && max_rows > 0; job->pos++, max_rows--)
    {
      PaydayContractRow *row = g_object_new (PAYDAY_TYPE_CONTRACT_ROW, NULL);

      fill_row (row, job->clients, &g_array_index (plan->contracts, PaydayContract, job->pos),
                &g_array_index (facts, PaydayContractFacts, job->pos), job->today);
      g_ptr_array_add (fresh, row);
    }

  /* The rows past the reused ones go in the first fresh step; later steps append. */
  n_old = g_list_model_get_n_items (G_LIST_MODEL (job->store));
  if (n_old > job->kept || fresh->len > 0)
    {
      g_list_store_splice (job->store, job->kept, n_old - job->kept, fresh->pdata, fresh->len);
      job->kept += fresh->len;
      job->changed = TRUE;
    }

  return job->pos == job->n;
}

/* Returns: whether any row or cell changed so far (the sort and filter need a new look) */
gboolean
payday_contract_rows_job_get_changed (PaydayContractRowsJob *job)
{
  return job->changed;
}

void
payday_contract_rows_job_free (PaydayContractRowsJob *job)
{
  g_clear_object (&job->store);
  g_clear_object (&job->document);
  g_clear_pointer (&job->clients, g_hash_table_unref);
  g_free (job);
}

/**
 * payday_contract_rows_update:
 * @store: a store of #PaydayContractRow
 *
 * Makes @store show the document's contracts in plan order in one go (see
 * payday_contract_rows_job_new()).
 *
 * Returns: whether any row or cell changed (the sort and filter need a new look then)
 */
gboolean
payday_contract_rows_update (GListStore     *store,
                             PaydayDocument *document)
{
  g_autoptr(PaydayContractRowsJob) job = payday_contract_rows_job_new (store, document);

  payday_contract_rows_job_step (job, G_MAXUINT);

  return payday_contract_rows_job_get_changed (job);
}
