/* tafel-geeltje-filter.c: which sticky notes the list shows */
#include "config.h"

#include <string.h>

#include "tafel-geeltje-filter.h"

#define MAX_WORDS 32

struct _TafelGeeltjeFilter
{
  GtkFilter          parent_instance;

  TafelTrajectModel *model;
  TafelStore        *store;
  gulong             store_handler;

  char              *search;      /* as typed */
  GPtrArray         *words;       /* folded words of the search */
  guint32            all_words;   /* a bit per word */
  gint64             sessie_id;
  gint64             deelproduct_id;
  gint64             organisatie_id;
  const char        *kind;        /* interned choice id, or NULL */
  const char        *status;

  /* Per search: which words occur in each organisation's and deelproduct's
   * name (id → bits), built on first use. */
  GHashTable        *organisation_hits;
  GHashTable        *deelproduct_hits;
  gboolean           hits_valid;

  guint              refilter_id;
  guint              warm_id;     /* makes search keys while idle */
  guint              warm_next;
};

/* Made on first use, per geeltje: its folded text, in one block with the
 * text it was made from, which tells when it is out of date. */
typedef struct {
  char *key;
  char  source[];
} TextKey;

G_DEFINE_FINAL_TYPE (TafelGeeltjeFilter, tafel_geeltje_filter, GTK_TYPE_FILTER)

static GQuark text_key_quark;

static const char *
get_text_key (TafelGeeltje *geeltje)
{
  TextKey *k = g_object_get_qdata (G_OBJECT (geeltje), text_key_quark);
  const char *text = tafel_geeltje_get_text (geeltje);

  if (k == NULL || strcmp (k->source, text) != 0)
    {
      g_autofree char *folded = tafel_geeltje_filter_fold (text);
      gsize text_len = strlen (text) + 1, folded_len = strlen (folded) + 1;

      k = g_malloc (sizeof (TextKey) + text_len + folded_len);
      memcpy (k->source, text, text_len);
      k->key = k->source + text_len;
      memcpy (k->key, folded, folded_len);
      g_object_set_qdata_full (G_OBJECT (geeltje), text_key_quark, k, g_free);
    }

  return k->key;
}

static guint32
find_words (TafelGeeltjeFilter *self,
            const char         *name)
{
  g_autofree char *folded = tafel_geeltje_filter_fold (name);
  guint32 bits = 0;

  for (guint i = 0; i < self->words->len; i++)
    if (strstr (folded, g_ptr_array_index (self->words, i)) != NULL)
      bits |= 1u << i;

  return bits;
}

static void
fill_hits (TafelGeeltjeFilter *self,
           GHashTable         *hits,
           GType               type)
{
  GListModel *list = tafel_traject_model_get_list (self->model, type);
  guint n = g_list_model_get_n_items (list);

  g_hash_table_remove_all (hits);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TafelEntity) entity = g_list_model_get_item (list, i);
      gint64 id = tafel_entity_get_id (entity);
      guint32 bits = find_words (self, tafel_traject_model_lookup_name (self->model, type, id));

      if (bits != 0)
        g_hash_table_insert (hits, g_memdup2 (&id, sizeof id), GUINT_TO_POINTER (bits));
    }
}

static void
ensure_hits (TafelGeeltjeFilter *self)
{
  if (self->hits_valid)
    return;

  if (self->model != NULL)
    {
      fill_hits (self, self->organisation_hits, TAFEL_TYPE_ORGANISATIE);
      fill_hits (self, self->deelproduct_hits, TAFEL_TYPE_DEELPRODUCT);
    }
  self->hits_valid = TRUE;
}

static guint32
lookup_hits (GHashTable *hits,
             gint64      id)
{
  return id == 0 ? 0 : GPOINTER_TO_UINT (g_hash_table_lookup (hits, &id));
}

