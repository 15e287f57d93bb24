/* test-template.c: the built-in traject templates, and broken ones
 *
 * The product structure of "segment-veel-voorkomend" is checked against
 * the table in DOMAIN.md; instantiating a template is one transaction that
 * either creates everything or leaves no row behind.
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "tafel-error.h"
#include "tafel-store-private.h"
#include "tafel-template.h"
#include "tafel-test-util.h"

typedef struct {
  char       *dir;
  TafelStore *store;
  guint       n_added;
  guint       n_links;
} Fixture;

static void
on_entity_added_cb (TafelStore  *store,
                    TafelEntity *entity,
                    Fixture     *f)
{
  f->n_added++;
}

static void
on_links_changed_cb (TafelStore *store,
                     gint64      traject_id,
                     Fixture    *f)
{
  f->n_links++;
}

static void
fixture_setup (Fixture      *f,
               gconstpointer data)
{
  f->dir = tafel_test_make_tmpdir ();
  f->store = tafel_test_open_store (f->dir, "template.db");
  g_signal_connect (f->store, "entity-added", G_CALLBACK (on_entity_added_cb), f);
  g_signal_connect (f->store, "links-changed", G_CALLBACK (on_links_changed_cb), f);
}

static void
fixture_teardown (Fixture      *f,
                  gconstpointer data)
{
  g_assert_finalize_object (f->store);
  tafel_test_remove_tree (f->dir);
  g_free (f->dir);
}

/* The built-in block titles, in agenda order (resources/templates/vraagblokken.xml,
 * after the question blocks in DOMAIN.md). */
static const char *const block_titles[] = {
  "Product",
  "Resultaat en product",
  "Doelgroep",
  "Resultaat",
  "Tijd en intensiteit",
  "Wie en wat is er nodig",
  "Maatwerk",
};

/* DOMAIN.md, "A real product structure (segment veel voorkomend, 2025)".
 * DOMAIN.md files "Ambulante begeleiding op school" under "Begeleiding /
 * Onderwijs"; the template has one group per deelproduct and puts it under
 * Begeleiding (its activiteiten mention both). "lokaal/regionaal (ntb)" is
 * the choice id lokaal_regionaal. */
static const struct {
  const char *group;
  const char *name;
  const char *inkoopniveau;
} segment_deelproducten[] = {
  { "Jeugd- en Opvoedhulp", "Kortdurende systeembegeleiding", "lokaal" },
  { "Jeugd- en Opvoedhulp", "Duurzame systeembegeleiding", "regionaal" },
  { "Jeugd- en Opvoedhulp", "Opvoedhulp voor ernstige opvoedingsproblematiek en/of ter voorkoming uithuisplaatsing", "regionaal" },
  { "Begeleiding", "Groepsbegeleiding", "regionaal" },
  { "Begeleiding", "Ouderbegeleiding groepsgericht", "regionaal" },
  { "Begeleiding", "Duurzame individuele begeleiding", "regionaal" },
  { "Begeleiding", "Ambulante begeleiding op school", "lokaal_regionaal" },
  { "GGZ", "Generalistische basis GGZ", "lokaal" },
  { "GGZ", "Specialistische GGZ", "regionaal" },
  { "GGZ", "Groepsgerichte GGZ", "regionaal" },
  { "Onderwijs", "Onderwijsgericht dagprogramma", "regionaal" },
};

static const struct {
  const char *name;
  const char *abbreviation;
} segment_groups[] = {
  { "Jeugd- en Opvoedhulp", "J&O" },
  { "Begeleiding", "BG" },
  { "GGZ", "GGZ" },
  { "Onderwijs", "OW" },
};

/* ---- helpers ----------------------------------------------------------- */

/* Every row of every table, deleted ones included. */
static GHashTable *
count_all_rows (TafelStore *store)
{
  GHashTable *counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  sqlite3 *db = _tafel_store_get_db (store);
  sqlite3_stmt *names = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT name FROM sqlite_schema WHERE type = 'table'"
                                           " AND name NOT LIKE 'sqlite_%'", -1, &names, NULL), ==, SQLITE_OK);
  while (sqlite3_step (names) == SQLITE_ROW)
    {
      const char *name = (const char *) sqlite3_column_text (names, 0);
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM \"%s\"", name);
      sqlite3_stmt *count = NULL;

      g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &count, NULL), ==, SQLITE_OK);
      g_assert_cmpint (sqlite3_step (count), ==, SQLITE_ROW);
      g_hash_table_insert (counts, g_strdup (name), GINT_TO_POINTER (sqlite3_column_int (count, 0)));
      sqlite3_finalize (count);
    }
  sqlite3_finalize (names);

  /* all eleven tables of the schema */
  g_assert_cmpuint (g_hash_table_size (counts), >=, 11);
  return counts;
}

