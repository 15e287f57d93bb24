/* tafel-deelproduct-list.h: the deelproducten of a traject under their product group
 *
 * One row per deelproduct (an AdwActionRow: name, inkoopniveau and
 * productcode, and how many of the seven verordening aspects are filled
 * in), sorted by product group and position, with a header where a group
 * starts; a deelproduct without a (live) group comes last, under "No
 * product group". Rows follow the model without being recreated, so that
 * selection and focus stay. Signal "rows-changed": rows were added,
 * removed, updated or sorted.
 */
#pragma once

#include <adwaita.h>

#include "tafel-traject-model.h"

G_BEGIN_DECLS

#define TAFEL_TYPE_DEELPRODUCT_LIST (tafel_deelproduct_list_get_type ())
G_DECLARE_FINAL_TYPE (TafelDeelproductList, tafel_deelproduct_list, TAFEL, DEELPRODUCT_LIST, AdwBin)

GtkWidget        *tafel_deelproduct_list_new             (void);
void              tafel_deelproduct_list_set_model       (TafelDeelproductList *self,
                                                          TafelTrajectModel    *model);
GtkListBox       *tafel_deelproduct_list_get_list_box    (TafelDeelproductList *self);
guint             tafel_deelproduct_list_get_n_rows      (TafelDeelproductList *self);
TafelDeelproduct *tafel_deelproduct_list_get_selected    (TafelDeelproductList *self);
gboolean          tafel_deelproduct_list_select          (TafelDeelproductList *self,
                                                          gint64                id);
gint64            tafel_deelproduct_list_get_id_at       (TafelDeelproductList *self,
                                                          int                   index);
gint64            tafel_deelproduct_list_get_group_id    (TafelDeelproductList *self,
                                                          TafelDeelproduct     *deelproduct);
gboolean          tafel_deelproduct_list_move_selected   (TafelDeelproductList *self,
                                                          int                   delta,
                                                          GError              **error);
gboolean          tafel_deelproduct_list_move_to_group_end (TafelDeelproductList *self,
                                                          TafelDeelproduct     *deelproduct,
                                                          GError              **error);

G_END_DECLS
