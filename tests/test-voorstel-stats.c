/* test-voorstel-stats.c: the spread of proposals, entering them, and
 * deciding, against a small traject whose figures are worked out by hand
 * in the comments */
#include "config.h"

#include <math.h>
#include <string.h>

#include "tafel-besluit.h"
#include "tafel-decimal.h"
#include "tafel-error.h"
#include "tafel-test-util.h"
#include "tafel-traject-setup.h"
#include "tafel-voorstel-stats.h"

typedef struct {
  char             *dir;
  char             *path;
  TafelStore       *store;
  TafelTraject     *traject;
  gint64            traject_id;
  TafelDeelproduct *dp;
  gint64            org[4];
  gint64            sessie[2];
  gint64            profiel[3];
} Fixture;

static void
fixture_setup (Fixture      *f,
               gconstpointer data)
{
  const char *names[] = { "Aanbieder A", "Aanbieder B", "Aanbieder C", "Aanbieder D" };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) dps = NULL;
  g_autoptr(GPtrArray) profielen = NULL;

  f->dir = tafel_test_make_tmpdir ();
  f->path = g_build_filename (f->dir, "stats.db", NULL);
  f->store = tafel_test_open_store (f->dir, "stats.db");
  f->traject = tafel_test_create_traject (f->store, "segment-veel-voorkomend", "Inkoop 2027");
  f->traject_id = tafel_entity_get_id (TAFEL_ENTITY (f->traject));

  dps = tafel_store_list (f->store, TAFEL_TYPE_DEELPRODUCT, f->traject_id, &error);
  g_assert_no_error (error);
  f->dp = g_object_ref (g_ptr_array_index (dps, 0));

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(TafelOrganisatie) org = tafel_traject_ensure_organisatie (f->store, f->traject_id, names[i], NULL, &error);

      g_assert_no_error (error);
      f->org[i] = tafel_entity_get_id (TAFEL_ENTITY (org));
    }
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(TafelSessie) s = tafel_traject_add_sessie (f->store, f->traject_id, &error);

      g_assert_no_error (error);
      f->sessie[i] = tafel_entity_get_id (TAFEL_ENTITY (s));
    }

  profielen = tafel_store_list (f->store, TAFEL_TYPE_FUNCTIEPROFIEL, f->traject_id, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < 3; i++)
    f->profiel[i] = tafel_entity_get_id (TAFEL_ENTITY (g_ptr_array_index (profielen, i)));
}

