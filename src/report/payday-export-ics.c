/* payday-export-ics.c — one all-day VEVENT per payment item on the day it becomes available
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "payday-export-csv.h"
#include "payday-export-ics.h"

/* RFC 5545 § 3.1: a content line is at most 75 octets, excluding the CRLF. */
#define ICS_LINE_OCTETS 75

/* Appends @line (no line break inside) folded at 75 octets, never inside a UTF-8 sequence:
 * a continuation starts with one space, which counts toward its 75. */
static void
append_folded (GString    *out,
               const char *line)
{
  const char *p = line;
  gsize room = ICS_LINE_OCTETS;
  gsize left = strlen (line);

  while (left > room)
    {
      gsize cut = room;

      /* Step back from a continuation byte (10xxxxxx) to the start of its character. */
      while (cut > 0 && ((guchar) p[cut] & 0xC0) == 0x80)
        cut--;

      /* Nor between a backslash and the character it escapes: unfolding would rejoin them,
       * but some readers unescape line by line. An odd run of backslashes ends in one that
       * starts an escape. */
      {
        gsize run = 0;

        while (run < cut && p[cut - 1 - run] == '\\')
          run++;
        if (run % 2 == 1)
          cut--;
      }
      g_assert (cut > 0);

      g_string_append_len (out, p, cut);
      g_string_append (out, "\r\n ");
      p += cut;
      left -= cut;
      room = ICS_LINE_OCTETS - 1;
    }

  g_string_append_len (out, p, left);
  g_string_append (out, "\r\n");
}

/* TEXT values (§ 3.3.11): backslash, semicolon and comma are escaped, a line break becomes
 * "\n"; other control characters are not allowed in TEXT and are dropped. */
static void
append_text (GString    *line,
             const char *text)
{
  for (const char *p = text; p != NULL && *p != '\0'; p++)
    {
      switch (*p)
        {
        case '\\':
          g_string_append (line, "\\\\");
          break;
        case ';':
          g_string_append (line, "\\;");
          break;
        case ',':
          g_string_append (line, "\\,");
          break;
        case '\n':
          g_string_append (line, "\\n");
          break;
        case '\t':
          g_string_append_c (line, '\t');
          break;
        default:
          if ((guchar) *p >= 0x20 && *p != 0x7F)
            g_string_append_c (line, *p);
          break;
        }
    }
}

static void
add_text_property (GString    *out,
                   const char *name,
                   const char *value)
{
  g_autoptr(GString) line = g_string_new (name);

  g_string_append_c (line, ':');
  append_text (line, value);
  append_folded (out, line->str);
}

static void
add_raw_property (GString    *out,
                  const char *name,
                  const char *value)
{
  g_autofree char *line = g_strconcat (name, ":", value, NULL);

  append_folded (out, line);
}

static char *
format_ics_date (PaydayDate date)
{
  int y, m, d;

  payday_date_get_ymd (date, &y, &m, &d);
  return g_strdup_printf ("%04d%02d%02d", y, m, d);
}

/* Ids are the user's own strings: anything but letters, digits, '-' and '_' becomes %XX, so
 * the UID holds no character that TEXT would escape and "/" can separate the parts. */
static void
append_uid_part (GString    *uid,
                 const char *part)
{
  for (const char *p = part ? part : ""; *p != '\0'; p++)
    {
      guchar c = (guchar) *p;

      if (g_ascii_isalnum (c) || c == '-' || c == '_')
        g_string_append_c (uid, (char) c);
      else
        g_string_append_printf (uid, "%%%02X", c);
    }
}

static char *
describe_date (PaydayDate date)
{
  return payday_date_is_set (date) ? payday_date_to_string (date) : g_strdup ("not yet");
}

static const char *
kind_label (PaydayItemKind kind)
{
  switch (kind)
    {
    case PAYDAY_ITEM_HOURLY_WEEK:
      return "Hourly week";
    case PAYDAY_ITEM_MILESTONE:
      return "Milestone";
    case PAYDAY_ITEM_BONUS:
      return "Bonus";
    default:
      g_return_val_if_reached ("Payment");
    }
}

