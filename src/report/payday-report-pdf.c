/* payday-report-pdf.c — the full report as a paginated PDF statement, drawn with cairo and pango
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <cairo-pdf.h>

#include "payday-error.h"
#include "payday-export-csv.h"
#include "payday-report-layout-private.h"

#define LEDGER_ROWS   40
#define NEXT_DAYS     60
#define NEXT_ROWS     12

/* ------------------------------------------------------------------------------------------ */
/* words */

static char *
long_date (PaydayDate date)
{
  static const char * const months[] = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
  };
  static const char * const days[] = {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
  };
  int y, m, d;

  if (!payday_date_is_set (date))
    return g_strdup ("—");

  /* English like the rest of the report; the ISO date stays in the footer and the tables. */
  payday_date_get_ymd (date, &y, &m, &d);
  return g_strdup_printf ("%s, %d %s %d", days[payday_date_weekday (date) - 1], d,
                          months[m - 1], y);
}

static const char *
status_label (PaydayStatus status)
{
  switch (status)
    {
    case PAYDAY_STATUS_IN_PROGRESS:
      return "In progress";
    case PAYDAY_STATUS_IN_REVIEW:
      return "In review";
    case PAYDAY_STATUS_PENDING:
      return "Pending";
    case PAYDAY_STATUS_AVAILABLE:
      return "Available";
    case PAYDAY_N_STATUSES:
    default:
      g_return_val_if_reached ("");
    }
}

static const char *
status_color (PaydayStatus status)
{
  switch (status)
    {
    case PAYDAY_STATUS_IN_PROGRESS:
      return "#77767b";
    case PAYDAY_STATUS_IN_REVIEW:
      return "#1c71d8";
    case PAYDAY_STATUS_PENDING:
      return "#c64600";
    case PAYDAY_STATUS_AVAILABLE:
      return "#26a269";
    case PAYDAY_N_STATUSES:
    default:
      g_return_val_if_reached ("#000000");
    }
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
      g_return_val_if_reached ("");
    }
}

static const PaydayContract *
item_contract (const PaydayPlan *plan,
               const PaydayItem *item)
{
  if (item->contract_index < plan->contracts->len)
    return &g_array_index (plan->contracts, PaydayContract, item->contract_index);
  return NULL;
}

static const char *
contract_title (const PaydayContract *contract,
                const char           *fallback)
{
  if (contract != NULL && contract->title != NULL && *contract->title != '\0')
    return contract->title;
  return contract != NULL && contract->id != NULL ? contract->id : fallback;
}

/* A week shows its Monday, a milestone its title, a bonus its id. */
static char *
item_label (const PaydayPlan *plan,
            const PaydayItem *item)
{
  const PaydayContract *contract = item_contract (plan, item);
  char buf[PAYDAY_DATE_BUF];

  if (item->kind == PAYDAY_ITEM_MILESTONE && contract != NULL && item->source_index >= 0 &&
      (guint) item->source_index < contract->milestones->len)
    {
      const PaydayMilestone *milestone =
        &g_array_index (contract->milestones, PaydayMilestone, item->source_index);

      if (milestone->title != NULL && *milestone->title != '\0')
        return g_strdup (milestone->title);
    }

  return g_strdup (payday_item_format_id (item, buf));
}


/* ------------------------------------------------------------------------------------------ */
/* summary page */

