/* tafel-voorstel-vergelijk.h: the spread of the proposals of a deelproduct
 *
 * What the facilitator puts on the projector: the intensity and the
 * duration per level as TafelSpreidingView charts (every proposal a dot
 * named after its organisation, outliers marked, the decided value
 * marked) with the figures beside them, the average function mix and,
 * for a group product, the spread of the group parameters.
 */
#pragma once

#include <gtk/gtk.h>

#include "tafel-spreiding-view.h"
#include "tafel-traject-model.h"
#include "tafel-voorstel-stats.h"

G_BEGIN_DECLS

#define TAFEL_TYPE_VOORSTEL_VERGELIJK (tafel_voorstel_vergelijk_get_type ())
G_DECLARE_FINAL_TYPE (TafelVoorstelVergelijk, tafel_voorstel_vergelijk, TAFEL, VOORSTEL_VERGELIJK, GtkBox)

void                tafel_voorstel_vergelijk_show         (TafelVoorstelVergelijk      *self,
                                                           TafelTrajectModel           *model,
                                                           const TafelDeelproductStats *stats,
                                                           gint64                       sessie_id);
TafelSpreidingView *tafel_voorstel_vergelijk_get_uren_view (TafelVoorstelVergelijk     *self);
TafelSpreidingView *tafel_voorstel_vergelijk_get_duur_view (TafelVoorstelVergelijk     *self);
GtkGrid            *tafel_voorstel_vergelijk_get_mix_grid (TafelVoorstelVergelijk      *self);

G_END_DECLS
