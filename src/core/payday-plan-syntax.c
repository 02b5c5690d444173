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

/* The 1-based line and column (in bytes) of @data[@offset]: worked out only for a message,
 * so the scan below does not count them as it goes. */
static void
position_of (const char *data,
             gsize       offset,
             guint      *line,
             guint      *column)
{
  gsize line_start = 0;

  *line = 1;
  for (gsize i = 0; i < offset; i++)
    if (data[i] == '\n')
      {
        (*line)++;
        line_start = i + 1;
      }
  *column = (guint) (offset - line_start) + 1;
}

/* data[i] is a backslash in a string: how many bytes after it the escape takes, or 0 (and
 * @error set) when it is not a JSON escape. */
static gsize
check_escape (const char  *data,
              gsize        length,
              gsize        i,
              GError     **error)
{
  guint unit, low, line, column;

  /* one at the very end is the parser's "unterminated string" */
  if (i + 1 >= length)
    return 1;
  if (strchr ("\"\\/bfnrt", data[i + 1]) != NULL && data[i + 1] != '\0')
    return 1;

  if (data[i + 1] == 'u' && hex4 (data + i + 2, length - i - 2, &unit))
    {
      if (unit < 0xd800 || unit > 0xdfff)
        return 5;
      /* a high surrogate must be followed by an escaped low one */
      if (unit <= 0xdbff && i + 7 < length && data[i + 6] == '\\' && data[i + 7] == 'u' &&
          hex4 (data + i + 8, length - i - 8, &low) && low >= 0xdc00 && low <= 0xdfff)
        return 11;
    }

  position_of (data, i, &line, &column);
  g_set_error (error, PAYDAY_ERROR, PAYDAY_ERROR_SYNTAX,
               "%u:%u: invalid escape in a string", line, column);
  return 0;
}

enum
{
  BYTE_PLAIN,
  BYTE_SPACE,
  BYTE_QUOTE,
  BYTE_OPEN,
  BYTE_CLOSE,
  BYTE_SEPARATOR,
  BYTE_SLASH,
};

static const guint8 byte_class[256] = {
  [' '] = BYTE_SPACE, ['\t'] = BYTE_SPACE, ['\n'] = BYTE_SPACE, ['\r'] = BYTE_SPACE,
  ['"'] = BYTE_QUOTE,
  ['['] = BYTE_OPEN, ['{'] = BYTE_OPEN,
  [']'] = BYTE_CLOSE, ['}'] = BYTE_CLOSE,
  [','] = BYTE_SEPARATOR, [':'] = BYTE_SEPARATOR,
  ['/'] = BYTE_SLASH,
};

static inline gboolean
is_structural (char c)
{
  guint8 k = byte_class[(guchar) c];

  return k == BYTE_OPEN || k == BYTE_CLOSE || k == BYTE_SEPARATOR;
}

/**
 * payday_plan_check_depth:
 * @data: the plan's text, valid UTF-8 without NUL bytes (payday_plan_check_utf8())
 * @length: its length in bytes
 * @compact: (out) (transfer full) (optional): the same JSON with less whitespace, or %NULL
 * @compact_length: (out) (optional): its length
 * @error: the first problem, as "line:column: message"
 *
 * One pass over the text before json-glib parses it: refuses nesting deeper than
 * PAYDAY_PLAN_MAX_DEPTH and escapes that are not JSON. It also writes @compact: the text
 * without the whitespace around brackets, braces, commas and colons (never inside a string,
 * never between two other tokens), which json-glib's scanner would otherwise read byte by
 * byte — a quarter of the parse of an indented plan. The tokens, and so the tree, are the
 * same; the line:column of a syntax error are not, so the loader parses the original text
 * again for the message when the compact one fails. @compact is %NULL when the text holds a
 * '/' outside strings (json-glib skips comments, which end at a line break) or when there is
 * too little whitespace to be worth a second copy.
 *
 * Returns: %TRUE when the text passed
 */
gboolean
payday_plan_check_depth (const char  *data,
                         gsize        length,
                         char       **compact,
                         gsize       *compact_length,
                         GError     **error)
{
  g_autofree char *out = g_malloc (length + 1);
  gboolean compactable = TRUE;
  char *o = out;
  int depth = 0;
  gsize i = 0;

  while (i < length)
    {
      char c = data[i];

      switch (byte_class[(guchar) c])
        {
        case BYTE_SPACE:
          {
            gsize end = i + 1;

            while (end < length && byte_class[(guchar) data[end]] == BYTE_SPACE)
              end++;
            /* Only between two tokens that need it apart: "1 2" must stay an error. */
            if (o > out && end < length && !is_structural (o[-1]) && !is_structural (data[end]))
              *o++ = ' ';
            i = end;
          }
          continue;

        case BYTE_QUOTE:
          *o++ = c;
          i++;
          while (i < length)
            {
              c = data[i];
              if (c == '"')
                break;
              if (c == '\\')
                {
                  gsize consumed = check_escape (data, length, i, error);

                  if (consumed == 0)
                    return FALSE;
                  consumed = MIN (consumed + 1, length - i);
                  memcpy (o, data + i, consumed);
                  o += consumed;
                  i += consumed;
                  continue;
                }
              *o++ = c;
              i++;
            }
          if (i < length)
            *o++ = data[i++];
          continue;

        case BYTE_OPEN:
          if (++depth > PAYDAY_PLAN_MAX_DEPTH)
            {
              guint line, column;

              position_of (data, i, &line, &column);
              g_set_error (error, PAYDAY_ERROR, PAYDAY_ERROR_TOO_LARGE,
                           "%u:%u: nested deeper than %d levels", line, column,
                           PAYDAY_PLAN_MAX_DEPTH);
              return FALSE;
            }
          break;

        case BYTE_CLOSE:
          depth--;
          break;

        case BYTE_SLASH:
          compactable = FALSE;
          break;

        case BYTE_PLAIN:
        case BYTE_SEPARATOR:
        default:
          break;
        }

      *o++ = c;
      i++;
    }

  *o = '\0';
  /* Under one byte in sixteen saved, the original text is parsed as it is. */
  if (compactable && (gsize) (o - out) < length - length / 16)
    {
      if (compact_length != NULL)
        *compact_length = (gsize) (o - out);
      if (compact != NULL)
        *compact = g_steal_pointer (&out);
    }
  else if (compact != NULL)
    {
      *compact = NULL;
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
  const guint64 high = G_GUINT64_CONSTANT (0x8080808080808080);
  const guint64 ones = G_GUINT64_CONSTANT (0x0101010101010101);
  const char *end;
  guint line = 1, column = 1;
  gsize ascii = 0;

  /* Plans are mostly ASCII: eight bytes at a time while they hold neither a byte ≥ 0x80 nor
   * a NUL (which g_utf8_validate() refuses too), then the validator from there on. */
  for (; ascii + 8 <= length; ascii += 8)
    {
      guint64 word;

      memcpy (&word, data + ascii, 8);
      if ((word & high) != 0 || ((word - ones) & ~word & high) != 0)
        break;
    }

  if (g_utf8_validate (data + ascii, (gssize) (length - ascii), &end))
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
