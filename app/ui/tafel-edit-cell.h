/* tafel-edit-cell.h: a one-line text in a list cell that can be edited in place
 *
 * Draws its text (ending in "…" when too long, the whole text in the
 * tooltip). Its action "cell.edit" starts editing (the list view runs it
 * on Enter, F2 or a double click); Enter or focus leaving ends it and
 * emits "commit" with the text; Escape ("cell.cancel") ends it and shows
 * the text as it was. The entry is made only when editing first starts,
 * so that hundreds of cells stay cheap.
 *
 * (GtkEditableLabel of GTK 4.8 leaves a timeout behind when it loses
 * focus shortly before it is destroyed, as list cells are: hence this.)
 *
 * Signal "commit" (const char *text): editing ended with @text.
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define TAFEL_TYPE_EDIT_CELL (tafel_edit_cell_get_type ())
G_DECLARE_FINAL_TYPE (TafelEditCell, tafel_edit_cell, TAFEL, EDIT_CELL, GtkWidget)

GtkWidget  *tafel_edit_cell_new           (void);
const char *tafel_edit_cell_get_text      (TafelEditCell *self);
/* While editing, only the label behind the entry changes. */
void        tafel_edit_cell_set_text      (TafelEditCell *self,
                                           const char    *text);
gboolean    tafel_edit_cell_get_editing   (TafelEditCell *self);
void        tafel_edit_cell_start_editing (TafelEditCell *self);
void        tafel_edit_cell_stop_editing  (TafelEditCell *self,
                                           gboolean       commit);
/* The entry while editing (NULL otherwise), to type into from tests. */
GtkEditable *tafel_edit_cell_get_entry    (TafelEditCell *self);

G_END_DECLS
