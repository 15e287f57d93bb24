/* tafel-kostprijs.c: the prices of a traject's deelproducten, from the store */
#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "tafel-decimal.h"
#include "tafel-kostprijs.h"
#include "tafel-voorstel-stats.h"

static double
fraction (TafelEntity *entity,
          const char  *column)
{
  return tafel_decimal_to_double (tafel_entity_get_int (entity, column)) / 100.0;
}

TafelEenheid
tafel_kostprijs_eenheid (const char *intensiteit_eenheid)
{
  if (g_strcmp0 (intensiteit_eenheid, "uren_per_maand") == 0)
    return TAFEL_EENHEID_UREN_PER_MAAND;
  if (g_strcmp0 (intensiteit_eenheid, "dagdelen_per_week") == 0)
    return TAFEL_EENHEID_DAGDELEN_PER_WEEK;
  return TAFEL_EENHEID_UREN_PER_WEEK;
}

TafelDuurEenheid
tafel_kostprijs_duur_eenheid (const char *duur_eenheid)
{
  return g_strcmp0 (duur_eenheid, "maanden") == 0 ? TAFEL_DUUR_MAANDEN : TAFEL_DUUR_WEKEN;
}

void
tafel_kostprijs_invoer_free (TafelKostprijsInvoer *invoer)
{
  if (invoer == NULL)
    return;

  g_array_unref (invoer->functies);
  g_array_unref (invoer->profiel_ids);
  g_ptr_array_unref (invoer->names);
  g_free (invoer);
}

/* The cost-price parameters and the function profiles of traject
 * @traject_id. A traject without parameters (it cannot normally happen:
 * every traject gets them) uses the example defaults. */
TafelKostprijsInvoer *
tafel_kostprijs_invoer_load (TafelStore  *store,
                             gint64       traject_id,
                             GError     **error)
{
  g_autoptr(TafelKostprijsInvoer) invoer = g_new0 (TafelKostprijsInvoer, 1);
  g_autoptr(GPtrArray) modellen = NULL;
  g_autoptr(GPtrArray) profielen = NULL;

  g_return_val_if_fail (TAFEL_IS_STORE (store), NULL);

  invoer->functies = g_array_new (FALSE, FALSE, sizeof (TafelTariefFunctie));
  invoer->profiel_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  invoer->names = g_ptr_array_new_with_free_func (g_free);
  tafel_tarief_parameters_init_default (&invoer->params);

  modellen = tafel_store_list (store, TAFEL_TYPE_TARIEFMODEL, traject_id, error);
  if (modellen == NULL)
    return NULL;
  if (modellen->len > 0)
    {
      TafelEntity *m = g_ptr_array_index (modellen, 0);

      invoer->params.vakantiegeld = fraction (m, "vakantiegeld");
      invoer->params.eindejaarsuitkering = fraction (m, "eindejaarsuitkering");
      invoer->params.ort = fraction (m, "ort");
      invoer->params.sociale_lasten = fraction (m, "sociale_lasten");
      invoer->params.overige_kosten_per_uur = tafel_decimal_to_double (tafel_entity_get_int (m, "overige_kosten_per_uur"));
      invoer->params.overhead = fraction (m, "overhead");
      invoer->params.risico = fraction (m, "risico");
      invoer->params.indexatie = fraction (m, "indexatie");
      invoer->params.uren_per_dagdeel = tafel_decimal_to_double (tafel_entity_get_int (m, "uren_per_dagdeel"));
    }

  profielen = tafel_store_list (store, TAFEL_TYPE_FUNCTIEPROFIEL, traject_id, error);
  if (profielen == NULL)
    return NULL;
  for (guint i = 0; i < profielen->len; i++)
    {
      TafelFunctieprofiel *p = g_ptr_array_index (profielen, i);
      gint64 id = tafel_entity_get_id (TAFEL_ENTITY (p));
      char *name = g_strdup (tafel_functieprofiel_get_name (p));
      TafelTariefFunctie f = {
        .name = name,
        .uurloon = tafel_decimal_to_double (tafel_functieprofiel_get_uurloon (p)),
        .productiviteit = tafel_decimal_to_double (tafel_functieprofiel_get_productiviteit (p)) / 100.0,
      };

      g_ptr_array_add (invoer->names, name);
      g_array_append_val (invoer->functies, f);
      g_array_append_val (invoer->profiel_ids, id);
      invoer->voorbeeld = invoer->voorbeeld || tafel_functieprofiel_is_voorbeeld (p);
    }

  return g_steal_pointer (&invoer);
}

void
tafel_kostprijs_free (TafelKostprijs *kostprijs)
{
  if (kostprijs == NULL)
    return;

  g_free (kostprijs->probleem);
  g_clear_pointer (&kostprijs->mix, g_array_unref);
  g_free (kostprijs);
}

static gint
functie_index (const TafelKostprijsInvoer *invoer,
               gint64                      profiel_id)
{
  for (guint i = 0; i < invoer->profiel_ids->len; i++)
    if (g_array_index (invoer->profiel_ids, gint64, i) == profiel_id)
      return (gint) i;
  return -1;
}