static void
fixture_teardown (Fixture      *f,
                  gconstpointer data)
{
  g_clear_object (&f->dp);
  g_clear_object (&f->traject);
  g_assert_finalize_object (f->store);
  tafel_test_remove_tree (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static void
put (Fixture    *f,
     guint       org,
     guint       sessie,
     const char *niveau,
     gint64      uren,
     gint64      duur)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (tafel_intensiteit_put (f->store, f->dp, f->org[org], f->sessie[sessie], niveau, uren, duur, &error));
  g_assert_no_error (error);
}

static TafelDeelproductStats *
compute (Fixture *f,
         gint64   sessie_id)
{
  g_autoptr(GError) error = NULL;
  TafelDeelproductStats *stats = tafel_deelproduct_stats_compute (f->store, f->dp, sessie_id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (stats);
  return stats;
}

static gint64
count (Fixture    *f,
       GType       type)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = tafel_store_list (f->store, type, f->traject_id, &error);

  g_assert_no_error (error);
  return rows->len;
}

/* Hours "licht" 2, 3 and 10 (A, B in session 1; C in session 2), and 2,5
 * from A again in session 2:
 *   all sessions: 2, 2,5, 3, 10 → n 4, min 2, Q1 = 2 + 0,75 × 0,5 = 2,375,
 *     median (2,5 + 3) / 2 = 2,75, Q3 = 3 + 0,25 × 7 = 4,75, max 10;
 *   session 1: 2, 3 → median 2,5; session 2: 10, 2,5 → median 6,25. */
static void
test_summary_and_session_filter (Fixture      *f,
                                 gconstpointer data)
{
  g_autoptr(TafelDeelproductStats) all = NULL;
  g_autoptr(TafelDeelproductStats) first = NULL;
  g_autoptr(TafelDeelproductStats) second = NULL;
  TafelNiveauStats *n;

  put (f, 0, 0, "licht", 200, 1200);
  put (f, 1, 0, "licht", 300, TAFEL_DECIMAL_NONE);
  put (f, 2, 1, "licht", 1000, 2600);
  put (f, 0, 1, "licht", 250, 1300);

  all = compute (f, 0);
  g_assert_cmpuint (all->niveaus->len, ==, 4);   /* every level in use */
  n = tafel_deelproduct_stats_get_niveau (all, "licht");
  g_assert_cmpuint (n->uren_summary.n, ==, 4);
  g_assert_cmpfloat_with_epsilon (n->uren_summary.min, 2.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (n->uren_summary.q1, 2.375, 1e-9);
  g_assert_cmpfloat_with_epsilon (n->uren_summary.median, 2.75, 1e-9);
  g_assert_cmpfloat_with_epsilon (n->uren_summary.q3, 4.75, 1e-9);
  g_assert_cmpfloat_with_epsilon (n->uren_summary.max, 10.0, 1e-9);
  g_assert_cmpuint (n->duur_summary.n, ==, 3);    /* B gave no duration */
  g_assert_cmpfloat_with_epsilon (n->duur_summary.median, 13.0, 1e-9);
  g_assert_cmpint (n->besluit_uren, ==, TAFEL_DECIMAL_NONE);
  g_assert_cmpuint (tafel_deelproduct_stats_get_niveau (all, "zwaar")->uren_summary.n, ==, 0);
  g_assert_true (isnan (tafel_deelproduct_stats_get_niveau (all, "zwaar")->uren_summary.median));

  first = compute (f, f->sessie[0]);
  g_assert_cmpfloat_with_epsilon (tafel_deelproduct_stats_get_niveau (first, "licht")->uren_summary.median, 2.5, 1e-9);
  second = compute (f, f->sessie[1]);
  g_assert_cmpfloat_with_epsilon (tafel_deelproduct_stats_get_niveau (second, "licht")->uren_summary.median, 6.25, 1e-9);
}

/* Entering again replaces, clearing removes; a level switched off drops
 * out; a deleted organisation's proposals no longer count. */
static void
test_put_replace_and_exclusions (Fixture      *f,
                                 gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TafelDeelproductStats) stats = NULL;
  g_autoptr(TafelOrganisatie) c = NULL;

  put (f, 0, 0, "middel", 400, 2000);
  put (f, 0, 0, "middel", 450, 2000);
  g_assert_cmpint (count (f, TAFEL_TYPE_INTENSITEIT), ==, 1);
  put (f, 1, 0, "middel", 500, 2000);
  put (f, 2, 0, "middel", 600, 2000);
  put (f, 1, 0, "middel", TAFEL_DECIMAL_NONE, TAFEL_DECIMAL_NONE);
  g_assert_cmpint (count (f, TAFEL_TYPE_INTENSITEIT), ==, 2);

  c = tafel_store_get (f->store, TAFEL_TYPE_ORGANISATIE, f->org[2], &error);
  g_assert_no_error (error);
  g_assert_true (tafel_store_delete (f->store, c, &error));
  g_assert_no_error (error);

  g_assert_true (tafel_store_set_bool (f->store, f->dp, "niveau_licht", FALSE, &error));
  g_assert_no_error (error);

  stats = compute (f, 0);
  g_assert_cmpuint (stats->niveaus->len, ==, 3);
  g_assert_null (tafel_deelproduct_stats_get_niveau (stats, "licht"));
  g_assert_cmpuint (tafel_deelproduct_stats_get_niveau (stats, "middel")->uren_summary.n, ==, 1);
  g_assert_cmpfloat_with_epsilon (tafel_deelproduct_stats_get_niveau (stats, "middel")->uren_summary.median, 4.5, 1e-9);
}

/* Hours beyond the unit, and nothing stored. */
static void
test_put_refuses (Fixture      *f,
                  gconstpointer data)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (tafel_intensiteit_put (f->store, f->dp, f->org[0], f->sessie[0], "licht", 20000, 1000, &error));
  g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "168"));
  g_assert_nonnull (strstr (error->message, tafel_deelproduct_get_name (f->dp)));
  g_clear_error (&error);
  g_assert_false (tafel_intensiteit_put (f->store, f->dp, f->org[0], f->sessie[0], "licht", -100, 1000, &error));
  g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (tafel_intensiteit_put (f->store, f->dp, f->org[0], f->sessie[0], "licht", 100, 99999999, &error));
  g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_INVALID);
  g_assert_cmpint (count (f, TAFEL_TYPE_INTENSITEIT), ==, 0);
}

static void
mix (Fixture              *f,
     guint                 org,
     const TafelMixInvoer *lines,
     guint                 n)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (tafel_mix_replace (f->store, f->dp, org < 4 ? f->org[org] : 0, f->sessie[0], lines, n, &error));
  g_assert_no_error (error);
}

