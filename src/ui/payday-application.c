/* payday-application.c — the Payday GtkApplication: windows, startup, app actions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "payday-application-private.h"
#include "payday-document.h"
#include "payday-startup-probe.h"
#include "payday-window.h"

struct _PaydayApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
  /* One service for every window: its cache is the user's cache folder, and its
   * back-off after a failed fetch is shared. */
  PaydayRatesService *rates_service;
};

G_DEFINE_FINAL_TYPE (PaydayApplication, payday_application, ADW_TYPE_APPLICATION)

static void
payday_application_update_color_scheme (PaydayApplication *self)
{
  static const AdwColorScheme schemes[] = {
    ADW_COLOR_SCHEME_DEFAULT,
    ADW_COLOR_SCHEME_FORCE_LIGHT,
    ADW_COLOR_SCHEME_FORCE_DARK,
  };
  guint value = (guint) g_settings_get_enum (self->settings, "color-scheme");

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      schemes[MIN (value, G_N_ELEMENTS (schemes) - 1)]);
}

static GtkWindow *
payday_application_new_window (PaydayApplication *self,
                               PaydayDocument    *document)
{
  return GTK_WINDOW (payday_window_new (GTK_APPLICATION (self), document));
}

/**
 * payday_application_open_new:
 *
 * Returns: (transfer none): a new window holding a new, empty plan
 */
GtkWindow *
payday_application_open_new (PaydayApplication *self)
{
  g_autoptr(PaydayDocument) document = payday_document_new ();
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (PAYDAY_IS_APPLICATION (self), NULL);

  if (!payday_document_load_new (document, &error))
    g_warning ("Could not create a plan: %s", error->message);

  return payday_application_new_window (self, document);
}

static void
payday_application_startup (GApplication *app)
{
  PaydayApplication *self = (PaydayApplication *)app;

  G_APPLICATION_CLASS (payday_application_parent_class)->startup (app);

  gtk_window_set_default_icon_name (APP_ID);

  self->settings = g_settings_new (APP_ID);
  g_signal_connect_object (self->settings,
                           "changed::color-scheme",
                           G_CALLBACK (payday_application_update_color_scheme),
                           self,
                           G_CONNECT_SWAPPED);
  payday_application_update_color_scheme (self);

  _payday_application_add_actions (self);
}

static void
payday_application_activate (GApplication *app)
{
  PaydayApplication *self = (PaydayApplication *)app;
  g_autoptr(PaydayDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *last = NULL;
  GtkWindow *window;

  if ((window = gtk_application_get_active_window (GTK_APPLICATION (self))))
    {
      gtk_window_present (window);
      return;
    }

  /* The sample first, so a last plan that no longer loads still leaves a useful window
   * (and the error dialog tells why). */
  document = payday_document_new ();
  if (!payday_document_load_sample (document, payday_date_today_utc (), &error))
    {
      g_warning ("Could not load the sample plan: %s", error->message);
      g_clear_error (&error);
      payday_document_load_new (document, NULL);
    }

  window = payday_application_new_window (self, document);
  payday_startup_probe_attach (window);
  gtk_window_present (window);

  last = g_settings_get_string (self->settings, "last-plan");
  if (last[0] != '\0')
    {
      g_autoptr(GFile) file = g_file_new_for_uri (last);

      if (g_file_query_exists (file, NULL))
        payday_window_open_file (PAYDAY_WINDOW (window), file);
    }
}

static void
payday_application_open (GApplication  *app,
                         GFile        **files,
                         int            n_files,
                         const char    *hint)
{
  PaydayApplication *self = (PaydayApplication *)app;

  /* One window per plan, as spec/command-line.md says for `payday PLAN…`. */
  for (int i = 0; i < n_files; i++)
    {
      GtkWindow *window = payday_application_open_new (self);

      gtk_window_present (window);
      payday_window_open_file (PAYDAY_WINDOW (window), files[i]);
    }
}

static void
payday_application_dispose (GObject *object)
{
  PaydayApplication *self = (PaydayApplication *)object;

  g_clear_object (&self->settings);
  g_clear_object (&self->rates_service);

  G_OBJECT_CLASS (payday_application_parent_class)->dispose (object);
}

static void
payday_application_class_init (PaydayApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = payday_application_dispose;

  app_class->startup = payday_application_startup;
  app_class->activate = payday_application_activate;
  app_class->open = payday_application_open;
}

static void
payday_application_init (PaydayApplication *self)
{
}

/**
 * payday_application_get_rates_service:
 *
 * The exchange-rate service of every window, created on first use; its cache is
 * `$XDG_CACHE_HOME/payday` and `PAYDAY_RATES_URL` / `PAYDAY_RATES_JSON_URL` override
 * the providers.
 *
 * Returns: (transfer none): the service
 */
PaydayRatesService *
payday_application_get_rates_service (PaydayApplication *self)
{
  g_return_val_if_fail (PAYDAY_IS_APPLICATION (self), NULL);

  if (self->rates_service == NULL)
    self->rates_service = payday_rates_service_new ();

  return self->rates_service;
}

PaydayApplication *
payday_application_new (void)
{
  return g_object_new (PAYDAY_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/io/github/payday/Payday",
                       NULL);
}

/**
 * payday_application_run:
 *
 * Creates the application and runs it with the command line; returns the exit status.
 */
int
payday_application_run (int    argc,
                        char **argv)
{
  g_autoptr(PaydayApplication) app = payday_application_new ();

  g_set_application_name (_("Payday"));

  return g_application_run (G_APPLICATION (app), argc, argv);
}
