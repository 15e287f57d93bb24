/* tafel-deelproduct-list.c: the deelproducten of a traject under their product group */
#include "config.h"

#include <glib/gi18n.h>

#include "tafel-deelproduct-list.h"

struct _TafelDeelproductList
{
  AdwBin             parent_instance;

  GtkListBox        *list_box;

  TafelTrajectModel *model;
  GHashTable        *rows;   /* gint64 id (owned by the row) → borrowed GtkListBoxRow */
};

enum {
  ROWS_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];
static GQuark row_id_quark;

G_DEFINE_FINAL_TYPE (TafelDeelproductList, tafel_deelproduct_list, ADW_TYPE_BIN)

static gint64
get_row_id (GtkListBoxRow *row)
{
  gint64 *id = row ? g_object_get_qdata (G_OBJECT (row), row_id_quark) : NULL;

  return id ? *id : 0;
}

static TafelDeelproduct *
lookup_deelproduct (TafelDeelproductList *self,
                    gint64                id)
{
  return self->model ? tafel_traject_model_lookup (self->model, TAFEL_TYPE_DEELPRODUCT, id) : NULL;
}

static TafelProductgroep *
lookup_group (TafelDeelproductList *self,
              TafelDeelproduct     *deelproduct)
{
  if (self->model == NULL || deelproduct == NULL)
    return NULL;

  return tafel_traject_model_lookup (self->model, TAFEL_TYPE_PRODUCTGROEP,
                                     tafel_deelproduct_get_productgroep_id (deelproduct));
}

/* Groups in their order; a deelproduct without a (live) group comes last. */
static gint64
group_sort_key (TafelDeelproductList *self,
                TafelDeelproduct     *deelproduct)
{
  TafelProductgroep *group = lookup_group (self, deelproduct);

  return group ? tafel_productgroep_get_position (group) : G_MAXINT64;
}

static guint
count_filled_aspects (TafelDeelproduct *deelproduct)
{
  guint n = 0;

  for (guint i = 0; tafel_verordening_aspects[i] != NULL; i++)
    {
      const char *value = tafel_entity_get_string (TAFEL_ENTITY (deelproduct), tafel_verordening_aspects[i]);

      if (value != NULL && *value != '\0')
        n++;
    }

  return n;
}

static void
update_row (GtkListBoxRow    *row,
            TafelDeelproduct *deelproduct)
{
  const guint n_aspects = g_strv_length ((char **) tafel_verordening_aspects);
  const char *code = tafel_deelproduct_get_productcode (deelproduct);
  const char *niveau = tafel_choice_label (tafel_inkoopniveaus, tafel_deelproduct_get_inkoopniveau (deelproduct));
  GtkWidget *hint = g_object_get_data (G_OBJECT (row), "hint");
  guint filled = count_filled_aspects (deelproduct);
  g_autofree char *title = g_markup_escape_text (tafel_deelproduct_get_name (deelproduct), -1);
  g_autofree char *plain = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *hint_text = g_strdup_printf ("%u/%u", filled, n_aspects);
  g_autofree char *tooltip = g_strdup_printf (ngettext ("%u of %u verordening aspect filled in",
                                                        "%u of %u verordening aspects filled in",
                                                        n_aspects),
                                              filled, n_aspects);

  if (code != NULL && *code != '\0')
    plain = g_strdup_printf ("%s · %s", niveau, code);
  else
    plain = g_strdup (niveau);
  subtitle = g_markup_escape_text (plain, -1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_label_set_text (GTK_LABEL (hint), hint_text);
  gtk_widget_set_tooltip_text (hint, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (hint), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);

  if (filled == n_aspects)
    gtk_widget_add_css_class (hint, "success");
  else
    gtk_widget_remove_css_class (hint, "success");
}

static GtkListBoxRow *
create_row (TafelDeelproduct *deelproduct)
{
  gint64 id = tafel_entity_get_id (TAFEL_ENTITY (deelproduct));
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *hint = gtk_label_new (NULL);

  gtk_widget_add_css_class (hint, "caption");
  gtk_widget_add_css_class (hint, "dim-label");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), hint);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 1);
  g_object_set_data (G_OBJECT (row), "hint", hint);
  g_object_set_qdata_full (G_OBJECT (row), row_id_quark, g_memdup2 (&id, sizeof id), g_free);

  update_row (GTK_LIST_BOX_ROW (row), deelproduct);
  return GTK_LIST_BOX_ROW (row);
}

