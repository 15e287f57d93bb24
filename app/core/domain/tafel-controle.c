/* tafel-controle.c: the completeness checks before a final export */
#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "tafel-controle.h"
#include "tafel-decimal.h"
#include "tafel-eis-nummer.h"
#include "tafel-voorstel-stats.h"

void
tafel_bevinding_free (TafelBevinding *bevinding)
{
  if (bevinding == NULL)
    return;

  g_free (bevinding->melding);
  g_free (bevinding);
}

static void
add (GPtrArray  *out,
     const char *soort,
     gint64      deelproduct_id,
     gint64      eis_id,
     guint       aantal,
     char       *melding)
{
  TafelBevinding *b = g_new0 (TafelBevinding, 1);

  b->soort = soort;
  b->melding = melding;
  b->deelproduct_id = deelproduct_id;
  b->eis_id = eis_id;
  b->aantal = aantal;
  g_ptr_array_add (out, b);
}

static const struct {
  const char *column;
  const char *label;
} aspecten[] = {
  { "doelgroepen", N_("target groups") },
  { "activiteiten", N_("activities") },
  { "doorlooptijd", N_("lead time") },
  { "intensiteit", N_("intensity") },
  { "kwaliteit", N_("quality") },
  { "beoogd_resultaat", N_("intended result") },
  { "productcode", N_("productcode") },
};

/* An aspect is covered when the deelproduct describes it, or when a
 * requirement of its chapter is about it. */
static void
check_aspecten (GPtrArray        *out,
                TafelDeelproduct *dp,
                GPtrArray        *eisen)
{
  g_autoptr(GString) missing = g_string_new (NULL);
  guint n = 0;

  for (guint i = 0; i < G_N_ELEMENTS (aspecten); i++)
    {
      const char *text = tafel_entity_get_string (TAFEL_ENTITY (dp), aspecten[i].column);
      g_autofree char *stripped = g_strstrip (g_strdup (text ? text : ""));
      gboolean covered = *stripped != '\0';

      for (guint j = 0; !covered && j < eisen->len; j++)
        {
          TafelEis *eis = g_ptr_array_index (eisen, j);

          covered = tafel_eis_get_deelproduct_id (eis) == tafel_entity_get_id (TAFEL_ENTITY (dp)) &&
                    g_strcmp0 (tafel_eis_get_aspect (eis), aspecten[i].column) == 0 &&
                    *tafel_eis_get_tekst (eis) != '\0';
        }
      if (covered)
        continue;
      if (n++ > 0)
        g_string_append (missing, ", ");
      g_string_append (missing, _(aspecten[i].label));
    }

  if (n > 0)
    add (out, "aspect", tafel_entity_get_id (TAFEL_ENTITY (dp)), 0, n,
         g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%s: the aspect %s of the verordening is not described yet.",
                                       "%s: the aspects %s of the verordening are not described yet.", n),
                          tafel_deelproduct_get_name (dp), missing->str));
}

static gboolean
check_besluit (GPtrArray        *out,
               TafelStore       *store,
               TafelDeelproduct *dp,
               GError          **error)
{
  g_autoptr(TafelDeelproductStats) stats = tafel_deelproduct_stats_compute (store, dp, 0, error);
  g_autoptr(GString) missing = g_string_new (NULL);
  gboolean uren = TRUE, duur = TRUE, mix = FALSE;
  guint n = 0;

  if (stats == NULL)
    return FALSE;

  for (guint i = 0; i < stats->niveaus->len; i++)
    {
      TafelNiveauStats *nv = g_ptr_array_index (stats->niveaus, i);

      uren = uren && nv->besluit_uren != TAFEL_DECIMAL_NONE;
      duur = duur && nv->besluit_duur != TAFEL_DECIMAL_NONE;
    }
  for (guint i = 0; i < stats->mix->len; i++)
    mix = mix || !isnan (g_array_index (stats->mix, TafelMixGemiddelde, i).besluit);

  if (!uren)
    {
      g_string_append (missing, _("intensity"));
      n++;
    }
  if (!duur)
    g_string_append_printf (missing, "%s%s", n++ > 0 ? ", " : "", _("duration"));
  if (!mix)
    g_string_append_printf (missing, "%s%s", n++ > 0 ? ", " : "", _("function mix"));

  if (n > 0)
    add (out, "besluit", tafel_entity_get_id (TAFEL_ENTITY (dp)), 0, n,
         g_strdup_printf (_("%s: no decision yet on %s."), tafel_deelproduct_get_name (dp), missing->str));
  return TRUE;
}

