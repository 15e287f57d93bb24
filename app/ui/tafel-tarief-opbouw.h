/* tafel-tarief-opbouw.h: the build-up of one price, step by step
 *
 * For explaining a price in the room (large type, for a projector): each
 * step of tafel_kostprijs_explain() with its label, its formula in Dutch
 * numbers and its value in euros, the last step being the price of one
 * direct client hour; below that, how the price of a whole trajectory at
 * each decided level and, for a group product, the price per client per
 * group hour follow from it. A deelproduct without a price shows why.
 * tafel_tarief_opbouw_copy() puts the same as plain text on the clipboard.
 */
#pragma once

#include <adwaita.h>

#include "tafel-kostprijs.h"

G_BEGIN_DECLS

#define TAFEL_TYPE_TARIEF_OPBOUW (tafel_tarief_opbouw_get_type ())
G_DECLARE_FINAL_TYPE (TafelTariefOpbouw, tafel_tarief_opbouw, TAFEL, TARIEF_OPBOUW, AdwBin)

GtkWidget             *tafel_tarief_opbouw_new          (void);
void                   tafel_tarief_opbouw_show         (TafelTariefOpbouw          *self,
                                                         TafelDeelproduct           *deelproduct,
                                                         const TafelKostprijsInvoer *invoer,
                                                         const TafelKostprijs       *kostprijs);
gboolean               tafel_tarief_opbouw_has_content  (TafelTariefOpbouw          *self);
char                  *tafel_tarief_opbouw_dup_text     (TafelTariefOpbouw          *self);
gboolean               tafel_tarief_opbouw_copy         (TafelTariefOpbouw          *self);
guint                  tafel_tarief_opbouw_get_n_steps  (TafelTariefOpbouw          *self);
const TafelTariefStap *tafel_tarief_opbouw_get_step     (TafelTariefOpbouw          *self,
                                                         guint                       index);
const char            *tafel_tarief_opbouw_get_value_text (TafelTariefOpbouw        *self,
                                                           guint                     index);
const char            *tafel_tarief_opbouw_get_status   (TafelTariefOpbouw          *self);

G_END_DECLS
