/* test-demo.c: the demo generator: determinism, contents, sizes, refusals */
#include "config.h"

#include <string.h>

#include "tafel-demo.h"
#include "tafel-error.h"
#include "tafel-store-private.h"
#include "tafel-test-util.h"

typedef struct {
  char       *dir;
  TafelStore *store;
} Fixture;

static void
fixture_setup (Fixture      *f,
               gconstpointer data)
{
  f->dir = tafel_test_make_tmpdir ();
  f->store = tafel_test_open_store (f->dir, "demo.db");
}

static void
fixture_teardown (Fixture      *f,
                  gconstpointer data)
{
  g_assert_finalize_object (f->store);
  tafel_test_remove_tree (f->dir);
  g_free (f->dir);
}

/* Every row of @sql (with ?1 bound to @id), columns joined by '|'. */
static void
append_query (GString    *out,
              TafelStore *store,
              const char *sql,
              gint64      id)
{
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (_tafel_store_get_db (store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_bind_parameter_count (stmt) > 0)
    sqlite3_bind_int64 (stmt, 1, id);

  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      for (int c = 0; c < sqlite3_column_count (stmt); c++)
        {
          const char *text = (const char *) sqlite3_column_text (stmt, c);
          g_string_append_printf (out, "%s%s", c ? "|" : "", text ? text : "∅");
        }
      g_string_append_c (out, '\n');
    }
  g_assert_cmpint (sqlite3_finalize (stmt), ==, SQLITE_OK);
}

static gint64
query_int (TafelStore *store,
           const char *sql,
           gint64      id)
{
  g_autoptr(GString) out = g_string_new (NULL);

  append_query (out, store, sql, id);
  return g_ascii_strtoll (out->str, NULL, 10);
}

