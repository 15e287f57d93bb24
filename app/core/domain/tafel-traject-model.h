/* tafel-traject-model.h: everything of one open traject, as list models
 *
 * Loads the rows of a traject once into a GListStore per kind and keeps
 * those lists in step with the store's signals, so that every page of the
 * window shows the same objects. Look-ups by id are O(1).
 */
#pragma once

#include "tafel-store.h"

G_BEGIN_DECLS

#define TAFEL_TYPE_TRAJECT_MODEL (tafel_traject_model_get_type ())
G_DECLARE_FINAL_TYPE (TafelTrajectModel, tafel_traject_model, TAFEL, TRAJECT_MODEL, GObject)

TafelTrajectModel *tafel_traject_model_new         (TafelStore        *store,
                                                    gint64             traject_id,
                                                    GError           **error);
TafelStore        *tafel_traject_model_get_store   (TafelTrajectModel *self);
TafelTraject      *tafel_traject_model_get_traject (TafelTrajectModel *self);
gint64             tafel_traject_model_get_traject_id (TafelTrajectModel *self);
GListModel        *tafel_traject_model_get_list    (TafelTrajectModel *self,
                                                    GType              type);
gpointer           tafel_traject_model_lookup      (TafelTrajectModel *self,
                                                    GType              type,
                                                    gint64             id);
const char        *tafel_traject_model_lookup_name (TafelTrajectModel *self,
                                                    GType              type,
                                                    gint64             id);

G_END_DECLS
