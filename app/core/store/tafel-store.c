/* tafel-store.c: the one way in and out of the database */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "tafel-error.h"
#include "tafel-store-private.h"
#include "tafel-validate.h"

struct _TafelStore
{
  GObject     parent_instance;

  sqlite3    *db;
  char       *path;
  GHashTable *statements;  /* SQL text → prepared sqlite3_stmt */
  guint       depth;       /* open writes: 1 for a plain write, more inside a batch */
  guint       batch_depth;
  GArray     *pending;     /* PendingSignal, emitted once the transaction commits */
  GArray     *undo;        /* UndoEntry: objects changed inside the open batch, oldest first */
  GArray     *batch_marks; /* BatchMark per open batch: where its signals and undo entries begin */
};

typedef struct {
  TafelStoreSignal signal;
  GQuark           detail;
  gpointer         entity;
  gint64           traject_id;
} PendingSignal;

/* How an object was before the store changed it inside a batch, so that a
 * rollback puts the object back as well as the rows. */
typedef struct {
  TafelEntity *entity;
  TafelEntity *before;
} UndoEntry;

typedef struct {
  guint n_pending;
  guint n_undo;
} BatchMark;

enum {
  ENTITY_ADDED,
  ENTITY_CHANGED,
  ENTITY_REMOVED,
  LINKS_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (TafelStore, tafel_store, G_TYPE_OBJECT)

static void
clear_pending_signal (gpointer data)
{
  PendingSignal *p = data;

  g_clear_object (&p->entity);
}

static void
clear_undo_entry (gpointer data)
{
  UndoEntry *u = data;

  g_clear_object (&u->entity);
  g_clear_object (&u->before);
}

static void
tafel_store_finalize (GObject *object)
{
  TafelStore *self = TAFEL_STORE (object);

  if (self->depth > 0)
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);

  g_clear_pointer (&self->statements, g_hash_table_unref);
  g_clear_pointer (&self->pending, g_array_unref);
  g_clear_pointer (&self->undo, g_array_unref);
  g_clear_pointer (&self->batch_marks, g_array_unref);
  if (self->db != NULL)
    sqlite3_close_v2 (self->db);
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (tafel_store_parent_class)->finalize (object);
}

static void
tafel_store_class_init (TafelStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tafel_store_finalize;

  signals[ENTITY_ADDED] =
    g_signal_new ("entity-added", G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, TAFEL_TYPE_ENTITY);
  signals[ENTITY_CHANGED] =
    g_signal_new ("entity-changed", G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, TAFEL_TYPE_ENTITY);
  signals[ENTITY_REMOVED] =
    g_signal_new ("entity-removed", G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, TAFEL_TYPE_ENTITY);
  signals[LINKS_CHANGED] =
    g_signal_new ("links-changed", G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);
}

static void
finalize_statement (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

static void
tafel_store_init (TafelStore *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, finalize_statement);
  self->pending = g_array_new (FALSE, FALSE, sizeof (PendingSignal));
  g_array_set_clear_func (self->pending, clear_pending_signal);
  self->undo = g_array_new (FALSE, FALSE, sizeof (UndoEntry));
  g_array_set_clear_func (self->undo, clear_undo_entry);
  self->batch_marks = g_array_new (FALSE, FALSE, sizeof (BatchMark));
}

TafelStore *
tafel_store_open (const char *path,
                  GError    **error)
{
  return tafel_store_open_full (path, NULL, error);
}

TafelStore *
tafel_store_open_full (const char           *path,
                       const TafelDbOptions *options,
                       GError              **error)
{
  TafelStore *self;
  sqlite3 *db = tafel_db_open (path, options, error);

  if (db == NULL)
    return NULL;

  self = g_object_new (TAFEL_TYPE_STORE, NULL);
  self->db = db;
  self->path = g_strdup (path);

  return self;
}

const char *
tafel_store_get_path (TafelStore *self)
{
  g_return_val_if_fail (TAFEL_IS_STORE (self), NULL);

  return self->path;
}

sqlite3 *
_tafel_store_get_db (TafelStore *self)
{
  return self->db;
}

/* Returns a cached statement, reset and with its bindings cleared. The
 * caller must leave it reset (see _tafel_store_step_done()) so that no read
 * stays open. */
