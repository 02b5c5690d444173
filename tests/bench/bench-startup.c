/* bench-startup.c — time from exec to a program's first mapped window and first frame
 *
 *   bench-startup [--frame] [--runs N] [--warmup N] NAME PROGRAM [ARG…]
 *
 * Runs PROGRAM --warmup times (default 1) to warm the caches, then --runs times (default
 * 10), and prints each run and the medians. Two clocks, both from just before the fork:
 *
 *  - map: the X server's MapNotify for the program's first top-level window, read from the
 *    root window's SubstructureNotify events. This needs nothing from the program, so it
 *    measures any X11 application alike (GNOME Text Editor too). Without a window manager
 *    (bare Xvfb) the client's own map request is the MapNotify, nothing is reparented.
 *  - frame (with --frame): the program prints "first-frame USEC" after painting its first
 *    frame (src/ui/payday-startup-probe.c, enabled by PAYDAY_STARTUP_PROBE); USEC is
 *    CLOCK_MONOTONIC like this program's g_get_monotonic_time ().
 *
 * After the measurement the program is sent SIGTERM (Payday and the empty window quit by
 * themselves after their first frame) and reaped before the next run, so a single-instance
 * GApplication never finds the previous run still on the bus.
 *
 * The peak resident memory of each run (wait4's ru_maxrss, up to the program's exit or the
 * SIGTERM) is reported too.
 *
 * Machine-readable lines: "result NAME MAP_MS FRAME_MS RSS_MB" for each run and, last,
 * "median NAME MAP_MS FRAME_MS RSS_MB" (FRAME_MS is -1 without --frame).
 * tests/bench/bench-startup.sh sets up Xvfb and compares the programs, taking turns run by
 * run so that a busy machine slows them all alike.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <X11/Xlib.h>
#include <glib.h>

#define RUN_TIMEOUT_USEC (30 * G_USEC_PER_SEC)

typedef struct
{
  double map_ms;
  double frame_ms;
  double rss_mb;
} Run;

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (GArray *values)
{
  g_array_sort (values, compare_double);

  if (values->len == 0)
    return -1;
  if (values->len % 2 == 1)
    return g_array_index (values, double, values->len / 2);

  return (g_array_index (values, double, values->len / 2 - 1) +
          g_array_index (values, double, values->len / 2)) / 2;
}

/* Ends the run; returns the child's peak resident memory in MB. */
static double
reap (GPid pid)
{
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  struct rusage usage = { 0 };
  int status;

  kill (pid, SIGTERM);
  while (wait4 (pid, &status, WNOHANG, &usage) == 0)
    {
      if (g_get_monotonic_time () > deadline)
        {
          kill (pid, SIGKILL);
          wait4 (pid, &status, 0, &usage);
          break;
        }
      g_usleep (2000);
    }
  g_spawn_close_pid (pid);

  return usage.ru_maxrss / 1024.0;
}

