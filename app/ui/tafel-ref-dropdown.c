/* tafel-ref-dropdown.c: a GtkDropDown over the rows of one kind of a traject */
#include "config.h"

#include <glib/gi18n.h>

#include "tafel-ref-dropdown.h"

struct _TafelRefDropdown
{
  GObject              parent_instance;

  GtkDropDown         *dropdown;   /* weak */
  GType                type;
  TafelTrajectModel   *model;

  GListStore          *fixed;      /* GtkStringObject, the fixed entries */
  GArray              *fixed_ids;  /* gint64, parallel to fixed */
  GListStore          *no_rows;    /* stands in for the rows without a model */
  GListStore          *parts;      /* GListModel: fixed, rows */
  GtkFlattenListModel *flat;

  gint64               id;
  guint                updating;
};

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (TafelRefDropdown, tafel_ref_dropdown, G_TYPE_OBJECT)

static GQuark notify_handler_quark;

static gint64
id_at (TafelRefDropdown *self,
       guint             position)
{
  g_autoptr(GObject) item = NULL;

  if (self->fixed_ids->len == 0)
    return 0;

  if (position < self->fixed_ids->len)
    return g_array_index (self->fixed_ids, gint64, position);

  item = g_list_model_get_item (G_LIST_MODEL (self->flat), position);
  if (item == NULL || !TAFEL_IS_ENTITY (item))
    return g_array_index (self->fixed_ids, gint64, 0);

  return tafel_entity_get_id (TAFEL_ENTITY (item));
}

static guint
find_position (TafelRefDropdown *self,
               gint64            id)
{
  GListModel *rows;
  guint n;

  for (guint i = 0; i < self->fixed_ids->len; i++)
    if (g_array_index (self->fixed_ids, gint64, i) == id)
      return i;

  if (self->model == NULL || tafel_traject_model_lookup (self->model, self->type, id) == NULL)
    return GTK_INVALID_LIST_POSITION;

  /* The row lists are short (sessions, deelproducten, organisations). */
  rows = tafel_traject_model_get_list (self->model, self->type);
  n = g_list_model_get_n_items (rows);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TafelEntity) entity = g_list_model_get_item (rows, i);

      if (tafel_entity_get_id (entity) == id)
        return self->fixed_ids->len + i;
    }

  return GTK_INVALID_LIST_POSITION;
}

static void
select_position (TafelRefDropdown *self,
                 guint             position)
{
  if (self->dropdown == NULL || gtk_drop_down_get_selected (self->dropdown) == position)
    return;

  self->updating++;
  gtk_drop_down_set_selected (self->dropdown, position);
  self->updating--;
}

static void
take_id (TafelRefDropdown *self,
         gint64            id)
{
  if (self->id == id)
    return;

  self->id = id;
  g_signal_emit (self, signals[CHANGED], 0);
}

/* Shows the chosen id again after the list changed, or the first entry
 * when the chosen row is gone. */
static void
resync (TafelRefDropdown *self)
{
  guint position = find_position (self, self->id);

  if (position == GTK_INVALID_LIST_POSITION)
    position = 0;

  select_position (self, position);
  take_id (self, id_at (self, position));
}

static const char *
get_subtitle (TafelRefDropdown *self,
              gpointer          item)
{
  if (self->model == NULL || !TAFEL_IS_DEELPRODUCT (item))
    return "";

  return tafel_traject_model_lookup_name (self->model, TAFEL_TYPE_PRODUCTGROEP,
                                          tafel_deelproduct_get_productgroep_id (item));
}

static void
update_item_label (GtkListItem *list_item)
{
  GtkWidget *child = gtk_list_item_get_child (list_item);
  GtkWidget *title = GTK_IS_BOX (child) ? gtk_widget_get_first_child (child) : child;
  gpointer item = gtk_list_item_get_item (list_item);
  g_autofree char *label = item ? tafel_ref_dup_label (item) : g_strdup ("");

  gtk_label_set_label (GTK_LABEL (title), label);
}

static void
on_item_notify_cb (GObject     *item,
                   GParamSpec  *pspec,
                   GtkListItem *list_item)
{
  update_item_label (list_item);
}

static void
on_button_setup_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *list_item,
                    TafelRefDropdown         *self)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_width_chars (GTK_LABEL (label), 10);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 28);
  gtk_list_item_set_child (list_item, label);
}

static void
on_list_setup_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item,
                  TafelRefDropdown         *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *subtitle = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_max_width_chars (GTK_LABEL (title), 50);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), subtitle);
  gtk_list_item_set_child (list_item, box);
}

