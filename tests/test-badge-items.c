/* test-badge-items.c — the document's badge model: objects kept by id, only what an edit
 * changed notifies
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>

#include "payday-badge-item.h"
#include "payday-criterion-item.h"
#include "payday-document.h"
#include "payday-plan-entities.h"

/* Every items-changed of the badge model and of each badge's criteria, and every property
 * notification of their objects, by "badge/criterion:property". */
typedef struct
{
  guint       n_items_changed;
  GPtrArray  *notified;
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
on_badge_notify (PaydayBadgeItem *item,
                 GParamSpec      *pspec,
                 Watch           *watch)
{
  g_ptr_array_add (watch->notified, g_strdup_printf ("%s:%s", payday_badge_item_get_id (item), pspec->name));
}

static void
on_criterion_notify (PaydayCriterionItem *item,
                     GParamSpec          *pspec,
                     Watch               *watch)
{
  g_ptr_array_add (watch->notified, g_strdup_printf ("%s:%s", payday_criterion_item_get_id (item), pspec->name));
}

static void
watch_model (PaydayDocument *document,
             Watch          *watch)
{
  GListModel *badges = payday_document_get_badge_items (document);

  watch->notified = g_ptr_array_new_with_free_func (g_free);
  g_signal_connect (badges, "items-changed", G_CALLBACK (on_items_changed), watch);
  for (guint i = 0; i < g_list_model_get_n_items (badges); i++)
    {
      g_autoptr(PaydayBadgeItem) badge = g_list_model_get_item (badges, i);
      GListModel *criteria = payday_badge_item_get_criteria (badge);

      g_signal_connect (badge, "notify", G_CALLBACK (on_badge_notify), watch);
      g_signal_connect (criteria, "items-changed", G_CALLBACK (on_items_changed), watch);
      for (guint j = 0; j < g_list_model_get_n_items (criteria); j++)
        {
          g_autoptr(PaydayCriterionItem) criterion = g_list_model_get_item (criteria, j);

          g_signal_connect (criterion, "notify", G_CALLBACK (on_criterion_notify), watch);
        }
    }
}

static void
unwatch_model (PaydayDocument *document,
               Watch          *watch)
{
  GListModel *badges = payday_document_get_badge_items (document);

  g_signal_handlers_disconnect_by_data (badges, watch);
  for (guint i = 0; i < g_list_model_get_n_items (badges); i++)
    {
      g_autoptr(PaydayBadgeItem) badge = g_list_model_get_item (badges, i);
      GListModel *criteria = payday_badge_item_get_criteria (badge);

      g_signal_handlers_disconnect_by_data (badge, watch);
      g_signal_handlers_disconnect_by_data (criteria, watch);
      for (guint j = 0; j < g_list_model_get_n_items (criteria); j++)
        {
          g_autoptr(PaydayCriterionItem) criterion = g_list_model_get_item (criteria, j);

          g_signal_handlers_disconnect_by_data (criterion, watch);
        }
    }
  g_clear_pointer (&watch->notified, g_ptr_array_unref);
}

static gboolean
notified (Watch      *watch,
          const char *what)
{
  for (guint i = 0; i < watch->notified->len; i++)
    if (g_strcmp0 (g_ptr_array_index (watch->notified, i), what) == 0)
      return TRUE;
  return FALSE;
}

/* The model holds what the engine's report says, in its order. */
static void
assert_model_matches_report (PaydayDocument *document)
{
  const PaydayBadgeReport *report = payday_document_get_badges (document);
  GListModel *badges = payday_document_get_badge_items (document);

  g_assert_cmpuint (g_list_model_get_n_items (badges), ==, report->badges->len);
  for (guint i = 0; i < report->badges->len; i++)
    {
      const PaydayBadge *badge = &g_array_index (report->badges, PaydayBadge, i);
      g_autoptr(PaydayBadgeItem) item = g_list_model_get_item (badges, i);
      GListModel *criteria = payday_badge_item_get_criteria (item);
      guint n_met = 0;

      g_assert_cmpstr (payday_badge_item_get_id (item), ==, badge->id);
      g_assert_cmpstr (payday_badge_item_get_name (item), ==, badge->name);
      g_assert_cmpint (payday_badge_item_get_eligible (item), ==, badge->eligible);
      g_assert_cmpint (payday_badge_item_get_projected_on (item), ==, badge->projected_on);
      g_assert_cmpstr (payday_badge_item_get_next_step (item), ==, badge->next_step);
      g_assert_true (g_strv_equal (payday_badge_item_get_benefits (item),
                                   (const char * const *) badge->benefits));
      g_assert_cmpuint (g_list_model_get_n_items (criteria), ==, badge->criteria->len);
      for (guint j = 0; j < badge->criteria->len; j++)
        {
          const PaydayBadgeCriterion *c = &g_array_index (badge->criteria, PaydayBadgeCriterion, j);
          g_autoptr(PaydayCriterionItem) ci = g_list_model_get_item (criteria, j);

          g_assert_cmpstr (payday_criterion_item_get_id (ci), ==, c->id);
          g_assert_cmpint (payday_criterion_item_get_kind (ci), ==, c->kind);
          g_assert_cmpint (payday_criterion_item_get_met (ci), ==, c->met);
          g_assert_cmpint (payday_criterion_item_get_value (ci), ==, c->value);
          g_assert_cmpint (payday_criterion_item_get_threshold (ci), ==, c->threshold);
          g_assert_cmpint (payday_criterion_item_get_met_on (ci), ==, c->met_on);
          n_met += c->met ? 1 : 0;
        }
      g_assert_cmpuint (payday_badge_item_get_n_met (item), ==, n_met);
    }
}

static PaydayDocument *
sample_document (void)
{
  PaydayDocument *document = payday_document_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (payday_document_load_sample (document, payday_date_from_ymd (2026, 3, 4), &error));
  g_assert_no_error (error);
  assert_model_matches_report (document);

  return document;
}

static void
run (PaydayDocument *document,
     PaydayCommand  *command)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (payday_document_run (document, command, &error));
  g_assert_no_error (error);
}

