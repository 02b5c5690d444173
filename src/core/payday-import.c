/* payday-import.c — read an Upwork CSV export: detect its layout, normalise its rows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "payday-error.h"
#include "payday-import-private.h"
#include "payday-money.h"
#include "payday-plan-read-private.h"

/* Reading never touches a plan: it turns the file into records (and per-row problems);
 * payday-import-apply.c merges them. The layouts and their aliases are in docs/import.md. */

typedef enum
{
  COL_DATE,
  COL_TYPE,
  COL_AMOUNT,
  COL_TRANSACTION_ID,
  COL_REF_ID,
  COL_DESCRIPTION,
  COL_SUMMARY,
  COL_SUMMARY_DETAILS,
  COL_DESCRIPTION_1,
  COL_DESCRIPTION_2,
  COL_DESCRIPTION_3,
  COL_ENTERED_DESCRIPTION,
  COL_TEAM,
  COL_CLIENT_TEAM,
  COL_ACCOUNT_NAME,
  COL_AGENCY,
  COL_BALANCE,
  COL_CURRENCY,
  COL_LOCAL_AMOUNT,
  COL_PAYMENT_METHOD,
  COL_CONTRACT,
  COL_HOURS,
  COL_PAYMENT_TYPE,
  N_COLS
} Column;

/* Header names, compared case-insensitively after trimming. */
static const struct { Column column; const char *name; } aliases[] = {
  { COL_DATE, "Date" },
  { COL_TYPE, "Type" },
  { COL_TYPE, "Transaction Type" },
  { COL_AMOUNT, "Amount" },
  { COL_AMOUNT, "Amount $" },
  { COL_TRANSACTION_ID, "Transaction ID" },
  { COL_REF_ID, "Ref ID" },
  { COL_DESCRIPTION, "Description" },
  { COL_SUMMARY, "Transaction Summary" },
  { COL_SUMMARY_DETAILS, "Transaction Summary Details" },
  { COL_DESCRIPTION_1, "Description 1" },
  { COL_DESCRIPTION_2, "Description 2" },
  { COL_DESCRIPTION_3, "Description 3" },
  { COL_ENTERED_DESCRIPTION, "Entered Description" },
  { COL_TEAM, "Team" },
  { COL_CLIENT_TEAM, "Client team" },
  { COL_ACCOUNT_NAME, "Account Name" },
  { COL_AGENCY, "Agency" },
  { COL_AGENCY, "Agency team" },
  { COL_BALANCE, "Balance" },
  { COL_BALANCE, "Current Balance $" },
  { COL_CURRENCY, "Currency" },
  { COL_LOCAL_AMOUNT, "Amount in local currency" },
  { COL_PAYMENT_METHOD, "Payment Method" },
  { COL_CONTRACT, "Contract" },
  { COL_HOURS, "Hours" },
  { COL_PAYMENT_TYPE, "Payment type" },
};

static const Column transactions_required[] = { COL_DATE, COL_TYPE, COL_AMOUNT };
static const Column weekly_required[] = {
  COL_DATE, COL_CONTRACT, COL_HOURS, COL_AMOUNT, COL_PAYMENT_TYPE
};

/* The description columns, in the order their texts are joined. */
static const Column description_columns[] = {
  COL_DESCRIPTION, COL_SUMMARY, COL_SUMMARY_DETAILS, COL_DESCRIPTION_1, COL_DESCRIPTION_2,
  COL_DESCRIPTION_3, COL_ENTERED_DESCRIPTION
};

