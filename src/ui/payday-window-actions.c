/* payday-window-actions.c — the window's file, profile and page actions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "payday-pages.h"
#include "payday-profile-dialog.h"
#include "payday-ui-util.h"
#include "payday-window-private.h"

static GtkFileFilter *
plan_filter_new (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Payday Plans"));
  gtk_file_filter_add_mime_type (filter, PAYDAY_MIME_TYPE);
  gtk_file_filter_add_pattern (filter, "*.payday");

  return filter;
}

static void
payday_window_chooser_response (PaydayWindow         *self,
                                int                   response,
                                GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = NULL;

  g_assert (PAYDAY_IS_WINDOW (self));

  if (response == GTK_RESPONSE_ACCEPT &&
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))))
    {
      if (gtk_file_chooser_get_action (GTK_FILE_CHOOSER (chooser)) == GTK_FILE_CHOOSER_ACTION_SAVE)
        payday_window_save_checked (self, file, NULL, NULL, NULL);
      else
        payday_window_open_file (self, file);
    }

  gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (chooser));
  g_clear_object (&self->chooser);
}

/**
 * payday_window_plan_chooser_new:
 * @action: %GTK_FILE_CHOOSER_ACTION_OPEN or %GTK_FILE_CHOOSER_ACTION_SAVE
 *
 * The chooser of a plan to open, or of where to save the plan: Payday plans first, a
 * save starting at the plan's file or, for a plan without one, at its title.
 *
 * Returns: (transfer full): the chooser, modal on @self, not yet shown
 */
GtkFileChooserNative *
payday_window_plan_chooser_new (PaydayWindow         *self,
                                GtkFileChooserAction  action)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = plan_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();
  gboolean save = action == GTK_FILE_CHOOSER_ACTION_SAVE;

  chooser = gtk_file_chooser_native_new (save ? _("Save Plan As") : _("Open Plan"),
                                         GTK_WINDOW (self),
                                         action,
                                         save ? _("_Save") : _("_Open"),
                                         _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);

  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);
  gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (chooser), filter);

  if (save)
    {
      GFile *file = payday_document_get_file (self->document);

      if (file != NULL)
        {
          gtk_file_chooser_set_file (GTK_FILE_CHOOSER (chooser), file, NULL);
        }
      else
        {
          g_autofree char *name = g_strdup_printf ("%s.payday",
                                                   payday_document_get_title (self->document));

          g_strdelimit (name, "/\\", '-');
          gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
        }
    }

  return chooser;
}

static void
payday_window_run_chooser (PaydayWindow         *self,
                           GtkFileChooserAction  action)
{
  GtkFileChooserNative *chooser;

  if (self->chooser != NULL)
    {
      gtk_native_dialog_show (self->chooser);
      return;
    }

  chooser = payday_window_plan_chooser_new (self, action);
  g_signal_connect_object (chooser,
                           "response",
                           G_CALLBACK (payday_window_chooser_response),
                           self,
                           G_CONNECT_SWAPPED);

  self->chooser = GTK_NATIVE_DIALOG (chooser);
  gtk_native_dialog_show (self->chooser);
}

static void
payday_window_load_new (PaydayWindow *self,
                        gpointer      data)
{
  g_autoptr(GError) error = NULL;

  if (!payday_document_load_new (self->document, payday_ui_preferred_edition (NULL), &error))
    payday_window_show_error (self, _("Could Not Create a Plan"), NULL, error->message);
}

static void
payday_window_proceed_open (PaydayWindow *self,
                            gpointer      file)
{
  if (file != NULL)
    payday_window_open_file (self, file);
  else
    payday_window_run_chooser (self, GTK_FILE_CHOOSER_ACTION_OPEN);
}

static void
payday_window_action_new (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *param)
{
  /* A new plan replaces the plan in this window (after Save/Discard/Cancel when it has
   * unsaved changes); app.new opens another window. */
  payday_window_confirm_discard (PAYDAY_WINDOW (widget), payday_window_load_new, NULL, NULL);
}

static void
payday_window_action_open (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *param)
{
  payday_window_confirm_discard (PAYDAY_WINDOW (widget), payday_window_proceed_open, NULL, NULL);
}

static void
payday_window_action_save_as (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *param)
{
  payday_window_run_chooser (PAYDAY_WINDOW (widget), GTK_FILE_CHOOSER_ACTION_SAVE);
}

static void
payday_window_action_cancel_open (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *param)
{
  PaydayWindow *self = PAYDAY_WINDOW (widget);

  if (self->open_cancellable != NULL)
    g_cancellable_cancel (self->open_cancellable);
}

static void
payday_window_action_save (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *param)
{
  PaydayWindow *self = PAYDAY_WINDOW (widget);

  /* The sample and a new plan have no file yet: Save asks where, like Save As. */
  if (payday_document_get_file (self->document) == NULL)
    payday_window_run_chooser (self, GTK_FILE_CHOOSER_ACTION_SAVE);
  else
    payday_window_save_checked (self, NULL, NULL, NULL, NULL);
}

static void
payday_window_action_edit_profile (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *param)
{
  PaydayWindow *self = PAYDAY_WINDOW (widget);
  GtkWidget *dialog = payday_profile_dialog_new (self->document);

  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
payday_window_action_open_recent (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *param)
{
  GFile *file = g_file_new_for_uri (g_variant_get_string (param, NULL));

  payday_window_confirm_discard (PAYDAY_WINDOW (widget), payday_window_proceed_open,
                                 file, g_object_unref);
}

/* Shows the page of that name ("contracts"), wherever the switcher puts it. */
static void
payday_window_action_show_named_page (GtkWidget  *widget,
                                      const char *action_name,
                                      GVariant   *param)
{
  PaydayWindow *self = PAYDAY_WINDOW (widget);
  const char *name = g_variant_get_string (param, NULL);

  if (adw_view_stack_get_child_by_name (self->stack, name) != NULL)
    adw_view_stack_set_visible_child_name (self->stack, name);
}

void
payday_window_actions_class_init (GtkWidgetClass *widget_class)
{
  const PaydayPageInfo *pages;
  guint n_pages;

  gtk_widget_class_install_action (widget_class, "win.new", NULL, payday_window_action_new);
  gtk_widget_class_install_action (widget_class, "win.open", NULL, payday_window_action_open);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, payday_window_action_save);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, payday_window_action_save_as);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", payday_window_action_open_recent);
  gtk_widget_class_install_action (widget_class, "win.cancel-open", NULL, payday_window_action_cancel_open);
  gtk_widget_class_install_action (widget_class, "win.edit-profile", NULL, payday_window_action_edit_profile);
  gtk_widget_class_install_action (widget_class, "win.show-named-page", "s",
                                   payday_window_action_show_named_page);

  /* Also work in a window that is not (yet) added to the application. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.new", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "win.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.save-as", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);

  pages = payday_pages_get (&n_pages);
  for (guint i = 0; i < n_pages; i++)
    {
      guint keyval;
      GdkModifierType mods;

      if (!gtk_accelerator_parse (pages[i].accelerator, &keyval, &mods))
        g_error ("Page “%s”: no accelerator “%s”", pages[i].name, pages[i].accelerator);
      gtk_widget_class_add_binding_action (widget_class, keyval, mods,
                                           "win.show-named-page", "s", pages[i].name);
    }
}