/* All content of a traject, ids replaced by names, in a stable order. */
static char *
dump_traject (TafelStore *store,
              gint64      traject_id)
{
  static const char *const queries[] = {
    "SELECT name, region, perceel, uitvoeringsvariant, status, template FROM traject WHERE id = ?1",
    "SELECT title, questions, position FROM vraagblok WHERE traject_id = ?1 ORDER BY 1, 2, 3",
    "SELECT name, abbreviation, position FROM productgroep WHERE traject_id = ?1 ORDER BY 1, 2, 3",
    "SELECT d.name, g.name, d.inkoopniveau, d.position, d.doelgroepen, d.activiteiten, d.beoogd_resultaat"
    " FROM deelproduct d LEFT JOIN productgroep g ON g.id = d.productgroep_id WHERE d.traject_id = ?1"
    " ORDER BY 1, 2, 3, 4, 5, 6, 7",
    "SELECT name, date, start_time, end_time, theme, location, deadline FROM sessie"
    " WHERE traject_id = ?1 ORDER BY 1, 2, 3, 4, 5, 6, 7",
    "SELECT s.name, v.title, a.position FROM sessie_agenda a JOIN sessie s ON s.id = a.sessie_id"
    " JOIN vraagblok v ON v.id = a.vraagblok_id WHERE s.traject_id = ?1 ORDER BY 1, 2, 3",
    "SELECT name, created_at, modified_at FROM organisatie WHERE traject_id = ?1 ORDER BY 1, 2, 3",
    "SELECT d.name, o.name, d.function, d.role, d.advies, d.created_at,"
    " (SELECT group_concat(name, ',') FROM (SELECT s.name FROM aanwezigheid a JOIN sessie s ON s.id = a.sessie_id"
    "   WHERE a.deelnemer_id = d.id ORDER BY s.name))"
    " FROM deelnemer d LEFT JOIN organisatie o ON o.id = d.organisatie_id WHERE d.traject_id = ?1"
    " ORDER BY 1, 2, 3, 4, 5, 6, 7",
    "SELECT s.name, dp.name, v.title, g.kind, g.text, o.name, p.name, p.function, g.status, g.reason,"
    " g.created_at, g.modified_at"
    " FROM geeltje g LEFT JOIN sessie s ON s.id = g.sessie_id LEFT JOIN deelproduct dp ON dp.id = g.deelproduct_id"
    " LEFT JOIN vraagblok v ON v.id = g.vraagblok_id LEFT JOIN organisatie o ON o.id = g.organisatie_id"
    " LEFT JOIN deelnemer p ON p.id = g.deelnemer_id WHERE g.traject_id = ?1"
    " ORDER BY 11, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12",
    "SELECT a.title, a.description, a.fit, a.fit_reason, a.evidence, dp.name, o.name, a.created_at"
    " FROM aanbod a LEFT JOIN deelproduct dp ON dp.id = a.deelproduct_id"
    " LEFT JOIN organisatie o ON o.id = a.organisatie_id WHERE a.traject_id = ?1 ORDER BY 1, 2, 3, 4, 5, 6, 7, 8",
    "SELECT dp.name, o.name, s.name, i.niveau, i.uren, i.duur, i.toelichting FROM intensiteit i"
    " JOIN deelproduct dp ON dp.id = i.deelproduct_id LEFT JOIN organisatie o ON o.id = i.organisatie_id"
    " LEFT JOIN sessie s ON s.id = i.sessie_id WHERE i.traject_id = ?1 ORDER BY 1, 2, 3, 4, 5, 6, 7",
    "SELECT dp.name, o.name, f.name, m.aandeel, m.tijdsoort FROM mixregel m"
    " JOIN deelproduct dp ON dp.id = m.deelproduct_id LEFT JOIN organisatie o ON o.id = m.organisatie_id"
    " JOIN functieprofiel f ON f.id = m.functieprofiel_id WHERE m.traject_id = ?1 ORDER BY 1, 2, 3, 4, 5",
    "SELECT dp.name, o.name, g.jeugdigen_per_groep, g.bezetting, g.uren_per_bijeenkomst, g.bijeenkomsten_per_week,"
    " g.direct_per_groep, g.indirect_per_groep FROM groepsparameters g JOIN deelproduct dp ON dp.id = g.deelproduct_id"
    " LEFT JOIN organisatie o ON o.id = g.organisatie_id WHERE g.traject_id = ?1 ORDER BY 1, 2, 3, 4, 5, 6, 7, 8",
  };
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    {
      g_string_append_printf (out, "-- %u\n", i);
      append_query (out, store, queries[i], traject_id);
    }

  return g_string_free (out, FALSE);
}

/* Row counts of every table, deleted rows included: "unchanged" means this. */
static char *
dump_counts (TafelStore *store)
{
  GString *out = g_string_new (NULL);

  append_query (out, store,
                "SELECT (SELECT count(*) FROM traject), (SELECT count(*) FROM vraagblok),"
                " (SELECT count(*) FROM sessie), (SELECT count(*) FROM sessie_agenda),"
                " (SELECT count(*) FROM productgroep), (SELECT count(*) FROM deelproduct),"
                " (SELECT count(*) FROM organisatie), (SELECT count(*) FROM deelnemer),"
                " (SELECT count(*) FROM aanwezigheid), (SELECT count(*) FROM geeltje),"
                " (SELECT count(*) FROM aanbod)", 0);
  return g_string_free (out, FALSE);
}

static TafelTraject *
create_demo (TafelStore *store,
             guint32     seed,
             guint       n_organisations,
             guint       n_geeltjes,
             const char *name)
{
  g_autoptr(GError) error = NULL;
  TafelDemoOptions options;
  TafelTraject *traject;

  tafel_demo_options_init (&options);
  options.seed = seed;
  options.n_organisations = n_organisations;
  options.n_geeltjes = n_geeltjes;
  options.name = name;

  traject = tafel_demo_create (store, &options, &error);
  g_assert_no_error (error);
  g_assert_nonnull (traject);
  g_assert_true (tafel_entity_is_stored (TAFEL_ENTITY (traject)));
  return traject;
}