static void
assert_counts_equal (GHashTable *before,
                     GHashTable *after)
{
  GHashTableIter iter;
  gpointer name, count;

  g_assert_cmpuint (g_hash_table_size (before), ==, g_hash_table_size (after));
  g_hash_table_iter_init (&iter, before);
  while (g_hash_table_iter_next (&iter, &name, &count))
    {
      if (GPOINTER_TO_INT (g_hash_table_lookup (after, name)) != GPOINTER_TO_INT (count))
        g_error ("table %s had %d rows and now has %d", (char *) name, GPOINTER_TO_INT (count),
                 GPOINTER_TO_INT (g_hash_table_lookup (after, name)));
    }
}

static TafelTemplate *
load (const char *id)
{
  g_autoptr(GError) error = NULL;
  TafelTemplate *tpl = tafel_template_load (id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (tpl);
  return tpl;
}

static TafelTemplate *
parse (const char *xml)
{
  g_autoptr(GError) error = NULL;
  TafelTemplate *tpl = tafel_template_parse ("proef", xml, strlen (xml), &error);

  g_assert_no_error (error);
  g_assert_nonnull (tpl);
  return tpl;
}

/* The template "proef" made of @xml is refused when parsed; the message
 * names it and, when given, @also. */
static void
assert_parse_refused (const char *xml,
                      const char *also)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TafelTemplate) tpl = tafel_template_parse ("proef", xml, strlen (xml), &error);

  g_assert_null (tpl);
  g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_TEMPLATE);
  g_assert_nonnull (strstr (error->message, "proef"));
  if (also != NULL && strstr (error->message, also) == NULL)
    g_error ("the message “%s” does not mention “%s”", error->message, also);
}

/* Instantiating @tpl as @name fails with @code and leaves the database and
 * the signal counts exactly as they were. Returns the message. */
static char *
assert_instantiate_refused (Fixture       *f,
                            TafelTemplate *tpl,
                            const char    *name,
                            TafelError     code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) before = count_all_rows (f->store);
  g_autoptr(GHashTable) after = NULL;
  g_autoptr(TafelTraject) traject = NULL;
  guint added = f->n_added, links = f->n_links;

  traject = tafel_template_instantiate (tpl, f->store, name, "Regio Test", &error);
  g_assert_null (traject);
  g_assert_error (error, TAFEL_ERROR, (int) code);

  after = count_all_rows (f->store);
  assert_counts_equal (before, after);
  g_assert_cmpuint (f->n_added, ==, added);    /* no signal for rows that are gone */
  g_assert_cmpuint (f->n_links, ==, links);
  g_assert_cmpint (sqlite3_get_autocommit (_tafel_store_get_db (f->store)), !=, 0);

  return g_strdup (error->message);
}

/* ---- the built-in templates ------------------------------------------ */

static void
test_list_all (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) templates = tafel_template_list_all (&error);

  g_assert_no_error (error);
  g_assert_nonnull (templates);

  /* these two, the real structure first and the empty one last */
  g_assert_cmpuint (templates->len, ==, 2);
  g_assert_cmpstr (tafel_template_get_id (g_ptr_array_index (templates, 0)), ==, "segment-veel-voorkomend");
  g_assert_cmpstr (tafel_template_get_id (g_ptr_array_index (templates, 1)), ==, "leeg");
  g_assert_cmpstr (tafel_template_get_name (g_ptr_array_index (templates, 0)), ==, "Segment veel voorkomend");
  g_assert_cmpstr (tafel_template_get_name (g_ptr_array_index (templates, 1)), ==, "Empty traject");
  g_assert_cmpstr (tafel_template_get_perceel (g_ptr_array_index (templates, 0)), ==, "Segment veel voorkomend");
  g_assert_cmpstr (tafel_template_get_perceel (g_ptr_array_index (templates, 1)), ==, "");

  for (guint i = 0; i < templates->len; i++)
    {
      TafelTemplate *tpl = g_ptr_array_index (templates, i);

      g_assert_cmpuint (strlen (tafel_template_get_name (tpl)), >, 0);
      g_assert_cmpuint (strlen (tafel_template_get_description (tpl)), >, 20);
      g_assert_cmpuint (tafel_template_get_n_vraagblokken (tpl), ==, G_N_ELEMENTS (block_titles));
    }
}

