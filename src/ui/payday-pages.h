/* payday-pages.h — the window's pages, listed once
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * PaydayPageInfo:
 * @name: the page's name in the window's view stack, and the target of
 *   `win.show-named-page`
 * @title: the switcher's label, marked for translation; show it through gettext
 * @icon_name: the switcher's icon
 * @accelerator: the key that shows the page, as gtk_accelerator_parse() reads it
 * @get_type: the page widget's type; it has a "document" property
 *
 * One page of the window. The window builds its switcher, its accelerators and the
 * shortcuts window's "Pages" group from these rows, and the tests iterate them.
 */
typedef struct
{
  const char *name;
  const char *title;
  const char *icon_name;
  const char *accelerator;
  GType     (*get_type) (void);
} PaydayPageInfo;

const PaydayPageInfo *payday_pages_get    (guint      *n_pages);
const PaydayPageInfo *payday_pages_lookup (const char *name);

G_END_DECLS
