/* tafel-demo-voorstellen.c: the intensity, duration, function-mix and
 * group proposals of a demo traject
 *
 * Every provider proposes for the deelproducten in its field (about seven
 * in ten), for every level in use: hours and duration spread around a
 * typical value (a log-normal spread of about 25%, rounded as people
 * round), now and then an outlier, and a function mix around the usual
 * one for the product. Drawn from a generator of their own, so that the
 * rest of the demo stays the same for a seed. Two in three deelproducten
 * then get the medians as the region's decision.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "tafel-besluit.h"
#include "tafel-decimal.h"
#include "tafel-demo-private.h"

/* No tender gets numbers from more providers than this; the largest
 * demos stay quick to make. */
#define MAX_PROPOSERS 300

/* Typical hours per week and weeks, per level, for a product of factor 1. */
static const double base_uren[] = { 1.5, 3.0, 5.0, 9.0 };
static const double base_weken[] = { 12, 20, 26, 39 };
static const char *const niveau_ids[] = { "licht", "middel", "zwaar", "intensief" };

/* The usual direct mix: function profile index (tafel-traject-setup.c's
 * order) and whole percents. */
typedef struct {
  guint profiel;
  guint percent;
} MixPart;

static const MixPart mix_begeleiding[] = { { 0, 70 }, { 1, 20 }, { 6, 10 } };
static const MixPart mix_systeem[] = { { 0, 60 }, { 1, 25 }, { 2, 15 } };
static const MixPart mix_ggz[] = { { 2, 45 }, { 3, 25 }, { 1, 20 }, { 4, 10 } };
static const MixPart mix_groep[] = { { 5, 60 }, { 0, 30 }, { 1, 10 } };

typedef struct {
  double         factor;       /* hours relative to base_uren */
  const char    *eenheid;      /* intensiteit_eenheid */
  const char    *duur_eenheid;
  gboolean       groep;
  gboolean       levels[4];
  const MixPart *mix;
  guint          n_mix;
} Profile;

static void
describe (TafelDeelproduct *dp,
          Profile          *p)
{
  const char *name = tafel_deelproduct_get_name (dp);

  *p = (Profile) { 1.0, "uren_per_week", "weken", FALSE, { TRUE, TRUE, TRUE, TRUE },
                   mix_begeleiding, G_N_ELEMENTS (mix_begeleiding) };

  if (strstr (name, "roep") != NULL)
    {
      p->groep = TRUE;
      p->levels[3] = FALSE;
      p->mix = mix_groep;
      p->n_mix = G_N_ELEMENTS (mix_groep);
    }
  if (strstr (name, "GGZ") != NULL && !p->groep)
    {
      p->factor = 0.8;
      p->mix = mix_ggz;
      p->n_mix = G_N_ELEMENTS (mix_ggz);
      if (strstr (name, "basis") != NULL)
        p->levels[3] = FALSE;
    }
  if (strstr (name, "systeem") != NULL)
    {
      p->mix = mix_systeem;
      p->n_mix = G_N_ELEMENTS (mix_systeem);
    }
  if (strstr (name, "Duurzame") != NULL)
    {
      p->eenheid = "uren_per_maand";
      p->duur_eenheid = "maanden";
    }
  if (strstr (name, "school") != NULL)
    p->eenheid = "dagdelen_per_week";
}

/* A value around @typical: log-normal with a spread of about 25%, and
 * one in thirty far off. */
static double
spread (GRand  *rand,
        double  typical)
{
  double u1 = g_rand_double_range (rand, 1e-9, 1.0), u2 = g_rand_double (rand);
  double normal = sqrt (-2.0 * log (u1)) * cos (2.0 * G_PI * u2);
  double value = typical * exp (0.25 * normal);

  if (demo_chance (rand, 1.0 / 30.0))
    value *= g_rand_double_range (rand, 2.0, 3.0);
  return value;
}

/* Rounded as a person would: to halves below ten, to wholes above. */
static gint64
round_like_people (double value,
                   double step_small)
{
  double step = value < 10.0 ? step_small : 1.0;

  return tafel_decimal_from_double (MAX (step, round (value / step) * step));
}

