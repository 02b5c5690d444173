/* payday-contract-row.h — one contract as the Contracts list shows it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "payday-document.h"

G_BEGIN_DECLS

#define PAYDAY_TYPE_CONTRACT_ROW (payday_contract_row_get_type ())

G_DECLARE_FINAL_TYPE (PaydayContractRow, payday_contract_row, PAYDAY, CONTRACT_ROW, GObject)

const char *payday_contract_row_get_id     (PaydayContractRow *self);
gboolean    payday_contract_rows_update    (GListStore        *store,
                                            PaydayDocument    *document);

typedef struct _PaydayContractRowsJob PaydayContractRowsJob;

PaydayContractRowsJob *payday_contract_rows_job_new         (GListStore            *store,
                                                             PaydayDocument        *document);
gboolean               payday_contract_rows_job_step        (PaydayContractRowsJob *job,
                                                             guint                  max_rows);
gboolean               payday_contract_rows_job_get_changed (PaydayContractRowsJob *job);
void                   payday_contract_rows_job_free        (PaydayContractRowsJob *job);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PaydayContractRowsJob, payday_contract_rows_job_free)

G_END_DECLS