sqlite3_stmt *
_tafel_store_prepare (TafelStore  *self,
                      const char  *sql,
                      GError     **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->statements, sql);
  int rc;

  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      tafel_db_set_error (error, self->db, rc, self->path);
      return NULL;
    }

  g_hash_table_insert (self->statements, g_strdup (sql), stmt);
  return stmt;
}

/* Runs a statement that returns no rows and resets it. */
gboolean
_tafel_store_step_done (TafelStore   *self,
                        sqlite3_stmt *stmt,
                        GError      **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    {
      tafel_db_set_error (error, self->db, rc, self->path);
      return FALSE;
    }

  return TRUE;
}

/* Every write is wrapped in these: a transaction of its own, or a savepoint
 * inside a batch so that one refused change does not spoil the others. */
gboolean
_tafel_store_write_begin (TafelStore *self,
                          GError    **error)
{
  int rc = sqlite3_exec (self->db, self->depth == 0 ? "BEGIN IMMEDIATE" : "SAVEPOINT tafel_write",
                         NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      tafel_db_set_error (error, self->db, rc, self->path);
      return FALSE;
    }

  self->depth++;
  return TRUE;
}

/* Called before the store changes @entity after a write: inside a batch,
 * keeps a copy of how it was, until the batch commits or rolls back. */
static void
remember_entity (TafelStore  *self,
                 TafelEntity *entity)
{
  UndoEntry u;

  if (self->batch_depth == 0)
    return;

  u.entity = g_object_ref (entity);
  u.before = tafel_entity_dup (entity);
  g_array_append_val (self->undo, u);
}

/* Puts back, newest first, every object changed since @keep entries. */
static void
undo_entities (TafelStore *self,
               guint       keep)
{
  while (self->undo->len > keep)
    {
      UndoEntry *u = &g_array_index (self->undo, UndoEntry, self->undo->len - 1);
      const TafelTable *table = tafel_entity_get_table (u->entity);

      for (const TafelField *f = table->fields; f->column != NULL; f++)
        {
          g_auto(GValue) value = G_VALUE_INIT;

          tafel_entity_get_field_value (u->before, f, &value);
          tafel_entity_apply_field_value (u->entity, f, &value);
        }
      _tafel_entity_set_id (u->entity, tafel_entity_get_id (u->before));

      g_array_set_size (self->undo, self->undo->len - 1);
    }
}

static void
flush_pending (TafelStore *self)
{
  g_autoptr(GArray) pending = self->pending;

  self->pending = g_array_new (FALSE, FALSE, sizeof (PendingSignal));
  g_array_set_clear_func (self->pending, clear_pending_signal);

  for (guint i = 0; i < pending->len; i++)
    {
      PendingSignal *p = &g_array_index (pending, PendingSignal, i);

      switch (p->signal)
        {
        case TAFEL_STORE_SIGNAL_ADDED:
          g_signal_emit (self, signals[ENTITY_ADDED], p->detail, p->entity);
          break;
        case TAFEL_STORE_SIGNAL_CHANGED:
          g_signal_emit (self, signals[ENTITY_CHANGED], p->detail, p->entity);
          break;
        case TAFEL_STORE_SIGNAL_REMOVED:
          g_signal_emit (self, signals[ENTITY_REMOVED], p->detail, p->entity);
          break;
        case TAFEL_STORE_SIGNAL_LINKS:
          g_signal_emit (self, signals[LINKS_CHANGED], p->detail, p->traject_id);
          break;
        default:
          g_assert_not_reached ();
        }
    }
}

gboolean
_tafel_store_write_commit (TafelStore *self,
                           GError    **error)
{
  int rc;

  g_return_val_if_fail (self->depth > 0, FALSE);

  rc = sqlite3_exec (self->db, self->depth == 1 ? "COMMIT" : "RELEASE tafel_write",
                     NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      tafel_db_set_error (error, self->db, rc, self->path);
      _tafel_store_write_rollback (self);
      return FALSE;
    }

  self->depth--;
  if (self->depth == 0)
    {
      g_array_set_size (self->undo, 0);
      flush_pending (self);
    }

  return TRUE;
}

