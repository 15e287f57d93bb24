/* tafel-traject-setup.h: composite edits that a facilitator makes in one step */
#pragma once

#include "tafel-store.h"

G_BEGIN_DECLS

TafelSessie      *tafel_traject_add_sessie          (TafelStore *store,
                                                     gint64      traject_id,
                                                     GError    **error);
TafelOrganisatie *tafel_traject_ensure_organisatie  (TafelStore *store,
                                                     gint64      traject_id,
                                                     const char *name,
                                                     gboolean   *created,
                                                     GError    **error);

gboolean          tafel_traject_add_tarief_defaults (TafelStore *store,
                                                     gint64      traject_id,
                                                     GError    **error);

gboolean          tafel_traject_add_kwaliteitseisen (TafelStore *store,
                                                     gint64      traject_id,
                                                     GError    **error);

G_END_DECLS
