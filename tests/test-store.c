/* test-store.c: every store operation, happy and sad */
#include "config.h"

#include <string.h>

#include "tafel-error.h"
#include "tafel-store-private.h"
#include "tafel-template.h"
#include "tafel-test-util.h"
#include "tafel-traject-setup.h"

typedef struct {
  char         *dir;
  TafelStore   *store;
  TafelTraject *traject;
  gint64        traject_id;
} Fixture;

static void
fixture_setup (Fixture      *f,
               gconstpointer data)
{
  f->dir = tafel_test_make_tmpdir ();
  f->store = tafel_test_open_store (f->dir, "store.db");
  f->traject = tafel_test_create_traject (f->store, "segment-veel-voorkomend", "Inkoop 2027");
  f->traject_id = tafel_entity_get_id (TAFEL_ENTITY (f->traject));
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
count_rows (TafelStore *store,
            const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 n = -1;

  g_assert_cmpint (sqlite3_prepare_v2 (_tafel_store_get_db (store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);

  return n;
}

static gpointer
first_of (TafelStore *store,
          GType       type,
          gint64      traject_id)
{
  g_autoptr(GPtrArray) rows = tafel_store_list (store, type, traject_id, NULL);

  g_assert_nonnull (rows);
  g_assert_cmpuint (rows->len, >, 0);
  return g_object_ref (g_ptr_array_index (rows, 0));
}

static TafelGeeltje *
add_geeltje (Fixture    *f,
             const char *text)
{
  g_autoptr(GError) error = NULL;
  TafelGeeltje *g = tafel_geeltje_new (f->traject_id);

  g_object_set (g, "text", text, NULL);
  tafel_store_insert (f->store, g, &error);
  g_assert_no_error (error);
  return g;
}

static void
test_template_instantiated (Fixture      *f,
                            gconstpointer data)
{
  TafelTrajectCounts counts = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) groups = tafel_store_list (f->store, TAFEL_TYPE_PRODUCTGROEP, f->traject_id, &error);
  g_autoptr(GPtrArray) blocks = tafel_store_list (f->store, TAFEL_TYPE_VRAAGBLOK, f->traject_id, &error);
  g_autoptr(GPtrArray) sessies = tafel_store_list (f->store, TAFEL_TYPE_SESSIE, f->traject_id, &error);
  g_autoptr(GArray) agenda = NULL;

  g_assert_no_error (error);
  g_assert_true (tafel_store_count (f->store, f->traject_id, &counts, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (groups->len, ==, 4);
  g_assert_cmpuint (counts.n_deelproducten, ==, 11);
  g_assert_cmpuint (blocks->len, ==, 7);
  g_assert_cmpuint (sessies->len, ==, 1);
  g_assert_cmpstr (tafel_traject_get_perceel (f->traject), ==, "Segment veel voorkomend");
  g_assert_cmpstr (tafel_traject_get_template (f->traject), ==, "segment-veel-voorkomend");

  agenda = tafel_store_get_agenda (f->store, tafel_entity_get_id (g_ptr_array_index (sessies, 0)), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (agenda->len, ==, 7);
  g_assert_cmpint (g_array_index (agenda, gint64, 0), ==, tafel_entity_get_id (g_ptr_array_index (blocks, 0)));
}

static void
test_insert_and_read_back (Fixture      *f,
                           gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TafelDeelproduct) dp = first_of (f->store, TAFEL_TYPE_DEELPRODUCT, f->traject_id);
  g_autoptr(TafelSessie) sessie = first_of (f->store, TAFEL_TYPE_SESSIE, f->traject_id);
  g_autoptr(TafelOrganisatie) org = tafel_traject_ensure_organisatie (f->store, f->traject_id, "  Zorgkracht  ", NULL, &error);
  g_autoptr(TafelGeeltje) g = tafel_geeltje_new (f->traject_id);
  g_autoptr(TafelGeeltje) back = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (tafel_organisatie_get_name (org), ==, "Zorgkracht");

  g_object_set (g,
                "text", "  Maak de doelgroep\r\nscherper  ",
                "kind", "conceptueel",
                "deelproduct-id", tafel_entity_get_id (TAFEL_ENTITY (dp)),
                "sessie-id", tafel_entity_get_id (TAFEL_ENTITY (sessie)),
                "organisatie-id", tafel_entity_get_id (TAFEL_ENTITY (org)),
                NULL);
  g_assert_true (tafel_store_insert (f->store, g, &error));
  g_assert_no_error (error);
  g_assert_cmpint (tafel_entity_get_id (TAFEL_ENTITY (g)), >, 0);
  g_assert_cmpstr (tafel_geeltje_get_text (g), ==, "Maak de doelgroep\nscherper");
  g_assert_nonnull (tafel_geeltje_get_created_at (g));
  g_assert_cmpstr (tafel_geeltje_get_created_at (g), ==, tafel_geeltje_get_modified_at (g));

  back = tafel_store_get (f->store, TAFEL_TYPE_GEELTJE, tafel_entity_get_id (TAFEL_ENTITY (g)), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tafel_geeltje_get_text (back), ==, "Maak de doelgroep\nscherper");
  g_assert_cmpstr (tafel_geeltje_get_kind (back), ==, "conceptueel");
  g_assert_cmpstr (tafel_geeltje_get_status (back), ==, "open");
  g_assert_cmpint (tafel_geeltje_get_deelproduct_id (back), ==, tafel_entity_get_id (TAFEL_ENTITY (dp)));
  g_assert_cmpint (tafel_geeltje_get_organisatie_id (back), ==, tafel_entity_get_id (TAFEL_ENTITY (org)));
  g_assert_cmpint (tafel_geeltje_get_vraagblok_id (back), ==, 0);
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

static void
test_set_fields (Fixture      *f,
                 gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TafelGeeltje) g = add_geeltje (f, "Eerste versie");
  g_autoptr(TafelGeeltje) back = NULL;
  g_autofree char *before = g_strdup (tafel_geeltje_get_modified_at (g));
  guint notified = 0;

  g_signal_connect (g, "notify::text", G_CALLBACK (count_notify_cb), &notified);
  g_usleep (2000);

  g_assert_true (tafel_store_set_string (f->store, g, "text", "Tweede versie", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (tafel_geeltje_get_text (g), ==, "Tweede versie");
  g_assert_cmpstr (tafel_geeltje_get_modified_at (g), >, before);

  g_assert_true (tafel_store_set_string (f->store, g, "status", "deels_verwerkt", &error));
  g_assert_no_error (error);

  back = tafel_store_get (f->store, TAFEL_TYPE_GEELTJE, tafel_entity_get_id (TAFEL_ENTITY (g)), &error);
  g_assert_cmpstr (tafel_geeltje_get_text (back), ==, "Tweede versie");
  g_assert_cmpstr (tafel_geeltje_get_status (back), ==, "deels_verwerkt");
  g_assert_cmpuint (notified, ==, 1);   /* the text changed once; the status is another property */
}

static void
test_refusals_leave_data_intact (Fixture      *f,
                                 gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TafelGeeltje) g = add_geeltje (f, "Blijft staan");
  g_autoptr(TafelGeeltje) back = NULL;
  g_autofree char *too_long = NULL;
  gint64 id = tafel_entity_get_id (TAFEL_ENTITY (g));

  /* empty */
  g_assert_false (tafel_store_set_string (f->store, g, "text", "   ", &error));
  g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "text"));
  g_clear_error (&error);

  /* overlong */
  too_long = g_strnfill (TAFEL_GEELTJE_TEXT_MAX + 1, 'x');
  g_assert_false (tafel_store_set_string (f->store, g, "text", too_long, &error));
  g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "2001"));
  g_clear_error (&error);

  /* a control character, and text that is not UTF-8 */
  g_assert_false (tafel_store_set_string (f->store, g, "text", "bel\astaart", &error));
  g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "position 4"));
  g_clear_error (&error);
  g_assert_false (tafel_store_set_string (f->store, g, "text", "caf\xe9", &error));
  g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_INVALID);
  g_clear_error (&error);

  /* an unknown choice */
  g_assert_false (tafel_store_set_string (f->store, g, "kind", "roze", &error));
  g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_INVALID);
  g_clear_error (&error);

  /* not processed without a reason; then with one */
  g_assert_false (tafel_store_set_string (f->store, g, "status", "niet_verwerkt", &error));
  g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "reason"));
  g_clear_error (&error);

  /* a reference into nothing */
  g_assert_false (tafel_store_set_int (f->store, g, "deelproduct_id", 999999, &error));
  g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_cmpstr (tafel_geeltje_get_text (g), ==, "Blijft staan");
  g_assert_cmpstr (tafel_geeltje_get_status (g), ==, "open");
  back = tafel_store_get (f->store, TAFEL_TYPE_GEELTJE, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tafel_geeltje_get_text (back), ==, "Blijft staan");
  g_assert_cmpstr (tafel_geeltje_get_kind (back), ==, "tekstueel");
  g_assert_cmpint (tafel_geeltje_get_deelproduct_id (back), ==, 0);

  {
    const char *columns[] = { "status", "reason" };
    GValue values[2] = { G_VALUE_INIT, G_VALUE_INIT };

    g_value_init (&values[0], G_TYPE_STRING);
    g_value_set_static_string (&values[0], "niet_verwerkt");
    g_value_init (&values[1], G_TYPE_STRING);
    g_value_set_static_string (&values[1], "Valt buiten het perceel");
    g_assert_true (tafel_store_setv (f->store, g, 2, columns, values, &error));
    g_assert_no_error (error);
    g_value_unset (&values[0]);
    g_value_unset (&values[1]);
  }
  g_assert_cmpstr (tafel_geeltje_get_status (g), ==, "niet_verwerkt");
}

