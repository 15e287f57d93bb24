/* tafel-traject-model.c: everything of one open traject, as list models */
#include "config.h"

#include "tafel-inlevering.h"
#include "tafel-traject-model.h"

typedef struct {
  GType             type;
  GListStore       *list;
  GHashTable       *by_id;   /* gint64 id → borrowed entity */
  GCompareDataFunc  compare;
} Collection;

struct _TafelTrajectModel
{
  GObject       parent_instance;

  TafelStore   *store;
  TafelTraject *traject;
  GArray       *collections;  /* Collection */
  gulong        handlers[4];
};

enum {
  PROP_0,
  PROP_TRAJECT,
  N_PROPS
};

enum {
  CHANGED,
  LINKS_CHANGED,
  TRAJECT_REMOVED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (TafelTrajectModel, tafel_traject_model, G_TYPE_OBJECT)

static int
compare_ids (TafelEntity *a,
             TafelEntity *b)
{
  gint64 x = tafel_entity_get_id (a), y = tafel_entity_get_id (b);

  return x < y ? -1 : x > y;
}

static int
compare_by_position (gconstpointer a,
                     gconstpointer b,
                     gpointer      user_data)
{
  gint64 x = tafel_entity_get_int ((TafelEntity *) a, "position");
  gint64 y = tafel_entity_get_int ((TafelEntity *) b, "position");

  if (x != y)
    return x < y ? -1 : 1;

  return compare_ids ((TafelEntity *) a, (TafelEntity *) b);
}

static int
compare_by_title (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  const char *column = tafel_entity_get_table ((TafelEntity *) a)->title_column;
  g_autofree char *x = g_utf8_casefold (tafel_entity_get_string ((TafelEntity *) a, column), -1);
  g_autofree char *y = g_utf8_casefold (tafel_entity_get_string ((TafelEntity *) b, column), -1);
  int r = g_utf8_collate (x, y);

  return r != 0 ? r : compare_ids ((TafelEntity *) a, (TafelEntity *) b);
}

static int
compare_sessies (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  TafelSessie *x = (TafelSessie *) a, *y = (TafelSessie *) b;
  const char *dx = tafel_sessie_get_date (x), *dy = tafel_sessie_get_date (y);
  int r;

  if ((dx == NULL) != (dy == NULL))
    return dx == NULL ? 1 : -1;
  if ((r = g_strcmp0 (dx, dy)) != 0)
    return r;
  if ((r = g_strcmp0 (tafel_sessie_get_start_time (x), tafel_sessie_get_start_time (y))) != 0)
    return r;

  return compare_ids ((TafelEntity *) a, (TafelEntity *) b);
}

static int
compare_oldest_first (gconstpointer a,
                      gconstpointer b,
                      gpointer      user_data)
{
  return compare_ids ((TafelEntity *) a, (TafelEntity *) b);
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b,
                      gpointer      user_data)
{
  return compare_ids ((TafelEntity *) b, (TafelEntity *) a);
}

static Collection *
find_collection (TafelTrajectModel *self,
                 GType              type)
{
  for (guint i = 0; i < self->collections->len; i++)
    {
      Collection *c = &g_array_index (self->collections, Collection, i);
      if (c->type == type)
        return c;
    }

  return NULL;
}

static gboolean
find_position (Collection  *c,
               TafelEntity *entity,
               guint       *position)
{
  return g_list_store_find (c->list, entity, position);
}

static void
on_entity_added_cb (TafelStore        *store,
                    TafelEntity       *entity,
                    TafelTrajectModel *self)
{
  Collection *c = find_collection (self, G_OBJECT_TYPE (entity));
  gint64 id = tafel_entity_get_id (entity);
  TafelEntity *existing;

  if (c == NULL || tafel_entity_get_traject_id (entity) != tafel_traject_model_get_traject_id (self))
    return;

  /* Another copy of the same row (added elsewhere) replaces ours. */
  existing = g_hash_table_lookup (c->by_id, &id);
  if (existing != NULL)
    {
      guint pos;
      if (find_position (c, existing, &pos))
        g_list_store_remove (c->list, pos);
    }

  g_hash_table_insert (c->by_id, g_memdup2 (&id, sizeof id), entity);
  g_list_store_insert_sorted (c->list, entity, c->compare, NULL);
  g_signal_emit (self, signals[CHANGED], g_quark_from_string (tafel_entity_get_table (entity)->name));
}

static void
on_entity_removed_cb (TafelStore        *store,
                      TafelEntity       *entity,
                      TafelTrajectModel *self)
{
  gint64 id = tafel_entity_get_id (entity);
  Collection *c;
  TafelEntity *existing;
  guint pos;

  if (TAFEL_IS_TRAJECT (entity))
    {
      if (id == tafel_traject_model_get_traject_id (self))
        g_signal_emit (self, signals[TRAJECT_REMOVED], 0);
      return;
    }

  c = find_collection (self, G_OBJECT_TYPE (entity));
  if (c == NULL || tafel_entity_get_traject_id (entity) != tafel_traject_model_get_traject_id (self))
    return;

  existing = g_hash_table_lookup (c->by_id, &id);
  if (existing == NULL)
    return;

  if (find_position (c, existing, &pos))
    g_list_store_remove (c->list, pos);
  g_hash_table_remove (c->by_id, &id);

  g_signal_emit (self, signals[CHANGED], g_quark_from_string (tafel_entity_get_table (entity)->name));
}

static void
on_entity_changed_cb (TafelStore        *store,
                      TafelEntity       *entity,
                      TafelTrajectModel *self)
{
  gint64 id = tafel_entity_get_id (entity);
  Collection *c;
  TafelEntity *existing;
  guint pos, n;
  gboolean in_order = TRUE;

  if (TAFEL_IS_TRAJECT (entity))
    {
      if (id == tafel_traject_model_get_traject_id (self))
        {
          if (entity != TAFEL_ENTITY (self->traject))
            g_set_object (&self->traject, TAFEL_TRAJECT (entity));
          g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TRAJECT]);
          g_signal_emit (self, signals[CHANGED], g_quark_from_static_string ("traject"));
        }
      return;
    }

  c = find_collection (self, G_OBJECT_TYPE (entity));
  if (c == NULL || tafel_entity_get_traject_id (entity) != tafel_traject_model_get_traject_id (self))
    return;

  existing = g_hash_table_lookup (c->by_id, &id);
  if (existing == NULL || !find_position (c, existing, &pos))
    return;

  /* A change made through another object of the same row: take it over. */
  if (existing != entity)
    {
      g_hash_table_insert (c->by_id, g_memdup2 (&id, sizeof id), entity);
      g_list_store_splice (c->list, pos, 1, (gpointer *) &entity, 1);
    }

  n = g_list_model_get_n_items (G_LIST_MODEL (c->list));
  if (pos > 0)
    {
      g_autoptr(TafelEntity) prev = g_list_model_get_item (G_LIST_MODEL (c->list), pos - 1);
      in_order = c->compare (prev, entity, NULL) < 0;
    }
  if (in_order && pos + 1 < n)
    {
      g_autoptr(TafelEntity) next = g_list_model_get_item (G_LIST_MODEL (c->list), pos + 1);
      in_order = c->compare (entity, next, NULL) < 0;
    }

  if (!in_order)
    {
      g_object_ref (entity);
      g_list_store_remove (c->list, pos);
      g_list_store_insert_sorted (c->list, entity, c->compare, NULL);
      g_object_unref (entity);
    }

  g_signal_emit (self, signals[CHANGED], g_quark_from_string (tafel_entity_get_table (entity)->name));
}

