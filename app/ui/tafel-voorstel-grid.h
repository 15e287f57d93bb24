/* tafel-voorstel-grid.h: hours and duration per intensity level
 *
 * One row per level the deelproduct uses (licht, middel, zwaar,
 * intensief), with the intensity in the deelproduct's unit, the duration
 * in weeks or months and the reasons to run over time. Each cell stores
 * itself on Enter or when the focus leaves it (tafel-voorstel-cell.h), for
 * one key: an organisation's proposal in a session or, with "decision"
 * set, the region's decision; the decision grid shows the median of the
 * proposals beside each value and how far the decision departs from it.
 */
#pragma once

#include <gtk/gtk.h>

#include "tafel-traject-model.h"
#include "tafel-voorstel-stats.h"

G_BEGIN_DECLS

typedef enum {
  TAFEL_VOORSTEL_UREN,
  TAFEL_VOORSTEL_DUUR,
  TAFEL_VOORSTEL_TOELICHTING,
  TAFEL_VOORSTEL_N_KOLOMMEN,
} TafelVoorstelKolom;

#define TAFEL_TYPE_VOORSTEL_GRID (tafel_voorstel_grid_get_type ())
G_DECLARE_FINAL_TYPE (TafelVoorstelGrid, tafel_voorstel_grid, TAFEL, VOORSTEL_GRID, GtkBox)

void      tafel_voorstel_grid_set_model   (TafelVoorstelGrid           *self,
                                           TafelTrajectModel           *model);
void      tafel_voorstel_grid_set_key     (TafelVoorstelGrid           *self,
                                           gint64                       deelproduct_id,
                                           gint64                       organisatie_id,
                                           gint64                       sessie_id);
void      tafel_voorstel_grid_set_stats   (TafelVoorstelGrid           *self,
                                           const TafelDeelproductStats *stats);
gboolean  tafel_voorstel_grid_apply       (TafelVoorstelGrid           *self);
GtkEntry *tafel_voorstel_grid_get_cell    (TafelVoorstelGrid           *self,
                                           const char                  *niveau,
                                           TafelVoorstelKolom           kolom);
GtkLabel *tafel_voorstel_grid_get_median_label (TafelVoorstelGrid      *self,
                                           const char                  *niveau,
                                           TafelVoorstelKolom           kolom);
gboolean  tafel_voorstel_grid_focus_first (TafelVoorstelGrid           *self);

G_END_DECLS
