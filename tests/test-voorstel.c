/* test-voorstel.c: proposals, decisions, function profiles and cost-price
 * parameters in the store: decimals in hundredths, empty values, the rules
 * a proposal and a decision follow, and every bad number refused with
 * nothing stored */
#include "config.h"

#include <string.h>

#include "tafel-decimal.h"
#include "tafel-error.h"
#include "tafel-store-private.h"
#include "tafel-test-util.h"
#include "tafel-traject-model.h"
#include "tafel-traject-setup.h"

typedef struct {
  char         *dir;
  TafelStore   *store;
  TafelTraject *traject;
  gint64        traject_id;
  gint64        deelproduct_id;
  gint64        organisatie_id;
  gint64        functieprofiel_id;
} Fixture;

static gpointer
first_of (TafelStore *store,
          GType       type,
          gint64      traject_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = tafel_store_list (store, type, traject_id, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, >, 0);
  return g_object_ref (g_ptr_array_index (rows, 0));
}

static void
fixture_setup (Fixture      *f,
               gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TafelDeelproduct) dp = NULL;
  g_autoptr(TafelOrganisatie) org = NULL;
  g_autoptr(TafelFunctieprofiel) profiel = NULL;

  f->dir = tafel_test_make_tmpdir ();
  f->store = tafel_test_open_store (f->dir, "voorstel.db");
  f->traject = tafel_test_create_traject (f->store, "segment-veel-voorkomend", "Inkoop 2027");
  f->traject_id = tafel_entity_get_id (TAFEL_ENTITY (f->traject));

  dp = first_of (f->store, TAFEL_TYPE_DEELPRODUCT, f->traject_id);
  f->deelproduct_id = tafel_entity_get_id (TAFEL_ENTITY (dp));
  org = tafel_traject_ensure_organisatie (f->store, f->traject_id, "Zorggroep Lindetuin", NULL, &error);
  g_assert_no_error (error);
  f->organisatie_id = tafel_entity_get_id (TAFEL_ENTITY (org));
  profiel = first_of (f->store, TAFEL_TYPE_FUNCTIEPROFIEL, f->traject_id);
  f->functieprofiel_id = tafel_entity_get_id (TAFEL_ENTITY (profiel));
}

static void
fixture_teardown (Fixture      *f,
                  gconstpointer data)
{
  g_clear_object (&f->traject);
  g_assert_finalize_object (f->store);
  tafel_test_remove_tree (f->dir);
  g_free (f->dir);
}