static void
test_segment_counts (void)
{
  g_autoptr(TafelTemplate) tpl = load ("segment-veel-voorkomend");

  g_assert_cmpstr (tafel_template_get_id (tpl), ==, "segment-veel-voorkomend");
  g_assert_cmpuint (tafel_template_get_n_groups (tpl), ==, 4);
  g_assert_cmpuint (tafel_template_get_n_deelproducten (tpl), ==, 11);
  g_assert_cmpuint (tafel_template_get_n_vraagblokken (tpl), ==, 7);
  g_assert_nonnull (strstr (tafel_template_get_description (tpl), "eleven deelproducten"));
}

static void
test_leeg_counts (void)
{
  g_autoptr(TafelTemplate) tpl = load ("leeg");

  g_assert_cmpuint (tafel_template_get_n_groups (tpl), ==, 0);
  g_assert_cmpuint (tafel_template_get_n_deelproducten (tpl), ==, 0);
  g_assert_cmpuint (tafel_template_get_n_vraagblokken (tpl), ==, 7);
}

static void
test_ref_unref (void)
{
  TafelTemplate *tpl = load ("leeg");

  g_assert_true (tafel_template_ref (tpl) == tpl);
  tafel_template_unref (tpl);
  g_assert_cmpstr (tafel_template_get_id (tpl), ==, "leeg");   /* still alive */
  tafel_template_unref (tpl);
}

/* The blocks and the first session every template gives. */
static void
assert_blocks_and_first_session (Fixture *f,
                                 gint64   traject_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) blocks = tafel_store_list (f->store, TAFEL_TYPE_VRAAGBLOK, traject_id, &error);
  g_autoptr(GPtrArray) sessies = tafel_store_list (f->store, TAFEL_TYPE_SESSIE, traject_id, &error);
  g_autoptr(GArray) agenda = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (blocks->len, ==, G_N_ELEMENTS (block_titles));
  for (guint i = 0; i < blocks->len; i++)
    {
      TafelVraagblok *block = g_ptr_array_index (blocks, i);

      g_assert_cmpstr (tafel_vraagblok_get_title (block), ==, block_titles[i]);
      g_assert_cmpint (tafel_vraagblok_get_position (block), ==, i);
      g_assert_true (g_str_has_suffix (tafel_vraagblok_get_questions (block), "?"));
    }

  g_assert_cmpuint (sessies->len, ==, 1);
  g_assert_cmpstr (tafel_sessie_get_name (g_ptr_array_index (sessies, 0)), ==, "Session 1");
  g_assert_null (tafel_sessie_get_date (g_ptr_array_index (sessies, 0)));

  /* the agenda of the first session: all seven blocks, in order */
  agenda = tafel_store_get_agenda (f->store, tafel_entity_get_id (g_ptr_array_index (sessies, 0)), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (agenda->len, ==, blocks->len);
  for (guint i = 0; i < agenda->len; i++)
    g_assert_cmpint (g_array_index (agenda, gint64, i), ==, tafel_entity_get_id (g_ptr_array_index (blocks, i)));
}

