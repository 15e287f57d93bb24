/* tafel-spreiding-view.c: the spread of proposals as a chart and a table
 *
 * The table is a GtkColumnView over a GtkStringList: each item is one
 * level as a line of tab-separated fields, exactly as it is copied, and
 * each column shows its field. What the chart draws and what the table
 * says thus come from the same figures (the chart's), and what is copied
 * is what is shown.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "tafel-decimal.h"
#include "tafel-spreiding-view.h"
#include "tafel-ui-util.h"

struct _TafelSpreidingView
{
  GtkBox               parent_instance;

  GtkLabel            *title_label;
  TafelSpreidingChart *chart;
  GtkColumnView       *table;
  GtkLabel            *unit_label;
  GtkButton           *copy_button;

  GtkStringList       *rows;        /* one tab-separated line per level, without "\n" */
  GtkMultiSelection   *selection;
  char                *title;
};

enum {
  PROP_0,
  PROP_TITLE,
  PROP_CHART,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (TafelSpreidingView, tafel_spreiding_view, GTK_TYPE_BOX)

static char *
format_number (double value)
{
  if (!isfinite (value))
    return g_strdup ("–");
  return tafel_decimal_format (tafel_decimal_from_double (value));
}

/* Level @index of the chart as a table line. */
static char *
dup_row_text (TafelSpreidingView *self,
              guint               index)
{
  g_autofree char *title = g_strdup (tafel_spreiding_chart_get_title (self->chart, index));
  TafelSummary s;
  double figures[6];
  GString *line = g_string_new (NULL);

  tafel_spreiding_chart_get_summary (self->chart, index, &s);
  figures[0] = s.min;
  figures[1] = s.q1;
  figures[2] = s.median;
  figures[3] = s.q3;
  figures[4] = s.max;
  figures[5] = tafel_spreiding_chart_get_decided (self->chart, index);

  /* A tab or line break in a title would shift the columns. */
  g_strdelimit (title, "\t\r\n", ' ');
  g_string_append_printf (line, "%s\t%u", title, s.n);
  for (guint k = 0; k < G_N_ELEMENTS (figures); k++)
    {
      g_autofree char *number = format_number (figures[k]);

      g_string_append_printf (line, "\t%s", number);
    }

  return g_string_free (line, FALSE);
}

static void
append_header (TafelSpreidingView *self,
               GString            *text)
{
  GListModel *columns = gtk_column_view_get_columns (self->table);
  guint n = g_list_model_get_n_items (columns);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      if (i > 0)
        g_string_append_c (text, '\t');
      g_string_append (text, gtk_column_view_column_get_title (column));
    }
  g_string_append_c (text, '\n');
}

/* The header and the rows for which @selected_only is FALSE or that are
 * selected. */
static char *
dup_text (TafelSpreidingView *self,
          gboolean            selected_only)
{
  GString *text = g_string_new (NULL);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->rows));

  append_header (self, text);
  for (guint i = 0; i < n; i++)
    {
      if (selected_only && !gtk_selection_model_is_selected (GTK_SELECTION_MODEL (self->selection), i))
        continue;
      g_string_append (text, gtk_string_list_get_string (self->rows, i));
      g_string_append_c (text, '\n');
    }

  return g_string_free (text, FALSE);
}

static guint
count_selected (TafelSpreidingView *self)
{
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));

  return (guint) gtk_bitset_get_size (selected);
}

static void
copy_to_clipboard (TafelSpreidingView *self,
                   const char         *text,
                   const char         *message)
{
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self)), text);
  tafel_ui_toast (GTK_WIDGET (self), message);
}

static void
update_actions (TafelSpreidingView *self)
{
  gboolean any = g_list_model_get_n_items (G_LIST_MODEL (self->rows)) > 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "spreiding.copy", any);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "spreiding.copy-table", any);
}

static void
on_cell_setup_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  gpointer                  user_data)
{
  guint column = GPOINTER_TO_UINT (user_data);
  GtkWidget *label = gtk_label_new (NULL);

  /* Names on the left, figures on the right in tabular digits. */
  gtk_label_set_xalign (GTK_LABEL (label), column == 0 ? 0.0 : 1.0);
  if (column > 0)
    gtk_widget_add_css_class (label, "numeric");
  gtk_widget_set_margin_start (label, 6);
  gtk_widget_set_margin_end (label, 6);
  gtk_list_item_set_child (item, label);
}

static void
on_cell_bind_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 gpointer                  user_data)
{
  guint column = GPOINTER_TO_UINT (user_data);
  GtkStringObject *row = gtk_list_item_get_item (item);
  g_auto(GStrv) fields = g_strsplit (gtk_string_object_get_string (row), "\t", -1);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)),
                      column < g_strv_length (fields) ? fields[column] : "");
}

/* spreiding.copy (Ctrl+C): the selected rows, or all when none is selected. */
static void
on_copy_action_cb (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  TafelSpreidingView *self = TAFEL_SPREIDING_VIEW (widget);
  g_autofree char *text = tafel_spreiding_view_dup_selection_text (self);
  guint n = count_selected (self);
  g_autofree char *message = NULL;

  if (n == 0)
    message = g_strdup (_("Table copied"));
  else
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u row copied", "%u rows copied", n), n);

  copy_to_clipboard (self, text, message);
}

/* spreiding.copy-table: the whole table. */
static void
on_copy_table_action_cb (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  TafelSpreidingView *self = TAFEL_SPREIDING_VIEW (widget);
  g_autofree char *text = tafel_spreiding_view_dup_table_text (self);

  copy_to_clipboard (self, text, _("Table copied"));
}

