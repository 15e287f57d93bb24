/* tafel-tarief-parameters.h: the cost-price parameters of a traject
 *
 * One entry row per parameter of the traject's TafelTariefmodel: holiday
 * pay, year-end bonus, irregular-hours surcharges, social charges and
 * pension, other client-bound costs per hour, overhead, risk and
 * innovation, indexation and the hours of a dagdeel. What is typed ("8,3",
 * "8,3%", "€ 2,50") is stored on Enter or when the focus leaves the row;
 * the store refuses what is not a number or out of range, with a message.
 */
#pragma once

#include <adwaita.h>

#include "tafel-traject-model.h"

G_BEGIN_DECLS

#define TAFEL_TYPE_TARIEF_PARAMETERS_EDITOR (tafel_tarief_parameters_editor_get_type ())
G_DECLARE_FINAL_TYPE (TafelTariefParametersEditor, tafel_tarief_parameters_editor,
                      TAFEL, TARIEF_PARAMETERS_EDITOR, AdwBin)

GtkWidget *tafel_tarief_parameters_editor_new       (void);
void       tafel_tarief_parameters_editor_set_model (TafelTariefParametersEditor *self,
                                                     TafelTrajectModel           *model);
GtkWidget *tafel_tarief_parameters_editor_get_row   (TafelTariefParametersEditor *self,
                                                     const char                  *column);

G_END_DECLS
