/* tafel-deelnemer-row.h: a participant in the list of the Deelnemers page
 *
 * Name, "organisation · function" and role; follows changes of the
 * participant, and tafel_deelnemer_row_update() after an organisation was
 * renamed.
 */
#pragma once

#include <adwaita.h>

#include "tafel-traject-model.h"

G_BEGIN_DECLS

#define TAFEL_TYPE_DEELNEMER_ROW (tafel_deelnemer_row_get_type ())
G_DECLARE_FINAL_TYPE (TafelDeelnemerRow, tafel_deelnemer_row, TAFEL, DEELNEMER_ROW, GtkListBoxRow)

GtkWidget      *tafel_deelnemer_row_new           (TafelDeelnemer    *deelnemer,
                                                   TafelTrajectModel *model);
TafelDeelnemer *tafel_deelnemer_row_get_deelnemer (TafelDeelnemerRow *self);
void            tafel_deelnemer_row_update        (TafelDeelnemerRow *self);

G_END_DECLS