static void
test_reference_to_other_traject (Fixture      *f,
                                 gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TafelTraject) other = tafel_test_create_traject (f->store, "segment-veel-voorkomend", "Ander traject");
  g_autoptr(TafelDeelproduct) foreign = first_of (f->store, TAFEL_TYPE_DEELPRODUCT,
                                                  tafel_entity_get_id (TAFEL_ENTITY (other)));
  g_autoptr(TafelGeeltje) g = tafel_geeltje_new (f->traject_id);

  g_object_set (g, "text", "Verkeerd traject", "deelproduct-id", tafel_entity_get_id (TAFEL_ENTITY (foreign)), NULL);
  g_assert_false (tafel_store_insert (f->store, g, &error));
  g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_INVALID);
  g_assert_false (tafel_entity_is_stored (TAFEL_ENTITY (g)));
  g_assert_cmpint (count_rows (f->store, "SELECT count(*) FROM geeltje"), ==, 0);
}

static void
test_unique_names (Fixture      *f,
                   gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TafelDeelproduct) dp = tafel_deelproduct_new (f->traject_id);
  g_autoptr(TafelTraject) t = tafel_traject_new ();
  g_autoptr(TafelOrganisatie) org = NULL;
  gboolean created = TRUE;

  g_object_set (dp, "name", "groepsbegeleiding", NULL);
  g_assert_false (tafel_store_insert (f->store, dp, &error));
  g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_DUPLICATE);
  g_clear_error (&error);

  g_object_set (t, "name", "INKOOP 2027", NULL);
  g_assert_false (tafel_store_insert (f->store, t, &error));
  g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_DUPLICATE);
  g_clear_error (&error);

  org = tafel_traject_ensure_organisatie (f->store, f->traject_id, "Kwadraad", &created, &error);
  g_assert_true (created);
  g_clear_object (&org);
  org = tafel_traject_ensure_organisatie (f->store, f->traject_id, "kwadraad", &created, &error);
  g_assert_no_error (error);
  g_assert_false (created);
  g_assert_cmpstr (tafel_organisatie_get_name (org), ==, "Kwadraad");
  g_clear_object (&org);

  org = tafel_traject_ensure_organisatie (f->store, f->traject_id, "   ", &created, &error);
  g_assert_null (org);
  g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_INVALID);
}

