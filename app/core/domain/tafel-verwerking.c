/* tafel-verwerking.c: accounting for every geeltje, and the requirements
 * that follow from the decisions */
#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "tafel-decimal.h"
#include "tafel-error.h"
#include "tafel-store-private.h"
#include "tafel-verwerking.h"
#include "tafel-voorstel-stats.h"

static GArray *
query_ids (TafelStore  *store,
           const char  *sql,
           gint64       id,
           GError     **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt = _tafel_store_prepare (store, sql, error);
  int rc;

  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 v = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, v);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      tafel_db_set_error (error, _tafel_store_get_db (store), rc, tafel_store_get_path (store));
      return NULL;
    }

  return g_steal_pointer (&ids);
}

/* The live requirements geeltje @geeltje went into, in their order. */
GArray *
tafel_geeltje_dup_eis_ids (TafelStore    *store,
                           TafelGeeltje  *geeltje,
                           GError       **error)
{
  g_return_val_if_fail (TAFEL_IS_STORE (store), NULL);
  g_return_val_if_fail (TAFEL_IS_GEELTJE (geeltje), NULL);

  return query_ids (store,
                    "SELECT e.id FROM eisbron b JOIN eis e ON e.id = b.eis_id AND e.deleted_at IS NULL"
                    " WHERE b.geeltje_id = ?1 AND b.deleted_at IS NULL ORDER BY e.position, e.id",
                    tafel_entity_get_id (TAFEL_ENTITY (geeltje)), error);
}

/* The live geeltjes requirement @eis came from, oldest first. */
GArray *
tafel_eis_dup_geeltje_ids (TafelStore  *store,
                           TafelEis    *eis,
                           GError     **error)
{
  g_return_val_if_fail (TAFEL_IS_STORE (store), NULL);
  g_return_val_if_fail (TAFEL_IS_EIS (eis), NULL);

  return query_ids (store,
                    "SELECT g.id FROM eisbron b JOIN geeltje g ON g.id = b.geeltje_id AND g.deleted_at IS NULL"
                    " WHERE b.eis_id = ?1 AND b.deleted_at IS NULL ORDER BY g.id",
                    tafel_entity_get_id (TAFEL_ENTITY (eis)), error);
}

static GPtrArray *
links_of_geeltje (TafelStore  *store,
                  gint64       geeltje_id,
                  GError     **error)
{
  g_autoptr(GArray) ids = query_ids (store, "SELECT id FROM eisbron WHERE geeltje_id = ?1 AND deleted_at IS NULL",
                                     geeltje_id, error);
  g_autoptr(GPtrArray) links = g_ptr_array_new_with_free_func (g_object_unref);

  if (ids == NULL)
    return NULL;
  for (guint i = 0; i < ids->len; i++)
    {
      gpointer link = tafel_store_get (store, TAFEL_TYPE_EISBRON, g_array_index (ids, gint64, i), error);

      if (link == NULL)
        return NULL;
      g_ptr_array_add (links, link);
    }
  return g_steal_pointer (&links);
}

static gboolean
add_link (TafelStore  *store,
          gint64       traject_id,
          gint64       eis_id,
          gint64       geeltje_id,
          GPtrArray   *existing,
          GError     **error)
{
  g_autoptr(TafelEisbron) bron = NULL;

  for (guint i = 0; existing != NULL && i < existing->len; i++)
    if (tafel_eisbron_get_eis_id (g_ptr_array_index (existing, i)) == eis_id)
      return TRUE;

  bron = tafel_eisbron_new (traject_id);
  g_object_set (bron, "eis-id", eis_id, "geeltje-id", geeltje_id, NULL);
  return tafel_store_insert (store, bron, error);
}

/* Processes @geeltje: @status "verwerkt" or "deels_verwerkt" with the
 * requirements @eis_ids it went into (at least one), "niet_verwerkt" with
 * a @reason (no requirements), or "open" (links removed). */
