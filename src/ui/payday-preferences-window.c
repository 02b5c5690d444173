/* payday-preferences-window.c — local currency, manual rate, rule edition and style preferences
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "payday-preferences-window.h"
#include "payday-ui-util.h"

struct _PaydayPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;
  GtkStringList        *currencies;     /* "None" first, then ISO codes */
  GArray               *edition_dates;  /* PaydayDate per edition_row item; NONE first */
  gboolean              updating;

  /* Template widgets */
  AdwComboRow          *currency_row;
  AdwActionRow         *manual_rate_row;
  GtkSpinButton        *manual_rate_spin;
  AdwComboRow          *style_row;
  AdwComboRow          *edition_row;
};

G_DEFINE_FINAL_TYPE (PaydayPreferencesWindow, payday_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

static int
compare_codes (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static void
add_code (GPtrArray  *codes,
          const char *code)
{
  if (!payday_currency_code_is_valid (code) || strcmp (code, "USD") == 0)
    return;

  for (guint i = 0; i < codes->len; i++)
    if (strcmp (g_ptr_array_index (codes, i), code) == 0)
      return;

  g_ptr_array_add (codes, g_strdup (code));
}

static void
add_cached_codes (GPtrArray  *codes,
                  const char *cache_dir,
                  const char *name)
{
  g_autofree char *path = g_build_filename (cache_dir, name, NULL);
  g_autoptr(PaydayRateTable) table = payday_rate_table_load_cache (path, NULL, NULL);
  g_auto(GStrv) list = NULL;

  if (table == NULL)
    return;

  list = payday_rate_table_list_currencies (table);
  for (guint i = 0; list[i] != NULL; i++)
    add_code (codes, list[i]);
}

/* The common currencies, those of the rates cache and the chosen one, sorted. Reading
 * the two small cache files happens once, when the window opens. */
static void
fill_currencies (PaydayPreferencesWindow *self,
                 PaydayRatesService      *service)
{
  g_autoptr(GPtrArray) codes = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *chosen = g_settings_get_string (self->settings, "currency");
  const char * const *common = payday_ui_common_currencies ();

  for (guint i = 0; common[i] != NULL; i++)
    add_code (codes, common[i]);
  if (service != NULL)
    {
      add_cached_codes (codes, payday_rates_service_get_cache_dir (service), PAYDAY_RATES_ECB_CACHE);
      add_cached_codes (codes, payday_rates_service_get_cache_dir (service), PAYDAY_RATES_JSON_CACHE);
    }
  add_code (codes, chosen);
  g_ptr_array_sort (codes, compare_codes);

  /* Translators: no local currency: amounts in US dollars only */
  gtk_string_list_append (self->currencies, C_("currency", "None"));
  for (guint i = 0; i < codes->len; i++)
    gtk_string_list_append (self->currencies, g_ptr_array_index (codes, i));
}

static void
update_manual_rate_row (PaydayPreferencesWindow *self)
{
  g_autofree char *currency = g_settings_get_string (self->settings, "currency");
  g_autofree char *subtitle = NULL;

  if (currency[0] == '\0')
    subtitle = g_strdup (_("Choose a currency first"));
  else
    /* Translators: %s is a currency code such as INR */
    subtitle = g_strdup_printf (_("%s per US dollar; 0 uses the published rate"),
                                currency);

  adw_action_row_set_subtitle (self->manual_rate_row, subtitle);
  gtk_widget_set_sensitive (GTK_WIDGET (self->manual_rate_row), currency[0] != '\0');
}

static void
settings_to_currency_row (PaydayPreferencesWindow *self)
{
  g_autofree char *currency = g_settings_get_string (self->settings, "currency");
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->currencies));
  guint selected = 0;

  for (guint i = 1; i < n && currency[0] != '\0'; i++)
    if (strcmp (gtk_string_list_get_string (self->currencies, i), currency) == 0)
      selected = i;

  if (currency[0] != '\0' && selected == 0 && payday_currency_code_is_valid (currency))
    {
      gtk_string_list_append (self->currencies, currency);
      selected = n;
    }

  self->updating = TRUE;
  adw_combo_row_set_selected (self->currency_row, selected);
  self->updating = FALSE;

  update_manual_rate_row (self);
}

static void
currency_row_changed (PaydayPreferencesWindow *self)
{
  guint selected = adw_combo_row_get_selected (self->currency_row);
  const char *code = selected == 0 || selected == GTK_INVALID_LIST_POSITION
                   ? "" : gtk_string_list_get_string (self->currencies, selected);
  g_autofree char *old = NULL;

  if (self->updating)
    return;

  old = g_settings_get_string (self->settings, "currency");
  if (strcmp (old, code) == 0)
    return;

  /* A manual rate belongs to the currency it was typed for. (No g_settings_delay():
   * it would leave this settings object in delay-apply mode for good.) */
  g_settings_set_double (self->settings, "manual-rate", 0.0);
  g_settings_set_string (self->settings, "currency", code);
}

static void
settings_to_style_row (PaydayPreferencesWindow *self)
{
  self->updating = TRUE;
  adw_combo_row_set_selected (self->style_row,
                              (guint) g_settings_get_enum (self->settings, "color-scheme"));
  self->updating = FALSE;
}