static void
add_event (GString              *out,
           const PaydaySchedule *schedule,
           const PaydayItem     *item,
           const char           *dtstamp,
           const PaydayRate     *rate)
{
  const PaydayContract *contract = NULL;
  const char *title;
  char idbuf[PAYDAY_DATE_BUF];
  const char *item_id = payday_item_format_id (item, idbuf);
  g_autoptr(GString) uid = g_string_new (NULL);
  g_autofree char *net = payday_money_format (item->net_cents);
  g_autofree char *gross = payday_money_format (item->gross_cents);
  g_autofree char *fee = payday_money_format (item->fee_cents);
  g_autofree char *charged = describe_date (item->charged_on);
  g_autofree char *released = describe_date (item->released_on);
  g_autofree char *available = payday_date_to_string (item->available_on);
  g_autofree char *start = format_ics_date (item->available_on);
  g_autofree char *end = format_ics_date (item->available_on + 1);
  g_autofree char *summary = NULL;
  g_autofree char *description = NULL;

  if (item->contract_index < schedule->plan->contracts->len)
    contract = &g_array_index (schedule->plan->contracts, PaydayContract, item->contract_index);
  title = contract && contract->title && *contract->title ? contract->title : item->contract_id;

  /* The kind is part of the UID because a milestone and a bonus of one contract may share an
   * id; contract id, kind and item id are stable across edits of amounts and dates. */
  append_uid_part (uid, item->contract_id);
  g_string_append_c (uid, '/');
  g_string_append (uid, payday_item_kind_to_string (item->kind));
  g_string_append_c (uid, '/');
  append_uid_part (uid, item_id);
  g_string_append (uid, "@payday");

  summary = g_strdup_printf ("Payday: %s from %s", net, title);
  description = g_strdup_printf ("%s %s of %s\n"
                                 "Gross: %s\nFee: %s\nNet: %s\n"
                                 "Status: %s%s\n"
                                 "Charged: %s\nReleased: %s\nAvailable: %s",
                                 kind_label (item->kind), item_id, title,
                                 gross, fee, net,
                                 payday_status_to_string (item->status),
                                 item->projected ? " (projected)" : "",
                                 charged, released,
                                 available);

  /* --currency: the net in local units in the summary, and the rate it used. */
  if (rate != NULL)
    {
      char local[G_ASCII_DTOSTR_BUF_SIZE];
      char rate_text[G_ASCII_DTOSTR_BUF_SIZE];
      char rate_date[PAYDAY_DATE_BUF];
      char *tmp;

      payday_format_local_amount (local, payday_rate_convert_cents (rate, item->net_cents));
      payday_format_rate (rate_text, rate->rate);
      tmp = g_strdup_printf ("Payday: %s (≈ %s %s) from %s", net, local, rate->currency, title);
      g_free (summary);
      summary = tmp;
      tmp = g_strdup_printf ("%s\nNet in %s: %s (1 USD = %s %s, %s, %s)", description,
                             rate->currency, local, rate_text, rate->currency, rate->source,
                             payday_date_format (rate->date, rate_date));
      g_free (description);
      description = tmp;
    }

  g_string_append (out, "BEGIN:VEVENT\r\n");
  add_raw_property (out, "UID", uid->str);
  add_raw_property (out, "DTSTAMP", dtstamp);
  add_raw_property (out, "DTSTART;VALUE=DATE", start);
  add_raw_property (out, "DTEND;VALUE=DATE", end);
  add_text_property (out, "SUMMARY", summary);
  add_text_property (out, "DESCRIPTION", description);

  /* CATEGORIES is a list: the commas between values stay unescaped. */
  {
    g_autoptr(GString) line = g_string_new ("CATEGORIES:Payday,");

    append_text (line, payday_item_kind_to_string (item->kind));
    append_folded (out, line->str);
  }

  /* A projected item is a plan, not a fact. */
  add_raw_property (out, "STATUS", item->projected ? "TENTATIVE" : "CONFIRMED");
  add_raw_property (out, "TRANSP", "TRANSPARENT");
  g_string_append (out, "END:VEVENT\r\n");
}

