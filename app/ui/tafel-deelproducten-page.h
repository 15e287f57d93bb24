/* tafel-deelproducten-page.h: the Deelproducten page: product groups and every field of each deelproduct */
#pragma once

#include <adwaita.h>

#include "tafel-traject-model.h"

G_BEGIN_DECLS

#define TAFEL_TYPE_DEELPRODUCTEN_PAGE (tafel_deelproducten_page_get_type ())
G_DECLARE_FINAL_TYPE (TafelDeelproductenPage, tafel_deelproducten_page, TAFEL, DEELPRODUCTEN_PAGE, AdwBin)

GtkWidget         *tafel_deelproducten_page_new       (void);
TafelTrajectModel *tafel_deelproducten_page_get_model (TafelDeelproductenPage *self);
void               tafel_deelproducten_page_set_model (TafelDeelproductenPage *self,
                                            TafelTrajectModel *model);

G_END_DECLS