static char *
dump_demo_in_new_store (const char *dir,
                        const char *file,
                        guint32     seed,
                        guint32     other_seed_first)
{
  g_autoptr(TafelStore) store = tafel_test_open_store (dir, file);
  g_autoptr(TafelTraject) traject = NULL;

  /* A database that already holds a traject gives other ids, same content. */
  if (other_seed_first != 0)
    g_object_unref (create_demo (store, other_seed_first, 4, 30, NULL));

  traject = create_demo (store, seed, 30, 500, NULL);
  return dump_traject (store, tafel_entity_get_id (TAFEL_ENTITY (traject)));
}

static void
test_deterministic (void)
{
  g_autofree char *dir = tafel_test_make_tmpdir ();
  g_autofree char *a = dump_demo_in_new_store (dir, "a.db", 42, 0);
  g_autofree char *b = dump_demo_in_new_store (dir, "b.db", 42, 0);
  g_autofree char *c = dump_demo_in_new_store (dir, "c.db", 42, 7);
  g_autofree char *d = dump_demo_in_new_store (dir, "d.db", 43, 0);

  g_assert_cmpuint (strlen (a), >, 50000);
  g_assert_cmpstr (a, ==, b);
  g_assert_cmpstr (a, ==, c);
  g_assert_cmpstr (a, !=, d);
  g_assert_nonnull (strstr (a, "Demo 42|"));
  g_assert_nonnull (strstr (d, "Demo 43|"));

  tafel_test_remove_tree (dir);
}

