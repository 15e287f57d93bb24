/* tafel-db.c: opening, checking and migrating a database file */
#include "config.h"

#include <errno.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "tafel-db.h"
#include "tafel-error.h"
#include "tafel-schema.h"

#define SQLITE_HEADER "SQLite format 3"

static char *
dup_display_name (const char *path)
{
  return g_filename_display_name (path);
}

/* Maps a failed SQLite call to a TafelError whose message tells a person
 * what happened to which file and what to do about it. */
void
tafel_db_set_error (GError    **error,
                    sqlite3    *db,
                    int         rc,
                    const char *path)
{
  g_autofree char *name = dup_display_name (path ? path : sqlite3_db_filename (db, "main"));
  const char *detail = db ? sqlite3_errmsg (db) : sqlite3_errstr (rc);

  switch (rc & 0xff)
    {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_LOCKED,
                   _("The database “%s” is in use by another program. Close that program and try again."),
                   name);
      break;
    case SQLITE_READONLY:
    case SQLITE_PERM:
      g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_READ_ONLY,
                   _("The database “%s” cannot be written to (it, its folder or the disk is read-only). Nothing was changed."),
                   name);
      break;
    case SQLITE_FULL:
      g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_IO,
                   _("The disk holding “%s” is full. Nothing was changed; make room and try again."),
                   name);
      break;
    case SQLITE_CORRUPT:
      g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_CORRUPT,
                   _("The database “%s” is damaged (%s). Restore a backup copy."),
                   name, detail);
      break;
    case SQLITE_NOTADB:
      g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_NOT_OURS,
                   _("“%s” is not an Ontwikkeltafel database."), name);
      break;
    case SQLITE_CANTOPEN:
      g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_IO,
                   _("The database “%s” cannot be opened (%s)."), name, detail);
      break;
    default:
      g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_IO,
                   _("Reading or writing the database “%s” failed (%s)."), name, detail);
      break;
    }
}

gboolean
tafel_db_exec (sqlite3    *db,
               const char *sql,
               GError    **error)
{
  int rc = sqlite3_exec (db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      tafel_db_set_error (error, db, rc, NULL);
      return FALSE;
    }

  return TRUE;
}

static gboolean
query_int (sqlite3    *db,
           const char *sql,
           gint64     *out,
           GError    **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);

  if (rc == SQLITE_OK)
    {
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          *out = sqlite3_column_int64 (stmt, 0);
          rc = SQLITE_OK;
        }
      else if (rc == SQLITE_DONE)
        {
          *out = 0;
          rc = SQLITE_OK;
        }
    }

  if (rc != SQLITE_OK)
    tafel_db_set_error (error, db, rc, NULL);

  sqlite3_finalize (stmt);
  return rc == SQLITE_OK;
}

int
tafel_db_get_user_version (sqlite3 *db)
{
  gint64 v = 0;

  if (!query_int (db, "PRAGMA user_version", &v, NULL))
    return -1;

  return (int) v;
}

static gboolean
run_quick_check (sqlite3    *db,
                 const char *path,
                 GError    **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (db, "PRAGMA quick_check(1)", -1, &stmt, NULL);
  g_autofree char *result = NULL;

  if (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      result = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);

  if (rc != SQLITE_OK)
    {
      tafel_db_set_error (error, db, rc, path);
      return FALSE;
    }

  if (g_strcmp0 (result, "ok") != 0)
    {
      g_autofree char *name = dup_display_name (path);
      g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_CORRUPT,
                   _("The database “%s” is damaged (%s). Restore a backup copy."),
                   name, result ? result : "?");
      return FALSE;
    }

  return TRUE;
}