static void
test_instantiate_segment (Fixture      *f,
                          gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TafelTemplate) tpl = load ("segment-veel-voorkomend");
  g_autoptr(TafelTraject) traject = tafel_template_instantiate (tpl, f->store, "Inkoop 2027", "Regio Flevoland", &error);
  g_autoptr(GPtrArray) groups = NULL;
  g_autoptr(GPtrArray) deelproducten = NULL;
  gint64 traject_id;

  g_assert_no_error (error);
  g_assert_nonnull (traject);
  g_assert_true (tafel_entity_is_stored (TAFEL_ENTITY (traject)));
  traject_id = tafel_entity_get_id (TAFEL_ENTITY (traject));

  g_assert_cmpstr (tafel_traject_get_name (traject), ==, "Inkoop 2027");
  g_assert_cmpstr (tafel_traject_get_region (traject), ==, "Regio Flevoland");
  g_assert_cmpstr (tafel_traject_get_perceel (traject), ==, "Segment veel voorkomend");
  g_assert_cmpstr (tafel_traject_get_template (traject), ==, "segment-veel-voorkomend");
  g_assert_cmpstr (tafel_traject_get_uitvoeringsvariant (traject), ==, "inspanningsgericht");
  g_assert_cmpstr (tafel_traject_get_status (traject), ==, "voorbereiding");

  /* signals came after the commit: traject, 7 blocks, 4 groups, 11
   * deelproducten, 1 session, the cost-price parameters, 7 function
   * profiles and the 9 quality requirements of the Jeugdwet; one agenda */
  g_assert_cmpuint (f->n_added, ==, 1 + 7 + 4 + 11 + 1 + 1 + 7 + 9);
  g_assert_cmpuint (f->n_links, ==, 1);
  g_assert_cmpint (sqlite3_get_autocommit (_tafel_store_get_db (f->store)), !=, 0);

  groups = tafel_store_list (f->store, TAFEL_TYPE_PRODUCTGROEP, traject_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (groups->len, ==, G_N_ELEMENTS (segment_groups));

  {
    g_autoptr(GPtrArray) profielen = tafel_store_list (f->store, TAFEL_TYPE_FUNCTIEPROFIEL, traject_id, &error);
    g_autoptr(GPtrArray) modellen = tafel_store_list (f->store, TAFEL_TYPE_TARIEFMODEL, traject_id, &error);
    TafelTariefmodel *model;

    g_assert_no_error (error);
    g_assert_cmpuint (profielen->len, ==, 7);
    for (guint i = 0; i < profielen->len; i++)
      g_assert_true (tafel_functieprofiel_is_voorbeeld (g_ptr_array_index (profielen, i)));
    g_assert_cmpstr (tafel_functieprofiel_get_name (g_ptr_array_index (profielen, 0)), ==, "Youth care worker");
    g_assert_cmpint (tafel_functieprofiel_get_uurloon (g_ptr_array_index (profielen, 0)), ==, 2800);
    g_assert_cmpint (tafel_functieprofiel_get_productiviteit (g_ptr_array_index (profielen, 0)), ==, 7000);

    g_assert_cmpuint (modellen->len, ==, 1);
    model = g_ptr_array_index (modellen, 0);
    g_assert_cmpint (tafel_entity_get_int (TAFEL_ENTITY (model), "vakantiegeld"), ==, 800);
    g_assert_cmpint (tafel_entity_get_int (TAFEL_ENTITY (model), "indexatie"), ==, 350);
  }
  for (guint i = 0; i < groups->len; i++)
    {
      g_assert_cmpstr (tafel_productgroep_get_name (g_ptr_array_index (groups, i)), ==, segment_groups[i].name);
      g_assert_cmpstr (tafel_productgroep_get_abbreviation (g_ptr_array_index (groups, i)), ==, segment_groups[i].abbreviation);
    }

  deelproducten = tafel_store_list (f->store, TAFEL_TYPE_DEELPRODUCT, traject_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (deelproducten->len, ==, G_N_ELEMENTS (segment_deelproducten));
  for (guint i = 0; i < deelproducten->len; i++)
    {
      TafelDeelproduct *dp = g_ptr_array_index (deelproducten, i);
      g_autoptr(TafelProductgroep) group = tafel_store_get (f->store, TAFEL_TYPE_PRODUCTGROEP,
                                                            tafel_deelproduct_get_productgroep_id (dp), &error);

      g_assert_no_error (error);
      g_assert_cmpstr (tafel_deelproduct_get_name (dp), ==, segment_deelproducten[i].name);
      g_assert_cmpstr (tafel_deelproduct_get_inkoopniveau (dp), ==, segment_deelproducten[i].inkoopniveau);
      g_assert_cmpstr (tafel_productgroep_get_name (group), ==, segment_deelproducten[i].group);
      g_assert_cmpint (tafel_deelproduct_get_position (dp), ==, i);
      g_assert_cmpstr (tafel_deelproduct_get_uitvoeringsvariant (dp), ==, "traject");
      g_assert_cmpstr (tafel_deelproduct_get_productcode (dp), ==, "");
    }

  /* the aspects the template fills in */
  {
    TafelEntity *kort = g_ptr_array_index (deelproducten, 0);
    TafelEntity *school = g_ptr_array_index (deelproducten, 6);
    TafelEntity *groep = g_ptr_array_index (deelproducten, 3);

    g_assert_true (g_str_has_prefix (tafel_entity_get_string (kort, "doelgroepen"), "Gezinnen waarin"));
    g_assert_true (g_str_has_prefix (tafel_entity_get_string (kort, "beoogd_resultaat"), "Het gezin kan"));
    g_assert_cmpstr (tafel_entity_get_string (kort, "activiteiten"), ==, "");
    g_assert_true (g_str_has_prefix (tafel_entity_get_string (school, "activiteiten"), "Begeleiding van de jeugdige"));
    g_assert_cmpstr (tafel_entity_get_string (groep, "doelgroepen"), ==, "");
  }

  assert_blocks_and_first_session (f, traject_id);
}

static void
test_instantiate_leeg (Fixture      *f,
                       gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TafelTemplate) tpl = load ("leeg");
  g_autoptr(TafelTraject) traject = tafel_template_instantiate (tpl, f->store, "Leeg traject", NULL, &error);
  TafelTrajectCounts counts = { 0 };
  g_autoptr(GPtrArray) groups = NULL;
  gint64 traject_id;

  g_assert_no_error (error);
  traject_id = tafel_entity_get_id (TAFEL_ENTITY (traject));
  g_assert_cmpstr (tafel_traject_get_region (traject), ==, "");
  g_assert_cmpstr (tafel_traject_get_perceel (traject), ==, "");
  g_assert_cmpstr (tafel_traject_get_template (traject), ==, "leeg");

  groups = tafel_store_list (f->store, TAFEL_TYPE_PRODUCTGROEP, traject_id, &error);
  g_assert_cmpuint (groups->len, ==, 0);
  g_assert_true (tafel_store_count (f->store, traject_id, &counts, &error));
  g_assert_cmpuint (counts.n_deelproducten, ==, 0);
  g_assert_cmpuint (counts.n_sessies, ==, 1);

  assert_blocks_and_first_session (f, traject_id);
}

