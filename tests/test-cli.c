/* test-cli.c: ontwikkeltafel-cli, run as a real program ($TAFEL_CLI) */
#include "config.h"

#include <string.h>
#include <sys/wait.h>

#include <glib/gstdio.h>

#include "tafel-export-pve.h"
#include "tafel-store-private.h"
#include "tafel-test-util.h"

typedef struct {
  char  *dir;
  char  *xdg;
  char **envp;
  char  *out;
  char  *err;
} Fixture;

static void
fixture_setup (Fixture      *f,
               gconstpointer data)
{
  f->dir = tafel_test_make_tmpdir ();
  f->xdg = g_build_filename (f->dir, "xdg", NULL);
  f->envp = g_get_environ ();
  f->envp = g_environ_setenv (f->envp, "XDG_DATA_HOME", f->xdg, TRUE);
  f->envp = g_environ_setenv (f->envp, "HOME", f->dir, TRUE);
  f->envp = g_environ_setenv (f->envp, "LC_ALL", "C.UTF-8", TRUE);
  f->envp = g_environ_setenv (f->envp, "LANGUAGE", "", TRUE);
}

static void
fixture_teardown (Fixture      *f,
                  gconstpointer data)
{
  tafel_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->xdg);
  g_strfreev (f->envp);
  g_free (f->out);
  g_free (f->err);
}

/* Runs the CLI with the NULL-terminated arguments in the fixture's folder;
 * returns its exit status and keeps stdout and stderr in the fixture. */
static int
run_cli (Fixture    *f,
         const char *first,
         ...)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  const char *cli = g_getenv ("TAFEL_CLI");
  int wait_status = 0;
  va_list args;

  g_assert_nonnull (cli);
  g_ptr_array_add (argv, (char *) cli);
  va_start (args, first);
  for (const char *a = first; a != NULL; a = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *) a);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  g_clear_pointer (&f->out, g_free);
  g_clear_pointer (&f->err, g_free);
  g_spawn_sync (f->dir, (char **) argv->pdata, f->envp, G_SPAWN_DEFAULT, NULL, NULL,
                &f->out, &f->err, &wait_status, &error);
  g_assert_no_error (error);

  /* A user mistake never shows a GLib warning or critical, nor a crash. */
  g_assert_null (strstr (f->err, "CRITICAL"));
  g_assert_null (strstr (f->err, "WARNING"));
  g_assert_true (WIFEXITED (wait_status));
  return WEXITSTATUS (wait_status);
}

static char *
default_db (Fixture *f)
{
  return g_build_filename (f->xdg, "ontwikkeltafel", "ontwikkeltafel.db", NULL);
}

static void
assert_usage_error (Fixture    *f,
                    int         status,
                    const char *fragment)
{
  g_autofree char *db = default_db (f);

  g_assert_cmpint (status, ==, 2);
  g_assert_cmpstr (f->out, ==, "");
  g_assert_nonnull (strstr (f->err, fragment));
  g_assert_nonnull (strstr (f->err, "--help"));
  /* A mistake in the command line touches no database. */
  g_assert_false (g_file_test (db, G_FILE_TEST_EXISTS));
}

