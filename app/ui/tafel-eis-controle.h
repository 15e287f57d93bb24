/* tafel-eis-controle.h: the completeness checks as a list to click through
 *
 * The "Controle" view of the Eisen page: the findings of
 * tafel_controle_run(), refreshed when the traject changes while shown.
 * Activating a finding emits "finding-activated" (const char *soort,
 * gint64 deelproduct_id, gint64 eis_id) so the page can lead there.
 */
#pragma once

#include <gtk/gtk.h>

#include "tafel-traject-model.h"

G_BEGIN_DECLS

#define TAFEL_TYPE_EIS_CONTROLE (tafel_eis_controle_get_type ())
G_DECLARE_FINAL_TYPE (TafelEisControle, tafel_eis_controle, TAFEL, EIS_CONTROLE, GtkBox)

void        tafel_eis_controle_set_model    (TafelEisControle  *self,
                                             TafelTrajectModel *model);
void        tafel_eis_controle_refresh      (TafelEisControle  *self);
guint       tafel_eis_controle_count        (TafelEisControle  *self,
                                             const char        *soort,
                                             gint64             eis_id);
GtkListBox *tafel_eis_controle_get_list_box (TafelEisControle  *self);

G_END_DECLS
