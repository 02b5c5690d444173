/* payday-rates-private.h — the rate table's fields, shared by the files of payday-rates
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "payday-rates.h"

G_BEGIN_DECLS

typedef struct
{
  char   code[4];
  double rate;
} PaydayRateEntry;

struct _PaydayRateTable
{
  gatomicrefcount  ref_count;
  char            *source;
  char             base[4];
  PaydayDate       date;
  GArray          *entries;   /* PaydayRateEntry, in document order */
};

G_END_DECLS
