/* payday-ui-util.c — small formatting helpers shared by the pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <limits.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include <adwaita.h>

#include "payday-ui-util.h"

/**
 * payday_ui_format_date:
 * @today: the year of @today is left out
 *
 * Returns: (transfer full): "Wed, Mar 11", or "Wed, Mar 11, 2027" in another year
 */
char *
payday_ui_format_date (PaydayDate date,
                       PaydayDate today)
{
  g_autoptr(GDateTime) dt = NULL;
  int y, ty;

  if (!payday_date_is_set (date))
    return g_strdup ("—");

  payday_date_get_ymd (date, &y, NULL, NULL);
  if (payday_date_is_set (today))
    payday_date_get_ymd (today, &ty, NULL, NULL);
  else
    ty = y;

  dt = payday_date_to_date_time (date);
  /* Translators: a short date, see g_date_time_format() */
  return g_date_time_format (dt, y == ty ? _("%a, %b %-d") : _("%a, %b %-d, %Y"));
}

/**
 * payday_ui_format_date_with_year:
 *
 * For dates that may lie in another year, such as projections.
 *
 * Returns: (transfer full): "Fri, Jun 26, 2026"
 */
char *
payday_ui_format_date_with_year (PaydayDate date)
{
  g_autoptr(GDateTime) dt = NULL;

  if (!payday_date_is_set (date))
    return g_strdup ("—");

  dt = payday_date_to_date_time (date);
  /* Translators: a short date with the year, see g_date_time_format() */
  return g_date_time_format (dt, _("%a, %b %-d, %Y"));
}

/**
 * payday_ui_status_pill_new:
 *
 * Returns: (transfer floating): a rounded label in the status colour (CSS in style.css)
 */
GtkWidget *
payday_ui_status_pill_new (PaydayStatus status)
{
  static const char *css[] = { "in-progress", "in-review", "pending", "available" };
  GtkWidget *label;

  g_return_val_if_fail (status < PAYDAY_N_STATUSES, NULL);

  label = gtk_label_new (payday_status_get_title (status));
  gtk_widget_add_css_class (label, "status-pill");
  gtk_widget_add_css_class (label, css[status]);
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);

  return label;
}

/**
 * payday_ui_figure_new:
 * @name: the widget name of the value label (tests read it)
 * @caption: what the figure is
 * @value_out: (out): the value label
 * @detail_out: (out): a dim line under the value
 *
 * Returns: (transfer floating): a card with a caption, a big tabular value and a detail
 *   line, styled like the Overview's figures
 */
GtkWidget *
payday_ui_figure_new (const char  *name,
                      const char  *caption,
                      GtkLabel   **value_out,
                      GtkLabel   **detail_out)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *caption_label = gtk_label_new (caption);
  GtkWidget *value = gtk_label_new ("");
  GtkWidget *detail = gtk_label_new ("");

  gtk_widget_add_css_class (box, "card");
  gtk_widget_add_css_class (box, "status-figure");
  gtk_label_set_xalign (GTK_LABEL (caption_label), 0);
  gtk_widget_add_css_class (caption_label, "status-caption");
  gtk_widget_set_name (value, name);
  gtk_label_set_xalign (GTK_LABEL (value), 0);
  gtk_label_set_selectable (GTK_LABEL (value), TRUE);
  gtk_widget_add_css_class (value, "figure-amount");
  gtk_widget_add_css_class (value, "tabular");
  gtk_label_set_xalign (GTK_LABEL (detail), 0);
  gtk_label_set_wrap (GTK_LABEL (detail), TRUE);
  /* Wrap long details instead of widening every card of the row. */
  gtk_label_set_max_width_chars (GTK_LABEL (detail), 22);
  gtk_widget_add_css_class (detail, "dim-label");
  gtk_widget_add_css_class (detail, "caption");
  gtk_box_append (GTK_BOX (box), caption_label);
  gtk_box_append (GTK_BOX (box), value);
  gtk_box_append (GTK_BOX (box), detail);

  *value_out = GTK_LABEL (value);
  *detail_out = GTK_LABEL (detail);

  return box;
}

/**
 * payday_ui_clear_list_box:
 *
 * Removes every row (gtk_list_box_remove_all() is GTK 4.12); the placeholder stays.
 */
void
payday_ui_clear_list_box (GtkListBox *list)
{
  GtkListBoxRow *row;

  while ((row = gtk_list_box_get_row_at_index (list, 0)))
    gtk_list_box_remove (list, GTK_WIDGET (row));
}

/**
 * payday_ui_placeholder_new:
 *
 * Returns: (transfer floating): a dim label for an empty boxed list
 */
