/* tafel-tarief-prijzen.c: the prices of every deelproduct of a traject */
#include "config.h"

#include <glib/gi18n.h>

#include "tafel-tarief-prijzen.h"

struct _TafelTariefPrijzen
{
  AdwBin                parent_instance;

  GtkWidget            *heading;
  GtkWidget            *header;
  GtkListBox           *list;
  GtkWidget            *status;

  GtkWidget            *header_regel;
  GtkSizeGroup         *columns;        /* the prices of every line and the header */
  TafelTrajectModel    *model;
  gulong                handlers[6];
  gulong                items_changed_id;
  guint                 idle_id;
  TafelKostprijsInvoer *invoer;
  GHashTable           *prijzen;        /* gint64 deelproduct id → TafelKostprijs */
  gboolean              visible[TAFEL_TARIEF_N_KOLOMMEN];
  gint64                selected_id;
  TafelDeelproduct     *selected;
};

enum {
  PROP_0,
  PROP_SELECTED,
  N_PROPS
};

enum {
  UPDATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static const char *const model_details[] = {
  "changed::functieprofiel", "changed::tariefmodel", "changed::mixregel",
  "changed::intensiteit", "changed::groepsparameters", "changed::deelproduct",
};

G_DEFINE_FINAL_TYPE (TafelTariefPrijzen, tafel_tarief_prijzen, ADW_TYPE_BIN)

static TafelTariefPrijsregel *
row_get_regel (GtkListBoxRow *row)
{
  return TAFEL_TARIEF_PRIJSREGEL (gtk_list_box_row_get_child (row));
}

static TafelDeelproduct *
row_get_deelproduct (GtkListBoxRow *row)
{
  return tafel_tarief_prijsregel_get_deelproduct (row_get_regel (row));
}

static void
update_row (TafelTariefPrijzen *self,
            GtkListBoxRow      *row)
{
  TafelTariefPrijsregel *regel = row_get_regel (row);
  gint64 id = tafel_entity_get_id (TAFEL_ENTITY (row_get_deelproduct (row)));

  tafel_tarief_prijsregel_show (regel, g_hash_table_lookup (self->prijzen, &id), self->visible);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  tafel_tarief_prijsregel_get_description (regel), -1);
}

/* Shows a level only when some deelproduct has decided it, and the group
 * column only when there is a group product. */
static void
update_columns (TafelTariefPrijzen *self)
{
  GListModel *list = self->model ? tafel_traject_model_get_list (self->model, TAFEL_TYPE_DEELPRODUCT) : NULL;
  guint n = list ? g_list_model_get_n_items (list) : 0;
  GHashTableIter iter;
  gpointer value;

  for (guint c = 0; c < TAFEL_TARIEF_N_KOLOMMEN; c++)
    self->visible[c] = c == TAFEL_TARIEF_KOLOM_UURPRIJS;

  g_hash_table_iter_init (&iter, self->prijzen);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      const TafelKostprijs *k = value;

      for (guint i = 0; i < 4; i++)
        if (!isnan (k->uren[i]))
          self->visible[TAFEL_TARIEF_KOLOM_LICHT + i] = TRUE;
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TafelDeelproduct) dp = g_list_model_get_item (list, i);

      if (tafel_deelproduct_is_groepsproduct (dp))
        self->visible[TAFEL_TARIEF_KOLOM_GROEP] = TRUE;
    }

  tafel_tarief_prijsregel_show (TAFEL_TARIEF_PRIJSREGEL (self->header_regel), NULL, self->visible);
}

static void
update_rows (TafelTariefPrijzen *self)
{
  GtkListBoxRow *row;

  update_columns (self);
  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->list, i)) != NULL; i++)
    update_row (self, row);
}

