/* tafel-demo-geeltjes.c: the sticky notes of a demo traject
 *
 * Notes are planned first (who, where, when, which status) and only then
 * written, in the order of their moments, so that ids follow time.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "tafel-demo-private.h"
#include "tafel-demo-words.h"

/* ---- sticky notes ----------------------------------------------------- */

enum { STATUS_OPEN, STATUS_DONE, STATUS_PARTLY, STATUS_NOT };

static const char *const status_ids[] = { "open", "verwerkt", "deels_verwerkt", "niet_verwerkt" };

static int
compare_specs (gconstpointer a,
               gconstpointer b)
{
  const GeeltjeSpec *x = a, *y = b;

  if (x->created != y->created)
    return x->created < y->created ? -1 : 1;
  return x->seq < y->seq ? -1 : (x->seq > y->seq);
}

static void
plan_geeltje (Demo        *demo,
              guint        seq,
              GArray      *dp_weights,
              GArray      *org_weights,
              GeeltjeSpec *spec)
{
  /* Later sessions have had less time to be processed. */
  static const double status_odds[N_SESSIES][3] = {
    { 0.35, 0.65, 0.80 }, { 0.55, 0.75, 0.87 }, { 0.80, 0.90, 0.95 },
  };
  GRand *rand = demo->rand;
  double r = g_rand_double (rand);
  guint n_dp = demo->deelproducten->len;
  const OrgPeople *people;
  guint present = 0;

  spec->seq = seq;
  spec->sessie = r < 0.38 ? 0 : r < 0.72 ? 1 : 2;

  /* Every deelproduct gets notes; after that, popularity decides. */
  if (seq < n_dp)
    spec->deelproduct = seq;
  else if (n_dp == 0 || demo_chance (rand, 0.10))
    spec->deelproduct = -1;
  else
    spec->deelproduct = demo_pick_weighted (rand, dp_weights);

  spec->organisatie = demo_pick_weighted (rand, org_weights);

  /* In the room during the session, or on a sheet sent in afterwards. */
  if (demo_chance (rand, 0.7))
    {
      spec->created = demo_session_moment (sessie_facts[spec->sessie].date, 0, g_rand_int_range (rand, 10, 180))
                      + g_rand_int_range (rand, 0, 60);
      present = 1u << spec->sessie;
    }
  else
    {
      spec->created = demo_session_moment (sessie_facts[spec->sessie].date, g_rand_int_range (rand, 1, 6),
                                      g_rand_int_range (rand, -60, 420))
                      + g_rand_int_range (rand, 0, 60);
      present = (1u << N_SESSIES) - 1;
    }

  spec->participant = -1;
  people = &g_array_index (demo->org_people, OrgPeople, spec->organisatie);
  if (people->count > 0 && demo_chance (rand, 0.75))
    {
      guint start = g_rand_int_range (rand, 0, people->count);

      for (guint k = 0; k < people->count; k++)
        {
          guint idx = people->first + (start + k) % people->count;

          if (g_array_index (demo->people, Participant, idx).present & present)
            {
              spec->participant = idx;
              break;
            }
        }
    }

  r = g_rand_double (rand);
  spec->status = r < status_odds[spec->sessie][0] ? STATUS_OPEN
               : r < status_odds[spec->sessie][1] ? STATUS_DONE
               : r < status_odds[spec->sessie][2] ? STATUS_PARTLY : STATUS_NOT;
}

