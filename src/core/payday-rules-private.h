/* payday-rules-private.h — internals shared by the files of payday-rules
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "payday-error.h"
#include "payday-plan-read-private.h"
#include "payday-rules.h"

G_BEGIN_DECLS

#define MAX_DAYS 36500
#define MAX_CONNECTS 1000000
#define MAX_UNVERIFIED 1000
#define UNSET (-1)

/* Collects every problem found, one "PATH: message" line each, through the plan reader's
 * payday_read_problem(); the loader reports them all. */
typedef PaydayReader Checker;

G_GNUC_INTERNAL
gboolean
read_int (Checker    *checker,
          JsonNode   *node,
          const char *path,
          gint64      min,
          gint64      max,
          gint64     *out);

G_GNUC_INTERNAL
gboolean
read_percent (Checker    *checker,
              JsonNode   *node,
              const char *path,
              gint32     *out_bp);

G_GNUC_INTERNAL
gboolean
read_bool (Checker    *checker,
           JsonNode   *node,
           const char *path,
           gboolean   *out);

G_GNUC_INTERNAL
const char *
read_string (Checker    *checker,
             JsonNode   *node,
             const char *path,
             gboolean    non_empty);

G_GNUC_INTERNAL
JsonObject *
read_object (Checker    *checker,
             JsonNode   *node,
             const char *path);

G_GNUC_INTERNAL
JsonArray *
read_array (Checker    *checker,
            JsonNode   *node,
            const char *path);

G_GNUC_INTERNAL
JsonNode *
member (JsonObject *object,
        const char *name);

G_GNUC_INTERNAL
void
check_known_members (Checker            *checker,
                     JsonObject         *object,
                     const char         *path,
                     const char * const *known);

G_GNUC_INTERNAL
void
check_badges (Checker    *checker,
              JsonNode   *node,
              const char *path);

G_GNUC_INTERNAL
PaydayEdition *
parse_edition (Checker             *checker,
               JsonNode            *node,
               guint                index,
               const PaydayEdition *prev);

G_GNUC_INTERNAL
void
edition_free (PaydayEdition *edition);

G_END_DECLS
