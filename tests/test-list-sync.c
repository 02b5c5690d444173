/* test-list-sync.c — payday_list_sync(): objects kept by key, one items-changed per change
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <stdlib.h>
#include <string.h>

#include "payday-list-sync.h"

/* A row object with a key and a value; setting an equal value notifies nothing. */
#define TEST_TYPE_ROW (test_row_get_type ())
G_DECLARE_FINAL_TYPE (TestRow, test_row, TEST, ROW, GObject)

struct _TestRow
{
  GObject parent_instance;
  char   *key;
  int     value;
  guint   n_notifies;
};

G_DEFINE_FINAL_TYPE (TestRow, test_row, G_TYPE_OBJECT)

static void
test_row_finalize (GObject *object)
{
  g_free (TEST_ROW (object)->key);
  G_OBJECT_CLASS (test_row_parent_class)->finalize (object);
}

static void
test_row_class_init (TestRowClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = test_row_finalize;
}

static void
test_row_init (TestRow *self)
{
}

/* The new results: "key=value" strings. */
typedef struct
{
  const char * const *rows;
  char              **keys;
} Rows;

static const char *
new_key (gpointer data,
         guint    position)
{
  return ((Rows *) data)->keys[position];
}

static const char *
object_key (gpointer object)
{
  return TEST_ROW (object)->key;
}

static void
update (gpointer object,
        gpointer data,
        guint    position)
{
  TestRow *row = object;
  int value = atoi (strchr (((Rows *) data)->rows[position], '=') + 1);

  if (row->value != value)
    {
      row->value = value;
      row->n_notifies++;
    }
}

static gpointer
create (gpointer data,
        guint    position)
{
  TestRow *row = g_object_new (TEST_TYPE_ROW, NULL);

  row->key = g_strdup (((Rows *) data)->keys[position]);
  update (row, data, position);
  row->n_notifies = 0;
  return row;
}

static const PaydayListSyncFuncs funcs = { new_key, object_key, create, update };

typedef struct
{
  guint position, removed, added, n_signals;
} Changes;

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Changes    *changes)
{
  changes->position = position;
  changes->removed = removed;
  changes->added = added;
  changes->n_signals++;
}

static void
sync_rows (GListStore         *store,
      const char * const *rows)
{
  Rows r = { rows, NULL };
  guint n = g_strv_length ((char **) rows);

  r.keys = g_new0 (char *, n + 1);
  for (guint i = 0; i < n; i++)
    r.keys[i] = g_strndup (rows[i], strchr (rows[i], '=') - rows[i]);
  payday_list_sync (store, n, &funcs, &r);
  g_strfreev (r.keys);
}

static char *
describe (GListStore *store)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (store)); i++)
    {
      g_autoptr(TestRow) row = g_list_model_get_item (G_LIST_MODEL (store), i);

      g_string_append_printf (s, "%s%s=%d", i ? " " : "", row->key, row->value);
    }
  return g_string_free (s, FALSE);
}

static void
test_list_sync_keeps_objects (void)
{
  g_autoptr(GListStore) store = g_list_store_new (TEST_TYPE_ROW);
  const char *first[] = { "a=1", "b=2", "c=3", NULL };
  const char *changed[] = { "a=1", "b=5", "c=3", NULL };
  g_autoptr(TestRow) b = NULL;
  g_autoptr(TestRow) b_after = NULL;
  g_autofree char *text = NULL;
  Changes changes = { 0 };

  sync_rows (store, first);
  b = g_list_model_get_item (G_LIST_MODEL (store), 1);
  g_signal_connect (store, "items-changed", G_CALLBACK (on_items_changed), &changes);

  /* One value changed: the same object, one notification, no items-changed. */
  sync_rows (store, changed);
  b_after = g_list_model_get_item (G_LIST_MODEL (store), 1);
  g_assert_true (b == b_after);
  g_assert_cmpuint (b->n_notifies, ==, 1);
  g_assert_cmpuint (changes.n_signals, ==, 0);
  text = describe (store);
  g_assert_cmpstr (text, ==, "a=1 b=5 c=3");
}

static void
test_list_sync_insert_remove (void)
{
  g_autoptr(GListStore) store = g_list_store_new (TEST_TYPE_ROW);
  const char *first[] = { "a=1", "b=2", "c=3", "d=4", NULL };
  const char *inserted[] = { "a=1", "b=2", "x=9", "c=3", "d=4", NULL };
  const char *removed[] = { "a=1", "c=3", "d=4", NULL };
  const char *moved[] = { "d=4", "a=1", "c=3", NULL };
  const char *empty[] = { NULL };
  g_autoptr(TestRow) c = NULL;
  g_autoptr(TestRow) c_after = NULL;
  Changes changes = { 0 };
  char *text;

  sync_rows (store, first);
  c = g_list_model_get_item (G_LIST_MODEL (store), 2);
  g_signal_connect (store, "items-changed", G_CALLBACK (on_items_changed), &changes);

  sync_rows (store, inserted);
  g_assert_cmpuint (changes.n_signals, ==, 1);
  g_assert_cmpuint (changes.position, ==, 2);
  g_assert_cmpuint (changes.removed, ==, 0);
  g_assert_cmpuint (changes.added, ==, 1);

  sync_rows (store, removed);
  g_assert_cmpuint (changes.n_signals, ==, 2);
  g_assert_cmpuint (changes.position, ==, 1);
  g_assert_cmpuint (changes.removed, ==, 2);
  g_assert_cmpuint (changes.added, ==, 0);
  text = describe (store);
  g_assert_cmpstr (text, ==, "a=1 c=3 d=4");
  g_free (text);

  /* A move replaces the range between the unchanged ends, reusing the objects. */
  sync_rows (store, moved);
  g_assert_cmpuint (changes.n_signals, ==, 3);
  c_after = g_list_model_get_item (G_LIST_MODEL (store), 2);
  g_assert_true (c == c_after);
  text = describe (store);
  g_assert_cmpstr (text, ==, "d=4 a=1 c=3");
  g_free (text);

  sync_rows (store, empty);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/payday/list-sync/keeps-objects", test_list_sync_keeps_objects);
  g_test_add_func ("/payday/list-sync/insert-remove", test_list_sync_insert_remove);
  return g_test_run ();
}