/* Two proposals: A 60/40 (profiles 0 and 1) direct and 100 (0) indirect;
 * B 100 (0) direct. Average direct: profile 0 (60 + 100) / 2 = 80,
 * profile 1 (40 + 0) / 2 = 20; indirect over the one proposal: 100. */
static void
test_mix_average_and_refusals (Fixture      *f,
                               gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TafelDeelproductStats) stats = NULL;
  TafelMixInvoer a[] = {
    { f->profiel[0], NULL, 6000, "direct" },
    { f->profiel[1], "wo", 4000, "direct" },
    { f->profiel[0], NULL, 10000, "indirect" },
  };
  TafelMixInvoer b[] = { { f->profiel[0], NULL, 10000, "direct" } };
  TafelMixInvoer ninety[] = { { f->profiel[0], NULL, 5000, "direct" }, { f->profiel[1], NULL, 4000, "direct" } };
  TafelMixInvoer twice[] = { { f->profiel[0], NULL, 5000, "direct" }, { f->profiel[0], NULL, 5000, "direct" } };
  TafelMixInvoer only_indirect[] = { { f->profiel[0], NULL, 10000, "indirect" } };
  TafelMixGemiddelde *m;

  mix (f, 0, a, G_N_ELEMENTS (a));
  mix (f, 1, b, G_N_ELEMENTS (b));
  g_assert_cmpint (count (f, TAFEL_TYPE_MIXREGEL), ==, 4);

  stats = compute (f, 0);
  g_assert_cmpuint (stats->n_mix_direct, ==, 2);
  g_assert_cmpuint (stats->n_mix_indirect, ==, 1);
  g_assert_cmpuint (stats->mix->len, ==, 3);
  m = &g_array_index (stats->mix, TafelMixGemiddelde, 0);
  g_assert_cmpint (m->functieprofiel_id, ==, f->profiel[0]);
  g_assert_cmpstr (m->tijdsoort, ==, "direct");
  g_assert_cmpfloat_with_epsilon (m->gemiddeld, 80.0, 1e-9);
  g_assert_cmpuint (m->n, ==, 2);
  g_assert_true (isnan (m->besluit));
  m = &g_array_index (stats->mix, TafelMixGemiddelde, 1);
  g_assert_cmpfloat_with_epsilon (m->gemiddeld, 20.0, 1e-9);
  m = &g_array_index (stats->mix, TafelMixGemiddelde, 2);
  g_assert_cmpstr (m->tijdsoort, ==, "indirect");
  g_assert_cmpfloat_with_epsilon (m->gemiddeld, 100.0, 1e-9);

  /* refused, and A's mix stays as it was */
  g_assert_false (tafel_mix_replace (f->store, f->dp, f->org[0], f->sessie[0], ninety, G_N_ELEMENTS (ninety), &error));
  g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "90"));
  g_clear_error (&error);
  g_assert_false (tafel_mix_replace (f->store, f->dp, f->org[0], f->sessie[0], twice, G_N_ELEMENTS (twice), &error));
  g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (tafel_mix_replace (f->store, f->dp, f->org[0], f->sessie[0], only_indirect, 1, &error));
  g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (count (f, TAFEL_TYPE_MIXREGEL), ==, 4);

  /* an empty mix removes it */
  mix (f, 1, NULL, 0);
  g_assert_cmpint (count (f, TAFEL_TYPE_MIXREGEL), ==, 3);
}

/* The median as the decision: hours 2, 3, 10 → 3; durations 12, 13, 26 →
 * 13; mix A 60/40, B 100/0, C 50/50 → direct 70 / 30 (210/3, 90/3). The
 * decisions survive closing the store. */