GtkWidget *
payday_ui_placeholder_new (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_add_css_class (label, "list-placeholder");
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);

  return label;
}
G_DEFINE_BOXED_TYPE (PaydayRate, payday_ui_rate, payday_ui_rate_copy, payday_ui_rate_free)

PaydayRate *
payday_ui_rate_copy (const PaydayRate *rate)
{
  return g_memdup2 (rate, sizeof *rate);
}

void
payday_ui_rate_free (PaydayRate *rate)
{
  g_free (rate);
}

/**
 * payday_ui_rate_equal:
 * @a: (nullable): a rate
 * @b: (nullable): another
 *
 * Returns: whether both are %NULL or both give the same figures from the same source
 */
gboolean
payday_ui_rate_equal (const PaydayRate *a,
                      const PaydayRate *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  return strcmp (a->currency, b->currency) == 0 && a->rate == b->rate && a->date == b->date &&
         g_strcmp0 (a->source, b->source) == 0;
}

/**
 * payday_ui_rate_set:
 * @slot: a widget's rate member (owned)
 * @rate: (nullable): the new rate
 *
 * For the setters of "local-rate" properties: stores a copy of @rate when it differs.
 *
 * Returns: whether @slot changed (the caller notifies its property)
 */
gboolean
payday_ui_rate_set (PaydayRate       **slot,
                    const PaydayRate  *rate)
{
  if (payday_ui_rate_equal (*slot, rate))
    return FALSE;

  g_clear_pointer (slot, payday_ui_rate_free);
  if (rate != NULL)
    *slot = payday_ui_rate_copy (rate);
  return TRUE;
}

/**
 * payday_ui_watch_object:
 * @widget: a row showing one model object for its whole life
 * @slot: (out): the widget's member for that object, still empty
 * @value: the construct-only property's value (the object, or %NULL)
 * @update: what brings @widget in line with the object; called as `update (widget)`
 *
 * Keeps a reference to the object in @slot and runs @update after each of its property
 * notifications, for as long as both live. The caller runs the first @update itself, when
 * its other properties are set.
 */
void
payday_ui_watch_object (gpointer      widget,
                        gpointer      slot,
                        const GValue *value,
                        GCallback     update)
{
  GObject **object = slot;

  g_return_if_fail (*object == NULL);

  *object = g_value_dup_object (value);
  if (*object != NULL)
    g_signal_connect_object (*object, "notify", update, widget, G_CONNECT_SWAPPED);
}

/* Symbols of the currencies Upwork freelancers most often live in; others show their
 * ISO code after the amount ("1,234.56 XOF"), which is never ambiguous. */
static const struct
{
  const char *code;
  const char *symbol;
} symbols[] = {
  { "EUR", "€" }, { "GBP", "£" }, { "INR", "₹" }, { "JPY", "¥" }, { "CNY", "CN¥" },
  { "PHP", "₱" }, { "NGN", "₦" }, { "UAH", "₴" }, { "KRW", "₩" }, { "BDT", "৳" },
  { "TRY", "₺" }, { "VND", "₫" }, { "ILS", "₪" }, { "BRL", "R$" }, { "CAD", "CA$" },
  { "AUD", "A$" }, { "MXN", "MX$" }, { "PKR", "Rs" }, { "USD", "$" },
};

/* The currencies offered in the preferences besides those of the rates cache: the
 * ECB's list and the larger ones it lacks (docs/command-line.md, Exchange rates). */
static const char * const common_currencies[] = {
  "ARS", "AUD", "BDT", "BGN", "BRL", "CAD", "CHF", "CNY", "COP", "CZK", "DKK", "EGP",
  "EUR", "GBP", "GHS", "HKD", "HUF", "IDR", "ILS", "INR", "ISK", "JPY", "KES", "KRW",
  "LKR", "MXN", "MYR", "NGN", "NOK", "NPR", "NZD", "PHP", "PKR", "PLN", "RON", "RSD",
  "SEK", "SGD", "THB", "TRY", "UAH", "VND", "ZAR", NULL
};

/**
 * payday_ui_common_currencies:
 *
 * Returns: (transfer none): ISO codes in alphabetical order, %NULL-terminated
 */
const char * const *
payday_ui_common_currencies (void)
{
  return common_currencies;
}

/**
 * payday_ui_edition_label:
 * @edition: an edition of a platform's rules
 *
 * Returns: (transfer full): "YYYY-MM-DD · Title", or the date alone for an untitled edition
 */
