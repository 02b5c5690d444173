/* test-report.c — the window-less report writers: iCalendar, ledger CSV and the PDF statement
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <cairo-pdf.h>
#include <glib/gstdio.h>

#include "payday-export.h"
#include "payday-export-ics.h"
#include "payday-export-ledger.h"
#include "payday-report-pdf.h"
#include "core-test-util.h"

static PaydayRules *upwork;

static PaydaySchedule *
sample_schedule (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PaydayPlan) plan = payday_plan_load_sample (D ("2026-03-04"), &error);

  g_assert_no_error (error);
  return payday_schedule_compute (plan, upwork, D ("2026-03-04"));
}

/* An hourly contract with @n_weeks logged weeks of 10 h at $50.00, from @first_monday. */
static void
add_hourly (PaydayPlan *plan,
            const char *id,
            const char *title,
            const char *first_monday,
            guint       n_weeks)
{
  PaydayContract *contract = payday_test_add_contract (plan, id, "acme",
                                                       PAYDAY_CONTRACT_HOURLY, 5000);

  g_free (contract->title);
  contract->title = g_strdup (title);
  contract->start = D (first_monday);

  for (guint i = 0; i < n_weeks; i++)
    {
      PaydayWeek week = { D (first_monday) + 7 * (int) i, 1000, 0, 0, PAYDAY_DISPUTE_PENDING, NULL };

      g_array_append_val (contract->weeks, week);
    }
}

static PaydayPlan *
small_plan (const char *name,
            const char *title)
{
  PaydayPlan *plan = payday_plan_new ();

  g_free (plan->name);
  plan->name = g_strdup (name);
  plan->today = D ("2026-03-04");
  payday_test_add_client (plan, "acme", "Acme Corp", 0);
  add_hourly (plan, "c-1", title, "2026-01-05", 3);
  return plan;
}

/* ------------------------------------------------------------------------------------------ */
/* iCalendar: a small reader, independent of the writer */

typedef struct
{
  char *name;                             /* with its parameters, e.g. "DTSTART;VALUE=DATE" */
  char *value;                            /* raw, still escaped */
} Prop;

static void
prop_clear (Prop *prop)
{
  g_free (prop->name);
  g_free (prop->value);
}

/* Checks the physical lines (CRLF, ≤ 75 octets, whole UTF-8 characters) and unfolds them. */
static GArray *
ics_parse (const char *data,
           gsize       len)
{
  GArray *props = g_array_new (FALSE, TRUE, sizeof (Prop));
  g_autoptr(GPtrArray) logical = g_ptr_array_new_with_free_func (g_free);
  const char *p = data, *end = data + len;

  g_array_set_clear_func (props, (GDestroyNotify) prop_clear);
  g_assert_cmpuint (len, >, 0);
  g_assert_true (len >= 2 && data[len - 2] == '\r' && data[len - 1] == '\n');

  while (p < end)
    {
      const char *nl = memchr (p, '\n', end - p);
      gsize n;

      g_assert_nonnull (nl);
      g_assert_true (nl > p && nl[-1] == '\r');
      n = nl - 1 - p;
      g_assert_null (memchr (p, '\r', n));          /* no bare CR inside a line */
      g_assert_cmpuint (n, <=, 75);
      g_assert_true (g_utf8_validate (p, n, NULL));  /* folding never splits a character */
      {
        gsize run = 0;                                /* nor an escape from its backslash */

        while (run < n && p[n - 1 - run] == '\\')
          run++;
        g_assert_cmpuint (run % 2, ==, 0);
      }

      if (*p == ' ' || *p == '\t')
        {
          /* A continuation: drop the one white space and join. */
          char *last;
          g_autofree char *rest = g_strndup (p + 1, n - 1);

          g_assert_cmpuint (logical->len, >, 0);
          last = g_ptr_array_index (logical, logical->len - 1);
          g_ptr_array_index (logical, logical->len - 1) = g_strconcat (last, rest, NULL);
          g_free (last);
        }
      else
        g_ptr_array_add (logical, g_strndup (p, n));

      p = nl + 1;
    }

  for (guint i = 0; i < logical->len; i++)
    {
      const char *line = g_ptr_array_index (logical, i);
      const char *colon = strchr (line, ':');
      Prop prop;

      g_assert_nonnull (colon);
      prop.name = g_strndup (line, colon - line);
      prop.value = g_strdup (colon + 1);
      g_array_append_val (props, prop);
    }

  return props;
}

static char *
ics_unescape (const char *value)
{
  GString *out = g_string_new (NULL);

  for (const char *p = value; *p != '\0'; p++)
    {
      if (*p != '\\')
        {
          g_assert_true (*p != ';' && *p != ',');   /* these must come escaped */
          g_string_append_c (out, *p);
          continue;
        }
      p++;
      switch (*p)
        {
        case 'n':
        case 'N':
          g_string_append_c (out, '\n');
          break;
        case '\\':
        case ';':
        case ',':
          g_string_append_c (out, *p);
          break;
        default:
          g_assert_not_reached ();
        }
    }

  return g_string_free (out, FALSE);
}

typedef struct
{
  char *uid, *dtstamp, *dtstart, *dtend, *summary, *description, *categories, *transp;
} Event;

static void
event_clear (Event *e)
{
  g_free (e->uid);
  g_free (e->dtstamp);
  g_free (e->dtstart);
  g_free (e->dtend);
  g_free (e->summary);
  g_free (e->description);
  g_free (e->categories);
  g_free (e->transp);
}

