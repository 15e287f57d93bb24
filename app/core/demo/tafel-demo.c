/* tafel-demo.c: a realistic demo traject, the same for the same seed
 *
 * Every name and sentence is invented, composed from the word lists in
 * tafel-demo-words.h so that a few hundred organisations and tens of
 * thousands of sticky notes still read differently. All randomness comes
 * from GRands seeded with the options' seed; nothing reads the clock.
 */
#include "config.h"

#include <stdio.h>

#include <glib/gi18n-lib.h>

#include "tafel-demo.h"
#include "tafel-demo-private.h"
#include "tafel-demo-words.h"
#include "tafel-error.h"
#include "tafel-template.h"
#include "tafel-traject-setup.h"
#include "tafel-validate.h"

/* ---- small helpers ---------------------------------------------------- */


gboolean
demo_chance (GRand  *rand,
        double  p)
{
  return g_rand_double (rand) < p;
}

/* Index into @cumulative (running totals of weights) for a random draw. */
guint
demo_pick_weighted (GRand  *rand,
               GArray *cumulative)
{
  guint32 total = g_array_index (cumulative, guint32, cumulative->len - 1);
  guint32 r = g_rand_int_range (rand, 0, (gint32) total);
  guint lo = 0, hi = cumulative->len - 1;

  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;

      if (g_array_index (cumulative, guint32, mid) > r)
        hi = mid;
      else
        lo = mid + 1;
    }

  return lo;
}

void
demo_append_weight (GArray *cumulative,
               guint32 weight)
{
  guint32 sum = cumulative->len ? g_array_index (cumulative, guint32, cumulative->len - 1) : 0;

  sum += weight;
  g_array_append_val (cumulative, sum);
}

/* Fills the {x} slots of @template with random words and numbers. */
void
demo_expand (GString    *out,
        GRand      *rand,
        const char *template)
{
  for (const char *p = template; *p != '\0'; p++)
    {
      if (p[0] != '{' || p[1] == '\0' || p[2] != '}')
        {
          g_string_append_c (out, *p);
          continue;
        }

      switch (p[1])
        {
        case 'u': g_string_append_printf (out, "%d", g_rand_int_range (rand, 2, 13)); break;
        case 'w': g_string_append_printf (out, "%d", PICK (rand, slot_weeks)); break;
        case 'm': g_string_append_printf (out, "%d", PICK (rand, slot_months)); break;
        case 's': g_string_append_printf (out, "%d", PICK (rand, slot_strips)); break;
        case 'p': g_string_append_printf (out, "%d", 5 * g_rand_int_range (rand, 2, 13)); break;
        case 'g': g_string_append_printf (out, "%d", g_rand_int_range (rand, 4, 13)); break;
        case 'k': g_string_append_printf (out, "%d", g_rand_int_range (rand, 2, N_SESSIES + 1)); break;
        case 'e': g_string_append_printf (out, "%d.%d", g_rand_int_range (rand, 1, 12),
                                          g_rand_int_range (rand, 1, 9)); break;
        case 'f': g_string_append (out, PICK (rand, slot_functions)); break;
        case 'n': g_string_append (out, PICK (rand, slot_levels)); break;
        case 'i': g_string_append (out, PICK (rand, slot_intensities)); break;
        case 'd': g_string_append (out, PICK (rand, slot_doelgroepen)); break;
        case 'x': g_string_append (out, PICK (rand, slot_methods)); break;
        case 'r': g_string_append (out, PICK (rand, slot_replacements)); break;
        default: g_assert_not_reached ();
        }
      p += 2;
    }
}

/* "2026-10-28" at @minutes past 08:30 UTC (09:30 in the Netherlands in
 * autumn), in seconds since the epoch. */
gint64
demo_session_moment (const char *date,
                int         days,
                int         minutes)
{
  int y = 0, m = 0, d = 0;
  g_autoptr(GDateTime) start = NULL;

  sscanf (date, "%d-%d-%d", &y, &m, &d);
  start = g_date_time_new_utc (y, m, d, 8, 30, 0);
  return g_date_time_to_unix (start) + (gint64) days * 86400 + (gint64) minutes * 60;
}

char *
demo_format_moment (gint64 seconds)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_unix_utc (seconds);

  return g_date_time_format (dt, "%Y-%m-%dT%H:%M:%SZ");
}

gint64
demo_find_vraagblok (Demo       *demo,
                const char *title)
{
  if (title == NULL)
    return 0;

  for (guint i = 0; i < demo->vraagblokken->len; i++)
    {
      TafelVraagblok *v = g_ptr_array_index (demo->vraagblokken, i);

      if (g_str_equal (tafel_vraagblok_get_title (v), title))
        return tafel_entity_get_id (TAFEL_ENTITY (v));
    }

  return 0;
}

