/* tafel-db.h: opening, checking and migrating a database file
 *
 * tafel_db_open() refuses, before it writes a single byte, every file that
 * is not an Ontwikkeltafel database, is damaged, was written by a newer
 * schema, is held by another program or cannot be written. Only then does
 * it switch the file to WAL and run the migrations it still needs.
 */
#pragma once

#include <sqlite3.h>
#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  int      busy_timeout_ms;   /* how long to wait for another writer */
  gboolean quick_check;       /* run PRAGMA quick_check before use */
  int      target_version;    /* migrate up to here; 0 for the latest (tests use others) */
} TafelDbOptions;

sqlite3  *tafel_db_open          (const char           *path,
                                  const TafelDbOptions *options,
                                  GError              **error);
gboolean  tafel_db_exec          (sqlite3              *db,
                                  const char           *sql,
                                  GError              **error);
void      tafel_db_set_error     (GError              **error,
                                  sqlite3              *db,
                                  int                   rc,
                                  const char           *path);
int       tafel_db_get_user_version (sqlite3           *db);
char     *tafel_db_dup_default_path (void);

G_END_DECLS