void
_tafel_store_write_rollback (TafelStore *self)
{
  g_return_if_fail (self->depth > 0);

  if (self->depth == 1)
    {
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      g_array_set_size (self->pending, 0);
      undo_entities (self, 0);
    }
  else
    {
      sqlite3_exec (self->db, "ROLLBACK TO tafel_write; RELEASE tafel_write", NULL, NULL, NULL);
    }

  self->depth--;
}

void
_tafel_store_emit (TafelStore       *self,
                   TafelStoreSignal  signal,
                   const char       *detail,
                   gpointer          entity,
                   gint64            traject_id)
{
  static const guint ids[] = {
    [TAFEL_STORE_SIGNAL_ADDED] = ENTITY_ADDED,
    [TAFEL_STORE_SIGNAL_CHANGED] = ENTITY_CHANGED,
    [TAFEL_STORE_SIGNAL_REMOVED] = ENTITY_REMOVED,
    [TAFEL_STORE_SIGNAL_LINKS] = LINKS_CHANGED,
  };
  GQuark quark = g_quark_from_string (detail);
  PendingSignal p;

  /* Nobody listens (the CLI, a bulk import): do not keep the objects alive
   * until the batch commits. */
  if (!g_signal_has_handler_pending (self, signals[ids[signal]], quark, TRUE) &&
      !g_signal_has_handler_pending (self, signals[ids[signal]], 0, TRUE))
    {
      if (self->depth == 0)
        flush_pending (self);
      return;
    }

  p.signal = signal;
  p.detail = quark;
  p.entity = entity ? g_object_ref (entity) : NULL;
  p.traject_id = traject_id;
  g_array_append_val (self->pending, p);

  if (self->depth == 0)
    flush_pending (self);
}

gboolean
tafel_store_begin_batch (TafelStore *self,
                         GError    **error)
{
  g_return_val_if_fail (TAFEL_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->depth == self->batch_depth, FALSE);

  if (!_tafel_store_write_begin (self, error))
    return FALSE;

  {
    BatchMark mark = { self->pending->len, self->undo->len };
    g_array_append_val (self->batch_marks, mark);
  }
  self->batch_depth++;
  return TRUE;
}

gboolean
tafel_store_commit_batch (TafelStore *self,
                          GError    **error)
{
  g_return_val_if_fail (TAFEL_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->batch_depth > 0, FALSE);

  self->batch_depth--;
  g_array_set_size (self->batch_marks, self->batch_depth);
  return _tafel_store_write_commit (self, error);
}

void
tafel_store_rollback_batch (TafelStore *self)
{
  g_return_if_fail (TAFEL_IS_STORE (self));
  g_return_if_fail (self->batch_depth > 0);

  self->batch_depth--;

  /* Forget the signals of this batch and put back the objects it changed,
   * so that an outer batch can go on without them. */
  {
    BatchMark mark = g_array_index (self->batch_marks, BatchMark, self->batch_depth);

    g_array_set_size (self->batch_marks, self->batch_depth);
    g_array_set_size (self->pending, mark.n_pending);
    undo_entities (self, mark.n_undo);
  }

  _tafel_store_write_rollback (self);
}

static gboolean
values_equal (const GValue *a,
              const GValue *b)
{
  if (G_VALUE_TYPE (a) != G_VALUE_TYPE (b))
    return FALSE;

  if (G_VALUE_HOLDS_STRING (a))
    return g_strcmp0 (g_value_get_string (a), g_value_get_string (b)) == 0;
  if (G_VALUE_HOLDS_INT64 (a))
    return g_value_get_int64 (a) == g_value_get_int64 (b);
  if (G_VALUE_HOLDS_BOOLEAN (a))
    return g_value_get_boolean (a) == g_value_get_boolean (b);

  return FALSE;
}

static GArray *
new_value_array (guint n)
{
  GArray *values = g_array_sized_new (FALSE, TRUE, sizeof (GValue), n);

  g_array_set_clear_func (values, (GDestroyNotify) g_value_unset);
  return values;
}