static void
test_usage_errors (Fixture      *f,
                   gconstpointer data)
{
  assert_usage_error (f, run_cli (f, NULL), "No command");
  assert_usage_error (f, run_cli (f, "bogus", NULL), "bogus");
  assert_usage_error (f, run_cli (f, "--bogus", "list", NULL), "--bogus");
  assert_usage_error (f, run_cli (f, "--db", NULL), "--db");
  assert_usage_error (f, run_cli (f, "demo", "--bogus", NULL), "--bogus");
  assert_usage_error (f, run_cli (f, "demo", "--geeltjes", "abc", NULL), "abc");
  assert_usage_error (f, run_cli (f, "demo", "--geeltjes", "-5", NULL), "-5");
  assert_usage_error (f, run_cli (f, "demo", "--geeltjes", "1000001", NULL), "1000001");
  assert_usage_error (f, run_cli (f, "demo", "--geeltjes", NULL), "--geeltjes");
  assert_usage_error (f, run_cli (f, "demo", "--organisations", "0", NULL), "--organisations");
  assert_usage_error (f, run_cli (f, "demo", "--organisations", "5001", NULL), "5001");
  assert_usage_error (f, run_cli (f, "demo", "--organisations", "12x", NULL), "12x");
  assert_usage_error (f, run_cli (f, "demo", "--seed", "4294967296", NULL), "4294967296");
  assert_usage_error (f, run_cli (f, "demo", "extra", NULL), "extra");
  assert_usage_error (f, run_cli (f, "demo", "--name", " ", NULL), "--name");
  assert_usage_error (f, run_cli (f, "list", "extra", NULL), "extra");
  assert_usage_error (f, run_cli (f, "help", "extra", NULL), "extra");
  assert_usage_error (f, run_cli (f, "export-pve", NULL), "--traject");
  assert_usage_error (f, run_cli (f, "export-pve", "--traject", "  ", "-o", "a.xlsx", NULL), "--traject");
  assert_usage_error (f, run_cli (f, "export-pve", "--traject", "1", NULL), "-o");
  assert_usage_error (f, run_cli (f, "export-pve", "-t", "1", "-o", "pve.csv", NULL), "pve.csv");
  assert_usage_error (f, run_cli (f, "export-pve", "-t", "1", "-o", "", NULL), "file name");
  assert_usage_error (f, run_cli (f, "export-pve", "-t", "1", "-o", ".", NULL), "file name");
  assert_usage_error (f, run_cli (f, "export-pve", "-t", "1", "-o", ".xlsx", NULL), ".xlsx");
}

static void
test_help (Fixture      *f,
           gconstpointer data)
{
  g_assert_cmpint (run_cli (f, "--help", NULL), ==, 0);
  g_assert_nonnull (strstr (f->out, "demo"));
  g_assert_nonnull (strstr (f->out, "list"));
  g_assert_nonnull (strstr (f->out, "export-pve"));
  g_assert_nonnull (strstr (f->out, "--db"));

  g_assert_cmpint (run_cli (f, "help", NULL), ==, 0);
  g_assert_nonnull (strstr (f->out, "export-pve"));

  g_assert_cmpint (run_cli (f, "demo", "--help", NULL), ==, 0);
  g_assert_nonnull (strstr (f->out, "--seed"));
  g_assert_nonnull (strstr (f->out, "--geeltjes"));

  g_assert_cmpint (run_cli (f, "export-pve", "--help", NULL), ==, 0);
  g_assert_nonnull (strstr (f->out, "--traject"));

  g_assert_cmpint (run_cli (f, "--version", NULL), ==, 0);
  g_assert_nonnull (strstr (f->out, PACKAGE_VERSION));
}

/* The line of `list` that names @name, split into its columns. */
static char **
find_list_row (const char *out,
               const char *name)
{
  g_auto(GStrv) lines = g_strsplit (out, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (strstr (lines[i], name) != NULL)
        {
          g_autoptr(GRegex) spaces = g_regex_new ("\\s{2,}", 0, 0, NULL);
          g_autofree char *trimmed = g_strstrip (g_strdup (lines[i]));
          return g_regex_split (spaces, trimmed, 0);
        }
    }

  return NULL;
}

