/* tafel-tarief-profielen.h: the catalogue of function profiles of a traject
 *
 * One expander row per profile. Collapsed it shows the name, education
 * level, CAO scale, hourly salary cost and productivity, an "Example value"
 * tag while the salary cost is still an example, and a button to delete it
 * (with undo; the toast warns when function mixes use it). Expanded it has
 * a field for each: name, education level, CAO scale, hourly salary cost
 * ("€ 28,00"), productivity ("70%") and a switch that marks the salary
 * cost as an example value. Storing a salary cost clears that mark in the
 * same step. An entry row at the end adds a profile.
 */
#pragma once

#include <adwaita.h>

#include "tafel-traject-model.h"

G_BEGIN_DECLS

#define TAFEL_TYPE_TARIEF_PROFIELEN (tafel_tarief_profielen_get_type ())
G_DECLARE_FINAL_TYPE (TafelTariefProfielen, tafel_tarief_profielen, TAFEL, TARIEF_PROFIELEN, AdwBin)

GtkWidget *tafel_tarief_profielen_new               (void);
void       tafel_tarief_profielen_set_model         (TafelTariefProfielen *self,
                                                     TafelTrajectModel    *model);
GtkWidget *tafel_tarief_profielen_get_add_row       (TafelTariefProfielen *self);
GtkListBox *tafel_tarief_profielen_get_list_box     (TafelTariefProfielen *self);
GtkWidget *tafel_tarief_profielen_get_row           (TafelTariefProfielen *self,
                                                     gint64                functieprofiel_id);
GtkWidget *tafel_tarief_profielen_get_field         (TafelTariefProfielen *self,
                                                     gint64                functieprofiel_id,
                                                     const char           *column);
GtkWidget *tafel_tarief_profielen_get_tag           (TafelTariefProfielen *self,
                                                     gint64                functieprofiel_id);
GtkWidget *tafel_tarief_profielen_get_delete_button (TafelTariefProfielen *self,
                                                     gint64                functieprofiel_id);

G_END_DECLS
