/* payday-report-pdf-tables.c — the report's full schedule and Connects ledger tables
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "payday-ledger-entry.h"
#include "payday-report-pdf-private.h"

#define LEDGER_ROWS   40

static const char *
kind_label (PaydayItemKind kind)
{
  switch (kind)
    {
    case PAYDAY_ITEM_HOURLY_WEEK:
      return _("Hourly week");
    case PAYDAY_ITEM_MILESTONE:
      return _("Milestone");
    case PAYDAY_ITEM_BONUS:
      return _("Bonus");
    default:
      g_return_val_if_reached ("");
    }
}

void
pdf_draw_schedule (Renderer *r)
{
  static const Column columns[] = {
    { N_("Contract"), -1.9, PANGO_ALIGN_LEFT },
    { N_("Item"), -1, PANGO_ALIGN_LEFT },
    { N_("Kind"), 54, PANGO_ALIGN_LEFT },
    { N_("Available"), 60, PANGO_ALIGN_LEFT },
    { N_("Gross"), 58, PANGO_ALIGN_RIGHT },
    { N_("Fee"), 48, PANGO_ALIGN_RIGHT },
    { N_("Net"), 58, PANGO_ALIGN_RIGHT },
    { N_("Status"), 56, PANGO_ALIGN_LEFT },
  };
  const PaydaySchedule *schedule = r->in->schedule;
  PaydayCents gross = 0, fee = 0, net = 0;
  gboolean any_projected = FALSE;
  g_autofree char *intro = NULL;
  Table t;

  /* The schedule starts a page of its own when the summary fits on page 1; after a longer
   * summary it simply follows. */
  if (r->page == 1)
    pdf_new_page (r);
  pdf_heading (r, _("Payment schedule"), 60);

  for (guint i = 0; i < schedule->items->len; i++)
    any_projected |= g_array_index (schedule->items, PaydayItem, i).projected;

  intro = g_strdup_printf (any_projected
                           ? g_dngettext (GETTEXT_PACKAGE,
                                          "%u item in order of the day the money becomes available. "
                                          "Amounts in US dollars; projected items (the plan’s future) in italics.",
                                          "%u items in order of the day the money becomes available. "
                                          "Amounts in US dollars; projected items (the plan’s future) in italics.",
                                          schedule->items->len)
                           : g_dngettext (GETTEXT_PACKAGE,
                                          "%u item in order of the day the money becomes available. "
                                          "Amounts in US dollars.",
                                          "%u items in order of the day the money becomes available. "
                                          "Amounts in US dollars.",
                                          schedule->items->len),
                           schedule->items->len);
  pdf_paragraph (r, intro, 9.5, &grey);
  r->y += 6;

  if (schedule->items->len == 0)
    {
      pdf_paragraph (r, _("The plan has no payments yet."), 10, &ink);
      r->y += 14;
      return;
    }

  pdf_table_init (r, &t, _("Payment schedule"), columns, G_N_ELEMENTS (columns), 8.5);
  pdf_table_begin (r, &t);

  for (guint i = 0; i < schedule->items->len; i++)
    {
      const PaydayItem *item = &g_array_index (schedule->items, PaydayItem, i);
      g_autofree char *label = pdf_item_label (r->plan, item);
      const char *cells[G_N_ELEMENTS (columns)];
      g_autofree char *c0 = NULL, *c1 = NULL, *c2 = NULL, *c3 = NULL;
      g_autofree char *c4 = NULL, *c5 = NULL, *c6 = NULL, *c7 = NULL;

      cells[0] = c0 = pdf_cell (item, pdf_contract_title (pdf_item_contract (r->plan, item),
                                                          item->contract_id));
      cells[1] = c1 = item->kind == PAYDAY_ITEM_HOURLY_WEEK
                      ? pdf_date_cell (item, item->period_start)
                      : pdf_cell (item, label);
      cells[2] = c2 = pdf_cell (item, kind_label (item->kind));
      cells[3] = c3 = pdf_date_cell (item, item->available_on);
      cells[4] = c4 = pdf_money_cell (item, item->gross_cents);
      cells[5] = c5 = pdf_money_cell (item, item->fee_cents);
      cells[6] = c6 = pdf_money_cell (item, item->net_cents);
      cells[7] = c7 = pdf_status_markup (item);
      pdf_table_row (r, &t, cells, FALSE, FALSE);

      gross += item->gross_cents;
      fee += item->fee_cents;
      net += item->net_cents;
    }

  {
    const char *cells[G_N_ELEMENTS (columns)] = { _("Total"), "", "", "", NULL, NULL, NULL, "" };
    g_autofree char *c4 = pdf_money_markup (gross);
    g_autofree char *c5 = pdf_money_markup (fee);
    g_autofree char *c6 = pdf_money_markup (net);

    cells[4] = c4;
    cells[5] = c5;
    cells[6] = c6;
    t.n_rows = 0;  /* the total row is never shaded */
    pdf_table_row (r, &t, cells, FALSE, TRUE);
  }
  pdf_table_end (r);

  if (schedule->notes != NULL && schedule->notes->len > 0)
    {
      pdf_heading (r, _("Notes"), 20);
      for (guint i = 0; i < schedule->notes->len; i++)
        {
          g_autofree char *note = pdf_escape (g_ptr_array_index (schedule->notes, i));
          g_autofree char *line = g_strdup_printf ("•  %s", note);

          pdf_paragraph (r, line, 9.5, &ink);
          r->y += 3;
        }
      r->y += 12;
    }
}