/* Transaction types, case-insensitive; anything else is `other`. */
static const struct { const char *type; PaydayActualKind kind; } transaction_types[] = {
  { "hourly", PAYDAY_ACTUAL_HOURLY },
  { "fixed price", PAYDAY_ACTUAL_FIXED },
  { "fixed-price", PAYDAY_ACTUAL_FIXED },
  { "milestone", PAYDAY_ACTUAL_FIXED },
  { "bonus", PAYDAY_ACTUAL_BONUS },
  { "refund", PAYDAY_ACTUAL_REFUND },
  { "service fee", PAYDAY_ACTUAL_FEE },
  { "withdrawal", PAYDAY_ACTUAL_WITHDRAWAL },
  { "withdrawal fee", PAYDAY_ACTUAL_WITHDRAWAL_FEE },
  { "payment method fee", PAYDAY_ACTUAL_WITHDRAWAL_FEE },
  { "membership fee", PAYDAY_ACTUAL_MEMBERSHIP },
  { "subscription", PAYDAY_ACTUAL_MEMBERSHIP },
  { "connects", PAYDAY_ACTUAL_CONNECTS },
  { "gst", PAYDAY_ACTUAL_TAX },
  { "vat", PAYDAY_ACTUAL_TAX },
  { "miscellaneous", PAYDAY_ACTUAL_ADJUSTMENT },
  { "adjustment", PAYDAY_ACTUAL_ADJUSTMENT },
};

/* Dates outside these years are a damaged row, not history (Upwork's predecessors opened
 * in the 2000s). */
#define FIRST_YEAR 2000
#define LAST_YEAR  2099

/* One calendar day of work: a weekly-summary row over 24 hours is damaged. */
#define DAY_HOURS_E5 (G_GINT64_CONSTANT (24) * 100000)

typedef struct
{
  PaydayImport *import;
  gboolean      have_header;
  guint         header_fields;
  int           columns[N_COLS];       /* field index, -1 = absent */
  GHashTable   *ref_counts;            /* ref prefix → count, for generated refs */
  GHashTable   *contract_index;        /* "id\ttitle" → index + 1 */
} Reading;

static void
problem_clear (PaydayImportProblem *problem)
{
  g_clear_pointer (&problem->message, g_free);
}

static void
record_clear (PaydayImportRecord *record)
{
  g_clear_pointer (&record->ref, g_free);
  g_clear_pointer (&record->client_name, g_free);
  g_clear_pointer (&record->description, g_free);
}

static void
file_contract_clear (PaydayImportFileContract *contract)
{
  g_clear_pointer (&contract->upwork_id, g_free);
  g_clear_pointer (&contract->title, g_free);
}

static PaydayImport *
import_new (const char *name)
{
  PaydayImport *import = g_new0 (PaydayImport, 1);

  import->name = g_strdup (name);
  import->problems = g_array_new (FALSE, TRUE, sizeof (PaydayImportProblem));
  g_array_set_clear_func (import->problems, (GDestroyNotify) problem_clear);
  import->records = g_array_new (FALSE, TRUE, sizeof (PaydayImportRecord));
  g_array_set_clear_func (import->records, (GDestroyNotify) record_clear);
  import->contracts = g_array_new (FALSE, TRUE, sizeof (PaydayImportFileContract));
  g_array_set_clear_func (import->contracts, (GDestroyNotify) file_contract_clear);

  return import;
}

/**
 * payday_import_free:
 * @import: (nullable): an import
 */
void
payday_import_free (PaydayImport *import)
{
  if (import == NULL)
    return;

  g_free (import->name);
  g_array_unref (import->problems);
  g_array_unref (import->records);
  g_array_unref (import->contracts);
  g_free (import);
}

static void add_problem (PaydayImport *import,
                         guint         row,
                         const char   *format,
                         ...) G_GNUC_PRINTF (3, 4);

static void
add_problem (PaydayImport *import,
             guint         row,
             const char   *format,
             ...)
{
  PaydayImportProblem problem;
  va_list args;

  va_start (args, format);
  problem.row = row;
  problem.message = g_strdup_vprintf (format, args);
  va_end (args);
  g_array_append_val (import->problems, problem);
}

/* Parsers of one field. Each returns NULL when it understood the text, else what is wrong. */

