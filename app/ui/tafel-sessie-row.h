/* tafel-sessie-row.h: a session in the list of the Sessies page
 *
 * Name, date and times ("28 oktober 2026, 09:30–12:30"), theme and the
 * number of sticky notes; follows changes of the session, and names all of
 * it to assistive technology.
 */
#pragma once

#include <adwaita.h>

#include "tafel-traject.h"

G_BEGIN_DECLS

#define TAFEL_TYPE_SESSIE_ROW (tafel_sessie_row_get_type ())
G_DECLARE_FINAL_TYPE (TafelSessieRow, tafel_sessie_row, TAFEL, SESSIE_ROW, GtkListBoxRow)

GtkWidget   *tafel_sessie_row_new            (TafelSessie    *sessie);
TafelSessie *tafel_sessie_row_get_sessie     (TafelSessieRow *self);
void         tafel_sessie_row_set_n_geeltjes (TafelSessieRow *self,
                                              guint           n_geeltjes);
const char  *tafel_sessie_row_get_count_text (TafelSessieRow *self);

G_END_DECLS