/* Validates every field of a new @entity, stores it and gives it its id. */
gboolean
tafel_store_insert (TafelStore *self,
                    gpointer    entity_ptr,
                    GError    **error)
{
  TafelEntity *entity = entity_ptr;
  const TafelTable *table;
  g_autoptr(GArray) values = NULL;
  g_autoptr(GPtrArray) checked = NULL;
  g_autoptr(TafelEntity) proposed = NULL;
  g_autofree char *now = tafel_timestamp_now ();
  GValue *created = NULL;
  sqlite3_stmt *stmt;
  guint n, i;
  gint64 id;

  g_return_val_if_fail (TAFEL_IS_STORE (self), FALSE);
  g_return_val_if_fail (TAFEL_IS_ENTITY (entity), FALSE);
  g_return_val_if_fail (!tafel_entity_is_stored (entity), FALSE);

  table = tafel_entity_get_table (entity);
  n = tafel_table_get_n_fields (table);
  values = new_value_array (n);
  g_array_set_size (values, n);
  checked = g_ptr_array_new ();

  for (i = 0; i < n; i++)
    {
      const TafelField *f = &table->fields[i];
      g_auto(GValue) current = G_VALUE_INIT;
      GValue *out = &g_array_index (values, GValue, i);

      tafel_entity_get_field_value (entity, f, &current);

      if (f->type == TAFEL_FIELD_TIMESTAMP && g_value_get_string (&current) == NULL)
        {
          g_value_init (out, G_TYPE_STRING);
          g_value_set_string (out, g_str_equal (f->column, "modified_at") && created != NULL
                                   ? g_value_get_string (created) : now);
        }
      else if (!tafel_field_normalize (entity, f, &current, out, error))
        return FALSE;

      if (g_str_equal (f->column, "created_at"))
        created = out;
      if (f->type == TAFEL_FIELD_REF || (f->flags & TAFEL_FIELD_UNIQUE))
        g_ptr_array_add (checked, (gpointer) f);
    }

  proposed = tafel_entity_dup (entity);
  for (i = 0; i < n; i++)
    tafel_entity_apply_field_value (proposed, &table->fields[i], &g_array_index (values, GValue, i));

  if (table->check != NULL && !table->check (proposed, error))
    return FALSE;

  if (!_tafel_store_write_begin (self, error))
    return FALSE;

  if (!_tafel_store_check_fields (self, proposed, checked, error))
    goto fail;

  if (table->positioned)
    {
      const TafelField *pf = tafel_table_find_field (table, "position");
      gint64 position = _tafel_store_next_position (self, proposed, error);

      if (position < 0)
        goto fail;
      g_value_set_int64 (&g_array_index (values, GValue, pf - table->fields), position);
    }

  stmt = _tafel_store_prepare (self, _tafel_store_sql (TAFEL_SQL_INSERT, table, NULL), error);
  if (stmt == NULL)
    goto fail;

  for (i = 0; i < n; i++)
    _tafel_store_bind_field (stmt, i + 1, &table->fields[i], &g_array_index (values, GValue, i));

  if (!_tafel_store_step_done (self, stmt, error))
    goto fail;

  id = sqlite3_last_insert_rowid (self->db);

  if (!_tafel_store_write_commit (self, error))
    return FALSE;

  remember_entity (self, entity);
  for (i = 0; i < n; i++)
    tafel_entity_apply_field_value (entity, &table->fields[i], &g_array_index (values, GValue, i));
  _tafel_entity_set_id (entity, id);

  _tafel_store_emit (self, TAFEL_STORE_SIGNAL_ADDED, table->name, entity, tafel_entity_get_traject_id (entity));
  return TRUE;

fail:
  _tafel_store_write_rollback (self);
  return FALSE;
}

/* Changes fields of a stored entity: @columns[i] gets @values[i]. Values may
 * be given as text for numbers and dates; they are normalised first. */
