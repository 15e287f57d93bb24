/* tafel-voorstel-groep.h: the group parameters of a group product
 *
 * Youths per group, expected occupancy, hours per meeting, meetings per
 * week, direct and indirect staff per group, for one key: an
 * organisation's proposal in a session or, with "decision" set, the
 * region's decision (with the median of the proposals beside each value).
 * Each field stores itself on Enter or when the focus leaves it.
 */
#pragma once

#include <gtk/gtk.h>

#include "tafel-besluit.h"
#include "tafel-traject-model.h"
#include "tafel-voorstel-stats.h"

G_BEGIN_DECLS

#define TAFEL_TYPE_VOORSTEL_GROEP (tafel_voorstel_groep_get_type ())
G_DECLARE_FINAL_TYPE (TafelVoorstelGroep, tafel_voorstel_groep, TAFEL, VOORSTEL_GROEP, GtkBox)

void      tafel_voorstel_groep_set_model (TafelVoorstelGroep          *self,
                                          TafelTrajectModel           *model);
void      tafel_voorstel_groep_set_key   (TafelVoorstelGroep          *self,
                                          gint64                       deelproduct_id,
                                          gint64                       organisatie_id,
                                          gint64                       sessie_id);
void      tafel_voorstel_groep_set_stats (TafelVoorstelGroep          *self,
                                          const TafelDeelproductStats *stats);
gboolean  tafel_voorstel_groep_apply     (TafelVoorstelGroep          *self);
GtkEntry *tafel_voorstel_groep_get_entry (TafelVoorstelGroep          *self,
                                          TafelGroepVeld               veld);

G_END_DECLS