static GPtrArray *
split_words (const char *text)
{
  g_autofree char *folded = tafel_geeltje_filter_fold (text ? text : "");
  g_auto(GStrv) parts = g_strsplit_set (folded, " \t\n\r", -1);
  GPtrArray *words = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; parts[i] != NULL && words->len < MAX_WORDS; i++)
    if (*parts[i] != '\0')
      g_ptr_array_add (words, g_strdup (parts[i]));

  return words;
}

/* TRUE when every word of @a occurs within some word of @b: whatever
 * matches @b then matches @a too. */
static gboolean
words_within (GPtrArray *a,
              GPtrArray *b)
{
  for (guint i = 0; i < a->len; i++)
    {
      gboolean found = FALSE;

      for (guint j = 0; j < b->len && !found; j++)
        found = strstr (g_ptr_array_index (b, j), g_ptr_array_index (a, i)) != NULL;
      if (!found)
        return FALSE;
    }

  return TRUE;
}

static void
refilter (TafelGeeltjeFilter *self,
          GtkFilterChange     change)
{
  g_clear_handle_id (&self->refilter_id, g_source_remove);
  gtk_filter_changed (GTK_FILTER (self), change);
}

static gboolean
refilter_idle_cb (gpointer data)
{
  TafelGeeltjeFilter *self = data;

  self->refilter_id = 0;
  gtk_filter_changed (GTK_FILTER (self), GTK_FILTER_CHANGE_DIFFERENT);
  return G_SOURCE_REMOVE;
}

static void
schedule_refilter (TafelGeeltjeFilter *self)
{
  if (self->refilter_id == 0 && tafel_geeltje_filter_is_active (self))
    self->refilter_id = g_idle_add (refilter_idle_cb, self);
}

/* After a traject opens, the search keys are made a few thousand at a
 * time while nothing else happens, so that the first search is quick. */
static gboolean
warm_keys_cb (gpointer data)
{
  TafelGeeltjeFilter *self = data;
  GListModel *geeltjes = tafel_traject_model_get_list (self->model, TAFEL_TYPE_GEELTJE);
  guint n = g_list_model_get_n_items (geeltjes);
  guint end = MIN (n, self->warm_next + 2000);

  for (; self->warm_next < end; self->warm_next++)
    {
      g_autoptr(TafelGeeltje) geeltje = g_list_model_get_item (geeltjes, self->warm_next);
      get_text_key (geeltje);
    }

  if (self->warm_next < n)
    return G_SOURCE_CONTINUE;

  self->warm_id = 0;
  return G_SOURCE_REMOVE;
}

static GtkFilterChange
change_for_ids (gint64 old_id,
                gint64 new_id)
{
  if (old_id == TAFEL_GEELTJE_FILTER_ANY)
    return GTK_FILTER_CHANGE_MORE_STRICT;
  if (new_id == TAFEL_GEELTJE_FILTER_ANY)
    return GTK_FILTER_CHANGE_LESS_STRICT;
  return GTK_FILTER_CHANGE_DIFFERENT;
}

static void
on_geeltje_changed_cb (TafelStore         *store,
                       TafelEntity        *entity,
                       TafelGeeltjeFilter *self)
{
  /* An edited note may no longer match, or match now. */
  schedule_refilter (self);
}

static void
on_names_changed_cb (TafelTrajectModel  *model,
                     TafelGeeltjeFilter *self)
{
  self->hits_valid = FALSE;
  if (self->words->len > 0)
    schedule_refilter (self);
}

