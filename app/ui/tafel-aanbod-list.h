/* tafel-aanbod-list.h: the providers' offerings of a traject, read-only
 *
 * A column view over the model's TafelAanbod rows (what providers wrote on
 * the Aanbod sheet of their returned workbooks): title, organisation,
 * deelproduct, whether it fits, the evidence level, why it does or does
 * not fit, the description (one line; the whole text in the tooltip) and
 * where it came from ("file, Aanbod, row 7"). Every column sorts by what
 * it shows. The search entry keeps the offerings whose title, description
 * or organisation contains every word typed (case and accents ignored);
 * the drop-down keeps one deelproduct. Above the list a line counts what
 * is shown ("12 offerings from 5 organisations"); without offerings a
 * status page says where they come from. The list follows the model.
 *
 * Escape in the search entry empties it; a second Escape shows every
 * deelproduct again (action aanbod.clear-filters).
 */
#pragma once

#include <adwaita.h>

#include "tafel-geeltje.h"
#include "tafel-traject-model.h"

G_BEGIN_DECLS

/* The deelproduct filter: every offering. 0 keeps those without one. */
#define TAFEL_AANBOD_LIST_ANY ((gint64) -1)

/* The columns, in the order shown. */
typedef enum {
  TAFEL_AANBOD_COLUMN_TITLE,
  TAFEL_AANBOD_COLUMN_ORGANISATIE,
  TAFEL_AANBOD_COLUMN_DEELPRODUCT,
  TAFEL_AANBOD_COLUMN_FIT,
  TAFEL_AANBOD_COLUMN_EVIDENCE,
  TAFEL_AANBOD_COLUMN_FIT_REASON,
  TAFEL_AANBOD_COLUMN_DESCRIPTION,
  TAFEL_AANBOD_COLUMN_HERKOMST,
  TAFEL_AANBOD_N_COLUMNS
} TafelAanbodColumn;

#define TAFEL_TYPE_AANBOD_LIST (tafel_aanbod_list_get_type ())
G_DECLARE_FINAL_TYPE (TafelAanbodList, tafel_aanbod_list, TAFEL, AANBOD_LIST, AdwBin)

GtkWidget         *tafel_aanbod_list_new                (void);
TafelTrajectModel *tafel_aanbod_list_get_model          (TafelAanbodList   *self);
/* Another traject: its offerings, all shown. */
void               tafel_aanbod_list_set_model          (TafelAanbodList   *self,
                                                         TafelTrajectModel *model);
void               tafel_aanbod_list_focus_search       (TafelAanbodList   *self);
/* Filters at once, as if @text was typed in the search entry. */
void               tafel_aanbod_list_set_search_text    (TafelAanbodList   *self,
                                                         const char        *text);
gint64             tafel_aanbod_list_get_deelproduct    (TafelAanbodList   *self);
/* TAFEL_AANBOD_LIST_ANY, 0 or a deelproduct of the traject; FALSE (and
 * all shown) for another id. */
gboolean           tafel_aanbod_list_set_deelproduct    (TafelAanbodList   *self,
                                                         gint64             deelproduct_id);
void               tafel_aanbod_list_clear_filters      (TafelAanbodList   *self);
guint              tafel_aanbod_list_get_n_visible      (TafelAanbodList   *self);
/* The offering shown at @position (after filtering and sorting), or NULL. */
TafelAanbod       *tafel_aanbod_list_get_item           (TafelAanbodList   *self,
                                                         guint              position);
/* What @column shows for @aanbod. */
char              *tafel_aanbod_list_dup_text           (TafelAanbodList   *self,
                                                         TafelAanbod       *aanbod,
                                                         TafelAanbodColumn  column);

/* For tests: the count line; "list", "empty" or "no-match"; the widgets;
 * the label that shows @column of @aanbod, or NULL when not on screen. */
const char        *tafel_aanbod_list_get_counts_text    (TafelAanbodList   *self);
const char        *tafel_aanbod_list_get_state          (TafelAanbodList   *self);
GtkColumnView     *tafel_aanbod_list_get_column_view    (TafelAanbodList   *self);
GtkSearchEntry    *tafel_aanbod_list_get_search_entry   (TafelAanbodList   *self);
GtkDropDown       *tafel_aanbod_list_get_deelproduct_dropdown (TafelAanbodList *self);
GtkLabel          *tafel_aanbod_list_get_cell           (TafelAanbodList   *self,
                                                         TafelAanbodColumn  column,
                                                         TafelAanbod       *aanbod);

G_END_DECLS
