/* payday-pages.c — the window's pages, listed once
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "payday-badges-page.h"
#include "payday-compare-page.h"
#include "payday-connects-page.h"
#include "payday-contracts-page.h"
#include "payday-overview-page.h"
#include "payday-pages.h"
#include "payday-proposals-page.h"
#include "payday-simulator-page.h"

/* In the switcher's order. The first page is the one the window opens on; every page is
 * built the first time it is shown (payday_window_ensure_page()). */
static const PaydayPageInfo pages[] = {
  { "overview", N_("Overview"), "view-grid-symbolic", "<Alt>1", payday_overview_page_get_type },
  { "contracts", N_("Contracts"), "x-office-spreadsheet-symbolic", "<Alt>2", payday_contracts_page_get_type },
  { "connects", N_("Connects"), "emblem-shared-symbolic", "<Alt>3", payday_connects_page_get_type },
  { "proposals", N_("Proposals"), "mail-send-symbolic", "<Alt>4", payday_proposals_page_get_type },
  { "simulator", N_("Simulator"), "applications-science-symbolic", "<Alt>5", payday_simulator_page_get_type },
  { "badges", N_("Badges"), "starred-symbolic", "<Alt>6", payday_badges_page_get_type },
  { "compare", N_("Compare"), "view-dual-symbolic", "<Alt>7", payday_compare_page_get_type },
};

/**
 * payday_pages_get:
 * @n_pages: (out): where to store the number of pages
 *
 * Returns: (array length=n_pages) (transfer none): every page, in the switcher's order
 */
const PaydayPageInfo *
payday_pages_get (guint *n_pages)
{
  g_return_val_if_fail (n_pages != NULL, NULL);

  *n_pages = G_N_ELEMENTS (pages);

  return pages;
}

/**
 * payday_pages_lookup:
 * @name: a page's name, such as "contracts"
 *
 * Returns: (transfer none) (nullable): the page of that name, or %NULL
 */
const PaydayPageInfo *
payday_pages_lookup (const char *name)
{
  g_return_val_if_fail (name != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    if (strcmp (pages[i].name, name) == 0)
      return &pages[i];

  return NULL;
}
