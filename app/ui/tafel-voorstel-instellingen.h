/* tafel-voorstel-instellingen.h: the settings of a deelproduct that
 * questions 5 and 6 need
 *
 * The unit of the intensity (hours per week, hours per month, day parts
 * per week), the unit of the duration (weeks, months), the intensity
 * levels in use, whether it is a group product and the indirect time as a
 * share of the direct time, in a collapsible row whose subtitle sums them
 * up. Every change is stored at once.
 */
#pragma once

#include <adwaita.h>

#include "tafel-traject-model.h"

G_BEGIN_DECLS

#define TAFEL_TYPE_VOORSTEL_INSTELLINGEN (tafel_voorstel_instellingen_get_type ())
G_DECLARE_FINAL_TYPE (TafelVoorstelInstellingen, tafel_voorstel_instellingen, TAFEL, VOORSTEL_INSTELLINGEN, GtkBox)

void            tafel_voorstel_instellingen_set_model       (TafelVoorstelInstellingen *self,
                                                             TafelTrajectModel         *model);
void            tafel_voorstel_instellingen_set_deelproduct (TafelVoorstelInstellingen *self,
                                                             gint64                     deelproduct_id);
GtkCheckButton *tafel_voorstel_instellingen_get_niveau      (TafelVoorstelInstellingen *self,
                                                             const char                *niveau);
GtkSwitch      *tafel_voorstel_instellingen_get_groep_switch (TafelVoorstelInstellingen *self);
AdwComboRow    *tafel_voorstel_instellingen_get_eenheid_row (TafelVoorstelInstellingen *self);
AdwComboRow    *tafel_voorstel_instellingen_get_duur_row    (TafelVoorstelInstellingen *self);
AdwEntryRow    *tafel_voorstel_instellingen_get_indirect_row (TafelVoorstelInstellingen *self);
AdwExpanderRow *tafel_voorstel_instellingen_get_expander    (TafelVoorstelInstellingen *self);

G_END_DECLS
