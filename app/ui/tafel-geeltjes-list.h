/* tafel-geeltjes-list.h: the sticky notes of a traject, searched, filtered and edited in place
 *
 * A virtualized column view over the model's geeltjes (newest first),
 * through a TafelGeeltjeFilter set by the search entry and the filter
 * drop-downs, with counts that are always visible. Delete removes the
 * selected notes (with undo), F2 or Enter edits the text, Ctrl+1 … Ctrl+4
 * set the status of the selected notes ("Processed" and "Partly processed"
 * ask for the requirement first when a note has none), Ctrl+K links them
 * to a requirement (geeltjes.koppel). The column "Processed in" shows the
 * numbers of the requirements each note went into.
 */
#pragma once

#include <adwaita.h>

#include "tafel-geeltje-columns.h"
#include "tafel-geeltje-filter.h"
#include "tafel-koppel-column.h"
#include "tafel-traject-model.h"

G_BEGIN_DECLS

#define TAFEL_TYPE_GEELTJES_LIST (tafel_geeltjes_list_get_type ())
G_DECLARE_FINAL_TYPE (TafelGeeltjesList, tafel_geeltjes_list, TAFEL, GEELTJES_LIST, AdwBin)

GtkWidget           *tafel_geeltjes_list_new             (void);
void                 tafel_geeltjes_list_set_model       (TafelGeeltjesList *self,
                                                          TafelTrajectModel *model);
void                 tafel_geeltjes_list_focus_search    (TafelGeeltjesList *self);
void                 tafel_geeltjes_list_set_search_text (TafelGeeltjesList *self,
                                                          const char        *text);
void                 tafel_geeltjes_list_clear_filters   (TafelGeeltjesList *self);
guint                tafel_geeltjes_list_get_n_visible   (TafelGeeltjesList *self);
/* The item shown at @position (after filtering and sorting), or NULL. */
TafelGeeltje        *tafel_geeltjes_list_get_item        (TafelGeeltjesList *self,
                                                          guint              position);
/* Deletes the selected notes, as the Delete key does. */
gboolean             tafel_geeltjes_list_delete_selected (TafelGeeltjesList *self);

/* For tests. */
const char          *tafel_geeltjes_list_get_counts_text (TafelGeeltjesList *self);
const char          *tafel_geeltjes_list_get_state       (TafelGeeltjesList *self);
GtkColumnView       *tafel_geeltjes_list_get_column_view (TafelGeeltjesList *self);
TafelGeeltjeColumns *tafel_geeltjes_list_get_columns     (TafelGeeltjesList *self);
TafelGeeltjeFilter  *tafel_geeltjes_list_get_filter      (TafelGeeltjesList *self);
TafelKoppelColumn   *tafel_geeltjes_list_get_koppel_column (TafelGeeltjesList *self);
GtkDropDown         *tafel_geeltjes_list_get_filter_dropdown (TafelGeeltjesList *self,
                                                              const char        *name);

G_END_DECLS
