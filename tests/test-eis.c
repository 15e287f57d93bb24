/* test-eis.c: requirements, their numbers (chapter.section.n) and sources */
#include "config.h"

#include <string.h>

#include "tafel-besluit.h"
#include "tafel-controle.h"
#include "tafel-eis-nummer.h"
#include "tafel-error.h"
#include "tafel-test-util.h"
#include "tafel-traject-setup.h"
#include "tafel-verwerking.h"

typedef struct {
  char         *dir;
  TafelStore   *store;
  TafelTraject *traject;
  gint64        traject_id;
  GPtrArray    *deelproducten;
} Fixture;

static void
fixture_setup (Fixture      *f,
               gconstpointer data)
{
  g_autoptr(GError) error = NULL;

  f->dir = tafel_test_make_tmpdir ();
  f->store = tafel_test_open_store (f->dir, "eis.db");
  f->traject = tafel_test_create_traject (f->store, "segment-veel-voorkomend", "Inkoop 2027");
  f->traject_id = tafel_entity_get_id (TAFEL_ENTITY (f->traject));
  f->deelproducten = tafel_store_list (f->store, TAFEL_TYPE_DEELPRODUCT, f->traject_id, &error);
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture      *f,
                  gconstpointer data)
{
  g_clear_pointer (&f->deelproducten, g_ptr_array_unref);
  g_clear_object (&f->traject);
  g_assert_finalize_object (f->store);
  tafel_test_remove_tree (f->dir);
  g_free (f->dir);
}

static TafelEis *
add_eis (Fixture    *f,
         const char *hoofdstuk,
         guint       deelproduct,
         const char *aspect,
         const char *tekst)
{
  g_autoptr(GError) error = NULL;
  TafelEis *eis = tafel_eis_new (f->traject_id);

  g_object_set (eis, "hoofdstuk", hoofdstuk, "aspect", aspect, "tekst", tekst, NULL);
  if (g_str_equal (hoofdstuk, "deelproduct"))
    g_object_set (eis, "deelproduct-id", tafel_entity_get_id (g_ptr_array_index (f->deelproducten, deelproduct)), NULL);
  g_assert_true (tafel_store_insert (f->store, eis, &error));
  g_assert_no_error (error);
  return eis;
}

static char *
nummer (Fixture  *f,
        TafelEis *eis)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) nummers = tafel_eis_nummers (f->store, f->traject_id, &error);
  gint64 id = tafel_entity_get_id (TAFEL_ENTITY (eis));

  g_assert_no_error (error);
  return g_strdup (g_hash_table_lookup (nummers, &id));
}

#define assert_nummer(f, eis, expected)                \
  G_STMT_START {                                       \
    g_autofree char *n_ = nummer ((f), (eis));         \
    g_assert_cmpstr (n_, ==, (expected));              \
  } G_STMT_END

/* A new traject starts with the nine quality requirements of the
 * Jeugdwet, as eisen in chapter 2. */
static void
test_kwaliteitseisen (Fixture      *f,
                      gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) eisen = tafel_store_list (f->store, TAFEL_TYPE_EIS, f->traject_id, &error);
  g_autoptr(GHashTable) nummers = tafel_eis_nummers (f->store, f->traject_id, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (eisen->len, ==, 9);
  for (guint i = 0; i < eisen->len; i++)
    {
      TafelEis *eis = g_ptr_array_index (eisen, i);
      gint64 id = tafel_entity_get_id (TAFEL_ENTITY (eis));
      g_autofree char *expected = g_strdup_printf ("2.1.%u", i + 1);

      g_assert_cmpstr (tafel_eis_get_hoofdstuk (eis), ==, "kwaliteit");
      g_assert_cmpstr (tafel_eis_get_soort (eis), ==, "eis");
      g_assert_cmpstr (tafel_eis_get_status (eis), ==, "concept");
      g_assert_cmpstr (g_hash_table_lookup (nummers, &id), ==, expected);
    }
  g_assert_nonnull (strstr (tafel_eis_get_tekst (g_ptr_array_index (eisen, 0)), "4.1.1"));
  g_assert_nonnull (strstr (tafel_eis_get_tekst (g_ptr_array_index (eisen, 3)), "VOG"));
  g_assert_nonnull (strstr (tafel_eis_get_tekst (g_ptr_array_index (eisen, 8)), "4.2.5"));
}

