/* tafel-store-links.c: look-ups, counts, agendas and attendance */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "tafel-error.h"
#include "tafel-store-private.h"

static gboolean
is_all_digits (const char *text)
{
  if (text == NULL || *text == '\0')
    return FALSE;

  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isdigit (*p))
      return FALSE;

  return TRUE;
}

static gint64
query_id (TafelStore *self,
          const char *sql,
          gint64      a,
          const char *text)
{
  sqlite3_stmt *stmt = _tafel_store_prepare (self, sql, NULL);
  gint64 id = 0;

  if (stmt == NULL)
    return 0;

  sqlite3_bind_int64 (stmt, 1, a);
  sqlite3_bind_text (stmt, 2, text, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  return id;
}

/* A traject by its id ("3") or its name, ignoring case. */
TafelTraject *
tafel_store_find_traject (TafelStore *self,
                          const char *name_or_id,
                          GError    **error)
{
  gint64 id = 0;

  g_return_val_if_fail (TAFEL_IS_STORE (self), NULL);
  g_return_val_if_fail (name_or_id != NULL, NULL);

  id = query_id (self, "SELECT id FROM traject WHERE ?1 = ?1 AND name = ?2 COLLATE NOCASE"
                       " AND deleted_at IS NULL", 0, name_or_id);

  if (id == 0 && is_all_digits (name_or_id))
    id = g_ascii_strtoll (name_or_id, NULL, 10);

  if (id > 0)
    {
      g_autoptr(GError) local_error = NULL;
      TafelTraject *traject = tafel_store_get (self, TAFEL_TYPE_TRAJECT, id, &local_error);

      if (traject != NULL)
        return traject;
      if (!g_error_matches (local_error, TAFEL_ERROR, TAFEL_ERROR_NOT_FOUND))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
    }

  g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_NOT_FOUND,
               _("There is no traject “%s”."), name_or_id);
  return NULL;
}

/* The live row of @type in the traject whose title column equals @name,
 * ignoring case; NULL when there is none. */
gpointer
tafel_store_find_by_name (TafelStore *self,
                          GType       type,
                          gint64      traject_id,
                          const char *name)
{
  g_autoptr(GTypeClass) klass = NULL;
  const TafelTable *table;
  g_autofree char *sql = NULL;
  gint64 id;

  g_return_val_if_fail (TAFEL_IS_STORE (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  klass = g_type_class_ref (type);
  table = tafel_entity_class_get_table (TAFEL_ENTITY_CLASS (klass));
  g_return_val_if_fail (table->title_column != NULL, NULL);

  sql = g_strdup_printf ("SELECT id FROM %s WHERE %s AND %s = ?2 COLLATE NOCASE"
                         " AND deleted_at IS NULL ORDER BY id LIMIT 1",
                         table->name, table->per_traject ? "traject_id = ?1" : "?1 = ?1",
                         table->title_column);
  id = query_id (self, sql, traject_id, name);

  return id > 0 ? tafel_store_get (self, type, id, NULL) : NULL;
}

gboolean
tafel_store_count (TafelStore         *self,
                   gint64              traject_id,
                   TafelTrajectCounts *counts,
                   GError            **error)
{
  static const char sql[] =
    "SELECT"
    " (SELECT count(*) FROM sessie WHERE traject_id = ?1 AND deleted_at IS NULL),"
    " (SELECT count(*) FROM deelproduct WHERE traject_id = ?1 AND deleted_at IS NULL),"
    " (SELECT count(*) FROM organisatie WHERE traject_id = ?1 AND deleted_at IS NULL),"
    " (SELECT count(*) FROM deelnemer WHERE traject_id = ?1 AND deleted_at IS NULL),"
    " (SELECT count(*) FROM geeltje WHERE traject_id = ?1 AND deleted_at IS NULL),"
    " (SELECT count(*) FROM geeltje WHERE traject_id = ?1 AND deleted_at IS NULL AND status = 'open'),"
    " (SELECT count(*) FROM aanbod WHERE traject_id = ?1 AND deleted_at IS NULL)";
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (TAFEL_IS_STORE (self), FALSE);

  stmt = _tafel_store_prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, traject_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      counts->n_sessies = sqlite3_column_int (stmt, 0);
      counts->n_deelproducten = sqlite3_column_int (stmt, 1);
      counts->n_organisaties = sqlite3_column_int (stmt, 2);
      counts->n_deelnemers = sqlite3_column_int (stmt, 3);
      counts->n_geeltjes = sqlite3_column_int (stmt, 4);
      counts->n_geeltjes_open = sqlite3_column_int (stmt, 5);
      counts->n_aanbod = sqlite3_column_int (stmt, 6);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_ROW)
    {
      tafel_db_set_error (error, _tafel_store_get_db (self), rc, tafel_store_get_path (self));
      return FALSE;
    }

  return TRUE;
}

/* The ids of the question blocks on a session's agenda, in order. */
GArray *
tafel_store_get_agenda (TafelStore *self,
                        gint64      sessie_id,
                        GError    **error)
{
  static const char sql[] =
    "SELECT a.vraagblok_id FROM sessie_agenda a JOIN vraagblok v ON v.id = a.vraagblok_id"
    " WHERE a.sessie_id = ?1 AND v.deleted_at IS NULL ORDER BY a.position";
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (TAFEL_IS_STORE (self), NULL);

  stmt = _tafel_store_prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, sessie_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      tafel_db_set_error (error, _tafel_store_get_db (self), rc, tafel_store_get_path (self));
      return NULL;
    }

  return g_steal_pointer (&ids);
}

