/* tafel-voorstel-lijst.h: the deelproducten on the Proposals page
 *
 * One row per deelproduct, in the traject's order: its name, how many
 * organisations made a proposal for it (in the chosen session, or in any)
 * and whether the region decided on it. Rows are kept, not recreated,
 * while only their counts change, so that selection and focus stay.
 * Signal "selected-changed": another deelproduct (or none) is selected.
 */
#pragma once

#include <adwaita.h>

#include "tafel-traject-model.h"

G_BEGIN_DECLS

#define TAFEL_TYPE_VOORSTEL_LIJST (tafel_voorstel_lijst_get_type ())
G_DECLARE_FINAL_TYPE (TafelVoorstelLijst, tafel_voorstel_lijst, TAFEL, VOORSTEL_LIJST, AdwBin)

void        tafel_voorstel_lijst_set_model       (TafelVoorstelLijst *self,
                                                  TafelTrajectModel  *model);
void        tafel_voorstel_lijst_set_sessie      (TafelVoorstelLijst *self,
                                                  gint64              sessie_id);
gint64      tafel_voorstel_lijst_get_selected_id (TafelVoorstelLijst *self);
gboolean    tafel_voorstel_lijst_select          (TafelVoorstelLijst *self,
                                                  gint64              deelproduct_id);
gboolean    tafel_voorstel_lijst_select_relative (TafelVoorstelLijst *self,
                                                  int                 delta);
guint       tafel_voorstel_lijst_get_n_rows      (TafelVoorstelLijst *self);
GtkListBox *tafel_voorstel_lijst_get_list_box    (TafelVoorstelLijst *self);

G_END_DECLS
