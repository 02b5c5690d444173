/* test-ui-polish.c — store screenshots, accessible labels and keyboard access of the window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ui-test-util.h"
#include "payday-application.h"
#include "payday-document.h"
#include "payday-pages.h"
#include "payday-preferences-window.h"
#include "payday-profile-dialog.h"
#include "payday-renderer.h"
#include "payday-simulator-page.h"
#include "payday-window.h"

static PaydayApplication *app;

/* The pages of the store screenshots, in data/screenshots/NAME.png; the metainfo lists
 * the same files (tests/test-packaging.c checks that side). */
static const char *store_pages[] = { "overview", "simulator", "badges", "connects" };

static gboolean
simulator_idle (gpointer data)
{
  return !payday_simulator_page_get_running (data);
}

static AdwViewStack *
window_stack (PaydayWindow *window)
{
  GtkWidget *stack = payday_test_find_type (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK);

  g_assert_nonnull (stack);

  return ADW_VIEW_STACK (stack);
}

static void
show_page (PaydayWindow *window,
           const char   *name)
{
  AdwViewStack *stack = window_stack (window);
  GtkWidget *simulator;

  g_assert_nonnull (adw_view_stack_get_child_by_name (stack, name));
  adw_view_stack_set_visible_child_name (stack, name);
  payday_test_iterate_for (300);

  /* The Monte Carlo band is drawn when its run in a thread is done. */
  if ((simulator = payday_test_find_type (GTK_WIDGET (window), PAYDAY_TYPE_SIMULATOR_PAGE)))
    g_assert_true (payday_test_iterate_until (simulator_idle, simulator));
  payday_test_iterate_for (200);
}

/* Visible pages in switcher order, as the user numbers them. */
static GPtrArray *
visible_pages (PaydayWindow *window)
{
  g_autoptr(GtkSelectionModel) pages = adw_view_stack_get_pages (window_stack (window));
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (pages)); i++)
    {
      g_autoptr(AdwViewStackPage) page = g_list_model_get_item (G_LIST_MODEL (pages), i);

      if (adw_view_stack_page_get_visible (page))
        g_ptr_array_add (names, g_strdup (adw_view_stack_page_get_name (page)));
    }

  return names;
}

/* The store screenshots, rendered from the sample plan at the size the metainfo states.
 * They go to BUILDDIR/tests/screenshots/store/; with PAYDAY_UPDATE_SCREENSHOTS=1 they
 * replace data/screenshots/ in the source tree, to be looked at and committed. */
static void
test_store_screenshots (void)
{
  PaydayWindow *window = payday_test_sample_window (GTK_APPLICATION (app), NULL, 1280, 800);
  int dw = 1280 - gtk_widget_get_width (GTK_WIDGET (window));
  int dh = 800 - gtk_widget_get_height (GTK_WIDGET (window));
  gboolean update = g_strcmp0 (g_getenv ("PAYDAY_UPDATE_SCREENSHOTS"), "1") == 0;
  g_autofree char *dir = NULL;

  if (update)
    dir = g_test_build_filename (G_TEST_DIST, "..", "data", "screenshots", NULL);
  else
    dir = g_test_build_filename (G_TEST_BUILT, "screenshots", "store", NULL);

  /* The default size is the surface's, which includes the frame GTK draws around the window
   * on an X server without a compositor: grow it by that frame, so the window itself (what
   * the screenshot shows) is 1280×800. */
  if (dw != 0 || dh != 0)
    {
      gtk_window_set_default_size (GTK_WINDOW (window), 1280 + dw, 800 + dh);
      payday_test_iterate_for (300);
    }

  for (guint i = 0; i < G_N_ELEMENTS (store_pages); i++)
    {
      g_autofree char *name = g_strdup_printf ("%s.png", store_pages[i]);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autoptr(GdkTexture) texture = NULL;
      g_autoptr(GError) error = NULL;

      show_page (window, store_pages[i]);
      g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), ==, 1280);
      g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (window)), ==, 800);

      payday_test_save_screenshot_to (GTK_WIDGET (window), path);

      texture = gdk_texture_new_from_filename (path, &error);
      g_assert_no_error (error);
      g_assert_cmpint (gdk_texture_get_width (texture), ==, 1280);
      g_assert_cmpint (gdk_texture_get_height (texture), ==, 800);
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
has_text (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget) && gtk_label_get_text (GTK_LABEL (widget))[0] != '\0')
    return TRUE;

  /* A menu button's popover is not its name. */
  if (GTK_IS_POPOVER (widget))
    return FALSE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (has_text (child))
      return TRUE;

  return FALSE;
}

