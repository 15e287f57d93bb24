/* tafel-besluit.c: entering proposals and deciding, each in one step */
#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "tafel-besluit.h"
#include "tafel-decimal.h"
#include "tafel-error.h"
#include "tafel-store-private.h"
#include "tafel-voorstel-stats.h"

const char *const tafel_groep_kolommen[TAFEL_N_GROEP] = {
  "jeugdigen_per_groep", "bezetting", "uren_per_bijeenkomst",
  "bijeenkomsten_per_week", "direct_per_groep", "indirect_per_groep",
};

/* The live rows of @table under one key, oldest first. */
static GPtrArray *
find_rows (TafelStore       *store,
           GType             type,
           TafelDeelproduct *deelproduct,
           gint64            organisatie_id,
           gint64            sessie_id,
           const char       *niveau,
           GError          **error)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (type);
  const TafelTable *table = tafel_entity_class_get_table (TAFEL_ENTITY_CLASS (klass));
  g_autofree char *sql = g_strdup_printf ("SELECT id FROM %s WHERE deelproduct_id = ?1"
                                          " AND IFNULL(organisatie_id, 0) = ?2 AND IFNULL(sessie_id, 0) = ?3"
                                          " AND (?4 IS NULL OR niveau = ?4) AND deleted_at IS NULL ORDER BY id",
                                          table->name);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;
  int rc;

  /* niveau only exists in intensiteit; the other tables bind NULL */
  if (niveau == NULL)
    {
      g_free (sql);
      sql = g_strdup_printf ("SELECT id FROM %s WHERE deelproduct_id = ?1"
                             " AND IFNULL(organisatie_id, 0) = ?2 AND IFNULL(sessie_id, 0) = ?3"
                             " AND ?4 IS NULL AND deleted_at IS NULL ORDER BY id", table->name);
    }

  stmt = _tafel_store_prepare (store, sql, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, tafel_entity_get_id (TAFEL_ENTITY (deelproduct)));
  sqlite3_bind_int64 (stmt, 2, organisatie_id);
  sqlite3_bind_int64 (stmt, 3, sessie_id);
  if (niveau != NULL)
    sqlite3_bind_text (stmt, 4, niveau, -1, SQLITE_STATIC);
  else
    sqlite3_bind_null (stmt, 4);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      tafel_db_set_error (error, _tafel_store_get_db (store), rc, tafel_store_get_path (store));
      return NULL;
    }

  for (guint i = 0; i < ids->len; i++)
    {
      gpointer row = tafel_store_get (store, type, g_array_index (ids, gint64, i), error);

      if (row == NULL)
        return NULL;
      g_ptr_array_add (rows, row);
    }

  return g_steal_pointer (&rows);
}

static void
set_origin (gpointer          entity,
            TafelDeelproduct *deelproduct,
            gint64            organisatie_id,
            gint64            sessie_id)
{
  g_object_set (entity,
                "deelproduct-id", tafel_entity_get_id (TAFEL_ENTITY (deelproduct)),
                "organisatie-id", organisatie_id,
                "sessie-id", organisatie_id != 0 ? sessie_id : 0,
                "bron", organisatie_id != 0 ? "voorstel" : "besluit",
                NULL);
}

/* Stores the hours and duration that organisation @organisatie_id (0:
 * the region's decision) gives level @niveau; both TAFEL_DECIMAL_NONE
 * removes them. Hours are checked against the deelproduct's unit. */