static gboolean
run_once (Display  *dpy,
          char    **argv,
          gboolean  want_frame,
          Run      *run)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  gboolean out_open = TRUE;
  gint64 t0;
  GPid pid;
  int out_fd;

  run->map_ms = -1;
  run->frame_ms = -1;

  /* Forget the events of earlier runs. */
  XSync (dpy, False);
  while (XPending (dpy))
    {
      XEvent ev;

      XNextEvent (dpy, &ev);
    }

  t0 = g_get_monotonic_time ();
  if (!g_spawn_async_with_pipes (NULL, argv, NULL,
                                 G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_SEARCH_PATH,
                                 NULL, NULL, &pid, NULL, &out_fd, NULL, &error))
    {
      g_printerr ("bench-startup: %s\n", error->message);
      return FALSE;
    }

  while (run->map_ms < 0 || (want_frame && run->frame_ms < 0 && out_open))
    {
      struct pollfd fds[2] = {
        { ConnectionNumber (dpy), POLLIN, 0 },
        { out_open ? out_fd : -1, POLLIN, 0 },
      };
      gint64 left = t0 + RUN_TIMEOUT_USEC - g_get_monotonic_time ();

      if (left <= 0)
        {
          g_printerr ("bench-startup: %s showed no window in %d s\n",
                      argv[0], (int) (RUN_TIMEOUT_USEC / G_USEC_PER_SEC));
          break;
        }

      if (!XPending (dpy) && poll (fds, 2, (int) (left / 1000) + 1) < 0 && errno != EINTR)
        break;

      while (XPending (dpy))
        {
          XEvent ev;

          XNextEvent (dpy, &ev);
          if (ev.type == MapNotify &&
              ev.xmap.event == DefaultRootWindow (dpy) &&
              !ev.xmap.override_redirect &&
              run->map_ms < 0)
            run->map_ms = (g_get_monotonic_time () - t0) / 1000.0;
        }

      if (out_open && (fds[1].revents & (POLLIN | POLLHUP)))
        {
          char buf[256];
          ssize_t n = read (out_fd, buf, sizeof buf);
          const char *line;

          if (n <= 0)
            out_open = FALSE;
          else
            g_string_append_len (out, buf, n);

          if ((line = strstr (out->str, "first-frame ")) && strchr (line, '\n'))
            {
              gint64 at = g_ascii_strtoll (line + strlen ("first-frame "), NULL, 10);

              run->frame_ms = (at - t0) / 1000.0;
              g_string_truncate (out, 0);
            }
        }
    }

  close (out_fd);
  run->rss_mb = reap (pid);

  return run->map_ms >= 0 && (!want_frame || run->frame_ms >= 0);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GArray) maps = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) frames = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) rss = g_array_new (FALSE, FALSE, sizeof (double));
  gboolean want_frame = FALSE;
  const char *name;
  Display *dpy;
  guint runs = 10;
  guint warmup = 1;
  int i = 1;
  Run run;

  for (; i < argc && argv[i][0] == '-'; i++)
    {
      if (strcmp (argv[i], "--frame") == 0)
        want_frame = TRUE;
      else if (strcmp (argv[i], "--runs") == 0 && i + 1 < argc)
        {
          int n = atoi (argv[++i]);

          runs = (guint) MAX (1, n);
        }
      else if (strcmp (argv[i], "--warmup") == 0 && i + 1 < argc)
        {
          int n = atoi (argv[++i]);

          warmup = (guint) MAX (0, n);
        }
      else
        break;
    }

  if (argc - i < 2)
    {
      g_printerr ("usage: bench-startup [--frame] [--runs N] [--warmup N] NAME PROGRAM [ARG…]\n");
      return 2;
    }
  name = argv[i];

  if (!(dpy = XOpenDisplay (NULL)))
    {
      g_printerr ("bench-startup: cannot open the X display (DISPLAY=%s)\n",
                  g_getenv ("DISPLAY") ? g_getenv ("DISPLAY") : "");
      return 1;
    }
  XSelectInput (dpy, DefaultRootWindow (dpy), SubstructureNotifyMask);

  /* Runs to warm the page cache, fontconfig and the icon caches; not counted. */
  for (guint r = 0; r < warmup; r++)
    if (!run_once (dpy, &argv[i + 1], want_frame, &run))
      return 1;

  for (guint r = 0; r < runs; r++)
    {
      if (!run_once (dpy, &argv[i + 1], want_frame, &run))
        return 1;

      g_array_append_val (maps, run.map_ms);
      if (want_frame)
        g_array_append_val (frames, run.frame_ms);
      g_array_append_val (rss, run.rss_mb);
      printf ("result %s %.1f %.1f %.1f\n", name, run.map_ms, run.frame_ms, run.rss_mb);
    }

  printf ("median %s %.1f %.1f %.1f\n", name, median (maps),
          want_frame ? median (frames) : -1.0, median (rss));
  XCloseDisplay (dpy);

  return 0;
}