gboolean
tafel_geeltje_verwerk (TafelStore    *store,
                       TafelGeeltje  *geeltje,
                       const char    *status,
                       const gint64  *eis_ids,
                       guint          n_eisen,
                       const char    *reason,
                       GError       **error)
{
  g_autoptr(GPtrArray) existing = NULL;
  gint64 geeltje_id;
  gboolean in_eisen;
  gboolean ok = TRUE;
  const char *columns[] = { "status", "reason" };
  GValue values[2] = { G_VALUE_INIT, G_VALUE_INIT };

  g_return_val_if_fail (TAFEL_IS_STORE (store), FALSE);
  g_return_val_if_fail (TAFEL_IS_GEELTJE (geeltje), FALSE);
  g_return_val_if_fail (tafel_choice_intern (tafel_geeltje_statuses, status) != NULL, FALSE);

  geeltje_id = tafel_entity_get_id (TAFEL_ENTITY (geeltje));
  in_eisen = g_str_equal (status, "verwerkt") || g_str_equal (status, "deels_verwerkt");

  if (in_eisen && n_eisen == 0)
    {
      g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_INVALID,
                   _("Sticky note %d: say which requirement it went into."), (int) geeltje_id);
      return FALSE;
    }

  if (!tafel_store_begin_batch (store, error))
    return FALSE;

  existing = links_of_geeltje (store, geeltje_id, error);
  ok = existing != NULL;

  /* links that no longer hold go; new ones come */
  for (guint i = 0; ok && i < existing->len; i++)
    {
      TafelEisbron *b = g_ptr_array_index (existing, i);
      gboolean keep = FALSE;

      for (guint j = 0; in_eisen && j < n_eisen; j++)
        keep = keep || tafel_eisbron_get_eis_id (b) == eis_ids[j];
      if (!keep)
        ok = tafel_store_delete (store, b, error);
    }
  for (guint j = 0; ok && in_eisen && j < n_eisen; j++)
    ok = add_link (store, tafel_entity_get_traject_id (TAFEL_ENTITY (geeltje)), eis_ids[j], geeltje_id, existing, error);

  if (ok)
    {
      g_value_init (&values[0], G_TYPE_STRING);
      g_value_set_static_string (&values[0], status);
      g_value_init (&values[1], G_TYPE_STRING);
      g_value_set_string (&values[1], g_str_equal (status, "niet_verwerkt") ? (reason ? reason : "") : "");
      ok = tafel_store_setv (store, geeltje, 2, columns, values, error);
      g_value_unset (&values[0]);
      g_value_unset (&values[1]);
    }

  if (!ok)
    {
      tafel_store_rollback_batch (store);
      return FALSE;
    }
  return tafel_store_commit_batch (store, error);
}

/* Links @geeltjes to requirement @eis ("koppel aan eis"); an open one
 * becomes verwerkt, a processed one keeps its status and gains the link. */
gboolean
tafel_eis_koppel_geeltjes (TafelStore    *store,
                           TafelEis      *eis,
                           TafelGeeltje **geeltjes,
                           guint          n_geeltjes,
                           GError       **error)
{
  gint64 eis_id;
  gboolean ok = TRUE;

  g_return_val_if_fail (TAFEL_IS_STORE (store), FALSE);
  g_return_val_if_fail (TAFEL_IS_EIS (eis), FALSE);

  eis_id = tafel_entity_get_id (TAFEL_ENTITY (eis));
  if (!tafel_store_begin_batch (store, error))
    return FALSE;

  for (guint i = 0; ok && i < n_geeltjes; i++)
    {
      TafelGeeltje *g = geeltjes[i];
      g_autoptr(GPtrArray) existing = links_of_geeltje (store, tafel_entity_get_id (TAFEL_ENTITY (g)), error);

      ok = existing != NULL &&
           add_link (store, tafel_entity_get_traject_id (TAFEL_ENTITY (g)), eis_id,
                 tafel_entity_get_id (TAFEL_ENTITY (g)), existing, error);
      if (ok && (g_str_equal (tafel_geeltje_get_status (g), "open") ||
                 g_str_equal (tafel_geeltje_get_status (g), "niet_verwerkt")))
        {
          const char *columns[] = { "status", "reason" };
          GValue values[2] = { G_VALUE_INIT, G_VALUE_INIT };

          g_value_init (&values[0], G_TYPE_STRING);
          g_value_set_static_string (&values[0], "verwerkt");
          g_value_init (&values[1], G_TYPE_STRING);
          g_value_set_static_string (&values[1], "");
          ok = tafel_store_setv (store, g, 2, columns, values, error);
          g_value_unset (&values[0]);
          g_value_unset (&values[1]);
        }
    }

  if (!ok)
    {
      tafel_store_rollback_batch (store);
      return FALSE;
    }
  return tafel_store_commit_batch (store, error);
}

static TafelEis *
generated (TafelDeelproduct *dp,
           const char       *aspect,
           char             *tekst)
{
  TafelEis *eis = tafel_eis_new (tafel_entity_get_traject_id (TAFEL_ENTITY (dp)));

  g_object_set (eis, "hoofdstuk", "deelproduct", "deelproduct-id", tafel_entity_get_id (TAFEL_ENTITY (dp)),
                "aspect", aspect, "soort", "eis", "status", "vastgesteld", "tekst", tekst, NULL);
  g_free (tekst);
  return eis;
}

