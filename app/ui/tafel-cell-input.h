/* tafel-cell-input.h: keys and clicks for the cells of a list view, handled once by the view
 *
 * A list view has hundreds of cells; a gesture and key bindings in each
 * would be made and thrown away whenever rows are. Instead the view gets
 * one click gesture and one key handler, both run before the rows see the
 * event: a click opens a TafelChoiceCell, a double click edits a
 * TafelEditCell; with a cell focused, Enter or F2 opens or edits it, and
 * Space or F4 opens a choice cell. Other keys pass on.
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void tafel_cell_input_attach (GtkWidget *view);

G_END_DECLS