static void
style_row_changed (PaydayPreferencesWindow *self)
{
  guint selected = adw_combo_row_get_selected (self->style_row);

  if (self->updating || selected == GTK_INVALID_LIST_POSITION)
    return;

  /* The enum's values are the rows' positions: default, light, dark. */
  g_settings_set_enum (self->settings, "color-scheme", (int) selected);
}

/* The rows: each date's own edition, then every edition of the built-in Upwork rules (the
 * rules every new plan starts with). */
static void
fill_editions (PaydayPreferencesWindow *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autoptr(PaydayRules) rules = payday_rules_lookup (PAYDAY_PLAN_DEFAULT_RULES, NULL);
  PaydayDate none = PAYDAY_DATE_NONE;

  g_array_append_val (self->edition_dates, none);
  gtk_string_list_append (labels, _("Each Date’s Own Edition (Recommended)"));

  for (guint i = 0; rules != NULL && i < rules->editions->len; i++)
    {
      const PaydayEdition *edition = g_ptr_array_index (rules->editions, i);
      g_autofree char *label = payday_ui_edition_label (edition);

      g_array_append_val (self->edition_dates, edition->effective_from);
      gtk_string_list_append (labels, label);
    }

  adw_combo_row_set_model (self->edition_row, G_LIST_MODEL (labels));
}

static void
settings_to_edition_row (PaydayPreferencesWindow *self)
{
  g_autofree char *text = g_settings_get_string (self->settings, "rules-edition");
  PaydayDate date;
  guint selected = 0;

  /* A date that names no edition (any more) means each date's own, as for new plans. */
  if (payday_date_parse (text, &date))
    for (guint i = 1; i < self->edition_dates->len; i++)
      if (g_array_index (self->edition_dates, PaydayDate, i) == date)
        selected = i;

  self->updating = TRUE;
  adw_combo_row_set_selected (self->edition_row, selected);
  self->updating = FALSE;
}

static void
edition_row_changed (PaydayPreferencesWindow *self)
{
  guint selected = adw_combo_row_get_selected (self->edition_row);
  g_autofree char *text = NULL;

  if (self->updating || selected >= self->edition_dates->len)
    return;

  if (selected > 0)
    text = payday_date_to_string (g_array_index (self->edition_dates, PaydayDate, selected));
  g_settings_set_string (self->settings, "rules-edition", text != NULL ? text : "");
}

static void
payday_preferences_window_dispose (GObject *object)
{
  PaydayPreferencesWindow *self = (PaydayPreferencesWindow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), PAYDAY_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);
  g_clear_object (&self->currencies);
  g_clear_pointer (&self->edition_dates, g_array_unref);

  G_OBJECT_CLASS (payday_preferences_window_parent_class)->dispose (object);
}

static void
payday_preferences_window_class_init (PaydayPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = payday_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/payday/Payday/ui/payday-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PaydayPreferencesWindow, currency_row);
  gtk_widget_class_bind_template_child (widget_class, PaydayPreferencesWindow, manual_rate_row);
  gtk_widget_class_bind_template_child (widget_class, PaydayPreferencesWindow, manual_rate_spin);
  gtk_widget_class_bind_template_child (widget_class, PaydayPreferencesWindow, style_row);
  gtk_widget_class_bind_template_child (widget_class, PaydayPreferencesWindow, edition_row);
}

static void
payday_preferences_window_init (PaydayPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);
  self->currencies = gtk_string_list_new (NULL);
  self->edition_dates = g_array_new (FALSE, FALSE, sizeof (PaydayDate));

  g_settings_bind (self->settings, "manual-rate", self->manual_rate_spin, "value",
                   G_SETTINGS_BIND_DEFAULT);
}

/**
 * payday_preferences_window_new:
 * @parent: (nullable): the window it belongs to
 * @service: (nullable): the application's rates service; its cache adds currencies
 *   to the list
 *
 * Returns: (transfer floating): the preferences window, modal to @parent
 */
GtkWidget *
payday_preferences_window_new (GtkWindow          *parent,
                               PaydayRatesService *service)
{
  PaydayPreferencesWindow *self;

  g_return_val_if_fail (!parent || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (!service || PAYDAY_IS_RATES_SERVICE (service), NULL);

  self = g_object_new (PAYDAY_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       NULL);

  fill_currencies (self, service);
  adw_combo_row_set_model (self->currency_row, G_LIST_MODEL (self->currencies));
  settings_to_currency_row (self);
  settings_to_style_row (self);
  fill_editions (self);
  settings_to_edition_row (self);

  g_signal_connect_object (self->currency_row, "notify::selected",
                           G_CALLBACK (currency_row_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->style_row, "notify::selected",
                           G_CALLBACK (style_row_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::currency",
                           G_CALLBACK (settings_to_currency_row), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::color-scheme",
                           G_CALLBACK (settings_to_style_row), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->edition_row, "notify::selected",
                           G_CALLBACK (edition_row_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::rules-edition",
                           G_CALLBACK (settings_to_edition_row), self, G_CONNECT_SWAPPED);

  return GTK_WIDGET (self);
}
