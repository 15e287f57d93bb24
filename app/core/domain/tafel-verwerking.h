/* tafel-verwerking.h: accounting for every geeltje, and the requirements
 * that follow from the decisions
 *
 * Processing a geeltje means: verwerkt in one or more requirements, deels
 * verwerkt (also in requirements), or niet verwerkt with a reason; open
 * means not processed yet. The links are TafelEisbron rows. Every call
 * is one transaction.
 *
 * The decided intensity, duration, function mix and group parameters of a
 * deelproduct appear as requirements of its chapter without being typed:
 * tafel_eis_uit_besluiten() writes them from the current decisions, so
 * they follow every change (they are not stored, have id 0 and come first
 * in their sections: 4 intensiteit and 8 functiemix).
 */
#pragma once

#include "tafel-store.h"

G_BEGIN_DECLS

gboolean   tafel_geeltje_verwerk       (TafelStore    *store,
                                        TafelGeeltje  *geeltje,
                                        const char    *status,
                                        const gint64  *eis_ids,
                                        guint          n_eisen,
                                        const char    *reason,
                                        GError       **error);
gboolean   tafel_eis_koppel_geeltjes   (TafelStore    *store,
                                        TafelEis      *eis,
                                        TafelGeeltje **geeltjes,
                                        guint          n_geeltjes,
                                        GError       **error);
GArray    *tafel_geeltje_dup_eis_ids   (TafelStore    *store,
                                        TafelGeeltje  *geeltje,
                                        GError       **error);
GArray    *tafel_eis_dup_geeltje_ids   (TafelStore    *store,
                                        TafelEis      *eis,
                                        GError       **error);
GPtrArray *tafel_eis_uit_besluiten     (TafelStore    *store,
                                        TafelDeelproduct *deelproduct,
                                        GError       **error);

G_END_DECLS