/* The requirements that follow from the current decisions of @deelproduct:
 * one per decided level (hours and duration), one per kind of time of the
 * decided function mix, one for the group parameters. Not stored (id 0). */
GPtrArray *
tafel_eis_uit_besluiten (TafelStore        *store,
                         TafelDeelproduct  *deelproduct,
                         GError           **error)
{
  g_autoptr(TafelDeelproductStats) stats = NULL;
  g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func (g_object_unref);
  const char *eenheid;
  const char *duur_eenheid;

  g_return_val_if_fail (TAFEL_IS_STORE (store), NULL);
  g_return_val_if_fail (TAFEL_IS_DEELPRODUCT (deelproduct), NULL);

  stats = tafel_deelproduct_stats_compute (store, deelproduct, 0, error);
  if (stats == NULL)
    return NULL;

  eenheid = _(tafel_choice_label (tafel_intensiteit_eenheden, tafel_deelproduct_get_intensiteit_eenheid (deelproduct)));
  duur_eenheid = _(tafel_choice_label (tafel_duur_eenheden, tafel_deelproduct_get_duur_eenheid (deelproduct)));

  for (guint i = 0; i < stats->niveaus->len; i++)
    {
      TafelNiveauStats *n = g_ptr_array_index (stats->niveaus, i);
      const char *niveau = _(tafel_choice_label (tafel_niveaus, n->niveau));
      g_autofree char *uren = n->besluit_uren != TAFEL_DECIMAL_NONE ? tafel_decimal_format (n->besluit_uren) : NULL;
      g_autofree char *duur = n->besluit_duur != TAFEL_DECIMAL_NONE ? tafel_decimal_format (n->besluit_duur) : NULL;

      if (uren != NULL && duur != NULL)
        g_ptr_array_add (out, generated (deelproduct, "intensiteit",
                                         g_strdup_printf (_("Level %s: %s %s, for at most %s %s."),
                                                          niveau, uren, eenheid, duur, duur_eenheid)));
      else if (uren != NULL)
        g_ptr_array_add (out, generated (deelproduct, "intensiteit",
                                         g_strdup_printf (_("Level %s: %s %s."), niveau, uren, eenheid)));
      else if (duur != NULL)
        g_ptr_array_add (out, generated (deelproduct, "intensiteit",
                                         g_strdup_printf (_("Level %s: at most %s %s."), niveau, duur, duur_eenheid)));
    }

  for (guint kind = 0; kind < 2; kind++)
    {
      const char *tijdsoort = kind == 0 ? "direct" : "indirect";
      g_autoptr(GString) parts = g_string_new (NULL);

      for (guint i = 0; i < stats->mix->len; i++)
        {
          TafelMixGemiddelde *m = &g_array_index (stats->mix, TafelMixGemiddelde, i);
          g_autoptr(TafelFunctieprofiel) profiel = NULL;
          g_autofree char *share = NULL;

          if (isnan (m->besluit) || g_strcmp0 (m->tijdsoort, tijdsoort) != 0)
            continue;
          profiel = tafel_store_get (store, TAFEL_TYPE_FUNCTIEPROFIEL, m->functieprofiel_id, NULL);
          if (profiel == NULL)
            continue;
          share = tafel_decimal_format (tafel_decimal_from_double (m->besluit));
          g_string_append_printf (parts, "%s%s%% %s", parts->len > 0 ? ", " : "", share,
                                  tafel_functieprofiel_get_name (profiel));
        }
      if (parts->len > 0)
        g_ptr_array_add (out, generated (deelproduct, "functiemix",
                                         g_strdup_printf (kind == 0 ? _("Function mix of the direct time: %s.")
                                                                    : _("Function mix of the indirect time: %s."),
                                                          parts->str)));
    }

  if (tafel_deelproduct_is_groepsproduct (deelproduct) && stats->groep_besluit[0] != TAFEL_DECIMAL_NONE)
    {
      g_autofree char *jeugdigen = tafel_decimal_format (stats->groep_besluit[0]);
      g_autofree char *bezetting = stats->groep_besluit[1] != TAFEL_DECIMAL_NONE
                                   ? tafel_decimal_format (stats->groep_besluit[1]) : g_strdup ("–");
      g_autofree char *direct = stats->groep_besluit[4] != TAFEL_DECIMAL_NONE
                                ? tafel_decimal_format (stats->groep_besluit[4]) : g_strdup ("–");

      g_ptr_array_add (out, generated (deelproduct, "intensiteit",
                                       g_strdup_printf (_("Groups of %s youths at an expected occupancy of %s%%, "
                                                          "with %s direct staff per group."),
                                                        jeugdigen, bezetting, direct)));
    }

  return g_steal_pointer (&out);
}
