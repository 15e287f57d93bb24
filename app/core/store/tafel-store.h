/* tafel-store.h: the one way in and out of the database
 *
 * Every change is validated, written in its own BEGIN IMMEDIATE transaction
 * and committed before the function returns; only then is the object in
 * memory updated and a signal emitted. A failed change leaves both the
 * database and the object as they were. Inside a batch (used for bulk work
 * such as creating a traject from a template or a demo) the changes share
 * one transaction and the signals wait for its commit.
 *
 * Signals, all emitted after the commit:
 *   entity-added::TABLE   (TafelEntity *)  a row was inserted or restored
 *   entity-changed::TABLE (TafelEntity *)  fields of a row changed
 *   entity-removed::TABLE (TafelEntity *)  a row was deleted
 *   links-changed::WHAT   (gint64 traject_id)  "agenda" or "aanwezigheid"
 */
#pragma once

#include <gio/gio.h>

#include "tafel-db.h"
#include "tafel-deelnemer.h"
#include "tafel-eis.h"
#include "tafel-entity.h"
#include "tafel-functieprofiel.h"
#include "tafel-geeltje.h"
#include "tafel-product.h"
#include "tafel-traject.h"
#include "tafel-voorstel.h"

G_BEGIN_DECLS

#define TAFEL_TYPE_STORE (tafel_store_get_type ())
G_DECLARE_FINAL_TYPE (TafelStore, tafel_store, TAFEL, STORE, GObject)

typedef struct {
  gint64 deelnemer_id;
  gint64 sessie_id;
} TafelAttendance;

typedef struct {
  guint n_sessies;
  guint n_deelproducten;
  guint n_organisaties;
  guint n_deelnemers;
  guint n_geeltjes;
  guint n_geeltjes_open;
  guint n_aanbod;
} TafelTrajectCounts;

TafelStore   *tafel_store_open            (const char           *path,
                                           GError              **error);
TafelStore   *tafel_store_open_full       (const char           *path,
                                           const TafelDbOptions *options,
                                           GError              **error);
const char   *tafel_store_get_path        (TafelStore           *self);

/* Reading */
GPtrArray    *tafel_store_list            (TafelStore           *self,
                                           GType                 type,
                                           gint64                traject_id,
                                           GError              **error);
gpointer      tafel_store_get             (TafelStore           *self,
                                           GType                 type,
                                           gint64                id,
                                           GError              **error);
gpointer      tafel_store_get_deleted     (TafelStore           *self,
                                           GType                 type,
                                           gint64                id,
                                           GError              **error);
TafelTraject *tafel_store_find_traject    (TafelStore           *self,
                                           const char           *name_or_id,
                                           GError              **error);
gpointer      tafel_store_find_by_name    (TafelStore           *self,
                                           GType                 type,
                                           gint64                traject_id,
                                           const char           *name);
gboolean      tafel_store_count           (TafelStore           *self,
                                           gint64                traject_id,
                                           TafelTrajectCounts   *counts,
                                           GError              **error);

/* Writing single rows */
gboolean      tafel_store_insert          (TafelStore           *self,
                                           gpointer              entity,
                                           GError              **error);
gboolean      tafel_store_set_string      (TafelStore           *self,
                                           gpointer              entity,
                                           const char           *column,
                                           const char           *value,
                                           GError              **error);
gboolean      tafel_store_set_int         (TafelStore           *self,
                                           gpointer              entity,
                                           const char           *column,
                                           gint64                value,
                                           GError              **error);
gboolean      tafel_store_set_bool        (TafelStore           *self,
                                           gpointer              entity,
                                           const char           *column,
                                           gboolean              value,
                                           GError              **error);
gboolean      tafel_store_setv            (TafelStore           *self,
                                           gpointer              entity,
                                           guint                 n_values,
                                           const char          **columns,
                                           const GValue         *values,
                                           GError              **error);
gboolean      tafel_store_save            (TafelStore           *self,
                                           gpointer              entity,
                                           gpointer              edited_copy,
                                           GError              **error);
gboolean      tafel_store_delete          (TafelStore           *self,
                                           gpointer              entity,
                                           GError              **error);
gboolean      tafel_store_restore         (TafelStore           *self,
                                           gpointer              entity,
                                           GError              **error);
gboolean      tafel_store_reorder         (TafelStore           *self,
                                           gpointer             *entities,
                                           guint                 n_entities,
                                           GError              **error);
gboolean      tafel_store_purge_deleted   (TafelStore           *self,
                                           GError              **error);

/* Links */
GArray       *tafel_store_get_agenda      (TafelStore           *self,
                                           gint64                sessie_id,
                                           GError              **error);
gboolean      tafel_store_set_agenda      (TafelStore           *self,
                                           TafelSessie          *sessie,
                                           const gint64         *vraagblok_ids,
                                           guint                 n_ids,
                                           GError              **error);
GArray       *tafel_store_get_attendance  (TafelStore           *self,
                                           gint64                traject_id,
                                           GError              **error);
gboolean      tafel_store_set_present     (TafelStore           *self,
                                           TafelDeelnemer       *deelnemer,
                                           TafelSessie          *sessie,
                                           gboolean              present,
                                           GError              **error);

/* Batches: one transaction for many changes. */
gboolean      tafel_store_begin_batch     (TafelStore           *self,
                                           GError              **error);
gboolean      tafel_store_commit_batch    (TafelStore           *self,
                                           GError              **error);
void          tafel_store_rollback_batch  (TafelStore           *self);

G_END_DECLS
