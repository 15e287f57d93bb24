/* tafel-koppel-column.c: the "Processed in" column of the sticky-note list */
#include "config.h"

#include <glib/gi18n.h>

#include "tafel-eis-nummer.h"
#include "tafel-koppel-column.h"
#include "tafel-koppel-dialog.h"
#include "tafel-row-slots.h"

/* What one note shows: "3.4.2, 3.4.5" and the tooltip with the texts. */
typedef struct {
  char *text;
  char *tooltip;
} Shown;

struct _TafelKoppelColumn
{
  GObject            parent_instance;

  GtkWidget         *view;      /* weak */
  TafelTrajectModel *model;
  GHashTable        *shown;     /* geeltje id (gint64 *) → Shown * */
  GHashTable        *bound;     /* GtkLabel * → TafelGeeltje * (ref) */
  guint              refresh_id;
};

G_DEFINE_FINAL_TYPE (TafelKoppelColumn, tafel_koppel_column, G_TYPE_OBJECT)

/* Tables whose changes can change what the column shows. */
static const char *const watched_tables[] = { "eis", "eisbron", "deelproduct", NULL };

static void
shown_free (gpointer data)
{
  Shown *s = data;

  g_free (s->text);
  g_free (s->tooltip);
  g_free (s);
}

static const Shown *
lookup_shown (TafelKoppelColumn *self,
              TafelGeeltje      *geeltje)
{
  gint64 id = tafel_entity_get_id (TAFEL_ENTITY (geeltje));

  return g_hash_table_lookup (self->shown, &id);
}

static void
render (TafelKoppelColumn *self,
        GtkLabel          *label,
        TafelGeeltje      *geeltje)
{
  const Shown *s = geeltje ? lookup_shown (self, geeltje) : NULL;
  const char *tooltip = s ? s->tooltip : NULL;

  gtk_label_set_text (label, s ? s->text : "");
  /* Setting a tooltip asks the X server where the pointer is: only when
   * it changes, not for every row bound. */
  if (g_strcmp0 (gtk_widget_get_tooltip_text (GTK_WIDGET (label)), tooltip) != 0)
    gtk_widget_set_tooltip_text (GTK_WIDGET (label), tooltip);
}

typedef struct {
  const char *nummer;
  const char *tekst;
} Link;

static int
compare_links (gconstpointer a,
               gconstpointer b)
{
  return tafel_koppel_compare_nummers (((const Link *) a)->nummer, ((const Link *) b)->nummer);
}

static Shown *
build_shown (GArray *links)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GString) tooltip = g_string_new (NULL);
  Shown *s = g_new0 (Shown, 1);

  g_array_sort (links, compare_links);
  for (guint i = 0; i < links->len; i++)
    {
      const Link *l = &g_array_index (links, Link, i);
      g_autofree char *short_text = NULL;

      if (g_utf8_strlen (l->tekst, -1) > 80)
        {
          g_autofree char *head = g_utf8_substring (l->tekst, 0, 79);
          short_text = g_strconcat (head, "…", NULL);
        }
      else
        short_text = g_strdup (l->tekst);

      g_string_append_printf (text, "%s%s", i > 0 ? ", " : "", l->nummer);
      g_string_append_printf (tooltip, "%s%s  %s", i > 0 ? "\n" : "", l->nummer, short_text);
    }

  s->text = g_string_free (g_steal_pointer (&text), FALSE);
  s->tooltip = g_string_free (g_steal_pointer (&tooltip), FALSE);
  return s;
}