static const char *
parse_date (const char *text,
            PaydayDate *out)
{
  static const char * const months[] = {
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"
  };
  int year = 0, month = 0, day = 0;

  if (*text == '\0')
    return "no date";

  if (payday_date_parse (text, out))
    {
      payday_date_get_ymd (*out, &year, &month, &day);
    }
  else
    {
      /* "Jan 01, 2023" (and "January 1, 2023") */
      const char *p = text;
      int digits = 0;

      for (guint m = 0; m < G_N_ELEMENTS (months); m++)
        if (g_ascii_strncasecmp (p, months[m], 3) == 0)
          month = (int) m + 1;
      if (month == 0)
        return "not a date (expected \"Jan 01, 2023\" or \"2023-01-01\")";
      while (g_ascii_isalpha (*p))
        p++;
      while (*p == ' ')
        p++;
      for (; g_ascii_isdigit (*p) && digits < 2; p++, digits++)
        day = day * 10 + (*p - '0');
      if (digits == 0 || *p++ != ',')
        return "not a date (expected \"Jan 01, 2023\" or \"2023-01-01\")";
      while (*p == ' ')
        p++;
      for (digits = 0; g_ascii_isdigit (*p) && digits < 4; p++, digits++)
        year = year * 10 + (*p - '0');
      if (digits != 4 || *p != '\0')
        return "not a date (expected \"Jan 01, 2023\" or \"2023-01-01\")";
      if (!payday_date_valid_ymd (year, month, day))
        return "not a day of the calendar";
      *out = payday_date_from_ymd (year, month, day);
    }

  if (year < FIRST_YEAR || year > LAST_YEAR)
    return "a date outside the years 2000 to 2099";

  return NULL;
}

/* "$1,234.56", "-12.00", "(12.00)", "$ 12" → cents. */
static const char *
parse_amount (const char  *text,
              PaydayCents *out)
{
  g_autoptr(GString) s = g_string_new (NULL);
  gboolean negative = FALSE;
  gint64 whole = 0, cents = 0;
  int decimals = -1;
  const char *p;

  for (p = text; *p; p++)
    if (*p != '$' && *p != ',' && !g_ascii_isspace (*p))
      g_string_append_c (s, *p);

  if (s->len == 0)
    return "no amount";

  p = s->str;
  if (p[0] == '(' && s->len > 2 && p[s->len - 1] == ')')
    {
      negative = TRUE;
      p++;
      s->str[s->len - 1] = '\0';
    }
  if (*p == '-' || *p == '+')
    negative ^= *p++ == '-';

  if (!g_ascii_isdigit (*p) && !(*p == '.' && g_ascii_isdigit (p[1])))
    return "not an amount";

  for (; *p; p++)
    {
      if (*p == '.' && decimals < 0)
        decimals = 0;
      else if (!g_ascii_isdigit (*p))
        return "not an amount";
      else if (decimals < 0)
        {
          if (whole > PAYDAY_CENTS_MAX / 100)
            return "an absurd amount (more than $100,000,000,000)";
          whole = whole * 10 + (*p - '0');
        }
      else if (++decimals > 2)
        return "an amount with more than 2 decimals";
      else
        cents = cents * 10 + (*p - '0');
    }
  if (decimals == 1)
    cents *= 10;

  cents += whole * 100;
  if (cents > PAYDAY_CENTS_MAX)
    return "an absurd amount (more than $100,000,000,000)";

  *out = negative ? -cents : cents;
  return NULL;
}

/* Hours with up to 5 decimals → hours × 100,000. */
static const char *
parse_hours (const char *text,
             gint64     *out)
{
  gint64 whole = 0, frac = 0;
  int decimals = -1;

  if (*text == '\0')
    {
      *out = 0;
      return NULL;
    }

  for (const char *p = text; *p; p++)
    {
      if (*p == '.' && decimals < 0)
        decimals = 0;
      else if (!g_ascii_isdigit (*p))
        return "not a number of hours";
      else if (decimals < 0)
        {
          whole = whole * 10 + (*p - '0');
          if (whole > 24)
            return "more than 24 hours in one day";
        }
      else if (++decimals > 5)
        return "hours with more than 5 decimals";
      else
        frac = frac * 10 + (*p - '0');
    }
  for (int d = MAX (decimals, 0); d < 5; d++)
    frac *= 10;

  *out = whole * 100000 + frac;
  if (*out > DAY_HOURS_E5)
    return "more than 24 hours in one day";
  return NULL;
}

