/* test-db.c: opening, checking and migrating a database file
 *
 * A new file gets the right marks and settings; every earlier schema
 * version migrates with its data intact; the schema matches the entities'
 * field tables; every file that is not a usable Ontwikkeltafel database is
 * refused with the right TafelError, a message that names it, and without a
 * single byte changed; and every store write is committed when it returns.
 */

#include "config.h"

#include <errno.h>
#include <locale.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "tafel-db.h"
#include "tafel-error.h"
#include "tafel-functieprofiel.h"
#include "tafel-geeltje.h"
#include "tafel-inlevering.h"
#include "tafel-schema.h"
#include "tafel-store-private.h"
#include "tafel-template.h"
#include "tafel-test-util.h"
#include "tafel-traject-setup.h"
#include "tafel-voorstel.h"

#define SHORT_BUSY_MS 50

typedef struct {
  char *dir;
  char *path;   /* dir/test.db, not created by the fixture */
} Fixture;

static void
fixture_setup (Fixture      *f,
               gconstpointer data)
{
  f->dir = tafel_test_make_tmpdir ();
  f->path = g_build_filename (f->dir, "test.db", NULL);
}

static void
fixture_teardown (Fixture      *f,
                  gconstpointer data)
{
  tafel_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

/* ---- plain SQLite, as another program sees the file ------------------ */

static sqlite3 *
raw_open (const char *path)
{
  sqlite3 *db = NULL;
  int rc = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);

  if (rc != SQLITE_OK)
    g_error ("cannot open %s: %s", path, sqlite3_errstr (rc));
  return db;
}

static void
raw_exec (sqlite3    *db,
          const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("“%s” failed: %s", sql, message);
}

static gint64
raw_int (sqlite3    *db,
         const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);

  return value;
}

static char *
raw_text (sqlite3    *db,
          const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *value = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);

  return value;
}

/* The one-row answer of @sql on a fresh connection of its own, as a
 * second program reading the file right now would get it. */
static char *
peek_text (const char *path,
           const char *sql)
{
  sqlite3 *db = raw_open (path);
  char *value = raw_text (db, sql);

  sqlite3_close (db);
  return value;
}

static gint64
peek_int (const char *path,
          const char *sql)
{
  sqlite3 *db = raw_open (path);
  gint64 value = raw_int (db, sql);

  sqlite3_close (db);
  return value;
}

/* row count of every table, by name */
static GHashTable *
count_tables (sqlite3 *db)
{
  GHashTable *counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT name FROM sqlite_schema WHERE type = 'table'"
                                           " AND name NOT LIKE 'sqlite_%'", -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *name = (const char *) sqlite3_column_text (stmt, 0);
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM \"%s\"", name);

      g_hash_table_insert (counts, g_strdup (name), GINT_TO_POINTER ((int) raw_int (db, sql)));
    }
  sqlite3_finalize (stmt);

  return counts;
}

/* ---- the file as bytes ----------------------------------------------- */

static char *
file_checksum (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;
  g_autoptr(GError) error = NULL;

  if (!g_file_get_contents (path, &contents, &length, &error))
    g_error ("cannot read %s: %s", path, error->message);

  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

/* What a folder holds: name → checksum of the contents. A -shm file is
 * SQLite's shared memory, which readers may touch; only its presence
 * counts. */
static GHashTable *
snapshot_dir (const char *dir)
{
  GHashTable *state = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  g_assert_nonnull (d);
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      char *value;

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        value = g_strdup ("(folder)");
      else if (g_str_has_suffix (name, "-shm"))
        value = g_strdup ("(shared memory)");
      else
        value = file_checksum (path);

      g_hash_table_insert (state, g_strdup (name), value);
    }

  return state;
}

static void
assert_dir_unchanged (GHashTable *before,
                      const char *dir)
{
  g_autoptr(GHashTable) after = snapshot_dir (dir);
  GHashTableIter iter;
  gpointer name, value;

  g_hash_table_iter_init (&iter, after);
  while (g_hash_table_iter_next (&iter, &name, &value))
    {
      const char *old = g_hash_table_lookup (before, name);

      if (old == NULL)
        g_error ("“%s” appeared in %s", (char *) name, dir);
      if (!g_str_equal (old, value))
        g_error ("“%s” in %s was changed", (char *) name, dir);
    }

  g_hash_table_iter_init (&iter, before);
  while (g_hash_table_iter_next (&iter, &name, &value))
    if (!g_hash_table_contains (after, name))
      g_error ("“%s” disappeared from %s", (char *) name, dir);
}

static void
write_file (const char *path,
            const void *data,
            gsize       length)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, data, length, &error);
  g_assert_no_error (error);
}

/* ---- databases of our own -------------------------------------------- */

/* A closed database made by this code: a traject from the template and
 * @n_geeltjes geeltjes, so that the file spans many pages. */
static void
make_database (const char *path,
               guint       n_geeltjes)
{
  g_autoptr(GError) error = NULL;
  TafelStore *store = tafel_store_open (path, &error);
  g_autoptr(TafelTraject) traject = NULL;
  gint64 traject_id;

  g_assert_no_error (error);
  traject = tafel_test_create_traject (store, "segment-veel-voorkomend", "Inkoop 2027");
  traject_id = tafel_entity_get_id (TAFEL_ENTITY (traject));

  g_assert_true (tafel_store_begin_batch (store, &error));
  for (guint i = 0; i < n_geeltjes; i++)
    {
      g_autoptr(TafelGeeltje) g = tafel_geeltje_new (traject_id);
      g_autofree char *text = g_strdup_printf ("Geeltje %u: %s", i,
                                               "De resultaatbeschrijving moet concreter, met meetbare doelen per gezin.");

      g_object_set (g, "text", text, NULL);
      g_assert_true (tafel_store_insert (store, g, &error));
    }
  g_assert_true (tafel_store_commit_batch (store, &error));
  g_assert_no_error (error);

  g_assert_finalize_object (store);
}

static TafelDbOptions
short_options (void)
{
  TafelDbOptions options = { .busy_timeout_ms = SHORT_BUSY_MS, .quick_check = TRUE, .target_version = 0 };

  return options;
}

/* Opens @path expecting a refusal with @code; checks that the message
 * names @named (the file, or for a missing folder the folder) and that
 * nothing in the folder changed. Tries both tafel_db_open() and
 * tafel_store_open_full(). Returns the message. */
static char *
assert_open_refused (const char *path,
                     TafelError  code,
                     const char *named)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GHashTable) before = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) store_error = NULL;
  g_autofree char *display = g_filename_display_name (named ? named : path);
  TafelDbOptions options = short_options ();
  TafelStore *store;
  sqlite3 *db;

  if (g_file_test (dir, G_FILE_TEST_IS_DIR))
    before = snapshot_dir (dir);

  db = tafel_db_open (path, &options, &error);
  g_assert_null (db);
  g_assert_error (error, TAFEL_ERROR, (int) code);
  if (strstr (error->message, display) == NULL)
    g_error ("the message “%s” does not name “%s”", error->message, display);

  store = tafel_store_open_full (path, &options, &store_error);
  g_assert_null (store);
  g_assert_error (store_error, TAFEL_ERROR, (int) code);
  g_assert_cmpstr (store_error->message, ==, error->message);

  if (before != NULL)
    assert_dir_unchanged (before, dir);

  g_test_message ("refused: %s", error->message);
  return g_strdup (error->message);
}

/* The page size and number of pages of a closed database file. */
static void
get_page_layout (const char *path,
                 gsize      *page_size,
                 gsize      *n_pages)
{
  g_autofree char *contents = NULL;
  gsize length = 0;
  guint raw;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >=, 100);
  raw = ((guchar) contents[16] << 8) | (guchar) contents[17];
  *page_size = raw == 1 ? 65536 : raw;
  g_assert_cmpuint (*page_size, >=, 512);
  g_assert_cmpuint (length % *page_size, ==, 0);
  *n_pages = length / *page_size;
}

static void
assert_connection_settings (sqlite3 *db)
{
  g_autofree char *mode = raw_text (db, "PRAGMA journal_mode");

  g_assert_cmpint (raw_int (db, "PRAGMA application_id"), ==, TAFEL_APPLICATION_ID);
  g_assert_cmpint (raw_int (db, "PRAGMA user_version"), ==, tafel_schema_get_latest_version ());
  g_assert_cmpint (tafel_db_get_user_version (db), ==, tafel_schema_get_latest_version ());
  g_assert_cmpstr (mode, ==, "wal");
  g_assert_cmpint (raw_int (db, "PRAGMA synchronous"), ==, 2);  /* FULL */
  g_assert_cmpint (raw_int (db, "PRAGMA foreign_keys"), ==, 1);
}

/* ---- a new file ------------------------------------------------------- */