gboolean
tafel_store_setv (TafelStore    *self,
                  gpointer       entity_ptr,
                  guint          n_values,
                  const char   **columns,
                  const GValue  *values,
                  GError       **error)
{
  TafelEntity *entity = entity_ptr;
  const TafelTable *table;
  g_autoptr(GArray) normalized = NULL;
  g_autoptr(GPtrArray) fields = NULL;
  g_autoptr(GPtrArray) checked = NULL;
  g_autoptr(TafelEntity) proposed = NULL;
  g_autoptr(GString) sql = NULL;
  g_autofree char *now = tafel_timestamp_now ();
  const TafelField *modified;
  sqlite3_stmt *stmt;
  guint i;

  g_return_val_if_fail (TAFEL_IS_STORE (self), FALSE);
  g_return_val_if_fail (TAFEL_IS_ENTITY (entity), FALSE);
  g_return_val_if_fail (tafel_entity_is_stored (entity), FALSE);

  table = tafel_entity_get_table (entity);
  normalized = new_value_array (n_values);
  fields = g_ptr_array_new ();
  checked = g_ptr_array_new ();

  for (i = 0; i < n_values; i++)
    {
      const TafelField *f = tafel_table_find_field (table, columns[i]);
      GValue out = G_VALUE_INIT;
      g_auto(GValue) current = G_VALUE_INIT;

      if (f == NULL || (f->flags & (TAFEL_FIELD_FIXED | TAFEL_FIELD_AUTO)))
        {
          g_critical ("%s: “%s” is not an editable field of %s", G_STRFUNC, columns[i], table->name);
          g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_INVALID,
                       _("The field “%s” cannot be changed."), columns[i]);
          return FALSE;
        }

      if (!tafel_field_normalize (entity, f, &values[i], &out, error))
        return FALSE;

      tafel_entity_get_field_value (entity, f, &current);
      if (values_equal (&current, &out))
        {
          g_value_unset (&out);
          continue;
        }

      g_array_append_val (normalized, out);  /* the array owns it now */
      g_ptr_array_add (fields, (gpointer) f);
      if (f->type == TAFEL_FIELD_REF || (f->flags & TAFEL_FIELD_UNIQUE))
        g_ptr_array_add (checked, (gpointer) f);
    }

  if (fields->len == 0)
    return TRUE;

  proposed = tafel_entity_dup (entity);
  for (i = 0; i < fields->len; i++)
    tafel_entity_apply_field_value (proposed, g_ptr_array_index (fields, i),
                                    &g_array_index (normalized, GValue, i));

  if (table->check != NULL && !table->check (proposed, error))
    return FALSE;

  if (!_tafel_store_write_begin (self, error))
    return FALSE;

  if (!_tafel_store_check_fields (self, proposed, checked, error))
    goto fail;

  modified = tafel_table_find_field (table, "modified_at");

  sql = g_string_new (NULL);
  g_string_append_printf (sql, "UPDATE %s SET ", table->name);
  for (i = 0; i < fields->len; i++)
    g_string_append_printf (sql, "%s = ?%u, ", ((const TafelField *) g_ptr_array_index (fields, i))->column, i + 1);
  g_string_append_printf (sql, "modified_at = ?%u WHERE id = ?%u AND deleted_at IS NULL",
                          fields->len + 1, fields->len + 2);

  stmt = _tafel_store_prepare (self, sql->str, error);
  if (stmt == NULL)
    goto fail;

  for (i = 0; i < fields->len; i++)
    _tafel_store_bind_field (stmt, i + 1, g_ptr_array_index (fields, i), &g_array_index (normalized, GValue, i));
  sqlite3_bind_text (stmt, fields->len + 1, now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, fields->len + 2, tafel_entity_get_id (entity));

  if (!_tafel_store_step_done (self, stmt, error))
    goto fail;

  if (sqlite3_changes (self->db) == 0)
    {
      _tafel_store_set_gone_error (error, table, tafel_entity_get_id (entity));
      goto fail;
    }

  if (!_tafel_store_write_commit (self, error))
    return FALSE;

  remember_entity (self, entity);
  for (i = 0; i < fields->len; i++)
    tafel_entity_apply_field_value (entity, g_ptr_array_index (fields, i),
                                    &g_array_index (normalized, GValue, i));
  if (modified != NULL)
    {
      g_auto(GValue) stamp = G_VALUE_INIT;

      g_value_init (&stamp, G_TYPE_STRING);
      g_value_set_string (&stamp, now);
      tafel_entity_apply_field_value (entity, modified, &stamp);
    }

  _tafel_store_emit (self, TAFEL_STORE_SIGNAL_CHANGED, table->name, entity,
                     tafel_entity_get_traject_id (entity));
  return TRUE;

fail:
  _tafel_store_write_rollback (self);
  return FALSE;
}

gboolean
tafel_store_set_string (TafelStore *self,
                        gpointer    entity,
                        const char *column,
                        const char *value,
                        GError    **error)
{
  g_auto(GValue) v = G_VALUE_INIT;

  g_value_init (&v, G_TYPE_STRING);
  g_value_set_string (&v, value);
  return tafel_store_setv (self, entity, 1, &column, &v, error);
}

