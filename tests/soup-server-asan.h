/* soup-server-asan.h — full stack unwinding under ASan for a test that runs a SoupServer
 *
 * Include from exactly one file of a test program that runs a local libsoup 3.2 SoupServer
 * (test-rates-service, test-cli). That server leaks the GSocket of every accepted connection
 * and the address it listens on; build-aux/lsan.supp names those libsoup/GIO frames. Debian's
 * GLib and libsoup have no frame pointers, so ASan's fast unwinder stops at g_malloc and no
 * suppression could recognise the leak: this test unwinds fully at every malloc instead.
 * Only these two programs pay for it (the whole sanitizer suite with full unwinding takes
 * minutes); their child processes keep the fast default. ASAN_OPTIONS still overrides it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#if defined(__SANITIZE_ADDRESS__)
# define PAYDAY_TEST_ASAN 1
#elif defined(__has_feature)
# if __has_feature(address_sanitizer)
#  define PAYDAY_TEST_ASAN 1
# endif
#endif

#ifdef PAYDAY_TEST_ASAN
const char *__asan_default_options (void);

const char *
__asan_default_options (void)
{
  return "fast_unwind_on_malloc=0";
}
#endif