static void
draw_title (Renderer            *r,
            const PaydayEdition *edition)
{
  const PaydaySchedule *schedule = r->in->schedule;
  g_autofree char *name = pdf_escape (r->plan->name && *r->plan->name ? r->plan->name : "Payday plan");
  g_autofree char *as_of = long_date (schedule->today);
  g_autofree char *rules_name = pdf_escape (schedule->rules->name ? schedule->rules->name
                                                              : schedule->rules->id);
  g_autofree char *edition_date = edition ? payday_date_to_string (edition->effective_from) : NULL;
  g_autofree char *edition_title = pdf_escape (edition && edition->title ? edition->title : "");
  g_autofree char *line = NULL;

  r->y += pdf_draw_markup (r, r->left, r->y, r->width, 9.5, TRUE, &accent, PANGO_ALIGN_LEFT, FALSE,
                       "PAYDAY STATEMENT");
  r->y += 2;
  r->y += pdf_draw_markup (r, r->left, r->y, r->width, 24, TRUE, &ink, PANGO_ALIGN_LEFT, TRUE, name);
  r->y += 4;

  if (edition != NULL)
    line = g_strdup_printf ("As of <b>%s</b>  ·  %s rules, edition %s%s%s", as_of, rules_name,
                            edition_date, *edition_title ? " — " : "", edition_title);
  else
    line = g_strdup_printf ("As of <b>%s</b>  ·  %s rules", as_of, rules_name);
  r->y += pdf_draw_markup (r, r->left, r->y, r->width, 11, FALSE, &grey, PANGO_ALIGN_LEFT, TRUE, line);

  r->y += 10;
  cairo_set_source_rgb (r->cr, accent.r, accent.g, accent.b);
  cairo_rectangle (r->cr, r->left, r->y, r->width, 2);
  cairo_fill (r->cr);
  r->y += 16;
}

static void
draw_totals (Renderer            *r,
             const PaydaySummary *summary)
{
  const PaydaySchedule *schedule = r->in->schedule;
  Figure status[PAYDAY_N_STATUSES];
  Figure money[3];
  guint counts[PAYDAY_N_STATUSES] = { 0, };

  for (guint i = 0; i < schedule->items->len; i++)
    counts[g_array_index (schedule->items, PaydayItem, i).status]++;

  pdf_heading (r, "Earnings by status", 60);
  for (guint s = 0; s < PAYDAY_N_STATUSES; s++)
    {
      status[s].label = status_label (s);
      status[s].value = pdf_money_markup (summary->totals[s]);
      if (r->in->rate != NULL)
        {
          char local[G_ASCII_DTOSTR_BUF_SIZE];

          payday_format_local_amount (local, payday_rate_convert_cents (r->in->rate, summary->totals[s]));
          /* The cards are narrow: the count and the local amount only. */
          status[s].detail = g_strdup_printf ("%u item%s · ≈ %s %s", counts[s],
                                              counts[s] == 1 ? "" : "s", local,
                                              r->in->rate->currency);
        }
      else
        status[s].detail = g_strdup_printf ("%u item%s, net of fees", counts[s],
                                            counts[s] == 1 ? "" : "s");
      status[s].color = status_color (s);
    }
  pdf_figures_row (r, status, PAYDAY_N_STATUSES);

  money[0].label = "Balance (available − withdrawn)";
  money[0].value = pdf_money_markup (summary->balance_cents);
  money[0].detail = NULL;
  /* --currency: the balance in local units and the rate it used. */
  if (r->in->rate != NULL)
    {
      char local[G_ASCII_DTOSTR_BUF_SIZE];
      char rate_date[PAYDAY_DATE_BUF];
      g_autofree char *text = NULL;

      /* The source and day of the rate; its exact value is in the JSON and CSV exports. */
      payday_format_local_amount (local, payday_rate_convert_cents (r->in->rate, summary->balance_cents));
      text = g_strdup_printf ("≈ %s %s · %s %s", local, r->in->rate->currency,
                              r->in->rate->source,
                              payday_date_format (r->in->rate->date, rate_date));
      money[0].detail = g_markup_escape_text (text, -1);
    }
  money[0].color = "#241f31";
  money[1].label = "Withdrawn";
  money[1].value = pdf_money_markup (summary->withdrawn_cents);
  money[1].detail = NULL;
  money[1].color = "#241f31";
  money[2].label = "Next payment";
  money[2].color = "#241f31";
  if (payday_date_is_set (summary->next_payment_date))
    {
      g_autofree char *date = long_date (summary->next_payment_date);

      money[2].value = pdf_money_markup (summary->next_payment_net_cents);
      money[2].detail = g_markup_escape_text (date, -1);
    }
  else
    {
      money[2].value = g_strdup ("None scheduled");
      money[2].detail = NULL;
    }
  pdf_figures_row (r, money, 3);
}


