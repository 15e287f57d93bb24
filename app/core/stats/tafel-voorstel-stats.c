/* tafel-voorstel-stats.c: the spread of the providers' proposals */
#include "config.h"

#include <math.h>
#include <string.h>

#include "tafel-decimal.h"
#include "tafel-store-private.h"
#include "tafel-voorstel-stats.h"

/* Live proposals (of live organisations) and the decisions of one
 * deelproduct; ?2 = 0 or the session of a proposal. */
#define LIVE_ORIGIN                                                                     \
  " AND x.deleted_at IS NULL"                                                           \
  " AND (x.bron = 'besluit' OR (?2 = 0 OR x.sessie_id = ?2))"                           \
  " AND (x.organisatie_id IS NULL OR EXISTS (SELECT 1 FROM organisatie o"               \
  "      WHERE o.id = x.organisatie_id AND o.deleted_at IS NULL))"

static const char intensiteit_sql[] =
  "SELECT x.bron, x.niveau, x.organisatie_id, x.sessie_id, x.uren, x.duur FROM intensiteit x"
  " WHERE x.deelproduct_id = ?1" LIVE_ORIGIN
  " ORDER BY x.id";

static const char mix_sql[] =
  "SELECT x.bron, x.tijdsoort, x.organisatie_id, x.sessie_id, x.functieprofiel_id, x.aandeel FROM mixregel x"
  " JOIN functieprofiel f ON f.id = x.functieprofiel_id AND f.deleted_at IS NULL"
  " WHERE x.deelproduct_id = ?1" LIVE_ORIGIN
  " ORDER BY x.id";

static const char groep_sql[] =
  "SELECT x.bron, x.jeugdigen_per_groep, x.bezetting, x.uren_per_bijeenkomst, x.bijeenkomsten_per_week,"
  " x.direct_per_groep, x.indirect_per_groep FROM groepsparameters x"
  " WHERE x.deelproduct_id = ?1" LIVE_ORIGIN
  " ORDER BY x.id";

static void
niveau_stats_free (gpointer data)
{
  TafelNiveauStats *n = data;

  g_array_unref (n->uren);
  g_array_unref (n->duur);
  g_free (n);
}

void
tafel_deelproduct_stats_free (TafelDeelproductStats *stats)
{
  if (stats == NULL)
    return;

  g_ptr_array_unref (stats->niveaus);
  g_array_unref (stats->mix);
  g_free (stats);
}

TafelNiveauStats *
tafel_deelproduct_stats_get_niveau (TafelDeelproductStats *stats,
                                    const char            *niveau)
{
  g_return_val_if_fail (stats != NULL, NULL);

  for (guint i = 0; i < stats->niveaus->len; i++)
    {
      TafelNiveauStats *n = g_ptr_array_index (stats->niveaus, i);

      if (g_strcmp0 (n->niveau, niveau) == 0)
        return n;
    }

  return NULL;
}

static void
summarise (GArray       *points,
           TafelSummary *out)
{
  g_autofree double *values = g_new (double, MAX (points->len, 1));

  for (guint i = 0; i < points->len; i++)
    values[i] = g_array_index (points, TafelVoorstelPunt, i).value;
  tafel_summary_compute (values, points->len, out);
}

