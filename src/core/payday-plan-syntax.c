/* payday-plan-syntax.c — the plan's JSON text read into a json-glib tree, strictly
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "payday-error.h"
#include "payday-plan-loader-private.h"
#include "payday-plan-private.h"

/* Why the plan has its own JSON reader: json-glib 1.6's parser reads the text through
 * GScanner, a byte at a time with a function call, a strchr() and a signal per value, which
 * was a third of opening a large plan; it also reads things JSON has not (C escapes such as
 * "\256" and "\x41" that turn UTF-8 text into a string that is not UTF-8, lone surrogates,
 * octal and hexadecimal numbers), has no bound on nesting (its recursion would use
 * unbounded stack) and names the wrong "expected" token in its messages. This reader does
 * one pass over the text, refuses what is not JSON with the line and column of the first
 * problem, and builds the same json-glib tree (JsonNode, JsonObject, JsonArray) the rest of
 * the loader reads and the saver keeps unknown members from.
 *
 * What it reads is RFC 8259 JSON, plus the two things json-glib read that plans written by
 * hand may hold: C comments (slash-star to star-slash) between tokens, and raw control
 * characters (a tab or a line break) inside strings; not json-glib's single quotes, octal
 * and hexadecimal numbers or C escapes. A member name
 * that repeats in an object keeps its last value, as json-glib did. A whole number that
 * does not fit 64 bits is read as a floating-point number (the readers then refuse it as
 * out of range). Columns count characters, not bytes. */

typedef struct
{
  const char  *start;
  const char  *p;
  const char  *end;
  GString     *text;           /* the string being unescaped */
  GError     **error;
} Reader;

static void
position_of (const char *start,
             const char *at,
             guint      *line,
             guint      *column)
{
  *line = 1;
  *column = 1;
  for (const char *p = start; p < at; p++)
    {
      if (*p == '\n')
        (*line)++, *column = 1;
      else if (((guchar) *p & 0xc0) != 0x80)
        (*column)++;
    }
}

static gboolean fail_at (Reader     *r,
                         const char *at,
                         int         code,
                         const char *format,
                         ...) G_GNUC_PRINTF (4, 5);

static gboolean
fail_at (Reader     *r,
         const char *at,
         int         code,
         const char *format,
         ...)
{
  g_autofree char *message = NULL;
  guint line, column;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  position_of (r->start, at, &line, &column);
  g_set_error (r->error, PAYDAY_ERROR, code, "%u:%u: %s", line, column, message);
  return FALSE;
}

