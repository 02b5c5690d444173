/* payday-window.c — the main window: header bar, pages, file actions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "payday-autosave.h"
#include "payday-application.h"
#include "payday-error-dialog.h"
#include "payday-overview-page.h"
#include "payday-pages.h"
#include "payday-ui-util.h"
#include "payday-window-private.h"

#define MAX_RECENT 8
/* A load that takes longer than this shows "Opening…" with a Cancel button. */
#define OPEN_TOAST_DELAY_MS 300

G_DEFINE_FINAL_TYPE (PaydayWindow, payday_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_DOCUMENT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
payday_window_toast (PaydayWindow *self,
                     const char   *title)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (title));
}

static void
payday_window_update_title (PaydayWindow *self)
{
  const char *title = payday_document_get_title (self->document);
  GFile *file = payday_document_get_file (self->document);
  g_autofree char *subtitle = NULL;
  g_autofree char *full = NULL;

  if (file != NULL)
    subtitle = g_file_get_basename (file);
  else
    subtitle = g_strdup (_("Not saved"));

  if (payday_document_get_dirty (self->document))
    full = g_strdup_printf ("• %s", title);
  else
    full = g_strdup (title);

  adw_view_switcher_title_set_title (self->switcher_title, full);
  adw_view_switcher_title_set_subtitle (self->switcher_title, subtitle);
  gtk_window_set_title (GTK_WINDOW (self), full);
}

/* With a single page a switcher is noise: the header shows the plan's title instead, and
 * the bottom bar appears only on narrow windows when there is something to switch. */
static void
payday_window_update_switcher (PaydayWindow *self)
{
  g_autoptr(GtkSelectionModel) pages = adw_view_stack_get_pages (self->stack);
  guint n_visible = 0;
  gboolean enabled;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (pages)); i++)
    {
      g_autoptr(AdwViewStackPage) page = g_list_model_get_item (G_LIST_MODEL (pages), i);

      if (adw_view_stack_page_get_visible (page))
        n_visible++;
    }

  enabled = n_visible > 1;
  adw_view_switcher_title_set_view_switcher_enabled (self->switcher_title, enabled);
  adw_view_switcher_bar_set_reveal (self->switcher_bar,
                                    enabled && adw_view_switcher_title_get_title_visible (self->switcher_title));
}

static void
payday_window_update_busy (PaydayWindow *self)
{
  gboolean busy = payday_document_get_busy (self->document);

  gtk_spinner_set_spinning (self->spinner, busy);
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), busy);
}

static void
payday_window_update_recent (PaydayWindow *self)
{
  GList *items = gtk_recent_manager_get_items (self->recent_manager);
  g_autoptr(GPtrArray) plans = g_ptr_array_new ();

  g_menu_remove_all (self->recent_section);

  for (GList *l = items; l != NULL; l = l->next)
    {
      GtkRecentInfo *info = l->data;
      const char *uri = gtk_recent_info_get_uri (info);
      const char *mime = gtk_recent_info_get_mime_type (info);

      if (g_strcmp0 (mime, PAYDAY_MIME_TYPE) == 0 || g_str_has_suffix (uri, ".payday"))
        g_ptr_array_add (plans, info);
    }

  /* Newest first. */
  for (guint i = 1; i < plans->len; i++)
    for (guint j = i; j > 0; j--)
      {
        GtkRecentInfo *a = g_ptr_array_index (plans, j - 1);
        GtkRecentInfo *b = g_ptr_array_index (plans, j);

        if (g_date_time_compare (gtk_recent_info_get_modified (a),
                                 gtk_recent_info_get_modified (b)) >= 0)
          break;
        plans->pdata[j - 1] = b;
        plans->pdata[j] = a;
      }

  for (guint i = 0; i < MIN (plans->len, MAX_RECENT); i++)
    {
      GtkRecentInfo *info = g_ptr_array_index (plans, i);
      g_autoptr(GMenuItem) item = g_menu_item_new (gtk_recent_info_get_display_name (info), NULL);

      g_menu_item_set_action_and_target_value (item,
                                               "win.open-recent",
                                               g_variant_new_string (gtk_recent_info_get_uri (info)));
      g_menu_append_item (self->recent_section, item);
    }

  if (plans->len == 0)
    g_menu_append (self->recent_section, _("No Recent Plans"), "win.no-recent");

  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);
}

