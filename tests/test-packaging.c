/* test-packaging.c — the Flatpak manifest and the store screenshots of the metainfo
 *
 * flatpak-builder needs the network to fetch the GNOME runtime, so the manifest is checked
 * here as data: the app id, the command, and a sandbox that asks only for what Payday uses.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <json-glib/json-glib.h>

#define SCREENSHOT_URL "https://raw.githubusercontent.com/payday/payday/main/data/screenshots/"

static char *
source_path (const char *first,
             ...)
{
  g_autofree char *top = g_test_build_filename (G_TEST_DIST, "..", NULL);
  g_autofree char *rest = NULL;
  va_list args;

  va_start (args, first);
  rest = g_build_filename_valist (first, &args);
  va_end (args);

  return g_build_filename (top, rest, NULL);
}

static gboolean
strv_has (JsonArray  *array,
          const char *value)
{
  for (guint i = 0; i < json_array_get_length (array); i++)
    if (g_strcmp0 (json_array_get_string_element (array, i), value) == 0)
      return TRUE;

  return FALSE;
}

static void
test_flatpak_manifest (void)
{
  g_autofree char *path = source_path ("build-aux", "flatpak", APP_ID ".json", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  /* Exchange rates, the X11 fallback's shared memory, the display, GPU drawing. */
  static const char *needed[] = {
    "--share=network", "--share=ipc", "--socket=fallback-x11", "--socket=wayland", "--device=dri",
  };
  JsonObject *root, *module, *source;
  JsonArray *finish, *modules, *sources;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_nonnull (root);

  g_assert_cmpstr (json_object_get_string_member (root, "id"), ==, APP_ID);
  g_assert_cmpstr (json_object_get_string_member (root, "command"), ==, "payday");
  g_assert_cmpstr (json_object_get_string_member (root, "runtime"), ==, "org.gnome.Platform");
  g_assert_cmpstr (json_object_get_string_member (root, "sdk"), ==, "org.gnome.Sdk");
  /* A runtime GNOME still supports (about a year after its release: 47 is past its end of
   * life). The code's API stays pinned to the Debian 12 floor by the version macros of
   * meson.build; a newer runtime only runs it. */
  g_assert_cmpint (atoi (json_object_get_string_member (root, "runtime-version")), >=, 50);

  /* Files come and go through the portals (GtkFileChooserNative): no file system access,
   * and nothing beyond the five permissions above. */
  finish = json_object_get_array_member (root, "finish-args");
  for (guint i = 0; i < json_array_get_length (finish); i++)
    {
      const char *arg = json_array_get_string_element (finish, i);

      g_assert_false (g_str_has_prefix (arg, "--filesystem"));
      g_assert_false (g_str_has_prefix (arg, "--socket=x11"));
      g_assert_false (g_str_has_prefix (arg, "--device=all"));
      g_assert_false (g_str_has_prefix (arg, "--talk-name"));
    }
  for (guint i = 0; i < G_N_ELEMENTS (needed); i++)
    g_assert_true (strv_has (finish, needed[i]));
  g_assert_cmpuint (json_array_get_length (finish), ==, G_N_ELEMENTS (needed));

  /* Payday itself, built with meson from this source tree (build-aux/flatpak/../..). */
  modules = json_object_get_array_member (root, "modules");
  g_assert_cmpuint (json_array_get_length (modules), >=, 1);
  module = json_array_get_object_element (modules, json_array_get_length (modules) - 1);
  g_assert_cmpstr (json_object_get_string_member (module, "name"), ==, "payday");
  g_assert_cmpstr (json_object_get_string_member (module, "buildsystem"), ==, "meson");
  sources = json_object_get_array_member (module, "sources");
  g_assert_cmpuint (json_array_get_length (sources), ==, 1);
  source = json_array_get_object_element (sources, 0);
  g_assert_cmpstr (json_object_get_string_member (source, "type"), ==, "dir");
  g_assert_cmpstr (json_object_get_string_member (source, "path"), ==, "../..");

  {
    g_autofree char *dir = g_path_get_dirname (path);
    g_autofree char *top_meson = g_build_filename (dir, "..", "..", "meson.build", NULL);
    g_autofree char *contents = NULL;

    g_assert_true (g_file_get_contents (top_meson, &contents, NULL, NULL));
    g_assert_nonnull (strstr (contents, "project('payday'"));
  }
}

typedef struct
{
  GPtrArray *urls;
  GArray    *sizes;      /* width, height of each <image> */
  guint      captions;
  gboolean   in_image;
  gboolean   in_screenshot;
} Screenshots;

