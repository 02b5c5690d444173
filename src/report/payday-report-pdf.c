/* payday-report-pdf.c — the full report as a paginated PDF statement, drawn with cairo and pango
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <cairo-pdf.h>
#include <glib/gi18n.h>

#include "payday-error.h"
#include "payday-export-csv.h"
#include "payday-report-pdf-private.h"
#include "payday-report-private.h"

#define LEDGER_ROWS   40
#define NEXT_DAYS     60
#define NEXT_ROWS     12

/* ------------------------------------------------------------------------------------------ */
/* words */

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

const PaydayContract *
pdf_item_contract (const PaydayPlan *plan,
                   const PaydayItem *item)
{
  if (item->contract_index < plan->contracts->len)
    return &g_array_index (plan->contracts, PaydayContract, item->contract_index);
  return NULL;
}

const char *
pdf_contract_title (const PaydayContract *contract,
                    const char           *fallback)
{
  if (contract != NULL && contract->title != NULL && *contract->title != '\0')
    return contract->title;
  return contract != NULL && contract->id != NULL ? contract->id : fallback;
}

/* A week shows its Monday, a milestone its title, a bonus its id. */
char *
pdf_item_label (const PaydayPlan *plan,
                const PaydayItem *item)
{
  const PaydayContract *contract = pdf_item_contract (plan, item);
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
  g_autofree char *name = pdf_escape (r->plan->name && *r->plan->name ? r->plan->name : _("Payday plan"));
  g_autofree char *as_of = payday_date_format_long (schedule->today);
  g_autofree char *rules_name = pdf_escape (schedule->rules->name ? schedule->rules->name
                                                              : schedule->rules->id);
  g_autofree char *edition_date = edition ? payday_date_to_string (edition->effective_from) : NULL;
  g_autofree char *edition_title = pdf_escape (edition && edition->title ? edition->title : "");
  g_autofree char *line = NULL;

  r->y += pdf_draw_markup (r, r->left, r->y, r->width, 9.5, TRUE, &accent, PANGO_ALIGN_LEFT, FALSE,
                       _("PAYDAY STATEMENT"));
  r->y += 2;
  r->y += pdf_draw_markup (r, r->left, r->y, r->width, 24, TRUE, &ink, PANGO_ALIGN_LEFT, TRUE, name);
  r->y += 4;

  if (edition != NULL)
    /* Translators: "As of <date> · <rule set> rules, edition <date> — <title>" */
    line = g_strdup_printf (_("As of <b>%s</b>  ·  %s rules, edition %s%s%s"), as_of, rules_name,
                            edition_date, *edition_title ? " — " : "", edition_title);
  else
    line = g_strdup_printf (_("As of <b>%s</b>  ·  %s rules"), as_of, rules_name);
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

  pdf_heading (r, _("Earnings by status"), 60);
  for (guint s = 0; s < PAYDAY_N_STATUSES; s++)
    {
      status[s].label = payday_status_get_title (s);
      status[s].value = pdf_money_markup (summary->totals[s]);
      if (r->in->rate != NULL)
        {
          char local[G_ASCII_DTOSTR_BUF_SIZE];

          payday_format_local_amount (local, payday_rate_convert_cents (r->in->rate, summary->totals[s]));
          /* The cards are narrow: the count and the local amount only. */
          status[s].detail = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u item · ≈ %s %s",
                                                           "%u items · ≈ %s %s", counts[s]),
                                              counts[s], local,
                                              r->in->rate->currency);
        }
      else
        status[s].detail = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u item, net of fees",
                                                         "%u items, net of fees", counts[s]),
                                            counts[s]);
      status[s].color = status_color (s);
    }
  pdf_figures_row (r, status, PAYDAY_N_STATUSES);

  money[0].label = _("Balance (available − withdrawn)");
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
  /* Translators: money taken out of Upwork, not a withdrawn proposal */
  money[1].label = C_("money", "Withdrawn");
  money[1].value = pdf_money_markup (summary->withdrawn_cents);
  money[1].detail = NULL;
  money[1].color = "#241f31";
  money[2].label = _("Next payment");
  money[2].color = "#241f31";
  if (payday_date_is_set (summary->next_payment_date))
    {
      g_autofree char *date = payday_date_format_long (summary->next_payment_date);

      money[2].value = pdf_money_markup (summary->next_payment_net_cents);
      money[2].detail = g_markup_escape_text (date, -1);
    }
  else
    {
      money[2].value = g_strdup (_("None scheduled"));
      money[2].detail = NULL;
    }
  pdf_figures_row (r, money, 3);
}