/* Does a screen reader have a name for @widget? NULL if so (or if it is not a control this
 * test knows), else why not.
 *
 * GTK 4.8 has no getter for the accessible name, so this goes by what makes one: a button
 * is labelled by its content (GtkButton points LABELLED_BY at its child), which names it
 * only when that content has text — an icon does not, so an icon button needs a LABEL.
 * An input needs a LABEL or a LABELLED_BY (nothing sets that for it but Payday's code). */
static const char *
unnamed_control (GtkWidget *widget)
{
  if (GTK_IS_BUTTON (widget) || GTK_IS_MENU_BUTTON (widget))
    {
      if (has_text (widget) ||
          gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL))
        return NULL;
      return "button without text has no accessible label";
    }

  if (GTK_IS_SPIN_BUTTON (widget) || GTK_IS_SWITCH (widget) || GTK_IS_ENTRY (widget) ||
      GTK_IS_SCALE (widget) || GTK_IS_DROP_DOWN (widget))
    {
      if (gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL) ||
          gtk_test_accessible_has_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY))
        return NULL;
      return "input has no accessible label";
    }

  return NULL;
}

/* GTK's and libadwaita's own composite widgets name their parts themselves (the spin
 * button's +/- buttons, the view switcher's buttons, the window controls): the test looks
 * at what Payday builds. */
static gboolean
is_toolkit_internal (GtkWidget *widget)
{
  for (GtkWidget *parent = gtk_widget_get_parent (widget);
       parent != NULL;
       parent = gtk_widget_get_parent (parent))
    {
      if (GTK_IS_SPIN_BUTTON (parent) || GTK_IS_MENU_BUTTON (parent) ||
          GTK_IS_WINDOW_CONTROLS (parent) || ADW_IS_VIEW_SWITCHER (parent) ||
          ADW_IS_VIEW_SWITCHER_BAR (parent) || ADW_IS_VIEW_SWITCHER_TITLE (parent) ||
          ADW_IS_SPLIT_BUTTON (parent) || GTK_IS_DROP_DOWN (parent) ||
          ADW_IS_TAB_BAR (parent) || GTK_IS_POPOVER_MENU (parent))
        return TRUE;
    }

  return FALSE;
}

/* libadwaita 1.2's own icon buttons with only a tooltip: AdwEntryRow's Apply button and
 * AdwPreferencesWindow's search button. Not Payday's to name. */
static gboolean
is_adw_unnamed_button (GtkWidget *widget)
{
  const char *icon;

  if (!GTK_IS_BUTTON (widget) || !(icon = gtk_button_get_icon_name (GTK_BUTTON (widget))))
    return FALSE;

  if (strcmp (icon, "adw-entry-apply-symbolic") == 0)
    return gtk_widget_get_ancestor (widget, ADW_TYPE_ENTRY_ROW) != NULL;

  if (strcmp (icon, "edit-find-symbolic") == 0 && GTK_IS_TOGGLE_BUTTON (widget))
    return gtk_widget_get_ancestor (widget, ADW_TYPE_PREFERENCES_WINDOW) != NULL &&
           gtk_widget_get_ancestor (widget, ADW_TYPE_HEADER_BAR) != NULL;

  return FALSE;
}