/* The VEVENTs of @props, with TEXT values unescaped; also checks the calendar's own lines. */
static GArray *
ics_events (GArray     *props,
            const char *calname)
{
  GArray *events = g_array_new (FALSE, TRUE, sizeof (Event));
  Event *e = NULL;
  gboolean seen_name = FALSE;

  g_array_set_clear_func (events, (GDestroyNotify) event_clear);
  g_assert_cmpstr (g_array_index (props, Prop, 0).name, ==, "BEGIN");
  g_assert_cmpstr (g_array_index (props, Prop, 0).value, ==, "VCALENDAR");
  g_assert_cmpstr (g_array_index (props, Prop, props->len - 1).name, ==, "END");
  g_assert_cmpstr (g_array_index (props, Prop, props->len - 1).value, ==, "VCALENDAR");
  g_assert_cmpstr (g_array_index (props, Prop, 1).name, ==, "VERSION");
  g_assert_cmpstr (g_array_index (props, Prop, 1).value, ==, "2.0");
  g_assert_cmpstr (g_array_index (props, Prop, 2).name, ==, "PRODID");
  g_assert_cmpstr (g_array_index (props, Prop, 2).value, ==, "-//Payday//Payday 0.1.0//EN");

  for (guint i = 1; i + 1 < props->len; i++)
    {
      const Prop *prop = &g_array_index (props, Prop, i);

      if (g_str_equal (prop->name, "BEGIN"))
        {
          g_assert_cmpstr (prop->value, ==, "VEVENT");
          g_assert_null (e);
          g_array_set_size (events, events->len + 1);
          e = &g_array_index (events, Event, events->len - 1);
        }
      else if (g_str_equal (prop->name, "END"))
        {
          g_assert_cmpstr (prop->value, ==, "VEVENT");
          g_assert_nonnull (e);
          g_assert_nonnull (e->uid);
          g_assert_nonnull (e->dtstamp);
          g_assert_nonnull (e->dtstart);
          g_assert_nonnull (e->summary);
          e = NULL;
        }
      else if (e == NULL)
        {
          if (g_str_equal (prop->name, "X-WR-CALNAME"))
            {
              g_autofree char *name = ics_unescape (prop->value);

              g_assert_cmpstr (name, ==, calname);
              seen_name = TRUE;
            }
          else if (g_str_equal (prop->name, "CALSCALE"))
            g_assert_cmpstr (prop->value, ==, "GREGORIAN");
          else if (g_str_equal (prop->name, "METHOD"))
            g_assert_cmpstr (prop->value, ==, "PUBLISH");
        }
      else if (g_str_equal (prop->name, "UID"))
        e->uid = g_strdup (prop->value);
      else if (g_str_equal (prop->name, "DTSTAMP"))
        e->dtstamp = g_strdup (prop->value);
      else if (g_str_equal (prop->name, "DTSTART;VALUE=DATE"))
        e->dtstart = g_strdup (prop->value);
      else if (g_str_equal (prop->name, "DTEND;VALUE=DATE"))
        e->dtend = g_strdup (prop->value);
      else if (g_str_equal (prop->name, "SUMMARY"))
        e->summary = ics_unescape (prop->value);
      else if (g_str_equal (prop->name, "DESCRIPTION"))
        e->description = ics_unescape (prop->value);
      else if (g_str_equal (prop->name, "CATEGORIES"))
        e->categories = g_strdup (prop->value);
      else if (g_str_equal (prop->name, "TRANSP"))
        e->transp = g_strdup (prop->value);
    }

  g_assert_null (e);
  g_assert_true (seen_name);
  return events;
}

static char *
ics_date (PaydayDate date)
{
  int y, m, d;

  payday_date_get_ymd (date, &y, &m, &d);
  return g_strdup_printf ("%04d%02d%02d", y, m, d);
}

static const char *
title_of (const PaydaySchedule *schedule,
          const PaydayItem     *item)
{
  return g_array_index (schedule->plan->contracts, PaydayContract, item->contract_index).title;
}

static void
test_ics_sample (void)
{
  g_autoptr(PaydaySchedule) schedule = sample_schedule ();
  gsize len = 0;
  g_autofree char *ics = payday_ics_from_schedule (schedule, &len);
  g_autoptr(GArray) props = ics_parse (ics, len);
  g_autoptr(GArray) events = ics_events (props, schedule->plan->name);
  g_autoptr(GHashTable) uids = g_hash_table_new (g_str_hash, g_str_equal);

  g_assert_cmpuint (len, ==, strlen (ics));
  g_assert_cmpuint (schedule->items->len, >, 10);
  g_assert_cmpuint (events->len, ==, schedule->items->len);

  for (guint i = 0; i < events->len; i++)
    {
      const Event *e = &g_array_index (events, Event, i);
      const PaydayItem *item = &g_array_index (schedule->items, PaydayItem, i);
      g_autofree char *start = ics_date (item->available_on);
      g_autofree char *end = ics_date (item->available_on + 1);
      g_autofree char *net = payday_money_format (item->net_cents);
      g_autofree char *gross = payday_money_format (item->gross_cents);
      g_autofree char *summary = g_strdup_printf ("Payday: %s from %s", net, title_of (schedule, item));
      g_autofree char *gross_line = g_strdup_printf ("Gross: %s\n", gross);
      g_autofree char *status_line = g_strdup_printf ("Status: %s", payday_status_to_string (item->status));

      g_assert_cmpstr (e->dtstart, ==, start);
      g_assert_cmpstr (e->dtend, ==, end);
      g_assert_cmpstr (e->summary, ==, summary);
      g_assert_cmpstr (e->dtstamp, ==, "20260304T000000Z");
      g_assert_cmpstr (e->transp, ==, "TRANSPARENT");
      g_assert_true (g_str_has_prefix (e->categories, "Payday,"));
      g_assert_nonnull (strstr (e->description, gross_line));
      g_assert_nonnull (strstr (e->description, status_line));
      g_assert_true (g_str_has_suffix (e->uid, "@payday"));
      g_assert_true (g_str_has_prefix (e->uid, item->contract_id));
      g_assert_false (g_hash_table_contains (uids, e->uid));
      g_hash_table_add (uids, e->uid);
    }
}

