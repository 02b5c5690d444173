/* payday-application.c — the Payday GtkApplication: windows, startup, app actions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "payday-application-private.h"
#include "payday-autosave.h"
#include "payday-cli.h"
#include "payday-document.h"
#include "payday-startup-probe.h"
#include "payday-ui-util.h"
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

  if (!payday_document_load_new (document, payday_ui_preferred_edition (NULL), &error))
    g_warning ("Could not create a plan: %s", error->message);

  return payday_application_new_window (self, document);
}

static void
payday_application_open_last (PaydayApplication *self,
                              GtkWindow         *window)
{
  g_autofree char *last = g_settings_get_string (self->settings, "last-plan");

  if (last[0] != '\0')
    {
      g_autoptr(GFile) file = g_file_new_for_uri (last);

      if (g_file_query_exists (file, NULL))
        payday_window_open_file (PAYDAY_WINDOW (window), file);
    }
}

typedef struct
{
  PaydayApplication *app;
  GtkWindow         *parent;
  GPtrArray         *recoveries;
} Offer;

static void
offer_free (Offer *offer)
{
  g_clear_object (&offer->app);
  g_clear_object (&offer->parent);
  g_clear_pointer (&offer->recoveries, g_ptr_array_unref);
  g_free (offer);
}

static void
payday_application_recovery_response (AdwMessageDialog *dialog,
                                      const char       *response,
                                      Offer            *offer)
{
  if (g_strcmp0 (response, "restore") == 0)
    {
      for (guint i = 0; i < offer->recoveries->len; i++)
        {
          PaydayRecovery *recovery = g_ptr_array_index (offer->recoveries, i);
          g_autoptr(GError) error = NULL;
          GtkWindow *window = offer->parent;

          /* The first plan goes into the window that asked, unless it holds edits itself. */
          if (i > 0 || window == NULL ||
              payday_document_get_dirty (payday_window_get_document (PAYDAY_WINDOW (window))))
            window = payday_application_open_new (offer->app);

          gtk_window_present (window);
          if (!payday_autosave_restore (payday_window_get_autosave (PAYDAY_WINDOW (window)),
                                        recovery, &error))
            payday_window_show_load_error (PAYDAY_WINDOW (window),
                                           payday_recovery_get_file (recovery), error);
        }
    }
  else
    {
      /* "discard" removes the copies; closing the dialog keeps them for the next start.
       * Either way the window goes on as a normal start would. */
      if (g_strcmp0 (response, "discard") == 0)
        g_ptr_array_foreach (offer->recoveries, (GFunc) payday_recovery_discard, NULL);

      if (offer->parent != NULL)
        payday_application_open_last (offer->app, offer->parent);
    }
}

static char *
describe_recovery (PaydayRecovery *recovery)
{
  GFile *original = payday_recovery_get_original (recovery);
  g_autoptr(GDateTime) local = g_date_time_to_local (payday_recovery_get_saved_at (recovery));
  g_autofree char *where = original ? g_file_get_basename (original) : g_strdup (_("Never saved"));
  g_autofree char *when = g_date_time_format (local, "%x %H:%M");
  const char *summary = payday_recovery_get_summary (recovery);
  g_autofree char *escaped = NULL;
  g_autofree char *text = NULL;

  if (summary != NULL)
    text = g_strdup_printf (_("%s · changed %s\n%s"), where, when, summary);
  else
    text = g_strdup_printf (_("%s · changed %s"), where, when);

  escaped = g_markup_escape_text (text, -1);

  return g_steal_pointer (&escaped);
}

/**
 * payday_application_offer_recovery:
 * @parent: (nullable): the window to restore the first plan into, and to show over
 *
 * When plans with unsaved changes were left behind by a crash, asks whether to restore
 * them (each into a window, tied to its original file and marked unsaved) or discard them.
 * Closing the dialog keeps them for the next start.
 *
 * Returns: (transfer none) (nullable): the dialog, or %NULL when there is nothing to restore
 */