static void
test_create_new (Fixture      *f,
                 gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *mode = NULL;
  sqlite3 *db;

  g_assert_false (g_file_test (f->path, G_FILE_TEST_EXISTS));

  db = tafel_db_open (f->path, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (db);
  g_assert_true (g_file_test (f->path, G_FILE_TEST_IS_REGULAR));
  assert_connection_settings (db);
  g_assert_cmpint (raw_int (db, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'geeltje'"), ==, 1);
  sqlite3_close (db);

  /* what is stored in the file, as another program sees it */
  g_assert_cmpint (peek_int (f->path, "PRAGMA application_id"), ==, TAFEL_APPLICATION_ID);
  g_assert_cmpint (peek_int (f->path, "PRAGMA user_version"), ==, tafel_schema_get_latest_version ());
  mode = peek_text (f->path, "PRAGMA journal_mode");
  g_assert_cmpstr (mode, ==, "wal");

  /* opening again is fine, and changes nothing it need not */
  db = tafel_db_open (f->path, NULL, &error);
  g_assert_no_error (error);
  assert_connection_settings (db);
  sqlite3_close (db);
}

static void
test_empty_file_is_new (Fixture      *f,
                        gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TafelTraject) traject = NULL;
  TafelStore *store;

  write_file (f->path, "", 0);

  store = tafel_store_open (f->path, &error);
  g_assert_no_error (error);
  assert_connection_settings (_tafel_store_get_db (store));

  /* and it is a working database */
  traject = tafel_test_create_traject (store, "leeg", "Uit een leeg bestand");
  g_assert_true (tafel_entity_is_stored (TAFEL_ENTITY (traject)));
  g_clear_object (&traject);
  g_assert_finalize_object (store);

  store = tafel_store_open (f->path, &error);
  g_assert_no_error (error);
  traject = tafel_store_find_traject (store, "Uit een leeg bestand", &error);
  g_assert_no_error (error);
  g_assert_nonnull (traject);
  g_clear_object (&traject);
  g_assert_finalize_object (store);
}

/* A target beyond the schemas this code knows means the latest. */
static void
test_target_version_beyond_latest (Fixture      *f,
                                   gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  TafelDbOptions options = { .busy_timeout_ms = 1000, .quick_check = TRUE,
                             .target_version = tafel_schema_get_latest_version () + 3 };
  sqlite3 *db = tafel_db_open (f->path, &options, &error);

  g_assert_no_error (error);
  assert_connection_settings (db);
  sqlite3_close (db);
}

/* An SQLite file with nothing in it yet (as "sqlite3 file.db VACUUM"
 * leaves it) is new too. */
static void
test_blank_sqlite_file_is_new (Fixture      *f,
                               gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  sqlite3 *db = raw_open (f->path);

  raw_exec (db, "VACUUM");
  sqlite3_close (db);
  g_assert_cmpint (g_file_test (f->path, G_FILE_TEST_IS_REGULAR), ==, TRUE);

  db = tafel_db_open (f->path, NULL, &error);
  g_assert_no_error (error);
  assert_connection_settings (db);
  sqlite3_close (db);
}

/* tafel_db_dup_default_path() creates its folder in $XDG_DATA_HOME: run it
 * in a child process whose data folder is a temporary one. */
static void
test_default_path (void)
{
  g_autofree char *home = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *old_home = g_strdup (g_getenv ("XDG_DATA_HOME"));

  if (g_test_subprocess ())
    {
      g_autofree char *path = tafel_db_dup_default_path ();
      g_autofree char *dir = g_path_get_dirname (path);
      g_autofree char *expected = g_build_filename (g_getenv ("XDG_DATA_HOME"), "ontwikkeltafel",
                                                    "ontwikkeltafel.db", NULL);

      g_assert_cmpstr (path, ==, expected);
      g_assert_true (g_file_test (dir, G_FILE_TEST_IS_DIR));
      g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
      return;
    }

  home = tafel_test_make_tmpdir ();
  folder = g_build_filename (home, "ontwikkeltafel", NULL);
  g_setenv ("XDG_DATA_HOME", home, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  if (old_home != NULL)
    g_setenv ("XDG_DATA_HOME", old_home, TRUE);
  else
    g_unsetenv ("XDG_DATA_HOME");

  g_test_trap_assert_passed ();
  g_assert_true (g_file_test (folder, G_FILE_TEST_IS_DIR));
  tafel_test_remove_tree (home);
}

static void
copy_file (const char *from,
           const char *to)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (from, &contents, &length, NULL));
  write_file (to, contents, length);
}

/* The program stopped without closing (power cut, crash): the last writes
 * are only in the -wal file beside the database. Opening keeps them. */
static void
test_open_after_crash (Fixture      *f,
                       gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);
  g_autofree char *crashed = g_build_filename (f->dir, "crashed.db", NULL);
  g_autofree char *crashed_wal = g_strconcat (crashed, "-wal", NULL);
  g_autoptr(TafelTraject) traject = NULL;
  g_autoptr(TafelGeeltje) g = NULL;
  g_autoptr(GPtrArray) geeltjes = NULL;
  TafelStore *store;

  make_database (f->path, 0);
  store = tafel_store_open (f->path, &error);
  g_assert_no_error (error);
  traject = tafel_store_find_traject (store, "Inkoop 2027", &error);
  g = tafel_geeltje_new (tafel_entity_get_id (TAFEL_ENTITY (traject)));
  g_object_set (g, "text", "Net voor de stroomstoring", NULL);
  g_assert_true (tafel_store_insert (store, g, &error));
  g_assert_no_error (error);

  /* a copy of the files as they are on disk right now */
  g_assert_true (g_file_test (wal, G_FILE_TEST_IS_REGULAR));
  copy_file (f->path, crashed);
  copy_file (wal, crashed_wal);
  g_clear_object (&traject);
  g_assert_finalize_object (store);

  store = tafel_store_open (crashed, &error);
  g_assert_no_error (error);
  traject = tafel_store_find_traject (store, "Inkoop 2027", &error);
  g_assert_no_error (error);
  geeltjes = tafel_store_list (store, TAFEL_TYPE_GEELTJE, tafel_entity_get_id (TAFEL_ENTITY (traject)), &error);
  g_assert_cmpuint (geeltjes->len, ==, 1);
  g_assert_cmpstr (tafel_geeltje_get_text (g_ptr_array_index (geeltjes, 0)), ==, "Net voor de stroomstoring");
  g_clear_pointer (&geeltjes, g_ptr_array_unref);
  g_clear_object (&traject);
  g_assert_finalize_object (store);
}

/* ---- the schema against the entities -------------------------------- */

static const char *
expected_sql_type (TafelFieldType type)
{
  switch (type)
    {
    case TAFEL_FIELD_INT:
    case TAFEL_FIELD_REF:
    case TAFEL_FIELD_BOOL:
    case TAFEL_FIELD_DECIMAL:
      return "INTEGER";
    default:
      return "TEXT";
    }
}

/* column name → declared type */
static GHashTable *
get_columns (sqlite3    *db,
             const char *table)
{
  GHashTable *columns = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autofree char *sql = g_strdup_printf ("PRAGMA table_info(\"%s\")", table);
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_hash_table_insert (columns,
                         g_strdup ((const char *) sqlite3_column_text (stmt, 1)),
                         g_ascii_strup ((const char *) sqlite3_column_text (stmt, 2), -1));
  sqlite3_finalize (stmt);

  return columns;
}

/* Every column named in every entity's field table exists with a fitting
 * type, and every column of those tables is known to the entity: catches
 * drift between tafel-schema.c and the TafelField tables. */
static void
assert_schema_matches_entities (sqlite3 *db)
{
  const GType types[] = {
    TAFEL_TYPE_TRAJECT, TAFEL_TYPE_VRAAGBLOK, TAFEL_TYPE_SESSIE, TAFEL_TYPE_ORGANISATIE,
    TAFEL_TYPE_DEELNEMER, TAFEL_TYPE_PRODUCTGROEP, TAFEL_TYPE_DEELPRODUCT, TAFEL_TYPE_GEELTJE,
    TAFEL_TYPE_AANBOD, TAFEL_TYPE_INTENSITEIT, TAFEL_TYPE_MIXREGEL, TAFEL_TYPE_GROEPSPARAMETERS,
    TAFEL_TYPE_UITVRAAG, TAFEL_TYPE_INLEVERING,
  };

  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    {
      g_autoptr(GTypeClass) klass = g_type_class_ref (types[i]);
      const TafelTable *table = tafel_entity_class_get_table (TAFEL_ENTITY_CLASS (klass));
      g_autoptr(GHashTable) columns = get_columns (db, table->name);
      GHashTableIter iter;
      gpointer column;

      if (g_hash_table_size (columns) == 0)
        g_error ("table “%s” of %s does not exist", table->name, g_type_name (types[i]));

      g_assert_cmpstr (g_hash_table_lookup (columns, "id"), ==, "INTEGER");
      g_assert_cmpstr (g_hash_table_lookup (columns, "deleted_at"), ==, "TEXT");

      for (const TafelField *field = table->fields; field->column != NULL; field++)
        {
          const char *type = g_hash_table_lookup (columns, field->column);

          if (type == NULL)
            g_error ("column %s.%s of %s is not in the schema", table->name, field->column,
                     g_type_name (types[i]));
          if (!g_str_equal (type, expected_sql_type (field->type)))
            g_error ("column %s.%s is %s in the schema, the entity expects %s", table->name,
                     field->column, type, expected_sql_type (field->type));
        }

      g_hash_table_iter_init (&iter, columns);
      while (g_hash_table_iter_next (&iter, &column, NULL))
        {
          if (g_str_equal (column, "id") || g_str_equal (column, "deleted_at"))
            continue;
          if (tafel_table_find_field (table, column) == NULL)
            g_error ("column %s.%s is not in the field table of %s", table->name,
                     (char *) column, g_type_name (types[i]));
        }

      g_assert_cmpint (table->per_traject, ==, g_hash_table_contains (columns, "traject_id"));
      g_assert_cmpint (table->positioned, ==, g_hash_table_contains (columns, "position"));
      if (table->title_column != NULL)
        g_assert_nonnull (tafel_table_find_field (table, table->title_column));
    }

  /* the link tables */
  {
    g_autoptr(GHashTable) agenda = get_columns (db, "sessie_agenda");
    g_autoptr(GHashTable) present = get_columns (db, "aanwezigheid");

    g_assert_cmpuint (g_hash_table_size (agenda), ==, 3);
    g_assert_true (g_hash_table_contains (agenda, "sessie_id"));
    g_assert_true (g_hash_table_contains (agenda, "vraagblok_id"));
    g_assert_true (g_hash_table_contains (agenda, "position"));
    g_assert_cmpuint (g_hash_table_size (present), ==, 2);
    g_assert_true (g_hash_table_contains (present, "deelnemer_id"));
    g_assert_true (g_hash_table_contains (present, "sessie_id"));
  }
}

static void
test_schema_matches_entities (Fixture      *f,
                              gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  sqlite3 *db = tafel_db_open (f->path, NULL, &error);

  g_assert_no_error (error);
  assert_schema_matches_entities (db);
  g_assert_cmpint (raw_int (db, "SELECT count(*) FROM pragma_foreign_key_check"), ==, 0);
  sqlite3_close (db);
}

/* ---- migrations ------------------------------------------------------ */

/* Rows valid at schema 1, in every table, with the awkward cases: a
 * deleted row, NULL dates, several lines, text that is not ASCII. */
#define SEED_1_SQL \
  "INSERT INTO traject (id, name, region, perceel, uitvoeringsvariant, status, template, created_at, modified_at)"                   \
  "  VALUES (1, 'Seedtraject', 'Regio Zuid', 'Perceel A', 'outputgericht', 'lopend', 'leeg',"                                        \
  "          '2025-01-01T10:00:00.000000Z', '2025-01-02T10:00:00.000000Z');"                                                         \
  "INSERT INTO traject (id, name, created_at, modified_at, deleted_at)"                                                              \
  "  VALUES (2, 'Weggegooid', '2025-01-01T10:00:00.000000Z', '2025-01-01T10:00:00.000000Z', '2025-01-03T10:00:00.000000Z');"         \
  "INSERT INTO vraagblok (id, traject_id, position, title, questions, created_at, modified_at) VALUES"                               \
  "  (1, 1, 0, 'Product', 'Hoe?', '2025-01-01T10:00:00Z', '2025-01-01T10:00:00Z'),"                                                  \
  "  (2, 1, 1, 'Doelgroep', 'Wie wel?\nEn wie niet?', '2025-01-01T10:00:00Z', '2025-01-01T10:00:00Z');"                              \
  "INSERT INTO sessie (id, traject_id, name, date, start_time, end_time, theme, location, deadline, created_at, modified_at) VALUES" \
  "  (1, 1, 'Sessie 1', '2025-10-28', '09:30', '12:00', 'Visie', 'Zaal Magnifica', '2025-11-10T12:00',"                              \
  "   '2025-01-01T10:00:00Z', '2025-01-01T10:00:00Z'),"                                                                              \
  "  (2, 1, 'Sessie 2', NULL, NULL, NULL, '', '', NULL, '2025-01-01T10:00:00Z', '2025-01-01T10:00:00Z');"                            \
  "INSERT INTO sessie_agenda (sessie_id, vraagblok_id, position) VALUES (1, 2, 0), (1, 1, 1);"                                       \
  "INSERT INTO organisatie (id, traject_id, name, created_at, modified_at, deleted_at) VALUES"                                       \
  "  (1, 1, 'Één Zorg', '2025-01-01T10:00:00Z', '2025-01-01T10:00:00Z', NULL),"                                                      \
  "  (2, 1, 'Gesloten BV', '2025-01-01T10:00:00Z', '2025-01-01T10:00:00Z', '2025-01-05T10:00:00Z');"                                 \
  "INSERT INTO deelnemer (id, traject_id, organisatie_id, name, function, role, advies, created_at, modified_at) VALUES"             \
  "  (1, 1, 1, 'Fatima el Amrani', 'Gedragswetenschapper', 'aanbieder', 'Houd het breed.\nEn eenvoudig.',"                           \
  "   '2025-01-01T10:00:00Z', '2025-01-01T10:00:00Z');"                                                                              \
  "INSERT INTO aanwezigheid (deelnemer_id, sessie_id) VALUES (1, 1);"                                                                \
  "INSERT INTO productgroep (id, traject_id, position, name, abbreviation, created_at, modified_at) VALUES"                          \
  "  (1, 1, 0, 'GGZ', 'GGZ', '2025-01-01T10:00:00Z', '2025-01-01T10:00:00Z');"                                                       \
  "INSERT INTO deelproduct (id, traject_id, position, productgroep_id, name, inkoopniveau, productcode,"                             \
  "                         uitvoeringsvariant, doelgroepen, beoogd_resultaat, max_duur, max_duur_unit,"                             \
  "                         max_frequentie, max_frequentie_unit, created_at, modified_at) VALUES"                                    \
  "  (1, 1, 0, 1, 'Specialistische GGZ', 'regionaal', '54001', 'traject', 'Jeugdigen tot 18 jaar', 'Herstel',"                       \
  "   12, 'maanden', 2, 'jaar', '2025-01-01T10:00:00Z', '2025-01-01T10:00:00Z'),"                                                    \
  "  (2, 1, 1, NULL, 'Ambulante begeleiding op school', 'lokaal_regionaal', '', 'taakgericht', '', '',"                              \
  "   0, 'weken', 0, 'week', '2025-01-01T10:00:00Z', '2025-01-01T10:00:00Z');"                                                       \
  "INSERT INTO geeltje (id, traject_id, sessie_id, deelproduct_id, vraagblok_id, kind, text, organisatie_id,"                        \
  "                     deelnemer_id, status, reason, created_at, modified_at, deleted_at) VALUES"                                   \
  "  (1, 1, 1, 1, 2, 'conceptueel', 'Maak het scherper:\nook tot 23 jaar.', 1, 1, 'niet_verwerkt',"                                  \
  "   'Valt buiten het perceel', '2025-01-01T10:00:00Z', '2025-01-01T10:00:00Z', NULL),"                                             \
  "  (2, 1, NULL, NULL, NULL, 'tekstueel', 'Verwijderd', NULL, NULL, 'open', '',"                                                    \
  "   '2025-01-01T10:00:00Z', '2025-01-01T10:00:00Z', '2025-01-04T10:00:00Z');"                                                      \
  "INSERT INTO aanbod (id, traject_id, organisatie_id, deelproduct_id, title, description, fit, fit_reason,"                         \
  "                    evidence, created_at, modified_at) VALUES"                                                                    \
  "  (1, 1, 1, 1, 'MST', 'Multisysteemtherapie', 'past', '', 'evidence_based',"                                                      \
  "   '2025-01-01T10:00:00Z', '2025-01-01T10:00:00Z');"

