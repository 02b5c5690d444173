/* connects-test-util.h — hand-built plans and rule editions for the Connects tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "payday-plan.h"
#include "payday-rules.h"

#include "core-test-util.h"

/* Test inputs are built in C, not loaded: the tests of the Connects engines must not depend on
 * the plan or rules loaders. Every function is static inline so a test file that does not
 * use one gets no unused-function warning. */

/* An edition shaped like Upwork's 2019 Connects rules; tests change the fields they need. */
static inline PaydayEdition *
test_edition_new (const char *effective_from)
{
  PaydayEdition *e = g_new0 (PaydayEdition, 1);
  static const int sizes[] = { 10, 20, 40, 60, 80 };

  e->effective_from = D (effective_from);
  e->title = g_strdup (effective_from);
  e->connects_price_cents = 15;
  e->connects_bundles = g_array_new (FALSE, FALSE, sizeof (int));
  g_array_append_vals (e->connects_bundles, sizes, G_N_ELEMENTS (sizes));
  e->connects_proposal_cost_min = 1;
  e->connects_proposal_cost_max = 6;
  e->connects_signup_grant = 20;
  e->connects_monthly_free = 10;
  e->connects_plus_price_cents = 1499;
  e->connects_plus_monthly = 70;
  e->connects_rollover_limit = PAYDAY_NONE;
  e->connects_expiry_days = 365;
  e->connects_rising_talent_bonus = 30;
  e->connects_boost = TRUE;
  return e;
}

static inline void
test_edition_free (PaydayEdition *e)
{
  g_clear_pointer (&e->connects_bundles, g_array_unref);
  g_free (e->title);
  g_free (e);
}

static inline void
test_edition_set_bundles (PaydayEdition *e,
                          const int     *sizes,
                          guint          n)
{
  g_array_set_size (e->connects_bundles, 0);
  g_array_append_vals (e->connects_bundles, sizes, n);
}

static inline PaydayRules *
test_rules_new (void)
{
  PaydayRules *rules = g_new0 (PaydayRules, 1);

  g_atomic_ref_count_init (&rules->ref_count);
  rules->id = g_strdup ("test");
  rules->name = g_strdup ("Test");
  rules->editions = g_ptr_array_new_with_free_func ((GDestroyNotify) test_edition_free);
  return rules;
}

/* Appends an edition (effective_from ascending, as the loader guarantees) and returns it. */
static inline PaydayEdition *
test_rules_add (PaydayRules *rules,
                const char  *effective_from)
{
  PaydayEdition *e = test_edition_new (effective_from);

  g_ptr_array_add (rules->editions, e);
  return e;
}

static inline void
test_rules_free (PaydayRules *rules)
{
  g_ptr_array_unref (rules->editions);
  g_free (rules->id);
  g_free (rules->name);
  g_free (rules);
}

static inline PaydayProposal *
test_add_proposal (PaydayPlan           *plan,
                   const char           *id,
                   const char           *date,
                   int                   connects,
                   PaydayProposalStatus  status)
{
  PaydayProposal p = { 0 };

  p.id = g_strdup (id);
  p.date = D (date);
  p.status_date = PAYDAY_DATE_NONE;
  p.title = g_strdup (id);
  p.connects = connects;
  p.status = status;
  g_array_append_val (plan->proposals, p);
  return &g_array_index (plan->proposals, PaydayProposal, plan->proposals->len - 1);
}

static inline void
test_add_transaction (PaydayPlan            *plan,
                      const char            *id,
                      const char            *date,
                      PaydayTransactionType  type,
                      int                    amount)
{
  PaydayTransaction tx = { 0 };

  tx.id = g_strdup (id);
  tx.date = D (date);
  tx.type = type;
  tx.amount = amount;
  tx.price_cents = PAYDAY_NONE;
  g_array_append_val (plan->connects.transactions, tx);
}

static inline void
test_add_membership (PaydayPlan           *plan,
                     PaydayMembershipPlan  kind,
                     const char           *from,
                     const char           *to)
{
  PaydayMembership m = { 0 };

  m.plan = kind;
  m.from = D (from);
  m.to = to != NULL ? D (to) : PAYDAY_DATE_NONE;
  g_array_append_val (plan->connects.membership, m);
}
