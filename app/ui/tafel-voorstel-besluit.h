/* tafel-voorstel-besluit.h: what the region decides for a deelproduct
 *
 * The values that go into the PvE, stored apart from the proposals
 * (organisation 0): hours and duration per level with the median of the
 * proposals beside each and how far the decision departs from it, the
 * function mix, the group parameters of a group product and the
 * rationale. The "Take the median" button starts from the medians
 * (action voorstellen.take-median of the page).
 */
#pragma once

#include <gtk/gtk.h>

#include "tafel-traject-model.h"
#include "tafel-voorstel-grid.h"
#include "tafel-voorstel-groep.h"
#include "tafel-voorstel-mix.h"
#include "tafel-voorstel-stats.h"

G_BEGIN_DECLS

#define TAFEL_TYPE_VOORSTEL_BESLUIT (tafel_voorstel_besluit_get_type ())
G_DECLARE_FINAL_TYPE (TafelVoorstelBesluit, tafel_voorstel_besluit, TAFEL, VOORSTEL_BESLUIT, GtkBox)

void                tafel_voorstel_besluit_set_model       (TafelVoorstelBesluit        *self,
                                                            TafelTrajectModel           *model);
void                tafel_voorstel_besluit_set_deelproduct (TafelVoorstelBesluit        *self,
                                                            gint64                       deelproduct_id);
void                tafel_voorstel_besluit_set_stats       (TafelVoorstelBesluit        *self,
                                                            const TafelDeelproductStats *stats,
                                                            gint64                       sessie_id);
gboolean            tafel_voorstel_besluit_take_median     (TafelVoorstelBesluit        *self,
                                                            gint64                       sessie_id);
gboolean            tafel_voorstel_besluit_apply           (TafelVoorstelBesluit        *self);
TafelVoorstelGrid  *tafel_voorstel_besluit_get_grid        (TafelVoorstelBesluit        *self);
TafelVoorstelGroep *tafel_voorstel_besluit_get_groep       (TafelVoorstelBesluit        *self);
TafelVoorstelMix   *tafel_voorstel_besluit_get_mix         (TafelVoorstelBesluit        *self);
GtkTextView        *tafel_voorstel_besluit_get_toelichting (TafelVoorstelBesluit        *self);
GtkButton          *tafel_voorstel_besluit_get_median_button (TafelVoorstelBesluit      *self);

G_END_DECLS
