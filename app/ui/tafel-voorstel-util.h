/* tafel-voorstel-util.h: what the widgets of the Proposals page share
 *
 * A key (deelproduct, organisation, session) names one provider's
 * proposal; organisation 0 names the region's decision, whose session is
 * always 0 (see tafel-besluit.h). Amounts are decimals in hundredths.
 */
#pragma once

#include <gtk/gtk.h>

#include "tafel-traject-model.h"

G_BEGIN_DECLS

gboolean  tafel_voorstel_matches       (gpointer           entity,
                                        gint64             deelproduct_id,
                                        gint64             organisatie_id,
                                        gint64             sessie_id);
gpointer  tafel_voorstel_find          (TafelTrajectModel *model,
                                        GType              type,
                                        gint64             deelproduct_id,
                                        gint64             organisatie_id,
                                        gint64             sessie_id,
                                        const char        *niveau);
char     *tafel_voorstel_format        (gint64             value);
gboolean  tafel_voorstel_parse         (const char        *label,
                                        const char        *text,
                                        gint64            *out,
                                        GError           **error);
void      tafel_voorstel_show_median   (GtkLabel          *label,
                                        gint64             median,
                                        gint64             decided);

gboolean  tafel_voorstel_put_intensiteit (TafelTrajectModel *model,
                                        TafelDeelproduct  *deelproduct,
                                        TafelIntensiteit  *row,
                                        gint64             organisatie_id,
                                        gint64             sessie_id,
                                        const char        *niveau,
                                        gint64             uren,
                                        gint64             duur,
                                        GError           **error);
gboolean  tafel_voorstel_put_toelichting (TafelTrajectModel *model,
                                        TafelIntensiteit  *row,
                                        gint64             deelproduct_id,
                                        gint64             organisatie_id,
                                        gint64             sessie_id,
                                        const char        *niveau,
                                        const char        *text,
                                        GError           **error);
TafelOrganisatie *tafel_voorstel_find_organisatie (TafelTrajectModel *model,
                                             const char        *name);

G_END_DECLS