/* Rows of the withdrawals table: the last history rows and the first projected ones. */
#define WITHDRAWAL_HISTORY_ROWS 5
#define WITHDRAWAL_ROWS 30

/* "In your bank": the next withdrawal, the fees of a year, and the withdrawals themselves
 * (docs/withdrawals.md); projected rows in italics like the schedule's. */
void
pdf_draw_withdrawals (Renderer *r)
{
  static const Column columns[] = {
    { N_("Leaves Upwork"), 72, PANGO_ALIGN_LEFT },
    { N_("Kind"), -1, PANGO_ALIGN_LEFT },
    { N_("Amount"), 66, PANGO_ALIGN_RIGHT },
    { N_("Fee"), 52, PANGO_ALIGN_RIGHT },
    { N_("Received"), 66, PANGO_ALIGN_RIGHT },
    { N_("In the bank"), 72, PANGO_ALIGN_LEFT },
  };
  const PaydayPayouts *payouts = r->in->payouts;
  const PaydayPayout *next;
  Figure figures[3];
  guint first, last;
  g_autofree char *intro = NULL;
  Table t;

  if (payouts == NULL)
    return;

  next = payday_payouts_get_next (payouts);
  pdf_heading (r, _("In your bank"), 120);
  figures[0].label = _("Next withdrawal");
  figures[0].color = "#241f31";
  if (next != NULL)
    {
      char leaves[PAYDAY_DATE_BUF], arrives[PAYDAY_DATE_BUF];
      g_autofree char *fee = payday_money_format (next->fee_cents);
      g_autofree char *detail = NULL;

      figures[0].value = pdf_money_markup (next->received_cents);
      /* Translators: the day money leaves Upwork → the day it is in the bank, then the fee */
      detail = g_strdup_printf (_("%s → bank %s · fee %s"), payday_date_format (next->date, leaves),
                                payday_date_format (next->arrives_on, arrives), fee);
      figures[0].detail = pdf_escape (detail);
    }
  else
    {
      figures[0].value = g_strdup (_("None scheduled"));
      figures[0].detail = pdf_escape (payouts->schedule == PAYDAY_SCHEDULE_MANUAL
                                      ? _("withdrawals are manual")
                                      : _("nothing reaches the threshold"));
    }
  figures[1].label = _("Fees in the next 12 months");
  figures[1].value = pdf_money_markup (payouts->fees_next_12m_cents);
  figures[1].detail = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u withdrawal projected",
                                                    "%u withdrawals projected",
                                                    payouts->projected_count),
                                       payouts->projected_count);
  figures[1].color = "#241f31";
  figures[2].label = _("Schedule");
  figures[2].value = pdf_escape (payday_withdrawal_schedule_label (payouts->schedule));
  figures[2].detail = pdf_escape (payday_withdrawal_method_label (payouts->method));
  figures[2].color = "#241f31";
  pdf_figures_row (r, figures, 3);

  if (payouts->rows->len == 0)
    return;

  first = payouts->next >= 0 ? (guint) payouts->next : payouts->rows->len;
  first = first > WITHDRAWAL_HISTORY_ROWS ? first - WITHDRAWAL_HISTORY_ROWS : 0;
  last = MIN (payouts->rows->len, first + WITHDRAWAL_ROWS);
  intro = g_strdup_printf (_("%u of %u withdrawals; the <tt>.withdrawals.csv</tt> export holds "
                             "them all. Oldest money leaves first; projected ones in italics."),
                           last - first, payouts->rows->len);
  pdf_paragraph (r, intro, 9.5, &grey);
  r->y += 6;

  pdf_table_init (r, &t, _("In your bank"), columns, G_N_ELEMENTS (columns), 8.5);
  pdf_table_begin (r, &t);
  for (guint i = first; i < last; i++)
    {
      const PaydayPayout *row = &g_array_index (payouts->rows, PaydayPayout, i);
      gboolean projected = row->kind == PAYDAY_PAYOUT_PROJECTED;
      char date[PAYDAY_DATE_BUF], arrives[PAYDAY_DATE_BUF];
      const char *cells[G_N_ELEMENTS (columns)];
      char *c[G_N_ELEMENTS (columns)];

      c[0] = g_strdup (payday_date_format (row->date, date));
      c[1] = g_strdup (!projected ? C_("withdrawal", "Done")
                       : row->forced ? _("Projected (held 180 days)") : _("Projected"));
      c[2] = payday_money_format (row->amount_cents);
      c[3] = payday_money_format (row->fee_cents);
      c[4] = payday_money_format (row->received_cents);
      c[5] = g_strdup (payday_date_format (row->arrives_on, arrives));
      for (guint k = 0; k < G_N_ELEMENTS (columns); k++)
        {
          g_autofree char *escaped = pdf_escape (c[k]);

          g_free (c[k]);
          c[k] = g_strdup_printf (projected ? "<i><span font_features=\"tnum\">%s</span></i>"
                                            : "<span font_features=\"tnum\">%s</span>", escaped);
          cells[k] = c[k];
        }
      pdf_table_row (r, &t, cells, FALSE, FALSE);
      for (guint k = 0; k < G_N_ELEMENTS (columns); k++)
        g_free (c[k]);
    }
  pdf_table_end (r);

  for (guint i = 0; i < payouts->warnings->len; i++)
    {
      g_autofree char *warning = pdf_escape (g_ptr_array_index (payouts->warnings, i));
      g_autofree char *line = g_strdup_printf ("<span foreground=\"#c01c28\">⚠</span>  %s",
                                               warning);

      pdf_paragraph (r, line, 9.5, &ink);
      r->y += 3;
    }
  r->y += 12;
}