static const char *
method_label (PaydayWithdrawalMethod method)
{
  static const char * const labels[PAYDAY_N_METHODS] = {
    "US bank (ACH)", "Direct to local bank", "US-dollar wire", "PayPal", "Payoneer",
    "Instant Pay",
  };

  g_return_val_if_fail (method < PAYDAY_N_METHODS, "Bank");
  return labels[method];
}

/* A withdrawal's bank arrival: an all-day event on its arrives_on. The UID names the day it
 * leaves Upwork, its kind and its place among that day's rows, which edits of amounts keep. */
static void
add_arrival_event (GString             *out,
                   const PaydayPayouts *payouts,
                   guint                index,
                   const char          *dtstamp,
                   const PaydayRate    *rate)
{
  const PaydayPayout *row = &g_array_index (payouts->rows, PaydayPayout, index);
  guint nth = 0;
  char date[PAYDAY_DATE_BUF];
  g_autofree char *amount = payday_money_format (row->amount_cents);
  g_autofree char *fee = payday_money_format (row->fee_cents);
  g_autofree char *received = payday_money_format (row->received_cents);
  g_autofree char *leaves = payday_date_to_string (row->date);
  g_autofree char *arrives = payday_date_to_string (row->arrives_on);
  g_autofree char *start = format_ics_date (row->arrives_on);
  g_autofree char *end = format_ics_date (row->arrives_on + 1);
  g_autofree char *uid = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *description = NULL;
  const char *method = method_label (payouts->method);
  gboolean projected = row->kind == PAYDAY_PAYOUT_PROJECTED;

  while (nth < index &&
         g_array_index (payouts->rows, PaydayPayout, index - nth - 1).date == row->date &&
         g_array_index (payouts->rows, PaydayPayout, index - nth - 1).kind == row->kind)
    nth++;
  uid = g_strdup_printf ("withdrawal/%s/%s/%u@payday", payday_date_format (row->date, date),
                         payday_payout_kind_to_string (row->kind), nth + 1);

  summary = g_strdup_printf ("Payday: %s in the bank (%s)", received, method);
  description = g_strdup_printf ("Withdrawal of %s by %s%s\n"
                                 "Fee: %s\nReceived: %s\n"
                                 "Leaves Upwork: %s\nArrives: %s",
                                 amount, method, projected ? " (projected)" : "",
                                 fee, received, leaves, arrives);
  if (rate != NULL)
    {
      char local[G_ASCII_DTOSTR_BUF_SIZE];
      char rate_text[G_ASCII_DTOSTR_BUF_SIZE];
      char rate_date[PAYDAY_DATE_BUF];
      char *tmp;

      payday_format_local_amount (local, payday_rate_convert_cents (rate, row->received_cents));
      payday_format_rate (rate_text, rate->rate);
      tmp = g_strdup_printf ("Payday: %s (≈ %s %s) in the bank (%s)", received, local,
                             rate->currency, method);
      g_free (summary);
      summary = tmp;
      tmp = g_strdup_printf ("%s\nReceived in %s: %s (1 USD = %s %s, %s, %s)", description,
                             rate->currency, local, rate_text, rate->currency, rate->source,
                             payday_date_format (rate->date, rate_date));
      g_free (description);
      description = tmp;
    }

  g_string_append (out, "BEGIN:VEVENT\r\n");
  add_raw_property (out, "UID", uid);
  add_raw_property (out, "DTSTAMP", dtstamp);
  add_raw_property (out, "DTSTART;VALUE=DATE", start);
  add_raw_property (out, "DTEND;VALUE=DATE", end);
  add_text_property (out, "SUMMARY", summary);
  add_text_property (out, "DESCRIPTION", description);
  add_raw_property (out, "CATEGORIES", "Payday,withdrawal");
  add_raw_property (out, "STATUS", projected ? "TENTATIVE" : "CONFIRMED");
  add_raw_property (out, "TRANSP", "TRANSPARENT");
  g_string_append (out, "END:VEVENT\r\n");
}