static void
test_demo_and_list (Fixture      *f,
                    gconstpointer data)
{
  g_autofree char *db = default_db (f);
  g_autoptr(TafelStore) store = NULL;
  g_autoptr(GPtrArray) trajecten = NULL;
  g_auto(GStrv) row = NULL;

  /* Listing without a database explains how to get one, and creates none. */
  g_assert_cmpint (run_cli (f, "list", NULL), ==, 0);
  g_assert_nonnull (strstr (f->out, "demo"));
  g_assert_false (g_file_test (db, G_FILE_TEST_EXISTS));

  g_assert_cmpint (run_cli (f, "demo", "--organisations", "5", "--geeltjes", "50", NULL), ==, 0);
  g_assert_nonnull (strstr (f->out, "Demo 1"));
  g_assert_nonnull (strstr (f->out, "50"));
  g_assert_true (g_file_test (db, G_FILE_TEST_IS_REGULAR));

  g_assert_cmpint (run_cli (f, "demo", "--organisations=5", "--geeltjes=50", NULL), ==, 0);
  g_assert_nonnull (strstr (f->out, "Demo 1 (2)"));
  g_assert_cmpint (run_cli (f, "demo", "--seed", "8", "--organisations", "2", "--geeltjes", "0",
                            "--name", "Werkgroep Noord", NULL), ==, 0);

  g_assert_cmpint (run_cli (f, "list", NULL), ==, 0);
  row = find_list_row (f->out, "Demo 1 (2)");
  g_assert_nonnull (row);
  /* id, name, region, sessions, deelproducten, organisations, participants, geeltjes, open */
  g_assert_cmpuint (g_strv_length (row), ==, 9);
  g_assert_cmpstr (row[1], ==, "Demo 1 (2)");
  g_assert_true (g_str_has_prefix (row[2], "Regio "));
  g_assert_cmpstr (row[3], ==, "3");
  g_assert_cmpstr (row[4], ==, "11");
  g_assert_cmpstr (row[5], ==, "6");
  g_assert_cmpstr (row[7], ==, "50");
  g_assert_cmpint (g_ascii_strtoll (row[8], NULL, 10), <, 50);
  g_clear_pointer (&row, g_strfreev);
  row = find_list_row (f->out, "Werkgroep Noord");
  g_assert_nonnull (row);
  g_assert_cmpstr (row[7], ==, "0");

  /* What the CLI wrote is really in the database. */
  store = tafel_store_open (db, NULL);
  g_assert_nonnull (store);
  trajecten = tafel_store_list (store, TAFEL_TYPE_TRAJECT, 0, NULL);
  g_assert_cmpuint (trajecten->len, ==, 3);
}

static void
test_db_option (Fixture      *f,
                gconstpointer data)
{
  g_autofree char *db = default_db (f);
  g_autofree char *other = g_build_filename (f->dir, "other.db", NULL);

  /* Before or after the command. */
  g_assert_cmpint (run_cli (f, "--db", "other.db", "demo", "--organisations", "2", "--geeltjes", "5", NULL), ==, 0);
  g_assert_cmpint (run_cli (f, "list", "--db", "other.db", NULL), ==, 0);
  g_assert_nonnull (strstr (f->out, "Demo 1"));
  g_assert_true (g_file_test (other, G_FILE_TEST_IS_REGULAR));
  g_assert_false (g_file_test (db, G_FILE_TEST_EXISTS));

  /* A named database that does not exist is a mistake, and is not made. */
  g_assert_cmpint (run_cli (f, "--db", "missing.db", "list", NULL), ==, 1);
  g_assert_nonnull (strstr (f->err, "missing.db"));
  g_assert_cmpint (run_cli (f, "--db", "missing.db", "export-pve", "-t", "1", "-o", "a.xlsx", NULL), ==, 1);
  g_assert_nonnull (strstr (f->err, "missing.db"));
  {
    g_autofree char *missing = g_build_filename (f->dir, "missing.db", NULL);
    g_autofree char *xlsx = g_build_filename (f->dir, "a.xlsx", NULL);
    g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
    g_assert_false (g_file_test (xlsx, G_FILE_TEST_EXISTS));
  }

  /* A folder that does not exist. */
  g_assert_cmpint (run_cli (f, "--db", "nowhere/x.db", "demo", NULL), ==, 1);
  g_assert_nonnull (strstr (f->err, "nowhere"));
}

/* Runs commands against a file that must come out byte for byte the same. */
static void
assert_refused_unchanged (Fixture    *f,
                          const char *name,
                          const char *fragment)
{
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize len_before = 0, len_after = 0;
  const char *commands[][3] = { { "list", NULL }, { "demo", NULL }, { "export-pve", "-t" } };

  g_assert_true (g_file_get_contents (path, &before, &len_before, NULL));

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      int status = commands[i][1] == NULL
                   ? run_cli (f, "--db", name, commands[i][0], NULL)
                   : run_cli (f, "--db", name, commands[i][0], commands[i][1], "1", "-o", "out.xlsx", NULL);

      g_assert_cmpint (status, ==, 1);
      g_assert_cmpstr (f->out, ==, "");
      g_assert_nonnull (strstr (f->err, name));
      if (fragment != NULL)
        g_assert_nonnull (strstr (f->err, fragment));
    }

  g_assert_true (g_file_get_contents (path, &after, &len_after, NULL));
  g_assert_cmpmem (before, len_before, after, len_after);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
}

