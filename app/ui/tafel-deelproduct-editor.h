/* tafel-deelproduct-editor.h: every field of one deelproduct
 *
 * Each change is stored at once through the TafelStore of the model: lines
 * on Enter or when focus leaves them, choices and numbers when they change,
 * long texts when focus leaves them or on Ctrl+Enter. A refused value shows
 * the store's message and the field shows the stored value again. Changes
 * made elsewhere to the same deelproduct show up here, except in a field
 * that holds typed text that is not stored yet.
 *
 * Signal "group-changed" (TafelDeelproduct *): the user gave the
 * deelproduct another product group, and it is stored.
 */
#pragma once

#include <adwaita.h>

#include "tafel-traject-model.h"

G_BEGIN_DECLS

#define TAFEL_TYPE_DEELPRODUCT_EDITOR (tafel_deelproduct_editor_get_type ())
G_DECLARE_FINAL_TYPE (TafelDeelproductEditor, tafel_deelproduct_editor, TAFEL, DEELPRODUCT_EDITOR, AdwBin)

GtkWidget         *tafel_deelproduct_editor_new             (void);
TafelTrajectModel *tafel_deelproduct_editor_get_model       (TafelDeelproductEditor *self);
void               tafel_deelproduct_editor_set_model       (TafelDeelproductEditor *self,
                                                             TafelTrajectModel      *model);
TafelDeelproduct  *tafel_deelproduct_editor_get_deelproduct (TafelDeelproductEditor *self);
void               tafel_deelproduct_editor_set_deelproduct (TafelDeelproductEditor *self,
                                                             TafelDeelproduct       *deelproduct);
void               tafel_deelproduct_editor_commit_pending  (TafelDeelproductEditor *self);
void               tafel_deelproduct_editor_focus_name      (TafelDeelproductEditor *self,
                                                             gboolean                select_all);

/* The widget that edits @column ("name", "productgroep_id", "inkoopniveau",
 * "productcode", "uitvoeringsvariant", an aspect such as "doelgroepen",
 * "max_duur", "max_duur_unit", "max_frequentie", "max_frequentie_unit"):
 * an AdwEntryRow, AdwComboRow, TafelTextField, GtkSpinButton or GtkDropDown.
 * For tests and for moving focus. */
GtkWidget         *tafel_deelproduct_editor_get_field       (TafelDeelproductEditor *self,
                                                             const char             *column);
/* The by-law sentence as shown, e.g. "at most 12 months and …". */
const char        *tafel_deelproduct_editor_get_sentence    (TafelDeelproductEditor *self);

G_END_DECLS