char *
payday_ui_edition_label (const PaydayEdition *edition)
{
  g_autofree char *date = payday_date_to_string (edition->effective_from);

  if (edition->title == NULL)
    return g_steal_pointer (&date);

  return g_strdup_printf ("%s · %s", date, edition->title);
}

/**
 * payday_ui_preferred_edition:
 * @rules: (nullable): the rules the edition must belong to; %NULL leaves that check to
 *   the caller (payday_document_load_new() makes it for new plans)
 *
 * The Preferences' "rules-edition": the edition new plans are pinned to and the Compare
 * page starts with.
 *
 * Returns: its effective_from, or %PAYDAY_DATE_NONE (each date's own edition) when the
 *   key is empty, unreadable or names no edition of @rules
 */
PaydayDate
payday_ui_preferred_edition (const PaydayRules *rules)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *text = g_settings_get_string (settings, "rules-edition");
  PaydayDate date;

  if (text[0] == '\0' || !payday_date_parse (text, &date) ||
      (rules != NULL && payday_rules_find_edition (rules, date) == NULL))
    return PAYDAY_DATE_NONE;

  return date;
}

/* The user's number marks, from the locale (LC_MONETARY for money, LC_NUMERIC for counts).
 * The C and POSIX locales have no grouping and no monetary marks at all: there Payday keeps
 * the US convention it always showed ("$1,234.56"), which is also the currency's own. The
 * core, the exports and the command line never come here: their formats are machine formats. */
typedef struct
{
  char     decimal[8];
  char     group[8];
  gboolean symbol_first;
  gboolean symbol_space;
} Marks;

static void
copy_mark (char       *dest,
           gsize       size,
           const char *mark,
           const char *fallback)
{
  g_strlcpy (dest, mark != NULL && *mark != '\0' ? mark : fallback, size);
}

static void
get_marks (gboolean  money,
           Marks    *marks)
{
  const struct lconv *lc = localeconv ();
  const char *decimal = money ? lc->mon_decimal_point : lc->decimal_point;
  const char *group = money ? lc->mon_thousands_sep : lc->thousands_sep;

  /* No grouping in the locale (C, POSIX) means no user preference: use the US marks. */
  if (group == NULL || *group == '\0')
    {
      decimal = ".";
      group = ",";
    }
  copy_mark (marks->decimal, sizeof marks->decimal, decimal, ".");
  copy_mark (marks->group, sizeof marks->group, group, ",");

  if (lc->p_cs_precedes == CHAR_MAX)
    {
      marks->symbol_first = TRUE;
      marks->symbol_space = FALSE;
    }
  else
    {
      marks->symbol_first = lc->p_cs_precedes != 0;
      marks->symbol_space = lc->p_sep_by_space == 1;
    }
}

static void
append_grouped (GString     *out,
                guint64      units,
                const Marks *marks)
{
  char digits[32];
  gsize len;

  g_snprintf (digits, sizeof digits, "%" G_GUINT64_FORMAT, units);
  len = strlen (digits);
  for (gsize i = 0; i < len; i++)
    {
      if (i > 0 && (len - i) % 3 == 0)
        g_string_append (out, marks->group);
      g_string_append_c (out, digits[i]);
    }
}

/* "1,234.56" / "1.234,56" for @cents ≥ 0 */
static void
append_amount (GString     *out,
               guint64      cents,
               const Marks *marks)
{
  append_grouped (out, cents / 100, marks);
  g_string_append_printf (out, "%s%02u", marks->decimal, (guint) (cents % 100));
}

static guint64
magnitude (gint64 value)
{
  return value < 0 ? (guint64) -(value + 1) + 1 : (guint64) value;
}

/* @symbol before or after the amount as the locale places its own currency's; a code
 * ("XOF") always goes after with a space, which reads well in every language. */
static char *
format_money_with (PaydayCents  cents,
                   const char  *symbol,
                   gboolean     is_code)
{
  GString *out = g_string_new (cents < 0 ? "-" : "");
  Marks marks;

  get_marks (TRUE, &marks);
  if (!is_code && marks.symbol_first)
    {
      g_string_append (out, symbol);
      /* "Rs 1,234.56": a symbol of letters needs the space a sign does not */
      if (marks.symbol_space || g_ascii_isalpha (symbol[strlen (symbol) - 1]))
        g_string_append_c (out, ' ');
      append_amount (out, magnitude (cents), &marks);
    }
  else
    {
      append_amount (out, magnitude (cents), &marks);
      /* U+00A0 keeps the symbol on the amount's line */
      g_string_append (out, "\u00a0");
      g_string_append (out, symbol);
    }

  return g_string_free (out, FALSE);
}