/* Chapters: 1 Algemeen, 2 Kwaliteit, 3 … per deelproduct in product
 * order; sections per aspect, fixed; n in order. */
static void
test_numbering (Fixture      *f,
                gconstpointer data)
{
  g_autoptr(TafelEis) algemeen = add_eis (f, "algemeen", 0, "overig", "Werk samen met het wijkteam.");
  g_autoptr(TafelEis) a = add_eis (f, "deelproduct", 0, "intensiteit", "Licht: 2 uur per week.");
  g_autoptr(TafelEis) b = add_eis (f, "deelproduct", 0, "intensiteit", "Middel: 4 uur per week.");
  g_autoptr(TafelEis) c = add_eis (f, "deelproduct", 0, "doelgroepen", "Gezinnen met jonge kinderen.");
  g_autoptr(TafelEis) d = add_eis (f, "deelproduct", 3, "functiemix", "60% HBO.");
  g_autoptr(TafelEis) e = add_eis (f, "deelproduct", 3, "overig", "Overig.");

  assert_nummer (f, algemeen, "1.1.1");
  assert_nummer (f, a, "3.4.1");
  assert_nummer (f, b, "3.4.2");
  assert_nummer (f, c, "3.1.1");
  assert_nummer (f, d, "6.8.1");
  assert_nummer (f, e, "6.9.1");
  g_assert_cmpuint (tafel_eis_sectie ("kwaliteit", "intensiteit"), ==, 1);
  g_assert_cmpuint (tafel_eis_sectie ("deelproduct", "beoogd_resultaat"), ==, 6);
}

/* Moving and deleting renumber cleanly. */
static void
test_renumbering (Fixture      *f,
                  gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TafelEis) a = add_eis (f, "deelproduct", 1, "activiteiten", "Een.");
  g_autoptr(TafelEis) b = add_eis (f, "deelproduct", 1, "activiteiten", "Twee.");
  g_autoptr(TafelEis) c = add_eis (f, "deelproduct", 1, "activiteiten", "Drie.");
  g_autoptr(TafelEis) later = add_eis (f, "deelproduct", 5, "overig", "Later hoofdstuk.");
  gpointer order[] = { c, a, b };

  assert_nummer (f, c, "4.2.3");
  g_assert_true (tafel_store_reorder (f->store, order, G_N_ELEMENTS (order), &error));
  g_assert_no_error (error);
  assert_nummer (f, c, "4.2.1");
  assert_nummer (f, a, "4.2.2");
  assert_nummer (f, b, "4.2.3");

  g_assert_true (tafel_store_delete (f->store, a, &error));
  g_assert_no_error (error);
  assert_nummer (f, b, "4.2.2");
  g_assert_true (tafel_store_restore (f->store, a, &error));
  g_assert_no_error (error);
  assert_nummer (f, b, "4.2.3");

  /* a deleted deelproduct takes its chapter with it */
  assert_nummer (f, later, "8.9.1");
  g_assert_true (tafel_store_delete (f->store, g_ptr_array_index (f->deelproducten, 0), &error));
  g_assert_no_error (error);
  assert_nummer (f, later, "7.9.1");
  assert_nummer (f, c, "3.2.1");
}

/* Chapter and deelproduct go together; a source is exactly one geeltje or
 * proposal, and the same source once. */
