/* tafel-sessies-page.h: the Sessies page: dates, themes, locations and agendas of the sessions
 *
 * A leaflet with the sessions of the traject (and a row for its question
 * blocks) on the left and the editor of the chosen one on the right.
 * Actions: sessies.add (Ctrl+Shift+N), sessies.delete (Delete in the list;
 * undo in the toast), sessies.show-list (back when folded).
 */
#pragma once

#include <adwaita.h>

#include "tafel-sessie-editor.h"
#include "tafel-traject-model.h"
#include "tafel-vraagblokken-editor.h"

G_BEGIN_DECLS

#define TAFEL_TYPE_SESSIES_PAGE (tafel_sessies_page_get_type ())
G_DECLARE_FINAL_TYPE (TafelSessiesPage, tafel_sessies_page, TAFEL, SESSIES_PAGE, AdwBin)

GtkWidget               *tafel_sessies_page_new                     (void);
TafelTrajectModel       *tafel_sessies_page_get_model               (TafelSessiesPage  *self);
void                     tafel_sessies_page_set_model               (TafelSessiesPage  *self,
                                                                     TafelTrajectModel *model);

/* For tests and for the window: the parts of the page. */
TafelSessie             *tafel_sessies_page_get_current             (TafelSessiesPage  *self);
GtkListBox              *tafel_sessies_page_get_list                (TafelSessiesPage  *self);
GtkWidget               *tafel_sessies_page_get_vraagblokken_row    (TafelSessiesPage  *self);
TafelSessieEditor       *tafel_sessies_page_get_editor              (TafelSessiesPage  *self);
TafelVraagblokkenEditor *tafel_sessies_page_get_vraagblokken_editor (TafelSessiesPage  *self);
const char              *tafel_sessies_page_get_visible_content     (TafelSessiesPage  *self);

G_END_DECLS
