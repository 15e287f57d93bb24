/* tafel-voorstellen-page.h: the Proposals page: question blocks 5 and 6
 *
 * Per deelproduct the providers' proposals for the intensity and duration
 * per level, the function mix and the group parameters (Entry), their
 * spread for the projector (Compare) and the region's decision that goes
 * into the PvE (Decide). The session and the organisation chosen in the
 * bar at the top stay chosen while the facilitator goes from deelproduct
 * to deelproduct.
 *
 * Actions (voorstellen.): show-view (s) Ctrl+1/2/3, next and previous
 * deelproduct Ctrl+Page Down/Up, take-median Ctrl+M, show-list.
 */
#pragma once

#include <adwaita.h>

#include "tafel-traject-model.h"
#include "tafel-voorstel-besluit.h"
#include "tafel-voorstel-grid.h"
#include "tafel-voorstel-groep.h"
#include "tafel-voorstel-instellingen.h"
#include "tafel-voorstel-keuze.h"
#include "tafel-voorstel-lijst.h"
#include "tafel-voorstel-mix.h"
#include "tafel-voorstel-vergelijk.h"

G_BEGIN_DECLS

#define TAFEL_TYPE_VOORSTELLEN_PAGE (tafel_voorstellen_page_get_type ())
G_DECLARE_FINAL_TYPE (TafelVoorstellenPage, tafel_voorstellen_page, TAFEL, VOORSTELLEN_PAGE, AdwBin)

GtkWidget                 *tafel_voorstellen_page_new              (void);
TafelTrajectModel         *tafel_voorstellen_page_get_model        (TafelVoorstellenPage *self);
void                       tafel_voorstellen_page_set_model        (TafelVoorstellenPage *self,
                                                                    TafelTrajectModel    *model);
gint64                     tafel_voorstellen_page_get_organisatie_id (TafelVoorstellenPage *self);
gint64                     tafel_voorstellen_page_get_sessie_id    (TafelVoorstellenPage *self);
TafelVoorstelKeuze        *tafel_voorstellen_page_get_keuze        (TafelVoorstellenPage *self);
TafelVoorstelLijst        *tafel_voorstellen_page_get_lijst        (TafelVoorstellenPage *self);
AdwViewStack              *tafel_voorstellen_page_get_view_stack   (TafelVoorstellenPage *self);
GtkStack                  *tafel_voorstellen_page_get_invoer_stack (TafelVoorstellenPage *self);
TafelVoorstelInstellingen *tafel_voorstellen_page_get_instellingen (TafelVoorstellenPage *self);
TafelVoorstelGrid         *tafel_voorstellen_page_get_grid         (TafelVoorstellenPage *self);
TafelVoorstelGroep        *tafel_voorstellen_page_get_groep        (TafelVoorstellenPage *self);
TafelVoorstelMix          *tafel_voorstellen_page_get_mix          (TafelVoorstellenPage *self);
TafelVoorstelVergelijk    *tafel_voorstellen_page_get_vergelijk    (TafelVoorstellenPage *self);
TafelVoorstelBesluit      *tafel_voorstellen_page_get_besluit      (TafelVoorstellenPage *self);

G_END_DECLS