/* Two trajecten from one template share nothing. */
static void
test_instantiate_twice (Fixture      *f,
                        gconstpointer data)
{
  g_autoptr(TafelTraject) a = tafel_test_create_traject (f->store, "segment-veel-voorkomend", "Noord");
  g_autoptr(TafelTraject) b = tafel_test_create_traject (f->store, "segment-veel-voorkomend", "Zuid");
  TafelTrajectCounts counts_a = { 0 }, counts_b = { 0 };

  g_assert_cmpint (tafel_entity_get_id (TAFEL_ENTITY (a)), !=, tafel_entity_get_id (TAFEL_ENTITY (b)));
  g_assert_true (tafel_store_count (f->store, tafel_entity_get_id (TAFEL_ENTITY (a)), &counts_a, NULL));
  g_assert_true (tafel_store_count (f->store, tafel_entity_get_id (TAFEL_ENTITY (b)), &counts_b, NULL));
  g_assert_cmpuint (counts_a.n_deelproducten, ==, 11);
  g_assert_cmpuint (counts_b.n_deelproducten, ==, 11);
  assert_blocks_and_first_session (f, tafel_entity_get_id (TAFEL_ENTITY (a)));
  assert_blocks_and_first_session (f, tafel_entity_get_id (TAFEL_ENTITY (b)));
}

/* ---- loading by id ---------------------------------------------------- */

static void
test_load_unknown (void)
{
  const char *ids[] = {
    "bestaat-niet",
    "../x",
    "../templates/leeg",
    "segment-veel-voorkomend/../leeg",
    "/leeg",
    "vraagblokken",      /* the block list is not a template */
    "leeg.xml",
    "",
  };

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(TafelTemplate) tpl = tafel_template_load (ids[i], &error);

      g_assert_null (tpl);
      g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_TEMPLATE);
      if (*ids[i] != '\0')
        g_assert_nonnull (strstr (error->message, ids[i]));
    }
}