static gboolean
belongs_to_traject (TafelStore *self,
                    const char *table,
                    gint64      id,
                    gint64      traject_id)
{
  g_autofree char *sql = g_strdup_printf ("SELECT id FROM %s WHERE id = ?1 AND traject_id = ?2"
                                          " AND deleted_at IS NULL", table);
  sqlite3_stmt *stmt = _tafel_store_prepare (self, sql, NULL);
  gboolean found;

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_int64 (stmt, 2, traject_id);
  found = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_reset (stmt);

  return found;
}

/* Replaces the agenda of @sessie by @vraagblok_ids, in that order. */
gboolean
tafel_store_set_agenda (TafelStore   *self,
                        TafelSessie  *sessie,
                        const gint64 *vraagblok_ids,
                        guint         n_ids,
                        GError      **error)
{
  gint64 traject_id = tafel_entity_get_traject_id (TAFEL_ENTITY (sessie));
  gint64 sessie_id = tafel_entity_get_id (TAFEL_ENTITY (sessie));
  sqlite3_stmt *stmt;

  g_return_val_if_fail (TAFEL_IS_STORE (self), FALSE);
  g_return_val_if_fail (TAFEL_IS_SESSIE (sessie), FALSE);

  for (guint i = 0; i < n_ids; i++)
    {
      for (guint j = 0; j < i; j++)
        {
          if (vraagblok_ids[i] == vraagblok_ids[j])
            {
              g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_INVALID,
                           _("%s: a question block is on the agenda twice."),
                           tafel_sessie_get_name (sessie));
              return FALSE;
            }
        }
    }

  if (!_tafel_store_write_begin (self, error))
    return FALSE;

  if (!belongs_to_traject (self, "sessie", sessie_id, traject_id))
    {
      g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_NOT_FOUND,
                   _("%s %d no longer exists; it may have been deleted."), _("Session"), (int) sessie_id);
      goto fail;
    }

  stmt = _tafel_store_prepare (self, "DELETE FROM sessie_agenda WHERE sessie_id = ?1", error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, sessie_id);
  if (!_tafel_store_step_done (self, stmt, error))
    goto fail;

  for (guint i = 0; i < n_ids; i++)
    {
      if (!belongs_to_traject (self, "vraagblok", vraagblok_ids[i], traject_id))
        {
          g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_INVALID,
                       _("%s: the chosen %s does not exist (any more) in this traject."),
                       tafel_sessie_get_name (sessie), _("question block"));
          goto fail;
        }

      stmt = _tafel_store_prepare (self, "INSERT INTO sessie_agenda (sessie_id, vraagblok_id, position)"
                                         " VALUES (?1, ?2, ?3)", error);
      if (stmt == NULL)
        goto fail;
      sqlite3_bind_int64 (stmt, 1, sessie_id);
      sqlite3_bind_int64 (stmt, 2, vraagblok_ids[i]);
      sqlite3_bind_int64 (stmt, 3, i);
      if (!_tafel_store_step_done (self, stmt, error))
        goto fail;
    }

  if (!_tafel_store_write_commit (self, error))
    return FALSE;

  _tafel_store_emit (self, TAFEL_STORE_SIGNAL_LINKS, "agenda", NULL, traject_id);
  return TRUE;