void
pdf_draw_ledger (Renderer *r)
{
  static const Column columns[] = {
    { N_("Date"), 60, PANGO_ALIGN_LEFT },
    { N_("Entry"), 84, PANGO_ALIGN_LEFT },
    { N_("Amount"), 54, PANGO_ALIGN_RIGHT },
    { N_("Balance"), 54, PANGO_ALIGN_RIGHT },
    { N_("Lot expires"), 64, PANGO_ALIGN_LEFT },
    { N_("Reference"), -1, PANGO_ALIGN_LEFT },
  };
  const PaydayLedger *ledger = r->in->ledger;
  guint first;
  g_autofree char *intro = NULL;
  Table t;

  if (ledger == NULL)
    return;

  pdf_heading (r, _("Connects ledger"), 80);
  first = ledger->rows->len > LEDGER_ROWS ? ledger->rows->len - LEDGER_ROWS : 0;
  if (first > 0)
    intro = g_strdup_printf (_("The last %d of %u entries; the <tt>.ledger.csv</tt> export "
                               "holds them all. Oldest lots are spent first."),
                             LEDGER_ROWS, ledger->rows->len);
  else
    intro = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u entry. Oldest lots are spent first.",
                                          "%u entries. Oldest lots are spent first.",
                                          ledger->rows->len),
                             ledger->rows->len);
  pdf_paragraph (r, intro, 9.5, &grey);
  r->y += 6;

  if (ledger->rows->len > 0)
    {
      pdf_table_init (r, &t, _("Connects ledger"), columns, G_N_ELEMENTS (columns), 8.5);
      pdf_table_begin (r, &t);

      for (guint i = first; i < ledger->rows->len; i++)
        {
          const PaydayLedgerRow *row = &g_array_index (ledger->rows, PaydayLedgerRow, i);
          char date[PAYDAY_DATE_BUF], expires[PAYDAY_DATE_BUF];
          const char *cells[G_N_ELEMENTS (columns)];
          g_autofree char *c2 = NULL, *c3 = NULL, *c5 = NULL;

          cells[0] = payday_date_format (row->date, date);
          cells[1] = payday_ledger_kind_title (row->kind);
          /* U+2212 MINUS SIGN: a typographic minus, as wide as the plus. */
          cells[2] = c2 = g_strdup_printf ("<span font_features=\"tnum\" foreground=\"%s\">"
                                           "%s%" G_GINT64_FORMAT "</span>",
                                           row->amount < 0 ? "#c01c28" : "#26a269",
                                           row->amount < 0 ? "−" : "+",
                                           row->amount < 0 ? -row->amount : row->amount);
          cells[3] = c3 = g_strdup_printf ("<span font_features=\"tnum\">%s%" G_GINT64_FORMAT
                                           "</span>", row->balance < 0 ? "−" : "",
                                           row->balance < 0 ? -row->balance : row->balance);
          cells[4] = payday_date_format (row->lot_expires, expires);
          cells[5] = c5 = pdf_escape (row->ref ? row->ref : "");
          pdf_table_row (r, &t, cells, FALSE, FALSE);
        }
      pdf_table_end (r);
    }

  if (ledger->warnings != NULL && ledger->warnings->len > 0)
    {
      for (guint i = 0; i < ledger->warnings->len; i++)
        {
          const PaydayLedgerWarning *w = &g_array_index (ledger->warnings, PaydayLedgerWarning, i);
          g_autofree char *warning = pdf_escape (w->text);
          g_autofree char *line = g_strdup_printf ("<span foreground=\"#c01c28\">⚠</span>  %s",
                                                   warning);

          pdf_paragraph (r, line, 9.5, &ink);
          r->y += 3;
        }
      r->y += 12;
    }
}