static void
test_not_a_database (Fixture      *f,
                     gconstpointer data)
{
  g_autofree char *path = g_build_filename (f->dir, "random.db", NULL);
  g_autoptr(GRand) rand = g_rand_new_with_seed (99);
  guint8 bytes[8192];

  for (guint i = 0; i < sizeof bytes; i++)
    bytes[i] = g_rand_int_range (rand, 0, 256);
  g_assert_true (g_file_set_contents (path, (const char *) bytes, sizeof bytes, NULL));

  assert_refused_unchanged (f, "random.db", "not an Ontwikkeltafel database");
}

static void
write_sqlite (const char *path,
              const char *sql)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}

static void
test_newer_and_foreign (Fixture      *f,
                        gconstpointer data)
{
  g_autofree char *newer = g_build_filename (f->dir, "newer.db", NULL);
  g_autofree char *foreign = g_build_filename (f->dir, "foreign.db", NULL);

  /* 0x4F546166 is Ontwikkeltafel's application id. */
  write_sqlite (newer, "PRAGMA application_id = 1330930022; PRAGMA user_version = 99;"
                       " CREATE TABLE future (x);");
  assert_refused_unchanged (f, "newer.db", "newer");

  write_sqlite (foreign, "CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('Jan');");
  assert_refused_unchanged (f, "foreign.db", "another program");
}

static void
test_corrupt (Fixture      *f,
              gconstpointer data)
{
  g_autofree char *path = g_build_filename (f->dir, "broken.db", NULL);
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_cmpint (run_cli (f, "--db", "broken.db", "demo", "--organisations", "20", "--geeltjes", "300", NULL), ==, 0);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 16 * 4096);

  /* Keep the header, scribble over the pages after the first. */
  for (gsize i = 4096; i < length; i += 7)
    contents[i] = (char) (i * 31);
  g_assert_true (g_file_set_contents (path, contents, length, NULL));

  assert_refused_unchanged (f, "broken.db", "damaged");
}

static void
test_read_only (Fixture      *f,
                gconstpointer data)
{
  g_autofree char *path = g_build_filename (f->dir, "locked.db", NULL);

  g_assert_cmpint (run_cli (f, "--db", "locked.db", "demo", "--organisations", "2", "--geeltjes", "5", NULL), ==, 0);
  g_assert_cmpint (g_chmod (path, 0444), ==, 0);

  assert_refused_unchanged (f, "locked.db", "read-only");
  g_chmod (path, 0644);
}

/* Another program holds a write lock: the CLI waits, then says so. */
static void
test_locked (Fixture      *f,
             gconstpointer data)
{
  g_autofree char *path = g_build_filename (f->dir, "busy.db", NULL);
  sqlite3 *db = NULL;

  g_assert_cmpint (run_cli (f, "--db", "busy.db", "demo", "--organisations", "2", "--geeltjes", "5", NULL), ==, 0);

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "BEGIN IMMEDIATE; INSERT INTO traject (name, created_at, modified_at)"
                                     " VALUES ('held', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')",
                                 NULL, NULL, NULL), ==, SQLITE_OK);

  g_assert_cmpint (run_cli (f, "--db", "busy.db", "demo", "--organisations", "2", "--geeltjes", "5", NULL), ==, 1);
  g_assert_nonnull (strstr (f->err, "another program"));

  g_assert_cmpint (sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);

  g_assert_cmpint (run_cli (f, "--db", "busy.db", "list", NULL), ==, 0);
  g_assert_null (strstr (f->out, "held"));
  g_assert_nonnull (strstr (f->out, "Demo 1"));
}

static void
assert_workbook (Fixture    *f,
                 const char *name)
{
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 1000);
  g_assert_cmpmem (contents, 2, "PK", 2);
}