static void
test_ics_folding (void)
{
  /* 3 and 4 byte characters at every offset the fold could hit. */
  const char *title = "Überarbeitung der Datenvisualisierung für das Gesundheitsministerium — "
                      "数据可视化仪表板的长期维护与改进 🎉📊 ÄÖÜ äöü ß 数据可视化仪表板的长期维护与改进 "
                      "and a plain ASCII tail that goes on and on until the line is very long";
  g_autoptr(PaydayPlan) plan = small_plan ("Lena’s plan ✓", title);
  g_autoptr(PaydaySchedule) schedule = payday_schedule_compute (plan, upwork, plan->today);
  gsize len;
  g_autofree char *ics = payday_ics_from_schedule (schedule, &len);
  g_autoptr(GArray) props = ics_parse (ics, len);   /* checks ≤ 75 octets and whole characters */
  g_autoptr(GArray) events = ics_events (props, "Lena’s plan ✓");
  guint folded = 0;

  g_assert_cmpuint (events->len, ==, 3);
  for (guint i = 0; i < events->len; i++)
    {
      const Event *e = &g_array_index (events, Event, i);
      const PaydayItem *item = &g_array_index (schedule->items, PaydayItem, i);
      g_autofree char *net = payday_money_format (item->net_cents);
      g_autofree char *summary = g_strdup_printf ("Payday: %s from %s", net, title);

      g_assert_cmpstr (e->summary, ==, summary);
    }

  for (const char *p = ics; (p = strstr (p, "\r\n ")) != NULL; p += 3)
    folded++;
  g_assert_cmpuint (folded, >=, 3 * 4);
}

static void
test_ics_escaping (void)
{
  const char *title = "Back\\end, API; docs\nphase 2";
  g_autoptr(PaydayPlan) plan = small_plan ("Plan; with, commas\\", title);
  g_autoptr(PaydaySchedule) schedule = payday_schedule_compute (plan, upwork, plan->today);
  gsize len;
  g_autofree char *ics = payday_ics_from_schedule (schedule, &len);
  g_autoptr(GArray) props = ics_parse (ics, len);
  g_autoptr(GArray) events = ics_events (props, "Plan; with, commas\\");
  const Event *e = &g_array_index (events, Event, 0);

  /* The raw text has the escapes, and the money's thousands comma is escaped too. */
  g_assert_nonnull (strstr (ics, "X-WR-CALNAME:Plan\\; with\\, commas\\\\\r\n"));
  g_assert_nonnull (strstr (ics, "Back\\\\end\\, API\\; docs\\nphase 2"));
  g_assert_true (g_str_has_suffix (e->summary, title));
  g_assert_true (g_str_has_prefix (e->description, "Hourly week 2026-01-05 of Back\\end, API; docs\nphase 2\n"));
}

static void
test_ics_uid (void)
{
  g_autoptr(PaydayPlan) plan = small_plan ("p", "t");
  g_autoptr(PaydaySchedule) schedule = NULL;
  PaydayContract *contract = &g_array_index (plan->contracts, PaydayContract, 0);
  g_autofree char *ics = NULL;
  gsize len;
  g_autoptr(GArray) props = NULL;
  g_autoptr(GArray) events = NULL;

  g_free (contract->id);
  contract->id = g_strdup ("a b,c;d/é");
  schedule = payday_schedule_compute (plan, upwork, plan->today);
  ics = payday_ics_from_schedule (schedule, &len);
  props = ics_parse (ics, len);
  events = ics_events (props, "p");

  g_assert_cmpstr (g_array_index (events, Event, 0).uid, ==,
                   "a%20b%2Cc%3Bd%2F%C3%A9/hourly_week/2026-01-05@payday");
}

/* Bank arrivals come after the payment events, which stay byte for byte what the schedule
 * alone writes; each arrival is an all-day event on the day the money is in the bank. */
static void
test_ics_arrivals (void)
{
  g_autoptr(PaydaySchedule) schedule = sample_schedule ();
  g_autoptr(PaydayPayouts) payouts = payday_payouts_compute (schedule);
  gsize len = 0, plain_len = 0;
  g_autofree char *plain = payday_ics_from_schedule (schedule, &plain_len);
  g_autofree char *ics = payday_ics_from_plan (schedule, payouts, NULL, &len);
  g_autoptr(GArray) props = ics_parse (ics, len);
  g_autoptr(GArray) events = ics_events (props, schedule->plan->name);
  gsize head = plain_len - strlen ("END:VCALENDAR\r\n");
  guint arrivals = 0;

  g_assert_cmpuint (payouts->rows->len, >, 2);
  g_assert_cmpuint (len, >, plain_len);
  g_assert_cmpmem (ics, head, plain, head);
  g_assert_cmpuint (events->len, ==, schedule->items->len + payouts->rows->len);

  for (guint i = 0; i < events->len; i++)
    {
      const Event *e = &g_array_index (events, Event, i);
      const PaydayPayout *row;
      g_autofree char *day = NULL;
      g_autofree char *received = NULL;

      if (i < schedule->items->len)
        continue;
      row = &g_array_index (payouts->rows, PaydayPayout, i - schedule->items->len);
      day = ics_date (row->arrives_on);
      received = payday_money_format (row->received_cents);
      g_assert_cmpstr (e->dtstart, ==, day);
      g_assert_nonnull (strstr (e->summary, received));
      g_assert_nonnull (strstr (e->summary, "in the bank (Direct to local bank)"));
      g_assert_cmpstr (e->categories, ==, "Payday,withdrawal");
      g_assert_nonnull (strstr (e->description, row->kind == PAYDAY_PAYOUT_PROJECTED
                                                ? "(projected)" : "Fee: "));
      g_assert_true (g_str_has_prefix (e->uid, "withdrawal/"));
      arrivals++;
    }
  g_assert_cmpuint (arrivals, ==, payouts->rows->len);
}