static gboolean
tafel_geeltje_filter_match (GtkFilter *filter,
                            gpointer   item)
{
  TafelGeeltjeFilter *self = TAFEL_GEELTJE_FILTER (filter);
  TafelGeeltje *geeltje = item;
  const char *key;
  guint32 found;

  if (self->sessie_id != TAFEL_GEELTJE_FILTER_ANY && tafel_geeltje_get_sessie_id (geeltje) != self->sessie_id)
    return FALSE;
  if (self->deelproduct_id != TAFEL_GEELTJE_FILTER_ANY && tafel_geeltje_get_deelproduct_id (geeltje) != self->deelproduct_id)
    return FALSE;
  if (self->organisatie_id != TAFEL_GEELTJE_FILTER_ANY && tafel_geeltje_get_organisatie_id (geeltje) != self->organisatie_id)
    return FALSE;
  if (self->kind != NULL && tafel_geeltje_get_kind (geeltje) != self->kind)
    return FALSE;
  if (self->status != NULL && tafel_geeltje_get_status (geeltje) != self->status)
    return FALSE;

  if (self->words->len == 0)
    return TRUE;

  ensure_hits (self);
  found = lookup_hits (self->organisation_hits, tafel_geeltje_get_organisatie_id (geeltje)) |
          lookup_hits (self->deelproduct_hits, tafel_geeltje_get_deelproduct_id (geeltje));
  if (found == self->all_words)
    return TRUE;

  key = get_text_key (geeltje);
  for (guint i = 0; i < self->words->len; i++)
    if ((found & (1u << i)) == 0 && strstr (key, g_ptr_array_index (self->words, i)) == NULL)
      return FALSE;

  return TRUE;
}

static GtkFilterMatch
tafel_geeltje_filter_get_strictness (GtkFilter *filter)
{
  TafelGeeltjeFilter *self = TAFEL_GEELTJE_FILTER (filter);

  return tafel_geeltje_filter_is_active (self) ? GTK_FILTER_MATCH_SOME : GTK_FILTER_MATCH_ALL;
}

static void
tafel_geeltje_filter_dispose (GObject *object)
{
  TafelGeeltjeFilter *self = TAFEL_GEELTJE_FILTER (object);

  tafel_geeltje_filter_set_model (self, NULL);
  g_clear_handle_id (&self->refilter_id, g_source_remove);
  g_clear_handle_id (&self->warm_id, g_source_remove);

  G_OBJECT_CLASS (tafel_geeltje_filter_parent_class)->dispose (object);
}

static void
tafel_geeltje_filter_finalize (GObject *object)
{
  TafelGeeltjeFilter *self = TAFEL_GEELTJE_FILTER (object);

  g_free (self->search);
  g_ptr_array_unref (self->words);
  g_hash_table_unref (self->organisation_hits);
  g_hash_table_unref (self->deelproduct_hits);

  G_OBJECT_CLASS (tafel_geeltje_filter_parent_class)->finalize (object);
}

static void
tafel_geeltje_filter_class_init (TafelGeeltjeFilterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkFilterClass *filter_class = GTK_FILTER_CLASS (klass);

  object_class->dispose = tafel_geeltje_filter_dispose;
  object_class->finalize = tafel_geeltje_filter_finalize;
  filter_class->match = tafel_geeltje_filter_match;
  filter_class->get_strictness = tafel_geeltje_filter_get_strictness;

  text_key_quark = g_quark_from_static_string ("tafel-geeltje-search-key");
}

static void
tafel_geeltje_filter_init (TafelGeeltjeFilter *self)
{
  self->search = g_strdup ("");
  self->words = g_ptr_array_new_with_free_func (g_free);
  self->sessie_id = TAFEL_GEELTJE_FILTER_ANY;
  self->deelproduct_id = TAFEL_GEELTJE_FILTER_ANY;
  self->organisatie_id = TAFEL_GEELTJE_FILTER_ANY;
  self->organisation_hits = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->deelproduct_hits = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
}

TafelGeeltjeFilter *
tafel_geeltje_filter_new (void)
{
  return g_object_new (TAFEL_TYPE_GEELTJE_FILTER, NULL);
}

/* The model names organisations and deelproducten for the search. The
 * other choices stay; the page resets them for another traject. */