static gint64
count_rows (Fixture    *f,
            const char *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", table);
  sqlite3_stmt *stmt = NULL;
  gint64 n = -1;

  g_assert_cmpint (sqlite3_prepare_v2 (_tafel_store_get_db (f->store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return n;
}

static TafelIntensiteit *
new_voorstel (Fixture    *f,
              const char *niveau)
{
  TafelIntensiteit *v = tafel_intensiteit_new (f->traject_id);

  g_object_set (v, "deelproduct-id", f->deelproduct_id, "organisatie-id", f->organisatie_id,
                "niveau", niveau, NULL);
  return v;
}

/* A new proposal holds nothing; what is stored reads back exactly, an
 * empty amount as TAFEL_DECIMAL_NONE (NULL in the database). */
static void
test_intensiteit_round_trip (Fixture      *f,
                             gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TafelIntensiteit) v = new_voorstel (f, "middel");
  g_autoptr(TafelIntensiteit) back = NULL;

  g_assert_cmpstr (tafel_intensiteit_get_bron (v), ==, "voorstel");
  g_assert_cmpint (tafel_intensiteit_get_uren (v), ==, TAFEL_DECIMAL_NONE);
  g_assert_cmpint (tafel_intensiteit_get_duur (v), ==, TAFEL_DECIMAL_NONE);

  g_object_set (v, "uren", (gint64) 350, "toelichting", "Bij een crisis langer", NULL);
  g_assert_true (tafel_store_insert (f->store, v, &error));
  g_assert_no_error (error);

  back = tafel_store_get (f->store, TAFEL_TYPE_INTENSITEIT, tafel_entity_get_id (TAFEL_ENTITY (v)), &error);
  g_assert_no_error (error);
  g_assert_cmpint (tafel_intensiteit_get_uren (back), ==, 350);
  g_assert_cmpint (tafel_intensiteit_get_duur (back), ==, TAFEL_DECIMAL_NONE);
  g_assert_cmpstr (tafel_intensiteit_get_niveau (back), ==, "middel");
  g_assert_cmpint (tafel_intensiteit_get_organisatie_id (back), ==, f->organisatie_id);

  /* typed as a Dutch user types it */
  g_assert_true (tafel_store_set_string (f->store, back, "duur", "12,5", &error));
  g_assert_no_error (error);
  g_assert_cmpint (tafel_intensiteit_get_duur (back), ==, 1250);

  /* and emptied again */
  g_assert_true (tafel_store_set_string (f->store, back, "duur", "", &error));
  g_assert_no_error (error);
  g_assert_cmpint (tafel_intensiteit_get_duur (back), ==, TAFEL_DECIMAL_NONE);
  g_assert_cmpint (count_rows (f, "intensiteit WHERE duur IS NULL"), ==, 1);
}

/* Each bad number is refused with a message that names the field and what
 * was typed, and the stored value stays as it was. */
static void
test_intensiteit_bad_numbers (Fixture      *f,
                              gconstpointer data)
{
  const struct {
    const char *field;
    const char *text;
    const char *mentions;
  } cases[] = {
    { "uren", "zestig", "zestig" },
    { "uren", "-3", "-3" },
    { "uren", "800", "800" },          /* beyond a month of hours */
    { "duur", "2,5,1", "2,5,1" },
    { "duur", "1e5", "1e5" },
    { "duur", "100000", "100000" },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(TafelIntensiteit) v = new_voorstel (f, "licht");

  g_object_set (v, "uren", (gint64) 200, "duur", (gint64) 1200, NULL);
  g_assert_true (tafel_store_insert (f->store, v, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_clear_error (&error);
      g_assert_false (tafel_store_set_string (f->store, v, cases[i].field, cases[i].text, &error));
      g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_INVALID);
      g_test_message ("%s", error->message);
      g_assert_nonnull (strstr (error->message, cases[i].mentions));
    }

  g_assert_cmpint (tafel_intensiteit_get_uren (v), ==, 200);
  g_assert_cmpint (tafel_intensiteit_get_duur (v), ==, 1200);
  g_assert_cmpint (count_rows (f, "intensiteit WHERE uren = 200 AND duur = 1200"), ==, 1);
}

/* Hours are checked against the deelproduct's unit of time. */
static void
test_intensiteit_check_uren (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (tafel_intensiteit_check_uren ("uren_per_week", 16800, &error));
  g_assert_true (tafel_intensiteit_check_uren ("uren_per_week", TAFEL_DECIMAL_NONE, &error));
  g_assert_true (tafel_intensiteit_check_uren ("uren_per_maand", 74400, &error));
  g_assert_true (tafel_intensiteit_check_uren ("dagdelen_per_week", 2100, &error));
  g_assert_no_error (error);

  g_assert_false (tafel_intensiteit_check_uren ("uren_per_week", 16801, &error));
  g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "168,01"));
  g_assert_nonnull (strstr (error->message, "168)"));
  g_clear_error (&error);

  g_assert_false (tafel_intensiteit_check_uren ("uren_per_maand", 80000, &error));
  g_assert_nonnull (strstr (error->message, "744"));
  g_clear_error (&error);

  g_assert_false (tafel_intensiteit_check_uren ("dagdelen_per_week", 2200, &error));
  g_assert_nonnull (strstr (error->message, "21"));
  g_clear_error (&error);

  g_assert_false (tafel_intensiteit_check_uren ("uren_per_week", -100, &error));
  g_assert_nonnull (strstr (error->message, "-1"));
}

/* A proposal names its organisation, a decision has none. */
static void
test_origin_rules (Fixture      *f,
                   gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TafelIntensiteit) anonymous = tafel_intensiteit_new (f->traject_id);
  g_autoptr(TafelIntensiteit) besluit_met_org = new_voorstel (f, "zwaar");
  g_autoptr(TafelIntensiteit) besluit = tafel_intensiteit_new (f->traject_id);

  g_object_set (anonymous, "deelproduct-id", f->deelproduct_id, "niveau", "zwaar", NULL);
  g_assert_false (tafel_store_insert (f->store, anonymous, &error));
  g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_INVALID);
  g_clear_error (&error);

  g_object_set (besluit_met_org, "bron", "besluit", NULL);
  g_assert_false (tafel_store_insert (f->store, besluit_met_org, &error));
  g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (count_rows (f, "intensiteit"), ==, 0);

  g_object_set (besluit, "deelproduct-id", f->deelproduct_id, "bron", "besluit", "niveau", "zwaar",
                "uren", (gint64) 600, NULL);
  g_assert_true (tafel_store_insert (f->store, besluit, &error));
  g_assert_no_error (error);

  /* the deelproduct is required; an unknown one is refused */
  {
    g_autoptr(TafelMixregel) regel = tafel_mixregel_new (f->traject_id);

    g_object_set (regel, "organisatie-id", f->organisatie_id, "functieprofiel-id", f->functieprofiel_id,
                  "aandeel", (gint64) 10000, NULL);
    g_assert_false (tafel_store_insert (f->store, regel, &error));
    g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_INVALID);
    g_clear_error (&error);

    g_object_set (regel, "deelproduct-id", (gint64) 987654, NULL);
    g_assert_false (tafel_store_insert (f->store, regel, &error));
    g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_INVALID);
    g_clear_error (&error);
  }
}