static const char seed_1_sql[] = SEED_1_SQL;

/* Schema 2 adds the proposals, decisions, function profiles and the
 * cost-price parameters: the rows of schema 1 plus one of each, with
 * decimals in hundredths and NULL for what was not given. */
#define SEED_2_EXTRA_SQL \
  "UPDATE deelproduct SET intensiteit_eenheid = 'uren_per_maand', duur_eenheid = 'maanden',"              \
  "  niveau_intensief = 0, groepsproduct = 1, indirect_per_direct = 2500,"                                 \
  "  besluit_toelichting = 'Mediaan, afgerond' WHERE id = 2;"                                              \
  "INSERT INTO functieprofiel (id, traject_id, position, name, opleidingsniveau, cao_schaal, uurloon,"     \
  "                            voorbeeld, productiviteit, created_at, modified_at) VALUES"                   \
  "  (1, 1, 0, 'Jeugdzorgwerker', 'hbo', 'CAO Jeugdzorg schaal 8', 3250, 0, 7500,"                         \
  "   '2025-01-01T10:00:00Z', '2025-01-01T10:00:00Z');"                                                     \
  "INSERT INTO intensiteit (id, traject_id, deelproduct_id, organisatie_id, sessie_id, bron, niveau, uren,"\
  "                         duur, toelichting, created_at, modified_at) VALUES"                             \
  "  (1, 1, 1, 1, 1, 'voorstel', 'licht', 250, NULL, 'Soms langer bij\nschoolwisseling',"                   \
  "   '2025-01-01T10:00:00Z', '2025-01-01T10:00:00Z'),"                                                     \
  "  (2, 1, 1, NULL, NULL, 'besluit', 'zwaar', 600, 2600, '',"                                               \
  "   '2025-01-01T10:00:00Z', '2025-01-01T10:00:00Z');"                                                     \
  "INSERT INTO mixregel (id, traject_id, deelproduct_id, organisatie_id, sessie_id, bron, functieprofiel_id,"\
  "                      opleidingsniveau, aandeel, tijdsoort, created_at, modified_at) VALUES"              \
  "  (1, 1, 1, 1, 1, 'voorstel', 1, 'hbo', 10000, 'direct', '2025-01-01T10:00:00Z', '2025-01-01T10:00:00Z');"\
  "INSERT INTO groepsparameters (id, traject_id, deelproduct_id, organisatie_id, sessie_id, bron,"          \
  "                              jeugdigen_per_groep, bezetting, created_at, modified_at) VALUES"            \
  "  (1, 1, 2, 1, 1, 'voorstel', 800, 8500, '2025-01-01T10:00:00Z', '2025-01-01T10:00:00Z');"               \
  "INSERT INTO tariefmodel (id, traject_id, ort, created_at, modified_at) VALUES"                          \
  "  (1, 1, 150, '2025-01-01T10:00:00Z', '2025-01-01T10:00:00Z');"

static const char seed_2_sql[] = SEED_1_SQL SEED_2_EXTRA_SQL;

/* Schema 3 adds requirements, their sources and the log of exports. */
#define SEED_3_EXTRA_SQL \
  "INSERT INTO eis (id, traject_id, position, hoofdstuk, deelproduct_id, aspect, tekst, soort, gewicht, status,"     \
  "                 created_at, modified_at) VALUES"                                                              \
  "  (1, 1, 0, 'kwaliteit', NULL, 'overig', 'Verantwoorde hulp (art. 4.1.1 Jeugdwet).', 'eis', NULL, 'vastgesteld'," \
  "   '2025-01-01T10:00:00Z', '2025-01-01T10:00:00Z'),"                                                             \
  "  (2, 1, 1, 'deelproduct', 1, 'intensiteit', 'Licht: 2,5 uur per week.\nHoogstens 12 weken.', 'wens', 1500,"   \
  "   'concept', '2025-01-01T10:00:00Z', '2025-01-01T10:00:00Z');"                                                  \
  "INSERT INTO eisbron (id, traject_id, eis_id, geeltje_id, intensiteit_id, created_at, modified_at) VALUES"       \
  "  (1, 1, 2, 1, NULL, '2025-01-01T10:00:00Z', '2025-01-01T10:00:00Z'),"                                         \
  "  (2, 1, 2, NULL, 1, '2025-01-01T10:00:00Z', '2025-01-01T10:00:00Z');"                                         \
  "INSERT INTO pve_export (id, traject_id, versie, definitief, opties, bestand, sha256, created_at, modified_at)"   \
  "  VALUES (1, 1, 'concept 0.1', 0, 'anoniem', '/tmp/pve.xlsx', 'abc123', '2025-01-01T10:00:00Z',"                \
  "          '2025-01-01T10:00:00Z');"                                                                              \
  "INSERT INTO eis_nummer (pve_export_id, eis_id, nummer) VALUES (1, 1, '2.1.1'), (1, 2, '3.4.1');"

static const char seed_3_sql[] = SEED_1_SQL SEED_2_EXTRA_SQL SEED_3_EXTRA_SQL;

/* Schema 4 adds uitvraag workbooks, returns and where imported rows came
 * from; one geeltje of a return that a newer one replaced stays deleted. */
#define SEED_4_EXTRA_SQL \
  "INSERT INTO uitvraag (id, traject_id, sessie_id, organisatie_id, sleutel, bestand, versie, created_at,"       \
  "                      modified_at) VALUES"                                                                    \
  "  (1, 1, 1, 1, '0123456789abcdef', '/tmp/Sessie 1 - Org.xlsx', 1, '2025-01-01T10:00:00Z',"                  \
  "   '2025-01-01T10:00:00Z');"                                                                                  \
  "INSERT INTO inlevering (id, traject_id, sessie_id, organisatie_id, uitvraag_id, bestand, sha256, inhoud,"      \
  "                        status, vervangt_id, n_items, n_fouten, fouten, advies, created_at, modified_at)"     \
  "  VALUES (1, 1, 1, 1, 1, '/tmp/terug.xlsx', 'aa', 'bb', 'vervangen', NULL, 1, 0, '', '',"                    \
  "          '2025-01-02T10:00:00Z', '2025-01-02T10:00:00Z'),"                                                    \
  "         (2, 1, 1, 1, 1, '/tmp/terug2.xlsx', 'cc', 'dd', 'actief', 1, 1, 1,"                                  \
  "          'Functiemix, rij 7: aandeel ''zestig'' is geen getal', 'Meer\nnazorg',"                              \
  "          '2025-01-03T10:00:00Z', '2025-01-03T10:00:00Z');"                                                    \
  "INSERT INTO geeltje (id, traject_id, kind, text, inlevering_id, herkomst, created_at, modified_at,"           \
  "                     deleted_at) VALUES"                                                                      \
  "  (90, 1, 'tekstueel', 'Eerste versie', 1, 'Suggesties, rij 5', '2025-01-02T10:00:00Z',"                      \
  "   '2025-01-02T10:00:00Z', '2025-01-03T10:00:00Z'),"                                                           \
  "  (91, 1, 'tekstueel', 'Tweede versie', 2, 'Suggesties, rij 5', '2025-01-03T10:00:00Z',"                      \
  "   '2025-01-03T10:00:00Z', NULL);"                                                                              \
  "INSERT INTO inlevering_vervangen (inlevering_id, tabel, rij_id) VALUES (2, 'geeltje', 90);"

static const char seed_4_sql[] = SEED_1_SQL SEED_2_EXTRA_SQL SEED_3_EXTRA_SQL SEED_4_EXTRA_SQL;