static void
test_default_size (Fixture      *f,
                   gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TafelTraject) traject = NULL;
  TafelDemoOptions options;
  TafelTrajectCounts counts = { 0 };
  gint64 id;

  tafel_demo_options_init (&options);
  g_assert_cmpuint (options.n_organisations, ==, 25);
  g_assert_cmpuint (options.n_geeltjes, ==, 400);
  traject = tafel_demo_create (f->store, &options, &error);
  g_assert_no_error (error);
  id = tafel_entity_get_id (TAFEL_ENTITY (traject));

  g_assert_cmpstr (tafel_traject_get_name (traject), ==, "Demo 1");
  g_assert_true (g_str_has_prefix (tafel_traject_get_region (traject), "Regio "));
  g_assert_cmpstr (tafel_traject_get_perceel (traject), ==, "Segment veel voorkomend");
  g_assert_cmpstr (tafel_traject_get_status (traject), ==, "lopend");

  g_assert_true (tafel_store_count (f->store, id, &counts, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (counts.n_sessies, ==, 3);
  g_assert_cmpuint (counts.n_deelproducten, ==, 11);
  g_assert_cmpuint (counts.n_organisaties, ==, 26);   /* 25 providers and the municipality */
  g_assert_cmpuint (counts.n_deelnemers, >=, 25 + 4);
  g_assert_cmpuint (counts.n_deelnemers, <=, 25 * 3 + 4);
  g_assert_cmpuint (counts.n_geeltjes, ==, 400);
  g_assert_cmpuint (counts.n_aanbod, >=, 3);

  /* Proposals from most providers for most deelproducten, never from the
   * municipality; a function mix that adds up to 100% per provider,
   * deelproduct and kind of time; group parameters for group products
   * only; hours within the unit, duration given. */
  g_assert_cmpint (query_int (f->store, "SELECT count(DISTINCT organisatie_id) FROM intensiteit WHERE traject_id = ?1", id),
                   >=, 20);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM intensiteit i JOIN deelnemer d ON d.organisatie_id = i.organisatie_id"
                                        " WHERE i.traject_id = ?1 AND d.role = 'gemeente'", id), ==, 0);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM (SELECT sum(aandeel) AS total FROM mixregel WHERE traject_id = ?1"
                                        " GROUP BY deelproduct_id, organisatie_id, tijdsoort) WHERE total <> 10000", id), ==, 0);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM groepsparameters g JOIN deelproduct d ON d.id = g.deelproduct_id"
                                        " WHERE g.traject_id = ?1 AND NOT d.groepsproduct", id), ==, 0);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM groepsparameters WHERE traject_id = ?1", id), >, 0);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM intensiteit i JOIN deelproduct d ON d.id = i.deelproduct_id"
                                        " WHERE i.traject_id = ?1 AND (i.uren IS NULL OR i.duur IS NULL OR i.uren <= 0"
                                        " OR (d.intensiteit_eenheid = 'uren_per_week' AND i.uren > 16800)"
                                        " OR (i.niveau = 'intensief' AND NOT d.niveau_intensief))", id), ==, 0);
  /* a spread, not one number: "zwaar" varies by half or more for every deelproduct */
  g_assert_cmpint (query_int (f->store, "SELECT min(r) FROM (SELECT max(uren) * 10 / min(uren) AS r FROM intensiteit"
                                        " WHERE traject_id = ?1 AND niveau = 'zwaar' GROUP BY deelproduct_id)", id), >=, 15);

  /* Two in three deelproducten decided from the medians, with a rationale;
   * a decided mix adds up to 100% too. */
  g_assert_cmpint (query_int (f->store, "SELECT count(DISTINCT deelproduct_id) FROM intensiteit WHERE traject_id = ?1"
                                        " AND bron = 'besluit' AND organisatie_id IS NULL", id), ==, 8);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM deelproduct WHERE traject_id = ?1 AND besluit_toelichting <> ''",
                              id), ==, 8);
  g_assert_cmpint (query_int (f->store, "SELECT count(DISTINCT deelproduct_id) FROM mixregel WHERE traject_id = ?1"
                                        " AND bron = 'besluit'", id), ==, 8);

  /* Sessions a few weeks apart, with theme, room and deadline. */
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM sessie WHERE traject_id = ?1 AND date IN"
                                        " ('2026-10-28', '2026-11-11', '2026-11-18') AND theme <> ''"
                                        " AND location <> '' AND deadline > date AND start_time < end_time", id), ==, 3);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM sessie_agenda a JOIN sessie s ON s.id = a.sessie_id"
                                        " WHERE s.traject_id = ?1", id), ==, 3 * 7);

  /* Every deelproduct has notes, some far more than others; ~10% algemeen. */
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM deelproduct d WHERE traject_id = ?1 AND NOT EXISTS"
                                        " (SELECT 1 FROM geeltje g WHERE g.deelproduct_id = d.id)", id), ==, 0);
  g_assert_cmpint (query_int (f->store, "SELECT max(n) - min(n) FROM (SELECT count(*) AS n FROM geeltje"
                                        " WHERE traject_id = ?1 AND deelproduct_id IS NOT NULL GROUP BY deelproduct_id)",
                              id), >=, 10);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM geeltje WHERE traject_id = ?1 AND deelproduct_id IS NULL", id),
                   >=, 15);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM geeltje WHERE traject_id = ?1 AND deelproduct_id IS NULL", id),
                   <=, 70);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM geeltje WHERE traject_id = ?1 AND"
                                        " (deelproduct_id IS NULL) <> (kind = 'algemeen')", id), ==, 0);

  /* Kinds and statuses: mostly open; not processed always says why. */
  g_assert_cmpint (query_int (f->store, "SELECT count(DISTINCT kind) FROM geeltje WHERE traject_id = ?1", id), ==, 3);
  g_assert_cmpint (query_int (f->store, "SELECT count(DISTINCT status) FROM geeltje WHERE traject_id = ?1", id), ==, 4);
  g_assert_cmpint (query_int (f->store, "SELECT status = 'open' FROM geeltje WHERE traject_id = ?1"
                                        " GROUP BY status ORDER BY count(*) DESC LIMIT 1", id), ==, 1);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM geeltje WHERE traject_id = ?1 AND status = 'niet_verwerkt'", id),
                   >, 0);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM geeltje WHERE traject_id = ?1 AND status = 'niet_verwerkt'"
                                        " AND reason = ''", id), ==, 0);

  /* Who wrote it: an organisation of this traject, often one of its people. */
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM geeltje g WHERE traject_id = ?1 AND (organisatie_id IS NULL"
                                        " OR organisatie_id NOT IN (SELECT id FROM organisatie WHERE traject_id = ?1))", id),
                   ==, 0);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM geeltje g WHERE traject_id = ?1 AND deelnemer_id IS NOT NULL"
                                        " AND NOT EXISTS (SELECT 1 FROM deelnemer p WHERE p.id = g.deelnemer_id"
                                        " AND p.organisatie_id = g.organisatie_id AND p.traject_id = ?1)", id), ==, 0);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM geeltje WHERE traject_id = ?1 AND deelnemer_id IS NOT NULL", id),
                   >, 200);

  /* The question block follows the text; the moment follows the session. */
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM geeltje g JOIN vraagblok v ON v.id = g.vraagblok_id"
                                        " WHERE g.traject_id = ?1 AND g.text LIKE '%strippenkaart%' AND v.title <> 'Maatwerk'", id),
                   ==, 0);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM geeltje g JOIN vraagblok v ON v.id = g.vraagblok_id"
                                        " WHERE g.traject_id = ?1 AND g.text LIKE '%functiemix%'"
                                        " AND v.title <> 'Wie en wat is er nodig'", id), ==, 0);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM geeltje g JOIN sessie s ON s.id = g.sessie_id"
                                        " WHERE g.traject_id = ?1 AND g.created_at >= s.date"
                                        " AND g.created_at < date(s.date, '+7 days') AND g.modified_at = g.created_at", id),
                   ==, 400);

  /* People: 1–3 per provider, roles, attendance, advice. */
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM organisatie o WHERE traject_id = ?1 AND name NOT LIKE 'Gemeente %'"
                                        " AND (SELECT count(*) FROM deelnemer d WHERE d.organisatie_id = o.id) NOT BETWEEN 1 AND 3",
                              id), ==, 0);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM organisatie WHERE traject_id = ?1 AND name LIKE 'Gemeente %'", id),
                   ==, 1);
  g_assert_cmpint (query_int (f->store, "SELECT count(DISTINCT role) FROM deelnemer WHERE traject_id = ?1", id), ==, 3);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM deelnemer d WHERE traject_id = ?1 AND NOT EXISTS"
                                        " (SELECT 1 FROM aanwezigheid a WHERE a.deelnemer_id = d.id)", id), ==, 0);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM deelnemer d WHERE traject_id = ?1 AND"
                                        " (SELECT count(*) FROM aanwezigheid a WHERE a.deelnemer_id = d.id) < 3", id), >, 0);
  g_assert_cmpint (query_int (f->store, "SELECT 2 * count(*) > (SELECT count(*) FROM deelnemer WHERE traject_id = ?1)"
                                        " FROM deelnemer WHERE traject_id = ?1 AND advies <> ''", id), ==, 1);

  /* Offerings have an evidence level and a fit. */
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM aanbod WHERE traject_id = ?1 AND"
                                        " (evidence = 'onbekend' OR fit = 'onbekend' OR organisatie_id IS NULL)", id), ==, 0);
}