void
tafel_geeltje_filter_set_model (TafelGeeltjeFilter *self,
                                TafelTrajectModel  *model)
{
  g_return_if_fail (TAFEL_IS_GEELTJE_FILTER (self));

  if (self->model == model)
    return;

  if (self->model != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->model, self);
      g_clear_signal_handler (&self->store_handler, self->store);
      g_clear_object (&self->store);
    }

  g_set_object (&self->model, model);
  self->hits_valid = FALSE;
  g_clear_handle_id (&self->warm_id, g_source_remove);

  if (model != NULL)
    {
      self->store = g_object_ref (tafel_traject_model_get_store (model));
      self->store_handler = g_signal_connect (self->store, "entity-changed::geeltje",
                                              G_CALLBACK (on_geeltje_changed_cb), self);
      g_signal_connect (model, "changed::organisatie", G_CALLBACK (on_names_changed_cb), self);
      g_signal_connect (model, "changed::deelproduct", G_CALLBACK (on_names_changed_cb), self);
      self->warm_next = 0;
      self->warm_id = g_idle_add_full (G_PRIORITY_LOW, warm_keys_cb, self, NULL);
    }

  if (self->words->len > 0)
    refilter (self, GTK_FILTER_CHANGE_DIFFERENT);
}

void
tafel_geeltje_filter_set_search (TafelGeeltjeFilter *self,
                                 const char         *text)
{
  g_autoptr(GPtrArray) words = NULL;
  gboolean stricter, looser;

  g_return_if_fail (TAFEL_IS_GEELTJE_FILTER (self));

  if (text == NULL)
    text = "";
  if (g_str_equal (text, self->search))
    return;

  g_free (self->search);
  self->search = g_strdup (text);

  words = split_words (text);
  stricter = words_within (self->words, words);
  looser = words_within (words, self->words);
  g_ptr_array_unref (self->words);
  self->words = g_steal_pointer (&words);
  self->all_words = self->words->len >= 32 ? G_MAXUINT32 : (1u << self->words->len) - 1;
  self->hits_valid = FALSE;

  if (stricter && looser)
    return;

  refilter (self, stricter ? GTK_FILTER_CHANGE_MORE_STRICT
                           : looser ? GTK_FILTER_CHANGE_LESS_STRICT : GTK_FILTER_CHANGE_DIFFERENT);
}

const char *
tafel_geeltje_filter_get_search (TafelGeeltjeFilter *self)
{
  g_return_val_if_fail (TAFEL_IS_GEELTJE_FILTER (self), NULL);
  return self->search;
}

static gint64 *
find_ref (TafelGeeltjeFilter *self,
          GType               type)
{
  if (type == TAFEL_TYPE_SESSIE)
    return &self->sessie_id;
  if (type == TAFEL_TYPE_DEELPRODUCT)
    return &self->deelproduct_id;
  if (type == TAFEL_TYPE_ORGANISATIE)
    return &self->organisatie_id;

  g_return_val_if_reached (NULL);
}

void
tafel_geeltje_filter_set_ref (TafelGeeltjeFilter *self,
                              GType               type,
                              gint64              id)
{
  gint64 *slot, old;

  g_return_if_fail (TAFEL_IS_GEELTJE_FILTER (self));

  slot = find_ref (self, type);
  if (slot == NULL || *slot == id)
    return;

  old = *slot;
  *slot = id;
  refilter (self, change_for_ids (old, id));
}

gint64
tafel_geeltje_filter_get_ref (TafelGeeltjeFilter *self,
                              GType               type)
{
  gint64 *slot;

  g_return_val_if_fail (TAFEL_IS_GEELTJE_FILTER (self), TAFEL_GEELTJE_FILTER_ANY);

  slot = find_ref (self, type);
  return slot ? *slot : TAFEL_GEELTJE_FILTER_ANY;
}