/**
 * payday_ui_format_money:
 * @cents: US cents
 *
 * A dollar amount in the user's locale: "$1,234.56" in English and in the C locale,
 * "1.234,56 $" in German, "-$5.00" for a negative amount. Every page shows its dollar
 * figures through this function; payday_money_format() stays the locale-free form.
 *
 * Returns: (transfer full): the text
 */
char *
payday_ui_format_money (PaydayCents cents)
{
  return format_money_with (cents, "$", FALSE);
}

/**
 * payday_ui_format_count:
 * @n: a whole number
 *
 * Returns: (transfer full): @n grouped in the user's locale: "12,345", "12.345" in German
 */
char *
payday_ui_format_count (gint64 n)
{
  GString *out = g_string_new (n < 0 ? "-" : "");
  Marks marks;

  get_marks (FALSE, &marks);
  append_grouped (out, magnitude (n), &marks);

  return g_string_free (out, FALSE);
}

/**
 * payday_ui_format_local_money:
 * @rate: the USD→local rate
 * @cents: US cents
 *
 * The local amount of payday_rate_convert_cents() with the user's number marks, like the
 * dollar figures beside it: "₹97,817.20", or "1,234.56 XOF" for a currency without a
 * well-known symbol. Grouping is by thousands for every currency, as the dollar figures'.
 *
 * Returns: (transfer full): the text
 */
char *
payday_ui_format_local_money (const PaydayRate *rate,
                              PaydayCents       cents)
{
  double local = payday_rate_convert_cents (rate, cents);
  PaydayCents local_cents = (PaydayCents) llround (local * 100.0);

  for (guint i = 0; i < G_N_ELEMENTS (symbols); i++)
    if (strcmp (symbols[i].code, rate->currency) == 0)
      return format_money_with (local_cents, symbols[i].symbol, FALSE);

  return format_money_with (local_cents, rate->currency, TRUE);
}

/**
 * payday_ui_format_local:
 * @rate: the USD→local rate
 * @cents: US cents
 *
 * Returns: (transfer full): the approximate local amount, "≈ ₹97,817.20"
 */
char *
payday_ui_format_local (const PaydayRate *rate,
                        PaydayCents       cents)
{
  g_autofree char *money = payday_ui_format_local_money (rate, cents);

  /* Translators: an amount converted to the local currency, e.g. "≈ ₹97,817.20" */
  return g_strdup_printf (_("≈ %s"), money);
}

/**
 * payday_ui_format_rate:
 * @rate: the USD→local rate
 *
 * Three decimals for the usual rates, five significant digits below 1 (0.98400 EUR).
 *
 * Returns: (transfer full): "1 USD = 79.236 INR · ECB · 2022-07-08"
 */
char *
payday_ui_format_rate (const PaydayRate *rate)
{
  char number[G_ASCII_DTOSTR_BUF_SIZE];
  char date[PAYDAY_DATE_BUF];
  g_autofree char *source = NULL;

  g_snprintf (number, sizeof number, rate->rate >= 1.0 ? "%.3f" : "%.5g", rate->rate);
  if (g_strcmp0 (rate->source, PAYDAY_RATE_SOURCE_MANUAL) == 0)
    source = g_strdup (_("your rate"));
  else
    source = g_strdup (rate->source);

  /* Translators: e.g. "1 USD = 79.236 INR · ECB · 2022-07-08" */
  return g_strdup_printf (_("1 USD = %s %s · %s · %s"), number, rate->currency, source,
                          payday_date_format (rate->date, date));
}

/**
 * payday_ui_local_label_new:
 *
 * Returns: (transfer floating): a dim caption for a local amount, hidden until
 *   payday_ui_local_label_set() gives it a rate
 */
GtkWidget *
payday_ui_local_label_new (void)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, "tabular");
  gtk_widget_add_css_class (label, "local-amount");
  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_widget_set_visible (label, FALSE);

  return label;
}

/**
 * payday_ui_local_label_set:
 * @label: a label of payday_ui_local_label_new()
 * @rate: (nullable): the rate; %NULL hides the label
 * @cents: the US amount
 */
void
payday_ui_local_label_set (GtkWidget        *label,
                           const PaydayRate *rate,
                           PaydayCents       cents)
{
  g_autofree char *text = NULL;

  g_return_if_fail (GTK_IS_LABEL (label));

  if (rate == NULL)
    {
      gtk_label_set_label (GTK_LABEL (label), "");
      gtk_widget_set_visible (label, FALSE);
      return;
    }

  text = payday_ui_format_local (rate, cents);
  gtk_label_set_label (GTK_LABEL (label), text);
  gtk_widget_set_visible (label, TRUE);
}

