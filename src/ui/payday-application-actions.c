/* payday-application-actions.c — the app.* actions and their accelerators
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "payday-application-private.h"
#include "payday-preferences-window.h"
#include "payday-window.h"

static GtkWindow *
get_window (PaydayApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    window = payday_application_open_new (self);

  return window;
}

static void
payday_application_actions_new (GSimpleAction *action,
                                GVariant      *param,
                                gpointer       user_data)
{
  PaydayApplication *self = user_data;

  gtk_window_present (payday_application_open_new (self));
}

static void
payday_application_actions_open (GSimpleAction *action,
                                 GVariant      *param,
                                 gpointer       user_data)
{
  PaydayApplication *self = user_data;
  GtkWindow *window = get_window (self);

  gtk_window_present (window);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.open", NULL);
}

static void
payday_application_actions_quit (GSimpleAction *action,
                                 GVariant      *param,
                                 gpointer       user_data)
{
  PaydayApplication *self = user_data;
  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));

  /* Closing (not destroying) each window lets it save its size first, and lets a window
   * with unsaved changes ask Save/Discard/Cancel: such a window stays open (and keeps the
   * application running) until the user answers. */
  for (const GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);

  if (gtk_application_get_windows (GTK_APPLICATION (self)) == NULL)
    g_application_quit (G_APPLICATION (self));
}

static void
payday_application_actions_about (GSimpleAction *action,
                                  GVariant      *param,
                                  gpointer       user_data)
{
  PaydayApplication *self = user_data;
  static const char *developers[] = { "Payday developers", NULL };
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", window,
                        "modal", TRUE,
                        "application-name", _("Payday"),
                        "application-icon", APP_ID,
                        "version", PACKAGE_VERSION,
                        "developer-name", "Payday developers",
                        "developers", developers,
                        "copyright", "© 2026 Payday developers",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "website", "https://github.com/payday/payday",
                        "issue-url", "https://github.com/payday/payday/issues",
                        "comments", _("Know when your Upwork earnings become available, what Connects cost, and when the next badge comes."),
                        "translator-credits", _("translator-credits"),
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static void
payday_application_actions_shortcuts (GSimpleAction *action,
                                      GVariant      *param,
                                      gpointer       user_data)
{
  PaydayApplication *self = user_data;
  GtkWindow *window = get_window (self);

  /* Every window has win.show-help-overlay, which builds its shortcuts window
   * (payday-shortcuts-window.ui) when first asked. */
  gtk_window_present (window);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL);
}

static void
payday_application_actions_preferences (GSimpleAction *action,
                                        GVariant      *param,
                                        gpointer       user_data)
{
  PaydayApplication *self = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  GtkWidget *preferences;

  preferences = payday_preferences_window_new (window,
                                               payday_application_get_rates_service (self));
  gtk_window_present (GTK_WINDOW (preferences));
}

static const GActionEntry actions[] = {
  { "preferences", payday_application_actions_preferences },
  { "new", payday_application_actions_new },
  { "open", payday_application_actions_open },
  { "quit", payday_application_actions_quit },
  { "about", payday_application_actions_about },
  { "shortcuts", payday_application_actions_shortcuts },
};

static const struct {
  const char *action;
  const char *accels[3];
} accels[] = {
  { "app.quit", { "<Control>q", NULL } },
  { "app.preferences", { "<Control>comma", NULL } },
  { "win.show-help-overlay", { "<Control>question", NULL } },
  { "win.new", { "<Control>n", NULL } },
  { "win.open", { "<Control>o", NULL } },
  { "win.save", { "<Control>s", NULL } },
  { "win.save-as", { "<Control><Shift>s", NULL } },
  { "window.close", { "<Control>w", NULL } },
  { "win.export", { "<Control>e", NULL } },
  { "win.print", { "<Control>p", NULL } },
  { "win.import", { "<Control>i", NULL } },
  /* Also bound on the window class (payday-window-edit.c); listed here so the shortcuts
   * window and menus show them. */
  { "win.undo", { "<Control>z", NULL } },
  { "win.redo", { "<Control><Shift>z", NULL } },
};

void
_payday_application_add_actions (PaydayApplication *self)
{
  g_assert (PAYDAY_IS_APPLICATION (self));

  g_action_map_add_action_entries (G_ACTION_MAP (self),
                                   actions,
                                   G_N_ELEMENTS (actions),
                                   self);

  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self),
                                           accels[i].action,
                                           accels[i].accels);
}