gboolean
tafel_intensiteit_put (TafelStore        *store,
                       TafelDeelproduct  *deelproduct,
                       gint64             organisatie_id,
                       gint64             sessie_id,
                       const char        *niveau,
                       gint64             uren,
                       gint64             duur,
                       GError           **error)
{
  g_autoptr(GPtrArray) rows = NULL;
  gboolean ok = TRUE;

  g_return_val_if_fail (TAFEL_IS_STORE (store), FALSE);
  g_return_val_if_fail (TAFEL_IS_DEELPRODUCT (deelproduct), FALSE);
  g_return_val_if_fail (tafel_choice_intern (tafel_niveaus, niveau) != NULL, FALSE);

  if (!tafel_intensiteit_check_uren (tafel_deelproduct_get_intensiteit_eenheid (deelproduct), uren, error))
    {
      g_prefix_error (error, "%s, %s: ", tafel_deelproduct_get_name (deelproduct),
                      tafel_choice_label (tafel_niveaus, niveau));
      return FALSE;
    }

  if (!tafel_store_begin_batch (store, error))
    return FALSE;

  sessie_id = organisatie_id != 0 ? sessie_id : 0;
  rows = find_rows (store, TAFEL_TYPE_INTENSITEIT, deelproduct, organisatie_id, sessie_id, niveau, error);
  ok = rows != NULL;

  if (ok && uren == TAFEL_DECIMAL_NONE && duur == TAFEL_DECIMAL_NONE)
    {
      for (guint i = 0; ok && i < rows->len; i++)
        ok = tafel_store_delete (store, g_ptr_array_index (rows, i), error);
    }
  else if (ok && rows->len > 0)
    {
      const char *columns[] = { "uren", "duur" };
      GValue values[2] = { G_VALUE_INIT, G_VALUE_INIT };

      g_value_init (&values[0], G_TYPE_INT64);
      g_value_set_int64 (&values[0], uren);
      g_value_init (&values[1], G_TYPE_INT64);
      g_value_set_int64 (&values[1], duur);
      ok = tafel_store_setv (store, g_ptr_array_index (rows, 0), 2, columns, values, error);
      g_value_unset (&values[0]);
      g_value_unset (&values[1]);
    }
  else if (ok)
    {
      g_autoptr(TafelIntensiteit) v = tafel_intensiteit_new (tafel_entity_get_traject_id (TAFEL_ENTITY (deelproduct)));

      set_origin (v, deelproduct, organisatie_id, sessie_id);
      g_object_set (v, "niveau", niveau, "uren", uren, "duur", duur, NULL);
      ok = tafel_store_insert (store, v, error);
    }

  if (!ok)
    {
      tafel_store_rollback_batch (store);
      return FALSE;
    }
  return tafel_store_commit_batch (store, error);
}

static char *
format_percent (gint64 hundredths)
{
  return tafel_decimal_format (hundredths);
}

/* Refuses a mix whose shares of a kind of time do not add up to 100%, a
 * mix with indirect but no direct time, and a function named twice for
 * the same kind of time. An empty mix is fine: it removes the mix. */
gboolean
tafel_mix_check (const TafelMixInvoer  *lines,
                 guint                  n_lines,
                 GError               **error)
{
  gint64 total_direct = 0, total_indirect = 0;
  guint n_direct = 0, n_indirect = 0;

  for (guint i = 0; i < n_lines; i++)
    {
      gboolean direct = g_strcmp0 (lines[i].tijdsoort, "indirect") != 0;

      if (lines[i].aandeel <= 0 || lines[i].aandeel > 10000)
        {
          g_autofree char *shown = format_percent (lines[i].aandeel);

          g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_INVALID,
                       _("Functiemix, line %u: a share of %s%% is not possible; it must be more than 0%% and at most 100%%."),
                       i + 1, shown);
          return FALSE;
        }

      for (guint j = 0; j < i; j++)
        if (lines[j].functieprofiel_id == lines[i].functieprofiel_id &&
            (g_strcmp0 (lines[j].tijdsoort, "indirect") != 0) == direct)
          {
            g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_INVALID,
                         _("Functiemix, line %u: this function is already in line %u for the same kind of time."),
                         i + 1, j + 1);
            return FALSE;
          }

      if (direct)
        {
          total_direct += lines[i].aandeel;
          n_direct++;
        }
      else
        {
          total_indirect += lines[i].aandeel;
          n_indirect++;
        }
    }

  if (n_indirect > 0 && n_direct == 0)
    {
      g_set_error_literal (error, TAFEL_ERROR, TAFEL_ERROR_INVALID,
                           _("Functiemix: there is indirect time but no direct time; add the functions that work with the client."));
      return FALSE;
    }
  if (n_direct > 0 && total_direct != 10000)
    {
      g_autofree char *shown = format_percent (total_direct);

      g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_INVALID,
                   _("Functiemix: the shares of direct time add up to %s%%, not 100%%."), shown);
      return FALSE;
    }
  if (n_indirect > 0 && total_indirect != 10000)
    {
      g_autofree char *shown = format_percent (total_indirect);

      g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_INVALID,
                   _("Functiemix: the shares of indirect time add up to %s%%, not 100%%."), shown);
      return FALSE;
    }

  return TRUE;
}

/* Replaces the whole function mix under one key by @lines, checked first
 * with tafel_mix_check(): nothing half-stored. */