/* Brings the rows in line with the model's list: adds, removes and updates
 * rows without recreating them, so that selection and focus stay. */
static void
sync_rows (TafelDeelproductList *self)
{
  GListModel *list = self->model ? tafel_traject_model_get_list (self->model, TAFEL_TYPE_DEELPRODUCT) : NULL;
  guint n = list ? g_list_model_get_n_items (list) : 0;
  g_autoptr(GHashTable) seen = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GPtrArray) gone = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer key, value;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TafelDeelproduct) deelproduct = g_list_model_get_item (list, i);
      gint64 id = tafel_entity_get_id (TAFEL_ENTITY (deelproduct));
      GtkListBoxRow *row = g_hash_table_lookup (self->rows, &id);

      if (row == NULL)
        {
          row = create_row (deelproduct);
          g_hash_table_insert (self->rows, g_object_get_qdata (G_OBJECT (row), row_id_quark), row);
          gtk_list_box_append (self->list_box, GTK_WIDGET (row));
        }
      else
        update_row (row, deelproduct);

      g_hash_table_add (seen, g_object_get_qdata (G_OBJECT (row), row_id_quark));
    }

  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      if (!g_hash_table_contains (seen, key))
        {
          g_ptr_array_add (gone, value);
          g_hash_table_iter_remove (&iter);
        }
    }

  for (guint i = 0; i < gone->len; i++)
    gtk_list_box_remove (self->list_box, g_ptr_array_index (gone, i));

  gtk_list_box_invalidate_sort (self->list_box);
  gtk_list_box_invalidate_headers (self->list_box);
  g_signal_emit (self, signals[ROWS_CHANGED], 0);
}

/* The deelproducten in the order shown. */
static GPtrArray *
dup_shown_order (TafelDeelproductList *self)
{
  GPtrArray *order = g_ptr_array_new ();
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->list_box, i)) != NULL; i++)
    {
      TafelDeelproduct *deelproduct = lookup_deelproduct (self, get_row_id (row));

      if (deelproduct != NULL)
        g_ptr_array_add (order, deelproduct);
    }

  return order;
}

static gboolean
store_order (TafelDeelproductList *self,
             GPtrArray            *order,
             GError              **error)
{
  gboolean ok = tafel_store_reorder (tafel_traject_model_get_store (self->model),
                                     order->pdata, order->len, error);

  gtk_list_box_invalidate_sort (self->list_box);
  gtk_list_box_invalidate_headers (self->list_box);
  return ok;
}

static int
sort_rows_cb (GtkListBoxRow *a,
              GtkListBoxRow *b,
              gpointer       user_data)
{
  TafelDeelproductList *self = user_data;
  TafelDeelproduct *x = lookup_deelproduct (self, get_row_id (a));
  TafelDeelproduct *y = lookup_deelproduct (self, get_row_id (b));
  gint64 kx, ky;

  if (x == NULL || y == NULL)
    return (x == NULL) - (y == NULL);

  kx = group_sort_key (self, x);
  ky = group_sort_key (self, y);
  if (kx == ky)
    {
      kx = tafel_deelproduct_list_get_group_id (self, x);
      ky = tafel_deelproduct_list_get_group_id (self, y);
    }
  if (kx == ky)
    {
      kx = tafel_deelproduct_get_position (x);
      ky = tafel_deelproduct_get_position (y);
    }
  if (kx == ky)
    {
      kx = tafel_entity_get_id (TAFEL_ENTITY (x));
      ky = tafel_entity_get_id (TAFEL_ENTITY (y));
    }

  return kx < ky ? -1 : kx > ky;
}