char *
pdf_status_markup (const PaydayItem *item)
{
  return g_strdup_printf ("<span foreground=\"%s\">%s</span>", status_color (item->status),
                          payday_status_get_title (item->status));
}

/* Projected rows are plans, not facts: they are set in italics (the legend says so). */
char *
pdf_cell (const PaydayItem *item,
          const char       *text)
{
  g_autofree char *escaped = pdf_escape (text);

  if (item != NULL && item->projected)
    return g_strdup_printf ("<i>%s</i>", escaped);
  return g_steal_pointer (&escaped);
}

char *
pdf_date_cell (const PaydayItem *item,
               PaydayDate        date)
{
  char buf[PAYDAY_DATE_BUF];
  g_autofree char *tnum = g_strdup_printf ("<span font_features=\"tnum\">%s</span>",
                                           payday_date_format (date, buf));

  if (item != NULL && item->projected)
    return g_strdup_printf ("<i>%s</i>", tnum);
  return g_steal_pointer (&tnum);
}

char *
pdf_money_cell (const PaydayItem *item,
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
    { N_("Available"), 64, PANGO_ALIGN_LEFT },
    { N_("Contract"), -1.4, PANGO_ALIGN_LEFT },
    { N_("Item"), -1, PANGO_ALIGN_LEFT },
    { N_("Status"), 60, PANGO_ALIGN_LEFT },
    { N_("Net"), 66, PANGO_ALIGN_RIGHT },
  };
  const PaydaySchedule *schedule = r->in->schedule;
  PaydayDate until = schedule->today + NEXT_DAYS;
  guint shown = 0, more = 0, max_rows;
  PaydayCents more_cents = 0;
  g_autofree char *intro = NULL;
  double row_h;
  Table t;

  pdf_heading (r, _("Next payments"), 40);
  intro = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                        "Money that becomes available in the next %d day, net of fees.",
                                        "Money that becomes available in the next %d days, net of fees.",
                                        NEXT_DAYS),
                           NEXT_DAYS);
  pdf_paragraph (r, intro, 9.5, &grey);
  r->y += 6;

  pdf_table_init (r, &t, _("Next payments"), columns, G_N_ELEMENTS (columns), 9);

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

      label = pdf_item_label (r->plan, item);
      cells[0] = c0 = pdf_date_cell (item, item->available_on);
      cells[1] = c1 = pdf_cell (item, pdf_contract_title (pdf_item_contract (r->plan, item),
                                                          item->contract_id));
      cells[2] = c2 = item->kind == PAYDAY_ITEM_HOURLY_WEEK
                      ? pdf_date_cell (item, item->period_start)
                      : pdf_cell (item, label);
      cells[3] = c3 = pdf_status_markup (item);
      cells[4] = c4 = pdf_money_cell (item, item->net_cents);
      pdf_table_row (r, &t, cells, FALSE, FALSE);
      shown++;
    }

  if (shown == 0)
    {
      pdf_paragraph (r, _("Nothing becomes available in that time."), 10, &ink);
      r->y += 14;
      return;
    }

  pdf_table_end (r);

  if (more > 0)
    {
      g_autofree char *money = payday_money_format (more_cents);
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                             "and %u more payment in that time, %s in all.",
                                                             "and %u more payments in that time, %s in all.",
                                                             more),
                                               more, money);

      r->y -= 10;
      pdf_paragraph (r, text, 9.5, &grey);
      r->y += 14;
    }
}

