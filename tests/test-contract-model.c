/* test-contract-model.c — the document's contracts model: objects kept by id, property
 * notifications for an edit, items-changed only when contracts come or go
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "payday-contract-object.h"
#include "payday-document.h"
#include "payday-plan-entities.h"

#define TODAY payday_date_from_ymd (2026, 3, 4)

typedef struct
{
  guint      n_items_changed;
  guint      last_removed;
  guint      last_added;
  GPtrArray *notified;          /* "contract-id:property" */
} Watch;

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Watch      *watch)
{
  watch->n_items_changed++;
  watch->last_removed = removed;
  watch->last_added = added;
}

static void
on_notify (PaydayContractObject *object,
           GParamSpec           *pspec,
           Watch                *watch)
{
  g_ptr_array_add (watch->notified, g_strdup_printf ("%s:%s", payday_contract_object_get_id (object),
                                                     pspec->name));
}

static void
watch_model (Watch      *watch,
             GListModel *model)
{
  watch->notified = g_ptr_array_new_with_free_func (g_free);
  g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed), watch);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(PaydayContractObject) object = g_list_model_get_item (model, i);

      g_signal_connect (object, "notify", G_CALLBACK (on_notify), watch);
    }
}

static void
watch_reset (Watch *watch)
{
  watch->n_items_changed = 0;
  g_ptr_array_set_size (watch->notified, 0);
}

static gboolean
watch_saw (Watch      *watch,
           const char *what)
{
  return g_ptr_array_find_with_equal_func (watch->notified, what, g_str_equal, NULL);
}

/* The first hourly contract with hours in today's week. */
static const PaydayContract *
find_hourly_with_week (PaydayPlan *plan,
                       guint      *week_index)
{
  PaydayDate monday = payday_date_monday_of (TODAY);

  for (guint i = 0; i < plan->contracts->len; i++)
    {
      const PaydayContract *c = &g_array_index (plan->contracts, PaydayContract, i);

      for (guint w = 0; c->type == PAYDAY_CONTRACT_HOURLY && w < c->weeks->len; w++)
        if (g_array_index (c->weeks, PaydayWeek, w).week_start == monday)
          {
            *week_index = w;
            return c;
          }
    }
  return NULL;
}

static void
test_contract_model_follows_plan (void)
{
  g_autoptr(PaydayDocument) document = payday_document_new ();
  g_autoptr(GError) error = NULL;
  GListModel *model = payday_document_get_contracts (document);
  PaydayPlan *plan;
  GArray *facts;

  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  g_assert_true (payday_document_load_sample (document, TODAY, &error));
  g_assert_no_error (error);
  plan = payday_document_get_plan (document);
  facts = payday_document_get_contract_facts (document);

  g_assert_cmpuint (g_list_model_get_n_items (model), ==, plan->contracts->len);
  for (guint i = 0; i < plan->contracts->len; i++)
    {
      const PaydayContract *c = &g_array_index (plan->contracts, PaydayContract, i);
      const PaydayContractFacts *f = &g_array_index (facts, PaydayContractFacts, i);
      const PaydayClient *client = payday_plan_find_client (plan, c->client);
      g_autoptr(PaydayContractObject) object = g_list_model_get_item (model, i);

      g_assert_cmpstr (payday_contract_object_get_id (object), ==, c->id);
      g_assert_cmpstr (payday_contract_object_get_title (object), ==, c->title);
      g_assert_cmpstr (payday_contract_object_get_client_id (object), ==, c->client);
      g_assert_cmpstr (payday_contract_object_get_client_name (object), ==, client->name);
      g_assert_cmpint (payday_contract_object_get_contract_type (object), ==, c->type);
      g_assert_cmpint (payday_contract_object_get_state (object), ==, f->state);
      g_assert_cmpint (payday_contract_object_get_amount (object), ==, f->amount_cents);
      g_assert_cmpint (payday_contract_object_get_week_hours (object), ==, f->week_hours);
      g_assert_cmpint (payday_contract_object_get_next_date (object), ==, f->next_date);
      g_assert_cmpint (payday_contract_object_get_next_net (object), ==, f->next_net);
      g_assert_cmpint (payday_contract_object_get_waiting_net (object), ==, f->waiting_net);
      g_assert_cmpint (payday_contract_object_get_today (object), ==, TODAY);
    }
}