/* A planned week of one contract, months ahead: no badge moves, so the badge model emits
 * nothing at all. */
static void
test_badge_items_week_edit (void)
{
  g_autoptr(PaydayDocument) document = sample_document ();
  g_autoptr(PaydayCommand) command = payday_command_new ("Edit Week");
  PaydayPlan *plan = payday_document_get_plan (document);
  const PaydayContract *hourly = NULL;
  PaydayContract copy = { 0, };
  Watch watch = { 0, };

  for (guint i = 0; i < plan->contracts->len && hourly == NULL; i++)
    {
      const PaydayContract *c = &g_array_index (plan->contracts, PaydayContract, i);

      if (c->type == PAYDAY_CONTRACT_HOURLY && c->weeks != NULL && c->weeks->len > 0)
        hourly = c;
    }
  g_assert_nonnull (hourly);

  payday_contract_copy_into (&copy, hourly);
  g_array_index (copy.weeks, PaydayWeek, copy.weeks->len - 1).hours += 100;
  payday_command_replace_contract (command, copy.id, &copy);
  payday_contract_clear (&copy);

  watch_model (document, &watch);
  run (document, command);

  g_assert_cmpuint (watch.n_items_changed, ==, 0);
  assert_model_matches_report (document);
  unwatch_model (document, &watch);
}

/* A profile flag: the one criterion that reads it notifies "met", its badge its counts and
 * standing; no list changes. */
static void
test_badge_items_profile_flag (void)
{
  g_autoptr(PaydayDocument) document = sample_document ();
  g_autoptr(PaydayCommand) command = payday_command_new ("Edit Profile");
  PaydayProfile *profile = payday_document_dup_part (document, PAYDAY_PLAN_PART_PROFILE);
  GListModel *badges = payday_document_get_badge_items (document);
  g_autoptr(PaydayBadgeItem) first = g_list_model_get_item (badges, 0);
  Watch watch = { 0, };

  g_assert_true (profile->profile_complete);
  profile->profile_complete = FALSE;
  payday_command_take_part (command, PAYDAY_PLAN_PART_PROFILE, profile);

  watch_model (document, &watch);
  run (document, command);

  g_assert_cmpuint (watch.n_items_changed, ==, 0);
  g_assert_true (notified (&watch, "profile_complete:met"));
  g_assert_true (notified (&watch, "top_rated:n-met"));
  g_assert_true (notified (&watch, "top_rated:eligible"));
  /* Nothing that stayed the same notifies. */
  g_assert_false (notified (&watch, "top_rated:name"));
  g_assert_false (notified (&watch, "top_rated:benefits"));
  g_assert_false (notified (&watch, "top_rated:jss-history"));
  g_assert_false (notified (&watch, "jss:value"));
  /* The objects are the same ones. */
  {
    g_autoptr(PaydayBadgeItem) again = g_list_model_get_item (badges, 0);

    g_assert_true (again == first);
  }
  assert_model_matches_report (document);
  unwatch_model (document, &watch);

  /* Undo brings every figure back. */
  g_assert_true (payday_document_undo (document));
  assert_model_matches_report (document);
}

/* A new empty plan has no badges at all, then the sample brings them back. */
static void
test_badge_items_replace_plan (void)
{
  g_autoptr(PaydayDocument) document = sample_document ();
  GListModel *badges = payday_document_get_badge_items (document);
  g_autoptr(GError) error = NULL;
  guint n = g_list_model_get_n_items (badges);

  g_assert_cmpuint (n, >, 0);
  g_assert_true (payday_document_load_new (document, PAYDAY_DATE_NONE, &error));
  g_assert_no_error (error);
  assert_model_matches_report (document);
  g_assert_true (payday_document_load_sample (document, payday_date_from_ymd (2026, 3, 4), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (badges), ==, n);
  assert_model_matches_report (document);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/payday/badge-items/week-edit", test_badge_items_week_edit);
  g_test_add_func ("/payday/badge-items/profile-flag", test_badge_items_profile_flag);
  g_test_add_func ("/payday/badge-items/replace-plan", test_badge_items_replace_plan);

  return g_test_run ();
}