/* @name, or "@name (2)", "(3)", … when a traject already has it. */
static char *
dup_free_name (TafelStore *store,
               const char *name)
{
  g_autofree char *clean = NULL;
  glong bad = 0;

  clean = tafel_text_normalize (name, FALSE, &bad);
  if (clean == NULL || *clean == '\0')
    return g_strdup (name);   /* the store explains what is wrong with it */

  for (guint n = 1; n < 10000; n++)
    {
      g_autofree char *candidate = n == 1 ? g_strdup (clean) : g_strdup_printf ("%s (%u)", clean, n);
      g_autoptr(TafelTraject) taken = tafel_store_find_by_name (store, TAFEL_TYPE_TRAJECT, 0, candidate);

      if (taken == NULL)
        return g_steal_pointer (&candidate);
    }

  return g_steal_pointer (&clean);
}

/* ---- the parts of the traject ----------------------------------------- */

static gboolean
create_sessies (Demo    *demo,
                GError **error)
{
  static const char *columns[] = { "name", "date", "start_time", "end_time", "theme", "location", "deadline" };
  const char *place = regions[demo->region].place;

  /* The template made the first session (with the default agenda); add
   * the others the same way. */
  for (;;)
    {
      g_autoptr(TafelSessie) sessie = NULL;

      g_clear_pointer (&demo->sessies, g_ptr_array_unref);
      demo->sessies = tafel_store_list (demo->store, TAFEL_TYPE_SESSIE, demo->traject_id, error);
      if (demo->sessies == NULL)
        return FALSE;
      if (demo->sessies->len >= N_SESSIES)
        break;

      sessie = tafel_traject_add_sessie (demo->store, demo->traject_id, error);
      if (sessie == NULL)
        return FALSE;
    }

  for (guint i = 0; i < N_SESSIES; i++)
    {
      g_autofree char *name = g_strdup_printf ("Sessie %u", i + 1);
      g_autofree char *location = g_strdup_printf ("Gemeentehuis %s, zaal %s", place, sessie_facts[i].room);
      const char *texts[] = { name, sessie_facts[i].date, "09:30", "12:30", sessie_facts[i].theme,
                              location, sessie_facts[i].deadline };
      GValue values[G_N_ELEMENTS (columns)] = { G_VALUE_INIT };
      gboolean ok;

      for (guint c = 0; c < G_N_ELEMENTS (columns); c++)
        {
          g_value_init (&values[c], G_TYPE_STRING);
          g_value_set_string (&values[c], texts[c]);
        }
      ok = tafel_store_setv (demo->store, g_ptr_array_index (demo->sessies, i),
                             G_N_ELEMENTS (columns), columns, values, error);
      for (guint c = 0; c < G_N_ELEMENTS (columns); c++)
        g_value_unset (&values[c]);
      if (!ok)
        return FALSE;
    }

  return TRUE;
}

static char *
make_org_name (GRand      *rand,
               GHashTable *taken)
{
  for (guint attempt = 0; ; attempt++)
    {
      guint format = g_rand_int_range (rand, 0, G_N_ELEMENTS (org_formats));
      g_autofree char *name = g_strconcat (org_formats[format].before, PICK (rand, org_stems),
                                           PICK (rand, org_endings), org_formats[format].after, NULL);
      g_autofree char *key = NULL;

      if (attempt > 20 || demo_chance (rand, 0.15))
        {
          char *longer = g_strdup_printf ("%s %s", name, PICK (rand, places));
          g_free (name);
          name = longer;
        }
      if (attempt > 200)
        {
          char *numbered = g_strdup_printf ("%s %u", name, attempt);
          g_free (name);
          name = numbered;
        }

      key = g_utf8_casefold (name, -1);
      if (!g_hash_table_contains (taken, key))
        {
          g_hash_table_add (taken, g_steal_pointer (&key));
          return g_steal_pointer (&name);
        }
    }
}