static void
test_ics_deterministic (void)
{
  g_autoptr(PaydaySchedule) a = sample_schedule ();
  g_autoptr(PaydaySchedule) b = sample_schedule ();
  gsize alen, blen;
  g_autofree char *aics = payday_ics_from_schedule (a, &alen);
  g_autofree char *bics = payday_ics_from_schedule (b, &blen);
  g_autofree char *later_ics = NULL;
  g_autoptr(PaydaySchedule) later = payday_schedule_compute (a->plan, upwork, D ("2026-04-01"));

  g_assert_cmpmem (aics, alen, bics, blen);

  /* DTSTAMP follows the plan's day, not the clock. */
  later_ics = payday_ics_from_schedule (later, NULL);
  g_assert_nonnull (strstr (later_ics, "DTSTAMP:20260401T000000Z\r\n"));
  g_assert_null (strstr (later_ics, "DTSTAMP:20260304"));
}

/* ------------------------------------------------------------------------------------------ */
/* ledger CSV */

static char **
csv_split_line (const char *line)
{
  GPtrArray *fields = g_ptr_array_new ();
  GString *field = g_string_new (NULL);
  const char *p = line;

  for (;;)
    {
      if (*p == '"')
        {
          for (p++; ; p++)
            {
              g_assert_true (*p != '\0');
              if (*p == '"' && p[1] == '"')
                g_string_append_c (field, *p++);
              else if (*p == '"')
                break;
              else
                g_string_append_c (field, *p);
            }
          p++;
        }
      while (*p != '\0' && *p != ',')
        g_string_append_c (field, *p++);
      g_ptr_array_add (fields, g_string_free (field, FALSE));
      if (*p == '\0')
        break;
      p++;
      field = g_string_new (NULL);
    }

  g_ptr_array_add (fields, NULL);
  return (char **) g_ptr_array_free (fields, FALSE);
}

static void
test_ledger_csv (void)
{
  g_autoptr(PaydaySchedule) schedule = sample_schedule ();
  g_autoptr(PaydayLedger) ledger = payday_ledger_compute (schedule->plan, upwork, schedule->today);
  gsize len;
  g_autofree char *csv = payday_ledger_to_csv (ledger, &len);
  g_auto(GStrv) lines = NULL;
  guint n;

  g_assert_cmpuint (ledger->rows->len, >, 5);
  g_assert_cmpuint (len, ==, strlen (csv));
  g_assert_true (g_str_has_prefix (csv, "date,kind,amount,balance,lot_expires,ref\r\n"));
  g_assert_true (g_str_has_suffix (csv, "\r\n"));

  lines = g_strsplit (csv, "\r\n", -1);
  n = g_strv_length (lines);
  g_assert_cmpuint (n, ==, ledger->rows->len + 2);    /* header, rows, "" after the last CRLF */
  g_assert_cmpstr (lines[n - 1], ==, "");

  for (guint i = 0; i < ledger->rows->len; i++)
    {
      const PaydayLedgerRow *row = &g_array_index (ledger->rows, PaydayLedgerRow, i);
      g_auto(GStrv) f = csv_split_line (lines[i + 1]);
      char date[PAYDAY_DATE_BUF], expires[PAYDAY_DATE_BUF];

      g_assert_null (strchr (lines[i + 1], '\n'));
      g_assert_cmpuint (g_strv_length (f), ==, 6);
      g_assert_cmpstr (f[0], ==, payday_date_format (row->date, date));
      g_assert_cmpstr (f[1], ==, payday_ledger_kind_to_string (row->kind));
      g_assert_cmpint (g_ascii_strtoll (f[2], NULL, 10), ==, row->amount);
      g_assert_cmpint (g_ascii_strtoll (f[3], NULL, 10), ==, row->balance);
      g_assert_cmpstr (f[4], ==, payday_date_format (row->lot_expires, expires));
      g_assert_cmpstr (f[5], ==, row->ref ? row->ref : "");
      if (row->kind == PAYDAY_LEDGER_EXPIRE || row->kind == PAYDAY_LEDGER_SPEND)
        g_assert_cmpstr (f[4], ==, "");
    }

  /* The last row's balance is the ledger's. */
  g_assert_cmpint (g_array_index (ledger->rows, PaydayLedgerRow, ledger->rows->len - 1).balance,
                   ==, ledger->balance);
}