static gboolean
read_intensiteit (TafelStore            *store,
                  TafelDeelproductStats *stats,
                  gint64                 sessie_id,
                  GError               **error)
{
  sqlite3_stmt *stmt = _tafel_store_prepare (store, intensiteit_sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, stats->deelproduct_id);
  sqlite3_bind_int64 (stmt, 2, sessie_id);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gboolean besluit = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "besluit") == 0;
      TafelNiveauStats *n = tafel_deelproduct_stats_get_niveau (stats, (const char *) sqlite3_column_text (stmt, 1));
      TafelVoorstelPunt p = {
        .organisatie_id = sqlite3_column_int64 (stmt, 2),
        .sessie_id = sqlite3_column_int64 (stmt, 3),
      };

      if (n == NULL)
        continue;   /* a level no longer in use */

      if (besluit)
        {
          n->besluit_uren = sqlite3_column_type (stmt, 4) == SQLITE_NULL ? TAFEL_DECIMAL_NONE : sqlite3_column_int64 (stmt, 4);
          n->besluit_duur = sqlite3_column_type (stmt, 5) == SQLITE_NULL ? TAFEL_DECIMAL_NONE : sqlite3_column_int64 (stmt, 5);
          continue;
        }

      if (sqlite3_column_type (stmt, 4) != SQLITE_NULL)
        {
          p.value = tafel_decimal_to_double (sqlite3_column_int64 (stmt, 4));
          g_array_append_val (n->uren, p);
        }
      if (sqlite3_column_type (stmt, 5) != SQLITE_NULL)
        {
          p.value = tafel_decimal_to_double (sqlite3_column_int64 (stmt, 5));
          g_array_append_val (n->duur, p);
        }
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      tafel_db_set_error (error, _tafel_store_get_db (store), rc, tafel_store_get_path (store));
      return FALSE;
    }

  for (guint i = 0; i < stats->niveaus->len; i++)
    {
      TafelNiveauStats *n = g_ptr_array_index (stats->niveaus, i);

      summarise (n->uren, &n->uren_summary);
      summarise (n->duur, &n->duur_summary);
    }

  return TRUE;
}

typedef struct {
  gint64      functieprofiel_id;
  const char *tijdsoort;
  double      total;     /* sum of shares over proposals, percent */
  guint       n;
  double      besluit;
} MixAcc;

static MixAcc *
find_acc (GArray     *acc,
          gint64      functieprofiel_id,
          const char *tijdsoort)
{
  MixAcc fresh = { functieprofiel_id, tijdsoort, 0, 0, NAN };

  for (guint i = 0; i < acc->len; i++)
    {
      MixAcc *a = &g_array_index (acc, MixAcc, i);

      if (a->functieprofiel_id == functieprofiel_id && a->tijdsoort == tijdsoort)
        return a;
    }

  g_array_append_val (acc, fresh);
  return &g_array_index (acc, MixAcc, acc->len - 1);
}

static int
compare_mix (gconstpointer a,
             gconstpointer b)
{
  const TafelMixGemiddelde *x = a, *y = b;
  int kind = strcmp (x->tijdsoort, y->tijdsoort);

  if (kind != 0)
    return kind;   /* "direct" before "indirect" */
  if (x->gemiddeld != y->gemiddeld)
    return x->gemiddeld > y->gemiddeld ? -1 : 1;
  return x->functieprofiel_id < y->functieprofiel_id ? -1 : (x->functieprofiel_id > y->functieprofiel_id);
}

static gboolean
read_mix (TafelStore            *store,
          TafelDeelproductStats *stats,
          gint64                 sessie_id,
          GError               **error)
{
  g_autoptr(GArray) acc = g_array_new (FALSE, FALSE, sizeof (MixAcc));
  g_autoptr(GHashTable) direct = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) indirect = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = _tafel_store_prepare (store, mix_sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, stats->deelproduct_id);
  sqlite3_bind_int64 (stmt, 2, sessie_id);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gboolean besluit = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "besluit") == 0;
      const char *tijdsoort = tafel_choice_intern (tafel_tijdsoorten, (const char *) sqlite3_column_text (stmt, 1));
      MixAcc *a;
      double share = tafel_decimal_to_double (sqlite3_column_int64 (stmt, 5));

      if (tijdsoort == NULL)
        continue;
      a = find_acc (acc, sqlite3_column_int64 (stmt, 4), tijdsoort);

      if (besluit)
        {
          a->besluit = isnan (a->besluit) ? share : a->besluit + share;
          continue;
        }

      a->total += share;
      a->n++;

      /* count the proposals (organisation and session) per kind of time */
      {
        char *key = g_strdup_printf ("%" G_GINT64_FORMAT "/%" G_GINT64_FORMAT,
                                     (gint64) sqlite3_column_int64 (stmt, 2), (gint64) sqlite3_column_int64 (stmt, 3));
        GHashTable *set = g_str_equal (tijdsoort, "direct") ? direct : indirect;

        if (!g_hash_table_contains (set, key))
          {
            g_hash_table_add (set, key);
            g_ptr_array_add (keys, key);
          }
        else
          g_free (key);
      }
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      tafel_db_set_error (error, _tafel_store_get_db (store), rc, tafel_store_get_path (store));
      return FALSE;
    }

  stats->n_mix_direct = g_hash_table_size (direct);
  stats->n_mix_indirect = g_hash_table_size (indirect);

  for (guint i = 0; i < acc->len; i++)
    {
      MixAcc *a = &g_array_index (acc, MixAcc, i);
      guint proposals = g_str_equal (a->tijdsoort, "direct") ? stats->n_mix_direct : stats->n_mix_indirect;
      TafelMixGemiddelde m = {
        .functieprofiel_id = a->functieprofiel_id,
        .tijdsoort = a->tijdsoort,
        .gemiddeld = proposals > 0 ? a->total / proposals : 0,
        .n = a->n,
        .besluit = a->besluit,
      };

      g_array_append_val (stats->mix, m);
    }
  g_array_sort (stats->mix, compare_mix);

  return TRUE;
}

