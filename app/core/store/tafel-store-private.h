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

G_END_DECLS