static char *
status_markup (const PaydayItem *item)
{
  return g_strdup_printf ("<span foreground=\"%s\">%s</span>", status_color (item->status),
                          status_label (item->status));
}

/* Projected rows are plans, not facts: they are set in italics (the legend says so). */
static char *
cell (const PaydayItem *item,
      const char       *text)
{
  g_autofree char *escaped = pdf_escape (text);

  if (item != NULL && item->projected)
    return g_strdup_printf ("<i>%s</i>", escaped);
  return g_steal_pointer (&escaped);
}

static char *
date_cell (const PaydayItem *item,
           PaydayDate        date)
{
  char buf[PAYDAY_DATE_BUF];
  g_autofree char *tnum = g_strdup_printf ("<span font_features=\"tnum\">%s</span>",
                                           payday_date_format (date, buf));

  if (item != NULL && item->projected)
    return g_strdup_printf ("<i>%s</i>", tnum);
  return g_steal_pointer (&tnum);
}

static char *
money_cell (const PaydayItem *item,
            PaydayCents       cents)
{
  g_autofree char *money = pdf_money_markup (cents);

  if (item != NULL && item->projected)
    return g_strdup_printf ("<i>%s</i>", money);
  return g_steal_pointer (&money);
}

static void
draw_next_payments (Renderer *r)
{
  static const Column columns[] = {
    { "Available", 64, PANGO_ALIGN_LEFT },
    { "Contract", -1.4, PANGO_ALIGN_LEFT },
    { "Item", -1, PANGO_ALIGN_LEFT },
    { "Status", 60, PANGO_ALIGN_LEFT },
    { "Net", 66, PANGO_ALIGN_RIGHT },
  };
  const PaydaySchedule *schedule = r->in->schedule;
  PaydayDate until = schedule->today + NEXT_DAYS;
  guint shown = 0, more = 0, max_rows;
  PaydayCents more_cents = 0;
  g_autofree char *intro = NULL;
  double row_h;
  Table t;

  pdf_heading (r, "Next payments", 40);
  intro = g_strdup_printf ("Money that becomes available in the next %d days, net of fees.",
                           NEXT_DAYS);
  pdf_paragraph (r, intro, 9.5, &grey);
  r->y += 6;

  pdf_table_init (r, &t, "Next payments", columns, G_N_ELEMENTS (columns), 9);

  /* The summary is one page when it can be: as many rows as fit (at least 3, at most
   * NEXT_ROWS), then one line for the rest. */
  row_h = pdf_measure_markup (r, 0, t.font_size, FALSE, FALSE, "Ag") + 2 * CELL_PAD_Y;
  max_rows = (guint) CLAMP ((r->bottom - r->y - pdf_table_header_height (r, &t) - 30) / row_h,
                            3, NEXT_ROWS);

  for (guint i = 0; i < schedule->items->len; i++)
    {
      const PaydayItem *item = &g_array_index (schedule->items, PaydayItem, i);
      g_autofree char *label = NULL;
      const char *cells[G_N_ELEMENTS (columns)];
      g_autofree char *c0 = NULL, *c1 = NULL, *c2 = NULL, *c3 = NULL, *c4 = NULL;

      if (item->available_on <= schedule->today || item->available_on > until)
        continue;

      if (shown == max_rows)
        {
          more++;
          more_cents += item->net_cents;
          continue;
        }

      if (shown == 0)
        pdf_table_begin (r, &t);

      label = item_label (r->plan, item);
      cells[0] = c0 = date_cell (item, item->available_on);
      cells[1] = c1 = cell (item, contract_title (item_contract (r->plan, item), item->contract_id));
      cells[2] = c2 = item->kind == PAYDAY_ITEM_HOURLY_WEEK ? date_cell (item, item->period_start)
                                                            : cell (item, label);
      cells[3] = c3 = status_markup (item);
      cells[4] = c4 = money_cell (item, item->net_cents);
      pdf_table_row (r, &t, cells, FALSE, FALSE);
      shown++;
    }

  if (shown == 0)
    {
      pdf_paragraph (r, "Nothing becomes available in that time.", 10, &ink);
      r->y += 14;
      return;
    }

  pdf_table_end (r);

  if (more > 0)
    {
      g_autofree char *money = payday_money_format (more_cents);
      g_autofree char *text = g_strdup_printf ("and %u more payment%s in that time, %s in all.",
                                               more, more == 1 ? "" : "s", money);

      r->y -= 10;
      pdf_paragraph (r, text, 9.5, &grey);
      r->y += 14;
    }
}

