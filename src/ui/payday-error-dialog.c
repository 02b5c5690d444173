/* payday-error-dialog.c — a refusal with every problem, one a line, to read and copy
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "payday-error-dialog.h"

/* A wrapped label under-reports its natural height to the dialog: the scroller asks for
 * about two rows a problem, up to its maximum, and scrolls past that. */
#define ROW_HEIGHT   34
#define MAX_HEIGHT  320

struct _PaydayErrorDialog
{
  AdwMessageDialog   parent_instance;

  char              *details;

  /* Template widgets */
  GtkScrolledWindow *scroller;
};

G_DEFINE_FINAL_TYPE (PaydayErrorDialog, payday_error_dialog, ADW_TYPE_MESSAGE_DIALOG)

enum {
  PROP_0,
  PROP_DETAILS,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
payday_error_dialog_finalize (GObject *object)
{
  PaydayErrorDialog *self = (PaydayErrorDialog *)object;

  g_clear_pointer (&self->details, g_free);

  G_OBJECT_CLASS (payday_error_dialog_parent_class)->finalize (object);
}

static void
payday_error_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), PAYDAY_TYPE_ERROR_DIALOG);

  G_OBJECT_CLASS (payday_error_dialog_parent_class)->dispose (object);
}

static void
payday_error_dialog_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  PaydayErrorDialog *self = PAYDAY_ERROR_DIALOG (object);

  switch (prop_id)
    {
    case PROP_DETAILS:
      g_value_set_string (value, self->details);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
payday_error_dialog_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  PaydayErrorDialog *self = PAYDAY_ERROR_DIALOG (object);

  switch (prop_id)
    {
    case PROP_DETAILS:
      payday_error_dialog_set_details (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
payday_error_dialog_class_init (PaydayErrorDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = payday_error_dialog_dispose;
  object_class->finalize = payday_error_dialog_finalize;
  object_class->get_property = payday_error_dialog_get_property;
  object_class->set_property = payday_error_dialog_set_property;

  properties [PROP_DETAILS] =
    g_param_spec_string ("details", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/payday/Payday/ui/payday-error-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PaydayErrorDialog, scroller);
}

static void
payday_error_dialog_init (PaydayErrorDialog *self)
{
  self->details = g_strdup ("");
  gtk_widget_init_template (GTK_WIDGET (self));
}

const char *
payday_error_dialog_get_details (PaydayErrorDialog *self)
{
  g_return_val_if_fail (PAYDAY_IS_ERROR_DIALOG (self), NULL);

  return self->details;
}

/**
 * payday_error_dialog_set_details:
 * @details: every problem, one a line
 */
void
payday_error_dialog_set_details (PaydayErrorDialog *self,
                                 const char        *details)
{
  guint n_lines = 1;

  g_return_if_fail (PAYDAY_IS_ERROR_DIALOG (self));

  if (details == NULL)
    details = "";
  if (g_strcmp0 (self->details, details) == 0)
    return;

  g_free (self->details);
  self->details = g_strdup (details);

  for (const char *c = details; *c; c++)
    n_lines += *c == '\n';
  gtk_scrolled_window_set_min_content_height (self->scroller,
                                              (int) MIN (n_lines * ROW_HEIGHT + 16, MAX_HEIGHT));

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DETAILS]);
}

/**
 * payday_error_dialog_new:
 * @parent: the window it is about
 * @body: (nullable): what did or did not happen
 * @details: every problem, one a line
 *
 * Returns: (transfer none): the dialog, transient for @parent and modal, not yet shown
 */
GtkWindow *
payday_error_dialog_new (GtkWindow  *parent,
                         const char *heading,
                         const char *body,
                         const char *details)
{
  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);

  return g_object_new (PAYDAY_TYPE_ERROR_DIALOG,
                       "transient-for", parent,
                       "modal", TRUE,
                       "heading", heading,
                       "body", body,
                       "details", details,
                       NULL);
}
