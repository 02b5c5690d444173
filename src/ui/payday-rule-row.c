/* payday-rule-row.c — one figure or source of a rule edition, with its "Unverified" tag
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "payday-rule-row.h"

struct _PaydayRuleRow
{
  AdwActionRow  parent_instance;

  char         *uri;
  gboolean      unverified;

  /* Template widgets */
  GtkLinkButton *link;
  GtkLabel      *unverified_tag;
};

G_DEFINE_FINAL_TYPE (PaydayRuleRow, payday_rule_row, ADW_TYPE_ACTION_ROW)

enum {
  PROP_0,
  PROP_URI,
  PROP_UNVERIFIED,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* A source reads "ADDRESS (what it says)" or is prose ("Upwork help, 2024"). Its first
 * word is a link when it looks like one: a URL, or a bare domain such as
 * "support.upwork.com/…". Returns the URI, and in @rest what follows the address. */
static char *
source_uri (const char  *source,
            char       **rest)
{
  const char *space = strchr (source, ' ');
  g_autofree char *token = space ? g_strndup (source, space - source) : g_strdup (source);
  char *uri = NULL;

  if (g_str_has_prefix (token, "https://") || g_str_has_prefix (token, "http://"))
    uri = g_strdup (token);
  else if (strchr (token, '.') != NULL && g_ascii_isalnum (token[0]) &&
           !g_str_has_suffix (token, ".") && strchr (token, ',') == NULL)
    uri = g_strconcat ("https://", token, NULL);

  *rest = NULL;
  if (uri != NULL && space != NULL)
    {
      *rest = g_strstrip (g_strdup (space));
      /* "(service fee: flat 10%)" reads better without its parentheses. */
      if ((*rest)[0] == '(' && g_str_has_suffix (*rest, ")"))
        {
          memmove (*rest, *rest + 1, strlen (*rest));
          (*rest)[strlen (*rest) - 1] = '\0';
        }
    }

  return uri;
}

static void
payday_rule_row_finalize (GObject *object)
{
  PaydayRuleRow *self = (PaydayRuleRow *)object;

  g_clear_pointer (&self->uri, g_free);

  G_OBJECT_CLASS (payday_rule_row_parent_class)->finalize (object);
}

static void
payday_rule_row_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  PaydayRuleRow *self = PAYDAY_RULE_ROW (object);

  switch (prop_id)
    {
    case PROP_URI:
      g_value_set_string (value, payday_rule_row_get_uri (self));
      break;

    case PROP_UNVERIFIED:
      g_value_set_boolean (value, payday_rule_row_get_unverified (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
payday_rule_row_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  PaydayRuleRow *self = PAYDAY_RULE_ROW (object);

  switch (prop_id)
    {
    case PROP_URI:
      payday_rule_row_set_uri (self, g_value_get_string (value));
      break;

    case PROP_UNVERIFIED:
      payday_rule_row_set_unverified (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
payday_rule_row_class_init (PaydayRuleRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = payday_rule_row_finalize;
  object_class->get_property = payday_rule_row_get_property;
  object_class->set_property = payday_rule_row_set_property;

  /**
   * PaydayRuleRow:uri:
   *
   * The address of a source, shown as a link; %NULL for a figure.
   */
  properties [PROP_URI] =
    g_param_spec_string ("uri", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * PaydayRuleRow:unverified:
   *
   * Whether the figure carries the warning-styled "Unverified" tag.
   */
  properties [PROP_UNVERIFIED] =
    g_param_spec_boolean ("unverified", NULL, NULL, FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/payday/Payday/ui/payday-rule-row.ui");
  gtk_widget_class_bind_template_child (widget_class, PaydayRuleRow, link);
  gtk_widget_class_bind_template_child (widget_class, PaydayRuleRow, unverified_tag);
}

static void
payday_rule_row_init (PaydayRuleRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * payday_rule_row_new_figure:
 * @title: what the figure is ("Service fee")
 * @value: the figure as text
 * @unverified: whether no source confirms it
 *
 * Returns: (transfer floating): a row with the title above and the figure below
 */
GtkWidget *
payday_rule_row_new_figure (const char *title,
                            const char *value,
                            gboolean    unverified)
{
  GtkWidget *row = g_object_new (PAYDAY_TYPE_RULE_ROW,
                                 "title", title,
                                 "subtitle", value,
                                 "unverified", unverified,
                                 NULL);

  /* Title above, figure below: long fee schedules read as a line, not a column. */
  gtk_widget_add_css_class (row, "property");
  gtk_widget_add_css_class (row, "numeric");
  return row;
}

/**
 * payday_rule_row_new_source:
 * @source: a source as the rule file gives it, "ADDRESS (what it says)" or prose
 *
 * Returns: (transfer floating): a row with what the source says and a link to it, or the
 *   prose when it names no address
 */
GtkWidget *
payday_rule_row_new_source (const char *source)
{
  g_autofree char *rest = NULL;
  g_autofree char *uri = source_uri (source, &rest);

  if (uri == NULL)
    return g_object_new (PAYDAY_TYPE_RULE_ROW, "title", _("Source"), "subtitle", source, NULL);

  return g_object_new (PAYDAY_TYPE_RULE_ROW,
                       "title", rest != NULL && rest[0] != '\0' ? rest : _("Source"),
                       "uri", uri,
                       NULL);
}

gboolean
payday_rule_row_get_unverified (PaydayRuleRow *self)
{
  g_return_val_if_fail (PAYDAY_IS_RULE_ROW (self), FALSE);

  return self->unverified;
}

void
payday_rule_row_set_unverified (PaydayRuleRow *self,
                                gboolean       unverified)
{
  g_return_if_fail (PAYDAY_IS_RULE_ROW (self));

  unverified = !!unverified;
  if (self->unverified == unverified)
    return;

  self->unverified = unverified;
  gtk_widget_set_visible (GTK_WIDGET (self->unverified_tag), unverified);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_UNVERIFIED]);
}

const char *
payday_rule_row_get_uri (PaydayRuleRow *self)
{
  g_return_val_if_fail (PAYDAY_IS_RULE_ROW (self), NULL);

  return self->uri;
}

void
payday_rule_row_set_uri (PaydayRuleRow *self,
                         const char    *uri)
{
  GtkWidget *label;

  g_return_if_fail (PAYDAY_IS_RULE_ROW (self));

  if (g_strcmp0 (self->uri, uri) == 0)
    return;

  g_free (self->uri);
  self->uri = g_strdup (uri);

  gtk_widget_set_visible (GTK_WIDGET (self->link), uri != NULL);
  if (uri != NULL)
    {
      gtk_link_button_set_uri (self->link, uri);
      gtk_button_set_label (GTK_BUTTON (self->link), strstr (uri, "://") ? strstr (uri, "://") + 3
                                                                          : uri);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->link), uri);
      label = gtk_button_get_child (GTK_BUTTON (self->link));
      if (GTK_IS_LABEL (label))
        {
          gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_MIDDLE);
          gtk_label_set_max_width_chars (GTK_LABEL (label), 28);
        }
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_URI]);
}
