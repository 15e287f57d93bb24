/* test-kostprijs.c: prices from what is stored, against the worked example
 * of test-tarief.c:
 *
 *   salary factor (1 + 8% + 8,3% + 0%) × (1 + 30%) = 1,163 × 1,3 = 1,5119
 *   Jeugdzorgwerker  € 30 × 1,5119 = 45,357 / 0,75 = 60,476 per hour
 *   Gedragswetensch. € 40 × 1,5119 = 60,476 / 0,60 = 100,79333…
 *   direct 80% / 20%: 48,3808 + 20,158667 = 68,5394667
 *   indirect 100% jeugdzorgwerker, 0,25 indirect hour per direct hour: 15,119
 *   subtotal 83,6584667 × 1,20 × 1,02 × 1,035 = 105,981891912
 *   licht, 3 hours a week for 26 weeks = 78 hours → 8.266,587569136
 *   group: without indirect time 86,828537952 × (2 + 0,5) / (8 × 0,9)
 *          = 30,1487979 per client per group hour
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "tafel-besluit.h"
#include "tafel-kostprijs.h"
#include "tafel-test-util.h"

typedef struct {
  char             *dir;
  TafelStore       *store;
  TafelTraject     *traject;
  gint64            traject_id;
  TafelDeelproduct *dp;
  gint64            jzw;
  gint64            gw;
} Fixture;

static gint64
add_profiel (Fixture    *f,
             const char *name,
             gint64      uurloon,
             gint64      productiviteit)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TafelFunctieprofiel) p = tafel_functieprofiel_new (f->traject_id);

  g_object_set (p, "name", name, "uurloon", uurloon, "productiviteit", productiviteit, NULL);
  g_assert_true (tafel_store_insert (f->store, p, &error));
  g_assert_no_error (error);
  return tafel_entity_get_id (TAFEL_ENTITY (p));
}

static void
fixture_setup (Fixture      *f,
               gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) dps = NULL;

  f->dir = tafel_test_make_tmpdir ();
  f->store = tafel_test_open_store (f->dir, "kostprijs.db");
  f->traject = tafel_test_create_traject (f->store, "segment-veel-voorkomend", "Inkoop 2027");
  f->traject_id = tafel_entity_get_id (TAFEL_ENTITY (f->traject));
  dps = tafel_store_list (f->store, TAFEL_TYPE_DEELPRODUCT, f->traject_id, &error);
  g_assert_no_error (error);
  f->dp = g_object_ref (g_ptr_array_index (dps, 0));
  f->jzw = add_profiel (f, "Jeugdzorgwerker test", 3000, 7500);
  f->gw = add_profiel (f, "Gedragswetenschapper test", 4000, 6000);
}

static void
fixture_teardown (Fixture      *f,
                  gconstpointer data)
{
  g_clear_object (&f->dp);
  g_clear_object (&f->traject);
  g_assert_finalize_object (f->store);
  tafel_test_remove_tree (f->dir);
  g_free (f->dir);
}

static void
decide (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  TafelMixInvoer mix[] = {
    { f->jzw, NULL, 8000, "direct" },
    { f->gw, NULL, 2000, "direct" },
    { f->jzw, NULL, 10000, "indirect" },
  };

  g_assert_true (tafel_store_set_int (f->store, f->dp, "indirect_per_direct", 2500, &error));
  g_assert_true (tafel_mix_replace (f->store, f->dp, 0, 0, mix, G_N_ELEMENTS (mix), &error));
  g_assert_true (tafel_intensiteit_put (f->store, f->dp, 0, 0, "licht", 300, 2600, &error));
  g_assert_no_error (error);
}

static TafelKostprijs *
compute (Fixture               *f,
         TafelKostprijsInvoer **invoer_out)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TafelKostprijsInvoer) invoer = tafel_kostprijs_invoer_load (f->store, f->traject_id, &error);
  TafelKostprijs *k;

  g_assert_no_error (error);
  k = tafel_kostprijs_compute (f->store, invoer, f->dp, &error);
  g_assert_no_error (error);
  g_assert_nonnull (k);
  if (invoer_out != NULL)
    *invoer_out = g_steal_pointer (&invoer);
  return k;
}

static void
test_worked_example (Fixture      *f,
                     gconstpointer data)
{
  g_autoptr(TafelKostprijsInvoer) invoer = NULL;
  g_autoptr(TafelKostprijs) k = NULL;
  g_autoptr(GPtrArray) steps = NULL;
  TafelTariefStap *last;

  decide (f);
  k = compute (f, &invoer);

  g_assert_null (k->probleem);
  g_assert_true (invoer->voorbeeld);   /* the seven default profiles are still examples */
  g_assert_cmpfloat_with_epsilon (invoer->params.vakantiegeld, 0.08, 1e-12);
  g_assert_cmpfloat_with_epsilon (invoer->params.indexatie, 0.035, 1e-12);
  g_assert_cmpfloat_with_epsilon (k->uurprijs, 105.981891912, 1e-6);
  g_assert_cmpfloat_with_epsilon (k->uren[0], 78.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (k->prijs[0], 8266.587569136, 1e-6);
  g_assert_true (isnan (k->prijs[1]));   /* middel not decided */
  g_assert_true (isnan (k->groep_per_client));

  steps = tafel_kostprijs_explain (invoer, k);
  g_assert_nonnull (steps);
  last = g_ptr_array_index (steps, steps->len - 1);
  g_assert_cmpfloat_with_epsilon (last->value, k->uurprijs, 1e-9);
}