static gboolean
propose_intensiteit (Demo             *demo,
                     GRand            *rand,
                     TafelDeelproduct *dp,
                     const Profile    *p,
                     gint64            org_id,
                     gint64            sessie_id,
                     GError          **error)
{
  for (guint level = 0; level < G_N_ELEMENTS (niveau_ids); level++)
    {
      g_autoptr(TafelIntensiteit) v = NULL;
      double uren = spread (rand, base_uren[level] * p->factor);
      double duur = spread (rand, base_weken[level]);

      if (!p->levels[level])
        continue;

      if (g_str_equal (p->eenheid, "uren_per_maand"))
        uren *= 52.0 / 12.0;
      else if (g_str_equal (p->eenheid, "dagdelen_per_week"))
        uren /= 4.0;
      if (g_str_equal (p->duur_eenheid, "maanden"))
        duur = duur * 12.0 / 52.0 * 3.0;   /* long-running products run for years */

      v = tafel_intensiteit_new (demo->traject_id);
      g_object_set (v,
                    "deelproduct-id", tafel_entity_get_id (TAFEL_ENTITY (dp)),
                    "organisatie-id", org_id,
                    "sessie-id", sessie_id,
                    "niveau", niveau_ids[level],
                    "uren", MIN (round_like_people (uren, 0.5), (gint64) TAFEL_UREN_PER_WEEK_MAX),
                    "duur", MIN (round_like_people (duur, 1.0), (gint64) 52000),
                    NULL);
      if (level == 3 && demo_chance (rand, 0.2))
        g_object_set (v, "toelichting", "Bij crisis of een wachtlijst voor vervolgzorg duurt het langer.", NULL);
      if (!tafel_store_insert (demo->store, v, error))
        return FALSE;
    }

  return TRUE;
}

