/* payday-plan-changes.h — what an edit touched, so derived results recompute only that
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "payday-plan-edit.h"

G_BEGIN_DECLS

/* The entities and parts an edit (or its undo) changed, by id. The engines read it to
 * recompute only what depends on them (docs/schedule.md):
 * the schedule one contract's items and its client's fee chain, the ledger nothing at all
 * unless proposals or Connects changed. `everything` stands for a change they cannot
 * narrow down: a new plan, new rules, another day. */
typedef struct
{
  GPtrArray *contracts;                 /* char *: contracts replaced, inserted or removed */
  GPtrArray *clients;                   /* char *: clients replaced, inserted or removed */
  GPtrArray *proposals;                 /* char *: proposals replaced, inserted or removed */
  guint      parts;                     /* 1 << PaydayPlanPart for each part changed */
  gboolean   everything;
} PaydayPlanChanges;

PaydayPlanChanges *payday_plan_changes_new           (void);
void               payday_plan_changes_free          (PaydayPlanChanges       *changes);
void               payday_plan_changes_clear         (PaydayPlanChanges       *changes);
void               payday_plan_changes_add_contract  (PaydayPlanChanges       *changes,
                                                      const char              *id);
void               payday_plan_changes_add_client    (PaydayPlanChanges       *changes,
                                                      const char              *id);
void               payday_plan_changes_add_proposal  (PaydayPlanChanges       *changes,
                                                      const char              *id);
void               payday_plan_changes_add_part      (PaydayPlanChanges       *changes,
                                                      PaydayPlanPart           part);
gboolean           payday_plan_changes_has_contract  (const PaydayPlanChanges *changes,
                                                      const char              *id);
gboolean           payday_plan_changes_is_empty      (const PaydayPlanChanges *changes);
void               payday_plan_edit_collect_changes  (const PaydayPlanEdit    *edit,
                                                      PaydayPlanChanges       *changes);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PaydayPlanChanges, payday_plan_changes_free)

G_END_DECLS
