/* tafel-organisaties-editor.h: the organisations of a traject
 *
 * One entry row per organisation: its name, stored when applied (a name
 * that is already taken is refused with the store's message), how many
 * participants it has, and a button to delete it with undo. An entry row
 * at the end adds one.
 */
#pragma once

#include <adwaita.h>

#include "tafel-traject-model.h"

G_BEGIN_DECLS

#define TAFEL_TYPE_ORGANISATIES_EDITOR (tafel_organisaties_editor_get_type ())
G_DECLARE_FINAL_TYPE (TafelOrganisatiesEditor, tafel_organisaties_editor, TAFEL, ORGANISATIES_EDITOR, AdwBin)

GtkWidget *tafel_organisaties_editor_new               (void);
void       tafel_organisaties_editor_set_model         (TafelOrganisatiesEditor *self,
                                                        TafelTrajectModel       *model);
GtkWidget *tafel_organisaties_editor_get_add_row       (TafelOrganisatiesEditor *self);
GtkWidget *tafel_organisaties_editor_get_row           (TafelOrganisatiesEditor *self,
                                                        gint64                   organisatie_id);
GtkWidget *tafel_organisaties_editor_get_delete_button (TafelOrganisatiesEditor *self,
                                                        gint64                   organisatie_id);

G_END_DECLS
