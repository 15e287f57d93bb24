/* tafel-traject-setup.c: composite edits that a facilitator makes in one step */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "tafel-error.h"
#include "tafel-traject-setup.h"
#include "tafel-validate.h"

/* Adds "Sessie N" with every question block of the traject on its agenda,
 * the default for a new session, in one transaction. */
TafelSessie *
tafel_traject_add_sessie (TafelStore *store,
                          gint64      traject_id,
                          GError    **error)
{
  g_autoptr(GPtrArray) sessies = NULL;
  g_autoptr(GPtrArray) blocks = NULL;
  g_autoptr(TafelSessie) sessie = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autofree char *name = NULL;
  guint number;

  g_return_val_if_fail (TAFEL_IS_STORE (store), NULL);

  sessies = tafel_store_list (store, TAFEL_TYPE_SESSIE, traject_id, error);
  if (sessies == NULL)
    return NULL;
  blocks = tafel_store_list (store, TAFEL_TYPE_VRAAGBLOK, traject_id, error);
  if (blocks == NULL)
    return NULL;

  /* The first free "Sessie N", so that names stay distinct after deletes. */
  for (number = sessies->len + 1; ; number++)
    {
      gboolean taken = FALSE;

      g_free (name);
      name = g_strdup_printf (_("Session %u"), number);
      for (guint i = 0; i < sessies->len && !taken; i++)
        taken = g_utf8_collate (tafel_sessie_get_name (g_ptr_array_index (sessies, i)), name) == 0;
      if (!taken)
        break;
    }

  ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  for (guint i = 0; i < blocks->len; i++)
    {
      gint64 id = tafel_entity_get_id (g_ptr_array_index (blocks, i));
      g_array_append_val (ids, id);
    }

  sessie = tafel_sessie_new (traject_id);
  g_object_set (sessie, "name", name, NULL);

  if (!tafel_store_begin_batch (store, error))
    return NULL;

  if (!tafel_store_insert (store, sessie, error) ||
      !tafel_store_set_agenda (store, sessie, (const gint64 *) ids->data, ids->len, error))
    {
      tafel_store_rollback_batch (store);
      return NULL;
    }

  if (!tafel_store_commit_batch (store, error))
    return NULL;

  return g_steal_pointer (&sessie);
}

/* The organisation called @name (ignoring case), created when it does not
 * exist yet: capture types a name and gets an organisation. */
TafelOrganisatie *
tafel_traject_ensure_organisatie (TafelStore *store,
                                  gint64      traject_id,
                                  const char *name,
                                  gboolean   *created,
                                  GError    **error)
{
  g_autoptr(TafelOrganisatie) org = NULL;
  g_autofree char *clean = NULL;
  glong bad = 0;

  g_return_val_if_fail (TAFEL_IS_STORE (store), NULL);

  if (created != NULL)
    *created = FALSE;

  clean = tafel_text_normalize (name, FALSE, &bad);
  if (clean != NULL && *clean != '\0')
    {
      org = tafel_store_find_by_name (store, TAFEL_TYPE_ORGANISATIE, traject_id, clean);
      if (org != NULL)
        return g_steal_pointer (&org);
    }

  /* Insert validates the name and explains what is wrong with it. */
  org = tafel_organisatie_new (traject_id);
  g_object_set (org, "name", clean ? clean : name, NULL);
  if (!tafel_store_insert (store, org, error))
    return NULL;

  if (created != NULL)
    *created = TRUE;

  return g_steal_pointer (&org);
}

/* The function profiles a new traject starts with. The salary costs are
 * example values (roughly CAO Jeugdzorg 2025 and the medical specialists'
 * scale, per hour before surcharges) that the region replaces: each is
 * marked as an example until it is edited. */
static const struct {
  const char *name;
  const char *opleidingsniveau;
  const char *cao_schaal;
  gint64      uurloon;          /* cents */
  gint64      productiviteit;   /* hundredths of a percent */
} default_profielen[] = {
  { N_("Youth care worker"), "hbo", "CAO Jeugdzorg, schaal 8", 2800, 7000 },
  { N_("Behavioural scientist"), "wo", "CAO Jeugdzorg, schaal 10", 3400, 6500 },
  { N_("Healthcare psychologist (GZ)"), "post_wo_big", "CAO Jeugdzorg, schaal 11", 3900, 6500 },
  { N_("Orthopedagogue-generalist"), "post_wo_big", "CAO Jeugdzorg, schaal 11", 3900, 6500 },
  { N_("Psychiatrist"), "post_wo_big", "AMS, medisch specialist", 7000, 6000 },
  { N_("Pedagogical worker"), "mbo", "CAO Jeugdzorg, schaal 6", 2200, 7500 },
  { N_("Expert by experience"), "mbo", "CAO Jeugdzorg, schaal 7", 2400, 7000 },
};