static gpointer
get_one (TafelStore *store,
         GType       type,
         gint64      id)
{
  g_autoptr(GError) error = NULL;
  gpointer entity = tafel_store_get (store, type, id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (entity);
  return entity;
}

static void
check_seed_0 (TafelStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) trajecten = tafel_store_list (store, TAFEL_TYPE_TRAJECT, 0, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (trajecten->len, ==, 0);
}

/* The rows of seed_1_sql, read back through the store. */
static void
check_seed_1 (TafelStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) trajecten = tafel_store_list (store, TAFEL_TYPE_TRAJECT, 0, &error);
  g_autoptr(GPtrArray) organisaties = tafel_store_list (store, TAFEL_TYPE_ORGANISATIE, 1, &error);
  g_autoptr(GPtrArray) geeltjes = tafel_store_list (store, TAFEL_TYPE_GEELTJE, 1, &error);
  g_autoptr(GPtrArray) sessies = tafel_store_list (store, TAFEL_TYPE_SESSIE, 1, &error);
  g_autoptr(GArray) agenda = tafel_store_get_agenda (store, 1, &error);
  g_autoptr(GArray) attendance = tafel_store_get_attendance (store, 1, &error);
  g_autoptr(TafelTraject) traject = NULL;
  g_autoptr(TafelVraagblok) block = NULL;
  g_autoptr(TafelDeelproduct) dp1 = NULL;
  g_autoptr(TafelDeelproduct) dp2 = NULL;
  g_autoptr(TafelDeelnemer) deelnemer = NULL;
  g_autoptr(TafelAanbod) aanbod = NULL;
  g_autoptr(TafelProductgroep) group = NULL;
  TafelSessie *s1;
  TafelGeeltje *g;

  g_assert_no_error (error);

  g_assert_cmpuint (trajecten->len, ==, 1);   /* the deleted one stays deleted */
  traject = g_object_ref (g_ptr_array_index (trajecten, 0));
  g_assert_cmpstr (tafel_traject_get_name (traject), ==, "Seedtraject");
  g_assert_cmpstr (tafel_traject_get_region (traject), ==, "Regio Zuid");
  g_assert_cmpstr (tafel_traject_get_perceel (traject), ==, "Perceel A");
  g_assert_cmpstr (tafel_traject_get_uitvoeringsvariant (traject), ==, "outputgericht");
  g_assert_cmpstr (tafel_traject_get_status (traject), ==, "lopend");
  g_assert_cmpstr (tafel_traject_get_template (traject), ==, "leeg");
  g_assert_cmpstr (tafel_traject_get_modified_at (traject), ==, "2025-01-02T10:00:00.000000Z");

  block = get_one (store, TAFEL_TYPE_VRAAGBLOK, 2);
  g_assert_cmpstr (tafel_vraagblok_get_title (block), ==, "Doelgroep");
  g_assert_cmpstr (tafel_vraagblok_get_questions (block), ==, "Wie wel?\nEn wie niet?");
  g_assert_cmpint (tafel_vraagblok_get_position (block), ==, 1);

  g_assert_cmpuint (sessies->len, ==, 2);
  s1 = g_ptr_array_index (sessies, 0);
  g_assert_cmpstr (tafel_sessie_get_name (s1), ==, "Sessie 1");
  g_assert_cmpstr (tafel_sessie_get_date (s1), ==, "2025-10-28");
  g_assert_cmpstr (tafel_sessie_get_start_time (s1), ==, "09:30");
  g_assert_cmpstr (tafel_sessie_get_end_time (s1), ==, "12:00");
  g_assert_cmpstr (tafel_sessie_get_location (s1), ==, "Zaal Magnifica");
  g_assert_cmpstr (tafel_sessie_get_deadline (s1), ==, "2025-11-10T12:00");
  g_assert_null (tafel_sessie_get_date (g_ptr_array_index (sessies, 1)));

  g_assert_cmpuint (agenda->len, ==, 2);
  g_assert_cmpint (g_array_index (agenda, gint64, 0), ==, 2);
  g_assert_cmpint (g_array_index (agenda, gint64, 1), ==, 1);
  g_assert_cmpuint (attendance->len, ==, 1);
  g_assert_cmpint (g_array_index (attendance, TafelAttendance, 0).deelnemer_id, ==, 1);
  g_assert_cmpint (g_array_index (attendance, TafelAttendance, 0).sessie_id, ==, 1);

  g_assert_cmpuint (organisaties->len, ==, 1);
  g_assert_cmpstr (tafel_organisatie_get_name (g_ptr_array_index (organisaties, 0)), ==, "Één Zorg");

  deelnemer = get_one (store, TAFEL_TYPE_DEELNEMER, 1);
  g_assert_cmpstr (tafel_deelnemer_get_name (deelnemer), ==, "Fatima el Amrani");
  g_assert_cmpint (tafel_deelnemer_get_organisatie_id (deelnemer), ==, 1);
  g_assert_cmpstr (tafel_deelnemer_get_role (deelnemer), ==, "aanbieder");
  g_assert_cmpstr (tafel_deelnemer_get_advies (deelnemer), ==, "Houd het breed.\nEn eenvoudig.");

  group = get_one (store, TAFEL_TYPE_PRODUCTGROEP, 1);
  g_assert_cmpstr (tafel_productgroep_get_name (group), ==, "GGZ");

  dp1 = get_one (store, TAFEL_TYPE_DEELPRODUCT, 1);
  g_assert_cmpstr (tafel_deelproduct_get_name (dp1), ==, "Specialistische GGZ");
  g_assert_cmpint (tafel_deelproduct_get_productgroep_id (dp1), ==, 1);
  g_assert_cmpstr (tafel_deelproduct_get_productcode (dp1), ==, "54001");
  g_assert_cmpstr (tafel_entity_get_string (TAFEL_ENTITY (dp1), "doelgroepen"), ==, "Jeugdigen tot 18 jaar");
  g_assert_cmpint (tafel_entity_get_int (TAFEL_ENTITY (dp1), "max_duur"), ==, 12);
  g_assert_cmpint (tafel_entity_get_int (TAFEL_ENTITY (dp1), "max_frequentie"), ==, 2);
  dp2 = get_one (store, TAFEL_TYPE_DEELPRODUCT, 2);
  g_assert_cmpstr (tafel_deelproduct_get_inkoopniveau (dp2), ==, "lokaal_regionaal");
  g_assert_cmpstr (tafel_deelproduct_get_uitvoeringsvariant (dp2), ==, "taakgericht");
  g_assert_cmpint (tafel_deelproduct_get_productgroep_id (dp2), ==, 0);
  g_assert_cmpstr (tafel_entity_get_string (TAFEL_ENTITY (dp2), "max_duur_unit"), ==, "weken");

  /* what schema 2 gives a deelproduct of before */
  g_assert_cmpstr (tafel_deelproduct_get_intensiteit_eenheid (dp1), ==, "uren_per_week");
  g_assert_cmpstr (tafel_deelproduct_get_duur_eenheid (dp1), ==, "weken");
  g_assert_true (tafel_deelproduct_uses_niveau (dp1, "licht"));
  g_assert_true (tafel_deelproduct_uses_niveau (dp1, "intensief"));
  g_assert_false (tafel_deelproduct_is_groepsproduct (dp1));
  g_assert_cmpint (tafel_entity_get_int (TAFEL_ENTITY (dp1), "indirect_per_direct"), ==, 0);
  {
    g_autoptr(GPtrArray) modellen = tafel_store_list (store, TAFEL_TYPE_TARIEFMODEL, 1, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (modellen->len, ==, 1);   /* the traject has its cost-price parameters */
  }

  /* later seeds add geeltjes read from returned workbooks: not these */
  for (guint i = geeltjes->len; i-- > 0;)
    if (tafel_entity_get_int (g_ptr_array_index (geeltjes, i), "inlevering_id") != 0)
      g_ptr_array_remove_index (geeltjes, i);
  g_assert_cmpuint (geeltjes->len, ==, 1);
  g = g_ptr_array_index (geeltjes, 0);
  g_assert_cmpstr (tafel_geeltje_get_text (g), ==, "Maak het scherper:\nook tot 23 jaar.");
  g_assert_cmpstr (tafel_geeltje_get_kind (g), ==, "conceptueel");
  g_assert_cmpstr (tafel_geeltje_get_status (g), ==, "niet_verwerkt");
  g_assert_cmpstr (tafel_geeltje_get_reason (g), ==, "Valt buiten het perceel");
  g_assert_cmpint (tafel_geeltje_get_sessie_id (g), ==, 1);
  g_assert_cmpint (tafel_geeltje_get_deelproduct_id (g), ==, 1);
  g_assert_cmpint (tafel_geeltje_get_vraagblok_id (g), ==, 2);
  g_assert_cmpint (tafel_geeltje_get_organisatie_id (g), ==, 1);
  g_assert_cmpint (tafel_geeltje_get_deelnemer_id (g), ==, 1);

  aanbod = get_one (store, TAFEL_TYPE_AANBOD, 1);
  g_assert_cmpstr (tafel_aanbod_get_title (aanbod), ==, "MST");
  g_assert_cmpstr (tafel_aanbod_get_fit (aanbod), ==, "past");
  g_assert_cmpstr (tafel_aanbod_get_evidence (aanbod), ==, "evidence_based");

  /* and the migrated database takes new rows */
  {
    g_autoptr(TafelGeeltje) fresh = tafel_geeltje_new (1);

    g_object_set (fresh, "text", "Na de migratie", "deelproduct-id", (gint64) 2, NULL);
    g_assert_true (tafel_store_insert (store, fresh, &error));
    g_assert_no_error (error);
  }
}

static void
check_seed_2 (TafelStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TafelDeelproduct) dp2 = NULL;
  g_autoptr(TafelFunctieprofiel) profiel = NULL;
  g_autoptr(TafelIntensiteit) voorstel = NULL;
  g_autoptr(TafelIntensiteit) besluit = NULL;
  g_autoptr(TafelMixregel) regel = NULL;
  g_autoptr(TafelGroepsparameters) groep = NULL;
  g_autoptr(GPtrArray) modellen = NULL;
  TafelTariefmodel *model;

  /* everything of schema 1 is still there (and takes a new geeltje) */
  check_seed_1 (store);

  dp2 = get_one (store, TAFEL_TYPE_DEELPRODUCT, 2);
  g_assert_cmpstr (tafel_deelproduct_get_intensiteit_eenheid (dp2), ==, "uren_per_maand");
  g_assert_cmpstr (tafel_deelproduct_get_duur_eenheid (dp2), ==, "maanden");
  g_assert_true (tafel_deelproduct_uses_niveau (dp2, "zwaar"));
  g_assert_false (tafel_deelproduct_uses_niveau (dp2, "intensief"));
  g_assert_true (tafel_deelproduct_is_groepsproduct (dp2));
  g_assert_cmpint (tafel_entity_get_int (TAFEL_ENTITY (dp2), "indirect_per_direct"), ==, 2500);
  g_assert_cmpstr (tafel_entity_get_string (TAFEL_ENTITY (dp2), "besluit_toelichting"), ==, "Mediaan, afgerond");

  profiel = get_one (store, TAFEL_TYPE_FUNCTIEPROFIEL, 1);
  g_assert_cmpstr (tafel_functieprofiel_get_name (profiel), ==, "Jeugdzorgwerker");
  g_assert_cmpstr (tafel_functieprofiel_get_cao_schaal (profiel), ==, "CAO Jeugdzorg schaal 8");
  g_assert_cmpint (tafel_functieprofiel_get_uurloon (profiel), ==, 3250);
  g_assert_false (tafel_functieprofiel_is_voorbeeld (profiel));
  g_assert_cmpint (tafel_functieprofiel_get_productiviteit (profiel), ==, 7500);

  voorstel = get_one (store, TAFEL_TYPE_INTENSITEIT, 1);
  g_assert_cmpstr (tafel_intensiteit_get_bron (voorstel), ==, "voorstel");
  g_assert_cmpstr (tafel_intensiteit_get_niveau (voorstel), ==, "licht");
  g_assert_cmpint (tafel_intensiteit_get_organisatie_id (voorstel), ==, 1);
  g_assert_cmpint (tafel_intensiteit_get_sessie_id (voorstel), ==, 1);
  g_assert_cmpint (tafel_intensiteit_get_uren (voorstel), ==, 250);
  g_assert_cmpint (tafel_intensiteit_get_duur (voorstel), ==, TAFEL_DECIMAL_NONE);
  g_assert_cmpstr (tafel_intensiteit_get_toelichting (voorstel), ==, "Soms langer bij\nschoolwisseling");

  besluit = get_one (store, TAFEL_TYPE_INTENSITEIT, 2);
  g_assert_cmpstr (tafel_intensiteit_get_bron (besluit), ==, "besluit");
  g_assert_cmpint (tafel_intensiteit_get_organisatie_id (besluit), ==, 0);
  g_assert_cmpint (tafel_intensiteit_get_duur (besluit), ==, 2600);

  regel = get_one (store, TAFEL_TYPE_MIXREGEL, 1);
  g_assert_cmpint (tafel_mixregel_get_functieprofiel_id (regel), ==, 1);
  g_assert_cmpint (tafel_mixregel_get_aandeel (regel), ==, 10000);
  g_assert_cmpstr (tafel_mixregel_get_tijdsoort (regel), ==, "direct");

  groep = get_one (store, TAFEL_TYPE_GROEPSPARAMETERS, 1);
  g_assert_cmpint (tafel_entity_get_int (TAFEL_ENTITY (groep), "jeugdigen_per_groep"), ==, 800);
  g_assert_cmpint (tafel_entity_get_int (TAFEL_ENTITY (groep), "bezetting"), ==, 8500);
  g_assert_cmpint (tafel_entity_get_int (TAFEL_ENTITY (groep), "direct_per_groep"), ==, TAFEL_DECIMAL_NONE);

  modellen = tafel_store_list (store, TAFEL_TYPE_TARIEFMODEL, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (modellen->len, ==, 1);
  model = g_ptr_array_index (modellen, 0);
  g_assert_cmpint (tafel_entity_get_int (TAFEL_ENTITY (model), "ort"), ==, 150);
  g_assert_cmpint (tafel_entity_get_int (TAFEL_ENTITY (model), "sociale_lasten"), ==, 3000);
  g_assert_cmpint (tafel_entity_get_int (TAFEL_ENTITY (model), "uren_per_dagdeel"), ==, 400);
}

static void
check_seed_3 (TafelStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TafelEis) kwaliteit = NULL;
  g_autoptr(TafelEis) wens = NULL;
  g_autoptr(GPtrArray) bronnen = NULL;
  g_autoptr(GPtrArray) exports = NULL;

  check_seed_2 (store);

  kwaliteit = get_one (store, TAFEL_TYPE_EIS, 1);
  g_assert_cmpstr (tafel_eis_get_hoofdstuk (kwaliteit), ==, "kwaliteit");
  g_assert_cmpint (tafel_eis_get_deelproduct_id (kwaliteit), ==, 0);
  g_assert_cmpstr (tafel_eis_get_status (kwaliteit), ==, "vastgesteld");
  g_assert_cmpint (tafel_eis_get_gewicht (kwaliteit), ==, TAFEL_DECIMAL_NONE);

  wens = get_one (store, TAFEL_TYPE_EIS, 2);
  g_assert_cmpstr (tafel_eis_get_soort (wens), ==, "wens");
  g_assert_cmpint (tafel_eis_get_gewicht (wens), ==, 1500);
  g_assert_cmpstr (tafel_eis_get_aspect (wens), ==, "intensiteit");
  g_assert_cmpstr (tafel_eis_get_tekst (wens), ==, "Licht: 2,5 uur per week.\nHoogstens 12 weken.");

  bronnen = tafel_store_list (store, TAFEL_TYPE_EISBRON, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (bronnen->len, ==, 2);
  g_assert_cmpint (tafel_eisbron_get_geeltje_id (g_ptr_array_index (bronnen, 0)), ==, 1);
  g_assert_cmpint (tafel_eisbron_get_intensiteit_id (g_ptr_array_index (bronnen, 1)), ==, 1);

  exports = tafel_store_list (store, TAFEL_TYPE_EXPORTLOG, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (exports->len, ==, 1);
  g_assert_cmpstr (tafel_exportlog_get_versie (g_ptr_array_index (exports, 0)), ==, "concept 0.1");
}

static void
check_seed_4 (TafelStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TafelUitvraag) uitvraag = NULL;
  g_autoptr(TafelInlevering) tweede = NULL;
  g_autoptr(TafelGeeltje) geeltje = NULL;

  check_seed_3 (store);

  uitvraag = get_one (store, TAFEL_TYPE_UITVRAAG, 1);
  g_assert_cmpstr (tafel_uitvraag_get_sleutel (uitvraag), ==, "0123456789abcdef");
  g_assert_cmpint (tafel_uitvraag_get_organisatie_id (uitvraag), ==, 1);

  tweede = get_one (store, TAFEL_TYPE_INLEVERING, 2);
  g_assert_cmpstr (tafel_inlevering_get_status (tweede), ==, "actief");
  g_assert_cmpint (tafel_inlevering_get_vervangt_id (tweede), ==, 1);
  g_assert_cmpint (tafel_inlevering_get_n_fouten (tweede), ==, 1);
  g_assert_cmpstr (tafel_inlevering_get_advies (tweede), ==, "Meer\nnazorg");

  geeltje = get_one (store, TAFEL_TYPE_GEELTJE, 91);
  g_assert_cmpint (tafel_entity_get_int (TAFEL_ENTITY (geeltje), "inlevering_id"), ==, 2);
  g_assert_cmpstr (tafel_entity_get_string (TAFEL_ENTITY (geeltje), "herkomst"), ==, "Suggesties, rij 5");

  /* the replaced one is not purged: undoing the newer return brings it back */
  g_assert_true (tafel_store_purge_deleted (store, &error));
  g_assert_no_error (error);
  g_assert_cmpint (raw_int (_tafel_store_get_db (store), "SELECT count(*) FROM geeltje WHERE id = 90"), ==, 1);
}

typedef struct {
  const char *sql;                      /* rows valid at this schema version */
  void      (*check) (TafelStore *store); /* the same rows read back at the latest */
} Seed;

/* One entry per schema version. When you add migration n, add the seed
 * for version n-1 … nothing to do: add a seed for version n here, so that
 * the next migration is tested against it. */
static const Seed seeds[] = {
  { NULL, check_seed_0 },          /* 0: an empty file */
  { seed_1_sql, check_seed_1 },
  { seed_2_sql, check_seed_2 },
  { seed_3_sql, check_seed_3 },
  { seed_4_sql, check_seed_4 },
};

/* Builds a database at schema @version with that version's seed, opens it
 * with the latest code and checks that the data survived. Version latest
 * itself is included: it tests the seed, and reopening. */
static void
test_migrate_from_version (gconstpointer data)
{
  int version = GPOINTER_TO_INT (data);
  int latest = tafel_schema_get_latest_version ();
  g_autofree char *dir = tafel_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "old.db", NULL);
  g_autoptr(GHashTable) before = NULL;
  g_autoptr(GHashTable) after = NULL;
  g_autoptr(GError) error = NULL;
  GHashTableIter iter;
  gpointer name, count;
  TafelStore *store;
  sqlite3 *db;

  if (version >= (int) G_N_ELEMENTS (seeds))
    g_error ("test-db.c has no seed for schema version %d: add one to seeds[]", version);

  if (version == 0)
    {
      write_file (path, "", 0);
      before = g_hash_table_new (g_str_hash, g_str_equal);
    }
  else
    {
      TafelDbOptions options = { .busy_timeout_ms = 1000, .quick_check = TRUE, .target_version = version };

      db = tafel_db_open (path, &options, &error);
      g_assert_no_error (error);
      g_assert_cmpint (tafel_db_get_user_version (db), ==, version);
      g_assert_cmpint (raw_int (db, "PRAGMA application_id"), ==, TAFEL_APPLICATION_ID);
      raw_exec (db, seeds[version].sql);
      g_assert_cmpint (raw_int (db, "SELECT count(*) FROM pragma_foreign_key_check"), ==, 0);
      before = count_tables (db);
      sqlite3_close (db);
    }

  store = tafel_store_open (path, &error);
  g_assert_no_error (error);
  db = _tafel_store_get_db (store);
  assert_connection_settings (db);
  g_assert_cmpint (raw_int (db, "SELECT count(*) FROM pragma_foreign_key_check"), ==, 0);
  assert_schema_matches_entities (db);

  /* no table lost a row (later migrations may add tables) */
  after = count_tables (db);
  g_hash_table_iter_init (&iter, before);
  while (g_hash_table_iter_next (&iter, &name, &count))
    {
      if (!g_hash_table_contains (after, name))
        g_error ("table “%s” was lost migrating from %d to %d", (char *) name, version, latest);
      g_assert_cmpint (GPOINTER_TO_INT (g_hash_table_lookup (after, name)), ==, GPOINTER_TO_INT (count));
    }

  seeds[version].check (store);
  g_assert_finalize_object (store);

  /* and once more: a migrated file opens without migrating again */
  store = tafel_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (tafel_db_get_user_version (_tafel_store_get_db (store)), ==, latest);
  g_assert_finalize_object (store);

  tafel_test_remove_tree (dir);
}