static void
on_links_changed_cb (TafelStore        *store,
                     gint64             traject_id,
                     TafelTrajectModel *self)
{
  GSignalInvocationHint *hint = g_signal_get_invocation_hint (store);

  if (traject_id == tafel_traject_model_get_traject_id (self))
    g_signal_emit (self, signals[LINKS_CHANGED], hint->detail);
}

static void
tafel_traject_model_dispose (GObject *object)
{
  TafelTrajectModel *self = TAFEL_TRAJECT_MODEL (object);

  if (self->store != NULL)
    {
      for (guint i = 0; i < G_N_ELEMENTS (self->handlers); i++)
        g_clear_signal_handler (&self->handlers[i], self->store);
    }

  G_OBJECT_CLASS (tafel_traject_model_parent_class)->dispose (object);
}

static void
tafel_traject_model_finalize (GObject *object)
{
  TafelTrajectModel *self = TAFEL_TRAJECT_MODEL (object);

  for (guint i = 0; i < self->collections->len; i++)
    {
      Collection *c = &g_array_index (self->collections, Collection, i);
      g_clear_object (&c->list);
      g_clear_pointer (&c->by_id, g_hash_table_unref);
    }
  g_array_unref (self->collections);
  g_clear_object (&self->traject);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (tafel_traject_model_parent_class)->finalize (object);
}