/* Checks that happen before SQLite touches the file. */
static gboolean
check_file (const char *path,
            gboolean   *exists,
            GError    **error)
{
  g_autofree char *name = dup_display_name (path);
  g_autofree char *dir = g_path_get_dirname (path);
  GStatBuf st;

  *exists = g_stat (path, &st) == 0;

  if (*exists)
    {
      if (S_ISDIR (st.st_mode))
        {
          g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_NOT_OURS,
                       _("“%s” is a folder, not an Ontwikkeltafel database."), name);
          return FALSE;
        }

      if (st.st_size > 0)
        {
          char header[16] = { 0 };
          FILE *f = g_fopen (path, "rb");
          size_t n = 0;

          if (f == NULL)
            {
              int saved = errno;
              g_set_error (error, TAFEL_ERROR, saved == EACCES ? TAFEL_ERROR_READ_ONLY : TAFEL_ERROR_IO,
                           _("The database “%s” cannot be opened (%s)."), name, g_strerror (saved));
              return FALSE;
            }
          n = fread (header, 1, sizeof header, f);
          fclose (f);

          if (n < sizeof header || memcmp (header, SQLITE_HEADER, strlen (SQLITE_HEADER) + 1) != 0)
            {
              g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_NOT_OURS,
                           _("“%s” is not an Ontwikkeltafel database: it is not a database file at all."),
                           name);
              return FALSE;
            }
        }

      /* Also refuse a file marked read-only when we run as root, who could
       * write it anyway: the mark says somebody wants it left alone. */
      if ((st.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) == 0 || g_access (path, W_OK) != 0)
        {
          g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_READ_ONLY,
                       _("The database “%s” is read-only, so changes could not be saved. Copy it to a folder where you may write, or remove the read-only mark."),
                       name);
          return FALSE;
        }
    }
  else if (g_file_test (dir, G_FILE_TEST_IS_DIR) == FALSE)
    {
      g_autofree char *dir_name = dup_display_name (dir);
      g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_IO,
                   _("The folder “%s” for the database does not exist."), dir_name);
      return FALSE;
    }

  /* WAL keeps two files beside the database, so the folder must be writable. */
  if (g_access (dir, W_OK) != 0)
    {
      g_autofree char *dir_name = dup_display_name (dir);
      g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_READ_ONLY,
                   _("The folder “%s” is read-only, so the database “%s” cannot be used there. Copy it to a folder where you may write."),
                   dir_name, name);
      return FALSE;
    }

  return TRUE;
}

static gboolean
migrate (sqlite3    *db,
         int         from,
         int         to,
         const char *path,
         GError    **error)
{
  for (int version = from + 1; version <= to; version++)
    {
      g_autofree char *mark = NULL;
      int rc = sqlite3_exec (db, "BEGIN IMMEDIATE", NULL, NULL, NULL);

      if (rc != SQLITE_OK)
        {
          tafel_db_set_error (error, db, rc, path);
          return FALSE;
        }

      if (version == 1)
        mark = g_strdup_printf ("PRAGMA application_id = %d; PRAGMA user_version = %d;",
                                TAFEL_APPLICATION_ID, version);
      else
        mark = g_strdup_printf ("PRAGMA user_version = %d;", version);

      rc = sqlite3_exec (db, tafel_schema_migrations[version - 1], NULL, NULL, NULL);
      if (rc == SQLITE_OK)
        rc = sqlite3_exec (db, mark, NULL, NULL, NULL);
      if (rc == SQLITE_OK)
        rc = sqlite3_exec (db, "COMMIT", NULL, NULL, NULL);

      if (rc != SQLITE_OK)
        {
          g_autofree char *name = dup_display_name (path);
          g_autofree char *detail = g_strdup (sqlite3_errmsg (db));

          sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);

          if ((rc & 0xff) == SQLITE_FULL || (rc & 0xff) == SQLITE_READONLY || (rc & 0xff) == SQLITE_BUSY)
            tafel_db_set_error (error, db, rc, path);
          else
            g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_IO,
                         _("Updating the database “%s” to schema %d failed (%s). Nothing was changed."),
                         name, version, detail);
          return FALSE;
        }
    }

  return TRUE;
}

