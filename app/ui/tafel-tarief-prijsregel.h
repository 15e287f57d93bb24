/* tafel-tarief-prijsregel.h: one line of the table of prices
 *
 * The name of a deelproduct, then its prices: per direct hour, for each
 * level the price of a whole trajectory with its hours below it, and the
 * price per client per group hour; or, in their place, why it has no price
 * yet. Made without a deelproduct it is the table's header. The prices of
 * every line share one width (a GtkSizeGroup), so that the columns line up.
 */
#pragma once

#include <gtk/gtk.h>

#include "tafel-kostprijs.h"

G_BEGIN_DECLS

/* The price columns; the levels follow tafel_niveaus. */
typedef enum {
  TAFEL_TARIEF_KOLOM_UURPRIJS,
  TAFEL_TARIEF_KOLOM_LICHT,
  TAFEL_TARIEF_KOLOM_MIDDEL,
  TAFEL_TARIEF_KOLOM_ZWAAR,
  TAFEL_TARIEF_KOLOM_INTENSIEF,
  TAFEL_TARIEF_KOLOM_GROEP,
  TAFEL_TARIEF_N_KOLOMMEN,
} TafelTariefKolom;

#define TAFEL_TYPE_TARIEF_PRIJSREGEL (tafel_tarief_prijsregel_get_type ())
G_DECLARE_FINAL_TYPE (TafelTariefPrijsregel, tafel_tarief_prijsregel, TAFEL, TARIEF_PRIJSREGEL, GtkBox)

GtkWidget        *tafel_tarief_prijsregel_new             (TafelDeelproduct      *deelproduct,
                                                           GtkSizeGroup          *columns);
TafelDeelproduct *tafel_tarief_prijsregel_get_deelproduct (TafelTariefPrijsregel *self);
void              tafel_tarief_prijsregel_show            (TafelTariefPrijsregel *self,
                                                           const TafelKostprijs  *kostprijs,
                                                           const gboolean         visible[TAFEL_TARIEF_N_KOLOMMEN]);
const char       *tafel_tarief_prijsregel_get_text        (TafelTariefPrijsregel *self,
                                                           TafelTariefKolom       kolom,
                                                           gboolean               hours);
const char       *tafel_tarief_prijsregel_get_probleem    (TafelTariefPrijsregel *self);
const char       *tafel_tarief_prijsregel_get_description (TafelTariefPrijsregel *self);

G_END_DECLS
