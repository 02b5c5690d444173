/* payday-plan-syntax.c — syntax checks json-glib does not do: depth, escapes, UTF-8
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "payday-error.h"
#include "payday-plan-loader-private.h"
#include "payday-plan-private.h"

/* The syntax checks json-glib does not do: arrays and objects nested deeper than the bound
 * would make its recursive parser (and every walk after it) use unbounded stack, so the raw
 * text is scanned before parsing. Brackets inside strings do not count.
 *
 * The same scan refuses string escapes that are not JSON: json-glib 1.6 reads C escapes
 * (octal "\256", "\x41", "\q") and a lone high surrogate ("\ud800x"), and the first two
 * turn valid UTF-8 text into a string that is not UTF-8, which the saver then writes out
 * as a file no loader accepts (found by tests/fuzz/fuzz-roundtrip). */
static gboolean
hex4 (const char *p,
      gsize       left,
      guint      *value)
{
  *value = 0;
  if (left < 4)
    return FALSE;
  for (int k = 0; k < 4; k++)
    {
      int digit = g_ascii_xdigit_value (p[k]);

      if (digit < 0)
        return FALSE;
      *value = *value * 16 + (guint) digit;
    }
  return TRUE;
}

static gboolean
check_escape (const char  *data,
              gsize        length,
              gsize        i,
              guint        line,
              guint        column,
              gsize       *consumed,
              GError     **error)
{
  guint unit, low;

  /* data[i] is the backslash; one at the very end is the parser's "unterminated string" */
  *consumed = 1;
  if (i + 1 >= length)
    return TRUE;
  if (strchr ("\"\\/bfnrt", data[i + 1]) != NULL && data[i + 1] != '\0')
    return TRUE;

  if (data[i + 1] == 'u')
    {
      *consumed = 5;
      if (hex4 (data + i + 2, length - i - 2, &unit))
        {
          if (unit < 0xd800 || unit > 0xdfff)
            return TRUE;
          /* a high surrogate must be followed by an escaped low one */
          if (unit <= 0xdbff && i + 7 < length && data[i + 6] == '\\' && data[i + 7] == 'u' &&
              hex4 (data + i + 8, length - i - 8, &low) && low >= 0xdc00 && low <= 0xdfff)
            {
              *consumed = 11;
              return TRUE;
            }
        }
    }

  g_set_error (error, PAYDAY_ERROR, PAYDAY_ERROR_SYNTAX,
               "%u:%u: invalid escape in a string", line, column);
  return FALSE;
}
gboolean
payday_plan_check_depth (const char  *data,
                         gsize        length,
                         GError     **error)
{
  int depth = 0;
  gboolean in_string = FALSE;
  guint line = 1, column = 1;

  for (gsize i = 0; i < length; i++, column++)
    {
      char c = data[i];

      if (c == '\n')
        {
          line++;
          column = 0;
          continue;
        }
      if (in_string)
        {
          if (c == '\\')
            {
              gsize consumed;

              if (!check_escape (data, length, i, line, column, &consumed, error))
                return FALSE;
              i += consumed;
              column += consumed;
            }
          else if (c == '"')
            in_string = FALSE;
          continue;
        }
      if (c == '"')
        in_string = TRUE;
      else if (c == '[' || c == '{')
        {
          if (++depth > PAYDAY_PLAN_MAX_DEPTH)
            {
              g_set_error (error, PAYDAY_ERROR, PAYDAY_ERROR_TOO_LARGE,
                           "%u:%u: nested deeper than %d levels", line, column,
                           PAYDAY_PLAN_MAX_DEPTH);
              return FALSE;
            }
        }
      else if (c == ']' || c == '}')
        depth--;
    }

  return TRUE;
}

/* json-glib 1.6 says "<data>:3:8: Parse error: unexpected character `}', expected character
 * `}'"; its "expected" part is often wrong, so keep position and the "unexpected" part:
 * "3:8: unexpected character '}'". */
char *
payday_plan_normalise_syntax_message (const char *message)
{
  g_autoptr(GRegex) regex = g_regex_new ("^(?:<data>:)?([0-9]+):([0-9]+): (?:Parse error: )?(.*)$",
                                         G_REGEX_DOTALL, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *line = NULL;
  g_autofree char *column = NULL;
  g_autofree char *text = NULL;
  char *comma;
  GString *s;

  if (!g_regex_match (regex, message, 0, &match))
    return g_strdup (message);

  line = g_match_info_fetch (match, 1);
  column = g_match_info_fetch (match, 2);
  text = g_match_info_fetch (match, 3);

  if (g_str_has_prefix (text, "unexpected") && (comma = strstr (text, ", expected")) != NULL)
    *comma = '\0';

  s = g_string_new (NULL);
  g_string_append_printf (s, "%s:%s: ", line, column);
  for (const char *p = text; *p != '\0'; p++)
    g_string_append_c (s, *p == '`' ? '\'' : *p);

  return g_string_free (s, FALSE);
}

gboolean
payday_plan_check_utf8 (const char  *data,
                        gsize        length,
                        GError     **error)
{
  const char *end;
  guint line = 1, column = 1;

  if (g_utf8_validate (data, (gssize) length, &end))
    return TRUE;

  for (const char *p = data; p < end; p++)
    {
      if (*p == '\n')
        line++, column = 1;
      else if (((guchar) *p & 0xc0) != 0x80)
        column++;
    }

  g_set_error (error, PAYDAY_ERROR, PAYDAY_ERROR_SYNTAX,
               "%u:%u: the text is not valid UTF-8", line, column);
  return FALSE;
}