static void
test_take_median_and_reopen (Fixture      *f,
                             gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TafelDeelproductStats) stats = NULL;
  TafelMixInvoer a[] = { { f->profiel[0], NULL, 6000, "direct" }, { f->profiel[1], NULL, 4000, "direct" } };
  TafelMixInvoer b[] = { { f->profiel[0], NULL, 10000, "direct" } };
  TafelMixInvoer c[] = { { f->profiel[0], NULL, 5000, "direct" }, { f->profiel[1], NULL, 5000, "direct" } };
  TafelNiveauStats *n;
  gint64 dp_id = tafel_entity_get_id (TAFEL_ENTITY (f->dp));

  put (f, 0, 0, "zwaar", 200, 1200);
  put (f, 1, 0, "zwaar", 300, 1300);
  put (f, 2, 0, "zwaar", 1000, 2600);
  mix (f, 0, a, 2);
  mix (f, 1, b, 1);
  mix (f, 2, c, 2);

  g_assert_true (tafel_besluit_take_median (f->store, f->dp, 0, &error));
  g_assert_no_error (error);

  /* reopen the file */
  g_clear_object (&f->dp);
  g_clear_object (&f->traject);
  g_assert_finalize_object (f->store);
  f->store = tafel_store_open (f->path, &error);
  g_assert_no_error (error);
  f->dp = tafel_store_get (f->store, TAFEL_TYPE_DEELPRODUCT, dp_id, &error);
  g_assert_no_error (error);

  stats = compute (f, 0);
  n = tafel_deelproduct_stats_get_niveau (stats, "zwaar");
  g_assert_cmpint (n->besluit_uren, ==, 300);
  g_assert_cmpint (n->besluit_duur, ==, 1300);
  g_assert_cmpuint (n->uren_summary.n, ==, 3);   /* the decision is not a proposal */
  g_assert_cmpint (tafel_deelproduct_stats_get_niveau (stats, "licht")->besluit_uren, ==, TAFEL_DECIMAL_NONE);
  g_assert_cmpfloat_with_epsilon (g_array_index (stats->mix, TafelMixGemiddelde, 0).besluit, 70.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (g_array_index (stats->mix, TafelMixGemiddelde, 1).besluit, 30.0, 1e-9);

  /* taking it again changes nothing */
  g_assert_true (tafel_besluit_take_median (f->store, f->dp, 0, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (f, TAFEL_TYPE_INTENSITEIT), ==, 4);
  g_assert_cmpint (count (f, TAFEL_TYPE_MIXREGEL), ==, 5 + 2);
}

/* Averages that do not round to 100: 1/3 each → 33,34 + 33,33 + 33,33. */
static void
test_median_mix_rounding (Fixture      *f,
                          gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TafelDeelproductStats) stats = NULL;
  gint64 total = 0;

  for (guint i = 0; i < 3; i++)
    {
      TafelMixInvoer line[] = { { f->profiel[i], NULL, 10000, "direct" } };

      mix (f, i, line, 1);
    }
  g_assert_true (tafel_besluit_take_median (f->store, f->dp, 0, &error));
  g_assert_no_error (error);

  stats = compute (f, 0);
  for (guint i = 0; i < stats->mix->len; i++)
    total += tafel_decimal_from_double (g_array_index (stats->mix, TafelMixGemiddelde, i).besluit);
  g_assert_cmpint (total, ==, 10000);
}

/* Group parameters: proposals and the median decision. */
static void
test_groep (Fixture      *f,
            gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TafelDeelproductStats) stats = NULL;
  gint64 a[TAFEL_N_GROEP] = { 800, 8500, 250, 100, 200, 50 };
  gint64 b[TAFEL_N_GROEP] = { 1000, 9000, 200, 200, 200, TAFEL_DECIMAL_NONE };
  gint64 bad[TAFEL_N_GROEP] = { 800, 12000, 250, 100, 200, 50 };

  g_assert_true (tafel_store_set_bool (f->store, f->dp, "groepsproduct", TRUE, &error));
  g_assert_true (tafel_groep_put (f->store, f->dp, f->org[0], f->sessie[0], a, &error));
  g_assert_true (tafel_groep_put (f->store, f->dp, f->org[1], f->sessie[0], b, &error));
  g_assert_no_error (error);

  g_assert_false (tafel_groep_put (f->store, f->dp, f->org[2], f->sessie[0], bad, &error));
  g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (count (f, TAFEL_TYPE_GROEPSPARAMETERS), ==, 2);

  g_assert_true (tafel_besluit_take_median (f->store, f->dp, 0, &error));
  g_assert_no_error (error);
  stats = compute (f, 0);
  g_assert_cmpuint (stats->groep[0].n, ==, 2);
  g_assert_cmpint (stats->groep_besluit[0], ==, 900);    /* (8 + 10) / 2 */
  g_assert_cmpint (stats->groep_besluit[1], ==, 8750);   /* (85 + 90) / 2 */
  g_assert_cmpint (stats->groep_besluit[5], ==, 50);     /* only A gave it */
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/voorstel-stats/summary-and-session-filter", test_summary_and_session_filter);
  ADD ("/voorstel-stats/put-replace-and-exclusions", test_put_replace_and_exclusions);
  ADD ("/voorstel-stats/put-refuses", test_put_refuses);
  ADD ("/voorstel-stats/mix-average-and-refusals", test_mix_average_and_refusals);
  ADD ("/voorstel-stats/take-median-and-reopen", test_take_median_and_reopen);
  ADD ("/voorstel-stats/median-mix-rounding", test_median_mix_rounding);
  ADD ("/voorstel-stats/groep", test_groep);
#undef ADD

  return g_test_run ();
}
