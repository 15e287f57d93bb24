/* tafel-deelproducten-page.h: the Deelproducten page: product groups and every field of each deelproduct
 *
 * Left the deelproducten under their product group, right the editor of the
 * selected one. Actions (group "deelproducten"): add (Ctrl+Shift+N), delete
 * (Delete in the list; with undo), move-up and move-down (Alt+Up, Alt+Down:
 * within the product group), edit-groups (the product groups dialog),
 * show-list (back to the list when the page is narrow).
 */
#pragma once

#include <adwaita.h>

#include "tafel-deelproduct-editor.h"
#include "tafel-traject-model.h"

G_BEGIN_DECLS

#define TAFEL_TYPE_DEELPRODUCTEN_PAGE (tafel_deelproducten_page_get_type ())
G_DECLARE_FINAL_TYPE (TafelDeelproductenPage, tafel_deelproducten_page, TAFEL, DEELPRODUCTEN_PAGE, AdwBin)

GtkWidget              *tafel_deelproducten_page_new          (void);
TafelTrajectModel      *tafel_deelproducten_page_get_model    (TafelDeelproductenPage *self);
void                    tafel_deelproducten_page_set_model    (TafelDeelproductenPage *self,
                                                               TafelTrajectModel      *model);

/* The selected deelproduct, or NULL. */
TafelDeelproduct       *tafel_deelproducten_page_get_selected (TafelDeelproductenPage *self);
/* Selects the deelproduct with @id; FALSE when it is not in the list. */
gboolean                tafel_deelproducten_page_select       (TafelDeelproductenPage *self,
                                                               gint64                  id);

/* Inner widgets, for tests and for moving focus: the list (one
 * AdwActionRow per deelproduct, in the order shown) and the editor. */
GtkListBox             *tafel_deelproducten_page_get_list_box (TafelDeelproductenPage *self);
TafelDeelproductEditor *tafel_deelproducten_page_get_editor   (TafelDeelproductenPage *self);

G_END_DECLS