/* Builds a database from the checked-in SQL dump of a version-1 file. */
static void
load_dump (const char *sql_file,
           const char *path)
{
  g_autofree char *fixture = g_build_filename (g_getenv ("TAFEL_TEST_DATA"), sql_file, NULL);
  g_autofree char *sql = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *db;

  g_file_get_contents (fixture, &sql, NULL, &error);
  g_assert_no_error (error);

  db = raw_open (path);
  raw_exec (db, sql);
  sqlite3_close (db);
}

static void
test_migrate_fixture_schema_1 (Fixture      *f,
                               gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) trajecten = NULL;
  g_autoptr(GPtrArray) deelproducten = NULL;
  g_autoptr(GPtrArray) geeltjes = NULL;
  g_autoptr(GPtrArray) organisaties = NULL;
  g_autoptr(GPtrArray) deelnemers = NULL;
  g_autoptr(GPtrArray) aanbod = NULL;
  g_autoptr(GPtrArray) sessies = NULL;
  g_autoptr(GPtrArray) blocks = NULL;
  g_autoptr(GArray) agenda = NULL;
  g_autoptr(GArray) attendance = NULL;
  g_autoptr(TafelDeelproduct) ggz = NULL;
  g_autoptr(GHashTable) counts = NULL;
  TafelTrajectCounts n = { 0 };
  TafelTraject *traject;
  TafelSessie *s1;
  TafelGeeltje *g;
  TafelStore *store;
  gint64 id;

  load_dump ("schema-1.sql", f->path);
  g_assert_cmpint (peek_int (f->path, "PRAGMA user_version"), ==, 1);
  g_assert_cmpint (peek_int (f->path, "PRAGMA application_id"), ==, TAFEL_APPLICATION_ID);

  store = tafel_store_open (f->path, &error);
  g_assert_no_error (error);
  assert_connection_settings (_tafel_store_get_db (store));
  assert_schema_matches_entities (_tafel_store_get_db (store));

  /* every row is still there, deleted ones included */
  counts = count_tables (_tafel_store_get_db (store));
  g_assert_cmpint (GPOINTER_TO_INT (g_hash_table_lookup (counts, "traject")), ==, 2);
  g_assert_cmpint (GPOINTER_TO_INT (g_hash_table_lookup (counts, "vraagblok")), ==, 14);
  g_assert_cmpint (GPOINTER_TO_INT (g_hash_table_lookup (counts, "sessie")), ==, 3);
  g_assert_cmpint (GPOINTER_TO_INT (g_hash_table_lookup (counts, "sessie_agenda")), ==, 16);
  g_assert_cmpint (GPOINTER_TO_INT (g_hash_table_lookup (counts, "organisatie")), ==, 3);
  g_assert_cmpint (GPOINTER_TO_INT (g_hash_table_lookup (counts, "deelnemer")), ==, 2);
  g_assert_cmpint (GPOINTER_TO_INT (g_hash_table_lookup (counts, "aanwezigheid")), ==, 3);
  g_assert_cmpint (GPOINTER_TO_INT (g_hash_table_lookup (counts, "productgroep")), ==, 4);
  g_assert_cmpint (GPOINTER_TO_INT (g_hash_table_lookup (counts, "deelproduct")), ==, 11);
  g_assert_cmpint (GPOINTER_TO_INT (g_hash_table_lookup (counts, "geeltje")), ==, 3);
  g_assert_cmpint (GPOINTER_TO_INT (g_hash_table_lookup (counts, "aanbod")), ==, 2);

  /* and reads back through the store as it was written */
  trajecten = tafel_store_list (store, TAFEL_TYPE_TRAJECT, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (trajecten->len, ==, 1);
  traject = g_ptr_array_index (trajecten, 0);
  id = tafel_entity_get_id (TAFEL_ENTITY (traject));
  g_assert_cmpstr (tafel_traject_get_name (traject), ==, "Inkoop Jeugdhulp 2027");
  g_assert_cmpstr (tafel_traject_get_region (traject), ==, "Regio Flevoland");
  g_assert_cmpstr (tafel_traject_get_status (traject), ==, "lopend");
  g_assert_cmpstr (tafel_traject_get_template (traject), ==, "segment-veel-voorkomend");

  g_assert_true (tafel_store_count (store, id, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n.n_sessies, ==, 2);
  g_assert_cmpuint (n.n_deelproducten, ==, 11);
  g_assert_cmpuint (n.n_organisaties, ==, 2);
  g_assert_cmpuint (n.n_deelnemers, ==, 2);
  g_assert_cmpuint (n.n_geeltjes, ==, 2);
  g_assert_cmpuint (n.n_geeltjes_open, ==, 0);
  g_assert_cmpuint (n.n_aanbod, ==, 2);

  sessies = tafel_store_list (store, TAFEL_TYPE_SESSIE, id, &error);
  s1 = g_ptr_array_index (sessies, 0);
  g_assert_cmpstr (tafel_sessie_get_date (s1), ==, "2026-10-28");
  g_assert_cmpstr (tafel_sessie_get_start_time (s1), ==, "09:30");
  g_assert_cmpstr (tafel_sessie_get_deadline (s1), ==, "2026-11-10T12:00");
  g_assert_cmpstr (tafel_sessie_get_location (s1), ==, "Zaal Magnifica");

  blocks = tafel_store_list (store, TAFEL_TYPE_VRAAGBLOK, id, &error);
  g_assert_cmpuint (blocks->len, ==, 7);
  agenda = tafel_store_get_agenda (store, tafel_entity_get_id (g_ptr_array_index (sessies, 1)), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (agenda->len, ==, 2);
  g_assert_cmpint (g_array_index (agenda, gint64, 0), ==, tafel_entity_get_id (g_ptr_array_index (blocks, 4)));
  g_assert_cmpint (g_array_index (agenda, gint64, 1), ==, tafel_entity_get_id (g_ptr_array_index (blocks, 2)));
  attendance = tafel_store_get_attendance (store, id, &error);
  g_assert_cmpuint (attendance->len, ==, 3);

  deelproducten = tafel_store_list (store, TAFEL_TYPE_DEELPRODUCT, id, &error);
  g_assert_cmpstr (tafel_deelproduct_get_name (g_ptr_array_index (deelproducten, 0)), ==, "Kortdurende systeembegeleiding");
  g_assert_cmpstr (tafel_deelproduct_get_inkoopniveau (g_ptr_array_index (deelproducten, 6)), ==, "lokaal_regionaal");
  ggz = tafel_store_find_by_name (store, TAFEL_TYPE_DEELPRODUCT, id, "specialistische ggz");
  g_assert_nonnull (ggz);
  g_assert_cmpstr (tafel_deelproduct_get_productcode (ggz), ==, "54001");
  g_assert_cmpstr (tafel_deelproduct_get_uitvoeringsvariant (ggz), ==, "outputgericht");
  {
    g_autofree char *sentence = tafel_deelproduct_dup_max_duur_frequentie (ggz);
    g_assert_cmpstr (sentence, ==, "at most 12 months and at most 2 times per year");
  }

  organisaties = tafel_store_list (store, TAFEL_TYPE_ORGANISATIE, id, &error);
  g_assert_cmpuint (organisaties->len, ==, 2);
  g_assert_cmpstr (tafel_organisatie_get_name (g_ptr_array_index (organisaties, 0)), ==, "Kwadraad");
  g_assert_cmpstr (tafel_organisatie_get_name (g_ptr_array_index (organisaties, 1)), ==, "Zorggroep Één");

  deelnemers = tafel_store_list (store, TAFEL_TYPE_DEELNEMER, id, &error);
  g_assert_cmpstr (tafel_deelnemer_get_advies (g_ptr_array_index (deelnemers, 0)), ==,
                   "Houd de doelgroepen breed.\nEn kijk naar LVB.");
  g_assert_cmpstr (tafel_deelnemer_get_role (g_ptr_array_index (deelnemers, 1)), ==, "gemeente");

  geeltjes = tafel_store_list (store, TAFEL_TYPE_GEELTJE, id, &error);
  g_assert_cmpuint (geeltjes->len, ==, 2);
  g = g_ptr_array_index (geeltjes, 0);   /* newest first */
  g_assert_cmpstr (tafel_geeltje_get_text (g), ==, "„Resultaat” → zelfredzaamheid");
  g_assert_cmpstr (tafel_geeltje_get_status (g), ==, "niet_verwerkt");
  g_assert_cmpstr (tafel_geeltje_get_reason (g), ==, "Valt buiten het perceel");
  g = g_ptr_array_index (geeltjes, 1);
  g_assert_cmpstr (tafel_geeltje_get_text (g), ==, "Maak de doelgroep scherper:\nook jongeren tot 23 jaar.");
  g_assert_cmpstr (tafel_geeltje_get_kind (g), ==, "conceptueel");
  g_assert_cmpint (tafel_geeltje_get_deelnemer_id (g), !=, 0);

  aanbod = tafel_store_list (store, TAFEL_TYPE_AANBOD, id, &error);
  g_assert_cmpuint (aanbod->len, ==, 2);
  g_assert_cmpstr (tafel_aanbod_get_title (g_ptr_array_index (aanbod, 1)), ==, "MST");
  g_assert_cmpstr (tafel_aanbod_get_evidence (g_ptr_array_index (aanbod, 1)), ==, "evidence_based");

  /* a deleted name is free again, a live one is not */
  {
    g_autoptr(TafelOrganisatie) again = tafel_organisatie_new (id);
    g_autoptr(TafelOrganisatie) taken = tafel_organisatie_new (id);

    g_object_set (again, "name", "Opgeheven BV", NULL);
    g_assert_true (tafel_store_insert (store, again, &error));
    g_assert_no_error (error);
    g_object_set (taken, "name", "KWADRAAD", NULL);
    g_assert_false (tafel_store_insert (store, taken, &error));
    g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_DUPLICATE);
    g_clear_error (&error);
  }

  g_clear_pointer (&trajecten, g_ptr_array_unref);
  g_assert_finalize_object (store);
}

/* A file marked as ours at version 0 whose first migration cannot run:
 * the migration is rolled back and reported. */
static void
test_migration_failure_rolls_back (Fixture      *f,
                                   gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *pragma = g_strdup_printf ("PRAGMA application_id = %d", TAFEL_APPLICATION_ID);
  sqlite3 *db = raw_open (f->path);

  raw_exec (db, pragma);
  raw_exec (db, "CREATE TABLE traject (half_made TEXT); INSERT INTO traject VALUES ('x');");
  sqlite3_close (db);

  g_assert_null (tafel_db_open (f->path, NULL, &error));
  g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_IO);
  g_assert_nonnull (strstr (error->message, f->path));

  /* nothing of schema 1 was left behind */
  g_assert_cmpint (peek_int (f->path, "PRAGMA user_version"), ==, 0);
  g_assert_cmpint (peek_int (f->path, "SELECT count(*) FROM sqlite_schema"), ==, 1);
  g_assert_cmpint (peek_int (f->path, "SELECT count(*) FROM traject WHERE half_made = 'x'"), ==, 1);
}