static gboolean
add_participant (Demo             *demo,
                 TafelOrganisatie *org,
                 const char       *function,
                 const char       *role,
                 gint64            created,
                 GError          **error)
{
  g_autoptr(TafelDeelnemer) d = tafel_deelnemer_new (demo->traject_id);
  g_autofree char *name = g_strdup_printf ("%s %s", PICK (demo->rand, first_names), PICK (demo->rand, last_names));
  g_autofree char *stamp = demo_format_moment (created);
  g_autoptr(GString) advies = g_string_new (NULL);
  Participant p = { NULL, (1u << N_SESSIES) - 1 };
  double r = g_rand_double (demo->rand);

  if (demo_chance (demo->rand, 0.8))
    {
      const char *opener = PICK (demo->rand, advies_openers);
      const char *core = PICK (demo->rand, advies_cores);

      g_string_append (advies, opener);
      g_string_append (advies, core);
      if (*opener == '\0')
        advies->str[0] = g_ascii_toupper (advies->str[0]);
      g_string_append_c (advies, '.');
    }

  g_object_set (d,
                "organisatie-id", tafel_entity_get_id (TAFEL_ENTITY (org)),
                "name", name, "function", function, "role", role, "advies", advies->str,
                "created-at", stamp,
                NULL);
  if (!tafel_store_insert (demo->store, d, error))
    return FALSE;

  /* Most come to every session, some miss one, a few come once. */
  if (r > 0.92)
    p.present = 1u << g_rand_int_range (demo->rand, 0, N_SESSIES);
  else if (r > 0.70)
    p.present &= ~(1u << g_rand_int_range (demo->rand, 0, N_SESSIES));

  for (guint s = 0; s < N_SESSIES; s++)
    if ((p.present & (1u << s)) &&
        !tafel_store_set_present (demo->store, d, g_ptr_array_index (demo->sessies, s), TRUE, error))
      return FALSE;

  p.deelnemer = g_steal_pointer (&d);
  g_array_append_val (demo->people, p);
  return TRUE;
}

static gboolean
create_organisaties (Demo    *demo,
                     GError **error)
{
  g_autoptr(GHashTable) taken = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gint64 created = demo_session_moment (sessie_facts[0].date, -14, 0);
  guint n = demo->options->n_organisations;

  for (guint i = 0; i <= n; i++)
    {
      g_autoptr(TafelOrganisatie) org = tafel_organisatie_new (demo->traject_id);
      g_autofree char *name = NULL;
      g_autofree char *stamp = demo_format_moment (created + i);
      OrgPeople people = { demo->people->len, 0 };
      gboolean ok = TRUE;

      name = i < n ? make_org_name (demo->rand, taken)
                   : g_strdup_printf ("Gemeente %s", regions[demo->region].place);
      g_object_set (org, "name", name, "created-at", stamp, NULL);
      if (!tafel_store_insert (demo->store, org, error))
        return FALSE;

      if (i < n)
        {
          guint count = g_rand_int_range (demo->rand, 1, 4);

          for (guint j = 0; j < count && ok; j++)
            ok = add_participant (demo, org, PICK (demo->rand, provider_functions), "aanbieder",
                                  created + i, error);
        }
      else
        {
          ok = add_participant (demo, org, "inkoopadviseur", "begeleider", created + i, error) &&
               add_participant (demo, org, "procesbegeleider", "begeleider", created + i, error) &&
               add_participant (demo, org, "beleidsadviseur jeugd", "gemeente", created + i, error) &&
               add_participant (demo, org, "contractmanager jeugd", "gemeente", created + i, error);
        }
      if (!ok)
        return FALSE;

      people.count = demo->people->len - people.first;
      g_array_append_val (demo->org_people, people);
      g_ptr_array_add (demo->orgs, g_steal_pointer (&org));
    }

  return TRUE;
}

static gboolean
create_aanbod (Demo    *demo,
               GError **error)
{
  guint order[G_N_ELEMENTS (aanbod_facts)];
  guint n_items = CLAMP (demo->options->n_organisations / 3, 3, G_N_ELEMENTS (aanbod_facts));
  gint64 created = demo_session_moment (sessie_facts[0].date, 1, 0);

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    order[i] = i;
  for (guint i = G_N_ELEMENTS (order) - 1; i > 0; i--)
    {
      guint j = g_rand_int_range (demo->rand, 0, i + 1);
      guint t = order[i];
      order[i] = order[j];
      order[j] = t;
    }

  for (guint i = 0; i < n_items; i++)
    {
      const AanbodFact *fact = &aanbod_facts[order[i]];
      g_autoptr(TafelAanbod) a = tafel_aanbod_new (demo->traject_id);
      g_autoptr(TafelDeelproduct) dp = NULL;
      g_autofree char *stamp = demo_format_moment (created + 3600 * i);
      guint provider = g_rand_int_range (demo->rand, 0, demo->options->n_organisations);

      if (fact->deelproduct != NULL)
        dp = tafel_store_find_by_name (demo->store, TAFEL_TYPE_DEELPRODUCT, demo->traject_id, fact->deelproduct);

      g_object_set (a,
                    "organisatie-id", tafel_entity_get_id (g_ptr_array_index (demo->orgs, provider)),
                    "deelproduct-id", dp ? tafel_entity_get_id (TAFEL_ENTITY (dp)) : (gint64) 0,
                    "title", fact->title, "description", fact->description,
                    "fit", fact->fit, "fit-reason", fact->fit_reason, "evidence", fact->evidence,
                    "created-at", stamp,
                    NULL);
      if (!tafel_store_insert (demo->store, a, error))
        return FALSE;
    }

  return TRUE;
}

