/* payday-renderer.c — which GSK renderer Payday's windows draw with
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gtk/gtk.h>

#include "payday-renderer.h"

/* GTK 4.8 draws with OpenGL even where OpenGL is Mesa's software rasteriser (llvmpipe):
 * every frame goes through LLVM-compiled shaders on the CPU, and the first one waits for
 * Mesa and LLVM to load (a machine without a GPU, a virtual machine, a remote session).
 * GTK 4.14 stopped doing that: with llvmpipe it draws with cairo (GTK commit "gsk: Don't use
 * gpu renderers with llvmpipe"). Payday does the same on older GTK, before any window
 * exists. Asking the GL implementation for its name would itself load Mesa, so the test is
 * what makes Mesa choose llvmpipe: no render node to reach a GPU through, or software
 * rendering asked for. A GSK_RENDERER the user set is kept. */
static gboolean
software_gl (void)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (g_strcmp0 (g_getenv ("LIBGL_ALWAYS_SOFTWARE"), "1") == 0 ||
      g_strcmp0 (g_getenv ("LIBGL_ALWAYS_SOFTWARE"), "true") == 0 ||
      g_strcmp0 (g_getenv ("GALLIUM_DRIVER"), "llvmpipe") == 0 ||
      g_strcmp0 (g_getenv ("GALLIUM_DRIVER"), "softpipe") == 0)
    return TRUE;

  if ((dir = g_dir_open ("/dev/dri", 0, NULL)) == NULL)
    return TRUE;
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, "renderD"))
      return FALSE;

  return TRUE;
}

/**
 * payday_renderer_choose:
 *
 * Call before GTK is initialised. Sets GSK_RENDERER to "cairo" when GTK is older than 4.14,
 * the user has not chosen a renderer, and OpenGL would be drawn in software.
 *
 * Returns: the renderer set, or %NULL when GTK chooses
 */
const char *
payday_renderer_choose (void)
{
  const char *set = g_getenv ("GSK_RENDERER");

  if (set != NULL && *set != '\0')
    return NULL;
  if (gtk_get_major_version () > 4 || gtk_get_minor_version () >= 14)
    return NULL;
  if (!software_gl ())
    return NULL;

  g_setenv ("GSK_RENDERER", "cairo", TRUE);
  return "cairo";
}