fail:
  _tafel_store_write_rollback (self);
  return FALSE;
}

/* Who attended which session in a traject, as TafelAttendance pairs. */
GArray *
tafel_store_get_attendance (TafelStore *self,
                            gint64      traject_id,
                            GError    **error)
{
  static const char sql[] =
    "SELECT a.deelnemer_id, a.sessie_id FROM aanwezigheid a"
    " JOIN deelnemer d ON d.id = a.deelnemer_id"
    " JOIN sessie s ON s.id = a.sessie_id"
    " WHERE d.traject_id = ?1 AND d.deleted_at IS NULL AND s.deleted_at IS NULL"
    " ORDER BY a.deelnemer_id, a.sessie_id";
  g_autoptr(GArray) pairs = g_array_new (FALSE, FALSE, sizeof (TafelAttendance));
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (TAFEL_IS_STORE (self), NULL);

  stmt = _tafel_store_prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, traject_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TafelAttendance a = { sqlite3_column_int64 (stmt, 0), sqlite3_column_int64 (stmt, 1) };
      g_array_append_val (pairs, a);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      tafel_db_set_error (error, _tafel_store_get_db (self), rc, tafel_store_get_path (self));
      return NULL;
    }

  return g_steal_pointer (&pairs);
}

gboolean
tafel_store_set_present (TafelStore     *self,
                         TafelDeelnemer *deelnemer,
                         TafelSessie    *sessie,
                         gboolean        present,
                         GError        **error)
{
  gint64 traject_id = tafel_entity_get_traject_id (TAFEL_ENTITY (deelnemer));
  sqlite3_stmt *stmt;

  g_return_val_if_fail (TAFEL_IS_STORE (self), FALSE);
  g_return_val_if_fail (TAFEL_IS_DEELNEMER (deelnemer), FALSE);
  g_return_val_if_fail (TAFEL_IS_SESSIE (sessie), FALSE);

  if (!_tafel_store_write_begin (self, error))
    return FALSE;

  if (!belongs_to_traject (self, "deelnemer", tafel_entity_get_id (TAFEL_ENTITY (deelnemer)), traject_id) ||
      !belongs_to_traject (self, "sessie", tafel_entity_get_id (TAFEL_ENTITY (sessie)), traject_id))
    {
      g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_NOT_FOUND,
                   _("%s: this participant or session no longer exists in this traject."),
                   tafel_deelnemer_get_name (deelnemer));
      goto fail;
    }

  stmt = _tafel_store_prepare (self, present
                                     ? "INSERT OR IGNORE INTO aanwezigheid (deelnemer_id, sessie_id) VALUES (?1, ?2)"
                                     : "DELETE FROM aanwezigheid WHERE deelnemer_id = ?1 AND sessie_id = ?2",
                               error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, tafel_entity_get_id (TAFEL_ENTITY (deelnemer)));
  sqlite3_bind_int64 (stmt, 2, tafel_entity_get_id (TAFEL_ENTITY (sessie)));
  if (!_tafel_store_step_done (self, stmt, error))
    goto fail;

  if (!_tafel_store_write_commit (self, error))
    return FALSE;

  _tafel_store_emit (self, TAFEL_STORE_SIGNAL_LINKS, "aanwezigheid", NULL, traject_id);
  return TRUE;

fail:
  _tafel_store_write_rollback (self);
  return FALSE;
}