static void
header_rows_cb (GtkListBoxRow *row,
                GtkListBoxRow *before,
                gpointer       user_data)
{
  TafelDeelproductList *self = user_data;
  TafelDeelproduct *deelproduct = lookup_deelproduct (self, get_row_id (row));
  TafelProductgroep *group = lookup_group (self, deelproduct);
  gint64 group_id = tafel_deelproduct_list_get_group_id (self, deelproduct);
  GtkWidget *header;

  if (before != NULL &&
      tafel_deelproduct_list_get_group_id (self, lookup_deelproduct (self, get_row_id (before))) == group_id)
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }

  header = gtk_list_box_row_get_header (row);
  if (!GTK_IS_LABEL (header))
    {
      header = gtk_label_new (NULL);
      gtk_label_set_xalign (GTK_LABEL (header), 0);
      gtk_label_set_ellipsize (GTK_LABEL (header), PANGO_ELLIPSIZE_END);
      gtk_widget_set_margin_top (header, 12);
      gtk_widget_set_margin_bottom (header, 3);
      gtk_widget_set_margin_start (header, 12);
      gtk_widget_set_margin_end (header, 12);
      gtk_widget_add_css_class (header, "heading");
      gtk_widget_add_css_class (header, "dim-label");
      gtk_list_box_row_set_header (row, header);
    }

  gtk_label_set_text (GTK_LABEL (header), group ? tafel_productgroep_get_name (group) : _("No product group"));
}

static void
on_model_changed_cb (TafelTrajectModel    *model,
                     TafelDeelproductList *self)
{
  sync_rows (self);
}

static void
tafel_deelproduct_list_dispose (GObject *object)
{
  TafelDeelproductList *self = TAFEL_DEELPRODUCT_LIST (object);

  tafel_deelproduct_list_set_model (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), TAFEL_TYPE_DEELPRODUCT_LIST);

  G_OBJECT_CLASS (tafel_deelproduct_list_parent_class)->dispose (object);
}

static void
tafel_deelproduct_list_finalize (GObject *object)
{
  TafelDeelproductList *self = TAFEL_DEELPRODUCT_LIST (object);

  g_hash_table_unref (self->rows);

  G_OBJECT_CLASS (tafel_deelproduct_list_parent_class)->finalize (object);
}

static void
tafel_deelproduct_list_class_init (TafelDeelproductListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tafel_deelproduct_list_dispose;
  object_class->finalize = tafel_deelproduct_list_finalize;

  signals[ROWS_CHANGED] =
    g_signal_new ("rows-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  row_id_quark = g_quark_from_static_string ("tafel-deelproduct-id");

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/tafel-deelproduct-list.ui");
  gtk_widget_class_bind_template_child (widget_class, TafelDeelproductList, list_box);
}

static void
tafel_deelproduct_list_init (TafelDeelproductList *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->rows = g_hash_table_new (g_int64_hash, g_int64_equal);
  gtk_list_box_set_sort_func (self->list_box, sort_rows_cb, self, NULL);
  gtk_list_box_set_header_func (self->list_box, header_rows_cb, self, NULL);
}

GtkWidget *
tafel_deelproduct_list_new (void)
{
  return g_object_new (TAFEL_TYPE_DEELPRODUCT_LIST, NULL);
}

/* Shows the deelproducten of @model (NULL: none); nothing is selected. */
void
tafel_deelproduct_list_set_model (TafelDeelproductList *self,
                                  TafelTrajectModel    *model)
{
  GtkWidget *child;

  g_return_if_fail (TAFEL_IS_DEELPRODUCT_LIST (self));

  if (self->model == model)
    return;

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, on_model_changed_cb, self);

  g_set_object (&self->model, model);

  if (model != NULL)
    {
      g_signal_connect (model, "changed::deelproduct", G_CALLBACK (on_model_changed_cb), self);
      g_signal_connect (model, "changed::productgroep", G_CALLBACK (on_model_changed_cb), self);
    }

  if (self->list_box == NULL)
    return;

  g_hash_table_remove_all (self->rows);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box))) != NULL)
    gtk_list_box_remove (self->list_box, child);

  sync_rows (self);
}

GtkListBox *
tafel_deelproduct_list_get_list_box (TafelDeelproductList *self)
{
  g_return_val_if_fail (TAFEL_IS_DEELPRODUCT_LIST (self), NULL);
  return self->list_box;
}

guint
tafel_deelproduct_list_get_n_rows (TafelDeelproductList *self)
{
  g_return_val_if_fail (TAFEL_IS_DEELPRODUCT_LIST (self), 0);
  return g_hash_table_size (self->rows);
}