static void
test_refusals (Fixture      *f,
               gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TafelEis) zonder = tafel_eis_new (f->traject_id);
  g_autoptr(TafelEis) algemeen_met = tafel_eis_new (f->traject_id);
  g_autoptr(TafelEis) eis = add_eis (f, "algemeen", 0, "overig", "Tekst.");
  g_autoptr(TafelGeeltje) g = tafel_geeltje_new (f->traject_id);
  g_autoptr(TafelEisbron) leeg = tafel_eisbron_new (f->traject_id);
  g_autoptr(TafelEisbron) bron = tafel_eisbron_new (f->traject_id);
  g_autoptr(TafelEisbron) dubbel = tafel_eisbron_new (f->traject_id);
  gint64 eis_id = tafel_entity_get_id (TAFEL_ENTITY (eis));

  g_object_set (zonder, "hoofdstuk", "deelproduct", NULL);
  g_assert_false (tafel_store_insert (f->store, zonder, &error));
  g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_INVALID);
  g_clear_error (&error);

  g_object_set (algemeen_met, "hoofdstuk", "algemeen",
                "deelproduct-id", tafel_entity_get_id (g_ptr_array_index (f->deelproducten, 0)), NULL);
  g_assert_false (tafel_store_insert (f->store, algemeen_met, &error));
  g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_false (tafel_store_set_string (f->store, eis, "gewicht", "120", &error));
  g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (tafel_store_set_string (f->store, eis, "gewicht", "15", &error));
  g_assert_no_error (error);
  g_assert_cmpint (tafel_eis_get_gewicht (eis), ==, 1500);

  g_object_set (g, "text", "Een geeltje", NULL);
  g_assert_true (tafel_store_insert (f->store, g, &error));
  g_assert_no_error (error);

  g_object_set (leeg, "eis-id", eis_id, NULL);
  g_assert_false (tafel_store_insert (f->store, leeg, &error));
  g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_INVALID);
  g_clear_error (&error);

  g_object_set (bron, "eis-id", eis_id, "geeltje-id", tafel_entity_get_id (TAFEL_ENTITY (g)), NULL);
  g_assert_true (tafel_store_insert (f->store, bron, &error));
  g_assert_no_error (error);

  g_object_set (dubbel, "eis-id", eis_id, "geeltje-id", tafel_entity_get_id (TAFEL_ENTITY (g)), NULL);
  g_assert_false (tafel_store_insert (f->store, dubbel, &error));
  g_assert_nonnull (error);
}

/* How many findings of @soort (about deelproduct @dp, or any when -1). */
static guint
count_findings (Fixture    *f,
                const char *soort,
                gint64      dp)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) findings = tafel_controle_run (f->store, f->traject_id, &error);
  guint n = 0;

  g_assert_no_error (error);
  for (guint i = 0; i < findings->len; i++)
    {
      TafelBevinding *b = g_ptr_array_index (findings, i);

      g_assert_nonnull (b->melding);
      if (g_str_equal (b->soort, soort) && (dp < 0 || b->deelproduct_id == dp))
        n++;
    }
  return n;
}