/* Changing one contract's week notifies that object's changed figures and nothing else. */
static void
test_contract_model_week_edit (void)
{
  g_autoptr(PaydayDocument) document = payday_document_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PaydayCommand) command = payday_command_new ("Hours");
  g_autoptr(PaydayContractObject) first = NULL;
  GListModel *model = payday_document_get_contracts (document);
  const PaydayContract *c;
  PaydayContract copy;
  Watch watch = { 0 };
  g_autofree char *hours = NULL;
  g_autofree char *title = NULL;
  guint w;

  g_assert_true (payday_document_load_sample (document, TODAY, &error));
  c = find_hourly_with_week (payday_document_get_plan (document), &w);
  g_assert_nonnull (c);
  first = g_list_model_get_item (model, 0);
  watch_model (&watch, model);

  payday_contract_copy_into (&copy, c);
  g_array_index (copy.weeks, PaydayWeek, w).hours += 150;
  payday_command_replace_contract (command, c->id, &copy);
  g_assert_true (payday_document_run (document, command, &error));
  g_assert_no_error (error);

  hours = g_strdup_printf ("%s:week-hours", copy.id);
  title = g_strdup_printf ("%s:title", copy.id);
  g_assert_cmpuint (watch.n_items_changed, ==, 0);
  g_assert_true (watch_saw (&watch, hours));
  g_assert_false (watch_saw (&watch, title));
  for (guint i = 0; i < watch.notified->len; i++)
    g_assert_true (g_str_has_prefix (g_ptr_array_index (watch.notified, i), copy.id) &&
                   ((char *) g_ptr_array_index (watch.notified, i))[strlen (copy.id)] == ':');

  /* Undo puts the old figures back, on the same objects. */
  watch_reset (&watch);
  g_assert_true (payday_document_undo (document));
  g_assert_cmpuint (watch.n_items_changed, ==, 0);
  g_assert_true (watch_saw (&watch, hours));
  g_assert_true (first == g_list_model_get_item (model, 0));
  g_object_unref (first);

  payday_contract_clear (&copy);
  g_ptr_array_unref (watch.notified);
}

/* Adding and removing a contract changes the items around it, once. */
static void
test_contract_model_add_remove (void)
{
  g_autoptr(PaydayDocument) document = payday_document_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PaydayCommand) add = payday_command_new ("Add");
  g_autoptr(PaydayCommand) remove = payday_command_new ("Remove");
  GListModel *model = payday_document_get_contracts (document);
  PaydayPlan *plan;
  PaydayContract copy;
  Watch watch = { 0 };
  guint n;

  g_assert_true (payday_document_load_sample (document, TODAY, &error));
  plan = payday_document_get_plan (document);
  n = plan->contracts->len;
  watch_model (&watch, model);

  payday_contract_copy_into (&copy, &g_array_index (plan->contracts, PaydayContract, 0));
  g_free (copy.id);
  copy.id = payday_plan_new_contract_id (plan);
  payday_command_add_contract (add, &copy, NULL);
  g_assert_true (payday_document_run (document, add, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n + 1);
  g_assert_cmpuint (watch.n_items_changed, ==, 1);
  g_assert_cmpuint (watch.last_removed, ==, 0);
  g_assert_cmpuint (watch.last_added, ==, 1);

  watch_reset (&watch);
  payday_command_remove_contract (remove, copy.id);
  g_assert_true (payday_document_run (document, remove, &error));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n);
  g_assert_cmpuint (watch.n_items_changed, ==, 1);
  g_assert_cmpuint (watch.last_removed, ==, 1);
  g_assert_cmpuint (watch.last_added, ==, 0);

  payday_contract_clear (&copy);
  g_ptr_array_unref (watch.notified);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/payday/contract-model/follows-plan", test_contract_model_follows_plan);
  g_test_add_func ("/payday/contract-model/week-edit", test_contract_model_week_edit);
  g_test_add_func ("/payday/contract-model/add-remove", test_contract_model_add_remove);

  return g_test_run ();
}
