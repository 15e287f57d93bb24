/* tafel-eis-nummer.c: the numbers of the requirements, chapter.section.n */
#include "config.h"

#include "tafel-eis-nummer.h"

/* The aspects in the order of their section numbers. */
static const char *const sectie_aspecten[] = {
  "doelgroepen", "activiteiten", "doorlooptijd", "intensiteit", "kwaliteit",
  "beoogd_resultaat", "productcode", "functiemix", "overig", NULL
};

#define MAX_SECTIES 9

/* The section number of a requirement of @hoofdstuk about @aspect. */
guint
tafel_eis_sectie (const char *hoofdstuk,
                  const char *aspect)
{
  if (g_strcmp0 (hoofdstuk, "deelproduct") != 0)
    return 1;

  for (guint i = 0; sectie_aspecten[i] != NULL; i++)
    if (g_strcmp0 (sectie_aspecten[i], aspect) == 0)
      return i + 1;

  return MAX_SECTIES;   /* an unknown aspect counts as "overig" */
}

static void
free_counts (gpointer data)
{
  g_free (data);
}

/* The number of every live requirement of traject @traject_id: a table
 * from the id (a gint64 *, owned) to "3.4.2" (owned). */
GHashTable *
tafel_eis_nummers (TafelStore  *store,
                   gint64       traject_id,
                   GError     **error)
{
  g_autoptr(GPtrArray) deelproducten = NULL;
  g_autoptr(GPtrArray) eisen = NULL;
  g_autoptr(GHashTable) hoofdstuk_van = NULL;   /* deelproduct id → chapter */
  g_autoptr(GHashTable) tellers = NULL;         /* chapter → guint[MAX_SECTIES] */
  GHashTable *nummers;

  g_return_val_if_fail (TAFEL_IS_STORE (store), NULL);

  deelproducten = tafel_store_list (store, TAFEL_TYPE_DEELPRODUCT, traject_id, error);
  if (deelproducten == NULL)
    return NULL;
  eisen = tafel_store_list (store, TAFEL_TYPE_EIS, traject_id, error);
  if (eisen == NULL)
    return NULL;

  hoofdstuk_van = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  for (guint i = 0; i < deelproducten->len; i++)
    {
      gint64 id = tafel_entity_get_id (g_ptr_array_index (deelproducten, i));

      g_hash_table_insert (hoofdstuk_van, g_memdup2 (&id, sizeof id), GUINT_TO_POINTER (i + 3));
    }

  tellers = g_hash_table_new_full (NULL, NULL, NULL, free_counts);
  nummers = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);

  /* the store lists them by position: the order within every section */
  for (guint i = 0; i < eisen->len; i++)
    {
      TafelEis *eis = g_ptr_array_index (eisen, i);
      const char *hoofdstuk = tafel_eis_get_hoofdstuk (eis);
      guint chapter, section;
      guint *count;
      gint64 id = tafel_entity_get_id (TAFEL_ENTITY (eis));

      if (g_strcmp0 (hoofdstuk, "algemeen") == 0)
        chapter = 1;
      else if (g_strcmp0 (hoofdstuk, "kwaliteit") == 0)
        chapter = 2;
      else
        {
          gint64 dp = tafel_eis_get_deelproduct_id (eis);

          chapter = GPOINTER_TO_UINT (g_hash_table_lookup (hoofdstuk_van, &dp));
          if (chapter == 0)
            continue;   /* its deelproduct was deleted: no number */
        }

      section = tafel_eis_sectie (hoofdstuk, tafel_eis_get_aspect (eis));
      count = g_hash_table_lookup (tellers, GUINT_TO_POINTER (chapter));
      if (count == NULL)
        {
          count = g_new0 (guint, MAX_SECTIES + 1);
          g_hash_table_insert (tellers, GUINT_TO_POINTER (chapter), count);
        }
      count[section]++;

      g_hash_table_insert (nummers, g_memdup2 (&id, sizeof id),
                           g_strdup_printf ("%u.%u.%u", chapter, section, count[section]));
    }

  return nummers;
}