/* ---- parsing broken templates ---------------------------------------- */

static void
test_parse_minimal (void)
{
  g_autoptr(TafelTemplate) tpl = parse ("<template><name>Mini</name></template>");

  g_assert_cmpstr (tafel_template_get_id (tpl), ==, "proef");
  g_assert_cmpstr (tafel_template_get_name (tpl), ==, "Mini");
  g_assert_cmpstr (tafel_template_get_description (tpl), ==, "");
  g_assert_cmpstr (tafel_template_get_perceel (tpl), ==, "");
  g_assert_cmpuint (tafel_template_get_n_groups (tpl), ==, 0);
  g_assert_cmpuint (tafel_template_get_n_vraagblokken (tpl), ==, 7);
}

static void
test_parse_not_xml (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TafelTemplate) empty = tafel_template_parse ("proef", "", 0, &error);

  g_assert_null (empty);
  g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_TEMPLATE);
  g_assert_nonnull (strstr (error->message, "proef"));

  assert_parse_refused ("Dit is geen XML.", NULL);
  assert_parse_refused ("<template><name>Half", NULL);
  assert_parse_refused ("<template><name>Mini</naam></template>", NULL);
  assert_parse_refused ("<template><name>Mini</name></template><template/>", NULL);
  assert_parse_refused ("\xff\xfe<\0t\0", NULL);
}

/* A document type declaration is refused outright, so that no entity is
 * ever expanded or fetched. */
static void
test_parse_doctype (void)
{
  static const char laughs[] =
    "<?xml version=\"1.0\"?>\n"
    "<!DOCTYPE template [\n"
    "  <!ENTITY lol \"lol\">\n"
    "  <!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
    "  <!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">\n"
    "  <!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">\n"
    "  <!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">\n"
    "  <!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">\n"
    "  <!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">\n"
    "  <!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">\n"
    "  <!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">\n"
    "  <!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">\n"
    "]>\n"
    "<template><name>&lol9;</name></template>\n";
  static const char external[] =
    "<?xml version=\"1.0\"?>\n"
    "<!DOCTYPE template [ <!ENTITY geheim SYSTEM \"file:///etc/passwd\"> ]>\n"
    "<template><name>&geheim;</name></template>\n";
  static const char plain[] =
    "<!DOCTYPE template>\n"
    "<template><name>Mini</name></template>\n";
  static const char external_dtd[] =
    "<!DOCTYPE template SYSTEM \"http://example.org/template.dtd\">\n"
    "<template><name>Mini</name></template>\n";

  assert_parse_refused (laughs, NULL);
  assert_parse_refused (external, NULL);
  assert_parse_refused (plain, NULL);
  assert_parse_refused (external_dtd, NULL);
}

static void
test_parse_wrong_root (void)
{
  assert_parse_refused ("<vraagblokken><vraagblok title=\"x\">?</vraagblok></vraagblokken>", NULL);
  assert_parse_refused ("<html><name>Mini</name></html>", NULL);
  assert_parse_refused ("<Template><name>Mini</name></Template>", NULL);
}

static void
test_parse_no_name (void)
{
  assert_parse_refused ("<template/>", NULL);
  assert_parse_refused ("<template><description>Zonder naam</description></template>", NULL);
  assert_parse_refused ("<template><name>   </name></template>", NULL);
  assert_parse_refused ("<template><name/></template>", NULL);
}

static void
test_parse_bad_structure (void)
{
  /* a deelproduct without a name, or with an empty one */
  assert_parse_refused ("<template><name>T</name>"
                        "<productgroep name=\"GGZ\"><deelproduct inkoopniveau=\"lokaal\"/></productgroep>"
                        "</template>", NULL);
  assert_parse_refused ("<template><name>T</name>"
                        "<productgroep name=\"GGZ\"><deelproduct name=\"\"/></productgroep>"
                        "</template>", NULL);
  /* a product group without a name */
  assert_parse_refused ("<template><name>T</name>"
                        "<productgroep><deelproduct name=\"Specialistische GGZ\"/></productgroep>"
                        "</template>", NULL);
  /* an inkoopniveau that does not exist, or is written as shown */
  assert_parse_refused ("<template><name>T</name>"
                        "<productgroep name=\"GGZ\"><deelproduct name=\"Specialistische GGZ\" inkoopniveau=\"landelijk\"/></productgroep>"
                        "</template>", "landelijk");
  assert_parse_refused ("<template><name>T</name>"
                        "<productgroep name=\"GGZ\"><deelproduct name=\"Specialistische GGZ\" inkoopniveau=\"Regionaal\"/></productgroep>"
                        "</template>", "Specialistische GGZ");
  /* an unknown uitvoeringsvariant */
  assert_parse_refused ("<template><name>T</name><uitvoeringsvariant>naar behoefte</uitvoeringsvariant></template>",
                        "naar behoefte");
}

