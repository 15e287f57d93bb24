/* tafel-store-rows.c: the SQL generated from the field tables, reading rows
 * into objects, and the checks against the database that every write makes
 * first */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "tafel-error.h"
#include "tafel-store-private.h"

static char *
build_sql (TafelSqlKind      kind,
           const TafelTable *table,
           const TafelField *field)
{
  GString *sql = g_string_new (NULL);
  guint i;

  switch (kind)
    {
    case TAFEL_SQL_LIST:
    case TAFEL_SQL_GET:
    case TAFEL_SQL_GET_DELETED:
      g_string_append (sql, "SELECT id");
      for (const TafelField *f = table->fields; f->column != NULL; f++)
        g_string_append_printf (sql, ", %s", f->column);
      g_string_append_printf (sql, " FROM %s WHERE deleted_at IS %s", table->name,
                              kind == TAFEL_SQL_GET_DELETED ? "NOT NULL" : "NULL");
      if (kind != TAFEL_SQL_LIST)
        g_string_append (sql, " AND id = ?1");
      else
        g_string_append_printf (sql, "%s ORDER BY %s",
                                table->per_traject ? " AND traject_id = ?1" : "", table->order_by);
      break;

    case TAFEL_SQL_INSERT:
      g_string_append_printf (sql, "INSERT INTO %s (", table->name);
      for (i = 0; table->fields[i].column != NULL; i++)
        g_string_append_printf (sql, "%s%s", i ? ", " : "", table->fields[i].column);
      g_string_append (sql, ") VALUES (");
      for (i = 0; table->fields[i].column != NULL; i++)
        g_string_append_printf (sql, "%s?%u", i ? ", " : "", i + 1);
      g_string_append (sql, ")");
      break;

    case TAFEL_SQL_REF:
      if (g_str_equal (field->ref_table, "traject"))
        g_string_append (sql, "SELECT 1 FROM traject WHERE id = ?1 AND ?2 = ?2 AND deleted_at IS NULL");
      else
        g_string_append_printf (sql, "SELECT 1 FROM %s WHERE id = ?1 AND traject_id = ?2"
                                     " AND deleted_at IS NULL", field->ref_table);
      break;

    case TAFEL_SQL_UNIQUE:
      g_string_append_printf (sql, "SELECT 1 FROM %s WHERE id <> ?1 AND %s AND %s = ?3 COLLATE NOCASE"
                                   " AND deleted_at IS NULL",
                              table->name, table->per_traject ? "traject_id = ?2" : "?2 = ?2",
                              field->column);
      break;

    case TAFEL_SQL_NEXT_POSITION:
      g_string_append_printf (sql, "SELECT COALESCE(MAX(position) + 1, 0) FROM %s"
                                   " WHERE traject_id = ?1 AND deleted_at IS NULL", table->name);
      break;

    default:
      g_assert_not_reached ();
    }

  return g_string_free (sql, FALSE);
}

/* The SQL of @kind for @table (or @field). It depends only on the static
 * field tables, so it is generated once per process and kept. */
const char *
_tafel_store_sql (TafelSqlKind      kind,
                  const TafelTable *table,
                  const TafelField *field)
{
  static GHashTable *cache[TAFEL_N_SQL_KINDS];
  G_LOCK_DEFINE_STATIC (cache);
  gconstpointer key = field ? (gconstpointer) field : (gconstpointer) table;
  char *sql;

  g_return_val_if_fail (kind < TAFEL_N_SQL_KINDS, NULL);

  G_LOCK (cache);
  if (cache[kind] == NULL)
    cache[kind] = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  sql = g_hash_table_lookup (cache[kind], key);
  if (sql == NULL)
    {
      sql = build_sql (kind, table, field);
      g_hash_table_insert (cache[kind], (gpointer) key, sql);
    }
  G_UNLOCK (cache);

  return sql;
}

static void
fill_from_row (TafelEntity  *entity,
               sqlite3_stmt *stmt)
{
  const TafelTable *table = tafel_entity_get_table (entity);
  int col = 1;

  _tafel_entity_set_id (entity, sqlite3_column_int64 (stmt, 0));

  for (const TafelField *f = table->fields; f->column != NULL; f++, col++)
    {
      gpointer ptr = _tafel_entity_field_ptr (entity, f);
      const char *text;

      switch (f->type)
        {
        case TAFEL_FIELD_INT:
        case TAFEL_FIELD_REF:
          *(gint64 *) ptr = sqlite3_column_int64 (stmt, col);
          break;
        case TAFEL_FIELD_DECIMAL:
          *(gint64 *) ptr = sqlite3_column_type (stmt, col) == SQLITE_NULL
                            ? TAFEL_DECIMAL_NONE : sqlite3_column_int64 (stmt, col);
          break;
        case TAFEL_FIELD_BOOL:
          *(gboolean *) ptr = sqlite3_column_int (stmt, col) != 0;
          break;
        case TAFEL_FIELD_CHOICE:
          text = (const char *) sqlite3_column_text (stmt, col);
          *(const char **) ptr = tafel_choice_intern (f->choices, text);
          if (*(const char **) ptr == NULL)
            *(const char **) ptr = f->choices[0].id;
          break;
        case TAFEL_FIELD_TEXT:
        case TAFEL_FIELD_LONG_TEXT:
          text = (const char *) sqlite3_column_text (stmt, col);
          g_free (*(char **) ptr);
          *(char **) ptr = g_strdup (text ? text : "");
          break;
        default:
          text = (const char *) sqlite3_column_text (stmt, col);
          g_free (*(char **) ptr);
          *(char **) ptr = g_strdup (text);
          break;
        }
    }
}

