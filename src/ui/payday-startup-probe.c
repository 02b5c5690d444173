/* payday-startup-probe.c — reports when a window has painted its first frame (start-up bench)
 *
 * tests/bench/bench-startup measures the time from exec to the first painted frame. With
 * PAYDAY_STARTUP_PROBE set, the first "after-paint" of the window's frame clock prints
 * "first-frame USEC" (g_get_monotonic_time (), CLOCK_MONOTONIC, comparable across
 * processes) on stdout and quits. The empty-window reference program compiles this same
 * file, so both are measured the same way.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>

#include "payday-startup-probe.h"

static void
payday_startup_probe_after_paint (GdkFrameClock *clock,
                                  GtkWindow     *window)
{
  GtkApplication *app = gtk_window_get_application (window);

  g_signal_handlers_disconnect_by_func (clock, payday_startup_probe_after_paint, window);

  printf ("first-frame %" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
  fflush (stdout);

  if (app != NULL)
    g_application_quit (G_APPLICATION (app));
  else
    gtk_window_destroy (window);
}

static void
payday_startup_probe_realize (GtkWidget *widget)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);

  g_signal_handlers_disconnect_by_func (widget, payday_startup_probe_realize, NULL);
  g_signal_connect_object (clock, "after-paint",
                           G_CALLBACK (payday_startup_probe_after_paint), widget, 0);
}

/**
 * payday_startup_probe_attach:
 * @window: a window that is not realized yet
 *
 * Does nothing unless the environment variable `PAYDAY_STARTUP_PROBE` is set; then the
 * process prints the time of @window's first painted frame and quits.
 */
void
payday_startup_probe_attach (GtkWindow *window)
{
  g_return_if_fail (GTK_IS_WINDOW (window));

  if (g_getenv ("PAYDAY_STARTUP_PROBE") == NULL)
    return;

  g_return_if_fail (!gtk_widget_get_realized (GTK_WIDGET (window)));

  g_signal_connect (window, "realize", G_CALLBACK (payday_startup_probe_realize), NULL);
}
