/* payday-plan-private.h — internals shared by the plan loader, saver and their tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "payday-plan.h"

G_BEGIN_DECLS

/* Bounds the loader enforces before and while parsing. */
#define PAYDAY_PLAN_MAX_SIZE  (256 * 1024 * 1024)
#define PAYDAY_PLAN_MAX_DEPTH 64

/* Shortest text that reads back as the same double ("0.1", not "0.10000000000000001"). */
char     *payday_plan_format_double          (double      value);

JsonObject *payday_json_object_deep_copy     (JsonObject *obj);

/* The file's words for PaydayActualKind and PaydayActualSource, NULL-terminated. */
extern const char * const payday_actual_kind_names[];
extern const char * const payday_actual_source_names[];

/* Test-only fault injection: the next saves fail with G_IO_ERROR_NO_SPACE once @bytes bytes
 * of the temporary file are written; -1 (the default) turns it off. */
void      payday_plan_saver_set_fail_after   (gssize      bytes);

G_END_DECLS
