/* tafel-sessie-editor.h: the fields and the agenda of one session
 *
 * Name, date, start and end time, theme, location and the deadline for
 * returns, each stored through a tafel-field-binding, and the agenda
 * (TafelAgendaEditor). The delete button activates "sessies.delete" of the
 * page around it.
 */
#pragma once

#include <adwaita.h>

#include "tafel-agenda-editor.h"
#include "tafel-traject-model.h"

G_BEGIN_DECLS

#define TAFEL_TYPE_SESSIE_EDITOR (tafel_sessie_editor_get_type ())
G_DECLARE_FINAL_TYPE (TafelSessieEditor, tafel_sessie_editor, TAFEL, SESSIE_EDITOR, AdwBin)

GtkWidget         *tafel_sessie_editor_new               (void);
void               tafel_sessie_editor_set_sessie        (TafelSessieEditor *self,
                                                          TafelTrajectModel *model,
                                                          TafelSessie       *sessie);
TafelSessie       *tafel_sessie_editor_get_sessie        (TafelSessieEditor *self);
GtkWidget         *tafel_sessie_editor_get_field         (TafelSessieEditor *self,
                                                          const char        *column);
TafelAgendaEditor *tafel_sessie_editor_get_agenda_editor (TafelSessieEditor *self);
void               tafel_sessie_editor_focus_name        (TafelSessieEditor *self);

G_END_DECLS