/* A mix line's share is a required percentage from 0,01 to 100. */
static void
test_mixregel_share (Fixture      *f,
                     gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TafelMixregel) regel = tafel_mixregel_new (f->traject_id);

  g_object_set (regel, "deelproduct-id", f->deelproduct_id, "organisatie-id", f->organisatie_id,
                "functieprofiel-id", f->functieprofiel_id, "tijdsoort", "indirect", NULL);
  g_assert_true (tafel_store_insert (f->store, regel, &error));  /* the minimum share */
  g_assert_no_error (error);
  g_assert_cmpint (tafel_mixregel_get_aandeel (regel), ==, 1);

  g_assert_true (tafel_store_set_string (f->store, regel, "aandeel", "60%", &error));
  g_assert_no_error (error);
  g_assert_cmpint (tafel_mixregel_get_aandeel (regel), ==, 6000);

  g_assert_false (tafel_store_set_string (f->store, regel, "aandeel", "zestig", &error));
  g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (tafel_store_set_string (f->store, regel, "aandeel", "", &error));
  g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (tafel_store_set_string (f->store, regel, "aandeel", "100,5", &error));
  g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (tafel_mixregel_get_aandeel (regel), ==, 6000);
}

/* Function profiles: unique names per traject, productivity within 1 to
 * 100%, the salary cost required. */
static void
test_functieprofiel (Fixture      *f,
                     gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TafelFunctieprofiel) p = tafel_functieprofiel_new (f->traject_id);
  g_autoptr(TafelFunctieprofiel) dubbel = tafel_functieprofiel_new (f->traject_id);

  g_object_set (p, "name", "Systeemtherapeut", "opleidingsniveau", "post_wo_big", "uurloon", (gint64) 4150,
                "productiviteit", (gint64) 6800, NULL);
  g_assert_true (tafel_store_insert (f->store, p, &error));
  g_assert_no_error (error);
  g_assert_false (tafel_functieprofiel_is_voorbeeld (p));

  g_object_set (dubbel, "name", "systeemtherapeut", "uurloon", (gint64) 100, "productiviteit", (gint64) 5000, NULL);
  g_assert_false (tafel_store_insert (f->store, dubbel, &error));
  g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_DUPLICATE);
  g_clear_error (&error);

  g_assert_false (tafel_store_set_string (f->store, p, "productiviteit", "0", &error));
  g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (tafel_store_set_string (f->store, p, "productiviteit", "120%", &error));
  g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (tafel_store_set_string (f->store, p, "uurloon", "", &error));
  g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (tafel_store_set_string (f->store, p, "uurloon", "€ 42,75", &error));
  g_assert_no_error (error);
  g_assert_cmpint (tafel_functieprofiel_get_uurloon (p), ==, 4275);
}

/* The traject model holds the new kinds too. */
static void
test_model_lists (Fixture      *f,
                  gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TafelTrajectModel) model = tafel_traject_model_new (f->store, f->traject_id, &error);
  g_autoptr(TafelIntensiteit) v = new_voorstel (f, "licht");

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (tafel_traject_model_get_list (model, TAFEL_TYPE_FUNCTIEPROFIEL)), ==, 7);
  g_assert_cmpuint (g_list_model_get_n_items (tafel_traject_model_get_list (model, TAFEL_TYPE_TARIEFMODEL)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (tafel_traject_model_get_list (model, TAFEL_TYPE_INTENSITEIT)), ==, 0);

  g_assert_true (tafel_store_insert (f->store, v, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (tafel_traject_model_get_list (model, TAFEL_TYPE_INTENSITEIT)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (tafel_traject_model_get_list (model, TAFEL_TYPE_MIXREGEL)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (tafel_traject_model_get_list (model, TAFEL_TYPE_GROEPSPARAMETERS)), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/voorstel/intensiteit/round-trip", test_intensiteit_round_trip);
  ADD ("/voorstel/intensiteit/bad-numbers", test_intensiteit_bad_numbers);
  g_test_add_func ("/voorstel/intensiteit/check-uren", test_intensiteit_check_uren);
  ADD ("/voorstel/origin-rules", test_origin_rules);
  ADD ("/voorstel/mixregel/share", test_mixregel_share);
  ADD ("/voorstel/functieprofiel", test_functieprofiel);
  ADD ("/voorstel/model-lists", test_model_lists);
#undef ADD

  return g_test_run ();
}