/* ---- instantiating broken or clashing templates ---------------------- */

static void
test_instantiate_unknown_aspect (Fixture      *f,
                                 gconstpointer data)
{
  const char *aspects[] = { "wachttijd", "name", "traject_id", "max_duur", "inkoopniveau" };

  for (guint i = 0; i < G_N_ELEMENTS (aspects); i++)
    {
      g_autofree char *xml = g_strdup_printf ("<template><name>T</name>"
                                              "<productgroep name=\"GGZ\">"
                                              "<deelproduct name=\"Eerste\"><doelgroepen>Jeugdigen</doelgroepen></deelproduct>"
                                              "<deelproduct name=\"Tweede\"><%s>12</%s></deelproduct>"
                                              "</productgroep></template>", aspects[i], aspects[i]);
      g_autoptr(TafelTemplate) tpl = parse (xml);   /* parsing does not know the columns */
      g_autofree char *message = assert_instantiate_refused (f, tpl, "Met onbekend aspect", TAFEL_ERROR_TEMPLATE);

      g_assert_nonnull (strstr (message, aspects[i]));
      g_assert_nonnull (strstr (message, "Tweede"));
    }
}

/* What the store refuses inside the template's batch rolls everything
 * back too. */
static void
test_instantiate_invalid_rows (Fixture      *f,
                               gconstpointer data)
{
  g_autofree char *long_name = g_strnfill (301, 'x');
  g_autofree char *xml_long = g_strdup_printf ("<template><name>T</name><productgroep name=\"G\">"
                                               "<deelproduct name=\"%s\"/></productgroep></template>", long_name);
  g_autoptr(TafelTemplate) too_long = parse (xml_long);
  g_autoptr(TafelTemplate) twice = parse ("<template><name>T</name><productgroep name=\"G\">"
                                          "<deelproduct name=\"Groepsbegeleiding\"/>"
                                          "<deelproduct name=\"GROEPSBEGELEIDING\"/>"
                                          "</productgroep></template>");
  g_autoptr(TafelTemplate) bad_code = parse ("<template><name>T</name><productgroep name=\"G\">"
                                             "<deelproduct name=\"Groepsbegeleiding\" productcode=\"45-A53\"/>"
                                             "</productgroep></template>");
  g_autoptr(TafelTemplate) groups_twice = parse ("<template><name>T</name>"
                                                 "<productgroep name=\"GGZ\"/><productgroep name=\"ggz\"/>"
                                                 "</template>");
  g_autofree char *m1 = NULL;
  g_autofree char *m2 = NULL;
  g_autofree char *m3 = NULL;
  g_autofree char *m4 = NULL;

  m1 = assert_instantiate_refused (f, too_long, "Te lang", TAFEL_ERROR_INVALID);
  m2 = assert_instantiate_refused (f, twice, "Dubbel", TAFEL_ERROR_DUPLICATE);
  g_assert_nonnull (strstr (m2, "GROEPSBEGELEIDING"));
  m3 = assert_instantiate_refused (f, bad_code, "Slechte code", TAFEL_ERROR_INVALID);
  g_assert_nonnull (strstr (m3, "45-A53"));
  m4 = assert_instantiate_refused (f, groups_twice, "Groepen dubbel", TAFEL_ERROR_DUPLICATE);
}