static void
draw_contracts (Renderer *r)
{
  static const Column columns[] = {
    { "Contract", -2, PANGO_ALIGN_LEFT },
    { "Client", -1, PANGO_ALIGN_LEFT },
    { "Type", 44, PANGO_ALIGN_LEFT },
    { "Items", 36, PANGO_ALIGN_RIGHT },
    { "Gross", 66, PANGO_ALIGN_RIGHT },
    { "Net", 66, PANGO_ALIGN_RIGHT },
  };
  const PaydaySchedule *schedule = r->in->schedule;
  const PaydayPlan *plan = r->plan;
  Table t;

  if (plan->contracts->len == 0)
    return;

  pdf_heading (r, "Contracts", 40);
  pdf_table_init (r, &t, "Contracts", columns, G_N_ELEMENTS (columns), 9);
  pdf_table_begin (r, &t);

  for (guint c = 0; c < plan->contracts->len; c++)
    {
      const PaydayContract *contract = &g_array_index (plan->contracts, PaydayContract, c);
      const PaydayClient *client = contract->client ? payday_plan_find_client (plan, contract->client)
                                                    : NULL;
      PaydayCents gross = 0, net = 0;
      guint items = 0;
      const char *cells[G_N_ELEMENTS (columns)];
      g_autofree char *c0 = NULL, *c1 = NULL, *c3 = NULL, *c4 = NULL, *c5 = NULL;

      for (guint i = 0; i < schedule->items->len; i++)
        {
          const PaydayItem *item = &g_array_index (schedule->items, PaydayItem, i);

          if (item->contract_index != c)
            continue;
          gross += item->gross_cents;
          net += item->net_cents;
          items++;
        }

      /* Full titles here (wrapped); the schedule table shortens them to one line. */
      cells[0] = c0 = pdf_escape (contract_title (contract, ""));
      cells[1] = c1 = pdf_escape (client && client->name ? client->name
                              : contract->client ? contract->client : "—");
      cells[2] = contract->type == PAYDAY_CONTRACT_HOURLY ? "Hourly" : "Fixed";
      cells[3] = c3 = g_strdup_printf ("%u", items);
      cells[4] = c4 = pdf_money_markup (gross);
      cells[5] = c5 = pdf_money_markup (net);
      pdf_table_row (r, &t, cells, TRUE, FALSE);
    }

  pdf_table_end (r);
}