/* Prices deelproduct @deelproduct with its decided values. */
TafelKostprijs *
tafel_kostprijs_compute (TafelStore                 *store,
                         const TafelKostprijsInvoer *invoer,
                         TafelDeelproduct           *deelproduct,
                         GError                    **error)
{
  g_autoptr(TafelKostprijs) k = g_new0 (TafelKostprijs, 1);
  g_autoptr(TafelDeelproductStats) stats = NULL;
  g_autoptr(GError) check_error = NULL;
  TafelEenheid eenheid;
  TafelDuurEenheid duur_eenheid;
  gboolean has_direct = FALSE;

  g_return_val_if_fail (TAFEL_IS_STORE (store), NULL);
  g_return_val_if_fail (invoer != NULL, NULL);
  g_return_val_if_fail (TAFEL_IS_DEELPRODUCT (deelproduct), NULL);

  k->deelproduct_id = tafel_entity_get_id (TAFEL_ENTITY (deelproduct));
  k->mix = g_array_new (FALSE, FALSE, sizeof (TafelTariefMixRegel));
  k->indirect_per_direct = tafel_decimal_to_double (tafel_entity_get_int (TAFEL_ENTITY (deelproduct),
                                                                          "indirect_per_direct")) / 100.0;
  k->uurprijs = NAN;
  k->groep_per_client = NAN;
  for (guint i = 0; i < 4; i++)
    k->uren[i] = k->prijs[i] = NAN;

  stats = tafel_deelproduct_stats_compute (store, deelproduct, 0, error);
  if (stats == NULL)
    return NULL;

  for (guint i = 0; i < stats->mix->len; i++)
    {
      const TafelMixGemiddelde *m = &g_array_index (stats->mix, TafelMixGemiddelde, i);
      gint index = functie_index (invoer, m->functieprofiel_id);
      TafelTariefMixRegel regel;

      if (isnan (m->besluit) || index < 0)
        continue;
      regel.functie = (guint) index;
      regel.aandeel = m->besluit / 100.0;
      regel.tijdsoort = g_str_equal (m->tijdsoort, "indirect") ? TAFEL_TIJD_INDIRECT : TAFEL_TIJD_DIRECT;
      has_direct = has_direct || regel.tijdsoort == TAFEL_TIJD_DIRECT;
      g_array_append_val (k->mix, regel);
    }

  /* hours of a whole trajectory, whether or not there is a price */
  eenheid = tafel_kostprijs_eenheid (tafel_deelproduct_get_intensiteit_eenheid (deelproduct));
  duur_eenheid = tafel_kostprijs_duur_eenheid (tafel_deelproduct_get_duur_eenheid (deelproduct));
  for (guint i = 0; tafel_niveaus[i].id != NULL && i < 4; i++)
    {
      TafelNiveauStats *n = tafel_deelproduct_stats_get_niveau (stats, tafel_niveaus[i].id);

      if (n == NULL || n->besluit_uren == TAFEL_DECIMAL_NONE || n->besluit_duur == TAFEL_DECIMAL_NONE)
        continue;
      k->uren[i] = tafel_tarief_uren_traject (&invoer->params, tafel_decimal_to_double (n->besluit_uren), eenheid,
                                              tafel_decimal_to_double (n->besluit_duur), duur_eenheid);
    }

  if (!has_direct)
    {
      k->probleem = g_strdup (_("No decided function mix with direct time yet."));
      return g_steal_pointer (&k);
    }
  if (!tafel_tarief_check (&invoer->params, (const TafelTariefFunctie *) invoer->functies->data, invoer->functies->len,
                           (const TafelTariefMixRegel *) k->mix->data, k->mix->len, &check_error))
    {
      k->probleem = g_strdup (check_error->message);
      return g_steal_pointer (&k);
    }

  k->uurprijs = tafel_tarief_uurprijs (&invoer->params, (const TafelTariefFunctie *) invoer->functies->data,
                                       invoer->functies->len, (const TafelTariefMixRegel *) k->mix->data,
                                       k->mix->len, k->indirect_per_direct);
  for (guint i = 0; i < 4; i++)
    if (!isnan (k->uren[i]))
      k->prijs[i] = tafel_tarief_traject_prijs (k->uurprijs, k->uren[i]);

  if (tafel_deelproduct_is_groepsproduct (deelproduct) &&
      stats->groep_besluit[0] != TAFEL_DECIMAL_NONE && stats->groep_besluit[1] != TAFEL_DECIMAL_NONE &&
      stats->groep_besluit[4] != TAFEL_DECIMAL_NONE)
    {
      TafelTariefGroep g = {
        .jeugdigen_per_groep = tafel_decimal_to_double (stats->groep_besluit[0]),
        .bezetting = tafel_decimal_to_double (stats->groep_besluit[1]) / 100.0,
        .direct_per_groep = tafel_decimal_to_double (stats->groep_besluit[4]),
        .indirect_per_groep = stats->groep_besluit[5] == TAFEL_DECIMAL_NONE
                              ? 0 : tafel_decimal_to_double (stats->groep_besluit[5]),
      };

      if (tafel_tarief_groep_check (&g, NULL))
        {
          /* the group's indirect staff stands in for indirect time */
          double uurprijs = tafel_tarief_uurprijs (&invoer->params, (const TafelTariefFunctie *) invoer->functies->data,
                                                   invoer->functies->len, (const TafelTariefMixRegel *) k->mix->data,
                                                   k->mix->len, 0);

          k->groep_per_client = tafel_tarief_groep_per_client (uurprijs, &g);
        }
    }

  return g_steal_pointer (&k);
}

/* The build-up of @kostprijs's price per direct hour, step by step; NULL
 * when it has no price. */
GPtrArray *
tafel_kostprijs_explain (const TafelKostprijsInvoer *invoer,
                         const TafelKostprijs       *kostprijs)
{
  g_return_val_if_fail (invoer != NULL && kostprijs != NULL, NULL);

  if (kostprijs->probleem != NULL)
    return NULL;

  return tafel_tarief_explain (&invoer->params, (const TafelTariefFunctie *) invoer->functies->data,
                               invoer->functies->len, (const TafelTariefMixRegel *) kostprijs->mix->data,
                               kostprijs->mix->len, kostprijs->indirect_per_direct);
}
