/* tafel-eis-nummer.c: the numbers of the requirements, chapter.section.n */
#include "config.h"

#include <stdlib.h>

#include "tafel-eis-nummer.h"
#include "tafel-verwerking.h"

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

static guint *
counts_of (GHashTable *tellers,
           guint       chapter)
{
  guint *count = g_hash_table_lookup (tellers, GUINT_TO_POINTER (chapter));

  if (count == NULL)
    {
      count = g_new0 (guint, MAX_SECTIES + 1);
      g_hash_table_insert (tellers, GUINT_TO_POINTER (chapter), count);
    }

  return count;
}

/* Orders "3.4.2" before "3.4.10" and "10.1.1" after "9.9.9"; the empty
 * string or NULL (no number) last. */
int
tafel_eis_nummer_compare (const char *a,
                          const char *b)
{
  const char *p = a ? a : "";
  const char *q = b ? b : "";

  if (*p == '\0' || *q == '\0')
    return (*p == '\0') - (*q == '\0');

  while (*p != '\0' || *q != '\0')
    {
      char *end_p, *end_q;
      gulong x = strtoul (p, &end_p, 10);
      gulong y = strtoul (q, &end_q, 10);

      if (x != y)
        return x < y ? -1 : 1;
      p = *end_p == '.' ? end_p + 1 : end_p;
      q = *end_q == '.' ? end_q + 1 : end_q;
      if (end_p == p && end_q == q)
        break;   /* neither moved: not a number */
    }

  return (*p != '\0') - (*q != '\0');
}

/* The number of every live requirement of traject @traject_id: a table
 * from the id (a gint64 *, owned) to "3.4.2" (owned). The requirements
 * that follow from the decisions come first in their sections, so the
 * stored ones of sections 4 and 8 count on after them. */
GHashTable *
tafel_eis_nummers (TafelStore  *store,
                   gint64       traject_id,
                   GError     **error)
{
  return tafel_eis_nummers_full (store, traject_id, NULL, NULL, error);
}

/* As tafel_eis_nummers(); also gives the requirements that follow from
 * the decisions (@generated, TafelEis with id 0, in chapter order, from
 * tafel_eis_uit_besluiten()) and their numbers (@generated_nummers, char *
 * in the same order). Either may be NULL. */
GHashTable *
tafel_eis_nummers_full (TafelStore  *store,
                        gint64       traject_id,
                        GPtrArray  **generated,
                        GPtrArray  **generated_nummers,
                        GError     **error)
{
  g_autoptr(GPtrArray) deelproducten = NULL;
  g_autoptr(GPtrArray) eisen = NULL;
  g_autoptr(GPtrArray) gen = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) gen_nummers = g_ptr_array_new_with_free_func (g_free);
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
  tellers = g_hash_table_new_full (NULL, NULL, NULL, free_counts);

  for (guint i = 0; i < deelproducten->len; i++)
    {
      TafelDeelproduct *dp = g_ptr_array_index (deelproducten, i);
      gint64 id = tafel_entity_get_id (TAFEL_ENTITY (dp));
      g_autoptr(GPtrArray) besluiten = tafel_eis_uit_besluiten (store, dp, error);

      if (besluiten == NULL)
        return NULL;
      g_hash_table_insert (hoofdstuk_van, g_memdup2 (&id, sizeof id), GUINT_TO_POINTER (i + 3));

      for (guint j = 0; j < besluiten->len; j++)
        {
          TafelEis *eis = g_ptr_array_index (besluiten, j);
          guint section = tafel_eis_sectie ("deelproduct", tafel_eis_get_aspect (eis));
          guint *count = counts_of (tellers, i + 3);

          count[section]++;
          g_ptr_array_add (gen, g_object_ref (eis));
          g_ptr_array_add (gen_nummers, g_strdup_printf ("%u.%u.%u", i + 3, section, count[section]));
        }
    }

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
      count = counts_of (tellers, chapter);
      count[section]++;

      g_hash_table_insert (nummers, g_memdup2 (&id, sizeof id),
                           g_strdup_printf ("%u.%u.%u", chapter, section, count[section]));
    }

  if (generated != NULL)
    *generated = g_steal_pointer (&gen);
  if (generated_nummers != NULL)
    *generated_nummers = g_steal_pointer (&gen_nummers);

  return nummers;
}
