/* payday-contracts-page-private.h — what the Contracts page's source files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "payday-contract-object.h"
#include "payday-contracts-page.h"
#include "payday-date-entry.h"
#include "payday-editor-util.h"
#include "payday-fixed-editor.h"
#include "payday-hourly-editor.h"

G_BEGIN_DECLS

struct _PaydayContractsPage
{
  GtkWidget           parent_instance;

  PaydayDocument     *document;
  char               *selected_id;
  guint               updating : 1;

  AdwToastOverlay    *toast_overlay;
  AdwLeaflet         *leaflet;
  GtkSearchEntry     *search_entry;
  GtkStack           *list_stack;
  GtkColumnView      *column_view;
  GtkColumnViewColumn *column_upwork;
  GtkWidget          *editor_pane;
  GtkWidget          *back_bar;
  GtkLabel           *editor_title;
  GtkStack           *editor_stack;
  AdwEntryRow        *title_row;
  AdwComboRow        *client_row;
  PaydayDateEntry    *start_entry;
  PaydayDateEntry    *end_entry;
  PaydayHourlyEditor *hourly_editor;
  PaydayFixedEditor  *fixed_editor;
  GtkSingleSelection *selection;     /* the document's contracts, filtered and sorted */
  GtkSortListModel   *sorted;
  GtkFilterListModel *filtered;
  GtkStringFilter    *filter;
};

void                  payday_contracts_page_toast             (PaydayContractsPage *self,
                                                               const char          *title);
const PaydayContract *payday_contracts_page_selected_contract (PaydayContractsPage *self);
void                  payday_contracts_page_install_actions   (GtkWidgetClass      *widget_class);

G_END_DECLS
