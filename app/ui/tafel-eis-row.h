/* tafel-eis-row.h: one requirement in the editor of the Eisen page
 *
 * Shows its number, its text (editable, stored on focus-out or
 * Ctrl+Enter), its kind, the weight of a wens, its status, its aspect in a
 * deelproduct chapter and the geeltjes it came from. A row made for a
 * requirement that follows from the decisions (tafel_eis_uit_besluiten)
 * is read-only and marked as such. A row is a drag source and a drop
 * target: signal "dropped" (gint64 id of the row dropped on it).
 */
#pragma once

#include <gtk/gtk.h>

#include "tafel-traject-model.h"

G_BEGIN_DECLS

#define TAFEL_TYPE_EIS_ROW (tafel_eis_row_get_type ())
G_DECLARE_FINAL_TYPE (TafelEisRow, tafel_eis_row, TAFEL, EIS_ROW, GtkListBoxRow)

GtkWidget   *tafel_eis_row_new           (TafelTrajectModel *model,
                                          TafelEis          *eis,
                                          gboolean           generated);
TafelEis    *tafel_eis_row_get_eis       (TafelEisRow       *self);
gint64       tafel_eis_row_get_id        (TafelEisRow       *self);
gboolean     tafel_eis_row_is_generated  (TafelEisRow       *self);
void         tafel_eis_row_set_generated_text (TafelEisRow  *self,
                                          const char        *text);
void         tafel_eis_row_set_number    (TafelEisRow       *self,
                                          const char        *number,
                                          guint              section);
const char  *tafel_eis_row_get_number    (TafelEisRow       *self);
guint        tafel_eis_row_get_section   (TafelEisRow       *self);
void         tafel_eis_row_set_sources   (TafelEisRow       *self,
                                          GPtrArray         *geeltjes);
guint        tafel_eis_row_get_n_sources (TafelEisRow       *self);
void         tafel_eis_row_update        (TafelEisRow       *self);
void         tafel_eis_row_commit_pending (TafelEisRow      *self);
void         tafel_eis_row_focus_text    (TafelEisRow       *self);
GtkTextView *tafel_eis_row_get_text_view (TafelEisRow       *self);
GtkEntry    *tafel_eis_row_get_weight_entry (TafelEisRow    *self);
GtkDropDown *tafel_eis_row_get_kind_dropdown (TafelEisRow   *self);

G_END_DECLS