static void
test_instantiate_name_taken (Fixture      *f,
                             gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TafelTemplate) segment = load ("segment-veel-voorkomend");
  g_autoptr(TafelTemplate) leeg = load ("leeg");
  g_autoptr(TafelTraject) first = tafel_template_instantiate (segment, f->store, "Inkoop 2027", "Regio Test", &error);
  g_autoptr(TafelTraject) other = NULL;
  g_autofree char *message = NULL;

  g_assert_no_error (error);

  /* the same name, in other case, from either template */
  message = assert_instantiate_refused (f, segment, "Inkoop 2027", TAFEL_ERROR_DUPLICATE);
  g_assert_nonnull (strstr (message, "Inkoop 2027"));
  g_clear_pointer (&message, g_free);
  message = assert_instantiate_refused (f, leeg, "INKOOP 2027", TAFEL_ERROR_DUPLICATE);
  g_clear_pointer (&message, g_free);
  /* white space around a name does not make it another name */
  message = assert_instantiate_refused (f, leeg, "  inkoop 2027 ", TAFEL_ERROR_DUPLICATE);
  g_clear_pointer (&message, g_free);

  /* no name, or one that is too long */
  message = assert_instantiate_refused (f, leeg, "", TAFEL_ERROR_INVALID);
  g_clear_pointer (&message, g_free);
  message = assert_instantiate_refused (f, leeg, NULL, TAFEL_ERROR_INVALID);
  g_clear_pointer (&message, g_free);
  {
    g_autofree char *too_long = g_strnfill (TAFEL_NAME_MAX + 1, 'a');
    message = assert_instantiate_refused (f, leeg, too_long, TAFEL_ERROR_INVALID);
    g_clear_pointer (&message, g_free);
  }

  /* after all those refusals the store works, and a deleted traject's
   * name is free again */
  g_assert_true (tafel_store_delete (f->store, first, &error));
  g_assert_no_error (error);
  other = tafel_template_instantiate (leeg, f->store, "Inkoop 2027", NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (other);
  g_assert_cmpint (tafel_entity_get_id (TAFEL_ENTITY (other)), !=, tafel_entity_get_id (TAFEL_ENTITY (first)));
  assert_blocks_and_first_session (f, tafel_entity_get_id (TAFEL_ENTITY (other)));
}

/* ---- translation ------------------------------------------------------ */

static void
test_translated_names (void)
{
  g_autoptr(TafelTemplate) leeg = NULL;
  g_autoptr(TafelTemplate) segment = NULL;

  if (!tafel_test_use_dutch ())
    return;

  leeg = load ("leeg");
  segment = load ("segment-veel-voorkomend");

  /* marked translatable="yes": shown in the language of the user */
  g_assert_cmpstr (tafel_template_get_name (leeg), ==, g_dgettext (GETTEXT_PACKAGE, "Empty traject"));
  /* the segment name is a Dutch fact and is not translated */
  g_assert_cmpstr (tafel_template_get_name (segment), ==, "Segment veel voorkomend");

  tafel_test_use_english ();
}

int
main (int argc, char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/template/list-all", test_list_all);
  g_test_add_func ("/template/segment-counts", test_segment_counts);
  g_test_add_func ("/template/leeg-counts", test_leeg_counts);
  g_test_add_func ("/template/ref-unref", test_ref_unref);
  g_test_add_func ("/template/load-unknown", test_load_unknown);
  g_test_add_func ("/template/parse/minimal", test_parse_minimal);
  g_test_add_func ("/template/parse/not-xml", test_parse_not_xml);
  g_test_add_func ("/template/parse/doctype", test_parse_doctype);
  g_test_add_func ("/template/parse/wrong-root", test_parse_wrong_root);
  g_test_add_func ("/template/parse/no-name", test_parse_no_name);
  g_test_add_func ("/template/parse/bad-structure", test_parse_bad_structure);
  g_test_add_func ("/template/translated-names", test_translated_names);

#define ADD(name, func) g_test_add (name, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/template/instantiate/segment", test_instantiate_segment);
  ADD ("/template/instantiate/leeg", test_instantiate_leeg);
  ADD ("/template/instantiate/twice", test_instantiate_twice);
  ADD ("/template/instantiate/unknown-aspect", test_instantiate_unknown_aspect);
  ADD ("/template/instantiate/invalid-rows", test_instantiate_invalid_rows);
  ADD ("/template/instantiate/name-taken", test_instantiate_name_taken);
#undef ADD

  return g_test_run ();
}
