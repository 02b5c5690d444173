/* payday-progress-stream.c — an input stream that counts the bytes read through it, so
 * another thread can show how far a long read has come
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "payday-progress-stream.h"

struct _PaydayProgressStream
{
  GFilterInputStream  parent_instance;

  gint               *counter;              /* added to atomically; owned by the caller */
};

G_DEFINE_FINAL_TYPE (PaydayProgressStream, payday_progress_stream, G_TYPE_FILTER_INPUT_STREAM)

static gssize
payday_progress_stream_read (GInputStream  *stream,
                             void          *buffer,
                             gsize          count,
                             GCancellable  *cancellable,
                             GError       **error)
{
  PaydayProgressStream *self = PAYDAY_PROGRESS_STREAM (stream);
  GInputStream *base = g_filter_input_stream_get_base_stream (G_FILTER_INPUT_STREAM (stream));
  gssize n = g_input_stream_read (base, buffer, count, cancellable, error);

  /* An int is enough: the import reads at most its size bound (docs/import.md). */
  if (n > 0)
    g_atomic_int_add (self->counter, (gint) MIN (n, G_MAXINT));

  return n;
}

static void
payday_progress_stream_class_init (PaydayProgressStreamClass *klass)
{
  GInputStreamClass *stream_class = G_INPUT_STREAM_CLASS (klass);

  stream_class->read_fn = payday_progress_stream_read;
}

static void
payday_progress_stream_init (PaydayProgressStream *self)
{
}

/**
 * payday_progress_stream_new:
 * @base: the stream to read from
 * @counter: where the bytes read are added, atomically; it must outlive the stream
 *
 * Returns: (transfer full): a stream reading @base
 */
GInputStream *
payday_progress_stream_new (GInputStream *base,
                            gint         *counter)
{
  PaydayProgressStream *self;

  g_return_val_if_fail (G_IS_INPUT_STREAM (base), NULL);
  g_return_val_if_fail (counter != NULL, NULL);

  self = g_object_new (PAYDAY_TYPE_PROGRESS_STREAM, "base-stream", base, NULL);
  self->counter = counter;

  return G_INPUT_STREAM (self);
}
