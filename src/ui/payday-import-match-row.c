/* payday-import-match-row.c — one contract of an imported file, and the drop-down that
 * chooses the plan contract it goes to
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "payday-import-match-row.h"
#include "payday-ui-util.h"

struct _PaydayImportMatchRow
{
  AdwActionRow        parent_instance;

  PaydayImportMatch  *match;
  GStrv               choice_ids;          /* per choice: a contract id; "" = create one */
  gboolean            syncing;

  /* Template widgets */
  GtkDropDown        *drop_down;
};

G_DEFINE_FINAL_TYPE (PaydayImportMatchRow, payday_import_match_row, ADW_TYPE_ACTION_ROW)

enum {
  PROP_0,
  PROP_MATCH,
  N_PROPS
};

enum {
  CHOOSE,
  N_SIGNALS
};

static GParamSpec *properties [N_PROPS];
static guint signals [N_SIGNALS];

static char *
match_subtitle (const char *upwork_id,
                guint       n_rows,
                gint64      amount)
{
  g_autofree char *money = payday_ui_format_money (amount);
  g_autofree char *rows = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u row", "%u rows",
                                                        n_rows),
                                           n_rows);

  if (upwork_id == NULL)
    /* Translators: an imported contract: "12 rows · $1,234.00" */
    return g_strdup_printf (_("%s · %s"), rows, money);
  /* Translators: an imported contract: "Upwork 31415926 · 12 rows · $1,234.00" */
  return g_strdup_printf (_("Upwork %s · %s · %s"), upwork_id, rows, money);
}

/* The drop-down shows the match the preview holds: after the user's choice was taken,
 * and after it was refused (then it goes back). */
static void
payday_import_match_row_sync (PaydayImportMatchRow *self)
{
  const char *match = payday_import_match_get_match (self->match);
  guint position = 0;

  for (guint i = 0; self->choice_ids[i] != NULL; i++)
    if (g_strcmp0 (self->choice_ids[i], match != NULL ? match : "") == 0)
      position = i;

  self->syncing = TRUE;
  gtk_drop_down_set_selected (self->drop_down, position);
  self->syncing = FALSE;
}

/* The row's own title and subtitle are set here rather than bound in the template: an
 * AdwActionRow's labels go away while its template is disposed, before the bindings. */
static void
payday_import_match_row_sync_text (PaydayImportMatchRow *self)
{
  g_autofree char *subtitle = match_subtitle (payday_import_match_get_upwork_id (self->match),
                                              payday_import_match_get_n_rows (self->match),
                                              payday_import_match_get_amount (self->match));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self),
                                 payday_import_match_get_title (self->match));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle);
}

static void
drop_down_selected (PaydayImportMatchRow *self)
{
  guint position = gtk_drop_down_get_selected (self->drop_down);
  const char *id;

  if (self->syncing || position >= g_strv_length (self->choice_ids))
    return;

  id = self->choice_ids[position];
  g_signal_emit (self, signals [CHOOSE], 0, id[0] != '\0' ? id : NULL);
  payday_import_match_row_sync (self);
}

static void
payday_import_match_row_dispose (GObject *object)
{
  PaydayImportMatchRow *self = (PaydayImportMatchRow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), PAYDAY_TYPE_IMPORT_MATCH_ROW);

  G_OBJECT_CLASS (payday_import_match_row_parent_class)->dispose (object);
}

static void
payday_import_match_row_finalize (GObject *object)
{
  PaydayImportMatchRow *self = (PaydayImportMatchRow *)object;

  /* Here, not in dispose: the template's expressions watch it until GObject's own
   * dispose has run. */
  g_clear_object (&self->match);
  g_clear_pointer (&self->choice_ids, g_strfreev);

  G_OBJECT_CLASS (payday_import_match_row_parent_class)->finalize (object);
}

static void
payday_import_match_row_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  PaydayImportMatchRow *self = PAYDAY_IMPORT_MATCH_ROW (object);

  switch (prop_id)
    {
    case PROP_MATCH:
      g_value_set_object (value, payday_import_match_row_get_match (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
payday_import_match_row_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  PaydayImportMatchRow *self = PAYDAY_IMPORT_MATCH_ROW (object);

  switch (prop_id)
    {
    case PROP_MATCH:
      self->match = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
payday_import_match_row_class_init (PaydayImportMatchRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = payday_import_match_row_dispose;
  object_class->finalize = payday_import_match_row_finalize;
  object_class->get_property = payday_import_match_row_get_property;
  object_class->set_property = payday_import_match_row_set_property;

  properties [PROP_MATCH] =
    g_param_spec_object ("match", NULL, NULL, PAYDAY_TYPE_IMPORT_MATCH,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PaydayImportMatchRow::choose:
   * @contract_id: (nullable): the plan contract the user chose; %NULL = a new contract
   *
   * The user chose another match; the drop-down then shows the match the preview holds.
   */
  signals [CHOOSE] =
    g_signal_new ("choose", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/payday/Payday/ui/payday-import-match-row.ui");
  gtk_widget_class_bind_template_child (widget_class, PaydayImportMatchRow, drop_down);
  gtk_widget_class_bind_template_callback (widget_class, drop_down_selected);
}

static void
payday_import_match_row_init (PaydayImportMatchRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * payday_import_match_row_new:
 * @match: the file contract
 * @choices: the drop-down's labels: "a new contract" first, then the plan's contracts
 * @choice_ids: per label the contract id, "" for the first
 *
 * Returns: (transfer full): the row
 */
GtkWidget *
payday_import_match_row_new (PaydayImportMatch  *match,
                             GListModel         *choices,
                             const char * const *choice_ids)
{
  PaydayImportMatchRow *self;

  g_return_val_if_fail (PAYDAY_IS_IMPORT_MATCH (match), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (choices), NULL);
  g_return_val_if_fail (choice_ids != NULL, NULL);

  self = g_object_new (PAYDAY_TYPE_IMPORT_MATCH_ROW, "match", match, NULL);
  self->choice_ids = g_strdupv ((char **) choice_ids);
  self->syncing = TRUE;
  gtk_drop_down_set_model (self->drop_down, choices);
  self->syncing = FALSE;
  payday_import_match_row_sync (self);
  payday_import_match_row_sync_text (self);
  g_signal_connect_object (match, "notify::match",
                           G_CALLBACK (payday_import_match_row_sync), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (match, "notify",
                           G_CALLBACK (payday_import_match_row_sync_text), self, G_CONNECT_SWAPPED);

  return GTK_WIDGET (self);
}

PaydayImportMatch *
payday_import_match_row_get_match (PaydayImportMatchRow *self)
{
  g_return_val_if_fail (PAYDAY_IS_IMPORT_MATCH_ROW (self), NULL);

  return self->match;
}

GtkDropDown *
payday_import_match_row_get_drop_down (PaydayImportMatchRow *self)
{
  g_return_val_if_fail (PAYDAY_IS_IMPORT_MATCH_ROW (self), NULL);

  return self->drop_down;
}