static void
payday_window_remember_file (PaydayWindow *self,
                             GFile        *file)
{
  g_autofree char *uri = g_file_get_uri (file);
  GtkRecentData data = {
    .display_name = NULL,
    .description = NULL,
    .mime_type = (char *) PAYDAY_MIME_TYPE,
    .app_name = (char *) "Payday",
    .app_exec = (char *) "payday %u",
    .groups = NULL,
    .is_private = FALSE,
  };

  g_settings_set_string (self->settings, "last-plan", uri);
  gtk_recent_manager_add_full (self->recent_manager, uri, &data);
}

void
payday_window_add_toast (PaydayWindow *self,
                         AdwToast     *toast)
{
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

GtkWindow *
payday_window_show_error (PaydayWindow *self,
                          const char   *heading,
                          const char   *body,
                          const char   *details)
{
  GtkWindow *dialog = payday_error_dialog_new (GTK_WINDOW (self), heading, body, details);

  gtk_window_present (dialog);

  return dialog;
}

/**
 * payday_window_show_load_error:
 *
 * Shows why @file was refused, every problem a line, over the window.
 *
 * Returns: (transfer none): the dialog
 */
GtkWindow *
payday_window_show_load_error (PaydayWindow *self,
                               GFile        *file,
                               const GError *error)
{
  g_autofree char *name = NULL;
  g_autofree char *heading = NULL;

  g_return_val_if_fail (PAYDAY_IS_WINDOW (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error != NULL, NULL);

  name = g_file_get_basename (file);
  heading = g_strdup_printf (_("Could Not Open “%s”"), name);

  return payday_window_show_error (self, heading,
                                   _("The plan was not opened; the open plan is unchanged."),
                                   error->message);
}

static void
payday_window_end_open (PaydayWindow *self)
{
  g_clear_handle_id (&self->open_toast_id, g_source_remove);
  g_clear_object (&self->open_cancellable);
  g_clear_pointer (&self->open_name, g_free);
  if (self->open_toast != NULL)
    {
      adw_toast_dismiss (self->open_toast);
      g_clear_object (&self->open_toast);
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel-open", FALSE);
}

static gboolean
payday_window_show_open_toast (gpointer user_data)
{
  PaydayWindow *self = user_data;
  g_autofree char *title = g_strdup_printf (_("Opening “%s”…"), self->open_name);

  self->open_toast_id = 0;

  /* Stays until the load ends: the header's spinner turns meanwhile, and the window
   * stays usable because the file is read and checked in a thread. */
  self->open_toast = g_object_ref (adw_toast_new (title));
  adw_toast_set_timeout (self->open_toast, 0);
  adw_toast_set_priority (self->open_toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_set_button_label (self->open_toast, _("_Cancel"));
  adw_toast_set_action_name (self->open_toast, "win.cancel-open");
  adw_toast_overlay_add_toast (self->toast_overlay, g_object_ref (self->open_toast));

  return G_SOURCE_REMOVE;
}

static void
payday_window_open_file_cb (GObject      *object,
                            GAsyncResult *result,
                            gpointer      user_data)
{
  PaydayDocument *document = (PaydayDocument *)object;
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;
  PaydayWindow *self = g_task_get_source_object (task);
  GFile *file = g_task_get_task_data (task);

  if (self->open_cancellable == g_task_get_cancellable (task))
    payday_window_end_open (self);

  if (!payday_document_load_finish (document, result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        payday_window_show_load_error (self, file, error);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  payday_window_remember_file (self, file);
  g_task_return_boolean (task, TRUE);
}

/**
 * payday_window_open_file_async:
 *
 * Loads @file into the window's document in a thread. A plan that is refused leaves the
 * open plan as it was and shows every problem in a dialog; the error is also returned by
 * payday_window_open_file_finish().
 */
void
payday_window_open_file_async (PaydayWindow        *self,
                               GFile               *file,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (PAYDAY_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  /* The Cancel button of the "Opening…" toast cancels the newest load. */
  payday_window_end_open (self);
  self->open_cancellable = g_cancellable_new ();
  if (cancellable != NULL)
    g_cancellable_connect (cancellable, G_CALLBACK (g_cancellable_cancel),
                           g_object_ref (self->open_cancellable), g_object_unref);
  cancellable = self->open_cancellable;
  self->open_name = g_file_get_basename (file);
  self->open_toast_id = g_timeout_add (OPEN_TOAST_DELAY_MS, payday_window_show_open_toast, self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel-open", TRUE);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, payday_window_open_file_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);

  payday_document_load_async (self->document,
                              file,
                              cancellable,
                              payday_window_open_file_cb,
                              g_steal_pointer (&task));
}

gboolean
payday_window_open_file_finish (PaydayWindow  *self,
                                GAsyncResult  *result,
                                GError       **error)
{
  g_return_val_if_fail (PAYDAY_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

void
payday_window_open_file (PaydayWindow *self,
                         GFile        *file)
{
  g_return_if_fail (PAYDAY_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  payday_window_open_file_async (self, file, NULL, NULL, NULL);
}

/* After a save the window made: the file on disk is now the plan, so a later Save does
 * not take it for a change by another program. */
void
payday_window_note_saved (PaydayWindow *self)
{
  GFile *file = payday_document_get_file (self->document);

  if (file != NULL)
    {
      g_autofree char *name = g_file_get_basename (file);
      g_autofree char *toast = g_strdup_printf (_("Saved “%s”"), name);

      payday_autosave_note_disk_state (self->autosave);
      payday_window_remember_file (self, file);
      payday_window_toast (self, toast);
    }
}

/**
 * payday_window_ensure_page:
 * @self: a #PaydayWindow
 * @name: the name of a page of the window's view stack, such as "contracts"
 *
 * Builds the page named @name if it was not built yet. Only the Overview is built with
 * the window; every other page of payday-pages.c is built, bound to the document, the
 * first time it becomes the visible page or when this is called.
 *
 * Returns: (transfer none) (nullable): the page widget, or %NULL for an unknown name
 */
GtkWidget *
payday_window_ensure_page (PaydayWindow *self,
                           const char   *name)
{
  const PaydayPageInfo *info;
  GtkWidget *holder;
  GtkWidget *page;

  g_return_val_if_fail (PAYDAY_IS_WINDOW (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  if (!(info = payday_pages_lookup (name)) ||
      !(holder = adw_view_stack_get_child_by_name (self->stack, name)))
    return NULL;

  if (!(page = adw_bin_get_child (ADW_BIN (holder))))
    {
      page = g_object_new (info->get_type (), "document", self->document, NULL);
      adw_bin_set_child (ADW_BIN (holder), page);
    }

  return page;
}

/* Every page of the table gets its place in the switcher at once, an empty AdwBin the
 * page is built into when first shown: start-up builds only the page it shows. The
 * switchers get the stack only then: a view switcher rebuilds all its buttons whenever a
 * page is added, so binding them first built 28 buttons in each of the three (the title's
 * wide and narrow ones and the bar) instead of 7. */
static void
payday_window_add_pages (PaydayWindow *self)
{
  const PaydayPageInfo *pages;
  guint n_pages;

  pages = payday_pages_get (&n_pages);
  for (guint i = 0; i < n_pages; i++)
    {
      AdwViewStackPage *page = adw_view_stack_add_titled (self->stack, adw_bin_new (),
                                                          pages[i].name, _(pages[i].title));

      adw_view_stack_page_set_icon_name (page, pages[i].icon_name);
    }

  adw_view_switcher_title_set_stack (self->switcher_title, self->stack);
  adw_view_switcher_bar_set_stack (self->switcher_bar, self->stack);
}

static GtkWidget *
find_pages_group (GtkWidget *widget)
{
  if (GTK_IS_SHORTCUTS_GROUP (widget) &&
      g_strcmp0 (gtk_widget_get_name (widget), "pages-shortcuts") == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_pages_group (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The shortcuts window's "Pages" group (named "pages-shortcuts" in
 * payday-shortcuts-window.ui) lists the table's pages with their keys. GTK 4.8 has no call
 * to add a shortcut to a group but the one GtkBuilder uses for <child>. */
static void
payday_window_list_page_shortcuts (GtkShortcutsWindow *help)
{
  g_autoptr(GtkBuilder) builder = NULL;
  const PaydayPageInfo *pages;
  GtkWidget *group;
  guint n_pages;

  if (!(group = find_pages_group (GTK_WIDGET (help))))
    g_error ("payday-shortcuts-window.ui has no group named “pages-shortcuts”");

  builder = gtk_builder_new ();
  pages = payday_pages_get (&n_pages);
  for (guint i = 0; i < n_pages; i++)
    {
      GObject *shortcut = g_object_new (GTK_TYPE_SHORTCUTS_SHORTCUT,
                                        "title", _(pages[i].title),
                                        "accelerator", pages[i].accelerator,
                                        NULL);

      GTK_BUILDABLE_GET_IFACE (group)->add_child (GTK_BUILDABLE (group), builder, shortcut, NULL);
    }
}

/**
 * payday_window_get_shortcuts_window:
 *
 * The window's shortcuts window (win.show-help-overlay, Ctrl+?), built the first time it
 * is asked for rather than with the window: GtkApplication would build one for every
 * window it is given (from <resource-base-path>/gtk/help-overlay.ui), before the first
 * frame, for a window that is seldom opened. It is the window's help overlay: modal,
 * transient for it, gone with it.
 *
 * Returns: (transfer none): the shortcuts window
 */
GtkShortcutsWindow *
payday_window_get_shortcuts_window (PaydayWindow *self)
{
  GtkShortcutsWindow *help;

  g_return_val_if_fail (PAYDAY_IS_WINDOW (self), NULL);

  if (!(help = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (self))))
    {
      g_autoptr(GtkBuilder) builder =
        gtk_builder_new_from_resource ("/io/github/payday/Payday/ui/payday-shortcuts-window.ui");

      help = GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
      payday_window_list_page_shortcuts (help);
      gtk_application_window_set_help_overlay (GTK_APPLICATION_WINDOW (self), help);
    }

  return help;
}

/* This action stays the window's: GTK adds its own only to a window that has none. */
static void
payday_window_show_shortcuts (PaydayWindow *self)
{
  gtk_window_present (GTK_WINDOW (payday_window_get_shortcuts_window (self)));
}

static void
payday_window_visible_page_changed (PaydayWindow *self)
{
  const char *name = adw_view_stack_get_visible_child_name (self->stack);

  if (name != NULL)
    payday_window_ensure_page (self, name);
}

static gboolean
payday_window_close_request (GtkWindow *window)
{
  PaydayWindow *self = PAYDAY_WINDOW (window);
  int width, height;

  if (payday_window_edit_close_request (self))
    return TRUE;

  gtk_window_get_default_size (window, &width, &height);

  g_settings_delay (self->settings);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
  if (!gtk_window_is_maximized (window) && width > 0 && height > 0)
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
  g_settings_apply (self->settings);

  /* A normal close gives up the unsaved changes: only a crash leaves a recovery copy. */
  payday_autosave_discard (self->autosave);

  return GTK_WINDOW_CLASS (payday_window_parent_class)->close_request (window);
}

static void
payday_window_autosave_failed (PaydayWindow *self,
                               const GError *error)
{
  g_autofree char *title = g_strdup_printf (_("Could not keep a recovery copy: %s"),
                                            error->message);

  payday_window_toast (self, title);
}

static void
payday_window_rate_ready (GObject      *object,
                          GAsyncResult *result,
                          gpointer      user_data)
{
  g_autoptr(PaydayWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *warning = NULL;
  PaydayRate rate;

  if (!payday_rates_service_lookup_finish (PAYDAY_RATES_SERVICE (object), result,
                                           &rate, &warning, &error))
    {
      g_autofree char *toast = NULL;
      g_autofree char *currency = NULL;

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;

      g_debug ("No exchange rate: %s", error->message);
      payday_overview_page_set_local_rate (self->overview_page, NULL);
      currency = g_settings_get_string (self->settings, "currency");
      toast = g_strdup_printf (_("No exchange rate for %s; amounts are in US dollars only"),
                               currency);
      payday_window_toast (self, toast);
      return;
    }

  payday_overview_page_set_local_rate (self->overview_page, &rate);

  /* A fetch failed and an older table was used (or a cache file was damaged): the
   * figures are still good, but say which day's rates they use. */
  if (warning != NULL)
    {
      g_autofree char *day = payday_ui_format_date (rate.date, payday_date_today_utc ());
      g_autofree char *toast = NULL;

      g_debug ("Exchange rates: %s", warning);
      /* Translators: %s is a date such as "Fri, Jul 8, 2022" */
      toast = g_strdup_printf (_("Exchange rates could not be updated; using rates of %s"), day);
      payday_window_toast (self, toast);
    }
}

/* Looks the rate of the preferences' currency up without blocking: the cache of today,
 * else a download in a worker thread. Changing the currency cancels a running lookup. */
static void
payday_window_update_rate (PaydayWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  g_autofree char *currency = g_settings_get_string (self->settings, "currency");
  PaydayRatesService *service;

  g_cancellable_cancel (self->rate_cancellable);
  g_clear_object (&self->rate_cancellable);

  if (!PAYDAY_IS_APPLICATION (app) || !payday_currency_code_is_valid (currency) ||
      strcmp (currency, "USD") == 0)
    {
      payday_overview_page_set_local_rate (self->overview_page, NULL);
      return;
    }

  service = payday_application_get_rates_service (PAYDAY_APPLICATION (app));
  /* The preferences' manual rate is for their currency; 0 forgets it. */
  payday_rates_service_set_manual_rate (service, currency,
                                        g_settings_get_double (self->settings, "manual-rate"));

  /* The figures of another currency must not stay up while this one is looked up. */
  {
    const PaydayRate *shown = payday_overview_page_get_local_rate (self->overview_page);

    if (shown != NULL && strcmp (shown->currency, currency) != 0)
      payday_overview_page_set_local_rate (self->overview_page, NULL);
  }

  self->rate_cancellable = g_cancellable_new ();
  payday_rates_service_lookup_async (service, currency, PAYDAY_RATES_LOOKUP_NONE,
                                     self->rate_cancellable,
                                     payday_window_rate_ready, g_object_ref (self));
}

static void
payday_window_constructed (GObject *object)
{
  PaydayWindow *self = (PaydayWindow *)object;

  G_OBJECT_CLASS (payday_window_parent_class)->constructed (object);

  if (self->document == NULL)
    {
      self->document = payday_document_new ();
      payday_document_load_new (self->document, payday_ui_preferred_edition (NULL), NULL);
    }

  self->autosave = payday_autosave_new (self->document, NULL);
  g_signal_connect_object (self->autosave, "failed",
                           G_CALLBACK (payday_window_autosave_failed), self, G_CONNECT_SWAPPED);

  g_signal_connect_object (self->document, "notify::title",
                           G_CALLBACK (payday_window_update_title), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->document, "notify::file",
                           G_CALLBACK (payday_window_update_title), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->document, "notify::dirty",
                           G_CALLBACK (payday_window_update_title), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->document, "notify::busy",
                           G_CALLBACK (payday_window_update_busy), self, G_CONNECT_SWAPPED);

  self->overview_page = PAYDAY_OVERVIEW_PAGE (payday_window_ensure_page (self, "overview"));
  payday_window_edit_attach (self);
  payday_window_import_attach (self);
  g_signal_connect_object (self->stack, "notify::visible-child-name",
                           G_CALLBACK (payday_window_visible_page_changed), self, G_CONNECT_SWAPPED);
  payday_window_visible_page_changed (self);

  g_signal_connect_object (self->settings, "changed::currency",
                           G_CALLBACK (payday_window_update_rate), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::manual-rate",
                           G_CALLBACK (payday_window_update_rate), self, G_CONNECT_SWAPPED);
  payday_window_update_rate (self);

  payday_window_update_title (self);
  payday_window_update_busy (self);
  payday_window_update_switcher (self);
}

static void
payday_window_dispose (GObject *object)
{
  PaydayWindow *self = (PaydayWindow *)object;

  if (self->chooser != NULL)
    {
      gtk_native_dialog_destroy (self->chooser);
      g_clear_object (&self->chooser);
    }
  if (self->import_chooser != NULL)
    {
      gtk_native_dialog_destroy (self->import_chooser);
      g_clear_object (&self->import_chooser);
    }

  if (self->open_cancellable != NULL)
    g_cancellable_cancel (self->open_cancellable);
  g_clear_handle_id (&self->open_toast_id, g_source_remove);
  g_clear_object (&self->open_toast);
  g_cancellable_cancel (self->rate_cancellable);
  g_clear_object (&self->rate_cancellable);

  gtk_widget_dispose_template (GTK_WIDGET (self), PAYDAY_TYPE_WINDOW);

  G_OBJECT_CLASS (payday_window_parent_class)->dispose (object);
}

static void
payday_window_finalize (GObject *object)
{
  PaydayWindow *self = (PaydayWindow *)object;

  g_clear_object (&self->autosave);
  g_clear_object (&self->open_cancellable);
  g_clear_pointer (&self->open_name, g_free);
  g_clear_object (&self->document);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (payday_window_parent_class)->finalize (object);
}

static void
payday_window_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  PaydayWindow *self = PAYDAY_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, payday_window_get_document (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
payday_window_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  PaydayWindow *self = PAYDAY_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      self->document = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
payday_window_class_init (PaydayWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = payday_window_constructed;
  object_class->dispose = payday_window_dispose;
  object_class->finalize = payday_window_finalize;
  object_class->get_property = payday_window_get_property;
  object_class->set_property = payday_window_set_property;

  window_class->close_request = payday_window_close_request;

  properties [PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL,
                         PAYDAY_TYPE_DOCUMENT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/payday/Payday/ui/payday-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PaydayWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, PaydayWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, PaydayWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, PaydayWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, PaydayWindow, spinner);
  gtk_widget_class_bind_template_child (widget_class, PaydayWindow, recent_section);

  payday_window_actions_class_init (widget_class);
  payday_window_edit_class_init (widget_class);

  payday_window_export_class_init (widget_class);
  payday_window_rules_class_init (widget_class);
  payday_window_import_class_init (widget_class);
}

static void
payday_window_init (PaydayWindow *self)
{
  int width, height;

  gtk_widget_init_template (GTK_WIDGET (self));
  payday_window_add_pages (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel-open", FALSE);

  self->settings = g_settings_new (APP_ID);
  self->recent_manager = gtk_recent_manager_get_default ();

  width = g_settings_get_int (self->settings, "window-width");
  height = g_settings_get_int (self->settings, "window-height");
  gtk_window_set_default_size (GTK_WINDOW (self), width, height);
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  g_signal_connect_object (self->switcher_title, "notify::title-visible",
                           G_CALLBACK (payday_window_update_switcher), self, G_CONNECT_SWAPPED);
  {
    g_autoptr(GSimpleAction) show_shortcuts = g_simple_action_new ("show-help-overlay", NULL);

    g_signal_connect_object (show_shortcuts, "activate",
                             G_CALLBACK (payday_window_show_shortcuts), self, G_CONNECT_SWAPPED);
    g_action_map_add_action (G_ACTION_MAP (self), G_ACTION (show_shortcuts));
  }
  g_signal_connect_object (self->recent_manager, "changed",
                           G_CALLBACK (payday_window_update_recent), self, G_CONNECT_SWAPPED);
  payday_window_update_recent (self);
}

PaydayWindow *
payday_window_new (GtkApplication *application,
                   PaydayDocument *document)
{
  g_return_val_if_fail (!application || GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (!document || PAYDAY_IS_DOCUMENT (document), NULL);

  return g_object_new (PAYDAY_TYPE_WINDOW,
                       "application", application,
                       "document", document,
                       NULL);
}

PaydayDocument *
payday_window_get_document (PaydayWindow *self)
{
  g_return_val_if_fail (PAYDAY_IS_WINDOW (self), NULL);

  return self->document;
}

/**
 * payday_window_get_autosave:
 *
 * Returns: (transfer none): what keeps the recovery copy of the window's document
 */
PaydayAutosave *
payday_window_get_autosave (PaydayWindow *self)
{
  g_return_val_if_fail (PAYDAY_IS_WINDOW (self), NULL);

  return self->autosave;
}
