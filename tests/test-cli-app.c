/* test-cli-app.c — the real `payday` binary's command line: --help and headless runs
 *
 * test-cli.c drives the headless half alone; here the options go through the application
 * (GApplication parses them, handle-local-options hands them on), with no display at all.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <string.h>

/* Every option of docs/command-line.md, as `--help` shows it. */
static const char * const options[] = {
  "--version", "--check=PLAN", "--export=OUT", "--sample", "--today=YYYY-MM-DD", "--runs=N",
  "--seed=S", "--currency=XXX", "--offline", "--refresh-rates",
};

/* Runs src/payday with no display (and @language, if set); returns its exit status. */
static int
run_payday (const char  *language,
            char       **out,
            char       **err,
            const char  *first,
            ...)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  va_list args;

  g_ptr_array_add (argv, g_test_build_filename (G_TEST_BUILT, "..", "src", "payday", NULL));
  va_start (args, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, g_strdup (arg));
  va_end (args);
  g_ptr_array_add (argv, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                        G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_unsetenv (launcher, "DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "WAYLAND_DISPLAY");
  g_subprocess_launcher_setenv (launcher, "GDK_BACKEND", "none", TRUE);
  if (language != NULL)
    {
      g_subprocess_launcher_setenv (launcher, "LANGUAGE", language, TRUE);
      g_subprocess_launcher_setenv (launcher, "LC_ALL", "C.UTF-8", TRUE);
    }

  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, out, err, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (process));

  return g_subprocess_get_exit_status (process);
}

/* The line of `--help` that shows @option, or NULL. */
static char *
help_line (const char *help,
           const char *option)
{
  g_auto(GStrv) lines = g_strsplit (help, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *line = g_strstrip (g_strdup (lines[i]));

      if (g_str_has_prefix (line, option) && g_ascii_isspace (line[strlen (option)]))
        return g_steal_pointer (&line);
    }

  return NULL;
}

static void
test_help (void)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (run_payday (NULL, &out, &err, "--help", NULL), ==, 0);
  g_assert_cmpstr (err, ==, "");
  g_assert_nonnull (strstr (out, "payday [OPTION…] [PLAN…]"));

  for (guint i = 0; i < G_N_ELEMENTS (options); i++)
    {
      g_autofree char *line = help_line (out, options[i]);
      const char *text;

      if (line == NULL)
        g_error ("--help does not list %s:\n%s", options[i], out);
      /* Each with its text after it. */
      text = line + strlen (options[i]);
      while (g_ascii_isspace (*text))
        text++;
      g_assert_cmpuint (strlen (text), >, 10);
    }
}

static void
test_help_german (void)
{
  g_autofree char *out = NULL;
  g_autofree char *line = NULL;

  g_assert_cmpint (run_payday ("de", &out, NULL, "--help", NULL), ==, 0);
  line = help_line (out, "--offline");
  g_assert_nonnull (line);
  g_assert_nonnull (strstr (line, "Nur zwischengespeicherte Wechselkurse verwenden"));
}

static void
test_export_without_display (void)
{
  g_autofree char *dir = g_dir_make_tmp ("payday-cli-app-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "x.csv", NULL);
  g_autofree char *export_arg = g_strconcat ("--export=", path, NULL);
  g_autofree char *contents = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (run_payday (NULL, &out, &err, export_arg, "--sample",
                               "--today=2026-03-02", NULL), ==, 0);
  g_assert_cmpstr (out, ==, "");
  g_assert_cmpstr (err, ==, "");
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "contract_id,item_id,kind,"));

  g_remove (path);
  g_rmdir (dir);
}

static void
test_version_and_problems (void)
{
  g_autofree char *dir = g_dir_make_tmp ("payday-cli-app-XXXXXX", NULL);
  g_autofree char *missing = g_build_filename (dir, "gone.payday", NULL);
  g_autofree char *expected = g_strdup_printf ("%s: no such file\n", missing);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (run_payday (NULL, &out, &err, "--version", NULL), ==, 0);
  g_assert_cmpstr (out, ==, "payday " PACKAGE_VERSION "\n");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* One `PATH: message` line per problem, exit status 1. */
  g_assert_cmpint (run_payday (NULL, &out, &err, "--check", missing, NULL), ==, 1);
  g_assert_cmpstr (out, ==, "");
  g_assert_cmpstr (err, ==, expected);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* A bad value is the command line's problem, with the usage line. */
  g_assert_cmpint (run_payday (NULL, &out, &err, "--runs=0", "--export=a.csv", "--sample",
                               NULL), ==, 1);
  g_assert_true (g_str_has_prefix (err, "payday: --runs: "));
  g_assert_nonnull (strstr (err, "\nusage: payday "));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* An export option alone asks for a headless run that has nothing to do: never a window. */
  g_assert_cmpint (run_payday (NULL, &out, &err, "--sample", NULL), ==, 1);
  g_assert_true (g_str_has_prefix (err, "payday: nothing to do without "));

  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/payday/cli/app/help", test_help);
  g_test_add_func ("/payday/cli/app/help-german", test_help_german);
  g_test_add_func ("/payday/cli/app/export-without-display", test_export_without_display);
  g_test_add_func ("/payday/cli/app/version-and-problems", test_version_and_problems);

  return g_test_run ();
}
