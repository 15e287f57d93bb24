/* tafel-eisen-page.h: the Eisen page, the Programma van Eisen
 *
 * Left the chapters (1 Algemeen, 2 Kwaliteit, 3… one per deelproduct)
 * with their counts; right one of three views of the chosen chapter:
 * "eisen", its requirements by section (edit, add with Ctrl+Shift+N,
 * delete with undo, move with Alt+Up/Alt+Down or by dragging the number;
 * the requirements from the decisions first and read-only), "verwerken",
 * the queue of its open geeltjes (TafelEisQueue), and "controle", the
 * completeness checks (TafelEisControle).
 */
#pragma once

#include <adwaita.h>

#include "tafel-eis-controle.h"
#include "tafel-eis-queue.h"
#include "tafel-eis-row.h"
#include "tafel-traject-model.h"

G_BEGIN_DECLS

#define TAFEL_TYPE_EISEN_PAGE (tafel_eisen_page_get_type ())
G_DECLARE_FINAL_TYPE (TafelEisenPage, tafel_eisen_page, TAFEL, EISEN_PAGE, AdwBin)

GtkWidget         *tafel_eisen_page_new            (void);
TafelTrajectModel *tafel_eisen_page_get_model      (TafelEisenPage    *self);
void               tafel_eisen_page_set_model      (TafelEisenPage    *self,
                                                    TafelTrajectModel *model);
gboolean           tafel_eisen_page_select_chapter (TafelEisenPage    *self,
                                                    const char        *hoofdstuk,
                                                    gint64             deelproduct_id);
gboolean           tafel_eisen_page_select_eis     (TafelEisenPage    *self,
                                                    gint64             eis_id);
TafelEisRow       *tafel_eisen_page_find_row       (TafelEisenPage    *self,
                                                    gint64             eis_id);
void               tafel_eisen_page_refresh        (TafelEisenPage    *self);
void               tafel_eisen_page_set_view       (TafelEisenPage    *self,
                                                    const char        *view);
const char        *tafel_eisen_page_get_view       (TafelEisenPage    *self);
GtkListBox        *tafel_eisen_page_get_eis_list   (TafelEisenPage    *self);
GtkListBox        *tafel_eisen_page_get_chapter_list (TafelEisenPage  *self);
TafelEisQueue     *tafel_eisen_page_get_queue      (TafelEisenPage    *self);
TafelEisControle  *tafel_eisen_page_get_controle   (TafelEisenPage    *self);

G_END_DECLS