static void
start_element (GMarkupParseContext  *context,
               const char           *element,
               const char          **names,
               const char          **values,
               gpointer              user_data,
               GError              **error)
{
  Screenshots *shots = user_data;

  if (strcmp (element, "screenshot") == 0)
    shots->in_screenshot = TRUE;
  else if (strcmp (element, "caption") == 0 && shots->in_screenshot)
    shots->captions++;
  else if (strcmp (element, "image") == 0 && shots->in_screenshot)
    {
      guint size[2] = { 0, 0 };

      for (guint i = 0; names[i] != NULL; i++)
        if (strcmp (names[i], "width") == 0)
          size[0] = (guint) atoi (values[i]);
        else if (strcmp (names[i], "height") == 0)
          size[1] = (guint) atoi (values[i]);

      g_array_append_vals (shots->sizes, size, 2);
      shots->in_image = TRUE;
    }
}

static void
end_element (GMarkupParseContext  *context,
             const char           *element,
             gpointer              user_data,
             GError              **error)
{
  Screenshots *shots = user_data;

  if (strcmp (element, "screenshot") == 0)
    shots->in_screenshot = FALSE;
  else if (strcmp (element, "image") == 0)
    shots->in_image = FALSE;
}

static void
text (GMarkupParseContext  *context,
      const char           *text_,
      gsize                 len,
      gpointer              user_data,
      GError              **error)
{
  Screenshots *shots = user_data;

  if (shots->in_image)
    g_ptr_array_add (shots->urls, g_strstrip (g_strndup (text_, len)));
}

/* The PNG header: signature, then the IHDR chunk with width and height, big-endian. */
static void
png_size (const char *path,
          guint      *width,
          guint      *height)
{
  g_autofree guchar *data = NULL;
  gsize len = 0;

  g_assert_true (g_file_get_contents (path, (char **) &data, &len, NULL));
  g_assert_cmpuint (len, >, 24);
  g_assert_cmpint (memcmp (data, "\x89PNG\r\n\x1a\n", 8), ==, 0);
  g_assert_cmpint (memcmp (data + 12, "IHDR", 4), ==, 0);
  *width = (guint) data[16] << 24 | (guint) data[17] << 16 | (guint) data[18] << 8 | data[19];
  *height = (guint) data[20] << 24 | (guint) data[21] << 16 | (guint) data[22] << 8 | data[23];
}

/* Each screenshot the metainfo lists is a file of data/screenshots/ (made by
 * /payday/ui/screenshots/store) of the size the metainfo says. */
static void
test_metainfo_screenshots (void)
{
  g_autofree char *path = source_path ("data", APP_ID ".metainfo.xml.in", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  GMarkupParser parser = { start_element, end_element, text, NULL, NULL };
  Screenshots shots = { g_ptr_array_new_with_free_func (g_free), g_array_new (FALSE, FALSE, sizeof (guint)), 0, FALSE, FALSE };
  g_autoptr(GMarkupParseContext) context = g_markup_parse_context_new (&parser, 0, &shots, NULL);

  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  g_assert_no_error (error);
  g_markup_parse_context_parse (context, contents, -1, &error);
  g_assert_no_error (error);
  g_markup_parse_context_end_parse (context, &error);
  g_assert_no_error (error);

  g_assert_cmpuint (shots.urls->len, >=, 3);
  g_assert_cmpuint (shots.captions, ==, shots.urls->len);

  for (guint i = 0; i < shots.urls->len; i++)
    {
      const char *url = g_ptr_array_index (shots.urls, i);
      g_autofree char *file = NULL;
      guint width, height;

      g_assert_true (g_str_has_prefix (url, SCREENSHOT_URL));
      file = source_path ("data", "screenshots", url + strlen (SCREENSHOT_URL), NULL);
      g_assert_true (g_file_test (file, G_FILE_TEST_IS_REGULAR));

      png_size (file, &width, &height);
      g_assert_cmpuint (width, ==, g_array_index (shots.sizes, guint, 2 * i));
      g_assert_cmpuint (height, ==, g_array_index (shots.sizes, guint, 2 * i + 1));
    }

  g_ptr_array_unref (shots.urls);
  g_array_unref (shots.sizes);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/payday/data/flatpak/manifest", test_flatpak_manifest);
  g_test_add_func ("/payday/data/metainfo/screenshots", test_metainfo_screenshots);

  return g_test_run ();
}