static void
on_signal_count_cb (TafelStore  *store,
                    TafelEntity *entity,
                    guint       *count)
{
  (*count)++;
}

static void
test_delete_restore_purge (Fixture      *f,
                           gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TafelDeelproduct) dp = first_of (f->store, TAFEL_TYPE_DEELPRODUCT, f->traject_id);
  g_autoptr(TafelGeeltje) g = tafel_geeltje_new (f->traject_id);
  g_autoptr(GPtrArray) list = NULL;
  guint removed = 0, added = 0;
  gint64 dp_id = tafel_entity_get_id (TAFEL_ENTITY (dp));

  g_object_set (g, "text", "Hangt aan een deelproduct", "deelproduct-id", dp_id, NULL);
  g_assert_true (tafel_store_insert (f->store, g, &error));

  g_signal_connect (f->store, "entity-removed::deelproduct", G_CALLBACK (on_signal_count_cb), &removed);
  g_signal_connect (f->store, "entity-added::deelproduct", G_CALLBACK (on_signal_count_cb), &added);

  g_assert_true (tafel_store_delete (f->store, dp, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (removed, ==, 1);
  list = tafel_store_list (f->store, TAFEL_TYPE_DEELPRODUCT, f->traject_id, &error);
  g_assert_cmpuint (list->len, ==, 10);
  g_clear_pointer (&list, g_ptr_array_unref);

  /* deleting twice is an error, not a silent success */
  g_assert_false (tafel_store_delete (f->store, dp, &error));
  g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* a deleted deelproduct cannot receive new geeltjes */
  g_assert_true (tafel_store_set_int (f->store, g, "deelproduct_id", 0, &error));
  g_assert_false (tafel_store_set_int (f->store, g, "deelproduct_id", dp_id, &error));
  g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_INVALID);
  g_clear_error (&error);


  g_assert_true (tafel_store_restore (f->store, dp, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (added, ==, 1);
  list = tafel_store_list (f->store, TAFEL_TYPE_DEELPRODUCT, f->traject_id, &error);
  g_assert_cmpuint (list->len, ==, 11);
  g_clear_pointer (&list, g_ptr_array_unref);
  g_assert_true (tafel_store_set_int (f->store, g, "deelproduct_id", dp_id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (f->store, "SELECT count(*) FROM geeltje WHERE deelproduct_id IS NOT NULL"), ==, 1);

  /* delete again and purge: the geeltje stays, without its deelproduct */
  g_assert_true (tafel_store_delete (f->store, dp, &error));
  g_assert_true (tafel_store_purge_deleted (f->store, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (f->store, "SELECT count(*) FROM deelproduct"), ==, 10);
  g_assert_cmpint (count_rows (f->store, "SELECT count(*) FROM geeltje WHERE deelproduct_id IS NULL"), ==, 1);
  g_assert_false (tafel_store_restore (f->store, dp, &error));
  g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_NOT_FOUND);
}

static void
test_restore_name_taken (Fixture      *f,
                         gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TafelOrganisatie) a = tafel_traject_ensure_organisatie (f->store, f->traject_id, "Lindehoeve", NULL, &error);
  g_autoptr(TafelOrganisatie) b = NULL;

  g_assert_true (tafel_store_delete (f->store, a, &error));
  b = tafel_traject_ensure_organisatie (f->store, f->traject_id, "Lindehoeve", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (tafel_entity_get_id (TAFEL_ENTITY (a)), !=, tafel_entity_get_id (TAFEL_ENTITY (b)));

  g_assert_false (tafel_store_restore (f->store, a, &error));
  g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_DUPLICATE);
}

static void
test_traject_delete_cascades_on_purge (Fixture      *f,
                                       gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) trajecten = NULL;
  g_autoptr(TafelGeeltje) g = add_geeltje (f, "Weg met het traject");

  g_assert_true (tafel_store_delete (f->store, f->traject, &error));
  trajecten = tafel_store_list (f->store, TAFEL_TYPE_TRAJECT, 0, &error);
  g_assert_cmpuint (trajecten->len, ==, 0);
  g_assert_true (tafel_store_purge_deleted (f->store, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (f->store, "SELECT count(*) FROM geeltje"), ==, 0);
  g_assert_cmpint (count_rows (f->store, "SELECT count(*) FROM deelproduct"), ==, 0);
  g_assert_cmpint (count_rows (f->store, "SELECT count(*) FROM sessie_agenda"), ==, 0);
}

static void
test_reorder (Fixture      *f,
              gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = tafel_store_list (f->store, TAFEL_TYPE_DEELPRODUCT, f->traject_id, &error);
  g_autoptr(GPtrArray) again = NULL;
  gpointer last = g_ptr_array_steal_index (list, list->len - 1);

  g_ptr_array_insert (list, 0, last);
  g_assert_true (tafel_store_reorder (f->store, list->pdata, list->len, &error));
  g_assert_no_error (error);
  g_assert_cmpint (tafel_deelproduct_get_position (last), ==, 0);

  again = tafel_store_list (f->store, TAFEL_TYPE_DEELPRODUCT, f->traject_id, &error);
  g_assert_cmpstr (tafel_deelproduct_get_name (g_ptr_array_index (again, 0)), ==, "Onderwijsgericht dagprogramma");
  g_assert_cmpstr (tafel_deelproduct_get_name (g_ptr_array_index (again, 1)), ==, "Kortdurende systeembegeleiding");
}

static void
test_agenda_and_attendance (Fixture      *f,
                            gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TafelSessie) s2 = tafel_traject_add_sessie (f->store, f->traject_id, &error);
  g_autoptr(GPtrArray) blocks = tafel_store_list (f->store, TAFEL_TYPE_VRAAGBLOK, f->traject_id, &error);
  g_autoptr(TafelDeelnemer) d = tafel_deelnemer_new (f->traject_id);
  g_autoptr(GArray) agenda = NULL;
  g_autoptr(GArray) att = NULL;
  gint64 ids[2], dup[2];

  g_assert_no_error (error);
  g_assert_cmpstr (tafel_sessie_get_name (s2), ==, "Session 2");

  ids[0] = tafel_entity_get_id (g_ptr_array_index (blocks, 4));
  ids[1] = tafel_entity_get_id (g_ptr_array_index (blocks, 5));
  g_assert_true (tafel_store_set_agenda (f->store, s2, ids, 2, &error));
  g_assert_no_error (error);
  agenda = tafel_store_get_agenda (f->store, tafel_entity_get_id (TAFEL_ENTITY (s2)), &error);
  g_assert_cmpuint (agenda->len, ==, 2);
  g_assert_cmpint (g_array_index (agenda, gint64, 0), ==, ids[0]);

  dup[0] = dup[1] = ids[0];
  g_assert_false (tafel_store_set_agenda (f->store, s2, dup, 2, &error));
  g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_INVALID);
  g_clear_error (&error);

  g_object_set (d, "name", "Fatima el Amrani", "function", "Gedragswetenschapper", NULL);
  g_assert_true (tafel_store_insert (f->store, d, &error));
  g_assert_true (tafel_store_set_present (f->store, d, s2, TRUE, &error));
  g_assert_true (tafel_store_set_present (f->store, d, s2, TRUE, &error));
  att = tafel_store_get_attendance (f->store, f->traject_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (att->len, ==, 1);
  g_clear_pointer (&att, g_array_unref);
  g_assert_true (tafel_store_set_present (f->store, d, s2, FALSE, &error));
  att = tafel_store_get_attendance (f->store, f->traject_id, &error);
  g_assert_cmpuint (att->len, ==, 0);
}

static void
test_sessie_times (Fixture      *f,
                   gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TafelSessie) s = first_of (f->store, TAFEL_TYPE_SESSIE, f->traject_id);
  g_autofree char *label = NULL;

  g_assert_true (tafel_store_set_string (f->store, s, "date", "28-10-2026", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (tafel_sessie_get_date (s), ==, "2026-10-28");
  g_assert_true (tafel_store_set_string (f->store, s, "start_time", "9:30", &error));
  g_assert_cmpstr (tafel_sessie_get_start_time (s), ==, "09:30");
  g_assert_false (tafel_store_set_string (f->store, s, "end_time", "09.00", &error));
  g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (tafel_store_set_string (f->store, s, "date", "31-02-2026", &error));
  g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (tafel_store_set_string (f->store, s, "deadline", "10-11-2026 12.00", &error));
  g_assert_cmpstr (tafel_sessie_get_deadline (s), ==, "2026-11-10T12:00");
  g_assert_true (tafel_store_set_string (f->store, s, "date", "", &error));
  g_assert_null (tafel_sessie_get_date (s));
  label = tafel_sessie_dup_label (s);
  g_assert_cmpstr (label, ==, "Session 1");
}

static void
test_batch_savepoints (Fixture      *f,
                       gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TafelGeeltje) good = tafel_geeltje_new (f->traject_id);
  g_autoptr(TafelGeeltje) bad = tafel_geeltje_new (f->traject_id);
  g_autoptr(TafelGeeltje) lost = tafel_geeltje_new (f->traject_id);
  guint added = 0;

  g_signal_connect (f->store, "entity-added::geeltje", G_CALLBACK (on_signal_count_cb), &added);

  g_assert_true (tafel_store_begin_batch (f->store, &error));
  g_object_set (good, "text", "Goed", NULL);
  g_assert_true (tafel_store_insert (f->store, good, &error));
  g_assert_false (tafel_store_insert (f->store, bad, &error));  /* empty text */
  g_clear_error (&error);
  g_assert_cmpuint (added, ==, 0);  /* signals wait for the commit */
  g_assert_true (tafel_store_commit_batch (f->store, &error));
  g_assert_cmpuint (added, ==, 1);
  g_assert_cmpint (count_rows (f->store, "SELECT count(*) FROM geeltje"), ==, 1);

  g_assert_true (tafel_store_begin_batch (f->store, &error));
  g_object_set (lost, "text", "Teruggedraaid", NULL);
  g_assert_true (tafel_store_insert (f->store, lost, &error));
  tafel_store_rollback_batch (f->store);
  g_assert_cmpuint (added, ==, 1);
  g_assert_cmpint (count_rows (f->store, "SELECT count(*) FROM geeltje"), ==, 1);
}

static void
test_save_copy (Fixture      *f,
                gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TafelDeelproduct) dp = first_of (f->store, TAFEL_TYPE_DEELPRODUCT, f->traject_id);
  g_autoptr(TafelEntity) copy = tafel_entity_dup (TAFEL_ENTITY (dp));
  g_autofree char *sentence = NULL;

  g_object_set (copy, "productcode", "45A53", "max-duur", (gint64) 12, "max-frequentie", (gint64) 2,
                "doelgroepen", "Jeugdigen van 0 tot 18 jaar", NULL);
  g_assert_cmpstr (tafel_deelproduct_get_productcode (dp), ==, "");
  g_assert_true (tafel_store_save (f->store, dp, copy, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (tafel_deelproduct_get_productcode (dp), ==, "45A53");
  g_assert_cmpstr (tafel_entity_get_string (TAFEL_ENTITY (dp), "doelgroepen"), ==, "Jeugdigen van 0 tot 18 jaar");
  sentence = tafel_deelproduct_dup_max_duur_frequentie (dp);
  g_assert_cmpstr (sentence, ==, "at most 12 months and at most 2 times per year");

  g_assert_false (tafel_store_set_string (f->store, dp, "productcode", "45-A53", &error));
  g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (tafel_store_set_int (f->store, dp, "max_duur", -1, &error));
  g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (tafel_store_set_string (f->store, dp, "max_duur", "twaalf", &error));
  g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "twaalf"));
}