static gboolean
read_groep (TafelStore            *store,
            TafelDeelproductStats *stats,
            gint64                 sessie_id,
            GError               **error)
{
  GArray *values[6];
  sqlite3_stmt *stmt;
  gboolean ok = TRUE;
  int rc;

  for (guint c = 0; c < 6; c++)
    stats->groep_besluit[c] = TAFEL_DECIMAL_NONE;

  stmt = _tafel_store_prepare (store, groep_sql, error);
  if (stmt == NULL)
    return FALSE;

  for (guint c = 0; c < 6; c++)
    values[c] = g_array_new (FALSE, FALSE, sizeof (double));

  sqlite3_bind_int64 (stmt, 1, stats->deelproduct_id);
  sqlite3_bind_int64 (stmt, 2, sessie_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gboolean besluit = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "besluit") == 0;

      for (guint c = 0; c < 6; c++)
        {
          if (sqlite3_column_type (stmt, (int) c + 1) == SQLITE_NULL)
            continue;
          if (besluit)
            stats->groep_besluit[c] = sqlite3_column_int64 (stmt, (int) c + 1);
          else
            {
              double v = tafel_decimal_to_double (sqlite3_column_int64 (stmt, (int) c + 1));

              g_array_append_val (values[c], v);
            }
        }
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      tafel_db_set_error (error, _tafel_store_get_db (store), rc, tafel_store_get_path (store));
      ok = FALSE;
    }

  for (guint c = 0; c < 6; c++)
    {
      tafel_summary_compute ((double *) values[c]->data, values[c]->len, &stats->groep[c]);
      g_array_unref (values[c]);
    }

  return ok;
}

TafelDeelproductStats *
tafel_deelproduct_stats_compute (TafelStore        *store,
                                 TafelDeelproduct  *deelproduct,
                                 gint64             sessie_id,
                                 GError           **error)
{
  g_autoptr(TafelDeelproductStats) stats = NULL;

  g_return_val_if_fail (TAFEL_IS_STORE (store), NULL);
  g_return_val_if_fail (TAFEL_IS_DEELPRODUCT (deelproduct), NULL);

  stats = g_new0 (TafelDeelproductStats, 1);
  stats->deelproduct_id = tafel_entity_get_id (TAFEL_ENTITY (deelproduct));
  stats->niveaus = g_ptr_array_new_with_free_func (niveau_stats_free);
  stats->mix = g_array_new (FALSE, FALSE, sizeof (TafelMixGemiddelde));

  for (guint i = 0; tafel_niveaus[i].id != NULL; i++)
    {
      TafelNiveauStats *n;

      if (!tafel_deelproduct_uses_niveau (deelproduct, tafel_niveaus[i].id))
        continue;

      n = g_new0 (TafelNiveauStats, 1);
      n->niveau = tafel_niveaus[i].id;
      n->uren = g_array_new (FALSE, FALSE, sizeof (TafelVoorstelPunt));
      n->duur = g_array_new (FALSE, FALSE, sizeof (TafelVoorstelPunt));
      n->besluit_uren = TAFEL_DECIMAL_NONE;
      n->besluit_duur = TAFEL_DECIMAL_NONE;
      g_ptr_array_add (stats->niveaus, n);
    }

  if (!read_intensiteit (store, stats, sessie_id, error) ||
      !read_mix (store, stats, sessie_id, error) ||
      !read_groep (store, stats, sessie_id, error))
    return NULL;

  return g_steal_pointer (&stats);
}
