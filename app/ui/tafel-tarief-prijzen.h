/* tafel-tarief-prijzen.h: the prices of every deelproduct of a traject
 *
 * A table with one row per deelproduct: the price of one direct client
 * hour, for each level in use the price of a whole trajectory (its hours
 * below the price), and for a group product the price per client per group
 * hour; or, for a deelproduct that cannot be priced yet, the reason
 * ("No decided function mix with direct time yet.") in place of prices.
 *
 * Every change that moves a price (a parameter, a function profile, a
 * decided mix, intensity or group, a deelproduct) recomputes all prices at
 * once, in an idle callback that coalesces bursts of changes. "updated" is
 * emitted after each recomputation. Selecting a row (arrow keys move the
 * selection) sets "selected": the page shows that price's build-up.
 */
#pragma once

#include <adwaita.h>

#include "tafel-kostprijs.h"
#include "tafel-tarief-prijsregel.h"
#include "tafel-traject-model.h"

G_BEGIN_DECLS

#define TAFEL_TYPE_TARIEF_PRIJZEN (tafel_tarief_prijzen_get_type ())
G_DECLARE_FINAL_TYPE (TafelTariefPrijzen, tafel_tarief_prijzen, TAFEL, TARIEF_PRIJZEN, AdwBin)

GtkWidget                  *tafel_tarief_prijzen_new           (void);
void                        tafel_tarief_prijzen_set_model     (TafelTariefPrijzen *self,
                                                                TafelTrajectModel  *model);
void                        tafel_tarief_prijzen_refresh       (TafelTariefPrijzen *self);
const TafelKostprijsInvoer *tafel_tarief_prijzen_get_invoer    (TafelTariefPrijzen *self);
const TafelKostprijs       *tafel_tarief_prijzen_get_kostprijs (TafelTariefPrijzen *self,
                                                                gint64              deelproduct_id);
TafelDeelproduct           *tafel_tarief_prijzen_get_selected  (TafelTariefPrijzen *self);
void                        tafel_tarief_prijzen_select        (TafelTariefPrijzen *self,
                                                                gint64              deelproduct_id);
GtkListBox                 *tafel_tarief_prijzen_get_list_box  (TafelTariefPrijzen *self);
GtkWidget                  *tafel_tarief_prijzen_get_row       (TafelTariefPrijzen *self,
                                                                gint64              deelproduct_id);
const char                 *tafel_tarief_prijzen_get_text      (TafelTariefPrijzen *self,
                                                                gint64              deelproduct_id,
                                                                TafelTariefKolom    kolom,
                                                                gboolean            hours);
const char                 *tafel_tarief_prijzen_get_probleem  (TafelTariefPrijzen *self,
                                                                gint64              deelproduct_id);
gboolean                    tafel_tarief_prijzen_column_visible (TafelTariefPrijzen *self,
                                                                 TafelTariefKolom    kolom);

G_END_DECLS
