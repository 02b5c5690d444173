/* payday-plan-read-private.h — typed, path-naming readers of JSON members for the plan loader
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "payday-plan.h"

G_BEGIN_DECLS

#define PAYDAY_WEEK_HOURS_MAX 16800        /* hundredths: 168 hours, a whole week */
#define PAYDAY_COUNT_MAX      1000000      /* Connects counts and similar small integers */
#define PAYDAY_PLAN_MAX_STRING 10000       /* characters in any string: ids, titles, notes */
#define PAYDAY_PLAN_MAX_ITEMS  1000000     /* entries in any list of the plan */

typedef struct
{
  GPtrArray *problems;            /* char *, "path: message" */
} PaydayReader;

void payday_read_problem (PaydayReader *l,
                          const char   *path,
                          const char   *format,
                          ...) G_GNUC_PRINTF (3, 4);

void payday_read_member_problem (PaydayReader *l,
                                 const char   *path,
                                 const char   *name,
                                 const char   *format,
                                 ...) G_GNUC_PRINTF (4, 5);

char *payday_read_join (const char *parent,
                        const char *name);

char *payday_read_join_index (const char *parent,
                              const char *name,
                              guint       index);

char *payday_read_describe (JsonNode *node);

JsonNode *payday_read_get (JsonObject *obj,
                           const char *name);

gboolean payday_read_holds_type (JsonNode *node,
                                 GType     type);

gboolean payday_read_holds_number (JsonNode *node);

double payday_read_number_of (JsonNode *node);

gboolean payday_read_integer_of (JsonNode *node,
                                 gint64   *out);

void payday_read_missing (PaydayReader *l,
                          const char   *path,
                          const char   *name);

void payday_read_wrong (PaydayReader *l,
                        const char   *path,
                        const char   *name,
                        JsonNode     *node,
                        const char   *expected);

gboolean payday_read_string (PaydayReader  *l,
                             JsonObject    *obj,
                             const char    *path,
                             const char    *name,
                             gboolean       required,
                             char         **out);

gboolean payday_read_id (PaydayReader  *l,
                         JsonObject    *obj,
                         const char    *path,
                         const char    *name,
                         gboolean       required,
                         char         **out);

gboolean payday_read_date (PaydayReader *l,
                           JsonObject   *obj,
                           const char   *path,
                           const char   *name,
                           gboolean      required,
                           PaydayDate   *out);

gboolean payday_read_bool (PaydayReader *l,
                           JsonObject   *obj,
                           const char   *path,
                           const char   *name,
                           gboolean     *out);

gboolean payday_read_int (PaydayReader *l,
                          JsonObject   *obj,
                          const char   *path,
                          const char   *name,
                          gboolean      required,
                          gint64        min,
                          gint64        max,
                          gint64       *out);

gboolean payday_read_int32 (PaydayReader *l,
                            JsonObject   *obj,
                            const char   *path,
                            const char   *name,
                            gboolean      required,
                            gint64        min,
                            gint64        max,
                            int          *out);

gboolean payday_read_cents (PaydayReader *l,
                            JsonObject   *obj,
                            const char   *path,
                            const char   *name,
                            gboolean      required,
                            PaydayCents  *out);

gboolean payday_read_hundredths (PaydayReader *l,
                                 JsonObject   *obj,
                                 const char   *path,
                                 const char   *name,
                                 gboolean      required,
                                 gint64        max,
                                 const char   *expected,
                                 const char   *too_big,
                                 gint64       *out);

gboolean payday_read_hours (PaydayReader *l,
                            JsonObject   *obj,
                            const char   *path,
                            const char   *name,
                            gboolean      required,
                            gint64       *out);

gboolean payday_read_double (PaydayReader *l,
                             JsonObject   *obj,
                             const char   *path,
                             const char   *name,
                             int           max,
                             double       *out);

gboolean payday_read_enum (PaydayReader       *l,
                           JsonObject         *obj,
                           const char         *path,
                           const char         *name,
                           gboolean            required,
                           const char * const *names,
                           int                *out);

JsonObject *payday_read_object (PaydayReader *l,
                                JsonObject   *obj,
                                const char   *path,
                                const char   *name);

JsonArray *payday_read_array (PaydayReader *l,
                              JsonObject   *obj,
                              const char   *path,
                              const char   *name);

JsonObject *payday_read_element (PaydayReader *l,
                                 JsonArray    *array,
                                 guint         i,
                                 const char   *elem_path);

JsonObject *payday_read_collect_extra (JsonObject         *obj,
                                       const char * const *known);

void payday_read_check_unique (PaydayReader *l,
                               GHashTable   *seen,
                               const char   *id,
                               const char   *path);

GHashTable *payday_read_new_seen (void);

void payday_read_check_order (PaydayReader *l,
                              const char   *path,
                              const char   *earlier_name,
                              PaydayDate    earlier,
                              const char   *later_name,
                              PaydayDate    later);

char *payday_read_hundredths_text (gint64 hundredths);

G_END_DECLS