static gboolean
check_open (GPtrArray   *out,
            TafelStore  *store,
            gint64       traject_id,
            GPtrArray   *deelproducten,
            GError     **error)
{
  g_autoptr(GPtrArray) geeltjes = tafel_store_list (store, TAFEL_TYPE_GEELTJE, traject_id, error);
  g_autoptr(GHashTable) open = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  guint general = 0;

  if (geeltjes == NULL)
    return FALSE;

  for (guint i = 0; i < geeltjes->len; i++)
    {
      TafelGeeltje *g = g_ptr_array_index (geeltjes, i);
      gint64 dp = tafel_geeltje_get_deelproduct_id (g);

      if (g_strcmp0 (tafel_geeltje_get_status (g), "open") != 0)
        continue;
      if (dp == 0)
        general++;
      else
        g_hash_table_insert (open, g_memdup2 (&dp, sizeof dp),
                             GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (open, &dp)) + 1));
    }

  /* in the order of the product structure; notes on a deleted deelproduct count as general */
  for (guint i = 0; i < deelproducten->len; i++)
    {
      TafelDeelproduct *dp = g_ptr_array_index (deelproducten, i);
      gint64 id = tafel_entity_get_id (TAFEL_ENTITY (dp));
      guint n = GPOINTER_TO_UINT (g_hash_table_lookup (open, &id));

      g_hash_table_remove (open, &id);
      if (n > 0)
        add (out, "open", id, 0, n,
             g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s: %u sticky note is still open.",
                                           "%s: %u sticky notes are still open.", n),
                              tafel_deelproduct_get_name (dp), n));
    }
  {
    GHashTableIter iter;
    gpointer value;

    g_hash_table_iter_init (&iter, open);
    while (g_hash_table_iter_next (&iter, NULL, &value))
      general += GPOINTER_TO_UINT (value);
  }
  if (general > 0)
    add (out, "open", 0, 0, general,
         g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u general sticky note is still open.",
                                       "%u general sticky notes are still open.", general), general));
  return TRUE;
}

static char *
dup_normalised (const char *text)
{
  g_autofree char *folded = g_utf8_casefold (text ? text : "", -1);
  g_auto(GStrv) words = g_strsplit_set (folded, " \t\n\r", -1);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0')
      g_string_append_printf (out, "%s%s", out->len > 0 ? " " : "", words[i]);

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static gboolean
check_eisen (GPtrArray   *out,
             TafelStore  *store,
             gint64       traject_id,
             GError     **error)
{
  g_autoptr(GPtrArray) eisen = tafel_store_list (store, TAFEL_TYPE_EIS, traject_id, error);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) nummers = NULL;
  gint64 total_weight = 0;
  guint n_weighted = 0;

  if (eisen == NULL)
    return FALSE;
  nummers = tafel_eis_nummers (store, traject_id, error);
  if (nummers == NULL)
    return FALSE;

  for (guint i = 0; i < eisen->len; i++)
    {
      TafelEis *eis = g_ptr_array_index (eisen, i);
      gint64 id = tafel_entity_get_id (TAFEL_ENTITY (eis));
      const char *nummer = g_hash_table_lookup (nummers, &id);
      g_autofree char *key = dup_normalised (tafel_eis_get_tekst (eis));

      if (nummer == NULL)
        continue;   /* of a deleted deelproduct */

      if (*key == '\0')
        add (out, "leeg", tafel_eis_get_deelproduct_id (eis), id, 1,
             g_strdup_printf (_("Requirement %s has no text."), nummer));
      else if (g_hash_table_contains (seen, key))
        add (out, "dubbel", tafel_eis_get_deelproduct_id (eis), id, 1,
             g_strdup_printf (_("Requirement %s has the same text as requirement %s."), nummer,
                              (const char *) g_hash_table_lookup (seen, key)));
      else
        g_hash_table_insert (seen, g_steal_pointer (&key), (gpointer) nummer);

      if (g_strcmp0 (tafel_eis_get_soort (eis), "wens") == 0 && tafel_eis_get_gewicht (eis) != TAFEL_DECIMAL_NONE)
        {
          total_weight += tafel_eis_get_gewicht (eis);
          n_weighted++;
        }
    }

  if (n_weighted > 0 && total_weight != 10000)
    {
      g_autofree char *shown = tafel_decimal_format (total_weight);

      add (out, "gewicht", 0, 0, n_weighted,
           g_strdup_printf (_("The weights of the wensen add up to %s%%, not 100%%."), shown));
    }

  return TRUE;
}

/* Every finding of traject @traject_id, in the order of the checks; an
 * empty array when it is complete. NULL only when the database fails. */
GPtrArray *
tafel_controle_run (TafelStore  *store,
                    gint64       traject_id,
                    GError     **error)
{
  g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func ((GDestroyNotify) tafel_bevinding_free);
  g_autoptr(GPtrArray) deelproducten = NULL;
  g_autoptr(GPtrArray) eisen = NULL;

  g_return_val_if_fail (TAFEL_IS_STORE (store), NULL);

  deelproducten = tafel_store_list (store, TAFEL_TYPE_DEELPRODUCT, traject_id, error);
  if (deelproducten == NULL)
    return NULL;
  eisen = tafel_store_list (store, TAFEL_TYPE_EIS, traject_id, error);
  if (eisen == NULL)
    return NULL;

  for (guint i = 0; i < deelproducten->len; i++)
    check_aspecten (out, g_ptr_array_index (deelproducten, i), eisen);
  for (guint i = 0; i < deelproducten->len; i++)
    if (!check_besluit (out, store, g_ptr_array_index (deelproducten, i), error))
      return NULL;
  if (!check_open (out, store, traject_id, deelproducten, error) ||
      !check_eisen (out, store, traject_id, error))
    return NULL;

  return g_steal_pointer (&out);
}