static void
test_large (Fixture      *f,
            gconstpointer data)
{
  g_autoptr(TafelTraject) traject = create_demo (f->store, 9, 300, 5000, NULL);
  gint64 id = tafel_entity_get_id (TAFEL_ENTITY (traject));
  TafelTrajectCounts counts = { 0 };

  g_assert_true (tafel_store_count (f->store, id, &counts, NULL));
  g_assert_cmpuint (counts.n_organisaties, ==, 301);
  g_assert_cmpuint (counts.n_geeltjes, ==, 5000);
  g_assert_cmpint (query_int (f->store, "SELECT count(DISTINCT text) FROM geeltje WHERE traject_id = ?1", id), >, 1000);
  g_assert_cmpint (query_int (f->store, "SELECT count(DISTINCT organisatie_id) FROM geeltje WHERE traject_id = ?1", id),
                   >, 250);
}

static void
test_boundaries (Fixture      *f,
                 gconstpointer data)
{
  g_autoptr(TafelTraject) smallest = create_demo (f->store, 0, 1, 0, NULL);
  g_autoptr(TafelTraject) widest = create_demo (f->store, G_MAXUINT32, 5000, 0, NULL);
  TafelTrajectCounts counts = { 0 };

  g_assert_cmpstr (tafel_traject_get_name (smallest), ==, "Demo 0");
  g_assert_true (tafel_store_count (f->store, tafel_entity_get_id (TAFEL_ENTITY (smallest)), &counts, NULL));
  g_assert_cmpuint (counts.n_organisaties, ==, 2);
  g_assert_cmpuint (counts.n_geeltjes, ==, 0);
  g_assert_cmpuint (counts.n_aanbod, ==, 3);

  /* 5000 distinct invented names. */
  g_assert_cmpstr (tafel_traject_get_name (widest), ==, "Demo 4294967295");
  g_assert_true (tafel_store_count (f->store, tafel_entity_get_id (TAFEL_ENTITY (widest)), &counts, NULL));
  g_assert_cmpuint (counts.n_organisaties, ==, 5001);
}

