/* tafel-agenda-editor.h: which question blocks a session discusses, in which order
 *
 * One row per question block of the traject ("5. Tijd en intensiteit"):
 * first those on the agenda in agenda order, then the others. The check
 * puts a block on or off the agenda, the arrow buttons (or Alt+Up and
 * Alt+Down on a focused row) move it; every change is stored at once with
 * tafel_store_set_agenda() and the rows follow links-changed::agenda.
 */
#pragma once

#include <adwaita.h>

#include "tafel-traject-model.h"

G_BEGIN_DECLS

#define TAFEL_TYPE_AGENDA_EDITOR (tafel_agenda_editor_get_type ())
G_DECLARE_FINAL_TYPE (TafelAgendaEditor, tafel_agenda_editor, TAFEL, AGENDA_EDITOR, AdwBin)

GtkWidget      *tafel_agenda_editor_new             (void);
void            tafel_agenda_editor_set_sessie      (TafelAgendaEditor *self,
                                                     TafelTrajectModel *model,
                                                     TafelSessie       *sessie);
GtkWidget      *tafel_agenda_editor_get_row         (TafelAgendaEditor *self,
                                                     gint64             vraagblok_id);
GtkCheckButton *tafel_agenda_editor_get_check       (TafelAgendaEditor *self,
                                                     gint64             vraagblok_id);
GtkWidget      *tafel_agenda_editor_get_move_button (TafelAgendaEditor *self,
                                                     gint64             vraagblok_id,
                                                     gboolean           up);

G_END_DECLS