/* @wrong is what a parser said of @text in @column (NULL: nothing): reported on @row. */
static gboolean
field_ok (PaydayImport *import,
          guint         row,
          const char   *column,
          const char   *text,
          const char   *wrong)
{
  if (wrong == NULL)
    return TRUE;

  add_problem (import, row, "%s \"%s\": %s", column, text, wrong);
  return FALSE;
}

static gboolean
column_matches (const char *header,
                const char *name)
{
  g_autofree char *copy = g_strstrip (g_strdup (header));

  return g_ascii_strcasecmp (copy, name) == 0;
}

static char *
describe_column (Column column)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (aliases); i++)
    if (aliases[i].column == column)
      g_string_append_printf (s, "%s\"%s\"", s->len ? " or " : "", aliases[i].name);

  return g_string_free (s, FALSE);
}

static guint
count_missing (const Reading *r,
               const Column  *required,
               guint          n_required,
               GString       *names)
{
  guint missing = 0;

  for (guint i = 0; i < n_required; i++)
    if (r->columns[required[i]] < 0)
      {
        missing++;
        if (names)
          {
            g_autofree char *name = describe_column (required[i]);

            g_string_append_printf (names, "%s%s", names->len ? ", " : "", name);
          }
      }

  return missing;
}

static gboolean
read_header (Reading             *r,
             const PaydayCsvRow  *row,
             GError             **error)
{
  guint tx_missing, ws_missing;

  for (guint c = 0; c < N_COLS; c++)
    r->columns[c] = -1;

  for (guint f = 0; f < row->n_fields; f++)
    for (guint i = 0; i < G_N_ELEMENTS (aliases); i++)
      if (r->columns[aliases[i].column] < 0 && column_matches (row->fields[f], aliases[i].name))
        r->columns[aliases[i].column] = (int) f;

  r->have_header = TRUE;
  r->header_fields = row->n_fields;

  ws_missing = count_missing (r, weekly_required, G_N_ELEMENTS (weekly_required), NULL);
  tx_missing = count_missing (r, transactions_required, G_N_ELEMENTS (transactions_required),
                              NULL);
  if (ws_missing == 0)
    r->import->format = PAYDAY_IMPORT_WEEKLY_SUMMARY;
  else if (tx_missing == 0)
    r->import->format = PAYDAY_IMPORT_TRANSACTIONS;
  else
    {
      g_autoptr(GString) names = g_string_new (NULL);
      guint ws_n = G_N_ELEMENTS (weekly_required), tx_n = G_N_ELEMENTS (transactions_required);
      /* the layout whose required columns it comes closest to: the larger share present
       * (a tie goes to the transaction history, the more common export) */
      gboolean weekly = (ws_n - ws_missing) * tx_n > (tx_n - tx_missing) * ws_n;

      if (weekly)
        count_missing (r, weekly_required, G_N_ELEMENTS (weekly_required), names);
      else
        count_missing (r, transactions_required, G_N_ELEMENTS (transactions_required), names);
      g_set_error (error, PAYDAY_ERROR, PAYDAY_ERROR_INVALID,
                   "row 1: not an Upwork export Payday knows: a %s needs the column%s %s",
                   weekly ? "weekly summary" : "transaction history",
                   (weekly ? ws_missing : tx_missing) > 1 ? "s" : "", names->str);
      return FALSE;
    }

  return TRUE;
}

/* The field of @column, trimmed, or "" when the file has no such column. */
static char *
field (const Reading      *r,
       const PaydayCsvRow *row,
       Column              column)
{
  if (r->columns[column] < 0)
    return g_strdup ("");

  return g_strstrip (g_strdup (row->fields[r->columns[column]]));
}

static char *
non_empty (char *text)
{
  if (text != NULL && *text == '\0')
    g_clear_pointer (&text, g_free);
  return text;
}

/* `PREFIX:N`, N counting the rows of this file with the same prefix from 1. */
static char *
generated_ref (Reading *r,
               char    *prefix)
{
  guint n = GPOINTER_TO_UINT (g_hash_table_lookup (r->ref_counts, prefix)) + 1;
  char *ref = g_strdup_printf ("%s:%u", prefix, n);

  g_hash_table_replace (r->ref_counts, prefix, GUINT_TO_POINTER (n));
  return ref;
}