static void
on_bind_cb (GtkSignalListItemFactory *factory,
            GtkListItem              *list_item,
            TafelRefDropdown         *self)
{
  GtkWidget *child = gtk_list_item_get_child (list_item);
  gpointer item = gtk_list_item_get_item (list_item);

  update_item_label (list_item);

  if (GTK_IS_BOX (child))
    {
      GtkWidget *subtitle = gtk_widget_get_last_child (child);
      const char *text = get_subtitle (self, item);

      gtk_label_set_label (GTK_LABEL (subtitle), text);
      gtk_widget_set_visible (subtitle, *text != '\0');
    }

  /* Rows renamed elsewhere show their new name at once. */
  if (TAFEL_IS_ENTITY (item))
    {
      gulong id = g_signal_connect (item, "notify", G_CALLBACK (on_item_notify_cb), list_item);
      g_object_set_qdata (G_OBJECT (list_item), notify_handler_quark, GSIZE_TO_POINTER (id));
    }
}

static void
on_unbind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              TafelRefDropdown         *self)
{
  gulong id = GPOINTER_TO_SIZE (g_object_get_qdata (G_OBJECT (list_item), notify_handler_quark));
  gpointer item = gtk_list_item_get_item (list_item);

  if (id != 0 && item != NULL)
    g_signal_handler_disconnect (item, id);
  g_object_set_qdata (G_OBJECT (list_item), notify_handler_quark, NULL);
}

static char *
get_search_label (GObject *item)
{
  return item ? tafel_ref_dup_label (item) : g_strdup ("");
}

static void
on_flat_items_changed_before_cb (GListModel       *model,
                                 guint             position,
                                 guint             removed,
                                 guint             added,
                                 TafelRefDropdown *self)
{
  /* The drop-down's own selection moves to a neighbour when the chosen
   * row is removed: ignore that, and restore the choice afterwards. */
  self->updating++;
}

static void
on_flat_items_changed_after_cb (GListModel       *model,
                                guint             position,
                                guint             removed,
                                guint             added,
                                TafelRefDropdown *self)
{
  self->updating--;
  if (self->updating == 0)
    resync (self);
}

static void
on_selected_cb (GtkDropDown      *dropdown,
                GParamSpec       *pspec,
                TafelRefDropdown *self)
{
  guint position;

  if (self->updating > 0)
    return;

  position = gtk_drop_down_get_selected (dropdown);
  if (position == GTK_INVALID_LIST_POSITION)
    {
      resync (self);
      return;
    }

  take_id (self, id_at (self, position));
}

static GtkListItemFactory *
create_factory (TafelRefDropdown *self,
                GCallback         setup)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", setup, self);
  g_signal_connect (factory, "bind", G_CALLBACK (on_bind_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (on_unbind_cb), self);
  return factory;
}

static void
tafel_ref_dropdown_dispose (GObject *object)
{
  TafelRefDropdown *self = TAFEL_REF_DROPDOWN (object);

  if (self->dropdown != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->dropdown, self);
      /* The factories call back into this object: detach them first. */
      gtk_drop_down_set_model (self->dropdown, NULL);
      gtk_drop_down_set_factory (self->dropdown, NULL);
      gtk_drop_down_set_list_factory (self->dropdown, NULL);
      g_object_remove_weak_pointer (G_OBJECT (self->dropdown), (gpointer *) &self->dropdown);
      self->dropdown = NULL;
    }

  if (self->flat != NULL)
    g_signal_handlers_disconnect_by_data (self->flat, self);

  g_clear_object (&self->flat);
  g_clear_object (&self->parts);
  g_clear_object (&self->fixed);
  g_clear_object (&self->no_rows);
  g_clear_object (&self->model);

  G_OBJECT_CLASS (tafel_ref_dropdown_parent_class)->dispose (object);
}

static void
tafel_ref_dropdown_finalize (GObject *object)
{
  TafelRefDropdown *self = TAFEL_REF_DROPDOWN (object);

  g_array_unref (self->fixed_ids);

  G_OBJECT_CLASS (tafel_ref_dropdown_parent_class)->finalize (object);
}

static void
tafel_ref_dropdown_class_init (TafelRefDropdownClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = tafel_ref_dropdown_dispose;
  object_class->finalize = tafel_ref_dropdown_finalize;

  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  notify_handler_quark = g_quark_from_static_string ("tafel-ref-dropdown-notify");
}

static void
tafel_ref_dropdown_init (TafelRefDropdown *self)
{
  self->fixed_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
}