static void
test_ledger_csv_quoting (void)
{
  PaydayLedger ledger = { 0, };
  PaydayLedgerRow rows[] = {
    { D ("2026-01-01"), PAYDAY_LEDGER_OPENING, 50, 50, D ("2027-01-01"), NULL, -1 },
    { D ("2026-01-02"), PAYDAY_LEDGER_SPEND, -16, 34, PAYDAY_DATE_NONE, (char *) "p,1", 0 },
    { D ("2026-01-03"), PAYDAY_LEDGER_SPEND, -40, -6, PAYDAY_DATE_NONE, (char *) "say \"hi\"", 1 },
    { D ("2026-01-04"), PAYDAY_LEDGER_ADJUST, 6, 0, D ("2027-01-04"), (char *) "two\nlines", 0 },
  };
  g_autofree char *csv = NULL;

  ledger.rows = g_array_new (FALSE, FALSE, sizeof (PaydayLedgerRow));
  g_array_append_vals (ledger.rows, rows, G_N_ELEMENTS (rows));
  csv = payday_ledger_to_csv (&ledger, NULL);
  g_array_unref (ledger.rows);

  g_assert_cmpstr (csv, ==,
                   "date,kind,amount,balance,lot_expires,ref\r\n"
                   "2026-01-01,opening,50,50,2027-01-01,\r\n"
                   "2026-01-02,spend,-16,34,,\"p,1\"\r\n"
                   "2026-01-03,spend,-40,-6,,\"say \"\"hi\"\"\"\r\n"
                   "2026-01-04,adjust,6,0,2027-01-04,\"two\nlines\"\r\n");
}

/* ------------------------------------------------------------------------------------------ */
/* PDF */

static gboolean
have_poppler (void)
{
  g_autofree char *info = g_find_program_in_path ("pdfinfo");
  g_autofree char *text = g_find_program_in_path ("pdftotext");

  if (info == NULL || text == NULL)
    {
      g_test_skip ("poppler-utils (pdfinfo, pdftotext) are not installed");
      return FALSE;
    }
  return TRUE;
}

static char *
run (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err, &status,
                &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, &error))
    g_error ("%s: %s", argv[0], err);
  return out;
}

static int
pdf_pages (const char *path,
           char      **page_size)
{
  const char *argv[] = { "pdfinfo", path, NULL };
  g_autofree char *info = run (argv);
  const char *line = strstr (info, "\nPages:");
  const char *size = strstr (info, "\nPage size:");

  g_assert_nonnull (line);
  if (page_size != NULL)
    {
      g_assert_nonnull (size);
      size += strlen ("\nPage size:");
      while (*size == ' ')
        size++;
      *page_size = g_strndup (size, strcspn (size, "\n"));
    }
  return atoi (line + strlen ("\nPages:"));
}

/* The text of one page (or all with @page 0), whitespace runs made single spaces. One page
 * is read in its physical layout, so a table row comes out as one line. */
static char *
pdf_text (const char *path,
          int         page)
{
  g_autofree char *first = g_strdup_printf ("%d", page);
  const char *all[] = { "pdftotext", "-enc", "UTF-8", path, "-", NULL };
  const char *one[] = { "pdftotext", "-layout", "-enc", "UTF-8", "-f", first, "-l", first, path,
                        "-", NULL };
  g_autofree char *text = run (page > 0 ? one : all);
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p) || *p == '\f')
        space = TRUE;
      else
        {
          if (space && out->len > 0)
            g_string_append_c (out, ' ');
          space = FALSE;
          g_string_append_c (out, *p);
        }
    }

  return g_string_free (out, FALSE);
}

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  if (strstr (haystack, needle) == NULL)
    g_error ("“%s” is not in the report text:\n%s", needle, haystack);
}

static guint
count_of (const char *haystack,
          const char *needle)
{
  guint n = 0;

  for (const char *p = haystack; (p = strstr (p, needle)) != NULL; p += strlen (needle))
    n++;
  return n;
}

static char *
screenshot_dir (void)
{
  char *dir = g_build_filename (g_getenv ("G_TEST_BUILDDIR") ? g_getenv ("G_TEST_BUILDDIR") : ".",
                                "screenshots", NULL);

  g_mkdir_with_parents (dir, 0755);
  return dir;
}

