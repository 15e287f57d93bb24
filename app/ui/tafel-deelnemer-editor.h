/* tafel-deelnemer-editor.h: one participant: who, from where, when present, what advice
 *
 * Name, organisation (type-ahead over the traject's organisations; a new
 * name adds one), function and role, a check per session for attendance,
 * and the most important advice. Every field is stored at once (see
 * tafel-field-binding). The delete button activates "deelnemers.delete" of
 * the page around it.
 */
#pragma once

#include <adwaita.h>

#include "tafel-traject-model.h"

G_BEGIN_DECLS

#define TAFEL_TYPE_DEELNEMER_EDITOR (tafel_deelnemer_editor_get_type ())
G_DECLARE_FINAL_TYPE (TafelDeelnemerEditor, tafel_deelnemer_editor, TAFEL, DEELNEMER_EDITOR, AdwBin)

GtkWidget      *tafel_deelnemer_editor_new                  (void);
void            tafel_deelnemer_editor_set_deelnemer        (TafelDeelnemerEditor *self,
                                                             TafelTrajectModel    *model,
                                                             TafelDeelnemer       *deelnemer);
TafelDeelnemer *tafel_deelnemer_editor_get_deelnemer        (TafelDeelnemerEditor *self);
GtkWidget      *tafel_deelnemer_editor_get_field            (TafelDeelnemerEditor *self,
                                                             const char           *column);
GtkCheckButton *tafel_deelnemer_editor_get_attendance_check (TafelDeelnemerEditor *self,
                                                             gint64                sessie_id);
void            tafel_deelnemer_editor_focus_field          (TafelDeelnemerEditor *self,
                                                             const char           *column);

G_END_DECLS
