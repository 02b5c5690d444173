/* test-payment-items.c — the document's upcoming payments: objects kept by contract and
 * item, only the edited payment notifies
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>

#include "payday-document.h"
#include "payday-payment-item.h"
#include "payday-plan-entities.h"

typedef struct
{
  guint      n_items_changed;
  GPtrArray *notified;                  /* "KEY:property" */
} Watch;

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Watch      *watch)
{
  watch->n_items_changed++;
}

static void
on_notify (PaydayPaymentItem *item,
           GParamSpec        *pspec,
           Watch             *watch)
{
  g_ptr_array_add (watch->notified, g_strdup_printf ("%s:%s", payday_payment_item_get_key (item), pspec->name));
}

/* The model holds the schedule's upcoming items, in its order. */
static void
assert_model_matches_schedule (PaydayDocument *document)
{
  PaydaySchedule *schedule = payday_document_get_schedule (document);
  GListModel *payments = payday_document_get_payments (document);
  guint n = 0;

  for (guint i = 0; i < schedule->items->len; i++)
    {
      const PaydayItem *item = &g_array_index (schedule->items, PaydayItem, i);
      g_autoptr(PaydayPaymentItem) payment = NULL;

      if (item->available_on <= schedule->today ||
          item->available_on > schedule->today + PAYDAY_UPCOMING_DAYS)
        continue;

      payment = g_list_model_get_item (payments, n++);
      g_assert_nonnull (payment);
      g_assert_cmpstr (payday_payment_item_get_contract_id (payment), ==, item->contract_id);
      g_assert_cmpint (payday_payment_item_get_kind (payment), ==, item->kind);
      g_assert_cmpint (payday_payment_item_get_available_on (payment), ==, item->available_on);
      g_assert_cmpint (payday_payment_item_get_net (payment), ==, item->net_cents);
      g_assert_cmpint (payday_payment_item_get_status (payment), ==, item->status);
    }
  g_assert_cmpuint (g_list_model_get_n_items (payments), ==, n);
  g_assert_cmpuint (n, >, 0);
}

/* One worked week that is still to be paid gets an hour more: its payment object (the
 * same one) notifies its net, nothing else notifies and the list does not change. */
static void
test_payment_items_week_edit (void)
{
  g_autoptr(PaydayDocument) document = payday_document_new ();
  g_autoptr(PaydayCommand) command = payday_command_new ("Edit Week");
  g_autoptr(GError) error = NULL;
  g_autoptr(PaydayPaymentItem) edited = NULL;
  g_autofree char *expected = NULL;
  GListModel *payments = payday_document_get_payments (document);
  PaydaySchedule *schedule;
  const PaydayItem *week = NULL;
  const PaydayContract *contract;
  PaydayContract copy = { 0, };
  Watch watch = { 0, g_ptr_array_new_with_free_func (g_free) };

  g_assert_true (payday_document_load_sample (document, payday_date_from_ymd (2026, 3, 4), &error));
  g_assert_no_error (error);
  assert_model_matches_schedule (document);

  schedule = payday_document_get_schedule (document);
  for (guint i = 0; i < g_list_model_get_n_items (payments) && week == NULL; i++)
    {
      g_autoptr(PaydayPaymentItem) payment = g_list_model_get_item (payments, i);

      for (guint j = 0; j < schedule->items->len; j++)
        {
          const PaydayItem *item = &g_array_index (schedule->items, PaydayItem, j);

          if (item->kind == PAYDAY_ITEM_HOURLY_WEEK && !item->projected && item->source_index >= 0 &&
              item->available_on == payday_payment_item_get_available_on (payment) &&
              g_strcmp0 (item->contract_id, payday_payment_item_get_contract_id (payment)) == 0)
            {
              week = item;
              edited = g_object_ref (payment);
              break;
            }
        }
    }
  g_assert_nonnull (week);

  contract = &g_array_index (payday_document_get_plan (document)->contracts, PaydayContract, week->contract_index);
  payday_contract_copy_into (&copy, contract);
  g_array_index (copy.weeks, PaydayWeek, week->source_index).hours += 100;
  payday_command_replace_contract (command, copy.id, &copy);
  payday_contract_clear (&copy);

  g_signal_connect (payments, "items-changed", G_CALLBACK (on_items_changed), &watch);
  for (guint i = 0; i < g_list_model_get_n_items (payments); i++)
    {
      g_autoptr(PaydayPaymentItem) payment = g_list_model_get_item (payments, i);

      g_signal_connect (payment, "notify", G_CALLBACK (on_notify), &watch);
    }

  g_assert_true (payday_document_run (document, command, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (watch.n_items_changed, ==, 0);
  expected = g_strdup_printf ("%s:net", payday_payment_item_get_key (edited));
  g_assert_cmpuint (watch.notified->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (watch.notified, 0), ==, expected);
  assert_model_matches_schedule (document);

  g_signal_handlers_disconnect_by_data (payments, &watch);
  for (guint i = 0; i < g_list_model_get_n_items (payments); i++)
    {
      g_autoptr(PaydayPaymentItem) payment = g_list_model_get_item (payments, i);

      g_signal_handlers_disconnect_by_data (payment, &watch);
    }
  g_ptr_array_unref (watch.notified);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/payday/payment-items/week-edit", test_payment_items_week_edit);

  return g_test_run ();
}