/* ---- files we must refuse, and leave alone --------------------------- */

static void
test_refuse_random_bytes (Fixture      *f,
                          gconstpointer data)
{
  guchar bytes[8192];
  g_autofree char *message = NULL;

  for (guint i = 0; i < sizeof bytes; i++)
    bytes[i] = g_test_rand_int_range (0, 256);
  write_file (f->path, bytes, sizeof bytes);

  message = assert_open_refused (f->path, TAFEL_ERROR_NOT_OURS, NULL);
}

static void
test_refuse_text_file (Fixture      *f,
                       gconstpointer data)
{
  const char *texts[] = {
    "Dit is het verslag van sessie 1.\nDeelnemers: 12\n",
    "hoi",                       /* shorter than the SQLite header */
    "SQLite format 2\nbijna",    /* almost the header */
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autofree char *message = NULL;

      write_file (f->path, texts[i], strlen (texts[i]));
      message = assert_open_refused (f->path, TAFEL_ERROR_NOT_OURS, NULL);
    }
}

/* Just the 16 bytes of the SQLite header and nothing else. */
static void
test_refuse_bare_header (Fixture      *f,
                         gconstpointer data)
{
  g_autofree char *message = NULL;

  write_file (f->path, "SQLite format 3", 16);
  message = assert_open_refused (f->path, TAFEL_ERROR_NOT_OURS, NULL);
}

static void
test_refuse_other_program (Fixture      *f,
                           gconstpointer data)
{
  g_autofree char *message = NULL;
  sqlite3 *db = raw_open (f->path);

  raw_exec (db, "CREATE TABLE contacts (name TEXT, phone TEXT);"
                "INSERT INTO contacts VALUES ('Jan', '06-12345678');");
  sqlite3_close (db);
  g_assert_cmpint (peek_int (f->path, "PRAGMA application_id"), ==, 0);

  message = assert_open_refused (f->path, TAFEL_ERROR_NOT_OURS, NULL);

  /* in WAL mode too, as many programs use it */
  db = raw_open (f->path);
  raw_exec (db, "PRAGMA journal_mode = WAL");
  sqlite3_close (db);
  g_clear_pointer (&message, g_free);
  message = assert_open_refused (f->path, TAFEL_ERROR_NOT_OURS, NULL);

  /* no tables, but a user_version of its own */
  g_remove (f->path);
  db = raw_open (f->path);
  raw_exec (db, "PRAGMA user_version = 7");
  sqlite3_close (db);
  g_clear_pointer (&message, g_free);
  message = assert_open_refused (f->path, TAFEL_ERROR_NOT_OURS, NULL);
}

static void
test_refuse_other_application_id (Fixture      *f,
                                  gconstpointer data)
{
  g_autofree char *message = NULL;
  sqlite3 *db;

  /* our own schema, but marked as somebody else's */
  make_database (f->path, 0);
  db = raw_open (f->path);
  raw_exec (db, "PRAGMA application_id = 1234567");
  sqlite3_close (db);

  message = assert_open_refused (f->path, TAFEL_ERROR_NOT_OURS, NULL);
}

static void
test_refuse_directory (Fixture      *f,
                       gconstpointer data)
{
  g_autofree char *message = NULL;
  g_autoptr(GHashTable) inside = NULL;

  g_assert_cmpint (g_mkdir (f->path, 0700), ==, 0);
  inside = snapshot_dir (f->path);

  message = assert_open_refused (f->path, TAFEL_ERROR_NOT_OURS, NULL);
  assert_dir_unchanged (inside, f->path);
}

/* Overwrites @n pages in the middle of a closed database with garbage. */
static void
damage_pages (const char *path,
              guint       n)
{
  g_autofree char *contents = NULL;
  gsize length = 0, page_size = 0, n_pages = 0;
  gsize first;

  get_page_layout (path, &page_size, &n_pages);
  g_assert_cmpuint (n_pages, >=, 2 * n + 4);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));

  first = n_pages / 2;
  for (gsize i = first * page_size; i < (first + n) * page_size; i++)
    contents[i] = (char) g_test_rand_int_range (0, 256);

  write_file (path, contents, length);
}

static void
test_refuse_corrupt (Fixture      *f,
                     gconstpointer data)
{
  g_autofree char *message = NULL;
  g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);

  make_database (f->path, 400);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));  /* closed cleanly */
  damage_pages (f->path, 3);

  message = assert_open_refused (f->path, TAFEL_ERROR_CORRUPT, NULL);
}

static void
test_refuse_truncated (Fixture      *f,
                       gconstpointer data)
{
  g_autofree char *contents = NULL;
  g_autofree char *message = NULL;
  gsize length = 0, page_size = 0, n_pages = 0;

  make_database (f->path, 400);
  get_page_layout (f->path, &page_size, &n_pages);
  g_assert_true (g_file_get_contents (f->path, &contents, &length, NULL));

  /* cut off the second half, on a page boundary */
  write_file (f->path, contents, (n_pages / 2) * page_size);
  message = assert_open_refused (f->path, TAFEL_ERROR_CORRUPT, NULL);
  g_clear_pointer (&message, g_free);

  /* and in the middle of a page */
  write_file (f->path, contents, (n_pages / 2) * page_size + 100);
  message = assert_open_refused (f->path, TAFEL_ERROR_CORRUPT, NULL);
}

/* Does @message contain @number as a number of its own, once the file name
 * (which may hold digits) is taken out? */
static gboolean
mentions_number (const char *message,
                 const char *path,
                 int         number)
{
  GString *rest = g_string_new (message);
  g_autofree char *pattern = g_strdup_printf ("(^|[^0-9])%d($|[^0-9])", number);
  gboolean found;

  g_string_replace (rest, path, "", 0);
  found = g_regex_match_simple (pattern, rest->str, 0, 0);
  g_string_free (rest, TRUE);

  return found;
}