gboolean
tafel_mix_replace (TafelStore           *store,
                   TafelDeelproduct     *deelproduct,
                   gint64                organisatie_id,
                   gint64                sessie_id,
                   const TafelMixInvoer *lines,
                   guint                 n_lines,
                   GError              **error)
{
  g_autoptr(GPtrArray) old = NULL;
  gint64 traject_id;
  gboolean ok;

  g_return_val_if_fail (TAFEL_IS_STORE (store), FALSE);
  g_return_val_if_fail (TAFEL_IS_DEELPRODUCT (deelproduct), FALSE);
  g_return_val_if_fail (lines != NULL || n_lines == 0, FALSE);

  if (!tafel_mix_check (lines, n_lines, error))
    {
      g_prefix_error (error, "%s: ", tafel_deelproduct_get_name (deelproduct));
      return FALSE;
    }

  traject_id = tafel_entity_get_traject_id (TAFEL_ENTITY (deelproduct));
  sessie_id = organisatie_id != 0 ? sessie_id : 0;
  if (!tafel_store_begin_batch (store, error))
    return FALSE;

  old = find_rows (store, TAFEL_TYPE_MIXREGEL, deelproduct, organisatie_id, sessie_id, NULL, error);
  ok = old != NULL;
  for (guint i = 0; ok && i < old->len; i++)
    ok = tafel_store_delete (store, g_ptr_array_index (old, i), error);

  for (guint i = 0; ok && i < n_lines; i++)
    {
      g_autoptr(TafelMixregel) regel = tafel_mixregel_new (traject_id);
      const char *niveau = lines[i].opleidingsniveau;

      if (niveau == NULL)
        {
          TafelFunctieprofiel *profiel = tafel_store_get (store, TAFEL_TYPE_FUNCTIEPROFIEL,
                                                          lines[i].functieprofiel_id, NULL);

          niveau = profiel ? tafel_functieprofiel_get_opleidingsniveau (profiel) : "hbo";
          g_clear_object (&profiel);
        }

      set_origin (regel, deelproduct, organisatie_id, sessie_id);
      g_object_set (regel,
                    "functieprofiel-id", lines[i].functieprofiel_id,
                    "opleidingsniveau", niveau,
                    "aandeel", lines[i].aandeel,
                    "tijdsoort", lines[i].tijdsoort ? lines[i].tijdsoort : "direct",
                    NULL);
      ok = tafel_store_insert (store, regel, error);
    }

  if (!ok)
    {
      tafel_store_rollback_batch (store);
      return FALSE;
    }
  return tafel_store_commit_batch (store, error);
}

/* Stores the group parameters under one key; all TAFEL_DECIMAL_NONE
 * removes them. */
gboolean
tafel_groep_put (TafelStore        *store,
                 TafelDeelproduct  *deelproduct,
                 gint64             organisatie_id,
                 gint64             sessie_id,
                 const gint64       values[TAFEL_N_GROEP],
                 GError           **error)
{
  g_autoptr(GPtrArray) rows = NULL;
  gboolean empty = TRUE;
  gboolean ok;

  g_return_val_if_fail (TAFEL_IS_STORE (store), FALSE);
  g_return_val_if_fail (TAFEL_IS_DEELPRODUCT (deelproduct), FALSE);

  for (guint i = 0; i < TAFEL_N_GROEP; i++)
    empty = empty && values[i] == TAFEL_DECIMAL_NONE;

  sessie_id = organisatie_id != 0 ? sessie_id : 0;
  if (!tafel_store_begin_batch (store, error))
    return FALSE;

  rows = find_rows (store, TAFEL_TYPE_GROEPSPARAMETERS, deelproduct, organisatie_id, sessie_id, NULL, error);
  ok = rows != NULL;

  if (ok && empty)
    {
      for (guint i = 0; ok && i < rows->len; i++)
        ok = tafel_store_delete (store, g_ptr_array_index (rows, i), error);
    }
  else if (ok)
    {
      GValue gvalues[TAFEL_N_GROEP] = { G_VALUE_INIT };

      for (guint i = 0; i < TAFEL_N_GROEP; i++)
        {
          g_value_init (&gvalues[i], G_TYPE_INT64);
          g_value_set_int64 (&gvalues[i], values[i]);
        }

      if (rows->len > 0)
        ok = tafel_store_setv (store, g_ptr_array_index (rows, 0), TAFEL_N_GROEP,
                               (const char **) tafel_groep_kolommen, gvalues, error);
      else
        {
          g_autoptr(TafelGroepsparameters) g =
            tafel_groepsparameters_new (tafel_entity_get_traject_id (TAFEL_ENTITY (deelproduct)));

          set_origin (g, deelproduct, organisatie_id, sessie_id);
          for (guint i = 0; i < TAFEL_N_GROEP; i++)
            {
              g_autofree char *property = g_strdelimit (g_strdup (tafel_groep_kolommen[i]), "_", '-');

              g_object_set_property (G_OBJECT (g), property, &gvalues[i]);
            }
          ok = tafel_store_insert (store, g, error);
        }

      for (guint i = 0; i < TAFEL_N_GROEP; i++)
        g_value_unset (&gvalues[i]);
    }

  if (!ok)
    {
      tafel_store_rollback_batch (store);
      return FALSE;
    }
  return tafel_store_commit_batch (store, error);
}