/* What-if: 25% overhead instead of 20% multiplies by 1,25 / 1,20. */
static void
test_parameter_change (Fixture      *f,
                       gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) modellen = NULL;
  g_autoptr(TafelKostprijs) k = NULL;

  decide (f);
  modellen = tafel_store_list (f->store, TAFEL_TYPE_TARIEFMODEL, f->traject_id, &error);
  g_assert_no_error (error);
  g_assert_true (tafel_store_set_string (f->store, g_ptr_array_index (modellen, 0), "overhead", "25%", &error));
  g_assert_no_error (error);

  k = compute (f, NULL);
  g_assert_cmpfloat_with_epsilon (k->uurprijs, 105.981891912 * 1.25 / 1.20, 1e-6);
}

static void
test_group (Fixture      *f,
            gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TafelKostprijs) k = NULL;
  gint64 groep[TAFEL_N_GROEP] = { 800, 9000, 200, 100, 200, 50 };

  decide (f);
  g_assert_true (tafel_store_set_bool (f->store, f->dp, "groepsproduct", TRUE, &error));
  g_assert_true (tafel_groep_put (f->store, f->dp, 0, 0, groep, &error));
  g_assert_no_error (error);

  k = compute (f, NULL);
  g_assert_cmpfloat_with_epsilon (k->groep_per_client, 30.1487979, 1e-6);
}

/* No decided mix: no price, a reason, and the hours still known. */
static void
test_without_mix (Fixture      *f,
                  gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TafelKostprijs) k = NULL;
  g_autoptr(TafelKostprijsInvoer) invoer = NULL;

  g_assert_true (tafel_intensiteit_put (f->store, f->dp, 0, 0, "licht", 300, 2600, &error));
  g_assert_no_error (error);

  k = compute (f, &invoer);
  g_assert_nonnull (k->probleem);
  g_assert_true (isnan (k->uurprijs));
  g_assert_true (isnan (k->prijs[0]));
  g_assert_cmpfloat_with_epsilon (k->uren[0], 78.0, 1e-9);
  g_assert_null (tafel_kostprijs_explain (invoer, k));
}

/* A decided mix whose profile lost its productivity check fails softly. */
static void
test_deleted_profile (Fixture      *f,
                      gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TafelKostprijs) k = NULL;
  g_autoptr(TafelFunctieprofiel) gw = NULL;

  decide (f);
  gw = tafel_store_get (f->store, TAFEL_TYPE_FUNCTIEPROFIEL, f->gw, &error);
  g_assert_true (tafel_store_delete (f->store, gw, &error));
  g_assert_no_error (error);

  /* the mix now adds up to 80% of direct time: a reason, no price */
  k = compute (f, NULL);
  g_assert_nonnull (k->probleem);
  g_assert_nonnull (strstr (k->probleem, "80"));
  g_assert_true (isnan (k->uurprijs));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/kostprijs/worked-example", test_worked_example);
  ADD ("/kostprijs/parameter-change", test_parameter_change);
  ADD ("/kostprijs/group", test_group);
  ADD ("/kostprijs/without-mix", test_without_mix);
  ADD ("/kostprijs/deleted-profile", test_deleted_profile);
#undef ADD

  return g_test_run ();
}