static char *
ics_from_schedule (const PaydaySchedule *schedule,
                   const PaydayPayouts  *payouts,
                   const PaydayRate     *rate,
                   gsize                *len)
{
  GString *out;
  g_autofree char *stamp_date = NULL;
  g_autofree char *dtstamp = NULL;
  const char *name;

  g_return_val_if_fail (schedule != NULL, NULL);

  stamp_date = format_ics_date (schedule->today);
  dtstamp = g_strconcat (stamp_date, "T000000Z", NULL);
  name = schedule->plan->name && *schedule->plan->name ? schedule->plan->name : "Payday";

  out = g_string_new ("BEGIN:VCALENDAR\r\n");
  add_raw_property (out, "VERSION", "2.0");
  add_raw_property (out, "PRODID", "-//Payday//Payday " PACKAGE_VERSION "//EN");
  add_raw_property (out, "CALSCALE", "GREGORIAN");
  add_raw_property (out, "METHOD", "PUBLISH");
  add_text_property (out, "X-WR-CALNAME", name);

  for (guint i = 0; i < schedule->items->len; i++)
    {
      const PaydayItem *item = &g_array_index (schedule->items, PaydayItem, i);

      if (payday_date_is_set (item->available_on))
        add_event (out, schedule, item, dtstamp, rate);
    }

  for (guint i = 0; payouts != NULL && i < payouts->rows->len; i++)
    add_arrival_event (out, payouts, i, dtstamp, rate);

  g_string_append (out, "END:VCALENDAR\r\n");

  if (len != NULL)
    *len = out->len;
  return g_string_free (out, FALSE);
}

/**
 * payday_ics_from_schedule:
 * @schedule: a computed schedule
 * @len: (out) (optional): the length in bytes
 *
 * Writes a VCALENDAR with one all-day VEVENT per item on its `available_on`.
 *
 * The output depends on the schedule only: DTSTAMP is the schedule's `today` at midnight
 * UTC rather than the wall clock, so the same plan at the same date gives the same bytes
 * (calendar apps use DTSTAMP only to order revisions of one UID, and a later `today` is a
 * later revision).
 *
 * Returns: (transfer full): the calendar, CRLF line ends, folded at 75 octets
 */
char *
payday_ics_from_schedule (const PaydaySchedule *schedule,
                          gsize                *len)
{
  return ics_from_schedule (schedule, NULL, NULL, len);
}

/**
 * payday_ics_from_schedule_local:
 * @schedule: a computed schedule
 * @rate: the USD→local rate of `--currency`
 * @len: (out) (optional): the length in bytes
 *
 * The calendar of payday_ics_from_schedule() with each event's net in local units in
 * its summary ("Payday: $962.50 (≈ 76265.08 INR) from …") and, in its description,
 * the rate, its source and its day.
 *
 * Returns: (transfer full): the calendar
 */
char *
payday_ics_from_schedule_local (const PaydaySchedule *schedule,
                                const PaydayRate     *rate,
                                gsize                *len)
{
  g_return_val_if_fail (rate != NULL, NULL);

  return ics_from_schedule (schedule, NULL, rate, len);
}

/**
 * payday_ics_from_plan:
 * @schedule: a computed schedule
 * @payouts: (nullable): the plan's withdrawals, or %NULL for none
 * @rate: (nullable): the USD→local rate of `--currency`, or %NULL
 * @len: (out) (optional): the length in bytes
 *
 * The calendar of payday_ics_from_schedule() (or, with @rate, of
 * payday_ics_from_schedule_local()), its payment events unchanged, followed by one all-day
 * event per withdrawal on the day the money reaches the bank: what is received, by which
 * method, the fee, and the day it leaves Upwork; projected ones are TENTATIVE.
 *
 * Returns: (transfer full): the calendar
 */
char *
payday_ics_from_plan (const PaydaySchedule *schedule,
                      const PaydayPayouts  *payouts,
                      const PaydayRate     *rate,
                      gsize                *len)
{
  return ics_from_schedule (schedule, payouts, rate, len);
}
