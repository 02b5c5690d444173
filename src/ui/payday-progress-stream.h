/* payday-progress-stream.h — an input stream that counts the bytes read through it, so
 * another thread can show how far a long read has come
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define PAYDAY_TYPE_PROGRESS_STREAM (payday_progress_stream_get_type ())

G_DECLARE_FINAL_TYPE (PaydayProgressStream, payday_progress_stream, PAYDAY, PROGRESS_STREAM,
                      GFilterInputStream)

GInputStream *payday_progress_stream_new (GInputStream *base,
                                          gint         *counter);

G_END_DECLS