/* Pages 1 and 2 as PNGs at 60 dpi, for a person to look at. */
static void
save_screenshots (const char *pdf,
                  const char *name)
{
  g_autofree char *pdftoppm = g_find_program_in_path ("pdftoppm");
  g_autofree char *dir = screenshot_dir ();
  g_autofree char *prefix = g_build_filename (dir, name, NULL);
  const char *argv[] = { "pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "2", pdf, prefix, NULL };
  g_autofree char *out = NULL;

  if (pdftoppm == NULL)
    return;
  out = run (argv);
}

static void
test_pdf_sample (void)
{
  g_autoptr(PaydaySchedule) schedule = NULL;
  g_autoptr(PaydayLedger) ledger = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  PaydayReportInput in = { 0, };
  PaydaySummary summary;
  int pages;

  if (!have_poppler ())
    return;

  schedule = sample_schedule ();
  ledger = payday_ledger_compute (schedule->plan, upwork, schedule->today);
  dir = g_dir_make_tmp ("payday-report-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "report.pdf", NULL);

  in.schedule = schedule;
  in.ledger = ledger;
  in.paper = PAYDAY_PAPER_A4;
  g_assert_true (payday_report_write_pdf (&in, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  pages = pdf_pages (path, NULL);
  g_assert_cmpint (pages, >=, 2);
  g_assert_cmpint (pages, ==, payday_report_count_pages (&in));

  text = pdf_text (path, 0);
  for (guint i = 0; i < schedule->plan->contracts->len; i++)
    assert_contains (text, g_array_index (schedule->plan->contracts, PaydayContract, i).title);

  payday_summary_compute (schedule, &summary);
  for (guint s = 0; s < PAYDAY_N_STATUSES; s++)
    {
      g_autofree char *money = payday_money_format (summary.totals[s]);

      assert_contains (text, money);
    }
  {
    g_autofree char *balance = payday_money_format (summary.balance_cents);
    g_autofree char *last = g_strdup_printf ("Page %d of %d", pages, pages);
    g_autofree char *connects = g_strdup_printf (" %" G_GINT64_FORMAT " ", ledger->balance);

    assert_contains (text, balance);
    assert_contains (text, "Page 1 of ");
    assert_contains (text, last);
    assert_contains (text, "PAYDAY STATEMENT");
    assert_contains (text, "Wednesday, March 4, 2026");
    assert_contains (text, "edition");
    assert_contains (text, "Payment schedule");
    assert_contains (text, "Connects ledger");
    assert_contains (text, connects);
    assert_contains (text, "Cost per hire");
  }
  /* No section the caller did not give. */
  g_assert_null (strstr (text, "Badges"));

  save_screenshots (path, "report-sample");

  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* "In your bank": the next withdrawal (what is received, when it leaves and arrives), the
 * fees of a year and the withdrawals table, only when the caller gives the withdrawals. */
static void
test_pdf_withdrawals (void)
{
  g_autoptr(PaydaySchedule) schedule = NULL;
  g_autoptr(PaydayPayouts) payouts = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autofree char *received = NULL;
  g_autofree char *fees = NULL;
  g_autoptr(GError) error = NULL;
  PaydayReportInput in = { 0, };
  const PaydayPayout *next;
  char leaves[PAYDAY_DATE_BUF], arrives[PAYDAY_DATE_BUF];

  if (!have_poppler ())
    return;

  schedule = sample_schedule ();
  payouts = payday_payouts_compute (schedule);
  next = payday_payouts_get_next (payouts);
  g_assert_nonnull (next);
  dir = g_dir_make_tmp ("payday-report-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "bank.pdf", NULL);

  in.schedule = schedule;
  in.paper = PAYDAY_PAPER_A4;
  g_assert_true (payday_report_write_pdf (&in, path, &error));
  text = pdf_text (path, 0);
  g_assert_null (strstr (text, "In your bank"));
  g_clear_pointer (&text, g_free);

  in.payouts = payouts;
  g_assert_true (payday_report_write_pdf (&in, path, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pdf_pages (path, NULL), ==, payday_report_count_pages (&in));
  text = pdf_text (path, 0);
  received = payday_money_format (next->received_cents);
  fees = payday_money_format (payouts->fees_next_12m_cents);
  assert_contains (text, "In your bank");
  assert_contains (text, "Next withdrawal");
  assert_contains (text, received);
  assert_contains (text, payday_date_format (next->date, leaves));
  assert_contains (text, payday_date_format (next->arrives_on, arrives));
  assert_contains (text, fees);
  assert_contains (text, "Twice a month");
  assert_contains (text, "Direct to local bank");
  assert_contains (text, "Leaves Upwork");

  save_screenshots (path, "report-withdrawals");

  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* The report of the CLI and of Print (payday_report_input_fill): its last section is the
 * simulator chart, drawn by the window's chart code — lanes titled by contract, the legend
 * of the cumulative cash — and it is the same on every run (the plan's seed). */
static void
test_pdf_chart (void)
{
  g_autoptr(PaydaySchedule) schedule = NULL;
  g_auto(PaydayReportOwned) owned = { 0 };
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *again = NULL;
  g_autofree char *last = NULL;
  g_autoptr(GError) error = NULL;
  PaydayReportInput in;
  PaydayExportJob job;
  int pages, without;

  if (!have_poppler ())
    return;

  schedule = sample_schedule ();
  payday_export_job_init (&job);
  job.plan = schedule->plan;
  job.rules = upwork;
  job.schedule = schedule;
  job.today = schedule->today;
  payday_report_input_fill (&job, &in, &owned);
  g_assert_nonnull (in.chart.draw);
  g_assert_nonnull (owned.chart);
  g_assert_cmpuint (payday_chart_get_n_lanes (owned.chart), >, 0);
  in.paper = PAYDAY_PAPER_A4;

  dir = g_dir_make_tmp ("payday-report-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "chart.pdf", NULL);
  g_assert_true (payday_report_write_pdf (&in, path, &error));
  g_assert_no_error (error);

  pages = pdf_pages (path, NULL);
  g_assert_cmpint (pages, ==, payday_report_count_pages (&in));

  /* The chart does not fit under the badges: it takes a page of its own. */
  {
    PaydayReportInput bare = in;

    bare.chart.draw = NULL;
    without = payday_report_count_pages (&bare);
  }
  g_assert_cmpint (pages, ==, without + 1);

  last = pdf_text (path, pages);
  assert_contains (last, "Timeline and cash");
  assert_contains (last, "Cash available");
  assert_contains (last, "Scheduled");
  assert_contains (last, "Median (P50)");
  for (guint i = 0; i < schedule->plan->contracts->len; i++)
    {
      const PaydayContract *c = &g_array_index (schedule->plan->contracts, PaydayContract, i);

      assert_contains (last, c->title);
    }

  /* Deterministic: a second fill draws the same pages. */
  {
    g_auto(PaydayReportOwned) owned2 = { 0 };
    PaydayReportInput in2;

    payday_report_input_fill (&job, &in2, &owned2);
    in2.paper = PAYDAY_PAPER_A4;
    again = g_build_filename (dir, "again.pdf", NULL);
    g_assert_true (payday_report_write_pdf (&in2, again, &error));
    g_assert_no_error (error);
  }
  {
    g_autofree char *ta = pdf_text (path, 0);
    g_autofree char *tb = pdf_text (again, 0);

    g_assert_cmpstr (ta, ==, tb);
  }

  save_screenshots (path, "report-chart");

  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_remove (again), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_pdf_long (void)
{
  g_autoptr(PaydayPlan) plan = payday_plan_new ();
  g_autoptr(PaydaySchedule) schedule = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  PaydayReportInput in = { 0, };
  guint rows = 0, schedule_pages = 0;
  int pages;

  if (!have_poppler ())
    return;

  g_free (plan->name);
  plan->name = g_strdup ("Six years of weekly invoices");
  plan->today = D ("2026-03-04");
  payday_test_add_client (plan, "acme", "Acme Corp", 0);
  add_hourly (plan, "retainer", "Long-running analytics retainer", "2020-04-06", 300);
  schedule = payday_schedule_compute (plan, upwork, plan->today);
  g_assert_cmpuint (schedule->items->len, ==, 300);

  dir = g_dir_make_tmp ("payday-report-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "long.pdf", NULL);
  in.schedule = schedule;
  in.paper = PAYDAY_PAPER_LETTER;
  g_assert_true (payday_report_write_pdf (&in, path, &error));
  g_assert_no_error (error);

  pages = pdf_pages (path, NULL);
  g_assert_cmpint (pages, ==, payday_report_count_pages (&in));
  g_assert_cmpint (pages, >=, 5);

  /* Every page after the summary that holds schedule rows starts with the header row. */
  for (int p = 2; p <= pages; p++)
    {
      g_autofree char *text = pdf_text (path, p);
      guint n = count_of (text, "Hourly week");

      if (n == 0)
        continue;
      schedule_pages++;
      rows += n;
      assert_contains (text, "Contract Item Kind Available Gross Fee Net Status");
      g_assert_true (strstr (text, "Contract Item Kind Available Gross Fee Net Status") <
                     strstr (text, "Hourly week"));
      if (p > 2)
        assert_contains (text, "Payment schedule (continued)");
    }
  g_assert_cmpuint (rows, ==, 300);
  g_assert_cmpuint (schedule_pages, >=, 4);

  {
    g_autofree char *all = pdf_text (path, 0);

    g_assert_null (strstr (all, "Connects ledger"));   /* no ledger given: no section */
  }

  save_screenshots (path, "report-long");
  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_pdf_paper (void)
{
  g_autoptr(PaydayPlan) plan = small_plan ("Paper", "Paper test");
  g_autoptr(PaydaySchedule) schedule = payday_schedule_compute (plan, upwork, plan->today);
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *size = NULL;
  g_autoptr(GError) error = NULL;
  PaydayReportInput in = { 0, };
  double w, h;

  payday_report_paper_size (PAYDAY_PAPER_LETTER, &w, &h);
  g_assert_cmpfloat (w, ==, 612);
  g_assert_cmpfloat (h, ==, 792);
  payday_report_paper_size (PAYDAY_PAPER_A4, &w, &h);
  g_assert_cmpfloat_with_epsilon (w, 595.276, 0.01);
  g_assert_cmpfloat_with_epsilon (h, 841.89, 0.01);

  /* The tests run in the C locale, so the guess comes from the locale's name. */
  g_setenv ("LC_ALL", "en_US.UTF-8", TRUE);
  g_assert_cmpint (payday_report_default_paper (), ==, PAYDAY_PAPER_LETTER);
  g_setenv ("LC_ALL", "es_MX", TRUE);
  g_assert_cmpint (payday_report_default_paper (), ==, PAYDAY_PAPER_LETTER);
  g_setenv ("LC_ALL", "de_DE.UTF-8", TRUE);
  g_assert_cmpint (payday_report_default_paper (), ==, PAYDAY_PAPER_A4);
  g_setenv ("LC_ALL", "en_USX", TRUE);
  g_assert_cmpint (payday_report_default_paper (), ==, PAYDAY_PAPER_A4);
  g_unsetenv ("LC_ALL");

  if (!have_poppler ())
    return;

  dir = g_dir_make_tmp ("payday-report-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "paper.pdf", NULL);
  in.schedule = schedule;

  in.paper = PAYDAY_PAPER_LETTER;
  g_assert_true (payday_report_write_pdf (&in, path, &error));
  pdf_pages (path, &size);
  g_assert_true (g_str_has_prefix (size, "612 x 792 pts"));
  g_clear_pointer (&size, g_free);

  in.paper = PAYDAY_PAPER_A4;
  g_assert_true (payday_report_write_pdf (&in, path, &error));
  pdf_pages (path, &size);
  g_assert_true (g_str_has_prefix (size, "595.276 x 841.89 pts"));

  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

typedef struct
{
  guint  calls;
  double width;
  double height;
} DrawLog;

static void
draw_box (cairo_t  *cr,
          double    width,
          double    height,
          gpointer  data)
{
  DrawLog *log = data;

  log->calls++;
  log->width = width;
  log->height = height;
  cairo_set_source_rgb (cr, 0.2, 0.5, 0.8);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_fill (cr);
}

static void
test_pdf_sections (void)
{
  g_autoptr(PaydayPlan) plan = small_plan ("Sections", "Section test");
  g_autoptr(PaydaySchedule) schedule = payday_schedule_compute (plan, upwork, plan->today);
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  PaydayReportInput in = { 0, };
  DrawLog badges = { 0, }, chart = { 0, };
  double w, h;

  if (!have_poppler ())
    return;

  dir = g_dir_make_tmp ("payday-report-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "sections.pdf", NULL);

  in.schedule = schedule;
  in.paper = PAYDAY_PAPER_A4;
  in.badges = (PaydayReportSection) { "Badges", 120, draw_box, &badges };
  in.chart = (PaydayReportSection) { "Cash over time", 0, draw_box, &chart };
  g_assert_true (payday_report_write_pdf (&in, path, &error));
  g_assert_no_error (error);

  /* Counted once, drawn once. */
  g_assert_cmpuint (badges.calls, ==, 2);
  g_assert_cmpuint (chart.calls, ==, 2);
  payday_report_paper_size (PAYDAY_PAPER_A4, &w, &h);
  g_assert_cmpfloat (badges.width, ==, chart.width);
  g_assert_cmpfloat (badges.width, <, w);
  g_assert_cmpfloat (badges.height, ==, 120);
  g_assert_cmpfloat (chart.height, >, 400);
  g_assert_cmpfloat (chart.height, <, h);

  text = pdf_text (path, 0);
  assert_contains (text, "Badges");
  assert_contains (text, "Cash over time");
  g_assert_cmpint (pdf_pages (path, NULL), ==, payday_report_count_pages (&in));

  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* Printing draws page by page onto someone else's cairo: each page drawn alone must be the
 * page the PDF writer wrote, word for word. */
static void
test_pdf_draw_page (void)
{
  g_autoptr(PaydayPlan) plan = payday_plan_new ();
  g_autoptr(PaydaySchedule) schedule = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *drawn = NULL;
  g_autoptr(GError) error = NULL;
  PaydayReportInput in = { 0, };
  cairo_surface_t *surface;
  cairo_t *cr;
  double w, h;
  int pages;

  if (!have_poppler ())
    return;

  plan->today = D ("2026-03-04");
  payday_test_add_client (plan, "acme", "Acme Corp", 0);
  add_hourly (plan, "retainer", "Long-running analytics retainer", "2024-04-01", 100);
  schedule = payday_schedule_compute (plan, upwork, plan->today);

  dir = g_dir_make_tmp ("payday-report-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "written.pdf", NULL);
  drawn = g_build_filename (dir, "drawn.pdf", NULL);
  in.schedule = schedule;
  in.paper = PAYDAY_PAPER_A4;
  g_assert_true (payday_report_write_pdf (&in, path, &error));
  g_assert_no_error (error);
  pages = payday_report_count_pages (&in);
  g_assert_cmpint (pages, >=, 2);

  payday_report_paper_size (in.paper, &w, &h);
  g_assert_cmpint (payday_report_count_pages_for_size (&in, w, h), ==, pages);
  surface = cairo_pdf_surface_create (drawn, w, h);
  cr = cairo_create (surface);
  for (int i = 0; i < pages; i++)
    {
      payday_report_draw_page (&in, cr, w, h, i, i % 2 == 0 ? pages : 0);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);

  g_assert_cmpint (pdf_pages (drawn, NULL), ==, pages);
  for (int p = 1; p <= pages; p++)
    {
      g_autofree char *a = pdf_text (path, p);
      g_autofree char *b = pdf_text (drawn, p);

      g_assert_cmpstr (b, ==, a);
    }

  g_unlink (path);
  g_unlink (drawn);
  g_rmdir (dir);
}

static void
test_pdf_atomic (void)
{
  g_autoptr(PaydayPlan) plan = small_plan ("Atomic", "Atomic test");
  g_autoptr(PaydaySchedule) schedule = payday_schedule_compute (plan, upwork, plan->today);
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *missing = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  PaydayReportInput in = { 0, };
  GDir *listing;
  gsize len;

  dir = g_dir_make_tmp ("payday-report-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "out.pdf", NULL);
  missing = g_build_filename (dir, "no", "such", "dir.pdf", NULL);
  in.schedule = schedule;
  in.paper = PAYDAY_PAPER_A4;

  g_assert_true (g_file_set_contents (path, "old", -1, NULL));
  g_assert_true (payday_report_write_pdf (&in, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  g_assert_cmpuint (len, >, 1000);
  g_assert_nonnull (g_strstr_len (contents + len - 8, 8, "%EOF"));   /* written to the end */

  g_assert_false (payday_report_write_pdf (&in, missing, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  /* Nothing but the report is left behind: no temporary files. */
  listing = g_dir_open (dir, 0, NULL);
  g_assert_cmpstr (g_dir_read_name (listing), ==, "out.pdf");
  g_assert_null (g_dir_read_name (listing));
  g_dir_close (listing);

  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  upwork = payday_rules_load_builtin ("upwork", &error);
  g_assert_no_error (error);

  g_test_add_func ("/payday/report/ics-sample", test_ics_sample);
  g_test_add_func ("/payday/report/ics-folding", test_ics_folding);
  g_test_add_func ("/payday/report/ics-escaping", test_ics_escaping);
  g_test_add_func ("/payday/report/ics-uid", test_ics_uid);
  g_test_add_func ("/payday/report/ics-deterministic", test_ics_deterministic);
  g_test_add_func ("/payday/report/ics-arrivals", test_ics_arrivals);
  g_test_add_func ("/payday/report/ledger-csv", test_ledger_csv);
  g_test_add_func ("/payday/report/ledger-csv-quoting", test_ledger_csv_quoting);
  g_test_add_func ("/payday/report/pdf-sample", test_pdf_sample);
  g_test_add_func ("/payday/report/pdf-long", test_pdf_long);
  g_test_add_func ("/payday/report/pdf-chart", test_pdf_chart);
  g_test_add_func ("/payday/report/pdf-paper", test_pdf_paper);
  g_test_add_func ("/payday/report/pdf-sections", test_pdf_sections);
  g_test_add_func ("/payday/report/pdf-withdrawals", test_pdf_withdrawals);
  g_test_add_func ("/payday/report/pdf-atomic", test_pdf_atomic);
  g_test_add_func ("/payday/report/pdf-draw-page", test_pdf_draw_page);

  status = g_test_run ();
  payday_rules_unref (upwork);
  return status;
}