static void
compute (TafelKoppelColumn *self)
{
  TafelStore *store;
  gint64 traject_id;
  g_autoptr(GHashTable) nummers = NULL;
  g_autoptr(GHashTable) teksten = NULL;   /* eis id → text (borrowed from eisen) */
  g_autoptr(GHashTable) per_geeltje = NULL;   /* geeltje id → GArray of Link */
  g_autoptr(GPtrArray) eisen = NULL;
  g_autoptr(GPtrArray) bronnen = NULL;
  g_autoptr(GError) error = NULL;
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_remove_all (self->shown);
  if (self->model == NULL)
    return;

  store = tafel_traject_model_get_store (self->model);
  traject_id = tafel_traject_model_get_traject_id (self->model);
  nummers = tafel_eis_nummers (store, traject_id, &error);
  eisen = nummers ? tafel_store_list (store, TAFEL_TYPE_EIS, traject_id, &error) : NULL;
  bronnen = eisen ? tafel_store_list (store, TAFEL_TYPE_EISBRON, traject_id, &error) : NULL;
  if (bronnen == NULL)
    {
      g_warning ("Cannot show which requirements the sticky notes went into: %s", error->message);
      return;
    }

  teksten = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  for (guint i = 0; i < eisen->len; i++)
    {
      TafelEis *eis = g_ptr_array_index (eisen, i);
      gint64 id = tafel_entity_get_id (TAFEL_ENTITY (eis));

      g_hash_table_insert (teksten, g_memdup2 (&id, sizeof id), (gpointer) tafel_eis_get_tekst (eis));
    }

  per_geeltje = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, (GDestroyNotify) g_array_unref);
  for (guint i = 0; i < bronnen->len; i++)
    {
      TafelEisbron *bron = g_ptr_array_index (bronnen, i);
      gint64 geeltje_id = tafel_eisbron_get_geeltje_id (bron);
      gint64 eis_id = tafel_eisbron_get_eis_id (bron);
      const char *nummer = g_hash_table_lookup (nummers, &eis_id);
      GArray *links;
      Link link;

      /* A source that is a proposal, or a deleted requirement. */
      if (geeltje_id == 0 || nummer == NULL)
        continue;

      links = g_hash_table_lookup (per_geeltje, &geeltje_id);
      if (links == NULL)
        {
          links = g_array_new (FALSE, FALSE, sizeof (Link));
          g_hash_table_insert (per_geeltje, g_memdup2 (&geeltje_id, sizeof geeltje_id), links);
        }
      link.nummer = nummer;
      link.tekst = g_hash_table_lookup (teksten, &eis_id);
      if (link.tekst == NULL)
        link.tekst = "";
      g_array_append_val (links, link);
    }

  g_hash_table_iter_init (&iter, per_geeltje);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_insert (self->shown, g_memdup2 (key, sizeof (gint64)), build_shown (value));
}

static void
refresh_now (TafelKoppelColumn *self)
{
  GHashTableIter iter;
  gpointer label, geeltje;

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  compute (self);

  g_hash_table_iter_init (&iter, self->bound);
  while (g_hash_table_iter_next (&iter, &label, &geeltje))
    render (self, label, geeltje);
}

static gboolean
refresh_cb (gpointer data)
{
  TafelKoppelColumn *self = data;

  self->refresh_id = 0;
  refresh_now (self);
  return G_SOURCE_REMOVE;
}

static void
on_model_changed_cb (TafelTrajectModel *model,
                     TafelKoppelColumn *self)
{
  /* A batch of links is many signals: count once after it. */
  if (self->refresh_id == 0)
    self->refresh_id = g_idle_add (refresh_cb, self);
}

static void
on_setup_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             TafelKoppelColumn        *self)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (item, label);
}

static void
on_bind_cb (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            TafelKoppelColumn        *self)
{
  GtkWidget *label = gtk_list_item_get_child (item);
  TafelGeeltje *geeltje = tafel_row_slot_get_item (gtk_list_item_get_item (item));

  if (geeltje != NULL)
    g_hash_table_replace (self->bound, label, g_object_ref (geeltje));
  else
    g_hash_table_remove (self->bound, label);
  render (self, GTK_LABEL (label), geeltje);
}

static void
on_unbind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              TafelKoppelColumn        *self)
{
  g_hash_table_remove (self->bound, gtk_list_item_get_child (item));
}