static inline gboolean
is_space (char c)
{
  return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

static inline gboolean
ends_word (char c)
{
  return is_space (c) || strchr ("{}[]:,\"/", c) != NULL;
}

/* @q, cut at @at + 40 bytes, moved back to the start of a character so that a message
 * quoting the text stays UTF-8. At the end of the text there is nothing to cut: it ends
 * with a whole character (payday_plan_check_utf8()), and @end itself is not to be read. */
static const char *
clip (const char *at,
      const char *q,
      const char *end)
{
  if (q - at >= 40 && q < end)
    while (q > at && ((guchar) *q & 0xc0) == 0x80)
      q--;
  return q;
}

/* What stands at @at, for a message: "'}'", "\"version\"", "1", "'tr'", "the end of the
 * file". */
static char *
describe_token (Reader     *r,
                const char *at)
{
  const char *q = at;

  if (at >= r->end)
    return g_strdup ("the end of the file");

  if (*at == '"')
    {
      for (q = at + 1; q < r->end && *q != '"' && *q != '\n' && q - at < 40; q++)
        if (*q == '\\' && q + 1 < r->end)
          q++;
      if (q < r->end && *q == '"')
        return g_strndup (at, (gsize) (q - at + 1));
      q = clip (at, q, r->end);
      return g_strdup_printf ("%.*s…", (int) (q - at), at);
    }

  if (*at == '-' || g_ascii_isdigit (*at))
    {
      while (q < r->end && !ends_word (*q) && q - at < 40)
        q++;
      q = clip (at, q, r->end);
      return g_strndup (at, (gsize) (q - at));
    }

  if (g_ascii_isalpha (*at))
    {
      while (q < r->end && !ends_word (*q) && q - at < 40)
        q++;
      q = clip (at, q, r->end);
      return g_strdup_printf ("'%.*s'", (int) (q - at), at);
    }

  /* one character, whole even when it is not ASCII */
  q = g_utf8_next_char (at);
  return g_strdup_printf ("'%.*s'", (int) (MIN (q, r->end) - at), at);
}

static gboolean
fail_expected (Reader     *r,
               const char *expected)
{
  g_autofree char *got = describe_token (r, r->p);

  return fail_at (r, r->p, PAYDAY_ERROR_SYNTAX, "expected %s, got %s", expected, got);
}

/* Skips whitespace and C comments; FALSE (with the error set) for a comment never closed. */
static gboolean
skip_space (Reader *r)
{
  for (;;)
    {
      while (r->p < r->end && is_space (*r->p))
        r->p++;

      if (r->p + 1 >= r->end || r->p[0] != '/')
        return TRUE;

      if (r->p[1] == '*')
        {
          const char *q;

          for (q = r->p + 2; q + 1 < r->end && !(q[0] == '*' && q[1] == '/'); q++)
            ;
          if (q + 1 >= r->end)
            return fail_at (r, r->p, PAYDAY_ERROR_SYNTAX, "a comment is not closed");
          r->p = q + 2;
        }
      else
        return TRUE;
    }
}

static gboolean
hex4 (const char *p,
      const char *end,
      guint      *value)
{
  *value = 0;
  if (end - p < 4)
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

/* r->p is at a backslash in a string: appends what the escape stands for to r->text and
 * moves past it. A lone or reversed surrogate is not a character, so it is refused. */
static gboolean
read_escape (Reader *r)
{
  const char *at = r->p;
  guint unit, low;

  if (r->end - at >= 2)
    {
      switch (at[1])
        {
        case '"': case '\\': case '/':
          g_string_append_c (r->text, at[1]);
          r->p += 2;
          return TRUE;
        case 'b': g_string_append_c (r->text, '\b'); r->p += 2; return TRUE;
        case 'f': g_string_append_c (r->text, '\f'); r->p += 2; return TRUE;
        case 'n': g_string_append_c (r->text, '\n'); r->p += 2; return TRUE;
        case 'r': g_string_append_c (r->text, '\r'); r->p += 2; return TRUE;
        case 't': g_string_append_c (r->text, '\t'); r->p += 2; return TRUE;
        case 'u':
          if (!hex4 (at + 2, r->end, &unit))
            break;
          if (unit < 0xd800 || unit > 0xdfff)
            {
              g_string_append_unichar (r->text, unit);
              r->p += 6;
              return TRUE;
            }
          /* a high surrogate must be followed by an escaped low one */
          if (unit <= 0xdbff && r->end - at >= 12 && at[6] == '\\' && at[7] == 'u' &&
              hex4 (at + 8, r->end, &low) && low >= 0xdc00 && low <= 0xdfff)
            {
              g_string_append_unichar (r->text, 0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00));
              r->p += 12;
              return TRUE;
            }
          break;
        default:
          break;
        }
    }

  return fail_at (r, at, PAYDAY_ERROR_SYNTAX, "invalid escape in a string");
}

/* r->p is at the opening quote: r->text gets the string's characters. The text was checked
 * to be UTF-8 before (payday_plan_check_utf8()), so runs without escapes are copied as
 * they are. */
static gboolean
read_string (Reader *r)
{
  const char *open = r->p;
  const char *run = ++r->p;

  g_string_truncate (r->text, 0);
  for (;;)
    {
      while (r->p < r->end && *r->p != '"' && *r->p != '\\')
        r->p++;
      g_string_append_len (r->text, run, r->p - run);

      if (r->p >= r->end)
        return fail_at (r, open, PAYDAY_ERROR_SYNTAX, "a string is not closed");
      if (*r->p == '"')
        {
          r->p++;
          return TRUE;
        }
      if (!read_escape (r))
        return FALSE;
      run = r->p;
    }
}

/* -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)? : a whole number that fits 64 bits is an
 * integer node, anything else a double, as json-glib made them. */
static gboolean
read_number (Reader   *r,
             JsonNode *node)
{
  const char *at = r->p;
  const char *q = at;
  gboolean negative = FALSE, whole = TRUE, fits = TRUE;
  guint64 magnitude = 0;

  if (*q == '-')
    negative = TRUE, q++;

  if (q < r->end && *q == '0')
    q++;
  else if (q < r->end && g_ascii_isdigit (*q))
    {
      for (; q < r->end && g_ascii_isdigit (*q); q++)
        {
          guint digit = (guint) (*q - '0');

          if (magnitude > (G_MAXUINT64 - digit) / 10)
            fits = FALSE;
          else
            magnitude = magnitude * 10 + digit;
        }
    }
  else
    goto invalid;

  if (q < r->end && *q == '.')
    {
      whole = FALSE;
      if (++q >= r->end || !g_ascii_isdigit (*q))
        goto invalid;
      while (q < r->end && g_ascii_isdigit (*q))
        q++;
    }
  if (q < r->end && (*q == 'e' || *q == 'E'))
    {
      whole = FALSE;
      if (++q < r->end && (*q == '+' || *q == '-'))
        q++;
      if (q >= r->end || !g_ascii_isdigit (*q))
        goto invalid;
      while (q < r->end && g_ascii_isdigit (*q))
        q++;
    }
  if (q < r->end && !ends_word (*q))
    goto invalid;

  r->p = q;
  if (whole && fits && magnitude <= (negative ? (guint64) G_MAXINT64 + 1 : (guint64) G_MAXINT64))
    {
      json_node_init_int (node, negative ? (gint64) (0 - magnitude) : (gint64) magnitude);
      return TRUE;
    }

  {
    char buffer[64];
    g_autofree char *owned = NULL;
    gsize length = (gsize) (q - at);
    char *text = length < sizeof buffer ? buffer : (owned = g_malloc (length + 1));

    memcpy (text, at, length);
    text[length] = '\0';
    json_node_init_double (node, g_ascii_strtod (text, NULL));
  }
  return TRUE;

invalid:
  {
    g_autofree char *got = describe_token (r, at);

    return fail_at (r, at, PAYDAY_ERROR_SYNTAX, "%s is not a JSON number", got);
  }
}

static gboolean
read_word (Reader     *r,
           const char *word,
           gsize       length)
{
  if ((gsize) (r->end - r->p) >= length && memcmp (r->p, word, length) == 0 &&
      (r->p + length == r->end || ends_word (r->p[length])))
    {
      r->p += length;
      return TRUE;
    }
  return fail_expected (r, "a value");
}

static gboolean read_value (Reader   *r,
                            JsonNode *node,
                            int       depth);

static gboolean
read_object (Reader   *r,
             JsonNode *node,
             int       depth)
{
  JsonObject *object = json_object_new ();

  json_node_init_object (node, object);
  json_object_unref (object);

  r->p++;
  if (!skip_space (r))
    return FALSE;
  if (r->p < r->end && *r->p == '}')
    {
      r->p++;
      return TRUE;
    }

  for (;;)
    {
      JsonNode *member;

      if (r->p >= r->end || *r->p != '"')
        return fail_expected (r, "a member name in double quotes");
      if (!read_string (r))
        return FALSE;

      /* In the object before its value is read: r->text is reused for the strings inside.
       * An error below leaves a null value there, freed with the rest of the tree. */
      member = json_node_init_null (json_node_alloc ());
      json_object_set_member (object, r->text->str, member);

      if (!skip_space (r))
        return FALSE;
      if (r->p >= r->end || *r->p != ':')
        return fail_expected (r, "':' after the member name");
      r->p++;
      if (!skip_space (r) || !read_value (r, member, depth) || !skip_space (r))
        return FALSE;

      if (r->p < r->end && *r->p == '}')
        {
          r->p++;
          return TRUE;
        }
      if (r->p >= r->end || *r->p != ',')
        return fail_expected (r, "',' or '}' after a member");
      r->p++;
      if (!skip_space (r))
        return FALSE;
    }
}

static gboolean
read_array (Reader   *r,
            JsonNode *node,
            int       depth)
{
  JsonArray *array = json_array_new ();

  json_node_init_array (node, array);
  json_array_unref (array);

  r->p++;
  if (!skip_space (r))
    return FALSE;
  if (r->p < r->end && *r->p == ']')
    {
      r->p++;
      return TRUE;
    }

  for (;;)
    {
      JsonNode *element = json_node_init_null (json_node_alloc ());

      json_array_add_element (array, element);
      if (!read_value (r, element, depth) || !skip_space (r))
        return FALSE;

      if (r->p < r->end && *r->p == ']')
        {
          r->p++;
          return TRUE;
        }
      if (r->p >= r->end || *r->p != ',')
        return fail_expected (r, "',' or ']' after an element");
      r->p++;
      if (!skip_space (r))
        return FALSE;
    }
}

/* r->p is at the first character of a value (after whitespace): reads it into @node. */
static gboolean
read_value (Reader   *r,
            JsonNode *node,
            int       depth)
{
  if (r->p >= r->end)
    return fail_expected (r, "a value");

  switch (*r->p)
    {
    case '{':
    case '[':
      if (depth >= PAYDAY_PLAN_MAX_DEPTH)
        return fail_at (r, r->p, PAYDAY_ERROR_TOO_LARGE, "nested deeper than %d levels",
                        PAYDAY_PLAN_MAX_DEPTH);
      return *r->p == '{' ? read_object (r, node, depth + 1) : read_array (r, node, depth + 1);

    case '"':
      if (!read_string (r))
        return FALSE;
      json_node_init_string (node, r->text->str);
      return TRUE;

    case 't':
      json_node_init_boolean (node, TRUE);
      return read_word (r, "true", 4);

    case 'f':
      json_node_init_boolean (node, FALSE);
      return read_word (r, "false", 5);

    case 'n':
      json_node_init_null (node);
      return read_word (r, "null", 4);

    default:
      if (*r->p == '-' || g_ascii_isdigit (*r->p))
        return read_number (r, node);
      return fail_expected (r, "a value");
    }
}

/**
 * payday_plan_parse_json:
 * @data: the plan's text, valid UTF-8 without NUL bytes (payday_plan_check_utf8())
 * @length: its length in bytes
 * @error: the first problem, as "line:column: message": %PAYDAY_ERROR_SYNTAX, or
 *   %PAYDAY_ERROR_TOO_LARGE for nesting deeper than PAYDAY_PLAN_MAX_DEPTH
 *
 * Reads one JSON document (see the top of this file for what is accepted).
 *
 * Returns: (transfer full) (nullable): the document's root, or %NULL with @error set
 */
JsonNode *
payday_plan_parse_json (const char  *data,
                        gsize        length,
                        GError     **error)
{
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GString) text = g_string_sized_new (256);
  Reader r = { data, data, data + length, text, error };

  if (!skip_space (&r))
    return NULL;
  if (r.p >= r.end)
    {
      g_set_error_literal (error, PAYDAY_ERROR, PAYDAY_ERROR_SYNTAX, "1:1: the file is empty");
      return NULL;
    }

  root = json_node_init_null (json_node_alloc ());
  if (!read_value (&r, root, 0) || !skip_space (&r))
    return NULL;
  if (r.p < r.end)
    {
      fail_expected (&r, "the end of the file after the document");
      return NULL;
    }

  return g_steal_pointer (&root);
}

gboolean
payday_plan_check_utf8 (const char  *data,
                        gsize        length,
                        GError     **error)
{
  const guint64 high = G_GUINT64_CONSTANT (0x8080808080808080);
  const guint64 ones = G_GUINT64_CONSTANT (0x0101010101010101);
  const char *end;
  guint line, column;
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

  position_of (data, end, &line, &column);
  g_set_error (error, PAYDAY_ERROR, PAYDAY_ERROR_SYNTAX,
               "%u:%u: the text is not valid UTF-8", line, column);
  return FALSE;
}
