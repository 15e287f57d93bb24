/* tafel-koppel-column.h: the "Processed in" column of the sticky-note list
 *
 * Appends to a GtkColumnView (over TafelRowSlots holding TafelGeeltje
 * items) a column with the numbers of the requirements each note went
 * into, "3.4.2, 3.4.5" (the tooltip names them with their text). The
 * numbers of all notes are computed once per change of the requirements,
 * their sources or the deelproducten (the model's changed:: signals, one
 * refresh per burst), not per row.
 */
#pragma once

#include <gtk/gtk.h>

#include "tafel-traject-model.h"

G_BEGIN_DECLS

#define TAFEL_TYPE_KOPPEL_COLUMN (tafel_koppel_column_get_type ())
G_DECLARE_FINAL_TYPE (TafelKoppelColumn, tafel_koppel_column, TAFEL, KOPPEL_COLUMN, GObject)

TafelKoppelColumn *tafel_koppel_column_new       (GtkColumnView     *view);
void               tafel_koppel_column_set_model (TafelKoppelColumn *self,
                                                  TafelTrajectModel *model);
/* Computes the numbers again now (also done after every change). */
void               tafel_koppel_column_refresh   (TafelKoppelColumn *self);
/* "3.4.2, 3.4.5", or "" when @geeltje went into no requirement. */
const char        *tafel_koppel_column_get_text  (TafelKoppelColumn *self,
                                                  TafelGeeltje      *geeltje);
/* The label showing @geeltje, or NULL when its row is not shown. For tests. */
GtkLabel          *tafel_koppel_column_get_cell  (TafelKoppelColumn *self,
                                                  TafelGeeltje      *geeltje);

G_END_DECLS