TafelDeelproduct *
tafel_deelproduct_list_get_selected (TafelDeelproductList *self)
{
  g_return_val_if_fail (TAFEL_IS_DEELPRODUCT_LIST (self), NULL);

  if (self->list_box == NULL)
    return NULL;

  return lookup_deelproduct (self, get_row_id (gtk_list_box_get_selected_row (self->list_box)));
}

/* Selects the deelproduct with @id; FALSE when it is not in the list. */
gboolean
tafel_deelproduct_list_select (TafelDeelproductList *self,
                               gint64                id)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (TAFEL_IS_DEELPRODUCT_LIST (self), FALSE);

  row = g_hash_table_lookup (self->rows, &id);
  if (row == NULL)
    return FALSE;

  gtk_list_box_select_row (self->list_box, row);
  return TRUE;
}

/* The id of the deelproduct shown at @index, or 0. */
gint64
tafel_deelproduct_list_get_id_at (TafelDeelproductList *self,
                                  int                   index)
{
  g_return_val_if_fail (TAFEL_IS_DEELPRODUCT_LIST (self), 0);

  return index < 0 ? 0 : get_row_id (gtk_list_box_get_row_at_index (self->list_box, index));
}

/* The id of the product group @deelproduct is listed under: 0 when it has
 * none, or its group is deleted. */
gint64
tafel_deelproduct_list_get_group_id (TafelDeelproductList *self,
                                     TafelDeelproduct     *deelproduct)
{
  TafelProductgroep *group;

  g_return_val_if_fail (TAFEL_IS_DEELPRODUCT_LIST (self), 0);

  group = lookup_group (self, deelproduct);
  return group ? tafel_entity_get_id (TAFEL_ENTITY (group)) : 0;
}

/* Swaps the selected deelproduct with the one @delta (-1 or 1) rows away
 * and stores the whole list in that order. Moving stays within the product
 * group (the editor changes the group): at its edge nothing happens and
 * FALSE is returned without an error. */
gboolean
tafel_deelproduct_list_move_selected (TafelDeelproductList *self,
                                      int                   delta,
                                      GError              **error)
{
  TafelDeelproduct *deelproduct;
  g_autoptr(GPtrArray) order = NULL;
  guint index;
  gint64 target;

  g_return_val_if_fail (TAFEL_IS_DEELPRODUCT_LIST (self), FALSE);

  deelproduct = tafel_deelproduct_list_get_selected (self);
  if (deelproduct == NULL)
    return FALSE;

  order = dup_shown_order (self);
  if (!g_ptr_array_find (order, deelproduct, &index))
    return FALSE;

  target = (gint64) index + delta;
  if (target < 0 || target >= order->len ||
      tafel_deelproduct_list_get_group_id (self, g_ptr_array_index (order, target)) !=
      tafel_deelproduct_list_get_group_id (self, deelproduct))
    return FALSE;

  order->pdata[index] = order->pdata[target];
  order->pdata[target] = deelproduct;

  return store_order (self, order, error);
}

/* Stores an order in which @deelproduct is the last of its product group:
 * for one that was just given another group. */
gboolean
tafel_deelproduct_list_move_to_group_end (TafelDeelproductList *self,
                                          TafelDeelproduct     *deelproduct,
                                          GError              **error)
{
  g_autoptr(GPtrArray) order = NULL;
  gint64 group_id;
  int last_same = -1, last_before = -1;
  guint index;

  g_return_val_if_fail (TAFEL_IS_DEELPRODUCT_LIST (self), FALSE);
  g_return_val_if_fail (TAFEL_IS_DEELPRODUCT (deelproduct), FALSE);

  order = dup_shown_order (self);
  if (!g_ptr_array_find (order, deelproduct, &index))
    return TRUE;

  group_id = tafel_deelproduct_list_get_group_id (self, deelproduct);
  g_ptr_array_remove_index (order, index);

  /* After the last of its group; in an empty group, after the groups
   * that come before it. */
  for (guint i = 0; i < order->len; i++)
    {
      TafelDeelproduct *other = g_ptr_array_index (order, i);

      if (tafel_deelproduct_list_get_group_id (self, other) == group_id)
        last_same = i;
      else if (group_sort_key (self, other) <= group_sort_key (self, deelproduct))
        last_before = i;
    }
  g_ptr_array_insert (order, last_same >= 0 ? last_same + 1 : last_before + 1, deelproduct);

  return store_order (self, order, error);
}