static void
collect_unnamed (GtkWidget *widget,
                 GString   *problems)
{
  const char *why;

  if (!is_toolkit_internal (widget) && !is_adw_unnamed_button (widget) &&
      (why = unnamed_control (widget)))
    {
      const char *tooltip = gtk_widget_get_tooltip_text (widget);

      /* Where it is: the Payday widget or named widget it is in. */
      for (GtkWidget *up = gtk_widget_get_parent (widget); up != NULL; up = gtk_widget_get_parent (up))
        if (g_str_has_prefix (G_OBJECT_TYPE_NAME (up), "Payday") ||
            strcmp (gtk_widget_get_name (up), G_OBJECT_TYPE_NAME (up)) != 0)
          {
            g_string_append_printf (problems, "in %s (%s): ", G_OBJECT_TYPE_NAME (up), gtk_widget_get_name (up));
            break;
          }

      g_string_append_printf (problems, "%s (%s%s%s): %s\n",
                              G_OBJECT_TYPE_NAME (widget),
                              gtk_widget_get_name (widget),
                              tooltip ? ", tooltip " : "",
                              tooltip ? tooltip : "",
                              why);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_unnamed (child, problems);
}

/* Every page shown once (pages fill their lists when they get the document), then every
 * control in the window, all pages, header bar and switcher included, must have a name. */
static void
test_a11y_labelled (void)
{
  PaydayWindow *window = payday_test_sample_window (GTK_APPLICATION (app), NULL, 1000, 760);
  g_autoptr(GPtrArray) pages = visible_pages (window);
  g_autoptr(GString) problems = g_string_new (NULL);
  guint n_controls = 0;

  g_assert_cmpuint (pages->len, >=, 4);
  for (guint i = 0; i < pages->len; i++)
    show_page (window, g_ptr_array_index (pages, i));

  collect_unnamed (GTK_WIDGET (window), problems);

  /* The two windows of their own: the profile and the preferences. */
  {
    GtkWidget *profile = payday_profile_dialog_new (payday_window_get_document (window));
    GtkWidget *preferences = payday_preferences_window_new (GTK_WINDOW (window),
                                                            payday_application_get_rates_service (app));

    gtk_window_set_transient_for (GTK_WINDOW (profile), GTK_WINDOW (window));
    gtk_window_present (GTK_WINDOW (profile));
    gtk_window_present (GTK_WINDOW (preferences));
    g_assert_true (payday_test_iterate_until (payday_test_is_mapped, profile));
    g_assert_true (payday_test_iterate_until (payday_test_is_mapped, preferences));
    payday_test_iterate_for (200);

    collect_unnamed (profile, problems);
    collect_unnamed (preferences, problems);
    gtk_window_destroy (GTK_WINDOW (profile));
    gtk_window_destroy (GTK_WINDOW (preferences));
  }

  if (problems->len > 0)
    g_test_message ("Unlabelled controls:\n%s", problems->str);
  g_assert_cmpstr (problems->str, ==, "");

  /* The walk did see controls: a broken walk would pass anything. */
  {
    GtkWidget *spin = payday_test_find_type (GTK_WIDGET (window), GTK_TYPE_SPIN_BUTTON);
    GtkWidget *button = payday_test_find_type (GTK_WIDGET (window), GTK_TYPE_BUTTON);

    n_controls = (spin != NULL) + (button != NULL);
  }
  g_assert_cmpuint (n_controls, ==, 2);

  gtk_window_destroy (GTK_WINDOW (window));
}

typedef void (*ShortcutFunc) (const char *action,
                              guint       keyval,
                              guint       mods,
                              GVariant   *args,
                              gpointer    data);

/* Calls @func for each key shortcut to a named action that @widget's class binds. */
static void
foreach_class_shortcut (GtkWidget    *widget,
                        ShortcutFunc  func,
                        gpointer      data)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;

      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);
          GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);

          if (!GTK_IS_KEYVAL_TRIGGER (trigger) || !GTK_IS_NAMED_ACTION (action))
            continue;

          func (gtk_named_action_get_action_name (GTK_NAMED_ACTION (action)),
                gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)),
                gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)),
                gtk_shortcut_get_arguments (shortcut),
                data);
        }
    }
}

/* Each page's accelerator of payday-pages.c is bound on the window itself to
 * win.show-named-page(NAME); the action shows that page. */
static void
check_show_page_binding (const char *action,
                         guint       keyval,
                         guint       mods,
                         GVariant   *args,
                         gpointer    data)
{
  GHashTable *bound = data;

  if (strcmp (action, "win.show-named-page") != 0)
    return;

  g_assert_nonnull (args);
  g_hash_table_insert (bound, g_variant_dup_string (args, NULL),
                       GUINT_TO_POINTER (gdk_keyval_to_lower (keyval) | (guint) mods << 16));
}