static void
tafel_spreiding_view_dispose (GObject *object)
{
  TafelSpreidingView *self = TAFEL_SPREIDING_VIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), TAFEL_TYPE_SPREIDING_VIEW);
  g_clear_object (&self->selection);
  g_clear_object (&self->rows);

  G_OBJECT_CLASS (tafel_spreiding_view_parent_class)->dispose (object);
}

static void
tafel_spreiding_view_finalize (GObject *object)
{
  TafelSpreidingView *self = TAFEL_SPREIDING_VIEW (object);

  g_free (self->title);

  G_OBJECT_CLASS (tafel_spreiding_view_parent_class)->finalize (object);
}

static void
tafel_spreiding_view_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  TafelSpreidingView *self = TAFEL_SPREIDING_VIEW (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, tafel_spreiding_view_get_title (self));
      break;
    case PROP_CHART:
      g_value_set_object (value, self->chart);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tafel_spreiding_view_class_init (TafelSpreidingViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tafel_spreiding_view_dispose;
  object_class->finalize = tafel_spreiding_view_finalize;
  object_class->get_property = tafel_spreiding_view_get_property;

  /* What the figures are about, "" for nothing. */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* The chart. */
  properties[PROP_CHART] =
    g_param_spec_object ("chart", NULL, NULL, TAFEL_TYPE_SPREIDING_CHART,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (TAFEL_TYPE_SPREIDING_CHART);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/tafel-spreiding-view.ui");
  gtk_widget_class_bind_template_child (widget_class, TafelSpreidingView, title_label);
  gtk_widget_class_bind_template_child (widget_class, TafelSpreidingView, chart);
  gtk_widget_class_bind_template_child (widget_class, TafelSpreidingView, table);
  gtk_widget_class_bind_template_child (widget_class, TafelSpreidingView, unit_label);
  gtk_widget_class_bind_template_child (widget_class, TafelSpreidingView, copy_button);

  gtk_widget_class_install_action (widget_class, "spreiding.copy", NULL, on_copy_action_cb);
  gtk_widget_class_install_action (widget_class, "spreiding.copy-table", NULL, on_copy_table_action_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK, "spreiding.copy", NULL);
}

static void
tafel_spreiding_view_init (TafelSpreidingView *self)
{
  GListModel *columns;
  guint n_columns;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->rows = gtk_string_list_new (NULL);
  self->selection = gtk_multi_selection_new (G_LIST_MODEL (g_object_ref (self->rows)));
  gtk_column_view_set_model (self->table, GTK_SELECTION_MODEL (self->selection));

  columns = gtk_column_view_get_columns (self->table);
  n_columns = g_list_model_get_n_items (columns);
  for (guint i = 0; i < n_columns; i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);
      g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

      g_signal_connect (factory, "setup", G_CALLBACK (on_cell_setup_cb), GUINT_TO_POINTER (i));
      g_signal_connect (factory, "bind", G_CALLBACK (on_cell_bind_cb), GUINT_TO_POINTER (i));
      gtk_column_view_column_set_factory (column, factory);
    }

  update_actions (self);
}

GtkWidget *
tafel_spreiding_view_new (void)
{
  return g_object_new (TAFEL_TYPE_SPREIDING_VIEW, NULL);
}

void
tafel_spreiding_view_set_data (TafelSpreidingView        *self,
                               const char                *title,
                               const char                *unit,
                               const TafelSpreidingReeks *reeksen,
                               guint                      n_reeksen)
{
  g_autoptr(GPtrArray) lines = NULL;
  const char *shown_unit;
  guint n;

  g_return_if_fail (TAFEL_IS_SPREIDING_VIEW (self));
  g_return_if_fail (reeksen != NULL || n_reeksen == 0);

  tafel_spreiding_chart_set_data (self->chart, unit, reeksen, n_reeksen);

  /* The table from the chart's figures, so that both always agree. */
  n = tafel_spreiding_chart_get_n_reeksen (self->chart);
  lines = g_ptr_array_new_full (n + 1, g_free);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (lines, dup_row_text (self, i));
  g_ptr_array_add (lines, NULL);
  gtk_string_list_splice (self->rows, 0, g_list_model_get_n_items (G_LIST_MODEL (self->rows)),
                          (const char * const *) lines->pdata);

  shown_unit = tafel_spreiding_chart_get_unit (self->chart);
  if (*shown_unit != '\0')
    {
      g_autofree char *caption = g_strdup_printf (_("Figures in %s"), shown_unit);

      gtk_label_set_text (self->unit_label, caption);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->unit_label), *shown_unit != '\0');

  update_actions (self);

  if (g_strcmp0 (title ? title : "", tafel_spreiding_view_get_title (self)) != 0)
    {
      g_free (self->title);
      self->title = g_strdup (title);
      gtk_label_set_text (self->title_label, tafel_spreiding_view_get_title (self));
      gtk_widget_set_visible (GTK_WIDGET (self->title_label), title != NULL && *title != '\0');
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
    }
}

const char *
tafel_spreiding_view_get_title (TafelSpreidingView *self)
{
  g_return_val_if_fail (TAFEL_IS_SPREIDING_VIEW (self), NULL);
  return self->title != NULL ? self->title : "";
}

TafelSpreidingChart *
tafel_spreiding_view_get_chart (TafelSpreidingView *self)
{
  g_return_val_if_fail (TAFEL_IS_SPREIDING_VIEW (self), NULL);
  return self->chart;
}

char *
tafel_spreiding_view_dup_table_text (TafelSpreidingView *self)
{
  g_return_val_if_fail (TAFEL_IS_SPREIDING_VIEW (self), NULL);
  return dup_text (self, FALSE);
}

char *
tafel_spreiding_view_dup_selection_text (TafelSpreidingView *self)
{
  g_return_val_if_fail (TAFEL_IS_SPREIDING_VIEW (self), NULL);
  return dup_text (self, count_selected (self) > 0);
}