static void
set_selected (TafelTariefPrijzen *self,
              TafelDeelproduct   *dp)
{
  self->selected_id = dp ? tafel_entity_get_id (TAFEL_ENTITY (dp)) : 0;
  if (g_set_object (&self->selected, dp))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

static gboolean
recompute_idle_cb (gpointer user_data)
{
  TafelTariefPrijzen *self = user_data;

  self->idle_id = 0;
  tafel_tarief_prijzen_refresh (self);
  return G_SOURCE_REMOVE;
}

static void
queue_recompute (TafelTariefPrijzen *self)
{
  /* Before the next frame is drawn: the prices move with the edit. */
  if (self->idle_id == 0)
    self->idle_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE + 10, recompute_idle_cb, self, NULL);
}

static void
on_model_changed_cb (TafelTrajectModel  *model,
                     TafelTariefPrijzen *self)
{
  queue_recompute (self);
}

static void
on_row_selected_cb (GtkListBox         *list,
                    GtkListBoxRow      *row,
                    TafelTariefPrijzen *self)
{
  set_selected (self, row ? row_get_deelproduct (row) : NULL);
}

/* Rows came or went: keep the same deelproduct selected, or the first. */
static void
on_items_changed_cb (GListModel         *list,
                     guint               position,
                     guint               removed,
                     guint               added,
                     TafelTariefPrijzen *self)
{
  GtkListBoxRow *row = NULL;

  if (self->selected_id != 0)
    row = GTK_LIST_BOX_ROW (tafel_tarief_prijzen_get_row (self, self->selected_id));
  if (row == NULL)
    row = gtk_list_box_get_row_at_index (self->list, 0);
  if (row != gtk_list_box_get_selected_row (self->list))
    gtk_list_box_select_row (self->list, row);
  if (row == NULL)
    set_selected (self, NULL);
}

/* Alt+P: into the table, on the selected row. */
static gboolean
on_list_mnemonic_cb (GtkWidget          *list,
                     gboolean            group_cycling,
                     TafelTariefPrijzen *self)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->list);

  if (row == NULL)
    row = gtk_list_box_get_row_at_index (self->list, 0);
  if (row != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (row));
  return TRUE;
}

static GtkWidget *
create_row_cb (gpointer item,
               gpointer user_data)
{
  TafelTariefPrijzen *self = user_data;
  GtkWidget *row = gtk_list_box_row_new ();

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), tafel_tarief_prijsregel_new (item, self->columns));
  update_row (self, GTK_LIST_BOX_ROW (row));
  return row;
}

static void
tafel_tarief_prijzen_dispose (GObject *object)
{
  TafelTariefPrijzen *self = TAFEL_TARIEF_PRIJZEN (object);

  tafel_tarief_prijzen_set_model (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), TAFEL_TYPE_TARIEF_PRIJZEN);
  g_clear_pointer (&self->prijzen, g_hash_table_unref);
  g_clear_object (&self->columns);

  G_OBJECT_CLASS (tafel_tarief_prijzen_parent_class)->dispose (object);
}

static void
tafel_tarief_prijzen_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  TafelTariefPrijzen *self = TAFEL_TARIEF_PRIJZEN (object);

  switch (prop_id)
    {
    case PROP_SELECTED:
      g_value_set_object (value, self->selected);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tafel_tarief_prijzen_class_init (TafelTariefPrijzenClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tafel_tarief_prijzen_dispose;
  object_class->get_property = tafel_tarief_prijzen_get_property;

  properties[PROP_SELECTED] =
    g_param_spec_object ("selected", NULL, NULL, TAFEL_TYPE_DEELPRODUCT,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[UPDATED] =
    g_signal_new ("updated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/tafel-tarief-prijzen.ui");
  gtk_widget_class_bind_template_child (widget_class, TafelTariefPrijzen, heading);
  gtk_widget_class_bind_template_child (widget_class, TafelTariefPrijzen, header);
  gtk_widget_class_bind_template_child (widget_class, TafelTariefPrijzen, list);
  gtk_widget_class_bind_template_child (widget_class, TafelTariefPrijzen, status);
  gtk_widget_class_bind_template_callback (widget_class, on_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_list_mnemonic_cb);
}

static void
tafel_tarief_prijzen_init (TafelTariefPrijzen *self)
{
  GtkWidget *placeholder;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->columns = gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL);
  self->prijzen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                         (GDestroyNotify) tafel_kostprijs_free);
  self->visible[TAFEL_TARIEF_KOLOM_UURPRIJS] = TRUE;
  self->header_regel = tafel_tarief_prijsregel_new (NULL, self->columns);
  gtk_box_append (GTK_BOX (self->header), self->header_regel);
  update_columns (self);

  placeholder = gtk_label_new (_("This traject has no deelproducten yet."));
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_widget_set_margin_top (placeholder, 12);
  gtk_widget_set_margin_bottom (placeholder, 12);
  gtk_list_box_set_placeholder (self->list, placeholder);
}

