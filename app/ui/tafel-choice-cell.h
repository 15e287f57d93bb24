/* tafel-choice-cell.h: a list cell that shows a value and opens a chooser
 *
 * A light stand-in for a menu button in a list row: it draws its one line
 * of text itself (see tafel-cell-text.h) and is focusable; its action
 * "cell.popup" (which the list view runs on a click, Enter, Space or F4)
 * calls the popup function, which returns a GtkPopover made then, from the
 * data as it is then. The popover is shown under the cell and dropped when
 * it closes, so that recycled cells carry nothing along. Without a popup
 * function it is a plain, unfocusable text cell.
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define TAFEL_TYPE_CHOICE_CELL (tafel_choice_cell_get_type ())
G_DECLARE_FINAL_TYPE (TafelChoiceCell, tafel_choice_cell, TAFEL, CHOICE_CELL, GtkWidget)

typedef GtkPopover *(*TafelChoiceCellPopupFunc) (TafelChoiceCell *cell,
                                                  gpointer         user_data);

GtkWidget  *tafel_choice_cell_new         (TafelChoiceCellPopupFunc func,
                                           gpointer                 user_data);
void        tafel_choice_cell_set_xalign  (TafelChoiceCell *self,
                                           float            xalign);
void        tafel_choice_cell_set_text    (TafelChoiceCell *self,
                                           const char      *text);
const char *tafel_choice_cell_get_text    (TafelChoiceCell *self);
/* Opens the chooser, as a click does; returns it, or NULL. */
GtkPopover *tafel_choice_cell_popup       (TafelChoiceCell *self);
GtkPopover *tafel_choice_cell_get_popover (TafelChoiceCell *self);

G_END_DECLS