static void
on_entity_added_cb (TafelStore  *store,
                    TafelEntity *entity,
                    guint       *n)
{
  (*n)++;
}

static void
expect_refused (Fixture          *f,
                TafelDemoOptions *options,
                const char       *fragment)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = dump_counts (f->store);
  g_autofree char *after = NULL;
  TafelTraject *traject;
  guint added = 0;
  gulong handler = g_signal_connect (f->store, "entity-added", G_CALLBACK (on_entity_added_cb), &added);

  traject = tafel_demo_create (f->store, options, &error);
  g_assert_null (traject);
  g_assert_nonnull (error);
  g_assert_true (error->domain == TAFEL_ERROR);
  if (fragment != NULL)
    {
      g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_INVALID);
      g_assert_nonnull (strstr (error->message, fragment));
    }

  after = dump_counts (f->store);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpuint (added, ==, 0);
  g_signal_handler_disconnect (f->store, handler);
}

static void
test_invalid_options (Fixture      *f,
                      gconstpointer data)
{
  g_autoptr(TafelTraject) existing = create_demo (f->store, 3, 3, 20, NULL);
  g_autofree char *long_name = g_strnfill (250, 'x');
  TafelDemoOptions options;

  tafel_demo_options_init (&options);
  options.n_organisations = 0;
  expect_refused (f, &options, "0");
  options.n_organisations = TAFEL_DEMO_MAX_ORGANISATIONS + 1;
  expect_refused (f, &options, "5001");

  tafel_demo_options_init (&options);
  options.n_geeltjes = TAFEL_DEMO_MAX_GEELTJES + 1;
  expect_refused (f, &options, "1000001");

  /* Names the store refuses: nothing of the traject is left behind. */
  tafel_demo_options_init (&options);
  options.name = long_name;
  expect_refused (f, &options, "250");
  options.name = "";
  expect_refused (f, &options, NULL);
  options.name = "   ";
  expect_refused (f, &options, NULL);
  options.name = "Demo\x01";
  expect_refused (f, &options, NULL);
}

