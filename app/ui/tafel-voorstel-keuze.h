/* tafel-voorstel-keuze.h: whose proposal, in which session
 *
 * The bar of the Proposals page: the session (all sessions, or one: the
 * session a proposal is entered for and whose proposals are compared) and
 * the organisation, typed with completion. Both stay chosen while the
 * facilitator goes from deelproduct to deelproduct. A name that is not
 * known yet is added to the traject on Enter.
 *
 * Signals: "changed" (the session or the organisation changed) and
 * "activated" (Enter in the organisation field chose an organisation).
 */
#pragma once

#include <gtk/gtk.h>

#include "tafel-traject-model.h"

G_BEGIN_DECLS

#define TAFEL_TYPE_VOORSTEL_KEUZE (tafel_voorstel_keuze_get_type ())
G_DECLARE_FINAL_TYPE (TafelVoorstelKeuze, tafel_voorstel_keuze, TAFEL, VOORSTEL_KEUZE, GtkBox)

void         tafel_voorstel_keuze_set_model          (TafelVoorstelKeuze *self,
                                                      TafelTrajectModel  *model);
gint64       tafel_voorstel_keuze_get_sessie_id      (TafelVoorstelKeuze *self);
gint64       tafel_voorstel_keuze_get_organisatie_id (TafelVoorstelKeuze *self);
GtkDropDown *tafel_voorstel_keuze_get_sessie_dropdown (TafelVoorstelKeuze *self);
GtkEntry    *tafel_voorstel_keuze_get_organisation_entry (TafelVoorstelKeuze *self);

G_END_DECLS