/* Title (id) → its parts: the id is the text inside the last parentheses. */
static void
split_contract (const char  *text,
                char       **title,
                char       **upwork_id)
{
  gsize len = strlen (text);
  const char *open = strrchr (text, '(');

  if (len > 0 && text[len - 1] == ')' && open != NULL && open + 1 < text + len - 1)
    {
      *upwork_id = g_strstrip (g_strndup (open + 1, text + len - 1 - (open + 1)));
      *title = g_strstrip (g_strndup (text, open - text));
      if (**title != '\0' && **upwork_id != '\0')
        return;
      g_clear_pointer (title, g_free);
      g_clear_pointer (upwork_id, g_free);
    }

  *title = g_strdup (text);
  *upwork_id = NULL;
}

static gboolean
too_long (const char *text)
{
  return text != NULL &&
         g_utf8_strlen (text, PAYDAY_PLAN_MAX_STRING + 1) > PAYDAY_PLAN_MAX_STRING;
}

static guint
file_contract_for (Reading    *r,
                   const char *title,
                   const char *upwork_id)
{
  g_autofree char *key = g_strdup_printf ("%s\t%s", upwork_id ? upwork_id : "", title);
  guint index = GPOINTER_TO_UINT (g_hash_table_lookup (r->contract_index, key));
  PaydayImportFileContract contract = { 0 };

  if (index > 0)
    return index - 1;

  contract.upwork_id = g_strdup (upwork_id);
  contract.title = g_strdup (title);
  contract.first_date = PAYDAY_DATE_NONE;
  g_array_append_val (r->import->contracts, contract);
  g_hash_table_insert (r->contract_index, g_steal_pointer (&key),
                       GUINT_TO_POINTER (r->import->contracts->len));
  return r->import->contracts->len - 1;
}

static void
read_weekly_row (Reading            *r,
                 const PaydayCsvRow *row)
{
  PaydayImport *import = r->import;
  g_autofree char *date_text = field (r, row, COL_DATE);
  g_autofree char *contract_text = field (r, row, COL_CONTRACT);
  g_autofree char *hours_text = field (r, row, COL_HOURS);
  g_autofree char *amount_text = field (r, row, COL_AMOUNT);
  g_autofree char *type = field (r, row, COL_PAYMENT_TYPE);
  g_autofree char *title = NULL;
  g_autofree char *upwork_id = NULL;
  PaydayImportRecord record = { 0 };
  PaydayImportFileContract *contract;
  char date[PAYDAY_DATE_BUF];

  record.row = row->row;
  record.understood = TRUE;

  if (!field_ok (import, row->row, "Date", date_text, parse_date (date_text, &record.date)))
    return;
  if (*contract_text == '\0')
    {
      add_problem (import, row->row, "no contract");
      return;
    }
  /* the ref made of them must fit a plan's strings too */
  if (strlen (contract_text) + strlen (type) > PAYDAY_PLAN_MAX_STRING - 32)
    {
      add_problem (import, row->row, "a text longer than %d characters",
                   PAYDAY_PLAN_MAX_STRING);
      return;
    }
  if (!field_ok (import, row->row, "Hours", hours_text,
                 parse_hours (hours_text, &record.hours_e5)))
    return;
  if (!field_ok (import, row->row, "Amount", amount_text,
                 parse_amount (amount_text, &record.amount_cents)))
    return;
  if (record.amount_cents < 0)
    {
      add_problem (import, row->row, "Amount \"%s\": a negative amount in a weekly summary",
                   amount_text);
      return;
    }

  if (*type == '\0')
    record.kind = PAYDAY_ACTUAL_HOURLY;
  else if (g_ascii_strcasecmp (type, "Fixed Price Payment") == 0)
    record.kind = PAYDAY_ACTUAL_FIXED;
  else if (g_ascii_strcasecmp (type, "Bonus") == 0)
    record.kind = PAYDAY_ACTUAL_BONUS;
  else
    {
      record.kind = PAYDAY_ACTUAL_OTHER;
      record.understood = FALSE;
    }
  if (record.kind != PAYDAY_ACTUAL_HOURLY && record.hours_e5 > 0 && record.understood)
    record.hours_e5 = 0;          /* hours count only for hourly work */

  split_contract (contract_text, &title, &upwork_id);
  record.contract = file_contract_for (r, title, upwork_id);
  contract = &g_array_index (import->contracts, PaydayImportFileContract, record.contract);
  contract->n_rows++;
  contract->amount_cents += record.amount_cents;
  if (!payday_date_is_set (contract->first_date) || record.date < contract->first_date)
    contract->first_date = record.date;
  contract->has_hourly |= record.kind == PAYDAY_ACTUAL_HOURLY;

  record.ref = generated_ref (r, g_strdup_printf ("ws:%s:%s:%s",
                                                  payday_date_format (record.date, date),
                                                  upwork_id ? upwork_id : title, type));
  record.description = non_empty (g_strdup (type));
  g_array_append_val (import->records, record);
}