/* Opens @path, creating it when it does not exist. */
sqlite3 *
tafel_db_open (const char           *path,
               const TafelDbOptions *options,
               GError              **error)
{
  TafelDbOptions defaults = { .busy_timeout_ms = 5000, .quick_check = TRUE, .target_version = 0 };
  g_autofree char *name = dup_display_name (path);
  sqlite3 *db = NULL;
  gboolean exists = FALSE;
  gint64 app_id = 0, user_version = 0, n_objects = 0;
  int latest = tafel_schema_get_latest_version ();
  int target;
  int rc;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (options == NULL)
    options = &defaults;
  target = options->target_version > 0 ? MIN (options->target_version, latest) : latest;

  if (!check_file (path, &exists, error))
    return NULL;

  rc = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE | (exists ? 0 : SQLITE_OPEN_CREATE), NULL);
  if (rc != SQLITE_OK)
    {
      tafel_db_set_error (error, db, rc, path);
      sqlite3_close (db);
      return NULL;
    }

  sqlite3_extended_result_codes (db, 1);
  sqlite3_busy_timeout (db, options->busy_timeout_ms);

  /* Read before writing anything: whose file is this? */
  if (!query_int (db, "SELECT count(*) FROM sqlite_schema", &n_objects, error) ||
      !query_int (db, "PRAGMA application_id", &app_id, error) ||
      !query_int (db, "PRAGMA user_version", &user_version, error))
    goto fail;

  if (app_id != TAFEL_APPLICATION_ID && !(app_id == 0 && user_version == 0 && n_objects == 0))
    {
      g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_NOT_OURS,
                   _("“%s” is not an Ontwikkeltafel database: it is a database of another program. It was left unchanged."),
                   name);
      goto fail;
    }

  if (user_version > latest)
    {
      g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_NEWER,
                   _("The database “%s” was written by a newer version of Ontwikkeltafel (schema %d; this version knows up to schema %d). Update Ontwikkeltafel to open it; the file was left unchanged."),
                   name, (int) user_version, latest);
      goto fail;
    }

  if (options->quick_check && n_objects > 0 && !run_quick_check (db, path, error))
    goto fail;

  /* Can we write? Finds a lock held by another program, or a read-only
   * disk, now rather than at the first edit. */
  rc = sqlite3_exec (db, "BEGIN IMMEDIATE", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      tafel_db_set_error (error, db, rc, path);
      goto fail;
    }
  sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);

  {
    sqlite3_stmt *stmt = NULL;
    g_autofree char *mode = NULL;

    rc = sqlite3_prepare_v2 (db, "PRAGMA journal_mode = WAL", -1, &stmt, NULL);
    if (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
      {
        mode = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
        rc = SQLITE_OK;
      }
    sqlite3_finalize (stmt);

    if (rc != SQLITE_OK)
      {
        tafel_db_set_error (error, db, rc, path);
        goto fail;
      }
    if (g_strcmp0 (mode, "wal") != 0)
      {
        g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_IO,
                     _("The database “%s” cannot be switched to safe write-ahead logging (it stays in “%s” mode)."),
                     name, mode ? mode : "?");
        goto fail;
      }
  }

  /* temp_store: a batch's savepoint journals stay in memory, not in a
   * temporary file written page by page. */
  if (!tafel_db_exec (db, "PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;"
                          " PRAGMA temp_store = MEMORY;", error))
    goto fail;

  if (user_version < target)
    {
      if (!migrate (db, (int) user_version, target, path, error))
        goto fail;
    }

  return db;

fail:
  sqlite3_close (db);
  return NULL;
}

/* $XDG_DATA_HOME/ontwikkeltafel/ontwikkeltafel.db; the folder is created. */
char *
tafel_db_dup_default_path (void)
{
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "ontwikkeltafel", NULL);

  g_mkdir_with_parents (dir, 0700);

  return g_build_filename (dir, "ontwikkeltafel.db", NULL);
}