/* ---- public ----------------------------------------------------------- */

void
tafel_demo_options_init (TafelDemoOptions *options)
{
  g_return_if_fail (options != NULL);

  options->seed = 1;
  options->n_organisations = 25;
  options->n_geeltjes = 400;
  options->name = NULL;
}

gboolean
tafel_demo_options_validate (const TafelDemoOptions *options,
                             GError                **error)
{
  g_return_val_if_fail (options != NULL, FALSE);

  if (options->n_organisations < TAFEL_DEMO_MIN_ORGANISATIONS ||
      options->n_organisations > TAFEL_DEMO_MAX_ORGANISATIONS)
    {
      g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_INVALID,
                   _("Demo traject: the number of organisations must be from %u to %u, not %u."),
                   TAFEL_DEMO_MIN_ORGANISATIONS, TAFEL_DEMO_MAX_ORGANISATIONS, options->n_organisations);
      return FALSE;
    }

  if (options->n_geeltjes > TAFEL_DEMO_MAX_GEELTJES)
    {
      g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_INVALID,
                   _("Demo traject: the number of sticky notes must be from 0 to %u, not %u."),
                   TAFEL_DEMO_MAX_GEELTJES, options->n_geeltjes);
      return FALSE;
    }

  return TRUE;
}

/* Creates the demo traject in one batch: on error nothing is stored. */
TafelTraject *
tafel_demo_create (TafelStore             *store,
                   const TafelDemoOptions *options,
                   GError                **error)
{
  g_autoptr(TafelTemplate) template = NULL;
  g_autoptr(TafelTraject) traject = NULL;
  g_autofree char *default_name = NULL;
  g_autofree char *name = NULL;
  Demo demo = { 0 };
  gboolean ok;

  g_return_val_if_fail (TAFEL_IS_STORE (store), NULL);
  g_return_val_if_fail (options != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!tafel_demo_options_validate (options, error))
    return NULL;

  template = tafel_template_load (TAFEL_DEMO_TEMPLATE, error);
  if (template == NULL)
    return NULL;

  demo.store = store;
  demo.options = options;
  demo.rand = g_rand_new_with_seed (options->seed);
  demo.text_rand = g_rand_new_with_seed (options->seed ^ 0x9e3779b9u);
  demo.region = g_rand_int_range (demo.rand, 0, G_N_ELEMENTS (regions));
  demo.orgs = g_ptr_array_new_with_free_func (g_object_unref);
  demo.org_people = g_array_new (FALSE, FALSE, sizeof (OrgPeople));
  demo.people = g_array_new (FALSE, FALSE, sizeof (Participant));

  if (!tafel_store_begin_batch (store, error))
    goto out;

  if (options->name == NULL)
    default_name = g_strdup_printf (_("Demo %u"), (guint) options->seed);
  name = dup_free_name (store, options->name ? options->name : default_name);

  traject = tafel_template_instantiate (template, store, name, regions[demo.region].region, error);
  ok = traject != NULL;
  if (ok)
    {
      demo.traject_id = tafel_entity_get_id (TAFEL_ENTITY (traject));
      demo.deelproducten = tafel_store_list (store, TAFEL_TYPE_DEELPRODUCT, demo.traject_id, error);
      ok = demo.deelproducten != NULL;
    }
  if (ok)
    {
      demo.vraagblokken = tafel_store_list (store, TAFEL_TYPE_VRAAGBLOK, demo.traject_id, error);
      ok = demo.vraagblokken != NULL;
    }

  ok = ok &&
       create_sessies (&demo, error) &&
       create_organisaties (&demo, error) &&
       create_aanbod (&demo, error) &&
       demo_create_geeltjes (&demo, error) &&
       demo_create_voorstellen (&demo, error) &&
       tafel_store_set_string (store, traject, "status", "lopend", error);

  if (!ok)
    {
      tafel_store_rollback_batch (store);
      g_clear_object (&traject);
    }
  else if (!tafel_store_commit_batch (store, error))
    {
      g_clear_object (&traject);
    }

out:
  for (guint i = 0; i < demo.people->len; i++)
    g_clear_object (&g_array_index (demo.people, Participant, i).deelnemer);
  g_array_unref (demo.people);
  g_array_unref (demo.org_people);
  g_ptr_array_unref (demo.orgs);
  g_clear_pointer (&demo.sessies, g_ptr_array_unref);
  g_clear_pointer (&demo.deelproducten, g_ptr_array_unref);
  g_clear_pointer (&demo.vraagblokken, g_ptr_array_unref);
  g_rand_free (demo.text_rand);
  g_rand_free (demo.rand);

  return g_steal_pointer (&traject);
}