/* Each completeness finding, triggered and cleared. */
static void
test_controle (Fixture      *f,
               gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  TafelDeelproduct *dp = g_ptr_array_index (f->deelproducten, 0);
  gint64 dp_id = tafel_entity_get_id (TAFEL_ENTITY (dp));
  g_autoptr(GPtrArray) profielen = tafel_store_list (f->store, TAFEL_TYPE_FUNCTIEPROFIEL, f->traject_id, &error);
  const char *columns[] = { "doelgroepen", "activiteiten", "doorlooptijd", "intensiteit", "kwaliteit",
                            "beoogd_resultaat", "productcode" };
  g_autoptr(TafelGeeltje) g = tafel_geeltje_new (f->traject_id);
  g_autoptr(TafelEis) leeg = NULL;
  g_autoptr(TafelEis) een = NULL;
  g_autoptr(TafelEis) twee = NULL;
  g_autoptr(TafelEis) wens = NULL;
  g_autoptr(TafelEis) wens2 = NULL;

  g_assert_no_error (error);

  /* a new traject: nothing decided, no open notes, no bad requirements */
  g_assert_cmpuint (count_findings (f, "besluit", -1), ==, f->deelproducten->len);
  g_assert_cmpuint (count_findings (f, "open", -1), ==, 0);
  g_assert_cmpuint (count_findings (f, "leeg", -1) + count_findings (f, "dubbel", -1) +
                    count_findings (f, "gewicht", -1), ==, 0);

  /* aspects: described on the deelproduct, or covered by a requirement */
  g_assert_cmpuint (count_findings (f, "aspect", dp_id), ==, 1);
  {
    /* Groepsbegeleiding (the fourth) describes no target groups in the template */
    gint64 groep_id = tafel_entity_get_id (g_ptr_array_index (f->deelproducten, 3));
    g_autoptr(TafelEis) doelgroep = NULL;
    g_autoptr(GPtrArray) before = tafel_controle_run (f->store, f->traject_id, &error);
    g_autoptr(GPtrArray) after = NULL;
    gboolean mentioned_before = FALSE, mentioned_after = FALSE;

    g_assert_no_error (error);
    doelgroep = add_eis (f, "deelproduct", 3, "doelgroepen", "Kinderen van 8 tot 12 jaar.");
    after = tafel_controle_run (f->store, f->traject_id, &error);
    g_assert_no_error (error);
    for (guint i = 0; i < before->len; i++)
      {
        TafelBevinding *b = g_ptr_array_index (before, i);

        mentioned_before = mentioned_before ||
                           (g_str_equal (b->soort, "aspect") && b->deelproduct_id == groep_id &&
                            strstr (b->melding, "target groups") != NULL);
      }
    for (guint i = 0; i < after->len; i++)
      {
        TafelBevinding *b = g_ptr_array_index (after, i);

        mentioned_after = mentioned_after ||
                          (g_str_equal (b->soort, "aspect") && b->deelproduct_id == groep_id &&
                           strstr (b->melding, "target groups") != NULL);
      }
    g_assert_true (mentioned_before);
    g_assert_false (mentioned_after);
  }
  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      g_assert_true (tafel_store_set_string (f->store, dp, columns[i], i == 6 ? "054001" : "Ingevuld.", &error));
      g_assert_no_error (error);
    }
  g_assert_cmpuint (count_findings (f, "aspect", dp_id), ==, 0);

  /* the decision */
  {
    TafelMixInvoer mix[] = { { tafel_entity_get_id (g_ptr_array_index (profielen, 0)), NULL, 10000, "direct" } };

    for (guint i = 0; tafel_niveaus[i].id != NULL; i++)
      {
        g_assert_true (tafel_intensiteit_put (f->store, dp, 0, 0, tafel_niveaus[i].id, 200, 1200, &error));
        g_assert_no_error (error);
      }
    g_assert_cmpuint (count_findings (f, "besluit", dp_id), ==, 1);   /* no mix yet */
    g_assert_true (tafel_mix_replace (f->store, dp, 0, 0, mix, 1, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (count_findings (f, "besluit", dp_id), ==, 0);
  }

  /* open sticky notes */
  g_object_set (g, "text", "Nog te verwerken", "deelproduct-id", dp_id, NULL);
  g_assert_true (tafel_store_insert (f->store, g, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_findings (f, "open", dp_id), ==, 1);
  g_assert_true (tafel_store_set_string (f->store, g, "status", "verwerkt", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_findings (f, "open", -1), ==, 0);

  /* empty and duplicate requirements */
  leeg = add_eis (f, "algemeen", 0, "overig", "");
  g_assert_cmpuint (count_findings (f, "leeg", -1), ==, 1);
  g_assert_true (tafel_store_set_string (f->store, leeg, "tekst", "Nu met tekst.", &error));
  g_assert_cmpuint (count_findings (f, "leeg", -1), ==, 0);
  een = add_eis (f, "deelproduct", 0, "overig", "Dezelfde  tekst.");
  twee = add_eis (f, "deelproduct", 1, "overig", "dezelfde tekst.");
  g_assert_cmpuint (count_findings (f, "dubbel", -1), ==, 1);
  g_assert_true (tafel_store_set_string (f->store, twee, "tekst", "Een andere tekst.", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_findings (f, "dubbel", -1), ==, 0);

  /* weights of the wensen */
  wens = add_eis (f, "algemeen", 0, "overig", "Wens een.");
  g_assert_true (tafel_store_set_string (f->store, wens, "soort", "wens", &error));
  g_assert_true (tafel_store_set_string (f->store, wens, "gewicht", "60", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_findings (f, "gewicht", -1), ==, 1);
  wens2 = add_eis (f, "algemeen", 0, "overig", "Wens twee.");
  g_assert_true (tafel_store_set_string (f->store, wens2, "soort", "wens", &error));
  g_assert_true (tafel_store_set_string (f->store, wens2, "gewicht", "40", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_findings (f, "gewicht", -1), ==, 0);
}

static TafelGeeltje *
add_geeltje (Fixture    *f,
             const char *text)
{
  g_autoptr(GError) error = NULL;
  TafelGeeltje *g = tafel_geeltje_new (f->traject_id);

  g_object_set (g, "text", text, NULL);
  g_assert_true (tafel_store_insert (f->store, g, &error));
  g_assert_no_error (error);
  return g;
}

static guint
n_ids (GArray *ids)
{
  guint n = ids->len;

  g_array_unref (ids);
  return n;
}

/* Processing: in requirements, partly, not with a reason, back to open. */
static void
test_verwerk (Fixture      *f,
              gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TafelGeeltje) g = add_geeltje (f, "Maak het korter");
  g_autoptr(TafelGeeltje) h = add_geeltje (f, "Ook voor 18+");
  g_autoptr(TafelEis) a = add_eis (f, "algemeen", 0, "overig", "Kort.");
  g_autoptr(TafelEis) b = add_eis (f, "algemeen", 0, "overig", "Ook 18+.");
  gint64 both[2];
  TafelGeeltje *pair[2];

  both[0] = tafel_entity_get_id (TAFEL_ENTITY (a));
  both[1] = tafel_entity_get_id (TAFEL_ENTITY (b));

  /* verwerkt needs a requirement */
  g_assert_false (tafel_geeltje_verwerk (f->store, g, "verwerkt", NULL, 0, NULL, &error));
  g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpstr (tafel_geeltje_get_status (g), ==, "open");

  g_assert_true (tafel_geeltje_verwerk (f->store, g, "verwerkt", both, 2, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (tafel_geeltje_get_status (g), ==, "verwerkt");
  g_assert_cmpuint (n_ids (tafel_geeltje_dup_eis_ids (f->store, g, &error)), ==, 2);
  g_assert_cmpuint (n_ids (tafel_eis_dup_geeltje_ids (f->store, a, &error)), ==, 1);

  /* partly, in one of them */
  g_assert_true (tafel_geeltje_verwerk (f->store, g, "deels_verwerkt", both + 1, 1, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_ids (tafel_geeltje_dup_eis_ids (f->store, g, &error)), ==, 1);
  g_assert_cmpuint (n_ids (tafel_eis_dup_geeltje_ids (f->store, a, &error)), ==, 0);

  /* not: needs a reason, and goes into no requirement */
  g_assert_false (tafel_geeltje_verwerk (f->store, g, "niet_verwerkt", NULL, 0, "", &error));
  g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpstr (tafel_geeltje_get_status (g), ==, "deels_verwerkt");
  g_assert_cmpuint (n_ids (tafel_geeltje_dup_eis_ids (f->store, g, &error)), ==, 1);
  g_assert_true (tafel_geeltje_verwerk (f->store, g, "niet_verwerkt", NULL, 0, "Valt buiten het perceel", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (tafel_geeltje_get_reason (g), ==, "Valt buiten het perceel");
  g_assert_cmpuint (n_ids (tafel_geeltje_dup_eis_ids (f->store, g, &error)), ==, 0);

  /* koppel aan eis: both become verwerkt in b */
  pair[0] = g;
  pair[1] = h;
  g_assert_true (tafel_eis_koppel_geeltjes (f->store, b, pair, 2, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (tafel_geeltje_get_status (g), ==, "verwerkt");
  g_assert_cmpstr (tafel_geeltje_get_reason (g), ==, "");
  g_assert_cmpstr (tafel_geeltje_get_status (h), ==, "verwerkt");
  g_assert_cmpuint (n_ids (tafel_eis_dup_geeltje_ids (f->store, b, &error)), ==, 2);
  /* twice changes nothing */
  g_assert_true (tafel_eis_koppel_geeltjes (f->store, b, pair, 2, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_ids (tafel_eis_dup_geeltje_ids (f->store, b, &error)), ==, 2);

  /* back to open: no links */
  g_assert_true (tafel_geeltje_verwerk (f->store, h, "open", NULL, 0, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_ids (tafel_eis_dup_geeltje_ids (f->store, b, &error)), ==, 1);
}

/* The decisions as requirements, following every change. */
static void
test_uit_besluiten (Fixture      *f,
                    gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  TafelDeelproduct *dp = g_ptr_array_index (f->deelproducten, 0);
  g_autoptr(GPtrArray) profielen = tafel_store_list (f->store, TAFEL_TYPE_FUNCTIEPROFIEL, f->traject_id, &error);
  g_autoptr(GPtrArray) none = tafel_eis_uit_besluiten (f->store, dp, &error);
  g_autoptr(GPtrArray) eisen = NULL;
  g_autoptr(GPtrArray) changed = NULL;
  TafelMixInvoer mix[] = {
    { tafel_entity_get_id (g_ptr_array_index (profielen, 0)), NULL, 6000, "direct" },
    { tafel_entity_get_id (g_ptr_array_index (profielen, 1)), NULL, 4000, "direct" },
  };

  g_assert_no_error (error);
  g_assert_cmpuint (none->len, ==, 0);

  g_assert_true (tafel_intensiteit_put (f->store, dp, 0, 0, "licht", 250, 1200, &error));
  g_assert_true (tafel_mix_replace (f->store, dp, 0, 0, mix, 2, &error));
  g_assert_no_error (error);

  eisen = tafel_eis_uit_besluiten (f->store, dp, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (eisen->len, ==, 2);
  g_assert_cmpstr (tafel_eis_get_aspect (g_ptr_array_index (eisen, 0)), ==, "intensiteit");
  g_assert_nonnull (strstr (tafel_eis_get_tekst (g_ptr_array_index (eisen, 0)), "2,5"));
  g_assert_nonnull (strstr (tafel_eis_get_tekst (g_ptr_array_index (eisen, 0)), "12"));
  g_assert_cmpstr (tafel_eis_get_aspect (g_ptr_array_index (eisen, 1)), ==, "functiemix");
  g_assert_nonnull (strstr (tafel_eis_get_tekst (g_ptr_array_index (eisen, 1)), "60%"));
  g_assert_cmpint (tafel_entity_get_id (g_ptr_array_index (eisen, 0)), ==, 0);   /* not stored */

  g_assert_true (tafel_intensiteit_put (f->store, dp, 0, 0, "licht", 300, 1200, &error));
  g_assert_no_error (error);
  changed = tafel_eis_uit_besluiten (f->store, dp, &error);
  g_assert_nonnull (strstr (tafel_eis_get_tekst (g_ptr_array_index (changed, 0)), "3 "));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/eis/kwaliteitseisen", test_kwaliteitseisen);
  ADD ("/eis/numbering", test_numbering);
  ADD ("/eis/renumbering", test_renumbering);
  ADD ("/eis/refusals", test_refusals);
  ADD ("/eis/controle", test_controle);
  ADD ("/eis/verwerk", test_verwerk);
  ADD ("/eis/uit-besluiten", test_uit_besluiten);
#undef ADD

  return g_test_run ();
}