/* A failure deep inside the batch (the 51st note) undoes everything. */
static void
test_rollback_midway (Fixture      *f,
                      gconstpointer data)
{
  g_autoptr(TafelTraject) existing = create_demo (f->store, 3, 3, 20, NULL);
  TafelDemoOptions options;

  g_assert_cmpint (sqlite3_exec (_tafel_store_get_db (f->store),
                                 "CREATE TEMP TRIGGER refuse_notes BEFORE INSERT ON main.geeltje"
                                 " WHEN (SELECT count(*) FROM main.geeltje) >= 70"
                                 " BEGIN SELECT RAISE(ABORT, 'simulated disk failure'); END",
                                 NULL, NULL, NULL), ==, SQLITE_OK);

  tafel_demo_options_init (&options);
  expect_refused (f, &options, NULL);

  /* The store is usable afterwards. */
  g_assert_cmpint (sqlite3_exec (_tafel_store_get_db (f->store), "DROP TRIGGER temp.refuse_notes",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  g_object_unref (create_demo (f->store, 3, 3, 20, NULL));
}

static void
test_name_collision (Fixture      *f,
                     gconstpointer data)
{
  g_autoptr(TafelTraject) a = create_demo (f->store, 5, 2, 10, NULL);
  g_autoptr(TafelTraject) b = create_demo (f->store, 5, 2, 10, NULL);
  g_autoptr(TafelTraject) c = create_demo (f->store, 5, 2, 10, NULL);
  g_autoptr(TafelTraject) d = create_demo (f->store, 6, 2, 10, "Werkgroep");
  g_autoptr(TafelTraject) e = create_demo (f->store, 6, 2, 10, "  Werkgroep ");
  g_autoptr(TafelTraject) g = create_demo (f->store, 6, 2, 10, "werkgroep");

  g_assert_cmpstr (tafel_traject_get_name (a), ==, "Demo 5");
  g_assert_cmpstr (tafel_traject_get_name (b), ==, "Demo 5 (2)");
  g_assert_cmpstr (tafel_traject_get_name (c), ==, "Demo 5 (3)");
  g_assert_cmpstr (tafel_traject_get_name (d), ==, "Werkgroep");
  g_assert_cmpstr (tafel_traject_get_name (e), ==, "Werkgroep (2)");
  g_assert_cmpstr (tafel_traject_get_name (g), ==, "werkgroep (3)");

  /* A deleted traject gives its name back. */
  g_assert_true (tafel_store_delete (f->store, b, NULL));
  {
    g_autoptr(TafelTraject) again = create_demo (f->store, 5, 2, 10, NULL);
    g_assert_cmpstr (tafel_traject_get_name (again), ==, "Demo 5 (2)");
  }
}

/* Signals wait for the commit and then report every row. */
static void
test_signals (Fixture      *f,
              gconstpointer data)
{
  guint added = 0;
  g_autoptr(TafelTraject) traject = NULL;

  g_signal_connect (f->store, "entity-added::geeltje", G_CALLBACK (on_entity_added_cb), &added);
  traject = create_demo (f->store, 11, 5, 123, NULL);
  g_assert_cmpuint (added, ==, 123);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/demo/deterministic", test_deterministic);
  g_test_add ("/demo/default-size", Fixture, NULL, fixture_setup, test_default_size, fixture_teardown);
  g_test_add ("/demo/large", Fixture, NULL, fixture_setup, test_large, fixture_teardown);
  g_test_add ("/demo/boundaries", Fixture, NULL, fixture_setup, test_boundaries, fixture_teardown);
  g_test_add ("/demo/invalid-options", Fixture, NULL, fixture_setup, test_invalid_options, fixture_teardown);
  g_test_add ("/demo/rollback-midway", Fixture, NULL, fixture_setup, test_rollback_midway, fixture_teardown);
  g_test_add ("/demo/name-collision", Fixture, NULL, fixture_setup, test_name_collision, fixture_teardown);
  g_test_add ("/demo/signals", Fixture, NULL, fixture_setup, test_signals, fixture_teardown);

  return g_test_run ();
}