static void
test_keyboard_pages (void)
{
  PaydayWindow *window = payday_test_sample_window (GTK_APPLICATION (app), NULL, 1000, 760);
  g_autoptr(GHashTable) bound = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  AdwViewStack *stack = window_stack (window);
  const PaydayPageInfo *info;
  guint n_pages;

  info = payday_pages_get (&n_pages);
  g_assert_cmpuint (n_pages, >=, 4);

  foreach_class_shortcut (GTK_WIDGET (window), check_show_page_binding, bound);
  g_assert_cmpuint (g_hash_table_size (bound), ==, n_pages);

  /* From the last page back to the first, so each step really changes the page. */
  for (guint i = n_pages; i-- > 0;)
    {
      guint keyval;
      GdkModifierType mods;

      g_assert_true (gtk_accelerator_parse (info[i].accelerator, &keyval, &mods));
      g_assert_true (g_hash_table_contains (bound, info[i].name));
      g_assert_cmphex (GPOINTER_TO_UINT (g_hash_table_lookup (bound, info[i].name)), ==,
                       gdk_keyval_to_lower (keyval) | (guint) mods << 16);

      gtk_widget_activate_action (GTK_WIDGET (window), "win.show-named-page", "s", info[i].name);
      payday_test_iterate_for (50);
      g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, info[i].name);
    }

  /* The switcher lists the table's pages in its order, with their titles. */
  {
    g_autoptr(GtkSelectionModel) pages = adw_view_stack_get_pages (stack);

    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (pages)), ==, n_pages);
    for (guint i = 0; i < n_pages; i++)
      {
        g_autoptr(AdwViewStackPage) page = g_list_model_get_item (G_LIST_MODEL (pages), i);

        g_assert_cmpstr (adw_view_stack_page_get_name (page), ==, info[i].name);
        g_assert_cmpstr (adw_view_stack_page_get_title (page), ==, _(info[i].title));
        g_assert_cmpstr (adw_view_stack_page_get_icon_name (page), ==, info[i].icon_name);
      }
  }

  /* An unknown name leaves the page as it is. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-named-page", "s", "no-such-page");
  payday_test_iterate_for (50);
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, info[0].name);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The window opens on the first page of payday-pages.c and builds no other page until it
 * is asked for (shown, or payday_window_ensure_page()); then each page is of its row's
 * type, bound to the window's document. Showing every page is test_keyboard_pages(). */
static void
test_pages_lazy (void)
{
  PaydayWindow *window = payday_test_sample_window (GTK_APPLICATION (app), NULL, 1000, 760);
  AdwViewStack *stack = window_stack (window);
  const PaydayPageInfo *info;
  guint n_pages;

  info = payday_pages_get (&n_pages);
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, info[0].name);

  for (guint i = 0; i < n_pages; i++)
    {
      GtkWidget *holder = adw_view_stack_get_child_by_name (stack, info[i].name);

      g_assert_true (ADW_IS_BIN (holder));
      g_assert_true ((adw_bin_get_child (ADW_BIN (holder)) != NULL) == (i == 0));
    }

  for (guint i = 0; i < n_pages; i++)
    {
      g_autoptr(PaydayDocument) document = NULL;
      GtkWidget *page;

      page = payday_window_ensure_page (window, info[i].name);
      g_assert_true (G_TYPE_CHECK_INSTANCE_TYPE (page, info[i].get_type ()));
      g_assert_true (page == adw_bin_get_child (ADW_BIN (adw_view_stack_get_child_by_name (stack, info[i].name))));
      g_object_get (page, "document", &document, NULL);
      g_assert_true (document == payday_window_get_document (window));
    }

  g_assert_null (payday_window_ensure_page (window, "no-such-page"));

  gtk_window_destroy (GTK_WINDOW (window));
}

typedef struct
{
  GHashTable *actions;   /* action names the overlay lists */
  GArray     *accels;    /* guint pairs keyval, modifiers the overlay shows */
  GHashTable *titles;    /* the titles of its lines */
} Overlay;

static void
overlay_add_accel (Overlay    *overlay,
                   const char *accel)
{
  guint keyval;
  GdkModifierType mods;

  g_assert_true (gtk_accelerator_parse (accel, &keyval, &mods));
  g_array_append_val (overlay->accels, keyval);
  g_array_append_val (overlay->accels, mods);
}