/* Drives @dropdown (its model, factories and search) with rows of @type. */
TafelRefDropdown *
tafel_ref_dropdown_new (GtkDropDown *dropdown,
                        GType        type)
{
  TafelRefDropdown *self;
  g_autoptr(GtkListItemFactory) factory = NULL;
  g_autoptr(GtkListItemFactory) list_factory = NULL;
  GtkExpression *expression;

  g_return_val_if_fail (GTK_IS_DROP_DOWN (dropdown), NULL);
  g_return_val_if_fail (g_type_is_a (type, TAFEL_TYPE_ENTITY), NULL);

  self = g_object_new (TAFEL_TYPE_REF_DROPDOWN, NULL);
  self->dropdown = dropdown;
  g_object_add_weak_pointer (G_OBJECT (dropdown), (gpointer *) &self->dropdown);
  self->type = type;

  self->fixed = g_list_store_new (GTK_TYPE_STRING_OBJECT);
  self->no_rows = g_list_store_new (type);
  self->parts = g_list_store_new (G_TYPE_LIST_MODEL);
  g_list_store_append (self->parts, self->fixed);
  g_list_store_append (self->parts, self->no_rows);
  self->flat = gtk_flatten_list_model_new (g_object_ref (G_LIST_MODEL (self->parts)));

  /* Connected before the drop-down connects its own handler. */
  g_signal_connect (self->flat, "items-changed", G_CALLBACK (on_flat_items_changed_before_cb), self);
  g_signal_connect_after (self->flat, "items-changed", G_CALLBACK (on_flat_items_changed_after_cb), self);

  factory = create_factory (self, G_CALLBACK (on_button_setup_cb));
  list_factory = create_factory (self, G_CALLBACK (on_list_setup_cb));
  expression = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                            G_CALLBACK (get_search_label), NULL, NULL);

  gtk_drop_down_set_factory (dropdown, factory);
  gtk_drop_down_set_list_factory (dropdown, list_factory);
  gtk_drop_down_set_expression (dropdown, expression);
  gtk_drop_down_set_enable_search (dropdown, TRUE);
  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (self->flat));
  gtk_expression_unref (expression);

  g_signal_connect (dropdown, "notify::selected", G_CALLBACK (on_selected_cb), self);

  return self;
}

/* Adds an entry before the rows; the first one added is chosen at first
 * and whenever the chosen row disappears. */
void
tafel_ref_dropdown_add_fixed (TafelRefDropdown *self,
                              gint64            id,
                              const char       *label)
{
  g_autoptr(GtkStringObject) item = NULL;

  g_return_if_fail (TAFEL_IS_REF_DROPDOWN (self));

  if (self->fixed_ids->len == 0)
    self->id = id;

  item = gtk_string_object_new (label);
  g_array_append_val (self->fixed_ids, id);
  g_list_store_append (self->fixed, item);
}

void
tafel_ref_dropdown_set_model (TafelRefDropdown  *self,
                              TafelTrajectModel *model)
{
  GListModel *rows;

  g_return_if_fail (TAFEL_IS_REF_DROPDOWN (self));

  if (!g_set_object (&self->model, model))
    return;

  rows = model ? tafel_traject_model_get_list (model, self->type) : G_LIST_MODEL (self->no_rows);
  g_list_store_splice (self->parts, 1, 1, (gpointer *) &rows, 1);
}

gint64
tafel_ref_dropdown_get_id (TafelRefDropdown *self)
{
  g_return_val_if_fail (TAFEL_IS_REF_DROPDOWN (self), 0);
  return self->id;
}

/* Chooses @id; returns FALSE, and chooses the first fixed entry, when
 * there is no such entry or row. */
gboolean
tafel_ref_dropdown_set_id (TafelRefDropdown *self,
                           gint64            id)
{
  guint position;

  g_return_val_if_fail (TAFEL_IS_REF_DROPDOWN (self), FALSE);

  position = find_position (self, id);
  select_position (self, position == GTK_INVALID_LIST_POSITION ? 0 : position);
  take_id (self, id_at (self, position == GTK_INVALID_LIST_POSITION ? 0 : position));

  return position != GTK_INVALID_LIST_POSITION;
}

GtkDropDown *
tafel_ref_dropdown_get_dropdown (TafelRefDropdown *self)
{
  g_return_val_if_fail (TAFEL_IS_REF_DROPDOWN (self), NULL);
  return self->dropdown;
}

char *
tafel_ref_dup_label (gpointer entity)
{
  char *title;

  if (entity == NULL)
    return g_strdup ("");

  if (GTK_IS_STRING_OBJECT (entity))
    return g_strdup (gtk_string_object_get_string (entity));

  if (TAFEL_IS_SESSIE (entity))
    return tafel_sessie_dup_label (entity);

  if (TAFEL_IS_VRAAGBLOK (entity))
    return g_strdup_printf ("%" G_GINT64_FORMAT ". %s",
                            tafel_vraagblok_get_position (entity) + 1,
                            tafel_vraagblok_get_title (entity));

  title = tafel_entity_dup_title (entity);
  return title ? title : tafel_entity_dup_description (entity);
}

/* The label of row @id, or "" for 0 or a row that is gone. */
char *
tafel_ref_dup_label_for_id (TafelTrajectModel *model,
                            GType              type,
                            gint64             id)
{
  gpointer entity;

  if (model == NULL || id == 0)
    return g_strdup ("");

  entity = tafel_traject_model_lookup (model, type, id);
  if (entity == NULL)
    return g_strdup ("");

  /* Sessions and question blocks have a composed label; others a name. */
  if (TAFEL_IS_SESSIE (entity) || TAFEL_IS_VRAAGBLOK (entity))
    return tafel_ref_dup_label (entity);

  return g_strdup (tafel_traject_model_lookup_name (model, type, id));
}
