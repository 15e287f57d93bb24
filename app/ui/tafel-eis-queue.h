/* tafel-eis-queue.h: working through the geeltjes of one deelproduct
 *
 * The "Verwerken" view of the Eisen page: the open geeltjes of one
 * deelproduct (or the general ones, deelproduct 0) as a list, the counts
 * per status at the top, and a type-ahead chooser of the requirements.
 * With the keyboard alone: Ctrl+1 verwerkt in the chosen requirement (its
 * earlier links stay), Ctrl+2 deels verwerkt, Ctrl+3 niet verwerkt (asks
 * the reason; an empty one is refused), N the next open one. A processed
 * geeltje shows the numbers of the requirements it went into.
 */
#pragma once

#include <gtk/gtk.h>

#include "tafel-traject-model.h"

G_BEGIN_DECLS

#define TAFEL_TYPE_EIS_QUEUE (tafel_eis_queue_get_type ())
G_DECLARE_FINAL_TYPE (TafelEisQueue, tafel_eis_queue, TAFEL, EIS_QUEUE, GtkBox)

void          tafel_eis_queue_set_model       (TafelEisQueue     *self,
                                               TafelTrajectModel *model);
void          tafel_eis_queue_set_scope       (TafelEisQueue     *self,
                                               gint64             deelproduct_id);
void          tafel_eis_queue_refresh         (TafelEisQueue     *self);
gboolean      tafel_eis_queue_choose_eis      (TafelEisQueue     *self,
                                               gint64             eis_id);
gboolean      tafel_eis_queue_select_geeltje  (TafelEisQueue     *self,
                                               gint64             geeltje_id);
TafelGeeltje *tafel_eis_queue_get_current     (TafelEisQueue     *self);
const char   *tafel_eis_queue_get_counts_text (TafelEisQueue     *self);
GtkListBox   *tafel_eis_queue_get_list_box    (TafelEisQueue     *self);
GtkEntry     *tafel_eis_queue_get_reason_entry (TafelEisQueue    *self);
void          tafel_eis_queue_focus           (TafelEisQueue     *self);

G_END_DECLS