static void
draw_connects_figures (Renderer *r)
{
  const PaydayLedger *ledger = r->in->ledger;
  Figure figures[4];

  if (ledger == NULL)
    return;

  pdf_heading (r, "Connects", 60);
  figures[0].label = "Balance";
  figures[0].value = g_strdup_printf ("%" G_GINT64_FORMAT, ledger->balance);
  figures[0].detail = g_strdup ("at the end of the day");
  figures[0].color = ledger->balance < 0 ? "#c01c28" : "#241f31";
  figures[1].label = "Expiring within 30 days";
  figures[1].value = g_strdup_printf ("%" G_GINT64_FORMAT, ledger->expiring_30d);
  figures[1].detail = g_strdup ("unless spent first");
  figures[1].color = ledger->expiring_30d > 0 ? "#c64600" : "#241f31";
  figures[2].label = "Spent in 12 months";
  figures[2].value = g_strdup_printf ("%" G_GINT64_FORMAT, ledger->spent_12m);
  figures[2].detail = g_strdup ("proposals + boosts − refunds");
  figures[2].color = "#241f31";
  figures[3].label = "Cost per hire";
  figures[3].color = "#241f31";
  if (ledger->cost_per_hire_cents != PAYDAY_NONE)
    {
      figures[3].value = pdf_money_markup (ledger->cost_per_hire_cents);
      figures[3].detail = g_strdup_printf ("%d hire%s in 12 months", ledger->hires_12m,
                                           ledger->hires_12m == 1 ? "" : "s");
    }
  else
    {
      figures[3].value = g_strdup ("No hires");
      figures[3].detail = g_strdup ("in 12 months");
    }
  pdf_figures_row (r, figures, 4);
}

/* ------------------------------------------------------------------------------------------ */
/* schedule and ledger tables */