static void
tafel_koppel_column_dispose (GObject *object)
{
  TafelKoppelColumn *self = TAFEL_KOPPEL_COLUMN (object);

  tafel_koppel_column_set_model (self, NULL);
  g_clear_handle_id (&self->refresh_id, g_source_remove);
  g_hash_table_remove_all (self->bound);
  if (self->view != NULL)
    {
      g_object_remove_weak_pointer (G_OBJECT (self->view), (gpointer *) &self->view);
      self->view = NULL;
    }

  G_OBJECT_CLASS (tafel_koppel_column_parent_class)->dispose (object);
}

static void
tafel_koppel_column_finalize (GObject *object)
{
  TafelKoppelColumn *self = TAFEL_KOPPEL_COLUMN (object);

  g_hash_table_unref (self->shown);
  g_hash_table_unref (self->bound);

  G_OBJECT_CLASS (tafel_koppel_column_parent_class)->finalize (object);
}

static void
tafel_koppel_column_class_init (TafelKoppelColumnClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = tafel_koppel_column_dispose;
  object_class->finalize = tafel_koppel_column_finalize;
}

static void
tafel_koppel_column_init (TafelKoppelColumn *self)
{
  self->shown = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, shown_free);
  self->bound = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);
}

/* Appends the column to @view (after the others made so far). */
TafelKoppelColumn *
tafel_koppel_column_new (GtkColumnView *view)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) column = NULL;
  TafelKoppelColumn *self;

  g_return_val_if_fail (GTK_IS_COLUMN_VIEW (view), NULL);

  self = g_object_new (TAFEL_TYPE_KOPPEL_COLUMN, NULL);
  self->view = GTK_WIDGET (view);
  g_object_add_weak_pointer (G_OBJECT (view), (gpointer *) &self->view);

  /* The factory keeps this object alive for as long as it makes cells. */
  g_signal_connect_data (factory, "setup", G_CALLBACK (on_setup_cb),
                         g_object_ref (self), (GClosureNotify) (void (*) (void)) g_object_unref, 0);
  g_signal_connect (factory, "bind", G_CALLBACK (on_bind_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (on_unbind_cb), self);

  column = gtk_column_view_column_new (_("Processed in"), g_object_ref (factory));
  gtk_column_view_column_set_resizable (column, TRUE);
  gtk_column_view_column_set_fixed_width (column, 110);
  gtk_column_view_append_column (view, column);

  return self;
}

void
tafel_koppel_column_set_model (TafelKoppelColumn *self,
                               TafelTrajectModel *model)
{
  g_return_if_fail (TAFEL_IS_KOPPEL_COLUMN (self));

  if (self->model == model)
    return;

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);

  g_set_object (&self->model, model);

  if (model != NULL)
    for (guint i = 0; watched_tables[i] != NULL; i++)
      {
        g_autofree char *signal = g_strconcat ("changed::", watched_tables[i], NULL);

        g_signal_connect (model, signal, G_CALLBACK (on_model_changed_cb), self);
      }

  refresh_now (self);
}

void
tafel_koppel_column_refresh (TafelKoppelColumn *self)
{
  g_return_if_fail (TAFEL_IS_KOPPEL_COLUMN (self));
  refresh_now (self);
}

const char *
tafel_koppel_column_get_text (TafelKoppelColumn *self,
                              TafelGeeltje      *geeltje)
{
  const Shown *s;

  g_return_val_if_fail (TAFEL_IS_KOPPEL_COLUMN (self), NULL);
  g_return_val_if_fail (TAFEL_IS_GEELTJE (geeltje), NULL);

  if (self->refresh_id != 0)
    refresh_now (self);
  s = lookup_shown (self, geeltje);
  return s ? s->text : "";
}

GtkLabel *
tafel_koppel_column_get_cell (TafelKoppelColumn *self,
                              TafelGeeltje      *geeltje)
{
  GHashTableIter iter;
  gpointer label, shown;

  g_return_val_if_fail (TAFEL_IS_KOPPEL_COLUMN (self), NULL);

  if (self->refresh_id != 0)
    refresh_now (self);
  g_hash_table_iter_init (&iter, self->bound);
  while (g_hash_table_iter_next (&iter, &label, &shown))
    if (shown == geeltje)
      return label;

  return NULL;
}