static gint64
median_or_none (const TafelSummary *s)
{
  return s->n > 0 ? tafel_decimal_from_double (s->median) : TAFEL_DECIMAL_NONE;
}

/* The average mix of one kind of time as whole hundredths adding up to
 * exactly 100%: the largest share takes the rounding. */
static void
append_average_mix (GArray                      *out,
                    const TafelDeelproductStats *stats,
                    const char                  *tijdsoort)
{
  guint first = out->len;
  gint64 total = 0;

  for (guint i = 0; i < stats->mix->len; i++)
    {
      const TafelMixGemiddelde *m = &g_array_index (stats->mix, TafelMixGemiddelde, i);
      TafelMixInvoer line = { m->functieprofiel_id, NULL, tafel_decimal_from_double (m->gemiddeld), tijdsoort };

      if (g_strcmp0 (m->tijdsoort, tijdsoort) != 0 || line.aandeel <= 0)
        continue;
      g_array_append_val (out, line);
      total += line.aandeel;
    }

  if (out->len > first)
    g_array_index (out, TafelMixInvoer, first).aandeel += 10000 - total;   /* sorted: largest first */
}

/* Takes the median of the proposals (of session @sessie_id, or all) as
 * the decision: hours and duration per level, the average function mix
 * and the median group parameters. What has no proposals keeps its
 * decision. */
gboolean
tafel_besluit_take_median (TafelStore        *store,
                           TafelDeelproduct  *deelproduct,
                           gint64             sessie_id,
                           GError           **error)
{
  g_autoptr(TafelDeelproductStats) stats = NULL;
  g_autoptr(GArray) mix = g_array_new (FALSE, FALSE, sizeof (TafelMixInvoer));
  gboolean ok = TRUE;

  g_return_val_if_fail (TAFEL_IS_STORE (store), FALSE);
  g_return_val_if_fail (TAFEL_IS_DEELPRODUCT (deelproduct), FALSE);

  stats = tafel_deelproduct_stats_compute (store, deelproduct, sessie_id, error);
  if (stats == NULL)
    return FALSE;

  if (!tafel_store_begin_batch (store, error))
    return FALSE;

  for (guint i = 0; ok && i < stats->niveaus->len; i++)
    {
      TafelNiveauStats *n = g_ptr_array_index (stats->niveaus, i);

      if (n->uren_summary.n == 0 && n->duur_summary.n == 0)
        continue;
      ok = tafel_intensiteit_put (store, deelproduct, 0, 0, n->niveau,
                                  n->uren_summary.n > 0 ? median_or_none (&n->uren_summary) : n->besluit_uren,
                                  n->duur_summary.n > 0 ? median_or_none (&n->duur_summary) : n->besluit_duur,
                                  error);
    }

  append_average_mix (mix, stats, "direct");
  if (mix->len > 0)
    append_average_mix (mix, stats, "indirect");
  if (ok && mix->len > 0)
    ok = tafel_mix_replace (store, deelproduct, 0, 0, (TafelMixInvoer *) mix->data, mix->len, error);

  if (ok && tafel_deelproduct_is_groepsproduct (deelproduct) && stats->groep[0].n > 0)
    {
      gint64 groep[TAFEL_N_GROEP];

      for (guint c = 0; c < TAFEL_N_GROEP; c++)
        groep[c] = stats->groep[c].n > 0 ? median_or_none (&stats->groep[c]) : stats->groep_besluit[c];
      ok = tafel_groep_put (store, deelproduct, 0, 0, groep, error);
    }

  if (!ok)
    {
      tafel_store_rollback_batch (store);
      return FALSE;
    }
  return tafel_store_commit_batch (store, error);
}
