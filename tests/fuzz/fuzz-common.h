/* fuzz-common.h — shared set-up of the libFuzzer targets: fatal criticals, input as a string
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <stddef.h>
#include <stdint.h>

#include <glib.h>

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

/* A critical or a warning is a bug the fuzzer found: make it abort so libFuzzer reports it
 * with the input, just as G_DEBUG=fatal-warnings does in the test suite. */
static inline void
fuzz_init_logging (void)
{
  g_log_set_always_fatal (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  g_setenv ("G_DEBUG", "fatal-warnings", TRUE);
}

/* The loaders take (data, length); libFuzzer's buffer is not NUL-terminated and may hold NULs,
 * which is exactly what a file can hold too, so it is passed as is with its length. An empty
 * input is passed as "" because the loaders require non-NULL data. */
static inline const char *
fuzz_text (const uint8_t *data,
           size_t         size)
{
  return size == 0 ? "" : (const char *) data;
}