static gboolean
insert_geeltje (Demo              *demo,
                const GeeltjeSpec *spec,
                GString           *text,
                GString           *reason,
                GError           **error)
{
  GRand *rand = demo->text_rand;
  g_autoptr(TafelGeeltje) g = tafel_geeltje_new (demo->traject_id);
  g_autofree char *stamp = demo_format_moment (spec->created);
  const Sentence *sentence;
  const char *kind;
  gint64 dp_id = 0, person_id = 0;

  g_string_truncate (text, 0);
  g_string_truncate (reason, 0);

  if (spec->deelproduct < 0)
    {
      kind = "algemeen";
      sentence = &PICK (rand, general);
      demo_expand (text, rand, sentence->text);
    }
  else if (demo_chance (rand, 0.35))
    {
      kind = "tekstueel";
      sentence = &PICK (rand, textual);
      demo_expand (text, rand, sentence->text);
      if (demo_chance (rand, 0.25))
        g_string_append (text, PICK (rand, textual_closers));
    }
  else
    {
      gsize start = 0;

      kind = "conceptueel";
      sentence = &PICK (rand, conceptual);
      if (demo_chance (rand, 0.3))
        {
          g_string_append (text, PICK (rand, openers));
          start = text->len;
        }
      demo_expand (text, rand, sentence->text);
      /* "Voorstel: sta toe …", but "Voorstel: MST …" */
      if (start > 0 && g_ascii_isupper (text->str[start]) && g_ascii_islower (text->str[start + 1]))
        text->str[start] = g_ascii_tolower (text->str[start]);
      if (demo_chance (rand, 0.4))
        g_string_append (text, PICK (rand, closers));
    }
  text->str[0] = g_ascii_toupper (text->str[0]);

  if (spec->status == STATUS_NOT)
    g_string_append (reason, g_str_equal (kind, "tekstueel") && demo_chance (rand, 0.7)
                             ? PICK (rand, reasons_not_textual) : PICK (rand, reasons_not));
  else if (spec->status == STATUS_PARTLY && demo_chance (rand, 0.8))
    demo_expand (reason, rand, PICK (rand, reasons_partly));
  else if (spec->status == STATUS_DONE && demo_chance (rand, 0.5))
    demo_expand (reason, rand, PICK (rand, reasons_done));

  if (spec->deelproduct >= 0)
    dp_id = tafel_entity_get_id (g_ptr_array_index (demo->deelproducten, spec->deelproduct));
  if (spec->participant >= 0)
    person_id = tafel_entity_get_id (TAFEL_ENTITY (g_array_index (demo->people, Participant,
                                                                  spec->participant).deelnemer));

  g_object_set (g,
                "sessie-id", tafel_entity_get_id (g_ptr_array_index (demo->sessies, spec->sessie)),
                "deelproduct-id", dp_id,
                "vraagblok-id", demo_find_vraagblok (demo, sentence->block),
                "kind", kind,
                "text", text->str,
                "organisatie-id", tafel_entity_get_id (g_ptr_array_index (demo->orgs, spec->organisatie)),
                "deelnemer-id", person_id,
                "status", status_ids[spec->status],
                "reason", reason->str,
                "created-at", stamp,
                NULL);

  return tafel_store_insert (demo->store, g, error);
}

gboolean
demo_create_geeltjes (Demo    *demo,
                 GError **error)
{
  g_autoptr(GArray) dp_weights = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr(GArray) org_weights = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr(GArray) specs = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GString) reason = g_string_new (NULL);
  guint n = demo->options->n_geeltjes;

  /* Some deelproducten and some providers draw far more notes than others;
   * the municipality writes few. */
  for (guint i = 0; i < demo->deelproducten->len; i++)
    demo_append_weight (dp_weights, g_rand_int_range (demo->rand, 1, 9));
  for (guint i = 0; i < demo->orgs->len; i++)
    demo_append_weight (org_weights, i + 1 < demo->orgs->len ? g_rand_int_range (demo->rand, 1, 9) : 1);

  specs = g_array_sized_new (FALSE, TRUE, sizeof (GeeltjeSpec), n);
  g_array_set_size (specs, n);
  for (guint i = 0; i < n; i++)
    plan_geeltje (demo, i, dp_weights, org_weights, &g_array_index (specs, GeeltjeSpec, i));

  /* Insert in the order they were written, so ids follow time. */
  g_array_sort (specs, compare_specs);

  for (guint i = 0; i < n; i++)
    if (!insert_geeltje (demo, &g_array_index (specs, GeeltjeSpec, i), text, reason, error))
      return FALSE;

  return TRUE;
}
