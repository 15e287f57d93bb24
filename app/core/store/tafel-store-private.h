/* tafel-store-private.h: what the core's own modules share with the store
 *
 * Export, demo and statistics code may read with their own SQL through
 * these calls; all writes go through the public store API.
 */
#pragma once

#include "tafel-store.h"

G_BEGIN_DECLS

typedef enum {
  TAFEL_STORE_SIGNAL_ADDED,
  TAFEL_STORE_SIGNAL_CHANGED,
  TAFEL_STORE_SIGNAL_REMOVED,
  TAFEL_STORE_SIGNAL_LINKS,
} TafelStoreSignal;

/* SQL generated from the field tables, built once per table or field. */
typedef enum {
  TAFEL_SQL_LIST,
  TAFEL_SQL_GET,
  TAFEL_SQL_GET_DELETED,
  TAFEL_SQL_INSERT,
  TAFEL_SQL_REF,
  TAFEL_SQL_UNIQUE,
  TAFEL_SQL_NEXT_POSITION,
  TAFEL_N_SQL_KINDS
} TafelSqlKind;

sqlite3      *_tafel_store_get_db    (TafelStore  *self);
sqlite3_stmt *_tafel_store_prepare   (TafelStore  *self,
                                      const char  *sql,
                                      GError     **error);
gboolean      _tafel_store_step_done (TafelStore  *self,
                                      sqlite3_stmt *stmt,
                                      GError     **error);
gboolean      _tafel_store_write_begin    (TafelStore *self,
                                           GError    **error);
gboolean      _tafel_store_write_commit   (TafelStore *self,
                                           GError    **error);
void          _tafel_store_write_rollback (TafelStore *self);
void          _tafel_store_emit      (TafelStore       *self,
                                      TafelStoreSignal  signal,
                                      const char       *detail,
                                      gpointer          entity,
                                      gint64            traject_id);


/* Shared by tafel-store.c and tafel-store-rows.c only. */
const char   *_tafel_store_sql            (TafelSqlKind      kind,
                                           const TafelTable *table,
                                           const TafelField *field);
void          _tafel_store_set_gone_error (GError          **error,
                                           const TafelTable *table,
                                           gint64            id);
gboolean      _tafel_store_check_fields   (TafelStore       *self,
                                           TafelEntity      *proposed,
                                           GPtrArray        *fields,
                                           GError          **error);
void          _tafel_store_bind_field     (sqlite3_stmt     *stmt,
                                           int               index,
                                           const TafelField *field,
                                           const GValue     *value);
gint64        _tafel_store_next_position  (TafelStore       *self,
                                           TafelEntity      *entity,
                                           GError          **error);

G_END_DECLS