static void
test_refuse_newer (Fixture      *f,
                   gconstpointer data)
{
  int latest = tafel_schema_get_latest_version ();
  g_autofree char *pragma = g_strdup_printf ("PRAGMA user_version = %d", latest + 5);
  g_autofree char *message = NULL;
  sqlite3 *db;

  make_database (f->path, 10);
  db = raw_open (f->path);
  raw_exec (db, pragma);
  sqlite3_close (db);

  message = assert_open_refused (f->path, TAFEL_ERROR_NEWER, NULL);
  g_assert_true (mentions_number (message, f->path, latest + 5));
  g_assert_true (mentions_number (message, f->path, latest));

  /* the newer file was not touched: its version is still the newer one */
  g_assert_cmpint (peek_int (f->path, "PRAGMA user_version"), ==, latest + 5);
}

/* Another program holds a write transaction on a WAL database: reading
 * works, writing would not. */
static void
test_refuse_locked_writer (Fixture      *f,
                           gconstpointer data)
{
  g_autofree char *message = NULL;
  sqlite3 *holder;

  make_database (f->path, 10);
  holder = raw_open (f->path);
  raw_exec (holder, "BEGIN IMMEDIATE; UPDATE traject SET region = 'Elders';");

  message = assert_open_refused (f->path, TAFEL_ERROR_LOCKED, NULL);

  raw_exec (holder, "ROLLBACK");
  sqlite3_close (holder);
}

/* Another program holds the file exclusively (locking_mode=EXCLUSIVE plus
 * a write): not even reading works. */
static void
test_refuse_locked_exclusive (Fixture      *f,
                              gconstpointer data)
{
  g_autofree char *message = NULL;
  g_autoptr(GError) error = NULL;
  TafelDbOptions options = short_options ();
  sqlite3 *holder;
  sqlite3 *db;

  make_database (f->path, 10);
  holder = raw_open (f->path);
  raw_exec (holder, "PRAGMA locking_mode = EXCLUSIVE; UPDATE traject SET region = 'Elders';");

  message = assert_open_refused (f->path, TAFEL_ERROR_LOCKED, NULL);

  /* once the other program is gone, the file opens as before */
  sqlite3_close (holder);
  db = tafel_db_open (f->path, &options, &error);
  g_assert_no_error (error);
  g_assert_cmpint (raw_int (db, "SELECT count(*) FROM traject WHERE region = 'Elders'"), ==, 1);
  sqlite3_close (db);
}

/* A rollback-journal database (as a copy made by another tool may be)
 * in an exclusive transaction of another program. */
static void
test_refuse_locked_rollback_journal (Fixture      *f,
                                     gconstpointer data)
{
  g_autofree char *message = NULL;
  g_autofree char *mode = NULL;
  sqlite3 *holder;

  make_database (f->path, 10);
  holder = raw_open (f->path);
  raw_exec (holder, "PRAGMA journal_mode = DELETE");
  mode = raw_text (holder, "PRAGMA journal_mode");
  g_assert_cmpstr (mode, ==, "delete");
  raw_exec (holder, "BEGIN EXCLUSIVE");

  message = assert_open_refused (f->path, TAFEL_ERROR_LOCKED, NULL);

  raw_exec (holder, "ROLLBACK");
  sqlite3_close (holder);

  /* refused before the switch to WAL: still a rollback-journal file */
  g_clear_pointer (&mode, g_free);
  mode = peek_text (f->path, "PRAGMA journal_mode");
  g_assert_cmpstr (mode, ==, "delete");
}

static void
test_refuse_read_only_file (Fixture      *f,
                            gconstpointer data)
{
  g_autofree char *message = NULL;

  make_database (f->path, 10);
  g_assert_cmpint (g_chmod (f->path, 0444), ==, 0);

  message = assert_open_refused (f->path, TAFEL_ERROR_READ_ONLY, NULL);

  g_chmod (f->path, 0644);
}

static void
open_in_read_only_folder (gpointer data)
{
  Fixture *f = data;
  g_autofree char *folder = g_build_filename (f->dir, "alleen-lezen", NULL);
  g_autofree char *new_file = g_build_filename (folder, "nieuw.db", NULL);
  g_autofree char *existing = g_build_filename (folder, "bestaand.db", NULL);
  g_autofree char *message = NULL;

  g_assert_cmpint (g_access (folder, W_OK), !=, 0);

  /* a new file */
  message = assert_open_refused (new_file, TAFEL_ERROR_READ_ONLY, NULL);
  g_assert_false (g_file_test (new_file, G_FILE_TEST_EXISTS));
  g_clear_pointer (&message, g_free);

  /* an existing database: WAL needs to create files beside it */
  message = assert_open_refused (existing, TAFEL_ERROR_READ_ONLY, NULL);
  g_assert_nonnull (strstr (message, folder));
}

static void
test_refuse_read_only_folder (Fixture      *f,
                              gconstpointer data)
{
  g_autofree char *folder = g_build_filename (f->dir, "alleen-lezen", NULL);
  g_autofree char *existing = g_build_filename (folder, "bestaand.db", NULL);

  g_assert_cmpint (g_mkdir (folder, 0755), ==, 0);
  make_database (existing, 10);
  g_assert_cmpint (g_chmod (existing, 0666), ==, 0);   /* the file itself may be written */
  g_assert_cmpint (g_chmod (folder, 0555), ==, 0);

  /* As root, access() says every folder is writable: open as "nobody". */
  if (!tafel_test_run_as_nobody (f->dir, open_in_read_only_folder, f))
    g_test_skip ("running as root, and cannot switch to another user: root may write in any folder");

  g_chmod (folder, 0755);
}

static void
test_refuse_missing_folder (Fixture      *f,
                            gconstpointer data)
{
  g_autofree char *folder = g_build_filename (f->dir, "bestaat-niet", NULL);
  g_autofree char *path = g_build_filename (folder, "test.db", NULL);
  g_autofree char *message = NULL;
  g_autoptr(GHashTable) before = snapshot_dir (f->dir);

  message = assert_open_refused (path, TAFEL_ERROR_IO, folder);
  g_assert_false (g_file_test (folder, G_FILE_TEST_EXISTS));
  assert_dir_unchanged (before, f->dir);
}

/* ---- error mapping ---------------------------------------------------- */

static void
test_set_error_codes (void)
{
  struct { int rc; TafelError code; } cases[] = {
    { SQLITE_BUSY, TAFEL_ERROR_LOCKED },
    { SQLITE_BUSY_SNAPSHOT, TAFEL_ERROR_LOCKED },
    { SQLITE_LOCKED, TAFEL_ERROR_LOCKED },
    { SQLITE_READONLY, TAFEL_ERROR_READ_ONLY },
    { SQLITE_READONLY_DBMOVED, TAFEL_ERROR_READ_ONLY },
    { SQLITE_PERM, TAFEL_ERROR_READ_ONLY },
    { SQLITE_FULL, TAFEL_ERROR_IO },
    { SQLITE_CORRUPT, TAFEL_ERROR_CORRUPT },
    { SQLITE_CORRUPT_INDEX, TAFEL_ERROR_CORRUPT },
    { SQLITE_NOTADB, TAFEL_ERROR_NOT_OURS },
    { SQLITE_CANTOPEN, TAFEL_ERROR_IO },
    { SQLITE_IOERR_WRITE, TAFEL_ERROR_IO },
    { SQLITE_ERROR, TAFEL_ERROR_IO },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;

      tafel_db_set_error (&error, NULL, cases[i].rc, "/pad/naar/inkoop.db");
      g_assert_error (error, TAFEL_ERROR, (int) cases[i].code);
      g_assert_nonnull (strstr (error->message, "/pad/naar/inkoop.db"));
    }
}

static void
test_exec_error (Fixture      *f,
                 gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  sqlite3 *db = tafel_db_open (f->path, NULL, &error);

  g_assert_no_error (error);
  g_assert_true (tafel_db_exec (db, "SELECT 1", &error));
  g_assert_no_error (error);

  g_assert_false (tafel_db_exec (db, "SELECT * FROM bestaat_niet", &error));
  g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "bestaat_niet"));
  g_assert_nonnull (strstr (error->message, f->path));
  sqlite3_close (db);
}

/* ---- writes are committed when they return --------------------------- */