static void
read_transaction_row (Reading            *r,
                      const PaydayCsvRow *row)
{
  static const Column client_columns[] = { COL_TEAM, COL_CLIENT_TEAM, COL_ACCOUNT_NAME };
  PaydayImport *import = r->import;
  g_autofree char *date_text = field (r, row, COL_DATE);
  g_autofree char *type = field (r, row, COL_TYPE);
  g_autofree char *amount_text = field (r, row, COL_AMOUNT);
  g_autofree char *transaction_id = field (r, row, COL_TRANSACTION_ID);
  g_autofree char *ref_id = field (r, row, COL_REF_ID);
  g_autoptr(GString) description = g_string_new (NULL);
  PaydayImportRecord record = { 0 };

  record.row = row->row;
  record.kind = PAYDAY_ACTUAL_OTHER;

  if (!field_ok (import, row->row, "Date", date_text, parse_date (date_text, &record.date)))
    return;
  if (!field_ok (import, row->row, "Amount", amount_text,
                 parse_amount (amount_text, &record.amount_cents)))
    return;

  for (guint i = 0; i < G_N_ELEMENTS (transaction_types); i++)
    if (g_ascii_strcasecmp (type, transaction_types[i].type) == 0)
      {
        record.kind = transaction_types[i].kind;
        record.understood = TRUE;
      }

  for (guint i = 0; i < G_N_ELEMENTS (client_columns) && record.client_name == NULL; i++)
    record.client_name = non_empty (field (r, row, client_columns[i]));

  for (guint i = 0; i < G_N_ELEMENTS (description_columns); i++)
    {
      g_autofree char *text = field (r, row, description_columns[i]);

      if (*text != '\0' && strstr (description->str, text) == NULL)
        g_string_append_printf (description, "%s%s", description->len ? "; " : "", text);
    }
  record.description = non_empty (g_strdup (description->str));

  if (too_long (record.client_name) || too_long (record.description) ||
      too_long (transaction_id) || too_long (ref_id))
    {
      record_clear (&record);
      add_problem (import, row->row, "a text longer than %d characters",
                   PAYDAY_PLAN_MAX_STRING);
      return;
    }

  /* The row's identity: Transaction ID, else Ref ID; a row with neither (no export seen
   * so far) gets one made of what it says, counted like the weekly summary's. */
  if (*transaction_id != '\0')
    record.ref = g_strdup (transaction_id);
  else if (*ref_id != '\0')
    record.ref = g_strdup (ref_id);
  else
    {
      char date[PAYDAY_DATE_BUF];

      record.ref = generated_ref (r, g_strdup_printf ("tx:%s:%s:%" G_GINT64_FORMAT,
                                                      payday_date_format (record.date, date),
                                                      type, record.amount_cents));
      if (too_long (record.ref))
        {
          record_clear (&record);
          add_problem (import, row->row, "a text longer than %d characters",
                       PAYDAY_PLAN_MAX_STRING);
          return;
        }
    }

  g_array_append_val (import->records, record);
}

