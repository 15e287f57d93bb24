/* tafel-tarieven-page.h: the Rates page of a traject
 *
 * The cost price of every deelproduct (Besluit Jeugdwet art. 2.3), for
 * what-if in the room: the table of prices and the build-up of the
 * selected one on the left, the parameters and the catalogue of function
 * profiles on the right. A change on the right shows on the left at once.
 * A banner warns while any salary cost is still an example value.
 *
 * Shortcuts: Ctrl+Shift+C copies the build-up, Ctrl+Shift+N goes to the
 * new function profile field; Alt+P goes to the prices, Alt+F to the
 * function profiles, and each parameter has its own Alt+letter.
 */
#pragma once

#include <adwaita.h>

#include "tafel-tarief-opbouw.h"
#include "tafel-tarief-parameters.h"
#include "tafel-tarief-prijzen.h"
#include "tafel-tarief-profielen.h"
#include "tafel-traject-model.h"

G_BEGIN_DECLS

#define TAFEL_TYPE_TARIEVEN_PAGE (tafel_tarieven_page_get_type ())
G_DECLARE_FINAL_TYPE (TafelTarievenPage, tafel_tarieven_page, TAFEL, TARIEVEN_PAGE, AdwBin)

GtkWidget                   *tafel_tarieven_page_new            (void);
TafelTrajectModel           *tafel_tarieven_page_get_model      (TafelTarievenPage *self);
void                         tafel_tarieven_page_set_model      (TafelTarievenPage *self,
                                                                 TafelTrajectModel *model);
TafelTariefPrijzen          *tafel_tarieven_page_get_prijzen    (TafelTarievenPage *self);
TafelTariefOpbouw           *tafel_tarieven_page_get_opbouw     (TafelTarievenPage *self);
TafelTariefParametersEditor *tafel_tarieven_page_get_parameters (TafelTarievenPage *self);
TafelTariefProfielen        *tafel_tarieven_page_get_profielen  (TafelTarievenPage *self);
GtkWidget                   *tafel_tarieven_page_get_banner     (TafelTarievenPage *self);

G_END_DECLS