static void
test_find_traject (Fixture      *f,
                   gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, f->traject_id);
  g_autoptr(TafelTraject) by_name = tafel_store_find_traject (f->store, "inkoop 2027", &error);
  g_autoptr(TafelTraject) by_id = tafel_store_find_traject (f->store, id, &error);
  g_autoptr(TafelTraject) none = tafel_store_find_traject (f->store, "Bestaat niet", &error);

  g_assert_nonnull (by_name);
  g_assert_nonnull (by_id);
  g_assert_null (none);
  g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_NOT_FOUND);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) g_test_add (name, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/store/template-instantiated", test_template_instantiated);
  ADD ("/store/insert-and-read-back", test_insert_and_read_back);
  ADD ("/store/set-fields", test_set_fields);
  ADD ("/store/refusals-leave-data-intact", test_refusals_leave_data_intact);
  ADD ("/store/reference-to-other-traject", test_reference_to_other_traject);
  ADD ("/store/unique-names", test_unique_names);
  ADD ("/store/delete-restore-purge", test_delete_restore_purge);
  ADD ("/store/restore-name-taken", test_restore_name_taken);
  ADD ("/store/traject-delete-cascades", test_traject_delete_cascades_on_purge);
  ADD ("/store/reorder", test_reorder);
  ADD ("/store/agenda-and-attendance", test_agenda_and_attendance);
  ADD ("/store/sessie-times", test_sessie_times);
  ADD ("/store/batch-savepoints", test_batch_savepoints);
  ADD ("/store/save-copy", test_save_copy);
  ADD ("/store/find-traject", test_find_traject);
#undef ADD

  return g_test_run ();
}
