/* tafel-deelnemers-page.h: the Deelnemers page: participants, their attendance and advice
 *
 * A leaflet with a field to add a participant by name, a search entry and
 * the participants of the traject (and a row for its organisations) on the
 * left, the editor of the chosen one on the right. Actions:
 * deelnemers.add (Ctrl+Shift+N: adds the name typed in the add field, or
 * "New participant"), deelnemers.delete (Delete in the list; undo in the
 * toast), deelnemers.search (Ctrl+F), deelnemers.show-list (back when
 * folded).
 */
#pragma once

#include <adwaita.h>

#include "tafel-deelnemer-editor.h"
#include "tafel-organisaties-editor.h"
#include "tafel-traject-model.h"

G_BEGIN_DECLS

#define TAFEL_TYPE_DEELNEMERS_PAGE (tafel_deelnemers_page_get_type ())
G_DECLARE_FINAL_TYPE (TafelDeelnemersPage, tafel_deelnemers_page, TAFEL, DEELNEMERS_PAGE, AdwBin)

GtkWidget               *tafel_deelnemers_page_new                     (void);
TafelTrajectModel       *tafel_deelnemers_page_get_model               (TafelDeelnemersPage *self);
void                     tafel_deelnemers_page_set_model               (TafelDeelnemersPage *self,
                                                                        TafelTrajectModel   *model);

/* For tests and for the window: the parts of the page. */
TafelDeelnemer          *tafel_deelnemers_page_get_current             (TafelDeelnemersPage *self);
GtkListBox              *tafel_deelnemers_page_get_list                (TafelDeelnemersPage *self);
GtkWidget               *tafel_deelnemers_page_get_add_entry           (TafelDeelnemersPage *self);
GtkWidget               *tafel_deelnemers_page_get_search_entry        (TafelDeelnemersPage *self);
GtkWidget               *tafel_deelnemers_page_get_organisaties_row    (TafelDeelnemersPage *self);
TafelDeelnemerEditor    *tafel_deelnemers_page_get_editor              (TafelDeelnemersPage *self);
TafelOrganisatiesEditor *tafel_deelnemers_page_get_organisaties_editor (TafelDeelnemersPage *self);
const char              *tafel_deelnemers_page_get_visible_content     (TafelDeelnemersPage *self);

G_END_DECLS