/* Shares around the usual mix, in whole percents adding up to 100. */
static gboolean
propose_mix (Demo          *demo,
             GRand         *rand,
             gint64         dp_id,
             const Profile *p,
             GPtrArray     *profielen,
             gint64         org_id,
             gint64         sessie_id,
             GError       **error)
{
  int shares[8];
  int total = 0;

  for (guint i = 0; i < p->n_mix; i++)
    {
      shares[i] = MAX (5, (int) round (p->mix[i].percent * exp (0.3 * (g_rand_double (rand) - 0.5))));
      total += shares[i];
    }
  for (guint i = 0; i < p->n_mix; i++)
    shares[i] = shares[i] * 100 / total;
  total = 0;
  for (guint i = 0; i < p->n_mix; i++)
    total += shares[i];
  shares[0] += 100 - total;   /* the largest part takes the rounding */

  for (guint i = 0; i <= p->n_mix; i++)
    {
      g_autoptr(TafelMixregel) regel = tafel_mixregel_new (demo->traject_id);
      gboolean indirect = i == p->n_mix;
      TafelFunctieprofiel *profiel = g_ptr_array_index (profielen, indirect ? 1 : p->mix[i].profiel);

      g_object_set (regel,
                    "deelproduct-id", dp_id,
                    "organisatie-id", org_id,
                    "sessie-id", sessie_id,
                    "functieprofiel-id", tafel_entity_get_id (TAFEL_ENTITY (profiel)),
                    "opleidingsniveau", tafel_functieprofiel_get_opleidingsniveau (profiel),
                    "aandeel", (gint64) (indirect ? 100 : shares[i]) * 100,
                    "tijdsoort", indirect ? "indirect" : "direct",
                    NULL);
      if (!tafel_store_insert (demo->store, regel, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
propose_groep (Demo    *demo,
               GRand   *rand,
               gint64   dp_id,
               gint64   org_id,
               gint64   sessie_id,
               GError **error)
{
  g_autoptr(TafelGroepsparameters) g = tafel_groepsparameters_new (demo->traject_id);

  g_object_set (g,
                "deelproduct-id", dp_id,
                "organisatie-id", org_id,
                "sessie-id", sessie_id,
                "jeugdigen-per-groep", (gint64) g_rand_int_range (rand, 6, 11) * 100,
                "bezetting", (gint64) g_rand_int_range (rand, 15, 19) * 500,
                "uren-per-bijeenkomst", (gint64) g_rand_int_range (rand, 4, 7) * 50,
                "bijeenkomsten-per-week", (gint64) g_rand_int_range (rand, 1, 3) * 100,
                "direct-per-groep", (gint64) 200,
                "indirect-per-groep", (gint64) g_rand_int_range (rand, 1, 6) * 10,
                NULL);
  return tafel_store_insert (demo->store, g, error);
}

gboolean
demo_create_voorstellen (Demo    *demo,
                         GError **error)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (demo->options->seed ^ 0x5bd1e995u);
  g_autoptr(GPtrArray) profielen = tafel_store_list (demo->store, TAFEL_TYPE_FUNCTIEPROFIEL, demo->traject_id, error);
  g_autoptr(GArray) profiles = g_array_new (FALSE, FALSE, sizeof (Profile));
  guint n_providers;

  if (profielen == NULL)
    return FALSE;
  if (profielen->len < 7 || demo->sessies == NULL || demo->sessies->len == 0)
    return TRUE;   /* a template without the default profiles: nothing to propose with */

  /* Units, levels and group products as the region set them. */
  for (guint d = 0; d < demo->deelproducten->len; d++)
    {
      TafelDeelproduct *dp = g_ptr_array_index (demo->deelproducten, d);
      Profile p;
      GValue values[7] = { G_VALUE_INIT };
      const char *names[] = { "intensiteit_eenheid", "duur_eenheid", "groepsproduct",
                              "niveau_intensief", "indirect_per_direct", "niveau_licht", "niveau_middel" };

      describe (dp, &p);
      g_array_append_val (profiles, p);

      g_value_init (&values[0], G_TYPE_STRING);
      g_value_set_static_string (&values[0], p.eenheid);
      g_value_init (&values[1], G_TYPE_STRING);
      g_value_set_static_string (&values[1], p.duur_eenheid);
      g_value_init (&values[2], G_TYPE_BOOLEAN);
      g_value_set_boolean (&values[2], p.groep);
      g_value_init (&values[3], G_TYPE_BOOLEAN);
      g_value_set_boolean (&values[3], p.levels[3]);
      g_value_init (&values[4], G_TYPE_INT64);
      g_value_set_int64 (&values[4], 2500);
      g_value_init (&values[5], G_TYPE_BOOLEAN);
      g_value_set_boolean (&values[5], TRUE);
      g_value_init (&values[6], G_TYPE_BOOLEAN);
      g_value_set_boolean (&values[6], TRUE);
      if (!tafel_store_setv (demo->store, dp, G_N_ELEMENTS (names), names, values, error))
        {
          for (guint i = 0; i < G_N_ELEMENTS (values); i++)
            g_value_unset (&values[i]);
          return FALSE;
        }
      for (guint i = 0; i < G_N_ELEMENTS (values); i++)
        g_value_unset (&values[i]);
    }

  /* Every provider, up to MAX_PROPOSERS (the municipality, last, proposes
   * nothing). */
  n_providers = demo->orgs->len > 1 ? demo->orgs->len - 1 : demo->orgs->len;
  n_providers = MIN (n_providers, MAX_PROPOSERS);
  for (guint o = 0; o < n_providers; o++)
    {
      gint64 org_id = tafel_entity_get_id (g_ptr_array_index (demo->orgs, o));
      /* proposals are asked for in the later sessions */
      guint s = demo->sessies->len > 1 ? (guint) g_rand_int_range (rand, 1, (gint32) demo->sessies->len) : 0;
      gint64 sessie_id = tafel_entity_get_id (g_ptr_array_index (demo->sessies, s));

      for (guint d = 0; d < demo->deelproducten->len; d++)
        {
          TafelDeelproduct *dp = g_ptr_array_index (demo->deelproducten, d);
          const Profile *p = &g_array_index (profiles, Profile, d);
          gint64 dp_id = tafel_entity_get_id (TAFEL_ENTITY (dp));

          if (!demo_chance (rand, 0.7))
            continue;

          if (!propose_intensiteit (demo, rand, dp, p, org_id, sessie_id, error) ||
              !propose_mix (demo, rand, dp_id, p, profielen, org_id, sessie_id, error) ||
              (p->groep && !propose_groep (demo, rand, dp_id, org_id, sessie_id, error)))
            return FALSE;
        }
    }

  /* The region has decided two in three deelproducten so far, from the
   * medians, so that the prices and the PvE have something to show. */
  for (guint d = 0; d < demo->deelproducten->len; d++)
    {
      TafelDeelproduct *dp = g_ptr_array_index (demo->deelproducten, d);

      if (d % 3 == 2)
        continue;
      if (!tafel_besluit_take_median (demo->store, dp, 0, error) ||
          !tafel_store_set_string (demo->store, dp, "besluit_toelichting",
                                   "Mediaan van de voorstellen overgenomen; in de volgende sessie toetsen.", error))
        return FALSE;
    }

  return TRUE;
}