static void
test_writes_committed_at_once (Fixture      *f,
                               gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  TafelStore *store = tafel_test_open_store (f->dir, "test.db");
  g_autoptr(TafelTraject) traject = tafel_test_create_traject (store, "segment-veel-voorkomend", "Direct zichtbaar");
  g_autoptr(TafelGeeltje) g = tafel_geeltje_new (tafel_entity_get_id (TAFEL_ENTITY (traject)));
  g_autoptr(TafelSessie) sessie = NULL;
  g_autoptr(TafelDeelnemer) d = tafel_deelnemer_new (tafel_entity_get_id (TAFEL_ENTITY (traject)));
  g_autoptr(GPtrArray) deelproducten = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *text = NULL;
  gint64 traject_id = tafel_entity_get_id (TAFEL_ENTITY (traject));
  gint64 gid;
  gint64 first_id;

  /* a batch (the template) is visible once it returns */
  sql = g_strdup_printf ("SELECT count(*) FROM deelproduct WHERE traject_id = %" G_GINT64_FORMAT, traject_id);
  g_assert_cmpint (peek_int (f->path, sql), ==, 11);
  g_clear_pointer (&sql, g_free);

  g_object_set (g, "text", "Meteen op schijf", NULL);
  g_assert_true (tafel_store_insert (store, g, &error));
  g_assert_no_error (error);
  gid = tafel_entity_get_id (TAFEL_ENTITY (g));
  sql = g_strdup_printf ("SELECT text FROM geeltje WHERE id = %" G_GINT64_FORMAT, gid);
  text = peek_text (f->path, sql);
  g_assert_cmpstr (text, ==, "Meteen op schijf");
  g_clear_pointer (&text, g_free);

  g_assert_true (tafel_store_set_string (store, g, "text", "Gewijzigd", &error));
  text = peek_text (f->path, sql);
  g_assert_cmpstr (text, ==, "Gewijzigd");
  g_clear_pointer (&text, g_free);
  g_clear_pointer (&sql, g_free);

  sql = g_strdup_printf ("SELECT deleted_at IS NOT NULL FROM geeltje WHERE id = %" G_GINT64_FORMAT, gid);
  g_assert_true (tafel_store_delete (store, g, &error));
  g_assert_cmpint (peek_int (f->path, sql), ==, 1);
  g_assert_true (tafel_store_restore (store, g, &error));
  g_assert_cmpint (peek_int (f->path, sql), ==, 0);
  g_clear_pointer (&sql, g_free);

  /* links */
  sessie = tafel_traject_add_sessie (store, traject_id, &error);
  g_assert_no_error (error);
  sql = g_strdup_printf ("SELECT count(*) FROM sessie_agenda WHERE sessie_id = %" G_GINT64_FORMAT,
                         tafel_entity_get_id (TAFEL_ENTITY (sessie)));
  g_assert_cmpint (peek_int (f->path, sql), ==, 7);
  g_assert_true (tafel_store_set_agenda (store, sessie, NULL, 0, &error));
  g_assert_cmpint (peek_int (f->path, sql), ==, 0);
  g_clear_pointer (&sql, g_free);

  g_object_set (d, "name", "Piet", NULL);
  g_assert_true (tafel_store_insert (store, d, &error));
  g_assert_true (tafel_store_set_present (store, d, sessie, TRUE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (peek_int (f->path, "SELECT count(*) FROM aanwezigheid"), ==, 1);

  /* reorder */
  deelproducten = tafel_store_list (store, TAFEL_TYPE_DEELPRODUCT, traject_id, &error);
  g_ptr_array_insert (deelproducten, 0, g_ptr_array_steal_index (deelproducten, deelproducten->len - 1));
  g_assert_true (tafel_store_reorder (store, deelproducten->pdata, deelproducten->len, &error));
  g_assert_no_error (error);
  first_id = tafel_entity_get_id (g_ptr_array_index (deelproducten, 0));
  sql = g_strdup_printf ("SELECT position FROM deelproduct WHERE id = %" G_GINT64_FORMAT, first_id);
  g_assert_cmpint (peek_int (f->path, sql), ==, 0);
  g_clear_pointer (&sql, g_free);

  /* purge */
  g_assert_true (tafel_store_delete (store, g, &error));
  g_assert_true (tafel_store_purge_deleted (store, &error));
  g_assert_no_error (error);
  sql = g_strdup_printf ("SELECT count(*) FROM geeltje WHERE id = %" G_GINT64_FORMAT, gid);
  g_assert_cmpint (peek_int (f->path, sql), ==, 0);

  /* the store never leaves a transaction open between calls */
  g_assert_cmpint (sqlite3_get_autocommit (_tafel_store_get_db (store)), !=, 0);

  g_clear_object (&traject);
  g_clear_object (&g);
  g_clear_object (&sessie);
  g_clear_object (&d);
  g_clear_pointer (&deelproducten, g_ptr_array_unref);
  g_assert_finalize_object (store);
}

/* Can another program take the write lock right now? */
static gboolean
others_can_write (const char *path)
{
  sqlite3 *db = raw_open (path);
  int rc = sqlite3_exec (db, "BEGIN IMMEDIATE", NULL, NULL, NULL);

  if (rc == SQLITE_OK)
    raw_exec (db, "ROLLBACK");
  sqlite3_close (db);

  return rc == SQLITE_OK;
}

static void
assert_no_open_transaction (TafelStore *store)
{
  g_assert_cmpint (sqlite3_get_autocommit (_tafel_store_get_db (store)), !=, 0);
  g_assert_true (others_can_write (tafel_store_get_path (store)));
}

/* Refusals that happen inside the store's transaction (they need the
 * database to decide) end it: nothing stays locked, the next write works. */
static void
test_refused_write_ends_transaction (Fixture      *f,
                                     gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  TafelStore *store = tafel_test_open_store (f->dir, "test.db");
  g_autoptr(TafelTraject) traject = tafel_test_create_traject (store, "segment-veel-voorkomend", "Weigeringen");
  g_autoptr(TafelTraject) other = tafel_test_create_traject (store, "segment-veel-voorkomend", "Ander");
  gint64 traject_id = tafel_entity_get_id (TAFEL_ENTITY (traject));
  g_autoptr(GPtrArray) deelproducten = tafel_store_list (store, TAFEL_TYPE_DEELPRODUCT, traject_id, &error);
  g_autoptr(GPtrArray) foreign_blocks = tafel_store_list (store, TAFEL_TYPE_VRAAGBLOK,
                                                          tafel_entity_get_id (TAFEL_ENTITY (other)), &error);
  g_autoptr(GPtrArray) sessies = tafel_store_list (store, TAFEL_TYPE_SESSIE, traject_id, &error);
  g_autoptr(TafelDeelproduct) dup = tafel_deelproduct_new (traject_id);
  g_autoptr(TafelGeeltje) dangling = tafel_geeltje_new (traject_id);
  g_autoptr(TafelGeeltje) orphan = tafel_geeltje_new (999999);
  g_autoptr(TafelGeeltje) good = tafel_geeltje_new (traject_id);
  g_autoptr(TafelDeelnemer) gone = tafel_deelnemer_new (traject_id);
  TafelDeelproduct *first = g_ptr_array_index (deelproducten, 0);
  gint64 foreign_block = tafel_entity_get_id (g_ptr_array_index (foreign_blocks, 0));

  g_assert_no_error (error);

  /* a name that is taken */
  g_object_set (dup, "name", "KORTDURENDE SYSTEEMBEGELEIDING", NULL);
  g_assert_false (tafel_store_insert (store, dup, &error));
  g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_DUPLICATE);
  g_clear_error (&error);
  assert_no_open_transaction (store);

  /* renaming onto a taken name */
  g_assert_false (tafel_store_set_string (store, first, "name", "Groepsbegeleiding", &error));
  g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_DUPLICATE);
  g_clear_error (&error);
  assert_no_open_transaction (store);
  g_assert_cmpstr (tafel_deelproduct_get_name (first), ==, "Kortdurende systeembegeleiding");

  /* a reference into nothing, and into another traject */
  g_object_set (dangling, "text", "Wijst nergens heen", "sessie-id", (gint64) 424242, NULL);
  g_assert_false (tafel_store_insert (store, dangling, &error));
  g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_INVALID);
  g_clear_error (&error);
  assert_no_open_transaction (store);

  /* a traject that does not exist */
  g_object_set (orphan, "text", "Wees", NULL);
  g_assert_false (tafel_store_insert (store, orphan, &error));
  g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_NOT_FOUND);
  g_clear_error (&error);
  assert_no_open_transaction (store);

  /* an agenda with a block of another traject */
  g_assert_false (tafel_store_set_agenda (store, g_ptr_array_index (sessies, 0), &foreign_block, 1, &error));
  g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_INVALID);
  g_clear_error (&error);
  assert_no_open_transaction (store);
  {
    g_autoptr(GArray) agenda = tafel_store_get_agenda (store, tafel_entity_get_id (g_ptr_array_index (sessies, 0)), &error);
    g_assert_cmpuint (agenda->len, ==, 7);   /* the delete before the refusal was rolled back */
  }

  /* attendance of somebody who was deleted */
  g_object_set (gone, "name", "Vertrokken", NULL);
  g_assert_true (tafel_store_insert (store, gone, &error));
  g_assert_true (tafel_store_delete (store, gone, &error));
  g_assert_false (tafel_store_set_present (store, gone, g_ptr_array_index (sessies, 0), TRUE, &error));
  g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_NOT_FOUND);
  g_clear_error (&error);
  assert_no_open_transaction (store);

  /* deleting what is already deleted */
  g_assert_false (tafel_store_delete (store, gone, &error));
  g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_NOT_FOUND);
  g_clear_error (&error);
  assert_no_open_transaction (store);

  /* after all that, a write works and is visible to others */
  g_object_set (good, "text", "Het werkt nog", NULL);
  g_assert_true (tafel_store_insert (store, good, &error));
  g_assert_no_error (error);
  g_assert_cmpint (peek_int (f->path, "SELECT count(*) FROM geeltje WHERE text = 'Het werkt nog'"), ==, 1);
  assert_no_open_transaction (store);

  g_clear_object (&traject);
  g_clear_object (&other);
  g_clear_pointer (&deelproducten, g_ptr_array_unref);
  g_clear_pointer (&foreign_blocks, g_ptr_array_unref);
  g_clear_pointer (&sessies, g_ptr_array_unref);
  g_assert_finalize_object (store);
}

/* Another program holds the write lock while the store wants to write:
 * LOCKED, nothing changed, and the write works once the lock is gone. */
static void
test_write_while_locked (Fixture      *f,
                         gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  TafelDbOptions options = short_options ();
  TafelStore *store = NULL;
  g_autoptr(TafelTraject) traject = NULL;
  g_autoptr(TafelGeeltje) g = NULL;
  g_autoptr(TafelGeeltje) waiting = NULL;
  sqlite3 *holder;

  make_database (f->path, 0);
  store = tafel_store_open_full (f->path, &options, &error);
  g_assert_no_error (error);
  traject = tafel_store_find_traject (store, "Inkoop 2027", &error);
  g_assert_no_error (error);
  g = tafel_geeltje_new (tafel_entity_get_id (TAFEL_ENTITY (traject)));
  g_object_set (g, "text", "Voor het slot", NULL);
  g_assert_true (tafel_store_insert (store, g, &error));

  holder = raw_open (f->path);
  raw_exec (holder, "BEGIN IMMEDIATE; UPDATE traject SET region = 'Bezet';");

  /* an edit */
  g_assert_false (tafel_store_set_string (store, g, "text", "Tijdens het slot", &error));
  g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_LOCKED);
  g_assert_nonnull (strstr (error->message, f->path));
  g_clear_error (&error);
  g_assert_cmpstr (tafel_geeltje_get_text (g), ==, "Voor het slot");

  /* an insert */
  waiting = tafel_geeltje_new (tafel_entity_get_id (TAFEL_ENTITY (traject)));
  g_object_set (waiting, "text", "Wacht op het slot", NULL);
  g_assert_false (tafel_store_insert (store, waiting, &error));
  g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_LOCKED);
  g_clear_error (&error);
  g_assert_false (tafel_entity_is_stored (TAFEL_ENTITY (waiting)));
  g_assert_cmpint (sqlite3_get_autocommit (_tafel_store_get_db (store)), !=, 0);

  raw_exec (holder, "ROLLBACK");
  sqlite3_close (holder);

  g_assert_true (tafel_store_set_string (store, g, "text", "Na het slot", &error));
  g_assert_no_error (error);
  g_assert_true (tafel_store_insert (store, waiting, &error));
  g_assert_no_error (error);
  g_assert_cmpint (peek_int (f->path, "SELECT count(*) FROM geeltje"), ==, 2);

  g_clear_object (&traject);
  g_clear_object (&g);
  g_clear_object (&waiting);
  g_assert_finalize_object (store);
}

int
main (int argc, char *argv[])
{
  int latest = tafel_schema_get_latest_version ();

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) g_test_add (name, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/db/open/create-new", test_create_new);
  ADD ("/db/open/empty-file-is-new", test_empty_file_is_new);
  ADD ("/db/open/blank-sqlite-file-is-new", test_blank_sqlite_file_is_new);
  ADD ("/db/open/after-crash", test_open_after_crash);
  ADD ("/db/open/target-version-beyond-latest", test_target_version_beyond_latest);
  g_test_add_func ("/db/open/default-path", test_default_path);
  ADD ("/db/schema/matches-entities", test_schema_matches_entities);

  for (int version = 0; version <= latest; version++)
    {
      g_autofree char *path = g_strdup_printf ("/db/migrate/from-version-%d", version);
      g_test_add_data_func (path, GINT_TO_POINTER (version), test_migrate_from_version);
    }
  ADD ("/db/migrate/fixture-schema-1", test_migrate_fixture_schema_1);
  ADD ("/db/migrate/failure-rolls-back", test_migration_failure_rolls_back);

  ADD ("/db/refuse/random-bytes", test_refuse_random_bytes);
  ADD ("/db/refuse/text-file", test_refuse_text_file);
  ADD ("/db/refuse/bare-header", test_refuse_bare_header);
  ADD ("/db/refuse/other-program", test_refuse_other_program);
  ADD ("/db/refuse/other-application-id", test_refuse_other_application_id);
  ADD ("/db/refuse/directory", test_refuse_directory);
  ADD ("/db/refuse/corrupt", test_refuse_corrupt);
  ADD ("/db/refuse/truncated", test_refuse_truncated);
  ADD ("/db/refuse/newer", test_refuse_newer);
  ADD ("/db/refuse/locked-writer", test_refuse_locked_writer);
  ADD ("/db/refuse/locked-exclusive", test_refuse_locked_exclusive);
  ADD ("/db/refuse/locked-rollback-journal", test_refuse_locked_rollback_journal);
  ADD ("/db/refuse/read-only-file", test_refuse_read_only_file);
  ADD ("/db/refuse/read-only-folder", test_refuse_read_only_folder);
  ADD ("/db/refuse/missing-folder", test_refuse_missing_folder);

  g_test_add_func ("/db/error/set-error-codes", test_set_error_codes);
  ADD ("/db/error/exec", test_exec_error);

  ADD ("/db/write/committed-at-once", test_writes_committed_at_once);
  ADD ("/db/write/refusal-ends-transaction", test_refused_write_ends_transaction);
  ADD ("/db/write/while-locked", test_write_while_locked);
#undef ADD

  return g_test_run ();
}
