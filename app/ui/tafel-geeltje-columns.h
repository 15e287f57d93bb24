/* tafel-geeltje-columns.h: the columns of the sticky-note list, edited in place
 *
 * Adds to a GtkColumnView (over TafelRowSlots holding TafelGeeltje
 * items) a column per field:
 * number, text, deelproduct, organisation, session, question block, kind,
 * status and reason (a note read from a provider's return shows where it
 * came from as the tooltip of its organisation). Cells follow their
 * geeltje (notify) and renamed rows (the model's changed:: signals).
 * Text and reason are TafelEditCells, stored on Enter or focus-out; the
 * others open a TafelChoicePopover, and "Not processed" asks for the
 * reason the store requires.
 */
#pragma once

#include <gtk/gtk.h>

#include "tafel-traject-model.h"

G_BEGIN_DECLS

typedef enum {
  TAFEL_GEELTJE_COLUMN_NUMBER,
  TAFEL_GEELTJE_COLUMN_TEXT,
  TAFEL_GEELTJE_COLUMN_DEELPRODUCT,
  TAFEL_GEELTJE_COLUMN_ORGANISATIE,
  TAFEL_GEELTJE_COLUMN_SESSIE,
  TAFEL_GEELTJE_COLUMN_VRAAGBLOK,
  TAFEL_GEELTJE_COLUMN_KIND,
  TAFEL_GEELTJE_COLUMN_STATUS,
  TAFEL_GEELTJE_COLUMN_REASON,
  TAFEL_GEELTJE_N_COLUMNS
} TafelGeeltjeColumn;

/* What a column shows: its title, the signal its cells follow, the store
 * column it edits, for references what "none" is called, and its width. */
typedef struct {
  const char *title;
  const char *property;
  const char *store_column;
  const char *none_label;
  int         width;
} TafelGeeltjeColumnInfo;

const TafelGeeltjeColumnInfo *tafel_geeltje_column_get_info      (TafelGeeltjeColumn column);
GType                         tafel_geeltje_column_get_ref_type  (TafelGeeltjeColumn column);
const TafelChoice            *tafel_geeltje_column_get_choices   (TafelGeeltjeColumn column);

#define TAFEL_TYPE_GEELTJE_COLUMNS (tafel_geeltje_columns_get_type ())
G_DECLARE_FINAL_TYPE (TafelGeeltjeColumns, tafel_geeltje_columns, TAFEL, GEELTJE_COLUMNS, GObject)

TafelGeeltjeColumns *tafel_geeltje_columns_new       (GtkColumnView       *view);
void                 tafel_geeltje_columns_set_model (TafelGeeltjeColumns *self,
                                                      TafelTrajectModel   *model);
/* Starts editing the text of @geeltje when its row is shown. */
gboolean             tafel_geeltje_columns_edit_text (TafelGeeltjeColumns *self,
                                                      TafelGeeltje        *geeltje);
/* The widget showing @column of @geeltje, or NULL when its row is not
 * shown: a GtkLabel, a TafelEditCell or a GtkMenuButton. For tests. */
GtkWidget           *tafel_geeltje_columns_get_cell  (TafelGeeltjeColumns *self,
                                                      TafelGeeltjeColumn   column,
                                                      TafelGeeltje        *geeltje);

G_END_DECLS