/* Gives traject @traject_id its cost-price parameters (the usual example
 * percentages) and the default function profiles, in one transaction. */
gboolean
tafel_traject_add_tarief_defaults (TafelStore  *store,
                                   gint64       traject_id,
                                   GError     **error)
{
  g_autoptr(TafelTariefmodel) model = NULL;

  g_return_val_if_fail (TAFEL_IS_STORE (store), FALSE);

  if (!tafel_store_begin_batch (store, error))
    return FALSE;

  model = tafel_tariefmodel_new (traject_id);
  if (!tafel_store_insert (store, model, error))
    goto fail;

  for (guint i = 0; i < G_N_ELEMENTS (default_profielen); i++)
    {
      g_autoptr(TafelFunctieprofiel) profiel = tafel_functieprofiel_new (traject_id);

      g_object_set (profiel,
                    "name", _(default_profielen[i].name),
                    "opleidingsniveau", default_profielen[i].opleidingsniveau,
                    "cao-schaal", default_profielen[i].cao_schaal,
                    "uurloon", default_profielen[i].uurloon,
                    "voorbeeld", TRUE,
                    "productiviteit", default_profielen[i].productiviteit,
                    NULL);
      if (!tafel_store_insert (store, profiel, error))
        goto fail;
    }

  return tafel_store_commit_batch (store, error);

fail:
  tafel_store_rollback_batch (store);
  return FALSE;
}

/* The quality requirements of the Jeugdwet that every provider must meet,
 * as chapter Kwaliteit of a new traject: editable like any other. */
static const char *const kwaliteitseisen[] = {
  N_("The provider delivers responsible help (verantwoorde hulp): of good quality, safe, effective, efficient and "
     "client-centred, matched to the real need of the youth (Jeugdwet art. 4.1.1)."),
  N_("The provider draws up a help plan (hulpverleningsplan) with the youth and the parents, or uses the family group "
     "plan (familiegroepsplan), and evaluates it regularly (Jeugdwet art. 4.1.3)."),
  N_("The provider has a quality system that systematically monitors, controls and improves the quality of the help "
     "(Jeugdwet art. 4.1.4)."),
  N_("Everyone who works with youths on behalf of the provider has a certificate of conduct (VOG) no older than three "
     "months at the start of the work (Jeugdwet art. 4.1.6)."),
  N_("The provider has a reporting code for domestic violence and child abuse (meldcode), uses it and trains its staff "
     "in it (Jeugdwet art. 4.1.7)."),
  N_("The provider reports every calamity and every violent incident to the Inspectorate without delay "
     "(meldplicht, Jeugdwet art. 4.1.8)."),
  N_("The provider gives youths and parents access to a confidential adviser (vertrouwenspersoon) and informs them "
     "about it (Jeugdwet art. 4.1.9)."),
  N_("The provider has a complaints procedure (klachtenregeling) with an independent complaints committee and makes it "
     "known to youths and parents (Jeugdwet art. 4.2.1)."),
  N_("The provider has a client council (cliëntenraad) or another form of client participation "
     "(Jeugdwet art. 4.2.5)."),
};

/* Adds the Jeugdwet quality requirements to traject @traject_id as its
 * chapter Kwaliteit, in one transaction. */
gboolean
tafel_traject_add_kwaliteitseisen (TafelStore  *store,
                                   gint64       traject_id,
                                   GError     **error)
{
  g_return_val_if_fail (TAFEL_IS_STORE (store), FALSE);

  if (!tafel_store_begin_batch (store, error))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (kwaliteitseisen); i++)
    {
      g_autoptr(TafelEis) eis = tafel_eis_new (traject_id);

      g_object_set (eis, "hoofdstuk", "kwaliteit", "soort", "eis", "tekst", _(kwaliteitseisen[i]), NULL);
      if (!tafel_store_insert (store, eis, error))
        {
          tafel_store_rollback_batch (store);
          return FALSE;
        }
    }

  return tafel_store_commit_batch (store, error);
}