GtkWindow *
payday_application_offer_recovery (PaydayApplication *self,
                                   GtkWindow         *parent)
{
  g_autoptr(GPtrArray) recoveries = NULL;
  GtkWidget *dialog;
  GtkWidget *list;
  GtkWidget *scrolled;
  Offer *offer;

  g_return_val_if_fail (PAYDAY_IS_APPLICATION (self), NULL);
  g_return_val_if_fail (!parent || PAYDAY_IS_WINDOW (parent), NULL);

  recoveries = payday_recovery_list (NULL);
  if (recoveries->len == 0)
    return NULL;

  dialog = adw_message_dialog_new (parent,
                                   _("Restore Unsaved Changes?"),
                                   g_dngettext (GETTEXT_PACKAGE,
                                                "Payday stopped before this plan was saved. "
                                                "Its last changes were kept.",
                                                "Payday stopped before these plans were saved. "
                                                "Their last changes were kept.",
                                                recoveries->len));
  gtk_widget_set_name (dialog, "recovery-dialog");

  list = gtk_list_box_new ();
  gtk_widget_set_name (list, "recovery-list");
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  for (guint i = 0; i < recoveries->len; i++)
    {
      PaydayRecovery *recovery = g_ptr_array_index (recoveries, i);
      g_autofree char *title = g_markup_escape_text (payday_recovery_get_name (recovery), -1);
      g_autofree char *subtitle = describe_recovery (recovery);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                                 gtk_image_new_from_icon_name ("document-revert-symbolic"));
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }
  /* Many copies (a machine that crashed often) scroll inside the dialog instead of growing
   * it past the screen: up to about five rows show at once. */
  scrolled = gtk_scrolled_window_new ();
  gtk_widget_set_name (scrolled, "recovery-scroll");
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled),
                                  GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 320);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), scrolled);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "discard", _("_Discard"),
                                    "restore", _("_Restore"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "restore",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "restore");
  /* Escape must not throw edits away: it keeps the copies for the next start. */
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "keep");

  offer = g_new0 (Offer, 1);
  offer->app = g_object_ref (self);
  offer->parent = parent ? g_object_ref (parent) : NULL;
  offer->recoveries = g_steal_pointer (&recoveries);
  g_signal_connect_data (dialog, "response",
                         G_CALLBACK (payday_application_recovery_response),
                         offer, (GClosureNotify) offer_free, 0);

  gtk_window_present (GTK_WINDOW (dialog));

  return GTK_WINDOW (dialog);
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
      payday_document_load_new (document, payday_ui_preferred_edition (NULL), NULL);
    }

  window = payday_application_new_window (self, document);
  payday_startup_probe_attach (window);
  gtk_window_present (window);

  /* After a crash, the offer to restore comes first; the last plan opens only when the
   * user declines it. */
  if (payday_application_offer_recovery (self, window) == NULL)
    payday_application_open_last (self, window);
}

static void
payday_application_open (GApplication  *app,
                         GFile        **files,
                         int            n_files,
                         const char    *hint)
{
  PaydayApplication *self = (PaydayApplication *)app;

  /* One window per plan, as docs/command-line.md says for `payday PLAN…`. */
  for (int i = 0; i < n_files; i++)
    {
      GtkWindow *window = payday_application_open_new (self);

      gtk_window_present (window);
      payday_window_open_file (PAYDAY_WINDOW (window), files[i]);
    }
}

/* The options are the command line's (payday-cli.c): a headless one runs there, before
 * GTK is initialised or the application registered, so it needs no display; plans given
 * alone open in windows, as GApplication would open them. */
static int
payday_application_handle_local_options (GApplication *app,
                                         GVariantDict *options)
{
  g_auto(GStrv) plans = NULL;
  g_autoptr(GPtrArray) files = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  if ((status = payday_cli_handle_options (options, &plans)) >= 0 || plans == NULL)
    return status;

  if (!g_application_register (app, NULL, &error))
    {
      g_printerr ("payday: %s\n", error->message);
      return 1;
    }

  files = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; plans[i] != NULL; i++)
    g_ptr_array_add (files, g_file_new_for_commandline_arg (plans[i]));
  g_application_open (app, (GFile **) files->pdata, (int) files->len, "");

  return 0;
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
  app_class->handle_local_options = payday_application_handle_local_options;
}

static void
payday_application_init (PaydayApplication *self)
{
  payday_cli_add_options (G_APPLICATION (self));
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
