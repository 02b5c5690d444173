/* ui-test-util.c — what every UI test needs: a sample window, the main loop, screenshots
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "payday-document.h"
#include "ui-test-util.h"

/**
 * payday_test_sample_window:
 * @app: the test's application
 * @page: (nullable): the name of the page to show ("contracts"); %NULL for the Overview
 * @width: the window's default width
 * @height: the window's default height
 *
 * A window on the built-in sample plan judged at %PAYDAY_TEST_TODAY (a fixed day, so the
 * models and screenshots change only when the app does), showing @page, presented, mapped
 * and given 300 ms to settle.
 *
 * Returns: (transfer none): the window; destroy it with gtk_window_destroy()
 */
PaydayWindow *
payday_test_sample_window (GtkApplication *app,
                           const char     *page,
                           int             width,
                           int             height)
{
  g_autoptr(PaydayDocument) document = payday_document_new ();
  g_autoptr(GError) error = NULL;
  PaydayWindow *window;

  payday_document_load_sample (document, PAYDAY_TEST_TODAY, &error);
  g_assert_no_error (error);

  window = payday_window_new (app, document);
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  if (page != NULL)
    {
      AdwViewStack *stack = ADW_VIEW_STACK (payday_test_find_type (GTK_WIDGET (window),
                                                                   ADW_TYPE_VIEW_STACK));

      g_assert_nonnull (adw_view_stack_get_child_by_name (stack, page));
      adw_view_stack_set_visible_child_name (stack, page);
    }
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (payday_test_iterate_until (payday_test_is_mapped, window));
  payday_test_iterate_for (300);

  return window;
}

static gboolean
count_frame (GtkWidget     *widget,
             GdkFrameClock *clock,
             gpointer       data)
{
  guint *frames = data;

  (*frames)++;
  return G_SOURCE_CONTINUE;
}

/* A widget paints nothing until its window has drawn a frame; under a loaded Xvfb that can
 * take a while after the window is presented. Wait for two frames (the first may still
 * carry the pre-layout state), then snapshot; retry briefly if the snapshot is still empty. */
static GskRenderNode *
snapshot_widget (GtkWidget *widget,
                 int        width,
                 int        height)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  guint frames = 0;
  guint tick;

  tick = gtk_widget_add_tick_callback (widget, count_frame, &frames, NULL);
  gtk_widget_queue_draw (widget);
  while (frames < 2 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  gtk_widget_remove_tick_callback (widget, tick);

  while (g_get_monotonic_time () < deadline)
    {
      g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
      GskRenderNode *node;

      gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
      node = gtk_snapshot_to_node (snapshot);
      if (node != NULL)
        return node;

      gtk_widget_queue_draw (widget);
      g_main_context_iteration (NULL, TRUE);
    }

  return NULL;
}

static gboolean
has_size (gpointer widget)
{
  return gtk_widget_get_width (widget) > 0 && gtk_widget_get_height (widget) > 0;
}

/**
 * payday_test_save_screenshot_to:
 * @widget: a realized, visible widget
 * @path: where to write the PNG; its folder is created
 *
 * Renders @widget with its window's renderer and saves it as a PNG at @path.
 */
void
payday_test_save_screenshot_to (GtkWidget  *widget,
                                const char *path)
{
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *dir = g_path_get_dirname (path);
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  int width, height;

  /* A dialog just presented gets its size from its first layout. */
  g_assert_true (payday_test_iterate_until (has_size, widget));
  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);
  g_assert_cmpint (width, >, 0);
  g_assert_cmpint (height, >, 0);

  node = snapshot_widget (widget, width, height);
  g_assert_nonnull (node);

  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_nonnull (texture);
  g_assert_cmpint (gdk_texture_get_width (texture), ==, width);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("screenshot: %s", path);
}

/**
 * payday_test_save_screenshot:
 * @widget: a realized, visible widget
 * @name: the PNG's file name
 *
 * Renders @widget with its window's renderer and saves it to
 * BUILDDIR/tests/screenshots/@name, for people to look at.
 */