static void
draw_contracts (Renderer *r)
{
  static const Column columns[] = {
    { N_("Contract"), -2, PANGO_ALIGN_LEFT },
    { N_("Client"), -1, PANGO_ALIGN_LEFT },
    { N_("Type"), 44, PANGO_ALIGN_LEFT },
    { N_("Items"), 36, PANGO_ALIGN_RIGHT },
    { N_("Gross"), 66, PANGO_ALIGN_RIGHT },
    { N_("Net"), 66, PANGO_ALIGN_RIGHT },
  };
  const PaydaySchedule *schedule = r->in->schedule;
  const PaydayPlan *plan = r->plan;
  Table t;

  if (plan->contracts->len == 0)
    return;

  pdf_heading (r, _("Contracts"), 40);
  pdf_table_init (r, &t, _("Contracts"), columns, G_N_ELEMENTS (columns), 9);
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
      cells[0] = c0 = pdf_escape (pdf_contract_title (contract, ""));
      cells[1] = c1 = pdf_escape (client && client->name ? client->name
                              : contract->client ? contract->client : "—");
      cells[2] = contract->type == PAYDAY_CONTRACT_HOURLY ? _("Hourly") : _("Fixed");
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

  pdf_heading (r, _("Connects"), 60);
  figures[0].label = _("Balance");
  figures[0].value = g_strdup_printf ("%" G_GINT64_FORMAT, ledger->balance);
  figures[0].detail = g_strdup (_("at the end of the day"));
  figures[0].color = ledger->balance < 0 ? "#c01c28" : "#241f31";
  figures[1].label = _("Expiring within 30 days");
  figures[1].value = g_strdup_printf ("%" G_GINT64_FORMAT, ledger->expiring_30d);
  figures[1].detail = g_strdup (_("unless spent first"));
  figures[1].color = ledger->expiring_30d > 0 ? "#c64600" : "#241f31";
  figures[2].label = _("Spent in 12 months");
  figures[2].value = g_strdup_printf ("%" G_GINT64_FORMAT, ledger->spent_12m);
  figures[2].detail = g_strdup (_("proposals + boosts − refunds"));
  figures[2].color = "#241f31";
  figures[3].label = _("Cost per hire");
  figures[3].color = "#241f31";
  if (ledger->cost_per_hire_cents != PAYDAY_NONE)
    {
      figures[3].value = pdf_money_markup (ledger->cost_per_hire_cents);
      figures[3].detail = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d hire in 12 months",
                                                        "%d hires in 12 months", ledger->hires_12m),
                                           ledger->hires_12m);
    }
  else
    {
      figures[3].value = g_strdup (_("No hires"));
      figures[3].detail = g_strdup (_("in 12 months"));
    }
  pdf_figures_row (r, figures, 4);
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
    ? g_strdup_printf (_("Payday %s  ·  as of %s  ·  %s rules, edition %s"), PACKAGE_VERSION,
                       today, rules_name, edition_date)
    : g_strdup_printf (_("Payday %s  ·  as of %s  ·  %s rules"), PACKAGE_VERSION, today, rules_name);

  pdf_begin_page (&r);
  draw_title (&r, edition);
  draw_totals (&r, &summary);
  draw_connects_figures (&r);
  draw_contracts (&r);
  draw_next_payments (&r);

  pdf_draw_schedule (&r);
  pdf_draw_withdrawals (&r);
  pdf_draw_ledger (&r);
  draw_section (&r, &in->badges);
  draw_section (&r, &in->chart);
  pdf_end_page (&r);

  g_free (r.footer);

  return r.page;
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

  surface = cairo_pdf_surface_create_for_stream (payday_report_append_bytes, bytes, w, h);
  title = g_strdup_printf (_("Payday statement — %s"),
                           in->schedule->plan->name ? in->schedule->plan->name : _("plan"));
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