gboolean
tafel_store_set_int (TafelStore *self,
                     gpointer    entity,
                     const char *column,
                     gint64      value,
                     GError    **error)
{
  g_auto(GValue) v = G_VALUE_INIT;

  g_value_init (&v, G_TYPE_INT64);
  g_value_set_int64 (&v, value);
  return tafel_store_setv (self, entity, 1, &column, &v, error);
}

gboolean
tafel_store_set_bool (TafelStore *self,
                      gpointer    entity,
                      const char *column,
                      gboolean    value,
                      GError    **error)
{
  g_auto(GValue) v = G_VALUE_INIT;

  g_value_init (&v, G_TYPE_BOOLEAN);
  g_value_set_boolean (&v, value);
  return tafel_store_setv (self, entity, 1, &column, &v, error);
}

/* Edit a copy, commit on save: writes every editable field of
 * @edited_copy (from tafel_entity_dup()) into @entity in one transaction. */
gboolean
tafel_store_save (TafelStore *self,
                  gpointer    entity,
                  gpointer    edited_copy,
                  GError    **error)
{
  const TafelTable *table = tafel_entity_get_table (entity);
  g_autoptr(GArray) values = new_value_array (8);
  g_autoptr(GPtrArray) columns = g_ptr_array_new ();

  g_return_val_if_fail (G_OBJECT_TYPE (entity) == G_OBJECT_TYPE (edited_copy), FALSE);

  for (const TafelField *f = table->fields; f->column != NULL; f++)
    {
      GValue v = G_VALUE_INIT;

      if (f->flags & (TAFEL_FIELD_FIXED | TAFEL_FIELD_AUTO))
        continue;

      tafel_entity_get_field_value (edited_copy, f, &v);
      g_array_append_val (values, v);
      g_ptr_array_add (columns, (gpointer) f->column);
    }

  return tafel_store_setv (self, entity, columns->len, (const char **) columns->pdata,
                           (const GValue *) values->data, error);
}

static gboolean
set_deleted (TafelStore  *self,
             TafelEntity *entity,
             gboolean     deleted,
             GError     **error)
{
  const TafelTable *table = tafel_entity_get_table (entity);
  g_autofree char *now = tafel_timestamp_now ();
  g_autofree char *sql = NULL;
  g_autoptr(GPtrArray) unique = g_ptr_array_new ();
  sqlite3_stmt *stmt;

  if (!_tafel_store_write_begin (self, error))
    return FALSE;

  if (!deleted)
    {
      /* A name may have been taken again while this row was deleted. */
      for (const TafelField *f = table->fields; f->column != NULL; f++)
        if (f->flags & TAFEL_FIELD_UNIQUE)
          g_ptr_array_add (unique, (gpointer) f);

      if (!_tafel_store_check_fields (self, entity, unique, error))
        goto fail;
    }

  sql = g_strdup_printf ("UPDATE %s SET deleted_at = ?1 WHERE id = ?2 AND deleted_at IS %s",
                         table->name, deleted ? "NULL" : "NOT NULL");
  stmt = _tafel_store_prepare (self, sql, error);
  if (stmt == NULL)
    goto fail;

  if (deleted)
    sqlite3_bind_text (stmt, 1, now, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, 1);
  sqlite3_bind_int64 (stmt, 2, tafel_entity_get_id (entity));

  if (!_tafel_store_step_done (self, stmt, error))
    goto fail;

  if (sqlite3_changes (self->db) == 0)
    {
      _tafel_store_set_gone_error (error, table, tafel_entity_get_id (entity));
      goto fail;
    }

  if (!_tafel_store_write_commit (self, error))
    return FALSE;

  _tafel_store_emit (self, deleted ? TAFEL_STORE_SIGNAL_REMOVED : TAFEL_STORE_SIGNAL_ADDED,
                     table->name, entity, tafel_entity_get_traject_id (entity));
  return TRUE;

fail:
  _tafel_store_write_rollback (self);
  return FALSE;
}

/* Deletes @entity so that tafel_store_restore() can bring it back with
 * everything that refers to it, until tafel_store_purge_deleted(). */