static gboolean
on_row (const PaydayCsvRow  *row,
        gpointer             user_data,
        GError             **error)
{
  Reading *r = user_data;

  if (!r->have_header)
    return read_header (r, row, error);

  if (row->n_fields != r->header_fields)
    {
      g_set_error (error, PAYDAY_ERROR, PAYDAY_ERROR_SYNTAX,
                   "row %u: %u field%s, but the header has %u", row->row, row->n_fields,
                   row->n_fields == 1 ? "" : "s", r->header_fields);
      return FALSE;
    }

  r->import->n_rows++;
  if (r->import->format == PAYDAY_IMPORT_WEEKLY_SUMMARY)
    read_weekly_row (r, row);
  else
    read_transaction_row (r, row);

  return TRUE;
}

static void
reading_init (Reading      *r,
              PaydayImport *import)
{
  memset (r, 0, sizeof *r);
  r->import = import;
  r->ref_counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  r->contract_index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

static void
reading_clear (Reading *r)
{
  g_clear_pointer (&r->ref_counts, g_hash_table_unref);
  g_clear_pointer (&r->contract_index, g_hash_table_unref);
}

/* After the last row: a file must have a header and at least one row. Every error
 * message is prefixed with the file's name. */
static PaydayImport *
finish (Reading  *r,
        gboolean  ok,
        GError   *local_error,
        GError  **error)
{
  g_autoptr(PaydayImport) import = r->import;

  reading_clear (r);

  if (ok && !r->have_header)
    {
      g_clear_error (&local_error);
      g_set_error_literal (&local_error, PAYDAY_ERROR, PAYDAY_ERROR_INVALID, "the file is empty");
      ok = FALSE;
    }
  else if (ok && import->n_rows == 0)
    {
      g_clear_error (&local_error);
      g_set_error_literal (&local_error, PAYDAY_ERROR, PAYDAY_ERROR_INVALID,
                           "the file has a header but no rows");
      ok = FALSE;
    }

  if (!ok)
    {
      g_propagate_prefixed_error (error, local_error, "%s: ", import->name);
      return NULL;
    }

  return g_steal_pointer (&import);
}

static const PaydayCsvLimits default_limits = {
  PAYDAY_IMPORT_MAX_BYTES, PAYDAY_IMPORT_MAX_ROW_BYTES, PAYDAY_IMPORT_MAX_ROWS
};

/**
 * payday_import_read_data_with_limits: (skip)
 *
 * payday_import_read_data() with other bounds (tests).
 */
PaydayImport *
payday_import_read_data_with_limits (const char            *name,
                                     const char            *data,
                                     gsize                  length,
                                     const PaydayCsvLimits *limits,
                                     GError               **error)
{
  g_autoptr(PaydayCsvReader) reader = NULL;
  GError *local_error = NULL;
  Reading r;
  gboolean ok;

  reading_init (&r, import_new (name));
  reader = payday_csv_reader_new (limits, on_row, &r);
  ok = payday_csv_reader_feed (reader, data, length, &local_error) &&
       payday_csv_reader_finish (reader, &local_error);

  return finish (&r, ok, local_error, error);
}

/**
 * payday_import_read_data:
 * @name: how messages name the file (as the user gave it)
 * @data: (array length=length): the file's bytes
 * @length: their number
 * @error: return location for a #GError
 *
 * Reads an Upwork CSV export: finds its layout from the header, and turns each data row
 * into a normalised record, or a per-row problem. No plan is involved; merge the result
 * with payday_import_apply().
 *
 * Returns: (transfer full) (nullable): the import, or %NULL with @error set (a
 *   #PAYDAY_ERROR whose message starts with `NAME: ` and, where there is one, the row:
 *   an unknown layout names the columns it lacks; an empty file, a header with no rows,
 *   broken quoting, a row with too few or too many fields, text that is not UTF-8 and a
 *   file over the bounds are refused whole)
 */
PaydayImport *
payday_import_read_data (const char  *name,
                         const char  *data,
                         gsize        length,
                         GError     **error)
{
  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return payday_import_read_data_with_limits (name, data, length, &default_limits, error);
}

/**
 * payday_import_read_stream:
 * @name: how messages name the file (as the user gave it)
 * @stream: the file's contents
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * payday_import_read_data() on a stream, read in chunks: the file is never held whole in
 * memory, and reading stops at the first bound it passes (a file's stream over the size
 * bound is refused before it is read). Safe to call from a worker thread.
 *
 * Returns: (transfer full) (nullable): the import, or %NULL with @error set
 */
PaydayImport *
payday_import_read_stream (const char    *name,
                           GInputStream  *stream,
                           GCancellable  *cancellable,
                           GError       **error)
{
  GError *local_error = NULL;
  Reading r;
  gboolean ok;

  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* a file over the bound is refused before a byte of it is read */
  if (G_IS_FILE_INPUT_STREAM (stream))
    {
      g_autoptr(GFileInfo) info =
        g_file_input_stream_query_info (G_FILE_INPUT_STREAM (stream),
                                        G_FILE_ATTRIBUTE_STANDARD_SIZE, cancellable, NULL);

      if (info != NULL && g_file_info_get_size (info) > (goffset) default_limits.max_bytes)
        {
          g_set_error (error, PAYDAY_ERROR, PAYDAY_ERROR_TOO_LARGE,
                       "%s: the file is larger than %" G_GSIZE_FORMAT " bytes", name,
                       default_limits.max_bytes);
          return NULL;
        }
    }

  reading_init (&r, import_new (name));
  ok = payday_csv_read_stream (stream, &default_limits, on_row, &r, cancellable, &local_error);

  return finish (&r, ok, local_error, error);
}

/**
 * payday_import_read_file:
 * @file: a CSV file
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * payday_import_read_stream() on a file, named in messages by its parse name. Safe to
 * call from a worker thread.
 *
 * Returns: (transfer full) (nullable): the import, or %NULL with @error set (a #G_IO_ERROR
 *   when the file cannot be opened)
 */
PaydayImport *
payday_import_read_file (GFile         *file,
                         GCancellable  *cancellable,
                         GError       **error)
{
  g_autoptr(GFileInputStream) stream = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stream = g_file_read (file, cancellable, error);
  if (stream == NULL)
    return NULL;

  name = g_file_get_parse_name (file);
  return payday_import_read_stream (name, G_INPUT_STREAM (stream), cancellable, error);
}

/**
 * payday_import_get_name:
 *
 * Returns: the file's name as messages give it
 */
const char *
payday_import_get_name (const PaydayImport *import)
{
  g_return_val_if_fail (import != NULL, NULL);

  return import->name;
}

/**
 * payday_import_get_format:
 *
 * Returns: the layout the header showed
 */
PaydayImportFormat
payday_import_get_format (const PaydayImport *import)
{
  g_return_val_if_fail (import != NULL, PAYDAY_IMPORT_TRANSACTIONS);

  return import->format;
}

/**
 * payday_import_format_to_string:
 *
 * Returns: `transactions` or `weekly-summary`, the words of an actual's `source`
 */
const char *
payday_import_format_to_string (PaydayImportFormat format)
{
  return format == PAYDAY_IMPORT_WEEKLY_SUMMARY ? "weekly-summary" : "transactions";
}

/**
 * payday_import_get_n_rows:
 *
 * Returns: the number of data rows (the header not counted; empty lines neither)
 */
guint
payday_import_get_n_rows (const PaydayImport *import)
{
  g_return_val_if_fail (import != NULL, 0);

  return import->n_rows;
}

/**
 * payday_import_get_n_problems:
 *
 * Returns: the number of rows left out for a problem (a date, amount or hours Payday
 *   cannot read)
 */
guint
payday_import_get_n_problems (const PaydayImport *import)
{
  g_return_val_if_fail (import != NULL, 0);

  return import->problems->len;
}

/**
 * payday_import_get_problem:
 * @index: from 0 to payday_import_get_n_problems() − 1
 *
 * Returns: (transfer none): the problem, in the order of the file's rows
 */
const PaydayImportProblem *
payday_import_get_problem (const PaydayImport *import,
                           guint               index)
{
  g_return_val_if_fail (import != NULL, NULL);
  g_return_val_if_fail (index < import->problems->len, NULL);

  return &g_array_index (import->problems, PaydayImportProblem, index);
}