void
payday_test_save_screenshot (GtkWidget  *widget,
                             const char *name)
{
  g_autofree char *path = g_build_filename (g_test_get_dir (G_TEST_BUILT), "screenshots", name, NULL);

  payday_test_save_screenshot_to (widget, path);
}

/**
 * payday_test_iterate_for:
 *
 * Runs the main loop for @ms milliseconds, whatever happens.
 */
void
payday_test_iterate_for (guint ms)
{
  gint64 end = g_get_monotonic_time () + (gint64) ms * 1000;

  while (g_get_monotonic_time () < end)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (2000);
    }
}

/**
 * payday_test_iterate_until:
 *
 * Runs the main loop until @done returns %TRUE, for at most 20 seconds.
 *
 * Returns: whether @done became true in time
 */
gboolean
payday_test_iterate_until (gboolean (*done) (gpointer),
                           gpointer  data)
{
  gint64 end = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (!done (data))
    {
      if (g_get_monotonic_time () > end)
        return FALSE;
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }

  return TRUE;
}

/* For payday_test_iterate_until (). */
gboolean
payday_test_is_mapped (gpointer widget)
{
  return gtk_widget_get_mapped (widget);
}

/**
 * payday_test_find_type:
 *
 * Returns: (nullable): @widget or its first descendant (depth first) of @type
 */
GtkWidget *
payday_test_find_type (GtkWidget *widget,
                       GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = payday_test_find_type (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/**
 * payday_test_find_dialog:
 * @parent: (nullable): the window the dialog is over; %NULL for any
 * @type: the dialog's type, such as %ADW_TYPE_MESSAGE_DIALOG
 *
 * Returns: (nullable): a visible toplevel of @type transient for @parent
 */
GtkWidget *
payday_test_find_dialog (GtkWindow *parent,
                         GType      type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (toplevel, type) &&
          (parent == NULL || gtk_window_get_transient_for (toplevel) == parent) &&
          gtk_widget_get_visible (GTK_WIDGET (toplevel)))
        return GTK_WIDGET (toplevel);
    }

  return NULL;
}

/**
 * payday_test_find_named:
 *
 * Returns: (nullable): the first widget in @widget's tree (itself included) whose
 *   widget name is @name
 */
GtkWidget *
payday_test_find_named (GtkWidget  *widget,
                        const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (widget), name) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = payday_test_find_named (child, name);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/**
 * payday_test_label_text:
 *
 * Returns: the text of the #GtkLabel named @name in @root's tree (asserting it exists)
 */
const char *
payday_test_label_text (GtkWidget  *root,
                        const char *name)
{
  GtkWidget *label = payday_test_find_named (root, name);

  g_assert_nonnull (label);
  g_assert_true (GTK_IS_LABEL (label));

  return gtk_label_get_label (GTK_LABEL (label));
}

/**
 * payday_test_count_rows:
 *
 * Returns: the rows of the #GtkListBox named @name in @root's tree (asserting it exists)
 */
guint
payday_test_count_rows (GtkWidget  *root,
                        const char *name)
{
  GtkWidget *list = payday_test_find_named (root, name);
  guint n = 0;

  g_assert_nonnull (list);
  g_assert_true (GTK_IS_LIST_BOX (list));

  while (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), n) != NULL)
    n++;

  return n;
}

/**
 * payday_test_set_part:
 * @value: (transfer full): the part's new value, from payday_document_dup_part()
 *
 * Sets one part of the open plan as an undoable command, as an editor would.
 */
void
payday_test_set_part (PaydayDocument *document,
                      PaydayPlanPart  part,
                      gpointer        value)
{
  g_autoptr(PaydayCommand) command = payday_command_new ("Test Edit");
  g_autoptr(GError) error = NULL;

  payday_command_take_part (command, part, value);
  g_assert_true (payday_document_run (document, command, &error));
  g_assert_no_error (error);
}

/* An edit of the plan that every page sees: its name, one command. */
void
payday_test_rename_plan (PaydayDocument *document,
                         const char     *name)
{
  PaydayPlanHeader *header = payday_document_dup_part (document, PAYDAY_PLAN_PART_HEADER);

  g_free (header->name);
  header->name = g_strdup (name);
  payday_test_set_part (document, PAYDAY_PLAN_PART_HEADER, header);
}