static void
test_export (Fixture      *f,
             gconstpointer data)
{
  g_autofree char *pve = g_build_filename (f->dir, "pve.xlsx", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_assert_cmpint (run_cli (f, "demo", "--organisations", "5", "--geeltjes", "60", NULL), ==, 0);

  /* An unknown traject: nothing is written. */
  g_assert_cmpint (run_cli (f, "export-pve", "--traject", "Nope", "-o", "pve.xlsx", NULL), ==, 1);
  g_assert_nonnull (strstr (f->err, "Nope"));
  g_assert_cmpint (run_cli (f, "export-pve", "--traject", "99", "-o", "pve.xlsx", NULL), ==, 1);
  g_assert_nonnull (strstr (f->err, "99"));
  g_assert_false (g_file_test (pve, G_FILE_TEST_EXISTS));

  /* An output folder that does not exist. */
  g_assert_cmpint (run_cli (f, "export-pve", "-t", "1", "-o", "nowhere/pve.xlsx", NULL), ==, 1);
  g_assert_nonnull (strstr (f->err, "nowhere"));

  g_assert_cmpint (run_cli (f, "export-pve", "-t", "Demo 1", "-o", "pve.xlsx", NULL), ==, 0);
  g_assert_nonnull (strstr (f->out, pve));
  assert_workbook (f, "pve.xlsx");

  /* By id, without the extension: .xlsx is added. */
  g_assert_cmpint (run_cli (f, "export-pve", "--traject", "1", "--output", "kopie", NULL), ==, 0);
  assert_workbook (f, "kopie.xlsx");
  g_assert_nonnull (strstr (f->err, ".xlsx"));

  /* An existing workbook stays unless --force. */
  g_assert_true (g_file_set_contents (pve, "mine, keep me", -1, NULL));
  g_assert_cmpint (run_cli (f, "export-pve", "-t", "Demo 1", "-o", "pve.xlsx", NULL), ==, 1);
  g_assert_nonnull (strstr (f->err, "--force"));
  g_assert_true (g_file_get_contents (pve, &before, NULL, NULL));
  g_assert_cmpstr (before, ==, "mine, keep me");
  g_assert_cmpint (run_cli (f, "export-pve", "-t", "Demo 1", "-o", "PVE.XLSX", "--force", NULL), ==, 0);
  g_assert_cmpint (run_cli (f, "export-pve", "-t", "Demo 1", "-o", "pve.xlsx", "--force", NULL), ==, 0);
  assert_workbook (f, "pve.xlsx");
}

/* The spread of one deelproduct's proposals, by name, prefix or id. */
static void
test_stats (Fixture      *f,
            gconstpointer data)
{
  assert_usage_error (f, run_cli (f, "stats", "-d", "Groeps", NULL), "--traject");
  assert_usage_error (f, run_cli (f, "stats", "-t", "1", NULL), "--deelproduct");
  assert_usage_error (f, run_cli (f, "stats", "-t", "1", "-d", "x", "-s", " ", NULL), "--session");

  g_assert_cmpint (run_cli (f, "demo", "--organisations", "6", "--geeltjes", "10", NULL), ==, 0);

  /* unique prefix, any case */
  g_assert_cmpint (run_cli (f, "stats", "-t", "Demo 1", "-d", "specialistische", NULL), ==, 0);
  g_assert_nonnull (strstr (f->out, "Specialistische GGZ"));
  g_assert_nonnull (strstr (f->out, "hours per week"));
  g_assert_nonnull (strstr (f->out, "median"));
  g_assert_nonnull (strstr (f->out, "Heavy"));
  g_assert_nonnull (strstr (f->out, "Function mix"));
  g_assert_cmpstr (f->err, ==, "");

  /* a group product shows its group parameters; a session filter */
  g_assert_cmpint (run_cli (f, "stats", "-t", "1", "-d", "Groepsbegeleiding", "-s", "Sessie 2", NULL), ==, 0);
  g_assert_nonnull (strstr (f->out, "youths per group"));
  g_assert_nonnull (strstr (f->out, "Sessie 2"));

  /* not found, ambiguous */
  g_assert_cmpint (run_cli (f, "stats", "-t", "1", "-d", "Bestaat niet", NULL), ==, 1);
  g_assert_nonnull (strstr (f->err, "Bestaat niet"));
  g_assert_cmpint (run_cli (f, "stats", "-t", "1", "-d", "Duurzame", NULL), ==, 1);
  g_assert_nonnull (strstr (f->err, "Duurzame"));
  g_assert_cmpint (run_cli (f, "stats", "-t", "1", "-d", "Specialistische GGZ", "-s", "Sessie 9", NULL), ==, 1);
  g_assert_nonnull (strstr (f->err, "Sessie 9"));
  g_assert_cmpint (run_cli (f, "stats", "-t", "Geen traject", "-d", "x", NULL), ==, 1);
}

/* The completeness findings; exit 1 while there are any. */
static void
test_check (Fixture      *f,
            gconstpointer data)
{
  assert_usage_error (f, run_cli (f, "check", NULL), "--traject");

  g_assert_cmpint (run_cli (f, "demo", "--organisations", "4", "--geeltjes", "20", NULL), ==, 0);
  g_assert_cmpint (run_cli (f, "check", "-t", "Demo 1", NULL), ==, 1);
  g_assert_nonnull (strstr (f->out, "findings"));
  g_assert_nonnull (strstr (f->out, "still open"));        /* the demo has open sticky notes */
  g_assert_nonnull (strstr (f->out, "no decision yet"));   /* one in three deelproducten is undecided */
  g_assert_cmpstr (f->err, ==, "");

  g_assert_cmpint (run_cli (f, "check", "-t", "Geen traject", NULL), ==, 1);
  g_assert_nonnull (strstr (f->err, "Geen traject"));
}

static guint
count_exports (Fixture    *f,
               const char *where)
{
  g_autofree char *path = default_db (f);
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM pve_export WHERE %s", where);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  guint n;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return n;
}

/* The options of export-pve; a final version with open findings only
 * with --force-final. */
static void
test_export_options (Fixture      *f,
                     gconstpointer data)
{
  g_autofree char *final = g_build_filename (f->dir, "final.xlsx", NULL);

  assert_usage_error (f, run_cli (f, "export-pve", "-t", "1", "-o", "a.xlsx", "--force-final", NULL), "--final");
  assert_usage_error (f, run_cli (f, "export-pve", "-t", "1", "-o", "a.xlsx", "--version-label", " ", NULL),
                      "version label");

  g_assert_cmpint (run_cli (f, "demo", "--organisations", "4", "--geeltjes", "20", NULL), ==, 0);

  /* The demo has open findings: refused, findings printed, nothing written. */
  g_assert_cmpint (run_cli (f, "export-pve", "-t", "Demo 1", "-o", "final.xlsx", "--final", NULL), ==, 1);
  g_assert_nonnull (strstr (f->err, "still open"));
  g_assert_nonnull (strstr (f->err, "--force-final"));
  g_assert_false (g_file_test (final, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (count_exports (f, "1"), ==, 0);

  g_assert_cmpint (run_cli (f, "export-pve", "-t", "Demo 1", "-o", "final.xlsx", "--final", "--force-final", NULL), ==, 0);
  g_assert_nonnull (strstr (f->out, "definitief 1.0"));
  assert_workbook (f, "final.xlsx");
  g_assert_cmpuint (count_exports (f, "definitief = 1"), ==, 1);

  g_assert_cmpint (run_cli (f, "export-pve", "-t", "Demo 1", "-o", "anon.xlsx", "--anonymise", "--no-participants",
                            "--version-label", "concept 0.7", NULL), ==, 0);
  g_assert_nonnull (strstr (f->out, "concept 0.7"));
  assert_workbook (f, "anon.xlsx");
  g_assert_cmpuint (count_exports (f, "versie = 'concept 0.7' AND opties = 'anonymise,no-participants'"), ==, 1);

  g_assert_cmpint (run_cli (f, "export-pve", "-t", "Demo 1", "-o", "next.xlsx", NULL), ==, 0);
  g_assert_nonnull (strstr (f->out, "concept 0.2"));
}

static guint
count_rows (Fixture    *f,
            const char *sql)
{
  g_autofree char *path = default_db (f);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  guint n;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return n;
}

static guint
count_xlsx (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;
  guint n = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    n += g_str_has_suffix (name, ".xlsx");
  return n;
}

/* export-uitvraag writes a workbook per invited organisation; import
 * reads them back once, says so the second time, and refuses what is not
 * an uitvraag with exit status 1. */
static void
test_uitvraag (Fixture      *f,
               gconstpointer data)
{
  g_autofree char *out = g_build_filename (f->dir, "uit", NULL);
  g_autofree char *bogus = g_build_filename (f->dir, "bogus.xlsx", NULL);
  guint n_files;

  assert_usage_error (f, run_cli (f, "export-uitvraag", "-s", "1", "-o", "uit", NULL), "--traject");
  assert_usage_error (f, run_cli (f, "export-uitvraag", "-t", "1", "-o", "uit", NULL), "--session");
  assert_usage_error (f, run_cli (f, "export-uitvraag", "-t", "1", "-s", "1", NULL), "-o");
  assert_usage_error (f, run_cli (f, "export-uitvraag", "-t", "1", "-s", "1", "-o", "uit", "--blank",
                                  "--organisation", "X", NULL), "--blank");
  assert_usage_error (f, run_cli (f, "import", "uit", NULL), "--traject");
  assert_usage_error (f, run_cli (f, "import", "-t", "1", NULL), "workbooks");

  g_assert_cmpint (run_cli (f, "demo", "--organisations", "4", "--geeltjes", "20", NULL), ==, 0);

  g_assert_cmpint (run_cli (f, "export-uitvraag", "-t", "Demo 1", "-s", "Geen sessie", "-o", "uit", NULL), ==, 1);
  g_assert_nonnull (strstr (f->err, "Geen sessie"));
  g_assert_cmpint (run_cli (f, "export-uitvraag", "-t", "Demo 1", "-s", "sessie 1", "-O", "Niemand",
                            "-o", "uit", NULL), ==, 1);
  g_assert_nonnull (strstr (f->err, "Niemand"));

  g_assert_cmpint (run_cli (f, "export-uitvraag", "-t", "Demo 1", "-s", "Sessie 1", "-o", "uit", NULL), ==, 0);
  n_files = count_xlsx (out);
  g_assert_cmpuint (n_files, >=, 1);
  g_assert_nonnull (strstr (f->out, "workbooks written"));
  g_assert_cmpuint (count_rows (f, "SELECT count(*) FROM uitvraag"), ==, n_files);

  /* nothing filled in yet: a dry run stores nothing */
  g_assert_cmpint (run_cli (f, "import", "-t", "Demo 1", "uit", "--dry-run", NULL), ==, 0);
  g_assert_nonnull (strstr (f->out, "Nothing was filled in"));
  g_assert_nonnull (strstr (f->out, "--dry-run"));
  g_assert_cmpuint (count_rows (f, "SELECT count(*) FROM inlevering"), ==, 0);

  g_assert_cmpint (run_cli (f, "import", "-t", "Demo 1", "uit", NULL), ==, 0);
  g_assert_nonnull (strstr (f->out, "Imported."));
  g_assert_cmpuint (count_rows (f, "SELECT count(*) FROM inlevering WHERE status = 'actief'"), ==, n_files);

  /* the same files again change nothing */
  g_assert_cmpint (run_cli (f, "import", "-t", "Demo 1", "uit", NULL), ==, 0);
  g_assert_nonnull (strstr (f->out, "already imported"));
  g_assert_cmpuint (count_rows (f, "SELECT count(*) FROM inlevering"), ==, n_files);

  /* not a workbook: refused, named, exit 1, the rest still read */
  g_assert_true (g_file_set_contents (bogus, "geen werkmap", -1, NULL));
  g_assert_cmpint (run_cli (f, "import", "-t", "Demo 1", "bogus.xlsx", "uit", NULL), ==, 1);
  g_assert_nonnull (strstr (f->out, "bogus.xlsx"));
  g_assert_nonnull (strstr (f->out, "with errors"));

  /* a blank workbook without a name says which cell to fill in */
  g_assert_cmpint (run_cli (f, "export-uitvraag", "-t", "Demo 1", "-s", "Sessie 1", "--blank", "-o", "leeg", NULL), ==, 0);
  g_assert_cmpint (run_cli (f, "import", "-t", "Demo 1", "leeg", NULL), ==, 1);
  g_assert_nonnull (strstr (f->out, "Instructie"));
  g_assert_cmpuint (count_rows (f, "SELECT count(*) FROM inlevering"), ==, n_files);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/cli/usage-errors", test_usage_errors);
  ADD ("/cli/help", test_help);
  ADD ("/cli/demo-and-list", test_demo_and_list);
  ADD ("/cli/db-option", test_db_option);
  ADD ("/cli/not-a-database", test_not_a_database);
  ADD ("/cli/newer-and-foreign", test_newer_and_foreign);
  ADD ("/cli/corrupt", test_corrupt);
  ADD ("/cli/read-only", test_read_only);
  ADD ("/cli/locked", test_locked);
  ADD ("/cli/export", test_export);
  ADD ("/cli/stats", test_stats);
  ADD ("/cli/check", test_check);
  ADD ("/cli/export-options", test_export_options);
  ADD ("/cli/uitvraag", test_uitvraag);
#undef ADD

  return g_test_run ();
}