static void
tafel_traject_model_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  TafelTrajectModel *self = TAFEL_TRAJECT_MODEL (object);

  switch (prop_id)
    {
    case PROP_TRAJECT:
      g_value_set_object (value, self->traject);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tafel_traject_model_class_init (TafelTrajectModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = tafel_traject_model_dispose;
  object_class->finalize = tafel_traject_model_finalize;
  object_class->get_property = tafel_traject_model_get_property;

  properties[PROP_TRAJECT] =
    g_param_spec_object ("traject", NULL, NULL, TAFEL_TYPE_TRAJECT,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* changed::TABLE: rows of that kind were added, removed or edited. */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /* links-changed::agenda and links-changed::aanwezigheid */
  signals[LINKS_CHANGED] =
    g_signal_new ("links-changed", G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /* The traject itself was deleted. */
  signals[TRAJECT_REMOVED] =
    g_signal_new ("traject-removed", G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
tafel_traject_model_init (TafelTrajectModel *self)
{
  self->collections = g_array_new (FALSE, TRUE, sizeof (Collection));
}

/* g_ptr_array_sort_with_data() hands over pointers to the elements. */
static int
compare_rows (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  Collection *c = user_data;

  return c->compare (*(gpointer const *) a, *(gpointer const *) b, NULL);
}

static gboolean
load_collection (TafelTrajectModel *self,
                 GType              type,
                 GCompareDataFunc   compare,
                 GError           **error)
{
  g_autoptr(GPtrArray) rows = tafel_store_list (self->store, type, tafel_traject_model_get_traject_id (self), error);
  Collection c = { .type = type, .compare = compare };

  if (rows == NULL)
    return FALSE;

  c.list = g_list_store_new (type);
  c.by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  for (guint i = 0; i < rows->len; i++)
    {
      TafelEntity *e = g_ptr_array_index (rows, i);
      gint64 id = tafel_entity_get_id (e);

      g_hash_table_insert (c.by_id, g_memdup2 (&id, sizeof id), e);
    }

  /* Sorted with the same function that places rows added later: the
   * store's ORDER BY agrees for most kinds, but its NOCASE only folds ASCII
   * ("Ärzte" would come before "äpfel"), and a list that is not in the
   * model's own order breaks insert_sorted() for every later row. */
  g_ptr_array_sort_with_data (rows, compare_rows, &c);
  g_list_store_splice (c.list, 0, 0, rows->pdata, rows->len);
  g_array_append_val (self->collections, c);

  return TRUE;
}

TafelTrajectModel *
tafel_traject_model_new (TafelStore *store,
                         gint64      traject_id,
                         GError    **error)
{
  g_autoptr(TafelTrajectModel) self = NULL;
  TafelTraject *traject;

  g_return_val_if_fail (TAFEL_IS_STORE (store), NULL);

  traject = tafel_store_get (store, TAFEL_TYPE_TRAJECT, traject_id, error);
  if (traject == NULL)
    return NULL;

  self = g_object_new (TAFEL_TYPE_TRAJECT_MODEL, NULL);
  self->store = g_object_ref (store);
  self->traject = traject;

  if (!load_collection (self, TAFEL_TYPE_VRAAGBLOK, compare_by_position, error) ||
      !load_collection (self, TAFEL_TYPE_SESSIE, compare_sessies, error) ||
      !load_collection (self, TAFEL_TYPE_ORGANISATIE, compare_by_title, error) ||
      !load_collection (self, TAFEL_TYPE_DEELNEMER, compare_by_title, error) ||
      !load_collection (self, TAFEL_TYPE_PRODUCTGROEP, compare_by_position, error) ||
      !load_collection (self, TAFEL_TYPE_DEELPRODUCT, compare_by_position, error) ||
      !load_collection (self, TAFEL_TYPE_GEELTJE, compare_newest_first, error) ||
      !load_collection (self, TAFEL_TYPE_AANBOD, compare_by_title, error) ||
      !load_collection (self, TAFEL_TYPE_FUNCTIEPROFIEL, compare_by_position, error) ||
      !load_collection (self, TAFEL_TYPE_INTENSITEIT, compare_oldest_first, error) ||
      !load_collection (self, TAFEL_TYPE_MIXREGEL, compare_oldest_first, error) ||
      !load_collection (self, TAFEL_TYPE_GROEPSPARAMETERS, compare_oldest_first, error) ||
      !load_collection (self, TAFEL_TYPE_TARIEFMODEL, compare_oldest_first, error) ||
      !load_collection (self, TAFEL_TYPE_EIS, compare_by_position, error) ||
      !load_collection (self, TAFEL_TYPE_EISBRON, compare_oldest_first, error) ||
      !load_collection (self, TAFEL_TYPE_EXPORTLOG, compare_oldest_first, error) ||
      !load_collection (self, TAFEL_TYPE_UITVRAAG, compare_oldest_first, error) ||
      !load_collection (self, TAFEL_TYPE_INLEVERING, compare_newest_first, error))
    return NULL;

  self->handlers[0] = g_signal_connect (store, "entity-added", G_CALLBACK (on_entity_added_cb), self);
  self->handlers[1] = g_signal_connect (store, "entity-removed", G_CALLBACK (on_entity_removed_cb), self);
  self->handlers[2] = g_signal_connect (store, "entity-changed", G_CALLBACK (on_entity_changed_cb), self);
  self->handlers[3] = g_signal_connect (store, "links-changed", G_CALLBACK (on_links_changed_cb), self);

  return g_steal_pointer (&self);
}

TafelStore *
tafel_traject_model_get_store (TafelTrajectModel *self)
{
  g_return_val_if_fail (TAFEL_IS_TRAJECT_MODEL (self), NULL);
  return self->store;
}

TafelTraject *
tafel_traject_model_get_traject (TafelTrajectModel *self)
{
  g_return_val_if_fail (TAFEL_IS_TRAJECT_MODEL (self), NULL);
  return self->traject;
}

gint64
tafel_traject_model_get_traject_id (TafelTrajectModel *self)
{
  g_return_val_if_fail (TAFEL_IS_TRAJECT_MODEL (self), 0);
  return tafel_entity_get_id (TAFEL_ENTITY (self->traject));
}

/* The live rows of @type (a TafelEntity subclass) in their natural order. */
GListModel *
tafel_traject_model_get_list (TafelTrajectModel *self,
                              GType              type)
{
  Collection *c;

  g_return_val_if_fail (TAFEL_IS_TRAJECT_MODEL (self), NULL);

  c = find_collection (self, type);
  g_return_val_if_fail (c != NULL, NULL);

  return G_LIST_MODEL (c->list);
}

gpointer
tafel_traject_model_lookup (TafelTrajectModel *self,
                            GType              type,
                            gint64             id)
{
  Collection *c;

  g_return_val_if_fail (TAFEL_IS_TRAJECT_MODEL (self), NULL);

  if (id == 0)
    return NULL;

  c = find_collection (self, type);
  g_return_val_if_fail (c != NULL, NULL);

  return g_hash_table_lookup (c->by_id, &id);
}

/* The title of a row (a deelproduct's name, an organisation's name), or ""
 * for 0 or a row that is gone. */
const char *
tafel_traject_model_lookup_name (TafelTrajectModel *self,
                                 GType              type,
                                 gint64             id)
{
  TafelEntity *entity = tafel_traject_model_lookup (self, type, id);
  const char *column;

  if (entity == NULL)
    return "";

  column = tafel_entity_get_table (entity)->title_column;
  return column ? tafel_entity_get_string (entity, column) : "";
}