gboolean
tafel_store_delete (TafelStore *self,
                    gpointer    entity,
                    GError    **error)
{
  g_return_val_if_fail (TAFEL_IS_STORE (self), FALSE);
  g_return_val_if_fail (TAFEL_IS_ENTITY (entity), FALSE);

  return set_deleted (self, entity, TRUE, error);
}

gboolean
tafel_store_restore (TafelStore *self,
                     gpointer    entity,
                     GError    **error)
{
  g_return_val_if_fail (TAFEL_IS_STORE (self), FALSE);
  g_return_val_if_fail (TAFEL_IS_ENTITY (entity), FALSE);

  return set_deleted (self, entity, FALSE, error);
}

/* Gives @entities (all of one positioned type and traject) the positions
 * 0, 1, 2, … in the order given. */
gboolean
tafel_store_reorder (TafelStore *self,
                     gpointer   *entities,
                     guint       n_entities,
                     GError    **error)
{
  const TafelTable *table;
  const TafelField *pf;
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (TAFEL_IS_STORE (self), FALSE);

  if (n_entities == 0)
    return TRUE;

  table = tafel_entity_get_table (entities[0]);
  g_return_val_if_fail (table->positioned, FALSE);
  pf = tafel_table_find_field (table, "position");

  if (!_tafel_store_write_begin (self, error))
    return FALSE;

  sql = g_strdup_printf ("UPDATE %s SET position = ?1 WHERE id = ?2 AND traject_id = ?3",
                         table->name);

  for (guint i = 0; i < n_entities; i++)
    {
      TafelEntity *e = entities[i];

      if (tafel_entity_get_table (e) != table ||
          tafel_entity_get_traject_id (e) != tafel_entity_get_traject_id (entities[0]))
        {
          g_critical ("%s: entities of different kinds or trajecten", G_STRFUNC);
          _tafel_store_write_rollback (self);
          return FALSE;
        }

      stmt = _tafel_store_prepare (self, sql, error);
      if (stmt == NULL)
        goto fail;
      sqlite3_bind_int64 (stmt, 1, i);
      sqlite3_bind_int64 (stmt, 2, tafel_entity_get_id (e));
      sqlite3_bind_int64 (stmt, 3, tafel_entity_get_traject_id (e));
      if (!_tafel_store_step_done (self, stmt, error))
        goto fail;
    }

  if (!_tafel_store_write_commit (self, error))
    return FALSE;

  for (guint i = 0; i < n_entities; i++)
    {
      g_auto(GValue) v = G_VALUE_INIT;

      g_value_init (&v, G_TYPE_INT64);
      g_value_set_int64 (&v, i);
      if (tafel_entity_get_int (entities[i], "position") != (gint64) i)
        remember_entity (self, entities[i]);
      if (tafel_entity_apply_field_value (entities[i], pf, &v))
        _tafel_store_emit (self, TAFEL_STORE_SIGNAL_CHANGED, table->name, entities[i],
                           tafel_entity_get_traject_id (entities[i]));
    }

  return TRUE;

fail:
  _tafel_store_write_rollback (self);
  return FALSE;
}

/* Removes for good what was deleted; run at start-up, when no undo can
 * refer to those rows any more. */
gboolean
tafel_store_purge_deleted (TafelStore *self,
                           GError    **error)
{
  static const char *const tables[] = {
    "geeltje", "aanbod", "deelnemer", "organisatie", "deelproduct",
    "productgroep", "sessie", "vraagblok", "traject", NULL
  };

  g_return_val_if_fail (TAFEL_IS_STORE (self), FALSE);

  if (!_tafel_store_write_begin (self, error))
    return FALSE;

  for (guint i = 0; tables[i] != NULL; i++)
    {
      /* what a newer return replaced stays, so its import can be undone */
      gboolean imported = g_str_equal (tables[i], "geeltje") || g_str_equal (tables[i], "aanbod");
      g_autofree char *sql = g_strdup_printf ("DELETE FROM %s WHERE deleted_at IS NOT NULL%s", tables[i],
                                              imported ? " AND inlevering_id IS NULL" : "");

      if (!tafel_db_exec (self->db, sql, error))
        {
          _tafel_store_write_rollback (self);
          return FALSE;
        }
    }

  return _tafel_store_write_commit (self, error);
}