GtkWidget *
tafel_tarief_prijzen_new (void)
{
  return g_object_new (TAFEL_TYPE_TARIEF_PRIJZEN, NULL);
}

void
tafel_tarief_prijzen_set_model (TafelTariefPrijzen *self,
                                TafelTrajectModel  *model)
{
  GListModel *list;

  g_return_if_fail (TAFEL_IS_TARIEF_PRIJZEN (self));

  if (self->model == model)
    return;

  if (self->model != NULL)
    {
      for (guint i = 0; i < G_N_ELEMENTS (self->handlers); i++)
        g_clear_signal_handler (&self->handlers[i], self->model);
      g_clear_signal_handler (&self->items_changed_id,
                              tafel_traject_model_get_list (self->model, TAFEL_TYPE_DEELPRODUCT));
    }

  g_clear_handle_id (&self->idle_id, g_source_remove);
  g_hash_table_remove_all (self->prijzen);
  g_clear_pointer (&self->invoer, tafel_kostprijs_invoer_free);
  gtk_list_box_bind_model (self->list, NULL, NULL, NULL, NULL);
  set_selected (self, NULL);
  g_set_object (&self->model, model);

  if (model == NULL)
    {
      update_columns (self);
      return;
    }

  for (guint i = 0; i < G_N_ELEMENTS (self->handlers); i++)
    self->handlers[i] = g_signal_connect (model, model_details[i], G_CALLBACK (on_model_changed_cb), self);

  /* Prices first, so that the new rows show them at once. */
  tafel_tarief_prijzen_refresh (self);
  list = tafel_traject_model_get_list (model, TAFEL_TYPE_DEELPRODUCT);
  gtk_list_box_bind_model (self->list, list, create_row_cb, self, NULL);
  /* After the list box's own handler, which makes the rows. */
  self->items_changed_id = g_signal_connect (list, "items-changed", G_CALLBACK (on_items_changed_cb), self);
  on_items_changed_cb (list, 0, 0, 0, self);
}

/* Recomputes every price now (changes otherwise wait for an idle moment). */
void
tafel_tarief_prijzen_refresh (TafelTariefPrijzen *self)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (TAFEL_IS_TARIEF_PRIJZEN (self));

  g_clear_handle_id (&self->idle_id, g_source_remove);
  g_hash_table_remove_all (self->prijzen);
  g_clear_pointer (&self->invoer, tafel_kostprijs_invoer_free);

  if (self->model != NULL)
    {
      TafelStore *store = tafel_traject_model_get_store (self->model);
      GListModel *list = tafel_traject_model_get_list (self->model, TAFEL_TYPE_DEELPRODUCT);
      guint n = g_list_model_get_n_items (list);

      self->invoer = tafel_kostprijs_invoer_load (store, tafel_traject_model_get_traject_id (self->model), &error);
      for (guint i = 0; self->invoer != NULL && i < n; i++)
        {
          g_autoptr(TafelDeelproduct) dp = g_list_model_get_item (list, i);
          TafelKostprijs *k = tafel_kostprijs_compute (store, self->invoer, dp, &error);

          if (k == NULL)
            break;
          g_hash_table_insert (self->prijzen, g_memdup2 (&k->deelproduct_id, sizeof (gint64)), k);
        }
    }

  gtk_label_set_label (GTK_LABEL (self->status), error ? error->message : "");
  gtk_widget_set_visible (self->status, error != NULL);

  update_rows (self);
  g_signal_emit (self, signals[UPDATED], 0);
}