/* Every live row of @type in the traject (all trajecten for
 * TAFEL_TYPE_TRAJECT), in the table's natural order. */
GPtrArray *
tafel_store_list (TafelStore *self,
                  GType       type,
                  gint64      traject_id,
                  GError    **error)
{
  g_autoptr(GTypeClass) klass = NULL;
  g_autoptr(GPtrArray) result = NULL;
  const TafelTable *table;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (TAFEL_IS_STORE (self), NULL);
  g_return_val_if_fail (g_type_is_a (type, TAFEL_TYPE_ENTITY), NULL);

  klass = g_type_class_ref (type);
  table = tafel_entity_class_get_table (TAFEL_ENTITY_CLASS (klass));

  stmt = _tafel_store_prepare (self, _tafel_store_sql (TAFEL_SQL_LIST, table, NULL), error);
  if (stmt == NULL)
    return NULL;

  if (table->per_traject)
    sqlite3_bind_int64 (stmt, 1, traject_id);

  result = g_ptr_array_new_with_free_func (g_object_unref);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TafelEntity *entity = g_object_new (type, NULL);

      fill_from_row (entity, stmt);
      g_ptr_array_add (result, entity);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      tafel_db_set_error (error, _tafel_store_get_db (self), rc, tafel_store_get_path (self));
      return NULL;
    }

  return g_steal_pointer (&result);
}

void
_tafel_store_set_gone_error (GError          **error,
                             const TafelTable *table,
                             gint64            id)
{
  g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_NOT_FOUND,
               _("%s %d no longer exists; it may have been deleted."),
               _(table->label), (int) id);
}

/* One live row by id, or NULL with TAFEL_ERROR_NOT_FOUND. */
static gpointer _tafel_store_get_row (TafelStore *self, GType type, gint64 id, gboolean deleted,
                                      GError **error);

gpointer
tafel_store_get (TafelStore *self,
                 GType       type,
                 gint64      id,
                 GError    **error)
{
  return _tafel_store_get_row (self, type, id, FALSE, error);
}

/* A row deleted but not yet purged, to pass to tafel_store_restore(). */
gpointer
tafel_store_get_deleted (TafelStore *self,
                         GType       type,
                         gint64      id,
                         GError    **error)
{
  return _tafel_store_get_row (self, type, id, TRUE, error);
}

static gpointer
_tafel_store_get_row (TafelStore *self,
                      GType       type,
                      gint64      id,
                      gboolean    deleted,
                      GError    **error)
{
  g_autoptr(GTypeClass) klass = NULL;
  const TafelTable *table;
  TafelEntity *entity = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (TAFEL_IS_STORE (self), NULL);
  g_return_val_if_fail (g_type_is_a (type, TAFEL_TYPE_ENTITY), NULL);

  klass = g_type_class_ref (type);
  table = tafel_entity_class_get_table (TAFEL_ENTITY_CLASS (klass));

  stmt = _tafel_store_prepare (self, _tafel_store_sql (deleted ? TAFEL_SQL_GET_DELETED : TAFEL_SQL_GET,
                                                      table, NULL), error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);

  if (rc == SQLITE_ROW)
    {
      entity = g_object_new (type, NULL);
      fill_from_row (entity, stmt);
    }
  sqlite3_reset (stmt);

  if (rc == SQLITE_DONE)
    _tafel_store_set_gone_error (error, table, id);
  else if (rc != SQLITE_ROW)
    tafel_db_set_error (error, _tafel_store_get_db (self), rc, tafel_store_get_path (self));

  return entity;
}

/* ---- checks that need the database ---------------------------------- */

static gboolean
row_exists (TafelStore  *self,
            const char  *sql,
            gint64       a,
            gint64       b,
            const char  *text,
            gboolean    *exists,
            GError     **error)
{
  sqlite3_stmt *stmt = _tafel_store_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, a);
  sqlite3_bind_int64 (stmt, 2, b);
  if (text != NULL)
    sqlite3_bind_text (stmt, 3, text, -1, SQLITE_TRANSIENT);

  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);

  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      tafel_db_set_error (error, _tafel_store_get_db (self), rc, tafel_store_get_path (self));
      return FALSE;
    }

  *exists = rc == SQLITE_ROW;
  return TRUE;
}