/* A line may show several keys, separated by spaces. */
static void
overlay_add_accelerators (Overlay    *overlay,
                          const char *text)
{
  g_auto(GStrv) parts = g_strsplit (text, " ", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    overlay_add_accel (overlay, parts[i]);
}

static void
overlay_collect (GtkWidget *widget,
                 Overlay   *overlay)
{
  if (GTK_IS_SHORTCUTS_SHORTCUT (widget))
    {
      g_autofree char *action = NULL;
      g_autofree char *accelerator = NULL;
      g_autofree char *title = NULL;

      g_object_get (widget, "action-name", &action, "accelerator", &accelerator,
                    "title", &title, NULL);
      if (title != NULL)
        g_hash_table_add (overlay->titles, g_steal_pointer (&title));
      if (action != NULL)
        g_hash_table_add (overlay->actions, g_steal_pointer (&action));
      if (accelerator != NULL && accelerator[0] != '\0')
        overlay_add_accelerators (overlay, accelerator);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    overlay_collect (child, overlay);
}

static gboolean
overlay_shows (Overlay         *overlay,
               guint            keyval,
               GdkModifierType  mods)
{
  for (guint i = 0; i + 1 < overlay->accels->len; i += 2)
    if (g_array_index (overlay->accels, guint, i) == keyval &&
        g_array_index (overlay->accels, guint, i + 1) == (guint) mods)
      return TRUE;

  return FALSE;
}

static void
add_shortcut (const char *action,
              guint       keyval,
              guint       mods,
              GVariant   *args,
              gpointer    data)
{
  GHashTable *by_action = data;
  GArray *keys;

  if (!(keys = g_hash_table_lookup (by_action, action)))
    {
      keys = g_array_new (FALSE, FALSE, sizeof (guint));
      g_hash_table_insert (by_action, g_strdup (action), keys);
    }
  g_array_append_val (keys, keyval);
  g_array_append_val (keys, mods);
}

/* The shortcuts Payday's own widget classes bind: by action, with their keys. */
static void
collect_class_shortcuts (GtkWidget  *widget,
                         GHashTable *by_action)
{
  if (g_str_has_prefix (G_OBJECT_TYPE_NAME (widget), "Payday"))
    foreach_class_shortcut (widget, add_shortcut, by_action);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_class_shortcuts (child, by_action);
}

/* Every accelerator Payday installs, on the application or on its widget classes, has an
 * entry in the shortcuts window: by its action, or by one of its keys (the keypad and
 * Ctrl+= twins of the chart's zoom keys need no line of their own). */
static void
test_keyboard_help_overlay (void)
{
  PaydayWindow *window = payday_test_sample_window (GTK_APPLICATION (app), NULL, 1000, 760);
  g_autoptr(GPtrArray) pages = visible_pages (window);
  g_autoptr(GHashTable) by_action = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                           (GDestroyNotify) g_array_unref);
  g_auto(GStrv) app_actions = gtk_application_list_action_descriptions (GTK_APPLICATION (app));
  Overlay overlay = {
    g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL),
    g_array_new (FALSE, FALSE, sizeof (guint)),
    g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL),
  };
  GtkShortcutsWindow *help;
  GHashTableIter iter;
  gpointer key, value;
  guint n_checked = 0;

  help = payday_window_get_shortcuts_window (window);
  g_assert_nonnull (help);
  overlay_collect (GTK_WIDGET (help), &overlay);

  for (guint i = 0; i < pages->len; i++)
    show_page (window, g_ptr_array_index (pages, i));
  collect_class_shortcuts (GTK_WIDGET (window), by_action);

  for (guint i = 0; app_actions[i] != NULL; i++)
    {
      g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), app_actions[i]);
      g_autofree char *name = NULL;
      g_autoptr(GVariant) target = NULL;

      if (accels[0] == NULL)
        continue;
      g_assert_true (g_action_parse_detailed_name (app_actions[i], &name, &target, NULL));
      if (!g_hash_table_contains (overlay.actions, name))
        g_error ("%s (%s) is not in the shortcuts window", app_actions[i], accels[0]);
      n_checked++;
    }

  g_hash_table_iter_init (&iter, by_action);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      GArray *keys = value;
      gboolean shown = g_hash_table_contains (overlay.actions, key);

      for (guint i = 0; !shown && i + 1 < keys->len; i += 2)
        shown = overlay_shows (&overlay, g_array_index (keys, guint, i), g_array_index (keys, guint, i + 1));

      if (!shown)
        {
          g_autofree char *accel = gtk_accelerator_name (g_array_index (keys, guint, 0),
                                                         g_array_index (keys, guint, 1));
          g_error ("%s (%s) is not in the shortcuts window", (const char *) key, accel);
        }
      n_checked++;
    }

  /* Every page is listed with its title and its key. */
  {
    const PaydayPageInfo *info;
    guint n_pages;

    info = payday_pages_get (&n_pages);
    for (guint i = 0; i < n_pages; i++)
      {
        guint keyval;
        GdkModifierType mods;

        g_assert_true (gtk_accelerator_parse (info[i].accelerator, &keyval, &mods));
        g_assert_true (overlay_shows (&overlay, keyval, mods));
        g_assert_true (g_hash_table_contains (overlay.titles, _(info[i].title)));
      }
  }

  /* app.quit, win.open, the chart's zoom, win.show-named-page… */
  g_assert_cmpuint (n_checked, >=, 12);
  g_assert_true (g_hash_table_contains (by_action, "win.show-named-page"));
  g_assert_true (g_hash_table_contains (by_action, "chart.zoom-in"));

  g_hash_table_unref (overlay.actions);
  g_array_unref (overlay.accels);
  g_hash_table_unref (overlay.titles);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* On GTK 4.8, with OpenGL in software, Payday draws with cairo as GTK 4.14 does; a renderer
 * the user chose is kept. (The test restores the environment: the windows of the other
 * tests in this process are drawn by GTK's own choice.) */
static void
test_renderer_choice (void)
{
  g_autofree char *saved_renderer = g_strdup (g_getenv ("GSK_RENDERER"));
  g_autofree char *saved_software = g_strdup (g_getenv ("LIBGL_ALWAYS_SOFTWARE"));

  g_setenv ("GSK_RENDERER", "gl", TRUE);
  g_setenv ("LIBGL_ALWAYS_SOFTWARE", "1", TRUE);
  g_assert_null (payday_renderer_choose ());
  g_assert_cmpstr (g_getenv ("GSK_RENDERER"), ==, "gl");

  g_unsetenv ("GSK_RENDERER");
  if (gtk_get_minor_version () < 14)
    {
      g_assert_cmpstr (payday_renderer_choose (), ==, "cairo");
      g_assert_cmpstr (g_getenv ("GSK_RENDERER"), ==, "cairo");
    }
  else
    {
      g_assert_null (payday_renderer_choose ());
      g_assert_null (g_getenv ("GSK_RENDERER"));
    }

  if (saved_renderer != NULL)
    g_setenv ("GSK_RENDERER", saved_renderer, TRUE);
  else
    g_unsetenv ("GSK_RENDERER");
  if (saved_software != NULL)
    g_setenv ("LIBGL_ALWAYS_SOFTWARE", saved_software, TRUE);
  else
    g_unsetenv ("LIBGL_ALWAYS_SOFTWARE");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  g_test_init (&argc, &argv, NULL);

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_test_skip ("no display (run under Xvfb: build-aux/dev test)");
      return g_test_run ();
    }

  app = payday_application_new ();
  g_application_set_flags (G_APPLICATION (app),
                           G_APPLICATION_NON_UNIQUE | G_APPLICATION_HANDLES_OPEN);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  g_test_add_func ("/payday/ui/screenshots/store", test_store_screenshots);
  g_test_add_func ("/payday/ui/a11y/labelled", test_a11y_labelled);
  g_test_add_func ("/payday/ui/keyboard/pages", test_keyboard_pages);
  g_test_add_func ("/payday/ui/window/pages-lazy", test_pages_lazy);
  g_test_add_func ("/payday/ui/window/renderer-choice", test_renderer_choice);
  g_test_add_func ("/payday/ui/keyboard/help-overlay", test_keyboard_help_overlay);

  ret = g_test_run ();

  g_clear_object (&app);

  return ret;
}