/* What every price is built from now; NULL without a model. */
const TafelKostprijsInvoer *
tafel_tarief_prijzen_get_invoer (TafelTariefPrijzen *self)
{
  g_return_val_if_fail (TAFEL_IS_TARIEF_PRIJZEN (self), NULL);
  return self->invoer;
}

const TafelKostprijs *
tafel_tarief_prijzen_get_kostprijs (TafelTariefPrijzen *self,
                                    gint64              deelproduct_id)
{
  g_return_val_if_fail (TAFEL_IS_TARIEF_PRIJZEN (self), NULL);
  return g_hash_table_lookup (self->prijzen, &deelproduct_id);
}

TafelDeelproduct *
tafel_tarief_prijzen_get_selected (TafelTariefPrijzen *self)
{
  g_return_val_if_fail (TAFEL_IS_TARIEF_PRIJZEN (self), NULL);
  return self->selected;
}

void
tafel_tarief_prijzen_select (TafelTariefPrijzen *self,
                             gint64              deelproduct_id)
{
  GtkWidget *row = tafel_tarief_prijzen_get_row (self, deelproduct_id);

  g_return_if_fail (row != NULL);
  gtk_list_box_select_row (self->list, GTK_LIST_BOX_ROW (row));
}

GtkListBox *
tafel_tarief_prijzen_get_list_box (TafelTariefPrijzen *self)
{
  g_return_val_if_fail (TAFEL_IS_TARIEF_PRIJZEN (self), NULL);
  return self->list;
}

GtkWidget *
tafel_tarief_prijzen_get_row (TafelTariefPrijzen *self,
                              gint64              deelproduct_id)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (TAFEL_IS_TARIEF_PRIJZEN (self), NULL);

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->list, i)) != NULL; i++)
    if (tafel_entity_get_id (TAFEL_ENTITY (row_get_deelproduct (row))) == deelproduct_id)
      return GTK_WIDGET (row);

  return NULL;
}

/* The price shown in column @kolom of a deelproduct's row (with @hours,
 * the hours of the trajectory below it), or NULL when it is not shown:
 * the column is not in use, or the row shows why there is no price yet. */
const char *
tafel_tarief_prijzen_get_text (TafelTariefPrijzen *self,
                               gint64              deelproduct_id,
                               TafelTariefKolom    kolom,
                               gboolean            hours)
{
  GtkWidget *row = tafel_tarief_prijzen_get_row (self, deelproduct_id);

  return row ? tafel_tarief_prijsregel_get_text (row_get_regel (GTK_LIST_BOX_ROW (row)), kolom, hours) : NULL;
}

/* Why the row has no prices, or NULL when it shows them. */
const char *
tafel_tarief_prijzen_get_probleem (TafelTariefPrijzen *self,
                                   gint64              deelproduct_id)
{
  GtkWidget *row = tafel_tarief_prijzen_get_row (self, deelproduct_id);

  return row ? tafel_tarief_prijsregel_get_probleem (row_get_regel (GTK_LIST_BOX_ROW (row))) : NULL;
}

gboolean
tafel_tarief_prijzen_column_visible (TafelTariefPrijzen *self,
                                     TafelTariefKolom    kolom)
{
  g_return_val_if_fail (TAFEL_IS_TARIEF_PRIJZEN (self), FALSE);
  g_return_val_if_fail (kolom < TAFEL_TARIEF_N_KOLOMMEN, FALSE);
  return self->visible[kolom];
}