static void
set_choice (TafelGeeltjeFilter *self,
            const char        **slot,
            const TafelChoice  *choices,
            const char         *id)
{
  const char *interned = id ? tafel_choice_intern (choices, id) : NULL;
  const char *old = *slot;

  g_return_if_fail (id == NULL || interned != NULL);

  if (old == interned)
    return;

  *slot = interned;
  refilter (self, old == NULL ? GTK_FILTER_CHANGE_MORE_STRICT
                              : interned == NULL ? GTK_FILTER_CHANGE_LESS_STRICT
                                                 : GTK_FILTER_CHANGE_DIFFERENT);
}

void
tafel_geeltje_filter_set_kind (TafelGeeltjeFilter *self,
                               const char         *kind)
{
  g_return_if_fail (TAFEL_IS_GEELTJE_FILTER (self));
  set_choice (self, &self->kind, tafel_geeltje_kinds, kind);
}

void
tafel_geeltje_filter_set_status (TafelGeeltjeFilter *self,
                                 const char         *status)
{
  g_return_if_fail (TAFEL_IS_GEELTJE_FILTER (self));
  set_choice (self, &self->status, tafel_geeltje_statuses, status);
}

gboolean
tafel_geeltje_filter_is_active (TafelGeeltjeFilter *self)
{
  g_return_val_if_fail (TAFEL_IS_GEELTJE_FILTER (self), FALSE);

  return self->words->len > 0 ||
         self->sessie_id != TAFEL_GEELTJE_FILTER_ANY ||
         self->deelproduct_id != TAFEL_GEELTJE_FILTER_ANY ||
         self->organisatie_id != TAFEL_GEELTJE_FILTER_ANY ||
         self->kind != NULL ||
         self->status != NULL;
}

/* Shows every note again, in one change. */
void
tafel_geeltje_filter_reset (TafelGeeltjeFilter *self)
{
  g_return_if_fail (TAFEL_IS_GEELTJE_FILTER (self));

  if (!tafel_geeltje_filter_is_active (self))
    return;

  g_free (self->search);
  self->search = g_strdup ("");
  g_ptr_array_set_size (self->words, 0);
  self->all_words = 0;
  self->sessie_id = self->deelproduct_id = self->organisatie_id = TAFEL_GEELTJE_FILTER_ANY;
  self->kind = self->status = NULL;
  self->hits_valid = FALSE;

  refilter (self, GTK_FILTER_CHANGE_LESS_STRICT);
}

/* Runs a check that was put off until idle now. */
void
tafel_geeltje_filter_flush (TafelGeeltjeFilter *self)
{
  g_return_if_fail (TAFEL_IS_GEELTJE_FILTER (self));

  if (self->refilter_id != 0)
    refilter (self, GTK_FILTER_CHANGE_DIFFERENT);
}

char *
tafel_geeltje_filter_fold (const char *text)
{
  const guchar *p;
  GString *folded;

  g_return_val_if_fail (text != NULL, NULL);

  /* Most notes are plain ASCII: the fast way. */
  for (p = (const guchar *) text; *p != '\0' && *p < 0x80; p++)
    ;
  if (*p == '\0')
    return g_ascii_strdown (text, -1);

  /* Otherwise one pass, character by character: take the base letters of
   * each decomposed character, lower case ("É" → "e", "ĳ" → "ij"). */
  folded = g_string_sized_new (strlen (text));
  for (const char *q = text; *q != '\0'; )
    {
      gunichar c = g_utf8_get_char_validated (q, -1);
      gunichar parts[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
      gsize n;

      if ((guchar) *q < 0x80)
        {
          g_string_append_c (folded, g_ascii_tolower (*q));
          q++;
          continue;
        }
      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          q++;   /* not UTF-8: the store never keeps such text */
          continue;
        }

      q = g_utf8_next_char (q);
      n = g_unichar_fully_decompose (c, TRUE, parts, G_N_ELEMENTS (parts));
      for (gsize i = 0; i < n; i++)
        if (!g_unichar_ismark (parts[i]))
          g_string_append_unichar (folded, g_unichar_tolower (parts[i]));
    }

  return g_string_free (folded, FALSE);
}