/**
 * payday_ui_report_error:
 * @widget: a widget inside a page
 * @error: (nullable) (transfer full): why an edit was refused
 *
 * Shows @error as a toast in the nearest toast overlay above @widget (the page's), and
 * frees it. Does nothing without an error.
 */
void
payday_ui_report_error (GtkWidget *widget,
                        GError    *error)
{
  GtkWidget *overlay;

  if (error == NULL)
    return;

  overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (error->message));
  else
    g_message ("%s", error->message);
  g_error_free (error);
}

static void
deferred_map_cb (GtkWidget        *widget,
                 PaydayUiDeferred *deferred)
{
  g_clear_signal_handler (&deferred->map_handler, widget);
  deferred->update (widget);
}

/**
 * payday_ui_deferred_init:
 * @deferred: a page's member, in its instance struct
 * @update: what rebuilds the page from its document
 *
 * A page that is not on screen (another page of the stack is shown) need not rebuild on
 * every "changed": payday_ui_deferred_queue() puts one @update off until the page is
 * mapped again, so an edit pays only for the pages the user sees.
 */
void
payday_ui_deferred_init (PaydayUiDeferred   *deferred,
                         PaydayUiUpdateFunc  update)
{
  g_return_if_fail (deferred != NULL);
  g_return_if_fail (update != NULL);

  deferred->update = update;
  deferred->map_handler = 0;
}

/**
 * payday_ui_deferred_queue:
 * @deferred: the page's record, set up by payday_ui_deferred_init()
 * @widget: the page
 *
 * Returns: %TRUE when the update waits for @widget to be mapped (the caller returns; one
 *   update runs however many were queued), %FALSE when @widget is mapped and should
 *   update now
 */
gboolean
payday_ui_deferred_queue (PaydayUiDeferred *deferred,
                          GtkWidget        *widget)
{
  g_return_val_if_fail (deferred != NULL && deferred->update != NULL, FALSE);
  g_return_val_if_fail (GTK_IS_WIDGET (widget), FALSE);

  if (gtk_widget_get_mapped (widget))
    return FALSE;

  if (deferred->map_handler == 0)
    deferred->map_handler = g_signal_connect (widget, "map", G_CALLBACK (deferred_map_cb), deferred);

  return TRUE;
}

/**
 * payday_ui_deferred_clear:
 * @deferred: the page's record
 * @widget: the page
 *
 * Drops a waiting update; the page's dispose calls it.
 */
void
payday_ui_deferred_clear (PaydayUiDeferred *deferred,
                          GtkWidget        *widget)
{
  g_return_if_fail (deferred != NULL);

  g_clear_signal_handler (&deferred->map_handler, widget);
}

/**
 * payday_ui_label_by_row:
 * @field: an input inside a composite widget (a date or money entry)
 *
 * If @field sits in an AdwPreferencesRow, a screen reader names it by the row's title, the
 * way AdwActionRow names its activatable widget. Composite widgets call this when they are
 * rooted: they create their input before anyone knows which row it will go into.
 */
void
payday_ui_label_by_row (GtkWidget *field)
{
  GtkWidget *row;

  g_return_if_fail (GTK_IS_WIDGET (field));

  if ((row = gtk_widget_get_ancestor (field, ADW_TYPE_PREFERENCES_ROW)))
    gtk_accessible_update_relation (GTK_ACCESSIBLE (field),
                                    GTK_ACCESSIBLE_RELATION_LABELLED_BY, row, NULL,
                                    -1);
}

/* Closures for template expressions ("<closure function=…>"): the first argument is the
 * template object, which they do not need. */

/**
 * payday_ui_expr_money:
 *
 * Returns: (transfer full): @cents as dollars, e.g. "$1,234.56"
 */
char *
payday_ui_expr_money (gpointer this,
                      gint64   cents)
{
  return payday_ui_format_money (cents);
}

/**
 * payday_ui_expr_is_set:
 *
 * Returns: whether @value (an object or boxed value) is not %NULL
 */
gboolean
payday_ui_expr_is_set (gpointer      this,
                       gconstpointer value)
{
  return value != NULL;
}

/**
 * payday_ui_expr_local_money:
 * @rate: (nullable): the USD→local rate
 *
 * Returns: (transfer full): @cents in the local currency, "" without a rate
 */
char *
payday_ui_expr_local_money (gpointer          this,
                            const PaydayRate *rate,
                            gint64            cents)
{
  return rate != NULL ? payday_ui_format_local (rate, cents) : g_strdup ("");
}