static void
draw_schedule (Renderer *r)
{
  static const Column columns[] = {
    { "Contract", -1.9, PANGO_ALIGN_LEFT },
    { "Item", -1, PANGO_ALIGN_LEFT },
    { "Kind", 54, PANGO_ALIGN_LEFT },
    { "Available", 60, PANGO_ALIGN_LEFT },
    { "Gross", 58, PANGO_ALIGN_RIGHT },
    { "Fee", 48, PANGO_ALIGN_RIGHT },
    { "Net", 58, PANGO_ALIGN_RIGHT },
    { "Status", 56, PANGO_ALIGN_LEFT },
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
  pdf_heading (r, "Payment schedule", 60);

  for (guint i = 0; i < schedule->items->len; i++)
    any_projected |= g_array_index (schedule->items, PaydayItem, i).projected;

  intro = g_strdup_printf ("%u item%s in order of the day the money becomes available. "
                           "Amounts in US dollars%s.",
                           schedule->items->len, schedule->items->len == 1 ? "" : "s",
                           any_projected ? "; projected items (the plan’s future) in italics" : "");
  pdf_paragraph (r, intro, 9.5, &grey);
  r->y += 6;

  if (schedule->items->len == 0)
    {
      pdf_paragraph (r, "The plan has no payments yet.", 10, &ink);
      r->y += 14;
      return;
    }

  pdf_table_init (r, &t, "Payment schedule", columns, G_N_ELEMENTS (columns), 8.5);
  pdf_table_begin (r, &t);

  for (guint i = 0; i < schedule->items->len; i++)
    {
      const PaydayItem *item = &g_array_index (schedule->items, PaydayItem, i);
      g_autofree char *label = item_label (r->plan, item);
      const char *cells[G_N_ELEMENTS (columns)];
      g_autofree char *c0 = NULL, *c1 = NULL, *c2 = NULL, *c3 = NULL;
      g_autofree char *c4 = NULL, *c5 = NULL, *c6 = NULL, *c7 = NULL;

      cells[0] = c0 = cell (item, contract_title (item_contract (r->plan, item), item->contract_id));
      cells[1] = c1 = item->kind == PAYDAY_ITEM_HOURLY_WEEK ? date_cell (item, item->period_start)
                                                            : cell (item, label);
      cells[2] = c2 = cell (item, kind_label (item->kind));
      cells[3] = c3 = date_cell (item, item->available_on);
      cells[4] = c4 = money_cell (item, item->gross_cents);
      cells[5] = c5 = money_cell (item, item->fee_cents);
      cells[6] = c6 = money_cell (item, item->net_cents);
      cells[7] = c7 = status_markup (item);
      pdf_table_row (r, &t, cells, FALSE, FALSE);

      gross += item->gross_cents;
      fee += item->fee_cents;
      net += item->net_cents;
    }

  {
    const char *cells[G_N_ELEMENTS (columns)] = { "Total", "", "", "", NULL, NULL, NULL, "" };
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
      pdf_heading (r, "Notes", 20);
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

static const char *
ledger_kind_label (PaydayLedgerKind kind)
{
  switch (kind)
    {
    case PAYDAY_LEDGER_OPENING: return "Opening balance";
    case PAYDAY_LEDGER_REFILL: return "Monthly refill";
    case PAYDAY_LEDGER_PURCHASE: return "Purchase";
    case PAYDAY_LEDGER_GRANT: return "Grant";
    case PAYDAY_LEDGER_ADJUST: return "Adjustment";
    case PAYDAY_LEDGER_REFUND: return "Refund";
    case PAYDAY_LEDGER_SPEND: return "Proposal";
    case PAYDAY_LEDGER_BOOST: return "Boost";
    case PAYDAY_LEDGER_EXPIRE: return "Expired";
    default: g_return_val_if_reached ("");
    }
}

static void
draw_ledger (Renderer *r)
{
  static const Column columns[] = {
    { "Date", 60, PANGO_ALIGN_LEFT },
    { "Entry", 84, PANGO_ALIGN_LEFT },
    { "Amount", 54, PANGO_ALIGN_RIGHT },
    { "Balance", 54, PANGO_ALIGN_RIGHT },
    { "Lot expires", 64, PANGO_ALIGN_LEFT },
    { "Reference", -1, PANGO_ALIGN_LEFT },
  };
  const PaydayLedger *ledger = r->in->ledger;
  guint first;
  g_autofree char *intro = NULL;
  Table t;

  if (ledger == NULL)
    return;

  pdf_heading (r, "Connects ledger", 80);
  first = ledger->rows->len > LEDGER_ROWS ? ledger->rows->len - LEDGER_ROWS : 0;
  if (first > 0)
    intro = g_strdup_printf ("The last %d of %u entries; the <tt>.ledger.csv</tt> export "
                             "holds them all. Oldest lots are spent first.",
                             LEDGER_ROWS, ledger->rows->len);
  else
    intro = g_strdup_printf ("%u entr%s. Oldest lots are spent first.", ledger->rows->len,
                             ledger->rows->len == 1 ? "y" : "ies");
  pdf_paragraph (r, intro, 9.5, &grey);
  r->y += 6;

  if (ledger->rows->len > 0)
    {
      pdf_table_init (r, &t, "Connects ledger", columns, G_N_ELEMENTS (columns), 8.5);
      pdf_table_begin (r, &t);

      for (guint i = first; i < ledger->rows->len; i++)
        {
          const PaydayLedgerRow *row = &g_array_index (ledger->rows, PaydayLedgerRow, i);
          char date[PAYDAY_DATE_BUF], expires[PAYDAY_DATE_BUF];
          const char *cells[G_N_ELEMENTS (columns)];
          g_autofree char *c2 = NULL, *c3 = NULL, *c5 = NULL;

          cells[0] = payday_date_format (row->date, date);
          cells[1] = ledger_kind_label (row->kind);
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
          g_autofree char *warning = pdf_escape (g_ptr_array_index (ledger->warnings, i));
          g_autofree char *line = g_strdup_printf ("<span foreground=\"#c01c28\">⚠</span>  %s",
                                                   warning);

          pdf_paragraph (r, line, 9.5, &ink);
          r->y += 3;
        }
      r->y += 12;
    }
}

/* A section drawn by a callback: its heading, then the drawing in a box of the content width,
 * clipped so a callback cannot draw over the footer. */
static void
draw_section (Renderer                  *r,
              const PaydayReportSection *section)
{
  double avail_page = r->bottom - MARGIN_TOP - 60;
  double h;

  if (section->draw == NULL)
    return;

  h = section->height > 0 && section->height <= avail_page ? section->height : avail_page;
  pdf_heading (r, section->title ? section->title : "", h);

  cairo_save (r->cr);
  cairo_translate (r->cr, r->left, r->y);
  cairo_rectangle (r->cr, 0, 0, r->width, h);
  cairo_clip (r->cr);
  section->draw (r->cr, r->width, h, section->data);
  cairo_restore (r->cr);

  r->y += h + 18;
}

/* ------------------------------------------------------------------------------------------ */
/* the document */

/* Lays out and draws the whole report on @cr (ending each page with cairo_show_page), or,
 * with @only_page > 0, only that page (1-based) on @target. Returns the page count. */
static int
render (const PaydayReportInput *in,
        cairo_t                 *cr,
        double                   page_w,
        double                   page_h,
        int                      n_pages,
        int                      only_page,
        cairo_t                 *target)
{
  const PaydaySchedule *schedule = in->schedule;
  const PaydayEdition *edition = payday_rules_edition_for (schedule->rules, schedule->plan,
                                                           schedule->today);
  g_autofree char *today = payday_date_to_string (schedule->today);
  g_autofree char *rules_name = pdf_escape (schedule->rules->name ? schedule->rules->name
                                                              : schedule->rules->id);
  g_autofree char *edition_date = edition ? payday_date_to_string (edition->effective_from) : NULL;
  PaydaySummary summary;
  Renderer r = { 0, };

  payday_summary_compute (schedule, &summary);

  r.in = in;
  r.plan = schedule->plan;
  r.cr = cr;
  r.only_page = only_page;
  r.target = target;
  r.scratch = cr;
  r.page_w = page_w;
  r.page_h = page_h;
  r.left = MARGIN_X;
  r.width = page_w - 2 * MARGIN_X;
  r.bottom = page_h - MARGIN_BOTTOM;
  r.n_pages = n_pages;
  /* The footer dates the statement by the plan's day, not the wall clock: the same plan at
   * the same date gives the same report. */
  r.footer = edition_date
    ? g_strdup_printf ("Payday %s  ·  as of %s  ·  %s rules, edition %s", PACKAGE_VERSION,
                       today, rules_name, edition_date)
    : g_strdup_printf ("Payday %s  ·  as of %s  ·  %s rules", PACKAGE_VERSION, today, rules_name);

  pdf_begin_page (&r);
  draw_title (&r, edition);
  draw_totals (&r, &summary);
  draw_connects_figures (&r);
  draw_contracts (&r);
  draw_next_payments (&r);

  draw_schedule (&r);
  draw_ledger (&r);
  draw_section (&r, &in->badges);
  draw_section (&r, &in->chart);
  pdf_end_page (&r);

  g_free (r.footer);

  return r.page;
}

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/**
 * payday_report_count_pages:
 * @in: what to report
 *
 * Lays the report out without keeping it (the writer does this first, for "Page N of M").
 *
 * Returns: the number of pages payday_report_write_pdf() writes for @in
 */
int
payday_report_count_pages (const PaydayReportInput *in)
{
  double w, h;

  g_return_val_if_fail (in != NULL && in->schedule != NULL, 0);

  payday_report_paper_size (in->paper, &w, &h);

  return payday_report_count_pages_for_size (in, w, h);
}

/**
 * payday_report_count_pages_for_size:
 * @in: what to report
 * @width: the page's width in points
 * @height: the page's height in points
 *
 * Like payday_report_count_pages(), on pages of the given size rather than @in's paper
 * (a printer's page setup may differ).
 *
 * Returns: the number of pages of the report at that size
 */
int
payday_report_count_pages_for_size (const PaydayReportInput *in,
                                    double                   width,
                                    double                   height)
{
  cairo_surface_t *surface;
  cairo_t *cr;
  int pages;

  g_return_val_if_fail (in != NULL && in->schedule != NULL, 0);
  g_return_val_if_fail (width > 0 && height > 0, 0);

  /* A NULL write function is cairo's no-op sink. */
  surface = cairo_pdf_surface_create_for_stream (NULL, NULL, width, height);
  cr = cairo_create (surface);
  pages = render (in, cr, width, height, 0, 0, NULL);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  cairo_surface_destroy (surface);

  return pages;
}

/**
 * payday_report_draw_page:
 * @in: what to report
 * @cr: where to draw, in points, the page's top-left corner at (0, 0)
 * @width: the page's width in points
 * @height: the page's height in points
 * @page_index: the page, 0-based
 * @n_pages: the report's page count at this size (for "Page N of M"), or 0 to count here
 *
 * Draws one page of the same report payday_report_write_pdf() writes, with the same
 * layout code, onto @cr (a printer's page). The report is laid out from its start every
 * time, so the page breaks are exactly those of the PDF at this page size. Does not end
 * the page: the caller (GtkPrintOperation) does. @cr's state is restored on return.
 */
void
payday_report_draw_page (const PaydayReportInput *in,
                         cairo_t                 *cr,
                         double                   width,
                         double                   height,
                         int                      page_index,
                         int                      n_pages)
{
  cairo_surface_t *surface;
  cairo_t *scratch;

  g_return_if_fail (in != NULL && in->schedule != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (width > 0 && height > 0);
  g_return_if_fail (page_index >= 0);

  if (n_pages <= 0)
    n_pages = payday_report_count_pages_for_size (in, width, height);

  surface = cairo_pdf_surface_create_for_stream (NULL, NULL, width, height);
  scratch = cairo_create (surface);
  cairo_save (cr);
  render (in, scratch, width, height, n_pages, page_index + 1, cr);
  cairo_restore (cr);
  cairo_destroy (scratch);
  cairo_surface_finish (surface);
  cairo_surface_destroy (surface);
}

/**
 * payday_report_write_pdf:
 * @in: what to report
 * @path: the file to write
 * @error: where to put a failure
 *
 * Writes the report: a summary page, the schedule as a table whose header repeats on every
 * page, the Connects ledger, then the badges and chart sections the caller provides. Text is
 * real text (searchable, copyable). The file is replaced atomically: a reader never sees half
 * a report, and a failure leaves the old file alone.
 *
 * Returns: %TRUE on success
 */
gboolean
payday_report_write_pdf (const PaydayReportInput  *in,
                         const char               *path,
                         GError                  **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  g_autofree char *title = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;
  double w, h;
  int n_pages;

  g_return_val_if_fail (in != NULL && in->schedule != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  n_pages = payday_report_count_pages (in);
  payday_report_paper_size (in->paper, &w, &h);

  surface = cairo_pdf_surface_create_for_stream (append_bytes, bytes, w, h);
  title = g_strdup_printf ("Payday statement — %s",
                           in->schedule->plan->name ? in->schedule->plan->name : "plan");
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Payday " PACKAGE_VERSION);
  cr = cairo_create (surface);
  render (in, cr, w, h, n_pages, 0, NULL);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, PAYDAY_ERROR, PAYDAY_ERROR_FAILED, "%s: cannot draw the report: %s",
                   path, cairo_status_to_string (status));
      return FALSE;
    }

  /* g_file_set_contents_full writes a temporary file beside @path and renames it over. */
  if (!g_file_set_contents_full (path, (const char *) bytes->data, bytes->len,
                                 G_FILE_SET_CONTENTS_CONSISTENT, 0666, error))
    return FALSE;

  return TRUE;
}
