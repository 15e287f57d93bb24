/* tafel-vraagblokken-editor.h: the question blocks of a traject
 *
 * One expander row per block with its title and questions (stored through
 * tafel-field-binding), buttons to move it (tafel_store_reorder; also
 * Alt+Up and Alt+Down) and to delete it with undo; an entry row at the end
 * adds a block.
 */
#pragma once

#include <adwaita.h>

#include "tafel-traject-model.h"

G_BEGIN_DECLS

#define TAFEL_TYPE_VRAAGBLOKKEN_EDITOR (tafel_vraagblokken_editor_get_type ())
G_DECLARE_FINAL_TYPE (TafelVraagblokkenEditor, tafel_vraagblokken_editor, TAFEL, VRAAGBLOKKEN_EDITOR, AdwBin)

GtkWidget *tafel_vraagblokken_editor_new             (void);
void       tafel_vraagblokken_editor_set_model       (TafelVraagblokkenEditor *self,
                                                      TafelTrajectModel       *model);
GtkWidget *tafel_vraagblokken_editor_get_add_row     (TafelVraagblokkenEditor *self);
GtkWidget *tafel_vraagblokken_editor_get_row         (TafelVraagblokkenEditor *self,
                                                      gint64                   vraagblok_id);
GtkWidget *tafel_vraagblokken_editor_get_field       (TafelVraagblokkenEditor *self,
                                                      gint64                   vraagblok_id,
                                                      const char              *column);
GtkWidget *tafel_vraagblokken_editor_get_button      (TafelVraagblokkenEditor *self,
                                                      gint64                   vraagblok_id,
                                                      const char              *which);

G_END_DECLS