static gboolean
check_field_in_db (TafelStore       *self,
                   TafelEntity      *proposed,
                   const TafelField *field,
                   GError          **error)
{
  const TafelTable *table = tafel_entity_get_table (proposed);
  gboolean exists = FALSE;

  if (field->type == TAFEL_FIELD_REF)
    {
      gint64 ref = *(gint64 *) _tafel_entity_field_ptr (proposed, field);

      if (ref == 0)
        return TRUE;

      if (!row_exists (self, _tafel_store_sql (TAFEL_SQL_REF, table, field), ref, tafel_entity_get_traject_id (proposed), NULL, &exists, error))
        return FALSE;

      if (!exists)
        {
          g_autofree char *where = tafel_entity_dup_description (proposed);

          g_set_error (error, TAFEL_ERROR,
                       g_str_equal (field->ref_table, "traject") ? TAFEL_ERROR_NOT_FOUND : TAFEL_ERROR_INVALID,
                       _("%s: the chosen %s does not exist (any more) in this traject."),
                       where, _(field->label));
          return FALSE;
        }
    }
  else if (field->flags & TAFEL_FIELD_UNIQUE)
    {
      const char *value = *(const char **) _tafel_entity_field_ptr (proposed, field);

      if (!row_exists (self, _tafel_store_sql (TAFEL_SQL_UNIQUE, table, field), tafel_entity_get_id (proposed),
                       tafel_entity_get_traject_id (proposed), value, &exists, error))
        return FALSE;

      if (exists)
        {
          g_autofree char *label = g_utf8_strdown (_(table->label), -1);

          g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_DUPLICATE,
                       _("There is already a %s named “%s”. Choose another name."),
                       label, value);
          return FALSE;
        }
    }

  return TRUE;
}

/* Checks against the database what validation alone cannot: that the
 * rows @proposed refers to exist, and that unique names are free. */
gboolean
_tafel_store_check_fields (TafelStore   *self,
                           TafelEntity  *proposed,
                           GPtrArray    *fields,
                           GError      **error)
{
  for (guint i = 0; i < fields->len; i++)
    {
      if (!check_field_in_db (self, proposed, g_ptr_array_index (fields, i), error))
        return FALSE;
    }

  return TRUE;
}

void
_tafel_store_bind_field (sqlite3_stmt     *stmt,
                         int               index,
                         const TafelField *field,
                         const GValue     *value)
{
  switch (field->type)
    {
    case TAFEL_FIELD_INT:
      sqlite3_bind_int64 (stmt, index, g_value_get_int64 (value));
      break;
    case TAFEL_FIELD_DECIMAL:
      if (g_value_get_int64 (value) == TAFEL_DECIMAL_NONE)
        sqlite3_bind_null (stmt, index);
      else
        sqlite3_bind_int64 (stmt, index, g_value_get_int64 (value));
      break;
    case TAFEL_FIELD_REF:
      if (g_value_get_int64 (value) == 0)
        sqlite3_bind_null (stmt, index);
      else
        sqlite3_bind_int64 (stmt, index, g_value_get_int64 (value));
      break;
    case TAFEL_FIELD_BOOL:
      sqlite3_bind_int (stmt, index, g_value_get_boolean (value) ? 1 : 0);
      break;
    case TAFEL_FIELD_CHOICE:
      sqlite3_bind_text (stmt, index, g_value_get_string (value), -1, SQLITE_STATIC);
      break;
    default:
      if (g_value_get_string (value) == NULL)
        sqlite3_bind_null (stmt, index);
      else
        sqlite3_bind_text (stmt, index, g_value_get_string (value), -1, SQLITE_TRANSIENT);
      break;
    }
}

/* The position after the last live row of @entity's table in its
 * traject, or -1 with @error set. */
gint64
_tafel_store_next_position (TafelStore  *self,
                            TafelEntity *entity,
                            GError     **error)
{
  const TafelTable *table = tafel_entity_get_table (entity);
  sqlite3_stmt *stmt = _tafel_store_prepare (self, _tafel_store_sql (TAFEL_SQL_NEXT_POSITION, table, NULL), error);
  gint64 position = -1;
  int rc;

  if (stmt == NULL)
    return -1;

  sqlite3_bind_int64 (stmt, 1, tafel_entity_get_traject_id (entity));
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    position = sqlite3_column_int64 (stmt, 0);
  else
    tafel_db_set_error (error, _tafel_store_get_db (self), rc, tafel_store_get_path (self));
  sqlite3_reset (stmt);

  return position;
}
